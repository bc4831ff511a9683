/** The registry of every ID and URL ever published: its checks, its next version, and its past in git. */
import { spawnSync } from 'node:child_process';
import { registrySchema } from '../../schemas/registry.ts';
import { ID_PATTERN, isShown } from '../../schemas/shared.ts';
import { entryUrl, isVersionUrl, versionUrl } from '../site/urls.ts';
import type { IdIndex } from './ids.ts';
import { problem, type Problem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import type { EntryVersions } from './versions.ts';
import { isRecord, REGISTRY_FILE, strings, type ContentTree } from './tree.ts';

/** Every ID the registry has ever held, with the commit that added it (from git; empty without git). */
export type RegistryHistory = ReadonlyMap<string, string>;

/**
 * Every URL in the registry must still be served: by the entry itself or by one of its former names,
 * and each version's page by that version in git history. Versions are checked only with a full
 * history (`versions.source` is `git`); a shallow clone is itself a problem.
 */
export function registryProblems(
  tree: ContentTree,
  { byId }: IdIndex,
  history: RegistryHistory,
  versions?: EntryVersions,
): Problem[] {
  const registryFile = `${tree.root}/${REGISTRY_FILE}`;
  if (!tree.registry) {
    const elsewhere = [...tree.unreadable, ...tree.rejected].some(({ file }) => file === registryFile);
    return elsewhere
      ? []
      : [problem('missing-registry', { file: registryFile, field: '(bestand)', value: undefined }, {})];
  }
  const { file, data } = tree.registry;
  const schemaFound = schemaProblems(file, registrySchema, data);
  if (schemaFound.length > 0) return schemaFound;
  const problems: Problem[] = [];
  if (versions?.source === 'shallow') problems.push(problem('shallow-history', { file, field: '(git)', value: '' }, {}));
  const registered = registrySchema.parse(data);
  for (const [id, commit] of history) {
    if (!(id in registered)) problems.push(problem('registry-id-removed', { file, field: id, value: id }, { commit }));
  }
  for (const [id, urls] of Object.entries(registered)) {
    const known = byId.get(id)?.[0];
    if (!known) {
      // An ID in a file that could not be loaded: that file's own problem is the one to fix.
      if (tree.stranded.has(id)) continue;
      const url = urls.findLast((it) => !isVersionUrl(it)) ?? '';
      problems.push(problem('registered-entry-missing', { file, field: id, value: id }, { url }));
      continue;
    }
    const { entry } = known;
    const entryData = isRecord(entry.data) ? entry.data : {};
    if (entryData['status'] === 'concept') {
      problems.push(
        problem('registered-entry-unpublished', { file: entry.file, field: 'status', value: 'concept' }, {}),
      );
    }
    const served = new Set(
      [entry.slug, ...strings(entryData['formerSlugs'])].map((slug) => entryUrl(entry.kind, slug)),
    );
    const dates = new Set(versions?.byId.get(id)?.map((version) => version.date));
    for (const url of urls) {
      if (isVersionUrl(url)) {
        const date = url.split('/').at(-2) ?? '';
        if (versions?.source === 'git' && !dates.has(date))
          problems.push(problem('registered-version-missing', { file: entry.file, field: 'updated', value: url }, {}));
        continue;
      }
      if (served.has(url)) continue;
      const slug = url.split('/').at(-2) ?? '';
      problems.push(
        problem('registered-url-missing', { file: entry.file, field: 'formerSlugs', value: url }, { slug }),
      );
    }
  }
  return problems;
}

/**
 * The registry after publishing what the tree holds now: old IDs and URLs kept, new ones added,
 * with the page of each published version (from `versions`) after an entry's own URLs.
 */
export function updatedRegistry(tree: ContentTree, versions?: EntryVersions): Record<string, string[]> {
  const current =
    tree.registry && registrySchema.safeParse(tree.registry.data).success
      ? registrySchema.parse(tree.registry.data)
      : {};
  const next: Record<string, string[]> = structuredClone(current);
  for (const entry of tree.entries) {
    const data = isRecord(entry.data) ? entry.data : {};
    const id = data['id'];
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || !isShown(data['status'])) continue;
    const url = entryUrl(entry.kind, entry.slug);
    const known = [...new Set([...(next[id] ?? []), url])];
    const dated = [
      ...new Set([
        ...known.filter(isVersionUrl),
        ...(versions?.byId.get(id) ?? []).map((version) => versionUrl(id, version.date)),
      ]),
    ].sort();
    next[id] = [...known.filter((it) => !isVersionUrl(it)), ...dated];
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b, 'nl', { numeric: true })));
}

const COMMIT = '\u001e';

/** Reads `git log -p` output of the registry: every ID on an added line, with the first commit that added it. */
export function parseRegistryLog(output: string): Map<string, string> {
  const added = new Map<string, string>();
  let commit = '';
  for (const line of output.split('\n')) {
    if (line.startsWith(COMMIT)) commit = line.slice(1).trim();
    const id = /^\+\s*"([A-Z]-\d+)"\s*:/.exec(line)?.[1];
    // Newest first: the last commit seen for an ID is the one that added it.
    if (id) added.set(id, commit);
  }
  return added;
}

/**
 * Every ID the registry in `contentDir` has ever held, from git, so that the check can tell when
 * a published ID was taken out of it. Empty outside git, for untracked folders and where git is missing.
 */
export function readRegistryHistory(contentDir: string, file: string): Map<string, string> {
  const result = spawnSync('git', ['log', `--format=${COMMIT}%h`, '-p', '--unified=0', '--no-renames', '--', file], {
    cwd: contentDir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return result.status === 0 ? parseRegistryLog(result.stdout) : new Map();
}
