/** Where the content's data files live, relative to the content folder: shared by the check, the build and the browser. */

/** The vocabulary files, relative to the content folder; jargon.yaml (for the B1 check) may be left out. */
export const VOCABULARY_FILES = { themes: 'themes.yaml', laws: 'laws.yaml', jargon: 'jargon.yaml' } as const;

/** The registry of every ID and URL ever published, relative to the content folder. */
export const REGISTRY_FILE = 'registry.json';
