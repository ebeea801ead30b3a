// What every actor and relation looks like: node size by weighted degree and colour by bloc or camp; edge
// colour by polarity, thickness by evidence, arrows for directed relations, dashed curves for hostile ones.
import type { ViewGraph } from "../graph/model.js";
import type { Slots } from "../graph/stable-slots.js";
import {
  BLOC_COLOURS,
  CAMP_COLOURS,
  EDGE_COLOURS,
  FADED_POLARITY_COLOURS,
  GENERATED_BLOC_COLOURS,
  generatedColour,
  OTHER_GROUP_COLOUR,
  premultiplied,
  UNGROUPED_COLOUR,
} from "./palette.js";
import type { ColourMode } from "../state.js";

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;
const PARALLEL_CURVATURE = 0.3;

/**
 * Radius in pixels: by the square root of the weighted degree, between the bounds; on graphs of thousands of
 * actors everything is smaller, so that nodes overlap less (and cost less to draw).
 */
export function nodeSize(degree: number, maxDegree: number, order = 0): number {
  const scale = sizeScale(order);
  const share = maxDegree > 0 ? Math.sqrt(Math.max(0, degree) / maxDegree) : 0;
  return scale * (MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share);
}

/** Thickness by the number of claims (log scale); thinner on graphs of thousands of actors, as nodes are. */
export function edgeSize(count: number, order = 0): number {
  return sizeScale(order) * Math.min(6, 1.4 + 1.1 * Math.log2(Math.max(1, count)));
}

function sizeScale(order: number): number {
  return order > 1_000 ? Math.max(0.22, Math.sqrt(1_000 / order)) : 1;
}

/** How many groups the legend names one by one (those with a palette colour). */
export function namedSlots(mode: ColourMode): number {
  return mode === "camp" ? CAMP_COLOURS.length : BLOC_COLOURS.length;
}

/** How many colour slots a mode has: two camps; the named bloc palette, then generated hues. */
export function slotCount(mode: ColourMode): number {
  return mode === "camp" ? CAMP_COLOURS.length : BLOC_COLOURS.length + GENERATED_BLOC_COLOURS;
}

export function groupColour(slot: number | null | undefined, mode: ColourMode): string {
  if (slot === null || slot === undefined) return UNGROUPED_COLOUR;
  if (mode === "camp") return CAMP_COLOURS[slot] ?? OTHER_GROUP_COLOUR;
  if (slot >= 0 && slot < BLOC_COLOURS.length) return BLOC_COLOURS[slot]!;
  if (slot >= 0 && slot < slotCount(mode)) return generatedColour(slot - BLOC_COLOURS.length);
  return OTHER_GROUP_COLOUR;
}

export function styleNodes(graph: ViewGraph, slots: Slots, mode: ColourMode): void {
  let maxDegree = 0;
  graph.forEachNode((_id, { degree }) => void (maxDegree = Math.max(maxDegree, degree)));
  graph.updateEachNodeAttributes((id, a) => {
    const slot = slots.get(id) ?? null;
    return {
      ...a,
      size: nodeSize(a.degree, maxDegree, graph.order),
      color: groupColour(slot, mode),
      group: slot,
    };
  });
}

/** Above this many edges, every edge is a thin line (colour still tells polarity). */
export const THIN_EDGES_ABOVE = 10_000;

export function styleEdges(graph: ViewGraph): void {
  const thin = graph.size > THIN_EDGES_ABOVE;
  const bend = thin ? new Map<string, number>() : parallelCurvatures(graph);
  graph.updateEachEdgeAttributes(
    (key, a) => {
      const faded = a.edgeClass !== "affirmed";
      const curvature = bend.get(key) ?? 0;
      const type = thin ? "thin" : programOf(a.polarity === "hostile", !a.symmetric, curvature !== 0);
      return {
        ...a,
        color: premultiplied((faded ? FADED_POLARITY_COLOURS : EDGE_COLOURS)[a.polarity]),
        size: edgeSize(a.count, graph.order),
        type,
        curvature,
      };
    },
    // Sigma re-indexes its programs only when told that types changed.
    { attributes: ["color", "size", "type", "curvature"] },
  );
}

/** Sigma's program for an edge: dashed when hostile, an arrow when directed, curved when in a bundle. */
function programOf(hostile: boolean, directed: boolean, curved: boolean): string {
  const shape = curved ? (directed ? "curvedArrow" : "curved") : directed ? "arrow" : "line";
  return hostile ? `dashed-${shape}` : shape;
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
