"""The readers, one per format, through read_paths: what each gives, and one InputError per bad
file or record (named file:line) while the rest is read."""
from __future__ import annotations

import io
import json
import os
import socket
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ingest import Limits, read_paths
from rasd.ingest.ids import content_id

FIX = Path(__file__).resolve().parent.parent / "fixtures"
ING, BAD = FIX / "ingest", FIX / "bad"
KHARTOUM = "تظاهر مئات الطلاب في الخرطوم يوم الأحد احتجاجا على ارتفاع أسعار الخبز."


def read(*paths, limits=None, stdin=None):
    errors: list[InputError] = []
    arts = list(read_paths([str(p) for p in paths], on_error=errors.append, limits=limits, stdin=stdin))
    return arts, errors


@pytest.mark.parametrize("name", ["aleppo_utf8.txt", "aleppo_bom.txt"])
def test_readers_text_utf8_and_bom(name):
    (a,), errors = read(ING / name)
    assert errors == []
    assert a.id == name[:-4]
    assert a.text.startswith("مقتل خمسة مدنيين")            # BOM removed
    assert a.title == "مقتل خمسة مدنيين في قصف على حلب"
    assert a.published == date(2017, 3, 12)                  # "12 مارس 2017" under the dateline
    assert a.origin == str(ING / name)


def test_readers_text_cp1256_keeps_the_file_text():
    (a,), errors = read(ING / "benghazi_cp1256.txt")
    assert errors == []
    raw = (ING / "benghazi_cp1256.txt").read_bytes()
    assert a.text == raw.decode("cp1256")                    # \r\n kept: offsets are into the file's text
    assert a.title == "اشتباكات في بنغازي"
    i = a.text.index("قنفودة")
    assert a.text[i:i + 6] == "قنفودة"


def test_readers_jsonl_fields_and_content_hash_id():
    (w1, anon), errors = read(ING / "articles.jsonl")
    assert errors == []
    assert (w1.id, w1.title, w1.published, w1.outlet, w1.url) == (
        "w1", "اشتباكات في بنغازي", date(2017, 3, 12), "Al Wasat", "https://example.org/w1")
    assert w1.origin.endswith("articles.jsonl:1")
    assert anon.id == content_id(KHARTOUM) and anon.published == date(2018, 1, 7)


@pytest.mark.parametrize("name", ["articles.csv", "articles_cp1256.csv"])
def test_readers_csv_utf8_and_cp1256(name):
    (c1, anon), errors = read(ING / name)
    assert errors == []
    assert (c1.id, c1.title, c1.published, c1.outlet) == ("c1", "قصف على حلب", date(2017, 3, 12), "SANA")
    assert "\n12 مارس 2017\n" in c1.text                      # quoted multi-line field kept whole
    assert anon.id == content_id(KHARTOUM)
    assert anon.origin.endswith(f"{name}:8")                  # the line the record starts on


