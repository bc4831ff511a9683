/**
 * An entry's relation map: the entry in the middle, the entries it names above it and those that
 * name it below, grouped by relation, each joined to it by a line in the relation's style. Past
 * `NEIGHBOUR_LIMIT` neighbours, each group shows its share and a "+N meer" box for the rest.
 */
import type { Kind } from '../../schemas/kinds.ts';
import type { RelationField } from '../../schemas/relations.ts';
import type { RelationGraph } from './graph.ts';
import { wrapTitle, type MapInput, type Mappable, type RelationMapLayout } from './relation-map.ts';

/** The most neighbours an entry's map draws; past it each group shows its share and "+N meer". */
export const NEIGHBOUR_LIMIT = 12;

/** One relation group around the entry: the field, whether the entry states it, and the other entries. */
export interface NeighbourGroup {
  field: RelationField;
  direction: 'outgoing' | 'incoming';
  kind: Kind;
  entries: MapInput[];
}

/** Everything an entry's map is laid out from (the precompute input, so plain data). */
export interface EntryMapRequest {
  current: MapInput;
  groups: NeighbourGroup[];
}

const MARGIN = 8;
const BOX_WIDTH = 300;
const PADDING = 9;
const LINE_HEIGHT = 17;
/** Characters of a line in a box at the map's 14 px text (a wide sans-serif, so a little short). */
const CHARS_PER_LINE = 35;
const LABEL_HEIGHT = 28;
const BOX_GAP = 8;
const GROUP_GAP = 14;
const SIDE_GAP = 30;
const MORE_HEIGHT = 34;
/** The vertical lines that join a group to the entry, right of the boxes: the first one's offset, then the step. */
const TRUNK_OFFSET = 18;
const TRUNK_STEP = 12;

/** The request for an entry's map: its relation groups from the graph; none when it has no relations. */
export function entryMapRequest<E extends Mappable>(graph: RelationGraph<E>, entry: E): EntryMapRequest | undefined {
  const input = ({ id, kind, url, data }: E): MapInput => ({ id, kind, url, title: data.title });
  const groups = graph.groupsOf(entry.id).map(({ relation, direction, entries }) => ({
    field: relation.field,
    direction,
    kind: direction === 'outgoing' ? relation.to : relation.from,
    entries: entries.map(input),
  }));
  return groups.length > 0 ? { current: input(entry), groups } : undefined;
}

/**
 * How many boxes each group gets when there are more neighbours than `limit`: the limit is shared
 * out evenly, a small group leaving what it does not need to the others ("water filling").
 */
export function shares(sizes: readonly number[], limit = NEIGHBOUR_LIMIT): number[] {
  const result = sizes.map(() => 0);
  let left = limit;
  const order = sizes.map((size, index) => ({ size, index })).sort((a, b) => a.size - b.size);
  order.forEach(({ size, index }, position) => {
    const share = Math.max(1, Math.floor(left / (order.length - position)));
    result[index] = Math.min(size, share);
    left -= result[index]!;
  });
  return result;
}

/** Lays out an entry's map (see the module comment); every line and box stays inside the drawing. */
export function layoutEntryMap({ current, groups }: EntryMapRequest): RelationMapLayout {
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  const boxes = total > NEIGHBOUR_LIMIT ? shares(groups.map((group) => group.entries.length)) : undefined;
  const sides = (['outgoing', 'incoming'] as const).map((direction) =>
    groups.map((group, index) => ({ group, index })).filter(({ group }) => group.direction === direction),
  );
  // One vertical line per group, none shared, so no line seems to run on through the entry's box.
  const trunkX = (group: number) => MARGIN + BOX_WIDTH + TRUNK_OFFSET + TRUNK_STEP * group;
  const width = trunkX(Math.max(1, groups.length) - 1) + 14 + MARGIN;
  const layout: RelationMapLayout = { width, height: 0, nodes: [], edges: [], labels: [], more: [], table: [] };
  /** Lines wait for the entry's box: from a box to its group's vertical line, then to the entry's top or bottom. */
  const lines: { owner: string; field: RelationField; x: number; y: number; above: boolean }[] = [];
  let y = MARGIN;

  const placeSide = (side: (typeof sides)[number], above: boolean) =>
    side.forEach(({ group, index }) => {
      const share = boxes?.[index] ?? group.entries.length;
      const shown = share < group.entries.length ? share - 1 : share;
      const { field, direction, kind } = group;
      layout.labels.push({ x: MARGIN, y, group: index, field, direction, count: group.entries.length });
      y += LABEL_HEIGHT;
      for (const entry of group.entries.slice(0, shown)) {
        const title = wrapTitle(`${entry.id} ${entry.title}`, CHARS_PER_LINE);
        const height = PADDING * 2 + LINE_HEIGHT * title.length;
        const centre = { x: MARGIN + BOX_WIDTH / 2, y: y + height / 2 };
        layout.nodes.push({
          ...entry,
          ...centre,
          width: BOX_WIDTH,
          height,
          lines: title,
          current: false,
          group: index,
          field,
        });
        lines.push({ owner: entry.id, field, x: trunkX(index), y: centre.y, above });
        y += height + BOX_GAP;
      }
      if (shown < group.entries.length) {
        const count = group.entries.length - shown;
        layout.more.push({ x: MARGIN, y, width: BOX_WIDTH, height: MORE_HEIGHT, group: index, field, kind, count });
        y += MORE_HEIGHT + BOX_GAP;
      }
      y += GROUP_GAP - BOX_GAP;
    });

  placeSide(sides[0]!, true);
  if (sides[0]!.length > 0) y += SIDE_GAP - GROUP_GAP;
  const top = y;
  const title = wrapTitle(
    `${current.id} ${current.title}`,
    Math.floor((CHARS_PER_LINE * (width - 2 * MARGIN)) / BOX_WIDTH),
  );
  const height = PADDING * 2 + LINE_HEIGHT * title.length + 4;
  layout.nodes.push({
    ...current,
    x: width / 2,
    y: top + height / 2,
    width: width - 2 * MARGIN,
    height,
    lines: title,
    current: true,
  });
  y += height + SIDE_GAP;
  placeSide(sides[1]!, false);
  layout.height = Math.ceil(y - (sides[1]!.length > 0 ? GROUP_GAP : SIDE_GAP) + MARGIN);

  for (const { owner, field, x, y: boxY, above } of lines) {
    const end = above ? top : top + height;
    layout.edges.push({
      owner,
      field,
      points: [
        { x: MARGIN + BOX_WIDTH, y: boxY },
        { x, y: boxY },
        { x, y: end },
      ],
    });
  }
  for (const group of groups) {
    for (const other of group.entries) {
      const [from, to] = group.direction === 'outgoing' ? [current, other] : [other, current];
      layout.table.push({ from, field: group.field, to });
    }
  }
  return layout;
}
