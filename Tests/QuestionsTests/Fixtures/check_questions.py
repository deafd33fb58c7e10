#!/usr/bin/env python3
"""Validate questions.tsv, the evaluation set of `tradegraph ask`, against a graph folder.

Why: the set is only worth something if every expected id exists, the set is spread over the
documents, metrics, entity kinds and period kinds of the graph, and no question is an evidence
sentence copied verbatim. This script checks all of that and prints the coverage table.

Usage:  python3 check_questions.py [--graph DIR] [--tsv FILE]
Exit status 0 when the file passes, 1 when a check fails (each failure is printed with its row).
"""
import argparse
import csv
import glob
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "language", "question", "expected", "note"]
NO_ANSWER = "-"
DIMENSIONS = ["partner", "region", "product", "enterprise", "policy", "channel", "event"]
CJK = re.compile(r"[\u3400-\u9fff]")
RELATIVE = re.compile(r"\b(last|this|previous) year\b|去年|今年|上一年", re.I)

# Targets the set must meet (the brief: at least 240 questions, about 60% English,
# about 15 without an answer, about 10 on other statisticians' figures).
MIN_QUESTIONS = 240
ENGLISH_SHARE = (0.55, 0.65)
NO_ANSWER_RANGE = (12, 20)
MIN_OTHER_REPORTERS = 10
PERIOD_KINDS = ["year", "quarter", "half", "month", "day", "first three quarters",
                "January to month", "month span", "quarter span", "multi-year span",
                "five-year plan", "since launch"]
EVIDENCE_RUN_WORDS = 6   # an English question may not share 6 consecutive words with its evidence
EVIDENCE_RUN_CHARS = 12  # a Chinese question may not share 12 consecutive characters


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_graph(graph):
    measurements = {}
    for path in sorted(glob.glob(os.path.join(graph, "measurements*.csv"))):
        for row in read_csv(path):
            measurements[row["id"]] = row
    entities = {row["id"]: row for path in sorted(glob.glob(os.path.join(graph, "entities*.csv")))
                for row in read_csv(path)}
    sources = [row["id"] for row in read_csv(os.path.join(graph, "sources.csv"))]
    return measurements, entities, sources


def period_kind(period, note):
    """Names the kind of a canonical period, the way a user would ask for it."""
    if "/" not in period:
        for kind, pattern in [("year", r"\d{4}"), ("quarter", r"\d{4}-Q\d"), ("half", r"\d{4}-H\d"),
                              ("month", r"\d{4}-\d\d"), ("day", r"\d{4}-\d\d-\d\d")]:
            if re.fullmatch(pattern, period):
                return kind
        return "other"
    start, end = period.split("/")
    if re.fullmatch(r"\d{4}-\d\d-\d\d", start) or "launch" in note:
        return "since launch"
    if re.fullmatch(r"\d{4}", start):
        first, last = int(start), int(end)
        return "five-year plan" if last - first == 4 and first % 5 == 1 else "multi-year span"
    if "Q" in start:
        return "quarter span"
    if start.endswith("-01") and end[:4] == start[:4]:
        return "first three quarters" if end.endswith("-09") else "January to month"
    return "month span"


def dimension_labels(row, entities):
    """Labels of the entities a figure is broken down by or reported by; the national total when
    the figure is China's own and has no dimension."""
    columns = DIMENSIONS + ["reporter"]
    labels = {entities[row[column]]["label"] for column in columns if row.get(column)}
    return labels or {"(national total)"}


def gazetteer(entities):
    """Every name, Chinese name and alias of at least three characters, with its entity's label."""
    names = []
    for entity in entities.values():
        if entity["label"] in ("Person",):
            continue
        forms = [entity["name"], entity.get("name_zh", "")] + entity.get("aliases", "").split("|")
        for form in forms:
            form = form.strip().strip("“”")
            if len(form) >= 3 or (CJK.search(form) and len(form) >= 2):
                names.append((form, entity["label"]))
    return names


def named_labels(question, names):
    found = set()
    lowered = question.lower()
    for form, label in names:
        if CJK.search(form):
            if form in question:
                found.add(label)
        elif re.search(r"(?<![a-z0-9])" + re.escape(form.lower()) + r"(?![a-z0-9])", lowered):
            found.add(label)
    return found


def copied_run(question, evidence, language):
    """The longest run the question shares with the evidence, when it is long enough to be a copy."""
    if language == "zh":
        for start in range(len(question) - EVIDENCE_RUN_CHARS + 1):
            run = question[start:start + EVIDENCE_RUN_CHARS]
            if run in evidence:
                return run
        return None
    words = re.findall(r"[\w.%,'-]+", question.lower())
    text = " ".join(re.findall(r"[\w.%,'-]+", evidence.lower()))
    for start in range(len(words) - EVIDENCE_RUN_WORDS + 1):
        run = " ".join(words[start:start + EVIDENCE_RUN_WORDS])
        if f" {run} " in f" {text} ":
            return run
    return None


class Report:
    def __init__(self):
        self.errors = []

    def fail(self, where, message):
        self.errors.append(f"{where}: {message}")


