#!/usr/bin/env python3
"""Where a draft of a seed document differs from the hand-built graph, row by row.

Drafts each document of ../shared/seeds with the built binary and, for every graph figure of the
document, says whether the draft has it (same value, unit, period, flow and dimensions, as the
evaluation test counts) or what differs in the nearest drafted row of the same line; then lists the
drafted rows that match no graph figure. A review aid for the extractor, not a test:

    swift build --product tradegraph
    python3 scripts/extract-misses.py [--binary .build/debug/tradegraph] [--only 004] [--out DIR]
    python3 scripts/extract-misses.py --doc ARTICLE.txt --gold ARTICLE.csv --date 2026-01-15 --language zh

The second form scores a document that is not a seed against its own hand-labelled figures (a held-out
document: Tests/ExtractionTests/Fixtures/heldout/).
"""
import argparse, csv, glob, os, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")
DOCS = [  # file prefix, graph sources, date, language ("zh-only": the Chinese paragraphs of a bilingual file)
    ("000", {"fy2025-zh-en", "fy2025-en"}, "2026-01-14", "zh+en"),
    ("000", {"fy2025-zh-en", "fy2025-en"}, "2026-01-14", "zh-only"),
    ("001", {"fy2025-en"}, "2026-01-14", "en"),
    ("002", {"recap-2025"}, None, "zh"),
    ("003", {"h1-2025"}, "2025-07-14", "en"),
    ("004", {"q1-2025"}, "2025-04-14", "en"),
]
DIMS = ["partner", "region", "product", "enterprise", "policy", "channel"]
FIELDS = ["value", "unit", "period", "flow"] + DIMS


def key(row):
    value = float(row["value"]) if row["value"] else float("nan")
    return tuple([float("%.9g" % value), row["unit"], row["period"], row["flow"]] + [row[d] for d in DIMS])


def rows(pattern):
    out = []
    for path in sorted(glob.glob(pattern)):
        with open(path, newline="", encoding="utf-8") as f:
            out += list(csv.DictReader(f))
    return out


def diff(gold, drafted):
    """The fields (other than value and unit, which are equal) in which a drafted row differs."""
    return ", ".join(f"{f}: {drafted[f] or '-'} (graph {gold[f] or '-'})" for f in FIELDS[2:] if gold[f] != drafted[f])


def chinese_paragraphs(path):
    """A copy of a bilingual file with its English lines blank, so that line numbers stay."""
    copy = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            han = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
            copy.write((line if han > len(line) * 0.2 else "") + "\n")
    copy.close()
    return copy.name


def draft(binary, document, language, date, source):
    """The rows `tradegraph extract` drafts of a document."""
    folder = tempfile.mkdtemp(prefix="draft-")
    command = [binary, "extract", document, "--source", source, "--language", language,
               "--out", folder, "--force"] + (["--date", date] if date else [])
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return rows(os.path.join(folder, "measurements-*.csv"))


def compare(binary, prefix, sources, date, language, out):
    label = prefix + ("-zh" if language == "zh-only" else "")
    seed = glob.glob(os.path.join(SEEDS, prefix + "_*.txt"))[0]
    if language == "zh-only":
        seed, language = chinese_paragraphs(seed), "zh"
    drafted = draft(binary, seed, language, date, "draft-" + prefix)
    gold = [r for r in rows(os.path.join(ROOT, "Graph", "measurements-*.csv")) if r["source"] in sources]
    # the graph records 000's figures at the lines of the English transcript
    report(label, gold, drafted, out, any_line=prefix == "000")


def report(label, gold, drafted, out, any_line=False):
    """Writes the misses and extras to `out` and prints recall and precision."""
    lines = {}
    for r in drafted:
        lines.setdefault(r["line"], []).append(r)
    if any_line:
        lines = {g["line"]: drafted for g in gold}
    draft_keys = Counter(key(r) for r in drafted)
    gold_keys = {key(r) for r in gold}
    kinds = Counter()
    with open(out, "w", encoding="utf-8") as report:
        for g in sorted(gold, key=lambda r: (int(r["line"]), r.get("id", ""))):
            if draft_keys[key(g)]:
                continue
            same_value = [d for d in lines.get(g["line"], []) if d["value"] and g["value"] and
                          float("%.9g" % float(d["value"])) == float("%.9g" % float(g["value"])) and d["unit"] == g["unit"]]
            if same_value:
                nearest = min(same_value, key=lambda d: len(diff(g, d).split(", ")))
                what = diff(g, nearest)
                kinds.update(part.split(":")[0] for part in what.split(", "))
            else:
                what = "no figure with this value on the line"
                kinds["no figure"] += 1
            report.write(f"MISS {g.get('id') or 'l' + g['line']} {g['metric']} {g['value']} {g['unit']} {g['period']} {g['flow']} "
                         f"[{' '.join(g[d] for d in DIMS if g[d])}] :: {what}\n     {g['evidence']}\n")
        for d in drafted:
            if key(d) not in gold_keys:
                report.write(f"EXTRA l{d['line']} {d['metric']} {d['value']} {d['unit']} {d['period']} {d['flow']} "
                             f"[{' '.join(d[x] for x in DIMS if d[x])}] {d['evidence'][:100]}\n")
    metrics = {}
    for g in gold:
        metrics.setdefault(key(g), set()).add(g["metric"])
    matched = [d for d in drafted if key(d) in metrics]
    same_metric = sum(1 for d in matched if d["metric"] in metrics[key(d)])
    hit = sum(1 for g in gold if draft_keys[key(g)])
    good = sum(1 for d in drafted if key(d) in gold_keys)
    print(f"{label}: graph {len(gold)} drafted {len(drafted)} recall {100*hit/max(1,len(gold)):.2f}% "
          f"precision {100*good/max(1,len(drafted)):.2f}%  metric agrees {same_metric}/{len(matched)}  "
          f"misses: {dict(kinds.most_common())}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "tradegraph"))
    parser.add_argument("--only", help="a document's three-digit prefix")
    parser.add_argument("--out", default=tempfile.gettempdir(), help="folder for the misses-NNN.txt files")
    parser.add_argument("--doc", help="another document, compared with --gold instead of the seeds")
    parser.add_argument("--gold", help="the figures of --doc, one row each, in the columns of a measurements file")
    parser.add_argument("--date", help="the publication day of --doc")
    parser.add_argument("--language", default="en", help="the language of --doc (en, zh, zh+en)")
    args = parser.parse_args()
    if args.doc:
        name = os.path.splitext(os.path.basename(args.doc))[0]
        drafted = draft(args.binary, args.doc, args.language, args.date, "draft-" + name)
        report(name, rows(args.gold), drafted, os.path.join(args.out, f"misses-{name}.txt"))
        return
    for prefix, sources, date, language in DOCS:
        if args.only in (None, prefix):
            name = prefix + ("-zh" if language == "zh-only" else "")
            compare(args.binary, prefix, sources, date, language, os.path.join(args.out, f"misses-{name}.txt"))


if __name__ == "__main__":
    sys.exit(main())
