import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';
import { kindNames, kindOfId, kinds, RESERVED_SLUGS, type Kind } from '../../schemas/kinds.ts';
import { relations } from '../../schemas/relations.ts';
import { ID_PATTERN } from '../../schemas/shared.ts';
import { registrySchema } from '../../schemas/registry.ts';
import { lawsFileSchema, themesFileSchema } from '../../schemas/vocabulary.ts';
import { entryUrl } from '../site/urls.ts';
import { bodyHtmlFindings, type BodyHtmlProblem } from '../../markdown/body-html.ts';
import { REGISTRY_FILE, VOCABULARY_FILES, type ContentTree, type RawEntry } from './tree.ts';
import {
  findPersonalData,
  findPersonalDataInName,
  personalDataLabels,
  type PersonalDataKind,
} from '../personal-data.ts';

/** One problem found in the content: where it is, the bad value, and a Dutch message with the fix. */
export interface Problem {
  type: ProblemType;
  file: string;
  field: string;
  value: string;
  message: string;
}

const kindName = (kind: Kind) => kinds[kind].singular;
const folderOf = (kind: Kind) => `content/${kinds[kind].folder}/`;
const maybe = (suggestion: string | undefined) => (suggestion ? ` Bedoel je ${suggestion}?` : '');

/** Every kind of problem the integrity check reports, each with its Dutch message. */
export const problemTypes = {
  'unreadable-file': (c: { error: string }) =>
    `kan niet gelezen worden: ${c.error}. Controleer inspringing, dubbele punten en aanhalingstekens in de YAML.`,
  'missing-frontmatter': () =>
    'heeft geen frontmatter. Begin het bestand met een blok tussen twee regels "---", zoals in de andere items van deze soort.',
  'unloaded-file': (c: { value: string; suggestion: string }) =>
    `${c.value} wordt door geen enkele collectie geladen en zou stil verdwijnen. ${c.suggestion}`,
  'bad-filename': (c: { value: string; suggestion: string }) =>
    `${c.value}: de bestandsnaam wordt de URL en mag alleen kleine letters, cijfers en streepjes bevatten. Hernoem naar "${c.suggestion}".`,
  'reserved-filename': (c: { value: string }) =>
    `${c.value} is al de naam van een pagina van de site. Kies een andere bestandsnaam, bijvoorbeeld met het onderwerp erin.`,
  'missing-field': (c: { example: string }) => `ontbreekt. Voeg het veld toe, bijvoorbeeld: ${c.example}`,
  'unknown-key': (c: { value: string; suggestion: string | undefined }) =>
    `${c.value} is geen bekend veld.${maybe(c.suggestion)} Anders verwijderen: onbekende velden worden niet gepubliceerd.`,
  'invalid-value': (c: { value: string; reason: string; suggestion: string | undefined; example: string }) =>
    `${c.reason.replace(/\.$/, '')}; gevonden: ${c.value}.${maybe(c.suggestion)} Voorbeeld van een goede waarde: ${c.example}`,
  'invalid-key': (c: { value: string; reason: string }) => `sleutel ${c.value} is ongeldig: ${c.reason}.`,
  'malformed-id': (c: { value: string; next: string }) =>
    `${c.value} is geen geldig ID. Een ID is een letter (P, D, A of B), een streepje en drie of meer cijfers, zonder extra nullen vooraan; het volgende vrije ID hier is "${c.next}".`,
  'id-prefix-mismatch': (c: { value: string; idKind: Kind; kind: Kind; next: string }) =>
    `${c.value} begint met de letter van een ${kindName(c.idKind)}, maar het bestand staat bij de ${kinds[c.kind].plural}. Gebruik "${c.next}" (het volgende vrije ID) of verplaats het bestand naar ${folderOf(c.idKind)}.`,
  'duplicate-id': (c: { value: string; others: string[]; next: string }) =>
    `${c.value} wordt ook gebruikt in ${c.others.join(', ')}. Een ID hoort bij precies één item; geef het nieuwe item "${c.next}".`,
  'unknown-relation': (c: { value: string; target: Kind; suggestion: string | undefined }) =>
    `${c.value} bestaat niet.${maybe(c.suggestion)} Gebruik het ID van een bestaand item van de soort ${kindName(c.target)} (${kinds[c.target].prefix}-…) of haal de verwijzing weg.`,
  'wrong-kind-relation': (c: { value: string; found: Kind; target: Kind }) =>
    `${c.value} is het ID van een ${kindName(c.found)}, maar hier hoort een ${kindName(c.target)} (ID met ${kinds[c.target].prefix}-). Zet de verwijzing in het juiste veld of kies een ander ID.`,
  'self-relation': (c: { value: string }) => `${c.value} is het item zelf. Haal deze verwijzing weg.`,
  'duplicate-relation': (c: { value: string }) =>
    `${c.value} staat twee keer in de lijst. Haal de dubbele verwijzing weg.`,
  'relation-to-unpublished': (c: { value: string }) =>
    `${c.value} heeft status concept en wordt niet gepubliceerd. Publiceer dat item eerst of haal de verwijzing weg.`,
  'relation-to-withdrawn': (c: { value: string; replacement: string | undefined }) =>
    `${c.value} is ingetrokken.${c.replacement ? ` Verwijs naar de vervanger "${c.replacement}".` : ' Haal de verwijzing weg.'}`,
  'unknown-theme': (c: { value: string; suggestion: string | undefined }) =>
    `${c.value} is geen bekend thema.${maybe(c.suggestion)} Kies een sleutel uit content/${VOCABULARY_FILES.themes} of voeg het thema daar toe.`,
  'unknown-law': (c: { value: string; suggestion: string | undefined }) =>
    `${c.value} is geen bekende wet.${maybe(c.suggestion)} Kies een sleutel uit content/${VOCABULARY_FILES.laws} of voeg de wet daar toe.`,
  'missing-vocabulary': () => 'ontbreekt. Zonder dit bestand kunnen thema’s en wetten niet gecontroleerd worden.',
  'unknown-body-link': (c: { value: string; suggestion: string | undefined }) =>
    `[[${c.value.replaceAll('"', '')}]] linkt naar een ID dat niet bestaat.${maybe(c.suggestion)} Gebruik [[ID]] met het ID van een bestaand item.`,
  'malformed-body-link': (c: { value: string }) =>
    `${c.value} is geen geldige link naar een item. Schrijf [[D-007]]: twee vierkante haken om een bestaand ID.`,
  'unsafe-html': (c: { value: string; what: string }) =>
    `${c.value} is ${c.what}. Dat kan code uitvoeren of iets van buiten de site laden en mag niet in een item. Haal het weg; voor opmaak is gewone Markdown genoeg.`,
  'unsupported-html': (c: { value: string; what: string }) =>
    `${c.value} is ${c.what} en wordt niet gepubliceerd: in een item mag alleen eenvoudige opmaak. Haal het weg of gebruik gewone Markdown.`,
  'rejected-file': (c: { reason: string }) => `${c.reason}.`,
  'missing-registry': () =>
    `ontbreekt. Dit bestand houdt bij welke ID's en adressen ooit gepubliceerd zijn, zodat die blijven werken. Zet het terug (git checkout -- content/${REGISTRY_FILE}) of maak het met \`npm run registry\`.`,
  'registry-id-removed': (c: { value: string; commit: string }) =>
    `${c.value} stond in een eerdere versie van het register (${c.commit}) en is eruit gehaald. Een gepubliceerd ID blijft altijd in het register: zet de regel terug, en trek het item in (status: ingetrokken) in plaats van het te verwijderen.`,
  'former-slug-is-current': (c: { value: string }) =>
    `${c.value} is de huidige bestandsnaam van dit item. Een oude naam die gelijk is aan de huidige maakt van de pagina een doorverwijzing naar zichzelf. Haal hem weg uit formerSlugs.`,
  'former-slug-reserved': (c: { value: string }) =>
    `${c.value} is al de naam van een pagina van de site; er kan geen doorverwijzing met die naam komen. Haal hem weg uit formerSlugs.`,
  'replacement-unpublished': (c: { value: string }) =>
    `${c.value} heeft status concept. Een lezer van het ingetrokken item zou naar een pagina gestuurd worden die niet bestaat. Publiceer de vervanger eerst of haal replacedBy weg.`,
  'replacement-cycle': (c: { value: string; cycle: string }) =>
    `${c.value} verwijst in een kring terug naar dit item (${c.cycle}). Laat de keten eindigen bij een gepubliceerd item.`,
  'withdrawn-before-published': (c: { value: string; published: string }) =>
    `${c.value} ligt vóór de publicatiedatum ${c.published}. Een item kan pas worden ingetrokken nadat het is gepubliceerd; zet de datum van intrekken op of na ${c.published}.`,
  'personal-data': (c: { value: string; label: string }) =>
    `${c.value} lijkt op een ${c.label}. Haal het weg of maak het onherkenbaar (schrijf bijvoorbeeld "een wijkteam in een middelgrote gemeente"). Is het een openbaar gegeven van een organisatie? Zet het dan met een reden op de allowlist in src/site.config.ts.`,
  'allowlist-without-reason': () =>
    'heeft geen reden. Schrijf bij elk gegeven op de allowlist waarom het openbaar mag zijn, bijvoorbeeld "algemeen contactadres van de organisatie".',
  'updated-before-published': (c: { value: string; published: string }) =>
    `${c.value} ligt vóór de publicatiedatum ${c.published}. Zet "updated" op of na "published".`,
  'withdrawn-without-reason': () =>
    'status is ingetrokken, maar een reden ontbreekt. Voeg toe: withdrawal: { date: JJJJ-MM-DD, reason: "…", replacedBy: "…" }.',
  'slug-collision': (c: { value: string; other: string }) =>
    `${c.value} is ook de naam van ${c.other}, dus het oude adres zou naar twee items wijzen. Haal deze oude naam weg.`,
  'registered-entry-missing': (c: { value: string; url: string }) =>
    `${c.value} is gepubliceerd geweest op ${c.url}, maar er is geen item meer met dit ID. Verwijder een gepubliceerd item nooit: zet het bestand terug en trek het in met status: ingetrokken en withdrawal (datum, reden, vervanger).`,
  'registered-url-missing': (c: { value: string; slug: string }) =>
    `${c.value} is een gepubliceerd adres van dit item en zou niet meer werken. Voeg de oude bestandsnaam toe: formerSlugs: ["${c.slug}"].`,
  'registered-entry-unpublished': () =>
    'dit item is al gepubliceerd geweest en kan niet terug naar concept. Trek het in met status: ingetrokken en withdrawal (datum, reden).',
  'withdrawal-without-status': () =>
    'staat er, maar de status is niet "ingetrokken". Zet status op ingetrokken of verwijder withdrawal.',
} as const satisfies Record<string, (context: never) => string>;

