// Question: Which figures read differently in the English and the Chinese text of the full-year
// briefing, and what are the two readings?
//
// The full-year briefing exists in Chinese with an English translation (fy2025-zh-en) and in English
// only (fy2025-en); where they differ, the Chinese prevails. The graph records the Chinese reading and
// gives the English one in the figure's note ("English text ... says ...; the Chinese prevails"). A
// figure recorded from the Chinese paragraph cites fy2025-zh-en; its English twin, if the graph keeps
// one, is at the line the note names.
:format table

MATCH (m:Measurement)-[:SOURCE]->(s:Source)
WHERE s.id = 'fy2025-zh-en' OR m.note CONTAINS 'Chinese prevails'
OPTIONAL MATCH (m)-[:PRODUCT|PARTNER|REGION|ENTERPRISE|POLICY|CHANNEL]->(d)
WITH m, s, collect(d.name) AS about
RETURN CASE size(about) WHEN 0 THEN '' ELSE about[0] END AS about, m.metric AS metric, m.period AS period,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS `figure in the graph`,
       s.id + ':' + toString(m.line) AS source, m.evidence AS evidence, m.note AS `the two readings`
ORDER BY source, m.id;
