#!/usr/bin/env python3
"""The choice of the MSRP quotes sets (testdata/facts/msrp/README.md), fixed
before any sentence was read. It reads only the shared MSRP files and prints,
one line each, the chosen sentences in the order the rule takes them:
PART<TAB>Sentence ID<TAB>String. `--ids` prints PART<TAB>ID only (what
check.py compares the label files with). It prints the first sets (tune,
heldout), then the second (tune2, heldout2), then the third (tune3,
heldout3); `--first` prints the first sets only, as the script did before
the second sets were added.

    python3 testdata/facts/msrp/select.py [--ids] [--first] [--per-part 150]

The rule:
1. Candidates: sentences of msr_paraphrase_data.txt with a quoted span of four
   or more words. Double quotation marks are `"`, `“`, `”`, and the TeX pairs
   ``` `` ``` and `''`. Marks pair up in order (1st with 2nd, 3rd with 4th...).
   With an odd number of marks one is left open: if the first mark is a
   closing one (`”` or `''`, or a `"` with no space after it and a non-space
   before it, or one followed by a space or the end), it closes a span that
   runs from the sentence's start; otherwise the last mark opens a span that
   runs to the sentence's end. A word is a whitespace-separated token with a
   letter or digit.
2. Part: by MSRP's own pair split. The pairs of both the train and the test
   file link sentences into groups (connected components); a group holding
   any pair of msr_paraphrase_test.txt is held-out, every other group tune.
   So a paraphrase of a held-out sentence is never tune.
3. Order: ascending fnv32a of the Sentence ID (its decimal digits), then the
   ID: a fixed shuffle over the whole corpus, outlets and dates.
4. Taken in that order, each to its part, while the part has fewer than
   --per-part (150), skipping a candidate when a sentence of its group is
   already taken, or when one of its 4+-word spans, folded (lower case, its
   words only), equals a span of a sentence already taken in either part.
5. The second sets (tune2, heldout2; added 2026-12-07, sixteenth session,
   before any of their sentences was read): a second round of 4 over the same
   candidates in the same order, once both first sets are full. A candidate
   the first round took is passed over; each other goes to its part's second
   set while that has fewer than --per-part (150), with the same skips,
   against every sentence taken in either round and either part (its group,
   or a folded span equal to one of theirs). The first sets are unchanged:
   a single round of 300 a part would not give them (a tune sentence past
   the first 150 could block a held-out one the first round took).
6. The third sets (tune3, heldout3; added 2026-12-07, seventeenth session,
   before any of their sentences was read): a third round, the same way, once
   both second sets are full. A candidate an earlier round took is passed
   over; each other goes to its part's third set while that has fewer than
   --per-part (150), with the same skips against every sentence taken in any
   round and either part. The first and second sets are unchanged.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSRP = os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "msrp")
if not os.path.isdir(MSRP):
    MSRP = "/work/shared/eval/msrp"

MARK = re.compile(r"``|''|[\"“”]")
WORD = re.compile(r"\w", re.UNICODE)


def fnv32a(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def rows(name):
    with open(os.path.join(MSRP, name), encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            yield line.rstrip("\n").split("\t")


def closing(s, m):
    t = m.group(0)
    if t in ("”", "''"):
        return True
    if t in ("“", "``"):
        return False
    before = s[m.start() - 1] if m.start() > 0 else " "
    after = s[m.end()] if m.end() < len(s) else " "
    return after.isspace() or (not before.isspace())


def spans(s):
    ms = list(MARK.finditer(s))
    out = []
    if len(ms) % 2 == 1:
        if closing(s, ms[0]):
            out.append((0, ms[0].start()))
            ms = ms[1:]
        else:
            out.append((ms[-1].end(), len(s)))
            ms = ms[:-1]
    for i in range(0, len(ms), 2):
        out.append((ms[i].end(), ms[i + 1].start()))
    return sorted(out)


def words(t):
    return [w for w in t.split() if WORD.search(w)]


def fold(t):
    return " ".join(re.findall(r"\w+", t.lower()))


def groups():
    par = {}

    def find(x):
        par.setdefault(x, x)
        while par[x] != x:
            par[x] = par[par[x]]
            x = par[x]
        return x

    test = []
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        for c in rows(name):
            par[find(c[1])] = find(c[2])
            if name.endswith("test.txt"):
                test.append(c[1])
    held = {find(x) for x in test}
    return find, held


def candidates():
    """The candidates in the rule's order: (Sentence ID, String, group, part,
    folded 4+-word spans)."""
    find, held = groups()
    cands = []
    for c in rows("msr_paraphrase_data.txt"):
        sid, s = c[0], c[1]
        long_spans = [fold(s[a:b]) for a, b in spans(s) if len(words(s[a:b])) >= 4]
        if long_spans:
            cands.append((fnv32a(sid), int(sid), sid, s, long_spans))
    cands.sort()
    out = []
    for _, _, sid, s, long_spans in cands:
        g = find(sid)
        out.append((sid, s, g, "heldout" if g in held else "tune", long_spans))
    return out


def choose(per_part=150):
    """The chosen sentences of each set, {set: [(Sentence ID, String)]}: the
    first round's tune and heldout, then the second round's tune2 and
    heldout2 (rule 5), then the third round's tune3 and heldout3 (rule 6)."""
    cands = candidates()
    taken = {}
    groups_taken, spans_taken, ids_taken = set(), set(), set()
    for suffix in ("", "2", "3"):
        for part in ("tune", "heldout"):
            taken[part + suffix] = []
        for sid, s, g, part, long_spans in cands:
            got = taken[part + suffix]
            if sid in ids_taken or len(got) >= per_part or g in groups_taken or spans_taken & set(long_spans):
                continue
            got.append((sid, s))
            ids_taken.add(sid)
            groups_taken.add(g)
            spans_taken.update(long_spans)
    return taken


def main():
    per = 150
    if "--per-part" in sys.argv:
        per = int(sys.argv[sys.argv.index("--per-part") + 1])
    taken = choose(per)
    sets = ("tune", "heldout") if "--first" in sys.argv else ("tune", "heldout", "tune2", "heldout2", "tune3", "heldout3")
    for part in sets:
        for sid, s in taken[part]:
            print(part + "\t" + sid if "--ids" in sys.argv else part + "\t" + sid + "\t" + s)


if __name__ == "__main__":
    main()
