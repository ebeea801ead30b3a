// Brings the drawn graph to a new API answer in place: actors that stay keep their positions (the layout goes
// on from where it was), new actors start next to a neighbour already placed, gone ones are dropped.
import type { ApiEdge, ApiNode, GraphResponse } from "../api.js";
import {
  drawnEdgeKey,
  edgeClass,
  type EdgeAttributes,
  type NodeAttributes,
  type ViewGraph,
} from "./model.js";

export interface SyncResult {
  addedNodes: number;
  droppedNodes: number;
  addedEdges: number;
  droppedEdges: number;
}

export function syncGraph(graph: ViewGraph, response: GraphResponse, random: () => number): SyncResult {
  const result: SyncResult = { addedNodes: 0, droppedNodes: 0, addedEdges: 0, droppedEdges: 0 };
  const nodes = new Map(response.nodes.map((n) => [n.id, n]));
  const edges = drawnEdges(response.edges, nodes);

  graph.forEachEdge((key) => {
    if (!edges.has(key)) {
      graph.dropEdge(key);
      result.droppedEdges++;
    }
  });
  for (const id of graph.nodes()) {
    if (!nodes.has(id)) {
      graph.dropNode(id);
      result.droppedNodes++;
    }
  }
  const fresh: string[] = [];
  for (const node of nodes.values()) {
    if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, nodeData(node));
    else {
      graph.addNode(node.id, { x: 0, y: 0, size: 1, color: "#999", group: null, ...nodeData(node) });
      fresh.push(node.id);
    }
  }
  result.addedNodes = fresh.length;
  for (const [key, { source, target, attributes }] of edges) {
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, attributes);
    else {
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
      result.addedEdges++;
    }
  }
  placeNewNodes(graph, fresh, random);
  return result;
}

function nodeData(node: ApiNode): Omit<NodeAttributes, "x" | "y" | "size" | "color" | "group"> {
  return {
    label: node.name,
    actorType: node.type,
    degree: node.weightedDegree,
    bloc: node.bloc,
    camp: node.camp,
    pagerank: node.pagerank,
    betweenness: node.betweenness,
  };
}

type DrawnEdge = { source: string; target: string; attributes: EdgeAttributes };

/** API edges merged into drawn edges: asserted and intended claims of a relation between two actors are one. */
function drawnEdges(
  apiEdges: readonly ApiEdge[],
  nodes: ReadonlyMap<string, ApiNode>,
): Map<string, DrawnEdge> {
  const out = new Map<string, DrawnEdge>();
  for (const e of apiEdges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    const key = drawnEdgeKey(e);
    const drawn = out.get(key);
    if (drawn === undefined) {
      out.set(key, {
        source: e.source,
        target: e.target,
        attributes: {
          size: 1,
          color: "#999",
          type: "line",
          curvature: 0,
          relation: e.relation,
          polarity: e.polarity,
          symmetric: e.symmetric,
          edgeClass: edgeClass(e.modality),
          counts: { [e.modality]: e.count },
          count: e.count,
          docs: e.docs,
          firstSeen: e.firstSeen,
          lastSeen: e.lastSeen,
        },
      });
    } else {
      const a = drawn.attributes;
      a.counts[e.modality] = (a.counts[e.modality] ?? 0) + e.count;
      a.count += e.count;
      // Documents may overlap between modalities: the larger count is a lower bound.
      a.docs = Math.max(a.docs, e.docs);
      a.firstSeen = minDate(a.firstSeen, e.firstSeen);
      a.lastSeen = maxDate(a.lastSeen, e.lastSeen);
    }
  }
  return out;
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

/** New actors start at the centre of their placed neighbours (jittered), or at random on the current extent. */
function placeNewNodes(graph: ViewGraph, fresh: readonly string[], random: () => number): void {
  if (fresh.length === 0) return;
  const isFresh = new Set(fresh);
  const extent = Math.max(10, Math.sqrt(graph.order) * 10, spread(graph, isFresh));
  const pending = [...fresh];
  // Two passes: a new actor whose only neighbours are new too can follow one placed in the first pass.
  for (let pass = 0; pass < 2 && pending.length > 0; pass++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const id = pending[i]!;
      let x = 0;
      let y = 0;
      let n = 0;
      graph.forEachNeighbor(id, (other, attributes) => {
        if (isFresh.has(other)) return;
        x += attributes.x;
        y += attributes.y;
        n++;
      });
      if (n === 0) continue;
      const jitter = extent * 0.05;
      graph.mergeNodeAttributes(id, {
        x: x / n + (random() - 0.5) * jitter,
        y: y / n + (random() - 0.5) * jitter,
      });
      isFresh.delete(id);
      pending.splice(i, 1);
    }
  }
  for (const id of pending) {
    graph.mergeNodeAttributes(id, { x: (random() - 0.5) * extent, y: (random() - 0.5) * extent });
  }
}

/** The width of the placed actors' extent (0 when none is placed). */
function spread(graph: ViewGraph, fresh: ReadonlySet<string>): number {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((id, { x, y }) => {
    if (fresh.has(id)) return;
    min = Math.min(min, x, y);
    max = Math.max(max, x, y);
  });
  return max > min ? max - min : 0;
}
