/** Where the content's data files live, relative to the content folder: shared by the check, the build and the browser. */

/**
 * The vocabulary files, relative to the content folder. Themes and laws are required; jargon.yaml (for the
 * B1 check) and synonyms.yaml (for search) may be left out.
 */
export const VOCABULARY_FILES = {
  themes: 'themes.yaml',
  laws: 'laws.yaml',
  jargon: 'jargon.yaml',
  synonyms: 'synonyms.yaml',
} as const;

/** The registry of every ID and URL ever published, relative to the content folder. */
export const REGISTRY_FILE = 'registry.json';