export type ProblemType = keyof typeof problemTypes;

type Context<T extends ProblemType> = Omit<Parameters<(typeof problemTypes)[T]>[0], 'value'>;

function problem<T extends ProblemType>(
  type: T,
  at: { file: string; field: string; value: unknown },
  context: Context<T>,
): Problem {
  const value = formatValue(at.value);
  const message = (problemTypes[type] as (c: object) => string)({ ...context, value });
  return { type, file: at.file, field: at.field, value, message };
}

/** Shows a value the way an editor wrote it, shortened. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(leeg)';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `themes[1]`, `sources[0].url`: a path into the frontmatter as an editor reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  return distance(value.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}

type Schema = z.ZodType;

/** The schema at a path inside another, through arrays, optionals, defaults and pipes. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const part of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof part === 'string') current = current.shape[part] as Schema;
    else if (current instanceof z.ZodArray && typeof part === 'number') current = current.element as Schema;
    else if (current instanceof z.ZodRecord && typeof part === 'string') current = current.valueType as Schema;
    else return undefined;
  }
  return current;
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as Schema;
    else if (current instanceof z.ZodPipe) current = current.out as Schema;
    else return current;
  }
}

/** `key: example` from the field's metadata, looking up to the nearest field that has one. */
function exampleOf(schema: Schema, path: readonly PropertyKey[]): string {
  for (let depth = path.length; depth >= 1; depth -= 1) {
    const part = path[depth - 1];
    if (typeof part !== 'string') continue;
    const fieldSchema = schemaAt(schema, path.slice(0, depth));
    const examples = fieldSchema ? z.globalRegistry.get(fieldSchema)?.examples : undefined;
    const example = Array.isArray(examples) ? (examples[0] as unknown) : undefined;
    if (example !== undefined) return `${part}: ${JSON.stringify(example)}`;
  }
  return 'zie de andere items van deze soort';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined),
    data,
  );
}

