// Recomputes aggregated actor-to-actor relationships from the Claim nodes, so counts stay exact under any rewrite.
import type { ManagedTransaction } from "neo4j-driver";
import { CLAIM_MODALITIES } from "../ingest/record.js";
import { registerRelationTypes, relationInfo, relationType } from "./relation-types.js";
import type { AggregateKey } from "./write-rows.js";

/**
 * Takes a write lock on each (source, type, target) relationship before counting: a concurrent run that
 * adds claims for the same key waits, then counts after this transaction commits and so sees its claims.
 */
export function lockAggregatesQuery(type: string): string {
  return `
UNWIND $keys AS k
MATCH (s:Actor {id: k.source})
MATCH (t:Actor {id: k.target})
MERGE (s)-[r:\`${type}\`]->(t)
SET r.relation = k.relation`;
}

/**
 * count = asserted/intended claims, docs = distinct documents, first/lastSeen = claim dates; no claims, no edge.
 * The claims are found by the (sourceId, relation, targetId) index, not by walking from the actors: a much
 * reported pair has thousands of claims, and each actor many more.
 */
export function recomputeAggregatesQuery(type: string): string {
  return `
UNWIND $keys AS k
MATCH (s:Actor {id: k.source})-[r:\`${type}\`]->(t:Actor {id: k.target})
CALL (k) {
  MATCH (c:Claim)
  WHERE c.sourceId = k.source AND c.relation = k.relation AND c.targetId = k.target AND c.modality IN $modalities
  RETURN count(c) AS n, count(DISTINCT c.docId) AS docs, min(c.date) AS firstSeen, max(c.date) AS lastSeen,
         head(collect(c.polarity)) AS polarity, head(collect(c.symmetric)) AS symmetric
}
SET r.count = n, r.docs = docs, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
    r.polarity = polarity, r.symmetric = symmetric
WITH r WHERE n = 0
DELETE r`;
}

const STORED_RELATION = `
MATCH (c:Claim {relation: $name})
RETURN c.polarity AS polarity, c.symmetric AS symmetric, c.cameo AS cameo
LIMIT 1`;

/**
 * Relation types a user's dictionary added in an earlier run are stored on claims but not registered in this
 * process (`kg remove` has no dictionary): registers them from the claims, still through the allow-list's
 * name check, so recomputing their aggregates works.
 */
export async function registerStoredRelations(
  tx: ManagedTransaction,
  keys: readonly AggregateKey[],
): Promise<void> {
  const unknown = [...new Set(keys.map((k) => k.relation))].filter(
    (name) => relationInfo(name) === undefined,
  );
  for (const name of unknown) {
    const row = (await tx.run(STORED_RELATION, { name })).records[0];
    if (!row) continue;
    registerRelationTypes([
      {
        name,
        polarity: row.get("polarity") === "hostile" ? "hostile" : "cooperative",
        symmetric: row.get("symmetric") === true,
        cameo: String(row.get("cameo") ?? "00"),
      },
    ]);
  }
}

/** Checks every key's relation against the allow-list; returns the keys grouped by Neo4j type. */
export function groupByType(keys: readonly AggregateKey[]): Map<string, AggregateKey[]> {
  const groups = new Map<string, AggregateKey[]>();
  const sorted = [...keys].sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  for (const key of sorted) {
    const type = relationType(key.relation);
    const group = groups.get(type);
    if (group === undefined) groups.set(type, [key]);
    else group.push(key);
  }
  return groups;
}

export async function recomputeAggregates(
  tx: ManagedTransaction,
  groups: Map<string, AggregateKey[]>,
): Promise<void> {
  const modalities = [...CLAIM_MODALITIES];
  for (const [type, keys] of [...groups].sort(([a], [b]) => compare(a, b)))
    await tx.run(lockAndRecomputeQuery(type), { keys, modalities });
}

/** Both steps in one statement: every key's lock is taken (in key order) before any of them is counted. */
export function lockAndRecomputeQuery(type: string): string {
  return `CALL () {${lockAggregatesQuery(type).replaceAll("\n", "\n  ")}\n}\n${recomputeAggregatesQuery(type).trimStart()}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
