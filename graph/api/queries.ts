// Cypher of the viewer's read-only API, as named parameterised constants; no value is ever spliced into the text.

/** Relation names that claims use (index-backed), for the relation catalogue. */
export const STORED_RELATIONS = `
MATCH (c:Claim) WHERE c.relation IS NOT NULL
RETURN DISTINCT c.relation AS name`;

/** Polarity, symmetry and CAMEO code of relations not on the allow-list yet, taken from one of their claims. */
export const RELATION_SAMPLES = `
UNWIND $names AS name
CALL (name) { MATCH (c:Claim {relation: name}) RETURN c LIMIT 1 }
RETURN name, c.polarity AS polarity, c.symmetric AS symmetric, c.cameo AS cameo`;

// Ordered index scans with LIMIT 1: constant time whatever the number of claims.
export const EARLIEST_CLAIM_DATE = `
MATCH (c:Claim) WHERE c.date IS NOT NULL
RETURN c.date AS date ORDER BY c.date ASC LIMIT 1`;

export const LATEST_CLAIM_DATE = `
MATCH (c:Claim) WHERE c.date IS NOT NULL
RETURN c.date AS date ORDER BY c.date DESC LIMIT 1`;

export const ANY_ANALYZED_ACTOR = `
RETURN EXISTS { MATCH (a:Actor) WHERE a.bloc IS NOT NULL } AS analyzed`;

/**
 * The filter every graph read shares. $relations, $polarity, $from and $to may be null (no filter). Dates are
 * ISO 8601 text, compared as text: $to already admits longer timestamps of its last day, and a claim dated by
 * day only ($fromDay) is within a range that starts at a time of that day.
 */
const CLAIM_FILTER = `
c.modality IN $modalities
  AND ($relations IS NULL OR c.relation IN $relations)
  AND ($polarity IS NULL OR c.polarity = $polarity)
  AND ($from IS NULL OR c.date >= $from OR c.date = $fromDay)
  AND ($to IS NULL OR c.date <= $to)`;

/**
 * Edges: claims grouped by (source, relation, target, modality), the most evidenced first. Symmetric claims are
 * stored lower id first, so both directions of a symmetric pair fall into one group. $limit is one more than the
 * caller wants, to tell whether edges were cut off.
 */
export const GRAPH_EDGES = `
MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
WHERE ${CLAIM_FILTER}
OPTIONAL MATCH (c)-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document)
WITH s.id AS source, t.id AS target, c.relation AS relation, c.modality AS modality,
     count(DISTINCT c) AS count, count(DISTINCT d) AS docs, min(c.date) AS firstSeen, max(c.date) AS lastSeen,
     head(collect(c.polarity)) AS polarity, head(collect(c.symmetric)) AS symmetric
WHERE count >= $minCount
RETURN source, target, relation, modality, polarity, symmetric, count, docs, firstSeen, lastSeen
ORDER BY count DESC, docs DESC, source, relation, target, modality
LIMIT $limit`;

const NODE_FIELDS = `
a.id AS id, a.name AS name, a.type AS type, a.bloc AS bloc, a.camp AS camp,
a.pagerank AS pagerank, a.betweenness AS betweenness`;

export const ACTORS_BY_ID = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${NODE_FIELDS}, coalesce(a.aliases, []) AS aliases`;

/** One actor's claims grouped by relation, other actor, direction and modality; self-loops count once, as "out". */
export const ACTOR_RELATIONS = `
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)<-[:SOURCE]-(c:Claim)-[:TARGET]->(o:Actor) RETURN c, o, 'out' AS side
  UNION ALL
  MATCH (a)<-[:TARGET]-(c:Claim)-[:SOURCE]->(o:Actor) WHERE o <> a RETURN c, o, 'in' AS side
}
WITH c.relation AS relation, o, CASE WHEN c.symmetric THEN 'both' ELSE side END AS direction,
     c.modality AS modality, count(c) AS n, head(collect(c.polarity)) AS polarity
RETURN relation, polarity, o.id AS otherId, o.name AS otherName, direction, modality, n`;

/** Whether each of the given actor ids exists: an evidence page of an unknown actor is a 404, not an empty page. */
export const EXISTING_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id`;