/** Turns zod's issues for one file into problems an editor can act on. */
export function schemaProblems(file: string, schema: Schema, data: unknown, nextId = 'P-001'): Problem[] {
  const result = schema.safeParse(data, { error: nl().localeError });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path;
    const fieldName = formatPath(path) || '(frontmatter)';
    const value = valueAt(data, path);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys((unwrap(schemaAt(schema, path)) as z.ZodObject | undefined)?.shape ?? {});
      return issue.keys.map((key) => {
        const near = suggest(key, known);
        return problem(
          'unknown-key',
          { file, field: formatPath([...path, key]), value: key },
          { suggestion: near && `"${near}"` },
        );
      });
    }
    if (issue.code === 'invalid_key') {
      const reason = issue.issues.map((inner) => inner.message).join('; ');
      return [problem('invalid-key', { file, field: fieldName, value: path.at(-1) }, { reason })];
    }
    const example = exampleOf(schema, path);
    if (value === undefined) return [problem('missing-field', { file, field: fieldName, value }, { example })];
    if (path.length === 1 && path[0] === 'id' && typeof value === 'string') {
      return [problem('malformed-id', { file, field: fieldName, value }, { next: nextId })];
    }
    const options =
      issue.code === 'invalid_value' ? issue.values.filter((o): o is string => typeof o === 'string') : [];
    const near = typeof value === 'string' ? suggest(value, options) : undefined;
    return [
      problem(
        'invalid-value',
        { file, field: fieldName, value },
        { reason: issue.message, suggestion: near && `"${near}"`, example },
      ),
    ];
  });
}

