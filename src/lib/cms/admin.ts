/** The admin page's own script: Dutch words for saving, the content check before every save, the entry previews; then starts Decap CMS. */
import { kindNames, kinds } from '../../schemas/kinds.ts';
import { collectionOf, kindOfCollection } from './config.ts';
import { entryEdits, entryProblems, errorLines, applyEdits, type DataPath } from './entry-data.ts';
import { renderPreview, type CreateElement } from './preview.ts';

/** The part of an Immutable.js Map (how Decap holds an entry) that this script uses. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: DataPath): unknown;
  setIn(path: DataPath, value: unknown): ImmutableMap;
  deleteIn(path: DataPath): ImmutableMap;
  toJS(): unknown;
}

/** The part of Decap CMS's global `CMS` that this script uses. */
interface DecapCms {
  init(options?: object): void;
  getLocale(name: string): Record<string, Record<string, Record<string, string>>>;
  registerLocale(name: string, phrases: object): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}

/** The vocabularies' titles, which the admin page carries in a JSON block written with the configuration. */
interface Vocabularies {
  themes: Record<string, string>;
  laws: Record<string, string>;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: DecapCms;
    h: CreateElement;
  }
}

// Decap starts itself when its script has run, unless told otherwise; this script runs first.
window.CMS_MANUAL_INIT = true;

/**
 * Words of Decap's Dutch locale that this site changes, by group and key. In Decap's simple mode
 * "publiceren" means saving a file; here it is called saving, and publishing is the status. The new
 * entry button's full-width plus is missing from many system fonts.
 */
const DUTCH_WORDS: Record<string, Record<string, Record<string, string>>> = {
  editor: {
    editorToolbar: {
      publish: 'Opslaan',
      publishing: 'Opslaan...',
      publishNow: 'Nu opslaan',
      publishAndCreateNew: 'Opslaan en nieuw item maken',
      publishAndDuplicate: 'Opslaan en kopie maken',
      published: 'Opgeslagen',
      deployButtonLabel: 'Bekijk op de site',
    },
  },
  ui: { toast: { entryPublished: 'Opgeslagen', onFailToPersist: 'Niet opgeslagen. %{details}' } },
  collection: { collectionTop: { newButton: '+ %{collectionLabel}' } },
};

const today = () => new Date().toISOString().slice(0, 10);

const plain = (map: ImmutableMap): Record<string, unknown> => (map.toJS() ?? {}) as Record<string, unknown>;

/** The entry's file as the check names it, for the messages. */
function fileOf(entry: ImmutableMap, folder: string): string {
  const path = entry.get('path');
  const slug = entry.get('slug');
  return typeof path === 'string' && path
    ? path
    : `content/${folder}/${typeof slug === 'string' && slug ? slug : 'nieuw'}.mdx`;
}

/**
 * Before every save: leaves out what Decap writes for emptied fields, dates a publication, and
 * runs the content check's schema rules; an error stops the save with the check's own message.
 */
function checkBeforeSave({ entry }: { entry: ImmutableMap }): ImmutableMap | undefined {
  const kind = kindOfCollection(String(entry.get('collection')));
  let data = entry.get('data') as ImmutableMap;
  if (!kind || !data) return undefined;
  const edits = entryEdits(plain(data), today());
  for (const path of edits.remove) data = data.deleteIn(path);
  for (const [path, value] of edits.set) data = data.setIn(path, value);
  const lines = errorLines(
    entryProblems(kind, fileOf(entry, kinds[kind].folder), applyEdits(plain(entry.get('data') as ImmutableMap), edits)),
  );
  if (lines.length > 0) {
    // Decap shows the error as text; an error without a name is shown as its message alone.
    throw Object.assign(new Error(lines.join('\n')), { name: '' });
  }
  return data;
}

function start(vocabularies: Vocabularies): void {
  const cms = window.CMS;
  const nl = cms.getLocale('nl');
  const words = Object.fromEntries(
    Object.entries(DUTCH_WORDS).map(([group, parts]) => [
      group,
      {
        ...nl[group],
        ...Object.fromEntries(Object.entries(parts).map(([part, texts]) => [part, { ...nl[group]?.[part], ...texts }])),
      },
    ]),
  );
  cms.registerLocale('nl', { ...nl, ...words });
  cms.registerPreviewStyle('site.css');
  cms.registerPreviewStyle('preview.css');
  for (const kind of kindNames) {
    cms.registerPreviewTemplate(collectionOf(kind), ({ entry, widgetFor }) => {
      const data = plain(entry.get('data') as ImmutableMap);
      const cleaned = applyEdits(data, entryEdits(data, today()));
      return renderPreview(window.h, {
        kind,
        data: cleaned,
        body: widgetFor('body'),
        ...vocabularies,
        problems: entryProblems(kind, fileOf(entry, kinds[kind].folder), cleaned),
      });
    });
  }
  cms.registerEventListener({ name: 'preSave', handler: checkBeforeSave });
  cms.init();
}

// On a phone the editor gets the whole width: the preview starts hidden (the eye button shows it).
if (window.matchMedia('(max-width: 50rem)').matches && localStorage.getItem('cms.right-pane') === null) {
  localStorage.setItem('cms.right-pane', 'none');
}

document.addEventListener('DOMContentLoaded', () => {
  const block = document.getElementById('kennisbank-vocabularies');
  start(JSON.parse(block?.textContent ?? '{"themes":{},"laws":{}}') as Vocabularies);
});
