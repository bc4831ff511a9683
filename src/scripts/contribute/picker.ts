/** The relation picker: find existing entries of the right kind by ID or title, add and remove them with the keyboard. */
import type { FormField } from '../../lib/contribute/model.ts';
import { contributeUi as t } from '../../lib/contribute/ui.ts';
import type { KnownEntry } from '../../lib/contribute/validate.ts';
import { el, fieldId, type FieldPath } from './dom.ts';
import { fieldset } from './fields.ts';
import { getAt, setAt, type FormContext } from './values.ts';

/** How many matches are offered at once. */
const SHOWN = 6;
/** Something typed that looks like an ID, so it can be added even when no entry has it (the check then says so). */
const TYPED_ID = /^[PDAB]-\d+$/i;

/** Lower case without accents, for matching titles as people type them. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The entries a query matches, by ID or by words of the title, leaving out those already chosen. */
export function matches(entries: readonly KnownEntry[], query: string, chosen: readonly string[]): KnownEntry[] {
  const words = plain(query).split(/\s+/).filter(Boolean);
  return entries
    .filter((entry) => !chosen.includes(entry.id))
    .filter((entry) => words.every((word) => plain(`${entry.id} ${entry.title}`).includes(word)));
}

/** A searchable picker of existing entries for a relation field. */
export function relationPicker(field: FormField, path: FieldPath, context: FormContext): HTMLElement {
  const id = fieldId(path);
  const candidates = context.entries.filter((entry) => !field.target || entry.kind === field.target);
  const titleOf = (entryId: string) => context.entries.find((entry) => entry.id === entryId)?.title;
  const chosenOf = () => {
    const value = getAt(context.values, path);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  };
  const search = el('input', {
    id: `${id}-search`,
    type: 'search',
    autocomplete: 'off',
    'aria-controls': `${id}-results`,
  });
  const chosenList = el('ul', { class: 'picker-chosen', 'aria-labelledby': `${id}-chosen` });
  const results = el('ul', { class: 'picker-results', id: `${id}-results` });
  const status = el('p', { class: 'hint', role: 'status' });

  const set = (ids: string[], announcement: string) => {
    setAt(context.values, path, ids);
    status.textContent = announcement;
    draw();
    context.changed(path);
  };
  const add = (entryId: string) => {
    const normal = entryId.toUpperCase();
    if (!chosenOf().includes(normal)) set([...chosenOf(), normal], `${normal} ${t.picker.added}`);
    search.value = '';
    drawResults();
    search.focus();
  };

  const drawResults = () => {
    const query = search.value.trim();
    const found = matches(candidates, query, chosenOf()).slice(0, SHOWN);
    const typed =
      TYPED_ID.test(query) && !found.some((entry) => entry.id === query.toUpperCase()) ? query.toUpperCase() : '';
    const buttons = [
      ...found.map((entry) => ({ id: entry.id, text: t.picker.add(`${entry.id} ${entry.title}`) })),
      ...(typed && !chosenOf().includes(typed) ? [{ id: typed, text: t.picker.addTyped(typed) }] : []),
    ];
    results.replaceChildren(
      ...buttons.map((choice) => {
        const button = el('button', { type: 'button', class: 'secondary' }, choice.text);
        button.addEventListener('click', () => add(choice.id));
        return el('li', {}, button);
      }),
    );
    if (buttons.length === 0 && query) results.append(el('li', { class: 'hint' }, t.picker.noMatch));
  };

  const draw = () => {
    const chosen = chosenOf();
    chosenList.replaceChildren(
      ...chosen.map((entryId, index) => {
        const remove = el('button', { type: 'button', class: 'secondary' }, t.picker.remove(entryId));
        remove.addEventListener('click', () => {
          set(
            chosen.filter((_, other) => other !== index),
            `${entryId} ${t.picker.removed}`,
          );
          search.focus();
        });
        return el(
          'li',
          {},
          el('span', { class: 'entry-id' }, entryId),
          ' ',
          titleOf(entryId) ?? t.picker.unknownTitle,
          ' ',
          remove,
        );
      }),
    );
    if (chosen.length === 0) chosenList.append(el('li', { class: 'hint' }, t.picker.none));
    drawResults();
  };

  search.addEventListener('input', drawResults);
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const query = search.value.trim();
    const first = matches(candidates, query, chosenOf())[0];
    if (TYPED_ID.test(query)) add(query);
    else if (first && query) add(first.id);
  });
  draw();

  return fieldset(
    field,
    path,
    context,
    () => search,
    el('p', { class: 'picker-label', id: `${id}-chosen` }, t.picker.chosen),
    chosenList,
    el('label', { for: search.id }, t.picker.search),
    search,
    results,
    status,
  );
}
