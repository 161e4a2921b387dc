"""How much a cue, in its sentence, says that an event happened.

`modality_factor` scales a trigger's weight by what surrounds it in the sentence — negation, plans,
calls, conditions, speculation, history and totals (rasd/resources/modality.tsv), purpose clauses
("لتحرير"), territory held rather than taken ("في ظل سيطرة"، "فرض سيطرة"), names and titles ("رئيس
التحرير"), releases that tell of an abduction before them, questions. The sentence-level weighers
adjust cues by what else the sentence tells: protesters named with or without an act of protest, a
truce named with none reached, a sentence that opens with a protest and its crowd.
`rasd.extract.events` assembles the events from the weighed cues.

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> from rasd.resources import Resources
>>> from rasd.extract.roles import SPEAKER_VERBS, token_at
>>> doc = run(Article("t", "نفى الجيش أن تكون طائراته شنت غارات على مدينة سرت."), until="triggers")
>>> toks = list(enumerate(doc.tokens))
>>> res = Resources.builtin()
>>> t = doc.triggers[-1]
>>> modality_factor(doc, res, toks, doc.sentences[0], token_at(doc, t.span.start), t,
...                 res.triggers.modality_index.find(doc, doc.tokens, offset=0))
(0.0, ["negation 'نفى'"])
"""
from __future__ import annotations

import re
from datetime import date

from rasd.arabic.dates import MONTHS, ORDINAL_DAYS, WEEKDAYS
from rasd.arabic.normalize import fold_string
from rasd.extract.casualties import (COUNTED_THINGS, DURING_WORDS, NOVELTY_WORDS, ranked_at, RISE_VERBS, SINCE_WORDS, TOLL_HEADS, VERSION_OPENERS,
                                     campaign_named, count_casualties, numbers_by_token, other_version, toll_rise,
                                     updates_toll)
from rasd.extract.roles import AIRCRAFT_NOUNS, COMES_VERBS, DENIAL_WORDS, EXPLAINING, SHOT_BY, SPEAKER_VERBS, after_place_phrase, token_at
from rasd.extract.places import HEDGE_THAT
from rasd.extract.triggers import CARRYING_OUT, FALL_LEMMA
from rasd.model import Doc, Span, Token, TriggerMention
from rasd.resources.acled import EventType as E
from rasd.resources.acled import SubEventType as S
from rasd.resources.gazetteer import _distance_km

PURPOSE_PREFIXES = ("ل", "لل", "ول", "ولل", "فل", "فلل")
MODEL_WORDS = frozenset(fold_string(w) for w in "نوع طراز صاروخ صواريخ صاروخا صاروخين طراز".split())
FORCE_USE_WORDS = frozenset(fold_string(w) for w in """أطلقت أطلق أطلقوا النار الرصاص الغاز القنابل استخدمت استخدم
استخدموا""".split())
UNDERGO_WORDS = ("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضه", "تعرضها", "تعرضوا")


# "في ظل سيطرة"، "خارجة عن سيطرة الدولة"، "تحت سيطرة"، "عملية تحرير"، "دون تحرير": control held, or an
# operation under way, is not territory changing hands
TERRITORY_STATE_WORDS = frozenset(fold_string(w) for w in """ظل تحت عن خارج خارجة بعيدا عملية عمليات معركة
حملة خطة أجل لأجل دون إكمال استكمال لاستكمال مواصلة يواصل تواصل يسيطر تسيطر يسيطرون المساعدة للمساعدة
مساعدة قبضة عند فرض لفرض بفرض وفرض تفرض يفرض ستفرض سيفرض""".split())  # "فرض سيطرة الدولة": imposing control, not taking ground
RELATIVES = frozenset(fold_string(w) for w in "التي الذي الذين اللتين اللذين اللتي".split())
SPEECH_ACT_OPENERS = frozenset(fold_string(w) for w in """دعا دعت طالب طالبت ندد نددت أدان أدانت دان دانت استنكر
استنكرت حذر حذرت هدد هددت رفض رفضت يرفض ترفض نفى نفت أعرب أعربت أبدى أبدت""".split())  # (accusations: modality.tsv, sentence-wide)
SPEECH_ACT_FACTOR = 0.4
CONDEMN_WORDS = frozenset(fold_string(w) for w in """ندد نددت أدان أدانت دان دانت استنكر استنكرت شجب شجبت""".split())
RELATIVE_DEATH_VERBS = frozenset(fold_string(w) for w in """قتل قتلت قتلوا اغتيل اغتيلت خطف خطفت خطفوا اختطف
اختطفت اختطفوا أصيب اصيب أصيبوا اصيبوا استشهد استشهدوا لقي لقوا""".split())
CLAUSE_BREAKS = frozenset(("،", ",", "؛", ";", "و"))
# "رئيس التحرير"، "هيئة تحرير الشام"، "ساحة التحرير": names and titles
TERRITORY_TITLE_WORDS = frozenset(fold_string(w) for w in """رئيس مدير سكرتير هيئة جبهة حركة جيش ساحة ميدان
منظمة حزب جبهه""".split())


# "استعاد توازنه"، "سيطر على الصدارة"، "استعادة الجندي الأسير"، "استعادة جثث القتلى": what is taken
# or regained is no ground
NOT_GROUND = frozenset(fold_string(w) for w in """توازنه توازنها ثقته ثقتها عافيته عافيتها مكانته مكانتها
صدارته صدارتها الصدارة الصداره لقبه لقبها اللقب زمام انفاسه انفاسها حيويته نشاطه الجندي الجنود الأسرى الاسرى
الأسير الرهائن الرهينة المختطفين المخطوفين جثث جثة جثمان جثامين رفات الأموال الاموال أموال الآليتين الاليتين
الآليات الاليات آلية الية الدبابة الدبابات المدرعة المدرعات الطائرة الأسلحة الاسلحة المكانة مكانة المرتبة مرتبة
المراتب المقدمة السلطة الحكم مقاليد مساجد المساجد أوقاف الأوقاف اوقاف ممتلكات الممتلكات أملاك الأملاك مقدرات
الأسواق السوق الأسعار الاسعار الوضع الأوضاع الاوضاع الموقف الحريق النيران""".split())
# ("احتلت المرتبة الأولى": a rank; "السيطرة على السلطة": power; "بالسيطرة على مساجد السنة وأوقافهم":
# buildings and endowments; "السيطرة على الحريق": a fire put out — no ground)


# storming a building is a raid, not ground changing hands: "اقتحمت القوات منزل جاسم ... وقتلته"
STORMING = frozenset(fold_string(w) for w in "اقتحم اقتحمت اقتحموا تقتحم يقتحم داهم داهمت داهموا".split())
BUILDINGS = frozenset(fold_string(w) for w in """منزل منزلا منازل بيت بيتا بيوت مسجد مسجدا جامع مقر مقرا مبنى
مدرسة مستشفى مكتب مكاتب شقة عيادة""".split())


# "إن تحرير الموصل يتطلب دعما"، "لذا فإن تحريرها مهمة وطنية": the verbal noun as the subject of a
# statement says what taking the place needs or means, not that it was taken
THAT_WORDS = frozenset(fold_string(w) for w in "أن إن فإن لأن وأن وإن".split())
TERRITORY_MASDARS = tuple(fold_string(w) for w in "تحرير استعادة استعادت تطهير السيطرة".split())


STOP_LEMMAS = tuple(fold_string(w) for w in "أوقف توقيف إيقاف".split())
STOPPED_THINGS = frozenset(fold_string(w) for w in """الرحلات رحلات الرحلة العمل عمل إطلاق اطلاق القتال النار
الحرب المفاوضات الدعم المساعدات التصدير الإنتاج الانتاج البث الدراسة الحركة السير المشروع العمليات الضخ التعامل
صرف الصرف التداول""".split())


ABILITY_WORDS = frozenset(fold_string(w) for w in """تمكن تمكنت تمكنوا يتمكن استطاع استطاعت استطاعوا نجح نجحت
نجحوا""".split())


RELEASE_WORDS = frozenset(fold_string(w) for w in "أفرج أفرجت أفرجوا الإفراج افراج سراح".split())
# the words that make a release what the kidnappers want: "طالبوا بالإفراج"، "من أجل الإفراج"، "مقابل إطلاق سراح"
RELEASE_DEMANDS = frozenset(fold_string(w) for w in """طالب طالبوا طالبت يطالب يطالبون مطالبين مطالبة لمطالبة المطالبة
أجل ضغط لضغط إجبار اجبار مقابل شرط بشرط مبادلة لمبادلة إطلاق اطلاق""".split())


_DESPITE = frozenset((fold_string("رغم"),))   # (رغم، برغم، ورغم، الرغم)
_BUT_WORDS = frozenset((fold_string("لكن"),))
_HURT_VERBS = frozenset(fold_string(w) for w in "أصيب اصيب جرح قتل استشهد أصيبت جرحت قتلت".split())
RANK_WORDS = frozenset(fold_string(w) for w in """ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر الثاني الثالث الرابع
الخامس السادس الثانية الثالثة الرابعة الخامسة أحدث آخر""".split())


# "وكان ... قد": the pluperfect recounts; with a recent day named it is the news, not history
PLUPERFECT = frozenset(fold_string(w) for w in "كان كانت وكان وكانت قد وقد".split())
RECENT_DAY_WORDS = frozenset(fold_string(w) for w in """أمس امس الأمس البارحة اليوم الليلة
الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد""".split())


_WEEK = fold_string("الأسبوع")
_PAST_WORDS = frozenset(fold_string(w) for w in "الماضي المنصرم الفائت".split())
SINCE_DATE_FACTOR = 0.3


CHRONOLOGY_FACTOR = 0.2
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# a dated item of a list: "ـ 13:"، "- 2:"، "21 ديسمبر:"، "27 ديسمبر 2007:"
# (folding drops the tatweel of "ـ 13:")
_DATED_ITEM = re.compile(rf"(?:(?:^|\s)[\-–]?\s*\d{{1,2}}\s*:(?=\s)|(?:^|\s)\d{{1,2}}\s+(?:{_MONTH_WORDS})(?:\s+\d{{4}})?\s*:)")


def _chronology(doc: Doc, sentence: Span) -> bool:
    """Two dated items or more in the sentence (each has a colon: a sentence without two is none)."""
    text = doc.folded[doc.offsets.to_folded(sentence.start):doc.offsets.to_folded(sentence.end)]
    return text.count(":") >= 2 and len(_DATED_ITEM.findall(text)) >= 2


def _since_a_date(doc: Doc, sent_tokens: list[tuple[int, Token]], trig_tok: int) -> bool:
    """"في العمليات التي تشنها قوات الاحتلال منذ 28 يونيو": a campaign named in the sentence and told
    since a calendar day or month ("منذ 28 يونيو"، "منذ حزيران") after the cue; or a campaign waged in the
    present since a day told before the cue, in its clause ("وتشن قوات القيادة العامة منذ الرابع من أبريل
    هجوما"; not past a while-word: "..., فيما تمكنت قوات الوفاق من استعادة غريان")."""
    ongoing = bool(sent_tokens) and sent_tokens[0][1].norm.lstrip("و") in _ONGOING_VERBS
    for k, (i, t) in enumerate(sent_tokens):
        if t.norm.lstrip("و") != "منذ":
            continue
        if i < trig_tok and ongoing and k + 1 < len(sent_tokens) \
                and not any(x.norm in VERSION_OPENERS for j, x in sent_tokens if i < j < trig_tok) \
                and any(d.span.start == sent_tokens[k + 1][1].span.start and d.kind != "future" for d in doc.dates):
            # "وتشن قوات القيادة العامة منذ الرابع من أبريل الماضي هجوما للسيطرة على طرابلس": a campaign
            # waged since a day, told in the present
            return True
        if i <= trig_tok:
            continue
        nxt = [x.norm.lstrip("ب") for _, x in sent_tokens[k + 1:k + 3]]
        if nxt and (nxt[0] in MONTHS or (nxt[0].isdigit() and len(nxt) > 1 and nxt[1] in MONTHS)) \
                and any(x.norm.lstrip("وبفل") in CAMPAIGN_NOUNS for _, x in sent_tokens[:k]):
            return True  # (the campaign's: "المقر الذي يحتله معارضون منذ 26 أغسطس" dates no toll)
    return False


_ONGOING_VERBS = frozenset(fold_string(w) for w in "تشن يشن تواصل يواصل تخوض يخوض".split())


_PERIODS = r"(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات)"  # (hours are a day's: "خلال الساعات الـ24 الماضية" tells the day's toll)
# ((?<!\S), not (?:^|\s): searched from a sentence's start, where "^" does not match)
_WINDOW_RE = re.compile(
    r"(?<!\S)[وف]?منذ\s+(?:(?P<part>منتصف|اواخر|اوائل|انطلاق|انطلاقه|بدء|بدايه|اندلاع|مطلع)\s|(?P<day>[0-3]?\d"
    # ("منذ الرابع من أبريل الماضي": the day by its ordinal)
    r"|(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")(?:\s+من)?)\s+(?:"
    + "|".join(fold_string(m) for m in MONTHS) + r")(?![^\s،,./]))"   # ("منذ 7 أكتوبر/ تشرين الأول")
    # "وقتل نحو 500 شخص منذ يوم الجمعة الماضي": since a weekday, days of fighting
    + r"|(?<!\S)[وف]?منذ\s+(?:يوم\s+)?(?:" + "|".join(WEEKDAYS) + r")(?![^\s،,.])"
    rf"|(?<!\S)[وف]?(?:في|خلال)\s+(?:ال){_PERIODS}\s+(?:ال)?\S+\s+(?:الماضيه|الاخيره)(?![^\s،,.])"
    r"|(?<!\S)[وف]?(?:في|خلال)\s+(?:ال)?(?:اسبوع|شهر|اسابيع|اشهر|ايام)\s+(?:الاخير|الاخيره)(?![^\s،,.])"
    rf"|(?<!\S)[وف]?خلال\s+(?:\d+|[^\s\d]+)\s+{_PERIODS}(?![^\s،,.])"
    # "قتلوا على أيدي المستوطنين خلال هذه الفترة": the period the report covers, told before
    r"|(?<!\S)[وف]?(?:في|خلال)\s+(?:هذه|تلك)\s+(?:الفتره|المده)(?![^\s،,.])"
)
_RELATIVES = frozenset(fold_string(w) for w in "الذي التي الذين اللذين اللتين اللتان اللذان".split())


