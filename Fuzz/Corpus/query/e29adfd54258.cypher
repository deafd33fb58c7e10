UNWIND ['asean', 'eu', 'united-states', 'bri-partner-countries', 'latin-america', 'africa', 'central-asia'] AS partnerId
MATCH (p {id: partnerId})<-[:PARTNER]-(m:Measurement)-[:REPORTER]->(:Economy {id: 'china'})
WHERE m.metric IN ['value', 'yoy_growth', 'share'] AND m.flow IS NOT NULL AND m.start >= '2025-01-01' AND m.end <= '2025-12-31'
  AND NOT (m)-[:PRODUCT|CHANNEL|REGION|ENTERPRISE|POLICY]->()
WITH DISTINCT p, partnerId, m.period AS period, m.start AS first, m.end AS last, m.flow AS flow, m.metric AS metric,
     coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure
WITH p, partnerId, period, first, last, flow,
     [x IN collect(CASE metric WHEN 'value' THEN figure END) WHERE x IS NOT NULL] AS values,
     [x IN collect(CASE metric WHEN 'yoy_growth' THEN figure END) WHERE x IS NOT NULL] AS growths,
     [x IN collect(CASE metric WHEN 'share' THEN figure END) WHERE x IS NOT NULL] AS shares
RETURN p.name AS partner, period, flow,
       CASE size(values) WHEN 0 THEN '' WHEN 1 THEN values[0] ELSE values END AS value,
       CASE size(growths) WHEN 0 THEN '' WHEN 1 THEN growths[0] ELSE growths END AS `growth y/y`,
       CASE size(shares) WHEN 0 THEN '' WHEN 1 THEN shares[0] ELSE shares END AS share
ORDER BY CASE partnerId WHEN 'asean' THEN 1 WHEN 'eu' THEN 2 WHEN 'united-states' THEN 3
           WHEN 'bri-partner-countries' THEN 4 WHEN 'latin-america' THEN 5 WHEN 'africa' THEN 6 ELSE 7 END,
         first, last, CASE flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END