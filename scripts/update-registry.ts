/**
 * Adds every published or withdrawn entry's ID, current URL and the pages of its published versions
 * (from git) to content/registry.json.
 * Nothing is ever removed: the check then proves that every URL ever published still resolves.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree, readNamesFile, REGISTRY_FILE } from '../src/lib/content/tree.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { errorsOf, problemTypes } from '../src/lib/content/problems.ts';
import { readEntryVersions } from '../src/lib/content/versions.ts';
import { updatedRegistry } from '../src/lib/content/registry.ts';
import { formatProblems } from '../src/lib/content/report.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = parseArgs({ options: { 'content-dir': { type: 'string', default: 'content' } } });
const contentDir = values['content-dir'];
const tree = readContentTree(path.resolve(contentDir), contentDir);
const problems = checkContent(tree, {
  personalData: { names: readNamesFile(process.env['KENNISBANK_NAMES_FILE']), allow: siteConfig.personalData.allow },
});
if (errorsOf(problems).length > 0) {
  console.error(formatProblems(problems));
  console.error('Het register is niet bijgewerkt: los eerst de fouten op.');
  process.exit(1);
}
// Every published version of every entry joins the registry too: its page must keep working.
const versions = readEntryVersions(path.resolve(contentDir), tree);
if (versions.source === 'shallow') {
  console.error(`${problemTypes['shallow-history']()}\nHet register is niet bijgewerkt.`);
  process.exit(1);
}
const before = JSON.stringify(tree.registry?.data ?? {});
const registry = updatedRegistry(tree, versions);
const file = path.join(path.resolve(contentDir), REGISTRY_FILE);
writeFileSync(file, `${JSON.stringify(registry, null, 2)}\n`);
const count = Object.keys(registry).length;
console.log(
  JSON.stringify(registry) === before
    ? `Register ongewijzigd: ${count} ID's.`
    : `Register bijgewerkt: ${count} ID's in ${path.join(contentDir, REGISTRY_FILE)}. Commit dit bestand mee.`,
);
