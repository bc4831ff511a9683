/** Editorial advice on an entry's text and facts: how old its check of the law is, and how readable its summary is. */
import { jargonFileSchema } from '../../schemas/jargon.ts';
import { isLive } from '../../schemas/shared.ts';
import { siteConfig } from '../../site.config.ts';
import { problem, type Problem } from './problems.ts';
import { readabilityFindings, wordsOf, type ReadabilityRules, type ReadabilityWords } from './readability.ts';
import { isRecord, strings, type ContentTree, type RawEntry } from './tree.ts';

/** The settings of the advice (src/site.config.ts `contentCheck`) and today's date. */
export interface AdviceOptions {
  /** Today as JJJJ-MM-DD: a check of the law older than `lawCheckMaxAgeMonths` before this gets a warning. */
  today: string;
  lawCheckMaxAgeMonths: number;
  readability: ReadabilityRules;
}

/** Today's date as JJJJ-MM-DD (UTC). */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/** The advice as this site sets it (src/site.config.ts), for today unless a date is given. */
export const siteAdvice = (today = todayIso()): AdviceOptions => ({ today, ...siteConfig.contentCheck });

/** The date `months` calendar months after a JJJJ-MM-DD date (the last day of a shorter month when needed). */
export function addMonths(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole calendar months from one JJJJ-MM-DD date to a later one. */
function monthsBetween(from: string, to: string): number {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months += 1;
  return months;
}

/**
 * A live entry that names laws says when its legal facts were last checked (lawCheckedOn): a
 * warning when that is missing or older than the limit, an error when it lies after today.
 */
export function lawCheckProblems(entry: RawEntry, options: AdviceOptions): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const laws = strings(data['laws']);
  if (!isLive(data['status']) || laws.length === 0) return [];
  const checked = data['lawCheckedOn'];
  const at = { file: entry.file, field: 'lawCheckedOn', value: checked };
  if (checked === undefined) return [problem('law-check-missing', at, { laws: laws.join(', '), today: options.today })];
  // Not a date: the schema reports it.
  if (typeof checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(checked)) return [];
  if (checked > options.today) return [problem('law-check-in-future', at, { today: options.today })];
  const age = monthsBetween(checked, options.today);
  return age >= options.lawCheckMaxAgeMonths
    ? [problem('law-check-outdated', at, { months: age, max: options.lawCheckMaxAgeMonths })]
    : [];
}

/** The words of the jargon vocabulary, with the words of law titles as known long words; none when it is broken. */
export function readabilityWordsOf(tree: ContentTree): ReadabilityWords {
  const parsed = jargonFileSchema.safeParse(tree.jargon?.data ?? { terms: {} });
  const jargon = parsed.success ? parsed.data : { terms: {}, knownLongWords: [] };
  const laws = isRecord(tree.laws?.data) ? Object.values(tree.laws.data) : [];
  const lawWords = laws.flatMap((law) =>
    isRecord(law) ? [law['title'], law['abbreviation']].flatMap((text) => (typeof text === 'string' ? wordsOf(text) : [])) : [],
  );
  return { terms: jargon.terms, knownLongWords: [...jargon.knownLongWords, ...lawWords] };
}

/** The B1 rules on an entry's summary, as warnings. */
export function summaryProblems(entry: RawEntry, options: AdviceOptions, words: ReadabilityWords): Problem[] {
  const data = isRecord(entry.data) ? entry.data : {};
  const summary = data['summary'];
  if (typeof summary !== 'string') return [];
  const at = (value: unknown) => ({ file: entry.file, field: 'summary', value });
  const rules = options.readability;
  return readabilityFindings(summary, rules, words).map((finding) => {
    switch (finding.rule) {
      case 'long-sentences':
        return problem('summary-long-sentences', at(finding.longest), {
          average: finding.average,
          max: rules.maxAverageSentenceWords,
        });
      case 'long-word':
        return problem('summary-long-word', at(finding.word), { letters: finding.letters, max: rules.maxWordLetters });
      case 'jargon':
        return problem('summary-jargon', at(finding.term), { alternative: finding.alternative });
    }
  });
}
