import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareFixture } from './build.ts';

/** Runs git in `cwd` as a test identity (no personal data), failing loudly. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_DATE: '2026-12-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-12-01T12:00:00Z',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Replaces text in a file; each `from` must occur, so a fixture cannot drift from what it edits. */
export function edit(file: string, replacements: [from: string | RegExp, to: string][]): void {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of replacements) {
    if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
      throw new Error(`${file}: ${String(from)} niet gevonden`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
}

const DILEMMA = 'content/dilemmas/activeren-op-straffe-van-korting.mdx';
const RENAMED = 'content/dilemmas/activeren-onder-dreiging.mdx';

/** The words the fixture's three versions of D-001 differ in, for the assertions. */
export const HISTORY = {
  id: 'D-001',
  dates: ['2026-11-28', '2026-12-05', '2026-12-20'],
  first: 'De sociaal werker staat tussen twee opdrachten',
  second: 'De sociaal werker staat klem tussen twee opdrachten',
  third: 'De sociaal werker voelt zich klem gezet tussen twee opdrachten',
  secondActor: 'teamleider van het wijkteam',
  secondTitle: 'Activeren op straffe van een korting op de uitkering',
  renamedUrl: '/dilemmas/activeren-onder-dreiging/',
} as const;

/**
 * The valid-site fixture as its own git repository (tests/.tmp/<name>, which the project's git
 * ignores) in which dilemma D-001 was published and edited twice: three versions, a typo fixed
 * in the second without a new date, and the file renamed in the third. The third is committed.
 */
export function prepareHistoryFixture(name: string, fixtures: string): string {
  const root = prepareFixture(name, path.join(fixtures, 'valid-site/content'));
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', 'content');
  git(root, 'commit', '--quiet', '-m', 'Eerste versie');
  const file = path.join(root, DILEMMA);
  edit(file, [
    [
      'updated: 2026-11-28',
      'updated: 2026-12-05\nchanges:\n  - date: 2026-12-05\n    note: De rol van de teamleider toegevoegd.',
    ],
    [
      'title: Activeren op straffe van een uitkeringskorting',
      'title: Activeren op straffe van een korting op de uitkering',
    ],
    ['klantmanager werk en inkomen,', `klantmanager werk en inkomen, ${HISTORY.secondActor},`],
    [HISTORY.first, 'De sociaal werker staat klm tussen twee opdrachten'],
  ]);
  git(root, 'commit', '--quiet', '-am', 'Tweede versie');
  edit(file, [['staat klm tussen', 'staat klem tussen']]);
  git(root, 'commit', '--quiet', '-am', 'Tikfout');
  edit(file, [
    ['updated: 2026-12-05', 'updated: 2026-12-20'],
    ['changes:\n', 'changes:\n  - date: 2026-12-20\n    note: De toelichting scherper verwoord.\n'],
    ['status: gepubliceerd', 'status: gepubliceerd\nformerSlugs: [activeren-op-straffe-van-korting]'],
    [HISTORY.second, HISTORY.third],
  ]);
  mkdirSync(path.dirname(path.join(root, RENAMED)), { recursive: true });
  renameSync(file, path.join(root, RENAMED));
  git(root, 'add', '-A', 'content');
  git(root, 'commit', '--quiet', '-m', 'Derde versie, nieuwe bestandsnaam');
  return root;
}
