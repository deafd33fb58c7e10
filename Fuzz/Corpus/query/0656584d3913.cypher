MATCH (p:PartnerGroup {name: 'ASEAN'})<-[:PARTNER]-(m:Measurement)
RETURN m.period AS period, m.metric AS metric, m.value AS value
ORDER BY period, metric, value