/** The four entry kinds: folders, ID prefixes, URL sections, Dutch names and schemas; entrySchemas adds the vocabularies. */
import { z } from 'zod';
import { assumptionSchema } from './assumption.ts';
import { dilemmaSchema } from './dilemma.ts';
import { practiceSchema } from './practice.ts';
import { proposalSchema } from './proposal.ts';

/** The four entry kinds: where they live, their ID prefix, URL section and Dutch names. */
export const kinds = {
  practice: {
    folder: 'practices',
    prefix: 'P',
    section: 'praktijken',
    singular: 'praktijk',
    plural: 'praktijken',
    schema: practiceSchema,
  },
  dilemma: {
    folder: 'dilemmas',
    prefix: 'D',
    section: 'dilemmas',
    singular: 'dilemma',
    plural: "dilemma's",
    schema: dilemmaSchema,
  },
  assumption: {
    folder: 'assumptions',
    prefix: 'A',
    section: 'aannames',
    singular: 'aanname of waarde',
    plural: 'aannames en waarden',
    schema: assumptionSchema,
  },
  proposal: {
    folder: 'proposals',
    prefix: 'B',
    section: 'beleidsvoorstellen',
    singular: 'beleidsvoorstel',
    plural: 'beleidsvoorstellen',
    schema: proposalSchema,
  },
} as const;

export type Kind = keyof typeof kinds;
export const kindNames = Object.keys(kinds) as Kind[];

/** The validated data of an entry of the given kind. */
export type EntryData<K extends Kind = Kind> = z.infer<(typeof kinds)[K]['schema']>;

/** The theme and law keys of the vocabularies (content/themes.yaml, content/laws.yaml). */
export interface VocabularyKeys {
  themeKeys: readonly string[];
  lawKeys: readonly string[];
}

/** A field's description and example, carried over to the field that replaces it. */
const metaOf = (schema: z.ZodType) => z.globalRegistry.get(schema) ?? {};

const keyList = (keys: readonly string[], min: number) => {
  const key = keys.length > 0 ? z.enum(keys as [string, ...string[]]) : z.never();
  return z.array(key).min(min);
};

/**
 * The schema of every kind with its themes and laws limited to the keys of the vocabularies, so an
 * unknown key is an ordinary schema error that names the nearest key.
 */
export function entrySchemas({ themeKeys, lawKeys }: VocabularyKeys): { [K in Kind]: z.ZodType } {
  return Object.fromEntries(
    kindNames.map((kind) => [
      kind,
      kinds[kind].schema.extend({
        themes: keyList(themeKeys, 1).meta(metaOf(kinds[kind].schema.shape.themes)),
        laws: keyList(lawKeys, 0).default([]).meta(metaOf(kinds[kind].schema.shape.laws)),
      }),
    ]),
  ) as unknown as { [K in Kind]: z.ZodType };
}

/** The kind whose IDs start with this prefix, if any. */
export function kindOfId(id: string): Kind | undefined {
  return kindNames.find((kind) => id.startsWith(`${kinds[kind].prefix}-`));
}

/** Files in a kind's folder that its collection loads. */
export const ENTRY_FILE_PATTERN = '*.mdx';

/** File names that would collide with a page of the kind's section (e.g. /dilemmas/bijgewerkt/). */
export const RESERVED_SLUGS = ['bijgewerkt'] as const;
