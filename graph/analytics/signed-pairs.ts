// The signed network: one edge per pair of actors, + when their claims are mostly cooperative, - when hostile.
import type { AbstractGraph as Graph, Attributes } from "graphology-types";
import type { AnalysableEdge, SignedPair } from "./types.js";

export interface SignedPairs {
  pairs: SignedPair[];
  /** Pairs whose cooperative and hostile claims are equally many: no sign, left out of camps and triads. */
  mixed: Array<{ a: string; b: string }>;
}

/**
 * Collapses every relation between two actors (either direction) into one signed pair: the sign of cooperative
 * claims minus hostile claims. Self-loops have no sign. Sorted by (a, b) for a stable result.
 */
export function signedPairs<N extends Attributes, E extends AnalysableEdge>(graph: Graph<N, E>): SignedPairs {
  const net = new Map<string, { a: string; b: string; net: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}\u0000${b}`;
    const entry = net.get(key) ?? { a, b, net: 0 };
    entry.net += attributes.polarity === "cooperative" ? attributes.count : -attributes.count;
    net.set(key, entry);
  });
  const sorted = [...net.values()].sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
  return {
    pairs: sorted.filter((p) => p.net !== 0).map((p) => ({ ...p, sign: p.net > 0 ? 1 : -1 })),
    mixed: sorted.filter((p) => p.net === 0).map(({ a, b }) => ({ a, b })),
  };
}

export function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
