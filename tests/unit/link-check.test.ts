import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../helpers/link-check.ts';

const origin = 'http://localhost:4321';
const pages = [
  {
    path: '/',
    html: '<a href="/dilemmas/x/">x</a> <a href="/dilemmas/x/#alinea-2">passage</a> <a href="/data/entries.json">data</a>',
  },
  {
    path: '/dilemmas/x/',
    html: '<p id="alinea-1">een</p><a href="../y/">y</a> <a href="#alinea-1">hier</a> <a href="mailto:a@b.example">mail</a>',
  },
];

describe('findBrokenLinks', () => {
  test('finds links to missing pages and to missing anchors, relative or absolute', () => {
    expect(findBrokenLinks(pages, new Set(['/data/entries.json']), origin)).toEqual([
      { page: '/', href: '/dilemmas/x/#alinea-2', reason: 'anchor' },
      { page: '/dilemmas/x/', href: '/dilemmas/y/', reason: 'page' },
    ]);
  });

  test('ignores external, mail and same-page links that resolve', () => {
    const ok = [
      {
        path: '/',
        html: '<p id="a"></p><a href="#a">a</a> <a href="https://example.org/x">x</a> <a href="mailto:x@y.example">m</a>',
      },
    ];
    expect(findBrokenLinks(ok, new Set(), origin)).toEqual([]);
  });
});
