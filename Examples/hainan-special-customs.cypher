// Question: What do the documents say about the Hainan Free Trade Port's island-wide special customs
// operations — which policies and places they involve, and every figure reported since they began?
:format table

// 1. The operations and the related Hainan policies: what each applies to, and where.
MATCH (op:Policy {id: 'hainan-island-wide-special-customs-operations'})-[:APPLIES_TO]->(ftp:Region)
MATCH (policy:Policy)-[a:APPLIES_TO]->(target)
WHERE (target = ftp OR (target)-[:LOCATED_IN|PART_OF*1..2]->(ftp) OR target = op OR (ftp)-[:PART_OF]->(target))
WITH DISTINCT op, policy, target, a
RETURN policy.name AS policy, policy.name_zh AS `中文`, labels(target)[0] AS `applies to`, target.name AS target,
       coalesce(a.note, '') AS note
ORDER BY CASE policy WHEN op.name THEN 0 ELSE 1 END, policy, target;

// 2. Every figure on the operations or the other Hainan policies, in time order, with the place
// ("line") it concerns and the source line.
MATCH (policy:Policy)<-[:POLICY]-(m:Measurement)-[:REGION]->(:Region {id: 'hainan'})
MATCH (m)-[:SOURCE]->(s:Source)
OPTIONAL MATCH (m)-[:CHANNEL]->(c:Channel)
WITH policy, m, s, c
RETURN policy.name AS policy, m.period AS period, coalesce(c.name, '') AS at, m.metric AS metric,
       coalesce(m.flow, '') AS flow, coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure,
       s.id + ':' + toString(m.line) AS source, m.evidence AS evidence
ORDER BY CASE policy WHEN 'Island-wide special customs operations of the Hainan Free Trade Port' THEN 0 ELSE 1 END,
         policy, m.start, m.end, at, m.line, m.id;
