// name: intel-sharing-network
// description: The intelligence-sharing network: every pair of actors that share intelligence, with claims and dates.
// param: minCount int = 1 - least asserted/intended claims behind a pair
// param: limit int = 500 - most rows returned
// example: kg query intel-sharing-network
// example: kg query intel-sharing-network --param minCount=2 --format csv
MATCH (a:Actor)-[r:SHARES_INTEL_WITH]->(b:Actor)
WHERE r.count >= $minCount
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, r.count AS claims, r.docs AS docs,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY claims DESC, a, b
LIMIT $limit
