MATCH (v:Measurement {metric: 'value'})-[:SOURCE]->(s:Source)<-[:SOURCE]-(g:Measurement {metric: 'yoy_growth'})
WHERE v.period IN ['2025-Q1', '2025-H1', '2025'] AND v.flow IN ['total', 'export', 'import']
  AND g.period = v.period AND g.flow = v.flow AND g.line = v.line
  AND v.approx IS NULL AND g.approx IS NULL AND v.unit = 'CNY'
  AND (v)-[:REPORTER]->(:Economy {id: 'china'})
  AND NOT (v)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
  AND NOT (g)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
WITH DISTINCT v.flow AS flow, v.period AS period, v.value AS value, g.value AS growth
WITH flow, collect({period: period, value: value, base: value / (1 + growth / 100)}) AS stated
WITH flow,
     head([f IN stated WHERE f.period = '2025-Q1']) AS q1,
     head([f IN stated WHERE f.period = '2025-H1']) AS h1,
     head([f IN stated WHERE f.period = '2025']) AS fy
UNWIND [{period: '2025-Q2', how: 'H1 − Q1', value: h1.value - q1.value, base: h1.base - q1.base},
        {period: '2025-H2', how: 'year − H1', value: fy.value - h1.value, base: fy.base - h1.base}] AS d
OPTIONAL MATCH (m:Measurement {metric: 'yoy_growth', period: d.period, flow: flow})
WHERE NOT (m)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
WITH d, flow, collect(fmt.amount(m.value, m.unit)) AS statedGrowth
RETURN d.period AS period, flow, fmt.amount(round(d.value / 1e10) * 1e10, 'CNY') AS value,
       fmt.amount(round(100 * (d.value / d.base - 1), 1), 'percent') AS `growth y/y`,
       'derived: ' + d.how AS basis,
       CASE size(statedGrowth) WHEN 0 THEN '' ELSE 'stated: ' + statedGrowth[0] END AS `growth as stated`
ORDER BY period.start(d.period), CASE flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END