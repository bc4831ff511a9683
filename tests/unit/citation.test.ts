import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { citationData, formatCitations } from '../../src/lib/site/citation.ts';

const input = {
  id: 'D-007',
  genre: 'Dilemma',
  title: 'Gegevens delen voor openbare orde',
  summary: 'Wijkteams worden gevraagd gegevens te delen met politie en gemeente.',
  updated: '2026-03-05',
  url: 'https://kennisbank.example/D-007/',
  accessed: '2026-11-28',
  siteName: 'Kennisbank Do No Harm',
  publisher: 'Leergroep Do No Harm',
};
const item = citationData(input);
const citations = formatCitations(item);

describe('formatCitations', () => {
  test('gives APA 7 in Dutch with the version date, the ID and the retrieval date', () => {
    expect(citations.apa).toMatchInlineSnapshot(
      `"Kennisbank Do No Harm. (2026, 5 maart). Gegevens delen voor openbare orde (Dilemma D-007). Leergroep Do No Harm. Kennisbank Do No Harm. Geraadpleegd 28 november 2026, van https://kennisbank.example/D-007/"`,
    );
  });

  test('writes BibTeX that citation-js reads back to the same title, ID, date and URL', () => {
    const [read] = new Cite(citations.bibtex).data as Record<string, unknown>[];
    expect(read).toMatchObject({
      id: 'D007',
      title: 'Gegevens delen voor openbare orde',
      issued: { 'date-parts': [[2026, 3, 5]] },
      URL: 'https://kennisbank.example/D-007/',
    });
  });

  test('writes RIS that citation-js reads back to the same title, ID, date and URL', () => {
    const [read] = new Cite(citations.ris).data as Record<string, unknown>[];
    expect(read).toMatchObject({
      id: 'D-007',
      title: 'Gegevens delen voor openbare orde',
      issued: { 'date-parts': [[2026, 3, 5]] },
      URL: 'https://kennisbank.example/D-007/',
      type: 'webpage',
    });
  });

  test('writes CSL-JSON that a CSL processor formats back to the same citation', () => {
    const parsed = JSON.parse(citations.cslJson) as unknown[];
    expect(parsed).toEqual([item]);
    const again = new Cite(parsed).format('bibliography', { template: 'apa-nl-kennisbank', lang: 'nl-NL' });
    expect(again.trim()).toBe(citations.apa);
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
