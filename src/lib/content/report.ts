/** How problems and a clean check are printed for editors (Dutch). */
import { kindNames, kinds, type Kind } from '../../schemas/kinds.ts';
import type { Problem } from './problems.ts';
import type { ContentTree } from './tree.ts';

/** Every problem grouped by file, errors before warnings, then a count and a one-line hint (Dutch, for editors). */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const lines: string[] = [];
  for (const [file, fileProblems] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    const ordered = [...fileProblems].sort((a, b) => Number(a.severity !== 'fout') - Number(b.severity !== 'fout'));
    for (const problem of ordered) {
      lines.push(`  ${problem.severity === 'fout' ? '' : 'waarschuwing: '}${problem.field}: ${problem.message}`);
    }
    lines.push('');
  }
  const errors = problems.filter((problem) => problem.severity === 'fout').length;
  const warnings = problems.length - errors;
  const files = byFile.size;
  const counted = [
    ...(errors > 0 ? [`${errors} ${errors === 1 ? 'fout' : 'fouten'}`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`] : []),
  ].join(' en ');
  lines.push(
    `${counted} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}.`,
    errors > 0
      ? 'Los de fouten op in de genoemde bestanden en draai daarna opnieuw `npm run check`. Zolang er een fout is, wordt er niets gepubliceerd.'
      : 'Waarschuwingen houden publicatie niet tegen; het zijn adviezen van de redactie.',
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
