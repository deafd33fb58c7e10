MATCH (:Person {name: $speaker})<-[:SPOKEN_BY]-(m:Measurement)-[:SOURCE]->(:Source {id: $briefing})
RETURN m.line AS line, m.metric AS metric, coalesce(m.flow, '') AS flow, m.period AS period,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure, m.evidence AS evidence
ORDER BY line, m.id