// The parts of graphology-layout-forceatlas2's untyped helpers the viewer's layout uses.
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology";
  import type { Attributes } from "graphology-types";

  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Attributes) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodeMatrix: Float32Array, outputReducer: null): void;
  export function validateSettings(settings: object): { message: string } | null;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
