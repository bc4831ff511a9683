/**
 * Takes in a contribution from /bijdragen/: `npm run intake -- <bestand>` (options: --content-dir <map>,
 * --names <bestand>, --soort <soort>). Checks it with the whole content, gives it the next free ID, writes
 * it as content/<map>/<slug>.mdx and says what is left to do. On any problem it writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { CONTENT_LIMITS, splitEntryFile } from '../src/lib/content/frontmatter.ts';
import { indexIds, nextFreeId } from '../src/lib/content/ids.ts';
import { problem, type Problem } from '../src/lib/content/problems.ts';
import { readRegistryHistory } from '../src/lib/content/registry.ts';
import { countByKind, formatProblems, formatSummary } from '../src/lib/content/report.ts';
import { kindWords } from '../src/lib/content/scaffold.ts';
import { isRecord, readContentTree, readNamesFile, REGISTRY_FILE, type RawEntry } from '../src/lib/content/tree.ts';
import { kindNames, kinds, type Kind } from '../src/schemas/kinds.ts';
import { baseSchema, slugify } from '../src/schemas/shared.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = [
  'Gebruik: npm run intake -- <bestand>',
  'Bijvoorbeeld: npm run intake -- ~/Downloads/gegevens-delen-voor-openbare-orde.mdx',
  'Opties: --content-dir <map> (standaard content), --names <bestand>, --soort <soort> (als de soort niet te herkennen is).',
].join('\n');

const isError = (found: Problem) => (found as { severity?: string }).severity !== 'waarschuwing';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** Prints the errors (and the contribution's warnings) as `npm run check` does, says that nothing was written, and stops. */
function refuse(found: readonly Problem[]): never {
  const problems = found.filter((one) => isError(one) || one.file === source);
  fail(
    `${formatProblems(problems)}\n\nEr is niets geschreven. Los de fouten op in het bestand en draai \`npm run intake\` opnieuw.`,
    1,
  );
}

/** The kind whose own fields the data has (fields no other kind has), if exactly one. */
function kindOfFields(data: Record<string, unknown>): Kind | undefined {
  const base = new Set(Object.keys(baseSchema.shape));
  const ownKeys = (kind: Kind) =>
    Object.keys(kinds[kind].schema.shape).filter(
      (key) => !base.has(key) && kindNames.every((other) => other === kind || !(key in kinds[other].schema.shape)),
    );
  const scores = kindNames.map((kind) => ({ kind, score: ownKeys(kind).filter((key) => key in data).length }));
  const best = Math.max(...scores.map(({ score }) => score));
  const winners = scores.filter(({ score }) => score === best);
  return best > 0 && winners.length === 1 ? winners[0]!.kind : undefined;
}

/** The higher of two IDs of the same kind. */
const higher = (a: string, b: string) => (Number(a.slice(2)) >= Number(b.slice(2)) ? a : b);

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'content-dir': { type: 'string', default: 'content' },
      names: { type: 'string', default: process.env['KENNISBANK_NAMES_FILE'] },
      soort: { type: 'string' },
    },
  });
} catch {
  fail(`Deze opdracht begrijp ik niet.\n${USAGE}`, 2);
}
const [source, ...extra] = parsed.positionals;
if (!source || extra.length > 0)
  fail(source ? `Geef één bestand tegelijk.\n${USAGE}` : `Het bestand ontbreekt.\n${USAGE}`, 2);
const contentDir = parsed.values['content-dir'];
const shownDir = contentDir.split(path.sep).join('/').replace(/\/$/, '');

let text: string;
try {
  const size = statSync(source).size;
  if (size > CONTENT_LIMITS.entryBytes) {
    fail(
      `${source} is ${Math.ceil(size / 1024)} KB; een item mag hoogstens ${CONTENT_LIMITS.entryBytes / 1024} KB zijn.`,
      1,
    );
  }
  text = readFileSync(source, 'utf8');
} catch (error) {
  fail(`Kan het bestand "${source}" niet lezen: ${(error as Error).message}`, 2);
}

// 1. The file itself: frontmatter, kind, status, no ID yet.
const split = splitEntryFile(text);
if (!split.ok) {
  const at = (split as { at?: { line: number } }).at;
  refuse([
    split.problem === 'missing-frontmatter'
      ? problem('missing-frontmatter', { file: source, field: '(frontmatter)', value: undefined }, {})
      : problem(
          'unreadable-file',
          { file: source, field: at ? `regel ${at.line}` : '(frontmatter)', value: undefined },
          { error: split.error },
        ),
  ]);
}
const data = isRecord(split.data) ? split.data : {};
const word = parsed.values.soort?.toLowerCase();
const kind = word ? (Object.hasOwn(kindWords, word) ? kindWords[word]!.kind : undefined) : kindOfFields(data);
const rejected = (field: string, value: unknown, reason: string) =>
  problem('rejected-file', { file: source, field, value }, { reason });
