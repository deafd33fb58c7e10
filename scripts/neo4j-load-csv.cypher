// Loads a graph folder in tradegraph's format (a `:save` folder, or Graph/) into an empty Neo4j 5 database with
// LOAD CSV: the way for graphs too large for `:export cypher`'s script. The graph it builds is the one tradegraph
// shows: labels, properties (aliases as a list, value as a float, line as an integer, start and end computed
// from period), the measurement links and the relations. Not run by the tests (no Neo4j on the build machines);
// `:export cypher` is the tested way.
//
// 1. Put one file per table into Neo4j's import folder: split tables (measurements-*.csv) concatenated, the
//    header once: `{ head -1 measurements-a.csv; tail -q -n +2 measurements-*.csv; } > import/measurements.csv`
// 2. cypher-shell -u neo4j -p PASSWORD -f scripts/neo4j-load-csv.cypher
//
// Every entity carries the helper label :TGEntity while the script runs, so that links find their entity by id
// through one index whatever its label; the last statements remove it.
CREATE CONSTRAINT tg_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tg_entity_id IF NOT EXISTS FOR (n:TGEntity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tg_measurement_id IF NOT EXISTS FOR (n:Measurement) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
CREATE (s:Source {id: row.id, kind: row.kind, title: row.title, date: row.date, language: row.language,
                  document: row.document, url: row.url});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Economy'
CREATE (:Economy:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Partner'
CREATE (:Partner:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'PartnerGroup'
CREATE (:PartnerGroup:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Region'
CREATE (:Region:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Product'
CREATE (:Product:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'EnterpriseType'
CREATE (:EnterpriseType:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Policy'
CREATE (:Policy:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Channel'
CREATE (:Channel:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Organization'
CREATE (:Organization:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Event'
CREATE (:Event:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.label = 'Person'
CREATE (:Person:TGEntity {id: row.id, name: row.name, name_zh: row.name_zh, aliases: split(row.aliases, '|'),
                  description: row.description});

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'MEMBER_OF'
MATCH (a:TGEntity {id: row.from}), (b:TGEntity {id: row.to})
CREATE (a)-[:MEMBER_OF {source: row.source, note: row.note}]->(b);

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'PART_OF'
MATCH (a:TGEntity {id: row.from}), (b:TGEntity {id: row.to})
CREATE (a)-[:PART_OF {source: row.source, note: row.note}]->(b);

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'LOCATED_IN'
MATCH (a:TGEntity {id: row.from}), (b:TGEntity {id: row.to})
CREATE (a)-[:LOCATED_IN {source: row.source, note: row.note}]->(b);

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'APPLIES_TO'
MATCH (a:TGEntity {id: row.from}), (b:TGEntity {id: row.to})
CREATE (a)-[:APPLIES_TO {source: row.source, note: row.note}]->(b);

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'CONNECTS'
MATCH (a:TGEntity {id: row.from}), (b:TGEntity {id: row.to})
CREATE (a)-[:CONNECTS {source: row.source, note: row.note}]->(b);

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'SPOKE_AT'
MATCH (a:TGEntity {id: row.from}), (b:TGEntity {id: row.to})
CREATE (a)-[:SPOKE_AT {source: row.source, note: row.note}]->(b);

// SPOKE_AT ends at a source, not an entity.
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.type = 'SPOKE_AT'
MATCH (a:TGEntity {id: row.from}), (b:Source {id: row.to})
CREATE (a)-[:SPOKE_AT {source: row.source, note: row.note}]->(b);

// Measurements: start and end are the first day of the period's first part and the last day of its last part
// (`2025-Q1` is 2025-01-01 to 2025-03-31, `2025-01/2025-10` is 2025-01-01 to 2025-10-31).
LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row
CALL {
  WITH row
  WITH row, split(row.period, '/') AS parts
  WITH row, parts[0] AS first, parts[size(parts) - 1] AS last
  CREATE (m:Measurement {id: row.id, metric: row.metric, flow: row.flow, period: row.period,
    value: toFloat(row.value), unit: row.unit, approx: row.approx, line: toInteger(row.line),
    evidence: row.evidence, note: row.note,
    start: CASE
      WHEN size(first) = 4 THEN first + '-01-01'
      WHEN first =~ '.*-[HS]1' THEN left(first, 4) + '-01-01'
      WHEN first =~ '.*-[HS]2' THEN left(first, 4) + '-07-01'
      WHEN first CONTAINS '-Q' THEN toString(date({year: toInteger(left(first, 4)), month: toInteger(right(first, 1)) * 3 - 2, day: 1}))
      WHEN size(first) = 7 THEN first + '-01'
      ELSE first END,
    end: CASE
      WHEN size(last) = 4 THEN last + '-12-31'
      WHEN last =~ '.*-[HS]1' THEN left(last, 4) + '-06-30'
      WHEN last =~ '.*-[HS]2' THEN left(last, 4) + '-12-31'
      WHEN last CONTAINS '-Q' THEN toString(date({year: toInteger(left(last, 4)), month: toInteger(right(last, 1)) * 3, day: 1})
                                            + duration({months: 1}) - duration({days: 1}))
      WHEN size(last) = 7 THEN toString(date(last + '-01') + duration({months: 1}) - duration({days: 1}))
      ELSE last END})
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (s:Source {id: row.source})
  CREATE (m)-[:SOURCE]->(s)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: coalesce(row.reporter, 'china')})
  CREATE (m)-[:REPORTER]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.partner IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.partner})
  CREATE (m)-[:PARTNER]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.region IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.region})
  CREATE (m)-[:REGION]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.product IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.product})
  CREATE (m)-[:PRODUCT]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.enterprise IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.enterprise})
  CREATE (m)-[:ENTERPRISE]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.policy IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.policy})
  CREATE (m)-[:POLICY]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.channel IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.channel})
  CREATE (m)-[:CHANNEL]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.event IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.event})
  CREATE (m)-[:EVENT]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///measurements.csv' AS row WITH row WHERE row.speaker IS NOT NULL
CALL {
  WITH row
  MATCH (m:Measurement {id: row.id}), (e:TGEntity {id: row.speaker})
  CREATE (m)-[:SPOKEN_BY]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

DROP CONSTRAINT tg_entity_id;
MATCH (n:TGEntity) CALL { WITH n REMOVE n:TGEntity } IN TRANSACTIONS OF 10000 ROWS;
