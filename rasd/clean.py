"""Masks for what is not news text: captions, bylines, share widgets, GUIDs, related-story lists...

The text is never changed: `mask_boilerplate` returns spans (original-text offsets) with a reason,
and later steps skip them. Rules work line by line on the folded text:

- captions: a line ending in "- أرشيف" / "(الأوروبية-أرشيف)" / a photo credit in brackets
  ("(رويترز)", "(الأناضول)"), a line repeated on the next line, the line after "الصورة";
- header metadata between the headline and the first paragraph: short lines (author, city, "avata",
  a date line), a GUID, the share widget "+ الخط -"; a first line "عمر إبراهيم – عين اليوم";
- a dateline opening the first paragraph: "طرابلس - ", "بنغازي ـ العربي الجديد:";
- related stories: everything after "ذات صلة", "حول هذه القصة", "الأكثر قراءة", "المزيد من ..."
  (up to an "تحديث" update block, which is news); the item after "اقرأ أيضا" / "اقرأ/ي أيضًا |" and
  a one-line "ذات صلة: ...";
- trailers: "المصدر: ..." lines, "رابط مختصر", "رابط الخبر ...", contact boxes, "سمات" tag lists.

The headline (first line) and "تحديث" update blocks are kept.

>>> from rasd.pipeline import fold_text
>>> from rasd.model import Article, Doc
>>> doc = fold_text(Doc(Article("a", "دمار في سرت - أرشيف\\nقال مسؤول إن القوات تقدمت في سرت اليوم.")), resources=None)
>>> [(m.reason, doc.span_text(m.span)) for m in mask_boilerplate(doc).masks]
[('caption', 'دمار في سرت - أرشيف')]
"""
from __future__ import annotations

import re

from rasd.model import Doc, Mask, Span

_L = r"[^\W\d_]"

GUID_RE = re.compile(r"(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")
SHARE_WORDS = frozenset({"+", "-", "–", "الخط", "شارك", "مشاركه", "طباعه", "تويتر", "فيسبوك", "فيس", "بوك",
                         "واتساب", "ارسال", "حفظ", "تغريد", "طباعة", "انستغرام", "تلغرام", "لينكدان",
                         "البريد", "الالكتروني", "نسخ", "الرابط", "a", "a+", "a-", "تكبير", "تصغير",
                         "شارك:", "share", "tweet", "print", "email"})
CREDITS = ("ارشيف", "رويترز", "الاوروبيه", "الاناضول", "فرانس برس", "ا ف ب", "اف ب", "ا.ف.ب", "اسوشيتد",
           "getty", "afp", "ap", "epa", "reuters", "الجزيره", "العربي الجديد", "مواقع التواصل", "تويتر",
           "فيسبوك", "الانترنت", "انترنت", "غيتي", "الفرنسيه", "الاسوشيتد", "وكالات", "خاص", "ارشيفيه",
           "sana", "سانا", "الاناضول", "شينخوا", "مواقع", "صوره", "ميدل ايست")
CAPTION_END_RE = re.compile(
    rf"(?:[-–—_]\s*|\(\s*[^()]{{0,25}}?[-–/_]?\s*)(?:ارشيف|ارشيفيه|صوره\s+ارشيفيه)\s*\)?\s*$"
)
CREDIT_END_RE = re.compile(r"\(([^()]{1,40})\)\s*$")
RELATED_TO_END = re.compile(
    r"^(?:اخبار\s+ذات\s+صله|ذات\s+صله|مواضيع\s+ذات\s+صله|مقالات\s+ذات\s+صله|روابط\s+ذات\s+صله|"
    r"حول\s+هذه\s+القصه|الاكثر\s+قراءه|الاكثر\s+مشاهده|الاكثر\s+تداولا|اخترنا\s+لكم|قد\s+يهمك(?:\s+ايضا)?|"
    r"المزيد|المزيد\s+من\s+\S+(?:\s+\S+){0,3}|اقرا\s+المزيد|تابعونا|المساهمون|الاكثر\s+قراءه\s+اليوم)\s*:?$"
)
# "اقرأ أيضا: ..." and Arab 48's "اقرأ/ي أيضًا | ..."; a one-line "ذات صلة: ..." is one related item
READ_ALSO = re.compile(r"^(?:(?:اقرا|شاهد|انظر)(?:\s*/\s*ي)?\s+(?:ايضا|كذلك)|(?:اخبار\s+|مواضيع\s+)?ذات\s+صله)"
                       r"\s*[:|]?\s*(.*)$")
