/**
 * Checks every entry under content/ (or --content-dir <map>) without building the site.
 * Prints every problem grouped by file, then a count and a hint; exit 1 on any problem.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree } from '../src/lib/content-files.ts';
import { checkContent, countByKind } from '../src/lib/integrity.ts';
import { formatProblems, formatSummary } from '../src/lib/report.ts';

const { values } = parseArgs({ options: { 'content-dir': { type: 'string', default: 'content' } } });
const contentDir = values['content-dir'];

let tree;
try {
  tree = readContentTree(path.resolve(contentDir), contentDir);
} catch (error) {
  console.error(`Kan de map "${contentDir}" niet lezen: ${(error as Error).message}`);
  process.exit(2);
}
const problems = checkContent(tree);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(formatSummary(countByKind(tree)));
