"""Who did it to whom: actor roles in one sentence of an event.

`assign_roles` reads actor1 (the initiator) and actor2 (the target) from word order, the cue's
genitive ("غارات أميركية"، "هجوم لداعش"), verbs' subjects ("عندما قصف الجيش"), passives and the dead
("قُتل أربعة جنود"، "مقتل 19 مواطنا"، "المتشددين لقوا حتفهم"), markers ("على يد X"، "ضد X"،
"بين X و Y"، "اشتباكات مع X"، "استعادة ... من X") and news sources that are no party ("مصادر
بالشرطة"، "قال سكان"). `rasd.extract.events` types the sentence and assembles the event around it.

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "قتل أربعة جنود من الجيش العراقي في هجوم لتنظيم داعش على مدينة الرمادي."), until="triggers")
>>> toks = [(i, t) for i, t in enumerate(doc.tokens)]
>>> a1, a2, why = assign_roles(doc, toks, list(doc.actors), token_at(doc, doc.triggers[-1].span.start), list(doc.triggers))
>>> a1.actor.name, a2.actor.name
('Islamic State (Iraq)', 'Military Forces of Iraq (2014-)')
"""
from __future__ import annotations

import re
from bisect import bisect_right

from rasd.arabic.normalize import fold_string
from rasd.arabic.tokens import TOKEN_RE
from rasd.extract.actors import AFFILIATION_WORDS, BELIEF_WORDS, COUNTRY_WORDS, PROJECTILES, THEY_THAT
from rasd.extract.casualties import ATTACKER_DUALS, COUNTED_THINGS, DOER_RELATIVES, NATIONALITY_NOUNS, PERSON_NOUNS, TOLL_HEADS, person_dual
from rasd.extract.triggers import BODY_NOUNS, FALL_LEMMA, FIND_WORDS, HELD_AREAS, REGAIN_LEMMAS, SHOOT_DOWN_VERBS, STAB_VERBS
from rasd.model import Actor, ActorMention, Doc, Span, Token, TriggerMention
from rasd.resources.acled import EventType as E
from rasd.resources.acled import SubEventType as S


CIVILIAN_WORDS = frozenset("""مدني مدنيين مدنيون المدنيين المدنيون مدنيا مواطن مواطنين مواطنون المواطنين اطفال طفل طفلان طفلين
الاطفال نساء امراه النساء سكان السكان اشخاص شخصا شخص شخصين عائله اسره مصلين المصلين طلاب صحفي صحفيا عمال
الاهالي اهالي مهاجرين لاجئين اللاجئين زوار سياح مترجم مترجما سائق سائقا طبيب طبيبا مهندس مهندسا مهندسين معلم
معلما تاجر تاجرا مزارع مزارعا مزارعين صياد صيادين راعي رعاة راع راعيا عامل عاملا امام اماما قاض قاضيا محام
محاميا ممرض ممرضا ممرضه مسعف مسعفا مسعفين شاب شابا شابين شابان شبان الشاب فتي فتاه طالب طالبا متظاهر متظاهرا
متظاهرين المتظاهرين محتج محتجا محتجين ابناء قرويا قرويين القرويين امراتين امراتان سيده سيدتين نسوه فتيات
مدرس مدرسا مدرسين معلمين خطيب خطيبا داعيه استاذ استاذا اساتذه""".split())


ARMED_WORDS = frozenset("""جنود جندي جنديا جنديين جنديان الجنود عسكري عسكريين عسكريا العسكريين شرطي شرطيين شرطيان الشرطه
رجال ضابط ضباط ضابطا عناصر عنصرا عنصر مقاتل مقاتلين مقاتلا المقاتلين مسلح مسلحين مسلحا المسلحين مسلحي مقاتلي متشددي ارهابيي متشدد متشددين
المتشددين مجند مجندين مجندا ارهابي ارهابيين ارهابيا الارهابيين تكفيري تكفيريين تكفيريا التكفيريين قوات القوات الجيش جيش دوريه كمين حاجز نقطه
ثكنه معسكر مركز مواقع موقع""".split())


TARGET_MARKERS = frozenset("""ضد علي على استهدف استهدفت يستهدف تستهدف استهداف مواقع موقع موقعا موقعين معاقل معقل تجمعات مقرات مقر
اهداف اهدافا لمواقع بمواقع قافله دوريه قبضه سيطره""".split())


CONTROL_NOUNS = frozenset(("سيطره",))
EXPEL_NOUNS = frozenset(fold_string(w) for w in "طرد دحر إخراج اخراج".split())
WITHDRAW_STEM = fold_string("انسحب")   # "انسحب"، "انسحبت"، "انسحاب"
BLAST_VERBS = frozenset(fold_string(w) for w in "انفجر انفجرت انفجرتا انفجار".split())
INTERCEPT_VERBS = SHOOT_DOWN_VERBS | frozenset(fold_string(w) for w in "اعترضت اعترض اعترضوا اعتراض".split())
_WEAPON_STEMS = tuple(fold_string(w) for w in "طائر مسير صاروخ صواريخ قذيف قذائف زورق زوارق درون".split())
MASDAR_BEFORE = frozenset(fold_string(w) for w in "من بعد ثم عن اثر إثر عقب".split())
INITIATOR_MARKERS = tuple(tuple(fold_string(w) for w in m.split()) for m in (
    "علي يد", "علي أيدي", "علي ايدي", "من قبل", "بنيران", "برصاص", "بقصف",
    # "هجوم نفذه X"، "هجوم انتحاري نفذته امرأة"، "تبنته حركة طالبان": the one who did or claimed it
    "نفذه", "نفذها", "نفذهما", "نفذته", "نفذتها", "نفذوه", "نفذوها", "تنفذه", "ينفذه", "تنفذها", "ينفذها",
    "تبناه", "تبنى", "تبنت", "تبنته", "تبنتها", "تبنوا", "تبنوه",
    "شنه", "شنها", "شنهما", "شنوه", "شنته", "شنتها",
    # "تفجير انتحاري يشتبه بأنه من تنفيذ تنظيم داعش": carried out by
    "من تنفيذ", "من تنفيد"))


# "قذائف أطلقتها فصائل معارضة"، "براميل ألقتها مروحيات النظام"، "عبوة زرعها مجهولون": a verb on the
# weapon right after its cue ("التي" between) names who used it
WEAPON_DOER_VERBS = frozenset(fold_string(w) for w in """أطلقتها أطلقها أطلقوها أطلقهما أطلقتهما ألقتها ألقاها ألقوها
زرعها زرعتها زرعوها زرعه زرعته زرعوه وضعها وضعتها وضعوها وضعه فجرها فجرتها فجروها فجره فجرته فجروه
اطلقتها اطلقها اطلقوها القتها القاها القوها""".split())
RELATIVE_WORDS = frozenset(fold_string(w) for w in "التي الذي اللتين اللذين اللتان اللذان".split())


# "رشق الجنود"، "اغتيال قائد ..."، "اغتصاب فتاة": a verbal noun whose genitive is the one it was done
# to, not its doer (as "هجوم داعش"، "قصف التحالف" are)
OBJECT_MASDARS = frozenset(fold_string(w) for w in """رشق اغتيال اغتصاب اختطاف احتجاز اعتقال توقيف إعدام اعدام
تفريق ملاحقة مطاردة إصابة اصابة استهداف""".split())


# nouns a target marker puts before the target's name: "استهدف دورية للجيش"، "مرور دورية للشرطة"
TARGET_NOUNS = frozenset(fold_string(w) for w in """دورية دوريات موكب مقر مقرات مركز مراكز نقطة حاجز ثكنة
قافلة مبنى منزل منازل آلية آليات عربة مدرعة تجمع اجتماع حافلة حافلات سيارة سيارات كمين معسكر""".split())


# words of a count told between an initiator marker and the group: "نفذه نحو 300 من مقاتلي"
COUNT_FILLERS = frozenset(fold_string(w) for w in """نحو حوالي قرابة زهاء أكثر اكثر من عشرات مئات آلاف الاف
العشرات المئات مقاتلي عناصر مسلحي مقاتلو مسلحو مسلحون مسلحين مقاتلون مقاتلين قناصة قناصه قناصي قناص""".split())
# ("هجوم شنه مسلحون من حركة الشباب": the gunmen word between the marker and the group they are; "بنيران
# قناصة الحوثيين": its snipers)


CAPTURE_NOUNS = tuple(fold_string(w) for w in "اعتقال توقيف إيقاف القبض إلقاء القبض احتجاز اختطاف".split())
KILL_VERBS_PASSIVE = frozenset("قتل قتلت اصيب اصيبت جرح لقي لقوا استشهد سقط هلك".split())


# "مقتل 19 مواطنا"، "مصرع جنديين": the noun's genitive names who died
# "اعتقال 590 من عناصر داعش"، "اختطاف الموظفين": the act was done to them
DEATH_NOUNS = frozenset(fold_string(w) for w in """مقتل بمقتل ومقتل لمقتل مصرع بمصرع ومصرع اصابة واصابة باصابة
اعتقال باعتقال واعتقال توقيف بتوقيف القبض اختطاف باختطاف واختطاف جثة جثث جثتي جثتين جثمان جثامين استشهاد
باستشهاد واستشهاد وفاة بوفاة ووفاة""".split())


# "المتشددين لقوا حتفهم": the word after the group says it died
# ("جنديين اميركيين قتلا"، "ثلاثة جنود أصيبوا": the dual and the hurt too)
DIED_AFTER = frozenset(fold_string(w) for w in "لقي لقوا لقيا لقيت يلقى قضوا قتلوا قتلا أصيبوا اصيبوا أصيبا اصيبا جرحوا".split())


# "مصادر بالشرطة"، "بحسب الجيش"، "متحدث باسم التحالف": who tells the news, not who acted
SOURCE_WORDS = frozenset(fold_string(w) for w in """مصادر مصدر بحسب حسب وفق وفقا نقلا متحدث المتحدث ناطق الناطق
مسؤول مسؤولون مسؤولين""".split())


# "قال سكان إن ..."، "أفاد شهود": residents who tell the news
SPEECH_VERBS = frozenset(fold_string(w) for w in "قال قالت وقال وقالت أفاد افاد ذكر أكد اكد روى".split())


# a speaker's verbs and the "that" which opens what they tell
# "اشتبكت قوات الجيش الصومالي مع مسلحي حركة الشباب": the clash cue, its subject, "مع", the other side
CLASH_WITH_SPAN = 6
ACCUSE_VERBS = frozenset(fold_string(w) for w in "اتهم اتهمت يتهم تتهم".split())
SPEAKER_VERBS = SPEECH_VERBS | frozenset(fold_string(w) for w in "أعلن أعلنت وأعلن وأعلنت اعلن واعلن ذكرت وذكر وذكرت أفادت وأفاد رجح رجحت ورجح ورجحت".split())
THAT_WORDS = frozenset(fold_string(w) for w in "إن أن ان بأن".split())
FORCE_ARMS = frozenset(fold_string(w) for w in """سلاح الطيران طيران طائرات الطائرات طائراته طائراتها مقاتلات المقاتلات
قواته قواتها قواتنا جنوده جنودها عناصره عناصرها""".split())


# the fighters' word heading a group's name ("عناصر حركة الشباب"، "مسلحي داعش"); its nominative forms
FIGHTER_HEADS = frozenset(fold_string(w) for w in "عناصر مسلحو مسلحي مقاتلو مقاتلي".split())
_NOMINATIVE_FIGHTERS = (FIGHTER_HEADS - {fold_string("مسلحي"), fold_string("مقاتلي")}) \
    | frozenset(fold_string(w) for w in "قناصة قناصو ميليشيا مليشيا ميليشيات مليشيات".split())   # "قتلت قناصة الحوثي"
_OWN_FORCES = frozenset(fold_string(w) for w in """قواته قواتها عناصره عناصرها مقاتليه مقاتليها مقاتلوه مقاتلوها
جنوده جنودها""".split())


def _own_forces_after(doc: Doc, a: ActorMention, sent_tokens) -> bool:
    """"... باسم الجيش الشعبي أن قواته": its forces named by a pronoun after the mention, in its sentence (not
    counted among others: "اختطفت قائد الفرقة 30 وثمانية من عناصره" names the victim's men)."""
    end = a.span.end
    toks = doc.tokens
    return any(t.span.start >= end and t.norm.lstrip("وف") in _OWN_FORCES and not (k > 0 and toks[k - 1].norm == "من")
               for k, t in sent_tokens)


def _announced_own_taking(doc: Doc, a: ActorMention, sent_tokens, trig_tok: int, triggers) -> bool:
    """"أعلن المتحدث باسم الجيش الليبي التابع لحكومة الوفاق ... تحرير مدينتي صرمان وصبراتة": a side's
    spokesman announcing a liberation, no other doer named, announces his side's own: it is the party."""
    if not sent_tokens or sent_tokens[0][1].norm.lstrip("و") not in SPEAKER_VERBS or a.actor.kind != "state":
        return False
    if not any(t.cue == "@territory" and token_at(doc, t.span.start) == trig_tok
               and fold_string(t.lemma) in REGAIN_LEMMAS for t in triggers):
        return False
    return a.span.start < doc.tokens[trig_tok].span.start and not any(
        m is not a and m.actor.kind != "civilians" and a.span.end <= m.span.start < doc.tokens[trig_tok].span.start
        for m in doc.actors)


SOURCE_LINKS = frozenset(("في", "من", "عن", "لدي", "باسم"))
SPEAKER_THAT = frozenset(fold_string(w) for w in "أن إن بأن وأن".split())
HELD_PRONOUNS = frozenset(fold_string(w) for w in "عليها عليه عليهما".split())
TAKER_GAP = HELD_PRONOUNS | frozenset(fold_string(w) for w in """مقاتلو مقاتلي مسلحو مسلحي عناصر قوات مليشيات
ميليشيات""".split())
SOURCE_ADJECTIVES = frozenset(fold_string(w) for w in """عسكري عسكرية أمني أمنية طبي طبية محلي محلية حكومي حكومية
رسمي رسمية مطلع مطلعة ميداني ميدانية رفيع رفيعة كبير بارز عسكريون أمنيون""".split())


PRO_GOVERNMENT_KINDS = frozenset({"state", "coalition", "external"})


PRO_GOVERNMENT_NAMES = ("popular resistance", "popular mobilization", "global coalition", "saudi-led",
                        "peshmerga", "tribal")


_ENDS: tuple = ((), [])


def token_at(doc: Doc, pos: int) -> int:
    """Index of the token containing original offset pos (binary search over the token ends, built
    once per doc and kept for the doc being read: events asks this hundreds of times an article)."""
    global _ENDS
    toks, ends = _ENDS
    if toks is not doc.tokens:
        ends = [t.span.end for t in doc.tokens]
        _ENDS = (doc.tokens, ends)
    return bisect_right(ends, pos)


def last_token(doc: Doc, span: Span) -> int:
    """Index of the last token starting inside span (a sentence or a clause): its end may fall on a
    full stop after its last token, where `token_at` would give the next sentence's first token."""
    k = token_at(doc, span.end - 1)
    if k >= len(doc.tokens) or doc.tokens[k].span.start >= span.end:
        k -= 1
    return k


ATTACK_NOUNS = frozenset(fold_string(w) for w in """هجوم هجوما الهجوم بهجوم وهجوم اعتداء هجمات اشتباك اشتباكات
الاشتباك الاشتباكات واشتباكات مواجهات مواجهة المواجهات""".split())


ARMED_ADJECTIVES = frozenset(("مسلح", "مسلحا", "مسلحه", "المسلح"))


