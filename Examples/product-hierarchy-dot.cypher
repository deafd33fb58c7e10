// Question: How are the product categories nested — which products are part of which groups, from the
// "new trio" and green products to bulk commodities — drawn as a picture?
//
// Writes product-hierarchy.dot in the current folder: every PART_OF relationship between two products.
// Render it with Graphviz:  dot -Tsvg product-hierarchy.dot -o product-hierarchy.svg
:format table

:export dot product-hierarchy.dot MATCH p = (:Product)-[:PART_OF]->(:Product) RETURN p

// The same hierarchy as a table: each group with its direct parts and how many products lie below it.
MATCH (part:Product)-[:PART_OF]->(g:Product)
WITH g, collect(part.name) AS parts
OPTIONAL MATCH (below:Product)-[:PART_OF*1..4]->(g)
WITH g, parts, count(DISTINCT below) AS allBelow
OPTIONAL MATCH (g)-[:PART_OF]->(up:Product)
WITH g, parts, allBelow, collect(up.name) AS partOf
RETURN g.name AS `group`, CASE size(partOf) WHEN 0 THEN '' ELSE partOf END AS `part of`, size(parts) AS direct,
       allBelow AS `all below`, parts
ORDER BY size(partOf) > 0, allBelow DESC, `group`;
