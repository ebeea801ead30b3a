// name: claims-by-modality
// description: What an actor did, agreed to, denied or only considered: its claims by modality, relation and role, with an example.
// param: actor string (required) - the actor's id
// param: relation string = null - only this relation (kebab-case)
// example: kg query claims-by-modality --param actor=RUS
MATCH (a:Actor {id: $actor})<-[role:SOURCE|TARGET]-(c:Claim)
WHERE $relation IS NULL OR c.relation = $relation
MATCH (c)-[:SOURCE|TARGET]->(o:Actor)
WHERE o <> a
MATCH (c)-[:EVIDENCE]->(s:Sentence)
WITH c, CASE type(role) WHEN 'SOURCE' THEN 'source' ELSE 'target' END AS role, o, s
ORDER BY c.confidence DESC, c.id
WITH c.modality AS modality, c.relation AS relation, role, count(DISTINCT c) AS claims,
     collect(DISTINCT o.name) AS partners, head(collect(s.text)) AS example
RETURN modality,
       CASE modality
         WHEN 'asserted' THEN 'done'
         WHEN 'intended' THEN 'agreed or planned'
         WHEN 'negated' THEN 'denied or not done'
         ELSE 'only considered'
       END AS meaning,
       relation, role, claims, partners, example
ORDER BY CASE modality WHEN 'asserted' THEN 0 WHEN 'intended' THEN 1 WHEN 'negated' THEN 2 ELSE 3 END,
         claims DESC, relation, role
