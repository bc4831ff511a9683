/** The content check: every problem in a content tree, in file order, for `npm run check` and the build. */
import { entrySchemas, kindOfId, kinds, RESERVED_SLUGS, type VocabularyKeys } from '../../schemas/kinds.ts';
import { ID_PATTERN, isLive, SLUG_PATTERN, slugify } from '../../schemas/shared.ts';
import { jargonFileSchema } from '../../schemas/jargon.ts';
import { lawsFileSchema, themesFileSchema } from '../../schemas/vocabulary.ts';
import { lawCheckProblems, readabilityWordsOf, summaryProblems, type AdviceOptions } from './advice.ts';
import { bodyProblems } from './body.ts';
import { fileProblems } from './files.ts';
import { indexIds, type IdIndex } from './ids.ts';
import { privacyChecks, type PrivacyOptions } from './privacy.ts';
import { errorsOf, problem, type Problem } from './problems.ts';
import { registryProblems, type RegistryHistory } from './registry.ts';
import type { EntryVersions } from './versions.ts';
import { bodyLinkProblems, orphanProblems, relationFieldProblems, replacementOfProblems } from './relations.ts';
import { commentProblems } from './comments.ts';
import { schemaProblems } from './schema-problems.ts';
import { synonymProblems } from '../search/synonyms.ts';
import { isRecord, strings, VOCABULARY_FILES, type ContentTree, type RawEntry } from './tree.ts';

/** What the check needs beyond the content: names to look for, public data that may stay, the registry's past. */
export interface CheckOptions {
  registryHistory?: RegistryHistory;
  /** Every entry's versions from git; without them, registered version URLs are not checked. */
  versions?: EntryVersions;
  personalData?: PrivacyOptions;
  /** Editorial advice (warnings): the age of the check of the law and the B1 rules; `npm run check` and the build pass it. */
  advice?: AdviceOptions;
  /**
   * Keeps the problems a file's own text gives (personal data, HTML in the body, comments, B1 advice)
   * for its next check: `memo(inputs, check)` may return what `check()` returned before for the same
   * inputs. The build keeps them between builds by a hash (src/build/check-cache.ts).
   */
  memo?: ProblemMemo;
}

/** See `CheckOptions.memo`: `inputs` is everything the problems depend on besides the checking code. */
export type ProblemMemo = (inputs: readonly unknown[], check: () => Problem[]) => Problem[];

/** Checks a whole content tree and returns every problem, in file order. */
export function checkContent(tree: ContentTree, options: CheckOptions = {}): Problem[] {
  const privacy = privacyChecks(options.personalData);
  const problems: Problem[] = [...privacy.allowlist()];
  for (const vocabulary of [tree.themes, tree.laws, tree.jargon, tree.synonyms]) {
    if (vocabulary?.text) problems.push(...privacy.text(vocabulary.file, vocabulary.text));
  }
  problems.push(...fileProblems(tree));

  const vocabularies = vocabularyProblems(tree);
  problems.push(...vocabularies.problems, ...synonymProblems(tree.synonyms));
  // Without a readable vocabulary, its keys cannot be checked: the open schema checks the rest.
  const schemas = vocabularies.keys ? entrySchemas(vocabularies.keys) : undefined;
  const index = indexIds(tree);
  const { advice } = options;
  const words = advice ? readabilityWordsOf(tree) : undefined;
  const memo: ProblemMemo = options.memo ?? ((_inputs, check) => check());
  // What the problems of a file's own text depend on besides that text (every entry's are the same).
  const settings = JSON.stringify([options.personalData ?? null, advice ?? null, words ?? null]);

  for (const entry of tree.entries) {
    const data = isRecord(entry.data) ? entry.data : {};
    const { file } = entry;
    problems.push(
      ...fileNameProblems(entry),
      ...schemaProblems(file, schemas?.[entry.kind] ?? kinds[entry.kind].schema, entry.data, {
        nextId: index.nextIds[entry.kind],
        concept: data['status'] === 'concept',
      }),
      ...idProblems(entry, index),
      ...statusProblems(entry, index),
      ...dateProblems(entry),
      ...memo(['own', settings, file, entry.text, entry.bodyLine, entry.slug], () => [
        ...bodyProblems(entry),
        ...privacy.text(file, entry.text),
        ...privacy.name(file, '(bestandsnaam)', entry.slug),
      ]),
      ...strings(data['formerSlugs']).flatMap((former, position) =>
        privacy.name(file, `formerSlugs[${position}]`, former),
      ),
      ...formerSlugProblems(entry, tree),
      ...onePerBrokenFile(bodyLinkProblems(entry, index), relationFieldProblems(entry, index)),
      ...commentProblems(entry),
      ...(advice && words
        ? [
            ...lawCheckProblems(entry, advice),
            ...memo(['summary', settings, file, entry.text], () => summaryProblems(entry, advice, words)),
          ]
        : []),
    );
  }

  problems.push(...registryProblems(tree, index, options.registryHistory ?? new Map(), options.versions));
  // Advice about how entries hang together (orphans, unused themes) waits until there is no error:
  // a broken relation or an unreadable file would otherwise also make its entries look like orphans.
  if (errorsOf(problems).length === 0) problems.push(...orphanProblems(index), ...unusedThemeProblems(tree, index));
  return problems;
}

