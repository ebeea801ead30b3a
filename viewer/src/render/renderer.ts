// Sigma on the view's graph: programs, large-graph settings, the highlight of a hovered or selected actor's
// neighbourhood (or a selected edge) through Sigma's reducers, and dragging actors; events go out as plain
// callbacks.
import Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "../graph/model.js";
import type { Selection } from "../state.js";
import { MUTED_EDGE_COLOUR, MUTED_NODE_COLOUR } from "./palette.js";
import { enableNodeDrag } from "./drag.js";
import { drawHaloLabel } from "./labels.js";
import { EDGE_PROGRAMS, NODE_PROGRAMS } from "./programs.js";

/**
 * Above this many edges, edges are hidden while the camera moves and while the layout runs, so that panning
 * and the layout's frames stay smooth (drawing tens of thousands of edges per frame is slow without a GPU).
 */
export const HIDE_EDGES_ON_MOVE_ABOVE = 2_000;
/** Above this many edges, edges outside a highlight are hidden rather than greyed, and z-ordering is off. */
const LARGE_GRAPH_EDGES = 10_000;
/** Labels forced on in a highlighted neighbourhood up to this many actors. */
const FORCED_LABELS = 12;

export interface RendererEvents {
  clickNode(id: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
  hoverEdge(key: string | null, x: number, y: number): void;
  camera(state: CameraState): void;
  /** An actor is being dragged: the layout must not pull it back. */
  dragStarted(id: string): void;
}

export interface Renderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  setSelection(selection: Selection): void;
  /** Re-reads sizes and settings after the graph changed. */
  graphChanged(): void;
  /** Moves the camera to an actor (when it is drawn). */
  focusNode(id: string): void;
  setCamera(state: { x: number; y: number; ratio: number }): void;
  /** While a large graph's layout runs, its edges are not drawn. */
  setLayoutRunning(running: boolean): void;
  /** After the graph area changed size (the side panel opened or closed). */
  resize(): void;
  kill(): void;
}

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  labelled: boolean;
}

export function createRenderer(graph: ViewGraph, container: HTMLElement, events: RendererEvents): Renderer {
  let hovered: string | null = null;
  let selection: Selection = null;
  let focus: Focus | null = null;
  let large = graph.size > LARGE_GRAPH_EDGES;
  let edgesHidden = false;

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    edgeProgramClasses: EDGE_PROGRAMS,
    nodeProgramClasses: NODE_PROGRAMS,
    defaultEdgeType: "line",
    renderEdgeLabels: false,
    allowInvalidContainer: true,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1d2329" },
    defaultDrawNodeLabel: drawHaloLabel,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    // Room for the labels of actors at the edge of the drawing.
    stagePadding: 60,
    ...sizeSettings(graph),
    nodeReducer: (node, data) => {
      const out: Partial<NodeAttributes & { highlighted: boolean; forceLabel: boolean; zIndex: number }> = {
        ...data,
      };
      if (focus !== null) {
        if (focus.nodes.has(node)) {
          out.zIndex = 2;
          if (focus.labelled) out.forceLabel = true;
        } else {
          out.color = MUTED_NODE_COLOUR;
          out.label = "";
          out.zIndex = 0;
        }
      }
      if (node === hovered || (selection?.kind === "actor" && selection.id === node)) out.highlighted = true;
      return out;
    },
    edgeReducer: (edge, data) => {
      if (edgesHidden) return { ...data, hidden: true };
      if (focus === null) return data;
      if (focus.edges.has(edge))
        return { ...data, zIndex: 2, size: data.size * (focus.edges.size === 1 ? 1.8 : 1) };
      return large ? { ...data, hidden: true } : { ...data, color: MUTED_EDGE_COLOUR, zIndex: 0 };
    },
  });

  skipPickingWhileMoving(sigma);
  const drag = enableNodeDrag(sigma, graph, { dragStarted: (id) => events.dragStarted(id) });

  const refocus = (): void => {
    focus = focusOf(graph, hovered, selection);
    sigma.refresh({ skipIndexation: true });
  };

  sigma.on("enterNode", ({ node }) => {
    hovered = node;
    container.style.cursor = "pointer";
    refocus();
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    container.style.cursor = "";
    refocus();
  });
  sigma.on("enterEdge", ({ edge, event }) => {
    container.style.cursor = "pointer";
    events.hoverEdge(edge, event.x, event.y);
  });
  sigma.on("leaveEdge", ({ event }) => {
    container.style.cursor = "";
    events.hoverEdge(null, event.x, event.y);
  });
  sigma.on("clickNode", ({ node }) => {
    if (!drag.justDropped()) events.clickNode(node);
  });
  sigma.on("clickEdge", ({ edge }) => events.clickEdge(edge));
  sigma.on("clickStage", () => {
    if (!drag.justDropped()) events.clickStage();
  });
  sigma.getCamera().on("updated", (state) => events.camera(state));

  return {
    sigma,
    setSelection(next) {
      selection = next;
      refocus();
    },
    graphChanged() {
      large = graph.size > LARGE_GRAPH_EDGES;
      // A frame fixed for a drag gives way to the graph's own extent again.
      sigma.setCustomBBox(null);
      if (hovered !== null && !graph.hasNode(hovered)) hovered = null;
      sigma.setSettings(sizeSettings(graph));
      focus = focusOf(graph, hovered, selection);
      sigma.refresh();
    },
    focusNode(id) {
      const data = sigma.getNodeDisplayData(id);
      if (data === undefined) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 450 });
    },
    setCamera(state) {
      sigma.getCamera().setState(state);
    },
    setLayoutRunning(running) {
      if (running) sigma.setCustomBBox(null);
      const hide = running && graph.size > HIDE_EDGES_ON_MOVE_ABOVE;
      if (hide === edgesHidden) return;
      edgesHidden = hide;
      sigma.refresh({ schedule: true });
    },
    resize() {
      sigma.resize();
      sigma.refresh({ skipIndexation: true });
    },
    kill: () => sigma.kill(),
  };
}

