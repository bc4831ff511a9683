/** Peak memory of a process tree: the resident set of a process and all its descendants, read from /proc. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Whether this machine has /proc to read memory from (Linux). */
export const canSampleMemory = existsSync('/proc/self/status');

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The resident memory of a process and all its descendants, kB (0 where /proc is missing). */
export function treeRssKb(root: number): number {
  let total = 0;
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKb(pid);
    stack.push(...childPids(pid));
  }
  return total;
}
