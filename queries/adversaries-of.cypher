// name: adversaries-of
// description: Actors with hostile relations to an actor: what the actor does to them and what they do to it.
// param: actor string (required) - the actor's id (USA, ISLAMIC_STATE)
// param: minCount int = 1 - least asserted/intended claims behind a relation
// param: limit int = 50 - most rows returned
// example: kg query adversaries-of --param actor=USA
MATCH (a:Actor {id: $actor})-[r]-(other:Actor)
WHERE r.polarity = 'hostile' AND r.count >= $minCount AND other <> a
WITH a, other, r
ORDER BY r.relation
WITH other,
     collect(DISTINCT CASE WHEN startNode(r) = a THEN r.relation END) AS actorDoes,
     collect(DISTINCT CASE WHEN endNode(r) = a THEN r.relation END) AS theyDo,
     sum(r.count) AS claims, min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen
RETURN other.id AS id, other.name AS name, actorDoes, theyDo, claims, firstSeen, lastSeen
ORDER BY claims DESC, id
LIMIT $limit
