/** Reading the content tree: the one function that lists and reads content files for the check, the loader and the scripts. */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { kindNames, kinds, type Kind } from '../../schemas/kinds.ts';
import { CONTENT_LIMITS, parseYaml, splitEntryFile, type TextPlace, type YamlError } from './frontmatter.ts';
import { REGISTRY_FILE, VOCABULARY_FILES } from './paths.ts';

/** An entry file as read from disk, before validation. */
export interface RawEntry {
  /** Path as shown to editors, e.g. `content/dilemmas/gegevens-delen.mdx`. */
  file: string;
  kind: Kind;
  /** The file name without extension; it becomes the URL segment. */
  slug: string;
  /** Parsed frontmatter (YAML dates stay strings, so impossible dates stay visible). */
  data: unknown;
  body: string;
  /** Line number in the file of the first body line. */
  bodyLine: number;
  /** The whole file, for checks that report file lines (personal data). */
  text: string;
}

/** A vocabulary file (themes, laws, jargon, synonyms) as read from disk. */
export interface RawVocabulary {
  file: string;
  data: unknown;
  /** The whole file. */
  text?: string;
}

/** Everything under a content folder, read but not yet checked. */
export interface ContentTree {
  /** The content folder as shown in messages. */
  root: string;
  entries: RawEntry[];
  themes: RawVocabulary | undefined;
  laws: RawVocabulary | undefined;
  /** Jargon with plain alternatives, for the B1 advice on summaries (optional). */
  jargon?: RawVocabulary | undefined;
  /** Words that mean the same, for search (optional: a site without the file has no synonyms). */
  synonyms?: RawVocabulary | undefined;
  /** The registry of published IDs and URLs, if the folder has one. */
  registry: RawVocabulary | undefined;
  /** Files that no collection loads. */
  unloaded: string[];
  /** Files whose frontmatter or YAML could not be parsed, with where in the file when known. */
  unreadable: { file: string; error: string; at?: TextPlace | undefined }[];
  /** Paths that are not plain files (links, folders named like entries) or break a limit; never read. */
  rejected: { file: string; reason: string }[];
  /** Entry files that have no frontmatter block at all. */
  withoutFrontmatter: string[];
  /**
   * IDs written in files that could not be loaded (unreadable, without frontmatter, or loaded by no
   * collection), so links to them point at that one root problem instead of each saying "does not exist".
   */
  stranded: Map<string, string>;
}

export { REGISTRY_FILE, VOCABULARY_FILES } from './paths.ts';

const ENTRY_FILE = /^[^/]+\.mdx$/;
/** An `id:` line near the top of a file, read without YAML so a broken file still names its ID. */
export const STRANDED_ID = /^id:[ \t]*["']?([PDAB]-\d{3,})["']?[ \t]*$/m;
const IGNORED = new Set(['.gitkeep']);

/** What a content path is when it is not a plain file, or too large; undefined for a readable file. */
function rejection(dirent: Dirent, size: () => number, limit: number): string | undefined {
  if (dirent.isSymbolicLink()) {
    return 'is een snelkoppeling (symbolische link). Inhoud moet als gewoon bestand in content/ staan: kopieer de tekst in een eigen bestand en verwijder de koppeling';
  }
  if (!dirent.isFile()) {
    return 'is geen gewoon bestand (maar bijvoorbeeld een map of apparaat). Verwijder het of zet er een gewoon .mdx-bestand voor in de plaats';
  }
  const bytes = size();
  if (bytes > limit) {
    return `is ${Math.ceil(bytes / 1024)} KB; de grens is ${limit / 1024} KB. Splits het item of kort het in`;
  }
  return undefined;
}

/** Every path under a folder, depth first and sorted, without following links. */
function walk(dir: string): Dirent[] {
  const found: Dirent[] = [];
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    if (dirent.isDirectory() && !dirent.name.endsWith('.mdx')) found.push(...walk(path.join(dir, dirent.name)));
    else found.push(dirent);
  }
  return found;
}

/**
 * Reads every file under `contentDir`; `label` is how paths are shown (default: the folder as given).
 * An entry file whose text is the same as in `earlier` (a tree of the same folder and label) keeps
 * its reading from there instead of being parsed again.
 */
