// Question: At each briefing, which speaker stated which figures?
//
// Every figure links to the person who stated it (SPOKEN_BY) and to its source; the briefing's
// participants are those who SPOKE_AT it. For each briefing and speaker: the number of figures, the
// source lines they were stated on, and what they were about (the dimensions the figures are broken
// down by). A participant who stated no figure is listed with 0.
:format table

MATCH (person:Person)-[role:SPOKE_AT]->(s:Source)
OPTIONAL MATCH (s)<-[:SOURCE]-(m:Measurement)-[:SPOKEN_BY]->(person)
OPTIONAL MATCH (m)-[link:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL|EVENT]->(d)
// In the order the figures were said, each figure's dimensions in column order, so that "first topics" is
// the same in every engine (collect keeps the order of the rows it is given).
WITH s, person, role, m, d,
     CASE type(link) WHEN 'PARTNER' THEN 1 WHEN 'REGION' THEN 2 WHEN 'PRODUCT' THEN 3 WHEN 'ENTERPRISE' THEN 4
                     WHEN 'POLICY' THEN 5 WHEN 'CHANNEL' THEN 6 ELSE 7 END AS column
ORDER BY m.line, m.id, column
WITH s, person, role, m, collect(d.name) AS about
ORDER BY m.line, m.id
WITH s, person, role, count(m) AS figures, collect(DISTINCT m.line) AS lines,
     [x IN collect(DISTINCT CASE size(about) WHEN 0 THEN CASE WHEN m IS NULL THEN NULL ELSE 'national totals' END ELSE about[0] END)
      WHERE x IS NOT NULL] AS topics
RETURN s.id AS briefing, coalesce(s.date, 'undated') AS held, person.name AS speaker, role.note AS role, figures,
       size(topics) AS topics, topics[0..6] AS `first topics`
ORDER BY held, briefing, figures DESC, speaker;

// The figures of one speaker at one briefing, in the order they were said: set the parameters and run.
:param speaker => 'Wang Lingjun'
:param briefing => 'h1-2025'
MATCH (:Person {name: $speaker})<-[:SPOKEN_BY]-(m:Measurement)-[:SOURCE]->(:Source {id: $briefing})
RETURN m.line AS line, m.metric AS metric, coalesce(m.flow, '') AS flow, m.period AS period,
       coalesce(m.approx + ' ', '') + fmt.amount(m.value, m.unit) AS figure, m.evidence AS evidence
ORDER BY line, m.id;
