"""Event cues in the text: `add_triggers` finds every lexicon cue outside masked text.

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت."), until="triggers")
>>> [(doc.span_text(t.span), t.cue) for t in doc.triggers]
[('قتل', '@kill'), ('غارة', 'Air/drone strike')]
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from rasd.arabic.normalize import fold_string
from rasd.model import Doc, Span, TriggerMention
from rasd.resources.acled import SubEventType

_START = attrgetter("span.start")


# "جثث قتلاهم": the dual verb "قتلا" (they two killed) with a plural possessive is the noun "their dead"
_DEAD_NOUN_ENDINGS = ("قتلاهم", "قتلانا", "قتلاكم", "قتلاهن")


# Bodies found: "عثرت الشرطة على جثث 12 شخصا مقتولين بالرصاص"، "العثور على جثة ضابط ... وعليها آثار
# تعذيب": a body noun is a killing (ACLED codes the find as the attack, its count as the dead) only
# with a find word just before it and a sign of killing after it in the sentence; bodies recovered
# from a wreck ("انتشال 11 جثة") or left on a battlefield ("تاركين خلفهم جثث قتلاهم") are none.
BODY_NOUNS = frozenset(fold_string(w) for w in "جثة جثث جثتي جثتين جثتا جثمان جثامين".split())
FIND_WORDS = frozenset(fold_string(w) for w in """عثر عثرت عثروا يعثر تعثر العثور عثور وجد وجدت وجدوا اكتشف
اكتشفت اكتشفوا اكتشاف انتشل انتشلت انتشلوا انتشال""".split())
_KILLED_STEMS = tuple(fold_string(w) for w in "مقتول مذبوح مكبل مكبلي معصوب معصوبي مقطوع مشنوق".split())
_KILLED_WORDS = frozenset(fold_string(w) for w in """رصاص الرصاص رصاصه طلقات طلقه طلق أعيرة عيارات اعدام اعدامهم اعدامه
اعدموا اعدمهم اعدمه ذبح ذبحهم ذبحوا تعذيب التعذيب التنكيل""".split())
_FIND_BEFORE = 8     # "عثرت قوات الأمن العراقية صباح اليوم على جثث": the find word, the finder, a time, "على"
_SIGN_AFTER = 16


def _bare(norm: str) -> str:
    return norm[1:] if norm[:1] in "وفب" and len(norm) > 3 else norm


def bodies_found(doc: Doc, first: int) -> bool:
    """The body noun at token `first` tells of bodies found killed."""
    toks = doc.tokens
    sent = toks[first].sentence
    if not any(toks[j].sentence == sent and (toks[j].norm in FIND_WORDS or _bare(toks[j].norm) in FIND_WORDS)
               for j in range(max(0, first - _FIND_BEFORE), first)):
        return False
    for j in range(first + 1, min(len(toks), first + 1 + _SIGN_AFTER)):
        if toks[j].sentence != sent:
            break
        w = _bare(toks[j].norm)
        if w.startswith(_KILLED_STEMS) or w in _KILLED_WORDS or w[1:] in _KILLED_WORDS:
            return True
    return False


# what a bare "ضبط" seizes when it is an act: people or arms within six words ("ضبط 3 عناصر"، "ضبط
# كميات من الأسلحة")
SEIZED_PEOPLE = tuple(fold_string(w) for w in "عناصر عنصر أشخاص شخص متهم مطلوب إرهابي ارهابي أفراد فرد مسلح".split())
# (not goods, drugs, migrants or a car thieves' gang: "ضبطت الجمارك 4 ملايين قرص"، "ضبطت الأجهزة الأمنية عصابة
# لسرقة السيارات مكونة من أربعة أشخاص" are crime, no political violence)
_SEIZED = tuple(fold_string(w) for w in """عناصر عنصر إرهابي ارهابي مسلح مطلوب متهم خلية تكفيري أسلح اسلح ذخائر ذخيره عبوات
عبوه متفجر صواريخ قذائف أحزمة احزمه حزام""".split())


def _object_among(doc: Doc, first: int, stems: tuple[str, ...]) -> bool:
    """A word starting with one of `stems` (after و, or past "ال"/"لل") within six words after the cue at
    token `first`, in its sentence: what a seizing or stopping verb took."""
    toks = doc.tokens
    sent = toks[first].sentence
    for j in range(first + 1, min(len(toks), first + 7)):
        if toks[j].sentence != sent:
            return False
        w = toks[j].norm.lstrip("و")
        if w.startswith(stems) or w[2:].startswith(stems):
            return True
    return False


# taking back: what state forces and their allies do ("استعاد"، "حرر"، "طرد")
REGAIN_LEMMAS = frozenset(fold_string(w) for w in """استعاد استعادت استعادوا استعادة استعادة السيطرة حرر حررت
حرروا تحرير طرد طردت طردوا""".split())


# a massacre condemned, remembered or charged is no report of one
_MASSACRE_WORDS = frozenset(("مجزرة", "مجازر"))
MASSACRE_LEMMAS = frozenset(map(fold_string, _MASSACRE_WORDS))   # (folded: cue lemmas)
_MASSACRE_NOT_TOLD = frozenset(fold_string(w) for w in """منددين منددا مندد تنديدا احتجاجا رفضا استنكارا إدانة ادانة
الذكرى ذكرى ارتكاب ارتكابه ارتكابها ارتكابهم باتهام اتهام ضحايا""".split())


# the Maghrebi and Levantine arrest words that also suspend players and halt things: an arrest only with
# people as their object ("أوقف الجيش المدعو ..."، "إيقاف 5 عناصر"، "أوقفت وحدات الأمن مشتبها به")
_STOP_ARRESTS = frozenset(("أوقف", "أوقفوا", "إيقاف"))
_STOPPED_PEOPLE = tuple(fold_string(w) for w in """عناصر عنصر أشخاص شخص متهم مطلوب إرهابي ارهابي أفراد فرد مسلح
المدعو مشتبه مشتبها شبان شابا شاب تكفيري""".split())


# An elimination: "قضت قوات الجيش على ثلاثة إرهابيين"، "تمكنت القوات من القضاء على 12 عنصرا". The verb
# (or its noun with "على") kills only when a count follows its "على": "القضاء على الإرهاب"، "قضت المحكمة
# بسجنه"، "قضى ليلته" are none.
_ELIMINATION_NOUN = fold_string("القضاء على")
ELIMINATION_CUES = frozenset(fold_string(w) for w in "قضت قضى قضوا تقضي يقضي".split()) | {_ELIMINATION_NOUN}
"""Folded patterns of the elimination cues (the verbs and "القضاء على")."""
_ON = frozenset(fold_string(w) for w in "على علي".split())
_ELIMINATION_REACH = 6   # "قضت وحدات من الجيش الوطني الشعبي على": the verb, its subject, then "على"


# two men named by a dual with a broken plural, no count word: "القضاء على عنصرين إرهابيين"
_TWO_MEN = frozenset(fold_string(w) for w in "عنصرين عنصران جنديين جنديان ضابطين ضابطان".split())


def elimination_object(doc: Doc, first: int, lemma: str) -> int | None:
    """The token of "على" whose counted object an elimination cue at token `first` kills, or None."""
    toks = doc.tokens
    sent = toks[first].sentence
    if fold_string(lemma) == _ELIMINATION_NOUN:
        on = first + 1
    else:
        on = next((j for j in range(first + 1, min(len(toks), first + 1 + _ELIMINATION_REACH))
                   if toks[j].sentence == sent and toks[j].norm in _ON), None)
        if on is None:
            return None
    k = on + 1
    if k >= len(toks) or toks[k].sentence != sent:
        return None
    if toks[k].norm in ("اكثر", "نحو", "حوالي", "قرابة", "ما"):
        k += 1   # "على أكثر من 20"، "على نحو 30"
        if k < len(toks) and toks[k].norm == "من":
            k += 1
    if k >= len(toks):
        return None
    def counted(j):
        return j < len(toks) and toks[j].sentence == sent and doc.in_number(toks[j].span.start)
    if counted(k) or toks[k].norm in _TWO_MEN:
        return on   # "على ثلاثة إرهابيين"، "على عنصرين"
    if counted(k + 1) and not toks[k].norm.startswith("ال"):
        return on   # "على إرهابيين اثنين"، "على عناصر ثلاثة": the count after the men
    return None


# "مناطق سيطرة X"، "منطقة سيطرة X": the areas X holds
HELD_AREAS = frozenset(fold_string(w) for w in "مناطق منطقة ومناطق بمناطق لمناطق أماكن".split())


def _on_follows(doc: Doc, first: int, reach: int = 5) -> bool:
    """"على" within `reach` words after token `first`, in its sentence."""
    toks = doc.tokens
    return any(toks[j].sentence == toks[first].sentence and toks[j].norm in _ON
               for j in range(first + 1, min(len(toks), first + 1 + reach)))


# Verbs whose cue lies in a word a few words on, their subject between: (verbs, the words that make
# them a cue, how far those may lie, the sub-event type, its weight, whether the word must be the verb's
# own object, and words one of which must stand between the verb and it, or None).
# - Repelling an attack: "صد الجيش العراقي هجوما لتنظيم داعش على ناحية البغدادي"، "صدت القوات الأمنية
#   هجوما واسعا". The lexicon's "صد هجوما" needs the two words side by side; the verb alone ("صد عنه") is
#   no fight, so an attack, an advance or an attempt must follow.
# - Going out to protest: "خرج مئات العراقيين في مدينة البصرة تنديدا بالضربات"، "نزل آلاف إلى الشوارع
#   احتجاجا على". The verb alone ("خرج الوزير من الاجتماع") is none; its crowd's cause makes it a protest.
# - Blowing oneself up, the bomber between: "فجرت امرأة نفسها وسط سوق"، "فجر شاب يرتدي حزاما ناسفا نفسه".
# - Blowing up or demolishing a house, the doer between: "فجر الحوثيون أمس منزل الشيخ حمود المخلافي"،
#   "نسفت الميليشيات منازل قادة المقاومة". The house must be the verb's object, not where a blast went off
#   ("فجر انتحاري نفسه قرب منزل": no preposition before it), and the verb alone is none ("نسف المفاوضات").
# - Aircraft destroying a target, the aircraft right after the verb: "دمرت طائرات التحالف مخزنا للأسلحة"
#   (an aircraft after a subject is what was destroyed: "دمرت الدفاعات الجوية طائرات مسيرة").
# - Strikes launched by aircraft named between the verb and them: "شنت طائرات التحالف أمس خمس ضربات قرب
#   الفلوجة" ("ضربات" alone are also blows and penalty kicks), and raids by aircraft: "أغار طيران عملية
#   الكرامة على مطار معيتيقة".
AIRCRAFT_SUBJECTS = frozenset(fold_string(w) for w in """طائرات الطائرات مقاتلات المقاتلات طيران الطيران مروحيات
المروحيات الأباتشي""".split())
_HOUSE_OBJECTS = frozenset(fold_string(w) for w in "منزل منازل بيت بيوت منزلي منزلين مبنى مباني".split())
STAB_VERBS = frozenset(fold_string(w) for w in "طعن طعنت طعنوا طعنا".split())
_STABBED = frozenset(fold_string(w) for w in """جنديا جنديين مجندا مجندة مستوطنا مستوطنين مستوطنة إسرائيليا إسرائيليين
إسرائيلية اسرائيليا اسرائيليين شرطيا شرطيين شرطية رجلا رجلين امرأة سيدة شابا شابين حارسا حارسين مواطنا مواطنين مواطنة
سائحا سائحين سائحة يهوديا يهوديين طالبا طالبة ضابطا ضابطين""".split())
_DAWN_AFTER = frozenset(fold_string(w) for w in """أمس امس اليوم يوم السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء
الخميس الجمعة الجاري""".split())
_NOT_OBJECT_BEFORE = frozenset(fold_string(w) for w in "قرب أمام داخل في من عند بجوار خلف جوار قرابة نحو على الى إلى".split())
_CONTROL_OBJECTS = frozenset(fold_string(w) for w in "سيطرته سيطرتها سيطرتهم سيطرتهما السيطرة".split())
_GAPPED = (
    (frozenset(fold_string(w) for w in "فجر فجرت فجرا فجرتا فجروا فجرن يفجر تفجر".split()),
     frozenset(fold_string(w) for w in "نفسه نفسها نفسيهما أنفسهم أنفسهن".split()), 5, SubEventType.SUICIDE_BOMB,
     0.95, False, None),
    (frozenset(fold_string(w) for w in "صد صدت صدوا يصد تصد يصدون".split()),
     frozenset(fold_string(w) for w in """هجوم هجوما الهجوم هجمات الهجمات هجمة هجومين تقدم تقدما محاولة
     محاولات محاولتي زحف زحفا""".split()), 6, SubEventType.ARMED_CLASH, 0.9, False, None),
    # "كسرت قوات الجيش الوطني، الأحد، زحفا واسعا للحوثيين"، "أفشلت قوات الوفاق هجوما لمليشيات حفتر": an assault
    # broken is a fight, as one repelled ("أحبط" only the Yemeni "زحف": "أحبطت الشرطة هجوما انتحاريا" was no fight)
    (frozenset(fold_string(w) for w in "كسر كسرت كسروا أفشل أفشلت أفشلوا دحر دحرت دحروا".split()),
     frozenset(fold_string(w) for w in """هجوم هجوما الهجوم هجمات الهجمات هجمة زحف زحفا الزحف زحوفات
     تقدم تقدما محاولة محاولات""".split()), 6, SubEventType.ARMED_CLASH, 0.8, False, None),
    (frozenset(fold_string(w) for w in "أحبط أحبطت أحبطوا".split()),
     frozenset(fold_string(w) for w in "زحف زحفا الزحف زحوفات محاولة محاولات".split()), 6, SubEventType.ARMED_CLASH, 0.8,
     False, None),
    (frozenset(fold_string(w) for w in "خرج خرجت خرجوا يخرج يخرجون نزل نزلت نزلوا".split()),
     frozenset(fold_string(w) for w in """احتجاجا تنديدا رفضا استنكارا للاحتجاج للتنديد للمطالبة مطالبين
     منددين محتجين رافعين""".split()), 10, SubEventType.PEACEFUL_PROTEST, 0.75, False, None),
    (frozenset(fold_string(w) for w in "فجر فجرت فجروا نسف نسفت نسفوا يفجر يفجرون ينسف ينسفون".split()),
     _HOUSE_OBJECTS, 4, SubEventType.LOOTING, 0.7, True, None),
    (frozenset(fold_string(w) for w in "دمر دمرت دمرتا".split()), AIRCRAFT_SUBJECTS, 1, SubEventType.AIR_STRIKE, 0.85,
     False, None),
    # "شنت طائرات التحالف الدولي أمس خمس ضربات قرب الفلوجة": strikes ("ضربات", also blows and penalty kicks)
    # launched by aircraft named between the verb and them
    (frozenset(fold_string(w) for w in "شن شنت شنوا نفذ نفذت نفذوا".split()),
     frozenset(fold_string(w) for w in "ضربة ضربات ضربتين".split()), 7, SubEventType.AIR_STRIKE, 0.85, False,
     AIRCRAFT_SUBJECTS),
    # "أغار طيران عملية الكرامة على مطار معيتيقة": a raid by aircraft (a raid alone may be on foot)
    (frozenset(fold_string(w) for w in "أغار أغارت أغاروا".split()), _ON, 6, SubEventType.AIR_STRIKE, 0.85, False,
     AIRCRAFT_SUBJECTS),
    # "طعن شاب فلسطيني جنديا إسرائيليا قرب حاجز قلنديا": a stabbing, typed by who was stabbed (the verb
    # alone is also an appeal: "طعن المحامي في الحكم"), so a person must be its object
    (STAB_VERBS, _STABBED, 5, "@attack", 0.9, False, None),
    # "كسرت قوات النظام الحصار عن مدينة دير الزور": a siege broken by a side's push takes ground (the verb,
    # its doer between; not the noun of a political demand, "فك الحصار عن غزة")
    (frozenset(fold_string(w) for w in "فكت فكوا كسرت كسروا".split()), frozenset({fold_string("الحصار")}), 5,
     "@territory", 0.8, False, None),
    # "بسطت وحدات من الجيش العربي السوري سيطرتها أمس على معبر نصيب"، "فرض الجيش سيطرته على بلدة نصيب":
    # control spread over a place, its doer between (ACLED_CODING §2 "بسط السيطرة")
    (frozenset(fold_string(w) for w in "بسط بسطت بسطوا بسطا فرض فرضت فرضوا فرضا أحكم أحكمت أحكموا أحكما".split()),
     _CONTROL_OBJECTS, 8, "@territory", 0.85, False, None),
)
_GAPPED_VERBS = frozenset().union(*(g[0] for g in _GAPPED))
_SAD_VERBS = _GAPPED[1][0]   # "صد": whatever attempt it repels was an assault
_ATTEMPTS = frozenset(fold_string(w) for w in "محاولة محاولات".split())
_ATTEMPTED_MOVES = frozenset(fold_string(w) for w in "تقدم تسلل اقتحام التفاف هجوم".split())


# A place falling into a side's hands: "سقطت مدينة الرمادي أمس بيد تنظيم داعش"، "وقعت الرمادي في قبضة
# التنظيم"، "سقطت مدينة جسر الشغور في أيدي فصائل جيش الفتح". The ground is the verb's subject, the side
# that took it follows the hand, so the cue is the hand: its genitive is the taker. Only a place may fall
# ("سقطت قذيفة هاون في يد طفل"، "سقط الطفل في يد الخاطفين": none), a named one or a site.
# (or came under its control: "باتت مدينة تدمر منذ مساء أمس تحت سيطرة تنظيم داعش")
_FALL_VERBS = frozenset(fold_string(w) for w in "سقط سقطت وقع وقعت".split())
_BECAME_VERBS = frozenset(fold_string(w) for w in "باتت بات أصبحت أصبح صارت صار".split())
_CONTROL_AFTER_UNDER = frozenset(fold_string(w) for w in "سيطرة قبضة".split())
_HAND_AFTER_BI = frozenset(fold_string(w) for w in "بيد بأيدي بايدي بقبضة".split())
_HAND_AFTER_FI = frozenset(fold_string(w) for w in "يد أيدي ايدي قبضة".split())
_FALLEN_SITES = frozenset(fold_string(w) for w in """مدينة مدينه بلدة بلده قرية قريه حي منطقة منطقه محافظة
ولاية مطار قاعدة قاعده معسكر مقر مقار حقل حقول معبر ميناء مرفأ سد""".split())
_FALL_REACH = 12
_FALL_OR_BECAME = _FALL_VERBS | _BECAME_VERBS
FALL_LEMMA = "سقط بيد"


def _proclitic(norm: str, verbs: frozenset[str]) -> str | None:
    """The proclitic ("", "و" or "ف") before a verb of `verbs` that the folded word is, or None."""
    if norm in verbs:
        return ""
    return norm[:1] if norm[:1] in "وف" and norm[1:] in verbs else None


def _fallen_to(doc: Doc, i: int) -> TriggerMention | None:
    """The fall verb at token i with a place for subject and a hand after it: the hand phrase's cue."""
    toks = doc.tokens
    sent = toks[i].sentence
    became = _proclitic(toks[i].norm, _BECAME_VERBS) is not None
    for j in range(i + 1, min(len(toks) - 1, i + 1 + _FALL_REACH)):
        if toks[j].sentence != sent:
            return None
        w = toks[j].norm
        if became:
            if w != "تحت" or toks[j + 1].sentence != sent or toks[j + 1].norm not in _CONTROL_AFTER_UNDER:
                continue
            hand = toks[j].span.cover(toks[j + 1].span)
        elif w in _HAND_AFTER_BI:
            hand = toks[j].span
        elif w == "في" and toks[j + 1].sentence == sent and toks[j + 1].norm in _HAND_AFTER_FI:
            hand = toks[j].span.cover(toks[j + 1].span)
        else:
            continue
        # (the place the verb's subject, within its first words: "سقطت أمس مدينة الرمادي"; an apposition
        # may follow it: "سقطت مدينة الرمادي، مركز محافظة الأنبار غربي العراق، أمس الأحد بيد تنظيم داعش")
        lo, hi = toks[i].span.end, toks[min(j, i + 3)].span.start
        if not (toks[i + 1].norm in _FALLEN_SITES
                or any(lo <= p.span.start < hi and p.place is not None for p in doc.places)):
            return None
        if doc.masks and doc.is_masked(hand):
            return None
        return TriggerMention(hand, None, 0.85, FALL_LEMMA, sent, "@territory", "")
    return None


