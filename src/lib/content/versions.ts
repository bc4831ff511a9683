/** Every published version of every entry: read from git history (and the working tree), grouped by ID and dated by `updated`. */
import { spawnSync } from 'node:child_process';
import { kindNames, kinds, type Kind } from '../../schemas/kinds.ts';
import { ID_PATTERN, isLive } from '../../schemas/shared.ts';
import { splitEntryFile } from './frontmatter.ts';
import { isRecord, type ContentTree, type RawEntry } from './tree.ts';

/** One published state of an entry: the last one with this `updated` date. */
export interface EntryVersion {
  id: string;
  /** The entry's `updated` date in this state, YYYY-MM-DD: the version's name. */
  date: string;
  kind: Kind;
  slug: string;
  /** The commit this state was read from; empty for the working tree (the current state). */
  commit: string;
  /** The raw frontmatter, as the content tree holds it. */
  data: Record<string, unknown>;
  body: string;
  /** The whole file. */
  text: string;
}

/**
 * Where the versions came from: `git` (the whole history), `none` (no git, or the content is not
 * in it: only the current versions) or `shallow` (a shallow clone: history is missing).
 */
export type HistorySource = 'git' | 'none' | 'shallow';

/** Every entry's versions by ID, oldest first, and where they came from. */
export interface EntryVersions {
  source: HistorySource;
  byId: Map<string, EntryVersion[]>;
}

/** A file of the content folder at some commit, as `git log --raw` names it. */
export interface FileState {
  commit: string;
  /** Relative to the content folder, e.g. `dilemmas/x.mdx`. */
  path: string;
  blob: string;
}

const COMMIT = '\u001e';

/** Reads `git log --raw --no-abbrev` output: every added or changed entry file with its blob, newest commit first. */
export function parseContentLog(output: string): FileState[] {
  const states: FileState[] = [];
  let commit = '';
  for (const line of output.split('\n')) {
    if (line.startsWith(COMMIT)) commit = line.slice(1).trim();
    const raw = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMTC])\d*\t(?:[^\t]*\t)?(.+)$/.exec(line);
    if (raw && /^[a-z]+\/[^/]+\.mdx$/.test(raw[3]!)) states.push({ commit, blob: raw[1]!, path: raw[3]! });
  }
  return states;
}

/** Reads `git cat-file --batch` output: each blob's text by its ID. */
export function parseBlobs(output: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const newline = output.indexOf(0x0a, at);
    if (newline < 0) break;
    const [blob = '', type, size] = output.toString('latin1', at, newline).split(' ');
    const length = type === 'missing' ? 0 : Number(size);
    if (type === 'blob') blobs.set(blob, output.toString('utf8', newline + 1, newline + 1 + length));
    at = newline + 1 + length + (type === 'missing' ? 0 : 1);
  }
  return blobs;
}

/** An entry file's published state, or undefined for anything else (a concept, a withdrawal, broken frontmatter). */
export function versionOf(path: string, text: string, commit: string): EntryVersion | undefined {
  const [folder = '', name = ''] = path.split('/').slice(-2);
  const kind = kindNames.find((candidate) => kinds[candidate].folder === folder);
  const split = splitEntryFile(text);
  if (!kind || !split.ok) return undefined;
  return publishedState({ kind, slug: name.replace(/\.mdx$/, ''), data: split.data, body: split.body, text }, commit);
}

/** The published state of an entry file already split (the content tree's), or undefined as for `versionOf`. */
function publishedState(
  entry: Pick<RawEntry, 'kind' | 'slug' | 'data' | 'body' | 'text'>,
  commit: string,
): EntryVersion | undefined {
  const { kind, slug, data, body, text } = entry;
  if (!isRecord(data)) return undefined;
  const { id, updated, status } = data;
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || !isLive(status)) return undefined;
  if (typeof updated !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(updated)) return undefined;
  return { id, date: updated, kind, slug, commit, data, body, text };
}

/**
 * The versions of every entry from the states it has been in, newest first, the working tree's
 * first: per ID and date the newest state is the version, as an entry keeps its date until an
 * editor changes `updated` for a new version. Grouped by ID, so a renamed file keeps its versions.
 */
export function groupVersions(states: Iterable<EntryVersion>): Map<string, EntryVersion[]> {
  const byId = new Map<string, Map<string, EntryVersion>>();
  for (const state of states) {
    const dates = byId.get(state.id) ?? new Map<string, EntryVersion>();
    byId.set(state.id, dates);
    if (!dates.has(state.date)) dates.set(state.date, state);
  }
  return new Map(
    [...byId].map(([id, dates]) => [id, [...dates.values()].sort((a, b) => a.date.localeCompare(b.date))]),
  );
}

const git = (contentDir: string, args: string[], input?: string) =>
  spawnSync('git', args, { cwd: contentDir, input, maxBuffer: 1 << 30 });

/** Whether the content folder has history in git (`none` also when git does not track it), and whether that is a shallow clone. */
export function historySourceOf(contentDir: string): HistorySource {
  const result = git(contentDir, ['rev-parse', '--is-shallow-repository']);
  if (result.status !== 0 || result.error) return 'none';
  if (result.stdout.toString().trim() === 'true') return 'shallow';
  const tracked = git(contentDir, ['log', '-1', '--format=%H', '--', '.']);
  return tracked.status === 0 && tracked.stdout.toString().trim() ? 'git' : 'none';
}

/**
 * Every published version of every entry in `contentDir`: the states of its files in git
 * history (one `git log` and one `git cat-file` for the whole folder) and the working tree's.
 * Without git, or with content git does not track, only the current versions; a shallow
 * clone's source says `shallow` (the build refuses it, see src/build/versions.ts).
 */
export function readEntryVersions(contentDir: string, tree: ContentTree): EntryVersions {
  // The working tree's entries are split and parsed already: the tree's reading is the current state.
  const current = tree.entries.flatMap((entry) => publishedState(entry, '') ?? []);
  const source = historySourceOf(contentDir);
  if (source !== 'git') return { source, byId: groupVersions(current) };
  const log = git(contentDir, ['log', `--format=${COMMIT}%H`, '--raw', '--no-abbrev', '--no-renames', '--relative', '--', '.']);
  const states = log.status === 0 ? parseContentLog(log.stdout.toString()) : [];
  if (states.length === 0) return { source: 'none', byId: groupVersions(current) };
  const blobs = parseBlobs(
    git(contentDir, ['cat-file', '--batch'], `${[...new Set(states.map((state) => state.blob))].join('\n')}\n`).stdout,
  );
  const past = states.flatMap(({ commit, path, blob }) => {
    const text = blobs.get(blob);
    return text === undefined ? [] : (versionOf(path, text, commit) ?? []);
  });
  return { source, byId: groupVersions([...current, ...past]) };
}