interface Known {
  entry: RawEntry;
  id: string;
  status: unknown;
  replacedBy: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The next unused ID of a kind: one above the highest number in use. */
export function nextFreeId(kind: Kind, ids: Iterable<string>): string {
  const prefix = kinds[kind].prefix;
  let highest = 0;
  for (const id of ids) {
    if (ID_PATTERN.test(id) && id.startsWith(`${prefix}-`)) highest = Math.max(highest, Number(id.slice(2)));
  }
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}

function unloadedSuggestion(file: string): string {
  const parts = file.split('/');
  const name = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  const folders: string[] = kindNames.map((kind) => kinds[kind].folder);
  const vocabularies = Object.values(VOCABULARY_FILES);
  if (/\.ya?ml$/.test(name)) {
    const near = suggest(name, vocabularies);
    return near ? `Bedoel je "${near}"?` : `Alleen ${vocabularies.join(' en ')} worden gelezen.`;
  }
  const folderFix = folders.includes(folder) ? undefined : suggest(folder, folders);
  if (folderFix) return `Verplaats het naar content/${folderFix}/.`;
  if (folders.includes(folder) && !/\.mdx$/.test(name)) {
    return `Geef het de extensie .mdx (bijvoorbeeld "${name.replace(/\.[^.]*$/, '')}.mdx").`;
  }
  return `Items horen direct in een van de mappen ${folders.map((f) => `content/${f}/`).join(', ')}, als .mdx-bestand.`;
}

/** Every ID the registry has ever held, with the commit that added it (from git; empty without git). */
export type RegistryHistory = ReadonlyMap<string, string>;

/** What the check needs beyond the content: names to look for, public data that may stay, the registry's past. */
export interface CheckOptions {
  registryHistory?: RegistryHistory;
  personalData?: {
    /** Names of people (clients, workers) that must never appear; kept outside the repository. */
    names?: readonly string[];
    /** Deliberately public data, such as an organisation's general contact address, each with its reason. */
    allow?: readonly { value: string; reason: string }[];
  };
}

/** Checks a whole content tree and returns every problem, in file order. */
export function checkContent(tree: ContentTree, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const allow = options.personalData?.allow ?? [];
  allow.forEach((item, index) => {
    if (item.reason.trim().length < 10) {
      problems.push(
        problem(
          'allowlist-without-reason',
          { file: 'src/site.config.ts', field: `personalData.allow[${index}]`, value: item.value },
          {},
        ),
      );
    }
  });
  const detectorOptions = { names: options.personalData?.names ?? [], allow: allow.map((item) => item.value) };
  const personalData = (file: string, text: string) =>
    findPersonalData(text, detectorOptions).map((finding) =>
      problem(
        'personal-data',
        { file, field: `regel ${finding.line}`, value: finding.masked },
        { label: personalDataLabels[finding.kind as PersonalDataKind] },
      ),
    );
  // File names become URLs (and end up in the sitemap); former names stay served as redirects.
  const personalDataInName = (file: string, field: string, name: string) =>
    findPersonalDataInName(name, detectorOptions).map((finding) =>
      problem(
        'personal-data',
        { file, field, value: finding.masked },
        { label: personalDataLabels[finding.kind as PersonalDataKind] },
      ),
    );
  for (const vocabulary of [tree.themes, tree.laws]) {
    if (vocabulary?.text) problems.push(...personalData(vocabulary.file, vocabulary.text));
  }

  for (const { file, reason } of tree.rejected) {
    problems.push(problem('rejected-file', { file, field: '(bestand)', value: file.split('/').at(-1) }, { reason }));
  }
  for (const { file, error } of tree.unreadable) {
    problems.push(problem('unreadable-file', { file, field: '(bestand)', value: undefined }, { error }));
  }
  for (const file of tree.withoutFrontmatter) {
    problems.push(problem('missing-frontmatter', { file, field: '(frontmatter)', value: undefined }, {}));
  }
  for (const file of tree.unloaded) {
    problems.push(
      problem(
        'unloaded-file',
        { file, field: '(bestand)', value: file.split('/').at(-1) },
        { suggestion: unloadedSuggestion(file) },
      ),
    );
  }

  // Vocabularies
  const vocabularyKeys = (name: keyof typeof VOCABULARY_FILES, schema: Schema): string[] | undefined => {
    const vocabulary = tree[name];
    if (!vocabulary) {
      if (!tree.unreadable.some(({ file }) => file.endsWith(`/${VOCABULARY_FILES[name]}`))) {
        problems.push(
          problem(
            'missing-vocabulary',
            { file: `${tree.root}/${VOCABULARY_FILES[name]}`, field: '(bestand)', value: undefined },
            {},
          ),
        );
      }
      return undefined;
    }
    problems.push(...schemaProblems(vocabulary.file, schema, vocabulary.data));
    return isRecord(vocabulary.data) ? Object.keys(vocabulary.data) : [];
  };
  const themeKeys = vocabularyKeys('themes', themesFileSchema);
  const lawKeys = vocabularyKeys('laws', lawsFileSchema);

  // IDs across all entries
  const byId = new Map<string, Known[]>();
  const idsInUse: string[] = [];
  for (const entry of tree.entries) {
    const data = isRecord(entry.data) ? entry.data : {};
    const id = data['id'];
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) continue;
    const withdrawal = isRecord(data['withdrawal']) ? data['withdrawal'] : {};
    const replacedBy = typeof withdrawal['replacedBy'] === 'string' ? withdrawal['replacedBy'] : undefined;
    byId.set(id, [...(byId.get(id) ?? []), { entry, id, status: data['status'], replacedBy }]);
    idsInUse.push(id);
  }
  const idsOfKind = (kind: Kind) => [...byId.keys()].filter((id) => kindOfId(id) === kind).sort();
  const nextIds = Object.fromEntries(kindNames.map((kind) => [kind, nextFreeId(kind, idsInUse)])) as Record<
    Kind,
    string
  >;

