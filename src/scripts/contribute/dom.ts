/** Small DOM helpers for the contribution form: elements from text only (never HTML), and ids from field paths. */

type Attributes = Record<string, string | boolean | undefined>;

/** An element with attributes and children; strings become text nodes, so no content is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === false || child === undefined) continue;
    element.append(child);
  }
  return element;
}

/** A field's place in the form's values, as a dotted key: `sources.0.title`. */
export type FieldPath = readonly (string | number)[];
export const pathKey = (path: FieldPath) => path.join('.');
/** The id of a field's control: `f-sources-0-title`. */
export const fieldId = (path: FieldPath) => `f-${path.join('-')}`;

/** A problem's field (`sources[0].title`, `body (regel 3)`) as a dotted key. */
export function problemKey(field: string): string {
  if (field.startsWith('body')) return 'body';
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** Points a control's aria-describedby at the descriptions that are shown and not empty. */
export function describe(control: Element, descriptions: readonly HTMLElement[]): void {
  const shown = descriptions
    .filter((target) => !target.hidden && target.textContent?.trim())
    .map((target) => target.id);
  if (shown.length > 0) control.setAttribute('aria-describedby', shown.join(' '));
  else control.removeAttribute('aria-describedby');
}
