"""Killed and injured counts bound to the cue words of one sentence, ACLED-conservative.

A count belongs to a kill cue ("مقتل", "قتل", "لقي ... مصرعهم", "قتلى", "قتيلا") when it stands right
after it ("مقتل 16 شخصا", "قتل شرطيان وثلاثة مدنيين" → 2 + 3) or right before a casualty noun
("15 قتيلا", "سبعة قتلى"). Groups joined by "و" add up; "بينهم"/"منهم" (among them) stops the count,
so subsets are not added twice. "قتلى وجرحى" with no number gives None (ACLED: unknown, not 0).

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "وقتل شرطيان وثلاثة مدنيين في الهجوم وأصيب 16 آخرون."), until="triggers")
>>> count_casualties(doc, doc.sentences[0])
(5, 16)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from rasd.arabic.normalize import fold_string
from rasd.extract.actors import BELIEF_WORDS, COUNTRY_WORDS, THEY_THAT
from rasd.extract.triggers import BODY_NOUNS, DOING_VERBS, ELIMINATION_CUES, FIND_WORDS, done_by_verb, elimination_object
from rasd.model import Doc, NumberMention, Span, Token
from rasd.resources.acled import SubEventType

_START = attrgetter("span.start")

# Singular nouns for one person: "مقتل جندي" = 1.
PERSON_NOUNS = frozenset("""جندي شرطي مدني شخص طفل امراه رجل ضابط عنصر مسلح قيادي مواطن مقاتل متطرف
مجند عسكري صحفي ناشط مسؤول قائد حارس طالب موظف امير زعيم متشدد ارهابي انتحاري شاب شقيق فتي فتاه سائق
مزارع صياد طبيب مهندس معلم صبي رضيع مسن عجوز راع راعي عامل امام قاض محام ممرض مسعف تاجر متظاهر محتج
مصل زائر لاجئ نازح مسافر راكب مستوطن مهاجم مقيم مدير محافظ وزير شيخ رقيب عريف نقيب ملازم عقيد عميد
مساعد مدرس خطيب داعيه استاذ""".split())   # ("مساعد أول في الجيش": a warrant officer)
# one person by a singular noun whose "-ين" form is read as its plural, not its dual
SOUND_PLURAL_PERSONS = frozenset(fold_string(w) for w in "متظاهر محتج مصل زائر لاجئ نازح مسافر راكب مستوطن مقيم".split())
# Duals of those (and of "قتيل"/"شهيد"/"جريح"), as folded words: 2 people.
# person nouns whose plural is the sound "-ين" form: with the article it is the plural ("أعلن الجيش مقتل
# المهاجمين"، "قتل جميع المسلحين": the attackers, the gunmen, however many), as it is far more often than
# the two; bare, it stays two ("قتل مسلحين") and a number word after it counts ("المهاجمين الثلاثة عشر").
# (broken plurals keep the dual: "الجنديين"، "الطفلين" are two)
DEFINITE_SOUND_PLURALS = frozenset(fold_string(w) for w in """مهاجم مسلح مقاتل مدني عسكري متطرف متشدد ارهابي
انتحاري مجند مواطن صحفي صحافي ناشط مسؤول موظف قيادي مسعف ممرض مهندس معلم مزارع صياد مسن""".split())
_ARTICLE_CLITICS = ("ال", "وال", "بال", "فال", "لل", "ولل", "كال")
DUAL_SUFFIXES = ("ان", "ين")
KILL_NOUNS_AFTER_NUMBER = frozenset(fold_string(w) for w in "قتيلا قتيل قتلى قتيلين شهيدا شهداء القتلى الشهداء".split())
INJURY_NOUNS_AFTER_NUMBER = frozenset(fold_string(w) for w in "جريحا جرحى مصابا مصابين جريح الجرحى المصابين".split())
CASUALTY_NOUNS = KILL_NOUNS_AFTER_NUMBER | INJURY_NOUNS_AFTER_NUMBER
# a toll's own word before the dead's noun: "عدد قتلى ..."، "حصيلة ضحايا ..."
TOLL_HEADS = frozenset(fold_string(w) for w in "عدد حصيلة وعدد وحصيلة".split())
DEFINITE_DEAD = frozenset("القتلي القتيلين الضحايا الشهداء".split())
STOP_WORDS = frozenset("بينهم منهم بينها وبينهم ومنهم غالبيتهم معظمهم اغلبهم هم وهم".split())  # "هم": a breakdown follows
AMONG_WORDS = frozenset("بينهم بينهن وبينهم".split())   # "N ... بينهم M": M is part of N
ONE_WORDS = frozenset(fold_string(w) for w in "احد احدى واحد واحده".split())


def person_dual(norm: str) -> bool:
    """The folded word is the dual of a person noun, two people ("جنديين"، "قتيلان"، "امرأتان"), not of a
    thing ("صاروخان") nor a sound plural ("المتظاهرين")."""
    if _definite_many(norm):
        return False  # "مقتل المهاجمين": the attackers
    for suf in DUAL_SUFFIXES:
        if norm.endswith(suf):
            stem = norm[: -len(suf)]
            for cand in (stem, stem[2:] if stem.startswith("ال") else stem, stem[1:] if stem[:1] == "و" else stem):
                if cand in SOUND_PLURAL_PERSONS and suf == "ين":
                    continue  # "المتظاهرين": the plural, far more often than two
                if cand in PERSON_NOUNS or cand in ("قتيل", "شهيد", "جريح") or (suf == "ان" and cand in NATIONALITY_NOUNS):
                    # ("عراقيان": two; "الفلسطينيين" is far more often the plural)
                    return True
                if cand.endswith("ت") and cand[:-1] + "ه" in PERSON_NOUNS:  # "امرأتان"، "فتاتين"
                    return True
    return False


# "المسلحين الاثنين"، "الانتحاريين اللذين فجرا نفسيهما": "the two" or the dual relative after the noun
_TWO_AFTER = frozenset(fold_string(w) for w in "الاثنين الاثنتين الإثنين اللذين اللذان اللتين اللتان".split())


def _definite_many(norm: str) -> bool:
    """A definite sound plural of a person noun ("المهاجمين"، "المدنيين"): a group, its size untold."""
    return norm.endswith("ين") and any(norm[len(c):-2] in DEFINITE_SOUND_PLURALS
                                       for c in _ARTICLE_CLITICS if norm.startswith(c))


def _two_told_after(toks: list[Token], j: int) -> bool:
    """The definite sound plural at token j (read as many, see DEFINITE_SOUND_PLURALS) is told as two by
    the word after it."""
    return j + 1 < len(toks) and toks[j + 1].norm in _TWO_AFTER and _definite_many(toks[j].norm)


# "قتل عراقي وجرح آخر": a nationality word standing for one person (the actors' nationality words,
# and those they leave out as too often naming forces abroad)
NATIONALITY_NOUNS = frozenset(k for k in COUNTRY_WORDS if k.endswith("ي")) | frozenset(
    fold_string(w) for w in "أميركي أمريكي كردي".split())


def _object_after_subject(toks: list[Token], i: int, j: int) -> bool:
    """"قتل مسلحون مترجما": an indefinite accusative noun right after the verb's nominative plural
    subject is its object, one person."""
    if j - i in (2, 3) and toks[i + 1].norm.endswith("ون") and (j == i + 2 or toks[i + 2].norm.endswith("ون")) \
            and (_definite_one(toks[j].norm) or _definite_one(toks[j].norm.rstrip("ي"))):
        return True   # "قتل مسلحون مجهولون الناشط عمر باطويل": the one named after the subject
    return j == i + 2 and toks[i + 1].norm.endswith("ون") and toks[j].norm.endswith("ا") \
        and len(toks[j].norm) > 3 and not toks[j].norm.startswith("ال")


CAUSE_WORDS = frozenset(fold_string(w) for w in "احتجاجا احتجاج تنديدا استنكارا غضبا".split())


def _told_as_cause(toks: list[Token], i: int) -> bool:
    """"احتجاجا على مقتل الفتى"، "تنديدا باغتيال": the cue names what a protest is about."""
    if i >= 1 and toks[i - 1].norm.lstrip("و") in CAUSE_WORDS:
        return True
    return i >= 2 and toks[i - 1].norm in ("على", "علي") and toks[i - 2].norm.lstrip("و") in CAUSE_WORDS


RESTATING_WORDS = frozenset(fold_string(w) for w in "انه أنها أن إن أعلن أعلنت قال قالت أكد أكدت ذكر ذكرت أفاد أفادت".split())


def _group_noun(toks: list[Token], nums: dict[int, NumberMention], used: set[Span]) -> str:
    """The word after the last number counted ("ثمانية عراقيين" → "عراقيين"; "" at the end)."""
    k = max((j for j, m in nums.items() if m.span in used), default=None)
    if k is None:
        return ""
    while k + 1 < len(toks) and k + 1 in nums and nums[k + 1].span == nums[k].span:
        k += 1
    return toks[k + 1].norm if k + 1 < len(toks) else ""


# another source's version of the same toll: "بينما قال ناشطون إن ..."، "في حين قالت وزارة الصحة"،
# "ثمانية أشخاص حسب مصادر محلية و11 حسب مصادر طبية"
VERSION_OPENERS = frozenset(fold_string(w) for w in "بينما وبينما فيما وفيما حين".split())
VERSION_VERBS = frozenset(fold_string(w) for w in """قال قالت قالوا ذكر ذكرت ذكروا أفاد أفادت أفادوا أكد أكدت أكدوا
أعلن أعلنت أشار أشارت تحدث تحدثت تحدثوا قدر قدرت قدروا رجح رجحت أحصى أحصت وثق وثقت""".split())
ATTRIBUTION_WORDS = frozenset(fold_string(w) for w in "حسب بحسب وحسب وبحسب وفق وفقا ووفق ووفقا حسبما".split())
# a second group added to the first, not another version of it: "قتل 3 آخرون"
MORE_WORDS = frozenset(fold_string(w) for w in "آخرين آخرون آخر أخرى اخرين اخرون".split())


def other_version(toks: list[Token], prev: int, i: int) -> bool:
    """Between the toll told at token prev and a count at token i another source speaks ("بينما
    قال ناشطون إن"، "في حين قال سكان إن"): the second count is that source's figure for the same dead."""
    for k in range(max(prev + 1, 0), i):
        if toks[k].norm in VERSION_OPENERS and (toks[k].norm != "حين" or (k > 0 and toks[k - 1].norm in ("في", "وفي"))):
            if any(toks[m].norm in VERSION_VERBS for m in range(k + 1, min(i, k + 4))):
                return not any(toks[m].norm in MORE_WORDS for m in range(k + 1, min(len(toks), i + 4)))
    return False


_DEATH_AFTER = frozenset(fold_string(w) for w in "بعد إثر اثر عقب".split())
_DEATH_NOUNS = frozenset(fold_string(w) for w in "وفاة وفاه".split())


def _rise_explained(toks: list[Token], prev: int, i: int) -> bool:
    """The deaths at the cue at i explain a toll that rose to the count told at prev: a rise verb
    before prev, and "بعد/إثر وفاة" between them."""
    if prev < 0 or not any(toks[k].norm.lstrip("و") in RISE_VERBS for k in range(max(0, prev - 8), prev)):
        return False
    return any(toks[k].norm in _DEATH_AFTER and toks[k + 1].norm in _DEATH_NOUNS for k in range(prev + 1, i - 1))


# the ones who carried out the act: "فيما أعلن الجيش مقتل المهاجمين الثلاثة عشر" counts other dead
ATTACKER_NOUNS = frozenset(fold_string(w) for w in """المهاجمين المهاجمون مهاجمين مهاجمون الانتحاريين الانتحاريون
المسلحين المسلحون منفذي منفذو""".split())


def _attackers_after(toks: list[Token], i: int) -> bool:
    """The count after the cue at i is of the attackers, not another source's figure for the victims."""
    return any(toks[k].norm.lstrip("و") in ATTACKER_NOUNS for k in range(i + 1, min(len(toks), i + 4)))


def _restated(toks: list[Token], prev: int, i: int) -> bool:
    """A speaker's "that" between two equal tolls: the second tells the first again."""
    return prev >= 0 and any(toks[k].norm.lstrip("وف") in RESTATING_WORDS for k in range(prev + 1, i))


def _definite_one(norm: str) -> bool:
    """"الطفلة"، "الجندي": one person named with the article right after a death noun or verb."""
    if not norm.startswith("ال"):
        return False
    core = norm[2:]
    return core in PERSON_NOUNS or (core.endswith("ه") and core[:-1] in PERSON_NOUNS)


# "قائد اللواء 35"، "الكتيبة 77"، "الفوج 20": a unit's number names it, it counts no one
UNIT_NOUNS = frozenset(fold_string(w) for w in """اللواء لواء الكتيبة كتيبة الفوج فوج الفرقة فرقة السرية سرية
الفيلق فيلق المنطقة الكتيبه الفرقه السريه""".split())


def numbers_by_token(doc: Doc, toks: list[Token]) -> dict[int, NumberMention]:
    """Map token index (within toks) → the number mention that covers it (a unit's number left out)."""
    out: dict[int, NumberMention] = {}
    if not doc.numbers:
        return out
    j = 0
    nums = doc.numbers
    for i, t in enumerate(toks):
        while j < len(nums) and nums[j].span.end <= t.span.start:
            j += 1
        k = j
        while k < len(nums) and nums[k].span.start < t.span.end:
            if nums[k].span.overlaps(t.span):
                if not (i > 0 and t.norm[:1].isdigit() and toks[i - 1].norm.lstrip("وبل") in UNIT_NOUNS) \
                        and not _counts_no_one(doc, nums[k]):
                    out[i] = nums[k]
                break
            k += 1
    return out


# "استشهد الطفل أحمد سالم (15 عاما)"، "طفلا يبلغ من العمر 13 عاما"، "منذ ثلاث سنوات": a number of years,
# months, days or hours is an age or a span of time
_TIME_UNIT_AFTER = re.compile(r"\s*(?:عاما|عام|اعوام|سنه|سنوات|سنين|شهرا|شهر|اشهر|شهور|يوما|ايام|اسبوعا|اسابيع|ساعه|ساعات|دقيقه|دقائق)(?![^\W\d_])")


def _counts_no_one(doc: Doc, num: NumberMention) -> bool:
    """The number tells a span of time or an age ("(15 عاما)"، "منذ ثلاث سنوات"), or the one of a
    family ("من عائلة واحدة"): it counts no one."""
    start = doc.offsets.to_folded(num.span.start)
    if num.value == 1 and _ONE_FAMILY_BEFORE.search(doc.folded, max(0, start - 12), start):
        return True   # "ثلاثة فلسطينيين من عائلة واحدة قتلوا": one family, not one dead
    return _TIME_UNIT_AFTER.match(doc.folded, doc.offsets.to_folded(num.span.end)) is not None


_ONE_FAMILY_BEFORE = re.compile(r"(?<![^\W\d_])(?:ال)?(?:عائله|اسره)\s*$")


# kin joined to the victims with a possessive: "امرأة وطفلاها" (her two children), "رجل وزوجته"
KIN_NOUNS = PERSON_NOUNS | frozenset("""زوج زوجه ابن ابنه بنت طفل طفله شقيق شقيقه اخ اخت والد والده ام اب
حفيد حفيده نجل نجله""".split())
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _kin_count(norm: str) -> int:
    """People a word joined by "و" with a possessive pronoun adds: "وطفلاها"، "وابناه" 2; "وزوجته"،
    "وشقيقه"، "وطفلها" 1; 0 for any other word."""
    if not norm.startswith("و"):
        return 0
    w = norm[1:]
    for suf in _POSSESSIVES:
        if w.endswith(suf) and len(w) > len(suf) + 1:
            base = w[:-len(suf)]
            if base.endswith("تا") and base[:-2] + "ه" in KIN_NOUNS:
                return 2   # "وابنتاه"
            if base.endswith("ا") and base[:-1] in KIN_NOUNS:
                return 2   # "وطفلاها"، "وابناه"
            if base.endswith("ي") and base[:-1] in KIN_NOUNS:
                return 2   # "وطفليها"، "وابنيه": the dual after a preposition or a verbal noun
            if base.endswith("ت") and base[:-1] + "ه" in KIN_NOUNS:
                return 1   # "وزوجته"، "وابنته"
            return 1 if base in KIN_NOUNS else 0
    return 0


# "وأطفالها الثلاثة"، "وأبناؤه الأربعة": kin in the plural, their number after them
KIN_PLURALS = frozenset(fold_string(w) for w in "أطفال ابناء أبناء أبناؤ أبنائ بنات أشقاء اشقاء أولاد اولاد".split())
PARENT_WORDS = frozenset(fold_string(w) for w in "أب أم الأب الأم والد والدة".split())


def _kin_plural(norm: str) -> bool:
    """"وأطفالها"، "وأبنائه": plural kin with a possessive, joined by "و"."""
    if not norm.startswith("و"):
        return False
    w = norm[1:]
    return any(w.endswith(suf) and w[:-len(suf)] in KIN_PLURALS for suf in _POSSESSIVES)


_IMAM, _PREACHER = fold_string("امام"), fold_string("خطيب")
# one more person after a group counted before: "وأصيب آخر"، "وجرح ثالث"
_ONE_MORE = frozenset(fold_string(w) for w in "آخر اخر ثالث رابع خامس سادس".split())
_TIMES_WORDS = frozenset(fold_string(w) for w in "مرة مرات دفعة دفعات".split())


_PASSIVE_ACT_HEADS = frozenset(fold_string(w) for w in """تفجير تفجيرات تفجيرين تفجيري هجوم هجمات هجومين انفجار
انفجارات انفجارين غارة غارات قصف اشتباكات معارك مواجهات المجزرة مجزرة كمين""".split())


def _count_after(toks: list[Token], nums: dict[int, NumberMention], i: int, limit: int = 10,
                 stop_norms: frozenset[str] = frozenset(), injury: bool = False,
                 text: str = "") -> tuple[int | None, set[Span]]:
    """Sum the victim groups that follow a cue at token i."""
    total: int | None = None
    used: set[Span] = set()
    j = i + 1
    end = min(len(toks), i + 1 + limit)
    expect_group = True
    version = False  # a source named after the count so far ("حسب مصادر محلية")
    lone = False  # the count so far is one person named by a singular noun ("قتل انتحاري ...")
    subject, subject_spans = False, set()   # the count so far is of attackers, the verb's subject
    dual_subject = False
    while j < end:
        t = toks[j]
        norm = t.norm
        if norm in STOP_WORDS or norm in stop_norms or norm in _BY_WHOM:
            break   # ("قتلوا برصاص مسلحين": who shot them, not more dead)
        if total is None and norm in DOER_RELATIVES:
            break   # "عدد قتلى التفجير الذي نفذه انتحاري ... إلى 231": who carried the act out, no dead
        if total is not None and norm in VERSION_OPENERS:
            break   # "مقتل عنصر من قوات النظام، فيما أسر المسلحون أكثر من 20 عنصراً": another clause's count
        if norm == _AMAM and text and text[t.span.start:t.span.start + 1] == "أ":
            break   # "أمام فندق" (in front of), written with its hamza: no imam ("إمام") among the dead
        if j in nums:
            nm = nums[j]
            if nm.kind == "dual" and not person_dual(norm):
                break  # "سقط صاروخان على المنزل": two missiles, no victims
            k = j + 1
            while k < len(toks) and k in nums and nums[k].span == nm.span:
                k += 1
            after = toks[k].norm.lstrip("و") if k < len(toks) else ""
            if (j > 0 and toks[j - 1].norm in _TIMES_WORDS) or after in _TIMES_WORDS:
                j = k
                continue  # "نفذ الإعدام مرة واحدة في 2700 شخص"، "ثلاث مرات": how many times, nobody counted
            if after in (INJURY_NOUNS_AFTER_NUMBER if not injury else KILL_NOUNS_AFTER_NUMBER):
                break  # "سقط 25 قتيلا و40 جريحا": the next group is the other count
            if after in CASUALTY_NOUNS and k + 1 < len(toks) and toks[k + 1].norm in _AND_THE_OTHER:
                break  # "سقوط 15 قتيلا وجريحا": the dead and hurt in one figure, neither known
            if nm.span not in used:
                # "و12" and "وأحد" join; "واحدة" (one) only begins with the letter
                joined = (norm.startswith("و") and (norm not in ONE_WORDS or text[t.span.start:t.span.start + 2] == "وأ")) \
                    or (j > 0 and toks[j - 1].norm == "و")
                if joined and version and total is not None:
                    # "ثمانية أشخاص حسب مصادر محلية و11 حسب مصادر طبية": two sources' figures, the lowest
                    total = min(total, int(nm.value))
                    used.add(nm.span)
                    version = False
                elif subject and not joined and j - i <= 4:
                    # "قتل ثلاثة انتحاريين 20 شخصا": the attackers counted first were the verb's subject
                    total, used, subject = int(nm.value), used - subject_spans | {nm.span}, False
                    expect_group = False
                elif expect_group or joined:
                    total = (total or 0) + int(nm.value)
                    used.add(nm.span)
                    expect_group = False
                    if total == int(nm.value) and j == i + 1 and toks[i].norm.lstrip("وف") in _KILL_VERBS \
                            and after.removeprefix("ال") in _ATTACKER_GROUPS:
                        subject, subject_spans = True, {nm.span}
                elif total and j > 0 and _kin_plural(toks[j - 1].norm):
                    # "امرأة وأطفالها الثلاثة": the one named and her children, counted after them
                    total += int(nm.value)
                    used.add(nm.span)
                elif lone and j > 0 and toks[j - 1].norm == "مع":
                    # "قتل القائد مع خمسة من عناصره": the one named, and those with him
                    total += int(nm.value)
                    used.add(nm.span)
                elif lone and after not in ("", ) and nm.value > 1:
                    # "قتل انتحاري، يشتبه بانتمائه لداعش، 32 شخصا": the singular was the verb's subject
                    total = int(nm.value)
                    used.add(nm.span)
                lone = False
            j += 1
            while j < end and j in nums and nums[j].span == nm.span:
                j += 1
            continue
        if total is not None and norm in ATTRIBUTION_WORDS:
            version = True
        if total is None and norm in BELIEF_WORDS and j + 1 < len(toks):
            # "قتل مسلحون يشتبه في أنهم من حركة الشباب ثلاثة جنود": past who they are said to be
            k = j + 1
            for want in (("في", "بان", "بأن"), THEY_THAT, ("من",)):
                if k < len(toks) and toks[k].norm in want:
                    k += 1
            if k > j + 1:
                end = min(len(toks), end + (k - j))
                j = k
                continue
        if total is None and norm in ONE_DEATH_NOUNS and j + 1 < end and toks[j + 1].norm == "مع":
            # "لقي آمر الكتيبة مصرعه مع اثنين من جنوده": the one whose death is told, and those with him
            total, lone, expect_group = 1, True, False
            j += 1
            continue
        if total is None and j == i + 1 and norm in _ONE_MORE and i > 0 and toks[i].norm.startswith("و"):
            # "قتل عنصران من قوات النظام وأصيب ثالث"، "وأصيب آخر": one more, after those counted before
            total, expect_group = 1, False
            j += 1
            continue
        if total is None and j == i + 1 and norm in PARENT_WORDS and j + 1 < end and _kin_count(toks[j + 1].norm):
            total, expect_group = 1, False   # "قتل أب وابنه": the father, then his son
        elif total and (kin := _kin_count(norm)):
            total += kin  # "امرأة وطفلاها": two more; "رجل وزوجته": one more
            expect_group = False
        elif total and norm[:1] == "و" and norm[1:] in ATTACKER_ONE:
            total += 1   # "قتل ثلاثة جنود ومنفذ الهجوم الانتحاري": the attacker counted with them
            expect_group = False
        elif expect_group and total is None and _definite_many(norm) and not _two_told_after(toks, j) \
                and j + 1 not in nums:
            break   # "بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم": the civilians, not counted
        elif (person_dual(norm) or _construct_dual(toks, j) or _two_told_after(toks, j)) and (expect_group or norm.startswith("و")):
            total = (total or 0) + 2  # "جنديان"، "ضابطا شرطة"
            expect_group = False
            # "قتل انتحاريان خمسة جنود": two attackers, the verb's subject, before its counted object
            subject, subject_spans = (total == 2 and j == i + 1 and toks[i].norm.lstrip("وف") in _KILL_VERBS | KILLING_ACTS
                                      and norm.removeprefix("ال") in ATTACKER_DUALS), set()
        elif subject and (person_dual(norm) or _construct_dual(toks, j)) and not norm.startswith("و") \
                and norm.removeprefix("ال") not in _ATTACKER_GROUPS | ATTACKER_DUALS:
            total, subject = 2, False   # "قتل مسلحان شرطيين": the two after the two attackers
            expect_group = False
        elif j > 0 and norm in _ACT_ADJECTIVES and toks[j - 1].norm.lstrip("وبل") in _ACT_NOUNS:
            pass   # "عدد قتلى هجوم انتحاري"، "هجوم مسلح": the act's adjective, no one counted
        elif j > 0 and norm.removeprefix("وال").removeprefix("و") == _PREACHER \
                and toks[j - 1].norm.removeprefix("ال") == _IMAM:
            pass   # "إمام وخطيب مسجد": one man, the mosque's imam and preacher
        elif (norm in PERSON_NOUNS or norm[1:] in PERSON_NOUNS and norm[0] == "و"
              or norm[-1:] == "ا" and norm[:-1] in PERSON_NOUNS
              or norm[-1:] == "ه" and norm[:-1] in PERSON_NOUNS   # "طالبة"، "مستوطنة": one woman
              or norm[-2:] in ("ها", "هم") and norm[:-2] in PERSON_NOUNS   # "مقتل سائقها"، "قائدهم": its one
              or norm[-1:] == "ا" and norm[:-1] in NATIONALITY_NOUNS   # "قتلت قوات الاحتلال فلسطينيا": one
              or j == i + 1 and (_definite_one(norm) or norm in NATIONALITY_NOUNS)
              or _object_after_subject(toks, i, j)) and (expect_group or (dual_subject := (
                  # ("قتل مسلحان مجهولان مواطنا": the two attackers counted first were the verb's subject)
                  subject and not subject_spans and not norm.startswith("و")
                  and not (norm[-1:] == "ا" and norm[:-1] in NATIONALITY_NOUNS)))
                                                         or norm[1:] in PERSON_NOUNS and norm[0] == "و"):
            # "قتلوا قائدا"، "استشهاد الطفلة"، "قتل عراقي": one; "ومجند ومسلح": one more each
            if dual_subject:
                total, used, subject = 0, used - subject_spans, False
            total = (total or 0) + 1
            expect_group = False
            lone = total == 1
        elif (norm in ONE_WORDS and (expect_group or (j > 0 and toks[j - 1].norm == "و"))) \
                or (norm[:1] == "و" and norm[1:] in ONE_WORDS):
            # "أحد الجنود" opens a group; "من أسرة واحدة" (of one family) adds nobody
            total = (total or 0) + 1
            expect_group = False
        elif norm == "بعد" and j + 1 < end and toks[j + 1].norm in ("ظهر", "منتصف"):
            j += 2  # "اغتال الطيران، بعد ظهر امس خمسة فلسطينيين": a time of day, not "after"
            continue
        elif total is None and j == i + 1 and norm == "في" and j + 1 < len(toks) \
                and toks[j + 1].norm.removeprefix("ال") in _PASSIVE_ACT_HEADS and not toks[i].norm.endswith("وا") \
                and (k := next((k for k in range(j + 2, min(len(toks), j + 5)) if k in nums), None)) is not None \
                and all(toks[m].norm not in ("في", "علي") for m in range(j + 2, k)) \
                and bool(text) and not any(ch in text[toks[j].span.end:toks[k].span.start] for ch in "،,.؛:"):
            # "وقتل في التفجير 38 شخصا"، "قتل في تفجيرات المدينة وحدها 38": the act the dead fell in, then
            # their count ("18 مقاتلا قتلوا في معارك الحي، مقابل 11 عنصرا": the dead told before the verb)
            end = min(len(toks), end + (k - j))
            j = k
            continue
        elif norm in ("في", "علي", "خلال", "جراء", "اثر", "اثناء", "عندما", "بعد", "حين"):
            if lone and norm == "في":
                # "قتل قيادي في جماعة الحوثي وثلاثة من مرافقيه": the one named, his group, his companions
                for m in range(j + 1, min(len(toks), j + 6)):
                    if m in nums and m + 2 < len(toks) and toks[m + 1].norm == "من" \
                            and toks[m + 2].norm.startswith(COMPANION_STEMS) and nums[m].span not in used \
                            and (toks[m].norm.startswith("و") or toks[m - 1].norm == "و"):
                        total += int(nums[m].value)
                        used.add(nums[m].span)
                        break
                    if toks[m].norm in ("في", "على", "علي", "،", ",") or m in nums:
                        break
            break
        j += 1
    if subject and total == 2 and toks[i].norm.lstrip("وف") in _ACTIVE_ASSASSINATIONS:
        # "اغتال مسلحان مجهولان يستقلان دراجة نارية، مساء أمس، الشيخ ...": the two were its doers (the verb
        # has no passive reading), the one it names is not counted here
        return None, used - subject_spans
    return total, used


# a relative verb naming who fired or carried out the thing just named: "مقذوف أطلقته الميليشيات"
DOER_RELATIVES = frozenset(fold_string(w) for w in """أطلقه أطلقته أطلقها أطلقوه أطلقتها ألقاه ألقته ألقتها
شنه شنته شنها شنتها شنوه نفذه نفذته نفذها نفذوه زرعه زرعته زرعها""".split())


# assassination verbs that are only active ("اغتيل" is the passive): a dual right after them is the doers
_ACTIVE_ASSASSINATIONS = frozenset(fold_string(w) for w in "اغتال اغتالت".split())
_ACT_NOUNS = frozenset(fold_string(w) for w in "هجوم هجوما تفجير تفجيرا عملية عمليه اعتداء انفجار".split())
_KILL_VERBS = frozenset(fold_string(w) for w in "قتل قتلت قتلا قتلوا يقتل تقتل".split())
_FALLING = fold_string("سقوط")
_ACT_ADJECTIVES = frozenset(fold_string(w) for w in "انتحاري انتحارية مسلح مسلحة ارهابي إرهابي ارهابية إرهابية".split())

# attackers counted as the subject of a kill verb, before its object: "قتل انتحاريان خمسة جنود"
ATTACKER_DUALS = frozenset(fold_string(w) for w in "انتحاريان مسلحان مهاجمان انتحاريتان قناصان ملثمان".split())
_ATTACKER_GROUPS = frozenset(fold_string(w) for w in "انتحاريين انتحاريون مسلحين مسلحون مسلحا انتحاريا مهاجمين مهاجمون".split())

# "وثلاثة من مرافقيه"، "واثنين من عناصره": the companions of one person named before
COMPANION_STEMS = tuple(fold_string(w) for w in "مرافقي رفاق عناصر حراس مساعدي أتباع مقاتلي أفراد أبناء".split())


def _tokens_in(doc: Doc, span: Span) -> list[Token]:
    """The tokens starting inside span (two bisections over the document's tokens)."""
    lo = bisect_left(doc.tokens, span.start, key=lambda t: t.span.start)
    hi = bisect_left(doc.tokens, span.end, lo, key=lambda t: t.span.start)
    return list(doc.tokens[lo:hi])


# acts that kill whom they name: "أعدم التنظيم خمسة رهائن"، "اغتال مسلحون ضابطين"
KILLING_ACTS = frozenset(fold_string(w) for w in "اغتال اغتالت اغتالوا اغتيل اغتيلت أعدم أعدمت أعدموا ذبح ذبحوا".split())
# and their verbal nouns when they tell the act done, not named ("مبررا إعدام الجنود الثلاثة"): after
# "أقدم ... على"/"قام ... ب" ("أقدم التنظيم على إعدام 40 مدنيا"), or with the count right after them
# ("أعلنت الشرطة اغتيال 3 ضباط")
KILLING_NOUNS = frozenset(fold_string(w) for w in "إعدام اغتيال".split())
_AGAINST = frozenset(fold_string(w) for w in "بحق ضد".split())


def _against_after(toks: list[Token], nums: dict[int, NumberMention], i: int) -> bool:
    """"عملية إعدام جماعية بحق 25 شخصا": whom the act was done to, "بحق" and its count, soon after it."""
    return any(toks[j].norm in _AGAINST and j + 1 in nums for j in range(i + 1, min(len(toks), i + 4)))


@lru_cache(maxsize=4096)
def _killing_act(lemma: str) -> bool:
    """The trigger's lemma, folded, is an act that kills whom it names (cached per lemma)."""
    return fold_string(lemma) in KILLING_ACTS


# "القيادي ... و3 من مرافقيه": the count of those with one person named before it
COMPANION_NOUNS = tuple(fold_string(w) for w in """مرافقي مرافقيه مرافقيها حراس حراسه حرسه عناصره أتباعه اتباعه
رفاقه رفاقه أبنائه ابنائه أفراد أسرته افراد اسرته أقاربه اقاربه جنوده جنودها""".split())
_LEADER_NOUNS = frozenset(fold_string(w) for w in """قيادي القيادي قائد القائد زعيم الزعيم أمير الأمير ضابط الضابط
مسؤول المسؤول شيخ الشيخ مدير المدير رئيس الرئيس محافظ المحافظ وزير الوزير نائب النائب قاض القاضي
عقيد العقيد عميد العميد مقدم المقدم رائد الرائد نقيب النقيب مختار المختار عمدة العمدة""".split())


def _leader_and_companions(toks: list[Token], k: int) -> bool:
    """The count at token k is joined by "و" to one leader or official named within twelve words before
    it, and followed by "من" and a word for his companions ("و12 من مرافقيه")."""
    if not _joined_by_wa(toks, k):
        return False
    after = [t.norm for t in toks[k + 1:k + 3]]
    if len(after) < 2 or after[0] != "من" or not after[1].startswith(COMPANION_NOUNS):
        return False
    return any(toks[j].norm.lstrip("و") in _LEADER_NOUNS for j in range(max(0, k - 12), k))


def _joined_by_wa(toks: list[Token], k: int) -> bool:
    """The count at token k is joined to the one before by "و" ("و12"، "و 12")."""
    return toks[k].norm.startswith("و") or (k > 0 and toks[k - 1].norm == "و")


def _at_least(toks: list[Token], k: int) -> bool:
    """"على الأقل" is part of a count, not a clause's "على"."""
    return k + 1 < len(toks) and toks[k + 1].norm in ("الاقل", "الأقل")


ASSASSINATION_LEMMAS = tuple(fold_string(w) for w in ("اغتال", "اغتيل"))
# a death noun with "his"/"her": one person
# an object pronoun on a kill verb ("فقتلاه" they two killed him, "قتلتهما" killed the two of them)
_OBJECT_PRONOUNS = {"ه": 1, "ها": 1, "هما": 2}
# "قضى ثلاثة أطفال"، "وقضت امرأتان"، "توفي طفلان": died (only with a count right after: "قضت المحكمة"
# rules, "توفي الرئيس" is no count)
_DIED_VERBS = frozenset(fold_string(w) for w in "قضى وقضى فقضى قضت وقضت توفي وتوفي توفيت وتوفيت توفيا توفوا".split())
# "أرداه قتيلا"، "فأردوها قتيلة": shot dead, the pronoun the dead ("أرداهما قتيلين": the dual noun counts)
_SHOT_DEAD = {fold_string(f"أرد{v}{p}"): 1 for v in ("ا", "و", "ت") for p in ("ه", "ها")}
# a body found killed (rasd.extract.triggers.bodies_found) with no count after it: one, or two
BODY_COUNTS = {fold_string(w): n for w, n in (("جثة", 1), ("جثمان", 1), ("الجثة", 1), ("جثتي", 2), ("جثتين", 2),
                                              ("جثتا", 2))}
MET_DEATH_VERBS = frozenset(fold_string(w) for w in "لقي لقيت لقيا لقوا لقين".split())
ONE_INJURY_NOUNS = {fold_string(w): n for w, n in (("إصابته", 1), ("إصابتها", 1), ("إصابتهما", 2))}
ONE_DEATH_NOUNS = frozenset(fold_string(w) for w in "مقتله مقتلها مصرعه مصرعها حتفه حتفها استشهاده استشهادها حياته حياتها".split())
CAPTURE_SUBS = frozenset({SubEventType.ARRESTS, SubEventType.ABDUCTION})


REPLY_WORDS = frozenset(fold_string(w) for w in "ردا رداً انتقاما انتقاماً".split())


def _reply_at(toks: list[Token]) -> int | None:
    """Index of "ردا على" / "انتقاما ل..." (in answer to, in revenge for) in the tokens, if any."""
    for k, t in enumerate(toks[:-1]):
        reply = t.norm.lstrip("و") in REPLY_WORDS or (t.norm == "رد" and k > 0 and toks[k - 1].norm in ("في", "وفي"))
        if reply and (toks[k + 1].norm in ("علي", "على") or toks[k + 1].norm.startswith("ل")):
            return k  # ("وذلك في رد على هجوم انتحاري ...")
    return None


_AMAM = fold_string("أمام")
_BY_WHOM = frozenset(fold_string(w) for w in "برصاص بنيران برصاصة بقذيفة بقذائف".split())
_WAS = frozenset(fold_string(w) for w in "كان كانت".split())
_EARLIER = frozenset(fold_string(w) for w in "سابقة أولية اولية البداية السابقة الأولية الاولية".split())


def _superseded_at(toks: list[Token]) -> int | None:
    """Index where an earlier, superseded toll is told after the updated one: "... إلى 276 قتيلا، بعد
    أن كانت السلطات قد أعلنت في البداية مقتل 20"، "وكانت حصيلة سابقة قد أشارت إلى مقتل 95"."""
    for k, t in enumerate(toks[:-2]):
        n = t.norm
        if n == "بعد" and toks[k + 1].norm in ("ان", "أن") and toks[k + 2].norm in _WAS:
            return k
        if n.lstrip("و") in _WAS and any(x.norm in _EARLIER for x in toks[k + 1:k + 8]):
            return k
        if k > 0 and n in _AND_WAS and any(x.norm == "قد" for x in toks[k + 1:k + 7]):
            return k   # "...، وكان تفجير مماثل الشهر الماضي قد أودى بحياة 30 شخصا": an earlier act's toll
    return None


# the verbs a toll rises by: "وارتفعت حصيلة ..."، "ارتفع عدد الشهداء إلى ..."، "قبل أن ترتفع الحصيلة إلى ..."
RISE_VERBS = frozenset(fold_string(w) for w in "ارتفع ارتفعت وارتفع وارتفعت".split())
_LATER_RISE = frozenset(fold_string(w) for w in "ترتفع يرتفع".split())
# ... or its purpose form: "قتل 45 مجندا ...، ليرتفع عدد القتلى لاحقا إلى 60"
_RISE_FORMS = frozenset(fold_string(w) for w in "ليرتفع لترتفع".split())
_THE_TOLL = fold_string("الحصيلة")
# the figure a toll rose to is at most this many times the one told before (plus TOLL_UPDATE_MARGIN): a
# running total dwarfs the act's own toll
TOLL_UPDATE_RATIO = 3
TOLL_UPDATE_MARGIN = 10


# ... told by whoever raised it: "ورفعت مصادر طبية حصيلة القتلى إلى 60"، "رفع الدفاع المدني الحصيلة إلى 35"
_RAISE_VERBS = frozenset(fold_string(w) for w in "رفع رفعت ورفع ورفعت".split())
# ... by its verbal noun: "أعلن مدير الصحة ارتفاع عدد القتلى إلى 60"
_RISE_NOUNS = frozenset(fold_string(w) for w in "ارتفاع وارتفاع".split())
# ... or by the figure it reached: "وبلغت حصيلة القتلى 60"، "عدد القتلى وصل إلى 60"
_REACH_VERBS = frozenset(fold_string(w) for w in "بلغت وبلغت بلغ وبلغ وصلت ووصلت وصل ووصل".split())


def _is_toll_head(t: Token) -> bool:
    return t.norm in TOLL_HEADS or t.norm == _THE_TOLL


def toll_rise(toks: list[Token], nums: dict[int, NumberMention], lo: int = 0) -> tuple[int, int, bool] | None:
    """(index of the verb, figure, whether it is the hurt's) of the first rise of a toll told in toks from
    lo: "ارتفع عدد الشهداء إلى تسعة"، "وارتفعت الحصيلة لاحقا إلى 15 قتيلا"، "قبل أن ترتفع الحصيلة إلى 12"،
    "وارتفع عدد الجرحى إلى 20" (the hurt's), "ورفعت مصادر طبية حصيلة القتلى إلى 60"، "أعلن ... ارتفاع عدد
    القتلى إلى 60"، "وبلغت حصيلة القتلى 60"، "إن عدد القتلى وصل إلى 60"."""
    for k in range(lo, len(toks) - 1):
        w = toks[k].norm
        head = None
        if w in RISE_VERBS or w in _RISE_FORMS or w in _RISE_NOUNS or (
                w in _LATER_RISE and k >= 2 and toks[k - 2].norm == "قبل"):
            head = k + 1 if _is_toll_head(toks[k + 1]) else None
        elif w in _RAISE_VERBS:   # the raiser (and when) told between: at most six words
            head = next((j for j in range(k + 1, min(len(toks), k + 8)) if _is_toll_head(toks[j])), None)
        elif w in _REACH_VERBS:
            if _is_toll_head(toks[k + 1]):
                head = k + 1
            elif k >= 2 and _is_toll_head(toks[k - 2]):   # "عدد القتلى وصل إلى 60"
                head = k - 2
        if head is None:
            continue
        start = max(head, k) + 1
        to = next((j for j in range(start, min(len(toks) - 1, start + 7)) if toks[j].norm in ("الي", "حتي")), None)
        if to is None and w in _REACH_VERBS:   # "بلغت حصيلة القتلى 60": the figure right after the dead's noun
            to = start if start + 1 in nums and start not in nums else None
        if to is None or to + 1 not in nums:
            continue
        hurt = any(toks[j].norm in _HURT_HEADS for j in range(min(head, k) + 1, to)) or (
            to + 2 < len(toks) and toks[to + 2].norm in INJURY_NOUNS_AFTER_NUMBER)
        return k, int(nums[to + 1].value), hurt
    return None


def updates_toll(before: int | None, figure: int, hurt: bool = False) -> bool:
    """A figure a toll rose to that updates `before` (the act's toll told first), no running total (the
    hurt's toll may be told first by its rise: "قتل سبعة ...، وارتفع عدد الجرحى إلى تسعة")."""
    if before is None:
        return hurt and figure <= TOLL_UPDATE_MARGIN * TOLL_UPDATE_RATIO
    return before < figure <= TOLL_UPDATE_RATIO * before + TOLL_UPDATE_MARGIN


# things a number before the kill verb may count, not people: "دمر ست عجلات مفخخة وقتل من فيها"
COUNTED_THINGS = frozenset(fold_string(w) for w in """عجلات عجلة سيارات سيارة مركبات مركبة آليات آلية عربات عربة
مدرعات مدرعة دبابات دبابة حافلات زوارق قوارب طائرات مسيرات صواريخ قذائف عبوات ألغام الغام منازل مبان مباني أوكار مواقع
مقرات أنفاق مقذوفات""".split())
def _date_figure(doc: Doc, n: NumberMention) -> bool:
    """The number is a figure of a date: inside a date mention, or written with "/" ("16 / 7 / 1436هـ")."""
    text = doc.article.text
    return "/" in text[max(0, n.span.start - 3):n.span.start] or text[n.span.end:n.span.end + 3].strip().startswith("/") \
        or doc.in_date(n.span.start)


def _counts_things(toks: list[Token], nums: dict[int, NumberMention], used: set[Span]) -> bool:
    """The count (its spans `used`) counts things, not people: "عدد من قذائف الهاون"، "ثلاث عجلات"."""
    for k, n in nums.items():
        if n.span in used:
            j = k + 1
            while j in nums and nums[j].span == n.span:
                j += 1
            if j < len(toks) and toks[j].norm == "من":
                j += 1
            return j < len(toks) and toks[j].norm.lstrip("و").removeprefix("ال") in COUNTED_THINGS
    return False


# words that name a campaign or a span of time: a toll told with them is a running total
CAMPAIGN_WORDS = frozenset(fold_string(w) for w in """منذ ومنذ خلال الحرب المعارك الحملة الاشتباكات المواجهات
الهجمات التفجيرات الغارات العمليات الأحداث""".split())
# "خلال" names a span only before a time word or a figure ("خلال الأسبوع الماضي"، "خلال 24 ساعة"), not
# before an act ("خلال صلاة الجمعة": during the prayer)
_SPAN_AFTER_DURING = frozenset(fold_string(w) for w in """الأسبوع الاسبوع الأسابيع الاسابيع أسبوع اسبوع الشهر شهر
الأشهر الاشهر أشهر اشهر الشهور شهور الأيام الايام أيام ايام الساعات ساعات اليومين يومين العام عام الأعوام الاعوام
السنوات سنوات السنة سنة الفترة فترة العامين""".split())
SINCE_WORDS = frozenset(fold_string(w) for w in "منذ ومنذ".split())
DURING_WORDS = frozenset(fold_string(w) for w in "خلال".split())


# words ranking an act among others ("في أعنف هجوم تشهده البلاد منذ عقود"): a "منذ" after them is no span
NOVELTY_WORDS = frozenset(fold_string(w) for w in """الأولى الأول أول مرة الأعنف الأكبر الأسوأ الأشد الأكثر الأعلى
الأخطر الأدمى أعنف أكبر أسوأ أشد أبرز أخطر أدمى""".split())


_MOST = fold_string("أكثر")


def ranked_at(norms: list[str], k: int) -> bool:
    """The word at k ranks the act among others: a superlative or "أول" ("في أعنف هجوم"، "الأولى من
    نوعها"), or "أكثر" before a definite noun ("في واحدة من أكثر الهجمات دموية"; "أكثر من 200" is
    a count)."""
    w = norms[k].lstrip("ل")
    return w in NOVELTY_WORDS or (w == _MOST and k + 1 < len(norms) and norms[k + 1].startswith("ال"))


def campaign_named(toks) -> bool:
    """A campaign or a span of time is named among the tokens (a toll told with it is a running total)."""
    norms: list[str] | None = None
    for k, t in enumerate(toks):
        if t.norm in CAMPAIGN_WORDS:
            if t.norm in SINCE_WORDS and norms is None:
                norms = [u.norm for u in toks]
            if t.norm in SINCE_WORDS and any(ranked_at(norms, j) for j in range(max(0, k - 4), k)):
                continue   # "في أعنف هجوم تشهده البلاد منذ عقود": the act ranked, no span of its toll
            if t.norm not in DURING_WORDS:
                return True
            nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
            if nxt in _SPAN_AFTER_DURING or nxt[:1].isdigit() or nxt.startswith("ال") and nxt[2:3].isdigit():
                return True
    return False


# the hurt's toll words ("ارتفع عدد الجرحى"، "حصيلة الإصابات")
_HURT_HEADS = INJURY_NOUNS_AFTER_NUMBER | frozenset(fold_string(w) for w in "إصابات الإصابات".split())
_AND_THE_OTHER = frozenset(fold_string(w) for w in """وجريحا وجرحى وجريح والجرحى ومصابا ومصابين وقتيلا وقتلى وقتيل
والقتلى""".split())
_AND_WAS = frozenset(fold_string(w) for w in "وكان وكانت".split())


def reply_offset(doc: Doc, sentence: Span) -> int | None:
    """Where "ردا على ..." (in answer to) begins in the sentence (original offset), or None."""
    toks = _tokens_in(doc, sentence)
    k = _reply_at(toks) if toks else None
    return None if k is None else toks[k].span.start


def _token_index(toks: list[Token], pos: int) -> int:
    """Index in toks of the token containing original offset pos."""
    return min(len(toks) - 1, bisect_left([t.span.end for t in toks], pos + 1))


_FIGHT_CUES = frozenset({"@attack", "@bombard", "@explosion"})
_FIGHT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


_HURT_DUALS = frozenset(fold_string(w) for w in "جريحين جريحان مصابين مصابان".split())
_ONE_DEAD = frozenset(fold_string(w) for w in "قتيل قتيلا".split())
_ONE_HURT = frozenset(fold_string(w) for w in "جريح جريحا".split())


# a death noun with "their" ("بمقتلهم"، "ومصرعهم"): the dead are the ones told before
_THEIR_DEATH = re.compile(r"^[وف]?ب?(?:مقتل|مصرع|استشهاد|وفات|قتل|تصفيت|اعدام)(?:هم|هن)$")


def count_casualties(doc: Doc, sentence: Span) -> tuple[int | None, int | None]:
    """(fatalities, injured) reported in one sentence; None where the text gives no figure."""
    toks = _tokens_in(doc, sentence)
    if not toks:
        return None, None
    nums = numbers_by_token(doc, toks)
    trig_at: dict[int, str] = {}
    assassinations: set[int] = set()
    ti = 0
    s0, s1 = sentence.start, sentence.end
    in_sentence = [tr for tr in doc.triggers if s0 <= tr.span.start and tr.span.end <= s1]
    reply = _reply_at(toks)
    if reply is not None:
        # "قتل الجيش أكثر من 200 إرهابي ... ردا على هجوم ... قتل فيه 17 جنديا": what the act answers is
        # another event, its toll is not this one's (when this one's own cue comes first)
        cut = toks[reply].span.start
        if any(tr.span.start < cut and tr.cue in ("@kill", "@injure") for tr in in_sentence):
            in_sentence = [tr for tr in in_sentence if tr.span.start < cut]
            toks = toks[:reply]
    old = _superseded_at(toks)
    if old is not None and any(tr.cue == "@kill" and tr.span.start < toks[old].span.start for tr in in_sentence):
        # "... إلى 276 قتيلا، بعد أن كانت السلطات قد أعلنت في البداية مقتل 20 شخصا": the first figure the
        # update replaced is not added to it
        in_sentence = [tr for tr in in_sentence if tr.span.start < toks[old].span.start]
        toks = toks[:old]
    objects: dict[int, int] = {}   # token -> people its object pronoun stands for ("فقتلاه": 1)
    for tr in in_sentence:
        while ti < len(toks) and toks[ti].span.end <= tr.span.start:
            ti += 1
        if ti < len(toks) and tr.cue in ("@kill", "@injure"):
            if tr.cue == "@kill" and fold_string(tr.lemma) in ELIMINATION_CUES:
                base = bisect_left(doc.tokens, toks[0].span.start, key=_START)
                on = elimination_object(doc, base + ti, tr.lemma)
                if on is not None and on - base < len(toks):
                    # "قضت قوات الجيش على ثلاثة إرهابيين": the count after the elimination's "على"
                    trig_at[on - base] = tr.cue
                    continue
            trig_at[ti] = tr.cue
            rest = toks[ti].norm[len(tr.prefix):]
            if tr.cue == "@kill" and rest.startswith(tr.lemma) and rest[len(tr.lemma):] in _OBJECT_PRONOUNS:
                objects[ti] = _OBJECT_PRONOUNS[rest[len(tr.lemma):]]
            elif tr.cue == "@kill" and rest in _SHOT_DEAD and ti + 1 < len(toks) \
                    and toks[ti + 1].norm.startswith("قتيل"):
                objects[ti] = _SHOT_DEAD[rest]   # "فأرداه قتيلا": the one it shot dead
        elif ti < len(toks) and (_killing_act(tr.lemma) or (
                fold_string(tr.lemma) in KILLING_NOUNS and (
                    ti + 1 in nums or _against_after(toks, nums, ti)
                    or done_by_verb(doc, bisect_left(doc.tokens, toks[ti].span.start, key=_START), tr.prefix)))):
            trig_at.setdefault(ti, "@kill")  # "اغتال الطيران خمسة فلسطينيين": the act kills its object
            if fold_string(tr.lemma).startswith(ASSASSINATION_LEMMAS):
                assassinations.add(ti)
    for i, t in enumerate(toks):
        if t.norm in _DIED_VERBS and i + 1 in nums and in_sentence:
            trig_at.setdefault(i, "@kill")   # "قضى ثلاثة أطفال جراء قصف مدفعي": died, its count right after
        elif t.norm.lstrip("و") == _FALLING and i + 2 < len(toks) and i + 1 in nums and nums[i + 1].kind != "dual" \
                and toks[i + 2].norm == "من" and in_sentence:
            # "مقتل 19 من الحوثيين وسقوط 6 من قوات الجيش": the fallen of a side, counted as dead (not "سقوط
            # مدنيين"، "سقوط 6 قذائف": no figure of people)
            trig_at.setdefault(i, "@kill")
    if any(tr.cue in _FIGHT_CUES or (tr.sub_event_type is not None and tr.sub_event_type.event_type.value in _FIGHT_TYPES)
           for tr in in_sentence):
        # "وصول جثث أربعة جنود ... إثر اشتباكات": bodies brought in from a fight told with it are its dead
        # (counted, and not found: "تم العثور على جثة مترجم" is another event, its own)
        for i, t in enumerate(toks):
            if i not in trig_at and t.norm.lstrip("وب") in BODY_NOUNS and (i + 1 in nums or i - 1 in nums) \
                    and not any(toks[j].norm.lstrip("وب") in FIND_WORDS for j in range(max(0, i - 5), i)):
                trig_at[i] = "@kill"
    killed: int | None = None
    injured: int | None = None
    used: set[Span] = set()
    kill_stops = frozenset(toks[i].norm for i, c in trig_at.items() if c == "@injure")
    # "متطرفا قتل واعتقل 16 شخصا": the count after an arrest or abduction verb is theirs
    kill_stops |= frozenset(toks[_token_index(toks, tr.span.start)].norm for tr in in_sentence
                            if tr.sub_event_type in CAPTURE_SUBS)
    last_kill, last_noun, last_injure = -1, "", -1
    # "عن قتيل وجريحين": the dual of the hurt is theirs, no count of the dead
    hurt_duals = {k for k, n in nums.items() if n.kind == "dual" and toks[k].norm.lstrip("و") in _HURT_DUALS}
    if hurt_duals:
        used.update(nums[k].span for k in hurt_duals)
    for i in sorted(trig_at):
        cue = trig_at[i]
        if _told_as_cause(toks, i):
            continue  # "احتجاجا على مقتل الفتى": the death the protest is about is not its toll
        last = last_kill if cue == "@kill" else last_injure
        if cue == "@kill" and killed is not None and _rise_explained(toks, last_kill, i):
            continue  # "ارتفعت الحصيلة إلى 11 قتيلا بعد وفاة ثلاثة من المصابين متأثرين بجراحهم": counted in the 11
        version = (killed if cue == "@kill" else injured) is not None and other_version(toks, last, i) \
            and not _attackers_after(toks, i)
        if killed is not None and cue == "@kill" and toks[i].norm in DEFINITE_DEAD and not version:
            continue  # "... بمقتل 25 مقاتلا، وقال المرصد إن القتلى هم 18 ... وسبعة": the same dead, broken down
        noun = toks[i].norm.lstrip("و") in CASUALTY_NOUNS
        if noun and i - 1 in nums and nums[i - 1].span in used:
            continue  # "سقط 5 قتلى": the verb before the noun already counted them
        if cue == "@kill" and toks[i].norm.lstrip("وب") in BODY_NOUNS and i - 1 in nums \
                and nums[i - 1].span not in used:
            # "انتشلت الشرطة ستة جثث مجهولة الهوية ... اثنتان منها مقطوعة الرأس": the bodies' own count
            n, u = int(nums[i - 1].value), {nums[i - 1].span}
        elif noun and i - 1 in nums:
            n, u = None, set()  # "5 قتلى و3 جرحى": the noun's count stands before it, not after
        elif i in objects:
            n, u = objects[i], set()  # "أطلقا النار على أمين شرطة فقتلاه": the verb's object, one man
        elif cue == "@kill" and _THEIR_DEATH.match(toks[i].norm):
            # "انتهت بمقتلهم جميعا وإنقاذ أكثر من مئتي شخص": "them", told before; a figure after is no count of
            # theirs
            n, u = None, set()
        else:
            n, u = _count_after(toks, nums, i, stop_norms=kill_stops if cue == "@kill" else frozenset(),
                                text=doc.article.text, injury=cue == "@injure")
            if u and _counts_things(toks, nums, u):
                n, u = None, set()   # "سقط عدد من قذائف الهاون": the shells fell, no dead counted
        if n is not None and u and u <= used:
            continue  # "لقي القائد مصرعه مع خمسة": the count after the second cue word was told with the first
        u -= used
        if n is None:
            # "15 قتيلا", "سبعة قتلى": the number stands before the casualty noun
            prev = i - 1
            if prev >= 0 and prev in nums and nums[prev].span not in used:
                nouns = KILL_NOUNS_AFTER_NUMBER if cue == "@kill" else INJURY_NOUNS_AFTER_NUMBER
                if i + 1 < len(toks) and toks[i + 1].norm in _AND_THE_OTHER and (toks[i].norm.lstrip("و") in nouns
                                                                                  or toks[i].norm in nouns):
                    continue   # "15 قتيلا وجريحا": the dead and hurt told in one figure, neither known
                if toks[i].norm.lstrip("و") in nouns or toks[i].norm in nouns:
                    n, u = int(nums[prev].value), {nums[prev].span}
                    joined = _joined_by_wa(toks, prev)
                    if (killed if cue == "@kill" else injured) is not None and not joined:
                        continue  # "... على حملة اوقعت 80 قتيلا": the toll of another act told later
            elif person_dual(toks[i].norm):
                n, u = 2, set()
        if n is None and (cue == "@kill" or not noun):
            # "ما لا يقل عن ستة من رجال الجيش والشرطة قتلوا"، "إن 13 شخصا أصيبوا": the count stands before the verb
            # (six words back, or eight past "على الأقل" and "من" + a group: "إن 134 قرويا على الأقل من
            # إثنية الفولاني قتلوا")
            reach = 9 if any(_at_least(toks, k) for k in range(max(0, i - 8), i)) else 7
            # ("خمسة من مقاتلي الحشد الشعبي بينهم آمر فوج قتلوا": past the breakdown to the whole)
            among = next((k for k in range(i - 1, max(-1, i - reach), -1) if toks[k].norm in AMONG_WORDS), None)
            if among is not None:
                reach += 4
            if toks[i].norm.startswith("ب") and any(toks[k].norm.lstrip("وف") in DOING_VERBS
                                                   for k in range(max(0, i - reach), i)):
                reach = 0   # "قام عدد من جنود المارينز بقتل المدنيين": the doers, counted before "قام ... ب"
            for back in range(i - 1, max(-1, i - reach), -1):
                if (toks[back].norm in ("في", "على", "علي") and not _at_least(toks, back)) or back in trig_at:
                    break
                if back in nums and back + 1 < len(toks) and (
                        toks[back + 1].norm.lstrip("و") in COUNTED_THINGS
                        or toks[back + 1].norm.removeprefix("ال") in COUNTED_THINGS):
                    # "تدمير ثلاث عجلات مفخخة وقتل من فيها": vehicles counted, not the dead ("أطلقت ... عشرات
                    # الصواريخ ...، وسقط أحدها على مصنع": rockets, the fall no death)
                    break
                if back in nums and _date_figure(doc, nums[back]):
                    break   # "يوم أمس الثلاثاء 16 / 7 / 1436هـ سقط ...": a date's figures, not the dead
                if back in nums and nums[back].span not in used and not (
                        nums[back].kind == "dual" and not person_dual(toks[back].norm)):
                    # ("بصاروخين علي الاقل مما اسفر عن استشهاد الطفلة": two missiles, not two dead)
                    if among is not None and back > among:
                        # "سبعة مدنيين بينهم ثلاثة أطفال قتلوا": the count after "بينهم" is part of the
                        # whole told before it, which is the toll
                        whole = next((m for m in range(among - 1, max(-1, among - 5), -1) if m in nums), None)
                        if whole is not None and nums[whole].span in used:
                            break   # "لقي سبعة مدنيين، بينهم ثلاثة أطفال وامرأة، حتفهم": the whole is counted
                        if whole is not None:
                            back = whole
                    n, u = int(nums[back].value), {nums[back].span}
                    # "12 متشددا وخمسة مدنيين قتلوا": earlier groups joined by "و" add up
                    k = back
                    while True:
                        joined = _joined_by_wa(toks, k)
                        prev = next((m for m in range(k - 1, max(-1, k - 4), -1) if m in nums
                                     and nums[m].span != nums[k].span), None)
                        if not joined or prev is None or nums[prev].span in used or \
                                any(toks[m].norm in ("في", "على", "علي") for m in range(prev, k)):
                            break
                        n += int(nums[prev].value)
                        u.add(nums[prev].span)
                        k = prev
                    # "ثلاثة مجندين ومواطنا أصيبوا": one named after the counted group, joined by "و"
                    for m in range(back + 2, i):
                        w = toks[m].norm
                        if w in STOP_WORDS:
                            break  # "سبعة أشخاص بينهم امرأة وطفل قتلوا": those among them, already counted
                        if w[:1] == "و" and len(w) > 3:
                            w = w[1:]
                            if w in PERSON_NOUNS or (w.endswith("ا") and w[:-1] in PERSON_NOUNS):
                                n += 1
                            elif person_dual(w):
                                n += 2
                    break
        if n is None and cue == "@kill" and noun and i > 0 and toks[i - 1].norm in TOLL_HEADS:
            # "وارتفع عدد قتلى الهجوم الانتحاري على مركز للشرطة ... إلى 14، وفق مصادر": the figure the
            # dead's count rose to, told bare after "إلى"
            for j in range(i + 1, min(len(toks) - 1, i + 20)):
                if toks[j].norm in ("الي", "حتي") and j + 1 in nums and nums[j + 1].span not in used and (
                        j + 2 >= len(toks) or toks[j + 2].norm not in INJURY_NOUNS_AFTER_NUMBER):
                    n, u = int(nums[j + 1].value), {nums[j + 1].span}
                    break
        if n is None and cue == "@kill" and any(toks[k].norm.lstrip("وبل") in ONE_DEATH_NOUNS
                                                 for k in (i, i + 1) if k < len(toks)):
            if killed is not None and 0 < i - last_kill <= 9 and toks[last_kill].norm.lstrip("وف") in MET_DEATH_VERBS:
                continue  # "لقي طفل مصرعه": the one "لقي" counted, his death told again
            n, u = 1, set()  # "ما أدى إلى مقتله"، "لقي حتفه": his death, one person
        if n is None and cue == "@kill" and toks[i].norm.lstrip("وب") in BODY_COUNTS:
            n, u = BODY_COUNTS[toks[i].norm.lstrip("وب")], set()  # "العثور على جثة ضابط": one body, one dead
        if n is None and cue == "@injure" and toks[i].norm.lstrip("وبل") in ONE_INJURY_NOUNS:
            n, u = ONE_INJURY_NOUNS[toks[i].norm.lstrip("وبل")], set()  # "ما أدى إلى إصابته بجروح": his injury
        if n is None and cue == "@kill" and i in assassinations:
            n, u = 1, set()  # "اغتال مسلحون معاون سجن الموصل": an assassination kills the one it names
        if n is None and cue in ("@kill", "@injure") and toks[i].norm.endswith(("وا", "ا")) \
                and not toks[i].norm.endswith(("ها", "هما")):   # (not "لقي مجندان مصرعهما": the noun's "their")
            # "إن ضابطي شرطة ومدنيا أصيبوا": the people named before a plural verb, group by group
            # (or a dual one: "إن ضابطاً ومجنداً استشهدا")
            n = _group_before(toks, nums, i)
            u = set()
        if n is None and cue in ("@kill", "@injure") and killed is None and injured is None:
            # "أن جنديا أميركيا قتل وأصيب 10 آخرون"، "امرأة قتلت": one person named just before the verb
            for back in range(i - 1, max(-1, i - 3), -1):
                w = toks[back].norm
                w = w[:-1] if w.endswith("ا") and w[:-1] in PERSON_NOUNS else w
                if w in PERSON_NOUNS and not (back > 0 and (toks[back - 1].norm in ONE_WORDS | {"من"} or back - 1 in nums)):
                    n, u = 1, set()
                    break
                if back in nums or back in trig_at or toks[back].norm in ("في", "على", "علي"):
                    break
        if n is None:
            continue
        if cue == "@kill" and u and i + 1 < len(toks) and toks[i + 1].norm == "مع":
            n += 1  # "قتل مع ثلاثة عناصر آخرين": the one named before the verb, and three with him
        elif cue == "@kill" and len(u) == 1 and (k := next((j for j, nm in nums.items() if nm.span in u), None)) is not None \
                and int(nums[k].value) == n and _leader_and_companions(toks, k):
            # "إن القيادي ... و 12 من مرافقيه قتلوا"، "قتل الشيخ و3 من أبنائه": the leader and those with
            # him (when the count did not take him in already: "لقي قيادي بارز و12 من مرافقيه مصرعهم")
            n += 1
        elif cue == "@kill" and n == 1 and not u:
            # "قتل القيادي في تنظيم داعش أبو محمد و3 من مرافقيه": the leader counted, then those with him
            more = next((j for j in range(i + 1, min(len(toks), i + 12)) if j in nums and nums[j].span not in used
                         and _leader_and_companions(toks, j)), None)
            if more is not None:
                n, u = 1 + int(nums[more].value), {nums[more].span}
        used |= u
        noun = _group_noun(toks, nums, u)
        if cue == "@kill" and killed is not None and n == killed and u and _restated(toks, last_kill, i) \
                and noun in (last_noun, "", "هم", "من"):
            continue  # "مقتل ثمانية عراقيين ... فقد أعلن الجيش أنه قتل ثمانية هم ...": the same dead, told again
        if version:
            # "12 مدنيا قتلوا ...، بينما قال ناشطون إن عدد القتلى بلغ 17": the lowest figure (ACLED)
            if cue == "@kill":
                killed = min(killed, n)
            else:
                injured = min(injured, n)
            continue
        if cue == "@kill":
            killed = n if killed is None else killed + n
            last_kill, last_noun = i, noun
        else:
            injured = n if injured is None else injured + n
            last_injure = i
    # number directly before an injury noun: "و48 جريحا"; a count already told is only added to by
    # a group joined with "و" ("5 قتلى و3 قتلى آخرين"), not by a toll of another act later in the
    # sentence ("... على حملة عسكرية اوقعت 80 قتيلا")
    # (only the tokens right after a number can be such a noun: nums is in token order)
    for i in [k + 1 for k in nums if k + 1 < len(toks)]:
        t = toks[i]
        if nums[i - 1].span in used:
            continue
        joined = _joined_by_wa(toks, i - 1)
        if i + 1 < len(toks) and toks[i + 1].norm in _AND_THE_OTHER:
            continue   # "15 قتيلا وجريحا": neither count known
        if t.norm.lstrip("و") in INJURY_NOUNS_AFTER_NUMBER and (injured is None or joined):
            injured = (injured or 0) + int(nums[i - 1].value)
            used.add(nums[i - 1].span)
        elif t.norm.lstrip("و") in KILL_NOUNS_AFTER_NUMBER and (killed is None or joined):
            killed = (killed or 0) + int(nums[i - 1].value)
            used.add(nums[i - 1].span)
    if hurt_duals:
        injured = (injured or 0) + 2 * len(hurt_duals)
    if killed is None or injured is None:
        # "سقط قتيل وثلاثة جرحى"، "أسفر عن قتيل و5 جرحى": one dead (or hurt) told by the bare singular noun
        for i, t in enumerate(toks):
            w = t.norm.lstrip("و")
            one = (w in _ONE_DEAD and killed is None) or (w in _ONE_HURT and injured is None)
            if not one or (i > 0 and (i - 1 in nums or "بين" in (toks[i - 1].norm, toks[i - 2].norm if i > 1 else ""))) \
                    or (i > 1 and i - 2 in nums and toks[i - 1].norm in KILL_NOUNS_AFTER_NUMBER):
                continue   # ("العشرات بين قتيل وجريح"، "11 قتيلا وجريحا": dead and hurt in one figure, neither known)
            if w in _ONE_DEAD:
                killed = 1
            else:
                injured = 1
    if killed is not None:
        killed += _attackers_added(toks, nums, used)
    folded = doc.folded[_fs(doc, sentence.start):_fs(doc, sentence.end)]
    if killed is None and _no_casualties(folded):
        killed = 0
    if (killed is not None or injured is not None) and ("جريح" in folded or "جرح" in folded or "اصيب" in folded):
        # "سقط العشرات بين قتيل وجريح"، "قتل وجرح 15 شخصا": one count of dead and hurt together, neither's
        for m in _COMBINED.finditer(folded):
            if "اخر" in folded[m.start():m.end() + 16]:
                continue  # "جنديا قتل وأصيب 10 آخرون": one dead, ten others hurt
            lo, hi = _fs(doc, sentence.start) + m.start(), _fs(doc, sentence.start) + m.end()
            vals = {int(n.value) for n in doc.numbers
                    if lo <= doc.offsets.to_folded(n.span.start) < hi}
            if killed in vals:
                killed = None
            if injured in vals:
                injured = None
    if killed is not None:
        # "قتل 13 شخصا في تفجير ...، وارتفعت الحصيلة لاحقا إلى 15 قتيلا"، "... قبل أن ترتفع الحصيلة إلى 12
        # قتيلا": the act's toll updated after it in the sentence is its toll (a running total is no update:
        # a campaign named, or a figure dwarfing the first)
        anchor = min([k for k, n in nums.items() if n.span in used] + ([last_kill] if last_kill >= 0 else []),
                     default=None)
        rise = toll_rise(toks, nums, anchor + 1) if anchor is not None else None
        if rise is not None and not campaign_named(toks[rise[0]:]):
            k, figure, hurt = rise
            if hurt and updates_toll(injured, figure, hurt=True):
                injured = figure
            elif not hurt and updates_toll(killed, figure):
                killed = figure
    return killed, injured


# the attackers a text counts with the dead: "بالإضافة إلى الانتحاري"، "إضافة إلى المهاجمين الأربعة"، "فضلا عن
# منفذ الهجوم" (ACLED_CODING §6: perpetrators count where the text counts them)
_ADDED_WORDS = frozenset(fold_string(w) for w in "بالإضافة إضافة اضافة بالاضافة".split())
ATTACKER_ONE = frozenset(fold_string(w) for w in "الانتحاري انتحاري المهاجم منفذ المنفذ الانتحارية".split())
ATTACKERS = frozenset(fold_string(w) for w in "المهاجمين المهاجمون مهاجمين الانتحاريين الانتحاريان انتحاريين منفذي المسلحين".split())


def _attackers_added(toks: list[Token], nums: dict[int, NumberMention], used: set[Span]) -> int:
    """The attackers counted after "بالإضافة إلى"، "إضافة إلى" or "فضلا عن" (one, or their number), once."""
    for a, t in enumerate(toks):
        n = t.norm.lstrip("و")
        if not ((n in _ADDED_WORDS and a + 1 < len(toks) and toks[a + 1].norm in ("الي", "إلى"))
                or (n == "فضلا" and a + 1 < len(toks) and toks[a + 1].norm == "عن")):
            continue
        after = range(a + 2, min(len(toks), a + 5))
        counted = next((j for j in after if j in nums and nums[j].span not in used), None)
        if any(toks[j].norm in ATTACKERS for j in after):
            return int(nums[counted].value) if counted is not None else 0
        if a + 2 < len(toks) and toks[a + 2].norm in ATTACKER_ONE:
            return 1
    return 0


# a count of the dead and the hurt told together: "العشرات بين قتيل وجريح"، "قتل وجرح 15 شخصا"، "استشهد وأصيب 29"
_COMBINED = re.compile(r"(?:\S+\s+){1,2}(?:ما\s+)?بين\s+قتيل\s+و\s*جريح|(?:قتل|قتلوا|استشهد|استشهدوا)\s+و\s*(?:جرح|اصيب|جرحوا|اصيبوا)\s+\S+(?:\s+\S+)?"
                       r"|\S+\s+(?:قتيلا|قتيل|قتلي)\s+و\s*(?:جريحا|جريح|جرحي|مصابا|مصاب)(?:\s|$)")


_NO_CASUALTIES = re.compile(r"(دون|بدون|من غير) (وقوع |سقوط )?(اصابات|ضحايا|خسائر بشريه|قتلي)|"
                            r"(لم|ولم|دون ان|من دون ان|بدون ان) (يسفر|تسفر|يسفرا|تسفرا|يسفروا) عن (وقوع |سقوط |اي )?(اصابات|ضحايا|قتلي|خسائر بشريه)")


def _no_casualties(folded: str) -> bool:
    """"دون وقوع إصابات", "لم يسفر عن سقوط ضحايا" in a folded sentence. Every match holds "دون",
    "من غير" or "سفر": a sentence holding none of them is not searched."""
    if "دون" not in folded and "سفر" not in folded and "من غير" not in folded:
        return False
    return _NO_CASUALTIES.search(folded) is not None


def _fs(doc: Doc, original: int) -> int:
    return doc.offsets.to_folded(original)


def count_leading_group(doc: Doc, clause: Span) -> int | None:
    """The victims a clause opens with, its kill verb told before it: in "وقتل ثلاثة في غارة على
    دوما، وخمسة في قصف على حرستا" the clause "وخمسة في قصف" gives 5; "وامرأة وطفلها" gives 2."""
    toks = _tokens_in(doc, clause)
    if not toks:
        return None
    nums = numbers_by_token(doc, toks)
    total: int | None = None
    for i, t in enumerate(toks):
        norm = t.norm
        bare = norm[1:] if norm[:1] == "و" and len(norm) > 2 else norm
        if i in nums:
            if nums[i].span not in {nums[k].span for k in range(i) if k in nums}:
                total = (total or 0) + int(nums[i].value)
        elif person_dual(norm):
            total = (total or 0) + 2
        elif bare in PERSON_NOUNS or _person_with_suffix(bare):
            total = (total or 0) + 1
        elif norm in ("و",) or (total is None and norm in ("", "،")):
            continue
        else:
            break
    return total


_POSSESSIVE = ("ها", "ه", "هم", "هما")


def _person_with_suffix(norm: str) -> bool:
    """"وطفلها"، "زوجته": a person noun with a possessive suffix is one person."""
    for suf in _POSSESSIVE:
        if norm.endswith(suf):
            stem = norm[: -len(suf)]
            if stem in PERSON_NOUNS or stem in KIN_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in KIN_NOUNS | PERSON_NOUNS):
                return True
    return False


