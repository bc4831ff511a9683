/** The whole Decap CMS configuration, generated from the schemas and the vocabularies: one collection per kind. */
import yaml from 'js-yaml';
import { ui } from '../../i18n/nl.ts';
import { kindNames, kinds, type Kind } from '../../schemas/kinds.ts';
import { cmsFields, type CmsField, type CmsOption } from './fields.ts';

/** A repository host the CMS can edit the content on (see the README, "Redactie in de browser"). */
export interface HostBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'forgejo';
  repo: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'pkce';
}

/** Decap's local backend: decap-server writing into a folder on this computer (`npm run cms`). */
export interface LocalBackend {
  name: 'proxy';
  proxy_url: string;
  branch: string;
}

export type CmsBackend = HostBackend | LocalBackend;

/** What the configuration needs besides the schemas. */
export interface CmsConfigOptions {
  backend: CmsBackend;
  /** content/themes.yaml and content/laws.yaml: key → title. */
  themes: Record<string, string>;
  laws: Record<string, string>;
  /** Where the site is published, for the CMS's "view site" link. */
  siteUrl?: string;
  /** Each entry a branch and a merge request that CI checks, instead of a commit on `branch` (GitHub, GitLab, Gitea). */
  editorialWorkflow?: boolean;
}

/** A Decap CMS folder collection. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'mdx';
  format: 'frontmatter';
  create: true;
  delete: false;
  slug: string;
  identifier_field: 'title';
  summary: string;
  sortable_fields: (string | { field: string; default_sort: 'asc' | 'desc' })[];
  view_filters: { label: string; field: string; pattern: string }[];
  fields: CmsField[];
}

/** The configuration Decap CMS reads from `config.yml`. */
export interface CmsConfig {
  backend: CmsBackend;
  publish_mode?: 'editorial_workflow';
  locale: 'nl';
  site_url?: string;
  display_url?: string;
  show_preview_links: false;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

/** The collection name of a kind: its folder, which is also how the admin script finds the kind again. */
export const collectionOf = (kind: Kind): string => kinds[kind].folder;

/** The kind of a collection name, if it is one of ours. */
export const kindOfCollection = (name: string): Kind | undefined =>
  kindNames.find((kind) => collectionOf(kind) === name);

/**
 * The file name template: the title in lowercase ASCII with dashes, as the project's `slugify`
 * makes it, cut to 80 characters. Decap's own slug rule differs in three places (see the README):
 * it turns curly apostrophes and `&` into a dash, keeps `_` and `~`, and cuts inside a word.
 */
export const SLUG_TEMPLATE = "{{title | truncate(80, '-')}}";

const options = (vocabulary: Record<string, string>): CmsOption[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ label: `${label} (${value})`, value }));

function collection(kind: Kind, fields: CmsField[]): CmsCollection {
  return {
    name: collectionOf(kind),
    label: ui.kindPlural[kind],
    label_singular: ui.kindSingular[kind],
    description: ui.kindIntro[kind],
    folder: `content/${kinds[kind].folder}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // Entries are never deleted: a withdrawn entry keeps its page (status ingetrokken, with a reason).
    delete: false,
    slug: SLUG_TEMPLATE,
    identifier_field: 'title',
    summary: '{{id}} {{title}} ({{status}})',
    // The list starts in ID order, as the site's lists do.
    sortable_fields: [{ field: 'id', default_sort: 'asc' }, 'title', 'updated'],
    view_filters: [
      { label: 'Concepten', field: 'status', pattern: 'concept' },
      { label: 'Gepubliceerd', field: 'status', pattern: 'gepubliceerd' },
      { label: 'Ingetrokken', field: 'status', pattern: 'ingetrokken' },
    ],
    fields,
  };
}

/** The Decap CMS configuration for this site, generated from src/schemas/ and the vocabularies. */
export function cmsConfig({ backend, themes, laws, siteUrl, editorialWorkflow }: CmsConfigOptions): CmsConfig {
  const context = { themes: options(themes), laws: options(laws), collectionOf };
  return {
    backend,
    ...(editorialWorkflow && backend.name !== 'proxy' ? { publish_mode: 'editorial_workflow' as const } : {}),
    locale: 'nl',
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    // Deploy previews are not part of this site's hosting.
    show_preview_links: false,
    // Decap needs a media folder; the admin page hides the media library, as entries have no images.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: kindNames.map((kind) => collection(kind, cmsFields(kind, context))),
  };
}

/** The configuration as `config.yml`, with a first line saying it is generated. */
export function cmsConfigYaml(config: CmsConfig): string {
  const header = '# Generated from src/schemas/ by `npm run cms-config` (src/lib/cms/config.ts). Do not edit.\n';
  return header + yaml.dump(config, { lineWidth: -1, noRefs: true, quotingType: '"' });
}
