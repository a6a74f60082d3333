#!/usr/bin/env python3
"""Mechanical check of the MSRP quote labels (see README.md).

Usage: python3 testdata/facts/msrp/check.py [FILE.jsonl ...]
With no arguments it checks every quotes-*.jsonl beside it. The sentences are
read from shared/eval/msrp/msr_paraphrase_data.txt, found by walking up from
this directory (as internal/corpus.SharedDir does) or from $MSRP_DATA.
Checks: every line parses; every sentence exists, once per file and in one
file only; "topic" is the corpus's part of the file's set (tune for
quotes-tune, quotes-tune2 and quotes-tune3, heldout for quotes-heldout,
quotes-heldout2 and quotes-heldout3); a file's sentences are the first ones select.py chooses
for its set, in its order (a prefix: labelling may stop early); each
quote's fields as in ../ecbplus/check.py (start and end verbatim in the
sentence, end after start, kind, pattern, unnamed). Exit status 1 on any
error.
"""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


# The quote checks are the ECB+ labels' own, so that the sets mean the same.
ecb = load("ecbcheck", os.path.join(HERE, "..", "ecbplus", "check.py"))
choice = load("msrpselect", os.path.join(HERE, "select.py"))


def main(files):
    data = ecb.corpus_path(os.path.join("eval", "msrp", "msr_paraphrase_data.txt"), "MSRP_DATA")
    choice.MSRP = os.path.dirname(data)
    rows = {c[0]: {"id": c[0], "text": c[1]} for c in choice.rows("msr_paraphrase_data.txt")}
    chosen = {p: [sid for sid, _ in v] for p, v in choice.choose(150).items()}
    err = ecb.Errors()
    for f in files:
        base = os.path.basename(f)
        # The set is the file's name (tune, heldout, tune2 ... heldout3); the
        # corpus's part, each line's "topic", is the set without its number.
        chosen_set = base[len("quotes-"):-len(".jsonl")] if base.startswith("quotes-") and base.endswith(".jsonl") else ""
        part = chosen_set.rstrip("0123456789")
        if chosen_set not in chosen:
            err(f, 0, f"not a set select.py chooses ({', '.join(chosen)})")
        count, items = ecb.labelled_lines(f, rows, err)
        ids = [r["id"] for _, _, r in items]
        for n, o, r in items:
            a = r["id"]
            if o.get("topic") != part:
                err(f, n, f"{a}: topic {o.get('topic')!r}, not the file's part {part!r}")
            if "quotes" not in o:
                err(f, n, f"{a}: no quotes")
                continue
            for i, q in enumerate(o["quotes"]):
                for msg in ecb.quote_errors(r["text"], q):
                    err(f, n, f"{a} quote {i}: {msg}")
        if ids != chosen.get(chosen_set, [])[:len(ids)]:
            err(f, 0, f"the sentences are not the first {len(ids)} that select.py chooses for {chosen_set or base}")
        print(f"{base}: {count} lines checked")
    print(f"{err.count} errors")
    return 1 if err.count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "quotes-*.jsonl")))))
