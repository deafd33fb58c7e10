// Question: What were China's headline trade figures — total trade, exports and imports — for Q1, H1
// and the full year 2025, and how fast did each grow year on year?
//
// A national total is China's own figure broken down by no dimension (no partner, region, product,
// enterprise type, policy, channel or event): trade.national(m) says so. A headline figure is stated together with its growth rate, in the same
// sentence of the same document; rounded restatements ("over 10 trillion yuan") are left out. When
// several documents state the same pair, they are listed together.
:format table

MATCH (v:Measurement {metric: 'value'})-[:SOURCE]->(s:Source)<-[:SOURCE]-(g:Measurement {metric: 'yoy_growth'})
WHERE v.period IN ['2025-Q1', '2025-H1', '2025'] AND v.flow IN ['total', 'export', 'import']
  AND g.period = v.period AND g.flow = v.flow AND g.line = v.line
  AND v.approx IS NULL AND g.approx IS NULL
  AND trade.national(v) AND trade.national(g)
WITH v, g, s ORDER BY s.id, v.line
WITH v.period AS period, v.start AS first, v.end AS last, v.flow AS flow,
     fmt.amount(v.value, v.unit) AS value, fmt.amount(g.value, g.unit) AS growth,
     collect(s.id + ':' + toString(v.line)) AS statedIn
RETURN period, flow, value, growth AS `growth y/y`, statedIn AS `stated in`
ORDER BY first, last, CASE flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END;
