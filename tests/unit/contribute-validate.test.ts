import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contributionFile } from '../../src/lib/contribute/entry-file.ts';
import { contributionSchema, formFields } from '../../src/lib/contribute/model.ts';
import {
  contributionData,
  contributionProblems,
  entryValues,
  isWarning,
  personalDataIn,
  type KnownEntry,
} from '../../src/lib/contribute/validate.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { splitEntryFile } from '../../src/lib/content/frontmatter.ts';
import { privacyChecks } from '../../src/lib/content/privacy.ts';
import { readContentTree } from '../../src/lib/content/tree.ts';
import { siteConfig } from '../../src/site.config.ts';
import { projectRoot } from '../helpers/build.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/valid-site/content');
const tree = readContentTree(fixture, 'content');
const vocabularies = {
  themeKeys: Object.keys(tree.themes!.data as object),
  lawKeys: Object.keys(tree.laws!.data as object),
};
/** The published entries of the fixture, as the page gives them to the form. */
const known = new Map<string, KnownEntry>(
  tree.entries
    .map((entry) => ({ entry, data: entry.data as { id: string; title: string; status: string } }))
    .filter(({ data }) => data.status === 'gepubliceerd')
    .map(({ entry, data }) => [data.id, { id: data.id, kind: entry.kind, title: data.title }]),
);
const fields = formFields('dilemma', vocabularies);
const allow = siteConfig.personalData.allow;

/** The problems the content check reports for the file the form writes, in the fields the form asks. */
function checkOfFile(raw: Record<string, unknown>, body: string) {
  const text = contributionFile('dilemma', contributionData(fields, raw, '2026-12-02'), body);
  const split = splitEntryFile(text);
  if (!split.ok) throw new Error('the form wrote a file the check cannot read');
  const file = 'content/dilemmas/bijdrage.mdx';
  const entry = { file, kind: 'dilemma' as const, slug: 'bijdrage', ...split, text };
  entry.data = { ...(entry.data as object), id: 'D-099' };
  return checkContent({ ...tree, entries: [...tree.entries, entry] })
    .filter((found) => found.file === file && !isWarning(found))
    .map(({ field, message }) => ({ field, message }));
}

