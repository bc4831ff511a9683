import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
  root: string;
  /** Reads a file from the built site, e.g. `page('dilemmas/x/index.html')`. */
  page: (relative: string) => string;
}

/**
 * Builds the real site (config and src copied as they are) in tests/.tmp/<name>, with the
 * content folder of the fixture tests/fixtures/<name>/content or the one given.
 */
export function buildFixture(
  name: string,
  content = path.join(projectRoot, 'tests/fixtures', name, 'content'),
): BuildResult {
  return rebuildFixture(prepareFixture(name, content));
}

/** Copies the real site (config and src) and a content folder into tests/.tmp/<name>; returns that folder. */
export function prepareFixture(name: string, content: string): string {
  const root = path.join(projectRoot, 'tests/.tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
  }
  cpSync(content, path.join(root, 'content'), { recursive: true });
  return root;
}

/** Builds a folder made by buildFixture again, as `npm run build` does, keeping every cache. */
export function rebuildFixture(root: string): BuildResult {
  // As `npm run build`: Astro, then the search index.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const astro = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 170_000,
  });
  const index =
    astro.status === 0
      ? spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build-search-index.ts'), '--dist', 'dist'], {
          cwd: root,
          encoding: 'utf8',
          env,
          timeout: 120_000,
        })
      : undefined;
  return {
    status: index ? index.status : astro.status,
    output: [astro.stdout, astro.stderr, index?.stdout ?? '', index?.stderr ?? ''].join('\n'),
    root,
    page: (relative) => readFileSync(path.join(root, 'dist', relative), 'utf8'),
  };
}

/** Runs `npm run check`'s script on a folder. */
export function runCheck(contentDir: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts/check-content.ts'), '--content-dir', contentDir],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
