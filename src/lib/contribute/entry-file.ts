/** The `.mdx` file a contribution becomes: a concept without an ID, its fields in the schema's order, and its name. */
import yaml from 'js-yaml';
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { slugify } from '../../schemas/shared.ts';
import { dump } from '../content/codebook.ts';
import type { RawValues } from './validate.ts';

/** Short lists stay on one line (`themes: [activering, wonen]`); longer texts and parts get a line each. */
const isShortList = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length <= 40);

function fieldLines(key: string, value: unknown): string {
  if (typeof value !== 'object' || value === null || isShortList(value)) return `${key}: ${dump(value)}`;
  return yaml.dump({ [key]: value }, { lineWidth: -1, noRefs: true, schema: yaml.CORE_SCHEMA }).trimEnd();
}

/** A body as Markdown: line endings as in the content folder, no trailing spaces or blank lines. */
export function normaliseBody(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/**
 * The text of the entry file: a comment for the editors, the frontmatter in the order of the kind's
 * schema (unknown keys are never written), and the body. `npm run intake` gives it its ID.
 */
export function contributionFile(kind: Kind, data: RawValues, body: string): string {
  const order = Object.keys(kinds[kind].schema.shape);
  const lines = order.filter((key) => data[key] !== undefined).map((key) => fieldLines(key, data[key]));
  const text = normaliseBody(body);
  return [
    '---',
    `# Bijdrage via het formulier op /bijdragen/ (soort: ${kinds[kind].singular}). Nog zonder ID:`,
    '# de redactie neemt het op met `npm run intake -- <dit bestand>`, dat het volgende vrije ID geeft.',
    ...lines,
    '---',
    ...(text ? ['', text] : []),
    '',
  ].join('\n');
}

/** The file name for a contribution: the slug of its title, as `npm run new` and `npm run intake` make it. */
export function contributionFileName(title: unknown): string {
  return `${(typeof title === 'string' && slugify(title)) || 'bijdrage'}.mdx`;
}