/** Themes that no live entry uses: their page would be empty. Editorial advice, so a warning. */
function unusedThemeProblems(tree: ContentTree, index: IdIndex): Problem[] {
  if (!tree.themes || !isRecord(tree.themes.data)) return [];
  const used = new Set<string>();
  for (const [known] of index.byId.values()) {
    if (known && isLive(known.status) && isRecord(known.entry.data)) {
      for (const theme of strings(known.entry.data['themes'])) used.add(theme);
    }
  }
  const unused = Object.keys(tree.themes.data).filter((key) => SLUG_PATTERN.test(key) && !used.has(key));
  // One line for all of them: a young knowledge base has many, and they are one piece of advice.
  return unused.length === 0
    ? []
    : [problem('unused-theme', { file: tree.themes.file, field: unused.length === 1 ? unused[0]! : "thema's", value: unused }, { count: unused.length })];
}

/** One root cause, one line: of an entry's links into one file that could not be loaded, only the first is reported. */
function onePerBrokenFile(...groups: Problem[][]): Problem[] {
  const seen = new Set<string>();
  return groups.flat().filter((found) => {
    if (found.type !== 'relation-to-broken-file') return true;
    const broken = found.message.split(' staat in ')[1]?.split(',')[0] ?? '';
    if (seen.has(broken)) return false;
    seen.add(broken);
    return true;
  });
}

/** The vocabulary files: present, valid, and their keys for the entry schemas. */
function vocabularyProblems(tree: ContentTree): { problems: Problem[]; keys: VocabularyKeys | undefined } {
  const problems: Problem[] = [];
  const keysOf = (name: 'themes' | 'laws'): string[] | undefined => {
    const vocabulary = tree[name];
    if (!vocabulary) {
      if (!tree.unreadable.some(({ file }) => file.endsWith(`/${VOCABULARY_FILES[name]}`))) {
        const file = `${tree.root}/${VOCABULARY_FILES[name]}`;
        problems.push(problem('missing-vocabulary', { file, field: '(bestand)', value: undefined }, {}));
      }
      return undefined;
    }
    const schema = name === 'themes' ? themesFileSchema : lawsFileSchema;
    problems.push(...schemaProblems(vocabulary.file, schema, vocabulary.data));
    return isRecord(vocabulary.data) ? Object.keys(vocabulary.data) : [];
  };
  if (tree.jargon) problems.push(...schemaProblems(tree.jargon.file, jargonFileSchema, tree.jargon.data));
  const themeKeys = keysOf('themes');
  const lawKeys = keysOf('laws');
  return { problems, keys: themeKeys && lawKeys ? { themeKeys, lawKeys } : undefined };
}

