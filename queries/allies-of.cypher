// name: allies-of
// description: Actors with cooperative relations to an actor (either direction), the most evidenced first.
// param: actor string (required) - the actor's id: ISO 3166 alpha-3 for a state (IRQ), an upper-case slug otherwise (ISLAMIC_STATE)
// param: minCount int = 1 - least asserted/intended claims behind a relation
// param: limit int = 50 - most rows returned
// example: kg query allies-of --param actor=IRQ
MATCH (a:Actor {id: $actor})-[r]-(ally:Actor)
WHERE r.polarity = 'cooperative' AND r.count >= $minCount AND ally <> a
WITH ally, r
ORDER BY r.relation
WITH ally, collect(DISTINCT r.relation) AS relations, sum(r.count) AS claims,
     min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen
RETURN ally.id AS id, ally.name AS name, relations, claims, firstSeen, lastSeen
ORDER BY claims DESC, id
LIMIT $limit
