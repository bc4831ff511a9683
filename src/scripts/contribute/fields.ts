/** The form's controls, one per schema field: label, help, example, message slots and the input itself. */
import type { FormField } from '../../lib/contribute/model.ts';
import { contributeUi as t } from '../../lib/contribute/ui.ts';
import { describe, el, fieldId, pathKey, type FieldPath } from './dom.ts';
import { relationPicker } from './picker.ts';
import { getAt, setAt, type FormContext } from './values.ts';

/** The help under a label: the schema's description, how to fill in a list, and its example. */
export function hintOf(field: FormField): string {
  const parts: string[] = [];
  if (field.help && field.help.replace(/\.$/, '') !== field.label) parts.push(field.help);
  if (field.control === 'lines') parts.push(t.oneLine);
  if (field.vocabulary) parts.push(field.min ? t.atLeast(field.min) : t.chooseAny);
  else if (['lines', 'choices', 'relations'].includes(field.control) && (field.min ?? 0) > 1) {
    parts.push(t.atLeast(field.min!));
  }
  if (field.example) parts.push(`${t.example} ${field.example}`);
  return parts.join(' ');
}

/** The label's text with "verplicht" for a required field, or that the editors need it before publication. */
function labelContent(field: FormField): (Node | string)[] {
  const marker = field.required ? t.required : field.beforePublication ? t.beforePublication : undefined;
  return [field.label, ...(marker ? [' ', el('span', { class: 'required' }, `(${marker})`)] : [])];
}

/** The slots every field has: help, the check's message, and personal data found. */
function slots(id: string, hint: string) {
  return {
    hint: el('p', { class: 'hint', id: `${id}-hint` }, hint),
    error: el('div', { class: 'field-error', id: `${id}-error`, hidden: true }),
    privacy: el('div', { class: 'privacy-finding', id: `${id}-privacy`, hidden: true }),
  };
}

/** A text, long text, number, web address or list of lines: a label and one input or text area. */
function textField(field: FormField, path: FieldPath, context: FormContext): HTMLElement {
  const multiline = field.control === 'longtext' || field.control === 'lines';
  const value = getAt(context.values, path);
  const id = fieldId(path);
  const control = multiline
    ? el('textarea', { id, name: id, rows: field.control === 'lines' ? '3' : '4' })
    : el('input', {
        id,
        name: id,
        type: field.control === 'url' ? 'url' : 'text',
        inputmode: field.control === 'number' ? 'numeric' : undefined,
        autocomplete: 'off',
      });
  control.value = typeof value === 'string' ? value : '';
  return labelled(
    control,
    path,
    { label: labelContent(field), hint: hintOf(field), max: field.control === 'lines' ? undefined : field.max },
    context,
    {
      label: field.label,
      required: field.required,
      isText: field.control !== 'number',
      onInput: (text) => setAt(context.values, path, text),
    },
  );
}

/** A control with its label, help, message slots and character counter, registered with the form. */
function labelled(
  control: HTMLInputElement | HTMLTextAreaElement,
  path: FieldPath,
  shown: { label: (Node | string)[]; hint: string; max?: number | undefined },
  context: FormContext | undefined,
  options: { label: string; required: boolean; isText: boolean; onInput: (value: string) => void },
): HTMLElement {
  const { hint, error, privacy } = slots(control.id, shown.hint);
  if (options.required) control.setAttribute('aria-required', 'true');
  const { max } = shown;
  const counter =
    max !== undefined
      ? el('p', { class: 'counter', id: `${control.id}-count` }, t.characters(control.value.trim().length, max))
      : undefined;
  control.addEventListener('input', () => {
    options.onInput(control.value);
    if (counter && max !== undefined) counter.textContent = t.characters(control.value.trim().length, max);
    context?.changed(path);
  });
  const wrapper = el(
    'div',
    { class: 'form-field', 'data-path': pathKey(path) },
    el('label', { for: control.id }, ...shown.label),
    hint,
    error,
    privacy,
    control,
    counter,
  );
  describe(control, [hint, error, privacy]);
  context?.register({
    key: pathKey(path),
    label: options.label,
    control,
    focusTarget: () => control,
    hint,
    error,
    privacy,
    isText: options.isText,
    isTitle: path.length === 1 && path[0] === 'title',
  });
  return wrapper;
}

/** A text area that is not a schema field (the body, the contact details); registered with the form when given one. */
export function textArea(
  spec: { key: string; label: string; hint: string; value: string; rows: number; optional?: boolean },
  onInput: (value: string) => void,
  context?: FormContext,
): HTMLElement {
  const control = el('textarea', { id: fieldId([spec.key]), name: spec.key, rows: String(spec.rows) });
  control.value = spec.value;
  const label = [
    spec.label,
    ...(spec.optional ? [' ', el('span', { class: 'optional' }, `(${t.contact.optional})`)] : []),
  ];
  return labelled(control, [spec.key], { label, hint: spec.hint }, context, {
    label: spec.label,
    required: false,
    isText: true,
    onInput,
  });
}

