import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/report.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';

/**
 * The messages an editor reads for the mistakes editors make, one fixture per kind of mistake
 * (tests/fixtures/editor-mistakes/): each is the fixture site's dilemma D-001 with one mistake in
 * it, checked in a copy of the fixture site as `npm run check` does. Every message is pinned, so a
 * change in wording is a reviewed change. A fixture named `concept-…` is a new file beside D-001;
 * `saved-as-md.md` replaces D-001 under the wrong extension.
 */
const fixtures = path.resolve('tests/fixtures/editor-mistakes');
const site = path.resolve('tests/fixtures/valid-site/content');
const entry = 'dilemmas/activeren-op-straffe-van-korting.mdx';
const workDir = mkdtempSync(path.join(tmpdir(), 'kennisbank-mistakes-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function messagesFor(fixture: string): string {
  const dir = path.join(workDir, fixture);
  cpSync(site, dir, { recursive: true });
  const text = readFileSync(path.join(fixtures, fixture), 'utf8');
  if (fixture.startsWith('concept-')) writeFileSync(path.join(dir, 'dilemmas/nieuw-concept.mdx'), text);
  else if (fixture.endsWith('.md')) {
    rmSync(path.join(dir, entry));
    writeFileSync(path.join(dir, entry.replace(/\.mdx$/, '.md')), text);
  } else writeFileSync(path.join(dir, entry), text);
  // The fixture site's vocabulary has themes its few entries do not use; that warning is pinned in integrity.test.ts.
  const problems = checkContent(readContentTree(dir, 'content')).filter((found) => found.type !== 'unused-theme');
  return problems.length > 0 ? formatProblems(problems) : '(geen problemen)';
}

describe('the message for each mistake an editor makes', () => {
  test('apostrophe-in-single-quotes.mdx', () => {
    expect(messagesFor('apostrophe-in-single-quotes.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        title (regel 3, kolom 16): het bestand kan niet gelezen worden: de tekst staat tussen enkele aanhalingstekens en bevat zelf een apostrof ('). Schrijf die apostrof dubbel: title: 'Mensen''s huis is geen kantoor'. Of gebruik dubbele aanhalingstekens: title: "Mensen's huis is geen kantoor". Veiligst is de tekst op een eigen regel onder het veld, ingesprongen met twee spaties, na ">-": dan mogen aanhalingstekens, dubbele punten en # er gewoon in.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('block-text-on-same-line.mdx', () => {
    expect(messagesFor('block-text-on-same-line.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        title (regel 3, kolom 11): het bestand kan niet gelezen worden: na ">-" komt de tekst niet op dezelfde regel, maar op de regel eronder, twee spaties ingesprongen:
            title: >-
              Activeren op straffe van korting.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('body-with-braces-and-less-than.mdx', () => {
    expect(messagesFor('body-with-braces-and-less-than.mdx')).toMatchInlineSnapshot(`"(geen problemen)"`);
  });

  test('body-with-script.mdx', () => {
    expect(messagesFor('body-with-script.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        body (regel 37): "<script>" is een <script>-element, dat niet in een item mag. Dat kan code uitvoeren of iets van buiten de site laden en mag niet in een item. Haal het weg; voor opmaak is gewone Markdown genoeg.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('colon-in-text.mdx', () => {
    expect(messagesFor('colon-in-text.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        title (regel 3, kolom 18): het bestand kan niet gelezen worden: de tekst bevat een dubbele punt met een spatie erna, en dat leest YAML als een nieuw veld. Zet de hele tekst tussen dubbele aanhalingstekens: title: "Huisbezoek: mag dat?". Veiligst is de tekst op een eigen regel onder het veld, ingesprongen met twee spaties, na ">-": dan mogen aanhalingstekens, dubbele punten en # er gewoon in.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('concept-without-id-and-questions.mdx', () => {
    expect(messagesFor('concept-without-id-and-questions.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/nieuw-concept.mdx
        waarschuwing: id: dit concept heeft nog geen ID. Dat mag; \`npm run intake -- <bestand>\` geeft het het volgende vrije ID (nu "D-003") vóór publicatie.
        waarschuwing: questions: ontbreekt nog. Voor een concept mag dat, maar vóór publicatie moet het erin, bijvoorbeeld: questions: [Wanneer deel jij gegevens zonder toestemming?]

      2 waarschuwingen in 1 bestand.
      Waarschuwingen houden publicatie niet tegen; het zijn adviezen van de redactie."
    `);
  });

  test('dilemma-without-questions.mdx', () => {
    expect(messagesFor('dilemma-without-questions.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        questions: ontbreekt. Voeg het veld toe, bijvoorbeeld: questions: [Wanneer deel jij gegevens zonder toestemming?]

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('duplicate-field.mdx', () => {
    expect(messagesFor('duplicate-field.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        level (regel 8, kolom 1): het bestand kan niet gelezen worden: het veld "level" staat twee keer in het blok. Haal een van de twee weg.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('empty-field.mdx', () => {
    expect(messagesFor('empty-field.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        level: is leeg: er staat niets achter de dubbele punt. Vul een waarde in. Voorbeeld: level: lokaal

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('hash-cuts-text.mdx', () => {
    expect(messagesFor('hash-cuts-text.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        regel 3: "Activeren op straffe van korting #1 in de wijk": alles vanaf " #" valt weg, omdat YAML het als uitleg (commentaar) leest; gepubliceerd wordt alleen "Activeren op straffe van korting". Zet de hele tekst tussen dubbele aanhalingstekens.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('impossible-date.mdx', () => {
    expect(messagesFor('impossible-date.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        updated: "2026-02-30" is geen bestaande datum. Schrijf een datum die op de kalender staat, als JJJJ-MM-DD, bijvoorbeeld 2026-11-28.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('list-written-as-text.mdx', () => {
    expect(messagesFor('list-written-as-text.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        themes: verwacht een lijst, maar hier staat tekst: "activering". Schrijf een lijst tussen vierkante haken: themes: [activering], ook als er maar één item is. Of zet elk item op een eigen regel eronder, beginnend met "- ".

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('missing-field.mdx', () => {
    expect(messagesFor('missing-field.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        question: ontbreekt. Voeg het veld toe, bijvoorbeeld: question: Mag het wijkteam weigeren gegevens te delen als dat het vertrouwen van inwoners schaadt?

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('misspelt-field-name.mdx', () => {
    expect(messagesFor('misspelt-field-name.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        sumary: "sumary" is geen bekend veld. Bedoel je "summary"? Anders verwijderen: onbekende velden worden niet gepubliceerd.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('not-an-option.mdx', () => {
    expect(messagesFor('not-an-option.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        level: "gemeentelijk" is geen van de mogelijke waarden. Kies een van: lokaal, regionaal, landelijk.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('number-written-as-text.mdx', () => {
    expect(messagesFor('number-written-as-text.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        sources[0].year: verwacht een getal, maar hier staat tekst: "twintig". Schrijf alleen cijfers, zonder aanhalingstekens. Voorbeeld: year: 2015

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('option-with-capital.mdx', () => {
    expect(messagesFor('option-with-capital.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        status: "Gepubliceerd" is geen van de mogelijke waarden. Bedoel je "gepubliceerd"? Kies een van: concept, gepubliceerd, ingetrokken.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('phone-number-in-text.mdx', () => {
    expect(messagesFor('phone-number-in-text.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        regel 37: "0•• - ••• •••4" lijkt op een telefoonnummer. Haal het nummer weg; schrijf bijvoorbeeld "de inwoner belde het wijkteam". Is het een openbaar gegeven van een organisatie, zoals een algemeen contactadres? Zet het dan met een reden op de allowlist in src/site.config.ts.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('quote-in-double-quotes.mdx', () => {
    expect(messagesFor('quote-in-double-quotes.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        title (regel 3, kolom 14): het bestand kan niet gelezen worden: de tekst staat tussen dubbele aanhalingstekens en bevat zelf een " . Gebruik enkele aanhalingstekens: title: 'Het "huis" van de inwoner', of schrijf \\" voor elk aanhalingsteken binnenin. Veiligst is de tekst op een eigen regel onder het veld, ingesprongen met twee spaties, na ">-": dan mogen aanhalingstekens, dubbele punten en # er gewoon in.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('saved-as-md.md', () => {
    expect(messagesFor('saved-as-md.md')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.md, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.md
        (bestand): "activeren-op-straffe-van-korting.md" wordt door geen enkele collectie geladen en zou stil verdwijnen. Geef het de extensie .mdx (bijvoorbeeld "activeren-op-straffe-van-korting.mdx").

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.md, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.md, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.md, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('stray-indentation.mdx', () => {
    expect(messagesFor('stray-indentation.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        published (regel 8, kolom 12): het bestand kan niet gelezen worden: deze regel springt verder in dan de regel erboven (veld "level") toelaat. Laat hem op dezelfde hoogte beginnen als de andere velden, of, als het een item van een lijst is, met "- " ervoor.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('tab-indentation.mdx', () => {
    expect(messagesFor('tab-indentation.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        questions (regel 18, kolom 1): het bestand kan niet gelezen worden: deze regel springt in met een tab. Gebruik spaties (twee per niveau).

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('text-starting-with-bracket.mdx', () => {
    expect(messagesFor('text-starting-with-bracket.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        title (regel 3, kolom 18): het bestand kan niet gelezen worden: de tekst begint met een [ (dat begint een lijst). Zet de hele tekst tussen dubbele aanhalingstekens: title: "[concept] Huisbezoek". Veiligst is de tekst op een eigen regel onder het veld, ingesprongen met twee spaties, na ">-": dan mogen aanhalingstekens, dubbele punten en # er gewoon in.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('text-too-long.mdx', () => {
    expect(messagesFor('text-too-long.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        summary: is te lang: 385 tekens, hoogstens 300. Maak het 85 tekens korter. Vanaf teken 301 staat er: " niet lukt. Helpt de dreiging, of maakt zij de relatie en de…".

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('text-too-short.mdx', () => {
    expect(messagesFor('text-too-short.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        summary: is te kort: 8 tekens, minstens 20 nodig. Gevonden: "Korting.".

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('text-written-as-number.mdx', () => {
    expect(messagesFor('text-written-as-number.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        title: verwacht tekst, maar hier staat een getal: 2026. Zet de tekst tussen dubbele aanhalingstekens: title: "2026".

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('too-few-items.mdx', () => {
    expect(messagesFor('too-few-items.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        tension: heeft 1 item, minstens 2 nodig. Gevonden: [zorg]. Voorbeeld: tension: [rechtmatigheid, zorg]

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('unclosed-list.mdx', () => {
    expect(messagesFor('unclosed-list.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        themes (regel 5, kolom 1): het bestand kan niet gelezen worden: de lijst begint met [ maar wordt op deze regel niet gesloten met ]. Zet ] aan het eind, bijvoorbeeld themes: [wonen, zorg].

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('unclosed-quote.mdx', () => {
    expect(messagesFor('unclosed-quote.mdx')).toMatchInlineSnapshot(`
      "content/assumptions/straffen-leidt-tot-gedragsverandering.mdx
        body (regel 38): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/dilemmas/activeren-op-straffe-van-korting.mdx
        title (regel 3, kolom 1): het bestand kan niet gelezen worden: de tekst begint met een aanhalingsteken (") dat op deze regel niet wordt gesloten. Zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin. Veiligst is de tekst op een eigen regel onder het veld, ingesprongen met twee spaties, na ">-": dan mogen aanhalingstekens, dubbele punten en # er gewoon in.

      content/dilemmas/oud-dilemma.mdx
        withdrawal.replacedBy: "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/practices/eerst-het-gesprek.mdx
        body (regel 33): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      content/proposals/geen-korting-zonder-gesprek.mdx
        body (regel 22): "D-001" staat in content/dilemmas/activeren-op-straffe-van-korting.mdx, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.

      5 fouten in 5 bestanden.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('unknown-relation.mdx', () => {
    expect(messagesFor('unknown-relation.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        restsOn[0]: "A-009" bestaat niet. Bedoel je "A-001"? Gebruik het ID van een bestaand item van de soort aanname of waarde (A-…) of haal de verwijzing weg.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('unknown-theme.mdx', () => {
    expect(messagesFor('unknown-theme.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        themes[0]: "activeringg" is geen bekend thema. Bedoel je "activering"? Kies een sleutel uit content/themes.yaml of voeg het thema daar toe.

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });

  test('web-address-without-https.mdx', () => {
    expect(messagesFor('web-address-without-https.mdx')).toMatchInlineSnapshot(`
      "content/dilemmas/activeren-op-straffe-van-korting.mdx
        sources[0].url: "www.example.org/rapport" is geen volledig webadres. Begin met https://, dus: "https://www.example.org/rapport".

      1 fout in 1 bestand.
      Los de fouten op in de genoemde bestanden en draai daarna opnieuw \`npm run check\`. Zolang er een fout is, wordt er niets gepubliceerd."
    `);
  });
});
