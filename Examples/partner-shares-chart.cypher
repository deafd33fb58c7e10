// Question: Which partner groups carry the largest shares of China's trade in 2025, drawn as bars?
//
// Each group's 2025 trade in yuan as a share of China's total for the year (both as the documents state
// them; the share is computed here, so it may differ in the last digit from a share a document states).
// Groups overlap (the EU is part of Europe, ASEAN of the neighbouring countries), so the bars do not add
// up to 100%. `:chart` draws the bars in the terminal; `:export chart` writes the same chart as a gnuplot
// script, partner-shares.gp, in the current folder: `gnuplot partner-shares.gp` draws partner-shares.svg,
// and `:export chart partner-shares.png ...` draws the picture directly.
:chart bar MATCH (:Economy {name: 'China'})<-[:REPORTER]-(t:Measurement {metric: 'value', flow: 'total', period: '2025', unit: 'CNY'}) WHERE NOT (t)-[:PARTNER|PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() WITH max(t.value) AS total MATCH (g:PartnerGroup)<-[:PARTNER]-(m:Measurement {metric: 'value', flow: 'total', period: '2025', unit: 'CNY'}) WHERE NOT (m)-[:PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() WITH g, max(m.value) AS value, total RETURN g.name_zh + ' ' + g.name AS `partner group`, round(1000.0 * value / total) / 10 AS `share of China's trade`, 'percent' AS unit ORDER BY `share of China's trade` DESC LIMIT 8

:export chart partner-shares.gp --title "Shares of China's trade in 2025 (computed from stated values)" MATCH (:Economy {name: 'China'})<-[:REPORTER]-(t:Measurement {metric: 'value', flow: 'total', period: '2025', unit: 'CNY'}) WHERE NOT (t)-[:PARTNER|PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() WITH max(t.value) AS total MATCH (g:PartnerGroup)<-[:PARTNER]-(m:Measurement {metric: 'value', flow: 'total', period: '2025', unit: 'CNY'}) WHERE NOT (m)-[:PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() WITH g, max(m.value) AS value, total RETURN g.name_zh + ' ' + g.name AS `partner group`, round(1000.0 * value / total) / 10 AS `share of China's trade`, 'percent' AS unit ORDER BY `share of China's trade` DESC LIMIT 8
