/** The contribution form's fields, generated from the zod schemas: labels, help, examples, required fields, options, sections. */
import { z } from 'zod';
import { ui } from '../../i18n/nl.ts';
import { entrySchemas, kinds, type Kind, type VocabularyKeys } from '../../schemas/kinds.ts';
import { relations } from '../../schemas/relations.ts';
import { anonymisationSchema, NEEDED_BEFORE_PUBLICATION } from '../../schemas/shared.ts';
import { descriptionOf, exampleOf, isRequired, shapeOf, typeOf, unwrap } from '../content/codebook.ts';

type Schema = z.ZodType;

/** Fields that only editors set: the ID, the status, the dates (also of the check of the law), change notes, the reviews and the registry's former names. */
export const EDITOR_FIELDS = [
  'id',
  'status',
  'published',
  'updated',
  'lawCheckedOn',
  'changes',
  'withdrawal',
  'review',
  'formerSlugs',
] as const;

/** The kinds a contributor chooses from: practices and dilemmas first, assumptions and proposals as a suggestion. */
export const contributionKinds = {
  main: ['practice', 'dilemma'],
  suggestion: ['assumption', 'proposal'],
} as const satisfies Record<string, readonly Kind[]>;

/** How a field is filled in. */
export type Control =
  | 'text' // one line
  | 'longtext' // a few sentences
  | 'number'
  | 'url'
  | 'choice' // one of a closed list (radio buttons)
  | 'choices' // some of a closed list or a vocabulary (checkboxes)
  | 'lines' // a list of short texts, one per line
  | 'relations' // IDs of existing entries, picked by ID or title
  | 'group' // a few fields together
  | 'groups'; // a list of such groups, each added with a button

/** One field of the form, all of it read from the schema. */
export interface FormField {
  key: string;
  label: string;
  /** The schema's description, as a sentence; empty where the options explain themselves. */
  help: string;
  /** The schema's example, as a contributor would type it; empty where none helps. */
  example: string;
  required: boolean;
  /** Required by the schema, but a concept may still leave it out (NEEDED_BEFORE_PUBLICATION): asked, not demanded. */
  beforePublication: boolean;
  control: Control;
  /** For choice and choices: the allowed values. */
  options: readonly string[];
  /** For a vocabulary (themes, laws): the key of the vocabulary, whose titles label the options. */
  vocabulary?: 'themes' | 'laws';
  /** Fewest and most characters (texts) or items (lists), when the schema sets them. */
  min?: number;
  max?: number;
  /** For relations: the kind of entry the IDs point to. */
  target?: Kind;
  /** For group and groups: the fields of one group. */
  fields: FormField[];
}

/** Where a field is asked: the story, how it is filed, what may be added, and how the case was made safe. */
export type Section = 'story' | 'filing' | 'extra' | 'safety';

/** The reader-facing labels the site already uses for fields, by field name. */
const siteLabels: Record<string, unknown> = {
  ...ui.facts,
  ...ui.entry,
  ...Object.fromEntries(Object.entries(ui.relation).map(([key, { label }]) => [key, label])),
};

/** A short label: the site's own label for the field, or the description's first clause. */
function labelOf(key: string, description: string): string {
  const own = siteLabels[key];
  if (typeof own === 'string') return own;
  const clause = description.split(/: |; |, | \(/)[0] ?? description;
  return clause.replace(/\.$/, '');
}

/** The lowest and highest length or count a schema's checks allow. */
function bounds(schema: Schema): { min?: number; max?: number } {
  const found: { min?: number; max?: number } = {};
  for (const check of (schema.def as { checks?: { _zod: { def: object } }[] }).checks ?? []) {
    const def = check._zod.def as { check?: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length' && def.minimum !== undefined) found.min = def.minimum;
    if (def.check === 'max_length' && def.maximum !== undefined) found.max = def.maximum;
  }
  return found;
}

/** An example value as text a contributor would type: lists joined by commas, nothing for objects. */
function exampleText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return '';
}

/** The form field for one schema field; `open` is the same field without the vocabularies, where the metadata lives. */
function fieldOf(key: string, schema: Schema, open: Schema, kind: Kind | undefined): FormField {
  const description = descriptionOf(open);
  const inner = unwrap(schema);
  const element = inner instanceof z.ZodArray ? unwrap(inner.element as Schema) : undefined;
  const base = {
    key,
    label: labelOf(key, description),
    help: description,
    example: '',
    required: isRequired(schema),
    beforePublication: false,
    options: [] as string[],
    fields: [] as FormField[],
    ...bounds(inner),
  };
  const nested = (shape: Record<string, Schema>) =>
    Object.entries(shape).map(([part, partSchema]) => fieldOf(part, partSchema, partSchema, undefined));
  if (inner instanceof z.ZodEnum) return { ...base, control: 'choice', options: inner.options as string[] };
  if (element instanceof z.ZodEnum) {
    const options = element.options as string[];
    if (open === schema) return { ...base, control: 'choices', options };
    return { ...base, control: 'choices', options, vocabulary: key as 'themes' | 'laws', help: '' };
  }
  if (element instanceof z.ZodObject) return { ...base, control: 'groups', fields: nested(element.shape) };
  if (inner instanceof z.ZodObject) return { ...base, control: 'group', fields: nested(inner.shape) };
  const example = exampleText(exampleOf(open));
  if (element && typeOf(element) === 'ID') {
    const target = relations.find((relation) => relation.from === kind && relation.field === key)?.to;
    return { ...base, control: 'relations', ...(target ? { target } : {}) };
  }
  if (element) return { ...base, control: 'lines', example };
  if (inner instanceof z.ZodNumber) return { ...base, control: 'number', example };
  if (inner instanceof z.ZodURL) return { ...base, control: 'url', example };
  const long = (inner as z.ZodString).minLength !== null && ((inner as z.ZodString).minLength ?? 0) >= 10;
  return { ...base, control: long ? 'longtext' : 'text', example };
}

/** The schema of a kind with its themes and laws limited to the vocabularies' keys (as the content check uses it). */
export function contributionSchema(kind: Kind, vocabularies: VocabularyKeys): Schema {
  return entrySchemas(vocabularies)[kind];
}

/** Every field a contributor fills in for a kind, in the schema's order, without the fields only editors set. */
export function formFields(kind: Kind, vocabularies: VocabularyKeys): FormField[] {
  const open = kinds[kind].schema.shape as Record<string, Schema>;
  const closed = shapeOf(contributionSchema(kind, vocabularies)) ?? open;
  return Object.entries(closed)
    .filter(([key]) => !(EDITOR_FIELDS as readonly string[]).includes(key))
    .map(([key, schema]) => {
      const field = fieldOf(key, schema, open[key] ?? schema, kind);
      const later = field.required && (NEEDED_BEFORE_PUBLICATION as readonly string[]).includes(key);
      return {
        ...field,
        ...(later ? { required: false, beforePublication: true } : {}),
        ...(open[key] === anonymisationSchema ? { help: '' } : {}),
      };
    });
}

/** Which section of the form asks a field. */
export function sectionOf(field: FormField, kind: Kind): Section {
  if ((kinds[kind].schema.shape as Record<string, Schema>)[field.key] === anonymisationSchema) return 'safety';
  if ((field.required || field.beforePublication) && ['text', 'longtext', 'lines'].includes(field.control)) {
    return 'story';
  }
  if (field.required || field.vocabulary || field.control === 'relations') return 'filing';
  return 'extra';
}
