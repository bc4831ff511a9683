import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { APA_NL } from '../../src/lib/site/apa-style.ts';
import {
  citationData,
  dateParts,
  formatCitations,
  retrievalClause,
  withRetrievalDate,
} from '../../src/lib/site/citation.ts';
import { sourceCitation } from '../../src/lib/site/source-citation.ts';
import { dutchDay, fillRetrievalTemplate } from '../../src/scripts/retrieval-date.ts';

const input = {
  id: 'D-007',
  genre: 'Dilemma',
  title: 'Gegevens delen voor openbare orde',
  summary: 'Wijkteams worden gevraagd gegevens te delen met politie en gemeente.',
  updated: '2026-03-05',
  url: 'https://kennisbank.example/D-007/',
  siteName: 'Kennisbank Do No Harm',
  publisher: 'Leergroep Do No Harm',
};
const item = citationData(input);
const citations = formatCitations(item);

/** citeproc's own APA with a retrieval date: what the page's script must produce. */
const apaWithAccessed = (cited: typeof item, isoDay: string) =>
  (
    new Cite({ ...cited, 'container-title': undefined, accessed: { 'date-parts': dateParts(isoDay) } }).format(
      'bibliography',
      { template: APA_NL, lang: 'nl-NL' },
    ) as string
  ).trim();

