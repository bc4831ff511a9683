import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { kindNames, kinds, type Kind } from '../../schemas/kinds.ts';

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

/** A vocabulary file (themes, laws) as read from disk. */
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
  /** The registry of published IDs and URLs, if the folder has one. */
  registry: RawVocabulary | undefined;
  /** Files that no collection loads. */
  unloaded: string[];
  /** Files whose frontmatter or YAML could not be parsed. */
  unreadable: { file: string; error: string }[];
  /** Paths that are not plain files (links, folders named like entries) or break a limit; never read. */
  rejected: { file: string; reason: string }[];
  /** Entry files that have no frontmatter block at all. */
  withoutFrontmatter: string[];
}

/** The vocabulary files, relative to the content folder. */
export const VOCABULARY_FILES = { themes: 'themes.yaml', laws: 'laws.yaml' } as const;

/** The registry of every ID and URL ever published, relative to the content folder. */
export const REGISTRY_FILE = 'registry.json';

/**
 * Limits that keep reading and checking linear in the size of the content. The largest real
 * entry is under 4 KB; Markdown parsing of deeply nested lists and quotes slows down sharply.
 */
export const CONTENT_LIMITS = {
  /** Bytes in one entry file. */
  entryBytes: 64 * 1024,
  /** Bytes in a vocabulary file or the registry. */
  dataBytes: 1024 * 1024,
  /** Levels of nested lists and quotes in a body (a level is a `>` or two spaces of indentation). */
  nesting: 10,
} as const;

/**
 * The frontmatter block: a first line `---`, YAML, a line `---`. Astro (and most Markdown tools)
 * end the block at the first line that starts with `---` or `+++`, so such a line inside the
 * block is rejected (see `splitEntryFile`) rather than read differently by different tools.
 */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const FRONTMATTER_START = /^\uFEFF?---\r?\n/;
const ENTRY_FILE = /^[^/]+\.mdx$/;
const IGNORED = new Set(['.gitkeep']);

/**
 * Parses YAML as the content model reads it: the core schema (dates stay strings, so an
 * impossible date stays visible), no anchors or aliases (`&naam`, `*naam`: they make "billion
 * laughs" files that exhaust memory), no duplicate keys. Errors are in Dutch with a line number.
 * js-yaml rather than the yaml package: it reads 10,000 entries about five times as fast.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  try {
    return yaml.load(text, {
      // CORE_SCHEMA keeps dates as strings: the default schema would turn 2026-02-30 into 2 March.
      schema: yaml.CORE_SCHEMA,
      listener: (event, state) => {
        // An anchor is only there to be repeated by an alias; refuse it before anything repeats it.
        const { anchorMap, line } = state as unknown as { anchorMap: object; line: number };
        if (event === 'close' && Object.keys(anchorMap).length > 0) throw new AnchorFound(line);
      },
    });
  } catch (error) {
    if (error instanceof AnchorFound) throw new Error(`regel ${error.line + firstLine}: ${yamlReason(ALIAS_REASON)}`);
    if (!(error instanceof yaml.YAMLException)) throw error;
    throw new Error(`regel ${error.mark.line + firstLine}: ${yamlReason(error.reason)}`, { cause: error });
  }
}

const ALIAS_REASON = 'alias';

class AnchorFound extends Error {
  readonly line: number;
  constructor(line: number) {
    super(ALIAS_REASON);
    this.line = line;
  }
}

/** js-yaml's reason in plain Dutch, with what to do. */
function yamlReason(reason: string): string {
  if (reason === ALIAS_REASON || reason.startsWith('unidentified alias')) {
    return 'een YAML-verwijzing (&naam of *naam) is niet toegestaan; schrijf de waarde voluit';
  }
  if (reason.startsWith('duplicated mapping key'))
    return 'een veld staat twee keer in het blok; haal een van de twee weg';
  if (reason.startsWith('tab characters')) return 'inspringen met een tab; gebruik spaties';
  if (reason.startsWith('unknown tag')) return 'een onbekend YAML-label (iets als !!naam); haal het weg';
  if (reason.startsWith('expected a single document')) return 'een regel "---" midden in het blok; haal die weg';
  if (reason.startsWith('unknown escape sequence')) {
    return 'een \\ in tekst tussen dubbele aanhalingstekens; schrijf \\\\ of gebruik enkele aanhalingstekens';
  }
  return 'de inspringing, een dubbele punt of een aanhalingsteken klopt niet';
}

