/** The CMS fields of a kind, walked from its zod schema: labels, hints, required flags and widgets. */
import { z } from 'zod';
import { ui } from '../../i18n/nl.ts';
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { relations } from '../../schemas/relations.ts';
import { ID_PATTERN, NEEDED_BEFORE_PUBLICATION, SLUG_PATTERN } from '../../schemas/shared.ts';
import { bodyPrompts } from '../content/scaffold.ts';
import { descriptionOf, isRequired, unwrap } from '../content/codebook.ts';
import { bodyHelp, fieldHelp, fieldLabels, itemLabels, longTextFields } from './labels.ts';

type Schema = z.ZodType;

/** One option of a select widget. */
export interface CmsOption {
  label: string;
  value: string;
}

/** A Decap CMS field (the subset of its widget options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | CmsOption)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  filters?: { field: string; values: string[] }[];
  options_length?: number;
  field?: CmsField;
  fields?: CmsField[];
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  modes?: string[];
  sanitize_preview?: boolean;
  editor_components?: string[];
}

/** A field's widget and its options: everything but its name and label. */
type Widget = Pick<CmsField, 'widget'> & Partial<Omit<CmsField, 'widget' | 'name' | 'label'>>;

/** What a kind's fields need from outside the schemas: the vocabularies and each kind's collection. */
export interface FieldContext {
  themes: CmsOption[];
  laws: CmsOption[];
  collectionOf: (kind: Kind) => string;
}

/** Default values for new entries that the schema leaves to the editor. */
const NEW_ENTRY_DEFAULTS: Record<string, unknown> = { status: 'concept' };

/** The ID pattern of one kind, for the CMS's own check of the `id` field. */
const idPatternOf = (kind: Kind) => ID_PATTERN.source.replace('[PDAB]', kinds[kind].prefix);

/** The minimum and maximum number of items (or characters) a schema sets. */
function lengthLimits(schema: Schema): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const check of (schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length' && def.minimum !== undefined && def.minimum > 0) limits.min = def.minimum;
    if (def.check === 'max_length' && def.maximum !== undefined) limits.max = def.maximum;
  }
  return limits;
}

/** Whether a string schema is an entry ID (it checks the ID pattern). */
function isIdString(schema: Schema): boolean {
  const checks = (schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  return checks.some((check) => String((check._zod.def as { pattern?: RegExp }).pattern) === String(ID_PATTERN));
}

/** A searchable picker of entries of one kind, showing ID and title; only published entries can be chosen. */
function relationPicker(target: Kind, context: FieldContext, multiple: boolean): Widget {
  return {
    widget: 'relation',
    collection: context.collectionOf(target),
    search_fields: ['id', 'title'],
    value_field: 'id',
    display_fields: ['{{id}} {{title}}'],
    filters: [{ field: 'status', values: ['gepubliceerd'] }],
    options_length: 50,
    multiple,
  };
}

const DATE: Widget = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD-MM-YYYY',
  time_format: false,
  picker_utc: true,
};

