MATCH (m:Measurement)-[:SOURCE]->(s:Source)
WHERE m.metric IN ['yoy_growth', 'mom_growth', 'growth_change', 'value']
  AND m.period =~ '2025-(Q[1-4]|[0-9]{2})'
  AND NOT (m)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
  AND (m)-[:REPORTER]->(:Economy {id: 'china'})
RETURN m.period AS period, m.flow AS flow, m.metric AS metric,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure,
       s.id + ':' + toString(m.line) AS source, m.evidence AS evidence
ORDER BY m.end, m.start DESC, CASE m.flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END, metric DESC, source