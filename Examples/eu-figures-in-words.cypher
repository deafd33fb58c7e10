// Question: What did the Q1 2025 briefing say about growth of trade with the EU — and which of those
// rates are really about the EU as a whole?
//
// A rate quoted without what else it is broken down by is the likeliest misquote: the "7.1%" next to the
// EU is private enterprises' trade with the EU, not China-EU trade. fmt.figure(m) states each figure with
// every dimension, its reporter when not China, and the qualifier of its amount; fmt.figure(m, 'zh') in
// Chinese. The national figure for comparison: trade.national(n).
:format table

MATCH (m:Measurement {metric: 'yoy_growth', period: '2025-Q1'})-[:PARTNER]->(:PartnerGroup {name: 'European Union'})
WITH m ORDER BY m.line, m.id
RETURN m.id AS id, fmt.amount(m) AS growth, fmt.figure(m) AS statement
UNION ALL
MATCH (n:Measurement {metric: 'yoy_growth', period: '2025-Q1', flow: 'total'})
WHERE trade.national(n)
RETURN n.id AS id, fmt.amount(n) AS growth, fmt.figure(n, 'zh') AS statement;
