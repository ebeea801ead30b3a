// Neo4j rows to the API's types (lib/api-contract.ts): nodes and evidence with their marks.
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { ActorType, ApiEvidence, ApiNode, Modality, Polarity } from "../../lib/api-contract.js";
import { findMarks, markNames } from "./marks.js";

export function toApiNode(r: Neo4jRecord, weightedDegree: number): ApiNode {
  return {
    id: r.get("id") as string,
    name: (r.get("name") as string | null) ?? (r.get("id") as string),
    type: r.get("type") as ActorType,
    weightedDegree,
    bloc: numberOrNull(r.get("bloc")),
    camp: numberOrNull(r.get("camp")),
    pagerank: numberOrNull(r.get("pagerank")),
    betweenness: numberOrNull(r.get("betweenness")),
  };
}

export function toApiEvidence(r: Neo4jRecord): ApiEvidence {
  const text = r.get("text") as string;
  const sourceName = r.get("sourceName") as string;
  const targetName = r.get("targetName") as string;
  const via = textOrNull(r.get("via"));
  const names = markNames({
    names: [sourceName, targetName],
    aliases: [r.get("sourceAliases") as string[], r.get("targetAliases") as string[]],
    people: [via, textOrNull(r.get("targetVia"))],
  });
  return {
    claimId: r.get("claimId") as string,
    relation: r.get("relation") as string,
    polarity: r.get("polarity") as Polarity,
    modality: r.get("modality") as Modality,
    symmetric: r.get("symmetric") === true,
    confidence: Number(r.get("confidence")),
    source: { id: r.get("sourceId") as string, name: sourceName },
    target: { id: r.get("targetId") as string, name: targetName },
    via,
    date: textOrNull(r.get("date")),
    sentence: { index: Number(r.get("sentenceIndex")), text, marks: findMarks(text, names) },
    doc: {
      name: r.get("docName") as string,
      title: textOrNull(r.get("docTitle")),
      date: textOrNull(r.get("docDate")),
    },
  };
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
