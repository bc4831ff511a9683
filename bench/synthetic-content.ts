/**
 * A synthetic knowledge base for `npm run bench`: thousands of valid entries of all four kinds,
 * related to each other like the real ones. Deterministic for a seed; no I/O.
 * Text holds no digits outside [[ID]] links and front-matter dates, so the personal-data check stays quiet.
 */
import yaml from 'js-yaml';
import { kindNames, kinds, type Kind } from '../src/schemas/kinds.ts';
import { anonymisations, levels, reviewKinds, type Status } from '../src/schemas/shared.ts';
import { assumptionTypes } from '../src/schemas/assumption.ts';
import { harmResponses } from '../src/schemas/practice.ts';
import { proposalStatuses } from '../src/schemas/proposal.ts';

/** Share of each kind in a generated corpus. */
export const kindShares: Record<Kind, number> = { practice: 0.3, dilemma: 0.3, assumption: 0.2, proposal: 0.2 };

/** What to generate. */
export interface CorpusOptions {
  /** Number of entries of all kinds together (at least four). */
  size: number;
  /** Theme keys to choose from, e.g. the keys of content/themes.yaml. */
  themes: readonly string[];
  /** Law keys to choose from, e.g. the keys of content/laws.yaml. */
  laws: readonly string[];
  /** The median number of words in a body; bodies vary between half and one and a half times it. */
  bodyWords: number;
  seed?: number;
}

/** One generated entry file. */
export interface SyntheticEntry {
  kind: Kind;
  id: string;
  slug: string;
  status: Status;
  /** Path inside the content folder, e.g. `dilemmas/zorg-en-vertrouwen-d-012.mdx`. */
  path: string;
  /** The frontmatter fields. */
  data: Record<string, unknown>;
  body: string;
  /** The whole file: frontmatter block and body. */
  text: string;
}

/** A small seeded pseudo-random generator (mulberry32) with the helpers the generator needs. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** `count` different items (fewer if there are not enough). */
  const some = <T>(items: readonly T[], count: number, choose: () => T = () => pick(items)): T[] => {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++)
      chosen.add(choose());
    return [...chosen];
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof createRandom>;

