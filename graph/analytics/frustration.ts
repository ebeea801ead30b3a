// The two-camp split of a signed graph with the fewest frustrated edges (+ across camps, - within one):
// exact (branch and bound) on small connected components, seeded local search with restarts on larger ones.
import { shuffled } from "./rng.js";
import type { Sign } from "./types.js";

export interface SignedEdge {
  u: number;
  v: number;
  sign: Sign;
  weight: number;
}

export interface FrustrationOptions {
  /** Components with at most this many nodes are solved exactly; default 20. */
  exactLimit: number;
  /** Local-search starts on a larger component (the first from a spanning tree, the rest random); default 30. */
  restarts: number;
  random: () => number;
}

export interface ComponentSplit {
  /** Node indices, ascending. */
  nodes: number[];
  frustration: number;
  /** True when the split is proven minimal; false for the local-search answer (an upper bound). */
  exact: boolean;
}

export interface Split {
  /** 0 or 1 per node; in each component the node with the most signed weight (lowest index on ties) is 0. */
  side: Uint8Array;
  /** Sum over components: the frustration index when every component is exact. */
  frustration: number;
  components: ComponentSplit[];
}

interface Arc {
  to: number;
  sign: Sign;
  weight: number;
}

type Adjacency = Arc[][];

export function minimumFrustration(
  n: number,
  edges: readonly SignedEdge[],
  options: FrustrationOptions,
): Split {
  const adjacency: Adjacency = Array.from({ length: n }, () => []);
  for (const { u, v, sign, weight } of edges) {
    adjacency[u]!.push({ to: v, sign, weight });
    adjacency[v]!.push({ to: u, sign, weight });
  }
  const side = new Uint8Array(n);
  const components = connectedComponents(adjacency).map((nodes) => {
    const local = solveComponent(adjacency, nodes, options);
    local.nodes.forEach((node, i) => (side[node] = local.side[i]!));
    return { nodes: local.nodes, frustration: local.cost, exact: local.exact };
  });
  return { side, frustration: components.reduce((sum, c) => sum + c.frustration, 0), components };
}

/** Components in BFS order from their lowest index, so the search order is the same on every run. */
function connectedComponents(adjacency: Adjacency): number[][] {
  const seen = new Uint8Array(adjacency.length);
  const components: number[][] = [];
  for (let start = 0; start < adjacency.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const order = [start];
    for (let i = 0; i < order.length; i++) {
      for (const { to } of adjacency[order[i]!]!) {
        if (!seen[to]) {
          seen[to] = 1;
          order.push(to);
        }
      }
    }
    components.push(order);
  }
  return components;
}

interface LocalSolution {
  /** The component's nodes, ascending; `side` is indexed like it. */
  nodes: number[];
  side: Uint8Array;
  cost: number;
  exact: boolean;
}

function solveComponent(global: Adjacency, component: number[], options: FrustrationOptions): LocalSolution {
  const nodes = [...component].sort((a, b) => a - b);
  const index = new Map(nodes.map((node, i) => [node, i]));
  const adjacency: Adjacency = nodes.map((node) =>
    global[node]!.map((arc) => ({ ...arc, to: index.get(arc.to)! })),
  );
  const heuristic = localSearchWithRestarts(adjacency, options);
  const best = nodes.length <= options.exactLimit ? branchAndBound(adjacency, heuristic) : heuristic;
  return {
    nodes,
    side: orient(adjacency, best.side),
    cost: best.cost,
    exact: nodes.length <= options.exactLimit,
  };
}

function isFrustrated(sign: Sign, a: number, b: number): boolean {
  return sign > 0 ? a !== b : a === b;
}

function cost(adjacency: Adjacency, side: Uint8Array): number {
  let total = 0;
  adjacency.forEach((arcs, v) => {
    for (const { to, sign, weight } of arcs)
      if (v < to && isFrustrated(sign, side[v]!, side[to]!)) total += weight;
  });
  return total;
}

/** How much frustration flipping `v` removes. */
function gain(adjacency: Adjacency, side: Uint8Array, v: number): number {
  let g = 0;
  for (const { to, sign, weight } of adjacency[v]!)
    g += isFrustrated(sign, side[v]!, side[to]!) ? weight : -weight;
  return g;
}

