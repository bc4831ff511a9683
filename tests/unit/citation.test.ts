import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { citationData, formatCitations } from '../../src/lib/citation.ts';

const item = citationData({
  id: 'D-007',
  genre: 'Dilemma',
  title: 'Gegevens delen voor openbare orde',
  summary: 'Wijkteams worden gevraagd gegevens te delen met politie en gemeente.',
  updated: '2026-03-05',
  url: 'https://kennisbank.example/D-007/',
  accessed: '2026-11-28',
  siteName: 'Kennisbank Do No Harm',
  publisher: 'Leergroep Do No Harm',
});
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
});
