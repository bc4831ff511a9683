import { permalinkUrl } from '../lib/site/urls.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readNamesFile, REGISTRY_FILE, sharedContentTree, type ContentTree } from '../lib/content/tree.ts';
import { registrySchema } from '../schemas/registry.ts';
import { siteConfig } from '../site.config.ts';
import { entryCitationInput, retrievalDay } from '../lib/site/citation.ts';
import { precompute, precomputeCodeVersion, type PrecomputeRequest } from './precompute.ts';
import { buildGraph, byId } from '../lib/site/graph.ts';
import { entryUrl } from '../lib/site/urls.ts';
import { mapRequest, neighbourhood } from '../lib/site/relation-map.ts';
import { checkContent } from '../lib/content/check.ts';
import type { LinkTarget } from '../markdown/remark-entry-links.ts';
import { pruneStaleFiles } from './prune-dist.ts';
import { readRegistryHistory } from '../lib/site/history.ts';
import { formatProblems } from '../lib/content/report.ts';

/** Citations, map layouts and QR codes of the last build, in Astro's cache folder. */
const PRECOMPUTE_CACHE_FILE = 'kennisbank-precompute.txt';

/** The nearest file of that name in the folder or a folder above it. */
function findUp(name: string, folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, name))) return path.join(current, name);
    if (path.dirname(current) === current) return undefined;
  }
}

/** Link targets for `[[ID]]` in bodies, read from the content folder on first use. */
export function entryLinkResolver(contentDir: string): (id: string) => LinkTarget | undefined {
  let targets: Map<string, LinkTarget> | undefined;
  return (id) => {
    targets ??= new Map(
      sharedContentTree(contentDir).entries.flatMap(({ kind, slug, data }) => {
        const { id: entryId, title } = (data ?? {}) as { id?: unknown; title?: unknown };
        return typeof entryId === 'string' && typeof title === 'string'
          ? [[entryId, { url: entryUrl(kind, slug), title }] as const]
          : [];
      }),
    );
    return targets.get(id);
  };
}

/**
 * What entry pages will ask of citeproc and dagre, computed from the checked content the same
 * way the pages compute it, so a second thread can do that work during content sync.
 */
export function precomputeRequest(tree: ContentTree, site: string): PrecomputeRequest {
  type Fields = { id: string; title: string; summary: string; updated: string; status: string };
  const live = tree.entries
    .map(({ kind, slug, data }) => ({ kind, id: (data as Fields).id, url: entryUrl(kind, slug), data: data as Fields }))
    .filter((entry) => entry.data.status !== 'concept')
    .sort(byId);
  const published = live.filter((entry) => entry.data.status === 'gepubliceerd');
  const graph = buildGraph(published);
  return {
    citations: live.map((entry) => entryCitationInput(entry, site, retrievalDay())),
    maps: published
      .filter((entry) => graph.groupsOf(entry.id).length > 0)
      .map((entry) => mapRequest(graph, neighbourhood(graph, entry), entry.id)),
    qrCodes: live.map((entry) => permalinkUrl(entry.id, site)),
  };
}

/** Registered URLs (and each registered ID's permanent link) that the built site does not serve. */
export function unresolvedRegistryUrls(tree: ContentTree, site: string): string[] {
  const parsed = registrySchema.safeParse(tree.registry?.data ?? {});
  if (!parsed.success) return [`content/${REGISTRY_FILE}`];
  return Object.entries(parsed.data)
    .flatMap(([id, urls]) => [`/${id}/`, ...urls])
    .filter((url) => !existsSync(path.join(site, url, 'index.html')));
}

/**
 * Fails the build before Astro loads any content when the integrity check finds a problem
 * (Astro itself only logs broken references), and afterwards when a registered URL is missing.
 * After the build, removes from `dist/` what an earlier build left there and this one did not
 * make (the config keeps `dist/` between builds, so unchanged pages need not be copied back).
 * The search index is built after Astro has exited (scripts/build-search-index.ts), so the two
 * never hold their memory at the same time.
 */
export function kennisbank(options: { contentDir: string; namesFile: string | undefined }): AstroIntegration {
  let buildStart = 0;
  return {
    name: 'kennisbank',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const tree = sharedContentTree(options.contentDir, true);
        const problems = checkContent(tree, {
          personalData: { names: readNamesFile(options.namesFile), allow: siteConfig.personalData.allow },
          registryHistory: readRegistryHistory(options.contentDir, REGISTRY_FILE),
        });
        if (problems.length > 0) {
          const report = formatProblems(problems);
          if (command === 'dev') logger.error(`\n${report}`);
          else throw new Error(`De inhoud bevat fouten; er wordt niets gepubliceerd.\n\n${report}`);
          return;
        }
        if (command === 'build' && config.site) {
          const cache = {
            file: fileURLToPath(new URL(PRECOMPUTE_CACHE_FILE, config.cacheDir)),
            version: precomputeCodeVersion(findUp('package-lock.json', fileURLToPath(config.root))),
          };
          precompute(precomputeRequest(tree, config.site), cache);
        }
      },
      'astro:build:start': () => {
        buildStart = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        // The search index is Pagefind's: scripts/build-search-index.ts removes what it no longer uses.
        const removed = pruneStaleFiles(site, pages, buildStart, { skip: ['pagefind'] });
        if (removed.length > 0)
          logger.info(`${removed.length} bestand(en) van een eerdere build verwijderd uit dist/.`);
        const unresolved = unresolvedRegistryUrls(sharedContentTree(options.contentDir), site);
        if (unresolved.length > 0) {
          throw new Error(
            `Gepubliceerde adressen uit content/${REGISTRY_FILE} werken niet meer: ${unresolved.join(', ')}. Draai \`npm run check\` voor de oplossing.`,
          );
        }
      },
    },
  };
}
