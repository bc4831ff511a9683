/** The CMS preview of an entry, in the markup and classes of the site's entry page, with what the content check says. */
import { ui } from '../../i18n/nl.ts';
import type { Kind } from '../../schemas/kinds.ts';
import type { Problem } from '../content/problems.ts';

/** React's createElement, which the Decap CMS bundle provides as `h`. */
export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What a preview shows: the entry's plain data, its rendered body, the vocabularies and the check's findings. */
export interface PreviewInput {
  kind: Kind;
  data: Record<string, unknown>;
  body: unknown;
  themes: Record<string, string>;
  laws: Record<string, string>;
  problems: readonly Problem[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const texts = (value: unknown): string[] => list(value).map(text).filter(Boolean);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A source as one line of plain text: author (year). Title. Publisher. Web address. */
function sourceLine(source: Record<string, unknown>): string {
  const author = text(source['author']);
  const year = typeof source['year'] === 'number' ? ` (${source['year']})` : '';
  return [author && `${author}${year}.`, `${text(source['title'])}.`, text(source['publisher']), text(source['url'])]
    .filter(Boolean)
    .join(' ');
}

/** Renders the preview of one entry with `h`; every value is passed as text, so React escapes it. */
export function renderPreview(h: CreateElement, input: PreviewInput): unknown {
  const { kind, data } = input;
  const status = text(data['status']) || 'concept';
  const id = text(data['id']);
  const anonymisation = text(data['anonymisation']) as keyof typeof ui.anonymisation;
  const items = (values: string[]) => h('ul', null, ...values.map((value, i) => h('li', { key: i }, value)));
  const fact = (label: string, value: unknown) => [
    h('dt', { key: `${label}-t` }, label),
    h('dd', { key: `${label}-d` }, value),
  ];
  const factList = (label: string, values: string[]) => (values.length > 0 ? fact(label, items(values)) : []);
  const box = (title: string, value: string, extra = '') =>
    h('div', { className: `question-box${extra}` }, h('h2', null, title), h('p', null, value));
  const sources = (values: unknown[]) =>
    h('ul', { className: 'sources' }, ...values.map((source, i) => h('li', { key: i }, sourceLine(record(source)))));

  const facts: Record<Kind, () => unknown[]> = {
    dilemma: () => [
      box(ui.facts.question, text(data['question'])),
      h(
        'dl',
        { className: 'facts' },
        ...fact(
          ui.facts.tension,
          h('ul', { className: 'tension' }, ...texts(data['tension']).map((v, i) => h('li', { key: i }, v))),
        ),
        ...(texts(data['actors']).length > 0 ? fact(ui.facts.actors, texts(data['actors']).join(', ')) : []),
      ),
    ],
    practice: () => [
      h(
        'dl',
        { className: 'facts' },
        ...fact(
          ui.facts.harm,
          h('ul', { className: 'harm' }, ...texts(data['harm']).map((v, i) => h('li', { key: i }, v))),
        ),
        ...fact(ui.facts.setting, text(data['setting'])),
        ...factList(ui.facts.conditions, texts(data['conditions'])),
        ...factList(ui.facts.risks, texts(data['risks'])),
      ),
    ],
    assumption: () => {
      const evidence = record(data['evidence']);
      const side = (title: string, values: unknown[]) =>
        h(
          'section',
          { key: title },
          h('h2', null, title),
          values.length === 0
            ? h('p', { className: 'meta' }, ui.facts.noEvidence)
            : h(
                'ul',
                null,
                ...values.map((item, i) =>
                  h('li', { key: i }, text(record(item)['claim']), sources(list(record(item)['sources']))),
                ),
              ),
        );
      return [
        h(
          'dl',
          { className: 'facts' },
          ...fact(ui.facts.type, text(data['type'])),
          ...factList(ui.facts.appearsIn, texts(data['appearsIn'])),
          ...factList(ui.facts.effects, texts(data['effects'])),
        ),
        h(
          'div',
          { className: 'evidence' },
          side(ui.facts.evidenceFor, list(evidence['for'])),
          side(ui.facts.evidenceAgainst, list(evidence['against'])),
        ),
        box(ui.facts.alternative, text(data['alternative']), ' alternative'),
      ];
    },
    proposal: () => [
      h(
        'dl',
        { className: 'facts' },
        ...fact(ui.facts.addressedTo, texts(data['addressedTo']).join(', ')),
        ...fact(ui.facts.proposalStatus, text(data['proposalStatus'])),
      ),
      box(ui.facts.benefits, text(data['benefits'])),
    ],
  };

  const withdrawal = record(data['withdrawal']);
  const shownFacts =
    status === 'ingetrokken'
      ? [
          h(
            'section',
            { className: 'tombstone' },
            h('h2', null, ui.withdrawn.title),
            h('p', null, ui.withdrawn.text),
            h(
              'dl',
              { className: 'facts' },
              ...fact(ui.withdrawn.date, text(withdrawal['date'])),
              ...fact(ui.withdrawn.reason, text(withdrawal['reason'])),
              ...(text(withdrawal['replacedBy']) ? fact(ui.withdrawn.replacedBy, text(withdrawal['replacedBy'])) : []),
            ),
          ),
        ]
      : [
          ...facts[kind](),
          h('div', { className: 'entry-body' }, input.body),
          ...(texts(data['questions']).length > 0
            ? [
                h(
                  'section',
                  { className: 'questions' },
                  h('h2', null, ui.entry.questions),
                  h('ol', null, ...texts(data['questions']).map((q, i) => h('li', { key: i }, q))),
                ),
              ]
            : []),
          ...(list(data['sources']).length > 0
            ? [
                h(
                  'section',
                  { className: 'sources-section' },
                  h('h2', null, ui.entry.sources),
                  sources(list(data['sources'])),
                ),
              ]
            : []),
        ];
  const reviews = list(data['review']).map(record);
  const meta = h(
    'dl',
    { className: 'facts entry-meta' },
    ...fact(
      ui.entry.themes,
      texts(data['themes'])
        .map((key) => input.themes[key] ?? key)
        .join(', '),
    ),
    ...(texts(data['laws']).length > 0
      ? fact(
          ui.entry.laws,
          texts(data['laws'])
            .map((key) => input.laws[key] ?? key)
            .join(', '),
        )
      : []),
    ...fact(ui.entry.level, text(data['level'])),
    ...fact(ui.entry.published, status === 'concept' ? ui.concept.notPublished : text(data['published'])),
    ...fact(ui.entry.updated, text(data['updated'])),
    ...fact(
      ui.entry.review,
      reviews.length === 0
        ? ui.entry.notReviewed
        : items(
            reviews.map(
              (review) =>
                `${ui.reviewKind[text(review['kind']) as keyof typeof ui.reviewKind] ?? text(review['kind'])}, ${text(review['date'])}`,
            ),
          ),
    ),
  );
  return h(
    'main',
    { className: 'cms-preview' },
    checkSection(h, input.problems),
    h(
      'article',
      { className: 'entry' },
      h(
        'header',
        { className: 'entry-header' },
        status === 'concept'
          ? h(
              'p',
              { className: 'notice notice-concept' },
              h('strong', null, `${ui.concept.title}.`),
              ' Zo ziet het eruit op de site zodra het gepubliceerd is.',
            )
          : null,
        h(
          'span',
          { className: `badge badge-${kind}` },
          h('span', { className: 'badge-kind' }, ui.kindSingular[kind]),
          ' ',
          h('span', { className: 'entry-id' }, id || ui.concept.noId),
        ),
        h('h1', null, text(data['title'])),
        h('p', { className: 'lead' }, text(data['summary'])),
        anonymisation && anonymisation !== 'openbare bron' && ui.anonymisation[anonymisation]
          ? h('p', { className: `notice notice-${anonymisation}` }, ui.anonymisation[anonymisation])
          : null,
      ),
      ...shownFacts,
      meta,
    ),
  );
}

/** What the content check says about the entry as it is now: errors stop saving, warnings do not. */
function checkSection(h: CreateElement, problems: readonly Problem[]): unknown {
  if (problems.length === 0) {
    return h(
      'p',
      { className: 'cms-check cms-check-ok', role: 'status' },
      'De controle vindt niets in de velden van dit item.',
    );
  }
  const errors = problems.filter((problem) => problem.severity === 'fout').length;
  const warnings = problems.length - errors;
  const counts = [
    ...(errors > 0 ? [`${errors} ${errors === 1 ? 'fout' : 'fouten'}`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`] : []),
  ].join(' en ');
  return h(
    'details',
    { className: 'cms-check', open: errors > 0 },
    h('summary', null, `Wat de controle nog ziet: ${counts}`),
    h(
      'ul',
      null,
      ...problems.map((problem, i) =>
        h(
          'li',
          { key: i },
          h('strong', null, problem.severity === 'fout' ? 'Fout' : 'Waarschuwing'),
          ` ${problem.field}: ${problem.message}`,
        ),
      ),
    ),
    h(
      'p',
      { className: 'meta' },
      errors > 0 ? 'Met een fout kun je niet opslaan. ' : '',
      'Verbanden met andere items controleert npm run check.',
    ),
  );
}
