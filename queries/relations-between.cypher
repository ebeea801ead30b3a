// name: relations-between
// description: Every claim between two actors (either direction) with its evidence sentence, in date order.
// param: a string (required) - one actor's id
// param: b string (required) - the other actor's id
// param: modalities list = asserted,intended,negated,hypothetical - which claims to show (comma-separated)
// param: limit int = 200 - most rows returned
// example: kg query relations-between --param a=USA --param b=RUS
// example: kg query relations-between --param a=IRQ --param b=IRN --param modalities=asserted
MATCH (:Actor {id: $a})<-[:SOURCE|TARGET]-(c:Claim)-[:SOURCE|TARGET]->(:Actor {id: $b})
WHERE c.modality IN $modalities
WITH DISTINCT c
MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor), (c)-[:EVIDENCE]->(sen:Sentence)-[:IN]->(d:Document)
RETURN coalesce(c.date, d.date) AS date, s.name AS source, c.relation AS relation, t.name AS target,
       c.modality AS modality, sen.text AS evidence, d.name AS document, sen.index AS sentence
ORDER BY date, document, sentence, relation
LIMIT $limit
