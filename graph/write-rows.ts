// Turns documents into the flat, de-duplicated rows the write queries UNWIND; pure, checked before any query.
import type { ActorRef, EdgeRecord } from "../ingest/record.js";
import { claimId, sentenceId } from "./ids.js";
import { relationInfo, relationType } from "./relation-types.js";
import type { DocumentInput } from "./types.js";

export interface DocumentRow {
  id: string;
  name: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface SentenceRow {
  id: string;
  doc: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface ActorRow {
  id: string;
  name: string;
  type: string;
}

export interface ClaimRow {
  id: string;
  sentence: string;
  /** The document's id, kept on the claim so aggregates count documents without walking the graph. */
  doc: string;
  source: string;
  target: string;
  relation: string;
  polarity: string;
  modality: string;
  cameo: string;
  confidence: number;
  symmetric: boolean;
  date: string | null;
  /** The person through whom the source acts ("John Kerry" for USA), when the record names one. */
  via: string | null;
  targetVia: string | null;
}

/** One aggregated relationship: (source)-[relation]->(target). */
export interface AggregateKey {
  source: string;
  relation: string;
  target: string;
}

export interface WriteRows {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  actors: ActorRow[];
  claims: ClaimRow[];
  keys: AggregateKey[];
}

/** Later documents with the same name replace earlier ones; throws on a relation not on the allow-list. */
export function toWriteRows(docs: readonly DocumentInput[]): WriteRows {
  const latest = [...new Map(docs.map((doc) => [doc.name, doc])).values()];
  const sentences = new Map<string, SentenceRow>();
  const actors = new Map<string, ActorRow>();
  const claims = new Map<string, ClaimRow>();
  for (const doc of latest) {
    for (const s of doc.sentences) sentences.set(sentenceId(doc.id, s.index), sentenceRow(doc.id, s));
    for (const record of doc.records) {
      relationType(record.relation);
      const id = sentenceId(doc.id, record.sentence);
      if (!sentences.has(id)) sentences.set(id, sentenceRow(doc.id, { ...record, index: record.sentence }));
      for (const actor of [record.source, record.target]) actors.set(actor.id, actorRow(actor));
      const claim = claimRow(doc, record);
      const existing = claims.get(claim.id);
      if (existing === undefined || existing.confidence < claim.confidence) claims.set(claim.id, claim);
    }
  }
  return {
    documents: latest.map(documentRow),
    sentences: [...sentences.values()],
    actors: [...actors.values()],
    claims: [...claims.values()],
    keys: uniqueKeys([...claims.values()]),
  };
}

export function uniqueKeys(rows: readonly AggregateKey[]): AggregateKey[] {
  const keys = new Map(rows.map((r) => [JSON.stringify([r.source, r.relation, r.target]), r]));
  return [...keys.values()].map(({ source, relation, target }) => ({ source, relation, target }));
}

/** Symmetric relations are stored once per pair, lower id first, so A-B and B-A are the same claim and edge. */
export function canonicalPair(record: EdgeRecord): [ActorRef, ActorRef] {
  const symmetric = relationInfo(record.relation)?.symmetric ?? record.symmetric;
  return symmetric && record.target.id < record.source.id
    ? [record.target, record.source]
    : [record.source, record.target];
}

function claimRow(doc: DocumentInput, record: EdgeRecord): ClaimRow {
  const [source, target] = canonicalPair(record);
  const key = {
    docId: doc.id,
    sentence: record.sentence,
    relation: record.relation,
    source: source.id,
    target: target.id,
    modality: record.modality,
  };
  return {
    id: claimId(key),
    sentence: sentenceId(doc.id, record.sentence),
    doc: doc.id,
    source: source.id,
    target: target.id,
    relation: record.relation,
    polarity: record.polarity,
    modality: record.modality,
    cameo: record.cameo,
    confidence: record.confidence,
    symmetric: relationInfo(record.relation)?.symmetric ?? record.symmetric,
    date: record.date ?? doc.date ?? null,
    via: source.via ?? null,
    targetVia: target.via ?? null,
  };
}

function documentRow(doc: DocumentInput): DocumentRow {
  return {
    id: doc.id,
    name: doc.name,
    title: doc.title ?? null,
    date: doc.date ?? null,
    source: doc.source ?? null,
  };
}

function sentenceRow(
  docId: string,
  s: { index: number; text: string; start: number; end: number },
): SentenceRow {
  return {
    id: sentenceId(docId, s.index),
    doc: docId,
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
  };
}

function actorRow(actor: ActorRef): ActorRow {
  return { id: actor.id, name: actor.name, type: actor.type };
}
