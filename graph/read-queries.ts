// Cypher of the read path, as named constants; filters are parameters, types are compared with type(r) IN $types.

export const DOCUMENT_HASHES = `
UNWIND $names AS name
MATCH (d:Document {name: name})
RETURN d.name AS name, d.hash AS hash`;

/** Label counts come from Neo4j's count store: constant time whatever the size. */
export const COUNT_LABELS = `
MATCH (a:Actor) WITH count(a) AS actors
MATCH (d:Document) WITH actors, count(d) AS documents
MATCH (s:Sentence) WITH actors, documents, count(s) AS sentences
MATCH (c:Claim) WITH actors, documents, sentences, count(c) AS claims
RETURN actors, documents, sentences, claims`;

export const COUNT_AGGREGATES = `
MATCH (:Actor)-[r]->(:Actor)
WHERE r.count IS NOT NULL
RETURN type(r) AS key, count(r) AS n`;

export const COUNT_CLAIMS_BY_RELATION = `
MATCH (c:Claim)
RETURN c.relation AS key, count(c) AS n`;

export const COUNT_CLAIMS_BY_MODALITY = `
MATCH (c:Claim)
RETURN c.modality AS key, count(c) AS n`;

const EDGE_FIELDS = `
       s.id AS source, s.name AS sourceName, s.type AS sourceType,
       t.id AS target, t.name AS targetName, t.type AS targetType`;

/** The stored aggregates, filtered ($types and $polarity may be null: no filter). */
export const LOAD_AGGREGATES = `
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.count >= $minCount
  AND ($types IS NULL OR type(r) IN $types)
  AND ($polarity IS NULL OR r.polarity = $polarity)
RETURN ${EDGE_FIELDS},
       r.relation AS relation, r.polarity AS polarity, r.symmetric AS symmetric, r.count AS count, r.docs AS docs,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`;

/** Aggregates computed on the fly from the claims dated within [$from, $to]. */
export const LOAD_AGGREGATES_IN_RANGE = `
MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
WHERE c.modality IN $modalities
  AND c.date >= $from AND c.date <= $to
  AND ($relations IS NULL OR c.relation IN $relations)
  AND ($polarity IS NULL OR c.polarity = $polarity)
OPTIONAL MATCH (c)-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document)
WITH s, t, c.relation AS relation, count(DISTINCT c) AS count, count(DISTINCT d) AS docs,
     min(c.date) AS firstSeen, max(c.date) AS lastSeen,
     head(collect(c.polarity)) AS polarity, head(collect(c.symmetric)) AS symmetric
WHERE count >= $minCount
RETURN ${EDGE_FIELDS},
       relation, polarity, symmetric, count, docs, firstSeen, lastSeen`;

const EVIDENCE_FIELDS = `
MATCH (c)-[:SOURCE]->(src:Actor), (c)-[:TARGET]->(tgt:Actor)
MATCH (c)-[:EVIDENCE]->(s:Sentence)-[:IN]->(d:Document)
RETURN c.id AS claimId, c.relation AS relation, c.polarity AS polarity, c.modality AS modality,
       c.symmetric AS symmetric, c.cameo AS cameo, c.confidence AS confidence, c.date AS date, c.via AS via,
       src.id AS sourceId, src.name AS sourceName, tgt.id AS targetId, tgt.name AS targetName,
       s.index AS sentenceIndex, s.text AS text, s.start AS start, s.end AS end,
       d.name AS docName, d.title AS docTitle, d.date AS docDate
ORDER BY coalesce(date, '') DESC, docName, sentenceIndex, claimId
SKIP $skip LIMIT $limit`;

/** Claims between two actors, in either direction. */
export const EVIDENCE_FOR_PAIR = `
MATCH (a:Actor {id: $a})<-[:SOURCE|TARGET]-(c:Claim)-[:SOURCE|TARGET]->(b:Actor {id: $b})
WHERE ($relations IS NULL OR c.relation IN $relations) AND c.modality IN $modalities
WITH DISTINCT c
${EVIDENCE_FIELDS}`;

/** Claims in which the actor is source or target. */
export const RELATIONS_OF_ACTOR = `
MATCH (:Actor {id: $id})<-[:SOURCE|TARGET]-(c:Claim)
WHERE ($relations IS NULL OR c.relation IN $relations) AND c.modality IN $modalities
WITH DISTINCT c
${EVIDENCE_FIELDS}`;
