/** The BibTeX and RIS text of a citation, written out so that every reference manager reads it back exactly. */
import type { Cite } from '@citation-js/core';
import type { CslItem } from './citation.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX through citation-js's BibTeX mapping, written out here so that the date is a real date
 * (`year`, the month as BibTeX's macro `nov`, `day`, and biblatex's `date`; citation-js writes
 * `month = {nov 28}`), accents are written in the braced form every reader knows (`{\"{e}}`,
 * not `{\" e}`), and the abstract, language and version are kept. Values are never wrapped.
 */
export function bibtexOf(cite: InstanceType<typeof Cite>, item: CslItem): string {
  const [entry] = cite.format('bibtex', { format: 'object' }) as unknown as BibtexEntry[];
  const [latex] = cite.format('biblatex', { format: 'object' }) as unknown as BibtexEntry[];
  if (!entry || !latex) throw new Error('citation-js gaf geen BibTeX');
  const [year, month, day] = item.issued['date-parts'][0];
  const properties = { ...entry.properties };
  delete properties['month'];
  delete properties['year'];
  // citation-js's BibTeX puts a retrieval date in a note; biblatex's urldate below is the field for it.
  delete properties['note'];
  const fields: [string, string][] = [
    ...Object.entries(properties).map(([name, value]): [string, string] => [name, `{${braceAccents(value)}}`]),
    // The permanent link beside a version's URL.
    ...(item.note === undefined ? [] : [['note', `{${braceAccents(item.note)}}`] as [string, string]]),
    ['year', `{${year}}`],
    ['month', MONTHS[month - 1]!],
    ['day', `{${day}}`],
    ['date', `{${item.version}}`],
    ...(['abstract', 'language', 'version', 'urldate'] as const).flatMap((name): [string, string][] =>
      latex.properties[name] === undefined ? [] : [[name, `{${braceAccents(latex.properties[name])}}`]],
    ),
  ];
  return `@${entry.type}{${item['citation-key']},\n${fields.map(([name, value]) => `\t${name} = ${value},\n`).join('')}}`;
}

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** `{\" e}` and `{\c c}` as `{\"{e}}` and `{\c{c}}`, which bibutils, biber and citation-js all read back. */
const braceAccents = (value: string) =>
  value.replace(/\{\\([^\s{}]{1,2}) (\\?[a-zA-Z]{1,2}(?:\{\})?)\}/g, (_match, accent: string, letter: string) => {
    const base = letter.replace(/\{\}$/, '');
    return `{\\${accent}{${base}}}`;
  });

/**
 * RIS through citation-js's RIS mapping, one line per value: citation-js breaks values after
 * every 70 characters, also inside words, and readers join the lines with a space. The author is
 * one name without a comma, which RIS readers take as an organisation (citation-js reads it as a
 * literal name; bibutils needs the name in its `--asis` list).
 */
export function risOf(cite: InstanceType<typeof Cite>): string {
  const [entry] = cite.format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  if (!entry) throw new Error('citation-js gaf geen RIS');
  const lines = [`TY  - ${String(entry['TY'])}`];
  for (const [tag, values] of Object.entries(entry)) {
    if (tag === 'TY') continue;
    for (const value of [values].flat()) lines.push(`${tag}  - ${risValue(String(value))}`);
  }
  lines.push('ER  - ');
  return lines.join('\n');
}

/** A RIS value on one line; a date as RIS writes it, with two-digit month and day (`2026/03/05/`; citation-js writes `2026/3/5/`). */
const risValue = (value: string) =>
  /^\d{4}\/\d{1,2}\/\d{1,2}\/$/.test(value)
    ? value.replace(/\/(\d)(?=\/)/g, '/0$1')
    : value.replace(/\s*[\r\n]+\s*/g, ' ');