/** Counts the words of a text as an editor would: runs of letters, digits or dashes. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The median of a list of numbers (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// Everyday words from the field, a few with diacritics; no names, no digits.
const WORDS = `sociaal werker wijkteam inwoner gemeente uitkering korting regels zorg vertrouwen gesprek hulp
schulden woning huur ontruiming jeugd gezin ouders kinderen school werk inkomen bijstand re-integratie
participatie meedoen activering maatregel sanctie handhaving rechtmatigheid controle toezicht melding
signaal gegevens privacy toestemming delen politie veiligheid overlast buurt wijk netwerk mantelzorg
naaste vrijwilliger organisatie management leidinggevende team collega beroepscode opdracht subsidie
contract tijdelijk ruimte moed afwijken uitzondering maatwerk beleid wet regeling aanvraag besluit
bezwaar beroep termijn formulier loket afspraak huisbezoek telefoon brief dossier plan doelen afspraken
schade voorkomen verlichten herstellen verhaal luisteren vragen begrijpen steun rust zekerheid stress
armoede bestaanszekerheid schaamte angst macht afhankelijkheid waardigheid respect erkenning ongelijkheid
verschil normen middenklasse diversiteit taal cultuur migratie status verblijf toegang drempel wachtlijst
indicatie voorziening ondersteuning begeleiding behandeling huisarts praktijkondersteuner schuldhulp
budget noodfonds betaling achterstand incasso beslag deurwaarder energie boodschappen voedselbank
moreel beraad reflectie intervisie leergroep ervaringsdeskundige cliënt bewoner burger samenleving
overheid ministerie gemeenteraad wethouder ambtenaar uitvoering klantmanager consulent casus situatie
verandering tijd geduld openheid eerlijkheid twijfel keuze dilemma spanning botsing afweging oordeel
verantwoordelijkheid aansprakelijkheid risico fout gevolg oplossing alternatief idee voorstel toets
evaluatie onderzoek rapport bron ervaring praktijk kennis inzicht patroon systeem structuur ketens
samenwerking overleg afstemming regie eigen kracht zelfredzaamheid motivatie gedrag straf beloning
privé ideeën coördinatie café ruïne financiële zorgvuldig langzaam samen eerst altijd nooit soms vaak
goed slecht moeilijk eenvoudig helder onduidelijk streng mild open gesloten dichtbij ver lokaal landelijk`
  .split(/\s+/)
  .filter(Boolean);
const SMALL = `de het een en of maar want dus dat die dit deze van voor met zonder door naar bij in op over onder
tussen als dan wel niet ook nog al er zo hoe wat wie waar wanneer waarom kan moet mag wil zal wordt is zijn
heeft hebben krijgt geeft doet gaat blijft lijkt maakt vraagt zegt ziet weet`
  .split(/\s+/)
  .filter(Boolean);
const VALUES = ['rechtmatigheid', 'zorg', 'vertrouwen', 'veiligheid', 'autonomie', 'bescherming', 'gelijkheid'];
const ROLES = [
  'sociaal werker in het wijkteam',
  'klantmanager werk en inkomen',
  'inwoner met een bijstandsuitkering',
  'ouder',
  'jongere',
  'woningcorporatie',
  'politie',
  'leidinggevende',
  'schuldhulpverlener',
  'huisarts',
];
const ADDRESSEES = ['gemeenteraad', 'college van burgemeester en wethouders', 'Tweede Kamer', 'ministerie van SZW'];
const ORGANISATIONS = [
  'Sociaal en Cultureel Planbureau',
  'Nationale ombudsman',
  'Movisie',
  'Kennisplatform Sociaal Domein',
  'Beroepsvereniging van Professionals in Sociaal Werk',
  'Rijksoverheid',
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function phrase(random: Random, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(random.chance(0.35) ? random.pick(SMALL) : random.pick(WORDS));
  return words.join(' ');
}

function sentence(random: Random, min = 6, max = 16, end = '.'): string {
  return `${capitalise(phrase(random, random.int(min, max)))}${end}`;
}

/** Sentences up to `maxLength` characters, cut at a word. */
function shortText(random: Random, maxLength: number, minLength: number): string {
  let text = sentence(random, 8, 18);
  while (text.length < minLength) text += ` ${sentence(random, 6, 14)}`;
  if (text.length <= maxLength) return text;
  return `${text.slice(0, text.lastIndexOf(' ', maxLength - 1))}.`;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A Markdown body of about `words` words, with a few [[ID]] links and some lists, emphasis and
 * links, and, like 17 of the 43 real entries, now and then a phrase in straight quotes that
 * SmartyPants turns into curly ones (drawn from `quotes`, so the rest of a corpus stays the same).
 */
function body(random: Random, words: number, links: string[], quotes: Random): string {
  const blocks: string[] = [];
  let written = 0;
  const pendingLinks = [...links];
  while (written < words) {
    const roll = random.next();
    if (roll < 0.12 && blocks.length > 0) {
      const items = Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random, 4, 9)}`);
      blocks.push(items.join('\n'));
      written += countWords(items.join(' '));
      continue;
    }
    if (roll < 0.16 && blocks.length > 0) {
      const heading = `## ${capitalise(phrase(random, random.int(2, 4)))}`;
      blocks.push(heading);
      written += countWords(heading);
      continue;
    }
    const sentences: string[] = [];
    for (let i = random.int(2, 4); i > 0 && written < words; i--) {
      let text = sentence(random);
      if (random.chance(0.15)) text = text.replace(/ (\p{L}+) /u, ' *$1* ');
      if (quotes.chance(0.05)) text = text.replace(/ (\p{L}+ \p{L}+) /u, ' "$1" ');
      if (random.chance(0.05))
        text = text.replace(/ (\p{L}+ \p{L}+)\./u, ' [$1](https://www.example.nl/publicaties/).');
      const link = pendingLinks.length > 0 && random.chance(0.4) ? pendingLinks.shift() : undefined;
      if (link) text = text.replace(/\.$/, ` (zie [[${link}]]).`);
      sentences.push(text);
      written += countWords(text);
    }
    blocks.push(sentences.join(' '));
  }
  if (pendingLinks.length > 0) blocks.push(`Zie ook ${pendingLinks.map((id) => `[[${id}]]`).join(', ')}.`);
  return `${blocks.join('\n\n')}\n`;
}

