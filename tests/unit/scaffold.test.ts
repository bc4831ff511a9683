import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import prettier from 'prettier';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { descriptionOf, fieldReference, typeOf } from '../../src/lib/content/codebook.ts';
import { scaffoldEntry } from '../../src/lib/content/scaffold.ts';
import { slugify } from '../../src/schemas/shared.ts';
import { kindNames, kinds, type Kind } from '../../src/schemas/kinds.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-12-01';

/** The fields a fresh scaffold leaves open, in schema order, with a valid value (as YAML) for each. */
const openFields: Record<Kind, Record<string, string>> = {
  practice: {
    summary: 'Voordat een korting wordt voorgesteld, gaat de sociaal werker eerst in gesprek.',
    themes: '[activering]',
    level: 'lokaal',
    harm: '[voorkomen]',
    setting: 'Een wijkteam in een middelgrote gemeente',
    anonymisation: 'fictief',
  },
  dilemma: {
    summary: 'Een sociaal werker moet activeren terwijl een korting dreigt. Helpt de dreiging of schaadt zij?',
    themes: '[activering]',
    level: 'lokaal',
    questions: '[Wat doe jij als druk de situatie erger maakt?]',
    tension: '[rechtmatigheid, zorg]',
    question: 'Mag een sociaal werker afzien van een korting die de situatie verslechtert?',
    anonymisation: 'samengesteld',
  },
  assumption: {
    summary: 'Beleid gaat ervan uit dat een korting op de uitkering mensen aanzet tot ander gedrag.',
    themes: '[activering]',
    level: 'landelijk',
    type: 'aanname',
    alternative: 'Vraag eerst wat iemand tegenhoudt en wat helpt.',
  },
  proposal: {
    summary: 'De gemeente verlaagt een uitkering pas na een gesprek over wat meedoen moeilijk maakt.',
    themes: '[activering]',
    level: 'lokaal',
    addressedTo: '[gemeenteraad]',
    benefits: 'Inwoners die een korting riskeren',
    proposalStatus: 'idee',
  },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kennisbank-scaffold-'));
  for (const file of ['themes.yaml', 'laws.yaml']) copyFileSync(path.join(repo, 'content', file), path.join(dir, file));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an entry file into the temporary content folder and checks the folder as `npm run check` does. */
function check(kind: Kind, text: string) {
  mkdirSync(path.join(dir, kinds[kind].folder), { recursive: true });
  writeFileSync(path.join(dir, kinds[kind].folder, 'nieuw-item.mdx'), text);
  writeFileSync(path.join(dir, 'registry.json'), '{}\n');
  const tree = readContentTree(dir, 'content');
  return { tree, problems: checkContent(tree) };
}

const scaffold = (kind: Kind, fields?: Record<string, unknown>) =>
  scaffoldEntry(kind, 'Eerst het gesprek, dán de maatregel', {
    id: `${kinds[kind].prefix}-001`,
    today: TODAY,
    ...(fields && { fields }),
  });

/**
 * Fills an open field the way an editor does: remove "# " before the key and write the value after
 * the colon, or for a text (`# key: >-`) on the line below, indented by two spaces.
 */
function fill(text: string, key: string, value: string): string {
  const line = new RegExp(`^# ${key}:( >-)?$`, 'm');
  expect(text).toMatch(line);
  return text.replace(line, (_, block?: string) => (block ? `${key}: >-\n  ${value}` : `${key}: ${value}`));
}

const errorsIn = (problems: Problem[]) => problems.filter((p) => p.severity === 'fout');

describe('scaffoldEntry', () => {
  test.each(kindNames)('leaves exactly the required fields of a new %s open, each reported as missing', (kind) => {
    const { problems } = check(kind, scaffold(kind));
    const open = problems.filter((p) => p.severity === 'fout' || p.type === 'needed-before-publication');
    expect(open.map((p) => p.field)).toEqual(Object.keys(openFields[kind]));
    // A concept may wait with what is only needed for publication (a dilemma's questions): a warning.
    expect(open.map((p) => [p.field, p.type])).toEqual(
      Object.keys(openFields[kind]).map((key) => [
        key,
        key === 'questions' ? 'needed-before-publication' : 'missing-field',
      ]),
    );
  });

  test.each(kindNames)(
    'passes the check once the open fields of a new %s are filled in and it is published',
    (kind) => {
      let text = Object.entries(openFields[kind]).reduce((out, [key, value]) => fill(out, key, value), scaffold(kind));
      text = text.replace(/^status: concept$/m, 'status: gepubliceerd');
      const { tree, problems } = check(kind, text);
      expect(errorsIn(problems)).toEqual([]);
      expect(tree.entries[0]?.data).toMatchObject({ status: 'gepubliceerd', published: TODAY, review: [] });
    },
  );

  test.each(kindNames)('writes every field of a new %s in schema order, each after its description', (kind) => {
    const lines = scaffold(kind).split('\n');
    const positions = Object.entries(kinds[kind].schema.shape as Record<string, z.ZodType>).map(([key, schema]) => {
      const at = lines.findIndex(
        (line) => line.startsWith(`${key}:`) || (/^# \w+:( >-)?$/.test(line) && line.startsWith(`# ${key}:`)),
      );
      expect(at, key).toBeGreaterThan(0);
      const comment = lines.slice(lines.lastIndexOf('', at) + 1, at);
      const description = descriptionOf(schema);
      expect(
        [`# ${description}`, `# Verplicht. ${description}`, `# Verplicht vóór publicatie. ${description}`],
        key,
      ).toContain(comment[0]);
      return at;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('fills in the ID, title, dates, concept status and an empty review, and leaves the body empty', () => {
    const { tree } = check('dilemma', scaffold('dilemma'));
    expect(tree.entries[0]?.data).toEqual({
      id: 'D-001',
      title: 'Eerst het gesprek, dán de maatregel',
      laws: [],
      published: TODAY,
      updated: TODAY,
      changes: [],
      status: 'concept',
      review: [],
      formerSlugs: [],
      aliases: [],
      sources: [],
      actors: [],
      restsOn: [],
    });
    expect(tree.entries[0]?.body).toBe('');
  });

  test('explains the fields of a dilemma and what its text should tell, in Dutch', () => {
    const text = scaffold('dilemma');
    expect(text.split('\nsources: []\n\n')[1]).toMatchInlineSnapshot(`
      "# Verplicht. De waarden die met elkaar botsen, minstens twee.
      # Voorbeeld: [rechtmatigheid, zorg]
      # tension:

      # Wie erbij betrokken zijn (rollen, geen namen).
      # Voorbeeld: [wijkteam, gemeente, inwoner]
      actors: []

      # Aannames of waarden waarop dit dilemma berust.
      # Voorbeeld: [A-001]
      restsOn: []

      # Verplicht. De vraag die dit dilemma aan beleidsmakers stelt.
      # Voorbeeld: Mag het wijkteam weigeren gegevens te delen als dat het vertrouwen van inwoners schaadt?
      # question: >-

      # Verplicht. Hoe de casus is beschermd: geanonimiseerd, samengesteld (uit meerdere situaties), openbare bron of fictief.
      # Voorbeeld: samengesteld
      # anonymisation:

      # De tekst van het item komt onder de regel --- hieronder, zonder kopjes, in eenvoudige taal (B1).
      # Wat is de situatie? Welke waarden botsen, en waarom is er geen makkelijk antwoord? Wat vraagt het van beleid?
      # Geen namen of herkenbare details. Link naar een ander item met zijn ID: [[D-001]].
      ---
      "
    `);
  });

  test('writes nested fields with defaults as an indented block with their own descriptions', () => {
    const text = scaffold('assumption');
    expect(text).toContain(
      '# Onderbouwing voor en tegen, elk met bronnen.\nevidence:\n  # Wat de aanname ondersteunt.\n',
    );
    expect(text).toMatch(/^ {2}for: \[\]\n(?: {2}# .*\n)+ {2}against: \[\]$/m);
  });

  test('fills in fields the editor already chose, such as the type of a value', () => {
    const { problems, tree } = check('assumption', scaffold('assumption', { type: 'waarde' }));
    expect(tree.entries[0]?.data).toMatchObject({ type: 'waarde' });
    expect(errorsIn(problems).map((p) => p.field)).toEqual(['summary', 'themes', 'level', 'alternative']);
  });

  test('writes the title so that an editor can later type an apostrophe, quotes, a colon and # in it', () => {
    const text = scaffold('dilemma');
    const edited = text.replace(
      /^ {2}Eerst het gesprek, dán de maatregel$/m,
      `  Mensen's "huis": eerst het gesprek #1, dán de maatregel`,
    );
    expect(edited).not.toBe(text);
    const { tree, problems } = check('dilemma', edited);
    expect(problems.filter((p) => p.type === 'unreadable-file')).toEqual([]);
    expect(tree.entries[0]?.data).toMatchObject({ title: `Mensen's "huis": eerst het gesprek #1, dán de maatregel` });
  });

  test('quotes a title that YAML would otherwise misread', () => {
    for (const title of ['Zorg: eerst de mens', '2026', "'t Kan anders", '#geenschade', 'ja']) {
      const { tree } = check('dilemma', scaffoldEntry('dilemma', title, { id: 'D-001', today: TODAY }));
      expect(tree.entries[0]?.data).toMatchObject({ title });
    }
  });
});

describe('slugify', () => {
  test('turns a Dutch title into lowercase ASCII words joined by dashes', () => {
    expect(slugify('Eerst het gesprek, dán de maatregel')).toBe('eerst-het-gesprek-dan-de-maatregel');
    expect(slugify('  Zorg óf rechtmatigheid?! ')).toBe('zorg-of-rechtmatigheid');
  });

  test('drops apostrophes and spells out ampersands and letters without an ASCII form', () => {
    expect(slugify("Risico’s van 'werken tussen de regels'")).toBe('risicos-van-werken-tussen-de-regels');
    expect(slugify('Wonen & zorg: Straße, Søren')).toBe('wonen-en-zorg-strasse-soren');
  });

  test('shortens a long title at a word boundary to at most 80 characters', () => {
    const slug = slugify('Een heel lange titel '.repeat(8));
    expect(slug).toBe('een-heel-lange-titel-een-heel-lange-titel-een-heel-lange-titel-een-heel-lange');
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  test('returns an empty string when the title has no letters or digits', () => {
    expect(slugify('?!—')).toBe('');
  });
});

describe('fieldReference', () => {
  test('matches the field section of CONTRIBUTING.md, so the guide follows the schemas', async () => {
    const file = path.join(repo, 'CONTRIBUTING.md');
    const [start, end] = ['<!-- velden:start -->', '<!-- velden:end -->'];
    const section = (text: string) => text.slice(text.indexOf(start) + start.length, text.indexOf(end)).trim();
    const current = readFileSync(file, 'utf8');
    expect(current).toContain(start);
    expect(current).toContain(end);
    const regenerated = `${current.slice(0, current.indexOf(start) + start.length)}\n\n${fieldReference()}\n\n${current.slice(current.indexOf(end))}`;
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const expected = section(await prettier.format(regenerated, options));
    expect(
      section(current),
      `Het veldenoverzicht in CONTRIBUTING.md loopt niet meer gelijk met de schema's in src/schemas/.\n` +
        `Vervang alles tussen ${start} en ${end} door:\n\n${expected}\n`,
    ).toBe(expected);
  });

  test('lists every field of every kind with whether it is required, and what may wait until publication', () => {
    const reference = fieldReference();
    const section = (kind: Kind) =>
      reference.split(`### Alleen bij: ${kinds[kind].singular}`)[1]?.split('### ')[0] ?? '';
    for (const kind of kindNames) {
      for (const [key, schema] of Object.entries(kinds[kind].schema.shape as Record<string, z.ZodType>)) {
        const required = schema.safeParse(undefined).success
          ? 'nee'
          : ['id', 'published', 'updated', 'questions'].includes(key)
            ? 'vóór publicatie'
            : 'ja';
        // A field with a rule of its own for this kind is listed in the kind's section.
        const rows = `${section(kind)}\n${reference}`.split('\n');
        const line = rows.find((row) => row.startsWith(`| \`${key}\` |`));
        expect(line, `${kind}.${key}`).toContain(`| ${typeOf(schema)} | ${required} | ${descriptionOf(schema)}`);
      }
    }
    expect(reference).toContain('| `sources[].title` | tekst | ja | Titel van de bron. |');
  });
});

describe('new-entry script', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new-entry.ts', '--content-dir', dir, ...args], {
      cwd: repo,
      encoding: 'utf8',
    });

  test('writes the scaffold with the next free ID and says what to do next', () => {
    check('dilemma', scaffold('dilemma').replace('id: D-001', 'id: D-007'));
    const result = run('dilemma', 'Gegevens delen voor openbare orde');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const shown = `${dir.split(path.sep).join('/')}/dilemmas/gegevens-delen-voor-openbare-orde.mdx`;
    expect(result.stdout).toBe(
      `Dilemma aangemaakt: ${shown}\nID: D-008\nVolgende stap: open het bestand. Vul de velden in en draai \`npm run check\`.\n`,
    );
    const text = readFileSync(path.join(dir, 'dilemmas', 'gegevens-delen-voor-openbare-orde.mdx'), 'utf8');
    expect(text).toMatch(/^id: D-008$/m);
    expect(text).toMatch(/^title: >-\n {2}Gegevens delen voor openbare orde$/m);
    expect(text).toMatch(/^published: \d{4}-\d{2}-\d{2}$/m);
  });

  test('accepts the Dutch kind names and presets the type of an assumption or value', () => {
    expect(run('praktijk', 'Eerst', 'het', 'gesprek').stdout).toContain('/practices/eerst-het-gesprek.mdx\nID: P-001');
    expect(run('beleidsvoorstel', 'Geen korting').stdout).toContain('/proposals/geen-korting.mdx\nID: B-001');
    expect(run('voorstel', 'Geen ontruiming').stdout).toContain('ID: B-002');
    expect(run('waarde', 'Iedereen telt mee').status).toBe(0);
    const text = readFileSync(path.join(dir, 'assumptions', 'iedereen-telt-mee.mdx'), 'utf8');
    expect(text).toMatch(/^type: waarde$/m);
  });

  test('refuses to overwrite an existing file', () => {
    mkdirSync(path.join(dir, 'dilemmas'));
    writeFileSync(path.join(dir, 'dilemmas', 'melden-of-vertrouwen.md'), 'eigen tekst\n');
    const result = run('dilemma', 'Melden of vertrouwen');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('/dilemmas/melden-of-vertrouwen.md bestaat al; er is niets veranderd.');
    expect(readFileSync(path.join(dir, 'dilemmas', 'melden-of-vertrouwen.md'), 'utf8')).toBe('eigen tekst\n');

    expect(run('dilemma', 'Gegevens delen').status).toBe(0);
    const again = run('dilemma', 'Gegevens delen');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('/dilemmas/gegevens-delen.mdx bestaat al');
  });

  test.each([
    ['an unknown kind', ['kat', 'Titel'], 'Onbekende soort "kat".'],
    ['no title', ['dilemma'], 'De titel ontbreekt.'],
    ['no arguments', [], 'De soort ontbreekt.'],
    ['an unknown option', ['--force', 'dilemma', 'Titel'], 'Deze opdracht begrijp ik niet.'],
  ])('prints the usage and exits 2 on %s', (_, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Gebruik: npm run new -- <soort> "<titel>"');
  });
});
