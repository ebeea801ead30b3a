// name: most-evidenced-claims
// description: The relations backed by the most asserted/intended claims, with their best-rated evidence sentence.
// param: relation string = null - only this relation (kebab-case: fights, shares-intel-with)
// param: limit int = 20 - most rows returned
// example: kg query most-evidenced-claims
// example: kg query most-evidenced-claims --param relation=fights --param limit=5
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.count IS NOT NULL AND ($relation IS NULL OR r.relation = $relation)
WITH s, r, t
ORDER BY r.count DESC, r.docs DESC, s.id, r.relation, t.id
LIMIT $limit
CALL (s, r, t) {
  OPTIONAL MATCH (s)<-[:SOURCE]-(c:Claim {relation: r.relation})-[:TARGET]->(t), (c)-[:EVIDENCE]->(sen:Sentence)
  WHERE c.modality IN ['asserted', 'intended']
  RETURN sen.text AS example
  ORDER BY c.confidence DESC, c.id
  LIMIT 1
}
RETURN s.name AS source, r.relation AS relation, t.name AS target, r.count AS claims, r.docs AS docs,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, example
ORDER BY claims DESC, docs DESC, source, relation, target