/**
 * Sigma finds what is under the pointer by reading a picking buffer back from the GPU, on every pointer move and
 * wheel turn, which waits for the frame being drawn (seconds for a large graph without a GPU). While the view is
 * dragged or animates nothing needs picking.
 */
function skipPickingWhileMoving(sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  const captor = sigma.getMouseCaptor();
  const camera = sigma.getCamera();
  const moving = (): boolean => (captor.isMouseDown && captor.draggedEvents > 0) || camera.isAnimated();
  const picking = sigma as unknown as {
    getNodeAtPosition(position: { x: number; y: number }): string | null;
    getEdgeAtPoint(x: number, y: number): string | null;
  };
  const node = picking.getNodeAtPosition.bind(sigma);
  const edge = picking.getEdgeAtPoint.bind(sigma);
  picking.getNodeAtPosition = (position) => (moving() ? null : node(position));
  picking.getEdgeAtPoint = (x, y) => (moving() ? null : edge(x, y));
}

function sizeSettings(graph: ViewGraph): {
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  zIndex: boolean;
  enableEdgeEvents: boolean;
} {
  return {
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    hideLabelsOnMove: graph.size > LARGE_GRAPH_EDGES,
    zIndex: graph.size <= LARGE_GRAPH_EDGES,
    // Every pointer move reads the edge picking buffer back from the GPU: too slow with tens of thousands.
    enableEdgeEvents: graph.size <= LARGE_GRAPH_EDGES,
  };
}

function focusOf(graph: ViewGraph, hovered: string | null, selection: Selection): Focus | null {
  const node = hovered ?? (selection?.kind === "actor" ? selection.id : null);
  if (node !== null && graph.hasNode(node)) {
    const nodes = new Set([node, ...graph.neighbors(node)]);
    return { nodes, edges: new Set(graph.edges(node)), labelled: nodes.size <= FORCED_LABELS };
  }
  if (selection?.kind === "edge" && graph.hasEdge(selection.id)) {
    return {
      nodes: new Set(graph.extremities(selection.id)),
      edges: new Set([selection.id]),
      labelled: true,
    };
  }
  return null;
}
