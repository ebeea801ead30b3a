// signedCamps on hand-made signed graphs whose best two-camp split is known, and against brute force.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signedCamps } from "../../graph/analytics/signed-camps.js";
import { signedPairs } from "../../graph/analytics/signed-pairs.js";
import { bruteForceFrustration, graphOf } from "./graphs.js";

/** The camps as sorted groups, e.g. [["A","B"],["C","D"]], whichever side is labelled 0. */
function groups(camps: Record<string, 0 | 1>): string[][] {
  const sides = [0, 1].map((c) =>
    Object.keys(camps)
      .filter((id) => camps[id] === c)
      .sort(),
  );
  return sides.filter((s) => s.length > 0).sort((x, y) => x[0]!.localeCompare(y[0]!));
}

const CASES: Array<{
  name: string;
  edges: string[];
  frustration: number;
  groups?: string[][];
  triads: string[];
}> = [
  {
    name: "two camps, partners within and enemies across: balanced",
    edges: ["A+B", "C+D", "A-C", "B-D"],
    frustration: 0,
    groups: [
      ["A", "B"],
      ["C", "D"],
    ],
    triads: [],
  },
  {
    name: "two partners of A at odds (++-)",
    edges: ["A+B", "A+C", "B-C"],
    frustration: 1,
    triads: ["A,B,C ++-"],
  },
  { name: "three mutual enemies (---)", edges: ["A-B", "B-C", "A-C"], frustration: 1, triads: ["A,B,C ---"] },
  {
    name: "three partners",
    edges: ["A+B", "B+C", "A+C"],
    frustration: 0,
    groups: [["A", "B", "C"]],
    triads: [],
  },
  {
    name: "the enemy of my enemy is my friend (+--)",
    edges: ["A+C", "A-B", "C-B"],
    frustration: 0,
    groups: [["A", "C"], ["B"]],
    triads: [],
  },
  {
    name: "four mutual enemies: a 2-2 split leaves two",
    edges: ["A-B", "A-C", "A-D", "B-C", "B-D", "C-D"],
    frustration: 2,
    triads: ["A,B,C ---", "A,B,D ---", "A,C,D ---", "B,C,D ---"],
  },
  {
    name: "two separate balanced groups",
    edges: ["A+B", "C-D"],
    frustration: 0,
    groups: [["A", "B", "C"], ["D"]],
    triads: [],
  },
  {
    name: "a pair's sign is its net claims: 3 cooperative beat 1 hostile",
    edges: ["A+B*3", "A-B", "B-C"],
    frustration: 0,
    groups: [["A", "B"], ["C"]],
    triads: [],
  },
  {
    name: "a self-loop has no sign",
    edges: ["A-A", "A+B"],
    frustration: 0,
    groups: [["A", "B"]],
    triads: [],
  },
];

describe("signedCamps", () => {
  it.each(CASES)("$name", ({ edges, frustration, groups: expected, triads }) => {
    const result = signedCamps(graphOf(...edges));
    expect(result.frustration).toBe(frustration);
    expect(result.frustratedPairs).toHaveLength(frustration);
    expect(result.exact).toBe(true);
    if (expected !== undefined) expect(groups(result.camps)).toEqual(expected);
    expect(result.unbalancedTriads.map((t) => `${t.actors.join(",")} ${t.kind}`)).toEqual(triads);
  });

  it("leaves out pairs with as many cooperative as hostile claims", () => {
    const result = signedCamps(graphOf("A+B*2", "A-B*2", "B-C"));
    expect(result.mixedPairs).toBe(1);
    expect(result.signedPairs).toBe(1);
    expect(result.camps.A).toBeDefined();
  });

  it("puts the actor with the most signed pairs in camp 0", () => {
    const result = signedCamps(graphOf("Z-A", "Z-B", "Z-C", "A+B"));
    expect(result.camps.Z).toBe(0);
    expect([result.camps.A, result.camps.B, result.camps.C]).toEqual([1, 1, 1]);
  });

  it("weighted: the weakly evidenced relation is the one left frustrated", () => {
    const graph = graphOf("A+B*5", "B+C*5", "A-C");
    const weighted = signedCamps(graph, { weighted: true });
    expect(weighted.frustratedPairs.map((p) => `${p.a}${p.b}`)).toEqual(["AC"]);
    expect(weighted.frustration).toBe(1);
    expect(groups(weighted.camps)).toEqual([["A", "B", "C"]]);
  });

  it("assign writes each actor's camp as a node attribute", () => {
    const graph = graphOf("A+B", "A-C");
    const result = signedCamps.assign(graph);
    expect(graph.getNodeAttribute("C", "camp")).toBe(result.camps.C);
    expect(graph.getNodeAttribute("A", "camp")).not.toBe(graph.getNodeAttribute("C", "camp"));
  });
});

