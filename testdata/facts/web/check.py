#!/usr/bin/env python3
"""Mechanical check of the web quote labels (see README.md).

Usage: python3 testdata/facts/web/check.py [FILE.jsonl ...]
With no arguments it checks quotes-tune.jsonl, quotes-heldout.jsonl,
quotes-heldout2.jsonl, quotes-heldout3.jsonl, quotes-tune2.jsonl and
quotes-heldout4.jsonl beside it (those that exist). Checks: every line
parses; "topic" is web-PART, the file's part; the files hold exactly the kept pages of their part, in file
name order (web_choice: the lead's 39 candidates, less the pages DROPPED
below, split by web_part, fnv32a of the file name, even = tune; heldout2: the
second choice, web_choice2, less the pages DROPPED2, all held out; heldout3:
the third, web_choice3, less DROPPED3, all held out; tune2 and heldout4: the
fourth, web_choice4, less DROPPED4, split by web_part4, fnv32a of the file
name, even = tune2, or a prefix of it when labelling stopped early), each once
and in one file only; each quote's
fields as in ../ecbplus/check.py (kind, pattern, unnamed, no unknown field;
start and end not empty, at most 12 and 8 words: a start key is longer than
the guide's 4-8 only where its first eight words recur earlier in the text).
heldout2's, heldout3's, tune2's and heldout4's choices are computed from the pages (module.txt's
folder), so they are checked only where go and the module are there.
The keys are words of the page's text as copydesk's extraction gives it, which
python cannot make: that every start and end key is found in that text (end
after start) is checked by `go test ./internal/eval -run TestWebLabels`, which
this script runs at the end when go is on the PATH (it extracts the pages and
locates the keys; it scores nothing). Exit status 1 on any error.
"""
import html.parser, importlib.util, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))

_spec = importlib.util.spec_from_file_location("ecbcheck", os.path.join(HERE, "..", "ecbplus", "check.py"))
ecb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ecb)

# The lead's candidates (fixed before anyone read a page): the English pages of
# go-trafilatura's test-files/comparison with four or more "said/says/told/
# according to/added/explained" and four or more curly opening quotes.
CANDIDATES = """
0a3108e507c54157a95fe7a1338f5e9c.html bostonherald.com-Brothel-catering.html
boxen1.com-ring-rückkehr.html breakingbelizenews.com-paho.html
californiaglobe.com.amazon.html economist.com.thinking.html gothamist.com-plagues.html
guardian.co.tt-massy.html haitiantimes.com-family.html independent.co.uk.penalty.html
kxan.com-Voters.html latimes.com.bloomberg.html miamitodaynews.com-Transitway.html
msn.com.university.html newrepublic.com.neoliberalism.html nymag.com.polarization.html
nytimes.com.blackouts.html observer.com-LVMH.html pagesix.com.myers.html
pamelaandersonfoundation.org.yellow.html pawszilla.com.celine.html
politico.com.retirement.html presse-ausburg.de-Tarifverbund.html royalroad.com.melas.html
spontis.de.jahrzehnt.html standard.co.uk.caribbean.html stardewvalleywiki.com.penny.html
stluciatimes.com-dea.html theintercept.com-Gaza.html thenassauguardian.com-hikes.html
thenervousbreakdown.com.loneliest.html thestkittsnevisobserver.com-bvi.html
ticotimes.net-migration.html ticotimes.net-worldbank.html timesofisrael.com.washington.html
toptal.com.python.html tribune242.com-gunned.html wired.com.burn.html wsvn.com-crash.html
""".split()

# Dropped from the title and first lines alone, before labelling (README.md).
DROPPED = {
    "boxen1.com-ring-rückkehr.html": "German",
    "presse-ausburg.de-Tarifverbund.html": "German",
    "spontis.de.jahrzehnt.html": "German",
    "royalroad.com.melas.html": "fiction (a serial's prologue)",
    "stardewvalleywiki.com.penny.html": "a wiki page",
    "toptal.com.python.html": "a programming tutorial",
    "pamelaandersonfoundation.org.yellow.html": "a personal post on a foundation's site, not a news or magazine article",
}


