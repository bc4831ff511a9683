// The content gate: reads the content tree afresh, checks it, and fails the build on any problem before Astro loads anything.
import type { AstroIntegrationLogger } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/report.ts';
import { readNamesFile, REGISTRY_FILE, sharedContentTree, type ContentTree } from '../lib/content/tree.ts';
import { readRegistryHistory } from '../lib/content/registry.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The content tree of this build or dev-server start, read once for the check, the loaders and
 * the precompute, when the integrity check finds nothing (Astro itself only logs a broken
 * reference and still publishes). On a problem a build throws with every problem listed; the
 * dev server logs them and keeps serving, and the result is undefined.
 */
export function checkedContentTree(
  options: { contentDir: string; namesFile: string | undefined },
  command: string,
  logger: AstroIntegrationLogger,
): ContentTree | undefined {
  const tree = sharedContentTree(options.contentDir, true);
  const problems = checkContent(tree, {
    personalData: { names: readNamesFile(options.namesFile), allow: siteConfig.personalData.allow },
    registryHistory: readRegistryHistory(options.contentDir, REGISTRY_FILE),
  });
  if (problems.length === 0) return tree;
  const report = formatProblems(problems);
  if (command !== 'dev') throw new Error(`De inhoud bevat fouten; er wordt niets gepubliceerd.\n\n${report}`);
  logger.error(`\n${report}`);
  return undefined;
}
