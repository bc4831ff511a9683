// The content gate: reads the content tree afresh, checks it, and fails the build on any error before Astro loads anything.
import { siteAdvice } from '../lib/content/advice.ts';
import { checkContent } from '../lib/content/check.ts';
import { errorsOf, type Problem } from '../lib/content/problems.ts';
import { formatProblems } from '../lib/content/report.ts';
import { readNamesFile, REGISTRY_FILE, sharedContentTree, type ContentTree } from '../lib/content/tree.ts';
import { readRegistryHistory, type RegistryHistory } from '../lib/content/registry.ts';
import type { EntryVersions } from '../lib/content/versions.ts';
import { siteConfig } from '../site.config.ts';
import { sharedEntryVersions } from './versions.ts';

/** Where the content is, and the file of names that must never appear in it. */
export interface ContentOptions {
  contentDir: string;
  namesFile: string | undefined;
}

/**
 * Every problem in a content tree, checked with the same options as `npm run check`
 * (scripts/check-content.ts). The registry's history is read from git unless it is given.
 */
export function contentProblems(
  tree: ContentTree,
  options: ContentOptions,
  registryHistory: RegistryHistory = registryHistoryOf(options),
  versions?: EntryVersions,
): Problem[] {
  return checkContent(tree, {
    personalData: { names: readNamesFile(options.namesFile), allow: siteConfig.personalData.allow },
    registryHistory,
    advice: siteAdvice(),
    ...(versions ? { versions } : {}),
  });
}

/** The IDs the registry held in earlier commits (`git log` of content/registry.json). */
export const registryHistoryOf = (options: ContentOptions): RegistryHistory =>
  readRegistryHistory(options.contentDir, REGISTRY_FILE);

/**
 * The content tree of this build, read once for the check, the loaders and the precompute, when
 * the integrity check finds no error (Astro itself only logs a broken reference and still
 * publishes). On an error it throws with every problem listed. The dev server checks the content
 * itself, on start and after every change (./dev-check.ts).
 */
export function checkedContentTree(options: ContentOptions): ContentTree {
  const tree = sharedContentTree(options.contentDir, true);
  // Every version of every entry from git: a shallow clone or a lost registered version stops the build.
  const problems = contentProblems(tree, options, undefined, sharedEntryVersions(options.contentDir, true));
  if (errorsOf(problems).length === 0) return tree;
  throw new Error(`De inhoud bevat fouten; er wordt niets gepubliceerd.\n\n${formatProblems(problems)}`);
}
