import yaml from 'js-yaml';
import { kinds, type Kind } from '../../src/schemas/kinds.ts';
import type { ContentTree, RawEntry } from '../../src/lib/content/tree.ts';

/** Valid frontmatter per kind; each is parsed through the real schema before use. */
const valid: Record<Kind, Record<string, unknown>> = {
  assumption: {
    id: 'A-001',
    title: 'Straffen leidt tot de gewenste gedragsverandering',
    type: 'aanname',
    summary: 'Beleid gaat ervan uit dat een korting op de uitkering mensen aanzet tot ander gedrag.',
    themes: ['activering'],
    level: 'landelijk',
    published: '2026-01-10',
    updated: '2026-02-01',
    changes: [{ date: '2026-02-01', note: 'Het alternatief is concreter gemaakt.' }],
    status: 'gepubliceerd',
    alternative: 'Vraag eerst wat iemand tegenhoudt en wat helpt.',
  },
  dilemma: {
    id: 'D-001',
    title: 'Activeren op straffe van een korting',
    summary: 'Een sociaal werker moet activeren terwijl een korting dreigt. Helpt de dreiging of schaadt zij?',
    themes: ['activering'],
    laws: ['participatiewet'],
    level: 'lokaal',
    published: '2026-01-10',
    updated: '2026-01-10',
    status: 'gepubliceerd',
    anonymisation: 'fictief',
    tension: ['rechtmatigheid', 'zorg'],
    restsOn: ['A-001'],
    question: 'Mag een sociaal werker afzien van een korting die de situatie verslechtert?',
    questions: ['Wat doe jij als druk de situatie erger maakt?'],
  },
  practice: {
    id: 'P-001',
    title: 'Eerst het gesprek',
    summary: 'Voordat een korting wordt voorgesteld, gaat de sociaal werker eerst in gesprek.',
    themes: ['activering'],
    level: 'lokaal',
    published: '2026-01-10',
    updated: '2026-01-10',
    status: 'gepubliceerd',
    anonymisation: 'fictief',
    harm: ['voorkomen'],
    setting: 'Een wijkteam in een gemeente',
    respondsTo: ['D-001'],
    challenges: ['A-001'],
  },
  proposal: {
    id: 'B-001',
    title: 'Geen korting zonder gesprek',
    summary: 'De gemeente verlaagt een uitkering pas na een gesprek over wat meedoen moeilijk maakt.',
    themes: ['activering', 'gegevensdeling'],
    level: 'lokaal',
    published: '2026-01-10',
    updated: '2026-01-10',
    status: 'gepubliceerd',
    addressedTo: ['gemeenteraad'],
    addresses: ['D-001'],
    revises: ['A-001'],
    buildsOn: ['P-001'],
    benefits: 'Inwoners die een korting riskeren',
    proposalStatus: 'idee',
  },
};

/** Frontmatter of a valid entry of `kind`, with `changes` applied (`undefined` removes a key). */
export function entryData(kind: Kind, changes: Record<string, unknown> = {}): Record<string, unknown> {
  kinds[kind].schema.parse(valid[kind]);
  const data: Record<string, unknown> = { ...valid[kind], ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete data[key];
  return data;
}

/** A raw entry as the reader would return it. */
export function rawEntry(kind: Kind, changes: Record<string, unknown> = {}, options: Partial<RawEntry> = {}): RawEntry {
  const slug = options.slug ?? `${kind}-${String(changes['id'] ?? valid[kind]['id']).toLowerCase()}`;
  const data = entryData(kind, changes);
  const body = options.body ?? 'Tekst.\n';
  const frontmatter = `---\n${yaml.dump(data)}---\n`;
  return {
    file: `content/${kinds[kind].folder}/${slug}.mdx`,
    kind,
    slug,
    data,
    body,
    bodyLine: frontmatter.split('\n').length,
    text: `${frontmatter}${body}`,
    ...options,
  };
}

/** A valid tree with one entry of each kind, related to each other. */
export function validTree(changes: Partial<ContentTree> = {}): ContentTree {
  return {
    root: 'content',
    entries: [rawEntry('assumption'), rawEntry('dilemma'), rawEntry('practice'), rawEntry('proposal')],
    themes: {
      file: 'content/themes.yaml',
      data: {
        activering: { title: 'Activering en participatie', description: 'Over activering naar werk en meedoen.' },
        gegevensdeling: {
          title: 'Gegevensdeling en privacy',
          description: 'Over het delen van gegevens van inwoners.',
        },
      },
    },
    laws: { file: 'content/laws.yaml', data: { participatiewet: { title: 'Participatiewet', abbreviation: 'Pw' } } },
    synonyms: undefined,
    registry: { file: 'content/registry.json', data: {} },
    unloaded: [],
    unreadable: [],
    rejected: [],
    withoutFrontmatter: [],
    stranded: new Map(),
    ...changes,
  };
}
