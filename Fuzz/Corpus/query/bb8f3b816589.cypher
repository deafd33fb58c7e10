MATCH (eu:PartnerGroup {name: 'European Union'})-[r]-(other)
WHERE NOT other:Measurement
RETURN type(r) AS relationship,
       CASE WHEN startNode(r) = eu THEN 'EU → ' + other.name ELSE other.name + ' → EU' END AS direction,
       labels(other)[0] AS label
ORDER BY relationship, direction