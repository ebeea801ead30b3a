// ForceAtlas2 in a web worker, never on the main thread: start, stop, and runs that stop by themselves once the
// layout has had time to settle. Allies pull together; hostile ties pull only weakly. The worker iterates in time
// slices; the drawing takes its positions at a bounded rate (every slice on small graphs).
import { inferSettings } from "graphology-layout-forceatlas2";
import DEFAULT_SETTINGS from "graphology-layout-forceatlas2/defaults.js";
import {
  assignLayoutChanges,
  graphToByteArrays,
  validateSettings,
} from "graphology-layout-forceatlas2/helpers.js";
import type { EdgeAttributes, ViewGraph } from "../graph/model.js";
import { workerSource } from "./worker-source.js";

export interface Layout {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  /** ForceAtlas2 iterations run so far. */
  iterations(): number;
  /** Runs, then stops by itself after `ms`. */
  runFor(ms: number): void;
  kill(): void;
}

/** How long a first layout runs: longer for bigger graphs, within bounds. */
export function settleTime(order: number): number {
  return Math.min(25_000, 2_500 + order * 2);
}

/** How often the drawing takes the worker's positions: every iteration on small graphs, less on large ones. */
export function applyInterval(order: number): number {
  return order < 1_000 ? 0 : Math.min(300, order / 40);
}

/** How long the worker iterates between two posts: longer on large graphs, whose iterations are slow. */
export function sliceMs(order: number): number {
  return Math.min(120, Math.max(16, order / 40));
}

export function edgeWeight(a: EdgeAttributes): number {
  if (a.edgeClass !== "affirmed") return 0.05;
  return a.polarity === "cooperative" ? 1 + Math.log2(a.count) : 0.2;
}

export function layoutSettings(order: number): object {
  const settings = {
    ...DEFAULT_SETTINGS,
    ...inferSettings(order),
    barnesHutOptimize: order > 800,
    adjustSizes: false,
    linLogMode: false,
    gravity: order > 1_000 ? 0.1 : 1,
    outboundAttractionDistribution: false,
  };
  const invalid = validateSettings(settings);
  if (invalid !== null) throw new Error(`kg viewer: ForceAtlas2 settings: ${invalid.message}`);
  return settings;
}

/**
 * After the next frame is drawn. The worker's next round waits for it: without a GPU, drawing a frame takes CPU
 * (software WebGL) that a worker iterating meanwhile would take away, stretching the page's frames.
 */
function afterFrame(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

let workerUrl: string | null = null;

/** One Blob URL for the worker's source: workers from blob: run under kg serve's CSP and from file:// alike. */
function newWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([workerSource()], { type: "text/javascript" }));
  return new Worker(workerUrl);
}

export function createLayout(graph: ViewGraph, onChange: (running: boolean) => void): Layout {
  const settings = layoutSettings(graph.order);
  const interval = applyInterval(graph.order);
  let worker: Worker | null = null;
  let latest: Float32Array | null = null;
  let applied = -Infinity;
  let iterations = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = (): void => {
    if (latest === null) return;
    assignLayoutChanges(graph, latest, null);
    applied = performance.now();
    latest = null;
  };
  const clear = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const layout: Layout = {
    isRunning: () => worker !== null,
    iterations: () => iterations,
    start() {
      clear();
      if (graph.order === 0 || worker !== null) return;
      const matrices = graphToByteArrays(graph, (_edge, attributes) =>
        edgeWeight(attributes as EdgeAttributes),
      );
      worker = newWorker();
      const own = worker;
      own.addEventListener("message", (event: MessageEvent<{ nodes: ArrayBuffer; iterations: number }>) => {
        latest = new Float32Array(event.data.nodes);
        iterations += event.data.iterations;
        const next = (): void => {
          if (worker === own) own.postMessage({ type: "next" });
        };
        if (performance.now() - applied < interval) return next();
        apply();
        // A small graph's frame is cheap: its next round starts at once.
        if (interval === 0) next();
        else afterFrame(next);
      });
      own.postMessage(
        {
          type: "start",
          nodes: matrices.nodes.buffer,
          edges: matrices.edges.buffer,
          settings,
          slice: sliceMs(graph.order),
        },
        [matrices.nodes.buffer, matrices.edges.buffer],
      );
      onChange(true);
    },
    stop() {
      clear();
      if (worker === null) return;
      worker.terminate();
      worker = null;
      apply();
      onChange(false);
    },
    runFor(ms) {
      layout.start();
      clear();
      timer = setTimeout(() => layout.stop(), ms);
    },
    kill() {
      clear();
      worker?.terminate();
      worker = null;
      latest = null;
    },
  };
  return layout;
}
