/** Relation maps: which entries a map shows and their layout (dagre), drawn as SVG by RelationMap.astro. */
import dagre from '@dagrejs/dagre';
import type { Kind } from '../../schemas/kinds.ts';
import type { GraphEntry, RelationGraph } from './graph.ts';
import type { Relation } from '../../schemas/relations.ts';

/** An entry to place on the map. */
export interface MapInput {
  id: string;
  kind: Kind;
  title: string;
  url: string;
}

/** A placed node: its centre, size and the title broken into lines. */
export interface MapNode extends MapInput {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** The entry whose neighbourhood this map shows. */
  current: boolean;
}

/** A drawn edge, from the entry that underlies to the one that builds on it. */
export interface MapEdge {
  from: string;
  to: string;
  relation: Relation;
  points: { x: number; y: number }[];
}

export interface RelationMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** The most entries one map shows; more would be unreadable and slow to lay out. */
export const MAP_LIMIT = 40;

const NODE_WIDTH = 200;
const LINE_HEIGHT = 16;
const CHARS_PER_LINE = 26;
const MAX_LINES = 3;
const PADDING = 10;

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
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const inputs = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    const lines = wrapTitle(entry.title);
    graph.setNode(entry.id, { width: NODE_WIDTH, height: PADDING * 2 + LINE_HEIGHT * (lines.length + 1) });
  }
  const drawn = relations.filter(({ from, to }) => inputs.has(from) && inputs.has(to));
  for (const { from, to } of drawn) graph.setEdge(to, from);
  dagre.layout(graph);

  const nodes = entries.map((entry): MapNode => {
    const placed = graph.node(entry.id);
    return {
      ...entry,
      x: placed.x,
      y: placed.y,
      width: placed.width,
      height: placed.height,
      lines: wrapTitle(entry.title),
      current: entry.id === currentId,
    };
  });
  const edges = drawn.map(({ from, to, relation }): MapEdge => ({
    from: to,
    to: from,
    relation,
    points: (graph.edge(to, from)?.points ?? []).map(({ x, y }: { x: number; y: number }) => ({ x, y })),
  }));
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

/** What a map needs of an entry beyond the graph. */
type Mappable = GraphEntry & { url: string; data: { title: string } };

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

/** An entry and the entries directly related to it, either way. */
export function neighbourhood<E extends Mappable>(graph: RelationGraph<E>, entry: E): E[] {
  const related = graph.groupsOf(entry.id).flatMap((group) => group.entries);
  return [entry, ...new Set(related)];
}
