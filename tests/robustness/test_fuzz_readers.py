"""Fuzzed input for every reader: a committed corpus of nasty files (tests/fixtures/fuzz, rebuilt by
scripts/make_fuzz_corpus.py) and property-based generators (hypothesis). Whatever comes in, a reader
yields Articles and InputErrors only — each error one line naming the file (and line or record) —
keeps the good records, and finishes in time. Counts go to the run's summary; the last test checks
the bar (>= 10,000 fuzzed inputs, 0 crashes)."""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import random
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from rasd.errors import InputError
from rasd.ingest import Limits, read_file, read_stdin
from rasd.ingest.csv import read_csv
from rasd.ingest.encoding import decode_bytes
from rasd.ingest.feeds import read_feed
from rasd.ingest.html import html_article
from rasd.ingest.jsonl import read_json_file, read_jsonl
from rasd.model import Article
from tests.robustness.conftest import COUNTS, FUZZ, FUZZ_BAR, Hang, rasd_cmd, time_limit, timed

MANIFEST = json.loads((FUZZ / ".manifest.json").read_text("utf-8"))
SMALL = Limits(max_bytes=64 * 1024, timeout=2.0)
PER_INPUT_S = 20.0  # a reader that takes longer on one fuzzed input is hanging

# -- the alphabet of nasty text: Arabic letters, every diacritic, presentation forms, bidi marks,
# emoji, controls, quotes and separators
ARABIC = [chr(c) for c in range(0x0621, 0x064B)]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]
PRESENTATION = [chr(c) for c in (0xFB50, 0xFB8A, 0xFBFC, 0xFC5E, 0xFD3E, 0xFDF2, 0xFDFA, 0xFDFB, 0xFDFD,
                                 0xFE70, 0xFE7C, 0xFE8D, 0xFE91, 0xFEDF, 0xFEF3, 0xFEFB, 0xFEFC)]
BIDI = list("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200c\u200d\ufeff")
EMOJI = ["💥", "🔥", "🇱🇾", "👨‍👩‍👧", "🕊️", "✌🏽", "\U0001F9D5"]
PUNCT = list(" \t\n\r،؛؟.,;:\"'<>&/\\{}[]()-_=+*%$#@!`~|^") + ["\x00", "\x0b", "\x85", "\u2028", "\u00a0"]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩")
NASTY = ARABIC + DIACRITICS + PRESENTATION + BIDI + EMOJI + PUNCT + DIGITS



def _joined(pieces, min_size: int = 0, max_size: int = 100):
    """Text made of pieces (an emoji sequence is one piece of several code points)."""
    return st.lists(pieces, min_size=min_size, max_size=max_size).map("".join)


nasty_text = _joined(st.sampled_from(NASTY) | st.characters(blacklist_categories=("Cs",)), max_size=200)
arabic_text = _joined(st.sampled_from(ARABIC + DIACRITICS + PRESENTATION + BIDI + EMOJI + DIGITS + [" "]),
                      min_size=1, max_size=150).filter(lambda s: s.strip() != "")


def _bytes_of(text: str, enc: str) -> bytes:
    if enc == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if enc == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    if enc == "cp1256":
        return text.encode("cp1256", "ignore")
    return text.encode("utf-8", "surrogatepass")


