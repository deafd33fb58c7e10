MATCH (m:Measurement)
WHERE m.metric = 'value' AND m.flow = 'total'
RETURN m.period AS period, sum(m.value) AS total
ORDER BY period