def _toll_over_a_window(doc: Doc, sentence: Span) -> tuple[str, int] | None:
    """The period a sentence's toll is counted over ("قتل 80 شخصا في الأيام الثلاثة الماضية"، "بمقتل 229
    مدنيا ... منذ 30 أبريل الماضي"), or None: a kill or injury cue with a count before it, the period
    not told as a first since ("لأول مرة منذ ..."), nor a date of what a relative clause holds ("المقر
    الذي يحتله معارضون منذ 26 أغسطس")."""
    lo, hi = doc.offsets.to_folded(sentence.start), doc.offsets.to_folded(sentence.end)
    w = _WINDOW_RE.search(doc.folded, lo, hi)
    if w is None:
        return None
    at = doc.offsets.span(w.start(), w.end()).start
    cues = [t for t in doc.triggers if sentence.contains(t.span) and t.cue in ("@kill", "@injure")]
    if not cues:
        return None
    before = doc.folded[lo:w.start()].split()
    if not any(n.span.start < at and sentence.contains(n.span) for n in doc.numbers) and not (
            # "ومنذ 7 أكتوبر، استشهد 81 فلسطينيا": the period fronted, the count after it
            not before and any(n.span.start > at and sentence.contains(n.span) for n in doc.numbers)):
        return None
    if any(ranked_at(before, j) for j in range(max(0, len(before) - 4), len(before))):
        return None   # "ولأول مرة منذ بدء الصراع": novelty, not the toll's time
    if w.group("day") and any(x in _RELATIVES for x in before[-8:]):
        return None
    return w.group().strip(), at


CAMPAIGN_NOUNS = frozenset(fold_string(w) for w in """العمليات الهجمات الغارات المواجهات الاشتباكات المعارك
الحملة العملية الحرب القصف الاضطرابات الاحتجاجات التظاهرات الاعتداءات""".split())


VIOLENT_FAMILIES = frozenset({"@kill", "@injure", "@attack", "@explosion", "@bombard"})
VIOLENT_TYPES = frozenset({E.BATTLES, E.EXPLOSIONS, E.VAC})


ACCUSE_WORDS = frozenset(fold_string(w) for w in "اتهم اتهمت".split())
RESULT_WORDS = frozenset(fold_string(w) for w in "أسفر اسفر أسفرت اسفرت أدى ادى أدت ادت".split())


# what a denial may deny other than the act: "نفت قيادة التحالف مسؤوليتها عن الغارة التي ... وأودت بحياة
# 23 مدنيا", "نفى الحزب أي علاقة له بالتفجير": the act is presupposed, only its author is denied
BLAME_WORDS = tuple(fold_string(w) for w in "مسؤولية مسئولية مسؤوليت مسئوليت علاقة علاقت صلة صلت تورط ضلوع".split())
DENY_WORDS = frozenset(fold_string(w) for w in "نفى نفت ينفي تنفي نفي ونفى ونفت".split())


def denies_blame(doc: Doc, mi: int, end: int) -> bool:
    """The denial at token mi is of responsibility for an act ("نفت ... مسؤوليتها عن الغارة"): a
    blame word within its next four tokens (before `end`) and "عن" or "ب" after it."""
    if doc.tokens[mi].norm not in DENY_WORDS:
        return False
    toks = doc.tokens
    for j in range(mi + 1, min(mi + 5, end, len(toks))):
        n = toks[j].norm
        if n.startswith(BLAME_WORDS) or (n.startswith("ال") and n[2:].startswith(BLAME_WORDS)) \
                or (n in ("اي", "أي") and j + 1 < len(toks) and toks[j + 1].norm.startswith(BLAME_WORDS)):
            return True
    return False


_ACCUSER_NOUNS = frozenset(fold_string(w) for w in """الحكومة حكومة السلطات وزارة مصادر ناشطون ناشطين الأمم
منظمة المرصد سكان شهود مسؤولون مسؤولين الرئاسة المعارضة الجيش قيادة""".split())


def _named_accuser(doc: Doc, mi: int) -> bool:
    """The accusing verb at token mi is followed by a named side (an actor mention starts right after)
    or by a body that speaks ("اتهمت الحكومة اليمنية الحوثيين"، "اتهمت مصادر محلية")."""
    if mi + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[mi + 1]
    return nxt.norm in _ACCUSER_NOUNS or any(a.span.start == nxt.span.start for a in doc.actors)


def _told_result(sent_tokens: list[tuple[int, Token]], trig_tok: int) -> bool:
    """The act's result is told after it ("مما أسفر عن مقتل"، "ما أدى إلى إصابة"): the act happened."""
    return any(i > trig_tok and (t.norm in RESULT_WORDS or t.norm[1:] in RESULT_WORDS) for i, t in sent_tokens)


ONE_ACT_NOUNS = frozenset(fold_string(w) for w in """التفجير الانفجار الهجوم الاعتداء الغارة التفجير الانتحاري
الهجوم الانتحاري القصف المجزرة""".split())
# (after a toll's own word, a construct: "عدد قتلى تفجير السيارة المفخخة")
_ONE_ACT_CONSTRUCT = frozenset(fold_string(w) for w in "تفجير انفجار هجوم اعتداء غارة قصف".split())
# twin acts: "حصيلة ضحايا التفجيرين"، "ضحايا تفجيري ساحة الطيران"
_TWIN_ACTS = frozenset(fold_string(w) for w in """التفجيرين الانفجارين الهجومين الاعتداءين الغارتين تفجيري انفجاري
هجومي غارتي""".split())


def _one_act_total(doc: Doc, sent_tokens: list[tuple[int, Token]], mi: int) -> bool:
    """"ارتفعت حصيلة ضحايا التفجير ... إلى 76": a rising toll of one act named right after (a
    singular act noun within four words, or twin acts at one place: "التفجيرين"), in a sentence that names
    no campaign or span of time."""
    toks = doc.tokens
    after = {toks[j].norm for j in range(mi + 1, min(mi + 5, len(toks)))}
    # (after a rise verb and its toll word: "ارتفعت حصيلة ضحايا غارة التحالف على حافلة ...")
    acts = ONE_ACT_NOUNS | _ONE_ACT_CONSTRUCT if toks[mi].norm in TOLL_HEADS or (
        toks[mi].norm in RISE_VERBS and rise_toll_head(toks, mi) == mi + 1) else ONE_ACT_NOUNS
    if after & acts:
        return not campaign_named([t for _, t in sent_tokens])
    if after & _TWIN_ACTS and not campaign_named([t for _, t in sent_tokens]):
        # "ارتفعت حصيلة ضحايا التفجيرين الانتحاريين في ساحة الطيران وسط بغداد أمس إلى 38": twin blasts at
        # one place and time, one event's toll ("تفجيري كنيستي طنطا والإسكندرية": two places, two events)
        lo, hi = sent_tokens[0][1].span.start, sent_tokens[-1][1].span.end
        here = [p.place for p in doc.places if p.place is not None and p.place.lat is not None and lo <= p.span.start < hi]
        return all(_distance_km(a.lat, a.lon, b.lat, b.lon) < 25 for a in here for b in here)
    h = rise_toll_head(toks, mi) if toks[mi].norm in RISE_VERBS else mi
    if h is not None and toks[h].norm in TOLL_HEADS and {toks[j].norm for j in range(h + 1, min(h + 5, len(toks)))} & _FIGHTS:
        # "ارتفعت حصيلة ضحايا الاشتباكات في بنغازي أمس الجمعة إلى 43 قتيلا": one day's fighting, its toll
        lo, hi = sent_tokens[0][1].span.start, sent_tokens[-1][1].span.end
        # (the fighting itself named as such no campaign: its day says it is one day's)
        return any(d.precision == 1 and d.kind != "future" and lo <= d.span.start < hi for d in doc.dates) \
            and not campaign_named([t for _, t in sent_tokens if t.norm not in _FIGHTS])
    # "ارتفع إلى 9 ... عدد الشهداء الذين قضوا جراء إلقاء الطيران المروحي براميل متفجرة صباح اليوم": the rising
    # toll's dead, their cause told in a relative clause
    return (toks[mi].norm in TOLL_HEADS and dead_clause(toks, mi)
            and any(t.norm in RISE_VERBS and t.span.start < toks[mi].span.start for _, t in sent_tokens)
            and not campaign_named([t for _, t in sent_tokens]))


def rise_toll_head(toks, k: int) -> int | None:
    """The toll word a rise verb at token k updates: right after it ("ارتفعت حصيلة ...") or after the new
    figure told first ("ارتفع إلى 9 بينهم طفلان ومواطنة عدد الشهداء ..."), in its sentence; None if none."""
    if k >= len(toks) or toks[k].norm not in RISE_VERBS or k + 1 >= len(toks):
        return None
    if toks[k + 1].norm in TOLL_HEADS:
        return k + 1
    if toks[k + 1].norm not in ("الي", "حتي"):
        return None
    return next((j for j in range(k + 2, min(k + 9, len(toks))) if toks[j].norm in TOLL_HEADS
                 and toks[j].sentence == toks[k].sentence), None)


def dead_clause(toks, h: int) -> bool:
    """The toll word at h is followed by its dead's relative clause and their cause: "عدد الشهداء الذين قضوا
    جراء ..."، "الذين سقطوا في المجزرة ..."."""
    return h + 5 < len(toks) and toks[h + 2].norm in _WHO_DIED and any(
        toks[j].norm in _CAUSE_WORDS or (toks[j].norm == "في" and toks[j + 1].norm in _THE_ACTS)
        for j in range(h + 3, h + 6))


_FIGHTS = frozenset(fold_string(w) for w in "الاشتباكات اشتباكات المعارك معارك المواجهات مواجهات".split())
_TO_RISE = frozenset(fold_string(w) for w in "للارتفاع للازدياد للزيادة مرشح مرشحة مرشحا".split())
_WHO_DIED = frozenset(fold_string(w) for w in "الذين اللذين اللتين اللواتي".split())
_CAUSE_WORDS = frozenset(fold_string(w) for w in "جراء إثر اثر بسبب نتيجة".split())
# "عدد الشهداء الذين سقطوا في المجزرة التي ارتكبتها ...": the one act they fell in
_THE_ACTS = frozenset(fold_string(w) for w in "المجزرة الهجوم القصف الغارة الغارات التفجير الانفجار الاعتداء".split())


# words that tell a place held or besieged, not taken ("الذي كان يسيطر على المدينة"، "الخاضعة لسيطرة التنظيم"،
# "التي يحاصرها"، "المحتلة"): a time after them is how long it has been so ("سيطر" in the past is a taking)
_HOLD_STEMS = ("يسيطر", "تسيطر", "لسيطر", "خاضع", "الخاضع", "يحاصر", "تحاصر", "محاصر", "المحاصر", "يحتل", "تحتل",
               "محتل", "المحتل")


_ANNIVERSARY = frozenset(fold_string(w) for w in "ذكرى الذكرى بذكرى بالذكرى لذكرى للذكرى وذكرى".split())


def _anniversary_before(doc: Doc, sent_tokens, trig_tok: int, toll: bool = False) -> str | None:
    """The anniversary word whose noun phrase holds the cue at trig_tok, a few words before it with no
    punctuation between ("الذكرى السنوية الأولى للتفجير المزدوج بشاحنة مفخخة"), or, with `toll`, whose
    act's toll the cue tells further on ("... للتفجير الذي وقع عند تقاطع زوبي، وأودى بحياة 587 شخصا");
    None if none."""
    first = sent_tokens[0][0]
    for j in range(trig_tok - 1, max(first, trig_tok - (25 if toll else 7)) - 1, -1):
        t = doc.tokens[j]
        if not toll and doc.text[t.span.end:doc.tokens[j + 1].span.start].strip():
            return None   # ("تزامنا مع ذكرى تأسيس الحزب، انفجرت سيارة مفخخة": the act after it)
        if t.norm in _ANNIVERSARY:
            # (its object joined to it: "ذكرى تفجير ..."، "الذكرى الأولى للتفجير"; not "في ذكرى الثورة قتلت
            # الشرطة ...": an act on the day)
            if j + 1 == trig_tok or any(doc.tokens[k].norm.removeprefix("و").startswith("ل")
                                        for k in range(j + 1, min(trig_tok, j + 4) + 1)):
                return doc.span_text(t.span)
            return None
    return None


def _holds(norm: str) -> bool:
    return norm.lstrip("و").startswith(_HOLD_STEMS)


