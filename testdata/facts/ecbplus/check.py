#!/usr/bin/env python3
"""Mechanical check of the ECB+ facts labels (see README.md).

Usage: python3 testdata/facts/ecbplus/check.py [FILE.jsonl ...]
With no arguments it checks every quotes-*.jsonl, dates-*.jsonl and
people-*.jsonl beside it.
The article text is read from shared/eval/ecbplus-dev/corpus.jsonl, found by
walking up from this directory (as internal/corpus.SharedDir does) or from
$ECBPLUS_CORPUS. Checks: every line parses; every article exists, once per
file; its topic is the article's topic and in the file's part (fnv32a of the
topic, even = tune); every start/end/context occurs verbatim in the article,
end after start; field names, kinds, patterns, value/granularity shapes; no
article is labelled in two quotes files (quotes-heldout2.jsonl,
quotes-heldout3.jsonl, quotes-heldout4.jsonl and quotes-heldout5.jsonl are
a second, a third, a fourth and a fifth held-out set, quotes-tune2.jsonl a
second tune set, and each must
hold articles no other quotes file holds); quotes-heldout3.jsonl holds
exactly the articles its rule chooses (README.md; heldout3_choice below),
quotes-heldout4.jsonl a prefix of its rule's (heldout4_choice),
quotes-tune2.jsonl the first ones its rule chooses in each topic, batch by
batch (tune2_choice, tune2_errors), quotes-heldout5.jsonl the first
ones its rule chooses in each tune topic, topic by topic (heldout5_choice,
heldout5_errors), quotes-tune3.jsonl exactly its rule's articles
(tune3_choice) and quotes-heldout6.jsonl a prefix of its rule's
(heldout6_choice); a people-*.jsonl file holds exactly its rule's articles
(people_choice; people-heldout2.jsonl a prefix of people_heldout2_choice's,
people-tune2.jsonl and people-heldout3.jsonl a prefix of people_more_choice's,
people-tune3.jsonl and people-heldout4.jsonl a prefix of people_fourth_choice's,
people-heldout5.jsonl a prefix of people_fifth_choice's, people-tune4.jsonl
of people_tune4_choice's, people-heldout6.jsonl of people_heldout6_choice's,
people-tune5.jsonl of people_tune5_choice's, people-heldout7.jsonl of
people_heldout7_choice's and people-tune6.jsonl of people_tune6_choice's;
dates-heldout2.jsonl, dates-heldout3.jsonl and dates-tune2.jsonl each a prefix
of its dates_choice's) and every name, form and role verbatim in its article
(people_errors).
Exit status 1 on any error.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATTERNS = set("after before colon block told according statement transcript "
               "pronoun partial none other".split())
VALUE = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", "": ""}


def corpus_path(rel=os.path.join("eval", "ecbplus-dev", "corpus.jsonl"), env="ECBPLUS_CORPUS"):
    """The corpus at rel in the shared folder, found by walking up from this
    directory (as internal/corpus.SharedDir does), or $env when it is set.
    Also used by ../wmt/check.py."""
    if os.environ.get(env):
        return os.environ[env]
    d = HERE
    while True:
        p = os.path.join(d, "shared", rel)
        if os.path.exists(p):
            return p
        if os.path.dirname(d) == d:
            sys.exit(f"check.py: shared/{rel} not found; set {env}")
        d = os.path.dirname(d)


def fnv32a(s):
    h = 0x811C9DC5
    for b in s.encode():
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def quote_errors(text, q):
    """What is wrong with one quote label of an article whose text is text
    (also used by ../wmt/check.py)."""
    out = []
    extra = set(q) - {"start", "end", "speaker", "unnamed", "kind", "pattern", "note"}
    if extra:
        out.append(f"unknown fields {sorted(extra)}")
    p = text.find(q.get("start", ""))
    if not q.get("start") or p < 0:
        out.append(f"start {q.get('start')!r} not in the text")
    elif not q.get("end") or text.find(q["end"], p) < 0:
        out.append(f"end {q.get('end')!r} not in the text after the start")
    if q.get("kind") not in ("person", "org"):
        out.append(f"kind {q.get('kind')!r}")
    if q.get("pattern") not in PATTERNS:
        out.append(f"pattern {q.get('pattern')!r}")
    if (q.get("speaker") == "") != ("unnamed" in q):
        out.append("an empty speaker needs \"unnamed\", and only it")
    return out


def quote_articles(f):
    """Article ids of a quotes file; unreadable lines are left to its own check."""
    ids = set()
    with open(f, encoding="utf-8") as fh:
        for line in fh:
            try:
                ids.add(json.loads(line).get("article"))
            except ValueError:
                pass
    return ids


def labelled_lines(f, rows, err):
    """Reads a labels file: (its number of lines, [(line number, label, corpus
    row)] for the lines that parse and name an article of rows). Reports
    through err(f, n, msg) a line that does not parse, an unknown article, an
    article labelled twice, and one a quotes file beside f labels too (two sets
    would measure the same text: the held-out sets must be fresh). Also used
    by ../wmt/check.py."""
    others = {}
    if os.path.basename(f).startswith("quotes-"):
        for g in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(f)), "quotes-*.jsonl"))):
            if os.path.abspath(g) != os.path.abspath(f):
                for a in quote_articles(g):
                    others.setdefault(a, os.path.basename(g))
    with open(f, encoding="utf-8") as fh:
        lines = fh.readlines()
    seen, out = set(), []
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f, n, f"does not parse: {e}")
            continue
        a = o.get("article")
        r = rows.get(a)
        if r is None:
            err(f, n, f"no article {a!r} in the corpus")
            continue
        if a in seen:
            err(f, n, f"article {a} labelled twice")
        seen.add(a)
        if a in others:
            err(f, n, f"article {a} is also labelled in {others[a]}")
        out.append((n, o, r))
    return len(lines), out


class Errors:
    """Prints each error as FILE:LINE: message and counts them (also used by
    ../wmt/check.py)."""

    def __init__(self):
        self.count = 0

    def __call__(self, f, n, msg):
        self.count += 1
        print(f"{os.path.basename(f)}:{n}: {msg}")


def file_part(f):
    """The part a labels file's topics are of, by its name: tune, heldout or
    "". quotes-heldout5.jsonl and quotes-heldout6.jsonl are held out from
    the rules, but their articles are of the tune topics (README.md; the
    held-out topics had none left for heldout6's rule)."""
    base = os.path.basename(f)
    if base in ("quotes-heldout5.jsonl", "quotes-heldout6.jsonl"):
        return "tune"
    return "tune" if "tune" in base else "heldout" if "heldout" in base else ""


HELDOUT_TOPICS = "t2 t4 t6 t8 t11 t13 t19 t20 t22 t24".split()
TUNE_TOPICS = "t1 t3 t5 t7 t9 t10 t12 t14 t16 t18 t21 t23".split()
MARK = re.compile('["\u201c\u201d\u00ab\u00bb\u2018]')


def near_copies():
    """Article id -> the ids whose 6-word shingles are 80%+ contained in it
    or it in them (overlap_pairs.jsonl beside the corpus)."""
    near = {}
    with open(os.path.join(os.path.dirname(corpus_path()), "overlap_pairs.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            if o["containment6"] >= 0.8:
                near.setdefault(o["a"], set()).add(o["b"])
                near.setdefault(o["b"], set()).add(o["a"])
    return near


def free_articles(rows, topic, held):
    """The articles of topic that held does not hold, in corpus order, as
    (those with a double, curly or angle quotation mark or an opening curly
    single one, those without)."""
    free = [a for a in rows if rows[a]["story"] == topic and a not in held]
    return [a for a in free if MARK.search(rows[a]["text"])], [a for a in free if not MARK.search(rows[a]["text"])]


def take_first(cands, n, taken, near, avoid=frozenset()):
    """Appends to taken the first n of cands, in order, skipping one whose
    6-word shingles are 80%+ contained (near) in an article already taken or
    in avoid, or that holds one of them that much."""
    got = 0
    for a in cands:
        if got == n:
            break
        if not near.get(a, set()) & (set(taken) | avoid):
            taken.append(a)
            got += 1


def choose_in_tune_topics(rows, held, against, marked_n, total):
    """The tune sets' rule: in each tune topic, in corpus order among the
    articles held does not hold, the first marked_n with a quotation mark,
    then the first ones without up to total; near copies of an article
    already taken or of one in against are skipped. Returns {topic: [ids]}."""
    near = near_copies()
    out = {}
    for t in TUNE_TOPICS:
        marked, unmarked = free_articles(rows, t, held)
        taken = []
        take_first(marked, marked_n, taken, near, against)
        take_first(unmarked, total - len(taken), taken, near, against)
        out[t] = taken
    return out


def tune2_choice(rows):
    """The article ids the second tune set's rule chooses (README.md), topic
    by topic, each topic's in the order its batches take them: in each tune
    topic, in corpus order among the articles that quotes-tune.jsonl,
    quotes-heldout.jsonl, quotes-heldout2.jsonl and quotes-heldout3.jsonl
    do not hold, the first three with a double, curly or angle quotation
    mark or an opening curly single one, then the first with none; fewer
    than three with a mark are filled up with the next ones without, to
    four. An article whose 6-word shingles are 80%+ contained in one
    already taken, or in an article of quotes-tune.jsonl, or that holds one
    of them that much, is skipped. Returns {topic: [ids]}."""
    held = set()
    for name in ("quotes-tune.jsonl", "quotes-heldout.jsonl", "quotes-heldout2.jsonl", "quotes-heldout3.jsonl"):
        held |= quote_articles(os.path.join(HERE, name))
    tune1 = quote_articles(os.path.join(HERE, "quotes-tune.jsonl"))
    return choose_in_tune_topics(rows, held, tune1, 3, 4)


def heldout3_choice(rows):
    """The article ids the third held-out set's rule chooses (README.md),
    in corpus order: in each held-out topic, in corpus order among the
    articles that quotes-tune, quotes-heldout and quotes-heldout2 do not
    hold, the first five with a double, curly or angle quotation mark or an
    opening curly single one and the first without; fewer than five with a
    mark are filled up with the next ones without, to six. An article whose
    6-word shingles are 80%+ contained in one already taken is skipped."""
    held = set()
    for name in ("quotes-tune.jsonl", "quotes-heldout.jsonl", "quotes-heldout2.jsonl"):
        held |= quote_articles(os.path.join(HERE, name))
    near = near_copies()
    order = list(rows)
    out = []
    for t in HELDOUT_TOPICS:
        marked, unmarked = free_articles(rows, t, held)
        taken = []
        take_first(marked, 5, taken, near)
        take_first(unmarked, 6 - len(taken) if len(taken) < 5 else 1, taken, near)
        out += sorted(taken, key=order.index)
    return out


def heldout4_choice(rows):
    """The article ids the fourth held-out set's rule chooses (README.md),
    in corpus order: every article of the held-out topics that
    quotes-tune, quotes-heldout, quotes-heldout2 and quotes-heldout3 do not
    hold. The file holds these or, should labelling stop early, a prefix of
    them."""
    held = set()
    for name in ("quotes-tune.jsonl", "quotes-heldout.jsonl", "quotes-heldout2.jsonl", "quotes-heldout3.jsonl"):
        held |= quote_articles(os.path.join(HERE, name))
    return [a for a, r in rows.items() if r["story"] in HELDOUT_TOPICS and a not in held]


def heldout5_choice(rows):
    """The article ids the fifth held-out set's rule chooses (README.md),
    topic by topic in TUNE_TOPICS order, each topic's in the order the rule
    takes them: in each tune topic, in corpus order among the articles that
    no other quotes file holds (quotes-tune, quotes-tune2, quotes-heldout to
    quotes-heldout4), the first four with a double, curly or angle quotation
    mark or an opening curly single one, then the first with none; fewer
    than four with a mark are filled up with the next ones without, to five.
    An article whose 6-word shingles are 80%+ contained in one already taken
    for this file, or in an article of quotes-tune.jsonl or
    quotes-tune2.jsonl, or that holds one of them that much, is skipped.
    Returns {topic: [ids]}."""
    held = set()
    for g in glob.glob(os.path.join(HERE, "quotes-*.jsonl")):
        if os.path.basename(g) != "quotes-heldout5.jsonl":
            held |= quote_articles(g)
    tune = quote_articles(os.path.join(HERE, "quotes-tune.jsonl")) | quote_articles(os.path.join(HERE, "quotes-tune2.jsonl"))
    return choose_in_tune_topics(rows, held, tune, 4, 5)


def leftover_articles(rows):
    """The article ids, in corpus order, that no quotes file held before
    quotes-tune3.jsonl and quotes-heldout6.jsonl were made (81): the articles
    these two sets split between them by fnv32a of the article id."""
    held = set()
    for g in glob.glob(os.path.join(HERE, "quotes-*.jsonl")):
        if os.path.basename(g) not in ("quotes-tune3.jsonl", "quotes-heldout6.jsonl"):
            held |= quote_articles(g)
    return [a for a in rows if a not in held]


def tune3_choice(rows):
    """The article ids the third tune set's rule chooses (README.md), in
    corpus order: of the articles no other quotes file held
    (leftover_articles), those whose fnv32a(article id) is even."""
    return [a for a in leftover_articles(rows) if fnv32a(a) % 2 == 0]


def heldout6_choice(rows):
    """The article ids the sixth held-out set's rule chooses (README.md), in
    corpus order: of the articles no other quotes file held
    (leftover_articles), those whose fnv32a(article id) is odd (the even
    ones are the third tune set's). The file holds these or, should
    labelling stop early, a prefix of them."""
    return [a for a in leftover_articles(rows) if fnv32a(a) % 2 == 1]


def heldout5_errors(ids, choice):
    """What is wrong with the articles of quotes-heldout5.jsonl (ids, in
    file order) against its rule's choice: the file is topic by topic in
    TUNE_TOPICS order, each topic's articles the first ones the rule takes
    there, in its order (all of them once labelling is done; a prefix per
    topic should it stop early, as README.md's counts say)."""
    out = []
    where = {a: t for t, l in choice.items() for a in l}
    got = {}
    for a in ids:
        if a not in where:
            out.append(f"{a} is not among the articles the fifth held-out set's rule chooses (README.md)")
            continue
        got.setdefault(where[a], []).append(a)
    for t, l in got.items():
        if l != choice[t][:len(l)]:
            out.append(f"{t}: the articles are not the first {len(l)} the rule chooses, in its order (README.md)")
    order = [TUNE_TOPICS.index(where[a]) for a in ids if a in where]
    if order != sorted(order):
        out.append("the file is not topic by topic in the tune topics' order (README.md)")
    return out


def tune2_errors(ids, choice, rows):
    """What is wrong with the articles of quotes-tune2.jsonl (ids, in file
    order) against its rule's choice: every article must be one the rule
    chooses, each topic's a prefix of its choice in that order (the first
    batch labels the first ones), and the file grouped by batch: all of a
    batch's articles before the next batch's."""
    out = []
    where = {a: (t, i) for t, l in choice.items() for i, a in enumerate(l)}
    per = {}
    for a in ids:
        if a not in where:
            out.append(f"{a} is not among the articles the second tune set's rule chooses (README.md)")
            continue
        t, i = where[a]
        per.setdefault(t, []).append(i)
    for t, got in per.items():
        if got != list(range(len(got))):
            out.append(f"{t}: the articles are not the first {len(got)} the rule chooses, in its order (README.md)")
    batches = [where[a][1] // 2 for a in ids if a in where]
    if batches != sorted(batches):
        out.append("the file is not grouped by batch: the first two of every topic, then the rest (README.md)")
    return out


def people_choice(rows, part):
    """The articles of people-PART.jsonl (the lead's rule, fixed before the
    articles were read): in each topic of the part, in corpus order, the
    first 3 whose text has at least 150 whitespace-separated words; topics
    in the order of TUNE_TOPICS or HELDOUT_TOPICS."""
    topics = TUNE_TOPICS if part == "tune" else HELDOUT_TOPICS
    by = {t: [] for t in topics}
    for a, r in rows.items():
        if r["story"] in by and len(r["text"].split()) >= 150 and len(by[r["story"]]) < 3:
            by[r["story"]].append(a)
    return [a for t in topics for a in by[t]]


def people_heldout2_choice(rows):
    """The articles of people-heldout2.jsonl (fixed before they were read):
    in each held-out topic, in corpus order among the articles with at least
    150 whitespace-separated words that people-heldout.jsonl does not hold
    (people_choice's), the first 3, skipping one whose 6-word shingles are
    80%+ contained in an article already taken (here or in
    people-heldout.jsonl) or that holds one of them that much; topics in the
    order of HELDOUT_TOPICS."""
    first = people_choice(rows, "heldout")
    near, out = near_copies(), list(first)
    for t in HELDOUT_TOPICS:
        cands = [a for a, r in rows.items() if r["story"] == t and len(r["text"].split()) >= 150 and a not in first]
        take_first(cands, 3, out, near)
    return out[len(first):]


def people_more_choice(rows, part, before, rounds=3, words=(150, None)):
    """The articles of people-tune2.jsonl (part "tune", before the files
    ["people-tune.jsonl"]) or people-heldout3.jsonl ("heldout",
    ["people-heldout.jsonl", "people-heldout2.jsonl"]), fixed before they
    were read: in each topic of the part, in corpus order among the articles
    with at least 150 whitespace-separated words that the files before do
    not hold, the first 3, skipping one whose 6-word shingles are 80%+
    contained in an article already taken (here or in the files before) or
    that holds one of them that much. Round 1 takes the first such article of
    each topic, round 2 the second, round 3 the third, topics in the order of
    TUNE_TOPICS or HELDOUT_TOPICS, so that a prefix (a first batch, or a
    file whose labelling stopped early) stays spread over the topics. With
    rounds None, rounds go on until a round takes nothing (every article
    left is taken). words (lo, hi) bounds an article's whitespace-separated
    words: at least lo and, when hi is not None, fewer than hi
    (people-heldout6.jsonl's articles are of 100-149 words)."""
    topics = TUNE_TOPICS if part == "tune" else HELDOUT_TOPICS
    lo, hi = words
    first = []
    for b in before:
        with open(os.path.join(HERE, b), encoding="utf-8") as fh:
            first += [json.loads(line)["article"] for line in fh if line.strip()]
    near, taken = near_copies(), list(first)
    cands = {t: [a for a, r in rows.items() if r["story"] == t and lo <= len(r["text"].split())
                 and (hi is None or len(r["text"].split()) < hi) and a not in first]
             for t in topics}
    out, k = [], 0
    while rounds is None or k < rounds:
        n = len(taken)
        for t in topics:
            take_first([a for a in cands[t] if a not in taken], 1, taken, near)
        if len(taken) == n:
            break
        out += taken[n:]
        k += 1
    return out


PEOPLE_MORE = {"people-tune2.jsonl": ("tune", ["people-tune.jsonl"]),
               "people-heldout3.jsonl": ("heldout", ["people-heldout.jsonl", "people-heldout2.jsonl"])}


PEOPLE_EARLIER = ["people-tune.jsonl", "people-heldout.jsonl", "people-heldout2.jsonl",
                  "people-tune2.jsonl", "people-heldout3.jsonl"]


def people_fourth_choice(rows, part):
    """The articles of people-tune3.jsonl (part "tune") or
    people-heldout4.jsonl ("heldout"), fixed before they were read (sixteenth
    session): people_more_choice's rule, round by round, 3 a topic, among the
    articles of 150+ words that no earlier people file (PEOPLE_EARLIER, every
    part) holds, skipping a near copy of one of them or of one already taken."""
    return people_more_choice(rows, part, PEOPLE_EARLIER)


PEOPLE_FOURTH = {"people-tune3.jsonl": "tune", "people-heldout4.jsonl": "heldout"}


def people_tune4_choice(rows):
    """The articles of people-tune4.jsonl, fixed before they were read
    (seventeenth session): people_fourth_choice's rule in the tune topics,
    round by round, 3 a topic, among the articles of 150+ words that no
    earlier people file (PEOPLE_EARLIER, people-tune3.jsonl,
    people-heldout4.jsonl, people-heldout5.jsonl) holds, skipping a near
    copy of one of them or of one already taken."""
    return people_more_choice(rows, "tune", PEOPLE_EARLIER + ["people-tune3.jsonl", "people-heldout4.jsonl",
                                                              "people-heldout5.jsonl"])


def people_fifth_choice(rows):
    """The articles of people-heldout5.jsonl, fixed before they were read
    (seventeenth session): in each held-out topic, in corpus order among the
    articles of 150+ words that no earlier people file (PEOPLE_EARLIER,
    people-tune3.jsonl and people-heldout4.jsonl) holds, every one left,
    skipping a near copy of an article of those files or of one already
    taken; round by round as people_more_choice's (the first of each topic,
    then the second ...), so that the first three rounds are up to 3 a topic
    and a prefix stays spread over the topics."""
    return people_more_choice(rows, "heldout", PEOPLE_EARLIER + ["people-tune3.jsonl", "people-heldout4.jsonl"],
                              rounds=None)


PEOPLE_BEFORE_SIXTH = PEOPLE_EARLIER + ["people-tune3.jsonl", "people-heldout4.jsonl", "people-heldout5.jsonl",
                                        "people-tune4.jsonl"]


def people_heldout6_choice(rows):
    """The articles of people-heldout6.jsonl, fixed before they were read
    (eighteenth session): in each held-out topic, in corpus order among the
    articles of 100-149 whitespace-separated words (every held-out article
    of 150+ words is in an earlier people file or a near copy of one) that
    no earlier people file (PEOPLE_BEFORE_SIXTH) holds, every one left,
    skipping a near copy of an article of those files or of one already
    taken; round by round as people_more_choice's (the first of each topic,
    then the second ...), so that a prefix stays spread over the topics."""
    return people_more_choice(rows, "heldout", PEOPLE_BEFORE_SIXTH, rounds=None, words=(100, 150))


def people_tune5_choice(rows):
    """The articles of people-tune5.jsonl, fixed before they were read
    (eighteenth session): people_more_choice's rule in the tune topics,
    round by round, the first 4 rounds (up to 4 a topic), among the
    articles of 150+ words that no earlier people file (PEOPLE_BEFORE_SIXTH)
    holds, skipping a near copy of one of them or of one already taken.
    (people-heldout6.jsonl's articles are of other topics; none is a near
    copy of one of these.)"""
    return people_more_choice(rows, "tune", PEOPLE_BEFORE_SIXTH, rounds=4)


PEOPLE_SIXTH = {"people-heldout6.jsonl": people_heldout6_choice, "people-tune5.jsonl": people_tune5_choice}


PEOPLE_BEFORE_SEVENTH = PEOPLE_BEFORE_SIXTH + ["people-heldout6.jsonl", "people-tune5.jsonl"]


def people_heldout7_choice(rows):
    """The articles of people-heldout7.jsonl, fixed before they were read
    (nineteenth session): in each held-out topic, in corpus order among the
    articles of 50-99 whitespace-separated words (every held-out article of
    100+ words is in an earlier people file or a near copy of one) that no
    earlier people file (PEOPLE_BEFORE_SEVENTH) holds, every one left,
    skipping a near copy of an article of those files or of one already
    taken; round by round as people_more_choice's (the first of each topic,
    then the second ...), so that a prefix stays spread over the topics."""
    return people_more_choice(rows, "heldout", PEOPLE_BEFORE_SEVENTH, rounds=None, words=(50, 100))


def people_tune6_choice(rows):
    """The articles of people-tune6.jsonl, fixed before they were read
    (nineteenth session): people_more_choice's rule in the tune topics,
    round by round, the first 4 rounds (up to 4 a topic), among the
    articles of 100-149 whitespace-separated words (the lead's band for this
    session: tune text of the lengths held-out 6 and 7 hold; the 15 tune
    articles of 150+ words left stay for a later set) that no earlier
    people file (PEOPLE_BEFORE_SEVENTH) holds, skipping a near copy of one
    of them or of one already taken. (people-heldout7.jsonl's articles are
    of other topics.)"""
    return people_more_choice(rows, "tune", PEOPLE_BEFORE_SEVENTH, rounds=4, words=(100, 150))


PEOPLE_SEVENTH = {"people-heldout7.jsonl": people_heldout7_choice, "people-tune6.jsonl": people_tune6_choice}


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\b\d{1,2}(?:st|nd|rd|th)? " + MONTH +
                       r",? \d{4}|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d\d-\d\d\b")
DATE_WORD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|"
                       r"August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|"
                       r"yesterday|today|tonight|tomorrow|(?:19|20)\d\d)\b")


def dates_choice(rows, topics, earlier, n=20):
    """The dates sets' rule (README.md), fixed before their articles were
    read: in each of topics, in corpus order among the articles that no
    dates file in earlier holds, those with a full date with its year
    (FULL_DATE) in their first three paragraphs and four or more date words
    (DATE_WORD, a rough count) in the text, skipping a near copy (80%+ of
    6-word shingles) of one already taken here or in an earlier file. Round
    1 takes the first such article of each topic, round 2 the second, and so
    on (a topic with none left is passed over), topics in the order given,
    until n articles are taken: a prefix of the list stays balanced by topic."""
    first = []
    for name in earlier:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            first += [json.loads(line)["article"] for line in fh if line.strip()]
    near = near_copies()
    ok = {t: [] for t in topics}
    for a, r in rows.items():
        if r["story"] in ok and a not in first and FULL_DATE.search("\n\n".join(r["text"].split("\n\n")[:3])) \
                and len(DATE_WORD.findall(r["text"])) >= 4:
            ok[r["story"]].append(a)
    taken = list(first)
    while len(taken) - len(first) < n:
        before = len(taken)
        for t in topics:
            if len(taken) - len(first) < n:
                take_first([a for a in ok[t] if a not in taken], 1, taken, near)
        if len(taken) == before:
            break
    return taken[len(first):]


def dates_heldout2_choice(rows):
    """The articles of dates-heldout2.jsonl: dates_choice in the held-out
    topics (HELDOUT_TOPICS order) after dates-heldout.jsonl."""
    return dates_choice(rows, HELDOUT_TOPICS, ["dates-heldout.jsonl"])


def dates_heldout3_choice(rows):
    """The articles of dates-heldout3.jsonl (a third held-out set, fixed
    before they were read): dates_choice in the held-out topics
    (HELDOUT_TOPICS order) after dates-heldout.jsonl and dates-heldout2.jsonl."""
    return dates_choice(rows, HELDOUT_TOPICS, ["dates-heldout.jsonl", "dates-heldout2.jsonl"])


def dates_tune_topics():
    """The topics of dates-tune.jsonl, in its file order (t12 and t14 are
    not among them)."""
    with open(os.path.join(HERE, "dates-tune.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line)["topic"] for line in fh if line.strip()]


def dates_tune2_choice(rows):
    """The articles of dates-tune2.jsonl (a second tune set, fixed before
    they were read): dates_choice in the topics of dates-tune.jsonl, in its
    file order, after dates-tune.jsonl."""
    return dates_choice(rows, dates_tune_topics(), ["dates-tune.jsonl"])


def people_errors(text, people):
    """The shape of one article's people and that every name, form and role
    occurs verbatim in its text."""
    out = []
    for i, p in enumerate(people):
        if set(p) - {"name", "forms", "roles", "note"} or not {"name", "forms", "roles"} <= set(p):
            out.append(f"person {i}: fields {sorted(p)}")
            continue
        if p["name"] not in p["forms"]:
            out.append(f"person {i}: name {p['name']!r} is not among its forms")
        for k in [p["name"]] + p["forms"] + p["roles"]:
            if not isinstance(k, str) or not k.strip() or k not in text:
                out.append(f"person {i}: {k!r} not in the text")
    return out


def main(files):
    rows = {}
    with open(corpus_path(), encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[r["id"]] = r
    err = Errors()
    for f in files:
        part = file_part(f)
        count, items = labelled_lines(f, rows, err)
        if os.path.basename(f) == "quotes-heldout3.jsonl" and [o["article"] for _, o, _ in items] != heldout3_choice(rows):
            err(f, 0, "the articles are not the ones the third held-out set's rule chooses, in corpus order (README.md)")
        if os.path.basename(f) == "quotes-heldout4.jsonl":
            got = [o["article"] for _, o, _ in items]
            if got != heldout4_choice(rows)[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones the fourth held-out set's rule chooses, in corpus order (README.md)")
        if os.path.basename(f) == "quotes-heldout6.jsonl":
            got = [o["article"] for _, o, _ in items]
            if got != heldout6_choice(rows)[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones the sixth held-out set's rule chooses, in corpus order (README.md)")
        if os.path.basename(f) == "quotes-heldout5.jsonl":
            for msg in heldout5_errors([o["article"] for _, o, _ in items], heldout5_choice(rows)):
                err(f, 0, msg)
        if os.path.basename(f) == "quotes-tune3.jsonl" and [o["article"] for _, o, _ in items] != tune3_choice(rows):
            err(f, 0, "the articles are not the ones the third tune set's rule chooses, in corpus order (README.md)")
        dates_rule = {"dates-heldout2.jsonl": ("second dates held-out", dates_heldout2_choice),
                      "dates-heldout3.jsonl": ("third dates held-out", dates_heldout3_choice),
                      "dates-tune2.jsonl": ("second dates tune", dates_tune2_choice)}.get(os.path.basename(f))
        if dates_rule:
            got = [o["article"] for _, o, _ in items]
            if got != dates_rule[1](rows)[:len(got)]:
                err(f, 0, f"the articles are not a prefix of the ones the {dates_rule[0]} set's rule chooses (README.md)")
        if os.path.basename(f) == "people-heldout2.jsonl":
            got = [o["article"] for _, o, _ in items]
            if got != people_heldout2_choice(rows)[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones the second people held-out set's rule chooses (README.md)")
        elif os.path.basename(f) in PEOPLE_MORE:
            got = [o["article"] for _, o, _ in items]
            if got != people_more_choice(rows, *PEOPLE_MORE[os.path.basename(f)])[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones its rule chooses, round by round (README.md)")
        elif os.path.basename(f) in PEOPLE_FOURTH:
            got = [o["article"] for _, o, _ in items]
            if got != people_fourth_choice(rows, PEOPLE_FOURTH[os.path.basename(f)])[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones its rule chooses, round by round (README.md)")
        elif os.path.basename(f) == "people-heldout5.jsonl":
            got = [o["article"] for _, o, _ in items]
            if got != people_fifth_choice(rows)[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones its rule chooses, round by round (README.md)")
        elif os.path.basename(f) == "people-tune4.jsonl":
            got = [o["article"] for _, o, _ in items]
            if got != people_tune4_choice(rows)[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones its rule chooses, round by round (README.md)")
        elif os.path.basename(f) in PEOPLE_SIXTH or os.path.basename(f) in PEOPLE_SEVENTH:
            got = [o["article"] for _, o, _ in items]
            rule = {**PEOPLE_SIXTH, **PEOPLE_SEVENTH}[os.path.basename(f)]
            if got != rule(rows)[:len(got)]:
                err(f, 0, "the articles are not a prefix of the ones its rule chooses, round by round (README.md)")
        elif os.path.basename(f).startswith("people-") and [o["article"] for _, o, _ in items] != people_choice(rows, part):
            err(f, 0, f"the articles are not the ones the people labels' rule chooses in the {part} topics (README.md)")
        if os.path.basename(f) == "quotes-tune2.jsonl":
            for msg in tune2_errors([o["article"] for _, o, _ in items], tune2_choice(rows), rows):
                err(f, 0, msg)
        for n, o, r in items:
            a = o["article"]
            t = o.get("topic")
            if t != r["story"]:
                err(f, n, f"{a}: topic {t!r}, the corpus says {r['story']!r}")
            if part and (fnv32a(r["story"]) % 2 == 0) != (part == "tune"):
                err(f, n, f"{a}: topic {r['story']} is not in the {part} part")
            text = r["text"]
            if "quotes" in o:
                for i, q in enumerate(o["quotes"]):
                    for msg in quote_errors(text, q):
                        err(f, n, f"{a} quote {i}: {msg}")
            elif "dates" in o:
                pf = o.get("published_from", "")
                if pf and pf not in text:
                    err(f, n, f"{a}: published_from {pf!r} not in the text")
                if o.get("published") and not re.fullmatch(VALUE["day"], o["published"]):
                    err(f, n, f"{a}: published {o['published']!r} is not YYYY-MM-DD")
                for i, d in enumerate(o["dates"]):
                    where = f"{a} date {i}"
                    if set(d) != {"text", "context", "value", "granularity", "entry", "what"}:
                        err(f, n, f"{where}: fields {sorted(d)}")
                        continue
                    if d["context"] not in text:
                        err(f, n, f"{where}: context {d['context']!r} not in the text")
                    if d["text"] not in d["context"]:
                        err(f, n, f"{where}: text {d['text']!r} not in its context")
                    g = d["granularity"]
                    if g not in VALUE or not re.fullmatch(VALUE[g], d["value"]):
                        err(f, n, f"{where}: value {d['value']!r} does not fit granularity {g!r}")
                    if bool(d["entry"]) != bool(d["what"]):
                        err(f, n, f"{where}: \"what\" is for entries, and every entry has one")
            elif "people" in o:
                for msg in people_errors(text, o["people"]):
                    err(f, n, f"{a} {msg}")
            else:
                err(f, n, f"{a}: neither quotes, dates nor people")
        print(f"{os.path.basename(f)}: {count} lines checked")
    print(f"{err.count} errors")
    return 1 if err.count else 0


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "quotes-*.jsonl")) +
                                   glob.glob(os.path.join(HERE, "dates-*.jsonl")) +
                                   glob.glob(os.path.join(HERE, "people-*.jsonl")))
    sys.exit(main(files))
