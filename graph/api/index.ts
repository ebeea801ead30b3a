// The viewer API's reads over the store, returning lib/api-contract.ts types; every read is a read transaction.
export { readMeta } from "./meta.js";
export { readGraph, ALL_MODALITIES, DEFAULT_MODALITIES, MAX_GRAPH_EDGES } from "./graph.js";
export { readActor } from "./actor.js";
export {
  readActorEvidence,
  readPairEvidence,
  DEFAULT_EVIDENCE_LIMIT,
  MAX_EVIDENCE_LIMIT,
  type EvidenceQuery,
} from "./evidence.js";
export { searchActors, DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from "./search.js";
export { readRelationCatalog } from "./relations.js";
export { readSiteData } from "./site-data.js";
export { findMarks, markNames, type Mark } from "./marks.js";
