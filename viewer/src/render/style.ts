// What every actor and relation looks like: node size by weighted degree and colour by bloc or camp; edge
// colour by polarity, thickness by evidence, arrows for directed relations, dashed curves for hostile ones.
import type { ViewGraph } from "../graph/model.js";
import type { Slots } from "../graph/stable-slots.js";
import {
  BLOC_COLOURS,
  CAMP_COLOURS,
  EDGE_COLOURS,
  FADED_POLARITY_COLOURS,
  OTHER_GROUP_COLOUR,
  premultiplied,
  UNGROUPED_COLOUR,
} from "./palette.js";
import type { ColourMode } from "../state.js";

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;
const HOSTILE_CURVATURE = 0.18;
const PARALLEL_CURVATURE = 0.3;

export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, degree) / maxDegree);
}

export function edgeSize(count: number): number {
  return Math.min(6, 1.2 + 1.1 * Math.log2(Math.max(1, count)));
}

export function groupColour(slot: number | null | undefined, mode: ColourMode): string {
  if (slot === null || slot === undefined) return UNGROUPED_COLOUR;
  const palette = mode === "camp" ? CAMP_COLOURS : BLOC_COLOURS;
  return slot >= 0 && slot < palette.length ? palette[slot]! : OTHER_GROUP_COLOUR;
}

export function styleNodes(graph: ViewGraph, slots: Slots, mode: ColourMode): void {
  let maxDegree = 0;
  graph.forEachNode((_id, { degree }) => void (maxDegree = Math.max(maxDegree, degree)));
  graph.updateEachNodeAttributes((id, a) => {
    const slot = slots.get(id) ?? null;
    return { ...a, size: nodeSize(a.degree, maxDegree), color: groupColour(slot, mode), group: slot };
  });
}

export function styleEdges(graph: ViewGraph): void {
  const bend = parallelCurvatures(graph);
  graph.updateEachEdgeAttributes(
    (key, a) => {
      const faded = a.edgeClass !== "affirmed";
      const curvature = bend.get(key) ?? 0;
      const directed = !a.symmetric;
      let type: string;
      if (a.polarity === "hostile") type = "hostile";
      else if (curvature === 0) type = directed ? "arrow" : "line";
      else type = directed ? "curvedArrow" : "curved";
      return {
        ...a,
        color: premultiplied((faded ? FADED_POLARITY_COLOURS : EDGE_COLOURS)[a.polarity]),
        size: edgeSize(a.count),
        type,
        curvature: a.polarity === "hostile" && curvature === 0 ? HOSTILE_CURVATURE : curvature,
      };
    },
    // Sigma re-indexes its programs only when told that types changed.
    { attributes: ["color", "size", "type", "curvature"] },
  );
}

/**
 * Edges between the same two actors fan out: each gets a curvature by its place in the bundle, signed so that
 * the bundle spreads the same way whichever direction an edge runs. A lone edge (and the middle one of an odd
 * bundle) stays straight.
 */
export function parallelCurvatures(graph: ViewGraph): Map<string, number> {
  const bundles = new Map<string, string[]>();
  graph.forEachEdge((key, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const bundle = bundles.get(pair);
    if (bundle === undefined) bundles.set(pair, [key]);
    else bundle.push(key);
  });
  const out = new Map<string, number>();
  for (const keys of bundles.values()) {
    if (keys.length < 2) continue;
    keys.sort();
    const half = (keys.length - 1) / 2;
    keys.forEach((key, i) => {
      const offset = (i - half) / Math.max(1, half);
      const reversed = graph.source(key) > graph.target(key);
      out.set(key, PARALLEL_CURVATURE * offset * (reversed ? -1 : 1));
    });
  }
  return out;
}
