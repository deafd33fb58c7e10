MATCH path = (p:Product)-[:PART_OF*0..3]->(g:Product)
WHERE g.name IN ['New trio', 'Green products']
WITH g, p, min(length(path)) AS depth
OPTIONAL MATCH (p)-[:PART_OF]->(parent:Product)
WHERE parent = g OR (parent)-[:PART_OF*1..3]->(g)
WITH g, p, depth, collect(parent.name) AS parents
OPTIONAL MATCH (p)<-[:PRODUCT]-(m:Measurement)-[:REPORTER]->(:Economy {id: 'china'})
WHERE m.metric IN ['value', 'yoy_growth'] AND m.start >= '2025-01-01'
  AND NOT (m)-[:PARTNER|REGION|ENTERPRISE|POLICY|CHANNEL]->()
WITH DISTINCT g.name AS groupName, p.name AS product, depth, parents,
     m.period AS period, m.start AS first, m.end AS last, m.flow AS flow, m.metric AS metric,
     coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure
RETURN groupName AS `group`, product,
       CASE depth WHEN 0 THEN '(the group)' ELSE parents END AS `part of`,
       coalesce(period, '') AS period, coalesce(flow, '') AS flow, coalesce(metric, '') AS metric,
       coalesce(figure, '') AS figure
ORDER BY `group` DESC, depth, product, first, last, metric DESC