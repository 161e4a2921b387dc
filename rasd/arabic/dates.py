"""Date phrases resolved against the publication date; an unresolvable phrase gives no date.

Matched on the folded text, spans mapped back to the original. Each `DateMention` has a value, a
precision (1 day, 2 week, 3 month) and a kind:

- "absolute": "06 اغسطس 2016", "5 يونيو/حزيران", "أواخر مارس (آذار) الماضي", "6/8/2016"; a date without a
  year is the most recent such date on or before publication (the next one in future context);
  every Arabic month naming system: يناير/كانون الثاني/جانفي, أغسطس/آب/أوت, ... and the double forms;
- "hijri": "15 رمضان 1437", "شوال 1436 هـ" (converted with `hijridate`);
- "weekday": "الخميس", "يوم الخميس الماضي", "مساء السبت", "ليلة الجمعة": the last such day on or
  before publication, "الماضي" too (ACLED_CODING §5: "يوم الخميس الماضي" → the last Thursday on or before);
- "relative": "اليوم", "أمس", "أول من أمس", "منذ يومين", "فجر اليوم", "الأسبوع الماضي" (precision 2),
  "الشهر الماضي", "أواخر العام الماضي" (precision 3);
- "future": "غدا", "الأسبوع المقبل", "الخميس المقبل": recognised and valued, but not events that happened.

>>> from datetime import date
>>> resolve_date("الخميس الماضي", date(2016, 8, 6))
(datetime.date(2016, 8, 4), 1)
>>> resolve_date("06 اغسطس 2016", None)
(datetime.date(2016, 8, 6), 1)
>>> resolve_date("أمس", None) is None
True
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.arabic.normalize import fold_string
from rasd.arabic.numbers import parse_number
from rasd.arabic.patterns import gated_finditer, word_alternation
from rasd.model import DateMention, Doc

_L = r"[^\W\d_]"
_NL = rf"(?!{_L})"       # end of word
_BL = rf"(?<!{_L})"      # start of word

# ---------------------------------------------------------------- lexicon (folded forms)

MONTHS: dict[str, int] = {
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1, "جانفييه": 1, "ينير": 1,
    "فبراير": 2, "شباط": 2, "فيفري": 2, "فبرير": 2,
    "مارس": 3, "اذار": 3,
    "ابريل": 4, "نيسان": 4, "افريل": 4, "ابريل": 4,
    "مايو": 5, "ايار": 5, "ماي": 5, "مايه": 5,
    "يونيو": 6, "يونيه": 6, "حزيران": 6, "جوان": 6, "يونيو": 6,
    "يوليو": 7, "يوليه": 7, "تموز": 7, "جويليه": 7, "يوليوز": 7,
    "اغسطس": 8, "اب": 8, "اوت": 8, "غشت": 8, "اغستس": 8,
    "سبتمبر": 9, "ايلول": 9, "شتنبر": 9,
    "اكتوبر": 10, "تشرين الاول": 10, "اكتوبر": 10,
    "نوفمبر": 11, "تشرين الثاني": 11, "نونبر": 11,
    "ديسمبر": 12, "كانون الاول": 12, "دجنبر": 12, "دیسمبر": 12,
}
# month names that are also common words: only with a day, a year, a double form or "شهر"
AMBIGUOUS_MONTHS = frozenset({"اب", "ماي", "مارس", "اوت", "جوان", "مايه"})
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6, "جمادي الاخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}
WEEKDAYS: dict[str, int] = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
                            "السبت": 5, "الاحد": 6}
PARTS: dict[str, int] = {"مطلع": 5, "اوائل": 5, "بدايه": 5, "بدايات": 5, "اول": 5, "منتصف": 15,
                         "اواسط": 15, "اواخر": 25, "نهايه": 25, "اخر": 25, "ختام": 25}
PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق")
FUTURE = ("المقبل", "المقبله", "القادم", "القادمه")
CURRENT = ("الجاري", "الجاريه", "الحالي", "الحاليه")
TIME_OF_DAY = ("مساء", "صباح", "فجر", "ليل", "ليله", "ظهر", "ظهيره", "عصر", "ضحي", "صبيحه",
               "منتصف ليل", "منتصف ليله", "مساء يوم", "صباح يوم", "فجر يوم", "ظهر يوم", "عصر يوم",
               "ليل يوم", "ليله يوم", "نهار", "قبل ظهر", "بعد ظهر")


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_MON = _alt(MONTHS)
_HMON = _alt(HIJRI_MONTHS)
_WD = _alt(WEEKDAYS)
_PART = _alt(PARTS)
_MOD = _alt(PAST + FUTURE + CURRENT)
_TOD = _alt(TIME_OF_DAY)
_YEAR = r"(?:(?:من\s+)?(?:[لو]?عام|[لو]?العام|سنه)\s*)?(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*م" + _NL + ")?"

# a month phrase: "اغسطس", "يونيو/حزيران", "مارس (اذار)", "يونيو - حزيران"
# (or the two names side by side, as Reuters writes them: "مارس آذار 2015"، "يناير كانون الثاني")
_MONTH_PHRASE = (rf"{_BL}[بل]?(?P<mon>{_MON}){_NL}(?:(?:\s*(?:/|\(|-|–)\s*|\s+)(?P<mon2>{_MON}){_NL}(?:\s*\))?)?")
# ordinal day words before "من" + month ("الثامن من اغسطس"، "في الحادي والعشرين من يونيو")
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
ORDINAL_DAYS: dict[str, int] = {w: k + 1 for k, w in enumerate(_UNITS)}
ORDINAL_DAYS.update({"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30, "الحادي والعشرين": 21,
                     "الحادي والثلاثين": 31})
ORDINAL_DAYS.update({f"{w} عشر": 10 + k + 1 for k, w in enumerate(_UNITS) if k > 0})
ORDINAL_DAYS.update({f"{w} والعشرين": 20 + k + 1 for k, w in enumerate(_UNITS) if k > 0})
_ORD = _alt(ORDINAL_DAYS)
ABSOLUTE_RE = re.compile(
    rf"(?:{_BL}(?:[وف]?يوم\s+)?(?P<wd>{_WD})\s*[،,]?\s*(?:الموافق\s+)?)?"
    rf"(?:(?:[وفب]?(?P<part>{_PART})\s+(?:(?:شهر|الشهر)\s+)?)|"
    rf"(?:{_BL}[وفب]?(?P<oday>{_ORD})\s+من\s+(?:(?:شهر|الشهر)\s+)?)|"
    rf"(?:(?<![\d/.])(?P<day>[0-3]?\d)(?![\d/])\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?)|"
    rf"(?:{_BL}[وفب]?(?:ال)?شهر\s+))?"
    + _MONTH_PHRASE +
    rf"(?:\s+(?P<mod>{_MOD}){_NL})?"
    rf"(?:\s*[،,]?\s*{_YEAR})?"
)
NUMERIC_RE = re.compile(
    r"(?<![\d/.\-])(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]|[.\-]\d)"
    r"|(?<![\d/.\-])(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![\d/]|[.\-]\d)"
)
HIJRI_RE = re.compile(
    rf"(?:(?<![\d/.])(?P<day>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?|{_BL}[وفب]?(?P<oday>{_ORD})\s+من\s+(?:(?:شهر|الشهر)\s+)?)?"
    rf"{_BL}[بل]?(?P<mon>{_HMON}){_NL}"
    rf"(?:\s*[،,]?\s*(?:(?:عام|سنه)\s*)?(?P<year>1[34]\d\d)(?!\d))?(?:\s*(?:ه|هجري|هجريه|للهجره){_NL})?"
)
WEEKDAY_RE = re.compile(
    rf"{_BL}(?:(?P<tod>{_TOD})\s+|(?P<yawm>[وفل]?يوم)\s+|[وف])?(?P<wd>{_WD}){_NL}"
    rf"(?:\s+(?P<mod>{_alt(PAST + FUTURE)}){_NL})?"
)
RELATIVE_RE = re.compile(
    rf"{_BL}(?:(?P<tod>{_TOD})\s+)?(?:[وف]?(?:يوم\s+)?)?"
    rf"(?P<rel>اول\s+من\s+امس|اول\s+امس|امس\s+الاول|امس|البارحه|اليوم|الليله\s+قبل\s+الماضيه|الليله\s+الماضيه|ليله\s+امس|"
    rf"غدا|بعد\s+غد)"
    rf"(?:\s*\(?\s*(?P<wd>{_WD})\s*\)?)?{_NL}"
)
AGO_RE = re.compile(
    rf"{_BL}(?P<since>منذ|قبل)\s+(?:(?P<num>[^\s]+(?:\s+و?[^\s]+)?)\s+)?"
    rf"(?P<unit>يومين|ايام|يوم|اسبوعين|اسابيع|اسبوع|شهرين|اشهر|شهور|شهر|ساعات|ساعتين|ساعه){_NL}"
    rf"(?!\s+من\s)"
)
# "خلال الساعات الماضية"، "خلال الـ24 ساعة الماضية"، "في الساعات الأخيرة": a bulletin's last hours, the day
# it was published
HOURS_RE = re.compile(
    rf"{_BL}[وف]?(?:خلال|في|طيله|طوال)\s+(?:ال\s*)?(?:(?:24|٢٤|اربع\s+وعشرين)\s+ساعه|الساعات|ساعات)\s+"
    rf"(?:ال)?(?:قليله\s+)?(?:الماضيه|ماضيه|الاخيره|اخيره|المنصرمه|الفائته){_NL}"
)
PERIOD_RE = re.compile(
    rf"{_BL}(?:[وفب]?(?P<part>{_PART})\s+)?(?:(?P<this>هذا|هذه)\s+)?[وفبل]?(?:ال)?(?P<unit>اسبوع|شهر|عام|سنه){_NL}"
    rf"(?:\s+(?P<mod>{_MOD}){_NL})?"
)
# "في الرابع من الشهر الجاري"، "يوم 3 من الشهر الحالي"، "في العاشر من الشهر الماضي": a day of the month told
# relative to the publication's month
# (and "في الـ10 من الشهر الجاري"، "في 10 الشهر الجاري"، "يوم 10 الجاري": the article, "من" or the month
# word left out, as Iraqi agency copy writes them)
DAY_OF_MONTH_RE = re.compile(
    rf"{_BL}(?:[وفب]?يوم\s+)?[وفب]?(?:(?P<oday>{_ORD})|(?:ال)?(?<![\d/.])(?P<day>[0-3]?\d)(?![\d/]))\s+"
    rf"(?:(?:من\s+)?(?:هذا\s+)?(?:ال)?شهر(?:\s+(?P<mod>{_MOD}))?|(?P<cur>{_alt(CURRENT)})){_NL}"
)
# "أوائل عام 2015"، "أواخر العام 2014"، "منتصف 2015": a part of a stated year
YEAR_PART_RE = re.compile(
    rf"{_BL}[وفب]?(?P<part>{_PART})\s+(?:(?:[لو]?عام|[لو]?العام|سنه)\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_FUTURE_CONTEXT = re.compile(
    rf"{_BL}(?:سوف|غدا|المقبل|المقبله|القادم|القادمه|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|يعتزم|تعتزم|"
    rf"سيتم|ستعقد|سيعقد|ستجري|سيجري|ستنطلق|سينطلق|يرتقب|المرتقب|المزمع|ستبدا|سيبدا|موعدا){_NL}"
)
_NOT_TODAY_AFTER = re.compile(
    rf"\s+(?:التالي|الثاني|الاول|الاخير|الثالث|الرابع|نفسه|ذاته|الوطني|العالمي|الدولي|السابق|الموعود|السابع){_NL}")   # ("اليوم السابع": Youm7, an outlet)
_NOT_TODAY_BEFORE = re.compile(rf"{_BL}(?:عين|روسيا|العراق|مصر|المصري|اليمن|فلسطين|حتى|الى|صحيفه|جريده|موقع|"
                               rf"(?:لاحق|سابق|متاخر|مبكر)\s+من)\s+$")   # "في وقت لاحق من اليوم": the day told
_NOT_WEEKDAY_BEFORE = re.compile(rf"{_BL}(?:كلا|بين|هذين|هذان|الواحد|ايام|كل|جميع)\s+$")

# every NUMERIC_RE match starts with a number, a separator and a number, in one run of non-spaces
_NUMERIC_GATE = re.compile(r"\d[/.\-]\d")
# used by rasd.arabic.numbers to leave days and years of dates alone
MONTH_AFTER_RE = re.compile(rf"\s*(?:من\s+)?(?:شهر\s+)?[بل]?(?:{_MON}|{_HMON}){_NL}")
MONTH_BEFORE_RE = re.compile(rf"(?:{_MON}|{_HMON})\s*\)?\s*[،,]?\s*(?:من\s+)?(?:عام\s+|سنه\s+)?$")


# one cheap scan for the words every finder needs; the full patterns then run only around them
_GATE_WORDS: dict[str, str] = {}   # gate word → the finder it opens a window for (first kind wins)
for _kind, _words in (("abs", MONTHS), ("hijri", HIJRI_MONTHS), ("wd", WEEKDAYS),
                      ("rel", ("اليوم", "امس", "البارحه", "غد", "الليله")),
                      ("per", ("اسبوع", "شهر", "عام", "سنه") + CURRENT), ("ago", ("منذ", "قبل"))):
    for _w in _words:
        _GATE_WORDS.setdefault(_w, _kind)
# No gate word of one kind is a prefix of a word of a later kind, so the longest-first trie finds
# the same words at the same places as the alternation of the kinds in order
# ((?P<abs>months)|(?P<hijri>...)|...), and the word found tells its kind.
GATE_RE = re.compile(word_alternation(_GATE_WORDS))
_WS = re.compile(r"\s")
_SPACES = re.compile(r"\s+")


def _windows(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Per finder, merged (lo, hi) windows of folded text around its gate words."""
    n = len(folded)
    out: dict[str, list[tuple[int, int]]] = {}
    kinds = _GATE_WORDS
    for m in GATE_RE.finditer(folded):
        w = m.group()
        kind = kinds.get(w) or kinds[_SPACES.sub(" ", w)]
        if kind == "abs" and not _whole_month(folded, m.start(), m.end()):
            continue  # "اب" inside "الانتخابات": ABSOLUTE_RE wants the month as a word
        lo = max(0, m.start() - 60)
        w = _WS.search(folded, min(n, m.end() + 80))
        hi = w.start() if w else n
        lst = out.setdefault(kind, [])
        if lst and lo <= lst[-1][1]:
            lst[-1] = (lst[-1][0], max(hi, lst[-1][1]))
        else:
            lst.append((lo, hi))
    return out