def victim_kinds(norms: list[str]) -> tuple[bool, bool]:
    """(civilians named?, armed men named?) among a sentence's folded words."""
    civ = any(n in CIVILIAN_WORDS or (n[:1] in "وب" and n[1:] in CIVILIAN_WORDS)
              or (n[-2:] in ("ها", "هم") and n[:-2] in CIVILIAN_WORDS)   # ("مقتل سائقها")
              or (n[-1:] == "ا" and n[:-1] in NATIONALITY_NOUNS) for n in norms)   # ("قتل الجيش فلسطينيا")
    armed = any(n in ARMED_WORDS or (n[:1] in "وبل" and n[1:] in ARMED_WORDS) for n in norms)
    if armed:
        shot_by = any(n in SHOT_BY for n in norms)
        # "هجوم مسلح": an adjective of the attack, not armed men among the victims
        # ("برصاص مسلحين"، "أطلق مسلحون النار": the gunmen who did it are no victims either)
        armed = any((n in ARMED_WORDS or (n[:1] in "وبل" and n[1:] in ARMED_WORDS))
                    and not (k > 0 and norms[k - 1] in ATTACK_NOUNS and n in ARMED_ADJECTIVES)
                    and not (k > 0 and norms[k - 1] in PERPETRATOR_BEFORE)
                    # ("برصاص قوات الاحتلال": the force's head word, or its blanked actor word, between)
                    and not (k > 1 and norms[k - 1] in _FORCE_HEAD_WORDS and norms[k - 2] in PERPETRATOR_BEFORE)
                    # ("استشهد شاب برصاص قوات الاحتلال على حاجز حوارة": the post the shooters manned, where)
                    and not (n in _POST_WORDS and k > 0 and norms[k - 1] in _AT_WORDS and shot_by)
                    and not (k + 1 < len(norms) and norms[k + 1] in FIRED_AFTER)
                    # ("مسجد الروضة بمركز بئر العبد": "in the district of", Egypt's unit below the province;
                    # "بمركز للشرطة" is a post)
                    and not (n.lstrip("و") == _IN_CENTRE and not (k + 1 < len(norms) and norms[k + 1] in _CENTRE_OF_FORCE))
                    for k, n in enumerate(norms))
    return civ, armed


_IN_CENTRE = fold_string("بمركز")
_CENTRE_OF_FORCE = frozenset(fold_string(w) for w in """شرطة الشرطة للشرطة أمني أمنيا الأمني للأمن الأمن عسكري عسكريا
العسكري للجيش قيادة القيادة""".split())
PERPETRATOR_BEFORE = frozenset(fold_string(w) for w in "برصاص بنيران يد قبل أطلق اطلق فتح هاجم".split())
_FORCE_HEAD_WORDS = frozenset({""} | {fold_string(w) for w in "قوات جيش جنود عناصر".split()})
_POST_WORDS = frozenset(fold_string(w) for w in "حاجز الحاجز حاجزا".split())
_AT_WORDS = frozenset(fold_string(w) for w in "على علي عند قرب أمام امام".split())
SHOT_BY = frozenset(fold_string(w) for w in "برصاص بنيران".split())
FIRED_AFTER = frozenset(fold_string(w) for w in "أطلقوا اطلقوا فتحوا هاجموا أطلق".split())


def named_shooter(doc: Doc, k: int, actors: list[ActorMention] | None = None) -> ActorMention | None:
    """The side named right after the fire word at token k ("برصاص مستوطن"، "برصاص قوات الاحتلال"), of
    `actors` (the doc's by default), or None."""
    if doc.tokens[k].norm not in SHOT_BY:
        return None
    return next((a for a in (doc.actors if actors is None else actors)
                 if token_at(doc, a.span.start) == k + 1 and a.actor.kind not in GENERIC_KINDS), None)


LOYAL_WORDS = frozenset(fold_string(w) for w in "موالون موالين الموالون الموالين الموالية موالية الموالي موال الموالية".split())


GOVERNMENT_WORDS = frozenset(fold_string(w) for w in "لحكومة للحكومة للرئيس لحكومه للجيش للشرعية".split())


_AGAINST_WORDS = frozenset(fold_string(w) for w in "مع ومع ضد وضد".split())


def loyalist_phrase(norms: list[str]) -> bool:
    """"موالون لحكومة ..."، "الموالية للرئيس": the sentence's fighters are on the government's side
    (not when the phrase names whom they fought: "بعد معارك مع القوات الموالية للرئيس هادي")."""
    return any(n in LOYAL_WORDS and k + 1 < len(norms) and norms[k + 1] in GOVERNMENT_WORDS
               and not any(w in _AGAINST_WORDS for w in norms[max(0, k - 4):k])
               for k, n in enumerate(norms))


def is_pro_government(a: ActorMention | None) -> bool | None:
    if a is None:
        return None
    name = a.actor.name.lower()
    if a.actor.kind in PRO_GOVERNMENT_KINDS or a.actor.inter == 1:
        return True
    if any(k in name for k in PRO_GOVERNMENT_NAMES):
        return True
    return False


# ---------------------------------------------------------------- actors and roles

def is_news_source(doc: Doc, ti: int, first_tok: int) -> bool:
    """"مصادر بالشرطة"، "بحسب الجيش"، "مصدر في الشرطة": the actor at token ti only tells the news."""
    p1 = doc.tokens[ti - 1].norm if ti - 1 >= first_tok else ""
    p2 = doc.tokens[ti - 2].norm if ti - 2 >= first_tok else ""
    if p1 in SOURCE_WORDS or (p2 in SOURCE_WORDS and p1 in SOURCE_LINKS):
        return True
    for j in range(ti - 1, max(first_tok + 1, ti - 8), -1):
        # "...، كما أعلنت القوة الدولية للمساعدة على إرساء الأمن (إيساف)": who told it, after the news
        if doc.tokens[j].norm in SPEAKER_VERBS and doc.tokens[j - 1].norm == "كما" and j - 1 > first_tok \
                and doc.text[doc.tokens[j - 2].span.end:doc.tokens[j - 1].span.start].strip() in ("،", ","):
            return True
    # "قال مصدر عسكري في الجيش الوطني"، "مصادر أمنية مطلعة في الشرطة": the source's adjectives between
    if p1 not in SOURCE_LINKS:
        return False
    k = ti - 2
    while k >= first_tok and k >= ti - 4 and doc.tokens[k].norm in SOURCE_ADJECTIVES:
        k -= 1
    return k < ti - 2 and k >= first_tok and doc.tokens[k].norm in SOURCE_WORDS


_ONE_SIDE = frozenset(fold_string(w) for w in "جهة طرف ناحية جانب".split())
_OTHER = frozenset(fold_string(w) for w in "أخرى اخرى ثانية ثانيه آخر اخر الأخرى الاخرى".split())


def _sides_of_a_battle(doc: Doc, sent_tokens, actors: list[ActorMention], trig_tok: int):
    """"اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل الإسلامية من جهة أخرى": the
    actors before "من جهة" are one side, those before "من جهة أخرى" the other (the first named of
    each, an unnamed ally aside); None when the sentence does not tell its sides so."""
    norms = [t.norm for _, t in sent_tokens]
    marks = [k for k in range(len(norms) - 1) if norms[k] in ("من", "ومن") and norms[k + 1] in _ONE_SIDE]
    if len(marks) < 2:
        return None
    first, second = marks[0], next((k for k in marks[1:] if k + 2 < len(norms) and norms[k + 2] in _OTHER), None)
    if second is None or sent_tokens[first][0] < trig_tok:
        return None
    cut1, cut2 = sent_tokens[first][1].span.start, sent_tokens[second][1].span.start
    start = doc.tokens[trig_tok].span.end

    def side(lo: int, hi: int) -> ActorMention | None:
        inside = [a for a in actors if lo <= a.span.start and a.span.end <= hi]
        named = [a for a in inside if a.actor.kind not in GENERIC_KINDS]
        return (named or inside or [None])[0]
    a, b = side(start, cut1), side(cut1, cut2)
    if a is None or b is None or a.actor.name == b.actor.name:
        return None
    return a, b