# the genitive of a construct dual: "ضابطي شرطة"، "ضابطا الشرطة" (two officers of the police)
CONSTRUCT_GENITIVES = frozenset(fold_string(w) for w in "شرطة الشرطة الجيش جيش أمن الأمن الحرس حرس المرور".split())


def _construct_dual(toks: list[Token], k: int) -> bool:
    """toks[k] is a person noun in the construct dual ("ضابطي"، "ضابطا") before its genitive."""
    if k + 1 >= len(toks) or toks[k + 1].norm not in CONSTRUCT_GENITIVES:
        return False
    b = toks[k].norm[1:] if toks[k].norm[:1] == "و" and len(toks[k].norm) > 3 else toks[k].norm
    return b[-1:] in ("ي", "ا") and b[:-1] in PERSON_NOUNS


# person nouns whose plural ends like their dual ("مسلحين": gunmen or two gunmen)
SOUND_PLURAL_NOUNS = frozenset("""مدني مسلح متشدد مقاتل مجند عسكري ناشط مسؤول ارهابي انتحاري متطرف موظف صحفي
مواطن مزارع سائق مهندس معلم صياد شرطي""".split())


def _group_before(toks: list[Token], nums: dict[int, NumberMention], i: int) -> int | None:
    """The people a plural verb at i follows, when they stand right before it joined by "و":
    "ضابطي شرطة ومدنيا أصيبوا" → 3. None when no person group ends right before the verb."""
    total, k = 0, i - 1
    while k >= 0 and i - k <= 8:
        norm = toks[k].norm
        if k in nums:
            return None  # counts are read by the number rules
        b = norm[1:] if norm[:1] == "و" and len(norm) > 3 else norm
        if norm == "و":
            k -= 1
            continue
        if b in CONSTRUCT_GENITIVES and k > 0:
            if _construct_dual(toks, k - 1):
                total, k = total + 2, k - 2
                continue
            prev = toks[k - 1].norm
            if (prev[1:] if prev[:1] == "و" and len(prev) > 3 else prev) in PERSON_NOUNS:
                total, k = total + 1, k - 2  # "ضابط شرطة": one
                continue
            break
        if person_dual(b):
            if b.endswith("ين") and (b.startswith("ال") or (b[:-2] in SOUND_PLURAL_NOUNS and total == 0)):
                # "المتشددين لقوا حتفهم": the plural, its count told elsewhere ("شرطيين ومدنيا قتلوا":
                # joined to a counted person, the indefinite form is the dual)
                return None
            total, k = total + 2, k - 1
            continue
        if b in PERSON_NOUNS or (b.endswith("ا") and b[:-1] in PERSON_NOUNS):
            total, k = total + 1, k - 1
            continue
        break
    if total == 0 or k == i - 1:
        return None
    return total