# The second choice (heldout2), fixed by the lead before anyone read its
# pages: web_choice2 below. Dropped from the title and first lines alone,
# before labelling (README.md).
DROPPED2 = {
    "mdavis.xyz.supermarket.html": "fiction (a short story on a personal site)",
    "popsugar.co.uk.halloween.html": "a listicle of costume ideas",
    "realsimple.com.hydrangea.html": "gardening (how to care for hydrangeas)",
    "redtri.com.jokes.html": "jokes for kids",
    "thelist.com.multivitamin.html": "a health listicle (what a daily multivitamin does)",
    "tomshardware.com.rtx.html": "a buying guide (where to buy graphics cards)",
    "youhadmeatgardening.com.lemon.html": "gardening (a lemon tree from seed)",
}

# The third choice (heldout3), fixed by the lead before anyone read its pages:
# web_choice3 below. Dropped from the title and first lines alone, before
# labelling (README.md).
DROPPED3 = {
    "businessjargons.com.leadership.html": "a glossary entry (a definition of leadership styles)",
    "deleuze.enacademic.com.micropolitics.html": "an encyclopedia entry (a Deleuze dictionary)",
    "harrypotter.fandom.com.spell.html": "a wiki page (a fictional spell)",
    "hearya.com.metal.html": "a list (a magazine's ranking of singers, reposted with a blogger's remarks)",
    "netbits.us.stunnel_rsync.html": "a technical how-to (rsync over stunnel)",
    "pythonspeed.com.docker.html": "a programming tutorial",
    "reddit.com.init.html": "a forum thread",
    "sibenlab.blogspot.com.privacy.html": "a privacy policy",
}

_SAY = re.compile(r"\b(said|says|told|according to|added|explained)\b", re.I)
_STOP = set("the and of to in is that for was with on as by it at from".split())


class _Text(html.parser.HTMLParser):
    """The text of a page outside script, style and noscript."""

    def __init__(self):
        super().__init__()
        self.skip, self.out = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _texts(pages, skip):
    """For each .html page of the folder pages not in skip, in file name
    order, (name, text, words) when its text outside script/style/noscript
    (text) has at least 300 words (runs of a-z, lower-cased: words) and a
    share of at least 0.12 of them in the English stop words above. A page
    the parser cannot read is left out."""
    for f in sorted(os.listdir(pages)):
        if f in skip or not f.endswith(".html"):
            continue
        with open(os.path.join(pages, f), "rb") as fh:
            raw = fh.read().decode("utf-8", "replace")
        p = _Text()
        try:
            p.feed(raw)
        except Exception:
            continue
        t = " ".join(p.out)
        words = re.findall(r"[a-z]+", t.lower())
        if len(words) < 300 or sum(w in _STOP for w in words) / len(words) < 0.12:
            continue
        yield f, t, words


def _marks(t):
    """The opening quotation marks of t as web_choice2 counts them: curly
    \u201c, or a straight double one after a space or at the start and
    before a word character."""
    return t.count("\u201c") + len(re.findall(r'(?:^|\s)"\w', t))


def _counts(pages, skip):
    """For each .html page of the folder pages not in skip, in file name
    order, (name, says, marks) when its text outside script/style/noscript
    has at least 300 words (runs of a-z, lower-cased) and a share of at least
    0.12 of them in the English stop words above: says counts
    said/says/told/according to/added/explained, marks the opening quotation
    marks (curly \u201c, or a straight double one after a space or at the
    start and before a word character). A page the parser cannot read is
    left out (_texts, _marks)."""
    for f, t, _ in _texts(pages, skip):
        yield f, len(_SAY.findall(t)), _marks(t)


def web_choice2(pages):
    """The second choice, in file name order: the pages of _counts not among
    the 39 CANDIDATES with three or more says and three or more marks."""
    return [f for f, says, marks in _counts(pages, set(CANDIDATES)) if says >= 3 and marks >= 3]


