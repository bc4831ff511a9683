/** The draft of a contribution, kept in this browser's localStorage only, for 30 days after its last change. */
import type { Kind } from '../../schemas/kinds.ts';
import type { RawValues } from '../../lib/contribute/validate.ts';

/** Where the draft is kept (this browser, this device). */
export const DRAFT_KEY = 'kennisbank-bijdrage-concept';
/** How long a draft is kept after its last change. */
export const DRAFT_DAYS = 30;
const VERSION = 1;

/** Everything the contributor has typed. */
export interface Draft {
  kind: Kind | undefined;
  values: RawValues;
  body: string;
  contact: string;
}

/** A draft as stored: with the time of its last change. */
interface Stored extends Draft {
  version: number;
  savedAt: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft kept on this device and when it was saved; none when there is none, it is older than 30 days or unreadable. */
export function loadDraft(now = new Date()): { draft: Draft; savedAt: Date } | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (!isObject(stored) || stored['version'] !== VERSION || typeof stored['savedAt'] !== 'string') return undefined;
  const savedAt = new Date(stored['savedAt']);
  if (Number.isNaN(savedAt.getTime()) || now.getTime() - savedAt.getTime() > DRAFT_DAYS * 86_400_000) {
    clearDraft();
    return undefined;
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    draft: {
      kind: typeof stored['kind'] === 'string' ? (stored['kind'] as Kind) : undefined,
      values: isObject(stored['values']) ? stored['values'] : {},
      body: text(stored['body']),
      contact: text(stored['contact']),
    },
    savedAt,
  };
}

/** Keeps the draft on this device; false when the browser does not allow it (private mode, storage full). */
export function saveDraft(draft: Draft, now = new Date()): boolean {
  const stored: Stored = { version: VERSION, savedAt: now.toISOString(), ...draft };
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

/** Removes the draft from this device. */
export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing was kept.
  }
}
