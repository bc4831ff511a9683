import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot, runCheck } from '../helpers/build.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/valid-site/content');

/** A dilemma as the contribution form writes it: a concept without an ID. */
const contribution = (
  fields: Record<string, string> = {},
  body = 'Er stond zonder aankondiging iemand aan de deur.',
) => {
  const lines = {
    title: 'Huisbezoek zonder aankondiging',
    summary:
      'Een klantmanager wil onaangekondigd op huisbezoek om samenwonen te controleren. De sociaal werker ziet het vertrouwen verdwijnen.',
    themes: '[rechtmatigheid, machtsverhoudingen]',
    published: '2026-12-02',
    updated: '2026-12-02',
    status: 'concept',
    questions: '[Wanneer is een huisbezoek nog hulp?]',
    tension: '[rechtmatigheid, vertrouwen]',
    restsOn: '[A-001]',
    question: 'Mag een gemeente onaangekondigd op huisbezoek gaan bij een inwoner die hulp krijgt?',
    level: 'lokaal',
    anonymisation: 'samengesteld',
    ...fields,
  };
  const frontmatter = Object.entries(lines)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return [
    '---',
    '# Bijdrage via het formulier op /bijdragen/ (soort: dilemma).',
    ...frontmatter,
    '---',
    '',
    body,
    '',
  ].join('\n');
};

describe('npm run intake', () => {
  let dir: string;
  let content: string;
  let file: string;
  const listing = () => readdirSync(content, { recursive: true }).map(String).sort();
  const intake = (...args: string[]) => {
    const result = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/intake.ts'), file, '--content-dir', content, ...args],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, KENNISBANK_NAMES_FILE: '' } },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'intake-'));
    content = path.join(dir, 'content');
    cpSync(fixture, content, { recursive: true });
    file = path.join(dir, 'huisbezoek-zonder-aankondiging.mdx');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('gives a contribution the next free ID (never a withdrawn one), writes it by the slug rule, and the check passes', () => {
    writeFileSync(file, contribution());
    const result = intake();
    expect(result.output).toContain(`Dilemma opgenomen: ${content}/dilemmas/huisbezoek-zonder-aankondiging.mdx`);
    // D-001 is published and D-002 withdrawn: its ID stays retired.
    expect(result.output).toContain('ID: D-003');
    expect(result.output).toContain('Nog te doen');
    expect(result.output).toContain('review');
    expect(result.status).toBe(0);
    const written = readFileSync(path.join(content, 'dilemmas/huisbezoek-zonder-aankondiging.mdx'), 'utf8');
    expect(written).toBe(contribution().replace('---\n', '---\nid: D-003\n'));
    expect(runCheck(content).status).toBe(0);
  });

  test('counts concepts too: a practice gets P-003 when P-002 is a concept', () => {
    writeFileSync(
      file,
      [
        '---',
        'title: Eerst koffie, dan het formulier',
        'summary: Een wijkteam begint elk eerste gesprek zonder formulier, zodat de inwoner eerst zijn verhaal kan doen.',
        'themes: [professionele-ruimte]',
        'level: lokaal',
        'status: concept',
        'anonymisation: samengesteld',
        'harm: [voorkomen]',
        'setting: Een wijkteam in een middelgrote gemeente',
        '---',
        '',
      ].join('\n'),
    );
    const result = intake();
    expect(result.status).toBe(0);
    expect(result.output).toContain('ID: P-003');
    const written = readFileSync(path.join(content, 'practices/eerst-koffie-dan-het-formulier.mdx'), 'utf8');
    // A contribution without dates gets today's, as the ID, at the top.
    expect(written).toMatch(/^---\nid: P-003\npublished: \d{4}-\d{2}-\d{2}\nupdated: \d{4}-\d{2}-\d{2}\ntitle: /);
    expect(runCheck(content).status).toBe(0);
  });

  test('writes nothing and prints the problems as npm run check does: personal data, an unknown relation, a missing field', () => {
    writeFileSync(
      file,
      contribution({ restsOn: '[A-999]', question: '' }, 'Bel de inwoner op 06-12345678 voor een afspraak.'),
    );
    const before = listing();
    const result = intake();
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${file}\n`);
    expect(result.output).toMatch(/\n {2}regel 16: "0[•-]+8" lijkt op een telefoonnummer\./);
    expect(result.output).toContain('  restsOn[0]: "A-999" bestaat niet.');
    expect(result.output).toMatch(/\n {2}question: ontbreekt/);
    expect(result.output).not.toContain('12345678');
    expect(result.output).toContain('Er is niets geschreven.');
    expect(listing()).toEqual(before);
  });

  test('refuses a file that already has an ID or is not a concept', () => {
    writeFileSync(file, contribution({ status: 'gepubliceerd' }).replace('---\n', '---\nid: D-010\n'));
    const before = listing();
    const result = intake();
    expect(result.status).toBe(1);
    expect(result.output).toContain('  status: ');
    expect(result.output).toContain('  id: ');
    expect(result.output).toContain('een bijdrage komt binnen als concept');
    expect(listing()).toEqual(before);
  });

  test('never overwrites an entry with the same file name', () => {
    writeFileSync(file, contribution({ title: 'Activeren op straffe van korting' }));
    const before = readFileSync(path.join(content, 'dilemmas/activeren-op-straffe-van-korting.mdx'), 'utf8');
    const result = intake();
    expect(result.status).toBe(1);
    expect(result.output).toContain('activeren-op-straffe-van-korting.mdx bestaat al');
    expect(readFileSync(path.join(content, 'dilemmas/activeren-op-straffe-van-korting.mdx'), 'utf8')).toBe(before);
  });

  test('asks for the kind when the fields do not tell it, and takes it from --soort', () => {
    writeFileSync(file, contribution({ tension: '', restsOn: '', question: '', anonymisation: '', questions: '' }));
    const unknown = intake();
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('--soort dilemma');
    const told = intake('--soort', 'dilemma');
    expect(told.status).toBe(1);
    expect(told.output).toMatch(/\n {2}tension: ontbreekt/);
    expect(existsSync(path.join(content, 'dilemmas/huisbezoek-zonder-aankondiging.mdx'))).toBe(false);
  });
});