if (!kind) {
  refuse([
    rejected(
      '(soort)',
      word,
      word
        ? `"${word}" is geen soort; kies uit ${Object.keys(kindWords).join(', ')}`
        : 'de soort is niet te herkennen aan de velden. Geef haar mee, bijvoorbeeld: npm run intake -- <bestand> --soort dilemma',
    ),
  ]);
}
const early: Problem[] = [];
if (data['status'] !== 'concept') {
  early.push(
    rejected(
      'status',
      data['status'],
      'een bijdrage komt binnen als concept: zet status: concept. Een item dat al gepubliceerd is, zet je niet met intake in de kennisbank',
    ),
  );
}
if (data['id'] !== undefined) {
  early.push(
    rejected(
      'id',
      data['id'],
      'dit bestand heeft al een ID. `npm run intake` geeft zelf het volgende vrije ID: haal de regel met id weg en draai de opdracht opnieuw',
    ),
  );
}
if (early.length > 0) refuse(early);

// 2. Where it goes, by the same rule as `npm run new`: the kind's folder and the slug of the title.
const slug = slugify(typeof data['title'] === 'string' ? data['title'] : '') || 'bijdrage';
const folder = kinds[kind].folder;
const shownTarget = `${shownDir}/${folder}/${slug}.mdx`;
const target = path.resolve(contentDir, folder, `${slug}.mdx`);
for (const existing of [target, target.replace(/\.mdx$/, '.md')]) {
  if (existsSync(existing)) {
    refuse([
      rejected(
        '(bestandsnaam)',
        `${slug}${path.extname(existing)}`,
        `${shownTarget.replace(/\.mdx$/, path.extname(existing))} bestaat al. Geef de bijdrage een andere titel, of voeg haar met de hand samen met het bestaande item`,
      ),
    ]);
  }
}

// 3. The next free ID: never one in the content, in the registry, or ever in the registry's history.
let tree;
try {
  tree = readContentTree(path.resolve(contentDir), contentDir);
} catch (error) {
  fail(`Kan de map "${contentDir}" niet lezen: ${(error as Error).message}`, 2);
}
const history = readRegistryHistory(path.resolve(contentDir), REGISTRY_FILE);
const registered = isRecord(tree.registry?.data) ? Object.keys(tree.registry.data) : [];
const id = higher(indexIds(tree).nextIds[kind], nextFreeId(kind, [...registered, ...history.keys()]));

// 4. The content check on the whole content with the new entry in it, before anything is written.
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const added = {
  id,
  ...(data['published'] === undefined ? { published: today } : {}),
  ...(data['updated'] === undefined ? { updated: today } : {}),
};
const entry: RawEntry = {
  file: source,
  kind,
  slug,
  data: { ...data, ...added },
  body: split.body,
  bodyLine: split.bodyLine,
  text,
};
const options = {
  personalData: { names: readNamesFile(parsed.values.names), allow: siteConfig.personalData.allow },
  registryHistory: history,
};
const problems = checkContent({ ...tree, entries: [...tree.entries, entry] }, options);
if (problems.some(isError)) refuse(problems);

// 5. Write it, with the ID (and dates, if it had none) as the first fields, and check again from disk.
const fields = Object.entries(added).map(([key, value]) => `${key}: ${value}`);
const written = text.replace(/^(\uFEFF?---[ \t]*\r?\n)/, (start) => `${start}${fields.join('\n')}\n`);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, written, { flag: 'wx' });
const after = readContentTree(path.resolve(contentDir), contentDir);
const again = checkContent(after, options);
if (again.some(isError)) {
  unlinkSync(target);
  refuse(again);
}

// 6. What is left to do.
const left = again.filter((found) => found.file === shownTarget);
console.log(
  `${kinds[kind].singular.charAt(0).toUpperCase()}${kinds[kind].singular.slice(1)} opgenomen: ${shownTarget}`,
);
console.log(`ID: ${id} (status: concept, nog niet op de site)`);
console.log(formatSummary(countByKind(after)));
console.log('');
console.log('Nog te doen voordat het item gepubliceerd wordt:');
for (const found of left) console.log(`  - ${found.field}: ${found.message}`);
console.log('  - Lees het item na met de do-no-harm-checklist in CONTRIBUTING.md: geen namen of herkenbare details.');
console.log(
  '  - Laat het toetsen en zet elke toetsing in review, met de datum (redactie, juridisch, ervaringsdeskundige).',
);
console.log('  - Zet status op gepubliceerd, en published en updated op de dag van publicatie.');
console.log('  - Draai `npm run check` en daarna `npm run registry`.');