/** An entry file split into frontmatter and body, or why it cannot be. */
export type SplitEntry =
  | { ok: true; data: unknown; body: string; bodyLine: number }
  | { ok: false; problem: 'missing-frontmatter' }
  | { ok: false; problem: 'unreadable'; error: string };

/**
 * Splits an entry file into its parsed frontmatter and its Markdown body: the one rule the
 * content check, the build's loader and the dev server share.
 */
export function splitEntryFile(text: string): SplitEntry {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return FRONTMATTER_START.test(text)
      ? {
          ok: false,
          problem: 'unreadable',
          error: 'het blok met velden bovenaan wordt niet afgesloten met een regel "---"',
        }
      : { ok: false, problem: 'missing-frontmatter' };
  }
  const yamlText = match[1] ?? '';
  const inner = yamlText.split('\n').findIndex((line) => /^(?:---|\+\+\+)/.test(line));
  if (inner >= 0) {
    return {
      ok: false,
      problem: 'unreadable',
      error: `regel ${inner + 2} begint met "${yamlText.split('\n')[inner]?.slice(0, 3)}", wat andere programma's lezen als het einde van het blok met velden. Zet tekst die zo begint tussen aanhalingstekens op één regel, of begin de regel anders`,
    };
  }
  let data: unknown;
  try {
    data = parseYaml(yamlText, 2);
  } catch (error) {
    return { ok: false, problem: 'unreadable', error: (error as Error).message };
  }
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  const depth = deepestNesting(body);
  if (depth.levels > CONTENT_LIMITS.nesting) {
    return {
      ok: false,
      problem: 'unreadable',
      error: `regel ${bodyLine + depth.line} is ${depth.levels} niveaus diep genest (lijsten of citaten); de grens is ${CONTENT_LIMITS.nesting}. Maak de lijst platter`,
    };
  }
  return { ok: true, data, body, bodyLine };
}

/** The deepest nesting of lists and quotes in a body, by indentation and `>` markers, and where. */
function deepestNesting(body: string): { levels: number; line: number } {
  let deepest = { levels: 0, line: 0 };
  body.split('\n').forEach((text, line) => {
    const prefix = /^[ \t>]*/.exec(text)?.[0] ?? '';
    let width = 0;
    let quotes = 0;
    for (const char of prefix) {
      if (char === '>') quotes += 1;
      else width += char === '\t' ? 4 : 1;
    }
    const levels = quotes + Math.floor(width / 2);
    if (levels > deepest.levels) deepest = { levels, line };
  });
  return deepest;
}

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

/** Reads every file under `contentDir`; `label` is how paths are shown (default: the folder as given). */
export function readContentTree(contentDir: string, label = contentDir): ContentTree {
  const root = label.split(path.sep).join('/');
  const tree: ContentTree = {
    root,
    entries: [],
    themes: undefined,
    laws: undefined,
    registry: undefined,
    unloaded: [],
    unreadable: [],
    rejected: [],
    withoutFrontmatter: [],
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
        tree.unreadable.push({ file, error: (error as Error).message });
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
      continue;
    }
    const split = splitEntryFile(text);
    if (!split.ok) {
      if (split.problem === 'missing-frontmatter') tree.withoutFrontmatter.push(file);
      else tree.unreadable.push({ file, error: split.error });
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
 * integration does at the start of every build or dev-server start.
 */
export function sharedContentTree(contentDir: string, fresh = false): ContentTree {
  const key = path.resolve(contentDir);
  const cached = trees.get(key);
  if (cached && !fresh) return cached;
  const tree = readContentTree(key, 'content');
  trees.set(key, tree);
  return tree;
}

/** Raw frontmatter as an object, or undefined when it is not one. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The strings in a raw list value; anything else is left for the schema to report. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