describe('checking a contribution in the browser', () => {
  test('gives the content check’s own messages for the file the form writes: fields, sizes, relations, body links', () => {
    const raw = {
      title: 'Huisbezoek zonder aankondiging',
      summary: 'Te kort',
      themes: ['activering', 'onbekend'],
      tension: 'rechtmatigheid',
      restsOn: ['A-999', 'D-001', 'A-001', 'A-001'],
      questions: 'Wanneer is een huisbezoek nog hulp?',
      level: 'lokaal',
      anonymisation: 'samengesteld',
      sources: [{ title: 'Rapport over huisbezoeken', url: 'geen adres' }],
    };
    const body = 'Zie [[A-001]], [[A-01]] en [[B-404]].';
    const data = contributionData(fields, raw, '2026-12-02');
    const fromForm = contributionProblems('dilemma', contributionSchema('dilemma', vocabularies), data, body, known)
      .filter((found) => !isWarning(found))
      .map(({ field, message }) => ({ field, message: message }));
    const fromCheck = checkOfFile(raw, body).map(({ field, message }) => ({
      // The check counts body lines in the file; the form counts them in the body.
      field: field.replace(/^body \(regel \d+\)$/, 'body (regel 1)'),
      message,
    }));
    expect(fromForm.length).toBeGreaterThanOrEqual(8);
    expect(new Set(fromForm.map((found) => JSON.stringify(found)))).toEqual(
      new Set(fromCheck.map((found) => JSON.stringify(found))),
    );
    expect(fromForm.map((found) => found.field)).toEqual(
      expect.arrayContaining(['summary', 'tension', 'themes[1]', 'restsOn[0]', 'restsOn[1]', 'restsOn[3]', 'question']),
    );
  });

  test('finds nothing in a complete dilemma', () => {
    const raw = {
      title: 'Huisbezoek zonder aankondiging',
      summary: 'Een klantmanager wil onaangekondigd op huisbezoek om samenwonen te controleren.',
      themes: ['rechtmatigheid'],
      tension: 'rechtmatigheid\nvertrouwen\n',
      questions: 'Wanneer is een huisbezoek nog hulp?',
      question: 'Mag een gemeente onaangekondigd op huisbezoek gaan?',
      level: 'regionaal',
      anonymisation: 'fictief',
      restsOn: ['A-001'],
    };
    const data = contributionData(fields, raw, '2026-12-02');
    const schema = contributionSchema('dilemma', vocabularies);
    expect(contributionProblems('dilemma', schema, data, 'Zie [[A-001]].', known)).toEqual([]);
    expect(checkOfFile(raw, 'Zie [[A-001]].')).toEqual([]);
  });

  test('judges a contribution as the check judges a concept: a dilemma’s questions may wait, with a warning', () => {
    const data = contributionData(fields, { title: 'Een titel' }, '2026-12-02');
    const problems = contributionProblems('dilemma', contributionSchema('dilemma', vocabularies), data, '', known);
    const questions = problems.filter((found) => found.field === 'questions');
    expect(questions.map((found) => [found.type, isWarning(found)])).toEqual([['needed-before-publication', true]]);
    expect(problems.filter((found) => found.field === 'tension').map(isWarning)).toEqual([false]);
  });

  test('never asks the contributor for what only editors set: a missing ID is not the contributor’s problem', () => {
    const data = contributionData(fields, { title: 'Een titel' }, '2026-12-02');
    const problems = contributionProblems('dilemma', contributionSchema('dilemma', vocabularies), data, '', known);
    expect(problems.map((found) => found.field)).not.toContain('id');
    expect(problems.map((found) => found.field)).toContain('summary');
  });

  test('reads the raw values as the schema expects them: lines, numbers, and empty fields and groups left out', () => {
    expect(
      entryValues(fields, {
        title: '  Titel  ',
        summary: '   ',
        tension: 'zorg\n\n  regels \n',
        themes: [],
        sources: [{}, { title: 'Een bron', year: '2015', author: '' }, { year: 'twintig' }],
      }),
    ).toEqual({
      title: 'Titel',
      tension: ['zorg', 'regels'],
      sources: [{ title: 'Een bron', year: 2015 }, { year: 'twintig' }],
    });
    expect(entryValues(fields, {})).toBeUndefined();
  });
});

describe('the personal-data check in the browser', () => {
  test('shows each finding masked, in the check’s words, without the advice meant for editors', () => {
    const found = personalDataIn('body', 'Ze belde me op 06-12345678 na het gesprek.', allow);
    const check = privacyChecks({ allow }).text('x', 'Ze belde me op 06-12345678 na het gesprek.');
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe('body');
    expect(found[0]!.message).toContain('lijkt op een telefoonnummer');
    expect(found[0]!.message).not.toContain('12345678');
    expect(found[0]!.message).not.toContain('src/site.config.ts');
    expect(check[0]!.message.startsWith(found[0]!.message)).toBe(true);
  });

  test.each([
    ['BSN', 'Haar BSN is 111222333.', 'BSN'],
    ['IBAN', 'Stort het op NL91ABNA0417164300.', 'IBAN'],
    ['e-mail', 'Mail naar jan.jansen@voorbeeld.nl voor meer.', 'e-mailadres'],
    ['address', 'Ze woont op 1234 AB 12 sinds mei.', 'postcode met huisnummer'],
    ['birth date', 'Geboren op 12-03-1985 in een dorp.', 'geboortedatum'],
  ])('finds a %s', (_, text, label) => {
    expect(personalDataIn('summary', text, allow).map((found) => found.message)).toEqual([
      expect.stringContaining(`lijkt op een ${label}`),
    ]);
  });

  test('lets the organisation’s public address through, as the check does', () => {
    expect(personalDataIn('body', `Mail ons op ${allow[0]!.value}.`, allow)).toEqual([]);
  });

  test('also reads a title as the file name it becomes', () => {
    expect(personalDataIn('title', 'bsn-111222333', allow, true)).not.toEqual([]);
    expect(personalDataIn('title', 'Gegevens delen voor openbare orde', allow, true)).toEqual([]);
  });
});
