/** Build phases read from Astro's log lines: when each starts and ends, how long it took and its peak memory. */

/** One line of a build's output. */
export interface LogLine {
  /** Seconds since the build started. */
  at: number;
  text: string;
}

/** The memory of the build's process tree at one moment. */
export interface MemorySample {
  /** Seconds since the build started. */
  at: number;
  kb: number;
}

/** Seconds spent in each phase, from when Astro's log lines arrived. */
export interface Phases {
  /** Start-up, config and the integrity check, until the content layer starts syncing. */
  setup: number | null;
  /** Content layer sync (loading and rendering every entry). */
  contentSync: number | null;
  /** Vite bundling of the server and client code. */
  bundle: number | null;
  /** Rendering every page to HTML. */
  staticGeneration: number | null;
  /** From the last page to the end: sitemap, registry check, and the Pagefind index after Astro exits. */
  afterPages: number | null;
}

/** Where each phase starts and ends, in seconds since the build started. */
function phaseSpans(lines: LogLine[], total: number): Record<keyof Phases, [number | null, number | null]> {
  const at = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.at ?? null;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const pagesStart = at(/generating static routes/);
  const pagesEnd = (() => {
    const index = lines.findIndex((line) => /generating static routes/.test(line.text));
    return index < 0 ? null : (lines.slice(index).find((line) => /Completed in/.test(line.text))?.at ?? null);
  })();
  return {
    setup: [0, syncStart],
    contentSync: [syncStart, syncEnd],
    bundle: [syncEnd, pagesStart],
    staticGeneration: [pagesStart, pagesEnd],
    afterPages: [pagesEnd, total],
  };
}

/** Seconds spent in each phase of a build that took `total` seconds. */
export function phasesOf(lines: LogLine[], total: number): Phases {
  const spans = Object.entries(phaseSpans(lines, total)).map(([phase, [from, to]]) => [
    phase,
    from !== null && to !== null ? to - from : null,
  ]);
  return Object.fromEntries(spans) as unknown as Phases;
}

/** Peak memory of the process tree within each phase, MB. */
export function phasePeaks(
  lines: LogLine[],
  total: number,
  memory: MemorySample[],
): Record<keyof Phases, number | null> {
  const spans = Object.entries(phaseSpans(lines, total)).map(([phase, [from, to]]) => {
    if (from === null || to === null || memory.length === 0) return [phase, null];
    return [phase, Math.max(0, ...memory.filter(({ at }) => at >= from && at <= to).map(({ kb }) => kb)) / 1024];
  });
  return Object.fromEntries(spans) as Record<keyof Phases, number | null>;
}