_PLURAL_ENDINGS = ("ين", "ون", "ان", "ا")


def _stem(norm: str) -> str:
    w = norm[1:] if norm[:1] in "وب" and norm[1:3] == "ال" else norm
    w = w[2:] if w.startswith("ال") else w
    for end in _PLURAL_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def count_from_before(doc: Doc, sentence: Span, before: Span) -> int | None:
    """The dead named by a definite noun that points back to a count in the sentence before:
    "12 متشددا وخمسة مدنيين قتلوا" then "المتشددين لقوا حتفهم عندما قصف الجيش" → 12."""
    kill = {tr.span.start for tr in doc.triggers if tr.cue == "@kill" and sentence.contains(tr.span)}
    if not kill:
        return None
    toks = _tokens_in(doc, sentence)
    heads = [_stem(t.norm) for k, t in enumerate(toks)
             if t.norm.lstrip("وب").startswith("ال") and _stem(t.norm) in _PERSON_STEMS
             and any(0 < abs(t.span.start - ks) < 40 for ks in kill)]
    if not heads:
        return None
    btoks = _tokens_in(doc, before)
    nums = numbers_by_token(doc, btoks)
    for i, t in enumerate(btoks):
        if i in nums and i + 1 < len(btoks) and _stem(btoks[i + 1].norm) in heads:
            return int(nums[i].value)
    return None


_PERSON_STEMS = frozenset(_stem(w) for w in """متشددين مسلحين جنود عسكريين مقاتلين عناصر مدنيين
ارهابيين شرطيين مجندين""".split()) | frozenset(("جنود", "متشدد", "مسلح", "مقاتل", "مدني", "ارهابي"))
