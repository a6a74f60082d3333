#!/usr/bin/env python3
"""Mechanical check of the WMT14 ru-en quote labels (see README.md).

Usage: python3 testdata/facts/wmt/check.py [FILE.jsonl ...]
With no arguments it checks every quotes-*.jsonl beside it. The article text
is read from shared/eval/wmt14-ru-en/corpus.jsonl, found by walking up from
this directory (as internal/corpus.SharedDir does) or from $WMT_CORPUS.
Checks: every line parses; every article exists, is English, once per file
and in one file only; "topic" is the article's part (the corpus's own "part"
field) and the file's part; the articles of a file are the first English
articles of its part in corpus order, none skipped, after those of the
files of its part before it in name order (quotes-heldout.jsonl, then
quotes-heldout2.jsonl: the next ones); each quote's fields as
in ../ecbplus/check.py (start and end verbatim in the article, end after
start, kind, pattern, unnamed). Exit status 1 on any error.
"""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The quote checks are the ECB+ labels' own, so that both sets mean the same.
_spec = importlib.util.spec_from_file_location("ecbcheck", os.path.join(HERE, "..", "ecbplus", "check.py"))
ecb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ecb)


def main(files):
    rows, order = {}, {"tune": [], "heldout": []}
    with open(ecb.corpus_path(os.path.join("eval", "wmt14-ru-en", "corpus.jsonl"), "WMT_CORPUS"), encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[r["id"]] = r
            if r["lang"] == "en":
                order.setdefault(r["part"], []).append(r["id"])
    # Where each file's articles start in its part's order: after the articles
    # of the files of that part before it in name order.
    offset, before = {}, {}
    for g in sorted(glob.glob(os.path.join(HERE, "quotes-*.jsonl"))):
        p = ecb.file_part(g)
        offset[os.path.basename(g)] = before.get(p, 0)
        with open(g, encoding="utf-8") as fh:
            before[p] = before.get(p, 0) + sum(1 for line in fh if line.strip())
    err = ecb.Errors()
    for f in files:
        base, part = os.path.basename(f), ecb.file_part(f)
        count, items = ecb.labelled_lines(f, rows, err)
        ids = [r["id"] for _, _, r in items]
        for n, o, r in items:
            a = r["id"]
            if r["lang"] != "en":
                err(f, n, f"{a}: language {r['lang']!r}, the labels are of the English articles")
            if o.get("topic") != r["part"]:
                err(f, n, f"{a}: topic {o.get('topic')!r}, the corpus puts it in part {r['part']!r}")
            if part and r["part"] != part:
                err(f, n, f"{a}: part {r['part']}, not the file's part {part}")
            if "quotes" not in o:
                err(f, n, f"{a}: no quotes")
                continue
            for i, q in enumerate(o["quotes"]):
                for msg in ecb.quote_errors(r["text"], q):
                    err(f, n, f"{a} quote {i}: {msg}")
        at = offset.get(base, 0)
        if part and ids != order.get(part, [])[at:at + len(ids)]:
            err(f, 0, f"the articles are not the English articles {at + 1} to {at + len(ids)} of part {part} in corpus order")
        print(f"{base}: {count} lines checked")
    print(f"{err.count} errors")
    return 1 if err.count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "quotes-*.jsonl")))))
