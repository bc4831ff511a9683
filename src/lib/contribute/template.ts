/** The e-mail template for contributors without JavaScript: the file `npm run new` writes, without what only editors fill in. */
import type { Kind } from '../../schemas/kinds.ts';
import { scaffoldEntry } from '../content/scaffold.ts';
import { EDITOR_FIELDS } from './model.ts';

/** Fields left out of the template: those only editors set, but the status (concept), which an entry must have. */
const LEFT_OUT: readonly string[] = EDITOR_FIELDS.filter((key) => key !== 'status');

/**
 * The scaffold of a kind as a contributor fills it in by e-mail: `npm run new`'s text with every
 * field explained, without the fields only editors set; `npm run intake` adds the ID and the dates
 * (so no page depends on the day it was built).
 */
export function emailTemplate(kind: Kind, title: string): string {
  const text = scaffoldEntry(kind, title, { id: 'X-000', today: '0000-00-00' });
  // The scaffold writes each top-level field as a block: a blank line, its comment lines, its value.
  return text
    .split('\n\n')
    .filter((block) => !LEFT_OUT.some((key) => new RegExp(`^(?:# )?${key}:`, 'm').test(block)))
    .join('\n\n');
}