_LETTER = re.compile(_L)


def _whole_month(folded: str, s: int, e: int) -> bool:
    """Whether the month word at folded[s:e] stands as ABSOLUTE_RE needs it: no letter after it,
    and before it none or only a ب/ل that itself starts a word ("بمارس")."""
    if _LETTER.match(folded, e):
        return False
    if s and _LETTER.match(folded, s - 1):
        return folded[s - 1] in "بل" and not (s > 1 and _LETTER.match(folded, s - 2))
    return True


def _iter(pattern: re.Pattern, folded: str, windows: list[tuple[int, int]] | None):
    if windows is None:
        yield from pattern.finditer(folded)
        return
    last = 0
    for lo, hi in windows:
        for m in pattern.finditer(folded, max(lo, last), hi):
            last = m.end()
            yield m


# ---------------------------------------------------------------- resolution helpers

def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_day(y: int, m: int, d: int) -> date:
    while True:
        v = _safe_date(y, m, d)
        if v is not None:
            return v
        d -= 1


def _weekday_on_or_before(pub: date, wd: int, strict: bool = False) -> date:
    delta = (pub.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


def _weekday_after(pub: date, wd: int, strict: bool = True) -> date:
    delta = (wd - pub.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    return pub + timedelta(days=delta)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _future_context(folded: str, s: int, e: int) -> bool:
    lo = max(0, s - 40)
    window = folded[lo:s]
    cut = max(window.rfind("."), window.rfind("\n"), window.rfind("،"))
    if cut >= 0:
        window = window[cut + 1:]
    return bool(_FUTURE_CONTEXT.search(window))


# ---------------------------------------------------------------- finders

Found = tuple[int, int, date, int, str]   # (fstart, fend, value, precision, kind)


# a place or street named after a day: "مدينة 6 أكتوبر"، "جسر 6 أكتوبر"، "شارع 26 يوليو"، "ميدان 14 رمضان"
# (or a movement, a revolution or a brigade: "حركة 5 يونيو"، "لثورة 25 يناير"، "كتيبة 17 فبراير")
_NAMED_AFTER_A_DAY = re.compile(rf"{_BL}[وفبل]?(?:ال)?(?:مدينه|شارع|جسر|ميدان|حي|كوبري|محور|مستشفي|جامعه|ساحه|"
                                rf"شارعي|مدرسه|حركه|ثوره|انتفاضه|ائتلاف|تحالف|تيار|جبهه|كتيبه|كتائب|هجمات)\s+$")


# a preposition right before a month name: "في مارس"، "خلال مارس"، "منذ مارس" (no verb follows one)
_MONTH_PREP = re.compile(rf"{_BL}(?:في|خلال|منذ|حتي|قبل|بعد|مطلع)\s+$")


# "من العام نفسه"، "من العام ذاته"، "من نفس العام"، "من ذات العام"، "من السنة نفسها"
_SAME_YEAR = re.compile(r"\s+من\s+(?:(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:العام|السنه))(?!\w)")
_YEAR_TOLD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _absolute(folded: str, pub: date | None, out: list[Found], windows=None) -> None:
    for m in _iter(ABSOLUTE_RE, folded, windows):
        if _NAMED_AFTER_A_DAY.search(folded, max(0, m.start() - 12), m.start()):
            continue
        mon_word = re.sub(r"\s+", " ", m.group("mon"))
        mon = MONTHS[mon_word]
        mon2 = m.group("mon2")
        day = m.group("day")
        if m.group("oday") is not None:
            day = str(ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("oday"))])
        year = m.group("year")
        mod = m.group("mod") or ""
        part = m.group("part")
        s, e = m.span()
        if mon2 is not None and MONTHS[re.sub(r"\s+", " ", mon2)] != mon:
            # two different months ("يناير/فبراير"): keep the first alone
            e = m.end("mon")
            mon2 = None
            year, mod = None, ""
        # a bare "شهر" prefix with nothing else does not start the phrase
        if day is None and part is None and m.group("wd") is None:
            s = m.start("mon") if not folded[s:m.start("mon")].strip().endswith("شهر") else s
        if mon_word in AMBIGUOUS_MONTHS and mon2 is None and day is None and year is None and not mod \
                and part is None and not folded[s:m.start("mon")].strip().endswith("شهر") \
                and not _MONTH_PREP.search(folded, max(0, m.start("mon") - 8), m.start("mon")):
            # ("مارس الماضي"، "أواخر مارس"، "في مارس": the month; "مارس الضغط" the verb)
            continue
        if day is None and part is None and year is None and not mod and mon2 is None \
                and not folded[s:m.start("mon")].strip().endswith("شهر"):
            # a bare month name ("في يوليو"): a month-precision date when resolvable
            pass
        d = int(day) if day is not None else None
        if d is not None and not 1 <= d <= 31:
            continue
        same = _SAME_YEAR.match(folded, e) if year is None and not mod else None
        if same is not None and (told := _YEAR_TOLD.findall(folded, max(0, s - 600), s)):
            # "في يونيو حزيران من العام نفسه": the year told last before it
            year, e = told[-1], same.end()
        future = mod in FUTURE or (year is None and _future_context(folded, s, e))
        if year is not None:
            y = int(year)
        elif pub is None:
            continue
        else:
            y = pub.year
            probe = _safe_date(y, mon, d or 1)
            if probe is None:
                continue
            if future:
                if probe < pub.replace(day=1) if d is None else probe < pub:
                    y += 1
            elif (d is not None and probe > pub) or (d is None and (mon > pub.month or (
                    mon == pub.month and mod in PAST))):
                y -= 1
        if d is not None:
            v = _safe_date(y, mon, d)
            if v is None:
                continue
            prec = 1
        else:
            v = _month_day(y, mon, PARTS.get(part or "", 15))
            if pub is not None and not future and v > pub and (v.year, v.month) == (pub.year, pub.month):
                v = pub
            prec = 3
        out.append((s, e, v, prec, "future" if future else "absolute"))


