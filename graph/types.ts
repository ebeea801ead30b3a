// The store's data: what ingest hands over (whole documents) and what the reads give back (plain objects).
import type { ActorType, EdgeRecord, Modality, Polarity } from "../ingest/record.js";

export interface SentenceInput {
  /** 0-based position in the document. */
  index: number;
  text: string;
  /** Character offsets in the original document. */
  start: number;
  end: number;
}

/** One document as ingest passes it: the text's sentences and the records extracted from them. */
export interface DocumentInput {
  /** Content hash: a new id for the same name means the content changed. */
  id: string;
  /** File name, or file#row for table rows; the document's stable identity across re-ingests. */
  name: string;
  title?: string;
  /** ISO 8601. */
  date?: string;
  source?: string;
  sentences: SentenceInput[];
  records: EdgeRecord[];
}

/** An actor with its dictionary data, for writeActors (records only carry id, name and type). */
export interface ActorInput {
  id: string;
  name: string;
  type: ActorType;
  aliases?: string[];
}

export interface WriteSummary {
  documents: number;
  claims: number;
  /** Claims deleted because their document changed or no longer yields them. */
  claimsRemoved: number;
  /** Aggregated (source, relation, target) relationships recomputed. */
  aggregates: number;
}

export interface StoreCounts {
  nodes: { Actor: number; Document: number; Sentence: number; Claim: number };
  /** Aggregated actor-to-actor relationships by type (SHARES_INTEL_WITH: 12). */
  relationships: Record<string, number>;
  claimsByRelation: Record<string, number>;
  claimsByModality: Record<string, number>;
}

export interface GraphFilter {
  /** kebab-case relation names; all when absent. */
  relations?: string[];
  polarity?: Polarity;
  /** Minimum number of asserted/intended claims behind an edge (default 1). */
  minCount?: number;
  /** ISO 8601 bounds, inclusive. With either, edges are counted from the claims dated in the range. */
  from?: string;
  to?: string;
}

/** The attributes of an actor node in the graphology graph. */
export interface ActorAttributes {
  name: string;
  type: ActorType;
}

/** The attributes of an aggregated edge in the graphology graph. */
export interface RelationAttributes {
  relation: string;
  polarity: Polarity;
  symmetric: boolean;
  count: number;
  docs: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorSummary {
  id: string;
  name: string;
}

/** A claim with the sentence that states it and where that sentence comes from. */
export interface Evidence {
  claimId: string;
  relation: string;
  source: ActorSummary;
  target: ActorSummary;
  polarity: Polarity;
  modality: Modality;
  symmetric: boolean;
  cameo: string;
  confidence: number;
  date: string | null;
  via: string | null;
  sentence: { index: number; text: string; start: number; end: number };
  doc: { name: string; title: string | null; date: string | null };
}

export interface Page {
  skip?: number;
  limit?: number;
}

export interface EvidenceOptions extends Page {
  /** kebab-case relation names; all when absent. */
  relations?: string[];
  /** Which modalities to return; all four when absent. */
  modalities?: Modality[];
}