def assign_roles(doc: Doc, sent_tokens: list[tuple[int, Token]], actors: list[ActorMention],
                  trig_tok: int, triggers: list[TriggerMention] = (), sent_trigs: list[TriggerMention] = ()
                  ) -> tuple[ActorMention | None, ActorMention | None, list[str]]:
    """actor1 = initiator, actor2 = target, from word order, genitives, passives and markers."""
    if not actors:
        counted = _counted_civilians(doc, sent_tokens, trig_tok, sent_trigs or triggers)
        return None, counted, [] if counted is None else [
            f"actor2 civilians: the dead told only by their count '{counted.surface}'"]
    sides = _sides_of_a_battle(doc, sent_tokens, actors, trig_tok)
    if sides is not None:
        return sides[0], sides[1], ["the two sides told 'من جهة ... من جهة أخرى'"]
    why: list[str] = []
    first_tok = sent_tokens[0][0]
    actors_all = actors
    idx = []
    backing: list[ActorMention] = []   # associates set aside as backing a side
    bodies = [t for t in triggers if t.cue == "@kill" and fold_string(t.lemma) in BODY_NOUNS]
    for a in actors:
        ti = token_at(doc, a.span.start)
        if (is_news_source(doc, ti, first_tok) and not _own_forces_after(doc, a, sent_tokens)
                and not _announced_own_taking(doc, a, sent_tokens, trig_tok, triggers)) \
                or (a.actor.kind == "civilians" and ti > first_tok and doc.tokens[ti - 1].norm in SPEECH_VERBS) \
                or _attributed_to(doc, ti, first_tok):
            # ("أعلن المتحدث باسم الجيش الشعبي أن قواته استعادت": the speaker's group whose forces acted
            # is a party)
            why.append(f"'{a.surface}' is a source of the news, not a party")
            continue
        if bodies and finds_bodies(doc, ti, bodies):
            why.append(f"'{a.surface}' found the bodies, not a party")
            continue
        if _holds_place(doc, ti, first_tok) and not any(
                t.lemma == FALL_LEMMA and token_at(doc, t.span.end - 1) == ti - 1 for t in triggers):
            # ("باتت مدينة تدمر تحت سيطرة تنظيم داعش": came under it, the taker)
            why.append(f"'{a.surface}' holds the place, not a party")
            continue
        if ti < trig_tok and _affiliation(doc, ti, first_tok) and any(
                doc.tokens[j].norm in SPEAKER_THAT for j in range(token_at(doc, a.span.end - 1) + 1, trig_tok)):
            # "أكد سليم النهدي، القيادي بالحراك الجنوبي، أن ...": the group of the one who speaks
            why.append(f"'{a.surface}' is the speaker's group, not a party")
            continue
        if _spied_for(doc, ti, first_tok):
            why.append(f"'{a.surface}' is who the victims are charged with serving, not a party")
            continue
        if idx and backs(doc, ti, first_tok):
            # "قوات النظام مدعومة بمقاتلي حزب الله"، "المقاومة المدعومة من التحالف": X backs the side
            # before it, an associate of that side, not another party
            why.append(f"associate '{a.surface}' backs '{idx[-1][1].surface}'")
            backing.append(a)
            continue
        if backing and a.actor.name == backing[-1].actor.name and a.span.start - backing[-1].span.end <= 12:
            continue   # "بدعم من قوات الاتحاد الأفريقي (أميصوم)": the associate named again
        idx.append((ti, a))
    if not idx:
        return None, None, why
    # "وقال الجيش في بيان إن قوات التحالف وجهت ضربة"، "قالت الشرطة إن مسلحين هاجموا"، "وكان التحالف ذكر
    # أن ...": the speaker tells of another's act
    last = sent_tokens[-1][0]
    for ti, a in list(idx):
        after_verb = _speaker_after(doc, a, last)
        if ti > first_tok and doc.tokens[ti - 1].norm in SPEAKER_VERBS and _tells_own_act(doc, a, last):
            continue  # "وأعلن الجيش الإسرائيلي أنه شن غارة جوية على ...": the speaker did it
        if (ti > first_tok and doc.tokens[ti - 1].norm in SPEAKER_VERBS) or after_verb:
            if any(tj > ti and b.actor.kind != "civilians" and b.actor.name != a.actor.name
                   # the subject of what is told ("قال الجيش إن ..."); any side after "أن" when the
                   # speaker is named before its verb ("التحالف ذكر أن ... مع قوات الأمن")
                   and (_after_that(doc, tj) if after_verb is None else tj > after_verb)
                   # "أن سلاح الجو": the speaker's own arm ("إن طائرات أمريكية": another state's)
                   and (fold_string(b.surface).split()[0] not in FORCE_ARMS or b.actor.country != a.actor.country)
                   for tj, b in idx) or (after_verb is None and _tells_of_victims(doc, a, ti, idx)
                                and not _own_forces_after(doc, a, sent_tokens)):
                idx.remove((ti, a))
                why.append(f"'{a.surface}' tells of another's act, not a party")
                # "أعلن ضابط في الشرطة العراقية أن ...": the body the speaker belongs to tells it too
                end = token_at(doc, a.span.end - 1)
                for tj, b in list(idx):
                    if tj == end + 2 and doc.tokens[end + 1].norm in SOURCE_LINKS:
                        idx.remove((tj, b))
                        why.append(f"'{b.surface}' the speaker's own body, not a party")
            elif _tells_of_projectiles(doc, a, last, after_verb):
                # "أعلن الجيش الإسرائيلي أن صاروخين أطلقا من قطاع غزة": the speaker tells of fire at it
                idx.remove((ti, a))
                why.append(f"'{a.surface}' tells of projectiles fired, not a party")
            elif after_verb is None and _tells_harm_to_others(doc, a, idx, last):
                idx.remove((ti, a))
                why.append(f"'{a.surface}' tells of a harm done to others, not a party")
            elif after_verb is None and not _own_forces_after(doc, a, sent_tokens) \
                    and (b := _doer_told_after(doc, a, idx)) is not None:
                # "أعلن تحالف دعم الشرعية إصابة 26 مدنيا جراء سقوط مقذوف أطلقته الميليشيات الحوثية": the
                # speaker tells of an act whose doer the sentence names
                idx.remove((ti, a))
                why.append(f"'{a.surface}' tells of an act '{b.surface}' did, not a party")
    # "اتهمت المعارضة قوات النظام بقصف ..."، "اتهم الجيش المتمردين بشن هجوم": the accuser tells who did
    # it; the side accused right after it is the doer
    for k, (ti, a) in enumerate(idx[:-1]):
        if ti > first_tok and doc.tokens[ti - 1].norm.lstrip("و") in ACCUSE_VERBS \
                and idx[k + 1][1].actor.kind != "civilians" and idx[k + 1][1].actor.name != a.actor.name \
                and idx[k + 1][0] <= token_at(doc, a.span.end - 1) + 2:
            del idx[k]
            why.append(f"'{a.surface}' accuses another side, not a party")
            break
    # "سقطت مدينة الرمادي أمس بيد تنظيم داعش بعد معارك مع القوات العراقية": the side the ground fell to
    # follows the hand (rasd.extract.triggers: the fall's cue); the other side named lost it
    fall = next((t for t in triggers if t.lemma == FALL_LEMMA and t.cue == "@territory"
                 and token_at(doc, t.span.start) == trig_tok), None)
    if fall is not None:
        after = token_at(doc, fall.span.end - 1) + 1
        taker = next((a for ti, a in idx if ti == after and a.actor.kind != "civilians"), None)
        if taker is not None:
            loser = next((a for ti, a in idx if a.actor.name != taker.actor.name
                          and a.actor.kind not in ("civilians", "none")), None)
            why.append(f"actor1 '{taker.surface}' the side the ground fell to")
            if loser is not None:
                why.append(f"actor2 '{loser.surface}' the other side named")
            return taker, loser, why
    # "داعش الإرهابي"، "الحوثيين المتمردين": an unnamed-group word right after a named side describes it
    for k in range(len(idx) - 1, 0, -1):
        (_, prev), (ti, a) = idx[k - 1], idx[k]
        if a.actor.kind == "unidentified" and prev.actor.kind not in GENERIC_KINDS | {"none"} \
                and ti == token_at(doc, prev.span.end - 1) + 1 \
                and a.span.start == doc.tokens[ti].span.start:  # "ومسلح": "و" joins another side
            why.append(f"'{a.surface}' describes '{prev.surface}', not another side")
            del idx[k]
    # "مسلحون حوثيون"، "مسلحون من داعش": a named side right after an unnamed-group word says whose
    # gunmen they are (the side then stands where the gunmen word stood: `told_as`)
    told_as: dict[int, int] = {}
    for k in range(len(idx) - 2, -1, -1):
        (ti, a), (tj, nxt) = idx[k], idx[k + 1]
        end = token_at(doc, a.span.end - 1)
        if a.actor.kind == "unidentified" and nxt.actor.kind not in GENERIC_KINDS | {"none"} \
                and not is_pro_government(nxt) and (  # "قتل مسلحون جنديا": the soldier is the object
                (tj == end + 1 and nxt.span.start == doc.tokens[tj].span.start)
                or (tj == end + 2 and doc.tokens[end + 1].norm == "من")):
            why.append(f"'{a.surface}' are '{nxt.surface}', not another side")
            told_as[id(nxt)] = ti
            del idx[k]
    # "هجوم مسلح نفذه ...": the attack's adjective is no party; it only says armed men did it, so it
    # stands as the initiator when no other side is named, and is never the target
    adjectives = [(ti, a) for ti, a in idx if _attack_adjective(doc, ti, a)]
    if adjectives:
        idx = [(ti, a) for ti, a in idx if (ti, a) not in adjectives]
        why.extend(f"'{a.surface}' describes the attack, not a side" for _, a in adjectives)
    actors = [a for _, a in idx]
    # "غارات أميركية", "ضربات جوية أميركية": a force named with the cue itself only ever acts
    on_cue = {id(a) for a in actors if any(t.span.overlaps(a.span) for t in triggers)
              and fold_string(a.surface) not in ARMED_ADJECTIVES}  # "هجوم مسلح": an adjective, no side
    # "قُتل أربعة عناصر في القوات الموالية ...": a sentence opening on a passive kill verb names the victims first
    victims: set[int] = set()
    whose_of: dict[int, ActorMention] = {}   # a generic victim mention → the named force right after it
    # (after a leading place phrase: "وفي منطقة جازان، قتل جندي سعودي")
    opening = after_place_phrase(doc, sent_tokens)
    if opening is sent_tokens:
        opening = after_link_clause(doc, sent_tokens)
    lead = [t.norm for _, t in opening[:2]]
    subject: ActorMention | None = None
    act_toks = {token_at(doc, t.span.start) for t in (sent_trigs or triggers) if t.cue not in ("@kill", "@injure")}
    if any(n in KILL_VERBS_PASSIVE or (n[:1] in "وف" and n[1:] in KILL_VERBS_PASSIVE) for n in lead) and not any(
            # "قتلت غارة لطائرة أمريكية 5 مسلحين": the act itself is the verb's subject, the verb is active
            i + 1 in act_toks for i, t in opening[:2]
            if t.norm in KILL_VERBS_PASSIVE or (t.norm[:1] in "وف" and t.norm[1:] in KILL_VERBS_PASSIVE)):
        verb = next(i for i, t in opening[:2]
                    if t.norm in KILL_VERBS_PASSIVE or (t.norm[:1] in "وف" and t.norm[1:] in KILL_VERBS_PASSIVE))
        for ti, a in idx:
            if ti - opening[0][0] <= 7 and id(a) not in on_cue and not _after_initiator_marker(doc, ti, first_tok) \
                    and not (ti - 1 in act_toks and doc.tokens[ti].norm[:1] == "ل"):
                # ("سقط قتلى في قصف لقوات النظام": the act's own doer, after its "ل", did not die)
                at = told_as.get(id(a), ti)
                # "قتل مسلحو داعش 30 من أبناء العشيرة": the group's fighters in the nominative construct
                fighters = (at == verb + 2 and doc.tokens[verb + 1].norm in _NOMINATIVE_FIGHTERS) or (
                    # "قتلت عناصر من قوات الدعم السريع مزارعين اثنين": some of the group's men, then the object
                    at == verb + 3 and doc.tokens[verb + 1].norm in _NOMINATIVE_FIGHTERS and doc.tokens[verb + 2].norm == "من")
                if (at == verb + 1 or fighters) and (_words_between(doc, verb, trig_tok) <= 8 or (
                        # "قتلت جماعة بوكو حرام 97 مدنيا على الأقل في هجوم على ...": the act the dead fell in
                        _words_between(doc, verb, trig_tok) <= 14 and _act_they_fell_in(doc, trig_tok))) \
                        and a.actor.kind != "civilians" \
                        and _object_follows(doc, a, last_tok=sent_tokens[-1][0],
                                            subject=fighters or (told_as.get(id(a)) == verb + 1
                                                                 and doc.tokens[verb + 1].norm.endswith("ون"))):
                    # "قتلت القوات الأميركية 11 مسلحا": an active verb, its subject then its counted object
                    # (the event's cue near it: a cue told later has its own sides, "... ردا على هجوم نفذه X")
                    subject = a
                    why.append(f"actor1 '{a.surface}' the subject of the kill verb (an object follows)")
                    break
                victims.add(id(a))
                why.append(f"'{a.surface}' are the victims of a passive kill verb")
                end = token_at(doc, a.span.end - 1)
                whose = next((b for tj, b in idx if (tj == end + 1 or (
                    # ("قتل ضابط في الشرطة": the force he served in)
                    # ("قتل جنديان من قوات حفظ السلام": the mission they served in, not the host's army)
                    tj == end + 2 and doc.tokens[end + 1].norm in ("في", "من") and b.actor.kind in ("state", "external")))
                              and b is not a and b.actor.kind not in GENERIC_KINDS
                              and id(b) not in on_cue and not (doc.tokens[tj].norm[:1] == "و"
                                                               and not fold_string(b.surface).startswith("و"))), None)
                if whose is not None:
                    # "قتل ثلاثة من جنود حلف الأطلسي": the force the dead soldiers are of is the side hit
                    victims.add(id(whose))
                    whose_of[id(a)] = whose
                    why.append(f"'{whose.surface}' are whose '{a.surface}' died")
                # "قتل ضابطا شرطة ومجند": those joined to the victims by "و" died with them (a gunman
                # named after the police, "ومسلح", is of the other side: the attackers' own dead)
                for _, b in idx[idx.index((ti, a)) + 1:]:
                    if not _joined_victim(doc, a, b) or {_side(a), _side(b)} == {"gov", "armed"}:
                        break
                    victims.add(id(b))
                    why.append(f"'{b.surface}' are victims too (joined by 'و')")
                    a = b
                break
    last_tok = sent_tokens[-1][0]
    for ti, a in idx:
        if id(a) in on_cue or id(a) in victims:
            continue
        before = [doc.tokens[j].norm for j in range(max(first_tok, ti - 4), ti)]
        after = _next_norm(doc, a, 1, last_tok)
        if after[2:] in COUNTRY_WORDS and after.startswith("ال"):
            after = _next_norm(doc, a, 2, last_tok)  # "رجال الشرطة الأفغانية قتلوا": past the nationality
        if after in DIED_AFTER:
            # "ضابطي شرطة ومدنيا أصيبوا": those joined to them by "و" before were hit with them
            k = idx.index((ti, a))
            while k > 0 and _joined_victim(doc, idx[k - 1][1], idx[k][1]) and id(idx[k - 1][1]) not in on_cue:
                victims.add(id(idx[k - 1][1]))
                why.append(f"'{idx[k - 1][1].surface}' are victims too (joined by 'و')")
                k -= 1
        # (a body noun names its dead right after it: "جثث 3 جنود"; "جثث 14 شخصا أعدمهم تنظيم داعش" names the
        # killers after their verb)
        if any(n in DEATH_NOUNS and (n not in BODY_NOUNS or k >= len(before) - 2) for k, n in enumerate(before)) \
                or (after in DIED_AFTER and not _active_kill_after(doc, a, last_tok)) or any(
                _abduction_noun(doc, j, first_tok) for j in range(max(first_tok, ti - 3), ti)) or _counted_after_kill(doc, first_tok, ti, trig_tok) or (
                any(n in AMONG_WORDS for n in before[-3:]) and _dead_told_before(doc, first_tok, ti)):
            victims.add(id(a))
            why.append(f"'{a.surface}' are the ones the act was done to")
        elif after.startswith(SUFFERED) or (after in ("قد", "لم") and _next_norm(doc, a, 2, last_tok).startswith(SUFFERED)):
            # "القوات الأميركية تعرضت لهجوم": the subject of "تعرض ل" suffered the act
            victims.add(id(a))
            why.append(f"'{a.surface}' suffered the act ('{after}')")
    # "قتل ثلاثة جنود من قوات التحالف": the force the victims belong to was hit too, and names them best
    partitive = _partitives(doc, idx, victims, why)

    def prev_norms(ti: int, k: int = 2) -> list[str]:
        return [doc.tokens[j].norm for j in range(max(first_tok, ti - k), ti)]

    initiator: ActorMention | None = subject
    target: ActorMention | None = None
    # explicit initiator markers: "على يد X", "من قبل X", "برصاص X", "بنيران X" — of this cue, not of
    # another cue told between them ("غداة الغارات التي شنها الطيران التركي")
    # (a cue of the same type in the cue's own phrase names the same act: "هجوم انتحاري بسيارة مفخخة ...
    # تبنته حركة طالبان")
    main_types = {t.event_type for t in sent_trigs if token_at(doc, t.span.start) == trig_tok}
    other_cues = [tt for tt, t in ((token_at(doc, t.span.start), t) for t in sent_trigs)
                  if tt != trig_tok and not (t.event_type in main_types and abs(tt - trig_tok) <= 3)]
    # (the generic noun the marker hangs on is the act itself: "وكان انتحاري ... قد فجرها، في هجوم تبناه داعش")
    generic_nouns = {token_at(doc, t.span.start) for t in sent_trigs if t.cue in ("@attack", "@explosion")}
    if doc.tokens[trig_tok].norm.lstrip("و") in STAB_VERBS:
        # "طعن شاب فلسطيني جنديا إسرائيليا": the person right after the verb did it (no side), the one
        # named after him was stabbed
        # (or before it, the subject of the verb before: "تسلل شاب فلسطيني إلى مستوطنة حلميش ... وطعن أربعة
        # مستوطنين")
        doer = next(((ti, a) for ti, a in idx if ti == trig_tok + 1 and a.actor.kind == "civilians"), None) \
            or next(((ti, a) for ti, a in reversed(idx) if ti < trig_tok and a.actor.kind == "civilians"), None)
        if doer is not None:
            idx.remove(doer)
            why.append(f"'{doer[1].surface}' did it, told as a person: no side")
            end = max(trig_tok, token_at(doc, doer[1].span.end - 1))
            target = next((a for ti, a in idx if end < ti <= end + 3), None)
            if target is not None:
                why.append(f"actor2 '{target.surface}' the one stabbed")
                # (no one else did it: "... قبل أن يصاب برصاص جندي" shot the attacker, another act)
                return None, target, why
    for ti, a in list(idx):
        p = prev_norms(ti, 2)
        # "نفذه نحو 300 من مقاتلي ولاية سيناء": a count between the marker and the group
        far = prev_norms(ti, 7)
        while far and (far[-1] in COUNT_FILLERS or far[-1].isdigit()):
            far.pop()
        for marker in INITIATOR_MARKERS:
            if tuple(p[-len(marker):]) == marker or (len(far) < 7 and tuple(far[-len(marker):]) == marker):
                if a.actor.kind == "civilians":
                    # "هجوم انتحاري نفذته امرأة": the doer told as a person is no side, and no victim
                    idx.remove((ti, a))
                    why.append(f"'{a.surface}' did it, told as a person: no side")
                    break
                own_noun = ti - len(marker) - 1
                # (the marker may itself be a cue, "برصاص": it names this act's fire, no other act)
                marker_toks = {j for j in range(max(first_tok, ti - 8), ti) if doc.tokens[j].norm in marker}
                if any(trig_tok < oc < ti and oc not in marker_toks and not (oc == own_noun and oc in generic_nouns)
                       for oc in other_cues):
                    break
                initiator = a
                why.append(f"actor1 '{a.surface}' after '{' '.join(marker)}'")
                break
        if initiator:
            break
        if _did_it(doc, a, ti, first_tok, last, trig_tok, sent_trigs or triggers):
            # "بعدما قام مجهولون بتفجير منزل": the subject of "قام" before this act's verbal noun
            initiator = a
            why.append(f"actor1 '{a.surface}' did it ('قام ... ب')")
            break
        if _weapon_doer(doc, ti, first_tok, triggers) and not any(trig_tok < oc < ti for oc in other_cues):
            initiator = a
            why.append(f"actor1 '{a.surface}' used the weapon ('{doc.span_text(doc.tokens[ti - 1].span)}')")
            break
        if claims(doc, a, last):
            # "أعلن تنظيم دولة العراق الإسلامية مسؤوليته عن هجوم": who claims the act did it
            initiator = a
            why.append(f"actor1 '{a.surface}' claims the act")
            break
    # genitive right after the cue: "غارة أميركية", "هجوم لداعش", "غارات التحالف", "قصف مدفعي للحوثيين";
    # also a verb's subject right after it: "عندما قصف الجيش بطائرات" (not after "مقتل": the dead)
    # (not a strategic cue's: "بعد انسحاب قوات الاتحاد الأفريقي منها" names who withdrew, not who took the town)
    cue_toks = [trig_tok] + sorted({token_at(doc, t.span.start) for t in triggers
                                   if t.cue not in ("@kill", "@injure")
                                   and (t.sub_event_type is None or t.sub_event_type.event_type.value != "Strategic developments")}
                                   - {trig_tok})
    kill_toks = [token_at(doc, t.span.start) for t in triggers if t.cue == "@kill"]
    for ct in cue_toks:
        if initiator is not None:
            break
        if ct != trig_tok and any(trig_tok < k < ct for k in kill_toks):
            # "فجر 3 انتحاريين أنفسهم بينما قتل الرابع برصاص رجال الأمن": the fire of a killing told after
            # the act is that killing's, its shooters are not the act's doer
            continue
        for ti, a in idx:
            if id(a) in victims or (ct != trig_tok and (doc.tokens[ti].norm.startswith("ل") or id(a) in on_cue
                                                        or a.actor.kind == "unidentified")):
                continue  # "تصدى ... للمهاجمين": "ل" after a verb marks its object
            if doc.tokens[ti].norm in ARMED_ADJECTIVES and doc.tokens[ti - 1].norm in ATTACK_NOUNS:
                continue  # "هجوم مسلح": the attack's adjective, not a side
            if 0 < ti - ct <= 2 and doc.tokens[ct].norm.endswith(OWN_SUBJECT_ENDINGS) and len(doc.tokens[ct].norm) > 4 \
                    and not _verb_with_object(doc.tokens[ct].norm):
                continue  # "هاجموا المواطنين"، "رشقهم": the cue holds its own subject or object; what follows is none
            if ti - ct == 1 and doc.tokens[ct].norm.lstrip("و") in BLAST_VERBS and doc.tokens[ti].norm.startswith("ب"):
                # "انفجر لغم بدبابة إسرائيلية": what the blast hit, not who set it
                victims.add(id(a))
                why.append(f"'{a.surface}' were hit by the blast")
                continue
            if ti - ct == 1 and ((_bare(doc.tokens[ct].norm) in EXPEL_NOUNS and ct > first_tok
                                  and doc.tokens[ct - 1].norm.lstrip("و") in MASDAR_BEFORE)
                                 or _bare(doc.tokens[ct].norm).removeprefix("ب") in EXPEL_NOUNS):
                # ("انتهت المعارك أمس بدحر الميليشيات الحوثية": "ب" makes the word a verbal noun too)
                # "تمكنت المقاومة من طرد الحوثيين"، "ثم طرد الحوثيين": the expulsion's genitive was expelled
                victims.add(id(a))
                why.append(f"'{a.surface}' were expelled")
                continue
            if ti - ct == 1 and _bare(doc.tokens[ct].norm) in KILL_VERBS_PASSIVE \
                    and not doc.tokens[ti].norm.endswith("ون") and not _object_follows(doc, a, last_tok=last_tok):
                # "وفي تكريت قتل جندي يعمل بحماية المنشآت": with no object after it, the noun that
                # follows the kill verb is its (passive) subject, the one who died ("قتل مسلحون جنديا":
                # a nominative plural is the active subject)
                victims.add(id(a))
                why.append(f"'{a.surface}' are the victims of a passive kill verb")
                continue
            if 0 < ti - ct <= 3 and doc.tokens[ct].norm.lstrip("و") in INTERCEPT_VERBS \
                    and doc.tokens[ti].norm.removeprefix("ال").startswith(_WEAPON_STEMS):
                # "أسقطت الدفاعات الجوية طائرة مسيرة تركية"، "اعترضت صاروخا حوثيا": the weapon downed is
                # the other side's
                victims.add(id(a))
                why.append(f"'{a.surface}' the weapon intercepted")
                continue
            # (a territory noun's genitive took the ground: "سيطرة المقاومة على عدن"; "تحت سيطرة X" held it)
            markers = TARGET_MARKERS - CONTROL_NOUNS if doc.tokens[ct].norm.lstrip("وب") in CONTROL_NOUNS else TARGET_MARKERS
            if 1 < ti - ct <= 4 and ct == trig_tok and any(t.cue == "@territory" and token_at(doc, t.span.start) == ct
                                                           for t in triggers) \
                    and all(doc.tokens[j].norm in TAKER_GAP for j in range(ct + 1, ti)) \
                    and doc.tokens[ct + 1].norm in HELD_PRONOUNS:
                # "وسيطر عليها مقاتلو حركة الشباب": the verb, the place as a pronoun, its fighters
                initiator = a
                why.append(f"actor1 '{a.surface}' the subject of the verb that took the ground")
                break
            if ti - ct == 1 and doc.tokens[ti].norm.startswith("ل") and doc.tokens[ct].norm.endswith("ا") \
                    and doc.tokens[ct].norm.removesuffix("ا") in TARGET_NOUNS:
                continue  # "استهدف مسلحون كمينا للشرطة": the accusative target's owner, not its doer
            if ti - ct == 1 and doc.tokens[ti].norm.startswith("ل") and ct > 0 \
                    and doc.tokens[ct - 1].norm == "علي" and doc.tokens[ct].norm in TARGET_NOUNS:
                continue  # "في هجوم لمسلحين على كمين للجيش": the target's owner, after "على", not its doer
            if 0 < ti - ct <= 2 and not any(n in markers for n in prev_norms(ti, ti - ct)):
                gap = [doc.tokens[j].norm for j in range(ct + 1, ti)]
                if all(g in ("مدفعي", "جوي", "جويه", "صاروخي", "انتحاري", "مسلح", "لمقاتلات", "لطائرات", "طائرات", "مقاتلات", "من") for g in gap):
                    masdar = _bare(doc.tokens[ct].norm).lstrip("بل")
                    if a.actor.kind == "civilians" or (not gap and masdar in OBJECT_MASDARS and not (
                            masdar == _TARGETING and _object_after_weapon(doc, ti))):
                        # (not its doer, its weapon and its object told: "استهداف مليشيا الحوثي بصاروخين مسجدا")
                        # "اغتصاب فتاة"، "توقيف أشخاص"، "رشق الجنود": the genitive was acted upon
                        victims.add(id(a))
                        why.append(f"'{a.surface}' the genitive the act was done to")
                        continue
                    initiator = a
                    why.append(f"actor1 '{a.surface}' as the cue's genitive")
                    break
    # "غارة أميركية", "ضربات جوية أميركية": the force named with the cue itself
    if initiator is None:
        # (not the noun after a verb agreeing with a plural subject: "جنود الاحتلال هاجموا المشاركين في المسيرة",
        # its object)
        plural_verb = doc.tokens[trig_tok].norm.endswith("وا")
        for ti, a in idx:
            if id(a) in on_cue and id(a) not in victims and a.actor.kind not in ("civilians", "none") \
                    and not (plural_verb and ti > trig_tok):
                initiator = a
                why.append(f"actor1 '{a.surface}' named with the cue")
                break
    # "بين X و Y": the sides of this cue's act ("اشتباكات عنيفة دارت بين"), not of another act told in
    # the sentence ("شنت طائرات التحالف غارات ...، فيما تواصلت المواجهات في تعز بين المقاومة والميليشيات")
    for k, (ti, a) in enumerate(idx):
        bt = next((j for j in range(ti - 1, max(first_tok, ti - 2) - 1, -1) if doc.tokens[j].norm == "بين"), None)
        if bt is None or k + 1 >= len(idx):
            continue
        if not (0 < bt - trig_tok <= BETWEEN_AFTER_CUE or 0 < trig_tok - bt <= BETWEEN_BEFORE_CUE) \
                or any(min(bt, trig_tok) < oc < max(bt, trig_tok) for oc in other_cues):
            continue
        # the other side is the one joined by "و" ("بين قوات النظام مدعومة بمقاتلي حزب الله وفصائل المعارضة")
        rest = [b for _, b in idx[k + 1:]]
        other = next((b for tb, b in idx[k + 1:] if tb - bt <= BETWEEN_SPAN and _joined_after(doc, b)), rest[0])
        if initiator is None or (0 < bt - trig_tok and initiator is not a and initiator is not other
                                 and token_at(doc, initiator.span.start) < trig_tok):
            # (the pair told right after the cue are its sides, not a doer named before it for another act:
            # "قتل ثمانية مدنيين جراء قصف كتائب القذافي ...، في حين تواصلت المواجهات بين الثوار والكتائب")
            if initiator is not None:
                why.append(f"not '{initiator.surface}': the sides follow the cue")
            initiator = a
        target = other if other is not initiator else None
        why.append("actors from 'بين X و Y'")
        break
    # "اشتباكات مع قوات الأمن": the side after "مع" is the other party of a clash
    with_party = False
    clash_toks = [token_at(doc, t.span.start) for t in triggers if t.event_type is E.BATTLES]
    if target is None and clash_toks:
        for ti, a in idx:
            if a is not initiator and any(0 < ti - ct <= CLASH_WITH_SPAN for ct in clash_toks) and "مع" in prev_norms(ti, 2):
                target, with_party = a, True
                why.append(f"actor2 '{a.surface}' the other side of the clash ('مع')")
                break
    # "استعادة الأحياء ... من المقاتلين الحوثيين": ground is taken FROM the side after "من"
    terr_toks = [token_at(doc, t.span.start) for t in triggers if t.cue == "@territory"]
    if target is None and terr_toks:
        for ti, a in idx:
            if a is not initiator and any(0 < ti - tt <= 14 for tt in terr_toks) and "من" in prev_norms(ti, 2) \
                    and not gunmen_of(doc, actors_all, ti) and not _units_of(doc, ti):
                target = a
                why.append(f"actor2 '{a.surface}' lost the ground ('من')")
                break
    # target markers: "ضد X", "على X", "استهدف X", "مواقع X", and victims after a kill cue
    partitive.update(_partitives(doc, idx, victims, why))
    if target is None:
        # (in a battle the side that lost men is the target, not civilians killed in another clause:
        # "قتل 13 مدنيا في قصف ...، فيما قتل خمسة من المقاومة في مواجهات")
        armed_victim = E.BATTLES in main_types and any(
            id(a) in victims and a is not initiator and a.actor.kind != "civilians" for _, a in idx)
        for ti, a in idx:
            if armed_victim and a.actor.kind == "civilians":
                continue
            if id(a) in victims and a is not initiator and not (
                    # ("قتل خمسة من مسلحي جماعة الحوثي وجندي ... إثر هجوم شنه الحوثيون على مواقع الجيش": the
                    # doer's own dead; the side it attacked is the other)
                    initiator is not None and a.actor.name == initiator.actor.name and a.actor.kind not in GENERIC_KINDS):
                b = partitive.get(id(a)) or whose_of.get(id(a))   # ("جنود حلف الأطلسي": the force named)
                target = b if b is not None and b is not initiator else a
                if target.actor.kind == "civilians" and not named_civilians(target):
                    # "قتل ثمانية أشخاص في انفجار سيارة مفخخة استهدف نقطة تفتيش للشرطة": people counted,
                    # the police the blast was aimed at are the side hit
                    # (a militia's car too: "استهدفت سيارة تابعة لقوات الحزام الأمني")
                    aimed = next((c for tc, c in idx if c is not initiator and c.actor.inter in (1, 2, 3, 4, 8)
                                  and c.actor.kind not in GENERIC_KINDS and _acted_upon(doc, tc, first_tok)), None)
                    if aimed is not None:
                        target = aimed
                        why.append(f"actor2 '{aimed.surface}' the act was aimed at; the dead are counted only")
                    else:
                        # "قتل 7 أشخاص، بينهم 4 من عناصر الحزام الأمني": a force among the people counted was hit
                        # (not the doer's own weapon told after "منهم": "استشهاد ثلاثة فلسطينيين، اثنان منهم في
                        # غارة إسرائيلية")
                        among = next((c for tc, c in idx if c is not target and c is not initiator
                                      and not (initiator is not None and c.actor.name == initiator.actor.name)
                                      and c.actor.kind not in GENERIC_KINDS | {"none"}
                                      and any(doc.tokens[j].norm in AMONG_WORDS for j in range(max(first_tok, tc - 5), tc))
                                      and _dead_told_before(doc, first_tok, tc)), None)
                        if among is not None:
                            target = among
                            why.append(f"actor2 '{among.surface}' among the dead counted")
                elif target.actor.kind == "state" and _bare(fold_string(target.surface)).startswith(CONSCRIPT_STEMS):
                    # "لدى مرور دورية للجيش المصري ... ما أدى إلى مقتل مجندين اثنين": conscripts serve in the
                    # army or the police; the force the act was aimed at says which
                    aimed = next((c for tc, c in idx if c is not initiator and c.actor.kind == "state"
                                  and c.actor.country == target.actor.country and c.actor.name != target.actor.name
                                  and _acted_upon(doc, tc, first_tok)), None)
                    if aimed is not None:
                        target = aimed
                        why.append(f"actor2 '{aimed.surface}' the act was aimed at; the conscripts served in it")
                break
    if target is None:
        for ti, a in idx:
            if a is initiator or id(a) in on_cue:
                continue
            p = prev_norms(ti, 2)
            if p and p[-1].lstrip("و").startswith(("استهدف", "يستهدف", "تستهدف")) \
                    and fold_string(a.surface).split()[0].removeprefix("ال") in AIRCRAFT_NOUNS:
                continue  # "استهدفت طائرة أمريكية بدون طيار قياديا": the verb's subject, the aircraft, struck
            if p and p[-1].lstrip("و").startswith(("استهدف", "استهدفت")) and _instrument_after_token(doc, ti):
                continue  # "استهدف حزب الله بصاروخ موجه آلية": the named side, then its weapon: the subject
            if p and p[-1] in FIGHTER_HEADS and len(p) > 1 and p[-2].lstrip("و").startswith(("استهدف", "يستهدف", "تستهدف")):
                continue  # "استهدف مسلحو حركة الشباب بقذائف الهاون القصر": the group's fighters, the subject
            if _aimer(doc, ti, first_tok):
                continue  # "استهدفت فصائل جيش الفتح أمس بلدتي الفوعة وكفريا": the verb's object follows the side
            if _fired_from_held(doc, ti, first_tok):
                continue  # "قذائف أطلقت من مناطق سيطرة داعش على بلدة كلس": where the fire came from, not its target
            if any(n in TARGET_MARKERS or n.startswith(("استهدف", "يستهدف", "تستهدف")) for n in p) \
                    or _acted_upon(doc, ti, first_tok):  # "بتفجير منزل أمين شرطة"، "دورية للجيش"
                target = a
                why.append(f"actor2 '{a.surface}' after a target marker")
                break
    if initiator is None:
        # "اعتقال قائد كتائب ثورة العشرين": the group after a verbal noun of capture is who was taken
        # (in a clash the member's group is a side: "قتل عضو بالقوة ... أثناء اشتباكات مع متشددين")
        harmed = E.BATTLES not in main_types and any(t.cue in ("@kill", "@injure") or t.event_type is E.VAC
                                                     for t in sent_trigs or triggers)
        terr = any(t.cue == "@territory" and token_at(doc, t.span.start) == trig_tok for t in triggers)
        captured_after = any(token_at(doc, t.span.start) == trig_tok and fold_string(doc.span_text(t.span)).lstrip("وب")
                             .startswith(CAPTURE_NOUNS) for t in triggers)
        capture_cue = any(token_at(doc, t.span.start) == trig_tok and t.sub_event_type in (S.ARRESTS, S.ABDUCTION)
                          for t in triggers)
        for ti, a in sorted(idx + adjectives, key=lambda p: p[0]):
            if a is target or (target is not None and a.actor.name == target.actor.name):
                continue
            if a.actor.kind == "civilians" or (id(a) in victims and not with_party):
                continue
            if captured_after and ti > trig_tok:
                continue
            if capture_cue and ti - 1 > trig_tok and doc.in_number(doc.tokens[ti - 1].span.start):
                continue  # "أوقفت وحدات الأمن 5 عناصر إرهابية": those counted after the capture verb were taken
            if _acted_upon(doc, ti, first_tok):
                continue  # "لدى مرور دورية للجيش الأميركي"، "استهدف مبنى للشرطة": the target's name
            if harmed and _affiliation(doc, ti, first_tok):
                continue  # "خطف قيادي في حركة حماس": the group of the one harmed
            if belonging(doc, ti, first_tok):
                continue  # "اعتقال 20 شخصا يشتبه في انتمائهم لتنظيم داعش": the group they are said to join
            if harmed and harmed_in(doc, a, sent_tokens):
                continue  # "قتلت القوات أكثر من 100 عنصر من التنظيم، وفككت عبوات": the dead's group did nothing
            if terr and ti > first_tok and doc.tokens[ti - 1].norm.lstrip("وف").startswith(WITHDRAW_STEM):
                continue  # "استولى التنظيم على المقر بعد أن انسحب الجيش منه": who withdrew lost the ground
            if terr and ti > trig_tok and doc.tokens[ti - 1].norm.lstrip("و") == "مع":
                if target is None:
                    target = a
                    why.append(f"actor2 '{a.surface}' fought for the ground ('مع')")
                continue  # "سيطر اللواء 106 على المعسكر بعد معارك مع قوات الوفاق": the taker's foe
            if ti - 1 > first_tok and ti - 1 != trig_tok and doc.tokens[ti - 1].norm.lstrip("وف") in INTERCEPT_VERBS:
                continue  # "34 صاروخا أطلقت من لبنان، اعترضت منظومة القبة الحديدية 25 منها": the defence, not the fire
            initiator = a
            why.append(f"actor1 '{a.surface}' first actor of the sentence")
            break
    if target is None:
        for ti, a in idx:
            if a is initiator or (initiator is not None and a.actor.name == initiator.actor.name) or id(a) in on_cue:
                continue
            if initiator is not None and not _opposed(initiator, a) and any(
                    (b is initiator or (b.actor.name == initiator.actor.name and b is not a))
                    and _joined_to(doc, b, a) and not _two_sides_before(doc, b) for _, b in idx):
                continue  # "قوات مشتركة للجيش والشرطة": joined by "و" to the initiator, the same side
                # (or to another naming of it: "أعلنت قيادة العمليات أن القوات العراقية وفصائل الحشد")
            if initiator is not None and token_at(doc, a.span.end - 1) + 1 == trig_tok \
                    and doc.tokens[trig_tok].norm.endswith("ا") and _joined_to(doc, initiator, a):
                continue  # "الجيش السوري وحزب الله سيطرا على بلدة قارة": the pair before the dual verb did it
            if initiator is not None and token_at(doc, initiator.span.start) == trig_tok + 1 \
                    and _joined_to(doc, initiator, a) and not any(
                        token_at(doc, t.span.start) == trig_tok and t.sub_event_type is S.ARMED_CLASH
                        for t in sent_trigs or triggers):
                continue  # "سيطرت قوات الحزام الأمني والمقاومة الجنوبية على المعسكر": the verb's subject
                # is the pair, one side, whatever camps the two names fall in elsewhere (the pair after
                # a clash verb is its two sides: "اشتبكت قوات النظام وفصائل المعارضة")
            if belonging(doc, ti, first_tok):
                continue  # "مسلحون يشتبه في انتمائهم لتنظيم القاعدة": the group they are said to join
            if initiator is not None and _member_listed(doc, initiator, ti):
                continue  # "فصائل جيش الفتح التي تضم جبهة النصرة وحركة أحرار الشام": the doer's members
            a = whose_of.get(id(a), a)   # ("جنود حلف الأطلسي": the force, not soldiers of the country)
            target = a
            why.append(f"actor2 '{a.surface}' other actor of the sentence")
            break
    if target is None:
        # "قتل 12 وجرح 30 في انفجار سيارة مفخخة": a bomb's dead told only by their count, no armed
        # man among them, are civilians (as ACLED codes them)
        target = _counted_civilians(doc, sent_tokens, trig_tok, sent_trigs or triggers)
        if target is not None:
            why.append(f"actor2 civilians: the dead told only by their count '{target.surface}'")
    # "هاجم مسلحون مركزا للحرس ... أسفرت عن مقتل 36 مسلحا و12 من عناصر الأمن": the subject of the attack
    # verb that opens the sentence began it; its own dead do not make it the target
    opener = _opening_attacker(doc, sent_tokens, idx)
    if opener is not None and initiator is not opener and (initiator is None or initiator.actor.name != opener.actor.name):
        if target is not None and target.actor.name == opener.actor.name:
            target = initiator if initiator is not None and initiator.actor.kind != "civilians" else None
        initiator = opener
        why.append(f"actor1 '{opener.surface}' the subject of the attack verb that opens the sentence")
    return initiator, target, why


