// Question: What does the graph know about Central Asia — what it is called in Chinese, which countries
// belong to it, what it belongs to, what connects to it, and every figure on it?
//
// The prompt's own commands answer this without a query: :search finds an entity by any name,
// English or Chinese, and :describe shows its card. The query after them lists the members' figures.
:format table

:search 中亚
:describe Central Asia

// Figures about the member countries themselves, if any.
MATCH (c:Partner)-[:MEMBER_OF]->(:PartnerGroup {name: 'Central Asia'})
OPTIONAL MATCH (c)<-[:PARTNER]-(m:Measurement)
RETURN c.name AS country, coalesce(c.name_zh, '') AS `中文`, count(m) AS figures
ORDER BY country;
