// The graph store's public API: the one import other parts of kg need for reading and writing the graph.
export { ensureDatabase } from "./database.js";
export { openDriver, withDriver } from "./driver.js";
export { ensureSchema } from "./schema.js";
export { writeDocuments, removeDocuments, writeActors, type WriteOptions } from "./write.js";
export { documentHashes, counts, evidenceForPair, relationsOfActor } from "./read.js";
export { loadGraph, type ActorGraph } from "./load-graph.js";
export {
  DEFAULT_RELATION_TYPES,
  registerRelationTypes,
  registeredRelationTypes,
  relationInfo,
  relationType,
  type RelationType,
  type RelationTypeDefinition,
} from "./relation-types.js";
export type * from "./types.js";