ATTACK_OPENERS = frozenset(fold_string(w) for w in "هاجم هاجمت هاجموا اقتحم اقتحمت اقتحموا".split())


def _opening_attacker(doc: Doc, sent_tokens: list[tuple[int, Token]], idx) -> ActorMention | None:
    """The armed side right after an attack verb that opens the sentence ("هاجم مسلحون ...")."""
    head = sent_tokens[:2]
    for k, (ti, t) in enumerate(head):
        if _bare(t.norm) in ATTACK_OPENERS:
            nxt = next((a for tj, a in idx if tj == ti + 1), None)
            if nxt is not None and nxt.actor.kind not in ("civilians", "protesters", "rioters", "none"):
                return nxt
            return None
    return None


# "مدعومة بمقاتلي حزب الله"، "المدعومة من التحالف"، "بدعم من طيران التحالف"، "بمساندة قوات الحشد"
BACKED_WORDS = frozenset(fold_string(w) for w in """مدعوم مدعومة مدعوما مدعومين مدعومون المدعوم المدعومة المدعومين
المدعومون مسنودة المسنودة مسنود المسنود مسنودين المسنودين مسنودا""".split())
SUPPORT_NOUNS = frozenset(fold_string(w) for w in """بدعم وبدعم بمساندة وبمساندة بإسناد وبإسناد باسناد وباسناد بغطاء
بالتعاون وبالتعاون بمشاركة وبمشاركة""".split())


