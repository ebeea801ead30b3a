// name: unbalanced-triads
// description: Structural-balance violations: three actors whose pairs' signs (+ mostly cooperative, - mostly hostile claims) multiply to -.
// param: actor string = null - only triads that include this actor
// param: minCount int = 1 - least asserted/intended claims for a relation to count
// param: limit int = 100 - most rows returned
// example: kg query unbalanced-triads
// example: kg query unbalanced-triads --param actor=RUS
MATCH (a:Actor)-[r1]-(b:Actor)
WHERE a.id < b.id AND r1.count >= $minCount
WITH a, b, sum(CASE r1.polarity WHEN 'cooperative' THEN r1.count ELSE -r1.count END) AS ab
WHERE ab <> 0
MATCH (b)-[r2]-(c:Actor)
WHERE b.id < c.id AND r2.count >= $minCount
WITH a, b, c, ab, sum(CASE r2.polarity WHEN 'cooperative' THEN r2.count ELSE -r2.count END) AS bc
WHERE bc <> 0
MATCH (a)-[r3]-(c)
WHERE r3.count >= $minCount
WITH a, b, c, ab, bc, sum(CASE r3.polarity WHEN 'cooperative' THEN r3.count ELSE -r3.count END) AS ac
WHERE ac <> 0 AND sign(ab) * sign(bc) * sign(ac) < 0
  AND ($actor IS NULL OR $actor IN [a.id, b.id, c.id])
RETURN a.id AS a, b.id AS b, c.id AS c, a.name AS aName, b.name AS bName, c.name AS cName,
       CASE WHEN ab > 0 THEN '+' ELSE '-' END + CASE WHEN bc > 0 THEN '+' ELSE '-' END
         + CASE WHEN ac > 0 THEN '+' ELSE '-' END AS signs,
       CASE WHEN sign(ab) + sign(bc) + sign(ac) = 1 THEN 'two partners of one actor at odds'
            ELSE 'three mutual enemies' END AS kind
ORDER BY a, b, c
LIMIT $limit