def check_rows(rows, header, measurements, report, tsv, prefix):
    if header != HEADER:
        report.fail(f"{tsv}:1", f"header is {header}, expected {HEADER}")
    seen_questions = {}
    for number, row in enumerate(rows, start=1):
        where = f"{tsv}:{number + 1}"
        if len(row) != len(HEADER):
            report.fail(where, f"{len(row)} columns, expected {len(HEADER)}")
            continue
        qid, language, question, expected, _ = row
        if qid != f"{prefix}{number:03d}":
            report.fail(where, f"id '{qid}', expected {prefix}{number:03d}")
        if language not in ("en", "zh"):
            report.fail(where, f"language '{language}' is neither en nor zh")
        if language == "zh" and not CJK.search(question):
            report.fail(where, "zh question has no Chinese characters")
        if language == "en" and CJK.search(question):
            report.fail(where, "en question contains Chinese characters")
        if question in seen_questions:
            report.fail(where, f"same question as {seen_questions[question]}")
        seen_questions[question] = qid
        if expected == NO_ANSWER:
            continue
        ids = expected.split("|")
        if len(set(ids)) != len(ids):
            report.fail(where, f"an id is repeated in '{expected}'")
        for mid in ids:
            if mid not in measurements:
                report.fail(where, f"unknown measurement id '{mid}'")
                continue
            run = copied_run(question, measurements[mid]["evidence"], language)
            if run:
                report.fail(where, f"question copies the evidence of {mid}: '{run}'")


def coverage(rows, measurements, entities, sources):
    tables = defaultdict(Counter)
    names = gazetteer(entities)
    for _, language, question, expected, _ in rows:
        tables["language"][language] += 1
        if RELATIVE.search(question):
            tables["wording"]["relative period (last year, 去年 ...)"] += 1
        for label in named_labels(question, names):
            tables["named in question"][label] += 1
        if expected == NO_ANSWER:
            tables["answer"]["no answer (-)"] += 1
            continue
        expected_rows = [measurements[m] for m in expected.split("|") if m in measurements]
        tables["answer"]["answered"] += 1
        if len(expected_rows) > 1:
            tables["answer"]["several equally correct rows"] += 1
        if any(row["reporter"] and row["reporter"] != "china" for row in expected_rows):
            tables["answer"]["figure reported by others"] += 1
        for key, values in [
            ("document", {row["source"] for row in expected_rows}),
            ("metric", {row["metric"] for row in expected_rows}),
            ("label", set().union(*(dimension_labels(row, entities) for row in expected_rows))),
            ("period kind", {period_kind(row["period"], row["note"]) for row in expected_rows}),
        ]:
            for value in values:
                tables[key][value] += 1
        tables["language answered"][language] += 1
    graph_values = {
        "document": set(sources),
        "metric": {row["metric"] for row in measurements.values()},
        "label": set().union(*(dimension_labels(row, entities) for row in measurements.values())),
        "period kind": set(PERIOD_KINDS),
    }
    return tables, graph_values


def check_coverage(tables, graph_values, total, report):
    if total < MIN_QUESTIONS:
        report.fail("coverage", f"{total} questions, at least {MIN_QUESTIONS} wanted")
    english = tables["language"]["en"] / max(total, 1)
    if not ENGLISH_SHARE[0] <= english <= ENGLISH_SHARE[1]:
        report.fail("coverage", f"English share {english:.0%} outside {ENGLISH_SHARE}")
    unanswered = tables["answer"]["no answer (-)"]
    if not NO_ANSWER_RANGE[0] <= unanswered <= NO_ANSWER_RANGE[1]:
        report.fail("coverage", f"{unanswered} questions without an answer, wanted {NO_ANSWER_RANGE}")
    if tables["answer"]["figure reported by others"] < MIN_OTHER_REPORTERS:
        report.fail("coverage", f"fewer than {MIN_OTHER_REPORTERS} questions on others' statistics")
    for key, wanted in graph_values.items():
        missing = sorted(wanted - set(tables[key]))
        if missing:
            report.fail("coverage", f"no question covers {key} {', '.join(missing)}")
    if "Event" not in tables["named in question"]:
        report.fail("coverage", "no question names an Event")


def print_tables(tables, graph_values, total):
    print(f"{total} questions")
    order = ["language", "answer", "wording", "document", "metric", "label", "named in question",
             "period kind"]
    for key in order:
        counts = tables[key]
        keys = sorted(set(counts) | graph_values.get(key, set()), key=lambda k: (-counts[k], k))
        print(f"\n| {key} | questions |\n| --- | ---: |")
        for value in keys:
            print(f"| {value} | {counts[value]} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default=os.path.join(HERE, "..", "..", "..", "Graph"))
    parser.add_argument("--tsv", default=os.path.join(HERE, "questions.tsv"))
    parser.add_argument("--prefix", default="q", help="letter of the ids: q for questions.tsv, h for the held-out set")
    parser.add_argument("--rows-only", action="store_true",
                        help="check the rows only, not the coverage targets of the main set (the held-out set is smaller)")
    args = parser.parse_args()
    measurements, entities, sources = load_graph(args.graph)
    with open(args.tsv, encoding="utf-8", newline="") as handle:
        table = [line.rstrip("\r\n").split("\t") for line in handle if line.strip()]
    header, rows = table[0], table[1:]
    report = Report()
    check_rows(rows, header, measurements, report, os.path.basename(args.tsv), args.prefix)
    well_formed = [row for row in rows if len(row) == len(HEADER)]
    tables, graph_values = coverage(well_formed, measurements, entities, sources)
    if not args.rows_only:
        check_coverage(tables, graph_values, len(rows), report)
    print_tables(tables, graph_values, len(rows))
    for error in report.errors:
        print(error, file=sys.stderr)
    print(f"\n{len(report.errors)} problem(s)", file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
