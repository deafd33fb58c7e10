MATCH (e:EnterpriseType)<-[:ENTERPRISE]-(m:Measurement)-[:REPORTER]->(:Economy {id: 'china'})
WHERE e.name IN ['Private enterprises', 'Foreign-invested enterprises', 'State-owned enterprises']
  AND m.start >= '2025-01-01' AND m.end <= '2025-12-31'
  AND (m.metric IN ['value', 'yoy_growth', 'share', 'share_change'] AND m.flow = 'total'
       OR m.metric = 'count' AND m.unit = 'enterprises')
  AND NOT (m)-[:PARTNER|REGION|PRODUCT|POLICY|CHANNEL]->()
WITH DISTINCT e, m.period AS period, m.start AS first, m.end AS last, m.metric AS metric,
     coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure
WITH e, period, first, last,
     [x IN collect(CASE metric WHEN 'value' THEN figure END) WHERE x IS NOT NULL] AS values,
     [x IN collect(CASE metric WHEN 'yoy_growth' THEN figure END) WHERE x IS NOT NULL] AS growths,
     [x IN collect(CASE metric WHEN 'share' THEN figure END) WHERE x IS NOT NULL] AS shares,
     [x IN collect(CASE metric WHEN 'share_change' THEN figure END) WHERE x IS NOT NULL] AS shareChanges,
     [x IN collect(CASE metric WHEN 'count' THEN figure END) WHERE x IS NOT NULL] AS counts
RETURN e.name AS `enterprise type`, period,
       CASE size(values) WHEN 0 THEN '' WHEN 1 THEN values[0] ELSE values END AS value,
       CASE size(growths) WHEN 0 THEN '' WHEN 1 THEN growths[0] ELSE growths END AS `growth y/y`,
       CASE size(shares) WHEN 0 THEN '' WHEN 1 THEN shares[0] ELSE shares END AS share,
       CASE size(shareChanges) WHEN 0 THEN '' WHEN 1 THEN shareChanges[0] ELSE shareChanges END AS `share change y/y`,
       CASE size(counts) WHEN 0 THEN '' WHEN 1 THEN counts[0] ELSE counts END AS enterprises
ORDER BY e.name, first, last