  for (const entry of tree.entries) {
    const { file, kind } = entry;
    const at = (field: string, value: unknown) => ({ file, field, value });

    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.slug)) {
      const fixed = entry.slug
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push(
        problem('bad-filename', at('(bestandsnaam)', entry.slug), { suggestion: `${fixed || 'naam'}.mdx` }),
      );
    }

    if ((RESERVED_SLUGS as readonly string[]).includes(entry.slug)) {
      problems.push(problem('reserved-filename', at('(bestandsnaam)', entry.slug), {}));
    }
    problems.push(...schemaProblems(file, kinds[kind].schema, entry.data, nextIds[kind]));

    const data = isRecord(entry.data) ? entry.data : {};
    const id = typeof data['id'] === 'string' ? data['id'] : undefined;
    // Concept and withdrawn entries show no relations, so only live entries must not point at them.
    const live = data['status'] !== 'concept' && data['status'] !== 'ingetrokken';

    if (id && ID_PATTERN.test(id)) {
      const idKind = kindOfId(id);
      if (idKind && idKind !== kind) {
        problems.push(problem('id-prefix-mismatch', at('id', id), { idKind, kind, next: nextIds[kind] }));
      }
      const others = (byId.get(id) ?? []).filter((other) => other.entry !== entry).map((other) => other.entry.file);
      if (others.length > 0) {
        problems.push(problem('duplicate-id', at('id', id), { others, next: nextIds[kind] }));
      }
    }

    const checkTarget = (field: string, target: string, expected: Kind | undefined) => {
      if (!ID_PATTERN.test(target)) return; // reported by the schema
      if (target === id) {
        problems.push(problem('self-relation', at(field, target), {}));
        return;
      }
      const found = byId.get(target)?.[0];
      const prefixKind = kindOfId(target);
      if (expected && prefixKind && prefixKind !== expected) {
        problems.push(problem('wrong-kind-relation', at(field, target), { found: prefixKind, target: expected }));
        return;
      }
      if (!found) {
        const near = suggest(target, expected ? idsOfKind(expected) : [...byId.keys()]);
        const suggestion = near && `"${near}"`;
        problems.push(
          expected
            ? problem('unknown-relation', at(field, target), { target: expected, suggestion })
            : problem('unknown-body-link', at(field, target), { suggestion }),
        );
        return;
      }
      if (live && found.status === 'concept') {
        problems.push(problem('relation-to-unpublished', at(field, target), {}));
      } else if (live && found.status === 'ingetrokken') {
        problems.push(problem('relation-to-withdrawn', at(field, target), { replacement: found.replacedBy }));
      }
    };

    for (const relation of relations) {
      if (relation.from !== kind) continue;
      const seen = new Set<string>();
      strings(data[relation.field]).forEach((target, index) => {
        const field = `${relation.field}[${index}]`;
        if (seen.has(target)) problems.push(problem('duplicate-relation', at(field, target), {}));
        seen.add(target);
        checkTarget(field, target, relation.to);
      });
    }

    // Status and withdrawal
    const withdrawal = data['withdrawal'];
    if (data['status'] === 'ingetrokken') {
      const reason = isRecord(withdrawal) ? withdrawal['reason'] : undefined;
      if (typeof reason !== 'string' || reason.trim() === '') {
        problems.push(problem('withdrawn-without-reason', at('withdrawal.reason', reason), {}));
      }
      if (isRecord(withdrawal) && typeof withdrawal['replacedBy'] === 'string') {
        const replacement = withdrawal['replacedBy'];
        checkTarget('withdrawal.replacedBy', replacement, kind);
        if (replacement !== id) {
          problems.push(...replacementProblems({ file, field: 'withdrawal.replacedBy', value: replacement }, id, byId));
        }
      }
      const withdrawnOn = isRecord(withdrawal) ? withdrawal['date'] : undefined;
      const publishedOn = data['published'];
      if (typeof withdrawnOn === 'string' && typeof publishedOn === 'string' && withdrawnOn < publishedOn) {
        problems.push(
          problem('withdrawn-before-published', at('withdrawal.date', withdrawnOn), { published: publishedOn }),
        );
      }
    } else if (withdrawal !== undefined && typeof data['status'] === 'string') {
      problems.push(problem('withdrawal-without-status', at('withdrawal', withdrawal), {}));
    }

    // Dates
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const publishedOn = data['published'];
    const updatedOn = data['updated'];
    if (
      typeof publishedOn === 'string' &&
      typeof updatedOn === 'string' &&
      day.test(publishedOn) &&
      day.test(updatedOn)
    ) {
      if (updatedOn < publishedOn) {
        problems.push(problem('updated-before-published', at('updated', updatedOn), { published: publishedOn }));
      }
    }

    // Vocabulary keys
    if (themeKeys) {
      strings(data['themes']).forEach((key, index) => {
        if (!themeKeys.includes(key)) {
          const suggestion = suggest(key, themeKeys);
          problems.push(
            problem('unknown-theme', at(`themes[${index}]`, key), { suggestion: suggestion && `"${suggestion}"` }),
          );
        }
      });
    }
    if (lawKeys) {
      strings(data['laws']).forEach((key, index) => {
        if (!lawKeys.includes(key)) {
          const suggestion = suggest(key, lawKeys);
          problems.push(
            problem('unknown-law', at(`laws[${index}]`, key), { suggestion: suggestion && `"${suggestion}"` }),
          );
        }
      });
    }

    problems.push(...bodyProblems(entry));
    problems.push(...personalData(file, entry.text));
    problems.push(...personalDataInName(file, '(bestandsnaam)', entry.slug));
    strings(data['formerSlugs']).forEach((former, index) => {
      problems.push(...personalDataInName(file, `formerSlugs[${index}]`, former));
    });

    // Former file names keep old URLs working; they must not clash with another entry's name.
    strings(data['formerSlugs']).forEach((former, index) => {
      if (former === entry.slug)
        problems.push(problem('former-slug-is-current', at(`formerSlugs[${index}]`, former), {}));
      if ((RESERVED_SLUGS as readonly string[]).includes(former)) {
        problems.push(problem('former-slug-reserved', at(`formerSlugs[${index}]`, former), {}));
      }
      const other = tree.entries.find(
        (candidate) =>
          candidate !== entry &&
          candidate.kind === kind &&
          (candidate.slug === former ||
            (isRecord(candidate.data) && strings(candidate.data['formerSlugs']).includes(former))),
      );
      if (other) problems.push(problem('slug-collision', at(`formerSlugs[${index}]`, former), { other: other.file }));
    });

    // [[ID]] links in the body
    for (const link of findBodyLinks(entry.body)) {
      const field = `body (regel ${entry.bodyLine + link.line})`;
      if (!ID_PATTERN.test(link.id)) problems.push(problem('malformed-body-link', at(field, `[[${link.id}]]`), {}));
      else checkTarget(field, link.id, undefined);
    }
  }

  problems.push(...registryProblems(tree, byId, options.registryHistory ?? new Map()));
  return problems;
}

