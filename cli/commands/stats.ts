// `kg stats`: what the graph holds (counts by label, relation and modality, best-connected actors) and where it is.
import type { Command } from "commander";
import neo4j, { type Driver } from "neo4j-driver";
import { databaseError, inTransaction, READ } from "../../graph/driver.js";
import { counts, ensureDatabase, openDriver, type StoreCounts } from "../../graph/store.js";
import { displayUri, loadConfig } from "../../lib/config.js";

export interface ActorDegree {
  id: string;
  name: string;
  /** Aggregated relationships (either direction) the actor takes part in. */
  degree: number;
  /** Asserted/intended claims behind those relationships. */
  claims: number;
}

export interface GraphStats extends StoreCounts {
  /** The database URI, without any credentials. */
  uri: string;
  topActors: ActorDegree[];
}

const TOP_ACTORS = `
MATCH (a:Actor)-[r]-(:Actor)
WHERE r.count IS NOT NULL
RETURN a.id AS id, a.name AS name, count(r) AS degree, sum(r.count) AS claims
ORDER BY degree DESC, claims DESC, id
LIMIT $limit`;

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("counts of what the graph holds, the best-connected actors, and the database it talks to")
    .option("--json", "print the numbers as JSON")
    .action(async (flags: { json?: boolean }) => {
      const stats = await withDatabase((driver, uri) => graphStats(driver, uri));
      console.log(flags.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
    });
}

/**
 * Runs `work` with a driver to the configured database (the local Neo4j, started if NEO4J_URI is unset) and
 * the URI it connected to, fit for printing.
 */
export async function withDatabase<T>(
  work: (driver: Driver, uri: string) => Promise<T>,
  log?: (line: string) => void,
): Promise<T> {
  const config = await ensureDatabase(loadConfig(), log);
  const driver = await openDriver(config);
  try {
    return await work(driver, displayUri(config.uri));
  } catch (error) {
    throw databaseError(error, config);
  } finally {
    await driver.close();
  }
}

export async function graphStats(driver: Driver, uri: string, top = 10): Promise<GraphStats> {
  const stored = await counts(driver);
  return { uri, ...stored, topActors: await topActors(driver, top) };
}

export async function topActors(driver: Driver, limit: number): Promise<ActorDegree[]> {
  const result = await inTransaction(driver, READ, (tx) =>
    tx.run(TOP_ACTORS, { limit: neo4j.int(Math.max(0, Math.trunc(limit))) }),
  );
  return result.records.map((r) => ({
    id: r.get("id") as string,
    name: (r.get("name") as string | null) ?? (r.get("id") as string),
    degree: Number(r.get("degree")),
    claims: Number(r.get("claims")),
  }));
}

export function formatStats(s: GraphStats): string {
  const n = s.nodes;
  const aggregates = Object.values(s.relationships).reduce((a, b) => a + b, 0);
  const lines = [
    `database: ${s.uri}`,
    `nodes: ${n.Document} documents, ${n.Sentence} sentences, ${n.Claim} claims, ${n.Actor} actors`,
    `aggregated relationships: ${aggregates}${aggregates ? ` (${list(s.relationships)})` : ""}`,
    `claims by relation: ${list(s.claimsByRelation)}`,
    `claims by modality: ${list(s.claimsByModality)}`,
    "top actors by degree:",
  ];
  if (s.topActors.length === 0) lines.push("  (none)");
  const width = Math.max(0, ...s.topActors.map((a) => a.id.length));
  for (const a of s.topActors) {
    lines.push(
      `  ${a.id.padEnd(width)}  ${a.name}: ${plural(a.degree, "relationship")}, ${plural(a.claims, "claim")}`,
    );
  }
  return lines.join("\n");
}

function list(tally: Record<string, number>): string {
  const entries = Object.entries(tally).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries.length === 0 ? "none" : entries.map(([key, n]) => `${key} ${n}`).join(", ");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