# Wresting a place from a side: "انتزعت فصائل الجيش الحر أمس مدينة بصرى الشام من قوات النظام". The verb
# alone wrests confessions, titles and wins ("انتزع الفريق الفوز"), so a place must be its object, named
# within its first words, and "من" must follow it.
_WREST_VERBS = frozenset(fold_string(w) for w in "انتزع انتزعت انتزعوا ينتزع تنتزع".split())
_WREST_REACH = 7


def _place_object(doc: Doc, i: int, reach: int, known: bool) -> int | None:
    """The token after the first place named within `reach` words after the verb at token i, in its
    sentence (a gazetteer place only when `known`), or None."""
    toks = doc.tokens
    sent = toks[i].sentence
    end = i + 1
    while end < min(len(toks), i + 1 + reach) and toks[end].sentence == sent:
        end += 1
    lo, hi = toks[i].span.end, toks[end - 1].span.end
    place = next((p for p in doc.places if (p.place is not None or not known) and lo <= p.span.start < hi), None)
    return None if place is None else bisect_left(toks, place.span.end, key=_START)


def _wrested(doc: Doc, i: int, prefix: str) -> TriggerMention | None:
    """The wresting verb at token i with a place named in its sentence's next words and "من" after it."""
    toks = doc.tokens
    sent = toks[i].sentence
    after = _place_object(doc, i, _WREST_REACH, known=True)
    if after is None or not any(toks[j].sentence == sent and toks[j].norm == "من"
                                for j in range(after, min(len(toks), after + 3))):
        return None
    return TriggerMention(toks[i].span, None, 0.8, "انتزع", sent, "@territory", prefix)


