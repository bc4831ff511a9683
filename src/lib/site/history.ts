/** An entry's changes from git, for the entry's history section. */
import { spawnSync } from 'node:child_process';

/** One commit that changed an entry's file. */
export interface Change {
  date: string;
  message: string;
}

const RECORD = '\u001e';
const FIELD = '\u001f';

/** The `git log` arguments whose output parseGitLog reads. */
export const GIT_LOG_ARGS = ['log', `--format=${RECORD}%ad${FIELD}%s`, '--date=short', '--name-only', '--no-renames'];

/** Turns `git log` output into the changes per file, newest first. */
export function parseGitLog(output: string): Map<string, Change[]> {
  const history = new Map<string, Change[]>();
  for (const record of output.split(RECORD).slice(1)) {
    const [header = '', ...files] = record.split('\n');
    const [date = '', message = ''] = header.split(FIELD);
    for (const file of files.map((line) => line.trim()).filter(Boolean)) {
      history.set(file, [...(history.get(file) ?? []), { date, message }]);
    }
  }
  return history;
}

/**
 * Reads the changes to every file under `folder` from git, once. Outside a git checkout, or
 * where git is missing, the result is empty; in a shallow clone it holds what the clone has.
 */
export function readGitHistory(repoDir: string, folder: string): Map<string, Change[]> {
  const result = spawnSync('git', [...GIT_LOG_ARGS, '--', folder], {
    cwd: repoDir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return result.status === 0 ? parseGitLog(result.stdout) : new Map();
}
