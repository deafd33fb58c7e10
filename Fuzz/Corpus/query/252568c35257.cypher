MATCH (c:Partner)-[:MEMBER_OF]->(:PartnerGroup {name: 'Central Asia'})
OPTIONAL MATCH (c)<-[:PARTNER]-(m:Measurement)
RETURN c.name AS country, coalesce(c.name_zh, '') AS `中文`, count(m) AS figures
ORDER BY country