/** Child processes of the benchmark: each in its own process group, all stopped when the benchmark ends. */
import { spawn, type ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();

/** Sends a signal to a child's whole process group, if it is still running. */
export function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => children.forEach((child) => stop(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping ${children.size} child process(es).`);
    children.forEach((child) => stop(child));
    process.exit(130);
  });
}

/**
 * Starts the project's node (or `command`) with `args` in `cwd` in a process group of its own,
 * output piped, `env` added.
 */
export function start(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  command: string = process.execPath,
): ChildProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_PREVIEW_BACKGROUND: '0',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  };
  // Synthetic text is no place to look for real names.
  delete childEnv['KENNISBANK_NAMES_FILE'];
  if (!env['KENNISBANK_MARKDOWN']) delete childEnv['KENNISBANK_MARKDOWN'];
  const child = spawn(command, args, {
    cwd,
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
