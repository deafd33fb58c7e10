MATCH (r)<-[:REPORTER]-(m:Measurement)-[:PARTNER]->(p)
WHERE r.id <> 'china' AND m.flow IS NOT NULL
OPTIONAL MATCH (c:Measurement {metric: m.metric, period: '2025'})-[:PARTNER]->(r)
WHERE (c)-[:REPORTER]->(:Economy {id: 'china'}) AND p.id = 'china'
  AND c.flow = CASE m.flow WHEN 'export' THEN 'import' WHEN 'import' THEN 'export' ELSE m.flow END
  AND NOT (c)-[:PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->()
OPTIONAL MATCH (m)-[:PRODUCT]->(product:Product)
WITH DISTINCT r, p, m, product, c.period AS chinaPeriod, c.flow AS chinaFlow,
     coalesce(c.approx + ' ', '') + fmt.amount(c.value, c.unit) AS chinaFigure
RETURN r.name AS reporter, p.name AS partner, coalesce(product.name, '') AS product,
       m.metric AS metric, m.flow AS flow, m.period AS period,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS `as reported`,
       coalesce(chinaPeriod + ' ' + chinaFlow, '') AS `China's side`, coalesce(chinaFigure, '') AS `China's customs`
ORDER BY reporter, m.start, m.end, metric, flow, `as reported`