// name: brokers
// description: Brokers: actors with cooperative relations into blocs other than their own (run `kg analyze` first), by blocs reached.
// param: minBlocs int = 1 - least other blocs an actor reaches
// param: limit int = 25 - most rows returned
// example: kg query brokers
MATCH (a:Actor)-[r]-(o:Actor)
WHERE r.polarity = 'cooperative' AND a.bloc IS NOT NULL AND o.bloc IS NOT NULL AND o.bloc <> a.bloc
WITH a, o, r
ORDER BY o.name
WITH a, count(DISTINCT o.bloc) AS otherBlocs, collect(DISTINCT o.name) AS partners, sum(r.count) AS claims
WHERE otherBlocs >= $minBlocs
RETURN a.id AS id, a.name AS name, a.bloc AS bloc, otherBlocs, partners, claims, a.betweenness AS betweenness
ORDER BY otherBlocs DESC, betweenness DESC, claims DESC, id
LIMIT $limit
