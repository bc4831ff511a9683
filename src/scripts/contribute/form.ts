/** The contribution form on /bijdragen/: built from the schemas, checked as the content check does, kept on this device only. */
import { z } from 'zod';
import { bodyPrompts } from '../../lib/content/scaffold.ts';
import { contributionFile, contributionFileName } from '../../lib/contribute/entry-file.ts';
import { contributionSchema, formFields, sectionOf, type Section } from '../../lib/contribute/model.ts';
import { contributeUi as t } from '../../lib/contribute/ui.ts';
import {
  contributionData,
  contributionProblems,
  isWarning,
  personalDataIn,
  type KnownEntry,
} from '../../lib/contribute/validate.ts';
import { ui } from '../../i18n/nl.ts';
import { kindNames, type Kind } from '../../schemas/kinds.ts';
import { siteConfig } from '../../site.config.ts';
import { el, type FieldPath } from './dom.ts';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft.ts';
import { showFieldMessages, showPrivacy, showSummary, type Findings } from './feedback.ts';
import { renderField, textArea } from './fields.ts';
import { kindChoice } from './kind-choice.ts';
import { hideResult, showResult } from './result.ts';
import { getAt, type FieldHandle, type FormContext } from './values.ts';

/** What the page puts in its JSON island at build time. */
interface PageData {
  themes: [string, string][];
  laws: [string, string][];
  entries: KnownEntry[];
}

