// The alliance analysis of one relation graph: blocs, centrality and signed camps together, as plain data.
import type { ActorGraph } from "../load-graph.js";
import type { ActorType } from "../../ingest/record.js";
import { blocs } from "./blocs.js";
import { centrality } from "./centrality.js";
import { signedCamps, type SignedCamps } from "./signed-camps.js";

export interface AnalyzeOptions {
  /** Seed of Louvain and of the camp search; default 42. */
  seed?: number;
  /** Louvain's resolution; default 1. */
  resolution?: number;
  /** Camps weigh pairs by their claims instead of counting each once; default false. */
  weighted?: boolean;
  /** Signed components up to this many actors are split exactly; default 20. */
  exactLimit?: number;
  /** Local-search starts on larger components; default 30. */
  restarts?: number;
}

export interface ActorAnalysis {
  id: string;
  name: string;
  type: ActorType;
  bloc: number;
  camp: 0 | 1;
  degree: number;
  pagerank: number;
  betweenness: number;
}

export interface Bloc {
  bloc: number;
  /** Actor ids, sorted. */
  members: string[];
}

export interface AllianceAnalysis {
  kind: "alliance-analysis";
  /** ISO 8601 time of the analysis. */
  analyzedAt: string;
  /** Actors by id. */
  actors: ActorAnalysis[];
  /** Aggregated relationships analysed. */
  edges: number;
  /** Largest first. */
  blocs: Bloc[];
  camps: Omit<SignedCamps, "camps">;
  seed: number;
}

export function analyzeGraph(graph: ActorGraph, options: AnalyzeOptions = {}): AllianceAnalysis {
  const seed = options.seed ?? 42;
  const blocOf = blocs(graph, {
    seed,
    ...(options.resolution === undefined ? {} : { resolution: options.resolution }),
  });
  const scores = centrality(graph);
  const { camps, ...campSummary } = signedCamps(graph, {
    seed,
    weighted: options.weighted ?? false,
    ...(options.exactLimit === undefined ? {} : { exactLimit: options.exactLimit }),
    ...(options.restarts === undefined ? {} : { restarts: options.restarts }),
  });
  const actors = graph
    .nodes()
    .sort()
    .map((id) => ({
      id,
      name: graph.getNodeAttribute(id, "name"),
      type: graph.getNodeAttribute(id, "type"),
      bloc: blocOf[id]!,
      camp: camps[id]!,
      ...scores[id]!,
    }));
  return {
    kind: "alliance-analysis",
    analyzedAt: new Date().toISOString(),
    actors,
    edges: graph.size,
    blocs: groupBlocs(actors),
    camps: campSummary,
    seed,
  };
}

function groupBlocs(actors: readonly ActorAnalysis[]): Bloc[] {
  const members = new Map<number, string[]>();
  for (const a of actors) members.set(a.bloc, [...(members.get(a.bloc) ?? []), a.id]);
  return [...members.entries()].sort(([x], [y]) => x - y).map(([bloc, ids]) => ({ bloc, members: ids }));
}
