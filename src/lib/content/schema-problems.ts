/** Turns zod's issues into problems an editor can act on, in plain Dutch: the field, the bad value, the size, the fix. */
import { z } from 'zod';
import { NEEDED_BEFORE_PUBLICATION } from '../../schemas/shared.ts';
import { dump, exampleOf as fieldExample, isRequired, unwrap } from './codebook.ts';
import nl from 'zod/v4/locales/nl.js';
import { formatPath, problem, suggest, type Problem } from './problems.ts';

const VOCABULARY_FIELDS: Record<string, 'unknown-theme' | 'unknown-law'> = {
  themes: 'unknown-theme',
  laws: 'unknown-law',
};

type Schema = z.ZodType;
type Issue = z.core.$ZodIssue;

/** The schema at a path inside another, through arrays, optionals, defaults and pipes. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const part of path) {
    current = current && unwrap(current);
    if (current instanceof z.ZodObject && typeof part === 'string') current = current.shape[part] as Schema;
    else if (current instanceof z.ZodArray && typeof part === 'number') current = current.element as Schema;
    else if (current instanceof z.ZodRecord && typeof part === 'string') current = current.valueType as Schema;
    else return undefined;
  }
  return current;
}

/** `key: example` from the field's metadata, looking up to the nearest field that has one. */
function exampleAt(schema: Schema, path: readonly PropertyKey[]): string {
  for (let depth = path.length; depth >= 1; depth -= 1) {
    const part = path[depth - 1];
    if (typeof part !== 'string') continue;
    const fieldSchema = schemaAt(schema, path.slice(0, depth));
    const example = fieldSchema ? fieldExample(fieldSchema) : undefined;
    if (example !== undefined) return `${part}: ${dump(example)}`;
  }
  return 'zie de andere items van deze soort';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined),
    data,
  );
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  array: 'een lijst',
  number: 'een getal',
  int: 'een heel getal',
  object: 'een blok met onderdelen',
  boolean: 'ja of nee (true of false)',
};

function foundName(value: unknown): string {
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'number') return Number.isInteger(value) ? 'een getal' : 'een getal met decimalen';
  if (typeof value === 'boolean') return 'ja/nee (true of false)';
  if (typeof value === 'object') return 'een blok met onderdelen';
  return 'tekst';
}

/** How to write a value of the expected type, given what was written. */
function typeFix(expected: string, value: unknown, key: string, example: string): string {
  if (expected === 'array' && typeof value === 'string') {
    return `Schrijf een lijst tussen vierkante haken: ${key}: [${value}], ook als er maar één item is. Of zet elk item op een eigen regel eronder, beginnend met "- ".`;
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `Zet de tekst tussen dubbele aanhalingstekens: ${key}: "${String(value)}".`;
  }
  if (expected === 'string' && Array.isArray(value)) return 'Schrijf één tekst, zonder [ ] of streepjes ervoor.';
  if (expected === 'string' && typeof value === 'object') {
    return `De tekst bevat waarschijnlijk een dubbele punt met een spatie erna. Zet de hele tekst tussen dubbele aanhalingstekens. Voorbeeld: ${example}`;
  }
  if (expected === 'number' || expected === 'int') {
    return `Schrijf alleen cijfers, zonder aanhalingstekens. Voorbeeld: ${example}`;
  }
  return `Voorbeeld van een goede waarde: ${example}`;
}

/** One zod issue as a problem, in plain Dutch. */
function issueProblem(issue: Issue, file: string, schema: Schema, data: unknown, nextId: string): Problem {
  const { path } = issue;
  const field = formatPath(path) || '(frontmatter)';
  const key = String(path.findLast((part) => typeof part === 'string') ?? field);
  const value = valueAt(data, path);
  const at = { file, field, value };
  const example = exampleAt(schema, path);
  const fieldSchema = schemaAt(schema, path);
  if (value === undefined) return problem('missing-field', at, { example });
  if (value === null) {
    return problem('empty-field', at, { example, required: fieldSchema ? isRequired(fieldSchema) : true });
  }
  if (path.length === 1 && path[0] === 'id' && typeof value === 'string') {
    return problem('malformed-id', at, { next: nextId });
  }
  switch (issue.code) {
    case 'invalid_type':
      return problem('wrong-type', at, {
        expected: TYPE_NAMES[issue.expected] ?? issue.expected,
        found: foundName(value),
        fix: typeFix(issue.expected, value, key, example),
      });
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue, at, example, fieldSchema);
    case 'invalid_value': {
      const options = issue.values.filter((option): option is string => typeof option === 'string');
      const near = typeof value === 'string' ? suggest(value, options) : undefined;
      // Theme and law keys come from the vocabularies (see `entrySchemas`): name what is unknown.
      const vocabulary = VOCABULARY_FIELDS[String(path[0])];
      if (vocabulary && path.length === 2) return problem(vocabulary, at, { suggestion: near && `"${near}"` });
      return problem('not-an-option', at, { options: options.join(', '), suggestion: near && `"${near}"` });
    }
    case 'invalid_format':
      if (issue.format === 'date') return problem('bad-date', at, {});
      if (issue.format === 'url') {
        const text = String(value).trim();
        const fix = /^[\w-]+(\.[\w-]+)+/.test(text)
          ? `Begin met https://, dus: "https://${text}".`
          : 'Kopieer het adres uit de adresbalk van de browser; het begint met https://.';
        return problem('bad-web-address', at, { fix });
      }
      break;
    default:
      break;
  }
  return problem('invalid-value', at, { reason: issue.message, suggestion: undefined, example });
}