/** A fieldset with a legend, help and message slots, registered so messages and the summary can find it. */
export function fieldset(
  field: FormField,
  path: FieldPath,
  context: FormContext,
  focusTarget: (() => HTMLElement | undefined) | undefined,
  ...content: (Node | undefined)[]
): HTMLFieldSetElement {
  const id = fieldId(path);
  const { hint, error, privacy } = slots(id, hintOf(field));
  const set = el(
    'fieldset',
    { class: 'form-field', 'data-path': pathKey(path), id },
    el('legend', {}, ...labelContent(field)),
    hint,
    error,
    ...content,
  );
  describe(set, [hint, error]);
  context.register({
    key: pathKey(path),
    label: field.label,
    control: set,
    focusTarget: () => focusTarget?.() ?? set.querySelector<HTMLElement>('input, textarea, button') ?? set,
    hint,
    error,
    privacy,
    isText: false,
    isTitle: false,
  });
  return set;
}

/** Radio buttons (one of a closed list) or checkboxes (some of a list or vocabulary). */
function optionsField(field: FormField, path: FieldPath, context: FormContext, explain?: Record<string, string>) {
  const id = fieldId(path);
  const multiple = field.control === 'choices';
  const current = getAt(context.values, path);
  const chosen = new Set(multiple ? (Array.isArray(current) ? current : []) : [current]);
  const titles = field.vocabulary ? context.vocabularyTitles[field.vocabulary] : {};
  const inputs = field.options.map((option, index) =>
    el('input', {
      type: multiple ? 'checkbox' : 'radio',
      id: `${id}-${index}`,
      name: id,
      value: option,
      checked: chosen.has(option),
      'aria-describedby': explain?.[option] ? `${id}-${index}-hint` : undefined,
    }),
  );
  const list = el(
    'div',
    { class: multiple ? 'options options-many' : 'options' },
    ...field.options.map((option, index) =>
      el(
        'div',
        { class: 'option' },
        inputs[index],
        el('label', { for: `${id}-${index}` }, titles[option] ?? option),
        explain?.[option] ? el('p', { class: 'hint', id: `${id}-${index}-hint` }, explain[option]) : undefined,
      ),
    ),
  );
  list.addEventListener('change', () => {
    const checked = inputs.filter((input) => input.checked).map((input) => input.value);
    setAt(context.values, path, multiple ? checked : (checked[0] ?? ''));
    context.changed(path);
  });
  return fieldset(field, path, context, () => inputs.find((input) => input.checked) ?? inputs[0], list);
}

/** Renders one field of the form, and registers it. */
export function renderField(field: FormField, path: FieldPath, context: FormContext): HTMLElement {
  switch (field.control) {
    case 'choice':
      return optionsField(field, path, context, path.at(-1) === 'anonymisation' ? t.anonymisation : undefined);
    case 'choices':
      return optionsField(field, path, context);
    case 'relations':
      return relationPicker(field, path, context);
    case 'group':
      return fieldset(
        field,
        path,
        context,
        undefined,
        ...field.fields.map((part) => renderField(part, [...path, part.key], context)),
      );
    case 'groups':
      return groupList(field, path, context);
    default:
      return textField(field, path, context);
  }
}

/** A list of groups (sources, evidence): each a numbered fieldset with a button to remove it, and a button to add one. */
function groupList(field: FormField, path: FieldPath, context: FormContext): HTMLElement {
  const items = el('div', { class: 'group-items' });
  const add = el('button', { type: 'button', class: 'secondary' }, t.groups.add(field.label));
  const itemsOf = () => {
    const current = getAt(context.values, path);
    return Array.isArray(current) ? (current as unknown[]) : [];
  };
  const draw = () => {
    items.replaceChildren(
      ...itemsOf().map((_, index) => {
        const itemPath = [...path, index];
        const remove = el('button', { type: 'button', class: 'secondary' }, t.groups.remove(index + 1));
        remove.addEventListener('click', () => {
          setAt(
            context.values,
            path,
            itemsOf().filter((__, other) => other !== index),
          );
          draw();
          context.changed(path);
          add.focus();
        });
        return el(
          'fieldset',
          { class: 'group-item', 'data-path': pathKey(itemPath) },
          el('legend', {}, t.groups.item(index + 1)),
          ...field.fields.map((part) => renderField(part, [...itemPath, part.key], context)),
          remove,
        );
      }),
    );
  };
  add.addEventListener('click', () => {
    setAt(context.values, path, [...itemsOf(), {}]);
    draw();
    context.changed(path);
    items.lastElementChild?.querySelector<HTMLElement>('input, textarea')?.focus();
  });
  draw();
  return fieldset(field, path, context, () => items.querySelector<HTMLElement>('input, textarea') ?? add, items, add);
}
