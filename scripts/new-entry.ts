/**
 * Creates a new entry: `npm run new -- <soort> "<titel>"` (optionally `--content-dir <map>`).
 * Writes content/<folder>/<slug>.mdx with the next free ID and every field explained; never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree } from '../src/lib/content/tree.ts';
import { nextFreeId } from '../src/lib/content/ids.ts';
import { kindWords, scaffoldEntry } from '../src/lib/content/scaffold.ts';
import { slugify } from '../src/schemas/shared.ts';
import { kinds, RESERVED_SLUGS } from '../src/schemas/kinds.ts';

const USAGE = [
  'Gebruik: npm run new -- <soort> "<titel>"',
  `Soorten: ${Object.keys(kindWords).join(', ')}.`,
  'Bijvoorbeeld: npm run new -- dilemma "Gegevens delen voor openbare orde"',
].join('\n');

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { 'content-dir': { type: 'string', default: 'content' } },
  });
} catch {
  fail(`Deze opdracht begrijp ik niet. De enige optie is --content-dir <map>.\n${USAGE}`, 2);
}
const [word = '', ...titleWords] = parsed.positionals;
const contentDir = parsed.values['content-dir'];
const title = titleWords.join(' ').trim();
const choice = Object.hasOwn(kindWords, word.toLowerCase()) ? kindWords[word.toLowerCase()] : undefined;

if (!choice) fail(`${word ? `Onbekende soort "${word}".` : 'De soort ontbreekt.'}\n${USAGE}`, 2);
if (!title) fail(`De titel ontbreekt.\n${USAGE}`, 2);
const slug = slugify(title);
if (!slug)
  fail(`Van de titel "${title}" kan geen bestandsnaam gemaakt worden. Gebruik letters of cijfers.\n${USAGE}`, 2);

const kind = choice.kind;
const folder = kinds[kind].folder;
const shown = `${contentDir.split(path.sep).join('/').replace(/\/$/, '')}/${folder}/${slug}.mdx`;
if ((RESERVED_SLUGS as readonly string[]).includes(slug)) {
  fail(`"${slug}" is al de naam van een pagina van de site. Kies een andere titel.`, 1);
}
const target = path.resolve(contentDir, folder, `${slug}.mdx`);
for (const existing of [target, target.replace(/\.mdx$/, '.md')]) {
  if (existsSync(existing)) {
    fail(
      `${shown.replace(/\.mdx$/, path.extname(existing))} bestaat al; er is niets veranderd. Kies een andere titel.`,
      1,
    );
  }
}

let tree;
try {
  tree = readContentTree(path.resolve(contentDir), contentDir);
} catch (error) {
  fail(`Kan de map "${contentDir}" niet lezen: ${(error as Error).message}`, 2);
}
const ids = tree.entries.flatMap(({ data }) =>
  typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string'
    ? [(data as { id: string }).id]
    : [],
);
// IDs are never reused: those of published entries whose files are gone still count.
const registered = Object.keys((tree.registry?.data ?? {}) as Record<string, unknown>);
const id = nextFreeId(kind, [...ids, ...registered]);

const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, scaffoldEntry(kind, title, { id, today, fields: choice.fields ?? {} }), { flag: 'wx' });

const name = kinds[kind].singular;
console.log(`${name.charAt(0).toUpperCase()}${name.slice(1)} aangemaakt: ${shown}`);
console.log(`ID: ${id}`);
console.log('Volgende stap: open het bestand. Vul de velden in en draai `npm run check`.');