def _held_since(doc: Doc, trig_tok: int, mi: int) -> bool:
    """A word of holding or besieging a place stands between the cue at trig_tok and the time marker
    at mi: the time is the hold's, not the act's."""
    toks = doc.tokens
    return any(_holds(toks[j].norm)
               # "التي ظلت تحت سيطرة حركة الشباب منذ عام 2008"، "التي كانت تتخذها مركزا لها منذ عام 2016"
               or (toks[j].norm in _UNDER and j + 1 < mi and toks[j + 1].norm.startswith(_CONTROL_STEM))
               or toks[j].norm.lstrip("و").startswith(_BASE_STEMS)
               for j in range(trig_tok + 1, mi))


_UNDER = frozenset(fold_string(w) for w in "تحت وتحت".split())
_CONTROL_STEM = fold_string("سيطر")
_BASE_STEMS = tuple(fold_string(w) for w in "تتخذها يتخذها تتخذه يتخذه اتخذتها اتخذها".split())


def _updates_toll_of(doc: Doc, told: Span, rise: tuple[int, int, bool]) -> bool | None:
    """Whether the rise (see casualties.toll_rise) updates the toll told in the span `told`; None when no
    dead are told there."""
    killed, injured = count_casualties(doc, told)
    if killed is None:
        return None
    _, figure, hurt = rise
    return updates_toll(injured if hurt else killed, figure, hurt)


def _toll_update(doc: Doc, sent_tokens: list[tuple[int, Token]]) -> bool:
    """The toll of an act told before, updated: "وفي وقت لاحق، ارتفع عدد الشهداء إلى تسعة بعد وفاة اثنين من
    الجرحى" (the act in one of the two sentences before), "قتل ثمانية مدنيين ...، قبل أن ترتفع الحصيلة إلى 12 قتيلا" (in
    this one, before the rise): a rise verb right before the toll word, no campaign or span of time named,
    and a figure after "إلى" above the toll told before but not dwarfing it."""
    if not sent_tokens or campaign_named([t for _, t in sent_tokens]):
        return False
    toks = [t for _, t in sent_tokens]
    rise = toll_rise(toks, numbers_by_token(doc, toks))
    if rise is None:
        return False
    k = rise[0]
    if k > 0 and (here := _updates_toll_of(doc, Span(toks[0].span.start, toks[k].span.start), rise)) is not None:
        return here
    # the act told in one of the two sentences before (the nearer that tells dead): "وقال شهود إن انتحاريا
    # ... فجر نفسه" may come between the act's toll and its update
    for sj in range(toks[0].sentence - 1, max(-1, toks[0].sentence - 3), -1):
        if (there := _updates_toll_of(doc, doc.sentences[sj], rise)) is not None:
            return there
    return False


def _version_of_toll(doc: Doc, sent_tokens: list[tuple[int, Token]], mi: int) -> bool:
    """"عدد" after another source's "that" ("بينما قال ناشطون إن عدد القتلى بلغ 17"), a toll told
    before it in the sentence, and no campaign or span of time named: the same act's toll in that
    source's words, not a running total."""
    first = sent_tokens[0][0]
    toks = [t for _, t in sent_tokens]
    k = mi - first
    if campaign_named(toks) or not any(
            tr.cue == "@kill" and sent_tokens[0][1].span.start <= tr.span.start < doc.tokens[mi].span.start
            for tr in doc.triggers):
        return False
    return other_version(toks, max(0, k - 8), k)


# a clause after the act that tells a total it adds to: "، ليرتفع عدد القتلى ... منذ مطلع الشهر إلى 60"،
# "، ما يرفع عدد ... هذا الشهر إلى 90"، "، في حين بلغ عدد القتلى منذ بداية العام ..."
TOTAL_CLAUSE_OPENERS = frozenset(fold_string(w) for w in """ليرتفع لترتفع ليصل لتصل ليبلغ ليرفع يرفع يرتفع ترتفع وبذلك
وبهذا""".split())
_TOTAL_CLAUSE_JOINS = frozenset(fold_string(w) for w in "ما مما بما في فيما بينما حين".split())


def _later_total_clause(doc: Doc, trig_tok: int, mi: int) -> bool:
    """The marker at token mi stands in a clause after the cue's, opened after a comma by a word that
    adds the act to a total ("، ليرتفع عدد القتلى منذ ..."، "، ما يرفع ..."، "، في حين بلغ ...")."""
    return mi > trig_tok and total_clause_start(doc, trig_tok, mi) is not None


def _clause_of(doc: Doc, sent_tokens: list[tuple[int, Token]], k: int) -> tuple[int, int]:
    """(first, last) token of the comma-bounded clause of token k within its sentence."""
    text = doc.article.text
    lo, hi = sent_tokens[0][0], sent_tokens[-1][0]
    first = k
    while first > lo and not any(ch in text[doc.tokens[first - 1].span.end:doc.tokens[first].span.start] for ch in "،,"):
        first -= 1
    last = k
    while last < hi and not any(ch in text[doc.tokens[last].span.end:doc.tokens[last + 1].span.start] for ch in "،,"):
        last += 1
    return first, last


def _total_told_after(doc: Doc, sent_tokens: list[tuple[int, Token]], trig: TriggerMention, trig_tok: int,
                      mi: int) -> bool:
    """The period's toll at mi is told in a later clause than an act that is no killing: "والتنظيم
    استولى على مقر قيادة العمليات، مضيفا أن نحو 500 شخص قتلوا منذ يوم الجمعة" (the act stands, the
    total is not its toll)."""
    if trig.cue in ("@kill", "@injure") or mi <= trig_tok:
        return False
    return mi > _clause_of(doc, sent_tokens, trig_tok)[1]


# a day this many days or fewer before the article is an act's own day, not a campaign's start
OWN_DAY_DAYS = 7


def _own_day_apart(doc: Doc, sent_tokens: list[tuple[int, Token]], trig_tok: int, mi: int) -> bool:
    """The marker at mi stands in another clause than the cue at trig_tok, and the cue's clause tells a
    day of the last week of its own ("وقتل اليوم 5 من عناصر المقاومة")."""
    pub = doc.article.published
    if pub is None:
        return False
    first, last = _clause_of(doc, sent_tokens, trig_tok)
    if first <= mi <= last:
        return False
    if mi > last:
        # the day may stand in a clause of its own between them: "اغتال مسلحون مجهولون، فجر أمس الأحد، ناشطا
        # في مدينة العمارة، في حادثة هي الثالثة من نوعها منذ مطلع العام"
        last = _clause_of(doc, sent_tokens, mi)[0] - 1
    lo, hi = doc.tokens[first].span.start, doc.tokens[last].span.end
    return any(lo <= d.span.start and d.span.end <= hi and d.precision == 1 and d.value is not None
               and 0 <= (pub - d.value).days <= OWN_DAY_DAYS for d in doc.dates)


def total_clause_start(doc: Doc, trig_tok: int, last: int) -> int | None:
    """The first token of a clause after the cue at trig_tok (up to token `last`) that adds the act
    to a total (see _later_total_clause), or None."""
    toks = doc.tokens
    mi = min(last, len(toks) - 1)
    text = doc.article.text
    for j in range(trig_tok + 1, mi + 1):
        gap = text[toks[j - 1].span.end:toks[j].span.start]
        if "،" not in gap and "," not in gap:
            continue
        k = j
        while k < mi and toks[k].norm in _TOTAL_CLAUSE_JOINS:
            k += 1
        if toks[k].norm in TOTAL_CLAUSE_OPENERS or (k > j and toks[k].norm in _TOTAL_VERBS):
            if _updated_here(doc, j, mi):
                continue   # "، فيما ارتفع عدد القتلى في وقت لاحق إلى 15": the act's own toll, updated
            return j
    return None


def _updated_here(doc: Doc, j: int, last: int) -> bool:
    """The clause from token j (to `last`) updates the toll told before it in its sentence (see _toll_update)."""
    clause = doc.tokens[j:last + 1]
    rise = toll_rise(clause, numbers_by_token(doc, clause))
    if rise is None or campaign_named(clause):
        return False
    head = doc.sentences[doc.tokens[j].sentence].start
    return bool(_updates_toll_of(doc, Span(head, doc.tokens[j].span.start), rise))


_TOTAL_VERBS = frozenset(fold_string(w) for w in "بلغ وصل ارتفع تجاوز يرفع يبلغ يصل".split())


HABITUAL_FACTOR = 0.3
BACKGROUND_FACTOR = 0.1
_BACKGROUND_OPENERS = frozenset(fold_string(w) for w in "يذكر ويذكر يشار ويشار وتجدر تجدر".split())
_COPULAS = frozenset(fold_string(w) for w in "وكان وكانت كان كانت".split())
# words that date a sentence besides the recent days' (RECENT_DAY_WORDS) and the months'
_DATED_WORDS = frozenset(fold_string(w) for w in "الشهر شهر الأسبوع الاسبوع صباح مساء فجر".split())


def _background_opener(doc: Doc, sent_tokens: list[tuple[int, Token]], sentence: Span) -> bool:
    """The sentence opens as background ("وكان X قد ..."، "ويذكر أن"، "وتجدر الإشارة إلى أن") and names no
    day, date or recent time of its own."""
    if not sent_tokens or sent_tokens[0][1].sentence == 0:
        return False   # (the lead is no background)
    head = [t.norm for _, t in sent_tokens[:6]]
    pluperfect = head[0] in _COPULAS and any(n in ("قد", "وقد") for n in head[1:6])
    if not pluperfect and head[0] not in _BACKGROUND_OPENERS:
        return False
    if any(sentence.contains(d.span) for d in doc.dates):
        return False   # "وكان ثلاثة مدنيين قد قتلوا ... أمس": a recent event recounted
    told = {p.place.id for p in doc.places if p.place is not None and p.span.end <= sentence.start}
    if not any(p.place is not None and sentence.contains(p.span) and p.place.id not in told for p in doc.places):
        return False   # "وكان انتحاري ... قد فجرها وسط السوق": the act told above, in detail (no new place)
    # (a day or month told though the article has no date to read it by: "في الثالث من الشهر الحالي";
    # "في وقت سابق": earlier, the same day)
    raw = [t.norm for _, t in sent_tokens]
    return not (any((n := w.lstrip("وب")) in RECENT_DAY_WORDS or n in MONTHS or n in _DATED_WORDS for w in raw)
                or any(a == "وقت" and b in ("سابق", "لاحق") for a, b in zip(raw, raw[1:])))
_WHENEVER = frozenset(fold_string(w) for w in "حين وحين عندما وعندما كلما وكلما حينما وحينما".split())


def _habitual(sent_tokens: list[tuple[int, Token]], trig_tok: int) -> bool:
    """The sentence opens (within its first three words) on "حين"، "عندما" or "كلما" followed by a
    present-tense verb (ي/ت + three letters or more), before the cue or the cue itself ("في حين تتواصل
    الاشتباكات": the contrastive "whereas" of the Observatory's reports tells of the act)."""
    head = sent_tokens[:4]
    return any(t.norm in _WHENEVER and k + 1 < len(head) and head[k + 1][0] <= trig_tok
               and not (k > 0 and head[k - 1][1].norm.lstrip("و") == "في")   # "في حين": "whereas", no "when"
               and head[k + 1][1].norm[:1] in "يت" and len(head[k + 1][1].norm) >= 4
               for k, (_, t) in enumerate(head[:3]))


def _countered(doc: Doc, mi: int, trig_tok: int) -> bool:
    """The denial at token mi is set against another's account of the act at trig_tok: "رغم نفي
    الحوثيين، قالت الحكومة إن ثلاثة صواريخ ..."، "نفى الجيش التعليق، لكن شهود عيان أكدوا أن طائرات قصفت"."""
    if mi >= trig_tok or doc.tokens[mi].norm.lstrip("وب").removeprefix("ال") not in DENIAL_WORDS:
        return False
    if mi > 0 and doc.tokens[mi - 1].norm.lstrip("وب").removeprefix("ال") in _DESPITE:
        return True
    return any(doc.tokens[j].norm.lstrip("و") in _BUT_WORDS or (
        doc.tokens[j].norm.lstrip("و") in SPEAKER_VERBS
        and doc.text[doc.tokens[j - 1].span.end:doc.tokens[j].span.start].strip() in ("،", ","))
        for j in range(mi + 1, trig_tok))


_CHARGE_STEM = fold_string("اتهام")
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def _charge_of_victims(norm: str) -> bool:
    """"اتهامهما"، "باتهامه": the charge with the pronoun of those charged."""
    w = norm.lstrip("وب")
    return w.startswith(_CHARGE_STEM) and w[len(_CHARGE_STEM):] in _PRONOUNS


# (not "عقب"، "إثر"، "غداة": the act just before the day's news, "اشتباكات تجري الآن في لودر عقب السيطرة على
# جبل يسوف", is news itself)
_TIME_OF_WORDS = frozenset(fold_string(w) for w in "بعد وبعد فبعد قبل وقبل منذ ومنذ".split())
# spans of time in "بعد أيام من ..."، "بعد أسابيع على ..." (since an earlier act); the words between
SPAN_OF_TIME = frozenset(fold_string(w) for w in """أيام ايام أسابيع اسابيع أشهر اشهر شهور أعوام اعوام سنوات
يومين أسبوعين اسبوعين شهرين عامين أسبوع اسبوع شهر عام ساعات""".split())
SPAN_OF = frozenset(fold_string(w) for w in "من على".split())
# a background clause after a comma opens on one of these: "، وكانت المقاومة قد ..."، "، بعد أسابيع من ..."
BACKGROUND_OPENERS = frozenset(fold_string(w) for w in "وكان وكانت وكانوا وكانا وكانتا".split())
SINCE_OPENERS = frozenset(fold_string(w) for w in "بعد عقب منذ".split())
_ITS_OWN_DAY = frozenset(fold_string(w) for w in "أمس امس اليوم الليلة فجر صباح مساء ظهر".split())