@st.composite
def mangled_bytes(draw) -> bytes:
    """Text in some encoding, then truncated, spliced with junk, or with bytes flipped."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=600))
    text = draw(nasty_text | arabic_text)
    data = _bytes_of(text, draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"])))
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["cut", "insert", "flip", "nul"]))
        pos = draw(st.integers(0, len(data)))
        if op == "cut":
            data = data[:pos]
        elif op == "insert":
            data = data[:pos] + draw(st.binary(min_size=1, max_size=8)) + data[pos:]
        elif op == "flip" and pos < len(data):
            data = data[:pos] + bytes([data[pos] ^ draw(st.integers(1, 255))]) + data[pos + 1:]
        elif op == "nul":
            data = data[:pos] + b"\x00" + data[pos:]
    return data


def _check_error(e: InputError, source: str) -> None:
    msg = str(e)
    assert "\n" not in msg and "\r" not in msg, f"not one line: {msg!r}"
    assert msg.startswith(source), f"does not name {source}: {msg!r}"
    assert "Traceback" not in msg and len(msg) < 1000


def drain(items, source: str, kind: str) -> tuple[list[Article], list[InputError]]:
    """Every item of a reader, within the time limit; anything but Article/InputError is a crash."""
    COUNTS[f"fuzz:{kind}"] += 1
    good: list[Article] = []
    bad: list[InputError] = []
    try:
        with time_limit(PER_INPUT_S, f"{kind} reader"):
            for x in items:
                if isinstance(x, InputError):
                    _check_error(x, source)
                    bad.append(x)
                else:
                    assert isinstance(x, Article), f"{kind} reader gave {type(x).__name__}"
                    assert isinstance(x.text, str) and x.text.strip(), "an article without text"
                    assert x.id and isinstance(x.id, str)
                    good.append(x)
    except (AssertionError, Hang):
        COUNTS["crashes"] += 1
        raise
    except InputError:
        raise
    except BaseException:
        COUNTS["crashes"] += 1
        raise
    return good, bad


FUZZ_SETTINGS = dict(deadline=None, derandomize=True, database=None, print_blob=True,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                            HealthCheck.filter_too_much, HealthCheck.large_base_example])


# ------------------------------------------------------------------ the committed corpus

@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_fuzz_corpus_reader_keeps_good_records_and_names_bad_ones(name):
    expected = MANIFEST[name]
    path = FUZZ / name
    with timed("fuzz corpus"):
        good, bad = drain(read_file(path, Limits()), str(path), "corpus")
    assert [a.id for a in good] == expected["good"], [str(e) for e in bad]
    assert len(bad) == expected["bad"], [str(e) for e in bad]


def test_fuzz_corpus_ingest_cli_one_line_per_bad_record_good_ones_stored(tmp_path, private_env):
    """`rasd ingest` on the whole corpus plus a 50 MB single-line JSONL file and a 50 MB one-line text
    file: exit 1, no traceback, one stderr line per bad record naming it, every good record stored."""
    big = tmp_path / "big"
    big.mkdir()
    line = ('{"id": "huge", "text": "' + "قتل " * (13 * 1024 * 1024) + '"}\n').encode("utf-8")
    assert len(line) > 50 * 1024 * 1024
    (big / "huge_line.jsonl").write_bytes(line + json.dumps({"id": "after-huge", "text": "قتل ثلاثة مدنيين في سرت"},
                                                           ensure_ascii=False).encode("utf-8") + b"\n")
    (big / "huge_line.txt").write_bytes(("سرت " * (7 * 1024 * 1024)).encode("utf-8")[: 50 * 1024 * 1024 + 5])
    db = tmp_path / "fuzz.db"
    with timed("fuzz cli"):
        proc = subprocess.run(rasd_cmd("ingest", str(FUZZ), str(big), "--db", str(db)), env=private_env,
                              capture_output=True, text=True, timeout=240, cwd=tmp_path)
    COUNTS["fuzz:cli-files"] += len(MANIFEST) + 2
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 1, proc.stderr[-3000:]
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    expected_bad = sum(v["bad"] for v in MANIFEST.values()) + 2
    assert len(lines) == expected_bad, "\n".join(lines)
    for x in lines:
        assert x.startswith("rasd: ") and (str(FUZZ) in x or str(big) in x), x
    from rasd.store import Store

    with Store(f"sqlite:///{db}") as s:
        stored = s.article_ids()
        assert s.integrity_check()
    want = {i for v in MANIFEST.values() for i in v["good"]} | {"after-huge"}
    assert want <= stored, sorted(want - stored)
    assert "huge" not in stored and "huge_line" not in stored


# ------------------------------------------------------------------ mutation fuzzing from the corpus

SEEDS = [p for p in sorted(FUZZ.iterdir()) + sorted((FUZZ.parent / "ingest").iterdir())
         if p.is_file() and not p.name.startswith(".") and p.stat().st_size <= 20_000]
TOKENS = [b'"', b",", b"\n", b"\r\n", b"\x00", b"{", b"}", b"[", b"<", b">", b"</p>", b"<![CDATA[", b"&", b"\xff",
          b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\\ud800", b'\\"', "\u0651\u064b".encode(),
          "\ufefb\u200f\u202e".encode(), "💥".encode(), "قتل".encode("cp1256"), b"\x80\x81"]
# mutated inputs per reader kind (by extension): cheap readers get many, trafilatura/feedparser fewer
MUTATIONS = {".txt": 3300, ".jsonl": 3300, ".json": 500, ".csv": 2000, ".xml": 250, ".html": 80}


def mutate(data: bytes, rnd: random.Random) -> bytes:
    """1-4 random edits: truncate, flip, insert junk or a telling token, delete or repeat a chunk."""
    for _ in range(rnd.randint(1, 4)):
        n = len(data)
        i = rnd.randint(0, n)
        op = rnd.randrange(6)
        if op == 0:
            data = data[:i]
        elif op == 1 and n:
            i = min(i, n - 1)
            data = data[:i] + bytes([rnd.randrange(256)]) + data[i + 1:]
        elif op == 2:
            data = data[:i] + rnd.randbytes(rnd.randint(1, 16)) + data[i:]
        elif op == 3:
            data = data[:i] + rnd.choice(TOKENS) * rnd.randint(1, 3) + data[i:]
        elif op == 4:
            data = data[:i] + data[i + rnd.randint(1, 64):]
        else:
            data = data[:i] + data[i:i + rnd.randint(1, 200)] * rnd.randint(2, 50) + data[i:]
    return data


@pytest.mark.parametrize("ext", sorted(MUTATIONS))
def test_fuzz_mutated_corpus_files_read_or_named(ext, tmp_path):
    """Corpus and fixture files of one kind, mutated at random (seeded): each read gives Articles and
    one-line InputErrors naming the file, in time."""
    kinds = {".txt": (".txt",), ".jsonl": (".jsonl",), ".json": (".json",), ".csv": (".csv",),
             ".xml": (".xml", ".rss", ".atom"), ".html": (".html",)}[ext]
    seeds = [p.read_bytes() for p in SEEDS if p.suffix in kinds]
    assert seeds, ext
    rnd = random.Random(f"rasd-fuzz{ext}")
    path = tmp_path / f"m{ext}"
    with timed("fuzz mutations"):
        for _ in range(MUTATIONS[ext]):
            path.write_bytes(mutate(rnd.choice(seeds), rnd))
            drain(read_file(path, SMALL), str(path), f"mutated{ext}")


# ------------------------------------------------------------------ property-based: every reader

@settings(max_examples=400, **FUZZ_SETTINGS)
@given(data=mangled_bytes())
def test_fuzz_text_bytes_decode_exactly_or_fail_with_one_line(data):
    """Bytes as a .txt/stdin article: valid UTF-8 (no NUL, no binary signature) is read unchanged;
    anything else is read exactly as its declared encoding or refused with one line."""
    good, bad = drain(read_stdin(io.BytesIO(data), SMALL), "<stdin>", "text/stdin")
    assert len(good) + len(bad) >= (1 if data.strip() else 0)
    if good and not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        try:
            plain = data.decode("utf-8")
        except UnicodeDecodeError:
            plain = None
        if plain is not None and not data.startswith(codecs.BOM_UTF8):
            assert good[0].text == plain
    try:
        text = decode_bytes(data, "a.txt")
    except InputError as e:
        _check_error(e, "a.txt")
    else:
        assert isinstance(text, str)
        if data.startswith(codecs.BOM_UTF8):
            assert text == data[3:].decode("utf-8")


@st.composite
def jsonl_stream(draw):
    """(bytes of a JSON Lines stream, {line number: (id, text)} of the lines that are good records)."""
    lines, good = [], {}
    for n in range(1, draw(st.integers(1, 8)) + 1):
        kind = draw(st.sampled_from(["good", "good", "value", "junk", "bytes", "deep", "cut", "blank", "badfield"]))
        if kind == "good":
            rid = draw(_joined(st.sampled_from(ARABIC + DIGITS + list("abc-_:/ ")), min_size=1, max_size=20))
            text = draw(arabic_text)
            rec = {"id": rid, "text": text}
            if draw(st.booleans()):
                rec["published"] = draw(st.dates()).isoformat()
            if draw(st.booleans()):
                rec["title"] = draw(nasty_text)
            raw = json.dumps(rec, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
            if rid.strip():
                good[n] = (rid.strip(), text)
        elif kind == "value":
            raw = json.dumps(draw(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | nasty_text,
                                               lambda c: st.lists(c, max_size=3) | st.dictionaries(
                                                   st.sampled_from(["id", "text", "title", "published", "x"]), c,
                                                   max_size=4), max_leaves=10))).encode()
        elif kind == "junk":
            raw = draw(nasty_text).encode("utf-8", "surrogatepass")
        elif kind == "bytes":
            raw = draw(st.binary(max_size=100))
        elif kind == "deep":
            d = draw(st.integers(500, 30_000))
            raw = ('{"text": ' + draw(st.sampled_from(["[", '{"a": '])) * d).encode()
        elif kind == "cut":
            full = json.dumps({"id": "c", "text": draw(arabic_text)}, ensure_ascii=False).encode()
            raw = full[: draw(st.integers(0, len(full) - 1))]
        elif kind == "badfield":
            raw = json.dumps({"id": "b", "text": draw(arabic_text),
                              "published": draw(st.sampled_from(["yesterday", "2016-02-30", "0", "٢٠١٦-٠٨-٠٦", "", "  "]))},
                             ensure_ascii=False).encode()
        else:
            raw = b"   "
        raw = raw.replace(b"\n", b" ")
        lines.append(raw)
    return b"\n".join(lines) + b"\n", good


@settings(max_examples=300, **FUZZ_SETTINGS)
@given(stream=jsonl_stream())
def test_fuzz_jsonl_lines_each_read_or_named(stream):
    data, good_lines = stream
    good, bad = drain(read_jsonl(io.BytesIO(data), "feed.jsonl", SMALL), "feed.jsonl", "jsonl")
    by_line = {int(a.origin.rsplit(":", 1)[1]): a for a in good}
    for n, (rid, text) in good_lines.items():
        assert n in by_line, f"good line {n} lost: {[str(e) for e in bad]}"
        assert (by_line[n].id, by_line[n].text) == (rid, text)
    for e in bad:
        assert isinstance(e.record, int) and e.record not in by_line
    nonblank = sum(1 for x in data.split(b"\n") if x.strip())
    assert len(good) + len(bad) == nonblank


@settings(max_examples=100, **FUZZ_SETTINGS)
@given(doc=st.one_of(
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | nasty_text,
                 lambda c: st.lists(c, max_size=4) | st.dictionaries(
                     st.sampled_from(["id", "text", "title", "published", "outlet", "url"]), c, max_size=6),
                 max_leaves=20).map(lambda v: json.dumps(v).encode()),
    st.integers(100, 200_000).map(lambda d: (b"[" * d) + (b"]" * d)),
    mangled_bytes()))
def test_fuzz_json_file_records_or_one_line(doc):
    fd, name = tempfile.mkstemp(suffix=".json")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(doc)
        drain(read_json_file(Path(name), SMALL), name, "json")
    finally:
        os.unlink(name)


field = _joined(st.sampled_from(NASTY + ['"', ",", "\n", "\r"]) | st.characters(blacklist_categories=("Cs",)),
                max_size=60)


@st.composite
def csv_text(draw):
    """(CSV text, [(id, text)] of rows that must be read) — well-formed or with broken quoting."""
    header = ["id", "text", "published"]
    if draw(st.booleans()):
        out = io.StringIO(newline="")
        w = csv.writer(out)
        w.writerow(header)
        want = []
        for k in range(draw(st.integers(0, 6))):
            rid, text = f"r{k}", draw(field.filter(lambda s: s.strip() != "" and "\x00" not in s))
            w.writerow([rid, text, draw(st.sampled_from(["", "2016-08-06"]))])
            want.append((rid, text))
        return out.getvalue(), want
    rows = [",".join(header)]
    for _ in range(draw(st.integers(0, 6))):
        rows.append(",".join(draw(st.lists(field.map(lambda s: draw(st.sampled_from(["", '"'])) + s), max_size=5))))
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(rows), []


@settings(max_examples=300, **FUZZ_SETTINGS)
@given(doc=csv_text())
def test_fuzz_csv_rows_each_read_or_named(doc):
    text, want = doc
    good, _bad = drain(read_csv(io.StringIO(text, newline=""), "a.csv", SMALL), "a.csv", "csv")
    if want:
        assert [(a.id, a.text) for a in good] == want


TAGS = ["html", "body", "div", "p", "article", "span", "b", "table", "td", "script", "style", "title", "head",
        "meta", "br", "img", "iframe", "svg", "math", "template", "noscript", "a", "h1", "section"]


@st.composite
def tag_soup(draw):
    parts = []
    for _ in range(draw(st.integers(1, 30))):
        k = draw(st.integers(0, 6))
        tag = draw(st.sampled_from(TAGS))
        if k == 0:
            parts.append(f"<{tag}>")
        elif k == 1:
            parts.append(f"</{tag}>")
        elif k == 2:
            parts.append(f"<{tag} onerror=\"{draw(nasty_text)[:20]}\" class='{draw(nasty_text)[:10]}'>")
        elif k == 3:
            parts.append(draw(st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "&amp;",
                                               "&#0;", "&#xD800;", "&nbsp;", "<", ">", "<?xml?>"])))
        elif k == 4:
            parts.append(f"<{tag}>" * draw(st.integers(50, 2000)))
        else:
            parts.append(draw(arabic_text | nasty_text))
    return "".join(parts)


@settings(max_examples=50, **FUZZ_SETTINGS)
@given(html=tag_soup())
def test_fuzz_html_pages_article_or_one_line(html):
    drain(_html_items(html), "p.html", "html")


def _html_items(html: str):
    try:
        yield html_article(html, id="p", source="p.html")
    except InputError as e:
        yield e


BAD_DATES = ["", "yesterday", "Mon, 45 Foo 2016 99:99:99 +9999", "0000-00-00", "2016-02-30T25:61:00Z",
             "Fri, 31 Dec 99999 23:59:59 GMT", "٢٠١٦/٠٨/٠٦", "-1", "1e309", "Sat, 06 Aug 2016 10:00:00 +0000",
             "2016-08-06", "<b>2016</b>", "&#0;"]


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;")


@st.composite
def feed_doc(draw):
    items = []
    want = []
    for k in range(draw(st.integers(0, 5))):
        title, body = draw(arabic_text), draw(nasty_text)
        date = draw(st.sampled_from(BAD_DATES) | nasty_text)
        items.append(f"<item><title>{_xml(title)}</title><guid>g{k}</guid><pubDate>{_xml(date)}</pubDate>"
                     f"<description>{_xml(body)}</description></item>")
        want.append(f"g{k}")
    kind = draw(st.sampled_from(["rss", "atom"]))
    if kind == "rss":
        doc = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>' + "".join(items) \
              + "</channel></rss>"
    else:
        doc = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
               + "".join(i.replace("<item>", "<entry>").replace("</item>", "</entry>").replace("guid>", "id>")
                         .replace("pubDate>", "updated>").replace("description>", "summary>") for i in items)
               + "</feed>")
    data = doc.encode("utf-8", "surrogatepass")
    mangled = False
    if draw(st.integers(0, 2)) == 0:
        mangled = True
        pos = draw(st.integers(0, len(data)))
        data = data[:pos] + (draw(st.binary(max_size=20)) if draw(st.booleans()) else b"")
    return data, ([] if mangled else want)


@settings(max_examples=200, **FUZZ_SETTINGS)
@given(doc=feed_doc())
def test_fuzz_feed_entries_each_read_or_named(doc):
    data, want = doc
    good, _bad = drain(read_feed(data, "feed.xml"), "feed.xml", "feed")
    if want:
        assert [a.id for a in good] == want


@settings(max_examples=40, **FUZZ_SETTINGS)
@given(text=arabic_text | nasty_text.filter(lambda s: s.strip() != ""))
def test_fuzz_pipeline_runs_on_nasty_text_and_spans_stay_in_the_text(text):
    """Articles that passed a reader (any Unicode: presentation forms, bidi marks, emoji, NUL...) go
    through the whole pipeline; every event's evidence is a slice of the original text."""
    from rasd import process_article

    COUNTS["fuzz:pipeline"] += 1
    try:
        with time_limit(PER_INPUT_S, "pipeline"):
            events = process_article(Article("fz", "سرت - " + text + " قتل ثلاثة مدنيين في غارة جوية على سرت."))
    except InputError as e:
        _check_error(e, "fz")
        return
    except BaseException:
        COUNTS["crashes"] += 1
        raise
    for ev in events:
        for s in ev.sources:
            assert s.text == ("سرت - " + text + " قتل ثلاثة مدنيين في غارة جوية على سرت.")[s.evidence.start:s.evidence.end]


def test_fuzz_zz_bar_reached():
    """The bar of issue 10: at least 10,000 fuzzed inputs across the readers, no crash."""
    readers = sum(v for k, v in COUNTS.items() if k.startswith("fuzz:") and k != "fuzz:pipeline")
    print(f"\nfuzzed inputs tried: {readers} across readers (+{COUNTS['fuzz:pipeline']} through the pipeline); "
          f"crashes: {COUNTS['crashes']}")
    assert COUNTS["crashes"] == 0
    assert readers >= FUZZ_BAR
