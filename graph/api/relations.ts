// The relation catalogue the API offers: the allow-list plus relation names that stored claims use.
import type { Driver } from "neo4j-driver";
import type { Polarity } from "../../ingest/record.js";
import type { ApiRelationType } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { registeredRelationTypes, registerRelationTypes } from "../relation-types.js";
import { RELATION_SAMPLES, STORED_RELATIONS } from "./queries.js";

/**
 * Every relation the viewer can filter by. Relations from a user's dictionary are known to the process that
 * ingested them, not to `kg serve`: those found in claims are put on this process's allow-list, with the
 * polarity and symmetry their claims carry, so they can be filtered like the defaults.
 */
export async function readRelationCatalog(driver: Driver): Promise<ApiRelationType[]> {
  const known = new Set(registeredRelationTypes().map((r) => r.name));
  const unknown = await inTransaction(driver, READ, async (tx) => {
    const stored = (await tx.run(STORED_RELATIONS)).records.map((r) => r.get("name") as string);
    const names = stored.filter((name) => !known.has(name));
    return names.length === 0 ? [] : (await tx.run(RELATION_SAMPLES, { names })).records;
  });
  for (const r of unknown) registerStoredRelation(r.toObject());
  return registeredRelationTypes().map(({ name, type, polarity, symmetric }) => ({
    name,
    type,
    polarity,
    symmetric,
  }));
}

function registerStoredRelation(row: Record<string, unknown>): void {
  try {
    registerRelationTypes([
      {
        name: String(row.name),
        polarity: row.polarity === "hostile" ? "hostile" : ("cooperative" as Polarity),
        symmetric: row.symmetric === true,
        cameo: typeof row.cameo === "string" ? row.cameo : "000",
      },
    ]);
  } catch {
    // A stored name that cannot be a safe relationship type stays off the allow-list: it cannot be filtered by.
  }
}
