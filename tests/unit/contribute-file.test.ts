import { describe, expect, test } from 'vitest';
import { contributionFile, contributionFileName } from '../../src/lib/contribute/entry-file.ts';
import { issueUrl, mailtoUrl, MAILTO_LIMIT, type Contribution } from '../../src/lib/contribute/handover.ts';
import { EDITOR_FIELDS } from '../../src/lib/contribute/model.ts';
import { emailTemplate } from '../../src/lib/contribute/template.ts';
import { kinds } from '../../src/schemas/kinds.ts';
import { splitEntryFile } from '../../src/lib/content/frontmatter.ts';
import { scaffoldEntry } from '../../src/lib/content/scaffold.ts';

const data = {
  title: 'Huisbezoek: "onaangekondigd" #controle',
  summary: "Een klantmanager wil op huisbezoek. 'Waarom nu?' vraagt de inwoner: --- niemand weet het.",
  themes: ['rechtmatigheid', 'machtsverhoudingen'],
  status: 'concept',
  published: '2026-12-02',
  updated: '2026-12-02',
  questions: ['Wanneer is een huisbezoek nog hulp?', 'Wat doe jij als de inwoner nee zegt tegen een bezoek aan huis?'],
  sources: [{ title: 'Rapport: huisbezoeken', year: 2015 }],
  tension: ['rechtmatigheid', 'vertrouwen'],
  question: 'Regel een\nregel twee',
  anonymisation: 'fictief',
};

describe('the file a contribution becomes', () => {
  test('reads back as the same data: quotes, colons, # and line breaks survive', () => {
    const split = splitEntryFile(contributionFile('dilemma', data, 'De tekst.\r\n\r\nMet [[A-001]].  '));
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.data).toEqual(data);
    expect(split.body).toBe('\nDe tekst.\n\nMet [[A-001]].\n');
  });

  test('is a concept without an ID, its fields in the schema’s order, with a note for the editors', () => {
    const text = contributionFile('dilemma', { ...data, unknown: 'x' }, '');
    const keys = [...text.matchAll(/^([a-zA-Z]+):/gm)].map((match) => match[1]);
    expect(keys).toEqual([
      'title',
      'summary',
      'themes',
      'published',
      'updated',
      'status',
      'questions',
      'sources',
      'tension',
      'question',
      'anonymisation',
    ]);
    expect(text).not.toMatch(/^id:/m);
    expect(text).toContain('status: concept');
    expect(text).toContain('npm run intake');
    expect(text.endsWith('---\n')).toBe(true);
  });

  test('is named by the slug of its title, as npm run new names files', () => {
    expect(contributionFileName('Gegevens delen: wat mag?')).toBe('gegevens-delen-wat-mag.mdx');
    expect(contributionFileName('')).toBe('bijdrage.mdx');
  });
});

const contribution: Contribution = {
  kind: 'dilemma',
  title: 'Huisbezoek zonder aankondiging',
  fileName: 'huisbezoek-zonder-aankondiging.mdx',
  fileText: '---\ntitle: Huisbezoek zonder aankondiging\nstatus: concept\n---\n\nDe tekst.\n',
  contact: 'bel me op het werk',
};
const bodyOf = (url: string) => decodeURIComponent(new URL(url).searchParams.get('body') ?? '');

describe('handing a contribution to the editors', () => {
  test('prefills an e-mail to the editors with the file and the contact details', () => {
    const { url, includesFile } = mailtoUrl('redactie@example.org', contribution);
    expect(includesFile).toBe(true);
    expect(url.startsWith('mailto:redactie@example.org?subject=')).toBe(true);
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body).toContain(contribution.fileText.trimEnd().replaceAll('\n', '\r\n'));
    expect(body).toContain('bel me op het werk');
    expect(new URL(url).searchParams.get('subject')).toBe(
      'Bijdrage voor de kennisbank (dilemma): Huisbezoek zonder aankondiging',
    );
  });

  test('asks for the file as an attachment when it does not fit in a mailto: address', () => {
    const long = { ...contribution, fileText: `---\nsummary: ${'lang '.repeat(500)}\n---\n` };
    const { url, includesFile } = mailtoUrl('redactie@example.org', long);
    expect(includesFile).toBe(false);
    expect(url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(bodyOf(url)).toContain('staat als bijlage');
    expect(bodyOf(url)).not.toContain('lang lang');
  });

  test('prefills a new forge issue with the file in a code block, never with the contact details', () => {
    const withTicks = { ...contribution, fileText: `${contribution.fileText}Code: \`\`\`x\`\`\`\n` };
    const { url, includesFile } = issueUrl('https://codeberg.org/leergroep/kennisbank/issues/new', withTicks);
    expect(includesFile).toBe(true);
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body).toContain('````yaml\n---\ntitle: Huisbezoek zonder aankondiging');
    expect(body).not.toContain('bel me op het werk');
    expect(new URL(url).searchParams.get('title')).toContain('Huisbezoek zonder aankondiging');
  });
});

describe('the e-mail template for contributors without JavaScript', () => {
  test.each(['practice', 'dilemma', 'assumption', 'proposal'] as const)(
    'is npm run new’s scaffold of a %s without the fields only editors set',
    (kind) => {
      const text = emailTemplate(kind, 'Titel van je bijdrage');
      expect(text).toMatch(/^status: concept$/m);
      expect(text).toContain('Titel van je bijdrage');
      for (const key of ['id', 'published', 'updated', 'review', 'formerSlugs', 'withdrawal']) {
        expect(text).not.toMatch(new RegExp(`^(# )?${key}:`, 'm'));
      }
      const scaffold = scaffoldEntry(kind, 'Titel van je bijdrage', { id: 'X-000', today: '0000-00-00' });
      const blocks = (value: string) => value.split('\n\n');
      expect(blocks(text)).toEqual(blocks(scaffold).filter((block) => blocks(text).includes(block)));
      const editorOnly = EDITOR_FIELDS.filter((key) => key !== 'status' && key in kinds[kind].schema.shape);
      expect(blocks(scaffold).length - blocks(text).length).toBe(editorOnly.length);
    },
  );
});
