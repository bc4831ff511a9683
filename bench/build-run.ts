/** One measured build: `npm run build`'s steps in a site folder, timed, logged, with the memory of its process tree. */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, type StartStep } from '../scripts/build.ts';
import { canSampleMemory, treeRssKb } from './memory.ts';
import { phasePeaks, phasesOf, type LogLine, type MemorySample, type Phases } from './phases.ts';
import { start, stop } from './processes.ts';
import { benchDir, projectRoot } from './site.ts';

/** What one build took. */
export interface BuildRun {
  seconds: number;
  /** Peak resident memory of the whole process tree, MB; null where /proc is missing. */
  peakMB: number | null;
  exitCode: number | null;
  timedOut: boolean;
  /** Where the timestamped output is kept. */
  logFile: string;
  phases: Phases;
  /** Peak resident memory of the process tree within each phase, MB. */
  phasePeakMB: Record<keyof Phases, number | null>;
  lines: LogLine[];
}

/** A build made of other commands than `npm run build`'s (another generator): each run in turn in the site folder. */
export type Steps = readonly { command: string; args: string[] }[];

/** Runs `steps` one after the other in `root` (stopping at the first failure); resolves to the failed step's exit code, or 0. */
async function runSteps(root: string, steps: Steps, startStep: StartStep): Promise<number | null> {
  for (const { command, args } of steps) {
    const child = startStep([command, ...args], root, {});
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) return code;
  }
  return 0;
}

/**
 * Builds the site in `root` as `npm run build` does (or with other `steps`), timing it and sampling
 * the memory of the running step's process tree every 150 ms; stops the build after `timeoutMs`.
 * The log goes to bench/.tmp/logs/<label>.log.
 */
export async function build(
  root: string,
  label: string,
  timeoutMs: number,
  env: Record<string, string> = {},
  steps?: Steps,
): Promise<BuildRun> {
  const started = performance.now();
  const lines: LogLine[] = [];
  const memory: MemorySample[] = [];
  let running: ChildProcess | undefined;
  let peakKb = 0;
  const sample = () => {
    if (!canSampleMemory || running?.pid === undefined) return;
    const kb = treeRssKb(running.pid);
    peakKb = Math.max(peakKb, kb);
    memory.push({ at: (performance.now() - started) / 1000, kb });
  };
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    });
    stream?.on('end', () => rest && lines.push({ at: (performance.now() - started) / 1000, text: rest }));
  };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (!running) return;
    stop(running);
    const killed = running;
    setTimeout(() => stop(killed, 'SIGKILL'), 5000).unref();
  }, timeoutMs);
  const sampler = setInterval(sample, 150);
  const startStep: StartStep = (args, cwd, stepEnv) => {
    running = steps
      ? start(args.slice(1), cwd, { ...stepEnv, ...env }, args[0])
      : start(args, cwd, { ...stepEnv, ...env });
    if (timedOut) stop(running);
    collect(running.stdout);
    collect(running.stderr);
    sample();
    return running;
  };
  const exitCode = steps ? await runSteps(root, steps, startStep) : await buildSite(root, startStep);
  clearInterval(sampler);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const logFile = path.join(benchDir, 'logs', `${label}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  writeFileSync(logFile, lines.map((line) => `[${line.at.toFixed(1).padStart(6)}s] ${line.text}`).join('\n'));
  return {
    seconds,
    peakMB: canSampleMemory ? peakKb / 1024 : null,
    exitCode,
    timedOut,
    logFile: path.relative(projectRoot, logFile),
    phases: phasesOf(lines, seconds),
    phasePeakMB: phasePeaks(lines, seconds, memory),
    lines,
  };
}

/** A build run without its log lines (they are in the log file). */
export function withoutLines(run: BuildRun): Omit<BuildRun, 'lines'> {
  const rest: Partial<BuildRun> = { ...run };
  delete rest.lines;
  return rest as Omit<BuildRun, 'lines'>;
}

/** Seconds of a build that succeeded, else null. */
export const secondsOf = (run: { seconds: number; exitCode: number | null } | undefined) =>
  run?.exitCode === 0 ? run.seconds : null;

/** The last 25 lines a build printed. */
export const tail = (run: BuildRun) =>
  run.lines
    .slice(-25)
    .map((line) => line.text)
    .join('\n');
