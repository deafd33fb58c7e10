#!/usr/bin/env python3
"""Cross-check the gold rows of the held-out articles against the hand-built graph.

For every row of en-article.csv and zh-article.csv: the evidence occurs verbatim on its line of the
article, the source_row exists in ../main/Graph/measurements-*.csv, the dimension ids exist in
../main/Graph/entities.csv, and metric, flow, period, value, unit, approx, reporter and the six
dimensions equal those of the source row. Prints every disagreement; exit status 1 if any.
Run from anywhere: python3 Tests/ExtractionTests/Fixtures/heldout/check-gold.py
"""
import csv, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GRAPH = os.path.join(HERE, '..', '..', '..', '..', 'Graph')  # the repository's Graph/
COLS = 'metric flow period value unit approx reporter partner region product enterprise policy channel'.split()
graph = {}
for f in sorted(glob.glob(os.path.join(GRAPH, 'measurements-*.csv'))):
    for r in csv.DictReader(open(f, encoding='utf-8')):
        graph[r['id']] = r
entities = {r['id'] for r in csv.DictReader(open(os.path.join(GRAPH, 'entities.csv'), encoding='utf-8'))}
bad = 0
for name in ('en', 'zh'):
    lines = open(os.path.join(HERE, f'{name}-article.txt'), encoding='utf-8').read().splitlines()
    rows = list(csv.DictReader(open(os.path.join(HERE, f'{name}-article.csv'), encoding='utf-8')))
    for i, r in enumerate(rows, 2):
        where = f'{name}-article.csv:{i}'
        ln = int(r['line'])
        if not 1 <= ln <= len(lines) or r['evidence'] not in lines[ln - 1]:
            print(f'{where}: evidence not on line {ln}: {r["evidence"]!r}'); bad += 1
        src = graph.get(r['source_row'])
        if src is None:
            print(f'{where}: unknown source_row {r["source_row"]}'); bad += 1; continue
        for c in COLS:
            if c in COLS[7:] and r[c] and r[c] not in entities:
                print(f'{where}: unknown entity {r[c]!r} in {c}'); bad += 1
            a, b = r[c], src[c]
            if c == 'value':
                same = float(a) == float(b)
            elif c == 'reporter':
                same = (a or 'china') == (b or 'china')
            else:
                same = a == b
            if not same:
                print(f'{where}: {c} {a!r} differs from {r["source_row"]} {b!r}'); bad += 1
    print(f'{name}: {len(rows)} rows, {len(lines)} lines')
print('all rows agree with the graph' if not bad else f'{bad} disagreement(s)')
sys.exit(1 if bad else 0)
