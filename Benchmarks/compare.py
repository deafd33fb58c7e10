#!/usr/bin/env python3
"""Runs the benchmark suite on tradegraph, DuckDB, SQLite (and Kùzu) over the same graph folder in one run, checks
the answers, and prints each engine's figures and tradegraph's ratio to the best of the others.

    pip install duckdb kuzu==0.11.3
    python3 Benchmarks/compare.py --graph /tmp/g1m [--runs 20] [--engines duckdb,sqlite,kuzu] [--tradegraph PATH]
                                  [--timeout SECONDS]

SQLite is Python's own sqlite3, in memory, with the SQL below and SQLITE_INDEXES. Kùzu is not in the default
set: its table names ignore case, so the node table Partner and the relationship table PARTNER that the queries
name cannot both exist, and its load stops at the second one.

Every engine: in-process, execute + fetch all rows, median of --runs after 3 warm-ups. With --timeout, a DuckDB
or SQLite query still running after that many seconds is interrupted and reported as stopped, not timed. Kùzu runs with one
thread (with two it returns Q2 out of ORDER BY order). Kùzu needs one CSV per node and relationship table, so
the folder is first split into a temporary folder; that split is reported apart from Kùzu's load. Not part of CI.
"""
import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES = os.path.join(HERE, "..", "..", "shared", "bench", "queries")
DIMENSIONS = ["reporter", "partner", "region", "product", "enterprise", "policy", "channel", "source", "speaker"]
LINK_TYPES = {d: ("SPOKEN_BY" if d == "speaker" else d.upper()) for d in DIMENSIONS}
ENTITY_COLUMNS = ["id", "name", "name_zh", "aliases", "description"]
MEASUREMENT_COLUMNS = ["id", "metric", "flow", "period", "value", "unit", "approx", "line", "evidence", "note"]

SQL = {
    "Q1": "SELECT id FROM entities WHERE label = 'Partner' AND name = 'Partner 17'",
    "Q2": """SELECT m.flow AS flow, m.value AS value FROM measurements m JOIN entities p ON m.partner = p.id
             WHERE p.label = 'Partner' AND p.name = 'Partner 17' AND m.period = '2024-03' AND m.metric = 'value'
             ORDER BY flow, value""",
    "Q3": """SELECT p.name AS partner, sum(m.value) AS total FROM entities g
             JOIN relations r ON r."to" = g.id AND r.type = 'MEMBER_OF'
             JOIN entities p ON p.id = r."from" AND p.label = 'Partner'
             JOIN measurements m ON m.partner = p.id
             WHERE g.label = 'PartnerGroup' AND g.name = 'Group 3' AND m.metric = 'value' AND m.flow = 'export'
               AND m.period LIKE '2024%'
             GROUP BY p.name ORDER BY total DESC, partner LIMIT 10""",
    "Q4": """SELECT p.name AS product, max(m.value) AS value FROM measurements m JOIN entities p ON m.product = p.id
             WHERE p.label = 'Product' AND m.metric = 'yoy_growth' AND m.period = '2025-Q1'
             GROUP BY p.name ORDER BY value DESC, product LIMIT 10""",
    "Q5": """WITH RECURSIVE up(node, depth) AS (
               SELECT r."from", 1 FROM relations r JOIN entities s ON r."to" = s.id
               WHERE r.type = 'PART_OF' AND s.label = 'Product' AND s.name = 'Section 2'
               UNION ALL SELECT r."from", up.depth + 1 FROM relations r JOIN up ON r."to" = up.node
               WHERE r.type = 'PART_OF' AND up.depth < 3)
             SELECT count(DISTINCT up.node) FROM up JOIN entities leaf ON leaf.id = up.node AND leaf.label = 'Product'
             WHERE NOT EXISTS (SELECT 1 FROM relations c JOIN entities ce ON ce.id = c."from" AND ce.label = 'Product'
                               WHERE c.type = 'PART_OF' AND c."to" = up.node)""",
    "Q6": """SELECT period, sum(value) AS total FROM measurements WHERE metric = 'value' AND flow = 'total'
             GROUP BY period ORDER BY period""",
    "Q7": """WITH p AS (SELECT id FROM entities WHERE label = 'Partner' AND name = 'Partner 17'),
             one AS (SELECT e.b AS n FROM edges e JOIN p ON e.a = p.id),
             two AS (SELECT n FROM one UNION SELECT e.b FROM edges e JOIN one ON e.a = one.n)
             SELECT count(DISTINCT n) FROM two WHERE n <> (SELECT id FROM p)""",
    "Q8": """WITH RECURSIVE under(node, depth) AS (
               SELECT r."from", 1 FROM relations r JOIN entities s ON r."to" = s.id
               WHERE r.type = 'PART_OF' AND s.label = 'Product' AND s.name = 'Section 2'
               UNION ALL SELECT r."from", under.depth + 1 FROM relations r JOIN under ON r."to" = under.node
               WHERE r.type = 'PART_OF' AND under.depth < 3)
             SELECT count(DISTINCT m.id) FROM entities g
             JOIN relations r ON r."to" = g.id AND r.type = 'MEMBER_OF'
             JOIN entities p ON p.id = r."from" AND p.label = 'Partner'
             JOIN measurements m ON m.partner = p.id
             JOIN entities pr ON pr.id = m.product AND pr.label = 'Product'
             WHERE g.label = 'PartnerGroup' AND g.name = 'Group 3' AND m.product IN (SELECT node FROM under)""",
}


