/** How an entry file is split into frontmatter and body, how YAML is read, and the limits that keep both linear. */
import yaml from 'js-yaml';
import { explainYamlError, fieldAt, unclosedOpening, type TextPlace } from './yaml-messages.ts';

export type { TextPlace } from './yaml-messages.ts';

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
    const lines = text.split('\n');
    if (error instanceof AnchorFound) throw yamlError('alias', lines, error.line, 0, firstLine);
    if (!(error instanceof yaml.YAMLException)) throw error;
    throw yamlError(error.reason, lines, error.mark.line, error.mark.column, firstLine, error);
  }
}

/** A YAML error in plain Dutch, with the place in the file (line and column as editors see them) and the field. */
export class YamlError extends Error {
  readonly at: TextPlace;
  constructor(message: string, at: TextPlace, cause?: unknown) {
    super(message, { cause });
    this.at = at;
  }
}

function yamlError(reason: string, lines: string[], line: number, column: number, firstLine: number, cause?: unknown) {
  // js-yaml notices a quote or list that is never closed only lines later: point at where it opens.
  const found = unclosedOpening(lines, line);
  const opened = found !== undefined && found < line ? found : undefined;
  const index = opened ?? Math.min(line, lines.findLastIndex((text) => text.trim() !== ''));
  const at = { line: index + firstLine, column: index === line ? column + 1 : 1, field: fieldAt(lines, index) };
  return new YamlError(explainYamlError(opened === undefined ? reason : 'unclosed', lines, index), at, cause);
}

class AnchorFound extends Error {
  readonly line: number;
  constructor(line: number) {
    super('alias');
    this.line = line;
  }
}

/** An entry file split into frontmatter and body, or why it cannot be. */
export type SplitEntry =
  | { ok: true; data: unknown; body: string; bodyLine: number }
  | { ok: false; problem: 'missing-frontmatter' }
  | { ok: false; problem: 'unreadable'; error: string; at?: TextPlace | undefined };

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
      error: `deze regel begint met "${yamlText.split('\n')[inner]?.slice(0, 3)}", wat andere programma's lezen als het einde van het blok met velden. Zet tekst die zo begint tussen aanhalingstekens op één regel, of begin de regel anders`,
      at: { line: inner + 2, column: 1, field: fieldAt(yamlText.split('\n'), inner - 1) },
    };
  }
  let data: unknown;
  try {
    data = parseYaml(yamlText, 2);
  } catch (error) {
    const at = error instanceof YamlError ? error.at : undefined;
    return { ok: false, problem: 'unreadable', error: (error as Error).message, at };
  }
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  const depth = deepestNesting(body);
  if (depth.levels > CONTENT_LIMITS.nesting) {
    return {
      ok: false,
      problem: 'unreadable',
      error: `deze regel is ${depth.levels} niveaus diep genest (lijsten of citaten); de grens is ${CONTENT_LIMITS.nesting}. Maak de lijst platter`,
      at: { line: bodyLine + depth.line, column: 1 },
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

