/** Turns zod's issues into problems an editor can act on: the field, the bad value, an example and the nearest valid value. */
import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';
import { formatPath, problem, suggest, type Problem } from './problems.ts';

const VOCABULARY_FIELDS: Record<string, 'unknown-theme' | 'unknown-law'> = {
  themes: 'unknown-theme',
  laws: 'unknown-law',
};

type Schema = z.ZodType;

/** The schema at a path inside another, through arrays, optionals, defaults and pipes. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const part of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof part === 'string') current = current.shape[part] as Schema;
    else if (current instanceof z.ZodArray && typeof part === 'number') current = current.element as Schema;
    else if (current instanceof z.ZodRecord && typeof part === 'string') current = current.valueType as Schema;
    else return undefined;
  }
  return current;
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as Schema;
    else if (current instanceof z.ZodPipe) current = current.out as Schema;
    else return current;
  }
}

/** `key: example` from the field's metadata, looking up to the nearest field that has one. */
function exampleOf(schema: Schema, path: readonly PropertyKey[]): string {
  for (let depth = path.length; depth >= 1; depth -= 1) {
    const part = path[depth - 1];
    if (typeof part !== 'string') continue;
    const fieldSchema = schemaAt(schema, path.slice(0, depth));
    const examples = fieldSchema ? z.globalRegistry.get(fieldSchema)?.examples : undefined;
    const example = Array.isArray(examples) ? (examples[0] as unknown) : undefined;
    if (example !== undefined) return `${part}: ${JSON.stringify(example)}`;
  }
  return 'zie de andere items van deze soort';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined),
    data,
  );
}

/** Turns zod's issues for one file into problems an editor can act on. */
export function schemaProblems(file: string, schema: Schema, data: unknown, nextId = 'P-001'): Problem[] {
  const result = schema.safeParse(data, { error: nl().localeError });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path;
    const fieldName = formatPath(path) || '(frontmatter)';
    const value = valueAt(data, path);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys((unwrap(schemaAt(schema, path)) as z.ZodObject | undefined)?.shape ?? {});
      return issue.keys.map((key) => {
        const near = suggest(key, known);
        return problem(
          'unknown-key',
          { file, field: formatPath([...path, key]), value: key },
          { suggestion: near && `"${near}"` },
        );
      });
    }
    if (issue.code === 'invalid_key') {
      const reason = issue.issues.map((inner) => inner.message).join('; ');
      return [problem('invalid-key', { file, field: fieldName, value: path.at(-1) }, { reason })];
    }
    const example = exampleOf(schema, path);
    if (value === undefined) return [problem('missing-field', { file, field: fieldName, value }, { example })];
    if (path.length === 1 && path[0] === 'id' && typeof value === 'string') {
      return [problem('malformed-id', { file, field: fieldName, value }, { next: nextId })];
    }
    const options =
      issue.code === 'invalid_value' ? issue.values.filter((o): o is string => typeof o === 'string') : [];
    const near = typeof value === 'string' ? suggest(value, options) : undefined;
    // Theme and law keys come from the vocabularies (see `entrySchemas`): name what is unknown.
    const vocabulary = VOCABULARY_FIELDS[String(path[0])];
    if (issue.code === 'invalid_value' && vocabulary && path.length === 2) {
      return [problem(vocabulary, { file, field: fieldName, value }, { suggestion: near && `"${near}"` })];
    }
    return [
      problem(
        'invalid-value',
        { file, field: fieldName, value },
        { reason: issue.message, suggestion: near && `"${near}"`, example },
      ),
    ];
  });
}