def backers(doc: Doc, sentence: Span, actors) -> list[tuple[ActorMention, ActorMention]]:
    """(backer, side it backs) in one sentence: "قوات النظام مدعومة بمقاتلي حزب الله" → (Hezbollah,
    the regime's forces); the side is the nearest mention before the backer that backs nothing and is
    on the backer's side of the war when that is known ("البيشمركة ... بعد معارك مع تنظيم داعش، بإسناد
    جوي من طائرات التحالف" → the Peshmerga)."""
    inside = [a for a in actors if sentence.start <= a.span.start and a.span.end <= sentence.end]
    if len(inside) < 2:
        return []
    first_tok = token_at(doc, sentence.start)
    out: list[tuple[ActorMention, ActorMention]] = []
    sides: list[ActorMention] = []
    for a in sorted(inside, key=lambda a: a.span.start):
        if sides and backs(doc, token_at(doc, a.span.start), first_tok):
            camp = is_pro_government(a)
            out.append((a, next((b for b in reversed(sides) if is_pro_government(b) == camp), sides[-1])))
        elif out and a.actor.name == out[-1][0].actor.name and a.span.start - out[-1][0].span.end <= 12:
            out.append((a, out[-1][1]))   # "بدعم من قوات الاتحاد الأفريقي (أميصوم)": the backer named again
        else:
            sides.append(a)
    return out


def _opposed(a: ActorMention, b: ActorMention) -> bool:
    """a and b stand in opposite camps of the war ("فصائل المعارضة وقوات النظام"), both known."""
    pa, pb = is_pro_government(a), is_pro_government(b)
    return pa is not None and pb is not None and pa != pb


_BACKING_UNITS = frozenset(fold_string(w) for w in "وحدات قوات فرق سرايا كتائب ألوية الوية مقاتلين".split())


