#!/usr/bin/env python3
"""Check the gold rows of the held-out documents in this folder.

For each document DOC of this folder (every DOC.txt with a DOC.csv beside it), or each one named on the
command line, it reads DOC.txt and DOC.csv and checks:
  1. the header is exactly the agreed one;
  2. `line` is a line of DOC.txt and `evidence` occurs verbatim on that line;
  3. `source_row` is a measurement id in the graph, and the gold row agrees with it on
     metric, flow, period, value (numerically), unit, approx, reporter and every dimension
     (partner, region, product, enterprise, policy, channel); the source row has no `event`;
  4. every entity id used is in the graph's entities.csv;
  5. no two gold rows are the same figure at the same line (same source_row and line).
It also prints, as a warning only, rows whose evidence does not contain the stated value in
digits at one of the usual scales (figures written in words such as "nine", "6成", "second-largest"
are expected to show up here).

Usage: python3 check-gold.py [--graph GRAPH_DIR] [DOC ...]   (default: the repository's Graph/, every document)
Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARGS = argparse.ArgumentParser(description='Check the gold rows of the held-out documents.')
ARGS.add_argument('--graph', default=os.path.join(HERE, '..', '..', '..', '..', 'Graph'))
ARGS.add_argument('docs', nargs='*', help='document names without .txt (default: every one with a .csv)')
OPTIONS = ARGS.parse_args()
GRAPH = OPTIONS.graph
DOCS = OPTIONS.docs or sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, '*.txt'))
                              if os.path.exists(p[:-4] + '.csv'))
HEADER = ('line,metric,flow,period,value,unit,approx,reporter,partner,region,product,'
          'enterprise,policy,channel,evidence,source_row').split(',')
DIMS = ['partner', 'region', 'product', 'enterprise', 'policy', 'channel']
FIELDS = ['metric', 'flow', 'period', 'unit', 'approx', 'reporter'] + DIMS
SCALES = [1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12]


def load_graph():
    rows = {}
    for f in sorted(glob.glob(os.path.join(GRAPH, 'measurements*.csv'))):
        with open(f, encoding='utf-8', newline='') as fh:
            for r in csv.DictReader(fh):
                rows[r['id']] = r
    with open(os.path.join(GRAPH, 'entities.csv'), encoding='utf-8', newline='') as fh:
        ents = {r['id'] for r in csv.DictReader(fh)}
    return rows, ents


def value_in_evidence(value, evidence):
    nums = [float(n.replace(',', '')) for n in re.findall(r'\d[\d,]*(?:\.\d+)?', evidence)]
    v = abs(value)
    scales = SCALES + ([10] if '成' in evidence else [])   # 6成 = 60%
    for n in nums:
        for s in scales:
            if abs(n * s - v) <= 1e-9 * max(1.0, v):
                return True
        if abs(n * 100 - v) < 1e-9:          # N-fold increase stated as N x 100 percent
            return True
    return False


def main():
    if not os.path.isdir(GRAPH):
        print(f'graph folder not found: {GRAPH}')
        return 1
    graph, ents = load_graph()
    errors, warnings = [], []
    for doc in DOCS:
        with open(os.path.join(HERE, doc + '.txt'), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        path = os.path.join(HERE, doc + '.csv')
        with open(path, encoding='utf-8', newline='') as fh:
            reader = csv.reader(fh)
            header = next(reader)
            if header != HEADER:
                errors.append(f'{doc}.csv: header {header} != {HEADER}')
                continue
            seen = set()
            n = 0
            for i, rec in enumerate(reader, start=2):
                n += 1
                where = f'{doc}.csv:{i}'
                if len(rec) != len(HEADER):
                    errors.append(f'{where}: {len(rec)} fields, expected {len(HEADER)}')
                    continue
                g = dict(zip(HEADER, rec))
                try:
                    ln = int(g['line'])
                except ValueError:
                    errors.append(f'{where}: line {g["line"]!r} is not a number')
                    continue
                if not 1 <= ln <= len(lines):
                    errors.append(f'{where}: line {ln} outside {doc}.txt (1..{len(lines)})')
                    continue
                if not g['evidence'] or g['evidence'] not in lines[ln - 1]:
                    errors.append(f'{where}: evidence {g["evidence"]!r} not verbatim on line {ln}')
                key = (g['source_row'], ln)
                if key in seen:
                    errors.append(f'{where}: {g["source_row"]} twice at line {ln}')
                seen.add(key)
                for d in DIMS + ['reporter']:
                    if g[d] and g[d] not in ents:
                        errors.append(f'{where}: unknown entity {g[d]!r} in {d}')
                src = graph.get(g['source_row'])
                if src is None:
                    errors.append(f'{where}: source_row {g["source_row"]!r} not in {GRAPH}')
                    continue
                if src.get('event'):
                    errors.append(f'{where}: source row {src["id"]} needs the event dimension')
                for k in FIELDS:
                    if g[k] != (src.get(k) or ''):
                        errors.append(f'{where}: {k} {g[k]!r} != {src.get(k)!r} in {src["id"]}')
                try:
                    gv, sv = float(g['value']), float(src['value'])
                    if abs(gv - sv) > 1e-9 * max(1.0, abs(sv)):
                        errors.append(f'{where}: value {g["value"]} != {src["value"]} in {src["id"]}')
                    elif not value_in_evidence(gv, g['evidence']):
                        warnings.append(f'{where}: value {g["value"]} not written in digits in '
                                        f'{g["evidence"]!r} (figure in words?)')
                except ValueError:
                    errors.append(f'{where}: value {g["value"]!r} is not a number')
            print(f'{doc}: {n} gold rows over {len(lines)} lines')
    for w in warnings:
        print('note:', w)
    for e in errors:
        print('ERROR:', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
