/**
 * Typed permanent links on the 404 page: an address that looks like an entry ID but is not its
 * permanent link exactly (`/d7/`, `/D-007` without its slash, `/d-7`) goes on to the permanent
 * link `/D-007/`, but only when an entry with that ID is on the site. Pure functions, and the
 * page's script at the end.
 */

/** The IDs on the site, per kind letter, as runs of numbers: `{ "D": [[1, 12], [14, 14]] }`. */
export type IdRanges = Record<string, [number, number][]>;

const ID = /^([A-Z])-(\d+)$/;

/** The shown IDs as runs of consecutive numbers per letter: small at any size, as IDs are handed out in order. */
export function idRanges(ids: Iterable<string>): IdRanges {
  const numbers = new Map<string, number[]>();
  for (const id of ids) {
    const match = ID.exec(id);
    if (!match) continue;
    const [, letter = '', digits = ''] = match;
    numbers.set(letter, [...(numbers.get(letter) ?? []), Number(digits)]);
  }
  const ranges: IdRanges = {};
  for (const [letter, list] of [...numbers].sort(([a], [b]) => a.localeCompare(b))) {
    const runs: [number, number][] = [];
    for (const number of [...new Set(list)].sort((a, b) => a - b)) {
      const last = runs.at(-1);
      if (last && number === last[1] + 1) last[1] = number;
      else runs.push([number, number]);
    }
    ranges[letter] = runs;
  }
  return ranges;
}

/** A path typed as an ID, in any case, with or without dash, leading zeros or slashes: `/d7/`, `/D-007`, `/d-7`. */
const TYPED_ID = /^\/*([a-z])[-_.\s]?0*([1-9]\d*)\/*$/i;

/** The ID a typed path means (`/d7/` → `D-007`), or undefined when it does not look like one. */
export function typedId(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const match = TYPED_ID.exec(path);
  if (!match) return undefined;
  const [, letter = '', number = ''] = match;
  return `${letter.toUpperCase()}-${number.padStart(3, '0')}`;
}

/** Whether an ID is among the ranges. */
export function hasId(ranges: IdRanges, id: string): boolean {
  const match = ID.exec(id);
  if (!match) return false;
  const number = Number(match[2]);
  return (ranges[match[1] ?? ''] ?? []).some(([first, last]) => number >= first && number <= last);
}

/**
 * Where the 404 page should send a reader who typed `pathname`: `to`, the permanent link of the
 * entry the path names; or `unknown`, the ID the path means when no entry on the site has it. A
 * path that names no kind's letter is neither.
 */
export function permalinkFor(pathname: string, ranges: IdRanges): { to?: string; unknown?: string } {
  const id = typedId(pathname);
  if (id === undefined || !(id.charAt(0) in ranges)) return {};
  if (!hasId(ranges, id)) return { unknown: id };
  // The permanent link itself would be no 404; a host that lands here for it has no entry to show.
  return pathname === `/${id}/` ? {} : { to: `/${id}/` };
}

/**
 * The 404 page's script: reads the ranges from `#permalink-ids`, sends a typed ID on with
 * `location.replace` (so Back skips the 404 page), or fills in `[data-unknown-id]` (its `data-template` with
 * `{id}`) when the ID names no entry on the site.
 */
export function forwardTypedPermalink(): void {
  const island = document.getElementById('permalink-ids');
  if (!island?.textContent) return;
  const { to, unknown } = permalinkFor(location.pathname, JSON.parse(island.textContent) as IdRanges);
  if (to) {
    location.replace(to);
    return;
  }
  const notice = document.querySelector<HTMLElement>('[data-unknown-id]');
  if (unknown && notice) {
    // The ID in a span of its own, so it never breaks at its dash on a narrow screen.
    const [before = '', after = ''] = (notice.dataset['template'] ?? '').split('{id}');
    const id = document.createElement('span');
    id.className = 'entry-id';
    id.textContent = unknown;
    notice.replaceChildren(before, id, after);
    notice.hidden = false;
  }
}