function sources(random: Random, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, () => {
    const title = capitalise(phrase(random, random.int(3, 8)));
    const source: Record<string, unknown> = { title };
    if (random.chance(0.6)) source['author'] = random.pick(ORGANISATIONS);
    if (random.chance(0.6)) source['year'] = random.int(2005, 2026);
    if (random.chance(0.3)) source['publisher'] = random.pick(ORGANISATIONS);
    if (random.chance(0.5)) source['url'] = `https://www.example.nl/publicaties/${slugify(title)}`;
    return source;
  });
}

interface Plan {
  kind: Kind;
  id: string;
  title: string;
  slug: string;
  status: Status;
}

/** Generates a valid corpus: the same options and seed always give the same files. */
export function generateCorpus(options: CorpusOptions): SyntheticEntry[] {
  const { size, themes, laws, bodyWords, seed = 1 } = options;
  if (size < 4) throw new Error('A corpus needs at least four entries, one of each kind.');
  if (themes.length === 0) throw new Error('A corpus needs at least one theme.');
  const random = createRandom(seed);
  const quotes = createRandom(seed + 1_000_003);

  // How many of each kind; the remainder goes to the last kind.
  const counts = {} as Record<Kind, number>;
  let assigned = 0;
  kindNames.forEach((kind, index) => {
    counts[kind] = index === kindNames.length - 1 ? size - assigned : Math.max(1, Math.round(size * kindShares[kind]));
    assigned += counts[kind];
  });

  // IDs, titles and statuses first, so relations can point anywhere.
  const plans = new Map<Kind, Plan[]>();
  for (const kind of kindNames) {
    plans.set(
      kind,
      Array.from({ length: counts[kind] }, (_, index) => {
        // As `npm run new` numbers them: three digits at least, no extra leading zeros (D-007, D-1234).
        const id = `${kinds[kind].prefix}-${String(index + 1).padStart(3, '0')}`;
        const title = capitalise(phrase(random, random.int(3, 7)));
        const roll = random.next();
        // The first entry of each kind is always published, so every relation has a target.
        const status: Status = index === 0 || roll >= 0.03 ? 'gepubliceerd' : roll < 0.02 ? 'concept' : 'ingetrokken';
        const slug = `${slugify(title).split('-').slice(0, 5).join('-')}-${id.toLowerCase()}`;
        return { kind, id, title, slug, status };
      }),
    );
  }
  const published = new Map(
    kindNames.map((kind) => [kind, (plans.get(kind) ?? []).filter((plan) => plan.status === 'gepubliceerd')]),
  );
  // Popular entries get many backlinks: targets are drawn with a skew towards the start of the list.
  const target = (kind: Kind) => () => {
    const pool = published.get(kind) ?? [];
    return (pool[Math.floor(pool.length * random.next() ** 2)] as Plan).id;
  };
  const publishedIds = new Map([...published].map(([kind, pool]) => [kind, pool.map((plan) => plan.id)]));
  const targets = (kind: Kind, min: number, max: number, except?: string) =>
    random.some(publishedIds.get(kind) ?? [], random.int(min, max), target(kind)).filter((id) => id !== except);

  const entries: SyntheticEntry[] = [];
  for (const kind of kindNames) {
    for (const plan of plans.get(kind) ?? []) {
      const publishedOn = FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
      const updatedOn = Math.min(LAST_DAY, publishedOn + (random.chance(0.5) ? 0 : random.int(1, 200) * DAY));
      const data: Record<string, unknown> = {
        id: plan.id,
        title: plan.title,
        summary: shortText(random, 280, 80),
        themes: random.some(themes, random.int(1, 3)),
      };
      const lawKeys = random.some(laws, random.int(0, 2));
      if (lawKeys.length > 0) data['laws'] = lawKeys;
      Object.assign(data, {
        level: random.pick(levels),
        published: isoDay(publishedOn),
        updated: isoDay(updatedOn),
        status: plan.status,
      });
      if (plan.status === 'ingetrokken') {
        data['withdrawal'] = {
          date: isoDay(updatedOn),
          reason: sentence(random, 5, 10),
          replacedBy: (published.get(kind)?.[0] as Plan).id,
        };
      }
      if (random.chance(0.8)) {
        data['review'] = [
          { kind: 'redactie', date: isoDay(publishedOn) },
          ...(random.chance(0.2) ? [{ kind: random.pick(reviewKinds.slice(1)), date: isoDay(updatedOn) }] : []),
        ];
      }
      if (random.chance(0.01)) data['formerSlugs'] = [`${plan.slug}-oud`];

      const related: string[] = [];
      const relate = (field: string, ids: string[]) => {
        data[field] = ids;
        related.push(...ids);
      };
      if (kind === 'practice') {
        Object.assign(data, {
          anonymisation: random.pick(anonymisations),
          harm: random.some(harmResponses, random.int(1, 2)),
          setting: sentence(random, 4, 10),
          conditions: Array.from({ length: random.int(0, 3) }, () => sentence(random, 4, 9)),
          risks: Array.from({ length: random.int(0, 2) }, () => sentence(random, 4, 9)),
        });
        relate('respondsTo', targets('dilemma', 1, 2));
        relate('challenges', targets('assumption', 0, 2));
      } else if (kind === 'dilemma') {
        Object.assign(data, {
          anonymisation: random.pick(anonymisations),
          tension: random.some(VALUES, random.int(2, 3)),
          actors: random.some(ROLES, random.int(1, 3)),
        });
        relate('restsOn', targets('assumption', 1, 3));
        data['question'] = sentence(random, 8, 16, '?');
      } else if (kind === 'assumption') {
        const claim = () => ({ claim: sentence(random, 5, 12), sources: sources(random, random.int(1, 2)) });
        Object.assign(data, {
          type: random.pick(assumptionTypes),
          appearsIn: Array.from({ length: random.int(0, 2) }, () => sentence(random, 4, 10)),
          evidence: {
            for: Array.from({ length: random.int(0, 1) }, claim),
            against: Array.from({ length: random.int(0, 2) }, claim),
          },
          effects: Array.from({ length: random.int(1, 3) }, () => sentence(random, 4, 10)),
          alternative: sentence(random, 8, 18),
        });
      } else {
        Object.assign(data, {
          addressedTo: random.some(ADDRESSEES, random.int(1, 2)),
          benefits: sentence(random, 6, 14),
          proposalStatus: random.pick(proposalStatuses),
        });
        relate('addresses', targets('dilemma', 1, 2));
        relate('revises', targets('assumption', 0, 2));
        relate('buildsOn', targets('practice', 0, 2));
      }
      for (const field of ['conditions', 'risks', 'appearsIn', 'challenges', 'revises', 'buildsOn']) {
        if (Array.isArray(data[field]) && data[field].length === 0) delete data[field];
      }

      if (random.chance(0.6)) data['aliases'] = Array.from({ length: random.int(1, 4) }, () => phrase(random, 2));
      if (random.chance(0.8)) {
        data['questions'] = Array.from({ length: random.int(1, 3) }, () => sentence(random, 6, 14, '?'));
      }
      if (random.chance(0.7)) data['sources'] = sources(random, random.int(1, 3));

      // Bodies link some of the entry's relations and an entry or two of any kind, never itself.
      const otherKind = random.pick(kindNames);
      const extra = targets(otherKind, 0, 2, plan.id);
      const links = [...new Set([...related.slice(0, 2), ...extra])];
      // A body overshoots its word budget by half a sentence on average; aim that much lower.
      const words = random.int(Math.ceil(bodyWords / 2), Math.floor((bodyWords * 3) / 2)) - 6;
      const text = body(random, words, links, quotes);
      const frontmatter = yaml.dump(data, { lineWidth: -1, noRefs: true });
      entries.push({
        kind,
        id: plan.id,
        slug: plan.slug,
        status: plan.status,
        path: `${kinds[kind].folder}/${plan.slug}.mdx`,
        data,
        body: text,
        text: `---\n${frontmatter}---\n\n${text}`,
      });
    }
  }
  return entries;
}
