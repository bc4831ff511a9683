import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import RelationMap from '../../src/components/RelationMap.astro';
import SourceList from '../../src/components/SourceList.astro';
import { layoutEntryMap } from '../../src/lib/site/entry-map.ts';
import { layoutRelationMap } from '../../src/lib/site/relation-map.ts';
import { relations } from '../../src/schemas/relations.ts';

let container: AstroContainer;
/** Renders a component to HTML without the source annotations Astro adds in development. */
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  (await container.renderToString(component, { props })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('SourceList', () => {
  test('cites each source in APA 7 (Dutch) with a link to its web address, and "z.d." for a missing year', async () => {
    const html = await render(SourceList, {
      sources: [
        { title: 'Participatiewet', publisher: 'Rijksoverheid', url: 'https://wetten.overheid.nl/BWBR0015703' },
        { title: 'Een rapport', author: 'Een onderzoeksbureau', year: 2020, publisher: 'Een onderzoeksbureau' },
      ],
    });
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      '<i>Participatiewet</i>. (z.d.). Rijksoverheid. <a href="https://wetten.overheid.nl/BWBR0015703" rel="noopener noreferrer">https://wetten.overheid.nl/BWBR0015703</a>',
      'Een onderzoeksbureau. (2020). <i>Een rapport</i>.',
    ]);
  });
});

describe('RelationMap', () => {
  const restsOn = relations.find((relation) => relation.field === 'restsOn')!;
  const layout = layoutRelationMap(
    [
      { id: 'A-001', kind: 'assumption', title: 'Straffen werkt', url: '/aannames/straffen/' },
      { id: 'D-001', kind: 'dilemma', title: 'Activeren onder dreiging', url: '/dilemmas/activeren/' },
    ],
    [{ from: 'D-001', to: 'A-001', relation: restsOn }],
    'D-001',
  );

  test('draws every node as a link the keyboard reaches, with a legend of the line styles', async () => {
    const html = await render(RelationMap, { layout, id: 'kaart', intro: 'Kaart' });
    expect(html).not.toContain('tabindex');
    expect(html).toMatch(/<svg[^>]*role="group" aria-label="Relatiekaart"/);
    expect(html.match(/<a href="\/[^"]+" class="map-link"/g)).toHaveLength(2);
    expect(html).toContain('map-node-current');
    expect(html).toMatch(
      /<ul class="map-legend"[^>]*>\s*<li>\s*<svg[^>]*>\s*<path[^>]*class="map-edge map-edge-restsOn"/,
    );
  });

  test('on an entry map, names each box with its relation and links "+N meer" to the full list', async () => {
    const many = Array.from({ length: 14 }, (_, index) => ({
      id: `P-${String(index + 1).padStart(3, '0')}`,
      kind: 'practice' as const,
      title: `Praktijk ${index + 1}`,
      url: `/praktijken/p${index + 1}/`,
    }));
    const html = await render(RelationMap, {
      layout: layoutEntryMap({
        current: { id: 'D-001', kind: 'dilemma', title: 'Activeren onder dreiging', url: '/dilemmas/activeren/' },
        groups: [{ field: 'respondsTo', direction: 'incoming', kind: 'practice', entries: many }],
      }),
      id: 'kaart',
      intro: 'Kaart',
    });
    expect(html).toContain('aria-label="P-001 Praktijk 1 (reageert op)"');
    expect(html).toMatch(/Praktijken die hierop reageren\s*\(14\)/);
    expect(html).toMatch(/<a href="#relaties-respondsTo" class="map-link map-more">[\s\S]*?\+3 meer: praktijken/);
    expect(html).toMatch(/<details class="relation-table-details">\s*<summary>De 14 relaties als tabel<\/summary>/);
  });

  test('repeats every relation as a table row that reads "stater — relation — named entry"', async () => {
    const html = await render(RelationMap, { layout, id: 'kaart', intro: 'Kaart' });
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((row) =>
      [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
        cell[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
    expect(rows).toEqual([['D-001 Activeren onder dreiging', 'berust op', 'A-001 Straffen werkt']]);
  });
});
