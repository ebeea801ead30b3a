// blocs: Louvain on the cooperative relations, on graphs whose communities are plain to see.
import { describe, expect, it } from "vitest";
import { blocs } from "../../graph/analytics/blocs.js";
import { graphOf } from "./graphs.js";

/** Every pair of `ids` as cooperative edges. */
function clique(...ids: string[]): string[] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}+${b}`));
}

describe("blocs", () => {
  it("finds two cliques joined by one relation, the larger as bloc 0", () => {
    const result = blocs(graphOf(...clique("A", "B", "C", "D", "E"), ...clique("P", "Q", "R", "S"), "E+P"));
    expect(new Set(["A", "B", "C", "D", "E"].map((id) => result[id]))).toEqual(new Set([0]));
    expect(new Set(["P", "Q", "R", "S"].map((id) => result[id]))).toEqual(new Set([1]));
  });

  it("does not join actors through hostile relations", () => {
    const hostile = ["A", "B", "C"].flatMap((a) => ["P", "Q", "R"].map((b) => `${a}-${b}`));
    const result = blocs(graphOf(...clique("A", "B", "C"), ...clique("P", "Q", "R"), ...hostile));
    expect(result.A).toBe(result.C);
    expect(result.P).toBe(result.R);
    expect(result.A).not.toBe(result.P);
  });

  it("gives an actor without cooperative relations a bloc of its own, after the real blocs", () => {
    const result = blocs(graphOf(...clique("A", "B", "C"), "Z-A"));
    expect(result.Z).toBe(1);
    expect(result.A).toBe(0);
  });

  it("is the same on every run (seeded), and assign writes the attribute", () => {
    const edges = [
      ...clique("A", "B", "C", "D"),
      ...clique("D", "E", "F", "G"),
      ...clique("G", "H", "I", "A"),
    ];
    const first = blocs(graphOf(...edges));
    expect(blocs(graphOf(...edges))).toEqual(first);
    const graph = graphOf(...edges);
    blocs.assign(graph);
    expect(graph.getNodeAttribute("E", "bloc")).toBe(first.E);
  });
});
