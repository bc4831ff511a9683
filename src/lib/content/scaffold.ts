/** The text of a new entry for `npm run new`: every field with its Dutch description, from the schemas. */
import type { z } from 'zod';
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { NEEDED_BEFORE_PUBLICATION } from '../../schemas/shared.ts';
import { descriptionOf, dump, exampleOf, isRequired, itemShapeOf, shapeOf, typeOf } from './codebook.ts';

type Schema = z.ZodType;

/** The words an editor may type after `npm run new`: English and Dutch kind names, with fields they already decide. */
export const kindWords: Record<string, { kind: Kind; fields?: Record<string, unknown> }> = {
  practice: { kind: 'practice' },
  praktijk: { kind: 'practice' },
  dilemma: { kind: 'dilemma' },
  assumption: { kind: 'assumption' },
  aanname: { kind: 'assumption', fields: { type: 'aanname' } },
  waarde: { kind: 'assumption', fields: { type: 'waarde' } },
  proposal: { kind: 'proposal' },
  beleidsvoorstel: { kind: 'proposal' },
  voorstel: { kind: 'proposal' },
};

/** What the body of a new entry should tell, per kind (Dutch, B1). */
export const bodyPrompts: Record<Kind, string> = {
  practice: 'Wat gebeurde er? Wat maakte het mogelijk? Wat vraagt het van beleid?',
  dilemma:
    'Wat is de situatie? Welke waarden botsen, en waarom is er geen makkelijk antwoord? Wat vraagt het van beleid?',
  assumption: 'Waar zie je deze aanname of waarde terug? Wat doet ze met mensen? Wat zou zorgzamer zijn?',
  proposal: 'Wat stel je voor? Welk probleem lost het op? Wie heeft er het meeste baat bij?',
};

/** Options for {@link scaffoldEntry}: the new ID, today's date (JJJJ-MM-DD) and fields already known. */
export interface ScaffoldOptions {
  id: string;
  today: string;
  fields?: Record<string, unknown>;
}

/** Comment lines for one field: `Verplicht.` if so, the description, its parts, and an example unless its parts follow. */
function fieldComment(key: string, schema: Schema, indent: string, partsFollow: boolean): string[] {
  const required = !isRequired(schema)
    ? ''
    : !indent && (NEEDED_BEFORE_PUBLICATION as readonly string[]).includes(key)
      ? 'Verplicht vóór publicatie. '
      : 'Verplicht. ';
  const lines = [`${indent}# ${required}${descriptionOf(schema)}`];
  const item = itemShapeOf(schema);
  if (item) {
    const parts = Object.entries(item).map(([key, part]) => `${key} (${descriptionOf(part).replace(/\.$/, '')})`);
    lines.push(`${indent}# Elk onderdeel heeft: ${parts.join('; ')}.`);
  }
  if (!partsFollow) lines.push(`${indent}# Voorbeeld: ${dump(exampleOf(schema))}`);
  return lines;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A text as a folded block (`key: >-` with the text on the next line): every character can be
 * typed there later (apostrophes, quotes, colons, #) without breaking the YAML.
 */
function blockText(key: string, value: string, indent: string): string[] {
  return [`${indent}${key}: >-`, `${indent}  ${value.replace(/\s+/g, ' ').trim()}`];
}

/** The frontmatter lines for the fields of an object schema, each after its comment. */
function fieldLines(shape: Record<string, Schema>, filled: Record<string, unknown>, indent = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const parsed = schema.safeParse(undefined);
    const fallback: unknown = parsed.success ? parsed.data : undefined;
    const nested = shapeOf(schema);
    const expand = !(key in filled) && nested !== undefined && isPlainObject(fallback);
    const lines = [...(indent ? [] : ['']), ...fieldComment(key, schema, indent, expand)];
    const text = typeOf(schema) === 'tekst';
    const value = filled[key];
    if (key in filled && text && typeof value === 'string') lines.push(...blockText(key, value, indent));
    else if (key in filled) lines.push(`${indent}${key}: ${dump(value)}`);
    else if (expand) lines.push(`${indent}${key}:`, ...fieldLines(nested, fallback, `${indent}  `));
    else if (fallback !== undefined) lines.push(`${indent}${key}: ${dump(fallback)}`);
    else lines.push(`${indent}# ${key}:${text ? ' >-' : ''}`);
    return lines;
  });
}

/** The text of a new MDX entry: every field of the kind's schema with its Dutch explanation, ready to fill in. */
export function scaffoldEntry(kind: Kind, title: string, { id, today, fields = {} }: ScaffoldOptions): string {
  const filled = { id, title, published: today, updated: today, status: 'concept', review: [], ...fields };
  const shape = kinds[kind].schema.shape as Record<string, Schema>;
  return [
    '---',
    `# Nieuw item: ${kinds[kind].singular}. Regels die met # beginnen zijn uitleg en worden niet gepubliceerd.`,
    '# Een veld met # ervoor staat nog uit. Haal "# " weg en zet de waarde achter de dubbele punt.',
    '# Elk veld met "Verplicht" moet ingevuld zijn. `npm run check` noemt wat nog ontbreekt.',
    '# Tekst staat op de regel onder ">-", twee spaties ingesprongen: daar mogen \' " : en # gewoon in.',
    ...fieldLines(shape, filled),
    '',
    '# De tekst van het item komt onder de regel --- hieronder, zonder kopjes, in eenvoudige taal (B1).',
    `# ${bodyPrompts[kind]}`,
    '# Geen namen of herkenbare details. Link naar een ander item met zijn ID: [[D-001]].',
    '---',
    '',
  ].join('\n');
}

