"""Rebuild tests/fixtures/fuzz/: a small committed corpus of nasty inputs for every reader.

    .venv/bin/python scripts/make_fuzz_corpus.py

Each file is either wholly bad (the reader must give one InputError naming it), wholly good, or a
mix of good and bad records. .manifest.json (hidden, so reading the folder skips it) says, per file, which article ids must be read (`good`)
and how many InputErrors must be reported (`bad`); tests/robustness/test_fuzz_readers.py checks the
readers and the `rasd ingest` command against it. The Arabic sentences are written for these tests.
The 50 MB single line is made by the tests themselves (not committed). Deterministic: running the
script twice gives the same bytes.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "fuzz"
MANIFEST = ".manifest.json"  # hidden: folder reading skips it

S1 = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف حيا سكنيا في مدينة حلب صباح اليوم."
S2 = "اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين في منطقة قنفودة غرب مدينة بنغازي."
S3 = "تظاهر مئات الطلاب في الخرطوم يوم الأحد احتجاجا على ارتفاع أسعار الخبز."
# every Arabic diacritic (harakat, tanwin, shadda, sukun, maddah, hamza marks, subscript alef...),
# dagger alef, tatweel, and presentation forms A and B (ligatures, isolated/final/initial forms)
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
PRESENTATION = ("\ufefb\ufef7\ufe8d\ufe91\ufe92\ufe90\ufedf\ufee0\ufef3\ufef4\ufdf2\ufdfa\ufdfb\ufb50\ufb51"
                "\ufb8a\ufbfc\ufc5e\ufc60\ufd3e\ufd3f\ufdfd\ufe70\ufe72\ufe7c\ufe7e\ufefc")
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200d\u200c\ufeff"
EMOJI = "💥🔥🇱🇾🇸🇾👨‍👩‍👧‍👦🕊️✌🏽"


def _diacritised(s: str) -> str:
    """Every letter of `s` followed by one of the diacritics, in turn (all of them occur)."""
    out, k = [], 0
    for ch in s:
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            out.append(DIACRITICS[k % len(DIACRITICS)])
            k += 1
    return "".join(out)


def _nested_json(depth: int) -> str:
    return '{"text": ' + "[" * depth + '"' + S1 + '"' + "]" * depth + "}"


def build() -> dict[str, dict]:
    """{file name: {"data": bytes, "good": [ids], "bad": n}}."""
    f: dict[str, dict] = {}

    def add(name: str, data: bytes | str, good: list[str] | None = None, bad: int = 0) -> None:
        f[name] = {"data": data.encode("utf-8") if isinstance(data, str) else data, "good": good or [], "bad": bad}

    u = S1.encode("utf-8")
    # -- plain text: encodings and bytes
    add("text_truncated_utf8.txt", u[:-1] * 1 + b"\n" + u[: len(u) // 2 * 2 - 1], bad=1)
    add("text_invalid_utf8.txt", u[:40] + b"\xff\xfe\xc3\x28" + u[40:] + b"\xa0\xa1", bad=1)
    add("text_encoded_surrogate.txt", u + b"\xed\xa0\x80" + u, bad=1)
    add("text_overlong_utf8.txt", u + b"\xc0\xaf\xe0\x80\xaf" + u, bad=1)
    add("text_cp1256.txt", (S2 + "\r\n" + S1).encode("cp1256"), good=["text_cp1256"])
    add("text_utf16le_bom.txt", codecs.BOM_UTF16_LE + (S3 + "\n" + S1).encode("utf-16-le"), good=["text_utf16le_bom"])
    add("text_utf16be_bom.txt", codecs.BOM_UTF16_BE + (S2 + "\n" + S3).encode("utf-16-be"), good=["text_utf16be_bom"])
    add("text_utf16_no_bom.txt", (S1 + "\n" + S2).encode("utf-16-le"), bad=1)
    add("text_utf16_odd_length.txt", codecs.BOM_UTF16_LE + S1.encode("utf-16-le") + b"\x41", bad=1)
    add("text_nul_bytes.txt", u + b"\x00\x00" + u, bad=1)
    add("text_empty.txt", b"", bad=1)
    add("text_whitespace_only.txt", " \n\t\r\n\u200f\u00a0\n".encode("utf-8").replace("\u200f".encode(), b""), bad=1)
    add("text_bom_only.txt", codecs.BOM_UTF8, bad=1)
    add("text_diacritics_presentation.txt",
        _diacritised(S1) + "\n" + PRESENTATION + " " + S2 + "\n" + DIACRITICS + "\n", good=["text_diacritics_presentation"])
    add("text_bidi_marks.txt", BIDI + S1 + "\u200f 2016\u200e \u202b" + S2 + "\u202c\n" + "\u2067" + S3 + "\u2069",
        good=["text_bidi_marks"])
    add("text_emoji.txt", EMOJI + " " + S1 + " " + EMOJI * 3 + "\n" + S3, good=["text_emoji"])
    add("text_control_chars.txt", "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) + S2 + "\x7f\x85\u2028\u2029",
        good=["text_control_chars"])
    add("text_pdf_header.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", bad=1)
    add("text_png_header.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bad=1)
    add("text_latin1.txt", "Le café à Alger: l'armée a tué trois hommes près de Béjaïa.".encode("latin-1"), bad=1)
    add("text_one_long_line.txt", (S1 + " ") * 300, good=["text_one_long_line"])
    add("text_crlf_cr_only.txt", (S1 + "\r" + S2 + "\r" + S3).encode("utf-8"), good=["text_crlf_cr_only"])

    # -- JSON Lines: good and bad records mixed
    lines = [
        json.dumps({"id": "jl-good-1", "text": S1, "published": "2016-08-06"}, ensure_ascii=False),
        "not json at all",
        "[1, 2, 3]",
        "42",
        '"just a string"',
        "null",
        json.dumps({"id": "x", "title": "no text"}),
        json.dumps({"id": "x", "text": None}),
        json.dumps({"id": "x", "text": 5}),
        json.dumps({"id": "x", "text": ["a", "b"]}),
        json.dumps({"id": "x", "text": {"nested": S1}}, ensure_ascii=False),
        json.dumps({"id": "x", "text": ""}),
        json.dumps({"id": "x", "text": "   \n\t "}),
        json.dumps({"id": "x", "text": S1, "published": "yesterday"}, ensure_ascii=False),
        json.dumps({"id": "x", "text": S1, "published": "2016-13-45"}, ensure_ascii=False),
        json.dumps({"id": "x", "text": S1, "published": "99999-01-01"}, ensure_ascii=False),
        '{"id": "x", "text": "' + S1 + '",',  # truncated object
        '{"id": "x", "text": "' + S1[:20],    # truncated string
        json.dumps({"id": "jl-good-2", "text": _diacritised(S2) + PRESENTATION, "title": EMOJI,
                    "published": "2016-08-06T09:30:00+03:00", "outlet": {"weird": 1}, "url": 12345}, ensure_ascii=False),
        json.dumps({"id": "jl-good-3", "text": BIDI + S3, "published": None}, ensure_ascii=False),
        json.dumps({"id": 1234567890123456789012345678901234567890, "text": S2}, ensure_ascii=False),
        '{"id": "jl-good-4", "text": "\\u0642\\u062a\\u0644 \\u0633\\u062a\\u0629 \\u0641\\u064a \\u0633\\u0631\\u062a", "extra": NaN}',
        '{"id": "jl-surrogate", "text": "\\ud800 ' + S1 + '"}',
        '{"id": "x", "text": "' + S1 + '"} trailing garbage',
        json.dumps({"id": "jl-dup-keys", "text": "x", "text2": S1}),  # text "x" is fine: a record
        _nested_json(50_000),
        '{"id": "x", "text": ' + '{"a": ' * 20_000 + "1" + "}" * 20_000 + "}",
        "{" * 100_000,
        "[" * 100_000,
        json.dumps({"id": "jl-good-5", "text": S1 + "\u2028" + S2}, ensure_ascii=False),
    ]
    data = "\n".join(lines).encode("utf-8") + b"\n" + b'{"id": "x", "text": "\xff\xfe broken"}\n' + b"\x00\x00\x00\n"
    good = ["jl-good-1", "jl-good-2", "jl-good-3", "1234567890123456789012345678901234567890", "jl-good-4",
            "jl-dup-keys", "jl-good-5"]
    add("mixed.jsonl", data, good=good, bad=len(lines) + 2 - len(good))
    add("jsonl_bom_crlf.jsonl", codecs.BOM_UTF8 + (json.dumps({"id": "jl-bom", "text": S1}, ensure_ascii=False)
                                                    + "\r\n\r\n").encode("utf-8"), good=["jl-bom"])
    add("jsonl_truncated_utf8.jsonl", (json.dumps({"id": "jl-t1", "text": S2}, ensure_ascii=False) + "\n").encode("utf-8")
        + json.dumps({"id": "x", "text": S1}, ensure_ascii=False).encode("utf-8")[:-5], good=["jl-t1"], bad=1)
    add("jsonl_utf16.jsonl", codecs.BOM_UTF16_LE + json.dumps({"id": "x", "text": S1}, ensure_ascii=False).encode("utf-16-le"),
        bad=1)

    # -- JSON documents
    add("json_deeply_nested_list.json", "[" * 100_000 + "]" * 100_000, bad=1)
    add("json_deeply_nested_object.json", '{"a": ' * 30_000 + "1" + "}" * 30_000, bad=1)
    add("json_nested_text.json", _nested_json(50_000), bad=1)
    add("json_wrong_shape.json", json.dumps([{"id": "js-good-1", "text": S1}, 5, "s", None, [], {"text": 7},
                                             {"id": "js-good-2", "text": S2}], ensure_ascii=False),
        good=["js-good-1", "js-good-2"], bad=5)
    add("json_scalar.json", "3.14159", bad=1)
    add("json_truncated.json", json.dumps([{"id": "x", "text": S1}], ensure_ascii=False)[:-7], bad=1)
    add("json_huge_number.json", '{"id": "js-big", "text": "' + S3 + '", "n": 1' + "0" * 5000 + "}", bad=1)
    add("json_cp1256.json", json.dumps({"id": "js-1256", "text": S2}, ensure_ascii=False).encode("cp1256"),
        good=["js-1256"])

    # -- CSV: broken quoting and shapes
    rows = [
        "id,text,published",
        f'cs-good-1,"{S1}",2016-08-06',
        f'cs-bad-extra,"{S2}",2016-08-06,extra,fields',
        f'cs-bad-date,"{S2}",not-a-date',
        'cs-bad-empty,,2016-08-06',
        f'cs-good-2,"{S3} ""quoted"" و, فاصلة\nسطر ثان",',
        f'cs-good-3,{S2} "stray quote inside,2016-08-07',
        f'cs-good-4,"{_diacritised(S3)}{EMOJI}",',
        f'cs-unclosed,"{S1} never closed,2016-08-06',
        f'cs-after,"{S2}",2016-08-06',
    ]
    # the unclosed quote swallows the rest of the file into one field: one record with junk text
    # (`cs-unclosed`), the line after it is part of it, so it is not a record of its own
    add("broken_quoting.csv", "\r\n".join(rows) + "\r\n",
        good=["cs-good-1", "cs-good-2", "cs-good-3", "cs-good-4", "cs-unclosed"], bad=3)
    add("csv_no_text_column.csv", f"id,body\nx,{S1}\n", bad=1)
    add("csv_header_only.csv", "id,text,title\n", bad=0)
    add("csv_empty.csv", b"", bad=1)
    add("csv_nul_byte.csv", f"id,text\ncs-nul-ok,{S1}\ncs-nul,{S2}\x00{S2}\n".encode("utf-8"), good=["cs-nul-ok"], bad=1)
    add("csv_invalid_utf8_row.csv", f"id,text\ncs-u-ok,{S1}\ncs-u-bad,".encode("utf-8") + u[:30] + b"\xff\xfe" + u[30:]
        + f"\ncs-u-ok2,{S3}\n".encode("utf-8"), good=["cs-u-ok", "cs-u-ok2"], bad=1)
    add("csv_cp1256.csv", f"id,text\ncs-1256,{S2}\r\n".encode("cp1256"), good=["cs-1256"])
    add("csv_semicolons.csv", f"id;text\nx;{S1}\n", bad=1)
    add("csv_duplicate_header.csv", f"text,text,id\n{S1},{S2},cs-dup\n", good=["cs-dup"])
    add("csv_binary.csv", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), bad=1)

    # -- HTML
    page = ("<html><head><title>غارة على سرت</title></head><body><article><p>{}</p><p>{}</p></article></body></html>")
    add("html_good_bidi.html", page.format(BIDI + S1 + " " + S2, _diacritised(S3)), good=["html_good_bidi"])
    add("html_no_body.html", "<html><head><title>عنوان فقط</title><meta charset='utf-8'></head></html>", bad=1)
    add("html_empty_tags.html", "<html><body></body></html>", bad=1)
    add("html_only_script.html", "<html><body><script>alert(1)</script><style>p{}</style></body></html>", bad=1)
    add("html_deep_nesting.html", "<html><body>" + "<div>" * 20_000 + f"<p>{S1}</p>" + "</div>" * 20_000
        + "</body></html>", bad=1)  # deeper than libxml2 reads: no text found, said so
    add("html_nesting_200.html", "<html><body>" + "<div><section>" * 100 + f"<p>{S1} {S2}</p>" + "</section></div>" * 100
        + "</body></html>", good=["html_nesting_200"])
    add("html_unclosed_nesting.html", "<html><body>" + "<span><b><i>" * 10_000 + S2, bad=1)
    add("html_xss.html", page.format('<script>alert("x")</script>' + S1 + '<img src=x onerror=alert(1)>',
                                     S2 + " &lt;script&gt;alert(2)&lt;/script&gt;"), good=["html_xss"])
    add("html_garbage.html", "<<<>>><html<body<<p>>" + S1 + "</p</body", good=["html_garbage"])
    add("html_not_html.html", b"\x89PNG\r\n\x1a\n\x00\x00", bad=1)
    add("html_cp1256.html", page.format(S1, S2).encode("cp1256"), good=["html_cp1256"])

    # -- feeds
    def item(title: str, date: str, body: str, guid: str) -> str:
        return (f"<item><title>{title}</title><link>https://example.org/{guid}</link><guid>{guid}</guid>"
                f"<pubDate>{date}</pubDate><description><![CDATA[{body}]]></description></item>")

    rss = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>'
           + item("غارة", "Sat, 06 Aug 2016 10:00:00 +0000", S1, "fd-good-1")
           + item("تاريخ سيء", "yesterday at noon", S2, "fd-bad-date-1")
           + item("تاريخ مستحيل", "Mon, 45 Foo 2016 99:99:99 +9999", S3, "fd-bad-date-2")
           + item("سنة صفر", "0000-00-00T00:00:00Z", S1, "fd-bad-date-3")
           + item("مستقبل بعيد", "Fri, 31 Dec 99999 23:59:59 GMT", S2, "fd-bad-date-4")
           + item("", "", "", "fd-empty")
           + item("<script>alert(1)</script>", "2016-08-06", '<p onclick="x()">' + S3 + "</p><script>bad()</script>", "fd-xss")
           + "</channel></rss>")
    add("feed_bad_dates.xml", rss, good=["fd-good-1", "fd-bad-date-1", "fd-bad-date-2", "fd-bad-date-3",
                                         "fd-bad-date-4", "fd-xss"], bad=1)
    cut = rss.index("<item>", rss.index("fd-bad-date-1")) + len("<item><ti")
    add("feed_truncated.rss", rss[:cut], good=["fd-good-1", "fd-bad-date-1"], bad=1)
    add("feed_no_entries.atom", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
        bad=1)
    add("feed_not_a_feed.xml", f"<?xml version='1.0'?><root><p>{S1}</p></root>", bad=1)
    laughs = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "ha" * 10 + '">'
              + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
              + ']><rss version="2.0"><channel><title>&i;</title>' + item("&i;", "", S1, "fd-laughs") + "</channel></rss>")
    add("feed_entity_bomb.xml", laughs, good=["fd-laughs"])
    add("feed_invalid_utf8.xml", rss.encode("utf-8")[:300] + b"\xff\xfe\xfd" + rss.encode("utf-8")[300:],
        good=["fd-good-1", "fd-bad-date-1", "fd-bad-date-2", "fd-bad-date-3", "fd-bad-date-4", "fd-xss"], bad=1)
    return f


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files = build()
    for old in OUT.iterdir():
        if old.name not in files and old.name != MANIFEST:
            old.unlink()
    manifest = {}
    for name, spec in sorted(files.items()):
        (OUT / name).write_bytes(spec["data"])
        manifest[name] = {"good": spec["good"], "bad": spec["bad"]}
    (OUT / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       "utf-8")
    total = sum(len(v["data"]) for v in files.values())
    print(f"{len(files)} files, {total / 1e6:.1f} MB → {OUT}")


if __name__ == "__main__":
    main()
