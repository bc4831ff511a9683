/** How search reads Dutch words: normal form, the words of a text, and the small words a query can do without (browser-safe). */

/** A word as search compares it: lower case, without diacritics, the ligature ĳ as ij. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ĳ/g, 'ij').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a text in normal form: runs of letters, with inner hyphens and apostrophes dropped. */
export function wordsOf(text: string): string[] {
  return (normalizeWord(text).match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []).map((word) => word.replace(/['’-]/g, ''));
}

/**
 * Dutch function words. A query keeps only its other words, because Pagefind requires every word of
 * a query on a page ("opdracht van de gemeente weigeren" would need "van" and "de" too).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `aan al alle als alles ben bij dan dat de deze die dit door een en er te heb hebben heeft het hij hoe
  haar hem hun ik in is je jij jou jouw kan kun kunnen maar me met mij mijn na naar niet nog nu of om
  ons onze ook op over u uw van voor wat we wel wie wij wordt worden zal ze zich zij zijn zo zou
  tot uit was waren geen hier daar dus omdat want toch zoals bent word moet moeten mag mogen`
    .split(/\s+/)
    .filter(Boolean),
);

/** The words of a query worth searching for: without function words, unless nothing else is left. */
export function queryWords(query: string): string[] {
  const words = wordsOf(query);
  const content = words.filter((word) => !STOPWORDS.has(word));
  return content.length > 0 ? content : words;
}

/** Endings a Dutch word takes without becoming another word: plurals, inflections, comparatives, diminutives. */
const ENDINGS = new Set([
  'e',
  'en',
  'n',
  's',
  'es',
  "'s",
  'er',
  'ere',
  'ers',
  'st',
  'ste',
  'je',
  'jes',
  'tje',
  'tjes',
  'pje',
  'pjes',
]);

/**
 * Whether `word` is `base` with an ending of inflection (normal forms): `gesprekken` of `gesprek`
 * (a doubled consonant before the ending counts), `mantelzorgers` of `mantelzorger`, `sancties` of `sanctie`.
 */
export function isInflectionOf(word: string, base: string): boolean {
  if (!word.startsWith(base) || word === base) return word === base;
  let ending = word.slice(base.length);
  if (ending[0] === base.at(-1) && /^[b-df-hj-np-tv-z]$/.test(ending[0] ?? '')) ending = ending.slice(1);
  return ENDINGS.has(ending);
}