# Ground handed over: "تسلمت القوات العراقية مدينة طوزخورماتو من البيشمركة" is taken without a fight. The verb
# alone receives letters, weapons and prisoners, so a place must be its object: named within its first words,
# no preposition before it ("تسلمت الشرطة متهما في مدينة كركوك" received a man there).
_RECEIVE_VERBS = frozenset(fold_string(w) for w in "تسلمت تسلم تسلموا استلمت استلم استلموا".split())
_RECEIVE_REACH = 4


def _handed_over(doc: Doc, i: int, prefix: str) -> TriggerMention | None:
    toks = doc.tokens
    after = _place_object(doc, i, _RECEIVE_REACH, known=False)
    if after is None:
        return None
    place = next(p for p in doc.places if bisect_left(toks, p.span.end, key=_START) == after)
    k = bisect_left(toks, place.span.start, key=_START)
    if toks[k].span.start < place.span.start:
        return None   # "ببلدة", "لمدينة": a proclitic preposition on the name
    if place.cue is not None and k > i + 1 and toks[k - 1].norm.endswith(place.cue):
        k -= 1   # ("مدينة طوزخورماتو": the cue word opens the object; "بمدينة": a preposition on it)
        if toks[k].norm != place.cue:
            return None
    if toks[k - 1].norm in _NOT_OBJECT_BEFORE:
        return None
    return TriggerMention(toks[i].span, SubEventType.NONVIOLENT_TRANSFER, 0.75, toks[i].norm[len(prefix):], toks[i].sentence,
                          SubEventType.NONVIOLENT_TRANSFER.value, prefix)