TRAILER_RE = re.compile(
    r"^(?:رابط\s+مختصر|الرابط\s+المختصر|رابط\s+الخبر.*|المصدر\s*:.{0,80}|المصدر\s*:?\s*https?://\S+|"
    r"https?://\S+|www\.\S+|\S+@\S+\.\S+|@\w+|للتواصل\s+مع\s+الكاتب.*|تاريخ\s+النشر.*|اخر\s+تحديث.*)$"
)
CONTACT_TO_END = re.compile(r"(?:\S+@\S+?)?للتواصل\s+مع\s+الكاتب")
INLINE_TRAILER = re.compile(r"(?<=[.!؟\"»])\s*(رابط\s+الخبر\s+ب\S+.*|سمات\s+(?:\S+\s*){1,12})$")
UPDATE_RE = re.compile(r"^(?:تحديث|تحديث\s+جديد)\s*(?:[:\-–]|\d|$)")
DATELINE_RE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*[-–—ـ]+(?=\s)\s*"
    r"(?:(?:\([^()\n]{1,30}\)|(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*(?:[-–—ـ:]+\s*|(?=\n|$)))?"
)
# a GUID's middle "xxxx-xxxx-xxxx-": GUID_RE (slow to scan: it opens with a lookbehind) runs only
# on texts that have one
_GUID_GATE = re.compile(r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-")
BYLINE_FIRST_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*[-–—]\s*(?:[^\W\d_]+\s*){1,3}$")
_TERMINAL = ".!?؟؛:\"»"


class _Line:
    __slots__ = ("fs", "fe", "text", "words")

    def __init__(self, fs: int, fe: int, text: str):
        self.fs, self.fe, self.text = fs, fe, text
        self.words = text.split()


def _lines(folded: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in folded.split("\n"):
        s = pos
        e = pos + len(raw)
        pos = e + 1
        ls = len(raw) - len(raw.lstrip())
        rs = len(raw.rstrip())
        out.append(_Line(s + ls, s + max(rs, ls), raw.strip()))
    return out


def _is_caption(line: _Line) -> bool:
    t = line.text
    if len(line.words) > 45 or not t:
        return False
    if "ارشيف" in t and CAPTION_END_RE.search(t):   # every ending it knows says ارشيف
        return True
    m = CREDIT_END_RE.search(t)
    if m and t[:m.start()].rstrip()[-1:] not in ".!?؟":
        inner = m.group(1).strip()
        if any(c in inner for c in CREDITS) and len(inner.split()) <= 5:
            return True
    return False


def _is_share(line: _Line) -> bool:
    return bool(line.words) and all(w in SHARE_WORDS for w in line.words) and "الخط" in line.words \
        or bool(line.words) and len(line.words) <= 6 and all(w in SHARE_WORDS for w in line.words) \
        and sum(w.isalpha() for w in line.words) >= 2


def _is_body(line: _Line) -> bool:
    n = len(line.words)
    return n >= 10 or (n >= 6 and line.text[-1:] in ".!?؟")


def _date_line(line: _Line) -> bool:
    from rasd.arabic.dates import ABSOLUTE_RE, NUMERIC_RE
    t = line.text
    m = ABSOLUTE_RE.search(t) or NUMERIC_RE.search(t)
    return bool(m) and len(m.group()) >= 0.5 * len(t)


def find_masks(folded: str, text: str | None = None, offsets=None) -> list[tuple[int, int, str]]:
    """(fstart, fend, reason) in folded coordinates, unsorted, possibly overlapping.

    `text`/`offsets` (the original and its map) let the dateline rule see dashes folding removes
    (the tatweel-like "ـ" in "بنغازي ـ العربي الجديد")."""
    lines = _lines(folded)
    out: list[tuple[int, int, str]] = []
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    if not nonblank:
        return out

    def mask(ln: _Line, reason: str) -> None:
        if ln.fe > ln.fs:
            out.append((ln.fs, ln.fe, reason))

    for m in GUID_RE.finditer(folded) if _GUID_GATE.search(folded) else ():
        out.append((m.start(), m.end(), "guid"))

    # --- captions: archive/credit endings, repeated lines, the line after "الصورة"
    prev: _Line | None = None
    for k, i in enumerate(nonblank):
        ln = lines[i]
        if _is_caption(ln):
            mask(ln, "caption")
        if prev is not None and ln.text == prev.text and len(ln.words) <= 40 and ln.text[-1:] not in ".؟!?":
            if prev is not lines[nonblank[0]] or _is_caption(prev):
                mask(prev, "caption")
            mask(ln, "caption")
        if ln.text in ("الصوره", "صوره") and k + 1 < len(nonblank):
            mask(ln, "caption")
            mask(lines[nonblank[k + 1]], "caption")
        prev = ln

    # --- the headline line: a "name – outlet" byline instead of a headline
    first = lines[nonblank[0]]
    if BYLINE_FIRST_RE.match(first.text) and len(first.words) <= 7:
        mask(first, "byline")

    # --- header zone: short metadata lines before the first body paragraph
    body_k = 0 if _is_body(first) and not BYLINE_FIRST_RE.match(first.text) else None
    for k, i in enumerate(nonblank[1:] if body_k is None else (), start=1):
        ln = lines[i]
        if _is_body(ln) and not _is_caption(ln):
            body_k = k
            break
        if UPDATE_RE.match(ln.text):
            break
        if _is_share(ln):
            mask(ln, "share")
        elif GUID_RE.fullmatch(ln.text) or _is_caption(ln) or RELATED_TO_END.match(ln.text) \
                or TRAILER_RE.match(ln.text):
            pass
        elif _date_line(ln):
            mask(ln, "date")
        elif len(ln.words) <= 5 and ln.text[-1:] not in ".؟!?":
            mask(ln, "byline")
    # --- dateline at the start of the first paragraph
    if body_k is not None:
        ln = lines[nonblank[body_k]]
        if text is not None and offsets is not None and ln.fe > ln.fs:
            os_, oe = offsets.start_of(ln.fs), offsets.end_of(ln.fe - 1)
            m = DATELINE_RE.match(text, os_, oe)
            if m and m.end() - os_ <= 45 and not re.search(r"\d", m.group()):
                out.append((ln.fs, offsets.to_folded(m.end()), "dateline"))

    # --- share widgets and trailers anywhere; related stories to the end
    n_lines = len(nonblank)
    k = 0
    while k < n_lines:
        ln = lines[nonblank[k]]
        t = ln.text
        if _is_share(ln) and len(ln.words) <= 6:
            mask(ln, "share")
        if RELATED_TO_END.match(t) and len(ln.words) <= 6:
            end_k = n_lines
            for k2 in range(k + 1, n_lines):
                if UPDATE_RE.match(lines[nonblank[k2]].text):
                    end_k = k2
                    break
            last = lines[nonblank[end_k - 1]]
            out.append((ln.fs, last.fe, "related"))
            k = end_k
            continue
        m = READ_ALSO.match(t)
        if m and len(ln.words) <= 25:
            mask(ln, "related")
            if not m.group(1).strip() and k + 1 < n_lines:
                mask(lines[nonblank[k + 1]], "related")
                k += 1
            k += 1
            continue
        m = CONTACT_TO_END.search(t) if k >= n_lines - 8 and "للتواصل" in t else None
        if m:
            out.append((ln.fs + m.start(), lines[nonblank[-1]].fe, "contact"))
            break
        if TRAILER_RE.match(t) and len(ln.words) <= 14:
            mask(ln, "source" if t.startswith("المصدر") else "trailer")
            if t.startswith(("رابط مختصر", "الرابط المختصر")) and k > 0:
                p = lines[nonblank[k - 1]]
                if len(p.words) <= 15 and p.text[-1:] not in ".؟!?":
                    mask(p, "trailer")
        m = INLINE_TRAILER.search(t) if k >= n_lines - 2 and ("رابط" in t or "سمات" in t) else None
        if m:
            out.append((ln.fs + m.start(1), ln.fe, "trailer"))
        k += 1
    return out


_PRIORITY = {r: i for i, r in enumerate(("related", "contact", "caption", "guid", "share", "date", "source",
                                           "trailer", "dateline", "byline"))}


def _merge(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found.sort(key=lambda f: (f[0], -f[1], _PRIORITY.get(f[2], 99)))
    merged: list[tuple[int, int, str]] = []
    for s, e, r in found:
        if merged and s <= merged[-1][1]:
            ps, pe, pr = merged[-1]
            if e > pe:
                merged[-1] = (ps, e, pr)
            continue
        merged.append((s, e, r))
    return merged


def mask_boilerplate(doc: Doc, *, resources=None) -> Doc:
    """Pipeline step: `doc.masks`, sorted, non-overlapping original-text spans with a reason.

    "أحد المباني المدمرة في سرت- أرشيف" (a photo caption) → Mask(span of the line, "caption").
    """
    omap = doc.offsets
    masks = []
    for s, e, r in _merge(find_masks(doc.folded, doc.article.text, omap)):
        sp = omap.span(s, e)
        if len(sp):
            masks.append(Mask(Span(sp.start, sp.end), r))
    return doc.with_(masks=tuple(masks))
