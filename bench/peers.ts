/**
 * The same bodies built by other generators, in the same run, so our times can be given as a
 * multiple of theirs (absolute times on a shared machine swing by a factor of two):
 * - Hugo (Debian's `hugo`, when it is on the PATH): one page per entry, the permanent link and
 *   former URLs as Hugo aliases (plain redirect files), section lists, a minimal theme;
 * - bare Astro: Astro with no integration and its default Markdown processor, one page per entry
 *   from a glob-loaded content collection.
 * Each builds cold in a fresh folder, then again after the same one-entry edit as our rebuild.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroBin } from '../scripts/build.ts';
import { kinds } from '../src/schemas/kinds.ts';
import { build, secondsOf, tail, withoutLines, type BuildRun, type Steps } from './build-run.ts';
import { benchDir, remove } from './site.ts';
import type { SyntheticEntry } from './synthetic-content.ts';

/** A peer's cold build and its build after the one-entry edit. */
export interface PeerRun {
  version: string;
  cold: Omit<BuildRun, 'lines'>;
  rebuild?: Omit<BuildRun, 'lines'>;
}
export type PeerResult = PeerRun | { skipped: string };

/** The entries a site shows (concepts are never built). */
const shown = (corpus: SyntheticEntry[]) => corpus.filter((entry) => entry.status !== 'concept');
const sectionOf = (entry: SyntheticEntry) => kinds[entry.kind].section;
/** Front matter as YAML: every value as JSON, which YAML reads as it is. */
const frontMatter = (fields: Record<string, unknown>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n`;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const date = (entry: SyntheticEntry) => String(entry.data['updated'] ?? entry.data['published'] ?? '2026-01-01');

/** Where a peer keeps an entry's file, relative to its site folder. */
type EntryFile = (entry: SyntheticEntry) => string;

const hugoLayout = (main: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>${main}</main></body></html>\n`;

/** A Hugo site of the corpus in `root`; returns where each entry's file is. */
function prepareHugo(root: string, corpus: SyntheticEntry[]): EntryFile {
  remove(root);
  const file: EntryFile = (entry) => path.join(root, 'content', sectionOf(entry), `${entry.slug}.md`);
  write(
    path.join(root, 'hugo.toml'),
    "baseURL = 'http://localhost:4321/'\nlanguageCode = 'nl'\ntitle = 'Kennisbank'\n" +
      "disableKinds = ['taxonomy', 'term']\n[markup.goldmark.renderer]\nunsafe = false\n",
  );
  write(path.join(root, 'layouts/_default/single.html'), hugoLayout('<h1>{{ .Title }}</h1>{{ .Content }}'));
  write(
    path.join(root, 'layouts/_default/list.html'),
    hugoLayout(
      '<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>',
    ),
  );
  for (const entry of shown(corpus)) {
    const section = sectionOf(entry);
    const former = (entry.data['formerSlugs'] as string[] | undefined) ?? [];
    const aliases = [`/${entry.id}/`, ...former.map((slug) => `/${section}/${slug}/`)];
    write(
      file(entry),
      frontMatter({
        title: `${entry.id} ${String(entry.data['title'])}`,
        date: date(entry),
        url: `/${section}/${entry.slug}/`,
        aliases,
      }) + entry.body,
    );
  }
  return file;
}

/** A bare Astro site of the corpus in `root`: no integration, default processor; returns where each entry's file is. */
function prepareBareAstro(root: string, corpus: SyntheticEntry[]): EntryFile {
  remove(root);
  const file: EntryFile = (entry) => path.join(root, 'entries', sectionOf(entry), `${entry.slug}.md`);
  write(
    path.join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'http://localhost:4321', trailingSlash: 'always' });\n",
  );
  write(
    path.join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\n" +
      "export const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: './entries' }) }) };\n",
  );
  write(
    path.join(root, 'src/pages/[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n\n" +
      'export async function getStaticPaths() {\n' +
      "  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n" +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n\n' +
      '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>' +
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  );
  for (const entry of shown(corpus)) {
    write(
      file(entry),
      frontMatter({ title: `${entry.id} ${String(entry.data['title'])}`, date: date(entry) }) + entry.body,
    );
  }
  return file;
}

/** The paragraph the benchmark's one-entry edit adds. */
export const EDIT_MARKER = 'Bijgewerkt voor de meting van de bouwtijd.';

