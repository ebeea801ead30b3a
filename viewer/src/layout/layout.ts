// ForceAtlas2 in a web worker (graphology's supervisor), never on the main thread: start, stop, and runs that stop
// by themselves once the layout has had time to settle. Allies pull together; hostile ties pull only weakly.
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { EdgeAttributes, ViewGraph } from "../graph/model.js";

export interface Layout {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  /** Runs, then stops by itself after `ms`. */
  runFor(ms: number): void;
  kill(): void;
}

/** How long a first layout runs: longer for bigger graphs, within bounds. */
export function settleTime(order: number): number {
  return Math.min(25_000, 2_500 + order * 2);
}

export function edgeWeight(a: EdgeAttributes): number {
  if (a.edgeClass !== "affirmed") return 0.05;
  return a.polarity === "cooperative" ? 1 + Math.log2(a.count) : 0.2;
}

export function createLayout(graph: ViewGraph, onChange: (running: boolean) => void): Layout {
  const settings = {
    ...inferSettings(graph.order),
    barnesHutOptimize: graph.order > 800,
    adjustSizes: false,
    linLogMode: false,
    gravity: 1,
    outboundAttractionDistribution: false,
  };
  const supervisor = new FA2Layout(graph, {
    settings,
    getEdgeWeight: (_key, attributes) => edgeWeight(attributes as EdgeAttributes),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const layout: Layout = {
    isRunning: () => supervisor.isRunning(),
    start() {
      clear();
      if (graph.order === 0 || supervisor.isRunning()) return;
      supervisor.start();
      onChange(true);
    },
    stop() {
      clear();
      if (!supervisor.isRunning()) return;
      supervisor.stop();
      onChange(false);
    },
    runFor(ms) {
      layout.start();
      clear();
      timer = setTimeout(() => layout.stop(), ms);
    },
    kill() {
      clear();
      supervisor.kill();
    },
  };
  return layout;
}