def _numeric(folded: str, out: list[Found], gated: bool = False) -> None:
    ms = gated_finditer(NUMERIC_RE, folded, _NUMERIC_GATE, 0, 0) if gated else NUMERIC_RE.finditer(folded)
    for m in ms:
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if y < 100:
                y += 2000 if y < 50 else 1900
            if mo > 12 and d <= 12:
                d, mo = mo, d
        v = _safe_date(y, mo, d)
        if v is not None:
            out.append((m.start(), m.end(), v, 1, "absolute"))


def _hijri(folded: str, pub: date | None, out: list[Found], windows=None) -> None:
    from hijridate import Gregorian, Hijri
    for m in _iter(HIJRI_RE, folded, windows):
        day, year = m.group("day"), m.group("year")
        if m.group("oday") is not None:
            day = str(ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("oday"))])   # "الثالث من ذي القعدة"
        mon = HIJRI_MONTHS[re.sub(r"\s+", " ", m.group("mon"))]
        if year is None and (day is None or pub is None):
            continue
        d = int(day) if day else None
        try:
            if year is not None:
                hy = int(year)
            else:
                hy = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
            g = Hijri(hy, mon, d or 15).to_gregorian()
            v = date(g.year, g.month, g.day)
            if year is None and v > pub:
                g = Hijri(hy - 1, mon, d or 15).to_gregorian()
                v = date(g.year, g.month, g.day)
        except (ValueError, OverflowError):
            continue
        out.append((m.start(), m.end(), v, 1 if d else 3, "hijri"))


