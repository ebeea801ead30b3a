// What the browser tests and the benchmark read from the page (window.__kg): counts, timings, and where actors
// are drawn. Read-only views of the viewer's state; nothing here changes it.
import type Sigma from "sigma";
import { composite } from "./export/png.js";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "./graph/model.js";
import type { Slots } from "./graph/stable-slots.js";

export interface ViewerProbe {
  ready: boolean;
  loads: number;
  order: number;
  size: number;
  /** Drawn edges by polarity. */
  polarities: { cooperative: number; hostile: number };
  layoutRunning: boolean;
  /** ForceAtlas2 iterations of the current layout so far. */
  layoutIterations(): number;
  lastError: string | null;
  /** Milliseconds from navigation start to the first frame with the graph drawn. */
  firstRenderMs: number | null;
  /** An actor's layout position, and where it is drawn in the graph area (CSS pixels); null when not drawn. */
  position(id: string): { x: number; y: number } | null;
  screen(id: string): { x: number; y: number } | null;
  /** The drawn colour at a point of the graph area (CSS pixels), as [r, g, b, a]. */
  colourAt(x: number, y: number): number[];
  /** Keys of the drawn actors and edges, sorted. */
  keys(): { nodes: string[]; edges: string[] };
  /** The colour slot (bloc or camp) an actor is drawn in; null for none, undefined when not drawn. */
  group(id: string): number | null | undefined;
}

declare global {
  var __kg: ViewerProbe | undefined;
}

/** A probe with nothing loaded yet, published as window.__kg. */
export function newProbe(): ViewerProbe {
  const probe: ViewerProbe = {
    ready: false,
    loads: 0,
    order: 0,
    size: 0,
    polarities: { cooperative: 0, hostile: 0 },
    layoutRunning: false,
    layoutIterations: () => 0,
    lastError: null,
    firstRenderMs: null,
    position: () => null,
    screen: () => null,
    colourAt: () => [],
    keys: () => ({ nodes: [], edges: [] }),
    group: () => undefined,
  };
  globalThis.__kg = probe;
  return probe;
}

export function connectProbe(
  probe: ViewerProbe,
  graph: ViewGraph,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  slots: () => Slots,
): void {
  probe.position = (id) =>
    graph.hasNode(id) ? { x: graph.getNodeAttribute(id, "x"), y: graph.getNodeAttribute(id, "y") } : null;
  probe.screen = (id) => {
    const data = sigma.getNodeDisplayData(id);
    return data === undefined ? null : sigma.framedGraphToViewport(data);
  };
  probe.colourAt = (x, y) => {
    const canvas = composite(sigma);
    const ratio = canvas.width / sigma.getDimensions().width;
    return [
      ...canvas.getContext("2d")!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data,
    ];
  };
  probe.keys = () => ({ nodes: graph.nodes().sort(), edges: graph.edges().sort() });
  probe.group = (id) => (graph.hasNode(id) ? (slots().get(id) ?? null) : undefined);
}

/** After a graph answer was drawn. */
export function recordLoad(probe: ViewerProbe, graph: ViewGraph): void {
  const polarities = { cooperative: 0, hostile: 0 };
  graph.forEachEdge((_key, a) => void polarities[a.polarity]++);
  Object.assign(probe, {
    loads: probe.loads + 1,
    order: graph.order,
    size: graph.size,
    polarities,
    ready: true,
  });
}