export function readContentTree(contentDir: string, label = contentDir, earlier?: ContentTree): ContentTree {
  const root = label.split(path.sep).join('/');
  const tree: ContentTree = {
    root,
    entries: [],
    themes: undefined,
    laws: undefined,
    synonyms: undefined,
    registry: undefined,
    unloaded: [],
    unreadable: [],
    rejected: [],
    withoutFrontmatter: [],
    stranded: new Map(),
  };
  const strand = (file: string, text: string) => {
    const id = STRANDED_ID.exec(text)?.[1];
    if (id && !tree.stranded.has(id)) tree.stranded.set(id, file);
  };
  const paths = walk(contentDir)
    .map((dirent) => ({
      dirent,
      full: path.join(dirent.parentPath, dirent.name),
      relative: path.relative(contentDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'),
    }))
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const folderKinds = new Map<string, Kind>(kindNames.map((kind) => [kinds[kind].folder, kind]));
  const dataFiles = new Set<string>([...Object.values(VOCABULARY_FILES), REGISTRY_FILE]);
  const read = new Map(earlier?.root === root ? earlier.entries.map((entry) => [entry.file, entry]) : []);

  for (const { dirent, full, relative } of paths) {
    const file = path.posix.join(root, relative);
    if (IGNORED.has(path.posix.basename(relative))) continue;
    const limit = dataFiles.has(relative) ? CONTENT_LIMITS.dataBytes : CONTENT_LIMITS.entryBytes;
    const rejected = rejection(dirent, () => statSize(full), limit);
    if (rejected) {
      tree.rejected.push({ file, reason: rejected });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (error) {
      tree.rejected.push({
        file,
        reason: `kan niet geopend worden (${(error as NodeJS.ErrnoException).code ?? 'fout'}). Controleer of het bestand leesbaar is`,
      });
      continue;
    }

    const vocabulary = (Object.keys(VOCABULARY_FILES) as (keyof typeof VOCABULARY_FILES)[]).find(
      (name) => VOCABULARY_FILES[name] === relative,
    );
    if (vocabulary) {
      try {
        tree[vocabulary] = { file, data: parseYaml(text), text };
      } catch (error) {
        tree.unreadable.push({ file, error: (error as Error).message, at: (error as Partial<YamlError>).at });
      }
      continue;
    }

    if (relative === REGISTRY_FILE) {
      try {
        tree.registry = { file, data: JSON.parse(text) as unknown };
      } catch (error) {
        tree.unreadable.push({ file, error: `geen geldige JSON (${(error as Error).message})` });
      }
      continue;
    }

    const [folder = '', ...rest] = relative.split('/');
    const kind = folderKinds.get(folder);
    const name = rest.join('/');
    if (!kind || !ENTRY_FILE.test(name) || name.startsWith('.')) {
      tree.unloaded.push(file);
      strand(file, text);
      continue;
    }
    const known = read.get(file);
    if (known?.text === text) {
      tree.entries.push(known);
      continue;
    }
    const split = splitEntryFile(text);
    if (!split.ok) {
      if (split.problem === 'missing-frontmatter') tree.withoutFrontmatter.push(file);
      else tree.unreadable.push({ file, error: split.error, at: split.at });
      strand(file, text);
      continue;
    }
    const slug = name.replace(/\.mdx$/, '');
    tree.entries.push({ file, kind, slug, data: split.data, body: split.body, bodyLine: split.bodyLine, text });
  }
  return tree;
}

function statSize(file: string): number {
  return statSync(file).size;
}

/** Names to look for in the content, one per line in a file kept outside the repository; none without a file. */
export function readNamesFile(file: string | undefined): string[] {
  if (!file) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const TREES = Symbol.for('kennisbank.contentTrees');
const trees = ((globalThis as { [TREES]?: Map<string, ContentTree> })[TREES] ??= new Map());

/**
 * The content tree read once per build and shared by the check, the [[ID]] link resolvers and
 * the registry check (reading 10,000 files takes seconds). `fresh` reads it again, as the build
 * integration does at the start of every build and the dev server after every change; the entries
 * whose text did not change keep their frontmatter as parsed before (10,000 take 0.4 s to parse).
 */
export function sharedContentTree(contentDir: string, fresh = false): ContentTree {
  const key = path.resolve(contentDir);
  const cached = trees.get(key);
  if (cached && !fresh) return cached;
  const tree = readContentTree(key, 'content', cached);
  trees.set(key, tree);
  return tree;
}

/** Raw frontmatter as an object, or undefined when it is not one. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The strings in a raw list value; anything else is left for the schema to report. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
