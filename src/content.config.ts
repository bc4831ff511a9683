/** The Astro collections: one per kind and vocabulary, loaded from the checked content tree (src/build/loaders.ts). */
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { entryLinkResolver } from './build/entry-links.ts';
import { entryLoader, synonymRecords, vocabularyLoader } from './build/loaders.ts';
import { versionLoader } from './build/versions.ts';
import { kinds, type Kind } from './schemas/kinds.ts';
import { synonymGroupsSchema } from './schemas/synonyms.ts';
import { lawSchema, themeSchema } from './schemas/vocabulary.ts';

const resolve = entryLinkResolver(fileURLToPath(new URL('../content/', import.meta.url)));

const entries = <K extends Kind>(kind: K) =>
  defineCollection({ loader: entryLoader({ folder: kinds[kind].folder, resolve }), schema: kinds[kind].schema });

export const collections = {
  practice: entries('practice'),
  dilemma: entries('dilemma'),
  assumption: entries('assumption'),
  proposal: entries('proposal'),
  themes: defineCollection({ loader: vocabularyLoader('themes'), schema: themeSchema }),
  laws: defineCollection({ loader: vocabularyLoader('laws'), schema: lawSchema }),
  // Earlier versions of entries, from git (each validated by its kind's schema in the loader).
  versions: defineCollection({ loader: versionLoader({ resolve }) }),
  synonyms: defineCollection({ loader: vocabularyLoader('synonyms', synonymRecords), schema: synonymGroupsSchema }),
};
