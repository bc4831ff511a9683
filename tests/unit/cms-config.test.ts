import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { adminConfigYaml, adminIndexHtml, adminSite, vocabularyTitles } from '../../src/build/admin.ts';
import { cmsHostFromEnv } from '../../src/build/admin-settings.ts';
import { cmsConfig, cmsConfigYaml, type CmsConfig, type LocalBackend } from '../../src/lib/cms/config.ts';
import { adminCsp } from '../../src/lib/cms/csp.ts';
import { applyEdits, entryEdits, entryProblems, errorLines } from '../../src/lib/cms/entry-data.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { fieldLabels } from '../../src/lib/cms/labels.ts';
import { descriptionOf, isRequired, unwrap } from '../../src/lib/content/codebook.ts';
import { kindNames, kinds, type Kind } from '../../src/schemas/kinds.ts';
import { relations } from '../../src/schemas/relations.ts';
import { NEEDED_BEFORE_PUBLICATION } from '../../src/schemas/shared.ts';
import { projectRoot } from '../helpers/build.ts';

type Schema = z.ZodType;

const contentDir = path.join(projectRoot, 'content');
const local: LocalBackend = { name: 'proxy', proxy_url: 'http://localhost:4322/api/v1', branch: 'main' };
const config: CmsConfig = cmsConfig({ backend: local, ...vocabularyTitles(contentDir) });
const collectionOf = (kind: Kind) =>
  config.collections.find((collection) => collection.folder === `content/${kinds[kind].folder}`)!;

/** Every field of a schema with its path, parent's optionality and the CMS field found at that path. */
function* walk(
  shape: Record<string, Schema>,
  fields: CmsField[] | undefined,
  prefix: string,
  inOptional: boolean,
): Generator<{ path: string; name: string; schema: Schema; field: CmsField | undefined; inOptional: boolean }> {
  for (const [name, schema] of Object.entries(shape)) {
    const field = fields?.find((candidate) => candidate.name === name);
    const fieldPath = `${prefix}${name}`;
    yield { path: fieldPath, name, schema, field, inOptional };
    const inner = unwrap(schema);
    const element = inner instanceof z.ZodArray ? unwrap(inner.element as Schema) : undefined;
    if (inner instanceof z.ZodObject) {
      yield* walk(
        inner.shape as Record<string, Schema>,
        field?.fields,
        `${fieldPath}.`,
        inOptional || !isRequired(schema),
      );
    } else if (element instanceof z.ZodObject) {
      yield* walk(element.shape as Record<string, Schema>, field?.fields, `${fieldPath}[].`, false);
    }
  }
}

const allFields = kindNames.flatMap((kind) =>
  [...walk(kinds[kind].schema.shape as Record<string, Schema>, collectionOf(kind).fields, '', false)].map((found) => ({
    kind,
    ...found,
  })),
);