def test_readers_csv_without_text_column_is_one_error(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("id,body\n1,نص\n", "utf-8")
    arts, errors = read(p)
    assert arts == [] and len(errors) == 1 and "no `text` column" in str(errors[0])


def test_readers_html_main_text_title_date_outlet():
    (a,), errors = read(ING / "aleppo.html")
    assert errors == []
    assert a.id == "aleppo"
    assert a.title == "مقتل خمسة مدنيين في قصف على حلب"
    assert a.text.startswith(a.title)
    assert "مستشفى قريب" in a.text
    assert "الرئيسية" not in a.text and "جميع الحقوق" not in a.text  # navigation and footer left out
    assert a.published == date(2017, 3, 12)
    assert a.outlet == "وكالة الأنباء"


def test_readers_feed_files_rss_and_atom():
    arts, errors = read(ING / "feed_rss.xml", ING / "feed_atom.atom")
    assert [a.id for a in arts] == ["https://example.org/news/1", "https://example.org/news/2",
                                    "https://example.org/news/3", "urn:uuid:aleppo-1"]
    assert [a.outlet for a in arts] == ["Al Wasat"] * 3 + ["Libya Observer"]
    assert arts[0].published == date(2017, 3, 12) and arts[0].url == "https://example.org/news/1"
    assert arts[0].text.startswith("اشتباكات في بنغازي\n\nاندلعت اشتباكات")  # title, then the entry text
    assert "<p>" not in arts[0].text and "<p>" not in arts[3].text
    assert arts[2].text == "انفجار في سرت"                       # a headline-only entry is still news
    assert [str(e) for e in errors] == [f"{ING / 'feed_rss.xml'}:4: feed entry without text (no title, content or summary)"]


class _Feed(BaseHTTPRequestHandler):
    body = (ING / "feed_rss.xml").read_bytes()

    def do_GET(self):  # noqa: N802
        if self.path == "/feed.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def silent_server():
    """A port that accepts connections and never answers."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    yield f"http://127.0.0.1:{s.getsockname()[1]}/feed.xml"
    s.close()


def test_readers_feed_url(feed_server):
    arts, errors = read(f"{feed_server}/feed.xml", f"{feed_server}/missing.xml")
    assert [a.id for a in arts] == ["https://example.org/news/1", "https://example.org/news/2",
                                    "https://example.org/news/3"]
    assert arts[0].origin == f"{feed_server}/feed.xml:1"
    assert len(errors) == 2                        # entry 4 without text, and the 404
    assert str(errors[1]) == f"{feed_server}/missing.xml: the server answered HTTP 404 Not Found"


def test_readers_feed_url_that_never_answers_times_out(silent_server):
    arts, errors = read(silent_server, ING / "aleppo_utf8.txt", limits=Limits(timeout=0.5))
    assert [a.id for a in arts] == ["aleppo_utf8"]     # the rest is read
    assert [str(e) for e in errors] == [f"{silent_server}: no answer within 0.5 s (fetch_timeout in the [ingest] settings)"]


def test_readers_feed_url_size_limit(feed_server):
    arts, errors = read(f"{feed_server}/feed.xml", limits=Limits(max_bytes=100))
    assert arts == [] and "larger than" in str(errors[0])


def test_readers_stdin_jsonl_and_plain_text():
    lines = "\n" + json.dumps({"id": "s1", "text": KHARTOUM}, ensure_ascii=False) + "\n{bad\n"
    arts, errors = read("-", stdin=io.BytesIO(lines.encode("utf-8")))
    assert [a.id for a in arts] == ["s1"]
    assert [str(e) for e in errors] == ["<stdin>:3: not JSON (Expecting property name enclosed in double quotes at column 2)"]
    arts, errors = read("-", stdin=io.BytesIO(("\n" + KHARTOUM).encode("cp1256")))
    assert errors == [] and arts[0].text == "\n" + KHARTOUM and arts[0].id == content_id("\n" + KHARTOUM)


def test_readers_folder_recursive_glob_and_dedupe(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("غارة على سرت\nقتل ثلاثة", "utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("اشتباكات في بنغازي\nقتل جنديان", "utf-8")
    (tmp_path / "a" / "notes.md").write_text("# notes", "utf-8")           # not an article type: left out
    (tmp_path / "a" / ".hidden.txt").write_text("مخفي", "utf-8")
    arts, errors = read(tmp_path / "a", tmp_path / "a" / "one.txt", str(tmp_path / "a" / "**" / "*.txt"))
    assert [a.id for a in arts] == ["one", "two"] and errors == []
    arts, errors = read(str(tmp_path / "nothing" / "*.txt"), tmp_path / "missing.txt")
    assert arts == [] and [e.reason for e in errors] == ["no file matches this pattern", "no such file (or a broken link)"]


def test_readers_explicit_file_of_unknown_type_is_sniffed(tmp_path):
    (tmp_path / "feed").write_bytes((ING / "feed_atom.atom").read_bytes())
    (tmp_path / "story").write_text("غارة على سرت\nقتل ثلاثة مدنيين", "utf-8")
    arts, errors = read(tmp_path / "feed", tmp_path / "story")
    assert [a.id for a in arts] == ["urn:uuid:aleppo-1", "story"] and errors == []


def test_readers_bad_folder_one_error_each_rest_read(tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    for p in BAD.iterdir():
        (d / p.name).write_bytes(p.read_bytes())
    (d / "good.txt").write_text("غارة على سرت\nقتل ثلاثة مدنيين في غارة جوية على سرت.", "utf-8")
    os.symlink(tmp_path / "gone.txt", d / "unreadable.txt")                 # a broken link
    with open(d / "huge.jsonl", "wb") as fh:                                # a 50 MB line between two good ones
        fh.write(json.dumps({"id": "before", "text": KHARTOUM}, ensure_ascii=False).encode() + b"\n")
        fh.write(b'{"id": "huge", "text": "' + b"x" * (50 * 1024 * 1024) + b'"}\n')
        fh.write(json.dumps({"id": "after", "text": KHARTOUM}, ensure_ascii=False).encode() + b"\n")
    arts, errors = read(d)
    assert [a.id for a in arts] == ["good", "before", "after", "good-line"]  # files in name order
    by_file = sorted(str(e).replace(str(d) + "/", "").split(":")[0] + ":" + str(e.record or "") for e in errors)
    assert by_file == ["binary.txt:", "empty.txt:", "huge.jsonl:2", "invalid_utf8.txt:", "mixed.jsonl:2",
                       "mixed.jsonl:3", "mixed.jsonl:4", "unreadable.txt:"]
    assert all("\n" not in str(e) for e in errors)


def test_readers_without_on_error_raise(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_paths([str(tmp_path / "missing.txt")]))
