/**
 * The components an entry's MDX body may use. The project has none yet: entries are plain
 * Markdown with [[ID]] links. A component added to src/components/mdx/ is allowed by naming it here.
 */
export const MDX_COMPONENTS = [] as const satisfies readonly string[];