describe('cmsConfig (the Decap CMS configuration generated from the schemas)', () => {
  test('has one collection per kind, in its folder, with .mdx files and YAML frontmatter, never deleting an entry', () => {
    expect(
      config.collections.map(({ name, folder, extension, format, create, delete: remove }) => ({
        name,
        folder,
        extension,
        format,
        create,
        remove,
      })),
    ).toEqual([
      {
        name: 'practices',
        folder: 'content/practices',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        remove: false,
      },
      {
        name: 'dilemmas',
        folder: 'content/dilemmas',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        remove: false,
      },
      {
        name: 'assumptions',
        folder: 'content/assumptions',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        remove: false,
      },
      {
        name: 'proposals',
        folder: 'content/proposals',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        remove: false,
      },
    ]);
  });

  test('gives every schema field, at every depth, a CMS field with a Dutch label from the table, the schema’s description as hint and its required flag', () => {
    expect(allFields.length).toBeGreaterThan(100);
    const problems = allFields.flatMap(({ kind, path: at, name, schema, field, inOptional }) => {
      if (!field) return [`${kind} ${at}: geen veld in de CMS-configuratie`];
      const waits =
        !at.includes('.') && !at.includes('[]') && (NEEDED_BEFORE_PUBLICATION as readonly string[]).includes(name);
      return [
        ...(fieldLabels[name] && field.label === fieldLabels[name]
          ? []
          : [`${kind} ${at}: geen label in src/lib/cms/labels.ts`]),
        ...(field.hint?.startsWith(descriptionOf(schema)) ? [] : [`${kind} ${at}: hint is niet de beschrijving`]),
        ...(field.required === (isRequired(schema) && !waits && !inOptional)
          ? []
          : [`${kind} ${at}: required klopt niet`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  test('makes no field required that a concept may leave open, and nothing inside the optional withdrawal', () => {
    const dilemma = collectionOf('dilemma').fields;
    const byName = (name: string) => dilemma.find((field) => field.name === name)!;
    expect(NEEDED_BEFORE_PUBLICATION.map((name) => [name, byName(name).required, byName(name).min])).toEqual(
      NEEDED_BEFORE_PUBLICATION.map((name) => [name, false, undefined]),
    );
    expect(byName('withdrawal').fields!.map((field) => field.required)).toEqual([false, false, false]);
    expect(byName('review').fields!.map((field) => [field.name, field.required])).toEqual([
      ['kind', true],
      ['date', true],
    ]);
  });

  test('offers every closed list (enum) as a select of exactly its values, a list of them as a multiple select', () => {
    const enums = allFields.filter(({ schema }) => {
      const inner = unwrap(schema);
      return (
        inner instanceof z.ZodEnum ||
        (inner instanceof z.ZodArray && unwrap(inner.element as Schema) instanceof z.ZodEnum)
      );
    });
    expect(enums.map(({ path: at }) => at)).toEqual(
      expect.arrayContaining(['level', 'status', 'review[].kind', 'harm', 'type', 'proposalStatus', 'anonymisation']),
    );
    for (const { path: at, schema, field } of enums) {
      const inner = unwrap(schema);
      const options = (inner instanceof z.ZodArray ? unwrap(inner.element as Schema) : inner) as z.ZodEnum;
      expect([at, field?.widget, field?.multiple ?? false, field?.options]).toEqual([
        at,
        'select',
        inner instanceof z.ZodArray,
        options.options,
      ]);
    }
  });

  test('offers themes and laws as choices from content/themes.yaml and content/laws.yaml, showing their titles', () => {
    const { themes, laws } = vocabularyTitles(contentDir);
    for (const kind of kindNames) {
      const fields = collectionOf(kind).fields;
      const themeField = fields.find((field) => field.name === 'themes')!;
      const lawField = fields.find((field) => field.name === 'laws')!;
      expect([themeField.widget, themeField.multiple, themeField.min, themeField.required]).toEqual([
        'select',
        true,
        1,
        true,
      ]);
      expect(themeField.options).toEqual(
        Object.entries(themes).map(([value, title]) => ({ label: `${title} (${value})`, value })),
      );
      expect(lawField.options).toEqual(
        Object.entries(laws).map(([value, title]) => ({ label: `${title} (${value})`, value })),
      );
    }
    expect(Object.keys(themes)).toContain('gegevensdeling');
  });

  test('makes every relation a searchable picker of published entries of the right kind, showing ID and title', () => {
    for (const relation of relations) {
      const field = collectionOf(relation.from).fields.find((candidate) => candidate.name === relation.field)!;
      expect(field).toMatchObject({
        widget: 'relation',
        collection: kinds[relation.to].folder,
        multiple: true,
        search_fields: ['id', 'title'],
        value_field: 'id',
        display_fields: ['{{id}} {{title}}'],
        filters: [{ field: 'status', values: ['gepubliceerd'] }],
      });
    }
    const replacedBy = collectionOf('proposal').fields.find((field) => field.name === 'withdrawal')!.fields![2]!;
    expect(replacedBy).toMatchObject({
      name: 'replacedBy',
      widget: 'relation',
      collection: 'proposals',
      multiple: false,
    });
  });

  test('writes lists, sources, reviews and evidence as list and object widgets, and the body as Markdown', () => {
    const assumption = collectionOf('assumption').fields;
    const byName = (name: string) => assumption.find((field) => field.name === name)!;
    expect(byName('sources')).toMatchObject({ widget: 'list', label_singular: 'bron' });
    expect(byName('sources').fields!.map((field) => [field.name, field.widget])).toEqual([
      ['title', 'string'],
      ['author', 'string'],
      ['year', 'number'],
      ['publisher', 'string'],
      ['url', 'string'],
      ['accessed', 'datetime'],
    ]);
    expect(byName('aliases')).toMatchObject({ widget: 'list', field: { name: 'item', widget: 'string' } });
    expect(byName('evidence')).toMatchObject({
      widget: 'object',
      fields: [
        { name: 'for', widget: 'list' },
        { name: 'against', widget: 'list' },
      ],
    });
    expect(byName('evidence').fields![0]!.fields!.map((field) => [field.name, field.widget])).toEqual([
      ['claim', 'text'],
      ['sources', 'list'],
    ]);
    expect(byName('published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(collectionOf('dilemma').fields.find((field) => field.name === 'tension')).toMatchObject({
      widget: 'list',
      min: 2,
    });
    expect(assumption.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', modes: ['raw'] });
  });

  test('checks an ID with the kind’s own prefix, the rest of the ID rule unchanged', () => {
    const id = collectionOf('dilemma').fields[0]!;
    const pattern = new RegExp(id.pattern![0]);
    expect(['D-007', 'D-1234', 'P-007', 'D-0007', 'D-7'].map((value) => pattern.test(value))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  test('reads back from config.yml as the same configuration, with a line saying it is generated', () => {
    const text = cmsConfigYaml(config);
    expect(text.split('\n')[0]).toContain('Generated from src/schemas/');
    expect(yaml.load(text)).toEqual(JSON.parse(JSON.stringify(config)));
    expect(adminConfigYaml({ backend: local, contentDir })).toBe(text);
  });
});

describe('entryEdits, entryProblems (what the CMS does before it saves)', () => {
  const concept = {
    title: 'Zorg of controle bij een melding',
    summary: 'Een sociaal werker krijgt een melding en moet kiezen tussen zorg en controle.',
    themes: ['activering'],
    level: 'lokaal',
    status: 'concept',
    tension: ['zorg', 'controle'],
    question: 'Wie beslist wat er met een melding gebeurt?',
    anonymisation: 'fictief',
    body: 'Tekst.\n',
  };

  test('leaves out what Decap writes for emptied fields: empty texts, an emptied withdrawal, empty list items', () => {
    const data = {
      ...concept,
      id: '',
      withdrawal: { date: '', reason: '', replacedBy: '' },
      sources: [{ title: 'Participatiewet', author: '', year: 2015 }, { title: '' }],
      aliases: ['', 'Pw', ''],
      body: '',
    };
    expect(applyEdits(data, entryEdits(data, '2026-12-01'))).toEqual({
      ...concept,
      sources: [{ title: 'Participatiewet', year: 2015 }],
      aliases: ['Pw'],
      body: '',
    });
  });

  test('dates a publication and a withdrawal with today when their dates are empty, and keeps dates that are set', () => {
    const published = applyEdits(
      { ...concept, status: 'gepubliceerd', published: '' },
      entryEdits({ ...concept, status: 'gepubliceerd', published: '' }, '2026-12-01'),
    );
    expect([published['published'], published['updated']]).toEqual(['2026-12-01', '2026-12-01']);
    const kept = { ...concept, status: 'gepubliceerd', published: '2026-01-05', updated: '' };
    expect(applyEdits(kept, entryEdits(kept, '2026-12-01'))).toMatchObject({
      published: '2026-01-05',
      updated: '2026-01-05',
    });
    const withdrawn = {
      ...concept,
      status: 'ingetrokken',
      withdrawal: { date: '', reason: 'Samengevoegd met een ander dilemma.' },
    };
    expect(applyEdits(withdrawn, entryEdits(withdrawn, '2026-12-01'))['withdrawal']).toEqual({
      date: '2026-12-01',
      reason: 'Samengevoegd met een ander dilemma.',
    });
  });

  test('gives the content check’s own messages: warnings for what a concept may lack, errors for what stops a save', () => {
    const file = 'content/dilemmas/zorg.mdx';
    expect(errorLines(entryProblems('dilemma', file, concept))).toEqual([]);
    expect(entryProblems('dilemma', file, concept).map((problem) => `${problem.severity} ${problem.field}`)).toEqual(
      expect.arrayContaining(['waarschuwing id', 'waarschuwing questions']),
    );
    const lines = errorLines(entryProblems('dilemma', file, { ...concept, summary: 'Te kort' }));
    expect(lines[0]).toMatch(/^summary: is te kort: 7 tekens, minstens 20 nodig/);
    expect(errorLines(entryProblems('dilemma', file, { ...concept, status: 'gepubliceerd' }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^id: /)]),
    );
  });
});

describe('the admin page and its CSP', () => {
  test('allows in local mode no origin but its own, and eval and inline styles only because Decap needs them', () => {
    const csp = adminCsp(local);
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp.match(/'unsafe-inline'/g)).toHaveLength(1);
  });

  test('allows the repository host’s API and login, and nothing else, for a production backend', () => {
    const github = cmsHostFromEnv({
      KENNISBANK_CMS_REPO: 'leergroep/kennisbank',
      KENNISBANK_CMS_BASE_URL: 'https://auth.example.org',
    })!;
    expect(adminCsp(github.backend)).toContain("connect-src 'self' https://api.github.com https://auth.example.org;");
    const forgejo = cmsHostFromEnv({
      KENNISBANK_CMS_REPO: 'leergroep/kennisbank',
      KENNISBANK_CMS_BACKEND: 'forgejo',
      KENNISBANK_CMS_BASE_URL: 'https://codeberg.org/',
      KENNISBANK_CMS_APP_ID: 'abc-123',
    })!;
    expect(forgejo.backend).toEqual({
      name: 'forgejo',
      repo: 'leergroep/kennisbank',
      branch: 'main',
      base_url: 'https://codeberg.org',
      api_root: 'https://codeberg.org/api/v1',
      app_id: 'abc-123',
    });
    expect(adminCsp(forgejo.backend)).toContain("connect-src 'self' https://codeberg.org;");
  });

  test('reads the production backend from the environment, and names what is missing', () => {
    expect(cmsHostFromEnv({})).toBeUndefined();
    expect(() => cmsHostFromEnv({ KENNISBANK_CMS_REPO: 'leergroep/kennisbank' })).toThrow(
      /KENNISBANK_CMS_BASE_URL ontbreekt/,
    );
    expect(() => cmsHostFromEnv({ KENNISBANK_CMS_REPO: 'a/b', KENNISBANK_CMS_BACKEND: 'gitlab' })).toThrow(
      /KENNISBANK_CMS_APP_ID ontbreekt/,
    );
    expect(() => cmsHostFromEnv({ KENNISBANK_CMS_REPO: 'kennisbank' })).toThrow(/eigenaar\/naam/);
    const gitlab = cmsHostFromEnv({
      KENNISBANK_CMS_REPO: 'a/b',
      KENNISBANK_CMS_BACKEND: 'gitlab',
      KENNISBANK_CMS_APP_ID: 'x',
      KENNISBANK_CMS_EDITORIAL_WORKFLOW: '1',
    })!;
    expect(gitlab).toMatchObject({
      editorialWorkflow: true,
      backend: { auth_type: 'pkce', api_root: 'https://gitlab.com/api/v4' },
    });
  });

  describe('adminSite (the build step that writes /admin/ for a repository host)', () => {
    let dist: string;
    const host = cmsHostFromEnv({
      KENNISBANK_CMS_REPO: 'leergroep/kennisbank',
      KENNISBANK_CMS_BASE_URL: 'https://auth.example.org',
    })!;
    const input = {
      backend: host.backend,
      contentDir,
      siteUrl: 'https://kennisbank.example.nl',
      editorialWorkflow: false,
    };
    const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
    /** Runs the integration's build:done hook on a folder, as Astro does after writing the pages. */
    const buildDone = (options: Parameters<typeof adminSite>[0], dir: string) =>
      (adminSite(options).hooks['astro:build:done'] as unknown as (args: object) => Promise<void>)({
        dir: pathToFileURL(`${dir}/`),
        logger,
      });

    beforeAll(async () => {
      dist = mkdtempSync(path.join(tmpdir(), 'kennisbank-dist-'));
      await buildDone({ contentDir, host, siteUrl: 'https://kennisbank.example.nl' }, dist);
    });
    afterAll(() => rmSync(dist, { recursive: true, force: true }));

    test('writes the page, its configuration, its script and styles, and Decap from the npm package', () => {
      const dir = path.join(dist, 'admin');
      const files = readdirSync(dir);
      expect(files).toEqual(
        expect.arrayContaining([
          'index.html',
          'config.yml',
          'admin.js',
          'site.css',
          'preview.css',
          'admin.css',
          'decap-cms.js',
        ]),
      );
      expect(files.filter((file) => /\.(map|wasm)$/.test(file))).toEqual([]);
      const config = readFileSync(path.join(dir, 'config.yml'), 'utf8');
      expect(config).toBe(adminConfigYaml(input));
      expect(yaml.load(config)).toMatchObject({
        backend: { name: 'github', repo: 'leergroep/kennisbank', branch: 'main', base_url: 'https://auth.example.org' },
        site_url: 'https://kennisbank.example.nl',
      });
      expect(readFileSync(path.join(dir, 'admin.js'), 'utf8')).toContain('CMS_MANUAL_INIT');
    });

    test('puts its own CSP first after the charset, and loads nothing from another site', () => {
      const html = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
      expect(html).toBe(adminIndexHtml(input));
      const head = html
        .slice(html.indexOf('<head>') + 6)
        .trim()
        .split('\n')
        .map((line) => line.trim());
      expect(head[0]).toBe('<meta charset="utf-8">');
      expect(head[1]).toMatch(
        /^<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src /,
      );
      expect(head[1]).toContain('connect-src &#39;self&#39; https://api.github.com https://auth.example.org;');
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      expect(html).not.toMatch(/<script>/);
    });

    test('writes no /admin/ when no repository host is set', async () => {
      const empty = mkdtempSync(path.join(tmpdir(), 'kennisbank-dist-'));
      await buildDone({ contentDir, host: undefined, siteUrl: 'https://kennisbank.example.nl' }, empty);
      expect(readdirSync(empty)).toEqual([]);
      rmSync(empty, { recursive: true, force: true });
    });
  });
});
