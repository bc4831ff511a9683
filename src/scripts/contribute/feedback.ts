/** The check's messages on the page: next to each field, and in a summary at the top that links to the fields. */
import type { Problem } from '../../lib/content/problems.ts';
import { contributeUi as t } from '../../lib/contribute/ui.ts';
import { describe, el, problemKey } from './dom.ts';
import type { FieldHandle } from './values.ts';

/** What the checks found: problems that stop the contribution, advice that does not, and personal data. */
export interface Findings {
  errors: Problem[];
  warnings: Problem[];
  privacy: Problem[];
}

/** The field a problem belongs to: the field with the longest path that starts the problem's path. */
export function handleFor(handles: ReadonlyMap<string, FieldHandle>, field: string): FieldHandle | undefined {
  const parts = problemKey(field).split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const handle = handles.get(parts.slice(0, length).join('.'));
    if (handle?.control.isConnected) return handle;
  }
  return undefined;
}

/** A field's name as the summary gives it: with the list it is part of (`Bronnen, nummer 2: Titel van de bron`). */
export function labelFor(handles: ReadonlyMap<string, FieldHandle>, key: string): string {
  const parts = key.split('.');
  const names: string[] = [];
  parts.forEach((part, index) => {
    // A number names an item of a list of groups; the last part of a path (`restsOn.1`) is the list's own value.
    if (/^\d+$/.test(part)) {
      if (index < parts.length - 1) names.push(t.groups.item(Number(part) + 1).toLowerCase());
    } else {
      const label = handles.get(parts.slice(0, index + 1).join('.'))?.label;
      if (label) names.push(label);
    }
  });
  return names.length > 1 ? `${names.slice(0, -1).join(', ')}: ${names.at(-1)}` : (names[0] ?? key);
}

/** Shows personal data found in one field, or clears it. */
export function showPrivacy(handle: FieldHandle, found: readonly Problem[]): void {
  handle.privacy.replaceChildren(...found.map((finding) => el('p', {}, finding.message)));
  handle.privacy.hidden = found.length === 0;
  markInvalid(handle);
}

function markInvalid(handle: FieldHandle): void {
  const invalid = !handle.privacy.hidden || (!handle.error.hidden && handle.error.classList.contains('is-error'));
  if (invalid) handle.control.setAttribute('aria-invalid', 'true');
  else handle.control.removeAttribute('aria-invalid');
  describe(handle.control, [handle.hint, handle.error, handle.privacy]);
}

/** Puts each message next to its field; advice only where a field has no error. */
export function showFieldMessages(handles: ReadonlyMap<string, FieldHandle>, { errors, warnings }: Findings): void {
  const byHandle = new Map<FieldHandle, { errors: string[]; warnings: string[] }>();
  const add = (problem: Problem, severity: 'errors' | 'warnings') => {
    const handle = handleFor(handles, problem.field);
    if (!handle) return;
    const messages = byHandle.get(handle) ?? { errors: [], warnings: [] };
    messages[severity].push(problem.message);
    byHandle.set(handle, messages);
  };
  errors.forEach((problem) => add(problem, 'errors'));
  warnings.forEach((problem) => add(problem, 'warnings'));
  for (const handle of handles.values()) {
    const messages = byHandle.get(handle) ?? { errors: [], warnings: [] };
    const shown = messages.errors.length > 0 ? messages.errors : messages.warnings;
    handle.error.replaceChildren(...shown.map((message) => el('p', {}, message)));
    handle.error.hidden = shown.length === 0;
    handle.error.classList.toggle('is-error', messages.errors.length > 0);
    handle.error.classList.toggle('is-warning', messages.errors.length === 0 && shown.length > 0);
    markInvalid(handle);
  }
}

/** Fills the error summary with a link to each field that has a problem or personal data; hides it when there are none. */
export function showSummary(
  summary: HTMLElement,
  handles: ReadonlyMap<string, FieldHandle>,
  { errors, privacy }: Findings,
): number {
  const found = [...privacy, ...errors].map((problem) => ({ problem, handle: handleFor(handles, problem.field) }));
  // In the order of the form; what belongs to no field last.
  found.sort(({ handle: a }, { handle: b }) => {
    if (!a || !b) return a ? -1 : b ? 1 : 0;
    if (a.control === b.control) return 0;
    return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  const items = found.map(({ problem, handle }) => {
    const label = labelFor(handles, problemKey(problem.field));
    const text = `${label}: ${problem.message}`;
    const target = handle?.focusTarget();
    if (!target?.id) return el('li', {}, text);
    const link = el('a', { href: `#${target.id}` }, text);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'center' });
    });
    return el('li', {}, link);
  });
  summary.replaceChildren(
    el('h2', { id: 'samenvatting-titel' }, t.summary.title),
    el('p', {}, t.summary.intro),
    el('ul', {}, ...items),
  );
  summary.hidden = items.length === 0;
  return items.length;
}
