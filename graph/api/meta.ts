// GET /api/meta: the relation catalogue, the claims' date range, node counts, whether kg analyze has run.
import type { Driver } from "neo4j-driver";
import type { MetaResponse } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { COUNT_LABELS } from "../read-queries.js";
import { ANY_ANALYZED_ACTOR, EARLIEST_CLAIM_DATE, LATEST_CLAIM_DATE } from "./queries.js";
import { readRelationCatalog } from "./relations.js";

export async function readMeta(driver: Driver): Promise<MetaResponse> {
  const relations = await readRelationCatalog(driver);
  return inTransaction(driver, READ, async (tx) => {
    const first = async (query: string, key: string): Promise<unknown> =>
      (await tx.run(query)).records[0]?.get(key) ?? null;
    const min = await first(EARLIEST_CLAIM_DATE, "date");
    const max = await first(LATEST_CLAIM_DATE, "date");
    const labels = (await tx.run(COUNT_LABELS)).records[0];
    const count = (key: string): number => Number(labels?.get(key) ?? 0);
    return {
      kind: "meta",
      relations,
      dateRange: typeof min === "string" && typeof max === "string" ? { min, max } : null,
      counts: {
        actors: count("actors"),
        documents: count("documents"),
        sentences: count("sentences"),
        claims: count("claims"),
      },
      source: "neo4j",
      analyzed: (await first(ANY_ANALYZED_ACTOR, "analyzed")) === true,
    };
  });
}