def _ground_taken_before(doc: Doc, sent_tokens: list[tuple[int, Token]], trig_tok: int) -> bool:
    """The territory cue is a verbal noun right after "بعد"، "قبل"، "منذ" (or "بعد أيام من/على"), with no day
    word of its own in the six words after it ("بعد سيطرتها على المدينة أمس" is the day's act)."""
    first = sent_tokens[0][0]
    k = trig_tok - 1
    if k >= first + 2 and doc.tokens[k].norm in SPAN_OF and doc.tokens[k - 1].norm in SPAN_OF_TIME:
        k -= 2
    if k < first or doc.tokens[k].norm not in _TIME_OF_WORDS:
        return False
    last = sent_tokens[-1][0]
    return not any(doc.tokens[j].norm.lstrip("و") in _ITS_OWN_DAY for j in range(trig_tok + 1, min(last + 1, trig_tok + 7)))


# what makes an arrest political (ACLED_CODING §2): terrorism, a cell, militants, an armed group, a protest,
# activists, the opposition, weapons, spying, soldiers or the occupation named in the sentence
_POLITICAL_ARREST_RE = re.compile(
    "|".join(fold_string(w) for w in """ارهاب إرهاب متشدد تكفير خلية خلايا متطرف داعش القاعدة تنظيم
    الحوثي حوثي حزب مسلح ميليشي مليشي متمرد مظاهر متظاهر تظاهر احتجاج محتج ناشط معارض سياسي أسلحة اسلحة
    متفجرات ذخائر ذخيرة تجسس جندي جنود عسكري الاحتلال""".split()))


# the verbs of carrying out (triggers.CARRYING_OUT), their present tense and verbal noun
_EXECUTE_VERBS = CARRYING_OUT | frozenset(fold_string(w) for w in "ينفذ تنفذ تنفيذ بتنفيذ".split())


def _carried_out_by_armed_group(doc: Doc, sent_tokens: list[tuple[int, Token]], mi: int) -> bool:
    """"نفذ تنظيم داعش حكم الإعدام بحق ...": the sentence at token mi ("حكم") is carried out (a verb of
    carrying out within the four tokens before) by a rebel or militia side named before it, no court."""
    first = sent_tokens[0][0]
    if not any(doc.tokens[j].norm.lstrip("و") in _EXECUTE_VERBS for j in range(max(first, mi - 4), mi)):
        return False
    lo = doc.tokens[first].span.start
    return any(lo <= a.span.start < doc.tokens[mi].span.start and a.actor.kind in ("rebel", "militia")
               for a in doc.actors)


# the killer's own kin as the kill verb's object: "قتل والدته"، "قتلت زوجها"
_OWN_KIN = frozenset(fold_string(w) for w in """والدته والده والدتها والدها زوجته زوجها شقيقه شقيقته شقيقها شقيقتها
ابنه ابنته ابنها ابنتها أمه امه أباه اباه أبيه ابيه طليقته طليقها أطفاله اطفاله أبناءه ابناءه""".split())
def _own_kin_killed(doc: Doc, si: int) -> str | None:
    """The killer's own kin told as the object right after a kill cue in sentence si ("قتل والدته")."""
    toks = doc.tokens
    for t in doc.triggers:
        if t.sentence != si or t.cue != "@kill":
            continue
        k = token_at(doc, t.span.end - 1) + 1
        if k < len(toks) and toks[k].sentence == si and toks[k].norm in _OWN_KIN:
            return doc.span_text(toks[k].span)
    return None


_ONE_PERSON = frozenset(fold_string(w) for w in """مواطن مواطنا شخص شخصا شاب شابا رجل رجلا مقيم مقيما وافد وافدا
امرأة امراة سيدة فتاة فتى""".split())


def _one_unnamed_arrested(doc: Doc, trig: TriggerMention) -> bool:
    """The arrest cue's object, right after it, is one person told by a common noun ("القبض على مواطن")
    and no name or office follows it (a name is a significant person, "على شاب يدعى ..." aside)."""
    k = token_at(doc, trig.span.end - 1) + 1
    toks = doc.tokens
    if k >= len(toks) or toks[k].sentence != trig.sentence or toks[k].norm.lstrip("و") not in _ONE_PERSON:
        return False
    return not any(a.span.start >= toks[k].span.end and a.span.start - toks[k].span.end <= 2
                   and a.actor.kind not in ("civilians", "unidentified") for a in doc.actors)


RELATIVE_FACTOR = 0.3   # as modality.tsv weighs the verb right after "الذي/التي/الذين"
# ground changing hands, by fighting or not (events.TERRITORY_SUBS holds the first two only)
_TERRITORY_SUBS = frozenset({S.GOV_REGAINS, S.NSA_OVERTAKES, S.NONVIOLENT_TRANSFER})


def _in_relative_clause(doc: Doc, trig: TriggerMention, k: int) -> bool:
    """The ground-taking cue at token k, joined by "و", is the second verb of a relative clause ("الذين
    اجتاحوا صنعاء واحتلوا"): a relative pronoun, then a word, within the five tokens before it and no
    comma between. (Ground taken only: "الغارة التي استهدفت السوق وقتلت 20 شخصا" holds the day's toll.)"""
    if trig.cue != "@territory" and trig.sub_event_type not in _TERRITORY_SUBS:
        return False
    toks = doc.tokens
    for r in range(max(0, k - 5), k - 1):
        if toks[r].sentence == trig.sentence and toks[r].norm in RELATIVES \
                and "،" not in doc.text[toks[r].span.end:trig.span.start]:
            return True
    return False


def political_arrest(doc: Doc, sentence: Span) -> bool:
    """The sentence names what makes an arrest political (_POLITICAL_ARREST_RE), or a rebel, militia,
    foreign or protesting side ("ضبط أسلحة ومخدرات في وكر لخلية إرهابية")."""
    lo, hi = doc.offsets.to_folded(sentence.start), doc.offsets.to_folded(sentence.end)
    return _POLITICAL_ARREST_RE.search(doc.folded, lo, hi) is not None or any(
        sentence.contains(a.span) and a.actor.kind in ("rebel", "militia", "protesters", "external")
        for a in doc.actors)


# "منذ مساء أمس"، "منذ يوم الأحد": a day of the last week after "منذ" is when an act began, its day
SINCE_DAY_DAYS = 7


def _recent_date_at(doc: Doc, offset: int) -> bool:
    """A date mention of the week before the article starts at the original offset."""
    pub = doc.article.published
    return pub is not None and any(d.span.start == offset and d.value is not None
                                   and 0 <= (pub - d.value).days <= SINCE_DAY_DAYS for d in doc.dates)


# "ويأتي تفجير القنصلية بعد أقل من أسبوعين على اغتيال النائب العام ..."، "وجاء الهجوم بعد أسابيع من
# تفجيرين انتحاريين ...": the report set against earlier acts; those are background however much they
# tell (a weapon, a toll), not new events (an act it coincided with, "تزامن مع هجوم على فندق في سوسة",
# happened that day: its own event)
_AFTER = fold_string("بعد")
# spans of a few days or more: "بعد أقل من أسبوعين على"، "بعد عشرة أيام من"، "بعد أسابيع من"
_LONG_SPANS = frozenset(fold_string(w) for w in """أيام ايام أسبوع اسبوع أسبوعين اسبوعين أسابيع اسابيع شهر شهرين
أشهر اشهر شهور عام عامين أعوام اعوام سنة سنتين سنوات""".split())
_COMES_HEAD = 6   # "ويأتي تفجير القنصلية الإيطالية بعد": how far into the sentence "بعد" may stand


# spans of hours or a day or two: "وجاءت الغارات بعد يوم من هجوم شنه ..."، "بعد ساعات من"
_SHORT_SPANS = frozenset(fold_string(w) for w in "يوم يومين ساعات ساعة ساعتين ليلة".split())


def _span_after(toks: list[Token], j: int, end: int) -> str | None:
    """"long" or "short" for the first span of time among the tokens after the "بعد" at j, before
    token `end` ("بعد أسابيع من": long; "بعد يوم من"، "بعد ساعات على": short), else None."""
    for k in range(j + 1, end):
        if toks[k].norm in _LONG_SPANS:
            return "long"
        if toks[k].norm in _SHORT_SPANS:
            return "short"
    return None


def comes_after(doc: Doc, sent_tokens: list[tuple[int, Token]]) -> int | None:
    """The token of "بعد" in a sentence that opens by setting something after an act ("وجاءت
    الغارات بعد ..."، "ويأتي الهجوم بعد أسابيع من ..."): what stands between the verb and "بعد" is
    an act told before; None otherwise."""
    first = sent_tokens[0][0]
    toks = doc.tokens
    if toks[first].norm not in COMES_VERBS:
        return None
    last = sent_tokens[-1][0]
    return next((j for j in range(first + 1, min(last, first + _COMES_HEAD + 1)) if toks[j].norm == _AFTER), None)


def _comes_with_recent_act(doc: Doc, sent_tokens: list[tuple[int, Token]], mi: int) -> bool:
    """After the link verb at mi, the sentence names a day of its own (a recent day word: "أمس"،
    "الخميس"; "بعد يوم/ساعات من"، "غداة") and no span of days or more after a "بعد" ("بعد أسابيع
    من": background)."""
    toks = doc.tokens
    last = sent_tokens[-1][0]
    if any(toks[j].norm == _AFTER and _span_after(toks, j, min(last + 1, j + 4)) == "long"
           for j in range(mi + 1, last + 1)):
        return False
    # "يأتي ذلك بعد يوم من مقتل طفلة ..."، "يأتي ذلك غداة مقتل طفلة": an act a day or hours before,
    # told with its dead ("بعد يومين من وصول تعزيزات" tells no act of violence)
    if any(toks[j].norm == _AFTER and _span_after(toks, j, min(last + 1, j + 3)) == "short"
           or toks[j].norm.lstrip("و") == MORROW for j in range(mi + 1, min(last + 1, mi + _COMES_HEAD + 1))) \
            and any(t.cue == "@kill" and toks[mi].span.end <= t.span.start and t.span.end <= toks[last].span.end
                    for t in doc.triggers):
        return True
    return any(toks[j].norm.lstrip("وب") in RECENT_DAY_WORDS for j in range(mi + 1, last + 1))


MORROW = fold_string("غداة")


def comes_after_recent(doc: Doc, sent_tokens: list[tuple[int, Token]]) -> int | None:
    """The token of "بعد" in a sentence that sets the report after an act hours or a day or two
    before ("وجاءت الغارات بعد يوم من هجوم شنه مقاتلو جيش الإسلام على مواقع لقوات النظام"): what
    follows it is that other, earlier act, with its own sides and place; None otherwise."""
    j = comes_after(doc, sent_tokens)
    if j is None:
        return None
    toks = doc.tokens
    last = sent_tokens[-1][0]
    if _span_after(toks, j, min(last, j + 4)) != "short":
        return None
    return j if any(toks[i].norm in SPAN_OF for i in range(j + 2, min(last + 1, j + 7))) else None


def after_recent_act(doc: Doc, sent_tokens: list[tuple[int, Token]], trig_tok: int) -> int | None:
    """The token of a "بعد" inside the sentence after which the cue at trig_tok names an earlier act,
    hours, days or weeks before the one the sentence tells first: "قتل مسلحون شاباً في مدينة نوى بعد يومين
    من اختطافه" (the killing is the report; the abduction, right after "بعد <span> من", was before it).
    None otherwise, and when no act is told before the "بعد"."""
    toks = doc.tokens
    first = sent_tokens[0][0]
    if trig_tok < first + 3 or toks[trig_tok - 1].norm not in SPAN_OF:
        return None
    j = next((k for k in range(trig_tok - 2, max(first, trig_tok - 5), -1) if toks[k].norm == _AFTER), None)
    span = None if j is None else _span_after(toks, j, trig_tok - 1)
    # (weeks or months before, only a captivity that ended in the killing: "بعد أسابيع من اختطافه"; another
    # act so far back is background the sentence's own rules weigh)
    if span is None or (span == "long" and not any(
            t.sub_event_type in (S.ABDUCTION, S.ARRESTS) and token_at(doc, t.span.start) == trig_tok
            for t in doc.triggers)):
        return None
    lo, hi = toks[first].span.start, toks[j].span.start
    return j if any(lo <= t.span.start and t.span.end <= hi and t.cue in ("@kill", "@attack", "@injure")
                    for t in doc.triggers) else None


def compared_before(doc: Doc, sent_tokens: list[tuple[int, Token]], trig_tok: int) -> int | None:
    """The token of the "بعد" after which the cue at trig_tok tells an earlier act the report is set
    against, or None."""
    j = comes_after(doc, sent_tokens)
    # (not "بعد ساعات من استشهاد الجندي"، "بعد يومين من": recent acts, dated from it)
    if j is None or j >= trig_tok or _span_after(doc.tokens, j, min(trig_tok, j + 5)) != "long":
        return None
    toks = doc.tokens
    w = next((k for k in range(trig_tok - 1, j, -1) if toks[k].norm in EXPLAINING), None)
    if w is not None:
        # "وجاء ذلك بعد أيام من المعارك ...، حيث اندلعت أمس الأحد اشتباكات ...": the clause "حيث" (or "إذ")
        # opens reports an act of its own day, not the earlier fighting it is set against
        lo = toks[w].span.end
        hi = toks[min(trig_tok + 4, sent_tokens[-1][0])].span.end
        if any(d.precision == 1 and d.kind != "future" and lo <= d.span.start < hi for d in doc.dates):
            return None
    return j


