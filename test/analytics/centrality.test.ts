// centrality: weighted degree, PageRank and betweenness on graphs whose values are known; the empty graph.
import { describe, expect, it } from "vitest";
import { blocs } from "../../graph/analytics/blocs.js";
import { centrality } from "../../graph/analytics/centrality.js";
import { signedCamps } from "../../graph/analytics/signed-camps.js";
import { graphOf } from "./graphs.js";

describe("centrality", () => {
  it("weighted degree sums the claims of all relations, either direction, a self-loop once", () => {
    const result = centrality(graphOf("A+B*3", "C-A*2", "A-A*4"));
    expect(result.A!.degree).toBe(9);
    expect(result.B!.degree).toBe(3);
  });

  it("betweenness: the middle of a path and the centre of a star", () => {
    const path = centrality(graphOf("A+B", "B+C"));
    expect(path.B!.betweenness).toBeCloseTo(1);
    expect(path.A!.betweenness).toBe(0);
    const star = centrality(graphOf("H+A", "H-B", "C>H", "H+D"));
    expect(star.H!.betweenness).toBeCloseTo(1);
    expect(["A", "B", "C", "D"].map((id) => star[id]!.betweenness)).toEqual([0, 0, 0, 0]);
  });

  it("PageRank rises with the relations an actor receives; symmetric relations run both ways", () => {
    const result = centrality(graphOf("A-T", "B-T", "C-T", "A+B"));
    const ranks = Object.values(result).map((c) => c.pagerank);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(result.T!.pagerank).toBe(Math.max(...ranks));
    expect(result.A!.pagerank).toBeCloseTo(result.B!.pagerank);
  });

  it("assign writes degree, pagerank and betweenness to the nodes", () => {
    const graph = graphOf("A+B", "B+C");
    const result = centrality.assign(graph);
    expect(graph.getNodeAttribute("B", "betweenness")).toBe(result.B!.betweenness);
    expect(graph.getNodeAttribute("B", "degree")).toBe(2);
  });
});

describe("an empty graph", () => {
  it("has no blocs, centrality or camps, and no error", () => {
    const empty = graphOf();
    expect(centrality(empty)).toEqual({});
    expect(blocs(empty)).toEqual({});
    expect(signedCamps(empty)).toMatchObject({ camps: {}, frustration: 0, signedPairs: 0, exact: true });
  });
});
