// Cypher that writes an analysis back to the store: actor properties in one UNWIND, a summary node.

/** Integers stay integers in Neo4j (JavaScript numbers arrive as floats). */
export const WRITE_ACTOR_ANALYSIS = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.bloc = toInteger(row.bloc), a.camp = toInteger(row.camp), a.degree = toInteger(row.degree),
    a.pagerank = row.pagerank, a.betweenness = row.betweenness`;

/**
 * Stale results go: after a filtered analysis from every actor outside it; after a whole-graph one from actors
 * left without relations (an actor whose relations were written since the graph was loaded keeps its values).
 */
export const CLEAR_OTHER_ACTORS = `
MATCH (a:Actor)
WHERE a.bloc IS NOT NULL AND NOT a.id IN $ids
  AND ($filtered OR NOT EXISTS { (a)-[r]-(:Actor) WHERE r.count IS NOT NULL })
REMOVE a.bloc, a.camp, a.degree, a.pagerank, a.betweenness`;

/** One (:Analysis {id: 'alliance'}) node holds when the analysis ran and its network-wide figures. */
export const WRITE_ANALYSIS_SUMMARY = `
MERGE (x:Analysis {id: 'alliance'})
SET x += $summary`;

export const READ_ANALYSIS_SUMMARY = `
MATCH (x:Analysis {id: 'alliance'})
RETURN x {.*} AS summary`;