_HEDGED_HEADS = frozenset(fold_string(w) for w in """طائرات طائرة مقاتلات طيران الطيران غارات غارة حربية حربي
الحربية مسيرة مسيرات قوات مسلحين مسلحون""".split())


def _hedged_doer(doc: Doc, mi: int) -> bool:
    """The hedge at token mi ("يرجح"، "يعتقد") is told of whose aircraft or men did it: right after an
    aircraft, a strike or a force noun, then "أنها" and a side's adjective ("طائرات حربية يرجح أنها روسية")."""
    toks = doc.tokens
    if mi < 1 or mi + 2 >= len(toks) or toks[mi + 1].norm not in HEDGE_THAT:
        return False
    adj = toks[mi + 2].norm.removeprefix("ال")
    return toks[mi - 1].norm.lstrip("و") in _HEDGED_HEADS and adj.endswith(("ي", "يه", "يا", "يين", "يون"))


_SIDES = frozenset(("state", "rebel", "militia", "coalition", "external"))   # armed sides an epithet can name


def _condemned_with_day(doc: Doc, sent_tokens: list[tuple[int, Token]]) -> int | None:
    """The relative pronoun of a sentence that opens with a condemnation of an act described by a
    relative clause with a recent day of its own ("أدانت الحكومة العراقية الضربات الأمريكية التي
    استهدفت فجر اليوم منطقة جرف النصر"، "ندد المتحدث بالهجوم الذي نفذه مسلحون أمس على ..."); None
    otherwise. The condemnation tells of the act, and the clause reports it, dated, as a lead would
    ("ودان جعجع خطف زياد قبلان": no day, no report): the sentence's cues keep their weight."""
    first, last = sent_tokens[0][0], sent_tokens[-1][0]
    toks = doc.tokens
    if not any(toks[k].norm.lstrip("و") in CONDEMN_WORDS for k in range(first, min(first + 3, last + 1))):
        return None
    for r in range(first + 2, min(last, first + 12)):
        if toks[r].norm not in RELATIVES:
            continue
        # the pronoun's head is an act named by a cue, the pronoun's adjective or two apart
        head = any(t.span.start >= toks[max(first, r - 3)].span.start and t.span.end <= toks[r].span.start
                   for t in doc.triggers)
        if not head:
            return None
        end = next((k for k in range(r + 1, min(last + 1, r + 7)) if toks[k].norm in CLAUSE_BREAKS - {"و"}), min(last + 1, r + 7))
        lo, hi = toks[r + 1].span.start, toks[end - 1].span.end
        if not any(lo <= d.span.start < hi and d.kind != "future" and any(
                toks[k].norm.lstrip("وبف") in RECENT_DAY_WORDS for k in range(token_at(doc, d.span.start), end)
                if toks[k].span.start < d.span.end) for d in doc.dates):
            return None
        return r
    return None


_JOINED_REACH = 6


def _joined_to_cue(doc: Doc, mi: int, trig_tok: int) -> bool:
    """The cue at trig_tok is a definite verbal noun after "و" ("والسيطرة") and another cue stands between
    the modal word at mi and it, none of the words between a verb's clause break."""
    toks = doc.tokens
    if not toks[trig_tok].norm.startswith("وال") or trig_tok - mi < 2:
        return False
    lo, hi = toks[mi].span.end, toks[trig_tok].span.start
    if any(toks[k].norm in CLAUSE_BREAKS - {"و"} for k in range(mi + 1, trig_tok)):
        return False
    return any(lo <= t.span.start < hi for t in doc.triggers)


