// GET /api/search: actors by name or alias, case-insensitive, prefix matches before matches inside a name.
import neo4j, { type Driver } from "neo4j-driver";
import type { ActorType, SearchResponse } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { SEARCH_ACTORS } from "./queries.js";

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 50;

export async function searchActors(
  driver: Driver,
  q: string,
  limit = DEFAULT_SEARCH_LIMIT,
): Promise<SearchResponse> {
  const needle = q.trim().toLowerCase();
  const bounded = Math.min(MAX_SEARCH_LIMIT, Math.max(0, Math.trunc(limit)));
  if (needle === "" || bounded === 0) return { kind: "search", items: [] };
  const result = await inTransaction(driver, READ, (tx) =>
    tx.run(SEARCH_ACTORS, { q: needle, limit: neo4j.int(bounded) }),
  );
  return {
    kind: "search",
    items: result.records.map((r) => ({
      id: r.get("id") as string,
      name: (r.get("name") as string | null) ?? (r.get("id") as string),
      type: r.get("type") as ActorType,
      matched: (r.get("matched") as string | null) ?? null,
    })),
  };
}
