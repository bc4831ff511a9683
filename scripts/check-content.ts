/**
 * Checks every entry under content/ (or --content-dir <map>) without building the site.
 * Prints every problem grouped by file, then a count and a hint; exit 1 on any error (warnings are advice).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree, readNamesFile, REGISTRY_FILE } from '../src/lib/content/tree.ts';
import { readRegistryHistory } from '../src/lib/content/registry.ts';
import { siteAdvice } from '../src/lib/content/advice.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { readEntryVersions } from '../src/lib/content/versions.ts';
import { errorsOf } from '../src/lib/content/problems.ts';
import { countByKind, formatProblems, formatSummary } from '../src/lib/content/report.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = parseArgs({
  options: {
    'content-dir': { type: 'string', default: 'content' },
    names: { type: 'string', default: process.env['KENNISBANK_NAMES_FILE'] },
  },
});
const contentDir = values['content-dir'];

let tree;
try {
  tree = readContentTree(path.resolve(contentDir), contentDir);
} catch (error) {
  console.error(`Kan de map "${contentDir}" niet lezen: ${(error as Error).message}`);
  process.exit(2);
}
const problems = checkContent(tree, {
  personalData: { names: readNamesFile(values.names), allow: siteConfig.personalData.allow },
  registryHistory: readRegistryHistory(path.resolve(contentDir), REGISTRY_FILE),
  advice: siteAdvice(),
  versions: readEntryVersions(path.resolve(contentDir), tree),
});
const errors = errorsOf(problems);
if (problems.length > 0) (errors.length > 0 ? console.error : console.log)(`${formatProblems(problems)}\n`);
if (errors.length > 0) process.exit(1);
console.log(formatSummary(countByKind(tree)));