const SECTIONS: Section[] = ['story', 'filing', 'extra', 'safety'];
const pad = (n: number) => String(n).padStart(2, '0');
const today = (now = new Date()) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const clock = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** Runs `action` once typing has paused. */
function debounce(action: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

/** Starts the form in the element marked `data-contribute`. */
export function startContributeForm(): void {
  // Set before any schema was made by main.ts; said again here in case zod stops reading that setting.
  z.config({ jitless: true });
  const root = document.querySelector<HTMLElement>('[data-contribute]');
  const island = document.getElementById('contribute-data');
  if (!root || !island) return;
  const data = JSON.parse(island.textContent ?? '{}') as PageData;
  const vocabularies = { themeKeys: data.themes.map(([key]) => key), lawKeys: data.laws.map(([key]) => key) };
  const known = new Map(data.entries.map((entry) => [entry.id, entry]));
  const allow = siteConfig.personalData.allow;

  const restored = loadDraft();
  const asked = new URLSearchParams(location.search).get('soort');
  const draft: Draft = restored?.draft ?? { kind: undefined, values: {}, body: '', contact: '' };
  if (asked && (kindNames as string[]).includes(asked)) draft.kind = asked as Kind;

  const handles = new Map<string, FieldHandle>();
  const summary = el('div', {
    class: 'error-summary',
    tabindex: '-1',
    'aria-labelledby': 'samenvatting-titel',
    hidden: true,
  });
  const fieldsArea = el('div', { class: 'form-sections' });
  const status = el('p', { class: 'draft-status', role: 'status' });
  const result = el('section', { class: 'result', 'aria-labelledby': 'resultaat-titel', hidden: true });
  let submitted = false;

  const context: FormContext = {
    values: draft.values,
    vocabularyTitles: { themes: Object.fromEntries(data.themes), laws: Object.fromEntries(data.laws) },
    entries: data.entries,
    register: (handle) => handles.set(handle.key, handle),
    changed: (path) => changed(path),
  };

  let unsaved = false;
  const saveNow = () => {
    if (!unsaved) return;
    unsaved = false;
    status.textContent = saveDraft(draft) ? t.saved(clock(new Date())) : t.storageUnavailable;
  };
  const saveSoon = debounce(saveNow, 400);
  const save = () => {
    unsaved = true;
    saveSoon();
  };
  const valueOf = (key: string): string => {
    const value =
      key === 'body'
        ? draft.body
        : getAt(
            draft.values,
            key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          );
    return typeof value === 'string' ? value : '';
  };
  const privacyOf = (handle: FieldHandle) => personalDataIn(handle.key, valueOf(handle.key), allow, handle.isTitle);
  const checkPrivacy = (key: string) => {
    const handle = handles.get(key);
    if (handle?.isText) showPrivacy(handle, privacyOf(handle));
  };
  const privacyTimers = new Map<string, () => void>();

  /** Every check on the whole form, as the content check would run it on the file. */
  const findings = (): Findings | undefined => {
    if (!draft.kind) return undefined;
    const fields = formFields(draft.kind, vocabularies);
    const entryData = contributionData(fields, draft.values, today());
    const problems = contributionProblems(
      draft.kind,
      contributionSchema(draft.kind, vocabularies),
      entryData,
      draft.body,
      known,
    );
    const privacy = [...handles.values()].filter((h) => h.isText && h.control.isConnected).flatMap(privacyOf);
    return { errors: problems.filter((p) => !isWarning(p)), warnings: problems.filter(isWarning), privacy };
  };
  const revalidate = debounce(() => {
    const found = findings();
    if (found) showFieldMessages(handles, found);
  }, 300);

  function changed(path: FieldPath): void {
    save();
    const key = path.join('.');
    if (!privacyTimers.has(key))
      privacyTimers.set(
        key,
        debounce(() => checkPrivacy(key), 250),
      );
    privacyTimers.get(key)!();
    if (submitted) revalidate();
    if (!result.hidden) {
      hideResult(result);
      status.textContent = t.stale;
    }
  }

  /** Draws the fields of the chosen kind, in their sections, with the body and the contact field. */
  function drawFields(): void {
    handles.clear();
    const kind = draft.kind;
    if (!kind) {
      fieldsArea.replaceChildren();
      return;
    }
    const fields = formFields(kind, vocabularies);
    fieldsArea.replaceChildren(
      ...SECTIONS.flatMap((section) => {
        const inSection = fields.filter((field) => sectionOf(field, kind) === section);
        const extra =
          section === 'story'
            ? [bodyField(kind)]
            : section === 'safety' && inSection.length > 0
              ? [el('p', {}, t.safetyHelp)]
              : [];
        if (inSection.length === 0 && extra.length === 0) return [];
        return [
          el(
            'section',
            { class: 'form-section', 'aria-labelledby': `deel-${section}` },
            el('h2', { id: `deel-${section}` }, t.sections[section]),
            ...(section === 'safety' ? extra : []),
            ...inSection.map((field) => renderField(field, [field.key], context)),
            ...(section === 'safety' ? [] : extra),
          ),
        ];
      }),
    );
    for (const handle of handles.values()) if (handle.isText) checkPrivacy(handle.key);
  }

  function bodyField(kind: Kind): HTMLElement {
    return textArea(
      { key: 'body', label: ui.entry.body, hint: `${bodyPrompts[kind]} ${t.body.help}`, value: draft.body, rows: 10 },
      (value) => {
        draft.body = value;
        changed(['body']);
      },
      context,
    );
  }

  const choice = kindChoice(draft.kind, (kind) => {
    draft.kind = kind;
    drawFields();
    save();
    if (submitted) revalidate();
  });

  const contact = textArea(
    { key: 'contact', label: t.contact.label, hint: t.contact.help, value: draft.contact, rows: 2, optional: true },
    (value) => {
      draft.contact = value;
      changed(['contact']);
    },
  );
  const submit = el('button', { type: 'submit' }, t.submit);
  const clear = el('button', { type: 'button', class: 'secondary' }, t.clear);
  const form = el(
    'form',
    { novalidate: true, class: 'contribute-form', 'aria-label': t.title },
    summary,
    choice,
    fieldsArea,
    contact,
    el('div', { class: 'actions' }, submit, clear),
    status,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
    const found = findings();
    if (!found || !draft.kind) {
      choice.querySelector('input')?.focus();
      return;
    }
    showFieldMessages(handles, found);
    for (const handle of handles.values())
      if (handle.isText)
        showPrivacy(
          handle,
          found.privacy.filter((p) => p.field === handle.key),
        );
    if (showSummary(summary, handles, found) > 0) {
      hideResult(result);
      summary.focus();
      return;
    }
    const fileText = contributionFile(
      draft.kind,
      contributionData(formFields(draft.kind, vocabularies), draft.values, today()),
      draft.body,
    );
    const title = valueOf('title');
    showResult(
      result,
      { kind: draft.kind, title, fileName: contributionFileName(title), fileText, contact: draft.contact },
      siteConfig.contribute,
    );
  });

  clear.addEventListener('click', () => {
    if (!confirm(t.clearConfirm)) return;
    unsaved = false;
    clearDraft();
    draft.values = {};
    context.values = draft.values;
    draft.body = '';
    draft.contact = '';
    submitted = false;
    summary.hidden = true;
    hideResult(result);
    (contact.querySelector('textarea') as HTMLTextAreaElement).value = '';
    drawFields();
    status.textContent = t.cleared;
    choice.querySelector('input')?.focus();
  });
  // Keep the last keystrokes when the tab is closed or the phone switches apps.
  addEventListener('pagehide', () => unsaved && saveNow());

  drawFields();
  if (restored) {
    status.textContent = t.restored(`${ui.formatDate(today(restored.savedAt))} ${clock(restored.savedAt)}`);
  }
  root.replaceChildren(form, result);
  root.hidden = false;
}
