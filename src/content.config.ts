import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ENTRY_FILE_PATTERN, kinds, type Kind } from './schemas/kinds.ts';
import { lawSchema, themeSchema } from './schemas/vocabulary.ts';
import { VOCABULARY_FILES } from './lib/content-files.ts';

const entries = <K extends Kind>(kind: K) =>
  defineCollection({
    loader: glob({ pattern: ENTRY_FILE_PATTERN, base: `./content/${kinds[kind].folder}` }),
    schema: kinds[kind].schema,
  });

export const collections = {
  practice: entries('practice'),
  dilemma: entries('dilemma'),
  assumption: entries('assumption'),
  proposal: entries('proposal'),
  themes: defineCollection({ loader: file(`./content/${VOCABULARY_FILES.themes}`), schema: themeSchema }),
  laws: defineCollection({ loader: file(`./content/${VOCABULARY_FILES.laws}`), schema: lawSchema }),
};
