import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Citation from '../../src/components/Citation.astro';
import { citationData, formatCitations } from '../../src/lib/site/citation.ts';

const citations = formatCitations(
  citationData({
    id: 'D-007',
    genre: 'Dilemma',
    title: 'Gegevens delen voor openbare orde',
    summary: 'Wijkteams worden gevraagd gegevens te delen.',
    updated: '2026-03-05',
    url: 'https://kennisbank.example/D-007/',
    siteName: 'Kennisbank Do No Harm',
    publisher: 'Leergroep Do No Harm',
  }),
);

describe('Citation', () => {
  test('renders the APA citation without a date, an empty place for the retrieval date before the URL, and a note for readers without JavaScript', async () => {
    const container = await AstroContainer.create();
    const html = (await container.renderToString(Citation, { props: { citations, permalink: citations.url } })).replace(
      / data-astro-source-(?:file|loc)="[^"]*"/g,
      '',
    );
    const apa = /<p class="citation-apa" data-copy="html">([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(apa).toBe(
      'Kennisbank Do No Harm. (2026, 5 maart). <i>Gegevens delen voor openbare orde</i> (Dilemma D-007). Leergroep Do No Harm. ' +
        '<span data-retrieved="Geraadpleegd op {datum}, van "></span>' +
        '<a href="https://kennisbank.example/D-007/">https://kennisbank.example/D-007/</a>',
    );
    expect(html).toContain('<noscript><p class="meta">Zet bij het citeren de datum waarop je deze pagina raadpleegde');
    expect(html).not.toMatch(/Geraadpleegd op \d/);
    // BibTeX, RIS and CSL-JSON get their retrieval date in the same way.
    expect(html).toContain(
      '\tversion = {2026-03-05},\n<span data-retrieved="\turldate = {{y}-{mm}-{dd}},\n"></span>}</code>',
    );
    expect(html).toContain('LA  - nl-NL\n<span data-retrieved="M1  - {y}/{mm}/{dd}/\n"></span>PB  - ');
    expect(html).toMatch(/&quot;abstract&quot;: &quot;[^&]*&quot;<span data-retrieved=",\n {4}&quot;accessed&quot;/);
  });
});
