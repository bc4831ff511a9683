// Where an `[[ID]]` link in an entry's body points: the linked entry's URL and title, from the content tree.
import { sharedContentTree } from '../lib/content/tree.ts';
import { entryUrl } from '../lib/site/urls.ts';
import type { LinkTarget } from '../markdown/remark-entry-links.ts';

/** Link targets for `[[ID]]` in bodies, read from the content folder on first use. */
export function entryLinkResolver(contentDir: string): (id: string) => LinkTarget | undefined {
  let targets: Map<string, LinkTarget> | undefined;
  return (id) => {
    targets ??= new Map(
      sharedContentTree(contentDir).entries.flatMap(({ kind, slug, data }) => {
        const { id: entryId, title } = (data ?? {}) as { id?: unknown; title?: unknown };
        return typeof entryId === 'string' && typeof title === 'string'
          ? [[entryId, { url: entryUrl(kind, slug), title }] as const]
          : [];
      }),
    );
    return targets.get(id);
  };
}
