MATCH (person:Person)-[role:SPOKE_AT]->(s:Source)
OPTIONAL MATCH (s)<-[:SOURCE]-(m:Measurement)-[:SPOKEN_BY]->(person)
OPTIONAL MATCH (m)-[:PARTNER|REGION|PRODUCT|ENTERPRISE|POLICY|CHANNEL]->(d)
WITH s, person, role, m, collect(d.name) AS about
WITH s, person, role, count(m) AS figures, collect(DISTINCT m.line) AS lines,
     [x IN collect(DISTINCT CASE size(about) WHEN 0 THEN CASE WHEN m IS NULL THEN NULL ELSE 'national totals' END ELSE about[0] END)
      WHERE x IS NOT NULL] AS topics
RETURN s.id AS briefing, coalesce(s.date, 'undated') AS held, person.name AS speaker, role.note AS role, figures,
       size(topics) AS topics, topics[0..6] AS `first topics`
ORDER BY held, briefing, figures DESC, speaker