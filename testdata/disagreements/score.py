#!/usr/bin/env python3
"""Precision of copydesk's disagreement rows against the judgements in rows.jsonl.

Usage: python3 testdata/disagreements/score.py PART OUT.json
PART is a part of rows.jsonl (ecbplus-dev/tune, uci-dev/tune, seeds); OUT.json
is what `copydesk eval disagreements ... --json` printed for it (see README.md).
A listed row is matched to the judgement of its part with the same kind whose
articles share two or more with the row's (by corpus id, or by file name
without its extension for a directory of .txt files), and whose subject
starts the row's when two such judgements match. Prints each row with its
verdict, then rows real / rows listed (minor counts as not real). Exit status 1
when a row has no judgement: read the articles it cites and add one.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ref_key(ref):
    base = os.path.basename(ref)
    return base[:-4] if base.endswith(".txt") else ref


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    part, out = sys.argv[1], sys.argv[2]
    labels = []
    with open(os.path.join(HERE, "rows.jsonl")) as f:
        for n, line in enumerate(f, 1):
            try:
                lab = json.loads(line)
            except ValueError as e:
                sys.exit(f"rows.jsonl:{n}: {e}")
            if lab["part"] == part:
                labels.append(lab)
    if not labels:
        sys.exit(f"rows.jsonl: no judgement of part {part!r}")
    with open(out) as f:
        stories = json.load(f)
    if isinstance(stories, dict):
        stories = stories["stories"]
    listed = real = 0
    unjudged = []
    for s in stories:
        for d in s["disagreements"]:
            arts = {ref_key(s["refs"][a]) for v in d["values"] for a in v["articles"]}
            match = [lab for lab in labels if lab["kind"] == d["kind"] and len(arts & set(lab["articles"])) >= 2]
            if len(match) > 1:  # two facts of one kind among the same articles: the subject tells them apart
                match = [lab for lab in match if d["subject"].lower().startswith(lab["subject"].lower())]
            listed += 1
            texts = " | ".join(v["text"][:40] for v in d["values"])
            if len(match) != 1:
                unjudged.append(d)
                print(f"  UNJUDGED ({len(match)} matches)  {d['kind']} {d['subject']}: {texts}")
                continue
            verdict = match[0]["verdict"]
            real += verdict == "real"
            print(f"  {verdict:6} {d['kind']} {d['subject']}: {texts}")
    prec = f"{real / listed:.2f}" if listed else "n/a"
    print(f"{part}: {real} real of {listed} rows listed, precision {prec} (minor counts as not real)")
    if unjudged:
        print(f"{len(unjudged)} rows without a judgement")
        sys.exit(1)


if __name__ == "__main__":
    main()
