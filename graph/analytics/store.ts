// Runs the alliance analysis on the stored graph and writes the results back to the :Actor nodes.
import neo4j, { type Driver } from "neo4j-driver";
import { inTransaction, READ, WRITE } from "../driver.js";
import { loadGraph } from "../load-graph.js";
import type { GraphFilter } from "../types.js";
import { analyzeGraph, type AllianceAnalysis, type AnalyzeOptions } from "./analyze.js";
import {
  CLEAR_OTHER_ACTORS,
  READ_ANALYSIS_SUMMARY,
  WRITE_ACTOR_ANALYSIS,
  WRITE_ANALYSIS_SUMMARY,
} from "./write-queries.js";

export interface AnalyzeStoreOptions extends AnalyzeOptions {
  /** Which relations to analyse; default: every asserted/intended aggregate. */
  filter?: GraphFilter;
  /** Write the results to the actors; default true. */
  write?: boolean;
}

/** What the (:Analysis) node records about the last analysis written. */
export interface AnalysisSummary {
  analyzedAt: string;
  actors: number;
  edges: number;
  blocs: number;
  frustration: number;
  frustrationRatio: number;
  exact: boolean;
  /** Proven lower bound of the frustration index (equal to it when exact). */
  frustrationLowerBound: number;
  signedPairs: number;
  triangles: number;
  unbalancedTriads: number;
  seed: number;
  /** The GraphFilter as JSON ("{}" for the whole graph). */
  filter: string;
}

export async function analyzeStore(
  driver: Driver,
  options: AnalyzeStoreOptions = {},
): Promise<AllianceAnalysis> {
  const { filter = {}, write = true, ...analysis } = options;
  const result = analyzeGraph(await loadGraph(driver, filter), analysis);
  if (write) await writeAnalysis(driver, result, filter);
  return result;
}

/** Actor properties bloc, camp, degree, pagerank, betweenness, and the summary node, in one transaction. */
export async function writeAnalysis(
  driver: Driver,
  analysis: AllianceAnalysis,
  filter: GraphFilter = {},
): Promise<void> {
  const rows = analysis.actors.map(({ id, bloc, camp, degree, pagerank, betweenness }) => ({
    id,
    bloc,
    camp,
    degree,
    pagerank,
    betweenness,
  }));
  const summary = summaryOf(analysis, filter);
  await inTransaction(driver, WRITE, async (tx) => {
    await tx.run(WRITE_ACTOR_ANALYSIS, { rows });
    const filtered = Object.values(filter).some((value) => value !== undefined);
    await tx.run(CLEAR_OTHER_ACTORS, { ids: rows.map((r) => r.id), filtered });
    await tx.run(WRITE_ANALYSIS_SUMMARY, {
      summary: Object.fromEntries(
        Object.entries(summary).map(([key, value]) => [
          key,
          INTEGER_FIELDS.has(key) ? neo4j.int(value as number) : value,
        ]),
      ),
    });
  });
}

/** The summary of the last analysis written, or null when none was. */
export async function readAnalysisSummary(driver: Driver): Promise<AnalysisSummary | null> {
  const result = await inTransaction(driver, READ, (tx) => tx.run(READ_ANALYSIS_SUMMARY));
  return (result.records[0]?.get("summary") as AnalysisSummary | undefined) ?? null;
}

// Counts are stored as Neo4j integers; a JavaScript number would arrive as a float.
const INTEGER_FIELDS = new Set([
  "actors",
  "edges",
  "blocs",
  "frustration",
  "frustrationLowerBound",
  "signedPairs",
  "triangles",
  "unbalancedTriads",
  "seed",
]);

function summaryOf(analysis: AllianceAnalysis, filter: GraphFilter): AnalysisSummary {
  const c = analysis.camps;
  return {
    analyzedAt: analysis.analyzedAt,
    actors: analysis.actors.length,
    edges: analysis.edges,
    blocs: analysis.blocs.length,
    frustration: c.frustration,
    frustrationRatio: c.frustrationRatio,
    exact: c.exact,
    frustrationLowerBound: c.lowerBound,
    signedPairs: c.signedPairs,
    triangles: c.triangles,
    unbalancedTriads: c.unbalancedTriads.length,
    seed: analysis.seed,
    filter: JSON.stringify(filter),
  };
}
