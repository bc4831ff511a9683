/** Pieces of the search page: one result as a list item, and the site's word list for finishing a word and "Bedoelde je …?". */
import { nearestWord, type CountedWord } from '../lib/search/suggest.ts';
import { wordsOf } from '../lib/search/text.ts';
import { buildExcerpt, shorterMatch } from '../lib/site/search-excerpt.ts';
import type { Shown } from '../lib/site/search-runner.ts';

/** The page's words for a result: kind names and the line that names missing query words. */
export interface ResultStrings {
  kinds: Record<string, string>;
  missing: string;
}

/**
 * A result as a list item, built off the page: kind and ID, the title as a link, the excerpt with its
 * marks (text nodes only: nothing from the index is parsed as HTML), and the query words it lacks.
 * Also its address, and the beginning of the typed word it was found by if that is all (see shorterMatch).
 */
export async function resultItem({ result, missing }: Shown, terms: string[], words: string[], strings: ResultStrings) {
  const data = await result.data();
  const item = document.createElement('li');
  item.className = 'result';
  const kind = data.meta['kind'] ?? '';
  const badge = document.createElement('span');
  badge.className = `badge badge-${kind}`;
  const kindName = document.createElement('span');
  kindName.className = 'badge-kind';
  kindName.textContent = strings.kinds[kind] ?? '';
  const id = document.createElement('span');
  id.className = 'entry-id';
  id.textContent = data.meta['id'] ?? '';
  badge.append(kindName, ' ', id);
  const title = document.createElement('h2');
  title.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const part of buildExcerpt(data.content, data.locations, terms)) {
    if (!part.mark) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(badge, title, excerpt);
  if (missing.length > 0) {
    const lacking = document.createElement('p');
    lacking.className = 'meta result-missing';
    lacking.textContent = strings.missing.replace('{words}', missing.join(', '));
    item.append(lacking);
  }
  return { item, url: data.url, shorter: shorterMatch(data.content, data.locations, words) };
}

// The site's words by first letter (written by the search index build), loaded only when a search finds (almost) nothing.
const wordLists = new Map<string, Promise<CountedWord[]>>();
function wordsStartingLike(word: string): Promise<CountedWord[]> {
  const letter = /^[a-z]/.test(word) ? word.charAt(0) : '_';
  let list = wordLists.get(letter);
  if (!list) {
    list = fetch(`/pagefind/woorden/${letter}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<CountedWord[]>) : []))
      .catch(() => []);
    wordLists.set(letter, list);
  }
  return list;
}

/** The most used word of the site that a word being typed is the beginning of (the lists are most used first). */
export async function complete(word: string): Promise<string | undefined> {
  const normal = wordsOf(word)[0] ?? '';
  if (normal.length < 2) return undefined;
  return (await wordsStartingLike(normal)).find(([known]) => known.startsWith(normal))?.[0];
}

/** "Bedoelde je …?" for a query that found (almost) nothing: each unknown word replaced by the nearest word of the site. */
export async function suggest(query: string): Promise<string | undefined> {
  let changed = false;
  const words = await Promise.all(
    wordsOf(query).map(async (word) => {
      const nearest = nearestWord(word, await wordsStartingLike(word));
      if (nearest) changed = true;
      return nearest ?? word;
    }),
  );
  return changed ? words.join(' ') : undefined;
}
