"""Selects the held-out sample of real CMMLU pairs (fresh-pairs.csv) before any of them is scored.

Population: same-file pairs of cmmlu/*.csv that are NOT in hand-labelled-pairs.csv (which holds every pair with
stem bigram Jaccard >= 0.25, numbers masked). Two strata, where rewordings that change the words would hide:
  band:    120 pairs drawn with random.Random(20261122) from the band just below (Jaccard in [0.12, 0.25)) or
           sharing at least two option texts;
  related: every other pair below 0.25 that shares at least two option texts or half its characters
           (character Jaccard >= 0.5).
Labels are then written by hand from the questions alone, before any pair is scored.

    python3 select-fresh-pairs.py /path/to/testdata/cmmlu hand-labelled-pairs.csv > pairs-to-label.csv
"""
import csv, itertools, random, re, sys, unicodedata, pathlib

def canon(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = re.sub(r"\d+(?:\.\d+)?", "#", t)
    return "".join(c for c in t if c.isalnum() or c == "#")

def grams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())

def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 1.0

cmmlu, labelled = pathlib.Path(sys.argv[1]), sys.argv[2]
known = set()
for line in open(labelled, encoding="utf-8"):
    if line.startswith("#") or line.startswith("file_a") or not line.strip():
        continue
    fa, ra, fb, rb = line.split(",")[:4]
    known.add((fa, int(ra), fb, int(rb))); known.add((fb, int(rb), fa, int(ra)))
population = []
related = []
for f in sorted(cmmlu.glob("*.csv")):
    rows = [r for r in csv.reader(open(f, encoding="utf-8"))][1:]
    qs = [(int(r[0]), canon(r[1]), {canon(o) for o in r[2:6] if canon(o)}) for r in rows if len(r) >= 7]
    for (ra, sa, oa), (rb, sb, ob) in itertools.combinations(qs, 2):
        if (f.stem, ra, f.stem, rb) in known:
            continue
        j = jaccard(grams(sa), grams(sb))
        if 0.12 <= j < 0.25 or (j < 0.25 and len(oa & ob) >= 2):
            population.append((f.stem, ra, f.stem, rb))
        if j < 0.25 and (len(oa & ob) >= 2 or jaccard(set(sa), set(sb)) >= 0.5):
            related.append((f.stem, ra, f.stem, rb))
sample = random.Random(20261122).sample(population, 120)
print("file_a,row_a,file_b,row_b,stratum")
for p in sorted(sample):
    print(",".join(map(str, p)) + ",band")
for p in sorted(set(related) - set(sample)):
    print(",".join(map(str, p)) + ",related")
print(f"# population {len(population)}", file=sys.stderr)
