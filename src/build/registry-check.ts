// The registry check after a build: every ID and URL ever published must still resolve in the built site.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_FILE, type ContentTree } from '../lib/content/tree.ts';
import { isVersionUrl } from '../lib/site/urls.ts';
import { registrySchema } from '../schemas/registry.ts';
import { historySourceOf } from '../lib/content/versions.ts';

/**
 * Registered URLs (and each registered ID's permanent link) that the built site does not serve.
 * Without git history (`withVersions` false) earlier versions cannot be built, and their pages are not asked for.
 */
export function unresolvedRegistryUrls(
  tree: Pick<ContentTree, 'registry'>,
  site: string,
  withVersions = true,
): string[] {
  const parsed = registrySchema.safeParse(tree.registry?.data ?? {});
  if (!parsed.success) return [`content/${REGISTRY_FILE}`];
  return Object.entries(parsed.data)
    .flatMap(([id, urls]) => [`/${id}/`, ...urls.filter((url) => withVersions || !isVersionUrl(url))])
    .filter((url) => !existsSync(path.join(site, url, 'index.html')));
}

/**
 * Fails the build when a URL of the content folder's registry is missing from the built site in the
 * folder `dist`. Reads only the registry file: the content check has read it with the whole tree
 * before the build (and a missing or broken registry stops the build there).
 */
export function checkRegistryUrls(contentDir: string, dist: string): void {
  const withVersions = historySourceOf(contentDir) === 'git';
  const file = path.join(contentDir, REGISTRY_FILE);
  const registry = existsSync(file) ? { file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown } : undefined;
  const unresolved = unresolvedRegistryUrls({ registry }, dist, withVersions);
  if (unresolved.length > 0) {
    throw new Error(
      `Gepubliceerde adressen uit content/${REGISTRY_FILE} werken niet meer: ${unresolved.join(', ')}. Draai \`npm run check\` voor de oplossing.`,
    );
  }
}
