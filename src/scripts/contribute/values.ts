/** The form's raw values: read and written by path, and what every field control shares with the form. */
import type { KnownEntry, RawValues } from '../../lib/contribute/validate.ts';
import type { FieldPath } from './dom.ts';

/** The value at a path in nested objects and lists. */
export function getAt(values: RawValues, path: FieldPath): unknown {
  let current: unknown = values;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Sets the value at a path, making the objects and lists on the way. */
export function setAt(values: RawValues, path: FieldPath, value: unknown): void {
  let current = values as Record<string | number, unknown>;
  path.forEach((part, index) => {
    if (index === path.length - 1) {
      current[part] = value;
      return;
    }
    const next = current[part];
    if (next === null || typeof next !== 'object') current[part] = typeof path[index + 1] === 'number' ? [] : {};
    current = current[part] as Record<string | number, unknown>;
  });
}

/** A control on the page, so that messages can be put next to it and the summary can link to it. */
export interface FieldHandle {
  /** The field's dotted path, as problems name it. */
  key: string;
  label: string;
  /** What aria-invalid and aria-describedby go on: the input, or the fieldset of a group of options. */
  control: HTMLElement;
  /** What a link in the error summary moves the focus to. */
  focusTarget: () => HTMLElement;
  /** The help under the label, the slot for the check's message, and the slot for personal data found. */
  hint: HTMLElement;
  error: HTMLElement;
  privacy: HTMLElement;
  /** Whether the field holds free text, to be read for personal data. */
  isText: boolean;
  /** Whether the field is the title, which also becomes the file name. */
  isTitle: boolean;
}

/** What field controls need from the form. */
export interface FormContext {
  values: RawValues;
  /** Titles of the vocabularies' keys, to label their options. */
  vocabularyTitles: Record<'themes' | 'laws', Record<string, string>>;
  /** Published entries, for the relation picker. */
  entries: readonly KnownEntry[];
  /** Called after a control changed the value at a path. */
  changed: (path: FieldPath) => void;
  /** Called for every control rendered. */
  register: (handle: FieldHandle) => void;
}