# a day of an Eid, named: "في أول أيام عيد الفطر"، "ثاني أيام عيد الأضحى"، "صبيحة عيد الفطر"
EID_RE = re.compile(r"(?:(?P<ord>اول|ثاني|ثالث|رابع)\s+ايام\s+|(?:صباح|صبيحه|فجر|يوم|ليله)\s+(?:يوم\s+)?)"
                    r"عيد\s+(?P<which>الفطر|الاضحي)(?![\w])")
_EID_ORD = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}
_EID_DAY = {"الفطر": (10, 1), "الاضحي": (12, 10)}   # 1 Shawwal, 10 Dhu al-Hijja


def _eid(folded: str, pub: date, out: list[Found]) -> None:
    """The Eid's day named, in the Hijri year of the publication (the last one on or before it)."""
    from hijridate import Gregorian, Hijri
    for m in EID_RE.finditer(folded):
        mon, day = _EID_DAY[m.group("which")]
        day += _EID_ORD.get(m.group("ord") or "", 1) - 1
        if m.group("ord") is None and m.group().startswith("ليله"):
            day -= 1   # ("ليلة عيد الفطر": the night before it)
        try:
            hy = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
            g = Hijri(hy, mon, day).to_gregorian()
            v = date(g.year, g.month, g.day)
            if v > pub:
                g = Hijri(hy - 1, mon, day).to_gregorian()
                v = date(g.year, g.month, g.day)
        except (ValueError, OverflowError):
            continue
        out.append((m.start(), m.end(), v, 1, "hijri"))


