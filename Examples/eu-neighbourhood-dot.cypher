// Question: What surrounds the European Union in the graph — its members, the groups it belongs to,
// the products and enterprise types its figures concern, and the figures themselves — drawn as a
// picture?
//
// Writes eu-neighbourhood.dot in the current folder: the EU's neighbourhood two steps deep, with each
// figure folded into the label of the entity it is about (--fold). Render it with Graphviz:
//   dot -Tsvg eu-neighbourhood.dot -o eu-neighbourhood.svg
:format table

:export dot eu-neighbourhood.dot --around 'European Union' --depth 2 --fold

// What the picture shows, as a table: the EU's relationships to other entities.
MATCH (eu:PartnerGroup {name: 'European Union'})-[r]-(other)
WHERE NOT other:Measurement
RETURN type(r) AS relationship,
       CASE WHEN startNode(r) = eu THEN 'EU → ' + other.name ELSE other.name + ' → EU' END AS direction,
       labels(other)[0] AS label
ORDER BY relationship, direction;
