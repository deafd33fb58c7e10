MATCH (v:Measurement {metric: 'value'})-[:SOURCE]->(s:Source)<-[:SOURCE]-(g:Measurement {metric: 'yoy_growth'})
WHERE v.period IN ['2025-Q1', '2025-H1', '2025'] AND v.flow IN ['total', 'export', 'import']
  AND g.period = v.period AND g.flow = v.flow AND g.line = v.line
  AND v.approx IS NULL AND g.approx IS NULL
  AND (v)-[:REPORTER]->(:Economy {id: 'china'})
  AND NOT (v)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
  AND NOT (g)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
WITH v, g, s ORDER BY s.id, v.line
WITH v.period AS period, v.start AS first, v.end AS last, v.flow AS flow,
     fmt.amount(v.value, v.unit) AS value, fmt.amount(g.value, g.unit) AS growth,
     collect(s.id + ':' + toString(v.line)) AS statedIn
RETURN period, flow, value, growth AS `growth y/y`, statedIn AS `stated in`
ORDER BY first, last, CASE flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END