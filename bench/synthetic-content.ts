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
import { slugify } from '../src/schemas/shared.ts';
import {
  ADDRESSEES,
  capitalise,
  countWords,
  createRandom,
  ORGANISATIONS,
  phrase,
  ROLES,
  sentence,
  shortText,
  VALUES,
  type Random,
} from './synthetic-text.ts';

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
      // A dilemma always has discussion questions (the schema requires them); other kinds often.
      if (random.chance(0.8) || kind === 'dilemma') {
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
