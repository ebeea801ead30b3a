// Hand-made relation graphs for the analytics tests: "A+B" is a cooperative edge, "A-B" a hostile one.
import { MultiGraph } from "graphology";
import type { Attributes } from "graphology-types";
import type { AnalysableEdge } from "../../graph/analytics/types.js";

/** Node attributes stay open: the analytics' assign functions add theirs. */
export type TestGraph = MultiGraph<Attributes, AnalysableEdge>;

/** Edges as "A+B", "A-B", optionally with a claim count ("A+B*3"); "A>B" is a one-way cooperative edge. */
export function graphOf(...edges: string[]): TestGraph {
  const graph: TestGraph = new MultiGraph({ type: "directed", allowSelfLoops: true });
  for (const spec of edges) {
    const match = /^(\w+)([+\->])(\w+)(?:\*(\d+))?$/.exec(spec);
    if (match === null) throw new Error(`bad edge spec ${spec}`);
    const [, source, sign, target, count] = match;
    for (const id of [source!, target!]) graph.mergeNode(id, { name: `Actor ${id}` });
    graph.addEdge(source!, target!, {
      polarity: sign === "-" ? "hostile" : "cooperative",
      count: Number(count ?? 1),
      symmetric: sign === "+",
    });
  }
  return graph;
}

/** Every split of the nodes into two camps, tried: the true minimum frustration, for checking the search. */
export function bruteForceFrustration(
  nodes: string[],
  pairs: Array<{ a: string; b: string; sign: 1 | -1 }>,
): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << Math.max(0, nodes.length - 1); mask++) {
    const camp = new Map(nodes.map((id, i) => [id, i === nodes.length - 1 ? 0 : (mask >> i) & 1]));
    const frustrated = pairs.filter((p) => p.sign > 0 !== (camp.get(p.a) === camp.get(p.b))).length;
    best = Math.min(best, frustrated);
  }
  return best;
}
