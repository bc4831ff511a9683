import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

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

/**
 * Builds a folder made by buildFixture again with `npm run build`'s script, keeping every cache;
 * `args` go to the script (`--publish`) and `env` is added to the environment.
 */
export function rebuildFixture(
  root: string,
  { args = [], env = {} }: { args?: string[]; env?: Record<string, string | undefined> } = {},
): BuildResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 290_000,
  });
  return {
    status: result.status,
    output: [result.stdout, result.stderr].join('\n'),
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
