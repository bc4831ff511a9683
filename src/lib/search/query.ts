/** What a search query asks for: an entry ID, other forms of its words, and partial matches (pure, browser-safe). */

const PREFIXES = 'PDAB';

/**
 * The entry ID a query names, however it is typed: `D-007`, `d7`, `d 7`, `B5`, `b-005` → `D-007`;
 * undefined for any other query.
 */
export function idQuery(query: string): string | undefined {
  const match = /^\s*([pdab])\s*-?\s*0*(\d{1,6})\s*$/i.exec(query);
  if (!match || match[2] === undefined || match[1] === undefined) return undefined;
  const prefix = match[1].toUpperCase();
  if (!PREFIXES.includes(prefix) || Number(match[2]) === 0) return undefined;
  return `${prefix}-${match[2].padStart(3, '0')}`;
}

/** How Pagefind's search for an ID is written: the ID's letters and digits (`D-007` → `d007`). */
export const idSearchTerm = (id: string) => id.replace('-', '').toLowerCase();

/**
 * Shorter forms of a query word that Pagefind's stemmer does not make: person nouns and their plurals
 * (`mantelzorgers` → `mantelzorger`, `mantelzorg`), plurals in -s, and verbs in -t (`weigert` → `weiger`,
 * which finds `weigeren`).
 * Only used when the word itself finds (almost) nothing.
 */
export function shorterForms(word: string): string[] {
  const forms: string[] = [];
  for (const [ending, replacements] of [
    ['sters', ['ster', '']],
    ['ster', ['']],
    ['ers', ['er', '']],
    ['er', ['']],
    ['s', ['']],
    ['t', ['']],
  ] as const) {
    if (!word.endsWith(ending)) continue;
    for (const replacement of replacements) {
      const form = word.slice(0, -ending.length) + replacement;
      if (form.length >= 4 && !forms.includes(form)) forms.push(form);
    }
    break;
  }
  return forms;
}

/** One page found by one of several searches: its id and score. */
export interface Hit {
  id: string;
  score: number;
}

/** A page found by some of a query's words, for a partial search. */
export interface PartialHit {
  id: string;
  /** The query words it was found by, in query order. */
  found: string[];
  /** The query words it was not found by. */
  missing: string[];
  score: number;
}

/**
 * Ranks the pages found by searching each query word alone: first those found by the most words,
 * then by the sum of their scores, each score relative to the best score of its word (so a common
 * word cannot outweigh a rare one).
 */
export function rankPartial(words: readonly string[], hitsPerWord: readonly (readonly Hit[])[]): PartialHit[] {
  const byId = new Map<string, PartialHit>();
  hitsPerWord.forEach((hits, index) => {
    const best = Math.max(...hits.map((hit) => hit.score), Number.EPSILON);
    for (const hit of hits) {
      const found = byId.get(hit.id) ?? { id: hit.id, found: [], missing: [], score: 0 };
      found.found.push(words[index] ?? '');
      found.score += hit.score / best;
      byId.set(hit.id, found);
    }
  });
  const ranked = [...byId.values()];
  for (const hit of ranked) hit.missing = words.filter((word) => !hit.found.includes(word));
  return ranked.sort((a, b) => b.found.length - a.found.length || b.score - a.score);
}
