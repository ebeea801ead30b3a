// Structural-balance violations: triangles of signed pairs with an odd number of hostile sides.
import { compare } from "./signed-pairs.js";
import type { Sign, SignedPair, UnbalancedTriad } from "./types.js";

export interface TriadCensus {
  /** Triangles in the signed network (all three pairs signed). */
  triangles: number;
  /** The unbalanced ones, sorted by actor ids. */
  unbalanced: UnbalancedTriad[];
}

/** Every triangle once (a < b < c), by walking each pair's common neighbours with a higher id. */
export function triadCensus(pairs: readonly SignedPair[]): TriadCensus {
  const neighbours = new Map<string, Map<string, Sign>>();
  const link = (x: string, y: string, sign: Sign): void => {
    const map = neighbours.get(x) ?? new Map<string, Sign>();
    map.set(y, sign);
    neighbours.set(x, map);
  };
  for (const p of pairs) {
    link(p.a, p.b, p.sign);
    link(p.b, p.a, p.sign);
  }
  let triangles = 0;
  const unbalanced: UnbalancedTriad[] = [];
  for (const { a, b, sign: ab } of pairs) {
    const ofA = neighbours.get(a)!;
    for (const [c, bc] of neighbours.get(b)!) {
      const ac = ofA.get(c);
      if (ac === undefined || compare(c, b) <= 0) continue;
      triangles++;
      if (ab * bc * ac < 0)
        unbalanced.push({ actors: [a, b, c], signs: [ab, bc, ac], kind: kindOf(ab + bc + ac) });
    }
  }
  unbalanced.sort((x, y) => compare(x.actors.join("\u0000"), y.actors.join("\u0000")));
  return { triangles, unbalanced };
}

function kindOf(sum: number): UnbalancedTriad["kind"] {
  return sum === 1 ? "++-" : "---";
}