def backs(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti is told as backing a side named before it: after "مدعومة ب..."
    ("مدعومة بمقاتلي حزب الله"، "مدعوما بالطيران")، "المدعومة من X"، "بدعم (من) X"، "بمساندة X"."""
    p = [doc.tokens[j].norm for j in range(max(first_tok, ti - 3), ti)]
    n = doc.tokens[ti].norm
    if p and p[-1] in BACKED_WORDS:
        return n.startswith("ب")  # "مدعومة بمقاتلي"
    if p and p[-1] in ("من", "جوي", "جويه") and len(p) >= 2 and (p[-2] in BACKED_WORDS or p[-2] in SUPPORT_NOUNS):
        return True  # "المدعومة من التحالف"، "بدعم من"، "بغطاء جوي من"
    if p and p[-1] in SUPPORT_NOUNS:
        return True  # "بمساندة قوات الحشد"
    if len(p) >= 3 and p[-1] == "من" and p[-2] in ("جوي", "جويه") and p[-3] in SUPPORT_NOUNS:
        return True  # "بإسناد جوي من طائرات التحالف"، "بغطاء جوي من التحالف"
    if len(p) >= 2 and p[-2] in BACKED_WORDS and p[-1][:1] == "ب" and p[-1][1:] in PARTITIVE_FILLERS | FORCE_ARMS:
        return True
    # "مسنودين بوحدات من الجيش الوطني"، "بمساندة وحدات من الجيش": units "of" the backer
    if len(p) >= 3 and p[-1] == "من":
        w3, w2 = p[-3], p[-2]
        units = _BACKING_UNITS | PARTITIVE_FILLERS | FORCE_ARMS
        return (w3 in BACKED_WORDS and w2[:1] == "ب" and w2[1:] in units) or (w3 in SUPPORT_NOUNS and w2 in units)
    return False


# "حي الميدان الخاضع لسيطرة النظام"، "المناطق الواقعة تحت سيطرة التنظيم": who holds the place
HOLDING_WORDS = frozenset(fold_string(w) for w in """الخاضع الخاضعة الخاضعه خاضع خاضعة الخاضعين الخاضعتين تحت
الواقع الواقعة الواقعين""".split())


# (the country suffix is the event's, filled where the event is placed, like "Unidentified Armed Group")
COUNTED_CIVILIANS = Actor("Civilians (Unknown)", 7, None, "civilians")
# an officer or his guards among the victims ("مقتل الرائد ... وإصابة اثنين من حمايته") are no civilians
RANK_WORDS = frozenset(fold_string(w) for w in """رائد الرائد عقيد العقيد مقدم المقدم نقيب النقيب ملازم الملازم عميد العميد
لواء اللواء عريف العريف رقيب الرقيب مساعد المساعد آمر امر قائد القائد حمايته حمايتهم حراسه حراس الحراس""".split())


# places of civilian life an attack may be aimed at: "هاجم مستوطنون منازل فلسطينيين"، "هاجموا سوقا"
CIVIL_OBJECTS = frozenset(fold_string(w) for w in """منازل منزل منزلا بيوت بيت بيتا مساكن سوق سوقا أسواق مدرسة
مدارس مسجد مسجدا مساجد كنيسة كنائس مستشفى قرية قرى مخيم مخيما حافلة حافلات مزارع محلات متاجر مركبة مركبات
فندق فندقا فنادق مطعم مطعما مطاعم مقهى""".split())
# (those an air strike's dead are told to have been in: "غارة جوية استهدفت سوقا شعبيا"، "غارة على مستشفى")
_STRUCK_CIVIL = CIVIL_OBJECTS - frozenset(fold_string(w) for w in "قرية قرى مركبة مركبات".split()) | frozenset(
    fold_string(w) for w in "مستشفي مستشفيات مخيم مخيما مخيمات حفل عرس زفاف".split())


def _struck_civil_place(doc: Doc, trig_tok: int, last_tok: int) -> bool:
    """An air strike's cue at trig_tok aimed, within six words, at a place of civilian life ("الغارة
    الجوية التي استهدفت سوقا شعبيا"، "غارة على مستشفى ميداني")."""
    for j in range(trig_tok + 1, min(last_tok + 1, trig_tok + 7)):
        n = doc.tokens[j].norm.lstrip("و")
        if n in _STRUCK_CIVIL or (n.startswith("ال") and n[2:] in _STRUCK_CIVIL):
            return True
        if doc.tokens[j].norm in ("في", "،", ","):
            return False
    return False


def _counted_civilians(doc: Doc, sent_tokens: list[tuple[int, Token]], trig_tok: int,
                       triggers) -> ActorMention | None:
    """The count of the dead or hurt, as civilians, when the sentence's act is a bomb or shell
    (not an air strike) or an attack on civilians, and no armed man or force is told among the
    victims: "قتل 12 وجرح 30 في انفجار سيارة مفخخة" → Civilians at "12"."""
    main = [t for t in triggers if token_at(doc, t.span.start) == trig_tok and t.event_type is not None]
    if not main or any(t.event_type not in (E.EXPLOSIONS, E.VAC) or (
            t.sub_event_type is S.AIR_STRIKE and not _struck_civil_place(doc, trig_tok, sent_tokens[-1][0]))
                       for t in main):
        return None
    norms = [t.norm for _, t in sent_tokens]
    if victim_kinds(norms)[1] or any(n in RANK_WORDS for n in norms):
        return None
    lo, hi = doc.tokens[sent_tokens[0][0]].span.start, doc.tokens[sent_tokens[-1][0]].span.end
    harm = [t for t in doc.triggers if t.cue in ("@kill", "@injure") and lo <= t.span.start < hi]
    for h in harm:
        ht = token_at(doc, h.span.start)
        # "ارتفع عدد قتلى الغارة ... إلى 12": the count the toll rose to
        rose = ht > 0 and doc.tokens[ht - 1].norm in TOLL_HEADS
        for n in doc.numbers:
            nt = token_at(doc, n.span.start)
            if nt + 1 < len(doc.tokens) and doc.tokens[nt + 1].norm.lstrip("و") in COUNTED_THINGS:
                continue   # "تدمير ثلاث عجلات مفخخة ومقتل من فيها": vehicles counted, not the dead
            if n.kind == "dual" and not person_dual(doc.tokens[nt].norm):
                continue   # "سقط فجر اليوم صاروخان في مدينة الهرمل": two rockets, not two dead
            if lo <= n.span.start < hi and n.value >= 1 and (abs(nt - ht) <= 3 or (
                    rose and nt > ht and doc.tokens[nt - 1].norm in ("الي", "حتي"))):
                return ActorMention(n.span, COUNTED_CIVILIANS, doc.span_text(n.span))
    return None


DID_VERBS = frozenset(fold_string(w) for w in "قام قامت قاموا وقام وقامت وقاموا يقوم تقوم يقومون ويقوم وتقوم".split())


def _did_it(doc: Doc, a: ActorMention, ti: int, first_tok: int, last_tok: int, trig_tok: int, triggers) -> bool:
    """The mention a (at token ti) is the subject of "قام" and a verbal noun of this act follows it
    with "ب": "قام مجهولون بتفجير منزل"، "قامت عناصر من داعش باختطاف" (the act at trig_tok, or a cue
    of its kind)."""
    if ti <= first_tok or doc.tokens[ti - 1].norm not in DID_VERBS:
        return False
    j = token_at(doc, a.span.end - 1) + 1
    if j > last_tok or not doc.tokens[j].norm.startswith("ب"):
        return False
    main = [t for t in triggers if token_at(doc, t.span.start) == trig_tok]
    cues = {t.cue for t in main}
    types = {t.event_type for t in main} - {None}
    return any(token_at(doc, t.span.start) == j and (j == trig_tok or t.cue in cues or t.event_type in types)
               for t in doc.triggers)


def _weapon_doer(doc: Doc, ti: int, first_tok: int, triggers) -> bool:
    """The mention at token ti follows a verb on the weapon told just before it: "قذائف أطلقتها فصائل
    معارضة"، "عبوة ناسفة زرعها مجهولون"، "البراميل التي ألقتها مروحيات النظام"."""
    m = ti - 1
    if m <= first_tok or doc.tokens[m].norm not in WEAPON_DOER_VERBS:
        return False
    ends = {token_at(doc, t.span.end - 1) for t in triggers}
    return m - 1 in ends or (doc.tokens[m - 1].norm in RELATIVE_WORDS and m - 2 in ends)


def finds_bodies(doc: Doc, ti: int, triggers) -> bool:
    """"عثرت الشرطة العراقية على جثث 12 شخصا مقتولين"، "أعلن الجيش العثور على جثة": the side named in
    the find phrase of a body cue (rasd.extract.triggers.bodies_found) found them; it did not kill."""
    for t in triggers:
        if t.cue != "@kill" or fold_string(t.lemma) not in BODY_NOUNS:
            continue
        b = token_at(doc, t.span.start)
        if 0 < b - ti <= 8 and any(doc.tokens[j].norm in FIND_WORDS or doc.tokens[j].norm[1:] in FIND_WORDS
                                   for j in range(max(0, ti - 3), b)):
            return True
    return False


# "أعدم التنظيم أربعة رجال بتهمة التخابر مع التحالف"، "بتهمة التعامل مع الجيش الحر"، "بتهمة العمالة
# لصالح النظام": the side the victims are said to have served is no party to the act
COLLAB_WORDS = frozenset(fold_string(w) for w in """التخابر تخابر التعامل تعامل التعاون تعاون العماله عماله
التجسس تجسس بالتخابر بالتعامل بالتعاون بالعمالة بالتجسس والتخابر والتعامل والتجسس والعمالة العمل""".split())
COLLAB_LINKS = frozenset(fold_string(w) for w in "مع لصالح لحساب ضد".split())


def _spied_for(doc: Doc, ti: int, first_tok: int) -> bool:
    p = [doc.tokens[j].norm for j in range(max(first_tok, ti - 3), ti)]
    if not p:
        return False
    if p[-1] in COLLAB_LINKS:
        return any(w in COLLAB_WORDS for w in p[:-1])
    return doc.tokens[ti].norm[:1] == "ل" and p[-1] in COLLAB_WORDS


# "جيش الفتح التي تضم جبهة النصرة وحركة أحرار الشام": the groups an alliance is made of
COMPRISE_WORDS = frozenset(fold_string(w) for w in "تضم يضم تضمان يضمان تتألف يتألف تتكون يتكون".split())
_MEMBER_REACH = 12


def _member_listed(doc: Doc, doer: ActorMention, ti: int) -> bool:
    """The mention at token ti is listed among the members of the doer, named right before the list
    ("التي تضم ..."), the list not closed by a comma before it."""
    end = token_at(doc, doer.span.end - 1)
    if ti <= end:
        return False
    at = next((j for j in range(end + 1, min(ti, end + 4)) if doc.tokens[j].norm in COMPRISE_WORDS), None)
    return at is not None and ti - at <= _MEMBER_REACH \
        and not any(c in doc.text[doc.tokens[at].span.end:doc.tokens[ti].span.start] for c in "،,")


_FIRED_WORDS = frozenset(fold_string(w) for w in "أطلقت أطلق أطلقها أطلقوا أطلقتها مصدرها مصدره مصدرهما انطلقت انطلاقا".split())


def _fired_from_held(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti holds the areas the fire came from: "قذائف أطلقت من مناطق سيطرة داعش"،
    "صواريخ مصدرها مناطق سيطرة المعارضة"."""
    if ti - 3 < first_tok:
        return False
    toks = doc.tokens
    if toks[ti - 1].norm not in ("سيطره", "نفوذ") or toks[ti - 2].norm not in HELD_AREAS:
        return False
    k = ti - 3
    if toks[k].norm == "من":
        k -= 1
    return any(toks[j].norm.lstrip("و") in _FIRED_WORDS for j in range(max(first_tok, k - 2), k + 1))


def _holds_place(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti says who holds a place named before it: "الخاضع لسيطرة النظام"،
    "الواقعة تحت سيطرة داعش"، "الخاضعة للحوثيين" (not "سيطرة المقاومة على عدن": a territory act)."""
    p = [doc.tokens[j].norm for j in range(max(first_tok, ti - 2), ti)]
    if len(p) == 2 and p[-1] in ("لسيطره", "سيطره", "لسلطه", "سلطه") and p[-2] in HOLDING_WORDS:
        return True
    return bool(p) and p[-1] in HOLDING_WORDS and p[-1] != "تحت" and doc.tokens[ti].norm[:1] == "ل"


# "بحسب ما قالت الشرطة"، "حسبما أعلنت الشرطة العراقية": the news told as another's words
ATTRIBUTION_WORDS = frozenset(fold_string(w) for w in "ما حسبما وفقما مثلما".split())  # ("كما أعلن": "also")


def _attributed_to(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti follows a speech verb that follows "ما"/"حسبما": it only tells the news."""
    return (ti - 2 >= first_tok and doc.tokens[ti - 1].norm in SPEAKER_VERBS
            and doc.tokens[ti - 2].norm in ATTRIBUTION_WORDS)


# who a harmed person is in a group: "قيادي في حركة حماس"، "اثنين من المسؤولين في حماس"، "أحد قادة حماس"
MEMBER_NOUNS = frozenset(fold_string(w) for w in """قيادي القيادي قياديا قياديين القياديين مسؤول المسؤول مسؤولا مسؤولين
المسؤولين عضو العضو عضوا أعضاء اعضاء ناشط الناشط ناشطا ناشطين الناشطين ناشطي منسق المنسق قائد القائد قائدا قادة
القادة زعيم الزعيم زعيما أمير امير الأمير الامير مؤسس كوادر""".split())


BELONGING_WORDS = frozenset(fold_string(w) for w in """انتمائهم انتمائه انتمائها انتمائهما الانتماء بالانتماء
انتماء ينتمون ينتمي تنتمي المنتمين المنتمون منتمين منتمون عضويتهم عضويته بالعضوية مبايعتهم""".split())


AIRCRAFT_NOUNS = frozenset(fold_string(w) for w in """طائرة طائرات طيران مقاتلة مقاتلات مروحية مروحيات
قاذفة قاذفات""".split())
GUN_NOUNS = frozenset(fold_string(w) for w in """دبابة دبابات دبابتان دبابتين مدفعية مدافع راجمة راجمات بارجة بوارج
مدمرة مدمرات فرقاطة زوارق زورق""".split())
"""Guns on tracks, wheels or keels: what they fire at is shelled ("استهدفت دبابة إسرائيلية نقطة رصد")."""


def _after_initiator_marker(doc: Doc, ti: int, first_tok: int) -> bool:
    """"قتل راع برصاص الجيش التركي": the mention right after "برصاص"، "على يد" did it, it did not die."""
    p = [doc.tokens[j].norm for j in range(max(first_tok, ti - 2), ti)]
    return any(tuple(p[-len(m):]) == m for m in INITIATOR_MARKERS if len(m) <= len(p))


# "وحدات من الجيش العربي السوري"، "قوة من الجيش"، "مجموعة من عناصر الحرس": units of a force, the subject
_UNIT_NOUNS = frozenset(fold_string(w) for w in """وحدات وحدة قوة قوات مجموعة مجموعات مفرزة مفارز تشكيلات فرق
سرايا كتيبة كتائب دورية دوريات""".split())


def _units_of(doc: Doc, ti: int) -> bool:
    """The mention at token ti follows "من" after a unit noun ("وحدات من الجيش"): whose units they are."""
    if ti < 2 or doc.tokens[ti - 1].norm != "من":
        return False
    n = doc.tokens[ti - 2].norm
    return n in _UNIT_NOUNS or (n[:1] == "و" and n[1:] in _UNIT_NOUNS)


def gunmen_of(doc: Doc, actors: list[ActorMention], ti: int) -> bool:
    """"مسلحون من حركة الشباب": the mention at token ti follows unnamed gunmen and "من": whose they are."""
    return ti >= 2 and doc.tokens[ti - 1].norm == "من" and any(
        a.actor.kind == "unidentified" and token_at(doc, a.span.end - 1) == ti - 2 for a in actors)


def belonging(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti is the group someone belongs to or is said to: "يشتبه في انتمائهم لتنظيم
    داعش"، "ينتمون إلى القاعدة"، "بتهمة الانتماء لجماعة"."""
    n = doc.tokens[ti].norm
    q = [doc.tokens[j].norm for j in range(max(first_tok, ti - 4), ti)]
    if len(q) >= 3 and q[-1] == "من" and q[-2] in THEY_THAT and any(w in BELIEF_WORDS for w in q[:-2]):
        return True   # "مسلحون يعتقد أنهم من جماعة بوكو حرام"، "يشتبه في أنهم من عناصر التنظيم"
    p = q[-2:]
    if p and p[-1] in ("الي", "لي"):
        p.pop()
    elif not n.startswith("ل"):
        return False
    return bool(p) and (p[-1] in BELONGING_WORDS or p[-1][1:] in BELONGING_WORDS and p[-1][:1] in "بو")


def _affiliation(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti names the group of a person told just before: "قيادي في حركة حماس"،
    "قيادي بحماس"، "قادة حماس"، "منسق العمليات الأمنية في حزب الله"."""
    n = doc.tokens[ti].norm
    p = [doc.tokens[j].norm for j in range(max(first_tok, ti - 4), ti)]
    if p and p[-1] in MEMBER_NOUNS and not n.startswith("ال"):
        return True  # a construct: "قادة حماس"
    if n[:1] in "بل" or (p and p[-1] in ("في", "من")):
        # the member noun right before the link, or before a genitive of it ("منسق العمليات الأمنية في")
        head = p[:-1] if p and p[-1] in ("في", "من") else p
        return any(w in MEMBER_NOUNS for w in head[-3:])
    return False


_SELF_THAT = frozenset(fold_string(w) for w in "أنه إنه انه بأنه بانه أنها إنها انها بأنها بانها أنهم إنهم انهم بأنهم".split())


def _tells_own_act(doc: Doc, a: ActorMention, last_tok: int) -> bool:
    """The speaker's "that" carries its own pronoun ("أعلن الجيش أنه شن غارة"، "قالت الشرطة إنها
    اعتقلت"): it tells of its own act (a few words may stand between: "في بيان"، "أمس")."""
    end = token_at(doc, a.span.end - 1)
    for j in range(end + 1, min(end + 5, last_tok + 1)):
        n = doc.tokens[j].norm
        if n in _SELF_THAT:
            return True
        if n in THAT_WORDS:
            return False
    return False


_PROJECTILE_NOUNS = PROJECTILES | frozenset(fold_string(w) for w in "صاروخا مقذوف مقذوفات".split())


def _tells_of_projectiles(doc: Doc, a: ActorMention, last_tok: int, that: int | None = None) -> bool:
    """What the speaker a tells (after its "that", `that` when the speaker comes before its verb) opens
    on projectiles, not its own ("أعلن الجيش أن صاروخين أطلقا من غزة"، "وكان الجيش قد أعلن أن 34 صاروخا
    أطلقت من لبنان"; "إن صواريخه أصابت أهدافها" is its own fire)."""
    end = token_at(doc, a.span.end - 1)
    for j in ((that,) if that is not None else range(end + 1, min(end + 5, last_tok + 1))):
        if doc.tokens[j].norm in THAT_WORDS:
            for k in range(j + 1, min(j + 3, last_tok + 1)):
                n = doc.tokens[k].norm
                if n in _PROJECTILE_NOUNS:
                    return True
                if not doc.in_number(doc.tokens[k].span.start):
                    return False
            return False
    return False


def _tells_of_victims(doc: Doc, a: ActorMention, ti: int, idx: list[tuple[int, ActorMention]]) -> bool:
    """What the speaker a tells opens on civilians ("قالت الحركة الشعبية إن ستة أطفال قتلوا جراء قصف
    طائرة تابعة للقوات المسلحة")، and another side is named after them: the speaker reports the harm (its
    own forces, "بين قواته ومسلحين", are the caller's business)."""
    toks = doc.tokens

    def counted_after_that(tj: int) -> bool:   # "إن ستة أطفال": a count between
        return tj > 1 and toks[tj - 2].norm in THAT_WORDS and doc.in_number(toks[tj - 1].span.start)
    opened = next((tj for tj, b in idx if tj > ti and b.actor.kind == "civilians"
                   and (_after_that(doc, tj) or counted_after_that(tj))), None)
    return opened is not None and any(tj > opened and b.actor.kind not in ("civilians", "none")
                                      and b.actor.name != a.actor.name for tj, b in idx)


# a speaker named before its verb: "وكان التحالف الدولي ذكر أمس أن ..."
SPEAKER_AFTER = frozenset(fold_string(w) for w in """قال قالت ذكر ذكرت أعلن أعلنت أكد أكدت أفاد أفادت أوضح
أوضحت أشار أشارت""".split())
SPEAKER_FILLERS = frozenset(fold_string(w) for w in "قد أمس امس اليوم في بيان له لها".split())


def _speaker_after(doc: Doc, a: ActorMention, last_tok: int) -> int | None:
    """Token index of the "that" opening what the actor mention a tells, when a speech verb follows
    it ("التحالف الدولي ذكر أمس أن"), else None."""
    j = token_at(doc, a.span.end - 1) + 1
    while j <= last_tok and doc.tokens[j].norm in SPEAKER_FILLERS:
        j += 1
    if j > last_tok or doc.tokens[j].norm not in SPEAKER_AFTER:
        return None
    for k in range(j + 1, min(last_tok, j + 6) + 1):
        if doc.tokens[k].norm in THAT_WORDS:
            return k
    return None


CLAIM_WORDS = frozenset(fold_string(w) for w in "مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية مسئوليته مسئوليتها".split())


def claims(doc: Doc, a: ActorMention, last_tok: int) -> bool:
    """The actor mention a, after a speech or claim verb, is followed within a few words by "مسؤوليته"
    ("أعلن تنظيم ... المرتبط بالقاعدة مسؤوليته عن"، "تبنت الجماعة المسؤولية")."""
    ti = token_at(doc, a.span.start)
    if ti > 0 and doc.tokens[ti - 1].norm in GROUP_NOUNS:
        ti -= 1  # "أعلن تنظيم دولة العراق"
    if ti == 0 or doc.tokens[ti - 1].norm not in SPEAKER_VERBS | CLAIM_VERBS \
            or doc.tokens[ti - 1].norm.lstrip("وف") in DENIAL_WORDS:
        return False   # ("ونفى الحوثيون مسؤوليتهم عن الهجوم": a denial claims nothing)
    end = token_at(doc, a.span.end - 1)
    return any(doc.tokens[j].norm in CLAIM_WORDS for j in range(end + 1, min(last_tok, end + 5, len(doc.tokens) - 1) + 1))


# a denial's verb or noun (without its proclitics): "نفى الجيش"، "ونفت الحركة"، "رغم نفي الحوثيين"
DENIAL_WORDS = frozenset(fold_string(w) for w in "نفى نفت نفوا ينفي تنفي نفي نافيا نافية تبرأ تبرأت".split())
CLAIM_VERBS = frozenset(fold_string(w) for w in "تبنى تبنت وتبنى وتبنت حمل حملت أعلنت أعلن".split())
GROUP_NOUNS = frozenset(fold_string(w) for w in "تنظيم جماعة حركة جبهة".split())


# "أعلنت الشرطة مصرع ثلاثة أشخاص"، "وأعلنت الشرطة عن خطف صحفي": a harm the speaker tells of
HARM_NOUNS = frozenset(fold_string(w) for w in "مقتل مصرع إصابة اصابة جرح خطف اختطاف استشهاد".split())


def _tells_harm_to_others(doc: Doc, a: ActorMention, idx: list[tuple[int, ActorMention]], last_tok: int) -> bool:
    """The state force a, right after a speech verb, tells of an abduction ("وأعلنت الشرطة عن خطف
    صحفي": a state arrests, it does not abduct) or of a death or wound among its own side ("أعلنت
    الشرطة مصرع ثلاثة أشخاص بينهم ضابط شرطة"): it reports the act, it did not do it. ("أعلن الجيش
    مقتل 20 مسلحا"، "أعلن الجيش مقتل ثمانية عراقيين أثناء ملاحقته ...": it may have done it.)"""
    if is_pro_government(a) is not True:
        return False
    j = token_at(doc, a.span.end - 1) + 1
    while j <= last_tok and doc.tokens[j].norm in SPEAKER_FILLERS | {"عن"}:
        j += 1
    noun = doc.tokens[j].norm.removeprefix("ب") if j <= last_tok else ""
    if noun not in HARM_NOUNS:
        return False
    return noun in ABDUCTION_HARM or any(tj > j and _side(b) == "gov" for tj, b in idx)


ABDUCTION_HARM = frozenset(fold_string(w) for w in "خطف اختطاف".split())




def _doer_told_after(doc: Doc, a: ActorMention, idx: list[tuple[int, ActorMention]]) -> ActorMention | None:
    """Another side, not civilians, named after the speaker a right after a relative verb that says it
    fired or carried out what the sentence tells ("أعلن التحالف إصابة 26 مدنيا جراء سقوط مقذوف أطلقته
    الميليشيات الحوثية"), when the speaker tells a harm (a harm noun within six words after it)."""
    end = a.span.end
    k = token_at(doc, end - 1)
    if not any(doc.tokens[j].norm.removeprefix("ب") in HARM_NOUNS for j in range(k + 1, min(len(doc.tokens), k + 7))):
        return None   # "أعلن التحالف اعتراض طائرة مسيرة أطلقها الحوثيون": its own act, no harm told
    return next((b for tj, b in idx if b.span.start >= end and b.actor.kind not in ("civilians", "none")
                 and b.actor.name != a.actor.name and tj > 0 and doc.tokens[tj - 1].norm in DOER_RELATIVES), None)


_CIVILIAN_NAMES = ("مدني", "المدني")
# sites a side holds, attacked: "قاعدة للجيش"، "مواقع لقوات النظام"
SITE_NOUNS = TARGET_NOUNS | frozenset(fold_string(w) for w in "قاعدة موقع مواقع ثكنة ثكنات نقاط مطار".split())
_ASSAULT_STEMS = tuple(fold_string(w) for w in "هاجم يهاجم تهاجم اقتحم يقتحم تقتحم".split())
_TARGET_NOUN_TAILS = frozenset(fold_string(w) for w in "تفتيش أمني أمنية عسكري عسكرية مشترك مشتركة".split())


def named_civilians(a: ActorMention) -> bool:
    """The mention calls them civilians ("مدنيين"، "المدنيين"), not just people ("أشخاص")."""
    return fold_string(a.surface).lstrip("وب").startswith(_CIVILIAN_NAMES)


_BELONGING_ADJ = frozenset(fold_string(w) for w in "تابعة تابع التابعة التابع تابعتين".split())
_VEHICLE_NOUNS = frozenset(fold_string(w) for w in "سيارة مركبة آلية حافلة دورية موكب مدرعة عربة طائرة طقم أطقم".split())
_AIRCRAFT = fold_string("طائرة")
# (an aircraft is a vehicle hit only right before "تابعة": a word between is most often told of its owner,
# who flew it: "طائرة حربية تابعة لقوات فجر ليبيا قصفت")
_HIT_THINGS = (SITE_NOUNS | _VEHICLE_NOUNS) - {_AIRCRAFT}   # ("قاعدة بادابير التابعة لسلاح الجو")


def _acted_upon(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti is named as what the act was aimed at: right after a target marker
    ("ضد الجيش"، "دورية للشرطة") or a target noun after one ("استهدف مبنى للشرطة"، "مرور دورية أميركية")."""
    p1 = doc.tokens[ti - 1].norm if ti - 1 >= first_tok else ""
    p2 = doc.tokens[ti - 2].norm if ti - 2 >= first_tok else ""
    if p1.lstrip("و").startswith(("استهدف", "يستهدف", "تستهدف")) \
            and doc.tokens[ti].norm.removeprefix("ال") in AIRCRAFT_NOUNS:
        return False   # "استهدفت طائرة أمريكية بدون طيار قياديا": the aircraft is the verb's subject
    if p1.lstrip("و").startswith(("استهدف", "استهدفت")) and _instrument_after_token(doc, ti):
        return False   # "استهدف حزب الله بصاروخ موجه آلية": the named side, then its weapon: the subject
    if _aimer(doc, ti, first_tok):
        return False   # "استهدف تنظيم داعش مواقع الجيش": the named side, then what it aimed at: the subject
    if p1.lstrip("وبل") == _TARGETING and _object_after_weapon(doc, ti):
        return False   # "جراء استهداف مليشيا الحوثي بصاروخين باليستيين مسجدا": the noun's doer, its weapon, its object
    if p1 in _TARGET_NOUN_TAILS and ti - 2 >= first_tok and p2 in TARGET_NOUNS:
        # "نقطة تفتيش للشرطة"، "دورية عسكرية للجيش": the target noun's second word between
        ti -= 1
        p1, p2 = p2, doc.tokens[ti - 2].norm if ti - 2 >= first_tok else ""
    if p1 in ACTED_UPON_MARKERS:
        return True
    if p1 in SITE_NOUNS and doc.tokens[ti].norm.startswith("ل") and any(
            doc.tokens[j].norm.lstrip("وف").startswith(_ASSAULT_STEMS) for j in range(max(first_tok, ti - 6), ti - 1)):
        # "هاجم مسلحو طالبان قاعدة للجيش الأفغاني": the site attacked is the side's ("ل")
        return True
    if p1 in _BELONGING_ADJ and ti - 2 >= first_tok and (p2 == _AIRCRAFT or any(
            (w := doc.tokens[j].norm) in _HIT_THINGS or (w[:1] in "بو" and w[1:] in _HIT_THINGS)
            for j in range(max(first_tok, ti - 4), ti - 1))):
        # "استهدفت سيارة تابعة لقوات الحزام الأمني"، "بطقم عسكري تابع لـ": whose car was hit
        return True
    return (p2 in ACTED_UPON_MARKERS or p2.lstrip("و").startswith(("استهدف", "يستهدف", "تستهدف", "استهداف"))
            or _bare(p2) in ("مرور", "لمرور")) and p1 in TARGET_NOUNS


# what a side aims at, told bare (accusative) after it: "استهدفت فصائل المعارضة بلدة الفوعة"
_OBJECT_NOUNS = SITE_NOUNS | frozenset(fold_string(w) for w in """بلدة بلدتي بلدات مدينة مدينتي قرية قرى موقعا
مقرا مقرات حي أحياء حيي تجمعات تجمعا مناطق منطقة معسكرا حاجزا مبان منشآت سجن مستشفى""".split())
_OBJECT_SKIP = frozenset(fold_string(w) for w in "أمس امس اليوم الليلة فجر صباح مساء فجرا صباحا".split())
_OBJECT_STOPS = frozenset(fold_string(w) for w in "في قرب على من إلى الى عند بين داخل أن ان التي الذي".split())
# the head of a side's name between the verb and the name: "استهدفت فصائل جيش الفتح"، "استهدف مسلحو الحركة"
_SUBJECT_HEADS = FIGHTER_HEADS | frozenset(fold_string(w) for w in "فصائل قوات مقاتلات طائرات".split())


def _aimer(doc: Doc, ti: int, first_tok: int) -> bool:
    """The mention at token ti is the subject of "استهدف" right before it, with the verb's object told
    bare after it ("استهدفت فصائل المعارضة أمس بلدة الفوعة"); a passive "استهدفت قوات الأمن بعبوة ناسفة"
    has no such object."""
    def verb(j):
        n = doc.tokens[j].norm.lstrip("و") if j >= first_tok else ""
        return n.startswith(("استهدف", "يستهدف", "تستهدف")) and not n.startswith("استهداف")
    if not (verb(ti - 1) or (ti - 2 >= first_tok and doc.tokens[ti - 1].norm in _SUBJECT_HEADS and verb(ti - 2))):
        return False
    sent = doc.tokens[ti].sentence
    at = doc.tokens[ti].span.start
    end = max((token_at(doc, a.span.end - 1) + 1 for a in doc.actors if a.span.start == at), default=0)
    start = max(ti + 1, end)   # (past the whole name: "فصائل المقاومة الإسلامية في العراق قاعدة حرير")
    for k in range(start, min(start + 5, len(doc.tokens))):
        t = doc.tokens[k]
        if t.sentence != sent or t.norm in _OBJECT_STOPS or not t.norm[:1].isalpha():
            return False
        if t.norm in _OBJECT_NOUNS:
            return True
        if t.norm[:1] in "بل" and t.norm not in _OBJECT_SKIP:
            return False   # "بعبوة"، "للجيش": a weapon or an owner, no object
    return False


_TARGETING = fold_string("استهداف")


def _object_after_weapon(doc: Doc, ti: int) -> bool:
    """After the mention at token ti, a weapon told with "ب" and then a bare accusative noun: the
    object the mention aimed the weapon at ("مليشيا الحوثي بصاروخين باليستيين مسجدا")."""
    toks = doc.tokens
    sent = toks[ti].sentence
    weapon = next((k for k in range(ti + 1, min(len(toks), ti + 5)) if toks[k].sentence == sent
                   and toks[k].norm.startswith("ب") and toks[k].norm[1:].removeprefix("ال").startswith(INSTRUMENT_STEMS)), None)
    if weapon is None:
        return False
    for k in range(weapon + 1, min(len(toks), weapon + 4)):
        n = toks[k].norm
        if toks[k].sentence != sent or n in _OBJECT_STOPS or not n[:1].isalpha():
            return False
        if n in _OBJECT_NOUNS or (n.endswith("ا") and not n.startswith(("ال", "ب", "ل")) and len(n) > 3):
            return True   # (an indefinite accusative: "مسجدا"، "سوقا")
    return False


def _instrument_after_token(doc: Doc, ti: int) -> bool:
    """A weapon told with "ب" within four words after the mention starting at token ti ("حزب الله
    بصاروخ"، "الجيش أمس بقذائف المدفعية")."""
    for k in range(ti + 1, ti + 5):
        if k >= len(doc.tokens) or doc.tokens[k].sentence != doc.tokens[ti].sentence:
            return False
        n = doc.tokens[k].norm
        if n.startswith("ب") and n[1:].removeprefix("ال").startswith(INSTRUMENT_STEMS):
            return True
    return False


INSTRUMENT_STEMS = tuple(fold_string(w) for w in """صاروخ صواريخ قذيف قذائف عبوة عبوات مدفعي طائر غارات غاره
رصاص سلاح أسلحة اسلحه دبابات قنابل سيارة سيارات عربة عربات شاحنة مفخخ انتحاري حزام أحزمة""".split())
# (a vehicle bomb too: "استهدف تنظيم داعش بسيارة مفخخة تجمعا لمقاتلي قسد")


# (territory nouns left out: "سيطرة X" names who holds the ground)
ACTED_UPON_MARKERS = (TARGET_MARKERS - CONTROL_NOUNS - {"قبضه"}) | TARGET_NOUNS


# words of a count between a kill verb and the group of its dead: "قتلت أكثر من 100 عنصر من التنظيم"
_COUNT_WORDS = frozenset(fold_string(w) for w in "من عنصر عنصرا أكثر اكثر نحو حوالي".split())


def harmed_in(doc: Doc, a: ActorMention, sent_tokens: list[tuple[int, Token]]) -> bool:
    """The actor mention a is told in its sentence as the one harmed or aimed at, so it is no
    initiator to carry to the next sentence: "مقتل خمسة من عناصر الشرطة"، "قتل ثلاثة جنود"، "الجنود
    لقوا حتفهم"، "تعرضت القوات لهجوم"، "هاجم مسلحون نقطة تفتيش للشرطة"، "ضد الجيش"."""
    first_tok, last_tok = sent_tokens[0][0], sent_tokens[-1][0]
    ti = token_at(doc, a.span.start)
    before = [doc.tokens[j].norm for j in range(max(first_tok, ti - 4), ti)]
    if any(n in DEATH_NOUNS for n in before) or _acted_upon(doc, ti, first_tok):
        return True
    if before and (before[-1] in ACTED_UPON_MARKERS or _bare(before[-1]).startswith(("استهدف", "يستهدف", "تستهدف"))) \
            and not (_bare(before[-1]).startswith(("استهدف", "يستهدف", "تستهدف"))
                     and (doc.tokens[ti].norm.removeprefix("ال") in AIRCRAFT_NOUNS or _instrument_after_token(doc, ti)
                          or _aimer(doc, ti, first_tok))) \
            and not (before[-1].lstrip("وبل") == _TARGETING and _object_after_weapon(doc, ti)):
        # (after "استهدفت" an aircraft is the subject, "استهدفت طائرة أمريكية مسيرة سيارة"; so is a side with
        # its weapon after it, "استهدف الحوثيون بطائرة مسيرة قاعدة العند")
        return True
    after = _next_norm(doc, a, 1, last_tok)
    if (after in DIED_AFTER and not _active_kill_after(doc, a, last_tok)) or after.startswith(SUFFERED):
        return True
    # "قتل ثلاثة جنود"، "وقتل خمسة من عناصر الشرطة": counted right after a kill verb
    j = ti - 1
    while j >= first_tok and ti - j <= 7 and (doc.tokens[j].norm in _COUNT_WORDS or doc.tokens[j].norm in PARTITIVE_FILLERS
                                               or doc.tokens[j].norm.isdigit()
                                               or any(n.span.start <= doc.tokens[j].span.start < n.span.end
                                                      for n in doc.numbers)):
        j -= 1
    return j >= first_tok and j < ti - 1 and _bare(doc.tokens[j].norm) in KILL_VERBS_PASSIVE


# "جنود من قوات التحالف"، "عناصر من الشرطة"، "ثلاثة جنود من أفراد الجيش": the force a victim belongs to
# the first words of a short lead-in phrase closed by a comma: "إلى ذلك،"، "من جهة أخرى،"، "على صعيد آخر،"
_LEAD_IN_HEADS = frozenset(fold_string(w) for w in "إلى وإلى من ومن على وعلى بالتزامن وبالتزامن".split())


def after_place_phrase(doc: Doc, sent_tokens: list[tuple[int, Token]]) -> list[tuple[int, Token]]:
    """The sentence's tokens after a leading "في X، " / "وفي X، " (up to five words before the comma), or a
    short lead-in ("إلى ذلك، "، "من جهة أخرى، ": up to three words)."""
    if not sent_tokens:
        return sent_tokens
    head = sent_tokens[0][1].norm
    if head in _LEAD_IN_HEADS:
        for k in range(1, min(3, len(sent_tokens) - 1)):
            a, b = sent_tokens[k][1], sent_tokens[k + 1][1]
            if "،" in doc.folded[a.fend:b.fstart] or "," in doc.folded[a.fend:b.fstart]:
                return sent_tokens[k + 1:]
        return sent_tokens
    if head not in ("في", "وفي"):
        return sent_tokens
    for k in range(1, min(6, len(sent_tokens) - 1)):
        a, b = sent_tokens[k][1], sent_tokens[k + 1][1]
        if "،" in doc.folded[a.fend:b.fstart] or "," in doc.folded[a.fend:b.fstart]:
            return sent_tokens[k + 1:]
    return sent_tokens


# verbs that link the news to what came before it: "ويأتي ذلك بعد ..."، "وجاءت الغارات بعد يوم من ..."
COMES_VERBS = frozenset(fold_string(w) for w in "يأتي ويأتي تأتي وتأتي جاء وجاء جاءت وجاءت".split())
# the words that open a clause explaining the one before: "...، إذ قتل"، "...، حيث اندلعت"
EXPLAINING = frozenset(fold_string(w) for w in "إذ اذ حيث وحيث".split())
_LINK_HEAD = 12   # how far into the sentence the explaining word may stand


def after_link_clause(doc: Doc, sent_tokens: list[tuple[int, Token]]) -> list[tuple[int, Token]]:
    """The sentence's tokens after a leading link clause and its "، إذ"/"، حيث": "ويأتي ذلك رغم استمرار
    أعمال العنف، إذ قتل جنديان عراقيان الخميس في كمين" tells its act as a sentence of its own would."""
    if not sent_tokens or sent_tokens[0][1].norm not in COMES_VERBS:
        return sent_tokens
    for k in range(2, min(_LINK_HEAD, len(sent_tokens) - 1)):
        a, b = sent_tokens[k - 1][1], sent_tokens[k][1]
        if b.norm in EXPLAINING and ("،" in doc.folded[a.fend:b.fstart] or "," in doc.folded[a.fend:b.fstart]):
            return sent_tokens[k + 1:]
    return sent_tokens


def _after_that(doc: Doc, tj: int) -> bool:
    """The mention at token tj opens what is told: right after "إن"/"أن", or after one partitive
    word ("إن مقاتلي طالبان سيطروا")."""
    toks = doc.tokens
    if toks[tj - 1].norm in THAT_WORDS or (
            tj > 1 and toks[tj - 2].norm in THAT_WORDS and toks[tj - 1].norm in PARTITIVE_FILLERS):
        return True
    # "رجحت الشرطة أن تكون عناصر متطرفة موالية لحركة طالبان وراء العملية": a belief of who did it
    return any(toks[k].norm in THAT_WORDS and toks[k + 1].norm in ("تكون", "يكون")
               for k in range(max(0, tj - 6), tj - 1))


PARTITIVE_FILLERS = frozenset(fold_string(w) for w in "عناصر أفراد افراد منتسبي مقاتلي مقاتلو مسلحي مسلحو".split())


CONSCRIPT_STEMS = ("مجند",)


def _partitives(doc: Doc, idx: list[tuple[int, ActorMention]], victims: set[int],
                why: list[str]) -> dict[int, ActorMention]:
    """For each victim mention told as "<victim> من <force>", the force (added to `victims`):
    "قتل ثلاثة جنود من قوات التحالف" → {id(جنود): قوات التحالف}."""
    out: dict[int, ActorMention] = {}
    for k, (ti, v) in enumerate(idx):
        if id(v) not in victims or k + 1 >= len(idx):
            continue
        end = token_at(doc, v.span.end - 1)
        tj, b = idx[k + 1]
        if end + 1 >= len(doc.tokens) or doc.tokens[end + 1].norm != "من":
            continue
        if tj == end + 2 or (tj == end + 3 and doc.tokens[end + 2].norm in PARTITIVE_FILLERS):
            out[id(v)] = b
            victims.add(id(b))
            why.append(f"'{b.surface}' the force of the victims '{v.surface}'")
    for k in range(len(idx) - 2, -1, -1):
        # "قتل ضابط وجنديان من الشرطة المصرية": the force after a list of victims is that of each
        (_, v), (tw, w) = idx[k], idx[k + 1]
        if id(v) in victims and id(v) not in out and id(w) in out \
                and tw == token_at(doc, v.span.end - 1) + 1 and doc.tokens[tw].norm.startswith("و"):
            out[id(v)] = out[id(w)]
    return out


# "قتل أربعة أشخاص بينهم عنصران من الشرطة": those among the dead or hurt
AMONG_WORDS = frozenset(fold_string(w) for w in "بينهم بينهما بينهن بينها منهم".split())


def _dead_told_before(doc: Doc, first_tok: int, ti: int) -> bool:
    """A kill or injury cue earlier in the sentence than token ti."""
    lo, hi = doc.tokens[first_tok].span.start, doc.tokens[ti].span.start
    return any(t.cue in ("@kill", "@injure") and lo <= t.span.start < hi for t in doc.triggers)


# the bare abduction word is a verbal noun (its genitive the one taken) after a preposition, a verb of
# attempt or intent, or a noun: "ارادوا خطف جندي"، "محاولة خطف"، "عن خطف صحفي" ("خطف مسلحون جنديا": a verb)
ABDUCTION_WORDS = frozenset(("خطف",))
ABDUCTION_NOUN_BEFORE = frozenset(fold_string(w) for w in """من عن بعد قبل اثر إثر عقب على في الى إلى حاول حاولوا
حاولت يحاول يحاولون تحاول أراد اراد أرادوا ارادوا أرادت ارادت يريد يريدون تريد ينوي ينوون خطط خططوا يخطط يخططون
تخطط بهدف بغرض محاولة محاولات عملية عمليات جريمة حادث حادثة قضية تهمة بتهمة""".split())


def _abduction_noun(doc: Doc, j: int, first_tok: int) -> bool:
    """Token j is "خطف" read as a verbal noun: "لخطف"، "بخطف"، or after "ارادوا"، "محاولة"، "عن"..."""
    n = doc.tokens[j].norm
    if n in ABDUCTION_WORDS:
        return j > first_tok and doc.tokens[j - 1].norm in ABDUCTION_NOUN_BEFORE
    return n[:1] in "لب" and n[1:] in ABDUCTION_WORDS


def _counted_after_kill(doc: Doc, first_tok: int, ti: int, trig_tok: int) -> bool:
    """"وقتل ثلاثة من عناصر الشرطة"، "أصيب 17 جنديا": the group at token ti is counted right after a
    kill or injury verb (the count is its passive subject; an active verb has its subject first,
    "قتلت القوات 11 مسلحا"), and that verb tells the dead of the event's cue at trig_tok: it is the
    cue, or no other kill or injury cue stands between them ("هجماتهم ... وقتلوا مئات ... كما لقي مئات
    المتشددين حتفهم": the militants died in another act)."""
    j, counted = ti - 1, False
    while j >= first_tok and ti - j <= 5:
        tok = doc.tokens[j]
        if tok.norm == "من" or tok.norm in PARTITIVE_FILLERS:
            j -= 1
            continue
        if tok.norm.isdigit() or doc.in_number(tok.span.start):
            counted = True
            j -= 1
            continue
        break
    if not (counted and j >= first_tok and _bare(doc.tokens[j].norm) in KILL_VERBS_PASSIVE):
        return False
    lo, hi = (doc.tokens[min(j, trig_tok)].span.start, doc.tokens[max(j, trig_tok)].span.end)
    verb = doc.tokens[j].span
    return not any(t.cue in ("@kill", "@injure") and lo <= t.span.start < hi and not t.span.overlaps(verb)
                   for t in doc.triggers)


# "تعرضت القوات لهجوم"، "يتعرض المدنيون للقصف": the subject suffers the act
SUFFERED = ("تعرض", "يتعرض", "تتعرض", "وتعرض", "وتعرضت", "ويتعرض", "وتتعرض")


# construct heads that make a subject definite: "قوات الأمن"، "جيش الاحتلال"
SUBJECT_HEADS = frozenset(("قوات", "جيش", "طائرات", "مقاتلات", "مسلحو", "عناصر", "مقاتلو", "مروحيات", "جنود", "رجال")) \
    | frozenset(fold_string(w) for w in """ميليشيا مليشيا ميليشيات مليشيات جماعة حركة تنظيم قناصة قناص كتائب فصائل
    عصابة عصابات""".split())   # "قتلت ميليشيا الحوثي ثلاثة مواطنين": a group's name heads the subject


# accusative count nouns: "11 مسلحا"، "شخصا"، "جنديا" — the object of an active verb
# an aside that tells who someone is, not part of the clause: "(15 عاما)"، "، 45 عاما،"
_ASIDE_RE = re.compile(r"\([^()]{0,60}\)|[،,]\s*[\d\u0660-\u0669]+\s*(?:عاما|عامًا|عاماً|سنة)\s*[،,]?")


_IN_WORDS = frozenset(fold_string(w) for w in "في خلال أثناء اثناء إثر اثر".split())


def _act_they_fell_in(doc: Doc, k: int) -> bool:
    """The cue at token k is told as the act the dead fell in: "في هجوم"، "خلال اشتباكات"، "بهجوم"."""
    return k > 0 and (doc.tokens[k - 1].norm in _IN_WORDS or doc.tokens[k].norm[:1] == "ب")


def _words_between(doc: Doc, i: int, j: int) -> int:
    """Tokens from i to j (j - i) less those of asides between them (`_ASIDE_RE`): a victim's age told
    between a kill verb and its attack does not part them."""
    if j <= i + 1:
        return j - i
    lo, hi = doc.tokens[i].span.end, doc.tokens[j].span.start
    gap = doc.text[lo:hi]
    if "(" not in gap and "،" not in gap and "," not in gap:
        return j - i
    skipped = sum(len(TOKEN_RE.findall(m.group())) for m in _ASIDE_RE.finditer(gap))
    return j - i - skipped


# women and girls named indefinite: the accusative ending does not show on them ("طفلة"، "امرأة")
_WOMEN_NOUNS = frozenset(fold_string(w) for w in """طفلة امرأة إمرأة سيدة فتاة شابة طالبة ممرضة طبيبة صحفية ناشطة
مسنة عجوزا""".split())


def _object_follows(doc: Doc, a: ActorMention, last_tok: int, window: int = 3, subject: bool = False) -> bool:
    """A count or an accusative person noun within `window` tokens after the actor mention a (`subject`:
    a is already read as a nominative, "مسلحون من بوكو حرام")."""
    first = fold_string(a.surface).split()[0] if a.surface.strip() else ""
    # (a dual nominative too: "قتل مسلحان مجهولان مواطنا")
    nominative = first.endswith("ون") or first in ATTACKER_DUALS
    if not (subject or first.startswith("ال") or first in SUBJECT_HEADS or nominative):
        return False  # "قتل جنديين تركيين": an indefinite count after the verb is its passive subject
        # (a nominative plural, "قتل مسلحون شرطيا", may be the active subject: its object decides)
    end_tok = token_at(doc, a.span.end - 1)
    if end_tok + 1 <= last_tok and doc.tokens[end_tok + 1].norm in BELIEF_WORDS:
        # "قتل مسلحون يشتبه في أنهم من حركة الشباب ثلاثة جنود": past the group they are said to be of
        grp = next((b for b in doc.actors if end_tok + 2 <= token_at(doc, b.span.start) <= min(end_tok + 5, last_tok)
                    and belonging(doc, token_at(doc, b.span.start), end_tok)), None)
        if grp is not None:
            end_tok = token_at(doc, grp.span.end - 1)
    tied = end_tok + 1 <= last_tok and doc.tokens[end_tok + 1].norm in AFFILIATION_WORDS
    if tied:
        window += 3   # "مسلحون من حركة الشباب المرتبطة بتنظيم القاعدة شيخ عشيرة": past the group's tie
    # "قتل مسلحون مساء الأربعاء مواطنين اثنين": past the time told between the subject and its object
    while end_tok + 1 <= last_tok and doc.in_date(doc.tokens[end_tok + 1].span.start):
        end_tok += 1
    hi = min(last_tok, end_tok + window)
    for j in range(end_tok + 1, hi + 1):
        if doc.tokens[j].norm.startswith("و") or doc.tokens[j].norm in ("في", "من"):
            hi = j - 1  # "وجرح أربعة": the count of the next clause
            break
    if hi <= end_tok:
        return False
    lo_pos, hi_pos = doc.tokens[end_tok + 1].span.start, doc.tokens[hi].span.end
    if any(lo_pos <= n.span.start < hi_pos for n in doc.numbers):
        return True
    nxt = doc.tokens[end_tok + 1].norm
    if (subject or nominative) and (nxt in PERSON_NOUNS or nxt[-1:] == "ا" and nxt[:-1] in PERSON_NOUNS):
        return True   # "قتل مسلحون مجهولون خطيب مسجد"، "قتل مسلحان مجهولان مواطنا": a nominative subject, its object
    if (subject or nominative) and nxt.startswith("ال") \
            and (nxt[2:] in PERSON_NOUNS or nxt[2:].rstrip("ي") in PERSON_NOUNS):
        return True   # "قتل مسلحون مجهولون الناشط عمر باطويل": a nominative subject, then its definite object
    if tied and any(doc.tokens[j].norm in PERSON_NOUNS or doc.tokens[j].norm in CIVILIAN_WORDS
                    for j in range(end_tok + 3, hi + 1)):
        return True   # (a person noun after the tie, in the construct: "شيخ عشيرة")
    if any(doc.tokens[j].norm in _WOMEN_NOUNS for j in range(end_tok + 1, hi + 1)):
        return True   # "قتلت قناصة الحوثي طفلة": a woman or a girl, indefinite, after the subject
    return any(doc.tokens[j].norm.endswith("ا") and (doc.tokens[j].norm in ARMED_WORDS or doc.tokens[j].norm in CIVILIAN_WORDS
                                                     or doc.tokens[j].norm[:-1] in PERSON_NOUNS   # "شرطيا"، "ضابطا"
                                                     or doc.tokens[j].norm[:-1] in NATIONALITY_NOUNS)  # "فلسطينيا"
               for j in range(end_tok + 1, hi + 1))



# a cue word that ends in the plural subject ("هاجموا"، "قصفوا") or an object or possessive pronoun
# ("رشقهم"، "هجماتهم"، "استهدفتهما") has no genitive or subject after it
OWN_SUBJECT_ENDINGS = ("وا", "هم", "هما", "هن")
# a singular verb with an object pronoun: its subject follows it ("أعدمهم تنظيم داعش"، "اختطفهم مسلحون")
_OBJECT_VERB_STEMS = tuple(fold_string(w) for w in "أعدم اعدم قتل اغتال خطف اختطف اعتقل استهدف هاجم".split())


def _verb_with_object(norm: str) -> bool:
    core = norm[1:] if norm[:1] in "وف" and len(norm) > 5 else norm
    for pron in ("هما", "هم", "هن"):
        if core.endswith(pron):
            stem = core[: -len(pron)]
            return stem in _OBJECT_VERB_STEMS or (stem.endswith("ت") and stem[:-1] in _OBJECT_VERB_STEMS)
    return False


def _attack_adjective(doc: Doc, ti: int, a: ActorMention) -> bool:
    """"هجوم مسلح"، "الهجوم المسلح"، "هجمات مسلحة": the one-word mention at token ti is the adjective
    of the attack noun before it."""
    return (ti > 0 and doc.tokens[ti].norm in ARMED_ADJECTIVES and doc.tokens[ti - 1].norm in ATTACK_NOUNS
            and a.span.end <= doc.tokens[ti].span.end)


BETWEEN_AFTER_CUE, BETWEEN_BEFORE_CUE = 8, 6  # tokens from the cue to "بين"
BETWEEN_SPAN = 12  # tokens from "بين" to the second side


def _joined_after(doc: Doc, b: ActorMention) -> bool:
    """The mention b opens with "و", attached ("وفصائل المعارضة") or a word of its own ("و الجيش")."""
    ti = token_at(doc, b.span.start)
    return (doc.tokens[ti].norm.startswith("و") and not doc.span_text(b.span).startswith("و")) \
        or (ti > 0 and doc.tokens[ti - 1].norm == "و")


# "اشتبكت قبيلتا الزوية والتبو"، "بين الرزيقات والمعاليا": a pair after these words is two sides
TWO_SIDES_WORDS = frozenset(fold_string(w) for w in "بين قبيلتا قبيلتي عشيرتا عشيرتي طرفا طرفي".split())


def _two_sides_before(doc: Doc, a: ActorMention) -> bool:
    ti = token_at(doc, a.span.start)
    return ti > 0 and doc.tokens[ti - 1].sentence == doc.tokens[ti].sentence \
        and _bare(doc.tokens[ti - 1].norm) in TWO_SIDES_WORDS


def _joined_to(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """b follows a joined by "و" ("للجيش والشرطة"، "الجيش و الشرطة"): a pair named as one side."""
    end, start = token_at(doc, a.span.end - 1), token_at(doc, b.span.start)
    if start == end + 1:
        return doc.tokens[start].norm.startswith("و") and not doc.span_text(b.span).startswith("و")
    return start == end + 2 and doc.tokens[end + 1].norm == "و"


def _joined_victim(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """b is named with a by "و", directly ("جنود وشرطي") or as a share ("جنديان وعنصر من الحشد")."""
    if _joined_to(doc, a, b):
        return True
    end, start = token_at(doc, a.span.end - 1), token_at(doc, b.span.start)
    gap = [doc.tokens[j].norm for j in range(end + 1, start)]
    return 2 <= len(gap) <= 3 and gap[0].startswith("و") and gap[-1] == "من"


def _side(a: ActorMention) -> str:
    """"gov" (state forces and allies), "civ" (civilians, protesters) or "armed" (other armed groups)."""
    if is_pro_government(a):
        return "gov"
    return "civ" if a.actor.kind in ("civilians", "protesters", "rioters") else "armed"


def _bare(norm: str) -> str:
    """A folded word without a leading "و"/"ف" ("وقتل" → "قتل")."""
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


ACTIVE_KILL_AFTER = frozenset(fold_string(w) for w in "قتلوا قتلا".split())


def _active_kill_after(doc: Doc, a: ActorMention, last_tok: int) -> bool:
    """"مسلحين من حركة الشباب قتلوا 30 قرويا": the kill verb after the side has an object (a count or an
    accusative person noun right after it), so it is active and the side is its doer ("جنود قتلوا في
    الهجوم": passive, they died)."""
    if _next_norm(doc, a, 1, last_tok) not in ACTIVE_KILL_AFTER:
        return False
    j = token_at(doc, a.span.end - 1) + 2
    if j > last_tok:
        return False
    t = doc.tokens[j]
    if t.norm.isdigit() or doc.in_number(t.span.start):
        return True
    return t.norm.endswith("ا") and (t.norm in ARMED_WORDS or t.norm in CIVILIAN_WORDS or t.norm[:-1] in PERSON_NOUNS)


def _next_norm(doc: Doc, a: ActorMention, k: int, last_tok: int) -> str:
    """The folded k-th word after actor mention a ("" past the sentence)."""
    j = token_at(doc, a.span.end - 1) + k
    return doc.tokens[j].norm if j <= last_tok else ""


def dominant_armed_actor(doc: Doc, state: bool = False) -> ActorMention | None:
    """The non-state armed group the article names most (an unclaimed attack's likely author); with
    `state`, the government side (state forces and their allies) it names most."""
    counts: dict[str, list[ActorMention]] = {}
    for a in doc.actors:
        if a.actor.kind in ("unidentified", "civilians", "none"):
            continue
        if (state and is_pro_government(a)) or (not state and a.actor.inter in (2, 3)):
            counts.setdefault(a.actor.name, []).append(a)
    if not counts:
        return None
    name, ms = max(counts.items(), key=lambda kv: len(kv[1]))
    return ms[0] if len(ms) >= 2 else None


GENERIC_KINDS = frozenset({"civilians", "protesters", "rioters", "unidentified"})
