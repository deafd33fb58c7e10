MATCH (op:Policy {id: 'hainan-island-wide-special-customs-operations'})-[:APPLIES_TO]->(ftp:Region)
MATCH (policy:Policy)-[a:APPLIES_TO]->(target)
WHERE (target = ftp OR (target)-[:LOCATED_IN|PART_OF*1..2]->(ftp) OR target = op OR (ftp)-[:PART_OF]->(target))
WITH DISTINCT op, policy, target, a
RETURN policy.name AS policy, policy.name_zh AS `中文`, labels(target)[0] AS `applies to`, target.name AS target,
       coalesce(a.note, '') AS note
ORDER BY CASE policy WHEN op.name THEN 0 ELSE 1 END, policy, target