/** The one-entry edit of the benchmark: a new last paragraph (and, in our files, a new date). */
export function editEntry(file: string, marker: string): void {
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')
      .replace(/^updated: .*$/m, "updated: '2026-11-30'")
      .trimEnd()}\n\n${marker}\n`,
  );
}

/** Builds a peer cold in a fresh folder, then again after editing `edited`. */
async function measurePeer(
  name: string,
  root: string,
  prepare: () => EntryFile,
  steps: { command: string; args: string[] }[],
  edited: SyntheticEntry | undefined,
  timeoutMs: number,
): Promise<Omit<PeerRun, 'version'> | { skipped: string }> {
  const file = prepare();
  const cold = await build(root, `${path.basename(root)}-cold`, timeoutMs, {}, steps);
  if (cold.exitCode !== 0) return { skipped: `${name} build failed (${cold.exitCode}):\n${tail(cold)}` };
  console.error(`  ${name}: ${cold.seconds.toFixed(1)} s, peak ${cold.peakMB?.toFixed(0) ?? '?'} MB`);
  if (!edited) return { cold: withoutLines(cold) };
  editEntry(file(edited), EDIT_MARKER);
  const rebuild = await build(root, `${path.basename(root)}-rebuild`, timeoutMs, {}, steps);
  console.error(`  ${name} after one edit: ${rebuild.seconds.toFixed(1)} s`);
  return { cold: withoutLines(cold), ...(rebuild.exitCode === 0 && { rebuild: withoutLines(rebuild) }) };
}

/** Hugo's version line, or undefined when `hugo` is not on the PATH. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

/** Builds the corpus with Hugo and with bare Astro; each one's folder is removed afterwards. */
export async function measurePeers(
  size: number,
  corpus: SyntheticEntry[],
  edited: SyntheticEntry | undefined,
  timeoutMs: number,
  astroVersion: string,
): Promise<{ hugo: PeerResult; bareAstro: PeerResult }> {
  const version = hugoVersion();
  let hugo: PeerResult = {
    skipped: 'hugo is not on the PATH (Debian: `apt-get install hugo`), so there is no Hugo comparison',
  };
  if (version) {
    console.error(`cold build with ${version} …`);
    const root = path.join(benchDir, `hugo-${size}`);
    const run = await measurePeer(
      'Hugo',
      root,
      () => prepareHugo(root, corpus),
      [{ command: 'hugo', args: ['--quiet'] }],
      edited,
      timeoutMs,
    );
    hugo = 'skipped' in run ? run : { version, ...run };
    remove(root);
  } else console.error(hugo.skipped);
  console.error('cold build with bare Astro (no integration, default processor) …');
  const root = path.join(benchDir, `bare-astro-${size}`);
  const run = await measurePeer(
    'bare Astro',
    root,
    () => prepareBareAstro(root, corpus),
    [{ command: process.execPath, args: [astroBin, 'build'] }],
    edited,
    timeoutMs,
  );
  remove(root);
  return { hugo, bareAstro: 'skipped' in run ? run : { version: `Astro ${astroVersion}`, ...run } };
}

/** Hugo (when on the PATH) and bare Astro built cold once more, for a further round (./rounds.ts); seconds, or null. */
export async function measurePeerColds(
  size: number,
  corpus: SyntheticEntry[],
  timeoutMs: number,
): Promise<{ hugo: number | null; bareAstro: number | null }> {
  const coldSeconds = async (root: string, prepare: () => unknown, steps: Steps) => {
    prepare();
    const run = await build(root, `${path.basename(root)}-cold-again`, timeoutMs, {}, steps);
    remove(root);
    return secondsOf(run);
  };
  const hugoRoot = path.join(benchDir, `hugo-${size}`);
  const bareRoot = path.join(benchDir, `bare-astro-${size}`);
  return {
    hugo: hugoVersion()
      ? await coldSeconds(hugoRoot, () => prepareHugo(hugoRoot, corpus), [{ command: 'hugo', args: ['--quiet'] }])
      : null,
    bareAstro: await coldSeconds(bareRoot, () => prepareBareAstro(bareRoot, corpus), [
      { command: process.execPath, args: [astroBin, 'build'] },
    ]),
  };
}