describe('formatCitations: APA 7 in Dutch', () => {
  test('cites a web page by a group author with its version date, kind and ID, publisher and URL, without a retrieval date', () => {
    expect(citations.apa).toMatchInlineSnapshot(
      `"Kennisbank Do No Harm. (2026, 5 maart). Gegevens delen voor openbare orde (Dilemma D-007). Leergroep Do No Harm. https://kennisbank.example/D-007/"`,
    );
    expect(citations.apaHtml).toBe(
      'Kennisbank Do No Harm. (2026, 5 maart). <i>Gegevens delen voor openbare orde</i> (Dilemma D-007). Leergroep Do No Harm. ',
    );
    expect(citations.url).toBe('https://kennisbank.example/D-007/');
  });

  test('with the retrieval date the page adds, reads "Geraadpleegd op <dag>, van <URL>"', () => {
    expect(withRetrievalDate(citations, '28 november 2026')).toMatchInlineSnapshot(
      `"Kennisbank Do No Harm. (2026, 5 maart). Gegevens delen voor openbare orde (Dilemma D-007). Leergroep Do No Harm. Geraadpleegd op 28 november 2026, van https://kennisbank.example/D-007/"`,
    );
  });

  test('a withdrawn-looking long title, a day in January and a publisher equal to the author: named once', () => {
    const cited = citationData({
      ...input,
      id: 'P-012',
      genre: 'Praktijk',
      title: 'Eerst het gesprek, dan pas de maatregel',
      updated: '2027-01-09',
      publisher: 'Kennisbank Do No Harm',
    });
    expect(withRetrievalDate(formatCitations(cited), '1 februari 2027')).toMatchInlineSnapshot(
      `"Kennisbank Do No Harm. (2027, 9 januari). Eerst het gesprek, dan pas de maatregel (Praktijk P-012). Geraadpleegd op 1 februari 2027, van https://kennisbank.example/D-007/"`,
    );
  });

  test('the retrieval clause with a day in Dutch is exactly what citeproc writes for that retrieval date', () => {
    expect(retrievalClause).toBe('Geraadpleegd op {datum}, van ');
    for (const isoDay of ['2026-01-01', '2026-02-28', '2026-03-05', '2026-11-28', '2026-12-31', '2027-07-14']) {
      const [[year, month, day]] = dateParts(isoDay);
      const shown = withRetrievalDate(citations, dutchDay(new Date(year, month - 1, day)));
      expect(shown).toBe(apaWithAccessed(item, isoDay));
    }
  });

  test('the browser writes every month as citeproc does ("2 december 2026")', () => {
    const months = Array.from({ length: 12 }, (_, index) => dutchDay(new Date(2026, index, 2)));
    expect(months).toEqual([
      '2 januari 2026',
      '2 februari 2026',
      '2 maart 2026',
      '2 april 2026',
      '2 mei 2026',
      '2 juni 2026',
      '2 juli 2026',
      '2 augustus 2026',
      '2 september 2026',
      '2 oktober 2026',
      '2 november 2026',
      '2 december 2026',
    ]);
  });

  test('escapes <, > and & of a hostile title and summary in the APA HTML, and the plain text keeps them as written', () => {
    const hostile = `</script><script>window.__xss=1</script> <!-- "'><img src=x onerror=window.__xss=2> ]]> & Co`;
    const cited = formatCitations(citationData({ ...input, title: hostile, summary: hostile }));
    // Only citeproc's own <i> is markup.
    expect(cited.apaHtml.replace(/<\/?i>/g, '')).not.toMatch(/[<>]/);
    expect(cited.apaHtml).not.toMatch(/&(?!#\d+;|[a-z]+;)/);
    expect(cited.apaHtml).toContain('&#60;/script&#62;&#60;script&#62;window.__xss=1&#60;/script&#62;');
    expect(cited.apaHtml).toContain('&#60;img src=x onerror=window.__xss=2&#62; ]]&#62; &#38; Co');
    // citeproc turns straight quotes into curly ones; they are text in <p>, never an attribute.
    expect(cited.apa).toContain('</script><script>window.__xss=1</script> <!-- ');
    expect(cited.apa).toContain('><img src=x onerror=window.__xss=2> ]]> & Co (Dilemma D-007)');
  });
});

describe('formatCitations: CSL-JSON', () => {
  test('writes CSL-JSON that a CSL processor formats back to the same citation, with no retrieval date', () => {
    const parsed = JSON.parse(citations.cslJson) as Record<string, unknown>[];
    expect(parsed).toEqual([item]);
    expect(parsed[0]).not.toHaveProperty('accessed');
    const again = new Cite(parsed.map((read) => ({ ...read, 'container-title': undefined }))).format('bibliography', {
      template: APA_NL,
      lang: 'nl-NL',
    });
    expect(again.trim()).toBe(citations.apa);
  });
});

describe('formatCitations: BibTeX and RIS', () => {
  test('writes BibTeX with the ID as key, the organisation in double braces and a real date', () => {
    expect(citations.bibtex).toMatchInlineSnapshot(`
      "@misc{D-007,
      	author = {{Kennisbank Do No Harm}},
      	publisher = {Leergroep Do No Harm},
      	title = {Gegevens delen voor openbare orde},
      	type = {Dilemma},
      	url = {https://kennisbank.example/D-007/},
      	year = {2026},
      	month = mar,
      	day = {5},
      	date = {2026-03-05},
      	abstract = {Wijkteams worden gevraagd gegevens te delen met politie en gemeente.},
      	language = {nl-NL},
      	version = {2026-03-05},
      }"
    `);
  });

  test('writes RIS with one line per value and the organisation as one name', () => {
    expect(citations.ris).toMatchInlineSnapshot(`
      "TY  - ELEC
      AB  - Wijkteams worden gevraagd gegevens te delen met politie en gemeente.
      AU  - Kennisbank Do No Harm
      DA  - 2026/03/05/
      PY  - 2026
      ID  - D-007
      LA  - nl-NL
      PB  - Leergroep Do No Harm
      TI  - Gegevens delen voor openbare orde
      UR  - https://kennisbank.example/D-007/
      ER  - "
    `);
  });

  test('the retrieval date the page adds to BibTeX, RIS and CSL-JSON reads back as the accessed date', () => {
    const day = new Date(2027, 1, 4);
    const filled = (format: 'bibtex' | 'ris' | 'cslJson') => {
      const { at, template } = citations.retrieval[format];
      return citations[format].slice(0, at) + fillRetrievalTemplate(template, day) + citations[format].slice(at);
    };
    expect(filled('bibtex')).toMatch(/\tversion = \{2026-03-05\},\n\turldate = \{2027-02-04\},\n\}$/);
    expect(filled('ris')).toContain('\nM1  - 2027/02/04/\n');
    expect(JSON.parse(filled('cslJson'))).toEqual([{ ...item, accessed: { 'date-parts': [[2027, 2, 4]] } }]);
    for (const text of [filled('bibtex'), filled('ris')]) {
      const [read] = new Cite(text).data as { accessed: unknown }[];
      expect(read!.accessed).toEqual({ 'date-parts': [[2027, 2, 4]] });
    }
  });

  test('never wraps a long title or summary: every RIS line starts with a tag, every BibTeX field is one line', () => {
    const long = 'Een cliënt die zich niet aan de afspraken houdt, '.repeat(8).trim();
    const cited = formatCitations(citationData({ ...input, title: long, summary: long }));
    for (const line of cited.ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(cited.ris).toContain(`TI  - ${long}\n`);
    for (const line of cited.bibtex.split('\n').slice(1, -1)) expect(line).toMatch(/^\t[a-z]+ = .*,$/);
  });

  test('writes accented letters in the braced form readers decode (`{\\"{e}}`), not `{\\" e}`', () => {
    const cited = formatCitations(citationData({ ...input, title: 'Een cliënt, één café en ça' }));
    expect(cited.bibtex).toContain(`title = {Een cli{\\"{e}}nt, {\\'{e}}{\\'{e}}n caf{\\'{e}} en {\\c{c}}a},`);
    const [read] = new Cite(cited.bibtex).data as { title: string }[];
    expect(read!.title).toBe('Een cliënt, één café en ça');
  });
});

describe('sourceCitation', () => {
  test('cites a source in APA 7 (Dutch): author, year, title, publisher, and the URL apart for the link', () => {
    expect(
      [
        { title: 'Participatiewet', publisher: 'Rijksoverheid', url: 'https://wetten.overheid.nl/BWBR0015703' },
        {
          title: 'Ongekend onrecht',
          author: 'Parlementaire ondervragingscommissie Kinderopvangtoeslag',
          year: 2020,
          publisher: 'Tweede Kamer der Staten-Generaal',
        },
        { title: 'Global Definition of Social Work', author: 'International Federation of Social Workers', year: 2014 },
        { title: 'Manifest leergroep ‘do no harm’' },
      ].map(sourceCitation),
    ).toEqual([
      { html: '<i>Participatiewet</i>. (z.d.). Rijksoverheid. ', url: 'https://wetten.overheid.nl/BWBR0015703' },
      {
        html: 'Parlementaire ondervragingscommissie Kinderopvangtoeslag. (2020). <i>Ongekend onrecht</i>. Tweede Kamer der Staten-Generaal.',
      },
      { html: 'International Federation of Social Workers. (2014). <i>Global Definition of Social Work</i>.' },
      { html: '<i>Manifest leergroep ‘do no harm’</i>. (z.d.).' },
    ]);
  });

  test('names a publisher that is also the author once', () => {
    expect(sourceCitation({ title: 'Beroepscode', author: 'BPSW', publisher: 'BPSW', year: 2018 })).toEqual({
      html: 'BPSW. (2018). <i>Beroepscode</i>.',
    });
  });

  test('keeps the URL of a source as written, & and all, while the HTML is escaped', () => {
    const cited = sourceCitation({ title: 'Zoek <dit> & dat', url: 'https://example.org/?a=1&b=2' });
    expect(cited).toEqual({
      html: '<i>Zoek &#60;dit&#62; &#38; dat</i>. (z.d.). ',
      url: 'https://example.org/?a=1&b=2',
    });
  });
});
