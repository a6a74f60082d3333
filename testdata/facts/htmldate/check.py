#!/usr/bin/env python3
"""Mechanical check of the quote labels of go-htmldate's pages (see README.md).

Usage: python3 testdata/facts/htmldate/check.py [FILE.jsonl ...]
With no arguments it checks quotes-heldout.jsonl, quotes-tune.jsonl,
people-heldout.jsonl, people-tune.jsonl and people-tune2.jsonl beside it
(those that exist). Checks: choice.txt is in the README's order (the hex
sha256 of each "FOLDER/NAME", each page once) and its parts alternate from
heldout (position 0, 2, 4 ... heldout, 1, 3, 5 ... tune); every line of a
labels file parses; "topic" is htmldate-PART, the file's part; the file's
articles are the first pages of its part in choice.txt's order (a prefix:
labelling goes in that order and may stop early; the people labels of the
tune part are two files labelled side by side, people-tune.jsonl a prefix of
tune positions 1-35 and people-tune2.jsonl one of positions 36-70, topic
htmldate-tune2), each once and in one file
only (a quotes file and a people file may hold the same page); each quote's
fields as in ../web/check.py (kind, pattern, unnamed, no unknown field; start
and end not empty and short); each person's as in ../ecbplus/check.py (name,
forms, roles, note, no other; the name among the forms; no empty key).
The choice itself is computed from the pages by copydesk's extraction (the
language and the word count of the text the evaluation scores), which python
cannot do, and the keys are words of that text: `go test ./internal/eval -run
'TestHtmldateChoice|TestWebLabels/htmldate|TestWebPeopleLabels'`, which this
script runs at the end when go is on the PATH, computes the choice again and
compares it with choice.txt, locates every start and end key in the extracted
text (end after start) and every name, form and role of the people labels;
it scores nothing. Exit status 1 on any error.
"""
import hashlib, importlib.util, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))

_spec = importlib.util.spec_from_file_location("webcheck", os.path.join(HERE, "..", "web", "check.py"))
web = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(web)
ecb = web.ecb

PARTS = ("heldout", "tune")
# The files of each kind and the pages of choice.txt each holds a prefix of:
# the part in choice.txt and the slice of that part's order. The people
# labels of the tune part are split in two halves, labelled side by side
# (the twenty-first session): people-tune.jsonl the first 35 tune pages,
# people-tune2.jsonl the other 35.
FILES = {
    ("quotes", "heldout"): ("heldout", 0, None),
    ("quotes", "tune"): ("tune", 0, None),
    ("people", "heldout"): ("heldout", 0, None),
    ("people", "tune"): ("tune", 0, 35),
    ("people", "tune2"): ("tune", 35, None),
}
GO_TESTS = "TestHtmldateChoice|TestWebLabels/htmldate|TestWebPeopleLabels"


def sha(name):
    """The hex sha256 of a page's name, FOLDER/NAME: the choice's order."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def read_choice(err):
    """choice.txt's pages in order, as (part, name), checked for order and
    alternation."""
    out = []
    name = os.path.join(HERE, "choice.txt")
    with open(name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split()
            if len(f) != 2 or f[0] not in PARTS or f[1].split("/")[0] not in ("mediacloud", "comparison"):
                err(name, n, f"want PART FOLDER/NAME, not {line.strip()!r}")
                continue
            out.append((f[0], f[1]))
    names = [n for _, n in out]
    if len(set(names)) != len(names):
        err(name, 0, "a page is named twice")
    if [sha(n) for n in names] != sorted(sha(n) for n in names):
        err(name, 0, "the pages are not in the order of the hex sha256 of their names")
    for i, (p, n) in enumerate(out):
        if p != PARTS[i % 2]:
            err(name, 0, f"position {i} ({n}) is {p}, want {PARTS[i % 2]}")
    return out


def person_errors(p):
    """The shape of one labelled person (the text is the Go test's to
    check): the fields of ../ecbplus's people files, the name among the
    forms, every key a string that is not empty."""
    if not isinstance(p, dict) or set(p) - {"name", "forms", "roles", "note"} or not {"name", "forms", "roles"} <= set(p):
        return [f"fields {sorted(p) if isinstance(p, dict) else p!r}"]
    out = []
    if not isinstance(p["forms"], list) or not isinstance(p["roles"], list) or not p["forms"]:
        return ["forms (not empty) and roles are lists"]
    for k in [p["name"]] + p["forms"] + p["roles"]:
        if not isinstance(k, str) or not k.strip() or k != k.strip():
            out.append(f"key {k!r} is not a word of text")
    if p["name"] not in p["forms"]:
        out.append(f"name {p['name']!r} is not among its forms")
    if len(set(p["forms"])) != len(p["forms"]) or len(set(p["roles"])) != len(p["roles"]):
        out.append("a form or role listed twice")
    if "note" in p and (not isinstance(p["note"], str) or not p["note"].strip()):
        out.append("an empty note")
    return out


def main(files):
    err = ecb.Errors()
    choice = read_choice(err)
    seen = {}
    for f in files:
        base = os.path.basename(f)
        kind, _, part = base[:-len(".jsonl")].partition("-")
        if (kind, part) not in FILES or not base.endswith(".jsonl"):
            err(f, 0, "the files are " + ", ".join(f"{k}-{p}.jsonl" for k, p in FILES))
            continue
        if kind not in seen:
            seen[kind] = {}
        ids = []
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    o = json.loads(line)
                except ValueError as e:
                    err(f, n, f"not JSON: {e}")
                    continue
                a = o.get("article", "")
                ids.append(a)
                if a in seen[kind]:
                    err(f, n, f"{a} is labelled in {seen[kind][a]} too")
                seen[kind][a] = base
                if set(o) != {"article", "topic", kind}:
                    err(f, n, f"{a}: fields {sorted(o)}, want article, topic, {kind}")
                if not isinstance(o.get(kind, []), list):
                    err(f, n, f"{a}: {kind} is not a list")
                    continue
                if o.get("topic") != "htmldate-" + part:
                    err(f, n, f"{a}: topic {o.get('topic')!r}, want htmldate-{part}")
                for i, q in enumerate(o.get("quotes", [])):
                    for msg in web.shape_errors(q):
                        err(f, n, f"{a} quote {i}: {msg}")
                for i, p in enumerate(o.get("people", [])):
                    for msg in person_errors(p):
                        err(f, n, f"{a} person {i}: {msg}")
        of, lo, hi = FILES[(kind, part)]
        want = [n for p, n in choice if p == of][lo:hi]
        where = f"{of} positions {lo + 1}-{lo + len(want)}"
        if ids != want[:len(ids)]:
            err(f, 0, f"the articles are not the first {len(ids)} pages of {where} in choice.txt's order")
        else:
            print(f"{base}: the first {len(ids)} of the {len(want)} pages of {where}")
    if shutil.which("go"):
        r = subprocess.run(["go", "test", "-count=1", "-run", GO_TESTS, "./internal/eval"],
                           cwd=REPO, capture_output=True, text=True)
        print(f"choice and keys in the extracted text (go test -run '{GO_TESTS}'):",
              "ok" if r.returncode == 0 else "FAILED")
        if r.returncode != 0:
            print(r.stdout[-3000:] + r.stderr[-2000:])
            err.count += 1
    else:
        print("go not found: the choice and the keys were not checked against the extracted text")
    print(f"{err.count} errors")
    return 1 if err.count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [p for p in (os.path.join(HERE, f"{k}-{x}.jsonl") for k, x in FILES)
                                   if os.path.exists(p)]))