# Entering a place after fighting: "دخلت القوات العراقية مدينة الفلوجة اليوم بعد معارك عنيفة مع داعش"
# (ACLED_CODING §2: "دخل" after fighting is ground taken). The verb alone enters talks, truces and homes
# ("دخلت الهدنة حيز التنفيذ"), so a place must be its object, named within its first words, and "بعد"
# + a word of fighting must follow in the sentence (entering after the foe left, "بعد انسحاب", is told
# elsewhere).
_ENTER_VERBS = frozenset(fold_string(w) for w in "دخل دخلت دخلوا دخلا".split())
_FIGHT_NOUNS = frozenset(fold_string(w) for w in """معارك معركة اشتباكات اشتباك مواجهات قتال المعارك
الاشتباكات المواجهات القتال""".split())
_ENTER_REACH = 8


def _entered_after_fighting(doc: Doc, i: int, prefix: str) -> TriggerMention | None:
    toks = doc.tokens
    sent = toks[i].sentence
    if i + 1 < len(toks) and toks[i + 1].norm in ("في", "الي", "علي", "حيز"):
        return None   # "دخلت في معارك"، "دخلت الهدنة حيز التنفيذ": no place entered
    after = _place_object(doc, i, _ENTER_REACH, known=False)
    if after is None:
        return None
    for j in range(after, min(len(toks), after + 6)):
        if toks[j].sentence != sent:
            return None
        if toks[j].norm == "بعد":
            if any(k < len(toks) and toks[k].norm in _FIGHT_NOUNS for k in (j + 1, j + 2)):
                return TriggerMention(toks[i].span, None, 0.8, "دخل", sent, "@territory", prefix)
            return None
    return None


