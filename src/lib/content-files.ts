import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { kindNames, kinds, type Kind } from '../schemas/kinds.ts';

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
  /** Entry files that have no frontmatter block at all. */
  withoutFrontmatter: string[];
}

/** The vocabulary files, relative to the content folder. */
export const VOCABULARY_FILES = { themes: 'themes.yaml', laws: 'laws.yaml' } as const;

/** The registry of every ID and URL ever published, relative to the content folder. */
export const REGISTRY_FILE = 'registry.json';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const ENTRY_FILE = /^[^/]+\.mdx$/;
const IGNORED = new Set(['.gitkeep']);

function parseYaml(text: string): unknown {
  // CORE_SCHEMA keeps dates as strings: js-yaml would turn 2026-02-30 into 2 March.
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
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
    withoutFrontmatter: [],
  };
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(contentDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'))
    .sort();
  const folderKinds = new Map<string, Kind>(kindNames.map((kind) => [kinds[kind].folder, kind]));

  for (const relative of files) {
    const file = path.posix.join(root, relative);
    if (IGNORED.has(path.posix.basename(relative))) continue;
    const text = readFileSync(path.join(contentDir, relative), 'utf8');

    const vocabulary = (Object.keys(VOCABULARY_FILES) as (keyof typeof VOCABULARY_FILES)[]).find(
      (name) => VOCABULARY_FILES[name] === relative,
    );
    if (vocabulary) {
      try {
        tree[vocabulary] = { file, data: parseYaml(text), text };
      } catch (error) {
        tree.unreadable.push({ file, error: (error as Error).message.split('\n')[0] ?? '' });
      }
      continue;
    }

    if (relative === REGISTRY_FILE) {
      try {
        tree.registry = { file, data: JSON.parse(text) as unknown };
      } catch (error) {
        tree.unreadable.push({ file, error: (error as Error).message });
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
    const slug = name.replace(/\.mdx$/, '');
    const match = FRONTMATTER.exec(text);
    if (!match && /^\uFEFF?---\r?\n/.test(text)) {
      tree.unreadable.push({ file, error: 'het blok met velden bovenaan wordt niet afgesloten met een regel "---"' });
      continue;
    }
    if (!match) {
      tree.withoutFrontmatter.push(file);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? '');
    } catch (error) {
      tree.unreadable.push({ file, error: (error as Error).message.split('\n')[0] ?? '' });
      continue;
    }
    const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
    tree.entries.push({ file, kind, slug, data, body: text.slice(match[0].length), bodyLine, text });
  }
  return tree;
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
