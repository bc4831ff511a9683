/**
 * Dutch compounds for search: `uitkeringskorting` is `uitkering` + `korting`, so a search for
 * `korting` can find it. Pure; the word list comes from src/lib/search/dictionary.ts.
 */

/** Which words may stand where in a compound, from the compound flags of a Hunspell word list. */
export interface Lexicon {
  /** Every word of the list, in normal form. */
  words: ReadonlySet<string>;
  /** Forms that may begin a compound, each with its word (`uitkerings` → `uitkering`). */
  begin: ReadonlyMap<string, string>;
  /** Forms that may stand in the middle of a compound, each with its word. */
  middle: ReadonlyMap<string, string>;
  /** Words that may end a compound. */
  end: ReadonlySet<string>;
  /** Listed words that are only verbs or adjectives (`toepassen`, `regelmatig`): never split. */
  unsplittable: ReadonlySet<string>;
  /** Listed verbs, in the infinitive (`handhaven`). */
  verbs: ReadonlySet<string>;
  /** Joins the list forbids: the first part ends in the one, the next begins with the other (`huis|vesting`). */
  forbiddenJoins: readonly (readonly [string, string])[];
}

/** The shortest part a compound is split into: shorter parts (`uit`, `wet`) match far too much. */
export const MIN_PART = 4;

/**
 * Words that never count as a part: prepositions and particles make words of their own
 * (`voorwaarde` is no kind of `waarde`), and these endings are suffixes rather than words
 * (`veiligheid`, `gemeenschap`, `mogelijk`).
 */
const NOT_A_PART = new Set(
  `aan achter af binnen boven buiten door langs mede mee neer onder over rond samen tegen terug tussen
  vast voor weder weer heid schap lijk lijke baar bare loos loze ling achtig achtige isme iteit ering rijk`
    .split(/\s+/)
    .filter(Boolean),
);

const VOWEL = /[aeiouy]/;
/** Two letters that spell one sound; the vowel before such a pair never doubles (`boeken` is not `booeken`). */
const DIGRAPH = /(?:oe|ie|eu|ui|ei|ij|au|ou)$/;

/**
 * The words an inflected form can come from, by Dutch spelling: `kortingen` → `korting`, `grotten`
 * → `grot`, `culturen` → `cultuur`, `grote` → `groot`, `brieven` → `brief`, `huizen` → `huis`.
 */
export function lemmas(form: string): string[] {
  const found: string[] = [];
  for (const ending of ['en', 'e', 's', 'n']) {
    if (!form.endsWith(ending) || form.length - ending.length < 3) continue;
    let stem = form.slice(0, -ending.length);
    if (ending === 'en' || ending === 'e') {
      stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
      const [a = '', b = '', c = ''] = stem.slice(-3);
      if (b === c && !VOWEL.test(c)) stem = stem.slice(0, -1);
      else if (!VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !DIGRAPH.test(stem.slice(0, -1))) {
        stem = `${stem.slice(0, -1)}${b}${c}`;
      }
    }
    found.push(stem);
  }
  return found;
}

/** The word a form ends in, if it may end a compound: the form itself or the word it inflects. */
function endWord(form: string, lexicon: Lexicon): string | undefined {
  if (form.length < MIN_PART || NOT_A_PART.has(form)) return undefined;
  if (lexicon.end.has(form)) return form;
  return lemmas(form).find((base) => base.length >= MIN_PART && lexicon.end.has(base) && !NOT_A_PART.has(base));
}

/**
 * The parts of a compound, as words in normal form (`uitkeringskorting` → `uitkering`, `korting`), or
 * undefined when the list allows no split. Each part must be flagged for its place in the list (so
 * only splits that Dutch spelling allows count), be at least MIN_PART letters, not be a particle or
 * suffix, and not meet the next part in a join the list forbids. Of the allowed splits the one with
 * the fewest parts wins, then the one with the longest first part.
 */
export function splitCompound(
  word: string,
  lexicon: Lexicon,
  position: 'begin' | 'middle' = 'begin',
): string[] | undefined {
  let best: string[] | undefined;
  const heads = position === 'begin' ? lexicon.begin : lexicon.middle;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const form = word.slice(0, cut);
    const head = heads.get(form);
    if (!head || head.length < MIN_PART || NOT_A_PART.has(head)) continue;
    const rest = word.slice(cut);
    if (lexicon.forbiddenJoins.some(([left, right]) => form.endsWith(left) && rest.startsWith(right))) continue;
    const last = endWord(rest, lexicon);
    const tail = last ? [last] : splitCompound(rest, lexicon, 'middle');
    if (tail && (!best || tail.length + 1 < best.length)) best = [head, ...tail];
  }
  return best;
}

/** Endings that make a noun of a verb: `handhaven` → `handhaver`, `toelaten` → `toelating`. */
const VERB_NOUN = /(?:ers?|sters?|ing(?:en)?)$/;

/**
 * Whether a word should be split at all: not a listed verb or adjective, nor an inflection of one, nor
 * a noun made of a listed verb (`handhaver` is no `hand` + `haver`).
 */
function splittable(word: string, lexicon: Lexicon): boolean {
  if (lexicon.unsplittable.has(word)) return false;
  const stem = word.replace(VERB_NOUN, '');
  if (stem !== word && lexicon.verbs.has(`${stem.replace(/v$/, 'f').replace(/f$/, 'v')}en`)) return false;
  if (lexicon.words.has(word)) return true;
  const lemma = lemmas(word).find((candidate) => lexicon.words.has(candidate));
  return !lemma || !lexicon.unsplittable.has(lemma);
}

/** Every part of a compound and of its parts, first parts included. */
function allParts(word: string, lexicon: Lexicon): string[] {
  if (word.length < 2 * MIN_PART || !splittable(word, lexicon)) return [];
  const lemma = lexicon.words.has(word) ? undefined : lemmas(word).find((candidate) => lexicon.words.has(candidate));
  const parts = splitCompound(lemma ?? word, lexicon) ?? [];
  return [...new Set(parts.flatMap((part) => [part, ...allParts(part, lexicon)]))];
}

/**
 * The parts a search should find a compound by, beyond its beginning (Pagefind already finds a word
 * by its first letters): `schuldhulpverlening` → `hulpverlening`, `hulp`, `verlening`;
 * `uitkeringskorting` → `korting`. An inflected form is split as the word it inflects (`culturen` as
 * `cultuur`, which has no parts).
 */
export function compoundParts(word: string, lexicon: Lexicon): string[] {
  return allParts(word, lexicon).filter((part) => !word.startsWith(part));
}
