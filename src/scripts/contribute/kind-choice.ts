/** The first question of the form: which kind of entry to share, practices and dilemmas first, the others as a suggestion. */
import { ui } from '../../i18n/nl.ts';
import { contributionKinds } from '../../lib/contribute/model.ts';
import { contributeUi as t } from '../../lib/contribute/ui.ts';
import type { Kind } from '../../schemas/kinds.ts';
import { el } from './dom.ts';

/** Radio buttons for the kinds, each with a line on what it is; `chosen` is called when one is picked. */
export function kindChoice(selected: Kind | undefined, chosen: (kind: Kind) => void): HTMLFieldSetElement {
  return el(
    'fieldset',
    { class: 'form-field kind-choice' },
    el('legend', {}, t.kindLegend),
    ...[...contributionKinds.main, null, ...contributionKinds.suggestion].map((kind) => {
      if (kind === null) return el('p', { class: 'kind-suggestion' }, t.kindSuggestion);
      const input = el('input', {
        type: 'radio',
        name: 'soort',
        id: `soort-${kind}`,
        value: kind,
        checked: selected === kind,
        'aria-describedby': `soort-${kind}-hint`,
      });
      input.addEventListener('change', () => chosen(kind));
      return el(
        'div',
        { class: 'option' },
        input,
        el('label', { for: input.id }, ui.kindSingular[kind]),
        el('p', { class: 'hint', id: `soort-${kind}-hint` }, t.kindHelp[kind]),
      );
    }),
  );
}
