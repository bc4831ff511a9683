import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { entryRecord, withTerms, WordList } from '../../src/build/search-records.ts';

/** An entry page as the site builds it, cut down to what search reads. */
const page = (body = 'data-pagefind-body') => `<!DOCTYPE html><html lang="nl"><head><title>D-001</title></head><body>
<nav>Kennisbank Do No Harm</nav>
<article class="entry" ${body}><div hidden><span data-pagefind-meta="id:D-001"></span>
<span data-pagefind-meta="title:Activeren op straffe van een uitkeringskorting"></span>
<span data-pagefind-meta="aliases:re-integratie, Pw"></span>
<span data-pagefind-meta="facts:dilemma. klantmanager werk &amp; inkomen"></span></div>
<header class="entry-header"><span class="badge"><span class="badge-kind">Dilemma</span> <span class="entry-id">D-001</span></span>
<h1>Activeren op straffe van een uitkeringskorting</h1><p class="lead" data-pagefind-meta="summary">Een korting dreigt.</p></header>
<section id="beleid" class="reader-part"><h2 id="beleid-titel" data-pagefind-ignore>Voor beleid</h2>
<div class="question-box"><h3 data-pagefind-ignore>Vraag aan beleidsmakers</h3><p>Mag een sociaal werker afzien van een korting?</p></div>
<div class="related" data-pagefind-ignore><h3 id="relaties-addresses">Aangepakt door</h3><ul><li><a href="/b/">Geen korting zonder gesprek</a></li></ul></div></section>
<dl class="facts"><dt>Bestuurslaag</dt><dd>lokaal</dd></dl>
<div class="entry-body"><p id="alinea-1">Het manifest noemt het activeren <a class="passage-link" href="#alinea-1">#</a></p></div>
<section class="sources-section"><h2>Bronnen</h2><ul class="sources"><li>Participatiewet</li></ul></section>
<div data-pagefind-ignore><section class="cite"><h2>Citeer deze pagina</h2><p>Kennisbank Do No Harm. (2026)</p></section></div>
</article><footer>Colofon</footer></body></html>`;

describe('entryRecord', () => {
  test('keeps the language and the article only, for Pagefind', () => {
    const record = entryRecord(page())!;
    expect(record.html).toMatch(/^<!doctype html><html lang="nl"><body><article class="entry" data-pagefind-body>/);
    expect(record.html).not.toMatch(/<nav>|<footer>|<head>/);
  });

  test('reads the entry’s own words: prose and metadata, without labels, sources or the citation box', () => {
    const words = entryRecord(page())!.text.replace(/\s+/g, ' ');
    for (const own of [
      'uitkeringskorting',
      'Een korting dreigt',
      'afzien',
      'manifest',
      're-integratie',
      'werk & inkomen',
    ]) {
      expect(words).toContain(own);
    }
    for (const label of [
      'Bestuurslaag',
      'beleidsmakers',
      'Voor beleid',
      'Aangepakt',
      'Geen korting zonder gesprek',
      'Bronnen',
      'Participatiewet',
      'Citeer',
      'Kennisbank',
      'Colofon',
    ]) {
      expect(words).not.toContain(label);
    }
  });

  test('skips a page whose article is not indexed (a withdrawn entry’s tombstone)', () => {
    expect(entryRecord(page(''))).toBeUndefined();
    expect(entryRecord('<html><body><main>Geen item</main></body></html>')).toBeUndefined();
  });
});

describe('withTerms', () => {
  test('adds the terms as hidden metadata, escaped for the attribute', () => {
    const record = entryRecord(page())!;
    expect(withTerms(record, ['korting', 'sanctie"'])).toContain(
      '<span hidden data-pagefind-meta="terms:korting sanctie&quot;"></span></body>',
    );
    expect(withTerms(record, [])).toBe(record.html);
  });
});

describe('WordList', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('writes one file per first letter, each word with the number of records it occurs in, most used first', () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'woorden-')), 'woorden');
    folders.push(path.dirname(folder));
    const list = new WordList();
    list.add(['korting', 'korting', 'kind', 'de', 'ontruiming']);
    list.add(['korting', 'ontruiming', 'ontruimingen']);
    expect(list.write(folder)).toBe(4);
    expect(readdirSync(folder).sort()).toEqual(['k.json', 'o.json']);
    expect(JSON.parse(readFileSync(path.join(folder, 'k.json'), 'utf8'))).toEqual([
      ['korting', 2],
      ['kind', 1],
    ]);
  });
});