def web_choice3(pages):
    """The third choice (heldout3), fixed by the lead before anyone read its
    pages, in file name order: the pages of _counts among neither the 39
    CANDIDATES nor the second choice's 21 (web_choice2, kept and dropped
    alike) with at least one says and at least two marks."""
    skip = set(CANDIDATES) | set(web_choice2(pages))
    return [f for f, says, marks in _counts(pages, skip) if says >= 1 and marks >= 2]


# The fourth choice (tune2 and heldout4, eighteenth session), fixed before
# anyone read its pages: web_choice4 below, split by web_part4. Dropped from
# the title and first lines alone, before labelling (README.md).
MAX_WORDS4 = 5000
DROPPED4 = {
    "anarc.at.cdpath.html": "a technical blog post (shell setup)",
    "d44c5ef50718437984dca47627dee96b.html": "a company's blog post (a roundup of industry links)",
    "docs.docker.com.install.html": "technical documentation",
    "eatwhattonight.com.stir.html": "a recipe",
    "elavegan.com-Peanut.html": "a recipe",
    "emacspeak.blogspot.com.meta.html": "a programming blog post",
    "ext.theperspective.com.items.html": "a list (products we never knew we wanted)",
    "fifplay.com.settings.html": "a game's settings reference",
    "flawlessfood.co.uk.olive.html": "a recipe",
    "foxyfolksy.com.buttercream.html": "a recipe",
    "german.stackexchange.com.ausgeraubt.html": "a forum question",
    "github.com.yapapi.html": "a code repository's read-me",
    "hackernoon.com.scrape.html": "a programming tutorial",
    "hassanchef.com.bhindi.html": "a recipe",
    "healthline.com.fat.html": "a health listicle (ten ways to measure body fat)",
    "jobsnhire.com.health.html": "a company explainer on a jobs site",
    "medium.com.dokku.html": "a technical how-to",
    "mydailymagazine.com.halloween.html": "a list of workout videos",
    "parallels.com.desktop.html": "a product page",
    "plantcaretoday.com.bougainvillea.html": "gardening (how to grow bougainvillea)",
    "schneems.com.rubocop.html": "a programming blog post",
    "searchlight.vc-dimond.html": "a how-to (social-media marketing tips)",
    "shabka.org.about.html": "an organisation's about page",
    "statisticsglobe.com.ggplot2.html": "a programming tutorial",
    "thebalance.com.coinbase.html": "a buying guide (two exchanges compared)",
    "thepostpartumparty.com.nursery.html": "a how-to (nursery ideas)",
    "wiki.python.org.Download.html": "a wiki page",
    "womencantalksports.com-top10.html": "a list (ten women talking sports)",
}


def web_choice4(pages):
    """The fourth choice, in file name order: the pages of _texts among none
    of the earlier choices (the 39 CANDIDATES, web_choice2's 21 and
    web_choice3's 18, kept and dropped alike) with at most MAX_WORDS4 words
    and at least one said/says/told/according to/added/explained OR at least
    one opening quotation mark (_marks, or a curly single \u2018, a \u00ab
    or a \u201e). web_choice3's test (one says and two marks) leaves no page,
    and one of each leaves seven: the test is relaxed to either."""
    skip = set(CANDIDATES) | set(web_choice2(pages)) | set(web_choice3(pages))
    out = []
    for f, t, words in _texts(pages, skip):
        marks = _marks(t) + t.count("\u2018") + t.count("\u00ab") + t.count("\u201e")
        if len(words) <= MAX_WORDS4 and (_SAY.search(t) or marks >= 1):
            out.append(f)
    return out


def web_part4(name):
    """The part of a page of the fourth choice: fnv32a of its file name,
    even = tune2, odd = heldout4."""
    return "tune2" if ecb.fnv32a(name) % 2 == 0 else "heldout4"


def pages_dir():
    """The folder of the pages (module.txt: a Go module and a folder in it),
    or None when go or the module is not there."""
    if not shutil.which("go"):
        return None
    mod, folder = open(os.path.join(HERE, "module.txt"), encoding="utf-8").read().split()
    r = subprocess.run(["go", "list", "-m", "-f", "{{.Dir}}", mod], cwd=REPO, capture_output=True, text=True)
    d = os.path.join(r.stdout.strip(), folder)
    return d if r.returncode == 0 and r.stdout.strip() and os.path.isdir(d) else None