const EVIDENCE_FILTER = `
WHERE ($relations IS NULL OR c.relation IN $relations) AND c.modality IN $modalities`;

const ACTOR_CLAIMS = `
MATCH (:Actor {id: $id})<-[:SOURCE|TARGET]-(c:Claim)
${EVIDENCE_FILTER}
WITH DISTINCT c`;

const PAIR_CLAIMS = `
MATCH (:Actor {id: $a})<-[:SOURCE|TARGET]-(c:Claim)-[:SOURCE|TARGET]->(:Actor {id: $b})
${EVIDENCE_FILTER}
WITH DISTINCT c`;

/** Everything an ApiEvidence needs, with the names that `marks` look for; newest first, then document order. */
const EVIDENCE_ROWS = `
MATCH (c)-[:SOURCE]->(src:Actor), (c)-[:TARGET]->(tgt:Actor)
MATCH (c)-[:EVIDENCE]->(s:Sentence)-[:IN]->(d:Document)
RETURN c.id AS claimId, c.relation AS relation, c.polarity AS polarity, c.modality AS modality,
       c.symmetric AS symmetric, c.confidence AS confidence, c.date AS date, c.via AS via,
       c.targetVia AS targetVia,
       src.id AS sourceId, src.name AS sourceName, coalesce(src.aliases, []) AS sourceAliases,
       tgt.id AS targetId, tgt.name AS targetName, coalesce(tgt.aliases, []) AS targetAliases,
       s.index AS sentenceIndex, s.text AS text,
       d.name AS docName, d.title AS docTitle, d.date AS docDate`;

const EVIDENCE_ORDER = `
ORDER BY coalesce(date, '') DESC, docName, sentenceIndex, claimId`;

export const ACTOR_EVIDENCE_TOTAL = `${ACTOR_CLAIMS}
RETURN count(c) AS total`;

export const ACTOR_EVIDENCE_PAGE = `${ACTOR_CLAIMS}
${EVIDENCE_ROWS}
${EVIDENCE_ORDER}
SKIP $skip LIMIT $limit`;

export const PAIR_EVIDENCE_TOTAL = `${PAIR_CLAIMS}
RETURN count(c) AS total`;

export const PAIR_EVIDENCE_PAGE = `${PAIR_CLAIMS}
${EVIDENCE_ROWS}
${EVIDENCE_ORDER}
SKIP $skip LIMIT $limit`;

/** Every claim behind the given edges (as GRAPH_EDGES keys them) that passes the same filter: the site export. */
export const EVIDENCE_OF_EDGES = `
UNWIND $edges AS e
MATCH (:Actor {id: e.source})<-[:SOURCE]-(c:Claim {relation: e.relation, modality: e.modality})
      -[:TARGET]->(:Actor {id: e.target})
WHERE ${CLAIM_FILTER}
WITH DISTINCT c
${EVIDENCE_ROWS}
${EVIDENCE_ORDER}`;

/**
 * Actors whose name or an alias contains $q (lower case), ranked: name prefix, alias prefix, name contains,
 * alias contains; then the best-evidenced first.
 */
export const SEARCH_ACTORS = `
MATCH (a:Actor)
WITH a, [n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) CONTAINS $q] AS hits
WHERE size(hits) > 0
WITH a, hits,
     CASE WHEN toLower(a.name) STARTS WITH $q THEN 0
          WHEN any(n IN hits WHERE toLower(n) STARTS WITH $q) THEN 1
          WHEN toLower(a.name) CONTAINS $q THEN 2
          ELSE 3 END AS rank
WITH a, rank,
     CASE rank WHEN 1 THEN head([n IN hits WHERE toLower(n) STARTS WITH $q]) WHEN 3 THEN head(hits) END AS matched
RETURN a.id AS id, a.name AS name, a.type AS type, matched
ORDER BY rank, COUNT { (a)<-[:SOURCE|TARGET]-(:Claim) } DESC, size(a.name), a.name, a.id
LIMIT $limit`;