function localSearchWithRestarts(
  adjacency: Adjacency,
  options: FrustrationOptions,
): { side: Uint8Array; cost: number } {
  const nodes = adjacency.map((_, i) => i);
  let best: { side: Uint8Array; cost: number } | undefined;
  for (let run = 0; run < Math.max(1, options.restarts); run++) {
    const side = run === 0 ? spanningTreeStart(adjacency) : randomStart(adjacency.length, options.random);
    descend(adjacency, side, nodes, options.random);
    const c = cost(adjacency, side);
    if (best === undefined || c < best.cost) best = { side, cost: c };
    if (best.cost === 0) break;
  }
  return best!;
}

/** Signs propagated along a BFS tree: already optimal (zero) when the component is balanced. */
function spanningTreeStart(adjacency: Adjacency): Uint8Array {
  const side = new Uint8Array(adjacency.length);
  const seen = new Uint8Array(adjacency.length);
  seen[0] = 1;
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const { to, sign } of adjacency[v]!) {
      if (seen[to]) continue;
      seen[to] = 1;
      side[to] = sign > 0 ? side[v]! : 1 - side[v]!;
      queue.push(to);
    }
  }
  return side;
}

function randomStart(n: number, random: () => number): Uint8Array {
  return Uint8Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1));
}

/** Single-node flips in random order while any flip lowers the frustration (each flip strictly lowers it). */
function descend(adjacency: Adjacency, side: Uint8Array, nodes: number[], random: () => number): void {
  for (let improved = true; improved;) {
    improved = false;
    for (const v of shuffled(nodes, random)) {
      if (gain(adjacency, side, v) > 0) {
        side[v] = 1 - side[v]!;
        improved = true;
      }
    }
  }
}

/**
 * Exhaustive search over splits with node 0 fixed (the mirror split is the same), nodes taken in BFS order so
 * each one's cost against the nodes placed before it is known; a branch stops once it costs as much as the best.
 */
function branchAndBound(
  adjacency: Adjacency,
  start: { side: Uint8Array; cost: number },
): { side: Uint8Array; cost: number } {
  const n = adjacency.length;
  const order = spanningOrder(adjacency);
  const position = new Int32Array(n);
  order.forEach((v, k) => (position[v] = k));
  const earlier = order.map((v, k) => adjacency[v]!.filter((arc) => position[arc.to]! < k));
  const side = new Uint8Array(n);
  let best = { side: start.side.slice(), cost: start.cost };
  const added = (k: number, s: number): number => {
    let c = 0;
    for (const { to, sign, weight } of earlier[k]!) if (isFrustrated(sign, s, side[to]!)) c += weight;
    return c;
  };
  const search = (k: number, so: number): void => {
    if (so >= best.cost) return;
    if (k === n) {
      best = { side: side.slice(), cost: so };
      return;
    }
    const v = order[k]!;
    const choices = k === 0 ? [0] : [0, 1];
    const costs = choices.map((s) => added(k, s));
    const tries = choices.map((s, i) => ({ s, c: costs[i]! })).sort((x, y) => x.c - y.c);
    for (const { s, c } of tries) {
      side[v] = s;
      search(k + 1, so + c);
    }
  };
  search(0, 0);
  return best;
}

function spanningOrder(adjacency: Adjacency): number[] {
  const seen = new Uint8Array(adjacency.length);
  seen[0] = 1;
  const order = [0];
  for (let i = 0; i < order.length; i++) {
    for (const { to } of adjacency[order[i]!]!) {
      if (!seen[to]) {
        seen[to] = 1;
        order.push(to);
      }
    }
  }
  return order;
}

/** Mirrors the split so the node with the most signed weight (first on ties) is on side 0. */
function orient(adjacency: Adjacency, side: Uint8Array): Uint8Array {
  let anchor = 0;
  let most = -1;
  adjacency.forEach((arcs, v) => {
    const w = arcs.reduce((sum, arc) => sum + arc.weight, 0);
    if (w > most) [anchor, most] = [v, w];
  });
  return side[anchor] === 0 ? side : side.map((s) => 1 - s);
}
