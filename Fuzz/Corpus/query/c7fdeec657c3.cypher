MATCH (m:Measurement)-[:SOURCE]->(s:Source)
WHERE s.id = 'fy2025-zh-en' OR m.note CONTAINS 'Chinese prevails'
OPTIONAL MATCH (m)-[:PRODUCT|PARTNER|REGION|ENTERPRISE|POLICY|CHANNEL]->(d)
WITH m, s, collect(d.name) AS about
RETURN CASE size(about) WHEN 0 THEN '' ELSE about[0] END AS about, m.metric AS metric, m.period AS period,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS `figure in the graph`,
       s.id + ':' + toString(m.line) AS source, m.evidence AS evidence, m.note AS `the two readings`
ORDER BY source, m.id