_NEXT_NIGHT_DAY = re.compile(rf"\s*(?:علي|الي|[-–/]|و)?\s*(?:ال|يوم\s+)?(?P<wd>{_WD}){_NL}")
_AFTER_MIDNIGHT = re.compile(r"بعد\s+(?:منتصف\s+)?$")


def _weekdays(folded: str, pub: date | None, out: list[Found], windows=None) -> None:
    if pub is None:
        return
    for m in _iter(WEEKDAY_RE, folded, windows):
        s, e = m.span()
        if _NOT_WEEKDAY_BEFORE.search(folded, max(0, s - 12), s):
            continue
        wd = WEEKDAYS[m.group("wd")]
        mod = m.group("mod") or ""
        if mod in FUTURE or (not mod and _future_context(folded, s, e)):
            out.append((s, e, _weekday_after(pub, wd, strict=bool(mod)), 1, "future"))
            continue
        v = _weekday_on_or_before(pub, wd, strict=False)
        tod = m.group("tod") or ""
        if tod.startswith(("ليل", "منتصف ليل")) and not tod.startswith("ليل يوم") and not mod:
            # "ليلة الجمعة": the night before Friday in strict usage; ACLED codes the day named
            # ("ليلة الاثنين على الثلاثاء"، "ليل الأحد-الاثنين": the night between two days, one date; after
            # its midnight, "بعد منتصف ليلة الاثنين على الثلاثاء", the second day's)
            nxt = _NEXT_NIGHT_DAY.match(folded, e)
            if nxt is not None and WEEKDAYS[nxt.group("wd")] == (wd + 1) % 7:
                if tod.startswith("منتصف") and _AFTER_MIDNIGHT.search(folded, max(0, s - 16), s):
                    v = _weekday_on_or_before(pub, (wd + 1) % 7, strict=False)
                e = nxt.end()
        out.append((s, e, v, 1, "weekday"))


