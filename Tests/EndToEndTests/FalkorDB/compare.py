"""Loads a script written by tradegraph's `:export cypher` into an embedded FalkorDB (falkordblite) and runs
each case of a cases file there, comparing FalkorDB's answer with the answer tradegraph gave.

usage: python3.12 compare.py EXPORT.cypher CASES.json
CASES.json: [{"name", "statement", "params", "ordered", "answer": {"columns", "rows"}}]
Prints one line per case; exits 1 when a statement fails to load or any answer differs. A column that
order-dependent.json (beside this file) lists for an example is compared by its lists' lengths only, for the
reason written there.
"""
import json
import math
import os
import sys
import tempfile

from redislite.falkordb_client import FalkorDB


def statements(script):
    """The statements of an export script: every non-comment line ends one with `;`."""
    return [line.rstrip().rstrip(";") for line in script.splitlines() if line.strip() and not line.startswith("//")]


def same(left, right):
    """Equal as openCypher values: numbers by value (an integer 2 equals a float 2.0), lists item by item."""
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return math.isclose(left, right, rel_tol=1e-12, abs_tol=1e-12)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(same(a, b) for a, b in zip(left, right))
    return left == right


def masked(rows, columns, loose):
    """The rows with each loosely compared column replaced by its list's length."""
    indexes = [columns.index(name) for name in loose if name in columns]
    return [[len(cell) if i in indexes and isinstance(cell, list) else cell for i, cell in enumerate(row)] for row in rows]


def rows_match(expected, actual, ordered):
    if len(expected) != len(actual):
        return False
    if ordered:
        return all(same(a, b) for a, b in zip(expected, actual))
    remaining = list(actual)
    for row in expected:
        match = next((i for i, other in enumerate(remaining) if same(row, other)), None)
        if match is None:
            return False
        remaining.pop(match)
    return True


def main():
    export, cases_file = sys.argv[1], sys.argv[2]
    with open(export, encoding="utf-8") as handle:
        script = handle.read()
    with open(cases_file, encoding="utf-8") as handle:
        cases = json.load(handle)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "order-dependent.json"), encoding="utf-8") as handle:
        order_dependent = json.load(handle)
    folder = tempfile.mkdtemp(prefix="tradegraph-falkordb-")
    database = FalkorDB(folder + "/graph.db")
    graph = database.select_graph("tradegraph")
    for number, statement in enumerate(statements(script), 1):
        try:
            graph.query(statement)
        except Exception as error:  # the engine's own message is the report
            print(f"LOAD FAILED at statement {number}: {error}\n{statement[:300]}")
            return 1
    counts = graph.query("MATCH (n) RETURN count(n)").result_set[0][0], \
        graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    print(f"loaded {counts[0]} nodes and {counts[1]} relationships")
    failures = 0
    for case in cases:
        try:
            result = graph.query(case["statement"], params=case["params"] or None)
        except Exception as error:
            print(f"FAILED {case['name']}: FalkorDB refused it: {error}")
            failures += 1
            continue
        columns = [column[1] for column in result.header]
        rows = [list(row) for row in result.result_set]
        answer = case["answer"]
        loose = order_dependent.get(case["name"].split(":")[0], {})
        expected, actual = masked(answer["rows"], columns, loose), masked(rows, columns, loose)
        if columns != answer["columns"] or not rows_match(expected, actual, case["ordered"]):
            print(f"DIFFERS {case['name']}:\n  tradegraph {answer['columns']} {answer['rows'][:5]}\n"
                  f"  falkordb   {columns} {rows[:5]}")
            failures += 1
        else:
            print(f"same {case['name']}: {len(rows)} rows")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
