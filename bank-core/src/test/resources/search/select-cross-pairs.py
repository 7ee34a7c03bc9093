"""Selects a second held-out sample of real CMMLU pairs (cross-pairs.csv), across files, before any is scored.

Population: pairs of questions from two different cmmlu/*.csv files whose stems share >= 25% of character bigrams
(numbers masked), or that share at least two option texts: every such pair, no sampling. Labels are then written
by hand from the questions alone, before any pair is scored.

    python3 select-cross-pairs.py /path/to/testdata/cmmlu > pairs-to-label.csv
"""
import csv, itertools, re, sys, unicodedata, pathlib

def canon(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = re.sub(r"\d+(?:\.\d+)?", "#", t)
    return "".join(c for c in t if c.isalnum() or c == "#")

def grams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())

def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 1.0

questions = []
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.csv")):
    for r in list(csv.reader(open(f, encoding="utf-8")))[1:]:
        if len(r) >= 7:
            questions.append((f.stem, int(r[0]), grams(canon(r[1])), {canon(o) for o in r[2:6] if canon(o)}))
print("file_a,row_a,file_b,row_b")
for (fa, ra, ga, oa), (fb, rb, gb, ob) in itertools.combinations(questions, 2):
    if fa != fb and (jaccard(ga, gb) >= 0.25 or len(oa & ob) >= 2):
        print(f"{fa},{ra},{fb},{rb}")