def modality_factor(doc: Doc, resources, sent_tokens: list[tuple[int, Token]], sentence: Span,
                     trig_tok: int, trig: TriggerMention, mods) -> tuple[float, list[str]]:
    factor = 1.0
    why: list[str] = []
    recent = None
    known: list[bool] = []

    def political() -> bool:   # (read once a call, and only for an arrest cue)
        if not known:
            known.append(political_arrest(doc, sentence))
        return known[0]

    condemned = _condemned_with_day(doc, sent_tokens)
    for m in mods:
        entry = m.value
        mi = m.first
        if condemned is not None and (entry.kind == "call" and mi < condemned or entry.kind == "relative" and mi == condemned):
            continue  # "أدانت الحكومة الغارة الأمريكية التي استهدفت فجر اليوم مقرا ...": the act condemned, dated
        if entry.kind == "speculation" and _hedged_doer(doc, mi):
            continue  # "شنت طائرات حربية يرجح أنها روسية غارات": whose jets is hedged, not the strikes
        if entry.kind == "crime" and any(a.span.start <= doc.tokens[mi].span.start < a.span.end
                                         and a.actor.kind in _SIDES for a in doc.actors):
            continue  # "قصفت عصابات حفتر أحياء سكنية": an armed side's epithet, no gang's crime
        if entry.kind == "celebration" and trig.event_type is not E.PROTESTS:
            continue  # ("انفجار استهدف حفلا للاحتفال بالعيد": a bombing at a celebration is one)
        if entry.kind == "offence" and (trig.sub_event_type is not S.ARRESTS or political()):
            continue  # (a common offence weighs arrests only, and not those of militants or protesters)
        if entry.kind == "history" and doc.tokens[mi].norm in PLUPERFECT and mi + 1 < len(doc.tokens) \
                and doc.tokens[mi + 1].norm in NOVELTY_WORDS:
            continue  # "وكانت أعنف تلك العمليات انفجار ...": the copula ranks the day's events, no history
        if entry.pattern == "في وقت سابق" and (trig.cue in VIOLENT_FAMILIES or trig.event_type in VIOLENT_TYPES) and any(doc.tokens[j].norm.lstrip("وف") in SPEAKER_VERBS
                                                  for j in range(max(sent_tokens[0][0], mi - 3), mi)):
            continue  # "ذكرت الشرطة في وقت سابق أن 5 حراس قتلوا": what was said earlier, not an earlier event
        if entry.kind == "future" and doc.tokens[mi].norm.lstrip("و") == MORROW:
            continue  # "غداة مقتل طفلة": the day after an act, no "غدا" (tomorrow)
        if entry.kind == "history" and doc.tokens[mi].norm in COMES_VERBS and _comes_with_recent_act(doc, sent_tokens, mi):
            continue  # "ويأتي ذلك بعد أن قتل أربعة جنود أفغان أمس في هجوم"، "وتأتي هذه التطورات فيما قتل ...
            # أمس"، "ويأتي ذلك رغم استمرار أعمال العنف، إذ قتل جنديان الخميس": the link sets the news beside
            # an act of its own recent day, told as news
        if entry.kind == "history" and (doc.tokens[mi].norm in PLUPERFECT or entry.pattern == "في وقت سابق"):
            if recent is None:
                recent = any(t.norm.lstrip("وب") in RECENT_DAY_WORDS for _, t in sent_tokens) or any(
                    a.norm.lstrip("وب") == _WEEK and b.norm in _PAST_WORDS
                    for (_, a), (_, b) in zip(sent_tokens, sent_tokens[1:]))   # "الأسبوع الماضي"
            if recent:
                continue  # "وكان انتحاريان قد فجرا نفسيهما ... أمس": a recent event recounted, not history
        if entry.kind == "history" and trig.lemma == FALL_LEMMA and doc.tokens[mi].norm in SINCE_WORDS \
                and mi + 1 < len(doc.tokens) and _recent_date_at(doc, doc.tokens[mi + 1].span.start):
            continue  # "باتت مدينة تدمر منذ مساء أمس تحت سيطرة تنظيم داعش": it fell then
        if entry.kind in ("history", "total") and doc.tokens[mi].norm in SINCE_WORDS and any(
                ranked_at([t.norm for t in doc.tokens[j:j + 2]], 0) for j in range(max(sent_tokens[0][0], mi - 6), mi)):
            continue  # "هي الأولى من نوعها منذ العام 2003"، "الأعنف منذ"، "في أول غارة روسية على المدينة منذ عام
            # 2016": novelty, not the event's time
        if entry.kind in ("history", "total") and entry.scope == "sentence" and _own_day_apart(doc, sent_tokens, trig_tok, mi):
            continue  # "قتل 5 مدنيين في قصف على حلب اليوم، في إطار الحملة المستمرة منذ مطلع الشهر": the campaign
            # frames the act, told with its own day in a clause of its own
        if entry.kind == "total" and doc.tokens[mi].norm.lstrip("و") in DURING_WORDS and any(
                doc.tokens[j].norm.lstrip("وفب") in RANK_WORDS for j in range(max(sent_tokens[0][0], mi - 3), mi)):
            continue  # "في ثالث هجوم خلال الأسبوع الماضي": the act ranked among others of a period, told itself
        if entry.kind == "negation" and fold_string(entry.pattern) in DENIAL_WORDS and _countered(doc, mi, trig_tok):
            continue
        if entry.kind == "total" and entry.pattern == "حتى الآن" and any(
                doc.tokens[j].norm.lstrip("وف") in ("لم", "لا") for j in range(max(sent_tokens[0][0], mi - 8), mi)):
            continue  # "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن": not yet, no running total
        if entry.kind == "total" and doc.tokens[mi].norm in RANK_WORDS and mi > 0 \
                and doc.tokens[mi - 1].norm.lstrip("وف") in _HURT_VERBS:
            continue  # "قتل جنديان وأصيب ثالث بانفجار لغم": a third man hurt, no act ranked among others
        if entry.kind == "total" and " " not in entry.pattern and doc.tokens[mi].norm.lstrip("وبل").startswith("ال") \
                and not fold_string(entry.pattern).startswith("ال"):
            continue  # "وحده" (alone) is a total, "ولاية الوحدة" a name; "العدد" is no "عدد"
        if entry.kind in ("speculation", "verdict") and fold_string(entry.pattern) in ACCUSE_WORDS \
                and _named_accuser(doc, mi) and _told_result(sent_tokens, trig_tok):
            # "اتهم الجيش المتمردين بشن هجوم ... مما أسفر عن مقتل 18 جنديا": a side blames another for an
            # act whose toll is told; who did it is claimed, the act is not in doubt (a charge, "واتهم
            # الأربعة بأنهم ...", names no side after its verb)
            continue
        if entry.kind in ("speculation", "verdict") and fold_string(entry.pattern) in ACCUSE_WORDS and mi > trig_tok \
                and any(tr.cue in ("@kill", "@injure") and doc.tokens[mi].span.start > tr.span.start
                        and sent_tokens[0][1].span.start <= tr.span.start for tr in doc.triggers) \
                and doc.tokens[mi].norm[:1] == "و":
            # "قتل 4 أطفال بقذيفة هاون ...، واتهمت مصادر محلية جماعة الحوثي بإطلاقها": the dead are told
            # first; the accusation after them names who is blamed, the act is not in doubt
            continue
        if entry.kind in ("speculation", "verdict") and mi > trig_tok and _charge_of_victims(doc.tokens[mi].norm):
            # "أعدم مسلحون من تنظيم القاعدة رجلين ... بعد اتهامهما بالتجسس": the charge laid on the victims
            # is the act's pretext, not a doubt about it
            continue
        if entry.kind == "verdict" and _carried_out_by_armed_group(doc, sent_tokens, mi):
            continue  # "نفذ تنظيم داعش حكم الإعدام بحق ثلاثة شبان": an armed group's killing, no court's
        if entry.kind == "negation" and mi < trig_tok and denies_blame(doc, mi, trig_tok):
            continue  # "نفت قيادة التحالف مسؤوليتها عن الغارة": its author is denied, not the act
        if entry.kind == "total" and entry.pattern == "عدد" and mi + 2 < len(doc.tokens) and doc.tokens[mi + 1].norm == "من" \
                and (doc.tokens[mi + 2].norm.removeprefix("ال") in COUNTED_THINGS or doc.tokens[mi + 2].norm.startswith("ال")):
            continue  # "سقط عدد من المقذوفات على الأحياء السكنية"، "سقوط عدد من الجرحى": several, no total
            # (not "عدد من قتلوا منذ ...": the number of those killed)
        if entry.kind == "total" and entry.pattern == "عدد" and trig_tok == mi + 1 and mi + 2 < len(doc.tokens) \
                and doc.tokens[mi + 2].norm in _TO_RISE:
            continue  # "ما يرشح عدد الشهداء للارتفاع": the act's own toll, expected to rise
        if entry.kind == "total" and entry.pattern == "عدد" and _version_of_toll(doc, sent_tokens, mi):
            continue  # "... بينما قال ناشطون إن عدد القتلى بلغ 17": another source's toll of the act just told
        if entry.kind == "total" and _one_act_total(doc, sent_tokens, mi):
            continue  # "ارتفعت حصيلة ضحايا التفجير الانتحاري ... إلى 76 قتيلا": the one act's toll, updated
        if entry.kind == "history" and entry.scope == "sentence" and mi > trig_tok and _held_since(doc, trig_tok, mi):
            continue  # "... تنظيم داعش الذي كان يسيطر على المدينة منذ عام 2015": how long the place was held
        if entry.kind == "total" and _toll_update(doc, sent_tokens):
            continue  # "وفي وقت لاحق، ارتفع عدد الشهداء إلى تسعة": the toll of the act just told, updated
        if entry.kind == "support" and trig.event_type is not E.EXPLOSIONS and trig.cue != "@bombard":
            continue  # "تساندهم طائرات مروحية واعتقلوا خمسة": backing weighs the strike named, not the arrest
        if entry.kind == "total" and mi > 0 and doc.tokens[mi - 1].norm in ("ناحيه", "جهه"):
            continue  # "من ناحية ثانية"، "من جهة ثانية": on the other hand, no second event
        if entry.kind == "disaster" and ((mi > 0 and doc.tokens[mi - 1].norm.lstrip("و") in MODEL_WORDS) or (
                m.last + 1 < len(doc.tokens) and doc.tokens[m.last + 1].norm[:1].isdigit())):
            continue  # "صاروخا باليستيا من نوع زلزال 3": a weapon's model, no earthquake
        if entry.scope == "sentence":
            ok = not (entry.kind in ("total", "history") and _later_total_clause(doc, trig_tok, mi))
        elif entry.scope == "before":
            ok = trig_tok - entry.window <= mi < trig_tok or (
                # "قادرة على شن هجمات منسقة، والسيطرة على الكليات العسكرية": a verbal noun joined by "و" to
                # the one the word governs is governed by it too
                entry.kind in ("speculation", "call", "future") and trig_tok - entry.window - _JOINED_REACH <= mi
                and _joined_to_cue(doc, mi, trig_tok))
        else:
            ok = trig_tok < mi <= trig_tok + entry.window
        if ok and entry.factor < factor:
            factor = entry.factor
            why.append(f"{entry.kind} '{doc.span_text(m.span)}'")
    if factor > 0 and trig.sub_event_type is S.ARRESTS and _one_unnamed_arrested(doc, trig) \
            and not political():
        # "ألقت الجهات الأمنية القبض أمس على مواطن في محافظة الخرج": one man, unnamed, no reason told; ACLED
        # codes the arrest of a significant person or of many, for political reasons (ACLED_CODING §2)
        factor = 0.0
        why.append("one unnamed person arrested, no political reason told")
    if factor > 0 and (trig.cue in VIOLENT_FAMILIES or trig.event_type in VIOLENT_TYPES) \
            and (kin := _own_kin_killed(doc, trig.sentence)) is not None:
        # "ألقت الشرطة القبض على شاب قتل والدته طعنا بسكين": a man killing his own mother, a family's crime,
        # no political violence (the stabbing, told with it, is that crime too)
        factor = 0.0
        why.append(f"a family's crime: '{kin}' killed")
    if factor > RELATIVE_FACTOR and trig.prefix[:1] == "و" and _in_relative_clause(doc, trig, trig_tok):
        # "إن الحوثيين الذين اجتاحوا صنعاء واحتلوا مؤسسات الدولة لن يجدوا ...": the second verb of a relative
        # clause tells who the side is, as the first does
        factor = RELATIVE_FACTOR
        why.append("a verb of a relative clause, after 'و'")
    if factor > HABITUAL_FACTOR and _habitual(sent_tokens, trig_tok):
        # "وحين يرسل الجيش تعزيزات يفتح مقاتلون النار عليهم": what happens whenever, no one event
        factor = HABITUAL_FACTOR
        why.append("habitual: 'حين/عندما/كلما' with a present-tense verb")
    if factor > CHRONOLOGY_FACTOR and _chronology(doc, sentence):
        # "ـ 2: مروحيات الجيش تتدخل في المعركة ـ 13: تفجير سيارة مفخخة في بيروت"، "21 ديسمبر: مقتل 50 ...
        # 27 ديسمبر: مقتل بوتو": a list of dated items is a chronology, history told in a list
        factor = CHRONOLOGY_FACTOR
        why.append("a chronology of dated items")
    if factor > BACKGROUND_FACTOR and _background_opener(doc, sent_tokens, sentence):
        # "وكان التنظيم قد أعدم 1700 من طلاب القوة الجوية في قاعدة سبايكر"، "ويذكر أن مسلحي التنظيم
        # اختطفوا عشرات الأيزيديين": background told with no day of its own is history, not today's news
        factor = BACKGROUND_FACTOR
        why.append("history: background ('وكان ... قد'، 'يذكر أن') with no day of its own")
    if factor > SINCE_DATE_FACTOR and (w := _toll_over_a_window(doc, sentence)) is not None \
            and not _own_day_apart(doc, sent_tokens, trig_tok, token_at(doc, w[1])) \
            and not _total_told_after(doc, sent_tokens, trig, trig_tok, token_at(doc, w[1])):
        # "منذ منتصف ديسمبر"، "منذ انطلاق العملية"، "في الأيام الثلاثة الماضية"، "في الأسبوع الأخير"، "خلال ستة
        # أشهر": a toll over a period, a running total, no one event (ACLED_CODING §1); an act told in a
        # clause of its own with its own day stands ("سيطر تنظيم داعش أمس على مدينة الرمادي، وقتل نحو 500
        # شخص منذ يوم الجمعة": the taking, without the total)
        factor = SINCE_DATE_FACTOR
        why.append(f"total: a toll over the period '{w[0]}'")
    if factor > SINCE_DATE_FACTOR and _since_a_date(doc, sent_tokens, trig_tok):
        # "استشهد 204 فلسطينيين في العمليات التي تشنها قوات الاحتلال منذ 28 يونيو": a toll since a
        # date is a running total, no one event ("منذ يومين", two days ago, is the event's own date)
        factor = SINCE_DATE_FACTOR
        why.append("total since a date")
    if factor > BACKGROUND_FACTOR and trig_tok - 1 >= sent_tokens[0][0] \
            and doc.tokens[trig_tok - 1].norm.lstrip("و") in NOVELTY_WORDS and any(
                t.sentence == trig.sentence and t.span.start < doc.tokens[trig_tok - 1].span.start for t in doc.triggers):
        # "قتل 67 شخصا في انفجار شاحنة مفخخة ...، في أعنف هجوم تشهده العاصمة منذ عام 2013": the act told
        # before, ranked, not another one
        factor = BACKGROUND_FACTOR
        why.append(f"the act told before, ranked ('{doc.span_text(doc.tokens[trig_tok - 1].span)}')")
    if factor > BACKGROUND_FACTOR and (trig.cue in VIOLENT_FAMILIES or trig.event_type in VIOLENT_TYPES) \
            and not any(t.sentence == trig.sentence and t.event_type is E.PROTESTS for t in doc.triggers) \
            and (anniversary := _anniversary_before(doc, sent_tokens, trig_tok, toll=trig.cue in ("@kill", "@injure")
                                                    and trig.prefix.startswith("و"))) is not None:
        # "أحيا الصومال اليوم الذكرى السنوية الأولى للتفجير المزدوج بشاحنة مفخخة الذي وقع عند تقاطع زوبي": the
        # act an anniversary remembers is history (a march remembering it has its grievance: events weighs that)
        factor = BACKGROUND_FACTOR
        why.append(f"history: the act an anniversary remembers ('{anniversary}')")
    if factor > BACKGROUND_FACTOR and trig.cue == "@territory" and _ground_taken_before(doc, sent_tokens, trig_tok):
        # "وعاد النازحون إلى عدن بعد تحريرها من الميليشيات"، "واليوم، بعد تحرير عدن، يقف الحوثي ..."، "قبل
        # طردهم من المدينة": the taking of ground named as the time of something else, told long after
        factor = BACKGROUND_FACTOR
        why.append("history: ground taken named after 'بعد/قبل/منذ', no day of its own")
    first = sent_tokens[0][0]
    opener = next((k for k, t in sent_tokens[:3] if t.norm.lstrip("و") in SPEECH_ACT_OPENERS), None)
    opener = None if opener is None or _countered(doc, opener, trig_tok) or condemned is not None else doc.tokens[opener]
    if opener is not None and factor > SPEECH_ACT_FACTOR:
        # "دعت الحكومة ... اثر مقتل جنديين"، "ودان جعجع خطف زياد قبلان": a sentence that opens with a
        # call, a condemnation, a denial or a warning tells of an event, it does not report one
        factor = SPEECH_ACT_FACTOR
        why.append(f"the sentence opens with '{doc.span_text(opener.span)}'")
    for j in range(trig_tok - 1, max(first, trig_tok - 7) - 1, -1):
        n = doc.tokens[j].norm
        if n in CLAUSE_BREAKS:
            break
        if n in RELATIVES and j + 1 < trig_tok and doc.tokens[j + 1].norm in RELATIVE_DEATH_VERBS:
            # "عماد مغنية، الذي قتل في انفجار سيارة مفخخة بدمشق": the person's death told as background
            factor = min(factor, 0.3)
            why.append(f"relative clause '{doc.span_text(doc.tokens[j].span)} {doc.span_text(doc.tokens[j + 1].span)}'")
            break
    if trig.prefix in PURPOSE_PREFIXES:
        # "تعرض قيادي في حماس الثلاثاء للخطف": undergoing the act, told a few words before it
        before = [doc.tokens[j].norm for j in range(max(sent_tokens[0][0], trig_tok - 12), trig_tok)]
        # "أطلقت قوات الأمن النار لتفريق محتجين": force used on a crowd to disperse it is the dispersal
        dispersing = trig.cue == "@intervention" and protesters_after(doc, trig_tok, 3) \
            and any(n.lstrip("و") in FORCE_USE_WORDS for n in before[-8:])
        if not dispersing and not any(n.startswith(UNDERGO_WORDS) or n[1:].startswith(UNDERGO_WORDS) for n in before):
            factor = min(factor, 0.2)
            why.append("purpose clause (ل + verbal noun)")
    crowd = protesters_after(doc, trig_tok, 3)
    if trig.cue == "@territory" and (obj := next((j for j in range(trig_tok + 1, min(trig_tok + 4, sent_tokens[-1][0] + 1))
                                                   if doc.tokens[j].norm.lstrip("و") in NOT_GROUND
                                                   or (doc.tokens[j].norm in BUILDINGS and not crowd
                                                       and fold_string(trig.lemma) in STORMING)), None)):
        # ("اقتحم محتجون مبنى المحافظة": demonstrators storming a building is their riot, typed by events)
        factor = 0.0  # ("استعاد ريال مدريد توازنه": the subject may stand between)
        why.append(f"what is taken is no ground ('{doc.span_text(doc.tokens[obj].span)}')")
    elif trig.cue == "@territory" and trig_tok > sent_tokens[0][0]:
        prev = [doc.tokens[j].norm for j in range(max(sent_tokens[0][0], trig_tok - 2), trig_tok)]
        if prev and prev[-1] in RELATIVES:
            factor = min(factor, 0.15)
            why.append(f"relative clause '{doc.span_text(doc.tokens[trig_tok - 1].span)}': ground held, not taken")
        elif prev and (prev[-1] in TERRITORY_TITLE_WORDS or prev[-1][:1] in "وبل" and prev[-1][1:] in TERRITORY_TITLE_WORDS):
            factor = 0.0
            why.append(f"part of a name or title '{doc.span_text(doc.tokens[trig_tok - 1].span)}'")
        elif prev[-1] in THAT_WORDS and doc.tokens[trig_tok].norm.startswith(TERRITORY_MASDARS):
            factor = min(factor, 0.4)
            why.append(f"a statement about taking ground ('{doc.span_text(doc.tokens[trig_tok - 1].span)}' + verbal noun)")
        elif any(n in TERRITORY_STATE_WORDS for n in prev) or (
                prev[-1] == "من" and not doc.tokens[trig_tok].norm.lstrip("وب").startswith("ال")
                and not any(doc.tokens[j].norm.lstrip("و") in ABILITY_WORDS    # "تمكنت المقاومة من طرد": done
                            # (its subject and a backer may stand between: "تمكنت قوات الجيش الوطني والمقاومة
                            # الشعبية، بإسناد من طيران التحالف العربي، من تحرير")
                            for j in range(max(sent_tokens[0][0], trig_tok - 14), trig_tok - 1))):
            # "تحرير الأنبار من سيطرة داعش": the group's control (a construct noun) that is ended
            factor = min(factor, 0.2)
            why.append("a state of control or an operation, not a change of hands")
    if trig.sub_event_type is S.ARRESTS and fold_string(trig.lemma).startswith(STOP_LEMMAS) and any(
            doc.tokens[j].norm.lstrip("و") in STOPPED_THINGS
            for j in range(trig_tok + 1, min(trig_tok + 3, sent_tokens[-1][0] + 1))):
        factor = 0.0  # "أوقفت الرحلات"، "توقيف العمل": stopping a thing, not arresting people
        why.append("a thing stopped, not people arrested")
    if trig.sub_event_type in (S.ABDUCTION, S.ARRESTS) and any(
            t.norm.lstrip("وب") in RELEASE_WORDS and not (
                # ("اختطف مسلحون شابين ... للضغط من أجل الإفراج عن معتقلين": the release the kidnappers demand)
                ti > trig_tok and any(doc.tokens[j].norm.lstrip("ول") in RELEASE_DEMANDS
                                      for j in range(max(trig_tok + 1, ti - 3), ti)))
            for ti, t in sent_tokens):
        # "أفرج أمس عن المصور الذي خطف ...": a release tells of an abduction before it
        # ("أمرت المحكمة بالإفراج عن نائب رئيس الوزراء بعد فترة اعتقال": and of an arrest)
        factor = min(factor, 0.3)
        why.append("history: a release")
    if (k := after_recent_act(doc, sent_tokens, trig_tok)) is not None:
        factor = min(factor, BACKGROUND_FACTOR)
        why.append(f"earlier: an act told as before the sentence's own ('{doc.span_text(doc.tokens[k].span)}')")
    if (k := compared_before(doc, sent_tokens, trig_tok)) is not None:
        factor = min(factor, BACKGROUND_FACTOR)
        why.append(f"history: an earlier act the report is set against ('{doc.span_text(doc.tokens[k].span)}')")
    year = old_year(doc, sentence)
    if year is not None:
        factor = min(factor, OLD_YEAR_FACTOR)
        why.append(f"history: the year {year}" if year else "history: years ago, a past century or before the era")
    text = doc.span_text(sentence)
    tail = text.rstrip()[-1:] if text.strip() else ""
    if tail in ("؟", "?"):
        factor = 0.0
        why.append("question")
    return factor, why


