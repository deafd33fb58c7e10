MATCH (part:Product)-[:PART_OF]->(g:Product)
WITH g, collect(part.name) AS parts
OPTIONAL MATCH (below:Product)-[:PART_OF*1..4]->(g)
WITH g, parts, count(DISTINCT below) AS allBelow
OPTIONAL MATCH (g)-[:PART_OF]->(up:Product)
WITH g, parts, allBelow, collect(up.name) AS partOf
RETURN g.name AS `group`, CASE size(partOf) WHEN 0 THEN '' ELSE partOf END AS `part of`, size(parts) AS direct,
       allBelow AS `all below`, parts
ORDER BY size(partOf) > 0, allBelow DESC, `group`