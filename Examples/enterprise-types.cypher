// Question: How much did private, foreign-invested and state-owned enterprises trade, what share of
// China's total did each hold, how many of them traded, and how did this change from Q1 to the full
// year 2025?
:format table

// 1. Every figure stated for the three types alone (total trade; counts of enterprises), by period.
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
ORDER BY e.name, first, last;

// 2. From Q1 to the full year: each type's share of China's total, as stated or, where the documents
// give only the type's value, derived as value / national total of the same period (labelled derived).
// Where a period has several exact values for a type, the largest is its total (another can be an
// average per enterprise).
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
ORDER BY e.name, first, last;
