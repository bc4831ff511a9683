/** The codebook: every field of every kind, described from the schemas, for the data page and CONTRIBUTING.md. */
import yaml from 'js-yaml';
import { z } from 'zod';
import { kindNames, kinds } from '../../schemas/kinds.ts';
import { baseSchema, ID_PATTERN, NEEDED_BEFORE_PUBLICATION } from '../../schemas/shared.ts';
import { lawSchema, themeSchema } from '../../schemas/vocabulary.ts';

type Schema = z.ZodType;

/** A value as it is written in YAML frontmatter. */
export const dump = (value: unknown) =>
  yaml.dump(value, { flowLevel: 0, lineWidth: -1, noRefs: true, schema: yaml.CORE_SCHEMA }).trimEnd();

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The schema inside optional, default and pipe wrappers. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as Schema;
    else if (current instanceof z.ZodPipe) current = current.out as Schema;
    else return current;
  }
}

/** The fields of an object schema, if it is one. */
export const shapeOf = (schema: Schema): Record<string, Schema> | undefined => {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, Schema>) : undefined;
};

/** The fields of the items of a list of objects, if it is one. */
export const itemShapeOf = (schema: Schema): Record<string, Schema> | undefined => {
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray ? shapeOf(inner.element as Schema) : undefined;
};

/** The description a field carries in its schema metadata. */
export function descriptionOf(schema: Schema): string {
  const description = z.globalRegistry.get(schema)?.description;
  if (!description) throw new Error('A schema field has no description; give it one with field() in src/schemas/.');
  return sentence(description);
}

/** An example value for a field: its own, or for an empty list of parts, one item built from the parts' examples. */
export function exampleOf(schema: Schema): unknown {
  const examples = z.globalRegistry.get(schema)?.examples;
  const own: unknown = Array.isArray(examples) ? examples[0] : undefined;
  const item = itemShapeOf(schema);
  if (item && (own === undefined || (Array.isArray(own) && own.length === 0))) {
    return [Object.fromEntries(Object.entries(item).map(([key, part]) => [key, exampleOf(part)]))];
  }
  return own;
}

/** Whether a field must be written: it is neither optional nor has a default. */
export function isRequired(schema: Schema): boolean {
  return !schema.safeParse(undefined).success;
}

/** The kind of value a field takes, in Dutch: "tekst", "lijst van ID's", "keuze uit: …". */
export function typeOf(schema: Schema): string {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return `lijst van ${typeOf(inner.element as Schema).replace(/^één /, '')}`;
  if (inner instanceof z.ZodEnum) return `keuze uit: ${(inner.options as string[]).join(', ')}`;
  if (inner instanceof z.ZodObject) return 'onderdelen';
  if (inner instanceof z.ZodRecord) return 'sleutels met onderdelen';
  if (inner instanceof z.ZodNumber) return 'getal';
  if (inner instanceof z.ZodISODate) return 'datum (JJJJ-MM-DD)';
  if (inner instanceof z.ZodURL) return 'webadres';
  if (inner instanceof z.ZodString) {
    const patterns = (inner.def.checks ?? []).map((check) => (check._zod.def as { pattern?: RegExp }).pattern);
    return patterns.some((pattern) => String(pattern) === String(ID_PATTERN)) ? 'ID' : 'tekst';
  }
  return 'waarde';
}

/** One field in the codebook. */
export interface CodebookRow {
  name: string;
  type: string;
  /** `ja`, `vóór publicatie` (a concept may leave it open, see NEEDED_BEFORE_PUBLICATION) or `nee`. */
  required: 'ja' | 'vóór publicatie' | 'nee';
  description: string;
  /** The example value as written in YAML. */
  example: string;
}

/** A group of fields: those every entry has, those of one kind, or a vocabulary file's. */
export interface CodebookSection {
  title: string;
  intro: string;
  rows: CodebookRow[];
}

/** Rows for the fields of a shape; nested parts get a dotted name (`sources[].title`), each shape once. */
function codebookRows(shape: Record<string, Schema>, prefix: string, seen: Map<Schema, string>): CodebookRow[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const name = `${prefix}${key}`;
    const inner = unwrap(schema);
    const element = inner instanceof z.ZodArray ? unwrap(inner.element as Schema) : undefined;
    const object = element instanceof z.ZodObject ? element : inner instanceof z.ZodObject ? inner : undefined;
    const partName = element ? `${name}[]` : name;
    const earlier = object && seen.get(object);
    const row: CodebookRow = {
      name,
      type: typeOf(schema),
      required: !isRequired(schema)
        ? 'nee'
        : !prefix && (NEEDED_BEFORE_PUBLICATION as readonly string[]).includes(key)
          ? 'vóór publicatie'
          : 'ja',
      description: `${descriptionOf(schema)}${earlier ? ` Onderdelen als bij \`${earlier}\`.` : ''}`,
      example: dump(exampleOf(schema)),
    };
    if (!object || earlier) return [row];
    seen.set(object, partName);
    return [row, ...codebookRows(object.shape as Record<string, Schema>, `${partName}.`, seen)];
  });
}

/** Every field of the content model, generated from the schemas, so the codebook cannot drift from them. */
export function codebookSections(): CodebookSection[] {
  const seen = new Map<Schema, string>();
  const baseKeys = new Set(Object.keys(baseSchema.shape));
  // A kind's own fields, and the shared fields it sets a rule of its own for (a dilemma's questions).
  const baseShape = baseSchema.shape as Record<string, Schema>;
  const ownShape = (schema: z.ZodObject) =>
    Object.fromEntries(
      Object.entries(schema.shape as Record<string, Schema>).filter(
        ([key, field]) => !baseKeys.has(key) || baseShape[key] !== field,
      ),
    );
  return [
    {
      title: 'Velden van elk item',
      intro: 'Deze velden heeft elke soort. Ze staan bovenaan in het bestand.',
      rows: codebookRows(baseSchema.shape as Record<string, Schema>, '', seen),
    },
    ...kindNames.map((kind) => ({
      title: `Alleen bij: ${kinds[kind].singular}`,
      intro: `Map \`content/${kinds[kind].folder}/\`, ID begint met \`${kinds[kind].prefix}-\`.`,
      rows: codebookRows(ownShape(kinds[kind].schema), '', seen),
    })),
    {
      title: "Thema's in `content/themes.yaml`",
      intro: 'Elk thema staat onder een vaste sleutel in kleine letters met streepjes, zoals `gegevensdeling`.',
      rows: codebookRows(themeSchema.shape as Record<string, Schema>, '', seen),
    },
    {
      title: 'Wetten in `content/laws.yaml`',
      intro: 'Elke wet staat onder een vaste sleutel in kleine letters met streepjes, zoals `participatiewet`.',
      rows: codebookRows(lawSchema.shape as Record<string, Schema>, '', seen),
    },
  ];
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The field reference in CONTRIBUTING.md (between the `velden` markers), as Markdown tables. */
export function fieldReference(): string {
  return codebookSections()
    .flatMap((section) => [
      `### ${section.title}\n\n${section.intro}`,
      [
        '| veld | soort waarde | verplicht | betekenis | voorbeeld |',
        '| --- | --- | --- | --- | --- |',
        ...section.rows.map(
          (row) =>
            `| \`${row.name}\` | ${cell(row.type)} | ${row.required} | ${cell(row.description)} | \`${cell(row.example)}\` |`,
        ),
      ].join('\n'),
    ])
    .join('\n\n');
}