/** The widget options for a field's value (everything but name, label, hint and required). */
function widgetFor(
  name: string,
  schema: Schema,
  path: string[],
  kind: Kind,
  context: FieldContext,
  inOptional: boolean,
): Widget {
  const top = path.length === 1;
  const relation = relations.find((candidate) => candidate.from === kind && candidate.field === name);
  const inner = unwrap(schema);
  if (top && relation) return relationPicker(relation.to, context, true);
  if (path.join('.') === 'withdrawal.replacedBy') return relationPicker(kind, context, false);
  if (top && (name === 'themes' || name === 'laws')) {
    return { widget: 'select', multiple: true, options: context[name], ...lengthLimits(inner) };
  }
  if (inner instanceof z.ZodEnum) return { widget: 'select', options: [...(inner.options as string[])] };
  if (inner instanceof z.ZodISODate) return DATE;
  if (inner instanceof z.ZodURL) return { widget: 'string', pattern: ['^https?://\\S+$', 'Begin met https://'] };
  if (inner instanceof z.ZodNumber) {
    return {
      widget: 'number',
      value_type: inner.format?.endsWith('int') ? 'int' : 'float',
      ...(inner.minValue !== null && Number.isFinite(inner.minValue) ? { min: inner.minValue } : {}),
      ...(inner.maxValue !== null && Number.isFinite(inner.maxValue) ? { max: inner.maxValue } : {}),
    };
  }
  if (inner instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (inner instanceof z.ZodString) {
    if (top && name === 'id')
      return { widget: 'string', pattern: [idPatternOf(kind), `Een ID zoals ${kinds[kind].prefix}-007`] };
    if (isIdString(inner)) return { widget: 'string', pattern: [ID_PATTERN.source, 'Een ID zoals D-007'] };
    return { widget: longTextFields.has(name) ? 'text' : 'string' };
  }
  if (inner instanceof z.ZodObject) {
    return {
      widget: 'object',
      collapsed: !isRequired(schema),
      // Decap checks the required fields of an optional object even when it is left empty: inside one,
      // nothing is required here (the content check still requires them when the object is filled in).
      fields: objectFields(
        inner.shape as Record<string, Schema>,
        path,
        kind,
        context,
        inOptional || !isRequired(schema),
      ),
    };
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as Schema);
    const limits = lengthLimits(inner);
    if (element instanceof z.ZodEnum)
      return { widget: 'select', multiple: true, options: [...(element.options as string[])], ...limits };
    const list = { widget: 'list', label_singular: itemLabels[name] ?? 'item', ...limits };
    if (element instanceof z.ZodObject) {
      const fields = objectFields(element.shape as Record<string, Schema>, [...path, '[]'], kind, context, false);
      return { ...list, collapsed: true, summary: `{{fields.${fields[0]!.name}}}`, fields };
    }
    const item = widgetFor(name, element, [...path, '[]'], kind, context, false);
    const pattern =
      name === 'formerSlugs'
        ? {
            pattern: [SLUG_PATTERN.source, 'Kleine letters, cijfers en streepjes, zoals gegevens-delen'] as [
              string,
              string,
            ],
          }
        : {};
    return {
      ...list,
      field: { name: 'item', label: itemLabels[name] ?? fieldLabels[name] ?? name, ...item, ...pattern } as CmsField,
    };
  }
  throw new Error(
    `The CMS has no widget for the field ${path.join('.')} (${inner.constructor.name}); add one in src/lib/cms/fields.ts.`,
  );
}

/** The CMS field for one schema field. */
function cmsField(
  name: string,
  schema: Schema,
  path: string[],
  kind: Kind,
  context: FieldContext,
  inOptional: boolean,
): CmsField {
  const top = path.length === 1;
  const waits = top && (NEEDED_BEFORE_PUBLICATION as readonly string[]).includes(name);
  const help = fieldHelp[path.join('.')];
  const fallback = top ? NEW_ENTRY_DEFAULTS[name] : undefined;
  const { min, ...widget } = widgetFor(name, schema, path, kind, context, inOptional);
  return {
    name,
    label: fieldLabels[name] ?? name,
    ...widget,
    // A concept may still leave out what publication needs, so the CMS may not demand a number of items.
    ...(min === undefined || waits ? {} : { min }),
    hint: help ? `${descriptionOf(schema)} ${help}` : descriptionOf(schema),
    required: isRequired(schema) && !waits && !inOptional,
    ...(fallback === undefined ? {} : { default: fallback }),
  };
}

function objectFields(
  shape: Record<string, Schema>,
  path: string[],
  kind: Kind,
  context: FieldContext,
  inOptional: boolean,
): CmsField[] {
  return Object.entries(shape).map(([name, schema]) =>
    cmsField(name, schema, [...path, name], kind, context, inOptional),
  );
}

/** Every field of a kind, in the order of its schema, then the body as Markdown. */
export function cmsFields(kind: Kind, context: FieldContext): CmsField[] {
  return [
    ...objectFields(kinds[kind].schema.shape as Record<string, Schema>, [], kind, context, false),
    {
      name: 'body',
      label: ui.entry.body,
      widget: 'markdown',
      hint: `${bodyPrompts[kind]} ${bodyHelp}`,
      required: false,
      // Markdown as it is written in the file: the rich-text mode writes [[D-001]] as \[[D-001]] and
      // rewrites every paragraph of an existing entry. No images: entries have none.
      modes: ['raw'],
      sanitize_preview: true,
      editor_components: [],
    },
  ];
}
