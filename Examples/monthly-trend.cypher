// Question: How did China's total trade move month by month and quarter by quarter in 2025, as far as
// the documents state it?
//
// Every national figure (no dimension) for a single month or quarter of 2025, in the order the periods
// end (a month before the quarter it closes), with where each was said. Q2 and H2 totals derived from
// the half-year figures are in derived-q2-h2.cypher.
:format table

MATCH (m:Measurement)-[:SOURCE]->(s:Source)
WHERE m.metric IN ['yoy_growth', 'mom_growth', 'growth_change', 'value']
  AND m.period =~ '2025-(Q[1-4]|[0-9]{2})'
  AND NOT (m)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
  AND (m)-[:REPORTER]->(:Economy {id: 'china'})
RETURN m.period AS period, m.flow AS flow, m.metric AS metric,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure,
       s.id + ':' + toString(m.line) AS source, m.evidence AS evidence
ORDER BY m.end, m.start DESC, CASE m.flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END, metric DESC, source;