def dated_tokens(doc: Doc, lo: int, hi: int) -> int:
    """How many of the tokens lo..hi-1 a date phrase covers."""
    if not doc.dates:
        return 0
    toks = doc.tokens[lo:hi]
    return sum(1 for t in toks if any(d.span.start <= t.span.start < d.span.end for d in doc.dates))


def _gapped(doc: Doc, i: int) -> TriggerMention | None:
    toks = doc.tokens
    tok = toks[i]
    word, prefix = tok.norm, ""
    if word not in _GAPPED_VERBS and word[:1] in "وف":
        prefix, word = word[:1], word[1:]
    for verbs, objects, reach, sub, weight, direct, between in _GAPPED:
        if word not in verbs:
            continue
        # (a time between the verb and its object does not count: "صدت قوات الوفاق وكتائب مصراتة، مساء
        # الاثنين، هجوما لمليشيات حفتر")
        end = min(len(toks), i + 1 + reach + dated_tokens(doc, i + 1, i + 1 + reach))
        for j in range(i + 1, end):
            if toks[j].sentence != tok.sentence:
                break
            w = toks[j].norm
            if w in objects or (w[:1] in "ول" and w[1:] in objects):
                if w in _ATTEMPTS and sub is SubEventType.ARMED_CLASH and word not in _SAD_VERBS and not (
                        j + 1 < len(toks) and toks[j + 1].norm in _ATTEMPTED_MOVES):
                    continue  # "أفشلت قوات الجيش محاولة تسلل": an attempt to move on the foe, not to smuggle
                if between is not None and not any(toks[k].norm.lstrip("و") in between for k in range(i + 1, j)):
                    continue
                if objects is _CONTROL_OBJECTS and j == i + 1:
                    continue  # "بعد تقدم القوات وفرض سيطرتها على المناطق": the verbal noun, its doer told before
                if doc.masks and doc.is_masked(tok.span):
                    return None
                if direct and (w[:1] in "ول" or toks[j - 1].norm in _NOT_OBJECT_BEFORE
                               or toks[i + 1].norm.lstrip("و") in _DAWN_AFTER):
                    # "فجر انتحاري نفسه قرب منزل": where it went off, not what was blown up; "قصفت فجر
                    # أمس منزل المواطن": the dawn, no verb
                    continue
                if not isinstance(sub, SubEventType):   # a family cue, typed by the sentence ("@attack")
                    return TriggerMention(tok.span, None, weight, word, tok.sentence, sub, prefix)
                return TriggerMention(tok.span, sub, weight, word, tok.sentence, sub.value, prefix)
    return None


# A verb of doing, its doer, then the act as a verbal noun: "أقدم تنظيم داعش على إعدام 40 مدنيا"، "قامت
# قوات الأمن باعتقال 20 شخصا". The construction states the act as firmly as its own verb ("أعدم"), so the
# verbal noun weighs as much as a verb does.
_DOING_ON = frozenset(fold_string(w) for w in "أقدم أقدمت أقدموا أقدما".split())     # "... على" + the act
_DOING_WITH = frozenset(fold_string(w) for w in "قام قامت قاموا قاما".split())        # "... ب" + the act
DOING_VERBS = _DOING_ON | _DOING_WITH
CARRYING_OUT = frozenset(fold_string(w) for w in "نفذ نفذت نفذوا نفذا".split())      # + the act, its object
_DONE_WEIGHT = 0.85
# (of violence only: "فقام بهدم الحصن" in a history of Valencia is no report of destruction)
_DONE_TYPES = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))