def reference_date(doc: Doc) -> date | None:
    """The article's 'now': its publication date, else the latest exact date it mentions."""
    if doc.article.published is not None:
        return doc.article.published
    days = [d.value for d in doc.dates if d.precision == 1 and d.kind != "future"]
    if days:
        return max(days)
    # no exact day: the latest year the article speaks of ("أوائل عام 2015" in a story on 2016)
    years = [d.value for d in doc.dates if d.kind != "future"]
    return max(years) if years else None


# "في عام 2014"، "العام 2011"، "سنة 1982": a year named with its word (a month's year is a date mention)
YEAR_RE = re.compile(r"(?:^|\s)(?:[وفلب]?(?:عام|العام|سنه|صيف|شتاء|ربيع|خريف|مطلع|اواخر|منتصف|بدايه|نهايه|اوائل)"
                     r"\s+((?:1\d|20)\d\d)|(?:في|خلال)\s+((?:19|20)\d\d))(?!\d)")
# years before the common era, and centuries before this one, named by number or ordinal
BEFORE_ERA_RE = re.compile(r"\d\s*ق\s*\.\s*م(?![\w])|قبل الميلاد|(?:^|\s)[وفب]?القرن\s+(?:1\d|[1-9])(?!\d)|"
                           r"(?:^|\s)[وفب]?القرن\s+(?:ال)?(?:اول|الاول|ثاني|الثاني|ثالث|الثالث|رابع|الرابع|خامس|الخامس|"
                           r"سادس|السادس|سابع|السابع|ثامن|الثامن|تاسع|التاسع|عاشر|العاشر|حادي عشر|الحادي عشر|"
                           r"ثاني عشر|الثاني عشر|ثالث عشر|الثالث عشر|رابع عشر|الرابع عشر|خامس عشر|الخامس عشر|"
                           r"سادس عشر|السادس عشر|سابع عشر|السابع عشر|ثامن عشر|الثامن عشر|تاسع عشر|التاسع عشر)(?!\w)")
YEARS_AGO_RE = re.compile(r"(?:^|\s)قبل\s+(?:نحو\s+|حوالي\s+|زهاء\s+)?(?:عامين|سنتين|(?:\d+|ثلاث|اربع|خمس|ست|سبع|ثماني|"
                          r"تسع|عشر|بضع|عده)\s+(?:سنوات|اعوام|عاما|سنه))(?!\w)")
_NUMBER_RE = re.compile(r"\d\d\d")  # a year or a count before the era has three digits or more
OLD_YEAR_FACTOR = 0.4
EARLIEST_NEWS_YEAR = 1990  # with no date to read "now" from: older years are history (ACLED begins in 1997)


_CLAUSE_END = re.compile(r"[،,؛;.]")


_OCCUPIED_EPITHETS = frozenset(fold_string(w) for w in "المحتلة المحتل".split())


def place_clauses(doc: Doc, sentence: Span) -> list[Span]:
    """Relative clauses that describe a place of the sentence ("على بلدة هيت التي سيطر عليها التنظيم في
    أكتوبر 2014،"، "بلدة هيت، التي استعادها الجيش في ديسمبر الماضي،"): from the relative pronoun right
    after a place's name to the next comma or the sentence's end. What they date is the place's past,
    not the act told in the sentence."""
    out = []
    toks = doc.tokens
    for p in doc.places:
        if not sentence.contains(p.span):
            continue
        k = token_at(doc, p.span.end - 1) + 1
        if k >= len(toks) or toks[k].span.start >= sentence.end or toks[k].norm not in _RELATIVES:
            continue
        if doc.text[p.span.end:toks[k].span.start].strip(" ،,") != "":
            continue
        m = _CLAUSE_END.search(doc.text, toks[k].span.end, sentence.end)
        out.append(Span(toks[k].span.start, m.start() if m else sentence.end))
    # "سيطرت القوات على ميناء سرت بعد معارك مع تنظيم داعش الذي كان يسيطر على المدينة منذ عام 2015": a hold
    # told after an act of the sentence, from its word to the clause's end
    first_cue = min((t.span.start for t in doc.triggers if sentence.contains(t.span)), default=None)
    if first_cue is not None:
        ends = {token_at(doc, p.span.end - 1) for p in doc.places if sentence.contains(p.span)}
        for j in range(token_at(doc, first_cue) + 1, len(toks)):
            t = toks[j]
            if t.span.start >= sentence.end:
                break
            if t.norm in _OCCUPIED_EPITHETS and j - 1 in ends:
                continue   # "في مخيم شعفاط بالقدس المحتلة أمس": the city's epithet, no hold told
            if _holds(t.norm) and not any(c.contains(t.span) for c in out):
                m = _CLAUSE_END.search(doc.text, t.span.end, sentence.end)
                out.append(Span(t.span.start, m.start() if m else sentence.end))
    return out


# a novelty ranked since a time: "أول ... منذ ..."، "الأعنف منذ عام 2003" (folded), to the clause's end
_NOVELTY_SINCE_RE = re.compile(r"(?<!\S)(?:%s|اكثر(?=\s+ال))(?:\s+\S+){0,5}?\s+منذ\s+[^،,.؛]*" % "|".join(
    sorted(map(re.escape, NOVELTY_WORDS), key=len, reverse=True)))


def old_year(doc: Doc, sentence: Span) -> int | None:
    """The latest year the sentence names by "عام/سنة/في YYYY", when it ended more than 45 days
    before the article's date ("وكان التنظيم قد سيطر على الموصل في عام 2014" in a 2015 story);
    with no date to go by, a year before 1990. None when the sentence names no such year."""
    lo, hi = doc.offsets.to_folded(sentence.start), doc.offsets.to_folded(sentence.end)
    folded = doc.folded[lo:hi]
    for c in reversed(place_clauses(doc, sentence) if doc.places else ()):
        # ("على بلدة هيت التي سيطر عليها التنظيم في أكتوبر 2014": the place's past, not the act's year)
        a, b = doc.offsets.to_folded(c.start) - lo, doc.offsets.to_folded(c.end) - lo
        folded = folded[:a] + " " * (b - a) + folded[b:]
    if "منذ" in folded:
        # ("في أول ضربات من نوعها منذ إعلان وقف إطلاق النار عام 2013": the act ranked since a past year, not
        # an act of that year)
        folded = _NOVELTY_SINCE_RE.sub(lambda m: " " * len(m.group(0)), folded)
    has_number = _NUMBER_RE.search(folded) is not None
    if ("القرن" in folded or "الميلاد" in folded or has_number or "ق." in folded or "ق ." in folded) \
            and BEFORE_ERA_RE.search(folded):
        return 0  # "سنة 3599 ق.م."، "في القرن التاسع عشر": long before any news
    if "قبل" in folded and YEARS_AGO_RE.search(folded):
        return 0  # "قبل نحو 5 اعوام"، "قبل عامين": years before the article
    if not has_number:
        return None  # (most sentences: no year, nothing more to search)
    years = [int(m.group(1) or m.group(2)) for m in YEAR_RE.finditer(folded)]
    if not years:
        return None
    year = max(years)
    ref = reference_date(doc)
    if ref is None:
        return year if year < EARLIEST_NEWS_YEAR else None
    return year if (ref - date(year, 12, 31)).days > 45 else None


# ---------------------------------------------------------------- typing a sentence

ATTEMPT_WORDS = frozenset(fold_string(w) for w in """يحاول يحاولون تحاول يحاولان محاولة محاولات لمحاولة
محاولتها محاولته حاول حاولت حاولوا وحاول وحاولت""".split())


def attempted(doc: Doc, t: TriggerMention) -> bool:
    ti = token_at(doc, t.span.start)
    return any(doc.tokens[j].norm in ATTEMPT_WORDS for j in range(max(0, ti - 3), ti))


def protesters_after(doc: Doc, k: int, words: int = 4) -> bool:
    """Demonstrators named within `words` words after token k, in its sentence: "اشتباكات بين متظاهرين
    والشرطة"، "اقتحم مئات المتظاهرين"."""
    s = doc.tokens[k].sentence
    return any(x.norm.removeprefix("و") in PROTESTER_NOUNS for x in doc.tokens[k + 1:k + 1 + words]
               if x.sentence == s)


# "المتظاهرين" names people; a protest is told by what they did: gathered, marched, chanted ...
PROTESTER_NOUNS = frozenset(fold_string(w) for w in """متظاهر متظاهرا متظاهران محتجان متظاهرين متظاهرون المتظاهرين المتظاهرون
محتجين محتجون المحتجين المحتجون محتج محتجا متظاهرات المتظاهرات محتجات المحتجات معتصمين معتصمون المعتصمين
المعتصمون""".split())
PROTEST_ACTS = tuple(fold_string(w) for w in """تجمع احتشد خرج نزل رفع رفعوا ردد هتف طالب ندد اغلق أغلق قطع احرق أحرق رشق سار
ساروا جاب جابت توجه اعتصم تظاهر احتج شارك يرددون يرفعون يهتفون منددين مطالبين رافعين مرددين حاملين احتجاجا
اقتحم حاصر هتاف هتافات شعارات لافتات اقفال اغلاق يحملون حملوا اضرب تطالب يطالب يطالبون مطالبه""".split())
PROTESTERS_ONLY_FACTOR = 0.4
PROTEST_ACT_WEIGHT = 0.75


# a crowd out to celebrate (rasd/resources/modality.tsv, kind "celebration"): its banners make no protest
CELEBRATION_WORDS = frozenset(fold_string(w) for w in "احتفالا للاحتفال ابتهاجا احتفاء".split())


def protesters_only_named(cues: list[tuple[TriggerMention, float]], norms: list[str],
                           why: list[str], doc: Doc | None = None) -> list[tuple[TriggerMention, float]]:
    """Weak protest cues weighed by the acts of protest told with them (gathered, marched, chanted,
    demanded ...; the cue's own word does not count): protesters named with no act ("قال أحد
    المتظاهرين"، "اعتقل 100 متظاهر") weigh PROTESTERS_ONLY_FACTOR of their weight; weak cues (protester
    nouns, "مسيرة"، "تجمع"، "احتجاجا") with an act weigh at least PROTEST_ACT_WEIGHT ("تجمع عشرات
    الفلسطينيين ... وهم يحملون لافتات"، "انخرطت قوى في مسيرة تطالب بالحقيقة")."""
    prot = [(t, w) for t, w in cues if t.event_type is E.PROTESTS]
    if not prot:
        return cues
    nouns_only = all(fold_string(t.lemma) in PROTESTER_NOUNS for t, _ in prot)
    if not nouns_only and not all(w < PROTEST_ACT_WEIGHT for _, w in prot):
        return cues
    if any(n.lstrip("و") in CELEBRATION_WORDS for n in norms):
        return cues   # "خرج المئات إلى الشوارع احتفالا بالتحرير، رافعين أعلام الجنوب": a celebration, no protest
    own = {fold_string(t.lemma).split()[0] for t, _ in prot}
    acted = any(_is_protest_act(n) and n.lstrip("وفلب") not in own for n in norms)
    if not acted and any(t.cue == "@intervention" for t, _ in cues):
        # "فرقت الشرطة بالغاز المسيل للدموع مئات المتظاهرين": a crowd dispersed was a protest held
        acted = True
    if not acted and doc is not None and any((t.cue in ("@kill", "@injure") or t.sub_event_type is S.ARRESTS)
                         and protesters_after(doc, token_at(doc, t.span.start), 6)
                         and (_force_named_after(doc, t) or _shot_by_force(doc, t)) for t, _ in cues):
        # "قتلت الشرطة ثلاثة متظاهرين"، "اعتقلت الشرطة 20 متظاهرا في عمان": the crowd the forces killed,
        # hurt or arrested there was a protest held
        acted = True
    if acted:
        why.append("a protest cue with an act of protest")
        return [(t, max(w, PROTEST_ACT_WEIGHT)) if t.event_type is E.PROTESTS else (t, w) for t, w in cues]
    if not nouns_only:
        return cues
    why.append("protesters named, no act of protest told")
    return [(t, w * PROTESTERS_ONLY_FACTOR) if t.event_type is E.PROTESTS else (t, w) for t, w in cues]


def _shot_by_force(doc: Doc, t: TriggerMention) -> bool:
    """A state's force named by whose fire the dead of the cue t fell ("برصاص"/"بنيران" at most three words
    before it), within seven words after the cue ("قتل ثلاثة متظاهرين برصاص الشرطة")."""
    k = token_at(doc, t.span.start)
    return any(a.actor.kind == "state" and k < (j := token_at(doc, a.span.start)) <= k + 7
               and any(doc.tokens[i].norm in SHOT_BY for i in range(max(k, j - 3), j))
               and doc.tokens[j].sentence == doc.tokens[k].sentence for a in doc.actors)


def _force_named_after(doc: Doc, t: TriggerMention) -> bool:
    """A state's force named as the subject right after the verb t ("اعتقلت الشرطة الأردنية ...") or
    inside its phrase ("ألقت الشرطة التونسية القبض على")."""
    k = token_at(doc, t.span.start)
    return any(a.actor.kind == "state" and -3 <= token_at(doc, a.span.start) - k <= 2
               and token_at(doc, a.span.start) != k for a in doc.actors)