def _relative(folded: str, pub: date | None, out: list[Found], windows=None) -> None:
    if pub is None:
        return
    for m in _iter(RELATIVE_RE, folded, windows):
        rel = re.sub(r"\s+", " ", m.group("rel")).strip()
        s, e = m.span()
        if rel == "اليوم":
            if _NOT_TODAY_AFTER.match(folded, e) or _NOT_TODAY_BEFORE.search(folded, max(0, s - 12), s):
                continue
            out.append((s, e, pub, 1, "future" if _future_context(folded, s, e) and False else "relative"))
        elif rel in ("امس", "البارحه", "الليله الماضيه", "ليله امس"):
            out.append((s, e, pub - timedelta(days=1), 1, "relative"))
        elif rel in ("اول من امس", "اول امس", "امس الاول", "الليله قبل الماضيه"):
            out.append((s, e, pub - timedelta(days=2), 1, "relative"))
        elif rel in ("غدا", "غد"):
            out.append((s, e, pub + timedelta(days=1), 1, "future"))
        elif rel == "بعد غد":
            out.append((s, e, pub + timedelta(days=2), 1, "future"))


_UNIT_DAYS = {"يوم": (1, 1), "يومين": (2, 1), "ايام": (1, 1), "اسبوع": (7, 2), "اسبوعين": (14, 2),
              "اسابيع": (7, 2), "شهر": (30, 3), "شهرين": (60, 3), "اشهر": (30, 3), "شهور": (30, 3),
              # "قبل ساعات"، "منذ ساعتين": today ("قبل ساعات من بدء الهدنة" is relative to another event)
              "ساعات": (0, 1), "ساعتين": (0, 1), "ساعه": (0, 1)}


def _ago(folded: str, pub: date | None, out: list[Found], windows=None) -> None:
    if pub is None:
        return
    for m in _iter(AGO_RE, folded, windows):
        unit = m.group("unit")
        per, prec = _UNIT_DAYS[unit]
        num = m.group("num")
        if num is not None:
            k = parse_number(num)
            if k is None:
                continue
            if unit in ("يومين", "اسبوعين", "شهرين", "ساعتين"):
                continue
            if per == 0 and k > 24:
                continue
        else:
            if unit in ("ايام", "اسابيع", "اشهر", "شهور"):
                continue  # "منذ أيام": vague
            k = 1
        if k > 400:
            continue
        if m.group("since") == "قبل" and unit in ("يوم",) and num is None:
            continue  # "قبل يوم من": relative to another event
        out.append((m.start(), m.end(), pub - timedelta(days=k * per), prec if k * per > 3 or prec > 1 else 1,
                    "relative"))


def _told_month(pub: date, mod: str) -> tuple[int, int]:
    """(year, month) of "الشهر" told with `mod`: the last month, the next one, else the publication's."""
    if mod in PAST:
        return _shift_month(pub.year, pub.month, -1)
    if mod in FUTURE:
        return _shift_month(pub.year, pub.month, 1)
    return pub.year, pub.month


