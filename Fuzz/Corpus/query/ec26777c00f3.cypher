MATCH (n:Measurement {metric: 'yoy_growth'})-[:REPORTER]->(:Economy {id: 'china'})
WHERE n.approx IS NULL AND NOT (n)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
WITH DISTINCT n.period AS period, n.start AS first, n.end AS last, n.flow AS flow, n.value AS national
MATCH (p:Partner|PartnerGroup)<-[:PARTNER]-(m:Measurement {metric: 'yoy_growth', period: period, flow: flow})
WHERE (m)-[:REPORTER]->(:Economy {id: 'china'})
  AND NOT (m)-[:REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->()
  AND m.value > national
WITH DISTINCT p, period, first, last, flow, national, m.value AS growth, m.approx AS approx
RETURN p.name AS partner, labels(p)[0] AS kind, period, flow,
       coalesce(approx + ' ', '') + fmt.amount(growth, 'percent') AS `growth y/y`,
       fmt.amount(national, 'percent') AS `China's total`,
       fmt.amount(round(growth - national, 1), 'pp') AS faster
ORDER BY first, last, CASE flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END, growth - national DESC, partner