def done_by_verb(doc: Doc, first: int, prefix: str) -> bool:
    """The cue at token `first` is the verbal noun after "أقدم ... على", "قام ... ب" or "نفذ" (its object),
    the doing verb at most five words before it in its sentence."""
    toks = doc.tokens
    if prefix.endswith("ب"):
        verbs = _DOING_WITH
    elif first > 0 and not prefix and toks[first - 1].norm in _ON:
        verbs = _DOING_ON
    elif not prefix:
        verbs = CARRYING_OUT   # "نفذ تنظيم داعش حكم الإعدام بحق ..."، "نفذت الطائرات غارات"
    else:
        return False
    sent = toks[first].sentence
    for j in range(first - 1, max(-1, first - 6), -1):
        if toks[j].sentence != sent:
            return False
        if toks[j].norm.lstrip("وف") in verbs:
            return True
    return False


# "حزب التجمع اليمني للإصلاح"، "التجمع الوطني الديمقراطي"، "التجمع الدستوري": parties named "the rally"
_PARTY_HEADS = frozenset(fold_string(w) for w in "حزب لحزب بحزب وحزب قيادات قيادي أعضاء عضو".split())
_PARTY_ADJECTIVES = frozenset(fold_string(w) for w in """اليمني الوطني الدستوري الديمقراطي الوحدوي الإسلامي
الجمهوري العربي القومي التقدمي""".split())


def _party_name(doc: Doc, i: int) -> bool:
    """The rally word at token i names a party: "حزب" before it, or the definite word and a party's
    adjective after it."""
    toks = doc.tokens
    if i > 0 and toks[i - 1].sentence == toks[i].sentence and toks[i - 1].norm in _PARTY_HEADS \
            and "ال" in toks[i].norm[:3]:
        return True
    return toks[i].norm.lstrip("وبل").startswith("ال") and i + 1 < len(toks) \
        and toks[i + 1].sentence == toks[i].sentence and toks[i + 1].norm in _PARTY_ADJECTIVES


# "مسيرة" is a march and, in the news of the 2020s, a drone ("استهدفت مسيرة إسرائيلية سيارة"، "قصف الجيش
# بالمسيرات"، "استهدفت مسيرتان قاعدة جبيت"): the drone when a side's adjective or "تابعة لـ" follows it,
# when it is the subject right after a strike verb, or the weapon ("ب"/"ل") of a strike named just before
_MARCH_WORDS = frozenset(fold_string(w) for w in "مسيرة مسيرات مسيرتان مسيرتين المسيرة المسيرات".split())
_DRONE_AFTER_STEMS = tuple(fold_string(w) for w in """إسرائيلي اسرائيلي تركي أمريكي امريكي أميركي اميركي روسي
حوثي إيراني ايراني سعودي إماراتي اماراتي أوكراني اوكراني معادي معاديه انتحاري مفخخ مجهول تابع مسلح أجنبي اجنبي""".split())
_DRONE_OWNERS = tuple(fold_string(w) for w in "للجيش للدعم للحوثي للاحتلال للعدو للتحالف لقوات للمليشيا للميليشيا".split())
_STRIKE_VERBS = frozenset(fold_string(w) for w in "استهدفت استهدف قصفت قصف أغارت ضربت هاجمت شنت".split())
_STRIKE_WORDS = _STRIKE_VERBS | frozenset(fold_string(w) for w in """غارة غارات هجوم هجمات ضربة ضربات استهداف
شن""".split())
SHOOT_DOWN_VERBS = frozenset(fold_string(w) for w in "أسقطت أسقط أسقطوا إسقاط اسقاط اسقطت اسقط".split())


_DRONE_WEIGHT = 0.9
_DRONE_LEMMA = "طائرة مسيرة"
_DRONE_LEMMAS = frozenset({"طائرة مسيرة", "طائرات مسيرة", "طائرتان مسيرتان", "طائرتين مسيرتين"})
_SHOOT_DOWN_LEMMA = "إسقاط طائرة مسيرة"


def _drone(doc: Doc, first: int, end: int, prefix: str) -> bool:
    """The march word at tokens first..end-1 names a drone (see `_MARCH_WORDS`)."""
    toks = doc.tokens
    if end < len(toks) and toks[end].sentence == toks[first].sentence:
        nxt = toks[end].norm
        if nxt.removeprefix("ال").startswith(_DRONE_AFTER_STEMS) or nxt.startswith(_DRONE_OWNERS):
            return True   # "مسيرة إسرائيلية"، "مسيرات تابعة للدعم السريع"، "مسيرة انتحارية"، "مسيرات للجيش"
    if first > 0 and toks[first - 1].sentence == toks[first].sentence:
        if not prefix and toks[first - 1].norm.lstrip("و") in _STRIKE_VERBS:
            return True   # "استهدفت مسيرة سيارة": the strike's subject
        if prefix.endswith(("ب", "بال", "ل", "لل")) and any(
                toks[j].norm.lstrip("و") in _STRIKE_WORDS for j in range(max(0, first - 3), first)):
            return True   # "هجوم بمسيرة"، "قصف الجيش بالمسيرات"، "غارة لمسيرة"
    return False


def _shot_down(doc: Doc, first: int) -> int | None:
    """The token of a shooting-down verb up to four tokens before a drone ("أسقطت الدفاعات الجوية
    السعودية طائرة مسيرة"), or None."""
    toks = doc.tokens
    for j in range(first - 1, max(-1, first - 6), -1):
        if toks[j].sentence != toks[first].sentence:
            return None
        if toks[j].norm.lstrip("و") in SHOOT_DOWN_VERBS:
            return j
    return None