/** A text, list or number that is too short, long, few, many, small or large, with its size. */
function sizeProblem(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  at: { file: string; field: string; value: unknown },
  example: string,
  fieldSchema: Schema | undefined,
): Problem {
  const { value } = at;
  if (typeof value === 'string') {
    const text = value.trim();
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    if (issue.code === 'too_small') return problem('too-short', at, { length: text.length, min: limit, unit: 'tekens' });
    const rest = ` Vanaf teken ${limit + 1} staat er: "${text.slice(limit, limit + 60)}${text.length > limit + 60 ? '…' : ''}".`;
    return problem('too-long', at, { length: text.length, max: limit, unit: 'tekens', rest });
  }
  if (Array.isArray(value)) {
    return issue.code === 'too_small'
      ? problem('too-few', at, { count: value.length, min: Number(issue.minimum), example })
      : problem('too-many', at, { count: value.length, max: Number(issue.maximum) });
  }
  const inner = fieldSchema && unwrap(fieldSchema);
  const bounds = inner instanceof z.ZodNumber ? [inner.minValue, inner.maxValue] : [];
  const range =
    bounds[0] != null && bounds[1] != null
      ? `verwacht een getal van ${bounds[0]} tot en met ${bounds[1]}`
      : issue.code === 'too_small'
        ? `verwacht minstens ${String(issue.minimum)}`
        : `verwacht hoogstens ${String(issue.maximum)}`;
  return problem('out-of-range', at, { range });
}

/** Whether an issue is a requirement that waits until publication (see NEEDED_BEFORE_PUBLICATION). */
function waitsForPublication(issue: Issue, data: unknown): boolean {
  const [first] = issue.path;
  if (issue.path.length !== 1 || !(NEEDED_BEFORE_PUBLICATION as readonly PropertyKey[]).includes(first ?? '')) {
    return false;
  }
  const value = valueAt(data, issue.path);
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** Options for {@link schemaProblems}. */
export interface SchemaProblemOptions {
  /** The next free ID of the kind, proposed for a malformed or missing ID. */
  nextId?: string;
  /** The entry is a concept: what is only needed for publication is a warning, not an error. */
  concept?: boolean;
}

/** Turns zod's issues for one file (or one form) into problems an editor can act on, in plain Dutch. */
export function schemaProblems(
  file: string,
  schema: Schema,
  data: unknown,
  { nextId = 'P-001', concept = false }: SchemaProblemOptions = {},
): Problem[] {
  // The Dutch locale only words issues that have no message of their own here (none are expected).
  const result = schema.safeParse(data, { error: nl().localeError });
  if (result.success) return [];
  const problems: Problem[] = [];
  const missing = new Set(
    result.error.issues.filter((issue) => valueAt(data, issue.path) === undefined).map((i) => formatPath(i.path)),
  );
  const renamed = new Set<string>();
  const reported = new Set<string>();
  for (const issue of result.error.issues) {
    // One mistake in a field is one message (a short text breaks both its length and its visible-text rule).
    const place = formatPath(issue.path);
    if (issue.code !== 'unrecognized_keys' && reported.has(place)) continue;
    reported.add(place);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(shapeAt(schema, issue.path));
      for (const key of issue.keys) {
        const near = suggest(key, known);
        const nearPath = formatPath([...issue.path, near ?? '']);
        // A misspelt field name is one mistake: not also "the field is missing".
        if (near && missing.has(nearPath)) renamed.add(nearPath);
        problems.push(
          problem(
            'unknown-key',
            { file, field: formatPath([...issue.path, key]), value: key },
            { suggestion: near && `"${near}"` },
          ),
        );
      }
    } else if (issue.code === 'invalid_key') {
      const reason = issue.issues.map((inner) => inner.message).join('; ');
      problems.push(problem('invalid-key', { file, field: formatPath(issue.path), value: issue.path.at(-1) }, { reason }));
    } else if (concept && waitsForPublication(issue, data)) {
      const at = { file, field: formatPath(issue.path), value: undefined };
      problems.push(
        issue.path[0] === 'id'
          ? problem('concept-without-id', at, { next: nextId })
          : problem('needed-before-publication', at, { example: exampleAt(schema, issue.path) }),
      );
    } else {
      problems.push(issueProblem(issue, file, schema, data, nextId));
    }
  }
  return problems.filter((found) => !(found.type === 'missing-field' && renamed.has(found.field)));
}

function shapeAt(schema: Schema, path: readonly PropertyKey[]): Record<string, Schema> {
  const inner = schemaAt(schema, path);
  const object = inner && unwrap(inner);
  return object instanceof z.ZodObject ? (object.shape as Record<string, Schema>) : {};
}
