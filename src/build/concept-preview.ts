// Concepts in the dev server's preview: placeholder values for what a concept may still lack, and how to recognise them.
import type { z } from 'zod';
import { ui } from '../i18n/nl.ts';
import { kinds, type Kind } from '../schemas/kinds.ts';

/** The number of a placeholder ID: no real entry has it, as the first free ID is always 001. */
const PLACEHOLDER_NUMBER = '000';

/** Whether an ID is the placeholder of a concept that has no ID yet (`D-000`). */
export const isPlaceholderId = (id: string): boolean => id.endsWith(`-${PLACEHOLDER_NUMBER}`);

/** Whether a frontmatter value is left out or left empty. */
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A concept's frontmatter as the collection schema accepts it, for the dev server's preview only: a
 * concept may still lack what it needs before publication (its ID, which `npm run intake` assigns,
 * its dates, a dilemma's discussion questions), and the schema requires those. Each one missing or
 * empty gets a placeholder: the kind's prefix with number 000 (`D-000`, shown as "nog geen ID"),
 * today's date, or one line saying that the questions are still to be written. Questions get one
 * only where the schema requires them. Anything else is left as it is, for the content check.
 */
export function withConceptPlaceholders(kind: Kind, data: Record<string, unknown>, today: string) {
  const placeholders: Record<string, unknown> = {
    id: `${kinds[kind].prefix}-${PLACEHOLDER_NUMBER}`,
    published: today,
    updated: today,
    questions: [ui.concept.noQuestionsYet],
  };
  const shape: Record<string, z.ZodType> = kinds[kind].schema.shape;
  const filled = { ...data };
  for (const [field, placeholder] of Object.entries(placeholders)) {
    if (isEmpty(data[field]) && !shape[field]?.safeParse(data[field] ?? undefined).success) filled[field] = placeholder;
  }
  return filled;
}
