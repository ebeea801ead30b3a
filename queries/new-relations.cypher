// name: new-relations
// description: Relations first seen in a date range: the earliest asserted/intended claim of the pair and relation falls in it.
// param: from date (required) - first day of the range (2015-10-01; 2015-10 or 2015 also work)
// param: to date (required) - last day of the range, inclusive (2015-10-31; 2015-10 means the whole month)
// param: relation string = null - only this relation (kebab-case)
// param: limit int = 100 - most rows returned
// example: kg query new-relations --param from=2015-10-01 --param to=2015-10-31
// example: kg query new-relations --param from=1987 --param to=1987 --param relation=sanctions
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.firstSeen >= $from AND left(r.firstSeen, size($to)) <= $to
  AND ($relation IS NULL OR r.relation = $relation)
RETURN r.firstSeen AS firstSeen, s.id AS sourceId, s.name AS source, r.relation AS relation, t.id AS targetId,
       t.name AS target, r.count AS claims, r.lastSeen AS lastSeen
ORDER BY firstSeen, sourceId, relation, targetId
LIMIT $limit
