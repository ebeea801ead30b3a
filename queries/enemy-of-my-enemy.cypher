// name: enemy-of-my-enemy
// description: "The enemy of my enemy" triads: actors hostile to an enemy of the actor, and how the actor itself relates to them.
// param: actor string (required) - the actor's id
// param: minCount int = 1 - least asserted/intended claims behind each hostile relation
// param: limit int = 100 - most rows returned
// example: kg query enemy-of-my-enemy --param actor=IRQ
MATCH (a:Actor {id: $actor})-[r1]-(enemy:Actor)-[r2]-(other:Actor)
WHERE r1.polarity = 'hostile' AND r2.polarity = 'hostile' AND r1.count >= $minCount AND r2.count >= $minCount
  AND enemy <> a AND other <> a AND other <> enemy
WITH DISTINCT a, enemy, other
OPTIONAL MATCH (a)-[r]-(other)
WHERE r.polarity IS NOT NULL
WITH enemy, other,
     sum(CASE r.polarity WHEN 'cooperative' THEN r.count ELSE 0 END) AS cooperativeClaims,
     sum(CASE r.polarity WHEN 'hostile' THEN r.count ELSE 0 END) AS hostileClaims
RETURN enemy.id AS enemy, enemy.name AS enemyName, other.id AS other, other.name AS otherName,
       CASE
         WHEN cooperativeClaims > hostileClaims THEN 'cooperative'
         WHEN hostileClaims > cooperativeClaims THEN 'hostile'
         WHEN cooperativeClaims > 0 THEN 'mixed'
         ELSE 'none'
       END AS actorAndOther,
       cooperativeClaims, hostileClaims
ORDER BY actorAndOther, enemy, other
LIMIT $limit
