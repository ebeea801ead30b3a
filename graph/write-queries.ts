// Cypher of the write path, as named constants; every value is a parameter, no relationship type is interpolated.

/**
 * The stored versions of the documents being written: same name (a changed document) or same id. Two index
 * seeks joined by UNION: `name IN $names OR id IN $ids` would scan every document.
 */
const STORED_VERSIONS = `
CALL () {
  MATCH (old:Document) WHERE old.name IN $names RETURN old
  UNION
  MATCH (old:Document) WHERE old.id IN $ids RETURN old
}`;

/**
 * How many stored versions there are, and their claims that the new versions do not yield (one row each). New
 * documents, the common case, get `stored = 0` and no stale claims, and the write skips every delete.
 */
export const STALE_CLAIMS = `${STORED_VERSIONS}
WITH collect(old) AS olds
CALL (olds) {
  UNWIND olds AS old
  MATCH (old)<-[:IN]-(:Sentence)<-[:EVIDENCE]-(c:Claim)
  WHERE NOT c.id IN $claimIds
  MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor)
  RETURN collect(DISTINCT {id: c.id, source: s.id, relation: c.relation, target: t.id}) AS stale
}
RETURN size(olds) AS stored, stale`;

/** Claims of the named documents, for removal. */
export const CLAIMS_OF_NAMED_DOCUMENTS = `
MATCH (d:Document) WHERE d.name IN $names
MATCH (d)<-[:IN]-(:Sentence)<-[:EVIDENCE]-(c:Claim)
MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor)
RETURN DISTINCT c.id AS id, s.id AS source, c.relation AS relation, t.id AS target`;

export const DELETE_CLAIMS = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})
DETACH DELETE c`;

/** Sentences of the stored versions that the new versions do not have (all of them when the content changed). */
export const DELETE_STALE_SENTENCES = `${STORED_VERSIONS}
MATCH (old)<-[:IN]-(s:Sentence)
WHERE NOT s.id IN $sentenceIds
DETACH DELETE s`;

/** Everything of the stored versions that the new versions replace: stale claims, sentences, documents. */
export const DELETE_REPLACED = `
CALL () {
  UNWIND $staleIds AS id
  MATCH (c:Claim {id: id})
  DETACH DELETE c
}
CALL () {${STORED_VERSIONS.replaceAll("\n", "\n  ")}
  MATCH (old)<-[:IN]-(s:Sentence)
  WHERE NOT s.id IN $sentenceIds
  DETACH DELETE s
}
CALL () {
  MATCH (old:Document) WHERE old.name IN $names AND NOT old.id IN $ids
  DETACH DELETE old
}
RETURN 1`;

/** Stored documents whose name is being written with a new content hash. */
export const DELETE_REPLACED_DOCUMENTS = `
MATCH (old:Document) WHERE old.name IN $names AND NOT old.id IN $ids
DETACH DELETE old`;

export const DELETE_NAMED_DOCUMENTS = `
MATCH (d:Document) WHERE d.name IN $names
OPTIONAL MATCH (d)<-[:IN]-(s:Sentence)
DETACH DELETE s, d
RETURN count(DISTINCT d) AS removed`;

export const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = row.name, d.title = row.title, d.date = row.date, d.source = row.source, d.hash = row.id`;

export const UPSERT_SENTENCES = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (s:Sentence {id: row.id})
SET s.index = toInteger(row.index), s.text = row.text, s.start = toInteger(row.start), s.end = toInteger(row.end)
MERGE (s)-[:IN]->(d)`;

export const UPSERT_ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.type = row.type`;

/** Dictionary actors also carry their aliases; null keeps the stored ones. */
export const UPSERT_ACTORS_WITH_ALIASES = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.type = row.type, a.aliases = coalesce(row.aliases, a.aliases)`;

export const UPSERT_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (src:Actor {id: row.source})
MATCH (tgt:Actor {id: row.target})
MERGE (c:Claim {id: row.id})
SET c.relation = row.relation, c.polarity = row.polarity, c.modality = row.modality, c.cameo = row.cameo,
    c.confidence = toFloat(row.confidence), c.symmetric = row.symmetric, c.date = row.date,
    c.via = row.via, c.targetVia = row.targetVia,
    c.sourceId = row.source, c.targetId = row.target, c.docId = row.doc
MERGE (c)-[:SOURCE]->(src)
MERGE (c)-[:TARGET]->(tgt)
MERGE (c)-[:EVIDENCE]->(s)`;

/**
 * Claims written before claims carried sourceId/targetId/docId get them from their relationships, once; the
 * aggregates are counted from those properties.
 */
export const BACKFILL_CLAIM_KEYS = `
MATCH (c:Claim) WHERE c.docId IS NULL
WITH c LIMIT 10000
MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor), (c)-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document)
SET c.sourceId = s.id, c.targetId = t.id, c.docId = d.id
RETURN count(c) AS updated`;

/** Actors no claim mentions any more (their aggregated relationships are already gone). */
export const DELETE_ORPHAN_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT (a)<-[:SOURCE|TARGET]-(:Claim)
DETACH DELETE a`;

/** The four upserts of a batch as one statement (one round trip): documents, sentences, actors, then claims. */
export const UPSERT_BATCH = [
  [UPSERT_DOCUMENTS, "$documents"],
  [UPSERT_SENTENCES, "$sentences"],
  [UPSERT_ACTORS, "$actors"],
  [UPSERT_CLAIMS, "$claims"],
]
  .map(([query, rows]) => `CALL () {${query!.replace("$rows", rows!).replaceAll("\n", "\n  ")}\n}`)
  .join("\n")
  .concat("\nRETURN 1");