def timed(run, runs, interrupt=None, timeout=None):
    """The query's figures; with a timeout, a run that takes longer is interrupted and the query reported as stopped."""
    samples = []
    for number in range(3 + runs):
        fired = threading.Event()
        timer = threading.Timer(timeout, lambda: (fired.set(), interrupt())) if timeout and interrupt else None
        if timer:
            timer.start()
        start = time.perf_counter()
        try:
            rows = run()
        except Exception as error:  # the engine's own error for an interrupted query
            if not fired.is_set():
                raise
            return {"median_ms": None, "stopped_after_s": timeout, "rows": None, "first": None, "error": str(error)}
        finally:
            if timer:
                timer.cancel()
        if number >= 3:
            samples.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(samples), "min_ms": min(samples), "max_ms": max(samples),
            "rows": len(rows), "first": None if not rows else str(rows[0][0])}


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read(folder, kind):
    with open(os.path.join(folder, kind + ".csv"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def stream(folder, kind):
    """The file's column names and its rows, read as they are inserted (ten million dicts would not fit)."""
    f = open(os.path.join(folder, kind + ".csv"), newline="", encoding="utf-8")
    rows = csv.reader(f)
    return next(rows), rows


def run_duckdb(folder, queries, runs, timeout=None):
    import duckdb
    start = time.perf_counter()
    con = duckdb.connect()
    for kind in ["entities", "relations", "measurements"]:
        con.execute(f"CREATE TABLE {kind} AS SELECT * FROM read_csv('{folder}/{kind}.csv', header = true, all_varchar = true)")
    con.execute("ALTER TABLE measurements ALTER value TYPE DOUBLE")
    con.execute("UPDATE measurements SET reporter = 'china' WHERE reporter IS NULL")
    present = {row[0] for row in con.execute("DESCRIBE measurements").fetchall()}
    links = " UNION ALL ".join(f"SELECT id AS a, {d} AS b FROM measurements WHERE {d} IS NOT NULL"
                               for d in DIMENSIONS if d in present)
    con.execute(f"""CREATE TABLE edges AS
        WITH directed AS (SELECT "from" AS a, "to" AS b FROM relations UNION ALL {links})
        SELECT a, b FROM directed UNION ALL SELECT b, a FROM directed""")
    load = time.perf_counter() - start
    results = {name: timed(lambda: con.execute(SQL[name]).fetchall(), runs, con.interrupt, timeout) for name in queries}
    return {"load_s": load, "peak_mib": peak_mib(), "queries": results}


# The indexes SQLite gets: what its planner needs for each query's selective side (12, as in the bench README).
SQLITE_INDEXES = ["entities(id)", "entities(label, name)", "relations(\"to\", type)", "relations(\"from\", type)",
                  "measurements(partner)", "measurements(product)", "measurements(period, metric)",
                  "measurements(metric, flow)", "measurements(id)", "edges(a)", "edges(b)", "relations(type)"]


def run_sqlite(folder, queries, runs, timeout=None):
    import sqlite3
    start = time.perf_counter()
    con = sqlite3.connect(":memory:", check_same_thread=False)
    for kind in ["entities", "relations", "measurements"]:
        columns, rows = stream(folder, kind)
        value = columns.index("value") if "value" in columns else -1
        con.execute(f"CREATE TABLE {kind} (" + ", ".join(f'"{c}" {"REAL" if c == "value" else "TEXT"}' for c in columns) + ")")
        con.executemany(f"INSERT INTO {kind} VALUES (" + ", ".join("?" for _ in columns) + ")",
                        ([None if cell == "" else (float(cell) if i == value else cell) for i, cell in enumerate(row)] for row in rows))
    con.execute("UPDATE measurements SET reporter = 'china' WHERE reporter IS NULL")
    present = {row[1] for row in con.execute("PRAGMA table_info(measurements)")}
    links = " UNION ALL ".join(f"SELECT id AS a, {d} AS b FROM measurements WHERE {d} IS NOT NULL"
                               for d in DIMENSIONS if d in present)
    con.execute(f"""CREATE TABLE edges AS
        WITH directed AS (SELECT "from" AS a, "to" AS b FROM relations UNION ALL {links})
        SELECT a, b FROM directed UNION ALL SELECT b, a FROM directed""")
    for number, index in enumerate(SQLITE_INDEXES):
        con.execute(f"CREATE INDEX i{number} ON {index}")
    con.execute("ANALYZE")
    load = time.perf_counter() - start
    results = {name: timed(lambda: con.execute(SQL[name]).fetchall(), runs, con.interrupt, timeout) for name in queries}
    return {"load_s": load, "peak_mib": peak_mib(), "queries": results}


def split_for_kuzu(folder, out):
    """One CSV per node label and per (relationship type, from label, to label)."""
    entities, relations, measurements = read(folder, "entities"), read(folder, "relations"), read(folder, "measurements")
    label = {row["id"]: row["label"] for row in entities}
    label.update({row["id"]: "Source" for row in read(folder, "sources")})
    nodes, edges = {}, {}
    for row in entities:
        nodes.setdefault(row["label"], []).append([row[c] for c in ENTITY_COLUMNS])
    for row in read(folder, "sources"):
        nodes.setdefault("Source", []).append([row["id"], row.get("title", ""), "", "", ""])
    for row in measurements:
        nodes.setdefault("Measurement", []).append([row[c] for c in MEASUREMENT_COLUMNS])
        for d in DIMENSIONS:
            target = row.get(d) or ("china" if d == "reporter" else "")
            if target:
                edges.setdefault((LINK_TYPES[d], "Measurement", label[target]), []).append([row["id"], target])
    for row in relations:
        edges.setdefault((row["type"], label[row["from"]], label[row["to"]]), []).append([row["from"], row["to"]])
    for name, rows in nodes.items():
        with open(os.path.join(out, f"node-{name}.csv"), "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
    for (kind, source, target), rows in edges.items():
        with open(os.path.join(out, f"rel-{kind}-{source}-{target}.csv"), "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
    return sorted(nodes), sorted(edges)


def run_kuzu(folder, queries, runs):
    import kuzu
    work = tempfile.mkdtemp(prefix="kuzu-bench-")
    start = time.perf_counter()
    labels, edges = split_for_kuzu(folder, work)
    split = time.perf_counter() - start
    start = time.perf_counter()
    db = kuzu.Database(os.path.join(work, "db"))
    con = kuzu.Connection(db, num_threads=1)
    for name in labels:
        if name == "Measurement":
            con.execute("CREATE NODE TABLE Measurement(id STRING PRIMARY KEY, metric STRING, flow STRING, period STRING, "
                        "value DOUBLE, unit STRING, approx STRING, line STRING, evidence STRING, note STRING)")
        else:
            con.execute(f"CREATE NODE TABLE {name}(id STRING PRIMARY KEY, name STRING, name_zh STRING, aliases STRING, "
                        "description STRING)")
        con.execute(f"COPY {name} FROM '{work}/node-{name}.csv' (header = false)")
    by_type = {}
    for kind, source, target in edges:
        by_type.setdefault(kind, []).append((source, target))
    for kind, pairs in by_type.items():
        con.execute(f"CREATE REL TABLE {kind}(" + ", ".join(f"FROM {s} TO {t}" for s, t in pairs) + ")")
        for source, target in pairs:
            option = f", from = '{source}', to = '{target}'" if len(pairs) > 1 else ""
            con.execute(f"COPY {kind} FROM '{work}/rel-{kind}-{source}-{target}.csv' (header = false{option})")
    load = time.perf_counter() - start

    def run(text):
        result = con.execute(text)
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return rows

    results = {name: timed(lambda: run(queries[name]), runs) for name in queries}
    return {"load_s": load, "split_s": split, "peak_mib": peak_mib(), "queries": results}


def run_tradegraph(binary, folder, runs):
    # --no-cache: the load timed is the CSV folder's, as the other engines load it, not the snapshot's.
    output = subprocess.run([binary, "bench", "--graph", folder, "--no-cache", "--queries", QUERIES, "--runs", str(runs),
                             "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def cell(figures):
    """A query's median in ms, or how long it ran before it was stopped."""
    if figures["median_ms"] is None:
        return f"stopped > {figures['stopped_after_s']:g} s"
    return f"{figures['median_ms']:.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--tradegraph", default=os.path.join(HERE, "..", ".build-perf", "release", "tradegraph"))
    parser.add_argument("--engines", default="duckdb,sqlite")
    parser.add_argument("--timeout", type=float, help="seconds after which a DuckDB or SQLite query is stopped")
    parser.add_argument("--only", choices=["kuzu", "duckdb", "sqlite"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = os.path.abspath(args.graph)
    names = sorted(f[:-7] for f in os.listdir(QUERIES) if f.endswith(".cypher"))
    cypher = {n: open(os.path.join(QUERIES, n + ".cypher"), encoding="utf-8").read() for n in names}

    if args.only:
        runners = {"kuzu": lambda: run_kuzu(folder, cypher, args.runs),
                   "duckdb": lambda: run_duckdb(folder, names, args.runs, args.timeout),
                   "sqlite": lambda: run_sqlite(folder, names, args.runs, args.timeout)}
        result = runners[args.only]()
        print(json.dumps(result))
        return
    results = {"tradegraph": run_tradegraph(args.tradegraph, folder, args.runs)}
    # Each engine in its own process, so that one's memory is not counted in another's peak.
    for engine in filter(None, args.engines.split(",")):
        timeout = ["--timeout", str(args.timeout)] if args.timeout else []
        output = subprocess.run([sys.executable, __file__, "--graph", folder, "--runs", str(args.runs), "--only", engine] + timeout,
                                check=True, capture_output=True, text=True).stdout
        results[engine] = json.loads(output)

    print(f"graph {folder}, {time.strftime('%Y-%m-%d')}, median of {args.runs} runs after 3 warm-ups (ms)\n")
    header = "| engine | load s | peak MiB | " + " | ".join(names) + " |"
    print(header)
    print("| --- " * (3 + len(names)) + "|")
    for engine, result in results.items():
        cells = [cell(result["queries"][n]) for n in names]
        print(f"| {engine} | {result['load_s']:.2f} | {result['peak_mib']:.0f} | " + " | ".join(cells) + " |")
    others = [e for e in results if e != "tradegraph"]
    if others:
        ratios = []
        for n in names:
            finished = [results[e]["queries"][n]["median_ms"] for e in others if results[e]["queries"][n]["median_ms"] is not None]
            ratios.append(f"{results['tradegraph']['queries'][n]['median_ms'] / min(finished):.2f}" if finished else "–")
        best_load = min(results[e]["load_s"] for e in others)
        print(f"| tradegraph ÷ best other | {results['tradegraph']['load_s'] / best_load:.2f} | | " + " | ".join(ratios) + " |")
    print("\nanswers (rows, first cell):")
    for n in names:
        answers = {e: (r["queries"][n]["rows"], r["queries"][n]["first"]) for e, r in results.items()}
        agree = len({(rows, str(first).rstrip("0").rstrip(".") if first else first)
                     for rows, first in answers.values() if rows is not None}) == 1
        print(f"  {n}: " + ", ".join(f"{e} {a[0]} {a[1]}" for e, a in answers.items()) + ("" if agree else "  <-- differ"))


if __name__ == "__main__":
    main()
