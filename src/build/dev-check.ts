// The dev server's content check: on start and after every change under content/, with errors shown on every page.
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { errorsOf, type Problem } from '../lib/content/problems.ts';
import { countByKind, formatProblems, formatSummary } from '../lib/content/report.ts';
import type { RegistryHistory } from '../lib/content/registry.ts';
import { REGISTRY_FILE, sharedContentTree } from '../lib/content/tree.ts';
import { escapeHtml } from '../lib/site/html-safety.ts';
import { ProblemMemoStore } from './check-cache.ts';
import { contentProblems, registryHistoryOf, type ContentOptions } from './content-gate.ts';

/** How long the check waits after a change for more changes (an editor's save can write several times). */
const DEBOUNCE_MS = 100;

/** The outcome of one check: every problem, and whether one of them is an error, which blocks pages. */
interface CheckResult {
  problems: Problem[];
  blocking: boolean;
  /** The problems as `npm run check` prints them, made once (5,000 warnings take 0.3 s to format). */
  report: string;
}

/**
 * A Vite plugin for `astro dev` only: checks the content as `npm run check` does on start and
 * again, debounced, after every change to a file under the content folder. The terminal prints
 * every problem in the words of `npm run check`. While there are errors, every page request gets a
 * Dutch page with the same report instead of the page (which may be stale or wrong); browsers
 * showing it reload by themselves once the errors are fixed. Warnings are printed but never block.
 * The registry's history (from git) is read on start and again only when the registry changes.
 */
export function devContentCheck(options: ContentOptions, logger: AstroIntegrationLogger): Plugin {
  const contentDir = path.resolve(options.contentDir) + path.sep;
  const registryFile = path.join(contentDir, REGISTRY_FILE);
  let history = registryHistoryOf(options);
  let historyChanged = false;
  // After a save, only the saved file's own text is checked again (a page waits for the check).
  const memo = new ProblemMemoStore();
  let result = runCheck(options, history, logger, memo);
  let pending: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (() => void) | undefined;

  const recheck = (server: ViteDevServer) => {
    const before = result.report;
    try {
      if (historyChanged) history = registryHistoryOf(options);
      historyChanged = false;
      result = runCheck(options, history, logger, memo);
    } catch (error) {
      logger.error(`De inhoud kon niet worden gecontroleerd: ${(error as Error).message}`);
      return;
    }
    // The page in the browser changes from the report to the site or back, or the report changed.
    if (result.report !== before) server.ws.send({ type: 'full-reload', path: '*' });
  };

  return {
    name: 'kennisbank-dev-check',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, changed) => {
        if (!path.resolve(changed).startsWith(contentDir)) return;
        if (path.resolve(changed) === registryFile) historyChanged = true;
        clearTimeout(timer);
        pending ??= new Promise((resolve) => (settle = resolve));
        timer = setTimeout(() => {
          try {
            recheck(server);
          } finally {
            pending = undefined;
            settle?.();
          }
        }, DEBOUNCE_MS);
      });
      // Added here rather than in a returned hook, so it runs before Astro renders the page.
      server.middlewares.use(
        problemPage(
          () => pending,
          () => result,
        ),
      );
    },
  };
}

/** Reads the content tree afresh, checks it and prints the outcome; the shared tree is renewed for the loaders. */
function runCheck(
  options: ContentOptions,
  history: RegistryHistory,
  logger: AstroIntegrationLogger,
  memo: ProblemMemoStore,
): CheckResult {
  const tree = sharedContentTree(options.contentDir, true);
  memo.next();
  const problems = contentProblems(tree, options, history, undefined, memo.memo);
  const blocking = errorsOf(problems).length > 0;
  const report = formatProblems(problems);
  if (blocking) logger.error(`\n${report}`);
  else if (problems.length > 0) logger.warn(`\n${report}`);
  else logger.info(formatSummary(countByKind(tree)));
  return { problems, blocking, report };
}

/** Internal requests of Vite and Astro (modules, styles, the dev toolbar), never a page. */
const INTERNAL = /^\/(?:@|__|_astro\/|node_modules\/|src\/)/;

/**
 * Middleware that answers every page request with the report while there are errors: a GET for
 * HTML, or for a path without a file extension. Waits for a check that is about to run, so a page
 * asked for right after a save shows the state after that save.
 */
function problemPage(pending: () => Promise<void> | undefined, current: () => CheckResult): Connect.NextHandleFunction {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !INTERNAL.test(url.pathname) &&
      (request.headers.accept?.includes('text/html') || !/\.[a-z0-9]+$/i.test(url.pathname));
    if (!isPage) return next();
    void (async () => {
      await pending();
      const { problems, blocking } = current();
      if (!blocking) return next();
      response.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : problemHtml(problems));
    })().catch(next);
  };
}

/** The page shown instead of the site while the content has errors, with every problem as `npm run check` prints it (Dutch, for editors). */
export function problemHtml(problems: readonly Problem[]): string {
  const errors = errorsOf(problems);
  const count = errors.length === 1 ? 'een fout' : `${errors.length} fouten`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>De inhoud heeft ${count} · Kennisbank Do No Harm</title>
<style>
body { font: 1.0625rem/1.6 system-ui, sans-serif; margin: 0; padding: 1.5rem 1rem 3rem; color: #1a1a1a; background: #fff; }
main { max-width: 52rem; margin: 0 auto; }
h1 { font-size: 1.5rem; line-height: 1.3; margin: 0 0 0.75rem; }
p { margin: 0 0 0.75rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: #fff4e5; border-left: 0.3rem solid #b54708; padding: 1rem; margin: 1.25rem 0; }
code { font-family: ui-monospace, monospace; }
@media (prefers-color-scheme: dark) {
  body { color: #f2f2f2; background: #161616; }
  pre { background: #2b2114; border-left-color: #f79009; }
}
</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>De inhoud heeft ${count}</h1>
<p>Zolang ${errors.length === 1 ? 'deze fout er is' : 'deze fouten er zijn'}, toont de voorbeeldweergave de site niet, want wat je dan zou zien klopt misschien niet. Hieronder staat precies wat <code>npm run check</code> meldt. Pas het genoemde bestand aan en sla het op.</p>
<p>Deze pagina ververst vanzelf zodra de inhoud in orde is. Alleen jij ziet deze pagina, op je eigen computer; er is niets gepubliceerd.</p>
<pre>${escapeHtml(formatProblems(problems))}</pre>
</main>
</body>
</html>
`;
}
