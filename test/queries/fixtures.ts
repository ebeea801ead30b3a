// Test data for the query tests: the sample articles, a dated article of our own, and a hand-built structure of
// actors (ids KGQ<tag>_...) whose triads and blocs are known; everything named with the caller's prefix.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { writeDocuments } from "../../graph/store.js";
import { projectPath } from "../../lib/paths.js";
import { cleanUp, documentOf, type RecordSpec } from "../graph/helpers.js";
import { ingestPaths, removeOwn, tempDir } from "../ingest/helpers.js";

export const SAMPLES = ["iraq-intelligence-cell.txt", "us-russia-intelligence.txt"];

/** Our own wording: an alliance with a coalition, dated early enough to be the first of its relation. */
export const COALITION_ARTICLE = `---
date: 1903-05-04
title: Jordan and the coalition
---
Jordan joined the US-led coalition against the Islamic State last year.
`;

const CLIQUE_CLAIMS = 50;

export interface Fixture {
  /** Actor id prefix of the hand-built structure. */
  actors: string;
  remove: () => Promise<void>;
}

/**
 * The hand-built structure: A+B, B+C, A-C (one unbalanced triad); two cooperative cliques P1..P4 and R1..R4 and
 * a hub H with one partner in each (a broker between blocs); dated 1903-05-10.
 */
export function structureSpecs(p: string): RecordSpec[] {
  const specs: RecordSpec[] = [
    { source: `${p}A`, relation: "cooperates-with", target: `${p}B`, sentence: 0 },
    { source: `${p}B`, relation: "cooperates-with", target: `${p}C`, sentence: 1 },
    { source: `${p}A`, relation: "fights", target: `${p}C`, sentence: 2 },
    { source: `${p}H`, relation: "cooperates-with", target: `${p}P1`, sentence: 3 },
    { source: `${p}H`, relation: "cooperates-with", target: `${p}R1`, sentence: 4 },
  ];
  // Heavy cliques: Louvain's resolution limit merges two small groups joined by one edge once the whole graph
  // is large (the database is shared); 50 claims per pair keeps them apart up to ~200,000 claims in all.
  for (const side of ["P", "R"]) {
    for (let i = 1; i <= 4; i++) {
      for (let j = i + 1; j <= 4; j++) {
        for (let k = 0; k < CLIQUE_CLAIMS; k++) {
          const pair = { source: `${p}${side}${i}`, target: `${p}${side}${j}` };
          specs.push({ ...pair, relation: "cooperates-with", sentence: specs.length });
        }
      }
    }
  }
  return specs;
}

export async function loadFixture(driver: Driver, prefix: string, actors: string): Promise<Fixture> {
  const folder = tempDir(prefix.replace(/-$/, ""));
  const remove = async (): Promise<void> => {
    await removeOwn(driver, prefix);
    await cleanUp(driver, prefix, actors);
  };
  await remove();
  const paths = SAMPLES.map((name) => {
    const copy = join(folder.dir, `${prefix}${name}`);
    copyFileSync(projectPath("samples", name), copy);
    return copy;
  });
  paths.push(folder.write(`${prefix}coalition.md`, COALITION_ARTICLE));
  try {
    await ingestPaths(driver, paths);
  } finally {
    folder.remove();
  }
  await writeDocuments(driver, [
    documentOf(`${prefix}structure`, `${prefix}structure-v1`, structureSpecs(actors), "1903-05-10"),
  ]);
  return { actors, remove };
}
