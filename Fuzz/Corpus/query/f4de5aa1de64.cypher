UNWIND ['major-foreign-trade-provinces', 'border-provinces', 'central-and-western-regions',
        'yangtze-river-delta', 'greater-bay-area', 'xiongan', 'hainan'] AS regionId
MATCH (area:Region {id: regionId})
MATCH (r:Region)-[:PART_OF*0..2]->(area)
MATCH (r)<-[:REGION]-(m:Measurement)-[:REPORTER]->(:Economy {id: 'china'})
WHERE m.flow IS NOT NULL
  AND m.metric IN ['value', 'yoy_growth', 'share', 'share_change', 'growth_change', 'contribution']
  AND NOT (m)-[:PRODUCT|CHANNEL|ENTERPRISE]->()
WITH regionId, area, collect({r: r, m: m}) AS found
WITH regionId, area, CASE WHEN any(f IN found WHERE f.r = area) THEN [f IN found WHERE f.r = area] ELSE found END AS found
UNWIND found AS f
WITH regionId, area, f.r AS r, f.m AS m
OPTIONAL MATCH (m)-[:PARTNER|POLICY]->(w)
WITH regionId, area, r, m, collect(w.name) AS restrictedTo
WITH DISTINCT area.name AS area, CASE WHEN r = area THEN '' ELSE r.name END AS part,
     m.period AS period, m.start AS first, m.end AS last, m.flow AS flow, m.metric AS metric,
     coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure, m.approx AS approx,
     CASE size(restrictedTo) WHEN 0 THEN '' ELSE restrictedTo[0] END AS restriction,
     CASE regionId WHEN 'major-foreign-trade-provinces' THEN 1 WHEN 'border-provinces' THEN 2
       WHEN 'central-and-western-regions' THEN 3 WHEN 'yangtze-river-delta' THEN 4
       WHEN 'greater-bay-area' THEN 5 WHEN 'xiongan' THEN 6 ELSE 7 END AS areaOrder
RETURN area, part, period, flow, metric, figure, restriction AS `with`
ORDER BY areaOrder, first, last, restriction,
         CASE metric WHEN 'value' THEN 1 WHEN 'yoy_growth' THEN 2 WHEN 'share' THEN 3 ELSE 4 END,
         approx, CASE flow WHEN 'total' THEN 1 WHEN 'export' THEN 2 ELSE 3 END