def _periods(folded: str, pub: date | None, out: list[Found], windows=None) -> None:
    if pub is None:
        return
    for m in _iter(DAY_OF_MONTH_RE, folded, windows):
        mod = m.group("mod") or m.group("cur") or ""
        d = ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("oday"))] if m.group("oday") else int(m.group("day"))
        y, mo = _told_month(pub, mod)
        v = _safe_date(y, mo, d)
        if v is None:
            continue
        kind = "future" if mod in FUTURE or (mod not in PAST and v > pub) else "relative"
        out.append((m.start(), m.end(), v, 1, kind))
    for m in _iter(PERIOD_RE, folded, windows):
        part, this, unit, mod = m.group("part"), m.group("this"), m.group("unit"), m.group("mod") or ""
        s, e = m.span()
        if not (part or this or mod):
            continue
        if unit == "اسبوع":
            if part:
                # "مطلع الأسبوع"، "أواخر الأسبوع الماضي": the week's first, middle or last days (a week
                # starts on Saturday), this week's unless told past or to come, never after publication
                start = pub - timedelta(days=(pub.weekday() - 5) % 7)
                if mod in PAST:
                    start -= timedelta(days=7)
                elif mod in FUTURE:
                    start += timedelta(days=7)
                v = start + timedelta(days={5: 1, 15: 3, 25: 5}.get(PARTS.get(part, 15), 3))
                kind = "future" if mod in FUTURE else "relative"
                out.append((s, e, min(v, pub) if kind == "relative" else v, 2, kind))
                continue
            if mod in PAST:
                start = pub - timedelta(days=(pub.weekday() - 5) % 7)   # Saturday starting this week
                out.append((s, e, start - timedelta(days=4), 2, "relative"))
            elif mod in FUTURE:
                start = pub - timedelta(days=(pub.weekday() - 5) % 7)
                out.append((s, e, start + timedelta(days=10), 2, "future"))
            else:
                out.append((s, e, pub, 2, "relative"))
            continue
        day = PARTS.get(part or "", 15)
        if unit == "شهر":
            y, mo = _told_month(pub, mod)
            v = _month_day(y, mo, day)
            kind = "future" if mod in FUTURE else "relative"
            if kind == "relative" and v > pub:
                v = pub
            out.append((s, e, v, 3, kind))
        else:  # a year: only with a part of it ("أواخر العام الماضي")
            if not part:
                continue
            y = pub.year - 1 if mod in PAST else pub.year + 1 if mod in FUTURE else pub.year
            mo = {5: 1, 15: 6, 25: 12}[day]
            v = _month_day(y, mo, 15)
            kind = "future" if mod in FUTURE else "relative"
            if kind == "relative" and v > pub:
                v = pub
            out.append((s, e, v, 3, kind))


def _year_parts(folded: str, out: list[Found]) -> None:
    for m in YEAR_PART_RE.finditer(folded):
        mo = {5: 1, 15: 6, 25: 12}[PARTS[m.group("part")]]
        out.append((m.start(), m.end(), date(int(m.group("year")), mo, 15), 3, "absolute"))


def find_dates(folded: str, published: date | None) -> list[Found]:
    """Every date phrase in folded text, longest first on overlap, in text order."""
    found: list[Found] = []
    win = _windows(folded)
    if _YEAR_DIGITS.search(folded):
        _year_parts(folded, found)
    if "abs" in win:
        _absolute(folded, published, found, win["abs"])
    if "/" in folded or "-" in folded or "." in folded:
        _numeric(folded, found, gated=True)
    if "hijri" in win:
        _hijri(folded, published, found, win["hijri"])
    if published is not None:
        if "عيد" in folded:
            _eid(folded, published, found)
        if "wd" in win:
            _weekdays(folded, published, found, win["wd"])
        if "rel" in win:
            _relative(folded, published, found, win["rel"])
        if "ago" in win:
            _ago(folded, published, found, win["ago"])
        if "ساع" in folded:
            found.extend((m.start(), m.end(), published, 1, "relative") for m in HOURS_RE.finditer(folded))
        if "per" in win:
            _periods(folded, published, found, win["per"])
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[Found] = []
    for f in found:
        if f[1] <= f[0]:
            continue
        inside = next((k for k, t in enumerate(taken) if f[0] < t[1] and t[0] < f[1]), None)
        if inside is not None:
            t = taken[inside]
            if t[4] == "relative" and f[4] == "weekday" and t[3] == f[3] == 1:
                # ("اليوم الأربعاء" read as one relative phrase, its weekday inside it)
                taken[inside] = (t[0], t[1], _weekday_wins(t[2], f[2]), 1, "relative")
            continue
        taken.append(f)
    taken.sort()
    return _merge_adjacent(folded, taken, published)


