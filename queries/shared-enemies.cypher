// name: shared-enemies
// description: Actors both of two actors have hostile relations with (either direction), with the relations to each.
// param: a string (required) - one actor's id
// param: b string (required) - the other actor's id
// param: minCount int = 1 - least asserted/intended claims behind a relation
// example: kg query shared-enemies --param a=USA --param b=IRQ
MATCH (x:Actor {id: $a})-[r1]-(enemy:Actor)-[r2]-(y:Actor {id: $b})
WHERE r1.polarity = 'hostile' AND r2.polarity = 'hostile' AND r1.count >= $minCount AND r2.count >= $minCount
  AND enemy <> x AND enemy <> y
WITH enemy, collect(DISTINCT r1) AS withA, collect(DISTINCT r2) AS withB
RETURN enemy.id AS id, enemy.name AS name,
       [r IN withA | r.relation] AS relationsWithA, reduce(n = 0, r IN withA | n + r.count) AS claimsWithA,
       [r IN withB | r.relation] AS relationsWithB, reduce(n = 0, r IN withB | n + r.count) AS claimsWithB
ORDER BY claimsWithA + claimsWithB DESC, id
