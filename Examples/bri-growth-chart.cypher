// Question: How did trade with the Belt and Road partner countries grow through 2025, beside China's trade
// as a whole, drawn as a line?
//
// Year-on-year growth of total trade as stated for the first quarter, the first half and the year (each
// period from 1 January, as the briefings count them), for the BRI partner countries and for China's
// total. `:chart line` draws both series in the terminal; `:export chart` writes the same chart as a
// gnuplot script, bri-growth.gp (`gnuplot bri-growth.gp` draws bri-growth.svg).
:chart line MATCH (:PartnerGroup {name: 'BRI partner countries'})<-[:PARTNER]-(m:Measurement {metric: 'yoy_growth', flow: 'total', unit: 'percent'}) WHERE NOT (m)-[:PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() MATCH (:Economy {name: 'China'})<-[:REPORTER]-(c:Measurement {metric: 'yoy_growth', flow: 'total', unit: 'percent'}) WHERE c.period = m.period AND NOT (c)-[:PARTNER|PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() WITH m.period AS period, m.end AS ending, max(m.value) AS bri, max(c.value) AS china ORDER BY ending RETURN period, bri AS `BRI partner countries`, china AS `China's total`, 'percent' AS unit

:export chart bri-growth.gp --type line --title "Trade growth through 2025: BRI partner countries and China's total" MATCH (:PartnerGroup {name: 'BRI partner countries'})<-[:PARTNER]-(m:Measurement {metric: 'yoy_growth', flow: 'total', unit: 'percent'}) WHERE NOT (m)-[:PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() MATCH (:Economy {name: 'China'})<-[:REPORTER]-(c:Measurement {metric: 'yoy_growth', flow: 'total', unit: 'percent'}) WHERE c.period = m.period AND NOT (c)-[:PARTNER|PRODUCT|REGION|ENTERPRISE|POLICY|CHANNEL]->() WITH m.period AS period, m.end AS ending, max(m.value) AS bri, max(c.value) AS china ORDER BY ending RETURN period, bri AS `BRI partner countries`, china AS `China's total`, 'percent' AS unit
