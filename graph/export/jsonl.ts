// JSONL: every claim that passes the filters as an edge record (the `kg extract` format), in a stable order.
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import type { ActorRef, EdgeRecord } from "../../ingest/record.js";
import type { GraphQuery } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { ALL_MODALITIES, filterParams } from "./filter.js";
import { EXPORT_CLAIMS } from "./queries.js";

/** All four modalities unless the query names some, so the records hold everything a re-ingest needs. */
export async function claimRecords(driver: Driver, query: GraphQuery = {}): Promise<EdgeRecord[]> {
  const result = await inTransaction(driver, READ, (tx) =>
    tx.run(EXPORT_CLAIMS, filterParams(query, ALL_MODALITIES)),
  );
  return result.records.map(toRecord);
}

export function toJsonl(records: readonly EdgeRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join("");
}

function toRecord(r: Neo4jRecord): EdgeRecord {
  const actor = (side: "source" | "target", via: string | null): ActorRef => ({
    id: r.get(`${side}Id`) as string,
    name: r.get(`${side}Name`) as string,
    type: r.get(`${side}Type`) as ActorRef["type"],
    ...(via === null ? {} : { via }),
  });
  const date = r.get("date") as string | null;
  return {
    source: actor("source", r.get("via") as string | null),
    relation: r.get("relation") as string,
    target: actor("target", r.get("targetVia") as string | null),
    polarity: r.get("polarity") as EdgeRecord["polarity"],
    symmetric: Boolean(r.get("symmetric")),
    modality: r.get("modality") as EdgeRecord["modality"],
    cameo: r.get("cameo") as string,
    confidence: Number(r.get("confidence")),
    doc: r.get("doc") as string,
    sentence: Number(r.get("sentence")),
    text: r.get("text") as string,
    start: Number(r.get("start")),
    end: Number(r.get("end")),
    ...(date === null ? {} : { date }),
  };
}