/**
 * A withdrawn entry sends its readers to its replacement: that must be a shown entry, and a chain
 * of replacements must end at one instead of going round in a circle.
 */
function replacementProblems(
  at: { file: string; field: string; value: string },
  id: string | undefined,
  byId: Map<string, Known[]>,
): Problem[] {
  const first = byId.get(at.value)?.[0];
  if (!first) return [];
  if (first.status === 'concept') return [problem('replacement-unpublished', at, {})];
  const chain = [id ?? '?', at.value];
  for (let current: Known | undefined = first; current?.replacedBy && current.status === 'ingetrokken';) {
    if (chain.includes(current.replacedBy)) {
      return [problem('replacement-cycle', at, { cycle: [...chain, current.replacedBy].join(' → ') })];
    }
    chain.push(current.replacedBy);
    current = byId.get(current.replacedBy)?.[0];
  }
  return [];
}

/** Every URL in the registry must still be served: by the entry itself or by one of its former names. */
function registryProblems(tree: ContentTree, byId: Map<string, Known[]>, history: RegistryHistory): Problem[] {
  const registryFile = `${tree.root}/${REGISTRY_FILE}`;
  if (!tree.registry) {
    const elsewhere = [...tree.unreadable, ...tree.rejected].some(({ file }) => file === registryFile);
    return elsewhere
      ? []
      : [problem('missing-registry', { file: registryFile, field: '(bestand)', value: undefined }, {})];
  }
  const { file, data } = tree.registry;
  const schemaFound = schemaProblems(file, registrySchema, data);
  if (schemaFound.length > 0) return schemaFound;
  const problems: Problem[] = [];
  const registered = registrySchema.parse(data);
  for (const [id, commit] of history) {
    if (!(id in registered)) problems.push(problem('registry-id-removed', { file, field: id, value: id }, { commit }));
  }
  for (const [id, urls] of Object.entries(registered)) {
    const known = byId.get(id)?.[0];
    if (!known) {
      problems.push(problem('registered-entry-missing', { file, field: id, value: id }, { url: urls.at(-1) ?? '' }));
      continue;
    }
    const { entry } = known;
    const entryData = isRecord(entry.data) ? entry.data : {};
    if (entryData['status'] === 'concept') {
      problems.push(
        problem('registered-entry-unpublished', { file: entry.file, field: 'status', value: 'concept' }, {}),
      );
    }
    const served = new Set(
      [entry.slug, ...strings(entryData['formerSlugs'])].map((slug) => entryUrl(entry.kind, slug)),
    );
    for (const url of urls) {
      if (served.has(url)) continue;
      const slug = url.split('/').at(-2) ?? '';
      problems.push(
        problem('registered-url-missing', { file: entry.file, field: 'formerSlugs', value: url }, { slug }),
      );
    }
  }
  return problems;
}

