// Cypher of the exports: edges grouped from the claims that pass the viewer's filters, their actors, the claims.

/**
 * The viewer's filter: $relations, $polarity, $from and $to may be null (no filter); $to already admits longer
 * timestamps of its last day.
 */
const CLAIM_FILTER = `
c.modality IN $modalities
  AND ($relations IS NULL OR c.relation IN $relations)
  AND ($polarity IS NULL OR c.polarity = $polarity)
  AND ($from IS NULL OR c.date >= $from)
  AND ($to IS NULL OR c.date <= $to)`;

/** One row per (source, relation, target): counts per modality and, when $evidence, every claim's sentence. */
export const EXPORT_EDGES = `
MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
WHERE ${CLAIM_FILTER}
MATCH (c)-[:EVIDENCE]->(sen:Sentence)-[:IN]->(d:Document)
WITH s, t, c, sen, d
ORDER BY coalesce(c.date, ''), d.name, sen.index, c.id
WITH s.id AS source, t.id AS target, c.relation AS relation,
     count(c) AS count, count(DISTINCT d) AS docs, min(c.date) AS firstSeen, max(c.date) AS lastSeen,
     head(collect(c.polarity)) AS polarity, head(collect(c.symmetric)) AS symmetric,
     sum(CASE c.modality WHEN 'asserted' THEN 1 ELSE 0 END) AS asserted,
     sum(CASE c.modality WHEN 'intended' THEN 1 ELSE 0 END) AS intended,
     sum(CASE c.modality WHEN 'negated' THEN 1 ELSE 0 END) AS negated,
     sum(CASE c.modality WHEN 'hypothetical' THEN 1 ELSE 0 END) AS hypothetical,
     collect(CASE WHEN $evidence THEN {claimId: c.id, modality: c.modality, date: c.date, doc: d.name,
                                       sentence: sen.index, text: sen.text, confidence: c.confidence} END) AS evidence
WHERE count >= $minCount
RETURN source, target, relation, polarity, symmetric, count, docs, firstSeen, lastSeen,
       asserted, intended, negated, hypothetical, evidence
ORDER BY count DESC, docs DESC, source, relation, target
LIMIT $limit`;

export const EXPORT_NODES = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name, a.type AS type, a.bloc AS bloc, a.camp AS camp, a.degree AS degree,
       a.pagerank AS pagerank, a.betweenness AS betweenness`;

/** Claims as edge records, in a stable order: document, sentence, then the claim's own fields. */
export const EXPORT_CLAIMS = `
MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
WHERE ${CLAIM_FILTER}
MATCH (c)-[:EVIDENCE]->(sen:Sentence)-[:IN]->(d:Document)
RETURN s.id AS sourceId, s.name AS sourceName, s.type AS sourceType, c.via AS via,
       t.id AS targetId, t.name AS targetName, t.type AS targetType, c.targetVia AS targetVia,
       c.relation AS relation, c.polarity AS polarity, c.symmetric AS symmetric, c.modality AS modality,
       c.cameo AS cameo, c.confidence AS confidence, d.name AS doc, sen.index AS sentence, sen.text AS text,
       sen.start AS start, sen.end AS end, coalesce(c.date, d.date) AS date
ORDER BY doc, sentence, relation, sourceId, targetId, modality, c.id`;
