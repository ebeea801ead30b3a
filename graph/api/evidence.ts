// GET /api/actors/:id/evidence and /api/pairs/:a/:b/evidence: claims with their sentences, paged, with the total.
import neo4j, { type Driver } from "neo4j-driver";
import type { EvidencePage, Modality } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { ALL_MODALITIES } from "./graph.js";
import {
  ACTOR_EVIDENCE_PAGE,
  ACTOR_EVIDENCE_TOTAL,
  EXISTING_ACTORS,
  PAIR_EVIDENCE_PAGE,
  PAIR_EVIDENCE_TOTAL,
} from "./queries.js";
import { toApiEvidence } from "./rows.js";

export const DEFAULT_EVIDENCE_LIMIT = 50;
export const MAX_EVIDENCE_LIMIT = 200;

export interface EvidenceQuery {
  /** kebab-case relation names; all when absent. */
  relations?: string[];
  /** All four when absent: evidence shows negated and hypothetical claims too, marked as such. */
  modalities?: Modality[];
  skip?: number;
  limit?: number;
}

/** Claims in which the actor is source or target; null when no actor has this id. */
export async function readActorEvidence(
  driver: Driver,
  id: string,
  query: EvidenceQuery = {},
): Promise<EvidencePage | null> {
  return readPage(driver, [id], ACTOR_EVIDENCE_TOTAL, ACTOR_EVIDENCE_PAGE, { id }, query);
}

/** Claims between two actors, either direction; null when either actor does not exist. */
export async function readPairEvidence(
  driver: Driver,
  a: string,
  b: string,
  query: EvidenceQuery = {},
): Promise<EvidencePage | null> {
  return readPage(driver, [a, b], PAIR_EVIDENCE_TOTAL, PAIR_EVIDENCE_PAGE, { a, b }, query);
}

async function readPage(
  driver: Driver,
  actors: string[],
  totalQuery: string,
  pageQuery: string,
  params: Record<string, string>,
  query: EvidenceQuery,
): Promise<EvidencePage | null> {
  const skip = Math.max(0, Math.trunc(query.skip ?? 0));
  const limit = Math.min(MAX_EVIDENCE_LIMIT, Math.max(0, Math.trunc(query.limit ?? DEFAULT_EVIDENCE_LIMIT)));
  const filter = {
    ...params,
    relations: query.relations ?? null,
    modalities: [...(query.modalities ?? ALL_MODALITIES)],
  };
  return inTransaction(driver, READ, async (tx) => {
    const ids = [...new Set(actors)];
    const found = (await tx.run(EXISTING_ACTORS, { ids })).records.length;
    if (found < ids.length) return null;
    const total = Number((await tx.run(totalQuery, filter)).records[0]?.get("total") ?? 0);
    const page = { ...filter, skip: neo4j.int(skip), limit: neo4j.int(limit) };
    const items =
      skip >= total || limit === 0 ? [] : (await tx.run(pageQuery, page)).records.map(toApiEvidence);
    return { kind: "evidence", total, skip, limit, items };
  });
}
