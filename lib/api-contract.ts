// The read-only JSON API between `kg serve` (and the static site export) and the viewer: types only, no code.
// The viewer imports these with `import type`, so nothing here may need a runtime value.
import type { ActorType, Modality, Polarity } from "../ingest/record.js";

export type { ActorType, Modality, Polarity };

/**
 * Query-string filters shared by /api/graph, the static export and the viewer's URL state.
 * Lists are comma-separated in the query string; dates are ISO 8601 (YYYY-MM-DD or full timestamps).
 */
export interface GraphQuery {
  /** kebab-case relation names; all when absent. */
  relations?: string[];
  polarity?: Polarity;
  /** Which claims an edge is built from; default ["asserted", "intended"]. */
  modalities?: Modality[];
  /** Minimum number of claims behind an edge; default 1. */
  minCount?: number;
  from?: string;
  to?: string;
  /** At most this many edges, the most evidenced first; the server bounds it (default and max 50,000). */
  limit?: number;
}

export interface ApiRelationType {
  /** kebab-case, as in records: "shares-intel-with". */
  name: string;
  /** Neo4j relationship type: SHARES_INTEL_WITH. */
  type: string;
  polarity: Polarity;
  symmetric: boolean;
}

/** GET /api/meta */
export interface MetaResponse {
  kind: "meta";
  relations: ApiRelationType[];
  /** Earliest and latest claim dates, null when no claim is dated. */
  dateRange: { min: string; max: string } | null;
  counts: { actors: number; documents: number; sentences: number; claims: number };
  /** "static" in an exported site, "neo4j" behind kg serve. */
  source: "neo4j" | "static";
  /** kg analyze has written blocs/camps to the actors. */
  analyzed: boolean;
}

export interface ApiNode {
  id: string;
  name: string;
  type: ActorType;
  /** Sum of the counts of the node's edges in this response. */
  weightedDegree: number;
  /** Written by `kg analyze`; null before it has run. */
  bloc: number | null;
  camp: number | null;
  pagerank: number | null;
  betweenness: number | null;
}

export interface ApiEdge {
  /** `${source}|${relation}|${target}|${modality}`: stable across requests. */
  id: string;
  source: string;
  target: string;
  relation: string;
  polarity: Polarity;
  symmetric: boolean;
  /** Claims of this modality behind the edge (asserted and intended are separate edges). */
  modality: Modality;
  count: number;
  docs: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** GET /api/graph?relations=&polarity=&modalities=&minCount=&from=&to=&limit= */
export interface GraphResponse {
  kind: "graph";
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** True when `limit` cut edges off. */
  truncated: boolean;
}

export interface ApiActorRef {
  id: string;
  name: string;
}

/** One claim with its sentence and document: what an analyst reads to check an edge. */
export interface ApiEvidence {
  claimId: string;
  relation: string;
  polarity: Polarity;
  modality: Modality;
  symmetric: boolean;
  confidence: number;
  source: ApiActorRef;
  target: ApiActorRef;
  /** The person through whom the source acts, when there is one. */
  via: string | null;
  date: string | null;
  sentence: {
    index: number;
    /** Plain text, untrusted: render as text, never as HTML. */
    text: string;
    /** Character ranges in `text` that name the claim's actors (names, aliases, demonyms, `via`), sorted. */
    marks: Array<[number, number]>;
  };
  doc: { name: string; title: string | null; date: string | null };
}

/** Paged lists: `skip` and `limit` echo the request (limit bounded by the server, max 200, default 50). */
export interface EvidencePage {
  kind: "evidence";
  total: number;
  skip: number;
  limit: number;
  items: ApiEvidence[];
}

/** GET /api/actors/:id → the actor and its relations grouped by relation, other actor and direction. */
export interface ActorResponse {
  kind: "actor";
  actor: ApiNode & { aliases: string[] };
  relations: Array<{
    relation: string;
    polarity: Polarity;
    other: ApiActorRef;
    /** "out": actor is source; "in": target; "both": symmetric relation. */
    direction: "out" | "in" | "both";
    /** Claims by modality. */
    counts: Partial<Record<Modality, number>>;
  }>;
}

/** GET /api/actors/:id/evidence?relations=&modalities=&skip=&limit= → EvidencePage */
/** GET /api/pairs/:a/:b/evidence?relations=&modalities=&skip=&limit= → EvidencePage (both directions) */

/** GET /api/search?q=ira&limit=10 → actors whose name or an alias starts with or contains q (prefix first). */
export interface SearchResponse {
  kind: "search";
  items: Array<{
    id: string;
    name: string;
    type: ActorType;
    /** The alias that matched, when not the name. */ matched: string | null;
  }>;
}

/** Every non-2xx answer: never a stack trace. */
export interface ApiError {
  kind: "error";
  status: number;
  message: string;
}

/**
 * What `kg export --site DIR` embeds: everything the viewer needs with no server. The viewer answers the same
 * questions from it as from the API (filters, evidence pages, search), in the browser.
 */
export interface SiteData {
  kind: "site";
  version: 1;
  meta: MetaResponse;
  /** All modalities, minCount 1, no date bounds: the viewer filters client-side. */
  graph: GraphResponse;
  actors: Array<{ id: string; aliases: string[] }>;
  /** Every claim of every edge in `graph`. */
  evidence: ApiEvidence[];
}