PARTS = ("tune", "heldout", "heldout2", "heldout3", "tune2", "heldout4")

# The parts that may hold a prefix of their choice (labelling stopped early).
PREFIX_PARTS = ("tune2", "heldout4")


def web_part(name):
    """The part of a page of the first choice: fnv32a of its file name, even
    = tune (as internal/corpus.InPart). The evaluation itself refuses a page
    that a tune file holds in a held-out part (internal/eval webTune)."""
    return "tune" if ecb.fnv32a(name) % 2 == 0 else "heldout"


def web_choice(part, pages=None):
    """The pages of a part, in file name order (heldout2 and heldout3 need
    the folder of the pages; None when it is not there)."""
    if part == "heldout2":
        return None if pages is None else [n for n in web_choice2(pages) if n not in DROPPED2]
    if part == "heldout3":
        return None if pages is None else [n for n in web_choice3(pages) if n not in DROPPED3]
    if part in ("tune2", "heldout4"):
        return None if pages is None else [n for n in web_choice4(pages) if n not in DROPPED4 and web_part4(n) == part]
    return sorted(n for n in CANDIDATES if n not in DROPPED and web_part(n) == part)


def shape_errors(q):
    out = [m for m in ecb.quote_errors(q.get("start", "") + " " + q.get("end", ""), q)
           if not m.startswith(("start", "end"))]
    for k, most in (("start", 10), ("end", 6)):
        if not q.get(k, "").strip():
            out.append(f"empty {k}")
        elif len(q[k].split()) > most + 2:
            out.append(f"{k} {q[k]!r} longer than {most} words")
    return out


def main(files):
    err = ecb.Errors()
    seen = {}
    pages = pages_dir()
    for f in files:
        base = os.path.basename(f)
        part = base[len("quotes-"):-len(".jsonl")]
        if part not in PARTS:
            err(f, 0, "the files are " + ", ".join(f"quotes-{p}.jsonl" for p in PARTS))
            continue
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
                if a in seen:
                    err(f, n, f"{a} is labelled in {seen[a]} too")
                seen[a] = base
                if set(o) - {"article", "topic", "quotes"}:
                    err(f, n, f"{a}: unknown fields {sorted(set(o) - {'article', 'topic', 'quotes'})}")
                if o.get("topic") != "web-" + part:
                    err(f, n, f"{a}: topic {o.get('topic')!r}, want web-{part}")
                if part in ("tune", "heldout") and web_part(a) != part:
                    err(f, n, f"{a}: fnv32a puts it in {web_part(a)}, not {part}")
                if part in ("tune2", "heldout4") and web_part4(a) != part:
                    err(f, n, f"{a}: fnv32a puts it in {web_part4(a)}, not {part}")
                for i, q in enumerate(o.get("quotes", [])):
                    for msg in shape_errors(q):
                        err(f, n, f"{a} quote {i}: {msg}")
        want = web_choice(part, pages)
        if want is None:
            print(f"{base}: no pages folder (go or the module missing): its choice was not checked")
        elif part in PREFIX_PARTS and ids != want and ids == want[:len(ids)]:
            print(f"{base}: the first {len(ids)} of the {len(want)} kept pages of {part} (a prefix)")
        elif ids != want:
            err(f, 0, f"the articles are not the {len(want)} kept pages of {part} in file name order")
        print(f"{base}: {len(ids)} lines checked")
    if shutil.which("go"):
        r = subprocess.run(["go", "test", "-count=1", "-run", "TestWebLabels", "./internal/eval"],
                           cwd=REPO, capture_output=True, text=True)
        print("keys in the extracted text (go test -run TestWebLabels):", "ok" if r.returncode == 0 else "FAILED")
        if r.returncode != 0:
            print(r.stdout[-3000:] + r.stderr[-2000:])
            err.count += 1
    else:
        print("go not found: the keys were not located in the extracted text")
    print(f"{err.count} errors")
    return 1 if err.count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [p for p in (os.path.join(HERE, f"quotes-{x}.jsonl") for x in PARTS) if os.path.exists(p)]))
