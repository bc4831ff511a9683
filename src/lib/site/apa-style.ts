/** The APA style the site cites with (APA 7 as bundled with citation-js, in Dutch), and one reference formatted with it. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const cslConfig = plugins.config.get('@csl') as {
  styles: { get: (name: string) => string; add: (name: string, xml: string) => void; has: (name: string) => boolean };
};

/** Each change of a style: the text to find and what it becomes. A missing text means citation-js changed the style. */
function changed(style: string, changes: [RegExp | string, string][]): string {
  let patched = style;
  for (const [from, to] of changes) {
    const found = typeof from === 'string' ? patched.includes(from) : from.test(patched);
    if (!found)
      throw new Error(`De APA-stijl van citation-js is veranderd (${from}); pas src/lib/site/apa-style.ts aan.`);
    patched = patched.replace(from, to);
  }
  return patched;
}

/**
 * APA 7 as bundled with citation-js, with three changes for this site: a web page is cited with
 * a retrieval date exactly when one is given (entries change over time, APA 9.16), in Dutch
 * wording ("Geraadpleegd op 28 november 2026, van …"), and day and month are in Dutch order.
 */
export const APA_NL = 'apa-nl-kennisbank';
if (!cslConfig.styles.has(APA_NL)) {
  cslConfig.styles.add(
    APA_NL,
    changed(cslConfig.styles.get('apa'), [
      [
        '<if match="none" variable="issued status"><text term="retrieved" text-case="capitalize-first"/>',
        '<if variable="accessed"><text value="Geraadpleegd op"/>',
      ],
      [
        '<macro name="date-issued-month-day"><date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date></macro>',
        '<macro name="date-issued-month-day"><date variable="issued"><date-part name="day" suffix=" "/><date-part name="month"/></date></macro>',
      ],
    ]),
  );
}

/**
 * APA_NL for a list of one reference, which is how the site formats every reference: without
 * what only matters between references or in the text. Its sort keys (ten macros, rendered for
 * every reference) order a list; its disambiguation (year suffixes "2020a", added names) and its
 * in-text citation layout, which citeproc renders for each reference to find look-alikes, tell
 * references apart. A list of one needs none of them, and the reference comes out the same
 * (tests/unit/apa-style.test.ts holds the two styles to that). Together they were more than half
 * of citeproc's time per reference: 0.70 ms instead of 1.77 ms for 1,500 varied sources.
 */
export const APA_NL_ONE = 'apa-nl-kennisbank-een-verwijzing';
if (!cslConfig.styles.has(APA_NL_ONE)) {
  cslConfig.styles.add(
    APA_NL_ONE,
    changed(cslConfig.styles.get(APA_NL), [
      [/<sort>[\s\S]*?<\/sort>/g, ''],
      [/ (?:disambiguate-add-[a-z]+="true"|givenname-disambiguation-rule="[^"]*"|collapse="year")/g, ''],
      [/(<citation[^>]*>)[\s\S]*?<\/citation>/, '$1<layout><text variable="title"/></layout></citation>'],
    ]),
  );
}

/** The APA reference of one item as HTML (citeproc's: text escaped, titles in `<i>`); `style` is for tests. */
export function apaHtmlOf(item: object, style = APA_NL_ONE): string {
  if (Array.isArray(item)) throw new Error('apaHtmlOf formatteert één verwijzing, geen lijst.');
  return (new Cite(item).format('bibliography', { template: style, lang: 'nl-NL', format: 'html' }) as string)
    .replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
}
