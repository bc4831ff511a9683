/**
 * Builds the site as `npm run build` does: `astro build`, then, once Astro has exited, the
 * forwarding pages as plain files (scripts/after-build.ts) and the Pagefind search index
 * (scripts/search-index.ts). `--root <map>` builds another site folder (tests and the benchmark do).
 * `--publish` builds for publication: it refuses a missing, local or non-https KENNISBANK_SITE_URL
 * before anything is built, so no build with dead permanent links can be put online.
 * Output passes through; exit non-zero when a step fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteUrlFor } from '../src/build/site-url.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
/** Astro's command line, run with the project's node. */
export const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Starts one step: the project's node with these arguments in `cwd`, with these variables added to the environment. */
export type StartStep = (args: string[], cwd: string, env: Record<string, string>) => ChildProcess;

/**
 * The steps, in order, as arguments to the project's node: Astro; the forwarding pages and the
 * entry pages staged for search; Pagefind. Each runs once the one before has exited, so no two
 * hold their memory at the same time.
 */
export const buildSteps: readonly (readonly string[])[] = [
  [astroBin, 'build'],
  [path.join(projectRoot, 'scripts/after-build.ts'), '--dist', 'dist'],
  [path.join(projectRoot, 'scripts/search-index.ts'), '--dist', 'dist'],
];

const inheritOutput: StartStep = (args, cwd, env) =>
  spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });

/**
 * Runs the build steps in `root`, each once the one before has succeeded. Resolves to the exit code
 * of the first step that failed (null if a signal stopped it), or 0.
 */
export async function buildSite(
  root: string,
  start: StartStep = inheritOutput,
  { publish = false }: { publish?: boolean } = {},
): Promise<number | null> {
  for (const args of buildSteps) {
    const child = start([...args], root, {
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(publish && { KENNISBANK_PUBLISH: '1' }),
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) return code;
  }
  return 0;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { root: { type: 'string', default: '.' }, publish: { type: 'boolean', default: false } },
  });
  const siteUrl = siteUrlFor(process.env['KENNISBANK_SITE_URL'], { publish: values.publish });
  if (!siteUrl.ok) {
    console.error(`Er is niets gebouwd. ${siteUrl.message}`);
    process.exit(2);
  }
  if (values.publish) console.log(`Bouwen voor publicatie op ${siteUrl.url}`);
  // A signal sent to this process alone (a test's timeout, a supervisor) also stops the running step.
  let running: ChildProcess | undefined;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      running?.kill(signal);
      process.exit(128 + constants.signals[signal]);
    });
  }
  const code = await buildSite(
    path.resolve(values.root),
    (args, cwd, env) => {
      running = inheritOutput(args, cwd, env);
      return running;
    },
    { publish: values.publish },
  );
  if (code !== 0) {
    console.error('De build is mislukt; de meldingen hierboven zeggen waarom (inhoud: `npm run check`).');
    process.exit(code ?? 1);
  }
}
