// name: coalition-members
// description: Members of coalitions and organisations: actors allied with an actor of type coalition or igo.
// param: coalition string = null - one coalition's or organisation's id (US_LED_COALITION, NATO); all of them when absent
// param: minCount int = 1 - least asserted/intended claims behind a membership
// example: kg query coalition-members
// example: kg query coalition-members --param coalition=US_LED_COALITION
MATCH (c:Actor)-[r:ALLIES_WITH]-(m:Actor)
WHERE c.type IN ['coalition', 'igo'] AND ($coalition IS NULL OR c.id = $coalition)
  AND r.count >= $minCount AND m <> c
RETURN c.id AS coalition, c.name AS coalitionName, m.id AS member, m.name AS memberName, m.type AS memberType,
       r.count AS claims, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY coalition, claims DESC, member
