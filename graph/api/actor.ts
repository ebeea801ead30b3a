// GET /api/actors/:id: one actor with its aliases and its claims grouped by relation, other actor and direction.
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import type { ActorResponse, Modality, Polarity } from "../../lib/api-contract.js";
import { inTransaction, READ } from "../driver.js";
import { CLAIM_MODALITIES } from "../../ingest/record.js";
import { ACTOR_RELATIONS, ACTORS_BY_ID } from "./queries.js";
import { toApiNode } from "./rows.js";

type ActorRelation = ActorResponse["relations"][number];

/** The actor and its relations, the best-evidenced first; null when no actor has this id. */
export async function readActor(driver: Driver, id: string): Promise<ActorResponse | null> {
  return inTransaction(driver, READ, async (tx) => {
    const actor = (await tx.run(ACTORS_BY_ID, { ids: [id] })).records[0];
    if (actor === undefined) return null;
    const relations = groupRelations((await tx.run(ACTOR_RELATIONS, { id })).records);
    // As in /api/graph: the claims that draw edges by default (asserted and intended).
    const weightedDegree = relations.reduce((sum, r) => sum + drawnClaims(r), 0);
    return {
      kind: "actor",
      actor: { ...toApiNode(actor, weightedDegree), aliases: actor.get("aliases") as string[] },
      relations: relations.sort(
        (a, b) =>
          total(b) - total(a) ||
          compare(a.relation, b.relation) ||
          compare(a.other.id, b.other.id) ||
          compare(a.direction, b.direction),
      ),
    };
  });
}

function groupRelations(rows: readonly Neo4jRecord[]): ActorRelation[] {
  const groups = new Map<string, ActorRelation>();
  for (const r of rows) {
    const otherId = r.get("otherId") as string;
    const relation = r.get("relation") as string;
    const direction = r.get("direction") as ActorRelation["direction"];
    const key = JSON.stringify([relation, otherId, direction]);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        relation,
        polarity: r.get("polarity") as Polarity,
        other: { id: otherId, name: (r.get("otherName") as string | null) ?? otherId },
        direction,
        counts: {},
      };
      groups.set(key, group);
    }
    const modality = r.get("modality") as Modality;
    group.counts[modality] = (group.counts[modality] ?? 0) + Number(r.get("n"));
  }
  return [...groups.values()];
}

function total(r: ActorRelation): number {
  return Object.values(r.counts).reduce((a, b) => a + b, 0);
}

function drawnClaims(r: ActorRelation): number {
  return Object.entries(r.counts).reduce(
    (sum, [modality, n]) => sum + (CLAIM_MODALITIES.has(modality as Modality) ? n : 0),
    0,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
