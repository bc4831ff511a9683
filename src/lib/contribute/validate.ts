/** The checks a contribution gets in the browser, in the content check's own words: the schema, relations, [[ID]] links, personal data. */
import type { z } from 'zod';
import { findBodyLinks } from '../../markdown/remark-entry-links.ts';
import { kindOfId, type Kind } from '../../schemas/kinds.ts';
import { relations } from '../../schemas/relations.ts';
import { ID_PATTERN, slugify } from '../../schemas/shared.ts';
import { privacyChecks, type PrivacyOptions } from '../content/privacy.ts';
import { problem, suggest, type Problem } from '../content/problems.ts';
import { schemaProblems } from '../content/schema-problems.ts';
import { EDITOR_FIELDS, type FormField } from './model.ts';

/** What the form knows of an existing entry: enough to pick it and to check a relation to it. */
export interface KnownEntry {
  id: string;
  kind: Kind;
  title: string;
}

/** The raw values of the form's controls, by field key (groups nest). */
export type RawValues = Record<string, unknown>;

/** How problems name the contribution: it is not a file yet. */
export const CONTRIBUTION_FILE = 'bijdrage';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** One raw value as the schema reads it; undefined for an empty field, so the schema says it is missing. */
function valueOf(field: FormField, raw: unknown): unknown {
  switch (field.control) {
    case 'lines': {
      const items = text(raw)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return items.length > 0 ? items : undefined;
    }
    case 'choices':
    case 'relations':
      return Array.isArray(raw) && raw.length > 0 ? raw : undefined;
    case 'number':
      return text(raw) === '' ? undefined : /^-?\d+$/.test(text(raw)) ? Number(text(raw)) : text(raw);
    case 'group':
      return entryValues(field.fields, raw as RawValues | undefined);
    case 'groups': {
      const items = (Array.isArray(raw) ? raw : []).flatMap((item: RawValues) => {
        const values = entryValues(field.fields, item);
        return values ? [values] : [];
      });
      return items.length > 0 ? items : undefined;
    }
    default:
      return text(raw) === '' ? undefined : text(raw);
  }
}

/** The values of a set of fields as entry data: empty fields left out; undefined when all are empty. */
export function entryValues(fields: readonly FormField[], raw: RawValues | undefined): RawValues | undefined {
  const entries = fields.flatMap((field) => {
    const value = valueOf(field, raw?.[field.key]);
    return value === undefined ? [] : [[field.key, value] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The entry data of a contribution: the contributor's fields and a concept's status and dates, without an ID. */
export function contributionData(fields: readonly FormField[], raw: RawValues, today: string): RawValues {
  return { ...entryValues(fields, raw), status: 'concept', published: today, updated: today };
}

const editorField = (problem: Problem) =>
  (EDITOR_FIELDS as readonly string[]).includes(problem.field.split(/[.[]/)[0] ?? '');
/** Whether a problem is advice that does not stop the contribution (a field a concept may still leave out). */
export const isWarning = (problem: Problem) => (problem as { severity?: string }).severity === 'waarschuwing';

/**
 * The relations of a contribution: each an existing entry of the right kind, none twice. The same
 * messages as the content check's (src/lib/content/relations.ts, which reads files and so cannot run here).
 */
export function relationProblems(kind: Kind, data: RawValues, known: ReadonlyMap<string, KnownEntry>): Problem[] {
  return relations
    .filter((relation) => relation.from === kind)
    .flatMap((relation) => {
      const targets = Array.isArray(data[relation.field]) ? (data[relation.field] as unknown[]) : [];
      const seen = new Set<unknown>();
      return targets.flatMap((target, position) => {
        const at = { file: CONTRIBUTION_FILE, field: `${relation.field}[${position}]`, value: target };
        const twice = seen.has(target) ? [problem('duplicate-relation', at, {})] : [];
        seen.add(target);
        if (typeof target !== 'string' || !ID_PATTERN.test(target)) return twice; // the schema says why
        const found = kindOfId(target);
        if (found && found !== relation.to) {
          return [...twice, problem('wrong-kind-relation', at, { found, target: relation.to })];
        }
        if (known.has(target)) return twice;
        const candidates = [...known.values()].filter((entry) => entry.kind === relation.to).map((entry) => entry.id);
        const near = suggest(target, candidates);
        return [...twice, problem('unknown-relation', at, { target: relation.to, suggestion: near && `"${near}"` })];
      });
    });
}

/** The [[ID]] links in the body: well formed and to an existing entry. */
export function bodyLinkProblems(body: string, known: ReadonlyMap<string, KnownEntry>): Problem[] {
  return findBodyLinks(body).flatMap(({ id, line }) => {
    const at = { file: CONTRIBUTION_FILE, field: `body (regel ${line + 1})`, value: id };
    if (!ID_PATTERN.test(id)) return [problem('malformed-body-link', { ...at, value: `[[${id}]]` }, {})];
    if (known.has(id)) return [];
    const near = suggest(id, [...known.keys()]);
    return [problem('unknown-body-link', at, { suggestion: near && `"${near}"` })];
  });
}

/** Every problem of a contribution in the fields the contributor fills in: the schema's, the relations' and the body links'. */
export function contributionProblems(
  kind: Kind,
  schema: z.ZodType,
  data: RawValues,
  body: string,
  known: ReadonlyMap<string, KnownEntry>,
): Problem[] {
  const fromSchema = schemaProblems(CONTRIBUTION_FILE, schema, data, { concept: true }).filter(
    (found) => !editorField(found),
  );
  return [...fromSchema, ...relationProblems(kind, data, known), ...bodyLinkProblems(body, known)];
}

/** The check's message without its advice for editors (the allowlist in the site's settings). */
function forContributors(message: string): string {
  const sentences = message.split(/(?<=[.?!])\s+(?=[A-Z"“‘])/);
  const editorsOnly = sentences.findIndex((sentence) => sentence.endsWith('?') || sentence.includes('src/'));
  return (editorsOnly > 0 ? sentences.slice(0, editorsOnly) : sentences).join(' ');
}

/**
 * The personal data in one text of the contribution, as the content check finds it (the same
 * detector, the same allowlist, the same messages, masked); `asTitle` also reads the text as the
 * file name it becomes. Each problem's field is the form's field.
 */
export function personalDataIn(
  field: string,
  value: string,
  allow: NonNullable<PrivacyOptions['allow']>,
  asTitle = false,
): Problem[] {
  const privacy = privacyChecks({ allow });
  const inText = privacy.text(CONTRIBUTION_FILE, value);
  // A title becomes the file name and URL: read that too, as the check does, unless the text already shows why.
  const found = inText.length === 0 && asTitle ? privacy.name(CONTRIBUTION_FILE, field, slugify(value)) : inText;
  const seen = new Set<string>();
  return found.flatMap((finding) => {
    if (seen.has(finding.message)) return [];
    seen.add(finding.message);
    return [{ ...finding, field, message: forContributors(finding.message) }];
  });
}