# Aircraft named by whose or what they are, striking: "استهدف طيران روسي سوقا"، "استهدفت طائرات مجهولة
# رتلا"، "أعلنت قوات الوفاق أن طيرانا أجنبيا استهدف رتلا"، "الطيران التابع لحكومة الوفاق نفذ ثلاث ضربات".
# The lexicon names the common pairs (طيران حربي، طائرات التحالف); any aircraft noun with a side's or an
# unknown's adjective is a strike when a strike verb has it as its subject: the verb right before it, or
# after it within a few words ("تحليق طيران مجهول فوق المدينة"، "وصلت طائرات روسية" are none).
_AIRCRAFT = frozenset(fold_string(w) for w in """طيران طيرانا طائرات طائرة مقاتلات مقاتلة مروحيات مروحية""".split())
_AIRCRAFT_ADJ_STEMS = _DRONE_AFTER_STEMS + tuple(fold_string(w) for w in "مسير حربي".split())
_AIRCRAFT_VERBS = _STRIKE_VERBS | frozenset(fold_string(w) for w in """نفذ نفذت دمر دمرت أغار شن يشن تشن يستهدف
تستهدف يقصف تقصف قصفا استهدفا""".split())
_AIRCRAFT_REACH = 6
_AIRCRAFT_WEIGHT = 0.85


def _aircraft_striking(doc: Doc, i: int) -> TriggerMention | None:
    """An air strike cue at the aircraft noun of token i (see `_AIRCRAFT`), or None."""
    toks = doc.tokens
    word = toks[i].norm.lstrip("و").removeprefix("ال")
    if word not in _AIRCRAFT or i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return None
    if not toks[i + 1].norm.removeprefix("ال").startswith(_AIRCRAFT_ADJ_STEMS):
        return None
    sent = toks[i].sentence
    if i > 0 and toks[i - 1].sentence == sent and toks[i - 1].norm.lstrip("و") in _AIRCRAFT_VERBS:
        verb = True
    else:
        verb = any(toks[j].norm.lstrip("و") in _AIRCRAFT_VERBS
                   for j in range(i + 2, min(len(toks), i + 2 + _AIRCRAFT_REACH)) if toks[j].sentence == sent)
    if not verb:
        return None
    span = Span(toks[i].span.start, toks[i + 1].span.end)
    return TriggerMention(span, SubEventType.AIR_STRIKE, _AIRCRAFT_WEIGHT, "طيران", sent,
                          SubEventType.AIR_STRIKE.value, "")


# A raid that ends in deaths: "داهمت قوات الجيش بؤرا إرهابية بقرية التومة، ما أسفر عن مقتل 11 تكفيريا" (the
# Egyptian army's statements on Sinai). A raid alone searches or arrests ("داهمت الشرطة منزلا واعتقلت"); its
# result clause telling of deaths makes it an attack, typed by who died.
_RAID_VERBS = frozenset(fold_string(w) for w in "داهم داهمت داهموا دهمت دهم".split())
_RESULT_VERBS = frozenset(fold_string(w) for w in "أسفر أسفرت أدى أدت اسفر اسفرت ادى ادت".split())
_DEATH_RESULTS = frozenset(fold_string(w) for w in "مقتل بمقتل قتل مصرع بمصرع".split())
_RAID_REACH = 16
_RAID_WEIGHT = 0.85


def _deadly_raid(doc: Doc, i: int, prefix: str) -> TriggerMention | None:
    toks = doc.tokens
    sent = toks[i].sentence
    for j in range(i + 2, min(len(toks) - 2, i + _RAID_REACH)):
        if toks[j].sentence != sent:
            return None
        if _proclitic(toks[j].norm, _RESULT_VERBS) is not None:   # "، ما أسفر عن مقتل"، "وأدى إلى مقتل"
            k = j + 1 + (toks[j + 1].norm in ("عن", "الى", "إلى", "الي"))
            if k < len(toks) and toks[k].sentence == sent and toks[k].norm in _DEATH_RESULTS:
                return TriggerMention(toks[i].span, None, _RAID_WEIGHT, "داهم", sent, "@attack", prefix)
            return None
    return None


# Syrian state media's word for ground retaken: "أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى
# مدينة تدمر" (security restored to a place is the army's taking of it; "إعادة الأمن إلى الشوارع" with no
# verb of its own, or security restored by talks, is no act: the verb, its subject, then "الأمن ... إلى").
_RESTORE_VERBS = frozenset(fold_string(w) for w in "أعاد أعادت أعادوا اعاد اعادت اعادوا".split())
_SECURITY = frozenset(fold_string(w) for w in "الأمن الامن الأمان الامان".split())
_TO_PLACE = frozenset(fold_string(w) for w in "إلى الى الي لربوع".split())
_RESTORE_REACH = 12


def _security_restored(doc: Doc, i: int, prefix: str) -> TriggerMention | None:
    toks = doc.tokens
    sent = toks[i].sentence
    for j in range(i + 1, min(len(toks), i + _RESTORE_REACH)):
        if toks[j].sentence != sent:
            return None
        if toks[j].norm in _SECURITY:
            if any(toks[k].norm in _TO_PLACE and toks[k].sentence == sent for k in range(j + 1, min(len(toks), j + 5))):
                return TriggerMention(toks[i].span, None, 0.85, "أعاد الأمن", sent, "@territory", prefix)
            return None
    return None


