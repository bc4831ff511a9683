// The content gate: reads the content tree afresh, checks it, and fails the build on any error before Astro loads anything.
import { siteAdvice } from '../lib/content/advice.ts';
import { checkContent, type ProblemMemo } from '../lib/content/check.ts';
import { errorsOf, type Problem } from '../lib/content/problems.ts';
import { formatProblems } from '../lib/content/report.ts';
import { readNamesFile, REGISTRY_FILE, sharedContentTree, type ContentTree } from '../lib/content/tree.ts';
import { readRegistryHistory, type RegistryHistory } from '../lib/content/registry.ts';
import type { EntryVersions } from '../lib/content/versions.ts';
import { siteConfig } from '../site.config.ts';
import { checkCodeHash, problemMemoFile } from './check-cache.ts';
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
  memo?: ProblemMemo,
): Problem[] {
  return checkContent(tree, {
    personalData: { names: readNamesFile(options.namesFile), allow: siteConfig.personalData.allow },
    registryHistory,
    advice: siteAdvice(),
    ...(versions ? { versions } : {}),
    ...(memo ? { memo } : {}),
  });
}

/** The IDs the registry held in earlier commits (`git log` of content/registry.json). */
export const registryHistoryOf = (options: ContentOptions): RegistryHistory =>
  readRegistryHistory(options.contentDir, REGISTRY_FILE);

/**
 * The content tree of this build, read once for the check, the loaders and the precompute, when
 * the integrity check finds no error (Astro itself only logs a broken reference and still
 * publishes). On an error it throws with every problem listed. The dev server checks the content
 * itself, on start and after every change (./dev-check.ts). With `cacheFile`, the problems of
 * files whose text is unchanged since the last build come from there (./check-cache.ts).
 */
export function checkedContentTree(options: ContentOptions, cacheFile?: string): ContentTree {
  const tree = sharedContentTree(options.contentDir, true);
  const cache = cacheFile ? problemMemoFile(cacheFile, checkCodeHash()) : undefined;
  // Every version of every entry from git: a shallow clone or a lost registered version stops the build.
  const versions = sharedEntryVersions(options.contentDir, true);
  const problems = contentProblems(tree, options, undefined, versions, cache?.memo);
  cache?.save();
  if (errorsOf(problems).length === 0) return tree;
  throw new Error(`De inhoud bevat fouten; er wordt niets gepubliceerd.\n\n${formatProblems(problems)}`);
}
