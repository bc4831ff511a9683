// The admin page at /admin/ (Decap CMS): its files, and the build step that writes them into dist/admin/ when a repository host is set.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { cmsConfig, cmsConfigYaml, type CmsBackend } from '../lib/cms/config.ts';
import { adminCsp } from '../lib/cms/csp.ts';
import { parseYaml } from '../lib/content/frontmatter.ts';
import { VOCABULARY_FILES } from '../lib/content/paths.ts';
import { escapeHtml, jsonForScript } from '../lib/site/html-safety.ts';
import type { CmsHost } from './admin-settings.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the Decap CMS bundle is installed (the npm package decap-cms, never a CDN). */
export const decapDist = path.join(
  path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')),
  'dist',
);

/** What the admin page is made from: the backend, the content folder (for the vocabularies) and the site's address. */
export interface AdminInput {
  backend: CmsBackend;
  contentDir: string;
  siteUrl?: string | undefined;
  editorialWorkflow?: boolean | undefined;
}

/** The titles of the themes and laws, by key, from the vocabulary files. */
export function vocabularyTitles(contentDir: string): { themes: Record<string, string>; laws: Record<string, string> } {
  const titles = (file: string) => {
    const data = parseYaml(readFileSync(path.join(contentDir, file), 'utf8'));
    const entries = data && typeof data === 'object' ? Object.entries(data as Record<string, { title?: unknown }>) : [];
    return Object.fromEntries(
      entries.map(([key, value]) => [key, typeof value?.title === 'string' ? value.title : key]),
    );
  };
  return { themes: titles(VOCABULARY_FILES.themes), laws: titles(VOCABULARY_FILES.laws) };
}

/** The configuration file `config.yml`, generated from the schemas. */
export function adminConfigYaml(input: AdminInput): string {
  return cmsConfigYaml(
    cmsConfig({
      backend: input.backend,
      ...vocabularyTitles(input.contentDir),
      ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}),
      ...(input.editorialWorkflow ? { editorialWorkflow: true } : {}),
    }),
  );
}

/** The admin page: its own CSP first, the vocabularies for the preview as JSON, the admin script, then Decap. */
export function adminIndexHtml(input: AdminInput): string {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${escapeHtml(adminCsp(input.backend))}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <title>Redactie · Kennisbank Do No Harm</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="admin.css">
    <link rel="cms-config-url" type="text/yaml" href="config.yml">
    <script type="application/json" id="kennisbank-vocabularies">${jsonForScript(vocabularyTitles(input.contentDir))}</script>
    <script src="admin.js" defer></script>
    <script src="decap-cms.js" defer></script>
  </head>
  <body>
    <noscript>De redactieomgeving werkt alleen als JavaScript aan staat.</noscript>
  </body>
</html>
`;
}

/** The admin script (src/lib/cms/admin.ts with the schemas and the check's messages), bundled for the browser. */
export async function adminScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(projectRoot, 'src/lib/cms/admin.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The admin page's own files besides Decap's: the site's stylesheet for the preview, and two small ones of its own. */
export const adminStyles = {
  'site.css': path.join(projectRoot, 'src/styles/global.css'),
  'preview.css': path.join(projectRoot, 'src/lib/cms/preview.css'),
  'admin.css': path.join(projectRoot, 'src/lib/cms/admin.css'),
} as const;

/** Decap's bundle and the chunks it loads on demand (no source maps; no WebAssembly, used only to convert uploaded images). */
export const decapFiles = (): string[] =>
  readdirSync(decapDist).filter((file) => file === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(file));

/** Writes the whole admin page into a folder: index.html, config.yml, admin.js, the styles and Decap's files. */
export async function writeAdmin(dir: string, input: AdminInput): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), adminIndexHtml(input));
  writeFileSync(path.join(dir, 'config.yml'), adminConfigYaml(input));
  writeFileSync(path.join(dir, 'admin.js'), await adminScript());
  for (const [name, source] of Object.entries(adminStyles)) copyFileSync(source, path.join(dir, name));
  for (const file of decapFiles()) copyFileSync(path.join(decapDist, file), path.join(dir, file));
}

/**
 * The build step for /admin/: when a repository host is set (see src/build/admin-settings.ts),
 * writes the admin page into dist/admin/ after the pages, so the published site has its CMS.
 * Without one the site has no /admin/: the local admin is `npm run cms`.
 */
export function adminSite(options: {
  contentDir: string;
  host: CmsHost | undefined;
  siteUrl: string;
}): AstroIntegration {
  return {
    name: 'kennisbank-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!options.host) return;
        await writeAdmin(fileURLToPath(new URL('admin/', dir)), {
          backend: options.host.backend,
          contentDir: options.contentDir,
          siteUrl: options.siteUrl,
          editorialWorkflow: options.host.editorialWorkflow,
        });
        logger.info(`/admin/ geschreven: Decap CMS op ${options.host.backend.name}, ${options.host.backend.repo}.`);
      },
    },
  };
}
