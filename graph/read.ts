// The read path: document hashes for ingest, counts, and claims with their evidence, all as plain objects.
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import type { Modality } from "../ingest/record.js";
import { inTransaction, READ } from "./driver.js";
import {
  COUNT_AGGREGATES,
  COUNT_CLAIMS_BY_MODALITY,
  COUNT_CLAIMS_BY_RELATION,
  COUNT_LABELS,
  DOCUMENT_HASHES,
  EVIDENCE_FOR_PAIR,
  RELATIONS_OF_ACTOR,
} from "./read-queries.js";
import { relationType } from "./relation-types.js";
import type { Evidence, EvidenceOptions, StoreCounts } from "./types.js";

const ALL_MODALITIES: Modality[] = ["asserted", "intended", "negated", "hypothetical"];
const DEFAULT_LIMIT = 100;

/** name -> stored content hash, for the names that are stored; ingest skips documents whose hash is unchanged. */
export async function documentHashes(driver: Driver, names: readonly string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const result = await inTransaction(driver, READ, (tx) => tx.run(DOCUMENT_HASHES, { names }));
  return new Map(result.records.map((r) => [r.get("name") as string, r.get("hash") as string]));
}

export async function counts(driver: Driver): Promise<StoreCounts> {
  return inTransaction(driver, READ, async (tx) => {
    const labels = (await tx.run(COUNT_LABELS)).records[0];
    const tally = async (query: string): Promise<Record<string, number>> =>
      Object.fromEntries(
        (await tx.run(query)).records.map((r) => [String(r.get("key")), Number(r.get("n"))]),
      );
    return {
      nodes: {
        Actor: Number(labels?.get("actors") ?? 0),
        Document: Number(labels?.get("documents") ?? 0),
        Sentence: Number(labels?.get("sentences") ?? 0),
        Claim: Number(labels?.get("claims") ?? 0),
      },
      relationships: await tally(COUNT_AGGREGATES),
      claimsByRelation: await tally(COUNT_CLAIMS_BY_RELATION),
      claimsByModality: await tally(COUNT_CLAIMS_BY_MODALITY),
    };
  });
}

/** Claims between actors `a` and `b` (either direction), newest first, with sentence and document. */
export async function evidenceForPair(
  driver: Driver,
  a: string,
  b: string,
  options: EvidenceOptions = {},
): Promise<Evidence[]> {
  return evidence(driver, EVIDENCE_FOR_PAIR, { a, b }, options);
}

/** Claims in which actor `id` is source or target, newest first, with sentence and document. */
export async function relationsOfActor(
  driver: Driver,
  id: string,
  options: EvidenceOptions = {},
): Promise<Evidence[]> {
  return evidence(driver, RELATIONS_OF_ACTOR, { id }, options);
}

async function evidence(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: EvidenceOptions,
): Promise<Evidence[]> {
  const relations = options.relations ?? null;
  relations?.forEach(relationType);
  const result = await inTransaction(driver, READ, (tx) =>
    tx.run(query, {
      ...params,
      relations,
      modalities: options.modalities ?? ALL_MODALITIES,
      skip: neo4j.int(Math.max(0, Math.trunc(options.skip ?? 0))),
      limit: neo4j.int(Math.max(0, Math.trunc(options.limit ?? DEFAULT_LIMIT))),
    }),
  );
  return result.records.map(toEvidence);
}

function toEvidence(r: Neo4jRecord): Evidence {
  const text = (key: string): string | null => (r.get(key) as string | null) ?? null;
  return {
    claimId: r.get("claimId") as string,
    relation: r.get("relation") as string,
    source: { id: r.get("sourceId") as string, name: r.get("sourceName") as string },
    target: { id: r.get("targetId") as string, name: r.get("targetName") as string },
    polarity: r.get("polarity") as Evidence["polarity"],
    modality: r.get("modality") as Evidence["modality"],
    symmetric: r.get("symmetric") as boolean,
    cameo: r.get("cameo") as string,
    confidence: Number(r.get("confidence")),
    date: text("date"),
    via: text("via"),
    sentence: {
      index: Number(r.get("sentenceIndex")),
      text: r.get("text") as string,
      start: Number(r.get("start")),
      end: Number(r.get("end")),
    },
    doc: { name: r.get("docName") as string, title: text("docTitle"), date: text("docDate") },
  };
}