/** The file name becomes the URL: only lowercase words and dashes, and not the name of a page of the site. */
function fileNameProblems(entry: RawEntry): Problem[] {
  const at = { file: entry.file, field: '(bestandsnaam)', value: entry.slug };
  return [
    ...(SLUG_PATTERN.test(entry.slug)
      ? []
      : [problem('bad-filename', at, { suggestion: `${slugify(entry.slug) || 'naam'}.mdx` })]),
    ...((RESERVED_SLUGS as readonly string[]).includes(entry.slug) ? [problem('reserved-filename', at, {})] : []),
  ];
}

/** The ID matches the kind's folder and no other entry has it. */
function idProblems(entry: RawEntry, index: IdIndex): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const id = data['id'];
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return [];
  const at = { file: entry.file, field: 'id', value: id };
  const next = index.nextIds[entry.kind];
  const idKind = kindOfId(id);
  const others = (index.byId.get(id) ?? []).filter((other) => other.entry !== entry).map((other) => other.entry.file);
  return [
    ...(idKind && idKind !== entry.kind ? [problem('id-prefix-mismatch', at, { idKind, kind: entry.kind, next })] : []),
    ...(others.length > 0 ? [problem('duplicate-id', at, { others, next })] : []),
  ];
}

/** A withdrawn entry has a reason, a replacement that is shown, and a date after publication; others no withdrawal. */
function statusProblems(entry: RawEntry, index: IdIndex): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const withdrawal = data['withdrawal'];
  const at = (field: string, value: unknown) => ({ file: entry.file, field, value });
  if (data['status'] !== 'ingetrokken') {
    return withdrawal !== undefined && typeof data['status'] === 'string'
      ? [problem('withdrawal-without-status', at('withdrawal', withdrawal), {})]
      : [];
  }
  const problems: Problem[] = [];
  const reason = isRecord(withdrawal) ? withdrawal['reason'] : undefined;
  if (typeof reason !== 'string' || reason.trim() === '') {
    problems.push(problem('withdrawn-without-reason', at('withdrawal.reason', reason), {}));
  }
  problems.push(...replacementOfProblems(entry, index));
  const withdrawnOn = isRecord(withdrawal) ? withdrawal['date'] : undefined;
  const publishedOn = data['published'];
  if (isCalendarDate(withdrawnOn) && isCalendarDate(publishedOn) && withdrawnOn < publishedOn) {
    problems.push(problem('withdrawn-before-published', at('withdrawal.date', withdrawnOn), { published: publishedOn }));
  }
  return problems;
}

/** A JJJJ-MM-DD date that is on the calendar. */
function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().startsWith(value);
}

/** An entry is not updated before it was published, and a reader learns what changed on its last update. */
function dateProblems(entry: RawEntry): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const published = data['published'];
  const updated = data['updated'];
  // An impossible date is reported by the schema; comparing it too would be a second message for one mistake.
  if (!isCalendarDate(published) || !isCalendarDate(updated)) return [];
  const at = { file: entry.file, field: 'updated', value: updated };
  if (updated < published) return [problem('updated-before-published', at, { published })];
  const changes = Array.isArray(data['changes']) ? data['changes'] : [];
  const noted = changes.some((change) => isRecord(change) && change['date'] === updated);
  return updated > published && !noted ? [problem('updated-without-change-note', at, {})] : [];
}

/** Former file names keep old URLs working: not the current name, not a page of the site, not another entry's name. */
function formerSlugProblems(entry: RawEntry, tree: ContentTree): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  return strings(data['formerSlugs']).flatMap((former, position) => {
    const at = { file: entry.file, field: `formerSlugs[${position}]`, value: former };
    const other = tree.entries.find(
      (candidate) =>
        candidate !== entry &&
        candidate.kind === entry.kind &&
        (candidate.slug === former ||
          (isRecord(candidate.data) && strings(candidate.data['formerSlugs']).includes(former))),
    );
    return [
      ...(former === entry.slug ? [problem('former-slug-is-current', at, {})] : []),
      ...((RESERVED_SLUGS as readonly string[]).includes(former) ? [problem('former-slug-reserved', at, {})] : []),
      ...(other ? [problem('slug-collision', at, { other: other.file })] : []),
    ];
  });
}
