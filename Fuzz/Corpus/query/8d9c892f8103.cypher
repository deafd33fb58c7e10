MATCH (n:Measurement {metric: 'value', flow: 'total'})-[:REPORTER]->(:Economy {id: 'china'})
WHERE n.period IN ['2025-Q1', '2025-H1', '2025'] AND n.approx IS NULL
  AND NOT (n)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
WITH n.period AS period, n.start AS first, n.end AS last, max(n.value) AS national
MATCH (e:EnterpriseType)
WHERE e.name IN ['Private enterprises', 'Foreign-invested enterprises', 'State-owned enterprises']
OPTIONAL MATCH (e)<-[:ENTERPRISE]-(v:Measurement {metric: 'value', flow: 'total', period: period})
WHERE v.approx IS NULL AND NOT (v)-[:PARTNER|REGION|PRODUCT|POLICY|CHANNEL]->()
OPTIONAL MATCH (e)<-[:ENTERPRISE]-(s:Measurement {metric: 'share', flow: 'total', period: period})
WHERE NOT (s)-[:PARTNER|REGION|PRODUCT|POLICY|CHANNEL]->()
WITH e, period, first, last, national, max(v.value) AS value, collect(DISTINCT s) AS shares
WITH e, period, first, last, national, value,
     head([x IN shares WHERE x.approx IS NULL] + [x IN shares WHERE x.approx IS NOT NULL]) AS s
WHERE value IS NOT NULL OR s IS NOT NULL
RETURN e.name AS `enterprise type`, period,
       CASE WHEN value IS NULL THEN '' ELSE fmt.amount(value, 'CNY') END AS value,
       fmt.amount(national, 'CNY') AS `China's total`,
       CASE WHEN s IS NOT NULL THEN coalesce(s.approx + ' ', '') + fmt.amount(s.value, s.unit)
            ELSE fmt.amount(round(100 * value / national, 1), 'percent') END AS share,
       CASE WHEN s IS NOT NULL THEN 'stated' ELSE 'derived: value / total' END AS basis
ORDER BY e.name, first, last