/** How problems and a clean check are printed for editors (Dutch). */
import { kindNames, kinds, type Kind } from '../../schemas/kinds.ts';
import type { Problem } from './problems.ts';
import type { ContentTree } from './tree.ts';

/** Every problem grouped by file, then a count and a one-line hint (Dutch, for editors). */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const lines: string[] = [];
  for (const [file, fileProblems] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const problem of fileProblems) lines.push(`  ${problem.field}: ${problem.message}`);
    lines.push('');
  }
  const files = byFile.size;
  lines.push(
    `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}.`,
    'Los ze op in de genoemde bestanden en draai daarna opnieuw `npm run check`.',
  );
  return lines.join('\n');
}

/** One line with the number of entries per kind, for a clean tree. */
export function formatSummary(counts: Record<Kind, number>): string {
  const parts = kindNames.map(
    (kind) => `${counts[kind]} ${counts[kind] === 1 ? kinds[kind].singular : kinds[kind].plural}`,
  );
  const total = kindNames.reduce((sum, kind) => sum + counts[kind], 0);
  return `Inhoud in orde: ${total} items (${parts.join(', ')}).`;
}

/** Counts of entries per kind, for the summary line of a clean check. */
export function countByKind(tree: ContentTree): Record<Kind, number> {
  const counts = Object.fromEntries(kindNames.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const entry of tree.entries) counts[entry.kind] += 1;
  return counts;
}
