// The write path: whole documents in, idempotent upserts, replaced versions removed, aggregates recomputed.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { groupByType, recomputeAggregates, registerStoredRelations } from "./aggregate.js";
import { inTransaction, WRITE } from "./driver.js";
import { ensureSchema } from "./schema.js";
import type { ActorInput, DocumentInput, WriteSummary } from "./types.js";
import {
  CLAIMS_OF_NAMED_DOCUMENTS,
  DELETE_CLAIMS,
  DELETE_NAMED_DOCUMENTS,
  DELETE_ORPHAN_ACTORS,
  DELETE_REPLACED,
  STALE_CLAIMS,
  UPSERT_ACTORS_WITH_ALIASES,
  UPSERT_BATCH,
} from "./write-queries.js";
import { toWriteRows, uniqueKeys, type AggregateKey, type WriteRows } from "./write-rows.js";

export interface WriteOptions {
  /** Documents per transaction (default 50). */
  batchSize?: number;
}

interface ClaimRef extends AggregateKey {
  id: string;
}

/**
 * Upserts documents with their sentences, actors and claims. A stored document with the same name (or id) is
 * replaced: claims and sentences the new version does not yield are deleted. The aggregated relationships of
 * every touched (source, relation, target) are then recomputed from the claims, in the same transaction.
 */
export async function writeDocuments(
  driver: Driver,
  docs: readonly DocumentInput[],
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const batches = chunk(docs, options.batchSize ?? 50).map((batch) => toWriteRows(batch));
  const total: WriteSummary = { documents: 0, claims: 0, claimsRemoved: 0, aggregates: 0 };
  if (batches.length === 0) return total;
  await ensureSchema(driver);
  for (const rows of batches) {
    const summary = await inTransaction(driver, WRITE, (tx) => writeBatch(tx, rows));
    total.documents += summary.documents;
    total.claims += summary.claims;
    total.claimsRemoved += summary.claimsRemoved;
    total.aggregates += summary.aggregates;
  }
  return total;
}

async function writeBatch(tx: ManagedTransaction, rows: WriteRows): Promise<WriteSummary> {
  const scope = {
    names: rows.documents.map((d) => d.name),
    ids: rows.documents.map((d) => d.id),
  };
  const { stored, stale } = await staleClaims(tx, { ...scope, claimIds: rows.claims.map((c) => c.id) });
  await registerStoredRelations(tx, stale);
  const groups = groupByType(uniqueKeys([...stale, ...rows.keys]));
  if (stored > 0) {
    const replaced = {
      ...scope,
      staleIds: stale.map((c) => c.id),
      sentenceIds: rows.sentences.map((s) => s.id),
    };
    await tx.run(DELETE_REPLACED, replaced);
  }
  await tx.run(UPSERT_BATCH, rows);
  await recomputeAggregates(tx, groups);
  if (stale.length > 0) await tx.run(DELETE_ORPHAN_ACTORS, { ids: actorIds(stale) });
  return {
    documents: rows.documents.length,
    claims: rows.claims.length,
    claimsRemoved: stale.length,
    aggregates: [...groups.values()].reduce((n, keys) => n + keys.length, 0),
  };
}

async function staleClaims(
  tx: ManagedTransaction,
  params: Record<string, unknown>,
): Promise<{ stored: number; stale: ClaimRef[] }> {
  const result = await tx.run(STALE_CLAIMS, params);
  const row = result.records[0];
  return {
    stored: Number(row?.get("stored") ?? 0),
    stale: (row?.get("stale") as ClaimRef[] | undefined) ?? [],
  };
}

/** Deletes the named documents with their sentences and claims; recomputes aggregates; drops orphaned actors. */
export async function removeDocuments(driver: Driver, names: readonly string[]): Promise<number> {
  if (names.length === 0) return 0;
  await ensureSchema(driver);
  let removed = 0;
  // One transaction per hundred documents: thousands at once ran the local Neo4j out of its 1 GB heap.
  for (const batch of chunk([...new Set(names)], REMOVE_BATCH)) removed += await removeBatch(driver, batch);
  return removed;
}

const REMOVE_BATCH = 100;

async function removeBatch(driver: Driver, names: readonly string[]): Promise<number> {
  return inTransaction(driver, WRITE, async (tx) => {
    const claims = await claimRefs(tx, CLAIMS_OF_NAMED_DOCUMENTS, { names });
    await registerStoredRelations(tx, claims);
    const groups = groupByType(uniqueKeys(claims));
    await tx.run(DELETE_CLAIMS, { ids: claims.map((c) => c.id) });
    const result = await tx.run(DELETE_NAMED_DOCUMENTS, { names });
    await recomputeAggregates(tx, groups);
    await tx.run(DELETE_ORPHAN_ACTORS, { ids: actorIds(claims) });
    return Number(result.records[0]?.get("removed") ?? 0);
  });
}

/** Stores actors with their dictionary data (aliases), e.g. before ingest; records alone carry id, name, type. */
export async function writeActors(driver: Driver, actors: readonly ActorInput[]): Promise<void> {
  if (actors.length === 0) return;
  await ensureSchema(driver);
  const rows = actors.map((a) => ({ id: a.id, name: a.name, type: a.type, aliases: a.aliases ?? null }));
  await inTransaction(driver, WRITE, (tx) => tx.run(UPSERT_ACTORS_WITH_ALIASES, { rows }));
}

async function claimRefs(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<ClaimRef[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => ({
    id: r.get("id") as string,
    source: r.get("source") as string,
    relation: r.get("relation") as string,
    target: r.get("target") as string,
  }));
}

function actorIds(claims: readonly AggregateKey[]): string[] {
  return [...new Set(claims.flatMap((c) => [c.source, c.target]))];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}