/** The registry after publishing what the tree holds now: old IDs and URLs kept, new ones added. */
export function updatedRegistry(tree: ContentTree): Record<string, string[]> {
  const current =
    tree.registry && registrySchema.safeParse(tree.registry.data).success
      ? registrySchema.parse(tree.registry.data)
      : {};
  const next: Record<string, string[]> = structuredClone(current);
  for (const entry of tree.entries) {
    const data = isRecord(entry.data) ? entry.data : {};
    const id = data['id'];
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || data['status'] === 'concept') continue;
    const url = entryUrl(entry.kind, entry.slug);
    next[id] = [...new Set([...(next[id] ?? []), url])];
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b, 'nl', { numeric: true })));
}

/** How each thing the renderer would remove is named to an editor, and whether it is a danger. */
const BODY_HTML: Record<
  BodyHtmlProblem,
  { type: 'unsafe-html' | 'unsupported-html'; what: (value: string) => string }
> = {
  element: {
    type: 'unsafe-html',
    what: (value) => `een ${value}-element, dat niet in een item mag`,
  },
  'event-handler': {
    type: 'unsafe-html',
    what: () => 'een event-handler (code die bij een klik of laden wordt uitgevoerd)',
  },
  style: { type: 'unsafe-html', what: () => 'eigen opmaak die de site kan veranderen' },
  'code-link': {
    type: 'unsafe-html',
    what: () => 'een link die code uitvoert of niet met http://, https:// of mailto: begint',
  },
  'remote-resource': {
    type: 'unsafe-html',
    what: () =>
      'een afbeelding of ander bestand dat van een andere website geladen wordt (dat verraadt de lezer aan die website)',
  },
  attribute: { type: 'unsupported-html', what: () => 'een HTML-attribuut' },
  comment: { type: 'unsupported-html', what: () => 'HTML-commentaar; het zou ongezien meegaan in de pagina' },
  doctype: { type: 'unsupported-html', what: () => 'een doctype' },
};

/**
 * A body is read as the renderer reads it (Markdown with GFM, raw HTML parsed as a browser
 * would) and everything the renderer's sanitiser would remove or change is a problem, with its line.
 */
function bodyProblems(entry: RawEntry): Problem[] {
  return bodyHtmlFindings(entry.body).map((finding) => {
    const { type, what } = BODY_HTML[finding.what];
    return problem(
      type,
      { file: entry.file, field: `body (regel ${entry.bodyLine + finding.line - 1})`, value: finding.value },
      { what: what(finding.value) },
    );
  });
}

/** Every `[[…]]` link in a Markdown body, with its line offset (0 = first body line). */
export function findBodyLinks(body: string): { id: string; line: number }[] {
  const links: { id: string; line: number }[] = [];
  body.split('\n').forEach((text, line) => {
    for (const match of text.matchAll(/\[\[([^\]\n]*)\]\]/g)) links.push({ id: (match[1] ?? '').trim(), line });
  });
  return links;
}

/** Counts of entries per kind, for the summary line of a clean check. */
export function countByKind(tree: ContentTree): Record<Kind, number> {
  const counts = Object.fromEntries(kindNames.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const entry of tree.entries) counts[entry.kind] += 1;
  return counts;
}