def _weekday_wins(relative: date, weekday: date | None) -> date:
    """The day of "اليوم/أمس" told with a weekday: the weekday's (on or before the publication) when the
    two disagree by three days or fewer. A feed's publication date may lag the wire's day: "اليوم
    الأربعاء" published on Thursday is Wednesday."""
    if weekday is None or weekday == relative or abs((weekday - relative).days) > 3:
        return relative
    return weekday


def _merge_adjacent(folded: str, found: list[Found], pub: date | None) -> list[Found]:
    """"اليوم الثلاثاء", "أمس (الأربعاء)": one phrase, the relative word's value."""
    out: list[Found] = []
    for f in found:
        if out:
            p = out[-1]
            gap = folded[p[1]:f[0]]
            if len(gap) <= 3 and re.fullmatch(r"[\s(،,]*", gap) and {p[4], f[4]} <= {"relative", "weekday"} \
                    and (p[4] == "relative") != (f[4] == "relative") and p[3] == f[3] == 1:
                rel = p if p[4] == "relative" else f
                wd = f if rel is p else p
                end = f[1] + (1 if folded[f[1]:f[1] + 1] == ")" else 0)
                out[-1] = (p[0], end, _weekday_wins(rel[2], wd[2]), 1, "relative")
                continue
        out.append(f)
    return out


def resolve_date(phrase: str, published: date | None) -> tuple[date, int] | None:
    """(date, precision) of the first date phrase in `phrase`, or None when none can be resolved.

    >>> resolve_date("مساء السبت", date(2016, 8, 4))
    (datetime.date(2016, 7, 30), 1)
    >>> resolve_date("15 رمضان 1437", None)
    (datetime.date(2016, 6, 20), 1)
    """
    found = find_dates(fold_string(phrase), published)
    if not found:
        return None
    f = found[0]
    return f[2], f[3]


def header_date(text: str) -> date | None:
    """A publication date written in the first ~12 lines (under a byline), with its year.

    >>> header_date("عنوان\\n\\nعبد الله الشريف\\n06 اغسطس 2016\\nنص الخبر")
    datetime.date(2016, 8, 6)
    """
    lines = text.split("\n", 13)[:12]
    for line in lines:
        line = line.strip()
        if not line or len(line.split()) > 12:
            continue
        folded = fold_string(line)
        found: list[Found] = []
        _absolute(folded, None, found)
        _numeric(folded, found)
        for f in sorted(found):
            if f[3] == 1:
                return f[2]
    return None


DATELINE_LAG_DAYS = 10


def _dateline_date(folded: str) -> date | None:
    """A full date (day, month and year) in the article's opening dateline, before its dash: "بغداد -
    9 مارس/آذار 2016 (الأناضول) -"."""
    head = folded[:120].split("\n", 1)[0]
    found: list[Found] = []
    _absolute(head, None, found)
    _numeric(head, found)
    for s, e, v, prec, kind in sorted(found):
        if prec == 1 and kind == "absolute" and s <= 60 and re.match(r"[\s()\w]{0,40}[-–—:]", head[e:]):
            return v
    return None


def add_dates(doc: Doc, *, resources=None) -> Doc:
    """Pipeline step: `doc.dates`, resolved against `doc.article.published`; masked text skipped.

    "قتل 5 أشخاص الخميس" published Saturday 6 Aug 2016 → DateMention(span of "الخميس", 2016-08-04, 1,
    "weekday").
    """
    omap = doc.offsets
    out = []
    ref = doc.article.published
    filed = _dateline_date(doc.folded)
    if filed is not None and (ref is None or 0 <= (ref - filed).days <= DATELINE_LAG_DAYS):
        # "بغداد - 9 مارس/آذار 2016 (الأناضول) - ... أمس": the dateline's day is when the story was
        # filed; "أمس" and the weekdays are read against it, not a later publication date
        ref = filed
    found = find_dates(doc.folded, ref)
    if doc.article.published is None:
        # no publication date: a day and month without a year ("25 اكتوبر الفائت") is read against
        # the latest full date the article gives ("26 يوليو 2015"); weekdays and "أمس" stay unread
        full = [v for s, e, v, prec, kind in found if kind == "absolute" and prec == 1]
        if full:
            have = {(s, e) for s, e, *_ in found}
            found = sorted(found + [f for f in find_dates(doc.folded, max(full))
                                    if f[4] == "absolute" and (f[0], f[1]) not in have
                                    and not any(s <= f[0] < e or f[0] <= s < f[1] for s, e in have)])
    for s, e, v, prec, kind in found:
        span = omap.span(s, e)
        if doc.masks and doc.is_masked(span):
            continue
        out.append(DateMention(span, v, prec, kind))
    return doc.with_(dates=tuple(out))