/** A random signed graph on up to `n` nodes, as edge specs. */
const randomGraph = (n: number) =>
  fc
    .uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.boolean()),
      {
        minLength: 1,
        maxLength: 24,
        selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`,
      },
    )
    .map((edges) => edges.filter(([a, b]) => a !== b).map(([a, b, plus]) => `N${a}${plus ? "+" : "-"}N${b}`))
    .filter((edges) => edges.length > 0);

describe("signedCamps against brute force", () => {
  it("the exact search finds the true minimum on graphs of up to 9 actors", () => {
    fc.assert(
      fc.property(randomGraph(9), (edges) => {
        const graph = graphOf(...edges);
        const result = signedCamps(graph);
        const truth = bruteForceFrustration(graph.nodes(), signedPairs(graph).pairs);
        expect(result.exact).toBe(true);
        expect(result.frustration).toBe(truth);
        expect(result.frustratedPairs).toHaveLength(truth);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("the local search (forced with exactLimit 0) stays between the proven bound and above the minimum", () => {
    fc.assert(
      fc.property(randomGraph(9), (edges) => {
        const graph = graphOf(...edges);
        const result = signedCamps(graph, { exactLimit: 0 });
        const truth = bruteForceFrustration(graph.nodes(), signedPairs(graph).pairs);
        expect(result.frustration).toBeGreaterThanOrEqual(truth);
        expect(result.lowerBound).toBeLessThanOrEqual(truth);
        expect(result.exact).toBe(result.lowerBound === result.frustration);
        expect(result.frustratedPairs).toHaveLength(result.frustration);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it("bounds the frustration below by unbalanced triads that share no pair", () => {
    // Two unbalanced triangles sharing only actor C, a third sharing the pair A-B with the first.
    const result = signedCamps(graphOf("A+B", "B+C", "A-C", "C+D", "D+E", "C-E", "A-F", "B+F"), {
      exactLimit: 0,
    });
    expect(result.unbalancedTriads).toHaveLength(3);
    expect(result.lowerBound).toBe(2);
    expect(result.frustration).toBe(2);
    expect(result.exact).toBe(true);
  });

  it("the local search splits a large balanced network with no frustration", () => {
    // 200 actors in two hidden camps: partners inside a camp, enemies across, 600 relations.
    const edges: string[] = [];
    let state = 12345;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 600; i++) {
      const a = Math.floor(next() * 200);
      const b = Math.floor(next() * 200);
      if (a !== b) edges.push(`N${a}${a % 2 === b % 2 ? "+" : "-"}N${b}`);
    }
    const result = signedCamps(graphOf(...edges));
    expect(result.components[0]!.exact).toBe(false);
    expect(result.frustration).toBe(0);
    const camp = result.camps;
    expect(Object.keys(camp).every((id) => (camp[id] === camp.N0) === (Number(id.slice(1)) % 2 === 0))).toBe(
      true,
    );
  });

  it("gives the same camps for the same seed", () => {
    const edges = ["A+B", "B-C", "C+D", "D-A", "A-C", "B+E", "E-D", "C+F", "F-A"];
    expect(signedCamps(graphOf(...edges), { exactLimit: 0, seed: 3 }).camps).toEqual(
      signedCamps(graphOf(...edges), { exactLimit: 0, seed: 3 }).camps,
    );
  });
});
