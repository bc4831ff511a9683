/** File-level problems: files that are rejected, unreadable, without frontmatter, or that no collection loads. */
import { kindNames, kinds } from '../../schemas/kinds.ts';
import { problem, suggest, type Problem } from './problems.ts';
import { VOCABULARY_FILES, type ContentTree } from './tree.ts';

/** Problems with files as files, before their contents are looked at. */
export function fileProblems(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const { file, reason } of tree.rejected) {
    problems.push(problem('rejected-file', { file, field: '(bestand)', value: file.split('/').at(-1) }, { reason }));
  }
  for (const { file, error, at } of tree.unreadable) {
    const place = at && `${at.field ? `${at.field} ` : ''}(regel ${at.line}, kolom ${at.column})`;
    problems.push(problem('unreadable-file', { file, field: place ?? '(bestand)', value: undefined }, { error }));
  }
  for (const file of tree.withoutFrontmatter) {
    problems.push(problem('missing-frontmatter', { file, field: '(frontmatter)', value: undefined }, {}));
  }
  for (const file of tree.unloaded) {
    problems.push(
      problem(
        'unloaded-file',
        { file, field: '(bestand)', value: file.split('/').at(-1) },
        { suggestion: unloadedSuggestion(file) },
      ),
    );
  }
  return problems;
}

function unloadedSuggestion(file: string): string {
  const parts = file.split('/');
  const name = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  const folders: string[] = kindNames.map((kind) => kinds[kind].folder);
  const vocabularies = Object.values(VOCABULARY_FILES);
  if (/\.ya?ml$/.test(name)) {
    const near = suggest(name, vocabularies);
    return near
      ? `Bedoel je "${near}"?`
      : `Alleen ${vocabularies.slice(0, -1).join(', ')} en ${vocabularies.at(-1)} worden gelezen.`;
  }
  const folderFix = folders.includes(folder) ? undefined : suggest(folder, folders);
  if (folderFix) return `Verplaats het naar content/${folderFix}/.`;
  if (folders.includes(folder) && !/\.mdx$/.test(name)) {
    return `Geef het de extensie .mdx (bijvoorbeeld "${name.replace(/\.[^.]*$/, '')}.mdx").`;
  }
  return `Items horen direct in een van de mappen ${folders.map((f) => `content/${f}/`).join(', ')}, als .mdx-bestand.`;
}

