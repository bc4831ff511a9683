/** Relation maps: which entries a map shows and their layout (dagre), drawn as SVG by RelationMap.astro. */
import dagre from '@dagrejs/dagre';
import type { Kind } from '../../schemas/kinds.ts';
import type { GraphEntry, RelationGraph } from './graph.ts';
import type { Relation, RelationField } from '../../schemas/relations.ts';

/** An entry to place on the map. */
export interface MapInput {
  id: string;
  kind: Kind;
  title: string;
  url: string;
}

/** A placed node: its centre, size and its ID and title broken into lines. */
export interface MapNode extends MapInput {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** The entry whose neighbourhood this map shows. */
  current: boolean;
  /** On an entry's map: the index of the node's relation group, and the relation. */
  group?: number;
  field?: RelationField;
}

/** A drawn line: the relation it stands for and its points; `owner` is the box whose link it belongs to. */
export interface MapEdge {
  field: RelationField;
  points: { x: number; y: number }[];
  owner?: string;
}

/** The heading of a relation group on an entry's map ("Berust op (3)"), at its top left corner. */
export interface MapLabel {
  x: number;
  y: number;
  group: number;
  field: RelationField;
  direction: 'outgoing' | 'incoming';
  count: number;
}

/** A "+N meer" box: the entries of a group the map leaves out, at its top left corner. */
export interface MapMore {
  x: number;
  y: number;
  width: number;
  height: number;
  group: number;
  field: RelationField;
  kind: Kind;
  count: number;
}

/** One relation for the text alternative: the entry that states it, the relation, the entry it names. */
export interface MapRelation {
  from: MapInput;
  field: RelationField;
  to: MapInput;
}

export interface RelationMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  labels: MapLabel[];
  more: MapMore[];
  /** Every relation the map stands for, drawn or not. */
  table: MapRelation[];
}

/** The most entries one map shows; more would be unreadable and slow to lay out. */
export const MAP_LIMIT = 40;

const NODE_WIDTH = 200;
const LINE_HEIGHT = 17;
/** Characters of a line in a 200 px box at the map's 14 px text. */
const CHARS_PER_LINE = 22;
const MAX_LINES = 3;
const PADDING = 10;
const MARGIN = 8;

/** Breaks a title into at most three lines of whole words, with an ellipsis when cut. */
export function wrapTitle(title: string, perLine = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)}…`;
  return kept;
}

/**
 * Lays out entries and their relations top to bottom along the chain
 * assumption → dilemma → practice → proposal, with dagre (layered graph layout).
 * Edges point from the entry that is named to the entry that names it.
 */
export function layoutRelationMap(
  entries: readonly MapInput[],
  relations: readonly { from: string; to: string; relation: Relation }[],
  currentId?: string,
): RelationMapLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));
  const inputs = new Map(entries.map((entry) => [entry.id, entry]));
  const lines = new Map(entries.map((entry) => [entry.id, wrapTitle(`${entry.id} ${entry.title}`)]));
  for (const entry of entries) {
    graph.setNode(entry.id, { width: NODE_WIDTH, height: PADDING * 2 + LINE_HEIGHT * lines.get(entry.id)!.length });
  }
  const drawn = relations.filter(({ from, to }) => inputs.has(from) && inputs.has(to));
  for (const { from, to } of drawn) graph.setEdge(to, from);
  dagre.layout(graph);

  const placed = entries.map((entry) => ({ entry, box: graph.node(entry.id) }));
  const edges = drawn.map(({ to, from, relation }): MapEdge => ({
    field: relation.field,
    points: (graph.edge(to, from)?.points ?? []).map(({ x, y }: { x: number; y: number }) => ({ x, y })),
  }));
  // Dagre sizes the drawing by its boxes; a line can bend outside them, so the drawing is measured again.
  const xs = [
    ...placed.flatMap(({ box }) => [box.x - box.width / 2, box.x + box.width / 2]),
    ...edges.flatMap((edge) => edge.points.map((point) => point.x)),
  ];
  const ys = [
    ...placed.flatMap(({ box }) => [box.y - box.height / 2, box.y + box.height / 2]),
    ...edges.flatMap((edge) => edge.points.map((point) => point.y)),
  ];
  const left = Math.min(0, ...xs.map((x) => x - MARGIN));
  const top = Math.min(0, ...ys.map((y) => y - MARGIN));
  const shift = <P extends { x: number; y: number }>(point: P): P => ({
    ...point,
    x: point.x - left,
    y: point.y - top,
  });
  const nodes = placed.map(({ entry, box }): MapNode => ({
    ...shift({ ...entry, x: box.x, y: box.y }),
    width: box.width,
    height: box.height,
    lines: lines.get(entry.id)!,
    current: entry.id === currentId,
  }));
  const table = drawn.map(({ from, to, relation }) => ({
    from: inputs.get(from)!,
    field: relation.field,
    to: inputs.get(to)!,
  }));
  return {
    width: Math.ceil(Math.max(...xs) - left + MARGIN),
    height: Math.ceil(Math.max(...ys) - top + MARGIN),
    nodes,
    edges: edges.map((edge) => ({ ...edge, points: edge.points.map(shift) })),
    labels: [],
    more: [],
    table,
  };
}

/** What a map needs of an entry beyond the graph. */
export type Mappable = GraphEntry & { url: string; data: { title: string } };

/** Everything a map is laid out from: its entries, the relations among them, the current entry. */
export interface MapRequest {
  entries: MapInput[];
  relations: { from: string; to: string; relation: Relation }[];
  currentId: string | undefined;
}

/** The map of the given entries with every relation among them from the graph, ready to lay out. */
export function mapRequest<E extends Mappable>(
  graph: RelationGraph<E>,
  entries: readonly E[],
  currentId?: string,
): MapRequest {
  const ids = new Set(entries.map((entry) => entry.id));
  const relations = graph.edgesAmong(ids).map(({ from, to, relation }) => ({ from: from.id, to: to.id, relation }));
  const inputs = entries.map(({ id, kind, url, data }) => ({ id, kind, url, title: data.title }));
  return { entries: inputs, relations, currentId };
}

/** Lays out the given entries with every relation among them from the graph. */
export function mapOf<E extends Mappable>(graph: RelationGraph<E>, entries: readonly E[], currentId?: string) {
  const request = mapRequest(graph, entries, currentId);
  return layoutRelationMap(request.entries, request.relations, request.currentId);
}