HOSTAGE_NOUNS = frozenset(fold_string(w) for w in "رهينة رهائن رهينتين الرهائن الرهينة".split())
HOLD_VERBS = tuple(fold_string(w) for w in "احتجز احتجزت احتجزوا يحتجز يحتجزون أخذ أخذوا اخذ اخذوا اتخذوا".split())
HOSTAGE_WEIGHT = 0.75


def hostages_taken(doc: Doc, cues: list[tuple[TriggerMention, float]],
                   why: list[str]) -> list[tuple[TriggerMention, float]]:
    """A hostage noun is an abduction only with a verb of holding a few words before it ("احتجزت 68
    رهينة من الأجانب"، "احتجزوا أربعة من الشرطة رهائن"); alone ("أزمة الرهائن") it stays weak."""
    out = []
    for t, w in cues:
        if fold_string(t.lemma) in HOSTAGE_NOUNS:
            ti = token_at(doc, t.span.start)
            if any(doc.tokens[j].norm.lstrip("و").startswith(HOLD_VERBS) for j in range(max(0, ti - 8), ti)):
                w = max(w, HOSTAGE_WEIGHT)
                why.append("hostages held")
        out.append((t, w))
    return out


def _is_protest_act(norm: str) -> bool:
    n = norm.lstrip("وفلب")
    return n.startswith(PROTEST_ACTS) or (n.startswith("ال") and n[2:].startswith(PROTEST_ACTS))


# a truce is an event when it is reached, signed or begins: "توصل الطرفان إلى هدنة"، "بدأ سريان الهدنة"
TRUCE_NOUNS = frozenset(fold_string(w) for w in "هدنة الهدنة هدنه".split())
AGREE_ACTS = tuple(fold_string(w) for w in """توصل اتفق وقع أبرم ابرم أعلن اعلن سريان دخلت دخول بدأ بدء
تبادل وافق أقر اقر دخل يسري سرى""".split())
TRUCE_WITHOUT_ACT_FACTOR = 0.3
_SINCE_AFTER = frozenset(fold_string(w) for w in "بعد منذ رغم برغم".split())


# "يخرق الحوثيون اتفاق وقف إطلاق النار"، "انتهاك الهدنة": a truce broken is no truce made
BREACH_WORDS = tuple(fold_string(w) for w in "خرق يخرق تخرق يخرقون خروقات انتهاك انتهك انتهكت ينتهك تنتهك".split())
BREACH_FACTOR = 0.1


def _truce(t: TriggerMention) -> bool:
    lemma = fold_string(t.lemma)
    return lemma in TRUCE_NOUNS or (t.sub_event_type is S.AGREEMENT and lemma.startswith(_CEASEFIRE_HEAD))


_CEASEFIRE_HEAD = (fold_string("اتفاق"), fold_string("وقف"))


_PEACE = fold_string("سلام")
_SIGNED_BEFORE = frozenset(fold_string(w) for w in """وقع وقعت ووقع ووقعت وقعوا ووقعوا وقعا وقعتا توصل توصلت توصلوا
وتوصل وتوصلت وتوصلوا أبرم أبرمت ابرم ابرمت أبرموا ابرموا""".split())


def _peace_deal_made(doc: Doc, t: TriggerMention) -> bool:
    """A peace deal ("اتفاقا للسلام") is made in the sentence only when a verb of signing or reaching
    stands within eight words before it, no framing word between ("وقعت الحكومة والجبهة الثورية اتفاقا للسلام"); "اتفاق سلام وقعته
    الحكومة في مايو"، "اتفاق السلام الموقع في أبوجا" tell of one made before."""
    k = token_at(doc, t.span.start)
    s = doc.tokens[k].sentence
    for j in range(k - 1, max(-1, k - 1 - _SIGNED_WORDS), -1):
        n = doc.tokens[j].norm
        if doc.tokens[j].sentence != s or n.lstrip("و") in _DEAL_FRAMES:
            return False   # "وقعت اشتباكات رغم اتفاق السلام": the deal frames another act
        if n in _SIGNED_BEFORE:
            return True
    return False


# how far before the deal its verb may stand: "وقعت الحكومة المالية والمتمردون الطوارق أمس اتفاق سلام"
_SIGNED_WORDS = 8
_DEAL_FRAMES = frozenset(fold_string(w) for w in "رغم بعد قبل منذ لكن بموجب ضمن حسب وفق خرق انتهاك".split())


def truce_without_act(cues: list[tuple[TriggerMention, float]], norms: list[str],
                       why: list[str], doc: Doc | None = None) -> list[tuple[TriggerMention, float]]:
    """"إن الهدنة مع تركيا لم يعد لها معنى": a truce named, none reached or begun, is weak; "يخرق
    الحوثيون اتفاق وقف إطلاق النار": a truce broken is none made."""
    if not any(_truce(t) for t, _ in cues):
        return cues
    if doc is not None and any(_PEACE in fold_string(t.lemma) and not _peace_deal_made(doc, t) for t, _ in cues):
        why.append("a peace deal named, not made in the sentence")
        return [(t, w * TRUCE_WITHOUT_ACT_FACTOR) if _PEACE in fold_string(t.lemma) else (t, w) for t, w in cues]
    if any(n.lstrip("وفلب").startswith(BREACH_WORDS) for n in norms):
        why.append("a truce broken, not made")
        return [(t, w * BREACH_FACTOR) if _truce(t) else (t, w) for t, w in cues]
    if any((n.startswith(AGREE_ACTS) or n.lstrip("وفلب").startswith(AGREE_ACTS))
           and not (k > 0 and norms[k - 1] in _SINCE_AFTER) for k, n in enumerate(norms)):
        return cues   # ("وقعت": the root's own و; "بعد سريان الهدنة": a truce begun before, no act of the day)
    why.append("a truce named, none reached or begun")
    return [(t, w * TRUCE_WITHOUT_ACT_FACTOR) if _truce(t) else (t, w) for t, w in cues]


# verbs of aircraft moving, not striking: "وصلت طائرات سعودية محملة بالمساعدات إلى مطار عدن"، "حلقت طائرات
# التحالف فوق صنعاء"، "هبطت طائرة حربية في مطار عدن"
_MOVE_VERBS = frozenset(fold_string(w) for w in """وصل وصلت هبط هبطت حلق حلقت تحلق يحلق أقلع أقلعت عاد عادت نقل
نقلت أجلت أجلى""".split())
# stems of a strike told with them: "حلقت طائرات التحالف فوق صنعاء وقصفت مواقع"
_STRIKE_STEMS = ("استهدف", "قصف", "دك", "شن", "ضرب", "القت", "الق", "اغار", "غار", "ضربات", "غارات", "قذف", "رمت")
AIRCRAFT_MOVING_FACTOR = 0.2


def aircraft_moving(cues: list[tuple[TriggerMention, float]], norms: list[str],
                    why: list[str]) -> list[tuple[TriggerMention, float]]:
    """An air strike told only by its aircraft ("طائرات سعودية"، "طائرة حربية") that a verb of moving
    governs, no strike word in the sentence, is no strike: "وصلت طائرات سعودية محملة بالمساعدات"."""
    air = [t for t, _ in cues if t.sub_event_type is S.AIR_STRIKE]
    if not air or not all(fold_string(t.lemma).split()[0].removeprefix("ال") in AIRCRAFT_NOUNS for t in air):
        return cues
    if not any(n in _MOVE_VERBS or (n[:1] in "وف" and n[1:] in _MOVE_VERBS) for n in norms) or any(
            n.lstrip("وفب").removeprefix("ال").startswith(_STRIKE_STEMS) for n in norms):
        return cues
    why.append("aircraft told moving, no strike")
    return [(t, w * AIRCRAFT_MOVING_FACTOR) if t.sub_event_type is S.AIR_STRIKE else (t, w) for t, w in cues]



# "تظاهر مئات الأشخاص في أثينا"، "احتشد آلاف المتظاهرين"، "اندلعت في نواكشوط مظاهرات": a sentence that
# opens with a protest verb (or one of breaking out, organising, joining, taking to the streets) and the
# size of the crowd or the protest itself reports a protest — unless the sentence tells history or a total
OPENING_PROTEST_VERBS = frozenset(fold_string(w) for w in """تظاهر تظاهروا تظاهرت احتشد احتشدوا احتشدت اعتصم
اعتصموا اعتصمت خرج خرجوا خرجت تجمع تجمعوا تجمعت اندلعت انطلقت نظم نظمت نظموا شارك شاركوا نزل نزلوا
قطع قطعوا أغلق أغلقوا أضرب أضربوا نفذ نفذت نفذوا واصل واصلوا واصلت شهد شهدت تشهد يشهد سير سيروا سيرت
جاب جابت""".split())
CROWD_WORDS = frozenset(fold_string(w) for w in """عشرات مئات آلاف الآلاف الاف المئات العشرات نحو حوالي أكثر
اكثر قرابة زهاء مظاهرة مظاهرات تظاهرة تظاهرات مسيرة مسيرات احتجاجات المتظاهرون المتظاهرين متظاهرون
متظاهرين المحتجون المحتجين محتجون محتجين وقفة وقفات اعتصاما اعتصامات عمال العمال طلاب الطلاب طلبة موظفو موظفي
معلمو معلمي أهالي الأهالي سكان نشطاء ناشطون موكب موكبا مواكب""".split())
OPENING_PROTEST_WEIGHT = 0.95


# a sentence's dateline: "الموصل (العراق) - "، "الجزائر (أ ف ب) - "
DATELINE_RE = re.compile(r"\s*(?:[^\s()\-–—:]+\s+){0,3}[^\s()\-–—:]+\s*(?:\([^()]{1,30}\)\s*){0,2}[-–—:]\s*(?=\S)")


def opening_protest(doc: Doc, sent_tokens: list[tuple[int, Token]], cues: list[tuple[TriggerMention, float]]) -> bool:
    """A protest cue in a sentence whose first four words hold a protest verb followed, within six
    words (towns and days told between not counted), by a crowd count ("تظاهر أمس عشرات من أعضاء الحزب"، "وتجمع نحو 500 متظاهر"، "كما خرج
    مساء أول من أمس مئات من المتظاهرين": a time phrase may stand between), or a town witnessing the
    protest itself ("شهدت مدينة عطبرة أمس مسيرة سلمية"، "سير المئات موكبا سلميا")."""
    if not any(t.event_type is E.PROTESTS for t, _ in cues):
        return False
    if sent_tokens and (dl := DATELINE_RE.match(doc.text, sent_tokens[0][1].span.start,
                                              sent_tokens[0][1].span.start + 60)) is not None \
            and "(" in dl.group():
        # ("الجزائر (أ ف ب) - خرج عشرات الآلاف": the agency's letters are no words of the report)
        sent_tokens = [x for x in sent_tokens if x[1].span.start >= dl.end()]
    # ("وفي ريف درعا الغربي، خرجت مظاهرة في مدينة نوى": the place the paragraph turns to comes first)
    sent_tokens = after_place_phrase(doc, sent_tokens)
    head = sent_tokens[:4]
    for k, (ti, t) in enumerate(head):
        if t.norm.lstrip("وف") in OPENING_PROTEST_VERBS or t.norm in OPENING_PROTEST_VERBS:   # ("واصل": its own و)
            # (six words, not counting the towns and the day told between: "وشهدت مدن وهران وقسنطينة وبجاية أمس
            # الجمعة مسيرات سلمية")
            told = [m.span for m in (*doc.places, *doc.dates) if sent_tokens[k][1].span.end <= m.span.start]
            after = [x for x in sent_tokens[k + 1:k + 21]
                     if not any(sp.start <= x[1].span.start < sp.end for sp in told)][:6]
            if after and any(x.norm.lstrip("و") == "منذ" for _, x in sent_tokens[k + 1:]
                             if x.span.start <= after[-1][1].span.start):
                continue   # "وتشهد البصرة منذ الثامن من تموز احتجاجات متواصلة": going on since a day, no report
            if not after:
                return False
            lo, hi = after[0][1].span.start, after[-1][1].span.end
            if any(x.norm in CROWD_WORDS or x.norm.lstrip("و") in CROWD_WORDS for _, x in after) or \
                    any(lo <= n.span.start < hi for n in doc.numbers):
                return True
        if k < 2 and t.norm.lstrip("وف") in _SPREAD_VERBS and k + 1 < len(sent_tokens) and any(
                c.event_type is E.PROTESTS and c.span.start == sent_tokens[k + 1][1].span.start for c, _ in cues) \
                and any(x.norm == "الي" for _, x in sent_tokens[k + 2:k + 6]):
            # "امتدت الاحتجاجات اليوم إلى مدينة دنقلا": the protests reaching a town are told there
            return True
    return False


_SPREAD_VERBS = frozenset(fold_string(w) for w in "امتدت امتد انتقلت انتقل وصلت وصل اتسعت اتسع توسعت توسع".split())


MARTYR_WORDS = frozenset(fold_string(w) for w in "شهيد الشهيد شهداء الشهداء".split())
MARTYR_NAME_HEADS = frozenset(fold_string(w) for w in """ساحة ميدان شارع مقبرة جمعة ذكرى يوم الرئيس القائد الزعيم
الشيخ لواء كتائب كتيبة سرايا ساحتي ميداني شوارع مقابر دوار جسر نصب مستشفى مدرسة مسجد جامع حي صور صورة أسر أسرة
ذوي عائلات عوائل أمهات أبناء قبور""".split())  # (not "أرواح الشهداء": those dead are real)
# ("رافعين صور الشهداء"، "أسر الشهداء": the fallen honoured or their kin, no death told)