def add_triggers(doc: Doc, *, resources) -> Doc:
    lex = resources.triggers
    found: list[TriggerMention] = []
    at_token: dict[int, int] = {}   # a cue's first token → its index in `found`
    drone_end = -1                  # the token after the last drone named
    for m in lex.index.find(doc):
        if doc.masks and doc.is_masked(m.span):
            continue
        entry = m.value
        tok = doc.tokens[m.first]
        if entry.cue == "@kill" and tok.norm.endswith(_DEAD_NOUN_ENDINGS):
            continue
        if m.last == m.first + 1 and doc.text[tok.span.end - 1:tok.span.end] == "ة" \
                and tok.norm[len(m.prefix):] == fold_string(entry.pattern) + "ه" \
                and not (entry.cue == "@territory" and _on_follows(doc, m.first)
                         and not (m.first > 0 and doc.tokens[m.first - 1].norm in HELD_AREAS)):
            # ("أطلقت من مناطق سيطرة داعش في جرابلس على بلدة كلس": the areas a side holds, whatever "على" follows)
            # "مناطق سيطرة المعارضة"، "قتلة": a noun in ة, not the verb with the pronoun ه (the noun of
            # taking ground, "بعد سيطرة المقاومة الشعبية على عدن", tells the act)
            continue
        cue = entry.cue
        if entry.cue == "@kill" and fold_string(entry.pattern) in ELIMINATION_CUES \
                and elimination_object(doc, m.first, entry.pattern) is None:
            continue  # "القضاء على الإرهاب"، "قضت المحكمة بسجنه": nobody counted is killed
        if entry.pattern == "تجمع" and _party_name(doc, m.first):
            continue  # "حزب التجمع اليمني للإصلاح": a party's name, no gathering
        if entry.pattern in _MASSACRE_WORDS and any(
                doc.tokens[j].norm.lstrip("وبل") in _MASSACRE_NOT_TOLD or doc.tokens[j].norm in _MASSACRE_NOT_TOLD
                for j in range(max(0, m.first - 4), m.first) if doc.tokens[j].sentence == tok.sentence):
            continue  # "منددين بالمجزرة"، "الذكرى الأولى ... وارتكابه مجازر"، "اتهمت النظام بارتكاب مجازر": condemned,
            # remembered or charged, not told
        if entry.pattern in _STOP_ARRESTS and not _object_among(doc, m.first, _STOPPED_PEOPLE):
            continue  # "قرر الاتحاد إيقاف اللاعب 3 مباريات"، "إيقاف نباح كلبه": a suspension or a halt, no arrest
        if entry.pattern in ("ضبط", "ضبطت") and not _object_among(doc, m.first, _SEIZED):
            continue  # "ضبط النفس" (self-restraint), "ضبط المتظاهرين" (keeping them in order)
        if cue == "@bodies":
            if not bodies_found(doc, m.first):
                continue
            cue = "@kill"
        weight = entry.weight
        sub, lemma = entry.sub_event_type, entry.pattern
        if sub is SubEventType.PEACEFUL_PROTEST and tok.norm[len(m.prefix):] in _MARCH_WORDS \
                and _drone(doc, m.first, m.last, m.prefix):
            sub, cue, weight, lemma = SubEventType.AIR_STRIKE, SubEventType.AIR_STRIKE.value, _DRONE_WEIGHT, _DRONE_LEMMA
        if sub is SubEventType.SUICIDE_BOMB and m.first == drone_end:
            continue  # "مسيرة انتحارية": a drone that explodes on its target, no bomber
        if sub is SubEventType.AIR_STRIKE and lemma in _DRONE_LEMMAS:
            drone_end = m.last
            if (j := _shot_down(doc, m.first)) is not None:
                # "أسقطت الدفاعات الجوية طائرة مسيرة حوثية": the drone was downed, no strike
                found.append(TriggerMention(doc.tokens[j].span, SubEventType.DISRUPTED_WEAPONS, _DRONE_WEIGHT,
                                            _SHOOT_DOWN_LEMMA, doc.tokens[j].sentence,
                                            SubEventType.DISRUPTED_WEAPONS.value, ""))
        if weight < _DONE_WEIGHT and sub is not None \
                and entry.sub_event_type.event_type.value in _DONE_TYPES and done_by_verb(doc, m.first, m.prefix):
            weight = _DONE_WEIGHT
        at_token.setdefault(m.first, len(found))
        found.append(TriggerMention(m.span, sub, weight, lemma, tok.sentence, cue, m.prefix))
    for i, tok in enumerate(doc.tokens):
        if len(tok.norm) <= 6 and (tok.norm in _GAPPED_VERBS or tok.norm[1:] in _GAPPED_VERBS):
            t = _gapped(doc, i)
            if t is None:
                continue
            at = at_token.get(i)
            if at is None:
                found.append(t)
            elif found[at].weight < t.weight:
                found[at] = t   # "فجرت امرأة نفسها": the lexicon's weaker reading of the verb alone gives way
        if (pre := _proclitic(tok.norm, _RAID_VERBS)) is not None and at_token.get(i) is None \
                and (t := _deadly_raid(doc, i, pre)) is not None:
            at_token[i] = len(found)
            found.append(t)
        if (pre := _proclitic(tok.norm, _RESTORE_VERBS)) is not None and at_token.get(i) is None \
                and (t := _security_restored(doc, i, pre)) is not None:
            at_token[i] = len(found)
            found.append(t)
        if at_token.get(i) is None and (t := _aircraft_striking(doc, i)) is not None:
            at_token[i] = len(found)
            found.append(t)
        if _proclitic(tok.norm, _FALL_OR_BECAME) is not None and (t := _fallen_to(doc, i)) is not None:
            found.append(t)
        if (pre := _proclitic(tok.norm, _WREST_VERBS)) is not None and (t := _wrested(doc, i, pre)) is not None:
            found.append(t)
        if (pre := _proclitic(tok.norm, _RECEIVE_VERBS)) is not None and at_token.get(i) is None \
                and (t := _handed_over(doc, i, pre)) is not None:
            found.append(t)
        if (pre := _proclitic(tok.norm, _ENTER_VERBS)) is not None and at_token.get(i) is None \
                and (t := _entered_after_fighting(doc, i, pre)) is not None:
            found.append(t)
    if len(found) > 1:
        found.sort(key=lambda t: t.span.start)
    return doc.with_(triggers=tuple(found))
