MATCH (policy:Policy)<-[:POLICY]-(m:Measurement)-[:REGION]->(:Region {id: 'hainan'})
MATCH (m)-[:SOURCE]->(s:Source)
OPTIONAL MATCH (m)-[:CHANNEL]->(c:Channel)
WITH policy, m, s, c
RETURN policy.name AS policy, m.period AS period, coalesce(c.name, '') AS at, m.metric AS metric,
       coalesce(m.flow, '') AS flow, coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure,
       s.id + ':' + toString(m.line) AS source, m.evidence AS evidence
ORDER BY CASE policy WHEN 'Island-wide special customs operations of the Hainan Free Trade Port' THEN 0 ELSE 1 END,
         policy, m.start, m.end, at, m.line, m.id