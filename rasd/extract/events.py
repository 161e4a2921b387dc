"""Assembling ACLED events from the cues, actors, places, dates and counts found in an article.

One event = one type of interaction × actors × place × day (ACLED_CODING §1). Per sentence:
1. cues (doc.triggers) are weighed by modality: denials, plans, threats, calls, conditionals,
   questions, purpose clauses ("لتحرير") and running totals lower or cancel them;
2. the sentence's sub-event type is chosen from the explicit cues, and context-typed cues (@kill,
   @attack, @bombard, @explosion, @territory) are typed by what surrounds them (victims, aircraft,
   the initiator's kind);
3. actor roles: the initiator (actor1) and the target (actor2) from word order, genitives ("غارة
   أميركية", "هجوم لداعش"), passives ("قتل أربعة جنود في هجوم ...") and target markers (ضد، على،
   استهدف، مواقع)...;
4. place (rasd.extract.geocode.locate), date (the sentence's date phrase, else the paragraph's, else
   the publication date at precision 2), killed and injured (rasd.extract.casualties).
Candidates of one type at one place and day within an article are one event; sentences with only a
generic cue ("وأسفر الهجوم عن مقتل 5") add their counts to the event just told.

>>> from rasd.pipeline import process_article
>>> from rasd.model import Article
>>> from datetime import date
>>> evs = process_article(Article("t", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت الليبية أمس.", published=date(2016, 8, 6)))
>>> [(e.sub_event_type.value, e.fatalities, str(e.event_date)) for e in evs]
[('Air/drone strike', 3, '2016-08-05')]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.arabic.dates import WEEKDAYS
from rasd.arabic.normalize import fold_string
from rasd.arabic.numbers import NUMBER_WORDS
from rasd.extract import geocode
from rasd.extract.actors import post_force
from rasd.extract.places import fold_between
from rasd.extract.cues import (dead_clause, rise_toll_head, DATELINE_RE, MORROW, comes_after, comes_after_recent, SINCE_DAY_DAYS, place_clauses, ACCUSE_WORDS, MARTYR_NAME_HEADS, MARTYR_WORDS, OLD_YEAR_FACTOR, OPENING_PROTEST_WEIGHT,
                              attempted, hostages_taken, modality_factor, old_year, opening_protest, protesters_after,
                              protesters_only_named, reference_date, total_clause_start, truce_without_act, aircraft_moving,
                              BACKGROUND_OPENERS, RISE_VERBS, SINCE_OPENERS, SPAN_OF, SPAN_OF_TIME)
from rasd.extract.casualties import (DOER_RELATIVES, PERSON_NOUNS, MORE_WORDS, ASSASSINATION_LEMMAS, count_casualties, count_from_before, count_leading_group,
                                     reply_offset, numbers_by_token, toll_rise, TOLL_HEADS)
from rasd.extract.triggers import (AIRCRAFT_SUBJECTS, BODY_NOUNS, CARRYING_OUT, FALL_LEMMA, MASSACRE_LEMMAS, REGAIN_LEMMAS,
                                   SEIZED_PEOPLE, dated_tokens)
from rasd.resources.countries import COUNTRY_NAMES
from rasd.extract.roles import (DENIAL_WORDS, INTERCEPT_VERBS, SHOT_BY, SITE_NOUNS, WITHDRAW_STEM, TARGET_NOUNS, THAT_WORDS, last_token, AIRCRAFT_NOUNS, GUN_NOUNS, CIVIL_OBJECTS, FIGHTER_HEADS, GENERIC_KINDS, SPEAKER_VERBS, after_place_phrase, assign_roles, belonging, gunmen_of, backers, backs, claims, dominant_armed_actor, finds_bodies, harmed_in, is_news_source, named_civilians, named_shooter,
                                is_pro_government, loyalist_phrase, token_at, victim_kinds)
from rasd.model import (ActorMention, Doc, Event, Location, Source, Span, Token, TriggerMention,
                        make_event_id)
from rasd.resources.acled import SPECIFICITY, EventType, SubEventType
from rasd.resources.gazetteer import _distance_km

log = logging.getLogger(__name__)

S = SubEventType
E = EventType

_RANK = {s: i for i, s in enumerate(SPECIFICITY)}  # within one event type, the more specific wins
# Between event types in one sentence, the primary one (ACLED folds tactics into the higher type).
TYPE_PRECEDENCE = [E.EXPLOSIONS, E.BATTLES, E.VAC, E.RIOTS, E.PROTESTS, E.STRATEGIC]

AIR_WORDS = frozenset("""طيران الطيران طائرات الطائرات طائره الطائره مقاتلات المقاتلات جوي الجوي جويه الجويه مروحيات
طائراته طائراتها طائراتنا مقاتلاته مقاتلاتها""".split())
# "الرحلات الجوية"، "الملاحة الجوية"، "الدفاعات الجوية": flights, navigation and air defences strike nothing
NOT_AIR_BEFORE = frozenset(fold_string(w) for w in """الرحلات رحلات الملاحة الخطوط الحركة المجال الدفاعات دفاعات
والرحلات والملاحة""".split())
# aircraft named as a cue: a report of a strike only with a strike told as done
AIRCRAFT = frozenset(fold_string(w) for w in (
    "مقاتلات", "المقاتلات", "مقاتلة", "مروحية", "مروحيات", "مروحيتين", "مروحيتان", "طائرات حربية", "طائرة حربية",
    "طائرات هليكوبتر", "سلاح الجو", "القوات الجوية", "سلاح الطيران", "الطيران الحربي"))
# bombs, which aircraft drop as often as men plant them
BOMB_WORDS = frozenset(("قنابل", "قنبلة", "قنبلتين", "القنابل"))
DRONE_RE = re.compile(r"مسير|مسيّر|بدون طيار|بلا طيار|درون|قاصف")   # ("قاصف 2K": the Houthis' drone)
FORCE_WORDS = frozenset(fold_string(w) for w in "قوات القوات الجيش جيش الشرطة شرطة قوة".split())  # a force, not a person
# the soldiers or men heading a force's name as the doer ("قتل جنود الاحتلال شابا"، "قتل رجال الأمن مسلحين"): the doer
DOER_MEN = frozenset(fold_string(w) for w in "جنود الجنود رجال".split())
ONE_WORDS_AR = frozenset(fold_string(w) for w in "أحد احد إحدى احدى".split())
DEMONSTRATIVES = frozenset(fold_string(w) for w in "هذه هذا تلك ذلك".split())
PLACE_NOUNS_DEF = frozenset(fold_string(w) for w in "المناطق المنطقة المدينة البلدة القرية المواقع الأحياء الحي البلدات القرى".split())
ANAPHORS = frozenset("""الهجوم الهجمات التفجير التفجيرين التفجيرات الانفجار الانفجارين الغاره الغارات الغارتين
الاشتباكات المعارك المواجهات القصف العمليه الحادث الاعتداء الاعدام الاعدامات الاغتيال الاختطاف الخطف""".split())


@dataclass
class Candidate:
    sub: SubEventType
    weight: float
    sentence: int
    trigger: TriggerMention
    generic: bool                          # typed only by context (no explicit cue)
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    actor1_name: str | None = None
    actor2_name: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    location: Location | None = None
    location_why: str = ""
    location_in_sentence: bool = True
    day: date | None = None
    precision: int = 1
    date_why: str = ""
    fatalities: int | None = None
    injured: int | None = None
    reasons: list[str] = field(default_factory=list)
    extra_sentences: list[int] = field(default_factory=list)
    sibling: bool = False                  # another cue of a type already taken from this sentence
    own_place: bool = False                # a weaker type of the sentence: kept only at a place of its own
    background: bool = False               # its cue is told as a total or as background (toll not the event's)
    report: bool = False                   # the sentence opens by reporting it ("تظاهر مئات ...")
    clause: Span | None = None             # the part of its sentence that tells it, when the sentence tells two sides' acts
    retold: bool = False                   # the subject of "وجاء/ويأتي ... بعد": an event told before, joins it or none


# ---------------------------------------------------------------- helpers over tokens

def _sentence_tokens(doc: Doc) -> dict[int, list[tuple[int, Token]]]:
    """Tokens per sentence. A token outside every sentence (a masked byline, a related-stories
    block) carries the next sentence's index; it belongs to no sentence here."""
    out: dict[int, list[tuple[int, Token]]] = {}
    sents = doc.sentences
    n = len(sents)
    for i, t in enumerate(doc.tokens):
        si = t.sentence
        if si < n and sents[si].start <= t.span.start < sents[si].end:
            out.setdefault(si, []).append((i, t))
    return out


def _by_sentence(doc: Doc, mentions) -> dict[int, list]:
    """Mentions grouped by the sentence holding their start (one bisection each)."""
    out: dict[int, list] = {}
    for m in mentions:
        si = doc.sentence_of(m.span)
        if si is not None:
            out.setdefault(si, []).append(m)
    return out


MUTUAL_AFTER = frozenset(fold_string(w) for w in "متبادل المتبادل متبادلا".split())
MUTUAL_BEFORE = frozenset(fold_string(w) for w in "تبادل وتبادل تبادلا بتبادل".split())


_EXCHANGE_VERBS = frozenset(fold_string(w) for w in "تبادل تبادلت تبادلا تبادلتا تبادلوا يتبادل يتبادلان".split())


def _mutual(doc: Doc, t: TriggerMention) -> bool:
    """The cue is told as exchanged: "قصف متبادل"، "تبادل القصف"."""
    k = token_at(doc, t.span.start)
    toks = doc.tokens
    if (k + 1 < len(toks) and toks[k + 1].norm in MUTUAL_AFTER) or (k > 0 and toks[k - 1].norm in MUTUAL_BEFORE):
        return True
    # "تبادل الجيش السوداني وقوات الدعم السريع القصف المدفعي": the exchange verb, its two sides, then the cue
    return any(toks[j].norm.lstrip("و") in _EXCHANGE_VERBS for j in range(max(0, k - 8), k)
               if toks[j].sentence == toks[k].sentence) and fold_string(doc.span_text(t.span)).lstrip("و").startswith("ال")


# (not "دمرت": "دمرت سيارة مفخخة مبنى" is the car bomb destroying a building)
DESTROY_WORDS = frozenset(fold_string(w) for w in """تدمير وتدمير دمروا ودمروا ضبط وضبط ضبطت وضبطت ضبطوا إحباط
وإحباط إعطاب فككت وفككت فكك فككوا تفكيك وتفكيك إبطال وإبطال أبطلت أبطل""".split())
# a verb the device itself may be the subject of ("دمرت سيارة مفخخة مبنى حكوميا"): it destroyed the device
# only with its doer or a count between them ("ودمرت 6 سيارات مفخخة"، "دمرت القوات سيارة مفخخة")
DESTROY_VERBS = frozenset(fold_string(w) for w in "دمر ودمر دمرت ودمرت".split())
# "أحبطت قوات الأمن العراقية هجوما بسيارة مفخخة": a device whose attack was foiled, the doer between
FOIL_WORDS = frozenset(fold_string(w) for w in "أحبط أحبطت أحبطوا يحبط تحبط تمكن تمكنت من إحباط".split()) - {"من"}
_FOIL_BREAKS = frozenset(("،", ",", "؛", ";", ".", ":"))
# "أسقطت الدفاعات الجوية صاروخا باليستيا"، "اعترضت صاروخين": a missile or a rocket brought down
INTERCEPT_WORDS = frozenset(fold_string(w) for w in "أسقطت أسقط أسقطوا إسقاط اعترضت اعترض اعترضوا اعتراض تعترض".split())


# "أطلقت جماعة الحوثي صاروخا على جازان، واعترضته الدفاعات الجوية السعودية": brought down, told after it
INTERCEPTED_AFTER = frozenset(fold_string(w) for w in """اعترضته اعترضتها اعترضتهما اعترضوه اعترضوها
أسقطته أسقطتها أسقطتهما أسقطوه أسقطوها اعتراضه اعتراضها اعتراضهما إسقاطه إسقاطها دمرته دمرتها""".split())


_PARTICIPANT_WORDS = frozenset(fold_string(w) for w in """المشاركين المشاركون مشاركين المشاركة مشاركة بالمشاركة
لمشاركتهم لمشاركته مشاركتهم""".split())


def _participants_of(doc: Doc, t: TriggerMention) -> bool:
    """The protest cue t names what people took part in ("المشاركين في الاحتجاجات")."""
    k = token_at(doc, t.span.start)
    return any(doc.tokens[j].norm in _PARTICIPANT_WORDS for j in range(max(0, k - 3), k)
               if doc.tokens[j].sentence == doc.tokens[k].sentence)


def _tokens_after(doc: Doc, k: int, n: int):
    """(index, token) of the up to `n` tokens after token k, within its sentence."""
    toks = doc.tokens
    s = toks[k].sentence
    for j in range(k + 1, min(len(toks), k + 1 + n)):
        if toks[j].sentence != s:
            return
        yield j, toks[j]


SEIZE_STEM = fold_string("ضبط")
SEIZED_PEOPLE_WEIGHT = 0.75


def _persons_after(doc: Doc, t: TriggerMention) -> bool:
    """People named within six words after a seizing cue ("ضبط 3 عناصر"، "ضبطت خلية من 5 أشخاص")."""
    return any(x.norm.lstrip("و").startswith(SEIZED_PEOPLE) for _, x in _tokens_after(doc, token_at(doc, t.span.end - 1), 6))


def intercepted_after(doc: Doc, t: TriggerMention) -> int | None:
    """The token of a verb that brings down the missile or rocket of cue t, told after it in the
    sentence with a pronoun for it (within sixteen words: "... باتجاه مدينة جازان السعودية، وقالت قوات
    الدفاع الجوي السعودية إنها اعترضته"); None if there is none."""
    if t.sub_event_type is not S.SHELLING:
        return None
    for j, x in _tokens_after(doc, token_at(doc, t.span.start), 16):
        if x.norm in INTERCEPTED_AFTER or (x.norm[:1] in "وف" and x.norm[1:] in INTERCEPTED_AFTER):
            return j
    return None


_HIT_WORDS = frozenset(fold_string(w) for w in """تدمير بتدمير وتدمير دمروا دمرت إسقاط بإسقاط وإسقاط أسقطت أسقط أسقطوا
إعطاب بإعطاب إصابة بإصابة أعطبت""".split())


def _aircraft_hit(doc: Doc, t: TriggerMention) -> bool:
    """The aircraft cue is the object of a destroy or shoot-down word right before it ("بتدمير طائرة
    مروحية"، "أسقطت الفصائل طائرة حربية")."""
    k = token_at(doc, t.span.start)
    s = doc.tokens[k].sentence
    return any(x.sentence == s and x.norm in _HIT_WORDS for x in doc.tokens[max(0, k - 3):k])


def _destroyed_before(doc: Doc, t: TriggerMention) -> bool:
    """A device named as destroyed, defused or seized, within four words before it: "تدمير ثلاث عجلات
    مفخخة"، "ضبط سيارة مفخخة"، "وفككت عشرات العبوات الناسفة"; or its attack foiled, within eight words of
    the same clause: "أحبطت قوات الأمن هجوما بسيارة مفخخة"; or a missile brought down: "أسقطت الدفاعات
    الجوية صاروخا"."""
    k = token_at(doc, t.span.start)
    s = doc.tokens[k].sentence
    # (not the aircraft that destroyed, the verb's subject: "دمرت مروحيات الأباتشي آليات للحوثيين")
    if any(x.sentence == s and (x.norm in DESTROY_WORDS or (x.norm in DESTROY_VERBS and j < k - 1
                                                           and doc.tokens[j + 1].norm not in AIRCRAFT_SUBJECTS))
           for j, x in enumerate(doc.tokens[max(0, k - 4):k], max(0, k - 4))):
        return True
    for j in range(k - 1, max(-1, k - 9), -1):
        x = doc.tokens[j]
        if x.sentence != s or x.norm in _FOIL_BREAKS:
            return False
        if x.norm.lstrip("و") in FOIL_WORDS or (
                x.norm.lstrip("و") in INTERCEPT_WORDS and t.sub_event_type is S.SHELLING):
            return True
    return False


# acts that are a riot when protesters do them, property destroyed when an armed side does
PROPERTY_ACT_LEMMAS = frozenset(fold_string(w) for w in ("أحرقوا", "إحراق", "حطموا", "هشموا", "أضرموا النار",
                                                         "أضرم", "أضرمت"))   # ("أضرم مستوطنون النار في منزل")
STONING_LEMMAS = frozenset(fold_string(w) for w in "رشق رشقوا".split())
STORM_LEMMAS = frozenset(fold_string(w) for w in "اقتحم اقتحمت اقتحموا تقتحم يقتحم".split())
# a crowd's own violent act opening the sentence, the crowd right after it ("أضرم محتجون غاضبون النار في مقر
# الحزب"، "اقتحم مئات المحتجين المنطقة الخضراء")
_YOUTHS = frozenset(fold_string(w) for w in "شبان الشبان شبانا فتية الفتية".split())


def _youths_after(doc: Doc, k: int) -> bool:
    """Youths named within three words after token k, in its sentence ("رشق عشرات الشبان")."""
    s = doc.tokens[k].sentence
    return any(x.norm in _YOUTHS for x in doc.tokens[k + 1:k + 4] if x.sentence == s)


RIOT_OPENING_LEMMAS = STORM_LEMMAS | frozenset(fold_string(w) for w in "أضرم أضرمت أحرق أحرقوا حطم هشم هاجم رشق".split())


# people who do not bear arms as a body: fighting the forces, they riot
UNARMED_CROWDS = frozenset(fold_string(w) for w in "طلاب الطلاب طلبة الطلبة طالبات الطالبات تلاميذ التلاميذ".split())


def _crowd_after(doc: Doc, target: ActorMention | None, k: int, words: int) -> bool:
    """Demonstrators within `words` words after token k: named as such ("قتلت الشرطة متظاهرين اثنين"), or the
    act's target a crowd named by its allegiance ("أطلقت قوات الأمن الرصاص على أنصار الرئيس المعزول")."""
    return protesters_after(doc, k, words) or (
        target is not None and target.actor.kind == "protesters" and 0 < token_at(doc, target.span.start) - k <= words)


def unarmed_crowd(a: ActorMention) -> bool:
    """Civilians named by a word for people who do not bear arms as a body ("طلاب الإخوان")."""
    return a.actor.kind == "civilians" and fold_string(a.surface).split()[0].lstrip("و") in UNARMED_CROWDS


CONFRONTATION_LEMMAS = frozenset(fold_string(w) for w in "مواجهات المواجهات مواجهة المواجهة".split())
# people named by their nationality alone ("أصيب عشرات الفلسطينيين خلال مواجهات")
PEOPLE_BY_NATIONALITY = frozenset(fold_string(w) for w in """فلسطيني فلسطينيا فلسطينيين الفلسطينيين فلسطينيون
الفلسطينيون""".split())
# non-state armed men: named in confrontations, they make them a clash, not a riot (soldiers hurt by
# stone-throwers do not)
GUNMEN_WORDS = frozenset(fold_string(w) for w in """مسلح مسلحين مسلحون مسلحا المسلحين المسلحون مقاتل مقاتلين
مقاتلون مقاتلا المقاتلين المقاتلون متشدد متشددين المتشددين ارهابي ارهابيين ارهابيا الارهابيين مسلحي مسلحو
مقاتلي مقاتلو""".split())




def _speaks_next(doc: Doc, k: int) -> bool:
    """A speech verb follows token k, perhaps after "قد" ("كانت الشرطة قد أعلنت")."""
    toks = doc.tokens
    j = k + 1
    if j < len(toks) and toks[j].norm == "قد":
        j += 1
    return j < len(toks) and toks[j].sentence == toks[k].sentence and toks[j].norm in SPEAKER_VERBS


def _civil_object(doc: Doc, t: TriggerMention) -> str | None:
    """The place of civilian life named within nine words after an attack cue (its doer between), its
    text; None else."""
    # (from the cue's last word: "النار على مركبة فلسطينية")
    on = False
    # (the doer and a time may stand between: "هاجم مسلحون من حركة الشباب مساء أمس فندقا")
    for _, x in _tokens_after(doc, token_at(doc, t.span.end - 1), 9):
        n = x.norm.lstrip("و")
        if n in CIVIL_OBJECTS or (n.startswith("ال") and n[2:] in CIVIL_OBJECTS):
            return doc.span_text(x.span)
        if on or n in ("في", "ب", "،", ",", "قرب", "بالقرب"):
            break
        # ("الهجوم الذي شنته حركة الشباب مساء أمس على فندق إيليت": what follows "على" is the object, or none is)
        on = n == "علي"
    return None


# "أعلنت جماعة أنصار بيت المقدس مبايعة تنظيم داعش": a group's pledge changes it; a crowd's pledge to a king
# ("مبايعة الملك") does not
PLEDGE_LEMMAS = frozenset(fold_string(w) for w in "مبايعة بايعت بايع بايعوا".split() + [
    "انضمامها إلى", "انضمامه إلى", "انضمامها ل", "انضمامه ل"])
NO_FIGHT_WEIGHT = 0.7
_WITHOUT = frozenset(fold_string(w) for w in "دون بدون بلا".split())
_FIGHT = frozenset(fold_string(w) for w in "قتال مقاومة معارك اشتباكات مواجهات مواجهة".split())


_ENTRY_STEMS = tuple(fold_string(w) for w in ("دخل", "ودخل", "فدخل", "سيطر", "وسيطر", "تسلم", "وتسلم"))


def _entered_by(doc: Doc, trig: TriggerMention, m: ActorMention) -> bool:
    """An entry or takeover verb ("ودخلتها"، "وسيطر عليها") stands after the withdrawal cue and at most
    three words before the mention m, in its sentence."""
    k, j = token_at(doc, trig.span.start), token_at(doc, m.span.start)
    toks = doc.tokens
    return toks[k].sentence == toks[j].sentence and any(
        toks[i].norm.startswith(_ENTRY_STEMS) for i in range(max(k + 1, j - 4), j))


def _without_fighting(norms: list[str]) -> bool:
    """"دون قتال"، "من دون مقاومة"، "بلا معارك" in the sentence; or ground handed over under a deal
    ("بعد انسحاب قوات سوريا الديمقراطية منها بموجب اتفاق")."""
    return any((a in _WITHOUT and b in _FIGHT) or (a in _UNDER and b.lstrip("ل") in _DEAL)
               for a, b in zip(norms, norms[1:]))


_UNDER = frozenset(fold_string(w) for w in "بموجب وفق وفقا ضمن تنفيذا بناء".split())
_DEAL = frozenset(fold_string(w) for w in "اتفاق الاتفاق اتفاقية الاتفاقية تفاهم التفاهم صفقة الصفقة".split())


# coalitions that fight from the air: their "قصف" is a strike ("قصف لقوات التحالف على منزل في صعدة")
AIR_COALITIONS = frozenset({"Saudi-led Coalition", "Global Coalition Against Daesh"})


# words telling what a crowd protests against: "احتجاجا على"، "تنديدا ب"، "ضد"، "على خلفية"
# (and the anniversary of an act: "مراسم إحياء ذكرى مقتل براون"، "في الذكرى الأولى لمقتل الشاب")
# (and mourning: "عم الإضراب ... حدادا على أرواح الشهداء")
GRIEVANCE_WORDS = frozenset(fold_string(w) for w in "احتجاجا تنديدا رفضا استنكارا ضد خلفية ذكرى الذكرى بذكرى بالذكرى حدادا".split())
_ON = fold_string("على")
GRIEVANCE_FACTOR = 0.3
_AGAINST = fold_string("ضد")
_PROTEST_STEMS = tuple(fold_string(w) for w in """احتجاج الاحتجاج تظاهر التظاهر مظاهر المظاهر احتجوا تظاهروا
مسيره مسيرات المسيره المسيرات اعتصام الاعتصام""".split())


def _dated_long_before(doc: Doc, t: TriggerMention) -> bool:
    """A date within 40 characters after the cue, in its sentence, more than 45 days before the
    article: "مقتله في التاسع من أغسطس 2014" in a 2015 story tells a past act."""
    ref = reference_date(doc)
    if ref is None:
        return False
    si = doc.sentence_of(t.span)
    sent = doc.sentences[si] if si is not None else None
    return any(t.span.end <= d.span.start <= t.span.end + 40 and (sent is None or sent.contains(d.span))
               and (ref - d.value).days > 45 for d in doc.dates)


def grievance(doc: Doc, t: TriggerMention) -> bool:
    """The cue is the object of a protest's cause: "احتجاجا على مقتل شاب"، "تنديدا باعتقال"، "ضد اعتقال"."""
    k = token_at(doc, t.span.start)
    sent = doc.tokens[k].sentence
    tok_start = doc.tokens[k].span.start
    if doc.text[max(0, tok_start - 3):tok_start].strip().endswith(("،", ",")):
        # "احتجاجا على ارتفاع الأسعار، وقتل 3 منهم": a comma opens another clause ("تنديدا بمقتل شاب واعتقال
        # آخرين": "و" alone goes on listing the grievance)
        return False
    # up to three words back, within one phrase: "احتجاجات على مقتل طالب برصاص الشرطة" (the shooting is
    # the killing's, the grievance's too)
    for j in range(k - 1, max(-1, k - 4), -1):
        x = doc.tokens[j]
        if x.sentence != sent or not x.norm[:1].isalpha():
            return False
        n = x.norm
        if n.lstrip("و") in GRIEVANCE_WORDS:
            return True
        if n in (_ON, _AGAINST) and j > 0 and doc.tokens[j - 1].sentence == sent:
            # "بعد احتجاجات على مقتل طالب"، "مظاهرات ضد اعتقال": a protest noun or verb, then "على"/"ضد"
            before = doc.tokens[j - 1].norm
            return before.lstrip("و") in GRIEVANCE_WORDS or before.lstrip("وب").startswith(_PROTEST_STEMS)
        if n.startswith("و") and j < k - 1:
            return False   # "و" opens another phrase
    return False


def in_grievance(doc: Doc, t: TriggerMention, a: ActorMention) -> bool:
    """The actor is named in what a protest cue's crowd protests against, after it in its sentence:
    "تظاهر آلاف اليمنيين في صنعاء احتجاجا على غارات التحالف" (the coalition is no protester)."""
    if a.span.start < t.span.end:
        return False
    k, end = token_at(doc, t.span.end - 1) + 1, token_at(doc, a.span.start)
    return any(doc.tokens[j].norm.lstrip("وبل") in GRIEVANCE_WORDS for j in range(k, end))


def _type_sentence(doc: Doc, cues: list[tuple[TriggerMention, float]], norms: list[str],
                   initiator: ActorMention | None, target: ActorMention | None, victim_norms: list[str] | None = None
                   ) -> list[tuple[SubEventType, float, TriggerMention, bool, str]]:
    """(sub-event type, weight, cue, generic?, why) per event type present in the sentence."""
    # the act a crowd protests against is told as a cause: when or where it happened is not said
    # (the protest's own cue may stand in another clause: "بعد احتجاجات على مقتل طالب برصاص الشرطة")
    cues = [(t, w * GRIEVANCE_FACTOR) if t.event_type is not E.PROTESTS and grievance(doc, t) else (t, w)
            for t, w in cues]
    # "عثر الجيش على مخزن للأسلحة": a cache is disrupted weapons use only when found or seized ("غارات
    # على مخزن للأسلحة" struck one)
    cues = [(t, w) for t, w in cues if t.sub_event_type is not S.DISRUPTED_WEAPONS
            or fold_string(t.lemma) not in CACHE_LEMMAS or _found_before(doc, t)]
    # "استهدفت طائرة أمريكية مسيرة سيارة": a drone, not a march; "قرب مقر قيادة القوات الجوية": a
    # building of the air force, no strike
    cues = [(t, w) for t, w in cues if not (t.event_type is E.PROTESTS and _drone_word(doc, t))
            and not (t.sub_event_type is S.AIR_STRIKE and _institution_of(doc, t))]
    if any(t.cue == "@territory" or t.sub_event_type is S.ARMED_CLASH for t, _ in cues):
        # "القوات العراقية مدعومة بطيران التحالف الدولي استعادت السيطرة على قرية": the backing aircraft
        # are the ground side's support, folded into its battle (ACLED_CODING §1), no strike of their own
        first = token_at(doc, doc.sentences[cues[0][0].sentence].start)
        cues = [(t, w) for t, w in cues if not (t.sub_event_type is S.AIR_STRIKE
                                                and backs(doc, token_at(doc, t.span.start), first))]
    # "اغتصب جنود ... نساء في مدينة جوبا خلال المعارك": fighting named as the time of another explicit act
    # is its setting, not the event
    # (the fighting told by its definite noun; an act on civilians before it: "اعتقلت ... ثلاثة أصيبوا خلال
    # تبادل لإطلاق النار في نابلس" is a clash of its own)
    cues = [(t, w * DURING_FACTOR) if t.sub_event_type is S.ARMED_CLASH and _during(doc, t)
            and fold_string(doc.span_text(t.span)).startswith("ال") and any(
                o.sub_event_type is not None and o.event_type is E.VAC and o.span.start < t.span.start
                for o, _ in cues) else (t, w) for t, w in cues]
    if any(t.cue == "@kill" for t, _ in cues) and any(fold_string(t.lemma) in RAID_LEMMAS for t, _ in cues) \
            and not any(t.sub_event_type is S.ARRESTS and fold_string(t.lemma) not in RAID_LEMMAS for t, _ in cues):
        # "قتلت قوات الجيش 20 تكفيريا في حملة مداهمات": a raid told by its dead, no one arrested, is no arrest
        cues = [(t, w) for t, w in cues if fold_string(t.lemma) not in RAID_LEMMAS]
    explicit = [(t, w) for t, w in cues if t.sub_event_type is not None]
    fams = {}
    for t, w in cues:
        if t.sub_event_type is None:
            if t.cue not in fams or fams[t.cue][1] < w:
                fams[t.cue] = (t, w)
    subs_present = {t.sub_event_type for t, _ in explicit}
    civ, armed = victim_kinds(norms if victim_norms is None else victim_norms)
    if target is not None and (target.actor.kind == "civilians" or _settlers(target)):
        civ = True   # (settlers attacked are civilians, as ACLED codes them: "تعرضه للطعن ... قرب مستوطنة")
        armed = armed and not _settlers(target)
    elif target is not None and target.actor.inter in (1, 2, 3, 4, 8) and target.actor.kind not in GENERIC_KINDS:
        armed = True  # "القيادي الحوثي و12 من مرافقيه قتلوا على يد المقاومة": a fighting side lost men
    out: list[tuple[SubEventType, float, TriggerMention, bool, str]] = []

    def add(sub: SubEventType, t: TriggerMention, w: float, generic: bool, why: str) -> None:
        out.append((sub, w, t, generic, why))

    armed_doer = initiator is not None and initiator.actor.kind not in ("protesters", "rioters", "civilians") \
        and (initiator.actor.inter in (1, 2, 3, 4, 8) or initiator.actor.kind == "unidentified")
    protest_told = any(t.event_type is E.PROTESTS for t, _ in explicit)
    crowd_doer = initiator is not None and initiator.actor.kind in ("protesters", "rioters")
    mutual = fams["@bombard"][0] if "@bombard" in fams and _mutual(doc, fams["@bombard"][0]) else None
    for t, w in explicit:
        if mutual is not None and t.sub_event_type is S.SHELLING \
                and 0 < token_at(doc, t.span.start) - token_at(doc, mutual.span.start) <= 3:
            continue  # "تبادل القصف بالمدفعية": the weapon of the exchange
        if t.sub_event_type is S.SHELLING and mutual is None and _mutual(doc, t):
            # "تبادل الجيش السوداني وقوات الدعم السريع القصف المدفعي": two sides shelling each other clash
            add(S.ARMED_CLASH, t, w * 0.9, False, f"'{doc.span_text(t.span)}' exchanged: a clash")
            continue
        if t.sub_event_type is S.SHELLING and "@attack" in fams and _ground_assault_weapon(doc, fams["@attack"][0], t):
            continue  # "هاجم مسلحون مقرا أمنيا بالأسلحة الرشاشة والقذائف الصاروخية": the assault's weapons
        if t.sub_event_type is S.SHELLING and any(_clash_weapon(doc, o, t) for o, _ in explicit
                                                  if o.sub_event_type is S.ARMED_CLASH):
            continue  # "قبل أن تمتد المواجهات إلى أحياء أخرى وتستخدم فيها القذائف الصاروخية والأسلحة الرشاشة"
        if t.sub_event_type is S.DISRUPTED_WEAPONS and fold_string(t.lemma).startswith(SEIZE_STEM) \
                and _persons_after(doc, t):
            # "تمكنت قوات الأمن من ضبط 3 عناصر من الجماعة": people seized are arrested
            add(S.ARRESTS, t, max(w, SEIZED_PEOPLE_WEIGHT), False, f"'{doc.span_text(t.span)}' people seized: arrests")
            continue
        if t.sub_event_type.event_type is E.EXPLOSIONS and intercepted_after(doc, t) is not None:
            add(S.DISRUPTED_WEAPONS, t, w, False, f"'{doc.span_text(t.span)}' intercepted after it was fired")
            continue
        if (t.sub_event_type is S.SHELLING or (t.sub_event_type is S.REMOTE_EXPLOSIVE and t.lemma in BOMB_WORDS)) \
                and initiator is not None \
                and fold_string(initiator.surface).split()[0].removeprefix("ال") in AIRCRAFT_NOUNS \
                and initiator.span.start < t.span.start and token_at(doc, t.span.start) - token_at(doc, initiator.span.end - 1) <= 5:
            # "أطلقت طائرة إسرائيلية بدون طيار صاروخا على مجموعة من الشبان": a missile fired from the air;
            # "ألقت طائرة أنتونوف تابعة للجيش السوداني قنابل على قرى": bombs dropped from the air
            add(S.AIR_STRIKE, t, w, False, f"'{doc.span_text(t.span)}' fired by aircraft '{initiator.surface}'")
            continue
        if t.sub_event_type is S.AIR_STRIKE and fold_string(t.lemma) in AIRCRAFT and _aircraft_hit(doc, t):
            continue  # "وأفادت مصادر بتدمير طائرة مروحية": an aircraft destroyed is a target, not a strike
        if t.sub_event_type.event_type is E.EXPLOSIONS and _destroyed_before(doc, t):
            if any(o.sub_event_type is S.AIR_STRIKE and o.span.start < t.span.start for o, _ in explicit):
                continue   # "شنت مقاتلات التحالف خمس غارات ... دمرت إحداها دبابة ووحدة مدفعية": the strike's target
            # "صدوا هجوما ... وتدمير ثلاث عجلات مفخخة": car bombs destroyed before they went off
            add(S.DISRUPTED_WEAPONS, t, w, True, f"'{doc.span_text(t.span)}' destroyed or seized, not exploded")
            continue
        if t.sub_event_type is S.VIOLENT_DEMONSTRATION and armed_doer and not protest_told \
                and fold_string(t.lemma) in STONING_LEMMAS and initiator.span.start < t.span.start:
            # (the force named after the verb is who was stoned: "ورشق الطلاب قوات الشرطة بالحجارة")
            continue  # "هاجم مستوطنون المواطنين ... ورشقوهم بالحجارة": the stoning is the attack's, no riot
        if t.sub_event_type is S.VIOLENT_DEMONSTRATION and armed_doer and not protest_told \
                and fold_string(t.lemma) in PROPERTY_ACT_LEMMAS:
            # "هاجم مسلحون قرية فقتلوا 11 قرويا وأحرقوا منازلهم": burning by an armed side is no riot;
            # the houses burnt are property destroyed, and the attack told with it leads
            # (opening the sentence, the burning is the act reported: "أضرم مستوطنون النار في منزل في قرية ...")
            opens = token_at(doc, t.span.start) == body_start(doc, t.sentence)
            add(S.LOOTING, t, w if opens else w * 0.8, not opens,
                f"'{doc.span_text(t.span)}' by an armed side: property destroyed")
            continue
        if t.sub_event_type is S.LOOTING and fold_string(t.lemma).lstrip("و").startswith(_BLOW_UP_VERBS) \
                and _kills_after(doc, t):
            # "فجر مقاتلو الجبهة مبنى الفندق ... ما أدى إلى مقتل 14 عنصرا": a building blown up on the men in
            # it is a bombing
            add(S.REMOTE_EXPLOSIVE, t, w, False, f"'{doc.span_text(t.span)}' a building blown up, killing")
            continue
        if t.sub_event_type is S.LOOTING and crowd_doer and initiator.span.start > t.span.start \
                and token_at(doc, initiator.span.start) - token_at(doc, t.span.start) <= 4:
            # "أحرق مئات من المتظاهرين مقر الحزب الحاكم": demonstrators burning a building riot
            # ("أحرق شبان غاضبون منازل": a crowd that held no protest, a mob)
            mob = initiator.actor.kind == "rioters" and not protest_told
            add(S.MOB_VIOLENCE if mob else S.VIOLENT_DEMONSTRATION, t, w, False,
                f"{'a mob' if mob else 'demonstrators'} '{initiator.surface}' burning")
            continue
        if (t.sub_event_type is S.HQ_ESTABLISHED or fold_string(t.lemma) in PLEDGE_LEMMAS) and not armed_doer:
            # "افتتح الوزير مقرا جديدا للوزارة": an office opened; a base is an armed side's
            add(t.sub_event_type, t, w * 0.3, False, f"cue '{doc.span_text(t.span)}', no armed side")
            continue
        if t.sub_event_type is S.NONVIOLENT_TRANSFER and _withdrawn_to(doc, t):
            continue  # "انسحبت القوات الحكومية إلى مدينة تالقان": where they went is kept, not handed over
        if t.sub_event_type is S.NONVIOLENT_TRANSFER and _without_fighting(norms):
            # "دخلت قوات الحشد الشعبي ناحية العلم بعد انسحاب مسلحي داعش منها دون قتال": told as such
            add(t.sub_event_type, t, max(w, NO_FIGHT_WEIGHT), False, f"cue '{doc.span_text(t.span)}', without fighting")
            continue
        add(t.sub_event_type, t, w, False, f"cue '{doc.span_text(t.span)}'")
    if mutual is not None:
        # "وسط قصف متبادل"، "تبادل القصف": two sides shelling each other is their clash, not a shelling
        t, w = fams.pop("@bombard")
        if S.ARMED_CLASH not in subs_present:
            add(S.ARMED_CLASH, t, w * 0.9, False, f"'{doc.span_text(t.span)}' exchanged: a clash")
    if "@bombard" in fams:
        t, w = fams["@bombard"]
        air = S.AIR_STRIKE in subs_present or any(
            (n in AIR_WORDS or n[1:] in AIR_WORDS or (n[:2] == "لل" and "ال" + n[2:] in AIR_WORDS))
            and not (k and norms[k - 1] in NOT_AIR_BEFORE) for k, n in enumerate(norms))   # ("قصف للطيران الروسي")
        coalition = not air and initiator is not None and initiator.actor.name in AIR_COALITIONS
        add(S.AIR_STRIKE if air or coalition else S.SHELLING, t, w, False,
            f"'{doc.span_text(t.span)}' by a coalition that strikes from the air" if coalition else
            f"'{doc.span_text(t.span)}' with {'aircraft' if air else 'no aircraft'} in the sentence")
    if "@explosion" in fams and initiator is not None and initiator.actor.kind == "state" \
            and _house_after(doc, fams["@explosion"][0]):
        # "فجرت قوات الاحتلال منزل منفذ عملية الطعن": a state force blowing up a house demolishes it
        t, w = fams.pop("@explosion")
        add(S.LOOTING, t, w, False, f"a house blown up by a state force ('{doc.span_text(t.span)}')")
    if "@explosion" in fams and (initiator is None or initiator.actor.kind != "civilians") \
            and (what := _structure_blown_up(doc, fams["@explosion"][0], initiator)) is not None \
            and not any(f in fams for f in ("@kill", "@attack")) and not any(
                o.event_type in (E.BATTLES, E.VAC) or o.sub_event_type.event_type is E.EXPLOSIONS for o, _ in explicit) \
            and not _kills_after(doc, fams["@explosion"][0]):
        # "فجر عناصر داعش جسر الحديد في الرمادي": a side blowing up a bridge or a building, with no one
        # harmed told, destroys property ("فجر مقاتلو الجبهة مبنى الفندق ... ما أدى إلى مقتل 14 عنصرا": a
        # bombing that killed)
        t, w = fams.pop("@explosion")
        add(S.LOOTING, t, w, False, f"'{what}' blown up")
    if "@explosion" in fams and any(o.sub_event_type in (S.SHELLING, S.GRENADE)
                                    and 0 < token_at(doc, o.span.start) - token_at(doc, fams["@explosion"][0].span.start) <= 2
                                    for o, _ in explicit):
        # "انفجرت قذيفة هاون في سوق شعبي": the shell that went off, a shelling, no planted device
        fams.pop("@explosion")
    if "@explosion" in fams:
        t, w = fams["@explosion"]
        add(S.REMOTE_EXPLOSIVE, t, w * 0.9, True, f"explosion '{doc.span_text(t.span)}'")
    if "@territory" in fams and (what := _taken_not_ground(doc, fams["@territory"][0])) is not None:
        # "قتلوا 30 جنديا واستولوا على أسلحة وذخائر": weapons or vehicles seized, people driven out: no
        # ground changed hands; booty taken with no fight told is looting
        t, w = fams.pop("@territory")
        violent = any(f in fams for f in ("@attack", "@kill", "@bombard", "@explosion")) or any(
            o.event_type in (E.BATTLES, E.EXPLOSIONS, E.VAC) or o.sub_event_type is S.LOOTING for o, _ in explicit)
        if what == "goods" and not violent:
            add(S.LOOTING, t, w * 0.8, False, f"'{doc.span_text(t.span)}' goods seized, no ground")
    if "@territory" in fams and fold_string(fams["@territory"][0].lemma) in STORM_LEMMAS and (
            (initiator is not None and initiator.actor.kind in ("protesters", "rioters"))
            or protesters_after(doc, token_at(doc, fams["@territory"][0].span.start), 3)):
        # "اقتحم محتجون غاضبون مبنى مجلس المحافظة": demonstrators storming a building riot, they take no ground
        t, w = fams.pop("@territory")
        add(S.VIOLENT_DEMONSTRATION, t, w, False, f"demonstrators storming '{doc.span_text(t.span)}'")
    if "@territory" in fams and attempted(doc, fams["@territory"][0]):
        # "يحاولون استعادة الأحياء الشمالية": fighting for ground not (yet) taken is a battle
        t, w = fams.pop("@territory")
        add(S.ARMED_CLASH, t, w * 0.9, False, f"attempt to take ground '{doc.span_text(t.span)}'")
    if "@territory" in fams and fold_string(fams["@territory"][0].lemma) in _GRIP_LEMMAS \
            and is_pro_government(initiator):
        # "أحكمت شرطة مكافحة الشغب قبضتها على نيروبي": the state tightening its grip clamps down, it
        # takes no ground ("أحكمت فصائل جيش الفتح قبضتها على مدينة إدلب": a side took it)
        fams.pop("@territory")
    if "@territory" in fams:
        t, w = fams["@territory"]
        pro = is_pro_government(initiator)
        if pro is not True and loyalist_phrase(norms):
            pro = True  # "رجال قبائل موالون لحكومة الرئيس هادي": the unnamed side is on the government's
        if fold_string(t.lemma) in REGAIN_LEMMAS and pro is not False:
            pro = True  # "استعاد"، "حرر"، "طرد": taking back is what state forces and their allies do
        if pro is None:
            tpro = is_pro_government(target)
            sub = S.GOV_REGAINS if tpro is False else S.NSA_OVERTAKES if tpro else S.GOV_REGAINS
        else:
            sub = S.GOV_REGAINS if pro else S.NSA_OVERTAKES
        if _without_fighting(norms):
            # "احتل مسلحون بلدة بعد أن تركها المقاتلون ... دون مواجهات": ground changing hands without a fight
            add(S.NONVIOLENT_TRANSFER, t, w, False, f"territory cue '{doc.span_text(t.span)}', without fighting")
        else:
            add(sub, t, w, False, f"territory cue '{doc.span_text(t.span)}', initiator "
                f"{initiator.actor.name if initiator else 'unknown'}")
    if "@attack" in fams and any(o[0] is S.DISRUPTED_WEAPONS for o in out) and _destroyed_before(doc, fams["@attack"][0]):
        # "أحبطت قوات الأمن هجوما بسيارة مفخخة": the attack foiled is the device's, which did not go off
        fams.pop("@attack")
    if "@attack" in fams and initiator is not None \
            and fold_string(initiator.surface).split()[0].removeprefix("ال") in AIRCRAFT_NOUNS:
        # "استهدفت طائرة أمريكية بدون طيار قياديا في تنظيم القاعدة": an attack from the air is a strike
        t, w = fams.pop("@attack")
        add(S.AIR_STRIKE, t, w, False, f"attack by aircraft '{initiator.surface}'")
    if "@attack" in fams and initiator is not None and not civ \
            and fold_string(initiator.surface).split()[0].removeprefix("ال") in GUN_NOUNS:
        # "استهدفت دبابة إسرائيلية نقطة رصد شرق مخيم البريج": a tank's or a warship's attack on a post
        # shells it ("دبابات روسية فتحت النار على سكان": firing at people attacks them)
        t, w = fams.pop("@attack")
        add(S.SHELLING, t, w, False, f"attack by guns '{initiator.surface}'")
    if "@attack" in fams and crowd_doer and fold_string(doc.span_text(fams["@attack"][0].span)).lstrip("وف").startswith(_ATTACK_VERBS) \
            and not fold_string(doc.span_text(fams["@attack"][0].span)).endswith("وا") \
            and 0 < token_at(doc, initiator.span.start) - token_at(doc, fams["@attack"][0].span.start) <= 4:
        # "هاجم مئات من المتظاهرين مقر حزب الدعوة": a crowd attacking a building or the police riots
        # ("هاجم حشد غاضب مركزا للشرطة": a crowd that held no protest, a mob; not "جنود الاحتلال هاجموا المشاركين في
        # المسيرة": the verb agreeing with a subject before it, the crowd after it is its object)
        t, w = fams.pop("@attack")
        mob = initiator.actor.kind == "rioters" and not protest_told
        add(S.MOB_VIOLENCE if mob else S.VIOLENT_DEMONSTRATION, t, w, False,
            f"{'a mob' if mob else 'demonstrators'} '{initiator.surface}' attacking")
    if "@attack" in fams:
        t, w = fams["@attack"]
        if civ and not armed:
            add(S.ATTACK, t, w, True, "attack on civilians")
        elif not armed and target is None and (site := security_site(doc, t)) is not None:
            # "هاجم مسلحون حاجزا أمنيا في مدينة بعقوبة": a security post or an army barracks attacked is a
            # clash with the force that holds it, named or not
            add(S.ARMED_CLASH, t, w * 0.9, True, f"attack on a {site[1]} post '{site[0]}'")
        elif not armed and target is None and initiator is not None and initiator.actor.kind == "unidentified":
            # "مسلحون أطلقوا النار باتجاه رأس الجميل": gunmen shooting at a person, no armed side named
            add(S.ATTACK, t, w * 0.8, True, "gunmen's attack, no armed side named")
        elif not armed and target is None and (home := _civil_object(doc, t)) is not None:
            # "هاجم مستوطنون منازل فلسطينيين في قرية دوما": homes, a market or a school attacked, no armed
            # side named: an attack on civilians, not a clash
            add(S.ATTACK, t, w * 0.9, True, f"attack on '{home}', no armed side named")
        elif armed or initiator is not None or target is not None:
            add(S.ARMED_CLASH, t, w * 0.9, True, "attack between armed sides")
        else:
            add(S.ATTACK, t, w * 0.7, True, "attack, victims unknown")
    if "@kill" in fams and not explicit and initiator is not None \
            and fold_string(initiator.surface).split()[0].removeprefix("ال") in AIRCRAFT_NOUNS \
            and (0 < token_at(doc, fams["@kill"][0].span.start) - token_at(doc, initiator.span.end - 1) <= 4
                 or _massacre_told(doc, doc.tokens[token_at(doc, initiator.span.start)].sentence)):
        # "طائرة أمريكية بدون طيار قتلت ثمانية مسلحين": aircraft killing, the subject of the verb, struck
        # (or the massacre they committed: "ارتكب طيران النظام مجزرة ... راح ضحيتها 20 مدنيا")
        t, w = fams.pop("@kill")
        add(S.AIR_STRIKE, t, w, True, f"killing by aircraft '{initiator.surface}'")
    if "@kill" in fams and initiator is not None and initiator.actor.kind == "state" \
            and _crowd_after(doc, target, token_at(doc, fams["@kill"][0].span.start), 6):
        # "قتلت الشرطة متظاهرين اثنين": the state's forces killing demonstrators used force on a protest
        t, w = fams.pop("@kill")
        add(S.EXCESSIVE_FORCE, t, w, False, "forces killing demonstrators")
    if "@kill" in fams:
        t, w = fams["@kill"]
        if fold_string(t.lemma) in BODY_NOUNS:
            # bodies found shot, tied or tortured: killed defenceless, whoever they were (ACLED codes the
            # killing of captives as violence against civilians)
            add(S.ATTACK, t, w, True, "bodies found killed")
        elif civ and not armed:
            add(S.ATTACK, t, w, True, "civilians killed")
        elif not armed and fold_string(t.lemma) in MASSACRE_LEMMAS:
            add(S.ATTACK, t, w, True, "a massacre: the defenceless killed")
        elif armed:
            add(S.ARMED_CLASH, t, w * 0.85, True, "armed men killed")
        else:
            add(S.ATTACK, t, w * 0.6, True, "people killed")
    # protests: intervention and excessive force refine the peaceful protest
    if any(t.sub_event_type is S.ARRESTS for t, _ in explicit):
        # "اعتقال 30 ناشطا من المشاركين في الاحتجاجات": the protest says who the arrested are, it is no
        # protest of this report
        out = [o for o in out if not (o[0].event_type is E.PROTESTS and _participants_of(doc, o[2]))]
        # "اعتقلت الشرطة نحو 200 شخص قبل مسيرات مقررة يوم غد": arrests before a planned protest are arrests
        out = [o for o in out if not (o[0].event_type is E.PROTESTS and _planned_protest(doc, o[2]))]
    protest = [o for o in out if o[0].event_type is E.PROTESTS]
    if protest:
        t0 = protest[0][2]
        # "تظاهر المئات احتجاجا على مقتل شاب"، "تنديدا باعتقال قادة الحراك": the act protested against
        # is the crowd's grievance, not what was done to it
        # (nor one dated long before: "المراهق الذي فجر مقتله في التاسع من أغسطس 2014 شهورا من الاحتجاجات")
        done = lambda fam: fam in fams and not grievance(doc, fams[fam][0]) and not _dated_long_before(doc, fams[fam][0])  # noqa: E731
        # ("فرقت الشرطة اعتصاما للمعلمين واعتقلت عددا منهم": the arrests are part of the intervention)
        arrested = any(t.sub_event_type is S.ARRESTS and not grievance(doc, t) for t, _ in explicit)
        if done("@kill") and any(o[0] is S.VIOLENT_DEMONSTRATION for o in out) \
                and not any(n in SHOT_BY for n in norms):
            # "تحولت المظاهرات إلى أعمال عنف، حيث أضرم محتجون النار ... واشتبكوا مع الشرطة، ما أسفر عن مقتل 8
            # أشخاص": a protest that rioted is a violent demonstration with its dead, as sure as the protest
            # ("بمقتل متظاهرين اثنين برصاص القوات الأمنية ... فيما أقدم محتجون على قطع طريق": the force that
            # shot them told first, its own act)
            pw = max(o[1] for o in protest)
            out = [(s, max(w, pw), t, g, y) if s is S.VIOLENT_DEMONSTRATION else (s, w, t, g, y) for s, w, t, g, y in out]
        elif done("@kill"):
            # (the killing weighs as much as the march it struck: "استشهد 58 فلسطينيا برصاص قوات الاحتلال
            # خلال مسيرات العودة السلمية")
            out.append((S.EXCESSIVE_FORCE, max(max(o[1] for o in protest), fams["@kill"][1] * 0.9), t0, False,
                        "protesters killed"))
            if arrested:
                out = [o for o in out if o[0] is not S.ARRESTS]
        elif done("@intervention") or done("@injure"):
            out.append((S.PROTEST_INTERVENTION, max(o[1] for o in protest), t0, False, "protest dispersed"))
            if arrested:
                out = [o for o in out if o[0] is not S.ARRESTS]
        elif any(t.sub_event_type is S.ARRESTS and not grievance(doc, t) for t, _ in explicit):
            # "اعتقلت الشرطة ثمانية ... في تظاهرة نظمت في مدينة قيصري": arrests at a protest are
            # the protest's intervention, not an event of their own
            out = [o for o in out if o[0] is not S.ARRESTS]
            out.append((S.PROTEST_INTERVENTION, max(o[1] for o in protest), t0, False, "protesters arrested"))
    # arrests by a non-state group are abductions
    if initiator is not None and initiator.actor.inter in (2, 3, 4) and any(o[0] is S.ARRESTS for o in out):
        # (not the state's force named right after the arrest verb: "فيما اعتقلت الأجهزة الأمنية انتحاريا
        # رابعا" after the bombers' act)
        out = [(S.ABDUCTION, w, t, g, "arrest by a non-state group")
               if s is S.ARRESTS and not _state_arrests(doc, t) else (s, w, t, g, y)
               for s, w, t, g, y in out]
    # a device found and defused did not explode: no explosion event unless someone was hurt
    if any(o[0] is S.DISRUPTED_WEAPONS for o in out) and "@kill" not in fams and "@injure" not in fams:
        # ("تفكيك ثلاث عبوات ناسفة": the device named makes the defusing as sure as its own cue)
        defuse = [token_at(doc, o[2].span.start) for o in out if o[0] is S.DISRUPTED_WEAPONS]
        device = max((o[1] for o in out if o[0].event_type is E.EXPLOSIONS
                      and any(0 < token_at(doc, o[2].span.start) - d <= 3 for d in defuse)), default=0.0)
        out = [(sub, max(w, device) if sub is S.DISRUPTED_WEAPONS else w, t, g, y) for sub, w, t, g, y in out
               if sub.event_type is not E.EXPLOSIONS]
    if crowd_doer and initiator.actor.kind == "rioters" and not protest_told:
        # "هاجم عشرات من الشبان الغاضبين محلات لاجئين ... وحطموا واجهاتها": a crowd that held no protest
        # is a mob (ACLED_CODING §2)
        out = [(S.MOB_VIOLENCE, w, t, g, y + "; a crowd, no protest told") if s is S.VIOLENT_DEMONSTRATION
               else (s, w, t, g, y) for s, w, t, g, y in out]
    # one sub-event per event type: the most specific, then the strongest
    best: dict[EventType, tuple[SubEventType, float, TriggerMention, bool, str]] = {}
    for o in out:
        et = o[0].event_type
        cur = best.get(et)
        if cur is None or (_RANK[o[0]], -o[1]) < (_RANK[cur[0]], -cur[1]):
            # keep the strongest weight of the type with the most specific sub-type
            w = max(o[1], cur[1]) if cur else o[1]
            best[et] = (o[0], w, o[2], o[3] and (cur[3] if cur else True), o[4])
        elif cur is not None and o[1] > cur[1]:
            best[et] = (cur[0], o[1], cur[2], cur[3] and o[3], cur[4])
    # "اغتيل محافظ عدن في انفجار سيارة مفخخة": the assassination is the blast's, one event typed by the weapon
    if E.EXPLOSIONS in best and E.VAC in best and not best[E.EXPLOSIONS][3] \
            and fold_string(best[E.VAC][2].lemma).startswith(ASSASSINATION_LEMMAS):
        del best[E.VAC]
    # Generic-only types give way to an explicit cue of another violent type in the same sentence
    violent = {E.BATTLES, E.EXPLOSIONS, E.VAC}
    explicit_violent = [et for et, o in best.items() if et in violent and not o[3]]
    weak: list[tuple[SubEventType, float, TriggerMention, bool, str]] = []
    if explicit_violent:
        for et in list(best):
            if et in violent and best[et][3] and et not in explicit_violent:
                weak.append(best.pop(et))
    clash = best.get(E.BATTLES)
    if clash is not None and clash[0] is S.ARMED_CLASH and clash[2].cue == "@attack" \
            and any(a is not None and (a.actor.inter == 1 or a.actor.kind == "state") for a in (initiator, target)) \
            and _crowd_after(doc, target, token_at(doc, clash[2].span.start), 3) and E.RIOTS not in best:
        # "أطلقت قوات البيشمركة النار على متظاهرين ... ما أدى إلى إصابة 6 منهم": the forces fired on the
        # crowd, which did not fight: force used on protesters, not a riot
        del best[E.BATTLES]
        best[E.PROTESTS] = (S.EXCESSIVE_FORCE, clash[1], clash[2], False,
                            f"forces firing on demonstrators ('{doc.span_text(clash[2].span)}')")
        clash = None
    unarmed = lambda a: a is None or a.actor.kind in ("protesters", "rioters", "civilians")  # noqa: E731
    if clash is not None and clash[0] is S.ARMED_CLASH and (any(
            a is not None and a.actor.kind in ("protesters", "rioters") for a in (initiator, target))
            or protesters_after(doc, token_at(doc, clash[2].span.start))
            # "مواجهات اندلعت مع قوات الاحتلال ... عقب مسيرة سلمية": the march's people fought the forces
            or (E.PROTESTS in best and clash[2].sub_event_type is not None
                and (unarmed(initiator) or unarmed(target)))
            # "استشهد شاب فلسطيني برصاص قوات الاحتلال خلال مواجهات اندلعت عند حاجز قلنديا": confrontations
            # whose only dead or hurt are civilians, no armed man named, are a riot with the forces
            # (not when soldiers were killed too, "عن مقتل 12 جنديا و7 مدنيين", nor between a named armed group and
            # the forces: "قتل 4 مدنيين في المواجهات الدائرة بين الجيش ومجلس شورى ثوار بنغازي")
            or (fold_string(clash[2].lemma).lstrip("وب") in CONFRONTATION_LEMMAS
                and (civ or any(n.lstrip("وبل") in PEOPLE_BY_NATIONALITY for n in norms)) and not _soldiers_killed(norms)
                and not any(n.lstrip("وبل") in GUNMEN_WORDS for n in (norms if victim_norms is None else victim_norms))
                and (initiator is None or initiator.actor.kind not in ("rebel", "militia", "unidentified"))
                and not _armed_group_named(doc, clash[2]))
            # "اندلعت مواجهات بين عشرات الشبان وقوات الاحتلال": people, not an armed side, against the
            # state's forces
            or ((fold_string(clash[2].lemma).lstrip("وب") in CONFRONTATION_LEMMAS
                 # ("اندلعت اشتباكات بين طلاب الإخوان وقوات الأمن": students, whatever the word for the fight)
                 or any(a is not None and unarmed_crowd(a) for a in (initiator, target)))
                and any(a is not None and a.actor.kind == "civilians" for a in (initiator, target))
                and any(a is not None and a.actor.inter in (1, 8) and a.actor.kind == "state"
                        for a in (initiator, target)) and not _armed_group_named(doc, clash[2]))):
        # "اندلعت مواجهات بين محتجين وقوات الأمن": a side of demonstrators makes the fighting a riot
        del best[E.BATTLES]
        best.setdefault(E.RIOTS, (S.VIOLENT_DEMONSTRATION, clash[1], clash[2], clash[3],
                                  f"'{doc.span_text(clash[2].span)}' between demonstrators and another side"))
    # protests with rioting are riots
    if E.RIOTS in best and E.PROTESTS in best and best[E.PROTESTS][0] is S.PEACEFUL_PROTEST:
        del best[E.PROTESTS]
    terr = best.get(E.BATTLES)
    if terr is not None and terr[0] in (S.GOV_REGAINS, S.NSA_OVERTAKES) and fold_string(terr[2].lemma) in STORM_LEMMAS \
            and not any(t.cue == "@territory" and fold_string(t.lemma) not in STORM_LEMMAS for t, _ in cues):
        clash = next(((t, w) for t, w in explicit if t.sub_event_type is S.ARMED_CLASH), None)
        if clash is not None:
            # "اقتحمت القوات البلدة ودخلت في حرب شوارع مع المسلحين": storming told with the fighting,
            # and no control of the place told, is a battle still going on
            best[E.BATTLES] = (S.ARMED_CLASH, max(terr[1], clash[1]), terr[2], False,  # the storming's place
                               f"storming '{doc.span_text(terr[2].span)}' told with fighting, no control told")
            terr = None
    if terr is not None and terr[0] in (S.GOV_REGAINS, S.NSA_OVERTAKES) and fold_string(terr[2].lemma) in STORM_LEMMAS \
            and not any(t.cue == "@territory" and fold_string(t.lemma) not in STORM_LEMMAS for t, _ in cues) \
            and (terr[0] is S.GOV_REGAINS or (initiator is not None and initiator.actor.name.startswith("Settlers"))):
        # "اقتحمت قوات الاحتلال مخيم جنين وانتشرت في أزقته"، "اقتحم مستوطنون قرية بورين": the state's or the
        # settlers' raid takes no ground (ACLED_CODING §2: storming is a territory cue for rebels and militias);
        # what the raid did (arrests, a killing, burning) is the event, if anything
        del best[E.BATTLES]
        for o in [o for o in weak if o[0].event_type is not E.BATTLES]:
            weak.remove(o)
            best.setdefault(o[0].event_type, o)
        terr = None
    after_taking = None
    if terr is not None and terr[0] in TERRITORY_SUBS and not terr[3]:
        k = token_at(doc, terr[2].span.start)
        clash = next(((t, w) for t, w in explicit if t.sub_event_type is S.ARMED_CLASH
                      and t.span.start < terr[2].span.start), None)
        if clash is not None and k > 0 and doc.tokens[k - 1].norm.lstrip("و") in _AFTER_WORDS:
            # "اشتباكات عنيفة تجري الآن في مدينة لودر عقب السيطرة على جبل يسوف": the fighting goes on
            # after ground taken elsewhere: a clash, and the taking an event of its own at its own place
            best[E.BATTLES] = (S.ARMED_CLASH, clash[1], clash[0], False,
                               f"fighting '{doc.span_text(clash[0].span)}' after ground taken")
            after_taking, terr = terr, None
    # "اقتحم مسلحون مهبطا للطائرات وخطفوا أربعة": storming was the means of the act told with it
    if terr is not None and terr[0] in (S.GOV_REGAINS, S.NSA_OVERTAKES) and fold_string(terr[2].lemma) in STORM_LEMMAS \
            and (any(et in best and not best[et][3] for et in (E.VAC, E.EXPLOSIONS)) or "@kill" in fams
                 or (E.STRATEGIC in best and best[E.STRATEGIC][0] is S.ARRESTS)):
        # ("اقتحمت قوة عسكرية مدينة أريحا واعتقلت فلسطينيين اثنين": a raid to arrest is the arrest)
        # ("اقتحم مسلحون منزله وقتلوا قائدا": the killing is the event, typed by who died)
        del best[E.BATTLES]
        for o in [o for o in weak if o[0].event_type in (E.VAC, E.EXPLOSIONS)]:
            weak.remove(o)  # the killing the storming's explicit cue had put aside
            best.setdefault(o[0].event_type, o)
        if "@kill" in fams and not best:
            t, w = fams["@kill"]
            sub = S.ATTACK if not armed else S.ARMED_CLASH
            best[sub.event_type] = (sub, w, t, True, f"killing while storming '{doc.span_text(terr[2].span)}'")
    # an explicit cue's type leads a context-typed one ("أضرب العرب احتجاجا على ... شرطيين قتلوا 13 متظاهرا")
    ranked = sorted(best.values(), key=lambda o: (o[3] or o[1] < 0.3, TYPE_PRECEDENCE.index(o[0].event_type)))
    if not ranked:
        return []
    primary = ranked[0]
    result = [(primary, False)]
    for o in ranked[1:]:
        # a second event in the same sentence only for a strong explicit cue of another type
        if not o[3] and o[1] >= 0.7 and not (primary[0].event_type is E.BATTLES and o[0].event_type is E.VAC):
            result.append((o, False))
        elif o[3] or (o[1] >= 0.3 and not (primary[0].event_type is E.BATTLES and o[0].event_type is E.VAC)):
            # (and a weaker explicit one: "قتل جنديان في انفجار لغم ...، فيما تواصلت الاشتباكات في منطقة قنفودة")
            weak.append(o)
    # a weaker type stays only if its cue has a place of its own: "اشتباكات ... في رفح، فيما وقع
    # انفجار بحي الكرامة جنوب العريش"
    out = result + [(o, True) for o in weak if o[0].event_type is not primary[0].event_type and not (
        # "قتل ثمانية مدنيين عندما سقطت قذائف ... على مخيم": the dead of a strike or a battle told with it
        # are its toll, no attack of their own
        o[3] and o[2].cue in ("@kill", "@injure") and primary[0].event_type in (E.EXPLOSIONS, E.BATTLES))] + (
        [(after_taking, True)] if after_taking is not None else [])
    taking = next((o for o, _ in out if o[0] in TERRITORY_SUBS), None)
    if taking is not None:
        # "عقب السيطرة على جبل يسوف وتحرير بلدة العين": a second place taken, joined by "و" with its own
        # cue, is a takeover of its own (at its own place only)
        out += [((taking[0], w, t, False, f"territory cue '{doc.span_text(t.span)}' of a second place"), True)
                for t, w in cues if t.cue == "@territory" and t is not taking[2]
                and t.span.start > taking[2].span.start and t.prefix.startswith("و")
                and fold_string(t.lemma) not in STORM_LEMMAS]
    return out


# ---------------------------------------------------------------- dates

_SINCE_RE = re.compile(r"(?:^|\s)[وف]?(?:منذ|مذ)\s*$")


def _since(doc: Doc, d, taking: bool = False) -> bool:
    """The date starts a span of time ("يحتجزهم منذ آب 2014"، "تسيطر على المدينة منذ مايو"): not the
    day of an act told with it. A day of the last week after "منذ" is when the act began, its day
    ("قتلوا منذ فجر السبت في هجوم"، "يحتجزهم منذ الخميس"), but not a taking's (`taking`): ground is
    taken when a fight ends ("استولى التنظيم على المقر ...، مضيفا أن 500 شخص قتلوا منذ يوم الجمعة")."""
    f = doc.offsets.to_folded(d.span.start)
    if not _SINCE_RE.search(doc.folded[max(0, f - 12):f]):
        return False
    pub = doc.article.published
    return taking or not (d.precision == 1 and pub is not None and 0 <= (pub - d.value).days <= SINCE_DAY_DAYS)


def _ongoing_since(doc: Doc, c: Candidate) -> date | None:
    """The day, over a week before the article, that c's cue is told as going on since, right after it:
    "تشهد البلاد احتجاجات منذ 19 ديسمبر الماضي"، "المعارك الدائرة منذ مطلع الشهر"."""
    pub = doc.article.published
    if pub is None:
        return None
    sent = doc.sentences[c.sentence]
    ct = token_at(doc, c.trigger.span.end - 1)
    for d in doc.dates:
        if d.value is not None and sent.contains(d.span) and ct < token_at(doc, d.span.start) <= ct + 4 \
                and (pub - d.value).days > LEAD_DAY_DAYS and _since(doc, d):
            return d.value
    return None


_SINCE_OPEN = re.compile(r"[وف]?(?:منذ|مذ)\s")
# a participle or a present-tense verb before "منذ": "رواتبهم المتأخرة منذ أربعة أشهر"، "المدينة
# المحاصرة منذ عامين"، "يحتجزهم منذ يومين"
_STATE_BEFORE = re.compile(r"[وف]?(?:الم\S{3,}|[يت](?:حتجز|سيطر|حاصر|عتقل|قبع|عيش|شهد|تواصل|ستمر|خضع|قيم|نتظر)\S{0,3}"
                           r"|(?:مختطف|مخطوف|محتجز|معتقل|مفقود|مختف|محاصر|مغلق|متوقف"
                           r"|مستمر|متواصل|مقيم|متاخر|معطل|مسجون|مطلوب)\S{0,3})$")
# (present verbs of a lasting state only: "اعتقل يوسف منذ يومين" names a man, the arrest was two days ago)


def _duration(doc: Doc, d) -> bool:
    """"منذ أربعة أشهر" after a participle or a present-tense verb tells how long a state has lasted
    ("رواتبهم المتأخرة منذ أربعة أشهر"), not the day of an act ("قتل منذ يومين" stays that day)."""
    f = doc.offsets.to_folded(d.span.start)
    if not _SINCE_OPEN.match(doc.folded, f):
        return False
    k = token_at(doc, d.span.start)
    return k > 0 and doc.tokens[k - 1].sentence == doc.tokens[k].sentence \
        and bool(_STATE_BEFORE.match(doc.tokens[k - 1].norm))


_CAUSE_MARKERS = re.compile(r"(?:^|\s)(?:(?:احتجاجا|احتجاج|للاحتجاج)\s+(?:علي|ضد)|(?:تنديدا|للتنديد|للمطالبه)\s+ب"
                            r"|رفضا\s+ل|غضبا\s+(?:من|ل))")


def _in_cause(doc: Doc, trig: TriggerMention, d) -> bool:
    """The date is told in the cause of the act, after it ("قطع أهالي الطريق احتجاجا على انقطاع المياه منذ
    أسبوع"، "تظاهروا تنديدا بمقتل شاب أمس"): the cause's day, not the act's."""
    if d.span.start <= trig.span.end:
        return False
    return _CAUSE_MARKERS.search(fold_between(doc, trig.span.start, d.span.start)) is not None


def _event_date(doc: Doc, sentence_idx: int, trig: TriggerMention,
                dates_in: dict[int, list] | None = None) -> tuple[date | None, int, str]:
    sents = doc.sentences
    if dates_in is None:
        dates_in = _by_sentence(doc, doc.dates)
    usable = [d for k in (sentence_idx - 2, sentence_idx - 1, sentence_idx)
              for d in dates_in.get(k, ()) if d.kind != "future" and not _duration(doc, d)
              # (a place that fell "منذ يوم الأحد" fell that day)
              and not _since(doc, d, trig.cue == "@territory" and trig.lemma != FALL_LEMMA)]
    if usable and doc.places:
        # ("على بلدة هيت التي استعادتها القوات في 14 فبراير": the place's past, not the act's day)
        clauses = place_clauses(doc, sents[sentence_idx])
        if clauses:
            usable = [d for d in usable if not any(c.contains(d.span) for c in clauses)]
    same = [d for d in usable if sents[sentence_idx].contains(d.span) and not _in_cause(doc, trig, d)]
    if len(same) > 1:
        same = [d for d in same if not _announcement_day(doc, sentence_idx, d, same)] or same
    if same:
        d = min(same, key=lambda d: abs(d.span.start - trig.span.start))
        if (said := _statement_day(doc, sentence_idx, d, same)) is not None:
            # "قال المتحدث العسكري، في بيان مساء أمس، إن مسلحين هاجموا صباح اليوم كميناً": the statement's
            # "today"
            return said.value, 1, (f"date '{doc.span_text(d.span)}' in the sentence, the day of the statement "
                                   f"'{doc.span_text(said.span)}'")
        if d.precision == 1 and d.span.end < trig.span.start and d.value is not None \
                and (days := _days_after(doc, d.span.end, trig.span.start)) is not None:
            # "... يوم الاثنين، وبعد يومين قتل جنديان": two days after the day told
            return d.value + timedelta(days=days), 1, f"date '{doc.span_text(d.span)}' in the sentence, {days:+d} day(s)"
        return d.value, d.precision, f"date '{doc.span_text(d.span)}' in the sentence"
    shift = _SHIFT_OPENER.match(doc.folded, doc.offsets.to_folded(sents[sentence_idx].start))
    for back in (1, 2):
        k = sentence_idx - back
        if k < 0 or shift:
            break   # ("وفي سياق آخر، قتل جنديان ...": another event, not dated by the one before)
        prev = [d for d in usable if sents[k].contains(d.span) and d.precision == 1]
        if prev:
            d = prev[0]
            days = _days_after(doc, sents[sentence_idx].start, trig.span.start) if d.value is not None else None
            if days is not None:
                # "وفي اليوم التالي، سيطرت على بلدة اللطامنة": the day after the one told before
                return (d.value + timedelta(days=days), 1,
                        f"date '{doc.span_text(d.span)}' {back} sentence(s) before, {days:+d} day(s)")
            return d.value, d.precision, f"date '{doc.span_text(d.span)}' {back} sentence(s) before"
    pub = doc.article.published
    if pub is not None and not shift:
        # a round-up's lead tells the day of what follows ("قتل 27 شخصا أمس في ..." then paragraph by
        # paragraph, the towns): its day, within a week, not the publication's
        lead = [d for k in _lead_sentences(doc) if k < sentence_idx for d in dates_in.get(k, ())
                if d.precision == 1 and d.kind not in ("future",) and d.value is not None
                and not _since(doc, d) and not _duration(doc, d) and 0 < (pub - d.value).days <= LEAD_DAY_DAYS]
        if lead:
            return lead[0].value, 2, f"no date phrase: the lead's day '{doc.span_text(lead[0].span)}', within a week"
    if pub is not None and (days := _days_after(doc, sents[sentence_idx].start, trig.span.start)) is not None \
            and days < 0:
        # "يأتي ذلك بعد يوم من مقتل طفلة ..."، "غداة": the act lies that many days before the news told
        return pub + timedelta(days=days), 2, f"no date phrase: the publication date, {days:+d} day(s)"
    if pub is not None:
        return pub, 2, "no date phrase: publication date, within a week"
    return None, 3, "no date phrase and no publication date"


_ANNOUNCED_ON = frozenset({"اليوم", "يوم", *WEEKDAYS})


def _announcement_day(doc: Doc, si: int, d, same: list) -> bool:
    """d, told right after the speech verb opening the sentence, dates the announcement, and the act it
    tells has an earlier day of its own later in the sentence: "أعلنت وزارة الدفاع اليوم مقتل 26 جنديا في
    هجوم شنه مسلحو بوكو حرام مساء أمس"."""
    start = body_start(doc, si)
    if start >= len(doc.tokens) or doc.tokens[start].norm not in SPEAKER_VERBS or d.value is None:
        return False
    # ("اليوم"، "اليوم السبت", "الثلاثاء", "يوم الثلاثاء": not a part of a day, "فجر الثلاثاء" is an act's time)
    # ("أعلنت وزارة الصحة، الثلاثاء، ارتفاع حصيلة ضحايا التفجيرين ... أمس": the announcement's weekday)
    k = token_at(doc, d.span.start)
    if doc.tokens[k].norm not in _ANNOUNCED_ON or not start < k <= start + 6:
        return False
    return any(o is not d and o.span.start > d.span.end and o.value is not None and o.value < d.value for o in same)


def _statement_day(doc: Doc, si: int, d, same: list):
    """The earlier day a statement opening the sentence is dated to, when the act it tells is dated
    "today" in its words: "قال المتحدث العسكري، في بيان مساء أمس، إن مسلحين هاجموا صباح اليوم كميناً"
    (the statement's today, not the article's). None otherwise."""
    pub = doc.article.published
    if pub is None or d.value != pub or d.precision != 1 or "اليوم" not in doc.folded[
            doc.offsets.to_folded(d.span.start):doc.offsets.to_folded(d.span.end)].split():
        return None
    start = body_start(doc, si)
    if start >= len(doc.tokens) or doc.tokens[start].norm.lstrip("و") not in SPEAKER_VERBS:
        return None
    k = token_at(doc, d.span.start)
    that = next((j for j in range(start + 1, k) if doc.tokens[j].norm in THAT_WORDS), None)
    if that is None:
        return None
    return next((o for o in same if o is not d and o.value is not None and o.precision == 1
                 and 0 < (pub - o.value).days <= 2 and start < token_at(doc, o.span.start) < that), None)


# a day told relative to the one told before it: "في اليوم التالي"، "وبعد يومين"، "في اليوم السابق"
_RELATIVE_DAYS = [
    (re.compile(r"(?:^|\s)[وف]?(?:في\s+)?(?:صباح\s+|مساء\s+|ظهر\s+|فجر\s+|ليله\s+)?اليوم\s+التالي(?:\s|$|[،,])"), 1),
    (re.compile(r"(?:^|\s)[وف]?(?:في\s+)?(?:صباح\s+|مساء\s+)?اليوم\s+السابق(?:\s|$|[،,])|(?:^|\s)[وف]?قبل\s+ذلك\s+بيوم"), -1),
    (re.compile(r"(?:^|\s)[وف]?بعد\s+(?:ذلك\s+)?(?:ب)?يومين"), 2),
    # "يأتي ذلك غداة مقتل طفلة": the act told after it lies the day before the one told
    (re.compile(r"(?:^|\s)[وف]?غداه(?=\s)"), -1),
    # "بعد يوم من هجوم": a day, only when "من/على" follows ("بعد يوم الجمعة" is after a weekday)
    (re.compile(r"(?:^|\s)[وف]?بعد\s+يوم(?:\s+واحد)?(?=\s+(?:فقط\s+)?(?:من|علي)\s)"), 1),
    (re.compile(r"(?:^|\s)[وف]?بعد\s+(?:ذلك\s+)?(?:ب)?ثلاثه\s+ايام"), 3),
]


# a day told in the article's lead dates its later paragraphs when it lies this many days or fewer
# before the publication (a week: "يوم السبت" in a Thursday story)
LEAD_DAY_DAYS = 7


def _days_after(doc: Doc, lo: int, hi: int) -> int | None:
    """Days a phrase between original offsets lo and hi puts the act after the day told before it
    (negative: before), or None."""
    text = doc.folded[doc.offsets.to_folded(lo):doc.offsets.to_folded(hi)]
    for pattern, days in _RELATIVE_DAYS:
        if m := pattern.search(text):
            # "قتل 14 شرطيا أمس ...، وذلك بعد يومين فقط من مقتل 16 جنديا": the act after "من" is the one
            # the day told came two days after, so it lies before it
            return -days if days > 0 and _AFTER_FROM.match(text, m.end()) else days
    return None


_AFTER_FROM = re.compile(r"\s+(?:فقط\s+|فحسب\s+|تقريبا\s+)?(?:من|علي)\s")


# ---------------------------------------------------------------- notes

def _fmt_date(d: date | None, precision: int) -> str:
    if d is None:
        return "On an unknown date"
    if precision == 1:
        return f"On {d.day} {d:%B %Y}"
    if precision == 2:
        return f"Around {d.day} {d:%B %Y}"
    return f"In {d:%B %Y}"


_NOTE = {
    S.ARMED_CLASH: "{a1} clashed with {a2} in {place}",
    S.GOV_REGAINS: "{a1} regained control of {place} from {a2}",
    S.NSA_OVERTAKES: "{a1} took control of {place} from {a2}",
    S.AIR_STRIKE: "{a1} carried out air strikes on {a2} in {place}",
    S.SHELLING: "{a1} shelled {a2} in {place}",
    S.SUICIDE_BOMB: "a suicide bomber of {a1} attacked {a2} in {place}",
    S.REMOTE_EXPLOSIVE: "an explosive device of {a1} targeted {a2} in {place}",
    S.GRENADE: "{a1} threw a grenade at {a2} in {place}",
    S.CHEMICAL: "{a1} used chemical weapons against {a2} in {place}",
    S.ATTACK: "{a1} attacked {a2} in {place}",
    S.ABDUCTION: "{a1} abducted {a2} in {place}",
    S.SEXUAL_VIOLENCE: "{a1} committed sexual violence against {a2} in {place}",
    S.PEACEFUL_PROTEST: "{a1} demonstrated in {place}",
    S.PROTEST_INTERVENTION: "{a1} demonstrated in {place} and were dispersed by {a2}",
    S.EXCESSIVE_FORCE: "{a2} used lethal force against {a1} in {place}",
    S.VIOLENT_DEMONSTRATION: "{a1} rioted in {place}",
    S.MOB_VIOLENCE: "a mob ({a1}) attacked {a2} in {place}",
    S.ARRESTS: "{a1} arrested {a2} in {place}",
    S.DISRUPTED_WEAPONS: "{a1} defused or seized weapons in {place}",
    S.AGREEMENT: "{a1} and {a2} reached an agreement in {place}",
    S.LOOTING: "{a1} looted or destroyed property in {place}",
    S.NONVIOLENT_TRANSFER: "{a1} withdrew from or handed over {place}",
}


def make_note(ev: Event) -> str:
    """ACLED-style one-sentence English note: date, actors as coded, place, fatalities last."""
    place = ev.location.name or "an unnamed location"
    if ev.location.geo_precision >= 2 and ev.location.name:
        place = f"the area of {ev.location.name}"
    if ev.location.admin1 and ev.location.admin1 != ev.location.name:
        place += f" ({ev.location.admin1})"
    a1 = ev.actor1 or "an unidentified group"
    a2 = ev.actor2 or "unidentified targets"
    body = _NOTE.get(ev.sub_event_type, "{a1} and {a2}: " + ev.sub_event_type.value.lower() + " in {place}")
    text = body.format(a1=a1, a2=a2, place=place)
    note = f"{_fmt_date(ev.event_date, ev.time_precision)}, {text}."
    if ev.fatalities is not None:
        note += f" {ev.fatalities} {'fatality' if ev.fatalities == 1 else 'fatalities'}."
    if ev.injured:
        note += f" {ev.injured} injured."
    return note


# ---------------------------------------------------------------- the step

def _locate(doc: Doc, span: Span, resources, clause: Span | None = None) -> tuple[Location | None, str]:
    if clause is not None:
        # a part of a sentence cut in two is placed by its own places only (the sentence's other part
        # tells another event: "تزامنا مع الغارات ... في رد على هجوم انتحاري وقع في مدينة سوروج")
        si = doc.sentence_of(span)
        sentence = doc.sentences[si] if si is not None else None
        places = tuple(p for p in doc.places if sentence is None or not sentence.contains(p.span)
                       or clause.contains(p.span))
        if len(places) != len(doc.places):
            doc = doc.with_(places=places)
    return geocode.locate(doc, span, gazetteer=resources.gazetteer)


_PARENS = re.compile(r"\([^()]{0,30}\)")
# "في إسطنبول وأنقرة"، "في بغداد ومدن أخرى منها البصرة": list joins ("X في Y" is containment, not a list)
_LIST_GAP_WORDS = frozenset("و وفي ومدينه ومدينة منها ومنها مدن ومدن اخري بينها مثل".split())
# "في العاصمة صنعاء ومحافظة صعدة": a province joined to the list by its cue word is a member of it
_LIST_PROVINCE_WORDS = frozenset("ومحافظه وولايه واقليم ومحافظتي".split())
_LIST_PLURAL_PROVINCES = frozenset("محافظات ولايات اقاليم محافظتي ولايتي".split())


_STRAY_WORDS = frozenset(fold_string(w) for w in """عشوائية عشوائيه العشوائية طائشة طائش الطائشة الطائش طائشه متبادل
المتبادل المتبادلة متبادلة تبادل""".split())


def _stray_fire(doc: Doc, c: Candidate) -> bool:
    """c's sentence tells stray or crossfire shells ("بقذائف عشوائية"، "برصاص طائش"، "القصف المتبادل")."""
    sent = doc.sentences[c.sentence]
    return any(t.norm.lstrip("وب") in _STRAY_WORDS for t in doc.tokens[token_at(doc, sent.start):last_token(doc, sent) + 1])




def _denying(doc: Doc, si: int) -> bool:
    """Sentence si denies something its speaker was said to have suffered or done ("نفى أن تكون قواته ...")."""
    sent = doc.sentences[si]
    return any(t.norm.lstrip("وف") in DENIAL_WORDS for t in doc.tokens[token_at(doc, sent.start):last_token(doc, sent) + 1])


def _other_sides_dead(g: Candidate, c: Candidate) -> bool:
    """c, a later sentence of the battle g, tells the dead of g's doer killed by g's target: their
    sides swapped ("مسلحون" attacked and killed soldiers; "القوات قتلت عشرة من المسلحين")."""
    if g.sub.event_type is not E.BATTLES or c.sub.event_type is not E.BATTLES or g.sentence == c.sentence \
            or None in (g.actor1, g.actor2, c.actor2):
        return False

    def same(a: ActorMention, b: ActorMention) -> bool:
        return a.actor.name == b.actor.name or (a.actor.kind == b.actor.kind == "unidentified")
    # (its killer may go unnamed: "وأضاف أن القوات قتلت عشرة من المسلحين")
    return (c.actor1 is None or same(c.actor1, g.actor2)) and same(c.actor2, g.actor1) and not same(g.actor1, g.actor2)


def _toll_told_for(doc: Doc, sentence: Span, group: list) -> int | None:
    """The index in `group` (one event's places listed together) of the place a toll is told for: a
    kill or injury cue of the sentence, then "في/ب" + that place within eight words ("ما أسفر عن مقتل 9
    مدنيين في معرة النعمان"); None when no toll names one of them."""
    cues = [t for t in doc.triggers if sentence.contains(t.span) and t.cue in ("@kill", "@injure")]
    if not cues:
        return None
    k0 = token_at(doc, cues[-1].span.start)
    for p in doc.places:
        if p.place is None or not sentence.contains(p.span) or p.span.start < cues[-1].span.end:
            continue
        kp = token_at(doc, p.span.start)
        if not 0 < kp - k0 <= 8 or not (doc.tokens[kp].norm.startswith("ب")
                                         or doc.tokens[kp - 1].norm in ("في", "وفي")):
            continue
        # (named again after the list: "قتل 10 أشخاص في سراقب وأريحا" names the list itself, a split toll)
        again = any(q.place is not None and q.place.id == p.place.id and q.span.start < p.span.start
                    and sentence.contains(q.span) for q in doc.places)
        for k, g in enumerate(group):
            if again and g.location.geonameid is not None and g.location.geonameid == p.place.id:
                return k
        return None
    return None


# "خمس ضربات قرب الفلوجة وأربع قرب الرمادي وثلاث ضربات جوية قرب الموصل": a tally of strikes by place
_TALLY_NOUNS = frozenset(fold_string(w) for w in """ضربة ضربات ضربتين غارة غارات غارتين جوية جويتين هجمات
هجمتين""".split())
_TALLY_PREPOSITIONS = frozenset(fold_string(w) for w in "قرب في على علي بمحيط".split())
_TALLY_VERBS = frozenset(fold_string(w) for w in "كما شنت شن نفذت نفذ".split())


def _tally_gap(words: list[str]) -> bool:
    """The words between two places are the next item of a tally: "و" and a count, the strikes' noun
    perhaps ("كما شنت أربع ضربات"), then "قرب"/"في"/"على"."""
    if len(words) < 2 or words[-1] not in _TALLY_PREPOSITIONS:
        return False
    if words[0] == "كما":
        rest = words[:-1]
    elif words[0][:1] == "و":
        rest = [words[0][1:], *words[1:-1]]
    else:
        return False
    while rest and rest[0] in _TALLY_VERBS:
        rest = rest[1:]
    return bool(rest) and (rest[0].isdigit() or rest[0] in NUMBER_WORDS) and all(w in _TALLY_NOUNS for w in rest[1:])


def _coordinated_places(doc: Doc, sentence: Span, loc: Location, places=None) -> list:
    """Other places listed with the chosen one: "في إسطنبول وأنقرة وأضنة" → Ankara, Adana."""
    mentions = [p for p in (doc.places if places is None else places) if sentence.contains(p.span)
                and p.place is not None and p.place.lat is not None]
    start = None
    for k, p in enumerate(mentions):
        if loc.geonameid is not None and p.place.id == loc.geonameid:
            start = k
            break
    if start is None and loc.name_ar:
        # a province placed at its capital ("في محافظتي صعدة وحجة" → Sa'dah town): its mention by name
        name = fold_string(loc.name_ar)
        start = next((k for k, p in enumerate(mentions) if p.place.kind in ("ADM1", "ADM2")
                      and fold_string(doc.span_text(p.span)).endswith(name)), None)
    if start is None:
        return []
    text = doc.article.text
    before = fold_string(text[max(sentence.start, mentions[start].span.start - 12):mentions[start].span.start]).split()
    if before and (before[-1] in ("بين", "وبين") or (len(before) > 1 and before[-2] in ("بين", "وبين")
                                                   and before[-1] in DUAL_PLACE_NOUNS)):
        # ("بين مدينتي الرمادي وهيت")
        return []  # "على الطريق العام بين بعقوبة والخالص": one place between two towns, not two events
    # "في محافظات الجيزة والشرقية والبحيرة": the plural cue word makes every member a province
    provinces = bool(before) and (before[-1] in _LIST_PLURAL_PROVINCES or before[-1].lstrip("وب") in _LIST_PLURAL_PROVINCES)
    def member(a, b, new) -> bool:
        """new (a or b), joined to the list between mentions a and b (in text order), is one of its places."""
        gap = _PARENS.sub(" ", text[a.span.end:b.span.start])
        stripped = fold_string(gap.replace("،", " ").replace(",", " ")).strip()
        # a list needs a joint: "إسطنبول وأنقرة"، "بغداد، البصرة" — "عدن جنوبي اليمن" is one place told twice
        joint = stripped != "" or "،" in gap or "," in gap
        words = stripped.split()
        province = provinces or (bool(words) and words[-1] in _LIST_PROVINCE_WORDS)
        return joint and (stripped in ("", "و") or all(w in _LIST_GAP_WORDS or w in _LIST_PROVINCE_WORDS
                                                       for w in words) or _tally_gap(words)) \
            and new.place.id != loc.geonameid and new.place.kind != "PCLI" and (new.place.kind != "ADM1" or province) \
            and new.place.country == (loc.iso or new.place.country)

    chain = []
    prev = mentions[start]
    for p in mentions[start + 1:]:
        if p.place.id == loc.geonameid and not chain:
            prev = p  # "العاصمة العراقية بغداد": the same place named twice
            continue
        if not member(prev, p, p):
            break
        chain.append(p)
        prev = p
    # "شهدت مدن النجف وكربلاء والناصرية والحلة ... تظاهرات": the place chosen closes the list, the members
    # named before it are as much its places (not after "بين": one road between two towns)
    first = mentions[start]
    earlier = []
    for p in reversed(mentions[:start]):
        if not member(p, first, p):
            break
        earlier.append(p)
        first = p
    if earlier:
        lead = fold_string(text[max(sentence.start, first.span.start - 12):first.span.start]).split()
        if lead and (lead[-1] in ("بين", "وبين") or (len(lead) > 1 and lead[-2] in ("بين", "وبين")
                                                   and lead[-1] in DUAL_PLACE_NOUNS)):
            return chain
    return earlier[::-1] + chain


DUAL_PLACE_NOUNS = frozenset(fold_string(w) for w in """منطقتي بمنطقتي ومنطقتي قريتي بقريتي وقريتي بلدتي ببلدتي
وبلدتي مدينتي بمدينتي ومدينتي حيي بحيي وحيي محافظتي بمحافظتي ناحيتي بناحيتي""".split())


def _clitic_object(norm: str, a: ActorMention) -> bool:
    """"لتنظيم داعش"، "بالجيش": a side behind a preposition is the act's object, not its doer."""
    first = fold_string(a.surface).split()[0] if a.surface.strip() else norm
    return norm[:1] in ("ل", "ب") and norm != first


CLAUSE_DOER_CUES = frozenset({"@bombard", "@attack"})  # a doer named right after these acts is theirs


_MEANS_STEMS = tuple(fold_string(w) for w in "برصاص بنيران بقذائف بقذيفة".split())


def _clauses(doc: Doc, sent_tokens, cues, actors, norms, sentence: Span):
    """The sentence cut where a later act names its own doer, another side than the first part's.

    "وكان طيران الاحتلال قد شن سلسلة غارات على بعلبك ... ومن جانبها قصفت المقاومة اللبنانية شمال
    إسرائيل وأطلقت 20 صاروخا على صفد": the air force's strikes and the resistance's rockets are two
    events, each with its own sides, types and toll. Yields (tokens, cues, actors, norms, clause span
    or None) per part; the whole sentence once when it tells one side's acts.
    """
    whole = [(sent_tokens, cues, actors, norms, None)]
    if len(cues) < 2:
        return whole
    cut = reply_offset(doc, sentence)
    if cut is not None and any(c.span.end <= cut for c, _ in cues) and any(c.span.start >= cut for c, _ in cues):
        # "تبنى حزب العمال قتل شرطيين ... وذلك في رد على هجوم انتحاري وقع في سوروج": the answer and the act
        # it answers are two events, each with its own sides and toll
        return _cut_at(sent_tokens, cues, actors, norms, sentence, cut)
    cut = _later_day_cut(doc, sent_tokens)
    if cut is not None and any(c.span.end <= cut for c, _ in cues) and any(c.span.start >= cut for c, _ in cues) \
            and any(p.place is not None and sentence.start <= p.span.start < cut for p in doc.places) \
            and any(p.place is not None and cut <= p.span.start < sentence.end for p in doc.places):
        # "قتل 3 جنود في هجوم في بلدة الشيخ زويد يوم الاثنين، وبعد يومين قتل جنديان في انفجار ... في رفح":
        # an act of a later day, at its own place, is an event of its own with its own toll
        return _cut_at(sent_tokens, cues, actors, norms, sentence, cut)
    cut = _other_dead_cut(doc, sent_tokens, cues)
    if cut is not None and any(c.span.end <= cut and c.cue != "@kill" for c, _ in cues) \
            and any(c.span.start >= cut and c.cue != "@kill" for c, _ in cues) \
            and any(p.place is not None and sentence.start <= p.span.start < cut for p in doc.places) \
            and any(p.place is not None and cut <= p.span.start < sentence.end for p in doc.places):
        # "قتل 6 مدنيين في قصف على بلدتي كفرنبل وحاس، وقتل 4 آخرون في غارة على جسر الشغور": other dead of
        # another act at another place, each with its own type and toll
        return _cut_at(sent_tokens, cues, actors, norms, sentence, cut)
    after = comes_after_recent(doc, sent_tokens)
    if after is not None:
        cut = doc.tokens[after].span.start
        if any(c.span.end <= cut for c, _ in cues) and any(c.span.start >= cut for c, _ in cues):
            # "وجاءت الغارات بعد يوم من هجوم شنه مقاتلو جيش الإسلام على مواقع لقوات النظام في محيط
            # حرستا": the strikes told again, then the attack of the day before, its own event
            return _cut_at(sent_tokens, cues, actors, norms, sentence, cut)
    morrow = next((t.span.start for _, t in sent_tokens[1:] if t.norm.lstrip("و") == MORROW), None)
    if morrow is not None and any(c.span.end <= morrow for c, _ in cues) and any(c.span.start >= morrow for c, _ in cues):
        # "قتل جنديان تركيان أمس إثر تفجير سيارة ملغومة ... غداة الغارات التي شنها الطيران التركي": the
        # strikes of the day before are an act of their own, not the bombing's type or doer
        return _cut_at(sent_tokens, cues, actors, norms, sentence, morrow)
    cut = _background_cut(doc, sent_tokens)
    if cut is not None and any(c.span.end <= cut and c.cue not in ("@kill", "@injure") for c, _ in cues) \
            and any(c.span.start >= cut for c, _ in cues):
        # "خاضت المقاومة اليوم اشتباكات مع الحوثيين في مدينة لودر، وكانت المقاومة قد حررت عدن في 17 يوليو"،
        # "...، بعد أسابيع من تحرير عدن": the background told after a comma is another, earlier act; told
        # with the day's act it took over its type, place and date
        return _cut_at(sent_tokens, cues, actors, norms, sentence, cut)
    cut = _while_cut(doc, sent_tokens)
    if cut is not None and any(c.span.end <= cut for c, _ in cues) and any(c.span.start >= cut for c, _ in cues) \
            and (_second_version(doc, sent_tokens, cut, cues) or _harm_elsewhere(doc, sentence, cut, cues)
                 or _two_takings(doc, cut, cues, actors)
                 or _days_apart(doc, sentence, cut) or (
                {c.event_type for c, _ in cues if c.sub_event_type is not None and c.span.end <= cut}
                & {c.event_type for c, _ in cues if c.sub_event_type is not None and c.span.start >= cut}
                and any(p.place is not None and sentence.start <= p.span.start < cut for p in doc.places)
                and any(p.place is not None and cut <= p.span.start < sentence.end for p in doc.places))):
        # ("... وإن مقاتليه تصدوا للهجوم وقتلوا 30 جنديا، بينما قال الجيش السوداني إنه طرد المتمردين من
        # بلدة قولو": another speaker's version, its own act and sides)
        # "قتل جنديان في انفجار عبوة ناسفة بمدينة الشيخ زويد، فيما قتل ثلاثة مدنيين بقذيفة هاون ... في مدينة
        # رفح": two acts of one event type, each with its own place, sub-event type and toll (acts of two
        # types are already told apart, the second keeping the first's sides)
        return _cut_at(sent_tokens, cues, actors, norms, sentence, cut)
    if len(actors) < 2:
        return whole
    first_tok = sent_tokens[0][0]
    for t, _ in sorted(cues, key=lambda c: c[0].span.start):
        if t.event_type is not E.EXPLOSIONS and t.cue not in CLAUSE_DOER_CUES:
            continue
        ts, te = token_at(doc, t.span.start), token_at(doc, t.span.end - 1)
        if ts - first_tok < 3 or doc.tokens[ts].norm.lstrip("وف").startswith("ال"):
            continue  # a definite noun names no doer after it ("القصف الجوي الإسرائيلي")
        if t.prefix.endswith("ب") or doc.tokens[ts].norm.startswith(_MEANS_STEMS):
            continue  # "قتل 3 من أنصار الجماعة برصاص الشرطة": the means of the act told before, by its doer
        if ts > first_tok and doc.tokens[ts - 1].norm in _SETTING_WORDS:
            continue  # "قتل ثلاثة جنود يمنيين في قصف حوثي على مأرب": the act the dead were killed in
        subj = next((a for a in actors if token_at(doc, a.span.start) == te + 1
                     and a.actor.kind not in GENERIC_KINDS and a.actor.inter != 8
                     and not _clitic_object(doc.tokens[te + 1].norm, a)), None)
        if subj is None:
            continue
        before = [a for a in actors if a.span.end <= t.span.start]
        if not any(c.span.end <= t.span.start for c, _ in cues) \
                or not any(a.actor.kind not in GENERIC_KINDS for a in before) \
                or any(_base_name(a) == _base_name(subj) for a in before):
            continue
        return _cut_at(sent_tokens, cues, actors, norms, sentence, t.span.start)
    return whole


_WHILE_WORDS = frozenset(fold_string(w) for w in "فيما وفيما بينما وبينما".split())
_OTHERS = MORE_WORDS | frozenset(fold_string(w) for w in "آخران اخران أخريات".split())   # ("وقتل 4 آخرون")


def _other_dead_cut(doc: Doc, sent_tokens, cues) -> int | None:
    """The original offset of a kill cue opening a clause after a comma ("، وقتل"، "، كما قتل") whose
    dead are others ("آخرون"، "آخرين") within five words."""
    kills = [c.span.start for c, _ in cues if c.cue == "@kill"]
    for k, (_, t) in enumerate(sent_tokens[1:], 1):
        if doc.text[sent_tokens[k - 1][1].span.end:t.span.start].strip() not in ("،", ","):
            continue
        j = k + 1 if t.norm in ("كما", "وكما") else k
        if j >= len(sent_tokens):
            continue
        verb = sent_tokens[j][1]
        if any(verb.span.start <= x < verb.span.end for x in kills) \
                and any(u.norm in _OTHERS for _, u in sent_tokens[j + 1:j + 6]):
            return t.span.start
    return None


def _background_cut(doc: Doc, sent_tokens) -> int | None:
    """The original offset of a background clause after a comma: "، وكان(ت) ... قد" (قد within six words),
    or "، بعد أيام/أسابيع من ..." (a span of time since an earlier act)."""
    n = len(sent_tokens)
    for k, (_, t) in enumerate(sent_tokens[1:], 1):
        if doc.text[sent_tokens[k - 1][1].span.end:t.span.start].strip() not in ("،", ","):
            continue
        if t.norm in BACKGROUND_OPENERS and any(u.norm == "قد" for _, u in sent_tokens[k + 1:k + 7]):
            return t.span.start
        if t.norm.lstrip("و") in SINCE_OPENERS and k + 2 < n and sent_tokens[k + 1][1].norm in SPAN_OF_TIME \
                and sent_tokens[k + 2][1].norm in SPAN_OF:
            return t.span.start
    return None


def _while_cut(doc: Doc, sent_tokens) -> int | None:
    """The original offset of "فيما"، "بينما" or "في حين" after a comma, past the sentence's first word."""
    for k, (_, t) in enumerate(sent_tokens[1:], 1):
        if (t.norm in _WHILE_WORDS or (t.norm == "في" and k + 1 < len(sent_tokens) and sent_tokens[k + 1][1].norm == "حين")) \
                and doc.text[sent_tokens[k - 1][1].span.end:t.span.start].strip() in ("،", ","):
            return t.span.start
    return None


_SETTING_WORDS = frozenset(fold_string(w) for w in "في جراء إثر اثر بسبب خلال نتيجة".split())


def _later_day_cut(doc: Doc, sent_tokens) -> int | None:
    """The original offset of a relative day ("وبعد يومين"، "وفي اليوم التالي") opening a clause after a
    comma, past the sentence's first word."""
    for k, (_, t) in enumerate(sent_tokens[1:], 1):
        if doc.text[sent_tokens[k - 1][1].span.end:t.span.start].strip() not in ("،", ","):
            continue
        if _days_after(doc, t.span.start, sent_tokens[min(len(sent_tokens) - 1, k + 4)][1].span.end) is not None:
            return t.span.start
    return None


# places of two clauses this far apart or more are two scenes ("في مديرية بيت الفقيه ... فيما ... في مديرية حيس")
APART_KM = 10.0


def _days_apart(doc: Doc, sentence: Span, cut: int) -> bool:
    """The two parts of a sentence cut by a while-word each tell a day of their own, other days: "شهدت أحياء
    حدة والجزائر، أمس الأحد، اشتباكات ...، فيما سيطر الحوثيون صباح اليوم على منزل صالح" tells two acts (the
    clash is no part of the next day's taking)."""
    days = [(d.span.start < cut, d.value) for d in doc.dates
            if d.precision == 1 and d.kind != "future" and sentence.start <= d.span.start < sentence.end]
    before, after = {v for b, v in days if b}, {v for b, v in days if not b}
    if bool(before) and bool(after) and not before & after:
        return True
    # (or the first part a campaign waged since a day, the second its own week: "وتشن قوات القيادة العامة منذ
    # الرابع من أبريل الماضي هجوما ...، فيما تمكنت قوات الوفاق الأسبوع الماضي من استعادة مدينة غريان")
    told = [d for d in doc.dates if d.kind != "future" and d.value is not None and sentence.start <= d.span.start < sentence.end]
    since = {d.value for d in told if d.span.start < cut and _since(doc, d)}
    return bool(since) and any(d.span.start >= cut and not _since(doc, d) and d.value not in since for d in told)


def _harm_elsewhere(doc: Doc, sentence: Span, cut: int, cues) -> bool:
    """The while-clause at `cut` tells people killed or hurt by a means of its own ("فيما أصيب مواطن برصاص
    قناصة ...") at a place of its own, APART_KM or more from every place before it, after an act with an
    explicit type: "شن طيران العدوان غارات على مديرية بيت الفقيه، بينما أصيب مواطن برصاص قناصة المرتزقة في
    مديرية حيس" tells two acts."""
    if not any(c.sub_event_type is not None and c.span.end <= cut for c, _ in cues):
        # (or the dead before it shot by their named shooters: "استشهد الشاب محمد شرف برصاص مستوطن في حي رأس
        # العامود، فيما استشهد الشاب محمد لافي خلال مواجهات في بلدة أبو ديس": each death at its own village
        # is an act of its own)
        return _dead_each_at_own_place(doc, sentence, cut, cues)
    if not any(c.cue in ("@kill", "@injure") and c.span.start >= cut for c, _ in cues) or not any(
            c.span.start >= cut and c.cue not in ("@kill", "@injure") for c, _ in cues):
        return False
    subs_before = {c.sub_event_type for c, _ in cues if c.sub_event_type is not None and c.span.end <= cut}
    if any(c.sub_event_type is not None and c.sub_event_type not in subs_before for c, _ in cues if c.span.start >= cut):
        # "قصفت طائرات التحالف مواقع للتنظيم في المدينة القديمة، فيما قتل ستة مدنيين بقذائف هاون أطلقها التنظيم
        # على حي الثورة": an act of another kind with its own dead
        return True
    placed = [p for p in doc.places if p.place is not None and p.place.lat is not None and p.place.lon is not None
              and sentence.start <= p.span.start < sentence.end]
    before = [p.place for p in placed if p.span.start < cut]
    after = [p.place for p in placed if p.span.start >= cut]
    return bool(before and after) and all(
        _distance_km(a.lat, a.lon, b.lat, b.lon) >= APART_KM for a in before for b in after)


def _two_takings(doc: Doc, cut: int, cues, actors) -> bool:
    """Each side of the while-clause at `cut` tells ground taken, each by a side of its own: "سيطرت الوحدات
    الكردية على حي النشوة، فيما بسطت قوات النظام سيطرتها على حي الزهور"."""
    if not (any(c.cue == "@territory" and c.span.end <= cut for c, _ in cues)
            and any(c.cue == "@territory" and c.span.start >= cut for c, _ in cues)):
        return False
    before = {a.actor.name for a in actors if a.span.end <= cut and a.actor.kind not in GENERIC_KINDS}
    after = {a.actor.name for a in actors if a.span.start >= cut and a.actor.kind not in GENERIC_KINDS}
    return bool(before and after) and not before & after


def _dead_each_at_own_place(doc: Doc, sentence: Span, cut: int, cues) -> bool:
    """Before `cut` people were killed by a named shooter's fire ("برصاص مستوطن"), after it others were
    killed by a means of their own, and each part names its own villages or quarters, none the same."""
    if not any(c.cue == "@kill" and c.span.end <= cut for c, _ in cues) or not any(
            named_shooter(doc, token_at(doc, c.span.start)) is not None for c, _ in cues if c.span.end <= cut):
        return False
    if not any(c.cue == "@kill" and c.span.start >= cut for c, _ in cues) or not any(
            c.span.start >= cut and c.cue not in ("@kill", "@injure") for c, _ in cues):
        return False
    placed = [p for p in doc.places if p.place is not None and p.place.lat is not None
              and sentence.start <= p.span.start < sentence.end]
    before = {(p.place.lat, p.place.lon) for p in placed if p.span.start < cut}
    after = {(p.place.lat, p.place.lon) for p in placed if p.span.start >= cut}
    return bool(before and after) and not before & after


def _second_version(doc: Doc, sent_tokens, cut: int, cues) -> bool:
    """The while-clause at `cut` opens on a speech verb ("بينما قال الجيش"، "فيما أعلنت الشرطة") and tells
    an act of its own, not only the act told before by its definite noun ("... قتلوا في الانفجار")."""
    k = next((i for i, (_, t) in enumerate(sent_tokens) if t.span.start >= cut), None)
    return k is not None and k + 1 < len(sent_tokens) and sent_tokens[k + 1][1].norm.lstrip("و") in SPEAKER_VERBS \
        and any(c.span.start >= cut and not fold_string(doc.span_text(c.span)).lstrip("وفب").startswith("ال")
                and c.cue not in ("@kill", "@injure") for c, _ in cues)


def _cut_at(sent_tokens, cues, actors, norms, sentence: Span, cut: int):
    """The two parts of a sentence cut at original offset `cut` (the token holding it opens the second)."""
    k = next(i for i, (_, t) in enumerate(sent_tokens) if t.span.end > cut)
    return [(sent_tokens[:k], [c for c in cues if c[0].span.end <= cut], [a for a in actors if a.span.end <= cut],
             norms[:k], Span(sentence.start, cut)),
            (sent_tokens[k:], [c for c in cues if c[0].span.start >= cut], [a for a in actors if a.span.start >= cut],
             norms[k:], Span(cut, sentence.end))]


_OTHER_PLACES = re.compile(r"\s*و(?:بلدات|مناطق|قري|مدن|احياء|بلده|منطقه|قريه|مدينه)\s+(?:اخري|اخر|مجاوره|عده)")


def _and_other_places(doc: Doc, sentence: Span, loc: Location, places) -> bool:
    """The chosen place is followed by "وبلدات أخرى"، "ومناطق مجاورة": the sentence's toll is told for
    more places than it names."""
    for p in places or ():
        if sentence.contains(p.span) and p.place is not None and loc.geonameid is not None and p.place.id == loc.geonameid:
            if _OTHER_PLACES.match(fold_between(doc, p.span.end, min(sentence.end, p.span.end + 30))):
                return True
    return False


def _dual_before(doc: Doc, sentence: Span, loc: Location, places) -> bool:
    """"في منطقتي الزوية والصكرة"، "منطقتي الفلاحات غرب الفلوجة وصبيحات": a dual noun just before the
    chosen place says the sentence speaks of two places, even when the gazetteer knows only one."""
    name = fold_string(loc.name_ar or "")
    for p in places or ():
        if sentence.contains(p.span) and p.place is not None and (
                (loc.geonameid is not None and p.place.id == loc.geonameid)
                or (name and fold_string(doc.span_text(p.span)).endswith(name))):
            before = fold_string(doc.article.text[max(sentence.start, p.span.start - 40):p.span.start]).split()
            # ("الطريق بين مدينتي الرمادي وهيت": the road between two towns is one place)
            return any(w in DUAL_PLACE_NOUNS and not (k > 0 and before[-7:][k - 1] in ("بين", "وبين"))
                       for k, w in enumerate(before[-7:]))
    return False


def _exact_readings(doc: Doc) -> list[TriggerMention]:
    """One cue per span and cue type: a lexicon row spelled as the text is ("المتظاهرين", weak: the
    protesters already told of) beats the reading of its stem ("متظاهرين")."""
    by_span: dict[tuple, list[TriggerMention]] = {}
    for t in doc.triggers:
        by_span.setdefault((t.span, t.cue), []).append(t)
    if all(len(v) == 1 for v in by_span.values()):
        return list(doc.triggers)
    out = []
    for t in doc.triggers:
        same = by_span[(t.span, t.cue)]
        if len(same) == 1:
            out.append(t)
            continue
        surface = fold_string(doc.span_text(t.span))
        exact = [x for x in same if fold_string(x.lemma) == surface]
        best = exact[0] if exact else max(same, key=lambda x: x.weight)
        if t is best:
            out.append(t)
    return out


def add_events(doc: Doc, *, resources) -> Doc:
    if not doc.triggers or not doc.sentences:
        return doc.with_(events=())
    named_after: list = []   # towns inside a group's name ("مجلس شورى مجاهدي درنة")
    if doc.actors and doc.places:
        # "أنصار بيت المقدس", "ولاية سيناء": a place inside a group's name does not locate an event
        kept = tuple(p for p in doc.places if not any(a.span.contains(p.span) and a.span != p.span
                                                        for a in doc.actors))
        if len(kept) != len(doc.places):
            named_after = [p for p in doc.places if p not in kept and p.place is not None
                           and p.place.kind in _NAMED_AFTER_TOWNS and p.place.lat is not None
                           and _local_fighters_of(doc, p)]
            doc = doc.with_(places=kept)
    lex = resources.triggers
    by_sent = _sentence_tokens(doc)
    trig_by_sent: dict[int, list[TriggerMention]] = {}
    for t in _exact_readings(doc):
        trig_by_sent.setdefault(t.sentence, []).append(t)
    candidates: list[Candidate] = []
    places_in = _by_sentence(doc, doc.places)
    actors_in = _by_sentence(doc, doc.actors)
    # ("في منطقة سوق الجمعة": a weekday inside a place's name is no date)
    dates_in = _by_sentence(doc, [d for d in doc.dates if not any(
        p.place is not None and p.span.start <= d.span.start and d.span.end <= p.span.end for p in places_in.get(
            doc.sentence_of(d.span), ()))] if doc.places else doc.dates)
    background_sents: set[int] = set()  # sentences whose toll is told as a total or as history
    for si, trigs in sorted(trig_by_sent.items()):
        if si >= len(doc.sentences) or si not in by_sent:
            continue
        sentence = doc.sentences[si]
        sent_tokens = by_sent[si]
        first_tok, last_tok = sent_tokens[0][0], sent_tokens[-1][0]
        mods = lex.modality_index.find(doc, doc.tokens[first_tok:last_tok + 1], offset=first_tok)
        norms = [t.norm for _, t in sent_tokens]
        comes_at = comes_after(doc, sent_tokens)
        cues: list[tuple[TriggerMention, float]] = []
        modality_why: list[str] = []
        dropped_strike = False
        background_cues: set[int] = set()
        background_told = False  # a cue of the sentence (kept or dropped) is told as history or a total
        toll_background = False  # a kill or injury cue of the sentence dropped as history or a total
        kept_kill: int | None = None  # the token of the sentence's first kill or injury cue kept
        place_spans = [p.span for p in places_in.get(si, ()) if p.place is not None and sentence.contains(p.span)]
        for t in trigs:
            if any(ps.contains(t.span) for ps in place_spans):
                continue  # "ساحة التحرير", "حي الكرامة": part of a place name
            ti = token_at(doc, t.span.start)
            if t.cue == "@kill" and ti > first_tok and doc.tokens[ti].norm.lstrip("وبل") in MARTYR_WORDS \
                    and doc.tokens[ti - 1].norm.lstrip("وبل") in MARTYR_NAME_HEADS:
                continue  # "ساحة الشهداء"، "الرئيس الشهيد"، "كتائب الشهداء": a name or title, no death told
            if t.event_type is E.PROTESTS and ti - 2 >= first_tok and doc.tokens[ti - 1].norm in _PROTEST_SITES \
                    and doc.tokens[ti - 2].norm in _NEAR_WORDS:
                continue  # "اغتال مسلحون الناشط ... قرب ساحة الاعتصام": the sit-in's square, where, no protest told
            f, why = modality_factor(doc, resources, sent_tokens, sentence, ti, t, mods)
            w = t.weight * f
            told_as_background = any(y.startswith(("total", "history")) for y in why)
            # "قتل خمسة ...، ليرتفع عدد القتلى منذ مطلع الشهر إلى 60": the total's own clause is told
            # as one, the act before it is not
            in_total_clause = told_as_background and kept_kill is not None \
                and total_clause_start(doc, kept_kill, ti) is not None
            background_told = background_told or (told_as_background and not in_total_clause)
            toll_background = toll_background or (told_as_background and w < 0.2 and t.cue in ("@kill", "@injure")
                                                  and not in_total_clause)
            if w >= 0.2:
                if kept_kill is None and t.cue in ("@kill", "@injure") and not told_as_background:
                    kept_kill = ti
                cues.append((t, w))
                if told_as_background:
                    background_cues.add(id(t))
            elif why:
                modality_why.append(f"'{doc.span_text(t.span)}' dropped: {', '.join(why)}")
                dropped_strike = dropped_strike or t.event_type is E.EXPLOSIONS or t.cue == "@bombard"
        if background_told:
            background_sents.add(si)
        if dropped_strike and cues and all(fold_string(t.lemma) in AIRCRAFT for t, _ in cues):
            # "مقاتلات تركية حلقت ... من دون أن تشن غارات": aircraft named, the strike itself negated
            modality_why.append("aircraft named, but their strike is not told as done")
            cues = []
        actors = [a for a in actors_in.get(si, ()) if sentence.contains(a.span)]
        claim = bool(actors) and _is_claim(norms)
        self_claimer = _claim_of_own_act(doc, sentence, trigs, actors) if claim else None
        if claim and candidates and self_claimer is None:
            # "أعلنت جماعة ولاية سيناء مسؤوليتها عن الهجوم": the claim names who did the event just told
            claimer = next((a for a in actors if a.actor.inter in (2, 3, 4) and a.actor.kind not in ("civilians", "none")), None)
            last = candidates[-1].sentence
            # ("تبنى الجيش الإسلامي هجوما على دبابة أميركية في منطقة التاجي": a claim that names a place of its
            # own, not the place of the event just told, is another event's report)
            own = {p.place for p in places_in.get(si, ()) if p.place is not None and sentence.contains(p.span)}
            told = {p.place for p in places_in.get(last, ()) if p.place is not None}
            # (a country in both says nothing when both name towns: "في مدينة القطيف ... في السعودية" after
            # a missile aimed at Najran)
            own_towns, told_towns = {p.id for p in own if p.kind != "PCLI"}, {p.id for p in told if p.kind != "PCLI"}
            other = not own_towns & told_towns if own_towns and told_towns else \
                bool(own and told and not {p.id for p in own} & {p.id for p in told})
            if other and (own_places := {p.id for p in own if p.kind.startswith(("PPL", "DISTRICT"))}) \
                    and not any(sentence.contains(d.span) for d in doc.dates):
                # "وتبنى تنظيم داعش تفجير الكرادة" after a bombing in Karrada, then one in Shalchiya: the claim
                # is of the act told at the town it names (not a claim of its own day: "وكان التنظيم قد تبنى
                # في نهاية يناير الماضي هجوما ... في العريش" is an older act's)
                back = next((c.sentence for c in reversed(candidates) if 0 < si - c.sentence <= 4 and own_places & {
                    p.place.id for p in places_in.get(c.sentence, ()) if p.place is not None}), None)
                if back is not None:
                    last, other = back, False
            if claimer is not None and 0 < si - last <= 4 and not other:
                # every reading of the sentence just told (the bombing and the weaker clash its "هاجم" gave;
                # an armed group that claims an attack flew none of the aircraft told in it)
                for prev in (c for c in candidates if c.sentence == last
                             and c.sub.event_type in (E.EXPLOSIONS, E.VAC, E.BATTLES) and c.sub is not S.AIR_STRIKE):
                    # (or read only as the sentence's first named side: "تفجيرات استهدفت مسجدين يرتادهما أنصار
                    # جماعة الحوثي" then "وتبنى تنظيم الدولة التفجيرات")
                    weak = prev.actor1 is not None and prev.actor1.actor.name != claimer.actor.name and any(
                        f"actor1 '{prev.actor1.surface}' first actor of the sentence" == r for r in prev.reasons)
                    if prev.actor1 is None or prev.actor1.actor.kind == "unidentified" or prev.actor1.actor.inter == 1 or weak:
                        if prev.actor1 is not None and prev.actor1.actor.inter == 1 and prev.actor2 is None:
                            prev.actor2 = prev.actor1
                        prev.actor1 = claimer
                        prev.reasons.append(f"actor1 '{claimer.surface}' claimed it in sentence {si + 1}")
                # (the earlier acts of the same attack, unclaimed so far: "تفجير انتحاري ... استهدف فندقا"
                # then "مسلحين اقتحموا الفندق عقب التفجير" then the claim of "الهجوم")
                for prev in (c for c in candidates if last - 3 <= c.sentence < last and 0 < si - c.sentence <= 4
                             and c.sub.event_type in (E.EXPLOSIONS, E.VAC, E.BATTLES) and c.sub is not S.AIR_STRIKE
                             and any(n in ANAPHORS for n in norms)
                             and (c.actor1 is None or c.actor1.actor.kind == "unidentified" or (
                                 c.actor1.actor.name != claimer.actor.name and
                                 f"actor1 '{c.actor1.surface}' first actor of the sentence" in c.reasons))
                             and c.day == candidates[-1].day):
                    prev.actor1 = claimer
                    prev.reasons.append(f"actor1 '{claimer.surface}' claimed it in sentence {si + 1}")
                continue
        cues = protesters_only_named(cues, norms, modality_why, doc)
        cues = truce_without_act(cues, norms, modality_why, doc)
        cues = aircraft_moving(cues, norms, modality_why)
        cues = hostages_taken(doc, cues, modality_why)
        opening = opening_protest(doc, sent_tokens, cues) and not background_told
        if opening:
            modality_why.append("the sentence opens with a protest and its crowd")
            # (a cue the context already weakened, "نظمت الحركة منذ تأسيسها عدة مظاهرات", stays weak)
            cues = [(t, max(w, OPENING_PROTEST_WEIGHT)) if t.event_type is E.PROTESTS and w >= t.weight * 0.99
                    else (t, w) for t, w in cues]
        if not cues:
            continue
        for sent_tokens, cues, actors, norms, clause in _clauses(doc, sent_tokens, cues, actors, norms, sentence):
            # the cue the sides are read around: a strong one first ("سيطروا" over the weak noun
            # "انسحاب" of "بعد انسحاب قوات الاتحاد الأفريقي منها"), then an explicit one
            # (a withdrawal beside the taking is the loser's: "استولى التنظيم على المقر بعد أن انسحب الجيش منه")
            taking = any(t.cue == "@territory" for t, _ in cues)
            main = max(cues, key=lambda c: (c[1] >= MAIN_CUE_WEIGHT,
                                            not (taking and c[0].sub_event_type is S.NONVIOLENT_TRANSFER),
                                            c[0].sub_event_type is not None, c[1]))[0]
            initiator, target, role_why = assign_roles(doc, sent_tokens, actors, token_at(doc, main.span.start),
                                                        [t for t, _ in cues], trigs)
            if initiator is not None and target is not None and _joined_forces(doc, initiator, target, actors):
                # "أسفرت الاشتباكات عن استشهاد 12 من أعوان الأمن والجيش": a state's forces told together
                # are one side, the one harmed (not "بين الجيش والشرطة": two sides)
                initiator, target = None, min(initiator, target, key=lambda a: a.span.start)
                role_why.append(f"actor2 '{target.surface}': the state's forces told together are one side")
            in_sentence_initiator = initiator is not None
            if initiator is None and not _SHIFT_OPENER.match(doc.folded, doc.offsets.to_folded(sentence.start)) \
                    and not _NO_CLAIM.search(doc.folded, doc.offsets.to_folded(sentence.start),
                                             doc.offsets.to_folded(sentence.end)):
                # (not across "وفي سياق متصل"، "من جهة أخرى": the sentence turns to another event; nor into
                # "ولم تتبن أي جهة التفجير": it says the act has no known doer)
                # the doer of a violent act or an arrest told there (its actor1), not one harmed or aimed
                # at ("مقتل خمسة من عناصر الشرطة") or named in talk ("اتفاق بين الشرطة وأتباع المرجع")
                # (or told in the sentence's clause before, its target civilians: "قتل عشرة مدنيين في قصف
                # مدفعي للحوثيين ...، فيما قتل ثلاثة من المقاومة في مواجهات بمديرية صبر الموادم"; not the act
                # answered, "... ردا على ذبح 21 مصريا")
                prev = [a for c in candidates if (c.sentence in (si - 2, si - 1) or (
                            clause is not None and c.sentence == si and reply_offset(doc, sentence) is None
                            and c.actor2 is not None and c.actor2.actor.kind == "civilians"))
                        and (a := c.actor1) is not None
                        and (c.sub.event_type in DOER_TYPES or c.sub is S.ARRESTS) and a.actor.kind != "civilians"
                        and (target is None or _base_name(a) != _base_name(target))
                        and (k := doc.tokens[token_at(doc, a.span.start)].sentence) in by_sent
                        and not is_news_source(doc, token_at(doc, a.span.start), by_sent[k][0][0])
                        and (main.sub_event_type is not S.ARRESTS or _state_force(a))  # a state arrests
                        # (the dead of a clash are still one of its sides)
                        and (c.sub.event_type is E.BATTLES or not harmed_in(doc, a, by_sent[k]))
                        # "وفي بنغازي، قتل جنديان في انفجار لغم أرضي" after a clash told in Derna: a mine
                        # on another front, unclaimed, has no known doer (ACLED_CODING: unidentified)
                        and not (main.sub_event_type is S.REMOTE_EXPLOSIVE and c.sub.event_type is not E.EXPLOSIONS
                                 and after_place_phrase(doc, sent_tokens) is not sent_tokens)
                        # "وفي العريش، قتل أربعة مجندين عندما انفجرت عبوة ناسفة بمدرعتهم" after the army's
                        # strikes: a state plants no roadside bomb or suicide bomber (ACLED_CODING §3)
                        and not (_state_force(a) and any(t.sub_event_type in (S.REMOTE_EXPLOSIVE, S.SUICIDE_BOMB)
                                                         and sentence.contains(t.span) for t in trigs))]
                if prev:
                    initiator = prev[-1]
                    role_why.append(f"actor1 '{initiator.surface}' from the sentence before")
                    # a definite cue goes on telling its act, with its other side ("قواتنا تسيطر على معسكر
                    # ... وأسفرت المواجهات عن مقتل ستة"; "اشتباكات أخرى اندلعت": another act)
                    pair = [c.actor2 for c in candidates if c.sentence in (si - 2, si - 1) and c.actor1 is not None
                            and c.actor2 is not None and _base_name(c.actor1) == _base_name(initiator)]
                    if target is None and pair and fold_string(doc.span_text(main.span)).lstrip("وفب").startswith("ال"):
                        target = pair[-1]
                        role_why.append(f"actor2 '{target.surface}' the other side in the sentence before")
            # the doer's own words ("القوات الأميركية") name no armed victims
            # (a soldier named first may be the one who died: "استشهاد جندي إماراتي")
            # (every mention of the doer counts: "قوة من الشرطة العراقية ... على يد قوات الأمن العراقية")
            doer = [a.span for a in actors if _base_name(a) == _base_name(initiator)] if in_sentence_initiator else []
            # "مسلحين من حركة الشباب"، "مسلحو داعش": the gunmen named right before the doer are its own
            gunmen = [a.span for a in actors if a.actor.kind == "unidentified" and any(
                0 <= token_at(doc, sp.start) - token_at(doc, a.span.end - 1) <= 2 for sp in doer)] if doer else []
            # "عثرت الشرطة على جثث 12 شخصا مقتولين": the side that found the bodies is no victim either
            bodies = [t for t in trigs if t.cue == "@kill" and fold_string(t.lemma) in BODY_NOUNS]
            finders = [a.span for a in actors if finds_bodies(doc, token_at(doc, a.span.start), bodies)] if bodies else []
            # "أعلنت الشرطة النيجيرية مقتل 18 شخصا في هجوم لبوكو حرام": the force that tells it is no victim
            first_tok = sent_tokens[0][0]
            # (or before its verb: "بعد أن كانت الشرطة قد أعلنت في حصيلة أولية مقتل عشرة أشخاص")
            finders += [a.span for a in actors if a is not initiator and a.actor.kind == "state" and (
                (k := token_at(doc, a.span.start)) > first_tok and doc.tokens[k - 1].norm in SPEAKER_VERBS
                or is_news_source(doc, k, first_tok) or _speaks_next(doc, token_at(doc, a.span.end - 1)))]
            if not doer and not finders:
                vnorms = norms
            else:
                # the tokens those spans cover, once (a span starts and ends inside tokens)
                def covered(spans) -> set[int]:
                    return {j for sp in spans for j in range(token_at(doc, sp.start), token_at(doc, sp.end - 1) + 1)}
                doer_toks, other_toks = covered(doer), covered(gunmen) | covered(finders)
                # "قتلت عناصر حركة الشباب امرأتين": the fighters' word heading the doer's name is the doer's
                doer_toks |= {j - 1 for j in doer_toks if j > 0 and doc.tokens[j - 1].norm.lstrip("و") in FIGHTER_HEADS}
                # "اعتدى عناصر من الشرطة بالضرب على صحفي": the members "of" the doer, opening the sentence's
                # words, are the doer
                heads = {j - 2 for j in doer_toks if j > 1 and doc.tokens[j - 1].norm == "من"
                         and doc.tokens[j - 2].norm.lstrip("و") in FIGHTER_HEADS and j - 1 not in doer_toks
                         and j - 3 >= first_tok and doc.tokens[j - 3].norm.lstrip("و") not in ONE_WORDS_AR
                         and j - 3 not in doer_toks and any(tr.span.start < doc.tokens[j - 2].span.start for tr in trigs)}
                doer_toks |= heads
                # (the doer's own words are no victims: "مسلحين ملثمين أطلقوا النار على حافلة تقل عمالا")
                gunmen_doer = initiator is not None and initiator.actor.kind in ("unidentified", "militia", "rebel")
                vnorms = ["" if (ti in doer_toks and (gunmen_doer or ti in heads or n.lstrip("وفل") in FORCE_WORDS
                                                       or n.lstrip("وفل") in DOER_MEN))
                          or ti in other_toks else n for (ti, _), n in zip(sent_tokens, norms)]
            if initiator is not None and initiator.actor.kind == "state" and in_sentence_initiator:
                # "أطلقت قوات الأمن النار على سيارة رفضت التوقف عند حاجز": the state's own checkpoint, where
                # it fired, holds none of its victims
                vnorms = ["" if k > 0 and vnorms[k - 1] == "عند" and n in _OWN_SITES else n
                          for k, n in enumerate(vnorms)]
            for (sub, w, trig, generic, why), own_place in _type_sentence(
                    doc, cues, norms, initiator if in_sentence_initiator else None, target, vnorms):
                a1, a2, why_roles = initiator, target, role_why
                if trig is not main and trig.event_type is not main.event_type and actors:
                    # a second event of the sentence: its sides are read around its own cue
                    # ("الهجوم قاده انتحاريان ... ثم اندلعت اشتباكات بين عناصر التنظيم وقوات أمنية")
                    b1, b2, bwhy = assign_roles(doc, sent_tokens, actors, token_at(doc, trig.span.start), [trig], trigs)
                    if b1 is not None or b2 is not None:
                        a1, a2, why_roles = b1, b2, bwhy
                c = Candidate(sub, w, si, trig, generic, reasons=[f"type: {sub.value} ({why})"] + why_roles + modality_why)
                c.own_place = own_place
                c.clause = clause
                c.retold = comes_at is not None and trig.span.start < doc.tokens[comes_at].span.start
                c.background = id(trig) in background_cues or toll_background
                # (bodies found killed: the find, its place and the signs of killing are the report)
                c.report = (opening and (sub.event_type is E.PROTESTS or (
                    # "قطع محتجون غاضبون الطرق بالإطارات المشتعلة": the road blocked with burning tyres
                    sub.event_type is E.RIOTS and trig.prefix.endswith("ب") and fold_string(trig.lemma) in TYRE_LEMMAS))) or (
                    # "ألقت قوات الأمن القبض على 15 من أنصار الجماعة خلال مظاهرة": arrests counted at a protest
                    why == "protesters arrested" and _counted_arrest(doc, si, trigs)) or (
                    sub.event_type is E.VAC and bool(bodies)) or (
                    # "اقتحم مئات المحتجين المنطقة الخضراء": the riot's own act opens the sentence, its crowd after
                    # ("أحرق محتجون إطارات السيارات": the cue's own first word)
                    sub.event_type is E.RIOTS and fold_string(trig.lemma).split(" ", 1)[0] in RIOT_OPENING_LEMMAS
                    and token_at(doc, trig.span.start) - body_start(doc, si) <= 1
                    and (protesters_after(doc, token_at(doc, trig.span.start), 3)
                         # "رشق شبان فلسطينيون دوريات الاحتلال بالحجارة": youths stoning, their crowd after
                         or (fold_string(trig.lemma) in STONING_LEMMAS and _youths_after(doc, token_at(doc, trig.span.start)))))
                if sub.event_type in (E.VAC, E.EXPLOSIONS) and a1 is not None and a1.actor.kind == "civilians":
                    # civilians do not attack or set off bombs: named as the side, they are the target
                    # ("هجوم انتحاري ... استهدف ناشطين يساريين")
                    a1, a2 = a2 if (a2 is None or a2.actor.kind != "civilians") else None, a1
                if sub is S.DISRUPTED_WEAPONS and (j := intercepted_after(doc, trig)) is not None:
                    # "أطلقت جماعة الحوثي صاروخا ... واعترضته الدفاعات الجوية السعودية": who brought it down
                    # acts, who fired it is acted upon
                    # (none named: the one that fired it is still no actor1)
                    stopper = next((a for a in actors if token_at(doc, a.span.start) > j), None) or next(
                        # ("وقالت قوات الدفاع الجوي السعودية إنها اعترضته": the force that says it did)
                        (a for a in reversed(actors) if trig.span.end <= a.span.start and token_at(doc, a.span.start) < j
                         and a.actor.kind == "state"), None)
                    # ("اعترضت قوات الدفاع الجوي السعودي صاروخا ... ودمرته": the subject of the intercept verb
                    # before the missile brought it down)
                    stopped_before = stopper is None and a1 is not None and a1.span.end <= trig.span.start and any(
                        doc.tokens[k].norm.lstrip("و") in INTERCEPT_VERBS
                        for k in range(token_at(doc, a1.span.start) - 3, token_at(doc, trig.span.start)) if k >= 0)
                    if not stopped_before and (stopper is None or a1 is None or _base_name(a1) != _base_name(stopper)):
                        a1, a2 = stopper, a1
                if sub.event_type is E.PROTESTS and a2 is not None and a2.actor.kind == "protesters":
                    a1, a2 = a2, a1
                elif sub.event_type is E.PROTESTS and a1 is not None and _state_force(a1):
                    # "اعتقلت الشرطة التركية ثمانية ... في تظاهرة": the police acted on the protest
                    a1, a2 = None, a1
                if sub is S.GOV_REGAINS and not in_sentence_initiator and a1 is not None \
                        and is_pro_government(a1) is False:
                    # "القوات استعادت ...": the group named in the sentence before is the one that lost
                    a1, a2 = None, a2 or a1
                    c.reasons.append("the earlier sentence's armed group is the side that lost ground")
                if sub in (S.REMOTE_EXPLOSIVE, S.SUICIDE_BOMB, S.GRENADE) and a1 is not None and _state_force(a1) \
                        and not any("genitive" in r or "after '" in r or "did it" in r or "used the weapon" in r
                                    for r in role_why) \
                        and (a2 is None or _state_force(a2) or a2.actor.kind == "civilians"):
                    # a bomb "on" the police: state forces are the target of planted and suicide devices
                    # (a target already read in the sentence stays: "قرب دورية للجيش ... مقتل ثلاثة جنود"،
                    # "قتل سبعة عراقيين في انفجار سيارة")
                    a1, a2 = None, a2 if a2 is not None else a1
                    c.reasons.append("state forces taken as the target of the device")
                if sub.event_type is E.VAC and a1 is not None and a1.actor.inter == 1 and not in_sentence_initiator:
                    # "المختطفين" after a sentence naming the government: a state that seizes people
                    # arrests them; an abduction's unnamed author is not the government of the sentence before
                    a1 = None
                    c.reasons.append("the state named in the sentence before is not taken as the abductor or attacker")
                if sub is S.AIR_STRIKE and a1 is not None and a1.actor.inter in (2, 3, 4) \
                        and not any("genitive" in r or "after '" in r or "بين" in r for r in role_why) \
                        and not DRONE_RE.search(doc.span_text(trig.span)) and not DRONE_RE.search(a1.surface) \
                        and not _owned_by(doc, trig, a1):
                    # armed groups fly no aircraft: a group merely named near an air strike is its target
                    a1, a2 = None, a2 if a2 is not None and a2.actor.inter in (2, 3, 4) else a1
                    c.reasons.append("an armed group flies no aircraft: taken as the target")
                if sub is S.ARMED_CLASH and a1 is not None \
                        and fold_string(trig.lemma).lstrip("و").split()[0] in _REPEL_VERBS \
                        and (k := _attack_noun_after(doc, trig)) is not None \
                        and a1.span.end <= doc.tokens[k].span.start:
                    # "صد الجيش النيجيري أمس هجوما لبوكو حرام على مونغونو": the attacker acted, the side
                    # that repelled it is the target (ACLED_CODING §3); an attacker not named is unknown
                    named = _attacker_after(doc, k, a1)   # "هجوما لداعش"، "شنه X"، "شنته قوات «X»"
                    # ("... إن الجيش شن هجوما على مواقع المتمردين، مؤكدا أن قواته صدت الهجوم": the attack told
                    # before, by the other side the sentence names before it)
                    a1, a2 = named or (a2 if a2 is not None and (a2.span.start > doc.tokens[k].span.start or (
                        a2.span.end <= trig.span.start and doc.tokens[k].norm.startswith("ال"))) else None), a1
                    if a1 is not None and a1.actor.kind == "unidentified":
                        # "هجوما شنه مسلحون من تنظيم الدولة": the gunmen's group
                        a1 = next((b for b in doc.actors if b.actor.kind not in ("unidentified", "civilians")
                                   and gunmen_of(doc, [a1], token_at(doc, b.span.start))), a1)
                    c.reasons.append("the side that repelled the attack is its target")
                if sub is S.NONVIOLENT_TRANSFER and a1 is not None and a2 is not None \
                        and fold_string(trig.lemma).lstrip("و").startswith(WITHDRAW_STEM) \
                        and _entered_by(doc, trig, a2):
                    # "انسحبت قوات الحكومة من بلدة بارديري دون قتال، ودخلتها عناصر من حركة الشباب": the side
                    # that entered took the town
                    a1, a2 = a2, a1
                    c.reasons.append(f"'{a1.surface}' entered after the withdrawal: the side that took it")
                if sub is S.ATTACK and a2 is not None and a2.actor.kind == "state" and a1 is not None \
                        and a1.actor.kind in ("unidentified", "rebel", "militia") and trig.sub_event_type is S.ATTACK \
                        and fold_string(trig.lemma).lstrip("و").startswith(ASSASSINATION_LEMMAS):
                    # (an execution of captured soldiers, "أعدمهم مسلحو داعش", stays an attack on people held)
                    # "اغتال مسلحون مجهولون ضابطا في الجيش الليبي": an officer of a force killed by gunmen is
                    # that force's loss in a clash; violence against civilians has civilians as its target
                    sub = c.sub = S.ARMED_CLASH
                    c.reasons.append("the target is a state force: an armed clash, not violence against civilians")
                if sub is S.ARMED_CLASH and any(a is not None and a.actor.kind in ("protesters", "rioters")
                                                for a in (a1, a2)):
                    # "إصابة ثلاثة من رجال الشرطة في المواجهات" told of the protesters before: a riot
                    sub = c.sub = S.VIOLENT_DEMONSTRATION
                    c.reasons.append("fighting with demonstrators: a violent demonstration")
                if self_claimer is not None and sub.event_type in _VIOLENT and sub is not S.AIR_STRIKE \
                        and trig.span.start < self_claimer[1] and (a1 is None or a1.actor.kind == "unidentified") \
                        and a2 is not None and a2 is self_claimer[0]:
                    # "... إلى 125 قتيلا، في حين تبنى تنظيم الدولة الإسلامية الهجوم": the claimer read as the
                    # target is the doer
                    a2 = None
                    c.reasons.append(f"actor2 '{self_claimer[0].surface}' claimed it: not its target")
                if self_claimer is not None and sub.event_type in _VIOLENT and sub is not S.AIR_STRIKE \
                        and trig.span.start < self_claimer[1] and (a1 is None or a1.actor.kind == "unidentified") \
                        and (a2 is None or a2.actor.name != self_claimer[0].actor.name):
                    # "هاجم مسلحون كمينا أمنيا ...، وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم": the act
                    # and, after it, its claim in one sentence
                    a1 = self_claimer[0]
                    c.reasons.append(f"actor1 '{a1.surface}' claimed it in the same sentence")
                if sub is S.ARMED_CLASH and a1 is not None and (a2 is None or a2.actor.kind == "civilians") \
                        and "exchanged" in why:
                    # "تبادل الجيش السوداني وقوات الدعم السريع القصف": the side joined to the doer by "و" is the other
                    k1 = token_at(doc, a1.span.end - 1)
                    co = next((a for a in actors if token_at(doc, a.span.start) == k1 + 1
                               and doc.tokens[k1 + 1].norm.startswith("و") and a.actor.kind not in GENERIC_KINDS
                               and _base_name(a) != _base_name(a1)), None)
                    if co is not None:
                        a2 = co
                        c.reasons.append(f"actor2 '{co.surface}': the other side of the exchange")
                if a1 is not None and a2 is not None and a2.actor.kind == "unidentified" and a1.actor.kind != "unidentified" \
                        and fold_string(a2.surface).lstrip("وبل") in _ATTACKER_WORDS:
                    # "صدت قوات البشمركة هجوما لداعش ... وقتلت 15 من المهاجمين": the attackers are the attacking
                    # side told again; the other named side of the sentence is the one attacked
                    other = next((a for a in actors if a is not a1 and a is not a2 and a.actor.kind not in GENERIC_KINDS
                                  and _base_name(a) != _base_name(a1)), None)
                    if other is not None:
                        a2 = other
                        c.reasons.append(f"actor2 '{other.surface}': 'المهاجمين' are the attackers told again")
                if a1 is not None and a2 is not None and a2.span.start > a1.span.start and _AFFILIATE_BEFORE.search(
                        fold_between(doc, max(a1.span.end, a2.span.start - 16), a2.span.start)) and not any(
                        # ("هاجم مسلحون من حركة طالبان قاعدة بادابير التابعة لسلاح الجو": the site belongs to it)
                        w.lstrip("وبل") in SITE_NOUNS for w in fold_between(doc, a1.span.end, a2.span.start).split()):
                    # "مسلحون من ولاية غرب أفريقيا التابعة لتنظيم الدولة": the group it belongs to is its
                    # own side, not the one attacked
                    a2 = None
                    c.reasons.append("actor2: the group the doer belongs to is no other side")
                c.actor1, c.actor2 = a1, a2
                candidates.append(c)
                # other cues of the same type in the sentence may be told of other places:
                # "كما تظاهر مئات ... وسط مدينة الحلة ... وتجمع المتظاهرون في ساحة الحبوبي"
                for t, tw in cues:
                    same = t.sub_event_type.event_type is sub.event_type if t.sub_event_type is not None \
                        else sub.event_type in SIBLING_FAMILIES.get(t.cue, ())
                    if t is not trig and same and tw >= 0.5 and not (
                            # (the aircraft named are who struck, no strike of their own: "مقاتلات اف-16 اقلعت
                            # من القاعدة الجوية في دياربكر لشن سلسلة غارات")
                            sub is S.AIR_STRIKE and trig.event_type is E.EXPLOSIONS and fold_string(t.lemma) in AIRCRAFT):
                        s1 = a1
                        if doc.tokens[token_at(doc, trig.span.start)].norm in SHOT_BY \
                                and (own := named_shooter(doc, token_at(doc, t.span.start), actors)) is not None:
                            # "استشهد A برصاص مستوطن في X، فيما استشهد B برصاص قوات الاحتلال في Y": each fire
                            # names its own shooters
                            s1 = own
                        c2 = Candidate(sub, max(w * 0.95, tw), si, t, generic, s1, a2,
                                       reasons=list(c.reasons) + [f"another cue '{doc.span_text(t.span)}' of this type"]
                                       + ([f"actor1 '{s1.surface}' after its own '{doc.span_text(t.span)}'"] if s1 is not a1 else []))
                        c2.sibling = True
                        c2.clause = clause
                        candidates.append(c2)
    if not candidates:
        return doc.with_(events=())
    # place, date, counts
    located: list[Candidate] = []
    seen_place: set[tuple] = set()
    old_years: dict[int, int | None] = {}   # sentence → its past year (cues.old_year), once a sentence
    for c in candidates:
        sentence = doc.sentences[c.sentence]
        loc, why = _locate(doc, c.trigger.span, resources, c.clause)
        if (loc is None or loc.latitude is None) and named_after:
            # "غارات على مواقع لمجلس شورى مجاهدي درنة في منطقة الظهر الحمر" (a quarter the gazetteer
            # lacks): a local group named after a town fights there; near it, precision 2
            town = next((p for p in named_after if sentence.contains(p.span)), None)
            if town is not None:
                loc = geocode.location_of(town.place, precision=2, gazetteer=resources.gazetteer)
                why = f"no place near the cue: '{doc.span_text(town.span)}' in the name of a group of the sentence (precision 2)"
        if (loc is None or loc.latitude is None) and c.sub.event_type in (E.PROTESTS, E.RIOTS):
            found = geocode.people_country(doc, sentence, resources.gazetteer)
            if found is not None:
                # (inferred, not named: weighed as an event without a place, which it was)
                loc, why = found
                c.weight -= NO_LOCATION_PENALTY
        if loc is None or loc.latitude is None:
            # No place rasd can put on a map: the event is kept (an analyst still wants it), with an
            # empty location and less confidence; never a guessed point.
            loc, why = NO_LOCATION, why or "no place found in the article"
            c.weight -= NO_LOCATION_PENALTY
        key = (c.sentence, c.clause.start if c.clause else None, c.sub.event_type, _loc_key(loc))
        if key in seen_place:
            continue
        if c.sibling and not ("attached" in why or "distance" in why) and c.sub in TERRITORY_SUBS:
            continue  # (a sibling dropped here leaves its place to a second place's own cue attached to it)
        seen_place.add(key)
        if c.sibling and not ("attached" in why or "distance" in why):
            continue  # another cue of the sentence's type: an event of its own only at a place of its own
        if c.own_place and (not ("attached" in why or "distance" in why) or any(
                d.sentence == c.sentence and _loc_key(d.location) == _loc_key(loc) for d in located)):
            continue
        c.location, c.location_why = loc, why
        c.location_in_sentence = "sentence" in why or "distance" in why or "attached" in why or (
            # "حاولت قوات النظام اقتحام المدينة": the place told before, named again by its noun
            "preceding" in why and _place_noun_in(doc, sentence))
        c.day, c.precision, c.date_why = _event_date(doc, c.sentence, c.trigger, dates_in)
        pub = doc.article.published
        if c.day is not None and pub is not None and (pub - c.day).days > HISTORY_DAYS and "in the sentence" in c.date_why:
            # "وشهدت مدينة بنغازي في مايو 2014 اشتباكات عنيفة" in a 2016 story: months before the news,
            # background, not an event of it (ACLED_CODING §1: history)
            c.date_why += f"; {(pub - c.day).days} days before the article: history"
            c.background = True
            c.weight *= OLD_YEAR_FACTOR
        elif c.date_why.startswith("no date phrase") and (year := _old_year_of(doc, c.sentence, old_years)):
            # "... استهدف نقطة تفتيش في مدينة سامراء في 2014" in a 2017 story: a past year, no day: history,
            # not an event of the publication's week
            c.day, c.date_why = None, f"the year {year} only: history, no day"
            c.background = True
            c.weight *= OLD_YEAR_FACTOR
        elif c.date_why.startswith("no date phrase") and (since := _ongoing_since(doc, c)) is not None:
            # "وتشهد البلاد احتجاجات منذ 19 ديسمبر الماضي" in a January story: a wave going on since a day
            # weeks before, no act of the week (ACLED_CODING §1)
            c.date_why += f"; told as going on since {since}: background"
            c.background = True
            c.weight *= OLD_YEAR_FACTOR
        if c.own_place:
            # its clause only: "فيما وقع انفجار بحي الكرامة ... دون وقوع إصابات"
            c.fatalities, c.injured = count_casualties(doc, Span(c.trigger.span.start, sentence.end))
        elif not c.sibling:
            part = c.clause or sentence
            cut = reply_offset(doc, part) if c.trigger.span.start > part.start else None
            if cut is not None and c.trigger.span.start > cut:
                # "قتل شرطيين ... وذلك في رد على هجوم انتحاري": the act answered is told after the cut, its
                # toll is not the answer's
                part = Span(cut, part.end)
            ct = token_at(doc, c.trigger.span.start)
            if (tc := total_clause_start(doc, ct, last_token(doc, part))) is not None \
                    and doc.tokens[tc].span.start > part.start:
                part = Span(part.start, doc.tokens[tc].span.start)   # ("، ليرتفع عدد القتلى إلى 60": the total's)
            c.fatalities, c.injured = count_casualties(doc, part)
            if c.fatalities is None and c.sentence > 0 and c.sentence - 1 not in background_sents:
                # ("استشهد 204 ... منذ 28 يونيو. وقال المراسل إن جميع الشهداء سقطوا ...": not a running total)
                n = count_from_before(doc, sentence, doc.sentences[c.sentence - 1])
                if n is not None:
                    c.fatalities = n
                    c.reasons.append(f"fatalities: {n}, the dead named in the sentence before")
            if c.background and (c.fatalities is not None or c.injured is not None):
                c.reasons.append(f"toll {c.fatalities}/{c.injured} told as a total or background: not this event's")
                c.fatalities = c.injured = None
            if (c.fatalities or 0) >= WAR_TOTAL and WAR_CONTEXT.search(doc.span_text(sentence)):
                # "النزاع الذي أسفر عن مقتل أربعة آلاف شخص": a toll in the thousands is a war's running
                # total, not one event's
                c.weight *= 0.3
                c.reasons.append(f"{c.fatalities} dead is a running total, not one event's toll")
                c.fatalities = None
        c.reasons += [f"place: {why}", f"date: {c.date_why}"]
        located.append(c)
        chain = _coordinated_places(doc, sentence, loc, places_in.get(c.sentence, ()))
        group = [c]
        for p in chain:
            loc2 = geocode.location_of(p.place, precision=loc.geo_precision, gazetteer=resources.gazetteer)
            c2 = Candidate(c.sub, c.weight, c.sentence, c.trigger, c.generic, c.actor1, c.actor2,
                           location=loc2, location_why=f"listed with {loc.name}", day=c.day,
                           precision=c.precision, date_why=c.date_why, reasons=list(c.reasons) +
                           [f"place: '{doc.span_text(p.span)}' listed with {loc.name}"])
            # (told by the same words: as much a report, a background or a clause of its sentence)
            c2.report, c2.background, c2.clause, c2.sibling, c2.own_place, c2.retold = \
                c.report, c.background, c.clause, c.sibling, c.own_place, c.retold
            group.append(c2)
            located.append(c2)
        parts = len(group)
        if parts == 1 and (c.fatalities or c.injured) and _and_other_places(doc, sentence, loc, places_in.get(c.sentence, ())):
            # "غارات ... على مدينة دوما وبلدات أخرى": the toll is a total over places not named; a toll told
            # later for the place itself is its own (_split_toll)
            for attr in ("fatalities", "injured"):
                if getattr(c, attr) is not None:
                    c.reasons.append(f"{attr}: {getattr(c, attr)} told for {loc.name} and other places, split over places not named")
        if parts == 1 and not c.sibling and (c.fatalities or c.injured) \
                and _dual_before(doc, sentence, loc, places_in.get(c.sentence, ())):
            parts = 2
        own = _toll_told_for(doc, sentence, group) if len(group) > 1 and (c.fatalities or c.injured) else None
        if own is not None:
            # "غارات على بلدات معرة النعمان وكفرنبل وحيش، ما أسفر عن مقتل 9 مدنيين في معرة النعمان": the
            # toll is told for one of the places: it is that place's, the others' unknown
            for attr in ("fatalities", "injured"):
                total = getattr(c, attr)
                if total is not None:
                    for k, g in enumerate(group):
                        setattr(g, attr, total if k == own else None)
                        if k == own:
                            g.reasons.append(f"{attr}: {total} told for {g.location.name} itself")
        elif parts > 1:
            # ACLED splits a toll reported for several places evenly, the remainder to the first
            for attr in ("fatalities", "injured"):
                total = getattr(c, attr)
                if total is not None:
                    base, rem = divmod(total, parts)
                    for k, g in enumerate(group):
                        setattr(g, attr, base + (1 if k < rem else 0))
                        g.reasons.append(f"{attr}: {total} split over {parts} places")
    for c in located:
        if c.own_place:
            # the sentence's main event keeps the toll told before the second clause
            sent = doc.sentences[c.sentence]
            for d in located:
                if d.sentence == c.sentence and not d.own_place and not d.sibling \
                        and d.trigger.span.start < c.trigger.span.start and not any("split over" in r for r in d.reasons):
                    d.fatalities, d.injured = count_casualties(doc, Span(sent.start, c.trigger.span.start))
    for c in located:
        if c.sub.event_type is E.STRATEGIC and (c.fatalities or c.injured) and (c.sub is S.ARRESTS or any(
                d.sentence == c.sentence and d.sub.event_type in (E.BATTLES, E.EXPLOSIONS, E.VAC, E.RIOTS)
                for d in located)):
            # "في أعقاب اشتباك ... أسفر عن مقتل 10 واعتقال نحو 300": the toll is the violent event's;
            # an arrest kills no one ("قتلت اثنين واعتقلت 16": the killing is an act of its own)
            c.fatalities = c.injured = None
    if located and _disaster_story(doc):
        for c in located:
            if c.generic and c.trigger.cue in ("@kill", "@injure") and c.actor1 is None \
                    and (c.actor2 is None or c.actor2.actor.kind == "civilians"):
                # "77 شخصا قتلوا في إقليم سيلاكاب" in a story of a tsunami: deaths with no one who
                # killed, in a natural disaster, are no political violence
                c.weight *= 0.2
                c.reasons.append("deaths with no doer in a story of a natural disaster")
    _toll_to_nearest_cue(doc, located, trig_by_sent)
    _tolls_by_clause(doc, located)
    located = _toll_breakdown(doc, located, resources)
    located = _drop_summaries(located, doc)
    located = _drop_restatements(doc, located)
    _apply_gate(doc, located, resources)
    events = _group(doc, located, resources)
    return doc.with_(events=tuple(events))


COARSE_MARKS = ("country only", "admin1 unit", ": region ")


# acts whose doer the next sentence may go on telling of without naming it again
DOER_TYPES = frozenset({E.BATTLES, E.EXPLOSIONS, E.VAC, E.RIOTS})


def _base_name(m: ActorMention) -> str:
    """The actor's name without its country: "Islamic State (Syria)" and "(Turkey)" are one side."""
    return m.actor.name.split(" (")[0]


_OWNED_RE = re.compile(r"^\s*(?:ال)?تابع[ةه]?\s*(?:ل|لـ)?\s*$")


_REPEL_VERBS = frozenset(fold_string(w) for w in """صد صدت صدوا تصدت تصدى تصدوا أحبط أحبطت أحبطوا أفشل أفشلت أفشلوا
كسر كسرت كسروا دحر دحرت دحروا""".split())
# what a repel verb breaks: an attack, the Yemeni "زحف" (a ground assault), an attempt to advance or slip in
_REPELLED_NOUNS = frozenset(fold_string(w) for w in "زحف زحفا الزحف زحوفات هجمة الهجمات".split())
_ATTEMPT_NOUNS = frozenset(fold_string(w) for w in "محاولة محاولات".split())
_ATTEMPTED_MOVES = frozenset(fold_string(w) for w in "تقدم تسلل اقتحام التفاف".split())


# words between an attack noun and its attacker: "هجوما شنته قوات «الحركة الشعبية»"، "هجوما نفذه مسلحو X"
_ATTACKER_LEAD = DOER_RELATIVES | frozenset(fold_string(w) for w in """قوات لقوات عناصر لعناصر مقاتلو مقاتلي لمقاتلي
ميليشيات مليشيات لميليشيات لمليشيات مسلحو مسلحي لمسلحي""".split())


def _attacker_after(doc: Doc, k: int, a1: ActorMention) -> ActorMention | None:
    """The side named right after the attack noun at token k ("هجوما لبوكو حرام"، "هجوما شنه مسلحون من
    X"، "هجوما شنته قوات «الحركة الشعبية»"): the first mention within three words, only carrying-out
    verbs and force words between."""
    starts = {token_at(doc, b.span.start): b for b in doc.actors if b.actor.kind != "civilians" and b is not a1}
    for j in range(k + 1, min(len(doc.tokens), k + 4)):
        if j in starts:
            return starts[j]
        if doc.tokens[j].norm not in _ATTACKER_LEAD:
            return None
    return None


def _attack_noun_after(doc: Doc, trig: TriggerMention) -> int | None:
    """The token of an attack noun within six words after the repel verb t, in its sentence."""
    toks = doc.tokens
    k = token_at(doc, trig.span.start)
    sent = toks[k].sentence
    # (a time between does not count: "صدت قوات الجيش والمقاومة الشعبية، اليوم، هجوما لمليشيا الحوثي")
    return next((j for j in range(k + 1, min(len(toks), k + 7 + dated_tokens(doc, k + 1, k + 7)))
                 if toks[j].sentence == sent and (toks[j].norm in _ATTACK_OBJECTS or toks[j].norm in _REPELLED_NOUNS or (
                     toks[j].norm in _ATTEMPT_NOUNS and j + 1 < len(toks) and toks[j + 1].norm in _ATTEMPTED_MOVES))), None)


def _owned_by(doc: Doc, trig: TriggerMention, m: ActorMention) -> bool:
    """"طائرة حربية تابعة لقوات فجر ليبيا قصفت": the side the aircraft belongs to flew it."""
    return trig.span.end <= m.span.start and bool(_OWNED_RE.match(doc.text[trig.span.end:m.span.start]))


def _state_force(m: ActorMention) -> bool:
    """A state's forces, at home (inter 1) or abroad (inter 8: "آليات الاحتلال" in the West Bank)."""
    return m.actor.inter == 1 or (m.actor.inter == 8 and m.actor.kind == "state")


def _is_coarse(c: Candidate) -> bool:
    return c.location is not None and any(m in c.location_why for m in COARSE_MARKS)


# context-typed cues that may tell a second event of the sentence's type at another place:
# "قتل ... في هجوم بمدينة العريش واشتباك بمدينة السويس"
SIBLING_FAMILIES = {"@attack": (E.BATTLES, E.VAC), "@explosion": (E.EXPLOSIONS,), "@bombard": (E.EXPLOSIONS,)}


_RESULT_WORDS = frozenset(fold_string(w) for w in "أسفر اسفر أسفرت اسفرت أدى ادى أدت ادت".split())
_TOLL_BREAKS = re.compile(r"[،,؛;]|(?:^|\s)(?:فيما|بينما|كما)(?:\s|$)")
_CLAUSE_BREAK = re.compile(r"[،,؛;]\s*(?:و|ف|فيما|بينما|كما|في حين)?")


def _listed_dead(doc: Doc, part: Span) -> bool:
    """The clause lists one more of the dead the sentence announced: it opens on "و" and a singular noun for
    a person ("أعلنت وزارة الصحة استشهاد الشاب A برصاص مستوطن في X، والشاب B برصاص قوات الاحتلال في Y")."""
    k = token_at(doc, part.start)
    while k < len(doc.tokens) and doc.tokens[k].span.end <= part.start:
        k += 1
    if k >= len(doc.tokens) or not doc.tokens[k].span.start < part.end:
        return False
    n = doc.tokens[k].norm
    return n.startswith("وال") and n[3:] in PERSON_NOUNS


def _tolls_by_clause(doc: Doc, located: list) -> None:
    """Two events of one type at two places in one sentence, each told in its own clause with its own
    toll ("قتل أربعة أشخاص بانفجار عبوة ناسفة في بعقوبة، وقتل ستة آخرون بانفجار عبوة مماثلة في الخالص"):
    each keeps its clause's toll (the first had both, the second none)."""
    by_sent: dict[int, list] = {}
    for c in located:
        by_sent.setdefault(c.sentence, []).append(c)
    for si, cs in by_sent.items():
        if len(cs) < 2:
            continue
        cs = sorted(cs, key=lambda c: c.trigger.span.start)
        if len({_loc_key(c.location) for c in cs}) != len(cs) or not all(c.location_in_sentence for c in cs):
            continue   # (two acts of the sentence at two places it names: "قتل ثلاثة جنود في هجوم على حاجز في
            # الشيخ زويد، وقتل اثنان آخران في انفجار عبوة ناسفة في رفح")
        sent = doc.sentences[si]
        text = doc.text
        cuts = []
        for a, b in zip(cs, cs[1:]):
            m = None
            for mm in _CLAUSE_BREAK.finditer(text, a.trigger.span.end, b.trigger.span.start):
                m = mm   # the last break before the next act
            if m is None:
                break
            cuts.append(m.start())
        if len(cuts) != len(cs) - 1:
            continue
        bounds = [sent.start, *cuts, sent.end]
        parts = [Span(bounds[k], bounds[k + 1]) for k in range(len(cs))]
        kills = [any(t.cue in ("@kill", "@injure") and p.contains(t.span) for t in doc.triggers) for p in parts]
        listed = [False] + [not k and kills[0] and _listed_dead(doc, p) for k, p in zip(kills[1:], parts[1:])]
        if not all(k or li for k, li in zip(kills, listed)):
            continue   # one toll told for both: it stays split as before
        tolls = [(1, None) if li else count_casualties(doc, p) for p, li in zip(parts, listed)]
        if not all(f is not None or i is not None for f, i in tolls):
            continue
        for c, (f, i), p in zip(cs, tolls, parts):
            if (c.fatalities, c.injured) != (f, i):
                c.fatalities, c.injured = f, i
                c.reasons.append(f"toll told in its own clause: {f}/{i}")
            if c.actor2 is not None and not p.contains(c.actor2.span):
                # "..، كما قتل خمسة مدنيين في قصف على منازل في بلدة بئر العبد": the other clause's victims are
                # not this act's; the civilians its own clause names are
                own = next((a for a in doc.actors if p.contains(a.span) and a.actor.kind == "civilians"), None)
                if own is not None:
                    c.actor2 = own
                    c.reasons.append(f"actor2 '{own.surface}': the victims its own clause names")


# a toll broken down by place: "قتل 12 شخصا ...، منهم سبعة في بلدة سراقب وخمسة في معرة النعمان"، "قتل 20
# مدنيا، هم ثمانية في حلب وسبعة في إدلب"، "في قصف على دوما حيث قتل 10 أشخاص، وعلى حرستا حيث قتل خمسة"
_PART_PLACE_NOUNS = frozenset(fold_string(w) for w in "مدينة بلدة قرية حي منطقة مخيم ناحية قضاء مديرية محافظة".split())
_PART_WORDS = MORE_WORDS | frozenset(fold_string(w) for w in "منهم منهن أشخاص شخصا مدنيين مدنيا مدنيون قتلى قتيلا".split())
_WHERE = fold_string("حيث")


def _breakdown_parts(doc: Doc, sentence: Span, after: int) -> list[tuple[int, object, int]]:
    """(count, place mention, precision) for each part of a toll told place by place after offset
    `after`: "سبعة في بلدة سراقب"، "وخمسة بحلب"، "في ريف حلب" (precision 2), or "دوما حيث قتل 10 أشخاص"."""
    toks = doc.tokens
    nums = {token_at(doc, n.span.end - 1): n for n in doc.numbers
            if sentence.contains(n.span) and n.kind != "vague" and n.span.start > after}
    parts = []
    for p in doc.places:
        if p.place is None or p.place.lat is None or p.place.kind == "PCLI" or not sentence.contains(p.span) \
                or p.span.start <= after:
            continue
        kp = token_at(doc, p.span.start)
        j, precision = kp - 1, 1
        if toks[kp].span.start < p.span.start and toks[kp].norm[:1] in "بو" and fold_string(doc.span_text(p.span))[:1] != "ب":
            j = kp        # "وثلاثة بحلب": the place's own token carries "ب"
        elif j >= 0 and toks[j].norm.lstrip("و") == fold_string("ريف"):
            j, precision = j - 1, 2
        elif j >= 0 and toks[j].norm in _PART_PLACE_NOUNS:
            j -= 1
        if j < 1 or (j != kp and toks[j].norm not in ("في", "وفي")):
            # "دوما حيث قتل 10 أشخاص": the count after the place
            k = token_at(doc, p.span.end - 1) + 1
            if k + 1 < len(toks) and toks[k].norm.lstrip("و") == _WHERE and toks[k].sentence == toks[kp].sentence:
                n = next((nums[i] for i in range(k + 1, min(len(toks), k + 4)) if i in nums), None)
                if n is not None:
                    parts.append((int(n.value), p, precision))
            continue
        # the count right before "في", or one word of people between ("سبعة أشخاص في")
        n = nums.get(j - 1)
        if n is None and j >= 2 and toks[j - 1].norm in _PART_WORDS:
            n = nums.get(j - 2)
        if n is not None and n.value >= 1:
            parts.append((int(n.value), p, precision))
    return parts


def _toll_breakdown(doc: Doc, located: list[Candidate], resources) -> list[Candidate]:
    """A sentence's toll told place by place, two places or more: one event at each with its own
    count, in place of the sentence's event(s) of that type (ACLED: one event a place)."""
    by_sent: dict[int, list[Candidate]] = {}
    for c in located:
        if c.sub.event_type in (E.BATTLES, E.EXPLOSIONS, E.VAC) and c.fatalities and not c.background:
            by_sent.setdefault(c.sentence, []).append(c)
    if not by_sent:
        return located
    out = list(located)
    for si, cs in by_sent.items():
        sentence = doc.sentences[si]
        kills = [t for t in doc.triggers if sentence.contains(t.span) and t.cue == "@kill"]
        if not kills or any(t.cue == "@injure" and sentence.contains(t.span) for t in doc.triggers):
            continue   # (a count after an injury cue is of the wounded)
        parts = _breakdown_parts(doc, sentence, kills[0].span.end)
        if len(parts) < 2 or len({p.place.id for _, p, _ in parts}) != len(parts):
            continue
        lead = max(cs, key=lambda c: (c.fatalities, -c.trigger.span.start))
        if sum(n for n, _, _ in parts) > max(lead.fatalities, sum(c.fatalities for c in cs)):
            continue   # (the parts must be parts of the toll told)
        drop = {id(c) for c in out if c.sentence == si and c.sub.event_type is lead.sub.event_type}
        out = [c for c in out if id(c) not in drop]
        for n, p, precision in parts:
            loc = geocode.location_of(p.place, precision=precision, gazetteer=resources.gazetteer)
            c2 = Candidate(lead.sub, lead.weight, si, lead.trigger, lead.generic, lead.actor1, lead.actor2,
                           location=loc, location_why=f"a part of the sentence's toll told for '{doc.span_text(p.span)}'",
                           day=lead.day, precision=lead.precision, date_why=lead.date_why,
                           reasons=list(lead.reasons) + [f"fatalities: {n} of the toll told for {loc.name}"])
            c2.report, c2.background, c2.clause = lead.report, lead.background, lead.clause
            c2.location_in_sentence = True
            c2.fatalities = n
            out.append(c2)
    return out


def _second_toll(doc: Doc, h: Candidate, kills: list[int], to: Candidate) -> int | None:
    """Where the second act's toll starts, when the first act's comes as its result clause ("ما أدى
    إلى مقتل 3") and a kill verb after a break ("، فيما قتل 5 آخرون") tells the second act's; None else."""
    k0 = kills[0]
    if not (h.trigger.span.end <= k0 < to.trigger.span.start):
        return None
    lead = fold_between(doc, h.trigger.span.end, k0).split()
    if not any(w in _RESULT_WORDS or w[1:] in _RESULT_WORDS for w in lead):
        return None
    for k in kills[1:]:
        if k >= to.trigger.span.start:
            break
        if _TOLL_BREAKS.search(fold_between(doc, k0, k)) and not _TOLL_BREAKS.search(fold_between(doc, k, to.trigger.span.start)):
            return _clause_start(doc, k0, k)
    return None


def _clause_start(doc: Doc, lo: int, k: int) -> int:
    """The offset just after the last break between lo and the kill verb at k."""
    text = doc.text
    j = max(text.rfind("،", lo, k), text.rfind(",", lo, k))
    return j + 1 if j >= 0 else k


def _split_by_kill_verbs(doc: Doc, si: int, holders: list[Candidate], trig_by_sent: dict) -> bool:
    """"قتل ثلاثة أشخاص في قصف على كفرنبل، فيما قتل مقاتلان في اشتباكات في حلب": two events of one sentence
    holding the same toll, each after a kill verb of its own, take the count of their own part."""
    if len({(c.fatalities, c.injured) for c in holders}) != 1 or any(c.clause is not None for c in holders):
        return False
    kills = sorted(t.span.start for t in trig_by_sent.get(si, ()) if t.cue == "@kill")
    if len(kills) < 2:
        return False
    sent = doc.sentences[si]
    cuts = [sent.start] + kills[1:] + [sent.end]
    part = {id(c): next((k for k in range(len(cuts) - 1) if cuts[k] <= c.trigger.span.start < cuts[k + 1]), None)
            for c in holders}
    if None in part.values() or len(set(part.values())) != len(holders):
        return False
    for c in holders:
        k = part[id(c)]
        c.fatalities, c.injured = count_casualties(doc, Span(cuts[k], cuts[k + 1]))
        c.reasons.append("toll: the part of the sentence after its own kill verb")
    return True


def _toll_to_nearest_cue(doc: Doc, located: list[Candidate], trig_by_sent: dict) -> None:
    """In a sentence telling events at several places, the toll belongs to the event whose cue
    follows the kill verb: "وقتل طفلان في غارة على معرة النعمان، وامرأة وطفلها في قصف على جوزف"."""
    by_sent: dict[int, list[Candidate]] = {}
    for c in located:
        by_sent.setdefault(c.sentence, []).append(c)
    for si, cs in by_sent.items():
        if len({id(c.trigger) for c in cs}) < 2:
            continue
        holders = [c for c in cs if not c.sibling and (c.fatalities is not None or c.injured is not None)]
        if len(holders) > 1 and _split_by_kill_verbs(doc, si, holders, trig_by_sent):
            continue
        kills = sorted(t.span.start for t in trig_by_sent.get(si, ()) if t.cue in ("@kill", "@injure"))
        if len(holders) > 1 and kills:
            # "قتل جنديان في انفجار لغم ...، فيما تواصلت الاشتباكات في منطقة قنفودة": one kill verb, its toll
            # is the act right after it; an act told after "فيما"/"بينما" has none of it
            # ("قتل ثمانية مدنيين وأصيب العشرات جراء قصف ...، في حين تواصلت المواجهات": its kill and injury
            # verbs both told before the first act)
            after = [c for c in holders if c.trigger.span.start > kills[0]]
            keep = min(after, key=lambda c: c.trigger.span.start) if after else None
            if keep is not None and (len(kills) == 1 or kills[-1] < keep.trigger.span.start):
                for c in holders:
                    if c is not keep and c.trigger.span.start > keep.trigger.span.end and \
                            _WHILE_BREAK.search(fold_between(doc, keep.trigger.span.end, c.trigger.span.start)):
                        c.fatalities = c.injured = None
                        c.reasons.append("toll: the kill verb's toll is the act before 'فيما'")
        holders = [c for c in cs if not c.sibling and (c.fatalities is not None or c.injured is not None)]
        if len(holders) != 1 or any("split over" in r for r in holders[0].reasons) or holders[0].clause is not None:
            continue  # (a sentence cut in two keeps each part's toll with it)
        h = holders[0]
        kills = sorted(t.span.start for t in trig_by_sent.get(si, ()) if t.cue in ("@kill", "@injure"))
        if not kills:
            continue
        after = [c for c in cs if c.trigger.span.start > kills[0] and c.sub.event_type is not E.STRATEGIC]
        to = min(after, key=lambda c: c.trigger.span.start) if after else None
        if to is None or to.trigger is h.trigger:
            continue
        cut = _second_toll(doc, h, kills, to)
        if cut is not None:
            # "انفجرت عبوة في الدورة، ما أدى إلى مقتل 3 وإصابة 9، فيما قتل 5 آخرون بانفجار في مدينة الصدر":
            # the result clause is the first act's toll, the kill verb after the break the second's
            sent = doc.sentences[si]
            h.fatalities, h.injured = count_casualties(doc, Span(sent.start, cut))
            to.fatalities, to.injured = count_casualties(doc, Span(cut, sent.end))
            h.reasons.append("toll: the result clause after its cue")
            to.reasons.append("toll: the kill verb after the break")
            continue
        to.fatalities, to.injured, h.fatalities, h.injured = h.fatalities, h.injured, None, None
        to.reasons.append("toll: the cue right after the kill verb is this event's")
    # "وقتل طفلان في غارة على معرة النعمان، وامرأة وطفلها في قصف على جوزف": a later clause opens
    # with its own victims of the same kill verb
    for si, cs in by_sent.items():
        kills = sorted(t.span.start for t in trig_by_sent.get(si, ()) if t.cue == "@kill")
        if not kills or len({id(c.trigger) for c in cs}) < 2:
            continue
        sentence = doc.sentences[si]
        for c in cs:
            if c.fatalities is not None or c.trigger.span.start < kills[0]:
                continue
            head = doc.text[sentence.start:c.trigger.span.start]
            cut = max(head.rfind("،"), head.rfind(","))
            if cut < 0 or sentence.start + cut < kills[0]:
                continue
            n = count_leading_group(doc, Span(sentence.start + cut + 1, c.trigger.span.start))
            if n:
                c.fatalities = n
                c.reasons.append(f"fatalities: {n} named at the head of its clause")


def _drop_summaries(cands: list[Candidate], doc: Doc | None = None) -> list[Candidate]:
    """Drop a round-up told of a whole country or province when the article also tells its parts.

    "تفجيرات في أنحاء العراق أدت الى مقتل 32 شخصا" followed by the bombings in two Baghdad districts
    and two towns: ACLED codes the four events, not a fifth one at the capital, and the round-up's
    total must not become the toll of the first specific event. A toll at least as large as each of
    two or more tolls of the same event type at distinct places inside the round-up's area, told in
    other sentences, makes it a summary.
    """
    out = []
    for c in cands:
        if _vague_place(c) and c.fatalities and any(
                d is not c and d.sentence == c.sentence and d.sub.event_type is not c.sub.event_type
                and d.fatalities == c.fatalities and _vague_place(d) for d in cands):
            # "قتل 27 شخصا على الأقل في معارك وغارات في اليمن": one toll of a country's fights and strikes
            # together, no event of either
            continue
        if _is_coarse(c) and c.fatalities:
            inside = {_loc_key(d.location) for d in cands
                      if d.sentence != c.sentence and d.sub.event_type is c.sub.event_type
                      and d.fatalities is not None and d.fatalities <= c.fatalities
                      and d.location_in_sentence and not _is_coarse(d) and d.location.latitude is not None
                      and d.location.iso == c.location.iso
                      and ("country only" in c.location_why or d.location.admin1 == c.location.admin1)}
            if len(inside) >= 2:
                continue
        if c.fatalities and doc is not None and ROUNDUP_RE.search(fold_between(doc, doc.sentences[c.sentence].start, doc.sentences[c.sentence].end)):
            # "قتل 21 عراقيا في بغداد ومحيطها في هجمات وتفجيرات جديدة في الساعات الـ24 الماضية" and then
            # the bombings one by one: the day's round-up in the town is no event of its own
            parts = {(d.sentence, d.location.geonameid) for d in cands
                     if d.sentence != c.sentence and d.sub.event_type is c.sub.event_type
                     and (d.fatalities is not None or d.injured is not None) and (d.fatalities or 0) <= c.fatalities
                     and d.location.latitude is not None
                     and (d.location.geonameid == c.location.geonameid or _same_town(d.location, c.location)
                          or _quarter_of(d.location, c.location) or _in_town(d.location, c.location))}
            if len(parts) >= 2:
                continue
        out.append(c)
    return out


_ROSE_RE = re.compile(r"(?:^|\s)[وف]?(?:ارتفعت|ارتفع|بلغت|وصلت)\s+(?:\S+\s+){0,4}?(?:الي|حتي)\s"
                      r"|(?:^|\s)(?:حصيله|عدد)\s+(?:\S+\s+){0,6}?(?:ارتفعت|ارتفع)\s")
_GUESS_RE = re.compile(r"(?:^|\s)(?:قد|ربما)\s+(?:ترتفع|يرتفع|تصل|يصل|تتجاوز|يتجاوز)|مرشحه|(?:^|\s)يتوقع|(?:^|\s)يخشي|مرجح")


def _toll_rose_in(doc: Doc, si: int) -> bool:
    """Sentence si tells the toll rose to a figure ("ارتفعت حصيلة القتلى ... إلى 15"), not that it may."""
    sp = doc.sentences[si]
    text = doc.folded[doc.offsets.to_folded(sp.start):doc.offsets.to_folded(sp.end)]
    if _GUESS_RE.search(text) is not None:
        return False
    if _ROSE_RE.search(text) is not None:
        return True
    # "ورفعت مصادر طبية حصيلة القتلى إلى 60"، "أعلن ... ارتفاع عدد القتلى إلى 60"
    toks = [t for _, t in _tokens_of(doc, si)]
    return toll_rise(toks, numbers_by_token(doc, toks)) is not None


def _tokens_of(doc: Doc, si: int) -> list[tuple[int, Token]]:
    """(index, token) of sentence si's tokens, for one sentence (`_sentence_tokens` reads them all)."""
    sp = doc.sentences[si]
    lo = token_at(doc, sp.start)
    return [(k, t) for k, t in enumerate(doc.tokens[lo:token_at(doc, sp.end - 1) + 1], lo) if t.sentence == si]


def _vague_place(c: Candidate) -> bool:
    """Placed at a country, a province or a region, or only where the story was filed."""
    return _is_coarse(c) or (c.location is not None and "dateline's place only" in c.location_why)


ROUNDUP_TOWN_KM = 15.0


def _in_town(part: Location, town: Location) -> bool:
    """A place of its own (a quarter GeoNames lists apart: "الشعب" in Baghdad) within 15 km of the
    round-up's town, told with the town at the town's precision."""
    if town.geo_precision != 1 or part.latitude is None or town.latitude is None or part.iso != town.iso:
        return False
    return _distance_km(part.latitude, part.longitude, town.latitude, town.longitude) <= ROUNDUP_TOWN_KM


ROUNDUP_RE = re.compile(r"(في|ب|جراء) ?(سلسله )?(هجمات|تفجيرات|اعمال عنف)|الساعات (ال)? ?ـ? ?24|(خلال|في) (ال)?24 ساعه"
                        r"|الساعات الاربع والعشرين|الاربع والعشرين ساعه")


_PLACE_NOUNS = frozenset(f"{p}{w}" for w in (fold_string(x) for x in "المدينة البلدة القرية المخيم".split())
                         for p in ("", "و", "ب", "وب", "ف")) | frozenset(
    f"{p}لل{w[2:]}" for w in (fold_string(x) for x in "المدينة البلدة القرية المخيم".split()) for p in ("", "و"))


def _place_noun_in(doc: Doc, sentence: Span) -> bool:
    """The sentence names a place by its definite noun alone ("اقتحام المدينة", "داخل البلدة"، "للمدينة";
    "مدينة داريا" has no article: a name follows it)."""
    toks = doc.tokens
    for j in range(token_at(doc, sentence.start), len(toks)):
        if toks[j].span.start >= sentence.end:
            break
        if toks[j].norm in _PLACE_NOUNS:
            return True
    return False


def _headline_sentence(doc: Doc) -> int | None:
    """Index of the headline sentence: the text's first line when it is short and on its own."""
    nl = doc.text.find("\n")
    if 0 < nl <= 200 and doc.sentences and doc.sentences[0].end <= nl + 1 \
            and not doc.text[:nl].rstrip().endswith((".", "۔", "!", "؟", "?")):
        return 0  # a lead sentence ends with a full stop; a headline does not
    return None


def _within_area(c: Candidate, d: Candidate) -> bool:
    """d's place lies inside c's coarse area: the same country, and the same province for a province."""
    if d.location.iso is None or d.location.iso != c.location.iso:
        return False
    return "admin1 unit" not in c.location_why or d.location.admin1 == c.location.admin1


def _point(loc: Location) -> tuple | None:
    """The location's point to about a kilometre (a place and its container's fallback coincide)."""
    return None if loc.latitude is None else (round(loc.latitude, 2), round(loc.longitude or 0, 2))


def _drop_restatements(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Drop vaguer retellings of an event the article tells with a precise place.

    The headline "غارات أميركية جنوب شرقي سرت" restates the body's strikes "160 كيلومترا جنوب شرقي
    سرت": when the body tells an event of the same type with a place of its own, the headline's event
    is that one. Likewise "السيطرة على منطقة استراتيجية في غرب ليبيا" after "سيطر التنظيم على أبو قرين":
    a country, province or region-wide event of the same sub-event type as a precise one inside it,
    on the same day (or undated), is the same event told loosely.
    """
    head = _headline_sentence(doc)
    precise = [d for d in cands if d.location_in_sentence and not _is_coarse(d) and d.location.latitude is not None]
    out = []
    for c in cands:
        same = [d for d in precise if d is not c and d.sentence != c.sentence and d.sub.event_type is c.sub.event_type
                and _point(c.location) != _point(d.location)]
        into = None
        if head is not None and c.sentence == head:
            # (the body's telling at the headline's own point first: "مقتل 8 في تفجير انتحاري بمسجد" is
            # the lead's bombing, not the earlier one a later paragraph recalls)
            # (or at its point told as a province: "على جازان" then "في منطقة جازان", the province at its capital)
            body = [d for d in cands if d is not c and d.sentence != head and d.sub.event_type is c.sub.event_type
                    and d.location_in_sentence and d.location.latitude is not None]
            into = next((d for d in body if _point(c.location) == _point(d.location)), None) \
                or next((d for d in same if d.sentence != head and (d.sub is c.sub or _within_area(c, d))), None)
            if into is None and c.generic and c.sub.event_type in _VIOLENT and c.fatalities is not None:
                # "هجوم لبوكو حرام يقتل 30": an attack told only by its toll, whose victims the lead names
                # ("مسلحين ... قتلوا 30 شخصا"): the lead's event, whatever its type
                into = next((d for d in precise if d.sentence != head and d.sub.event_type in _VIOLENT
                             and d.fatalities == c.fatalities), None)
        if into is None and _is_coarse(c):
            into = next((d for d in same if d.sub is c.sub and _within_area(c, d) and
                         (d.day is None or c.day is None or d.day == c.day)), None)
        if into is None:
            out.append(c)
            continue
        # the precise telling carries the event: it keeps the loose one's strength and details
        into.weight = max(into.weight, c.weight)
        into.extra_sentences.append(c.sentence)
        if into.fatalities is None and c.fatalities is not None:
            into.fatalities, into.injured = c.fatalities, into.injured if into.injured is not None else c.injured
        if into.actor1 is None and c.actor1 is not None:
            into.actor1 = c.actor1
        if into.actor2 is None and c.actor2 is not None and c.actor2 is not into.actor1:
            into.actor2 = c.actor2
        into.reasons.append(f"also told, less precisely, in sentence {c.sentence + 1} ({c.location.name})")
    return out


_VIOLENT = (E.BATTLES, E.EXPLOSIONS, E.VAC)
TERRITORY_SUBS = frozenset({S.GOV_REGAINS, S.NSA_OVERTAKES})
GATE_CLASS = {E.BATTLES: "assault", E.EXPLOSIONS: "assault", E.VAC: "assault",
              E.PROTESTS: "protest", E.RIOTS: "protest"}


def _reported_act(doc: Doc, c: Candidate) -> bool:
    """The act opens a report's complement, its named doer right after "إن"/"أن" and its verb right
    after the doer: "قالت مصادر أمنية إن تنظيم داعش أعدم 40 مدنيا"."""
    a = c.actor1
    if a is None or not doc.sentences[c.sentence].contains(a.span):
        return False
    if a.actor.kind in GENERIC_KINDS and not (
            # ("أعلن المتحدث العسكري أن عناصر إرهابية هاجمت صباح اليوم 5 كمائن بالشيخ زويد، ما أسفر عن
            # استشهاد 17 جندياً": gunmen unnamed, the state's own dead counted)
            c.fatalities and c.actor2 is not None and c.actor2.actor.kind == "state"):
        return False
    k = token_at(doc, a.span.start)
    return k > 0 and doc.tokens[k - 1].norm in ("ان", "وان") \
        and token_at(doc, c.trigger.span.start) == token_at(doc, a.span.end - 1) + 1


_ANNOUNCE_VERBS = frozenset(fold_string(w) for w in "أعلن أعلنت اعلن اعلنت".split())
# the verbs that tell news by their "ب" ("أفادت مصادر طبية باستشهاد امرأة"، "ذكر مصدر محلي بمقتل ...")
_TELL_BY_VERBS = frozenset(fold_string(w) for w in "أفاد أفادت افاد افادت".split())
# ... and by their "إلى" ("أشار المصدر إلى استشهاد طفل")
_TELL_TO_VERBS = frozenset(fold_string(w) for w in "أشار أشارت اشار اشارت".split())


_DEATH_NEWS = frozenset(fold_string(w) for w in "مقتل استشهاد مصرع".split())


def _announced_deaths(doc: Doc, c: Candidate) -> bool:
    """The deaths are the object of an announcement opening the sentence, its speaker between: "أعلن
    المتحدث العسكري مقتل 15 تكفيريا"، "أفاد مصدر محلي باستشهاد طفل"."""
    k = token_at(doc, c.trigger.span.start)
    start = body_start(doc, c.sentence)
    if c.trigger.cue != "@kill" and doc.tokens[k].norm in SHOT_BY:
        # "أعلنت وزارة الصحة استشهاد الشاب محمد شرف (17 عاما) برصاص مستوطن": the deaths announced, the fire
        # that caused them told after the dead
        k = next((j for j in range(start + 1, min(k, start + 5))
                  if doc.tokens[j].norm.removeprefix("ب") in _DEATH_NEWS), -1)
    elif c.trigger.cue != "@kill":
        return False
    if not start < k <= start + 4:
        return False
    verb = doc.tokens[start].norm.lstrip("و")
    return verb in _ANNOUNCE_VERBS or (verb in _TELL_BY_VERBS and doc.tokens[k].norm.startswith("ب")) \
        or (verb in _TELL_TO_VERBS and doc.tokens[k - 1].norm == "الي")


def _apply_gate(doc: Doc, cands: list[Candidate], resources) -> None:
    """Weigh each candidate by the learned gate's belief that its sentence reports such an event.

    Below the gate's threshold the rule weight shrinks in proportion (a sentence the gate finds
    unlike a report needs strong cues and details to stay); above it the weight is kept.
    """
    gate = getattr(resources, "gate", None)
    if gate is None or not cands:
        return
    need = sorted({c.sentence for c in cands if c.sub.event_type in GATE_CLASS})
    if not need:
        return
    texts = []
    for si in need:
        sp = doc.sentences[si]
        start = sp.start
        head = DATELINE_RE.match(doc.text, sp.start, min(sp.end, sp.start + 60))
        if head is not None and any(ch in head.group() for ch in "(-–—"):
            # "الجزائر (أ ف ب) - خرج ...": the dateline and its agency are no words of the report (the
            # gate would weigh the agency's name)
            start = head.end()
        texts.append(doc.folded[doc.offsets.to_folded(start):doc.offsets.to_folded(sp.end)])
    scores = dict(zip(need, gate.score_many(texts)))
    riot_sents = {c.sentence for c in cands if c.sub.event_type is E.RIOTS}
    for c in cands:
        cls = GATE_CLASS.get(c.sub.event_type)
        if cls is None:
            continue
        p = scores[c.sentence][cls]
        t = gate.thresholds[cls]
        if (c.sub.event_type is E.RIOTS or c.sub is S.EXCESSIVE_FORCE) and c.precision <= 2 and c.location_in_sentence:
            # a riot is violence as much as a protest: whichever the gate believes more ("اندلعت مواجهات
            # بين الشرطة ومحتجين ... أسفرت عن إصابة عشرة من عناصر الأمن"), placed in its sentence and dated
            # to the day or the week ("والشهر الماضي، قتل 10 ... في مواجهات": a past month's, told in passing)
            pa, ta = scores[c.sentence]["assault"], gate.thresholds["assault"]
            if pa / ta > p / t:
                cls, p, t = "assault", pa, ta
        if p < t:
            # The gate learnt "an attack on people was reported"; battles over ground told with an
            # explicit cue (clashes, taking a town) are weaker evidence for it, so it weighs less there.
            floor = GATE_FLOOR_BATTLES if (c.sub.event_type is E.BATTLES and not c.generic) else GATE_FLOOR
            if c.sub in TERRITORY_SUBS:
                floor = GATE_FLOOR_TERRITORY
            if c.location_in_sentence and c.location is not NO_LOCATION and not c.background and (
                    (not c.generic and (
                        ((c.fatalities or c.injured or (_named_doer(doc, c) and c.sub not in TERRITORY_SUBS)
                          # "واصلت طائرات تحالف «عاصفة الحزم» ... ضرباتها الجوية على مواقع ميليشيات الحوثي في
                          # صنعاء ... فجر أمس": strikes on a named armed side's sites
                          or (c.sub is S.AIR_STRIKE and c.actor2 is not None
                              and c.actor2.actor.kind in ("rebel", "militia", "state", "external")))
                         and c.precision == 1 and "in the sentence" in c.date_why)
                        # "قالت مصادر أمنية إن تنظيم داعش أعدم 40 مدنيا في مدينة الموصل": the lead's act with
                        # its named doer, its dead and its town, dated by the article
                        or (c.fatalities and c.location.geo_precision <= 2 and _reported_act(doc, c)
                            and c.sentence in _lead_sentences(doc) and c.date_why.startswith("no date phrase"))
                        # "لكن مقاتلي المعارضة تصدوا لها وقتلوا ستة من عناصرها": a fight between two named
                        # sides close to its cue, with its toll, its day told before
                        or (c.sub.event_type is E.BATTLES and c.fatalities
                            and _named_side(doc, c.actor1, c.sentence, c.trigger)
                            and _named_side(doc, c.actor2, c.sentence, c.trigger))
                        or _opening_act(doc, c) or _opening_riot(doc, c) or _riot_between(doc, c)
                        # "هاجم جنود الاحتلال المشاركين في المسيرة الأسبوعية في قرية بلعين اليوم": the state's
                        # force named against the protest, its town and day told with it
                        # (not when the sentence tells the crowd rioting: "اشتبك آلاف المتظاهرين مع قوات الأمن
                        # ...، وأطلقت الشرطة الغاز المسيل للدموع" is one riot)
                        or (c.sub in (S.PROTEST_INTERVENTION, S.EXCESSIVE_FORCE) and c.precision == 1
                            and c.sentence not in riot_sents
                            and "in the sentence" in c.date_why and any(
                                a is not None and a.actor.kind == "state" and doc.sentences[c.sentence].contains(a.span)
                                for a in (c.actor1, c.actor2)))))
                    # "هاجم مسلحون من حركة الشباب قاعدة لقوات الاتحاد الأفريقي في بلدة جنالي": an attack verb
                    # opening the sentence, its doer and its target named
                    # (or its target a state force, its doer unnamed: "تعرضت دورية للجيش اللبناني لإطلاق نار")
                    # (or settlers: "طعن شاب فلسطيني مستوطنا قرب مستوطنة كريات أربع أمس")
                    or (c.generic and (c.actor2 is not None and (c.actor1 is not None or c.actor2.actor.kind == "state"
                                                                 or _settlers(c.actor2))
                                       # (or its target a post of the state's forces, which hold it: "هاجم
                                       # مسلحون 5 ارتكازات أمنية بالشيخ زويد صباح اليوم")
                                       or c.actor1 is not None and c.sub is S.ARMED_CLASH
                                       and security_site(doc, c.trigger) is not None)
                        and _opening_act(doc, c))
                    # (or a village its target: "هاجم مستوطنون قرية عوريف جنوبي نابلس")
                    or (c.generic and _village_attacked(doc, c) and _opening_act(doc, c))
                    # "أعلن المتحدث العسكري أن قوات الجيش قتلت 15 تكفيريا في الشيخ زويد أمس": the act opens the
                    # report's complement, its doer, its dead, its town and its day told
                    # (or the deaths announced: "أعلن المتحدث العسكري مقتل 15 تكفيريا في مداهمات للجيش بمدينة ...")
                    or (c.generic and c.fatalities and c.actor2 is not None and c.location.geo_precision <= 2
                        and c.precision == 1 and "in the sentence" in c.date_why
                        and (_reported_act(doc, c) or _announced_deaths(doc, c)))
                    # "أفاد مصدر محلي باستشهاد طفل بنيران قناصة في مدينة حيس": the lead's announced deaths,
                    # their town told, dated by the article
                    # (or opening a paragraph of a round-up: "وفي الحديدة، أفاد مصدر محلي باستشهاد طفل ...")
                    # (or its place a side of a named town: "... برصاص قناص إسرائيلي شرق بلدة خزاعة")
                    or ((c.generic or doc.tokens[token_at(doc, c.trigger.span.start)].norm in SHOT_BY)
                        and c.fatalities and c.actor2 is not None and (c.location.geo_precision == 1 or (
                            c.location.geo_precision == 2 and c.location_why.startswith("distance ")))
                        and (c.sentence in _lead_sentences(doc) or _opens_paragraph(doc, c.sentence))
                        and (_dated_by_the_article(doc, c) or _dated_by_the_lead(doc, c)) and _announced_deaths(doc, c))
                    # "اتهمت السلطات حركة العدل والمساواة بقصف بلدة كتم، ما أسفر عن مقتل تسعة مدنيين": a
                    # body blaming a named side, in the sentence's first word, for an act with its toll
                    or (not c.generic and c.fatalities and c.location.geo_precision == 1 and _named_doer(doc, c)
                        and doc.tokens[body_start(doc, c.sentence)].norm in ACCUSE_WORDS)
                    # "أصيبوا في انفجار وقع اليوم الاثنين أمام محكمة في شمال شرق القاهرة": a blast with its
                    # toll, its day and its place in one sentence
                    or (c.generic and c.trigger.cue == "@explosion" and (c.fatalities or c.injured)
                        and c.precision == 1 and "in the sentence" in c.date_why)
                    # "وارتفعت حصيلة ضحايا التفجير الانتحاري الذي استهدف مسجدا في مدينة كويتا إلى 22 قتيلا":
                    # the act's toll updated in the sentence's first words, its place told with it
                    # (or its day told with it, in a province: "أعلنت الحكومة ارتفاع حصيلة الهجوم الذي استهدف
                    # أمس موقعا للجيش ... بولاية ميناكا إلى 53 قتيلا")
                    or (c.fatalities and (c.location.geo_precision == 1 or (
                        c.precision == 1 and "in the sentence" in c.date_why)) and _rising_toll_of(doc, c))
                    # "ارتكب طيران النظام مجزرة في حي الشعار بحلب اليوم راح ضحيتها 20 مدنيا": a massacre its
                    # named doer committed, its toll, its town and its day told with it
                    or (c.fatalities and c.actor1 is not None and c.actor1.actor.kind != "unidentified"
                        and c.location.geo_precision == 1 and c.precision == 1 and "in the sentence" in c.date_why
                        and _massacre_told(doc, c.sentence))
                    # "أعلنت حركة طالبان مسؤوليتها عن الهجوم على معسكر للجيش في مدينة قندوز": a named group
                    # claims the act told with its target and town
                    or (_claimed_here(doc, c) and c.location.geo_precision == 1)):
                # an explicit cue told with its own place, day and toll or named doer ("أعدم التنظيم ثلاثة
                # أشخاص في مدينة الموصل", "شنت طائرات التحالف غارات على مواقع للحوثيين في صنعاء أمس"), or
                # opening the sentence with its doer or victims ("اختطف مسلحون مجهولون أربعة عمال قرب ..."):
                # the details are evidence the word-bag gate does not weigh
                floor = max(floor, GATE_FLOOR_DETAILED)
            if c.report or (c.location_in_sentence and not c.background and _fallen_weapon(doc, c)):
                # the rules alone are sure: a protest verb and its crowd open the sentence, or a weapon's fall
                # on a place
                floor = GATE_FLOOR_REPORT
            f = floor + (1 - floor) * (p / t)
            c.weight *= f
            c.reasons.append(f"gate: {cls} {p:.2f} < {t:.2f}, weight ×{f:.2f}")
        else:
            c.reasons.append(f"gate: {cls} {p:.2f} ≥ {t:.2f}")


# a massacre committed: "ارتكب الطيران الحربي مجزرة جديدة"، "مجزرة ارتكبتها قوات الاحتلال"
_MASSACRE_RE = re.compile(r"(?:^|\s)[وف]?(?:ارتكب|ارتكبت|ارتكبوا|ارتكبها|ارتكبتها)\s+(?:\S+\s+){0,4}?(?:مجزره|مجازر)"
                          r"|(?:^|\s)(?:ال)?(?:مجزره|مجازر)\s+(?:التي\s+|الذي\s+)?(?:ارتكبها|ارتكبتها|ارتكبوها)(?:\s|$)")


def _massacre_told(doc: Doc, si: int) -> bool:
    """Sentence si tells a massacre committed (`_MASSACRE_RE`)."""
    sp = doc.sentences[si]
    return _MASSACRE_RE.search(doc.folded, doc.offsets.to_folded(sp.start), doc.offsets.to_folded(sp.end)) is not None


def _dated_by_the_article(doc: Doc, c: Candidate) -> bool:
    """No date phrase for the act, or only one that names the publication day itself ("خلال الـ24 ساعة
    الماضية" of a bulletin)."""
    return c.date_why.startswith("no date phrase") or (
        c.precision == 1 and c.day is not None and c.day == doc.article.published)


def _dated_by_the_lead(doc: Doc, c: Candidate) -> bool:
    """The act has no day of its own and its day is the one the lead tells ("استشهد ثلاثة شبان، الجمعة، خلال
    مواجهات ..." then "وأعلنت وزارة الصحة استشهاد الشاب ..."): a date phrase of a lead sentence before it."""
    if c.day is None or "in the sentence" in c.date_why:
        return False
    lead = [si for si in _lead_sentences(doc) if si < c.sentence]
    return any(d.value == c.day and doc.sentence_of(d.span) in lead for d in doc.dates)


MAIN_CUE_WEIGHT = 0.5
TYRE_LEMMAS = frozenset(fold_string(w) for w in ("الإطارات المشتعلة", "إطارات مشتعلة", "الإطارات المطاطية المشتعلة",
                                                 "الإطارات المحترقة", "إطارات محترقة", "الإطارات المحروقة",
                                                 "الإطارات المطاطية المحترقة", "المتاريس"))

# "هاجمت قوات الجيش الليبي مواقع لمجلس شورى مجاهدي درنة": an attack verb whose object is a military site
# is a report of an assault, toll or not ("هاجم الوزير المعارضة": a verbal attack, has none)
_ATTACK_VERBS = tuple(fold_string(w) for w in "هاجم هاجمت هاجموا يهاجم تهاجم يهاجمون".split())
# an attack named by its noun: what "نفذ/شن" carry out, what "صد/تصدى" repel
_ATTACK_OBJECTS = frozenset(fold_string(w) for w in "هجوما هجوم لهجوم الهجوم هجمات لهجمات".split())
_LAUNCH_VERBS = CARRYING_OUT | frozenset(fold_string(w) for w in "شن شنت شنوا".split())
# the Egyptian checkpoints of Sinai ("هاجمت عناصر إرهابية 5 كمائن بالشيخ زويد"): the word for an ambush, only
# after an attack verb as its object, is a post of the army
_CHECKPOINTS = frozenset(fold_string(w) for w in "كمين كمينا كمائن ارتكاز ارتكازا ارتكازات".split())
_MILITARY_SITES = frozenset(fold_string(w) for w in """مواقع موقع موقعا معسكر معسكرا معسكرات ثكنة ثكنات حاجز حاجزا
حواجز نقطة نقاط مقر مقرا مقرات تمركزات تجمعات قاعدة قواعد مخفر مخفرا كتيبة مركز مركزا مراكز دورية دوريه دوريات
قافلة قافله رتلا رتل""".split()) | _CHECKPOINTS


# "حاجزا أمنيا"، "مقرا أمنيا"، "مخفرا للشرطة"، "ثكنة عسكرية": a post held by the police or by the army
_POST_NOUNS = frozenset(fold_string(w) for w in """حاجز حاجزا نقطة نقطه نقاط مقر مقرا مقرات مركز مركزا مراكز مخفر
مخفرا ثكنة ثكنه ثكنات معسكر معسكرا قاعدة قاعده دورية دوريه موكب""".split()) | _CHECKPOINTS
_POLICE_POST_WORDS = frozenset(fold_string(w) for w in "أمني أمنيا أمنية أمنيه أمنيين أمنيتين للأمن للشرطة".split())
_ARMY_POST_WORDS = frozenset(fold_string(w) for w in "عسكري عسكريا عسكرية عسكريه عسكريين عسكريتين للجيش".split())
_OWN_POSTS = {fold_string("مخفر"): "police", fold_string("مخفرا"): "police", fold_string("ثكنة"): "army",
              fold_string("ثكنه"): "army", fold_string("ثكنات"): "army", fold_string("معسكر"): "army",
              fold_string("معسكرا"): "army", **dict.fromkeys(_CHECKPOINTS, "army")}


def security_site(doc: Doc, trig: TriggerMention) -> tuple[str, str] | None:
    """(the words, "police" or "army") of a post named as an attack cue's object within three words
    after it: "هاجم مسلحون حاجزا أمنيا" → police, "ثكنة عسكرية" → army; None if none is."""
    k = token_at(doc, trig.span.start)
    toks = doc.tokens
    si = toks[k].sentence
    # (the doer's long name may stand between: "هاجم مسلحون من ولاية غرب أفريقيا التابعة لتنظيم الدولة
    # قاعدة عسكرية"; a place word ends the search)
    for j in range(k + 1, min(len(toks), k + 11)):
        if toks[j].sentence != si or toks[j].norm in ("في", "علي", "على", "قرب", "داخل"):
            return None
        n = toks[j].norm.lstrip("و")
        if n not in _POST_NOUNS:
            continue
        for q in range(j + 1, min(len(toks), j + 3)):
            if toks[q].sentence != si:
                break
            m = toks[q].norm
            if m in _POLICE_POST_WORDS or m in _ARMY_POST_WORDS:
                words = doc.article.text[toks[j].span.start:toks[q].span.end]
                return words, "police" if m in _POLICE_POST_WORDS else "army"
            if m != fold_string("تفتيش"):
                break
        if n in _OWN_POSTS:
            return doc.span_text(toks[j].span), _OWN_POSTS[n]
        return None
    return None


_SMALL_ARMS = frozenset(fold_string(w) for w in """الرشاشة رشاشة الرشاشات رشاشات الخفيفة خفيفة المتوسطة متوسطة
الرصاص بالرصاص الرصاص الحي الذخيرة البنادق بنادق بالبنادق الكلاشنكوف""".split())


def _ground_assault_weapon(doc: Doc, attack: TriggerMention, shell: TriggerMention) -> bool:
    """The shells are one of the weapons ("ب...") of an assault verb told before them, with small arms
    beside them: "هاجم مسلحون مقرا أمنيا بالأسلحة الرشاشة والقذائف الصاروخية"، "بقذائف آر بي جي والأسلحة
    الخفيفة": a ground attack (ACLED: shelling is fire from a distance)."""
    if not fold_string(doc.span_text(attack.span)).lstrip("وف").startswith(_ATTACK_VERBS):
        return False
    a, k = token_at(doc, attack.span.start), token_at(doc, shell.span.start)
    toks = doc.tokens
    if not 0 < k - a <= 14 or toks[a].sentence != toks[k].sentence:
        return False
    if not any(toks[j].norm.startswith("ب") for j in range(a + 1, k + 1)):
        return False
    return _small_arms_beside(toks, a, k)


def _small_arms_beside(toks, a: int, k: int) -> bool:
    """Small arms named beside the shells at token k (after the act's cue at a): "بالأسلحة الرشاشة
    والقذائف الصاروخية"، "القذائف الصاروخية والأسلحة الرشاشة"."""
    return any(toks[j].norm.lstrip("وب") in _SMALL_ARMS or toks[j].norm in _SMALL_ARMS
               for j in range(max(a + 1, k - 4), min(len(toks), k + 6)) if toks[j].sentence == toks[k].sentence)


_USE_VERBS = frozenset(fold_string(w) for w in """استخدم استخدمت تستخدم يستخدم استخدموا استعمل استعملت تستعمل يستعمل
استعملوا""".split())


def _clash_weapon(doc: Doc, clash: TriggerMention, shell: TriggerMention) -> bool:
    """The shells are a weapon of the fighting told before them in the sentence: used in it ("اندلعت
    المواجهات ... وتستخدم فيها القذائف الصاروخية"، "استخدمت فيها") or named with small arms
    ("اشتباكات بالأسلحة الرشاشة والقذائف"): one battle (ACLED_CODING §1), no shelling of its own."""
    a, k = token_at(doc, clash.span.start), token_at(doc, shell.span.start)
    toks = doc.tokens
    if not 0 < k - a <= 40 or toks[a].sentence != toks[k].sentence:
        return False
    if any(toks[j].norm.lstrip("وف") in _USE_VERBS for j in range(max(a + 1, k - 3), k)):
        return True
    return _small_arms_beside(toks, a, k)


_SEIZED_GOODS = frozenset(fold_string(w) for w in """أسلحة اسلحة الأسلحة ذخائر الذخائر ذخيرة الذخيرة عربات العربات
آليات اليات الآليات سيارات السيارات سيارة مدرعات المدرعات دبابات الدبابات دبابة أموال اموال الأموال معدات المعدات
عتاد العتاد شحنة شحنات شاحنات الشاحنات كميات كمية مخازن مخزن أجهزة""".split())
_DRIVEN_OUT = frozenset(fold_string(w) for w in """عائلات العائلات عائلة أسر الأسر سكان السكان الأهالي أهالي اهالي
الطاقم طاقم موظفي موظفين الموظفين العاملين عمال العمال المدنيين مدنيين صحفيين الصحفيين المزارعين مزارعين
التجار تجار النازحين نازحين اللاجئين لاجئين المصلين مصلين الطلاب طلاب""".split())


def _goods(norm: str) -> bool:
    """A seized thing's word, bare or with its owner's pronoun: "أسلحة"، "أسلحتهم"، "آلياته"."""
    if norm in _SEIZED_GOODS:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) > len(suffix) + 2:
            base = norm[:-len(suffix)]
            return base in _SEIZED_GOODS or (base.endswith("ت") and base[:-1] + "ه" in _SEIZED_GOODS)
    return False


_SEIZE_STEMS = tuple(fold_string(w) for w in ("استولى", "استولت", "استولوا", "الاستيلاء", "استيلاء"))
_EXPEL_STEMS = tuple(fold_string(w) for w in ("طرد", "طردت", "طردوا"))


def _withdrawn_to(doc: Doc, t: TriggerMention) -> bool:
    """A withdrawal told by where it went ("انسحب الجنود إلى قاعدة بلد الجوية"), with no "من" (from) of
    a place left before that "إلى"."""
    k = token_at(doc, t.span.start)
    toks = doc.tokens
    if not toks[k].norm.lstrip("وف").startswith(WITHDRAW_STEM):
        return False
    si = toks[k].sentence
    for j in range(k + 1, min(len(toks), k + 6)):
        if toks[j].sentence != si:
            return False
        n = toks[j].norm
        if n in ("من", "منها", "منه") or n.startswith("من") and len(n) <= 5 and n not in ("منطقه",):
            return False
        if n in ("الي", "إلى", "نحو", "باتجاه"):
            return True
    return False


def _taken_not_ground(doc: Doc, t: TriggerMention) -> str | None:
    """"goods" when a seizing verb's object is weapons, vehicles or money ("واستولوا على أسلحة وذخائر"),
    "people" when an expelling verb's object is people ("طرد مسلحو الشباب عائلات من منازلها"), else None."""
    k = token_at(doc, t.span.start)
    toks = doc.tokens
    word = toks[k].norm.lstrip("وف")
    si = toks[k].sentence
    window = [toks[j].norm.lstrip("وب") for j in range(k + 1, min(len(toks), k + 7)) if toks[j].sentence == si]
    if word.startswith(_SEIZE_STEMS):
        after = window[window.index("علي") + 1:] if "علي" in window else window
        if after and (_goods(after[0]) or (after[0] in NUMBER_WORDS_AR and len(after) > 1 and _goods(after[1]))):
            return "goods"
    if word.startswith(_EXPEL_STEMS) and any(w in _DRIVEN_OUT for w in window[:4]):
        return "people"
    if word.startswith(_FREE_STEMS) and any(w in _CAPTIVES for w in window[:5]):
        return "people"   # "حررت الشرطة طفلا مختطفا من قبضة عصابة": a captive freed, no ground taken
    return None


_ARMED_WORDS = GUNMEN_WORDS | frozenset(fold_string(w) for w in """قوات القوات قواتها قواته الجيش جيش الجنود جنود
قبائل القبائل القبليين موالون الموالين عناصر مقاتلو مقاتلي المقاومة ميليشيا ميليشيات مليشيا مليشيات كتائب فصائل الفصائل الثوار ثوار معارك المعارك
اشتباكات الاشتباكات مواجهات المواجهات قتال القتال هجوم معركة""".split())


def _armed_context(doc: Doc, si: int) -> bool:
    """Sentence si names an armed side or a fight: an actor mention, a force or fighters' noun, or a
    battle word ("واستعادت القوات أمس السيطرة على مدينة تكريت بعد معارك عنيفة")."""
    sent = doc.sentences[si]
    if any(sent.contains(a.span) and a.actor.kind not in ("civilians",) for a in doc.actors):
        return True
    return any(t.norm.lstrip("وبل") in _ARMED_WORDS or t.norm in _ARMED_WORDS
               for t in doc.tokens[token_at(doc, sent.start):last_token(doc, sent) + 1])


_FREE_STEMS = tuple(fold_string(w) for w in "حرر تحرير يحرر تحرر".split())
_CAPTIVES = frozenset(fold_string(w) for w in """طفل طفلا طفلة الطفل الطفلة رهينة رهينتين رهائن الرهائن الرهينة
مختطف مختطفا مختطفة مختطفين المختطفين المختطف مخطوف مخطوفا مخطوفين المخطوفين أسرى الأسرى أسيرا محتجزين
المحتجزين محتجزا فتاة امرأة سيدة مواطنا مواطنين تاجرا""".split())


NUMBER_WORDS_AR = frozenset(fold_string(w) for w in "ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة عدد عشرات".split())


_ATTACKER_WORDS = frozenset(fold_string(w) for w in "المهاجمين المهاجمون مهاجمين".split())
_AFFILIATE_BEFORE = re.compile(r"(?:^|\s)(?:ال)?(?:تابع|تابعه|تابعين|موالي|موالين|مواليه|فرع|ذراع)\s+(?:ل|الي\s+)?$")


def _assault_on_positions(doc: Doc, c: Candidate) -> bool:
    """c's cue is an attack verb with an armed side on each part and a military site as its object,
    within six words after the verb."""
    if c.trigger.cue == "@attack" and c.actor1 is not None and c.actor2 is None and c.sub is S.ARMED_CLASH \
            and c.actor1.actor.kind != "civilians" and security_site(doc, c.trigger) is not None:
        return True   # "هاجم مسلحون حاجزا أمنيا": a post of the state's forces, who hold it
    if _village_attacked(doc, c):
        return True   # "هاجم مستوطنون قرية عوريف"، "هاجم مسلحون بلدة في ولاية زامفارا": a village raided
    if c.trigger.cue != "@attack" or c.actor1 is None or c.actor2 is None \
            or "civilians" in (c.actor1.actor.kind, c.actor2.actor.kind):
        return False
    k = token_at(doc, c.trigger.span.start)
    toks = doc.tokens
    cue = fold_string(doc.span_text(c.trigger.span)).lstrip("وف")
    if not cue.startswith(_ATTACK_VERBS) and not (
            # "نفذت قوات الجيش الوطني والمقاومة الشعبية هجوما واسعا على مواقع الحوثيين": an attack carried out
            cue.split()[0] in _ATTACK_OBJECTS and any(
                toks[j].sentence == toks[k].sentence and toks[j].norm.lstrip("و") in _LAUNCH_VERBS
                for j in range(max(0, k - 8), k))):
        return False
    # (a group's long name may stand between: "هاجم مسلحون من تنظيم الدولة الإسلامية في الصحراء الكبرى دورية")
    return any(toks[j].sentence == toks[k].sentence and toks[j].norm in _MILITARY_SITES
               for j in range(k + 1, min(len(toks), k + 11)))


_VILLAGE_WORDS = frozenset(fold_string(w) for w in "قرية قرى بلدة بلدات مخيم مخيما".split())


def _village_attacked(doc: Doc, c: Candidate) -> bool:
    """c's cue is an attack verb ("هاجم"), its armed doer named after it and a village, a town or a camp
    its object: "هاجم عشرات المستوطنين، مساء الثلاثاء، قرية عوريف"."""
    if c.trigger.cue != "@attack" or c.actor1 is None or c.actor1.actor.kind == "civilians":
        return False
    cue = fold_string(doc.span_text(c.trigger.span)).lstrip("وف")
    if not cue.startswith(_ATTACK_VERBS):
        return False
    k = token_at(doc, c.trigger.span.start)
    toks = doc.tokens
    doer = token_at(doc, c.actor1.span.start)
    if not k < doer <= k + 3:
        return False
    return any(toks[j].sentence == toks[k].sentence and toks[j].norm in _VILLAGE_WORDS
               for j in range(doer + 1, min(len(toks), doer + 9)))


_OPENERS = frozenset(fold_string(w) for w in "و ف وقد كما فيما بينما".split())


def _lead_sentences(doc: Doc) -> tuple[int, ...]:
    """The lead: the article's first two sentences that end as sentences do (".", "!", "؟"), past a
    headline and a dateline line ("حصاد أمني: تفجيرات في بغداد وديالى" / "بغداد - السومرية نيوز")."""
    out = []
    for k, sp in enumerate(doc.sentences[:5]):
        if doc.text[sp.start:sp.end].rstrip().endswith((".", "!", "؟", "?")):
            out.append(k)
            if len(out) == 2:
                break
    return tuple(out) or (0, 1)


def _opens_paragraph(doc: Doc, si: int) -> bool:
    """The sentence is the first of its paragraph (a line break, or the text's start, before it)."""
    head = doc.text[:doc.sentences[si].start].rstrip(" \t")
    return not head or head.endswith("\n")


def body_start(doc: Doc, si: int) -> int:
    """The token where sentence si's own words begin: after its dateline ("الموصل (العراق) - "), an
    opening "و"/"كما", a connective adverb ("ميدانيا،") or an opening phrase closed by a comma ("وفي
    مدينة ود مدني بولاية الجزيرة،"، "من جهة أخرى،")."""
    sent = doc.sentences[si]
    k = token_at(doc, sent.start)
    toks = doc.tokens
    head = DATELINE_RE.match(doc.text, sent.start, min(sent.end, sent.start + 60))
    if head is not None:
        k = token_at(doc, head.end())   # "الموصل (العراق) - أعدم تنظيم داعش ...": the dateline is no word of it
    start = k + 1 if k < len(toks) and toks[k].norm in _OPENERS else k
    if start + 1 < len(toks) and toks[start].norm in _LONE_CONNECTIVES and \
            doc.text[toks[start].span.end:toks[start + 1].span.start].strip() in ("،", ","):
        start += 1   # "ميدانيا، قصفت ..."
    elif start < len(toks) and toks[start].norm in _CONNECTIVE_STARTS:
        # "وفي مأرب، قصفت ميليشيات الحوثي ...": the place the sentence opens on, then its act; "من جهة
        # أخرى، أعدم التنظيم ..."، "إلى ذلك، ...": a connective phrase
        for j in range(start + 1, min(start + 6, len(toks) - 1)):
            if toks[j].sentence != toks[start].sentence:
                break
            if doc.text[toks[j].span.end:toks[j + 1].span.start].strip() in ("،", ","):
                start = j + 1
                break
    return start




def _rising_toll_of(doc: Doc, c: Candidate) -> bool:
    """The sentence opens by updating the toll of c's own act, named within a few words ("ارتفعت حصيلة
    ضحايا التفجير الانتحاري ... إلى 22 قتيلا"، "ارتفع عدد قتلى الغارة ..."): a report of the act."""
    toks = doc.tokens
    start = body_start(doc, c.sentence)
    if start >= len(toks):
        return False
    h = rise_toll_head(toks, start)
    if h is None:
        h = _reported_toll_head(toks, start)
    if h is None:
        return False
    reach = 8 if dead_clause(toks, h) else 3   # ("عدد الشهداء الذين قضوا جراء ...": the dead's clause, then the act)
    return h + 1 <= token_at(doc, c.trigger.span.start) <= h + reach



_RISE_NOUNS = frozenset(fold_string(w) for w in "ارتفاع بارتفاع".split())


def _reported_toll_head(toks, start: int) -> int | None:
    """The toll word a report opening the sentence updates, its speaker between: "أعلنت الحكومة المالية
    ارتفاع حصيلة الهجوم ..."، "قالت الحكومة إن حصيلة الهجوم ... ارتفعت إلى 53 قتيلا"; None if none."""
    if toks[start].norm not in SPEAKER_VERBS:
        return None
    si = toks[start].sentence
    for j in range(start + 1, min(start + 8, len(toks) - 1)):   # (the speaker, a time: "مساء اليوم السبت")
        if toks[j].sentence != si or toks[j + 1].sentence != si:
            return None
        if toks[j + 1].norm in TOLL_HEADS and (toks[j].norm in _RISE_NOUNS or (
                toks[j].norm in THAT_WORDS and any(t.norm in RISE_VERBS and t.sentence == si
                                                   for t in toks[j + 2:j + 20]))):
            return j + 1
    return None


def _claimed_here(doc: Doc, c: Candidate) -> bool:
    """c's doer claims it in its own sentence ("أعلنت حركة طالبان مسؤوليتها عن الهجوم")."""
    if c.actor1 is None:
        return False
    sent = doc.sentences[c.sentence]
    return sent.contains(c.actor1.span) and claims(doc, c.actor1, last_token(doc, sent))


def _opening_riot(doc: Doc, c: Candidate) -> bool:
    """A riot whose act opens the sentence, its crowd right after it: "هاجم حشد غاضب مركزا للشرطة"،
    "أحرق مئات من الأهالي منازل"."""
    if c.sub.event_type is not E.RIOTS or c.actor1 is None or c.actor1.actor.kind not in ("rioters", "protesters"):
        return False
    k = token_at(doc, c.trigger.span.start)
    return k == body_start(doc, c.sentence) and 0 < token_at(doc, c.actor1.span.start) - k <= 4


def _riot_between(doc: Doc, c: Candidate) -> bool:
    """A riot told as fighting "between" a crowd and a state force, both named in its sentence, its day told
    there: "اندلعت اشتباكات اليوم بين أنصار الرئيس المعزول وقوات الأمن في مدينة المنصورة"."""
    if c.sub.event_type is not E.RIOTS or c.actor1 is None or c.actor2 is None or "in the sentence" not in c.date_why:
        return False
    sides = (c.actor1, c.actor2)
    sent = doc.sentences[c.sentence]
    if not (all(sent.contains(a.span) for a in sides)
            and any(a.actor.kind in ("protesters", "rioters") or unarmed_crowd(a) for a in sides)
            and any(a.actor.kind == "state" for a in sides)):
        return False
    first = token_at(doc, min(a.span.start for a in sides))
    return first > 0 and doc.tokens[first - 1].norm in ("بين", "وبين")


_PROTEST_SITES = frozenset(fold_string(w) for w in "ساحة ساحات خيمة خيام مخيم".split())
_NEAR_WORDS = frozenset(fold_string(w) for w in "قرب بالقرب أمام امام عند قريبا قريب".split())


def _state_arrests(doc: Doc, t: TriggerMention) -> bool:
    """The arrest cue's subject, right after it, is a state's force: "اعتقلت الأجهزة الأمنية انتحاريا"."""
    ti = token_at(doc, t.span.start)
    return ti + 1 < len(doc.tokens) and doc.tokens[ti + 1].sentence == doc.tokens[ti].sentence and any(
        a.actor.kind == "state" and token_at(doc, a.span.start) == ti + 1 for a in doc.actors)


def _opening_act(doc: Doc, c: Candidate) -> bool:
    """The sentence opens with the act itself, its doer or its victims right after it: "اختطف مسلحون
    مجهولون أربعة عمال أجانب قرب ..."، "وقتل ثلاثة جنود ..."، "فرقت الشرطة ... مئات المتظاهرين" (a
    report's first words, not a reference). The opening cue is of c's kind: its own type, or a family
    that types it (a killing or an attack for violence, a dispersal for a protest)."""
    if c.sub.event_type is E.RIOTS:   # (the gate's protest class is no judge of riots either way)
        return False
    sent = doc.sentences[c.sentence]
    toks = doc.tokens
    start = body_start(doc, c.sentence)
    # "تعرض مطار معيتيقة لقصف بصواريخ غراد": the place or side undergoing the act opens the sentence
    # ("وتعرضت أطراف بلدة كفرشوبا لقصف مدفعي": with its "و", as the news agencies open such sentences)
    undergo = start < len(toks) and toks[start].norm.lstrip("وف") in _UNDERGO_OPENERS
    u, undergoer = start, start + 1
    if not undergo and start < len(toks) and toks[start].norm in SPEAKER_VERBS:
        # "أكد الناطق باسم وزارة الدفاع أن دورية عسكرية تعرضت ... إلى كمين": a report's complement, a
        # target noun its subject, then the verb
        last = token_at(doc, sent.end - 1)
        j = next((j for j in range(start + 2, min(start + 14, last)) if toks[j].norm in THAT_WORDS), None)
        if j is not None and toks[j + 1].norm.removeprefix("ال") in TARGET_NOUNS:
            v = next((v for v in (j + 2, j + 3) if v <= last and toks[v].norm in _UNDERGO_OPENERS), None)
            if v is not None:
                undergo, u, undergoer = True, v, j + 1
    # "أطلقت قوات الأمن الرصاص الحي على متظاهرين"، "فتح مسلحون النار على": the shooter between the verb
    # and the fire
    fire = start < len(toks) and (toks[start].norm in _FIRE_OPENERS or (
        toks[start].norm[:1] in "وف" and toks[start].norm[1:] in _FIRE_OPENERS)) and (
        c.sub.event_type in (E.BATTLES, E.VAC) or c.sub is S.EXCESSIVE_FORCE)
    # "أطلقت جماعة الحوثي صاروخا باليستيا على جازان"، "شنت طائرات التحالف غارات على صنعاء": a launch
    # verb, the doer, then the weapon or strike itself
    launch = start < len(toks) and (toks[start].norm in _LAUNCH_OPENERS or (
        toks[start].norm[:1] in "وف" and toks[start].norm[1:] in _LAUNCH_OPENERS))
    # "سقطت صواريخ غراد أطلقها مسلحو داعش على مدينة كركوك": the fall of the weapon itself opens it
    fall = start < len(toks) and toks[start].norm.lstrip("وف") in _FALL_OPENERS and c.sub.event_type is E.EXPLOSIONS
    # "استخدمت الشرطة الهراوات والغاز المسيل للدموع لتفريق نحو ثلاثمئة متظاهر": force used, its user after
    # the verb, to disperse a crowd
    # ("أطلقت الشرطة قنابل الغاز المسيل للدموع لتفريق محتجين": tear gas fired at a crowd)
    use = start < len(toks) and (toks[start].norm.lstrip("وف") in _USE_OPENERS
                                 or toks[start].norm.lstrip("وف") in _FIRE_OPENERS) and c.sub.event_type is E.PROTESTS
    for t in doc.triggers:
        ti = token_at(doc, t.span.start)
        if fire and t.cue == "@attack" and start + 1 < ti <= start + 5 and sent.contains(t.span):
            return any(start < token_at(doc, a.span.start) < ti for a in doc.actors if sent.contains(a.span))
        if use and t.cue == "@intervention" and start + 1 < ti <= start + 9 and sent.contains(t.span):
            return any(start < token_at(doc, a.span.start) < ti for a in doc.actors if sent.contains(a.span))
        if fall and _weapon_fell(doc, c, t, start):
            return True
        if launch and t.sub_event_type is not None and t.event_type is c.sub.event_type \
                and start + 1 < ti <= start + 7 and sent.contains(t.span):
            return any(start < token_at(doc, a.span.start) < ti for a in doc.actors if sent.contains(a.span))
        if undergo and u < ti <= u + 5 + _date_words(doc, u + 1, ti) + _list_words(doc, u + 1, ti) and sent.contains(t.span) \
                and (t.prefix.endswith("ل") or toks[ti - 1].norm == _TO) \
                and (t.sub_event_type is not None and t.event_type is c.sub.event_type
                     or c.sub.event_type in _OPENING_FAMILIES.get(t.cue, ())):
            # (the one undergoing it a place, a side, or a target noun: "تعرضت دورية عسكرية ... إلى كمين")
            return toks[undergoer].norm.removeprefix("ال") in TARGET_NOUNS or any(
                u < token_at(doc, m.span.start) < ti for m in (*doc.places, *doc.actors) if sent.contains(m.span))
        if launch and ti == start + 1 and t.sub_event_type is S.AIR_STRIKE and c.sub is S.AIR_STRIKE \
                and doc.tokens[ti].norm.removeprefix("ال") in AIRCRAFT_NOUNS and any(
                    u.sub_event_type is S.AIR_STRIKE and ti < token_at(doc, u.span.start) <= ti + 6
                    and sent.contains(u.span) for u in doc.triggers):
            return True   # "شن الطيران الحربي غارات مكثفة على مدينة درنة": aircraft unnamed, then their strikes
        if launch and ti == start + 1 and any(a.span.start <= t.span.start < a.span.end for a in doc.actors):
            if t.sub_event_type is not None and t.event_type is c.sub.event_type is E.EXPLOSIONS \
                    and c.actor2 is not None \
                    and sent.contains(c.actor2.span) and token_at(doc, c.actor2.span.start) > ti:
                return True   # "استهدفت المدفعية التركية مواقع لوحدات حماية الشعب": the weapon is the doer
            continue   # "شنت مقاتلات التحالف غارات": the doer's own noun, not the act
        if ti > start and not (launch and ti <= start + 7) and not (fall and ti <= start + 2) \
                and not (use and ti <= start + 9):
            break   # (after a launch verb the doer may itself be a cue word: "شنت مقاتلات التحالف 12 غارة")
        if ti < start or not sent.contains(t.span) or (fall and ti == start):
            continue   # (the fall verb itself, "سقط", read as a death: the weapon after it decides)
        kind = (t.event_type is c.sub.event_type or (
            t.sub_event_type is S.ARRESTS and c.sub is S.ABDUCTION and c.actor1 is not None
            and c.actor1.actor.kind not in GENERIC_KINDS and token_at(doc, c.actor1.span.start) == ti + 1)) \
            if t.sub_event_type is not None else \
            c.sub.event_type in _OPENING_FAMILIES.get(t.cue, ()) or (
                c.sub is S.EXCESSIVE_FORCE and t.cue in ("@kill", "@attack", "@injure")) or (
                # ("استهدفت دبابة إسرائيلية نقطة رصد": guns or aircraft, the attack's subject, shell or strike)
                t.cue == "@attack" and ti + 1 < len(toks) and (
                    (c.sub is S.SHELLING and toks[ti + 1].norm.removeprefix("ال") in GUN_NOUNS)
                    or (c.sub is S.AIR_STRIKE and toks[ti + 1].norm.removeprefix("ال") in AIRCRAFT_NOUNS)))
        # ("اعتقلت هيئة تحرير الشام ناشطا": an arrest by a non-state group, an abduction, opens the sentence)
        # ("أطلقت قوات الأمن الرصاص الحي على متظاهرين": force used on protesters opens the sentence)
        if kind:
            after = range(ti + 1, min(ti + 5, len(toks)))
            return any(sent.contains(a.span) and token_at(doc, a.span.start) in after for a in doc.actors) or \
                any(sent.contains(n.span) and token_at(doc, n.span.start) in after for n in doc.numbers)
    return False


_PLANNED = frozenset(fold_string(w) for w in """مقررة مقرر المقررة المقرر مرتقبة المرتقبة مزمع مزمعة المزمع
المزمعة مرتقب المرتقب""".split())


def _planned_protest(doc: Doc, t: TriggerMention) -> bool:
    """The protest cue names one still to come: "قبل مسيرات مقررة"، "المظاهرة المزمعة"."""
    k = token_at(doc, t.span.start)
    e = token_at(doc, t.span.end - 1)
    toks = doc.tokens
    return (e + 1 < len(toks) and toks[e + 1].sentence == toks[e].sentence and toks[e + 1].norm in _PLANNED) or (
        k > 0 and toks[k - 1].sentence == toks[k].sentence and toks[k - 1].norm in ("قبل", "وقبل"))


def _counted_arrest(doc: Doc, si: int, trigs) -> bool:
    """An arrest cue opening sentence si (its body_start: after "وفي <place>،" and the like) with a number within its next
    five tokens ("اعتقلت الشرطة 20 متظاهرا"، "وفي القاهرة، ألقت القبض على 15 من أنصار ..."); one told
    after the protest's own course ("وجرت التظاهرات بهدوء لكن الشرطة اعتقلوا ثلاثة") is not."""
    sent = doc.sentences[si]
    nums = {token_at(doc, n.span.start) for n in doc.numbers if sent.contains(n.span)}
    if not nums:
        return False
    body = body_start(doc, si)
    for t in trigs:
        if t.sub_event_type is S.ARRESTS and sent.contains(t.span):
            k0, k = token_at(doc, t.span.start), token_at(doc, t.span.end - 1)
            # the arrest opens the sentence, or follows its opening place ("وفي القاهرة، ألقت ..."): its
            # cue within four tokens ("ألقت قوات الأمن القبض على")
            opens = k0 - body <= 4
            if opens and any(k < j <= k + 5 for j in nums):
                return True
    return False


# a dateline before the first sentence's words: "الموصل (العراق) - "، "بغداد - "، "عدن (رويترز) – "،
# "الموصل (العراق) (أ ف ب) - "


_CONNECTIVE_STARTS = frozenset(fold_string(w) for w in "وفي في ففي من ومن على وعلى إلى وإلى بدوره وبدوره".split())
_LONE_CONNECTIVES = frozenset(fold_string(w) for w in "ميدانيا وميدانيا أمنيا وأمنيا كذلك وكذلك أيضا".split())
def _joined_forces(doc: Doc, a: ActorMention, b: ActorMention, actors) -> bool:
    """a and b are forces of one state, a named together with b's force, joined by "و" right after
    it ("أعوان الأمن والجيش"، "حاجز مشترك للجيش والشرطة"), not after "بين"."""
    if a.actor.kind != "state" or b.actor.kind != "state" or a.actor.country is None \
            or a.actor.country != b.actor.country or a.actor.name == b.actor.name:
        return False
    for m in actors:
        if m.actor.name != b.actor.name:
            continue
        first, second = sorted((a, m), key=lambda x: x.span.start)
        k, j = token_at(doc, first.span.start), token_at(doc, second.span.start)
        if j == token_at(doc, first.span.end - 1) + 1 and doc.tokens[j].norm.startswith("و") \
                and not (k > 0 and doc.tokens[k - 1].norm.lstrip("و") in ("بين", "بينما")):
            return True
    return False


def _weapon_fell(doc: Doc, c: Candidate, t, start: int) -> bool:
    """Trigger t, a weapon of c's kind, is the subject of the fall verb opening the sentence at start, and a
    place follows it in the sentence: "سقطت صواريخ غراد على مدينة كركوك"، "سقط صاروخ كاتيوشا على ..."
    (the weapon's name after its noun), "سقطت مساء امس صواريخ عدة على بلدة اللبوة" (its time between the
    verb and the weapon)."""
    sent = doc.sentences[c.sentence]
    ti = token_at(doc, t.span.start)
    if not (t.sub_event_type is not None and t.event_type is c.sub.event_type and sent.contains(t.span)
            and start < ti <= start + 2 + _date_words(doc, start + 1, ti)):
        return False
    return any(sent.contains(p.span) and token_at(doc, p.span.start) > ti for p in doc.places if p.place is not None)


def _fallen_weapon(doc: Doc, c: Candidate) -> bool:
    """c's sentence opens with its weapon falling on a place ("سقطت فجر اليوم صواريخ على مدينة الهرمل"): the
    report of a strike, even with no one hurt, however unlike a report of an attack on people the words look
    to the gate."""
    if c.sub.event_type is not E.EXPLOSIONS:
        return False
    start = body_start(doc, c.sentence)
    if start >= len(doc.tokens) or doc.tokens[start].norm.lstrip("وف") not in _FALL_OPENERS:
        return False
    return _weapon_fell(doc, c, c.trigger, start)


def _date_words(doc: Doc, lo: int, hi: int) -> int:
    """How many of the tokens lo..hi-1 are words of a date ("بعد ظهر اليوم الاثنين")."""
    return sum(1 for j in range(lo, hi) if doc.in_date(doc.tokens[j].span.start))


def _list_words(doc: Doc, lo: int, hi: int) -> int:
    """How many of the tokens lo..hi-1 are words of the second and later places of a list ("تعرضت بلدات
    كفرشوبا وكفرحمام وراشيا الفخار لقصف": the undergoers are three villages)."""
    spans = [p.span for p in doc.places if lo <= token_at(doc, p.span.start) < hi]
    return sum(1 for j in range(lo, hi) for sp in spans[1:] if sp.start <= doc.tokens[j].span.start < sp.end)


_TO = fold_string("إلى")
_UNDERGO_OPENERS = frozenset(fold_string(w) for w in "تعرض تعرضت تعرضوا".split())
_FIRE_OPENERS = frozenset(fold_string(w) for w in "أطلق أطلقت أطلقوا فتح فتحت فتحوا".split())
_USE_OPENERS = frozenset(fold_string(w) for w in "استخدم استخدمت استخدموا استعمل استعملت استعملوا".split())
_FALL_OPENERS = frozenset(fold_string(w) for w in "سقط سقطت سقطتا سقطا تساقطت".split())
# (and a verb of doing, the doer, then the act as a verbal noun: "أقدم مسلحون مجهولون على اغتيال إمام
# مسجد"، "قامت قوات الأمن باعتقال ...")
_LAUNCH_OPENERS = frozenset(fold_string(w) for w in """أطلق أطلقت أطلقوا شن شنت شنوا وجه وجهت وجهوا ألقى ألقت
ألقوا استهدف استهدفت استهدفوا أقدم أقدمت أقدموا قام قامت قاموا نفذ نفذت نفذوا""".split())
_OPENING_FAMILIES = {"@kill": (E.BATTLES, E.EXPLOSIONS, E.VAC), "@injure": (E.BATTLES, E.EXPLOSIONS, E.VAC),
                     "@attack": (E.BATTLES, E.VAC),
                     "@explosion": (E.EXPLOSIONS,), "@bombard": (E.EXPLOSIONS,), "@intervention": (E.PROTESTS,)}


def _settlers(a: ActorMention | None) -> bool:
    return a is not None and a.actor.name.startswith("Settlers (")


def _named_side(doc: Doc, a: ActorMention | None, si: int, t: TriggerMention) -> bool:
    """a is a known side (not "gunmen", "unknown" or civilians) named in sentence si within twelve words
    of the cue t."""
    return a is not None and a.actor.kind not in GENERIC_KINDS and doc.sentences[si].contains(a.span) \
        and abs(token_at(doc, a.span.start) - token_at(doc, t.span.start)) <= 12


def _named_doer(doc: Doc, c: Candidate) -> bool:
    """c's first actor is named in its own sentence and is a known side, not "gunmen" or "unknown"."""
    a = c.actor1
    return a is not None and a.actor.kind not in GENERIC_KINDS and a.actor.kind != "unidentified" \
        and doc.sentences[c.sentence].contains(a.span)


GATE_FLOOR = 0.2
GATE_FLOOR_BATTLES = 0.3
GATE_FLOOR_TERRITORY = 0.4
GATE_FLOOR_REPORT = 0.8
GATE_FLOOR_DETAILED = 0.5


WAR_TOTAL = 1000
# an act dated this many days or more before the article is its background (history), not its news
HISTORY_DAYS = 180
WAR_CONTEXT = re.compile(r"منذ|خلال|حصيلة|الحرب|النزاع|الصراع|إجمالي|اجمالي|حتى الآن|حتى الان")

# the word before a town in the name of a group that fights there: "مجلس شورى مجاهدي درنة"، "ثوار بنغازي"
# (not "أنصار بيت المقدس": supporters of Jerusalem, in Sinai)
_LOCAL_FIGHTERS = frozenset(fold_string(w) for w in "مجاهدي ثوار أبناء كتائب لواء حراك مقاومة شباب سرايا".split())


def _local_fighters_of(doc: Doc, p) -> bool:
    k = token_at(doc, p.span.start)
    return k > 0 and doc.tokens[k - 1].norm in _LOCAL_FIGHTERS


_NAMED_AFTER_TOWNS = frozenset({"PPL", "PPLA", "PPLA2", "PPLA3", "TOWN"})   # (not a capital: "أنصار بيت المقدس")
NO_LOCATION = Location(None, None, None, None, geo_precision=3)
NO_LOCATION_PENALTY = 0.15


def _place_key(loc: Location) -> tuple:
    """The place an event is grouped by: one gazetteer place whatever the precision ("سرت" and
    "قرب سرت" in one article on one day are one event's place)."""
    if loc.geonameid:
        return ("id", loc.geonameid)
    return _loc_key(loc)


def _loc_key(loc: Location) -> tuple:
    if loc.geonameid:
        return ("id", loc.geonameid, loc.geo_precision)
    return ("pt", round(loc.latitude or 0, 2), round(loc.longitude or 0, 2))


CLAIM_WORDS = frozenset(fold_string(w) for w in "مسؤوليته مسؤوليتها المسؤولية مسؤوليتهم تبنى تبنت يتبنى وتبنت وتبنى تبناه تبنته تبناها تبنتها وتبناه وتبنته".split())


# "ولم تعلن أي جهة مسؤوليتها ... إلا أن تنظيم داعش عادة ما يتبنى مثل هذه الهجمات": no claim, a habit
_HABIT_WORDS = frozenset(fold_string(w) for w in "عادة وعادة غالبا وغالبا دائما عادةً".split())
# "وتبنى تنظيم القاعدة عمليات اغتيال مماثلة في المدينة خلال الأشهر الماضية": other, earlier acts claimed
# (an act noun with "similar" or "earlier" after it, and no definite act noun for the one just told:
# "تبنى داعش الهجوم، وهو الثاني بعد هجوم مماثل" claims it)
_SIMILAR_WORDS = frozenset(fold_string(w) for w in """مماثلة مماثله مماثل مماثلا مشابهة مشابهه مشابه مشابها
سابقة سابقه السابقة السابقه""".split())
_ACT_NOUNS = frozenset(fold_string(w) for w in """هجمات هجوم هجوما عمليات عملية تفجيرات تفجير اعتداءات اعتداء
اغتيال اغتيالات الهجمات العمليات التفجيرات الاعتداءات""".split())
_THIS_ACT = ANAPHORS - _ACT_NOUNS


def _claims_other_acts(norms: list[str]) -> bool:
    if any(n.lstrip("وب") in _THIS_ACT for n in norms):
        return False
    return any(n in _SIMILAR_WORDS and any(m in _ACT_NOUNS for m in norms[max(0, i - 2):i])
               for i, n in enumerate(norms))
_ANY = fold_string("أي")
_BODY = fold_string("جهة")


# (not "تبنى": "المستوطنات التي تبنى" are being built)
_OWN_CLAIM_WORDS = frozenset(fold_string(w) for w in "مسؤوليته مسؤوليتها المسؤولية مسؤوليتهم تبنت وتبنت تبناه تبنته تبناها تبنتها وتبناه وتبنته".split())


_ADOPTED = frozenset(fold_string(w) for w in "تبنى وتبنى".split())
_CLAIMED_ACTS = frozenset(fold_string(w) for w in """الهجوم التفجير التفجيرين التفجيرات العملية الاعتداء الهجومين
الهجمات الانفجار""".split())


def _claim_of_own_act(doc: Doc, sentence: Span, trigs, actors) -> tuple[ActorMention, int] | None:
    """The sentence tells an act and, after it, its claim ("... عندما هاجم مسلحون كمينا ...، وأعلن تنظيم
    ولاية سيناء مسؤوليته عن الهجوم"): (the named group next to the claim's first word, not "unknown
    gunmen"; the claim's offset), or None when the claim stands alone or comes first."""
    toks = doc.tokens
    first = token_at(doc, sentence.start)
    claim_at = next((j for j in range(first, len(toks)) if toks[j].span.start < sentence.end
                     and (toks[j].norm in _OWN_CLAIM_WORDS or (
                         # "في حين تبنى تنظيم الدولة الإسلامية الهجوم": the verb, a group, then the act
                         toks[j].norm in _ADOPTED and any(
                             0 < token_at(doc, a.span.start) - j <= 2 and a.actor.inter in (2, 3, 4)
                             and any(toks[m].norm in _CLAIMED_ACTS for m in range(token_at(doc, a.span.end - 1) + 1,
                                                                                  min(len(toks), token_at(doc, a.span.end - 1) + 3)))
                             for a in actors)))), None)
    if claim_at is None:
        return None
    acts = [t for t in trigs if sentence.contains(t.span) and token_at(doc, t.span.start) < claim_at - 2
            and (t.cue in ("@kill", "@attack", "@explosion", "@bombard") or (
                t.sub_event_type is not None and t.event_type in _VIOLENT))]
    if not acts:
        return None
    last_act = max(token_at(doc, t.span.start) for t in acts)
    if any(toks[j].norm.lstrip("وف") in DENIAL_WORDS for j in range(max(last_act + 1, claim_at - 5), claim_at)):
        return None   # "ونفى الحوثيون مسؤوليتهم عن الهجوم": a denial, no claim
    found = next((a for a in actors if last_act < token_at(doc, a.span.start) and -4 <= token_at(doc, a.span.start) - claim_at <= 3
                  and a.actor.inter in (2, 3, 4) and a.actor.kind not in GENERIC_KINDS | {"none"}), None)
    return None if found is None else (found, doc.tokens[claim_at].span.start)


# "محملا حكومة الاحتلال المسؤولية الكاملة"، "حمّلت الخارجية الحوثيين مسؤولية الهجوم": blame laid on another,
# no claim
_BLAME_VERBS = frozenset(fold_string(w) for w in """حمل حملت وحمل وحملت يحمل تحمل محملا محملة محملين محمله
ويحمل وتحمل""".split())


def _is_claim(norms: list[str]) -> bool:
    if not any(n in CLAIM_WORDS and not any(b in _BLAME_VERBS for b in norms[max(0, k - 4):k])
               for k, n in enumerate(norms)):
        return False
    if any(n in _HABIT_WORDS for n in norms) or _claims_other_acts(norms):
        return False
    return not any(a == _ANY and b.lstrip("و") == _BODY for a, b in zip(norms, norms[1:]))


# sub-event types a later sentence may make more specific ("a clash" → "they took the town")
REFINABLE = frozenset({S.ARMED_CLASH, S.REMOTE_EXPLOSIVE, S.SHELLING, S.ATTACK, S.PEACEFUL_PROTEST,
                       S.PROTEST_INTERVENTION})


def _anaphoric(doc: Doc, c: Candidate) -> bool:
    sent = doc.sentences[c.sentence]
    toks = doc.tokens[token_at(doc, sent.start):token_at(doc, sent.end)]
    if any(t.norm in ANAPHORS for t in toks):
        return True
    # "على هذه المناطق"، "في تلك المدينة": the places just told
    return any(a.norm in DEMONSTRATIVES and b.norm in PLACE_NOUNS_DEF for a, b in zip(toks, toks[1:]))


def _own_new_place(doc: Doc, c: Candidate) -> bool:
    """c is told with a place attached to its own cue, and that cue is no back-reference: "وبعد الانفجار
    الذي وقع في الكرادة، قتل ثلاثة أشخاص آخرين بعبوة ناسفة في حي الدورة" names the earlier blast only
    to set the new one beside it."""
    return "attached" in c.location_why and doc.tokens[token_at(doc, c.trigger.span.start)].norm not in ANAPHORS


def _place_rank(c: Candidate) -> tuple:
    """How well a candidate's place is known: a mapped place told in its own sentence beats a
    fallback; a country (at its capital) or no place at all comes last."""
    loc = c.location
    if loc is None or loc.latitude is None:
        return (3, 3)
    if "country only" in c.location_why:
        return (2, loc.geo_precision)
    return (0 if c.location_in_sentence else 1, loc.geo_precision)


def _distinct_weapons(g: Candidate, c: Candidate) -> bool:
    """Two explosions told by cues naming different weapons (aircraft, shells, a suicide bomber,
    a roadside bomb) are different events; a context-typed cue ("قصف", "انفجار") refines instead."""
    return (c.sub.event_type is E.EXPLOSIONS and g.sub is not c.sub
            and g.trigger.sub_event_type is not None and c.trigger.sub_event_type is not None
            and _weapon_named(g) and _weapon_named(c))


def _weapon_named(c: Candidate) -> bool:
    """c's own cue names its weapon: typed by the cue, or a building blown up on the men in it."""
    return c.trigger.sub_event_type is c.sub or (c.sub is S.REMOTE_EXPLOSIVE and c.trigger.sub_event_type is S.LOOTING)


def _other_doer(doc: Doc, c: Candidate, g: Candidate) -> bool:
    """c's doer is a side g does not have ("قتل 4 مدنيين جراء غارة جوية روسية على حلب" then "وبدأت فصائل
    المعارضة عملية ردع العدوان فجر الأربعاء الماضي، في أوسع هجوم منذ ..."): c tells another act. (An
    unknown doer told first may be named later, and a claim names who did it: "وتبنى تنظيم الدولة التفجيرات".)"""
    if c.actor1 is None or g.actor1 is None or c.actor1.actor.kind in GENERIC_KINDS or g.actor1.actor.kind in GENERIC_KINDS:
        return False
    if any("from the sentence before" in r for r in c.reasons):
        return False   # (its doer is the one told before, read again)
    if _is_claim([t.norm for t in doc.tokens if t.sentence == c.sentence]):
        return False
    return c.actor1.actor.name not in {g.actor1.actor.name, g.actor2.actor.name if g.actor2 is not None else None}


def _same_day(g: Candidate, c: Candidate) -> bool:
    """Told of the same day, or g dated only by the publication (within the week before it) and c,
    a later telling, giving the day itself ("وأوضح أن الغارة وقعت مساء السبت")."""
    if g.day == c.day:
        return True
    return (c.day is not None and g.day is not None and c.precision < g.precision
            and "publication date" in g.date_why and 0 <= (g.day - c.day).days <= 7)


def _named_weapon(g: Candidate) -> bool:
    """g is an explosion its own cue names the weapon of ("سيارة مفخخة", "عبوة ناسفة"): a later
    telling of another kind of strike ("وسط هذا القصف الجوي") does not make it that strike."""
    return g.sub.event_type is E.EXPLOSIONS and g.trigger.sub_event_type is g.sub


def _quarter_of(quarter: Location, town: Location) -> bool:
    """The gazetteer names a quarter after its town: "Sirte - Clinics Complex" is in "Sirte"."""
    return bool(quarter.name and town.name) and quarter.name.startswith(town.name + " - ")


def _same_town(a: Location, b: Location) -> bool:
    """One location is a quarter of the other, a town; two quarters of one town are not one place."""
    return _quarter_of(a, b) or _quarter_of(b, a)


def _separate_takeover(g: Candidate, c: Candidate) -> bool:
    """Fighting told first ("دخلت مدينة سرت حيث تدور معارك") and, sentences later, ground taken at
    the same place and day by its own control verb ("سيطرت القوات على المنافذ البحرية لمدينة سرت"):
    coded as a clash and a takeover. Told in the same or the next sentence, the takeover refines
    the clash into one event."""
    return (g.sub is S.ARMED_CLASH and c.sub in TERRITORY_SUBS and not c.generic
            and c.trigger.cue == "@territory" and c.sentence - g.sentence > 1)


LEAD_MARGIN = 0.15
CORROBORATION_STEP = 0.08
CORROBORATION_MAX = 0.2
# a telling this weak (a statement, a call, what the gate finds unlike a report) does not confirm
CORROBORATION_MIN = 0.2


DISASTER_RE = re.compile(r"تسونامي|زلزال|فيضان|اعصار|سيول|بركان|هزه ارضيه|هزات ارضيه|انهيار ارضي|انهيارات ارضيه")


# a disaster striking: "ضرب زلزال بقوة 7.8 درجات"، "ضربت موجة من الأمطار الغزيرة مدينة الخرطوم"
_DISASTER_STRUCK = re.compile(r"(?:^|\s)[وف]?(?:ضرب|ضربت|اجتاح|اجتاحت|هز|هزت)\s+(?:\S+\s+(?:من\s+)?)?"
                              r"(?:زلزال|اعصار|عاصفه|سيول|فيضانات|امطار|الامطار|هزه|موجه)")


def _disaster_story(doc: Doc) -> bool:
    """The article tells of a natural disaster: two or more disaster words, or one striking."""
    n = 0
    for _ in DISASTER_RE.finditer(doc.folded):
        n += 1
        if n >= 2:
            return True
    return _DISASTER_STRUCK.search(doc.folded) is not None


def _split_toll(c: Candidate, attr: str) -> bool:
    """c's toll (attr) is its share of a total told for several places (and not since replaced)."""
    last = next((r for r in reversed(c.reasons) if r.startswith(f"{attr}:")), "")
    return "split over" in last


CONTINUED_MIN_WEIGHT = 0.2


_ATTACK_ANAPHORS = frozenset(fold_string(w) for w in "الهجوم والهجوم الاعتداء والاعتداء".split())


def _whole_attack(doc: Doc, c: Candidate, groups: list[Candidate]) -> Candidate | None:
    """The attack told just before that c's cue is a part of: "الهجوم" within eight words before the
    cue ("الهجوم بدأ بتفجير سيارة مفخخة")، the same day, up to two sentences back, its doer named."""
    k = token_at(doc, c.trigger.span.start)
    s0 = token_at(doc, doc.sentences[c.sentence].start)
    if not any(doc.tokens[j].norm in _ATTACK_ANAPHORS for j in range(max(s0, k - 8), k)):
        return None
    return next((g for g in reversed(groups) if 0 < c.sentence - g.sentence <= 2 and g.day == c.day
                 and g.actor1 is not None and g.actor1.actor.kind not in GENERIC_KINDS
                 and g.sub.event_type in (E.BATTLES, E.EXPLOSIONS, E.VAC)), None)


_LATER_RE = re.compile(r"(?:^|\s)(?:[وف]?في وقت لاحق|[وف]?لاحقا|[وف]?بعد ساعات|[وف]?في اليوم التالي|[وف]?صباح اليوم التالي)(?:\s|$)")


# openers that turn to another event: "وفي سياق متصل"، "في سياق آخر"، "من جهة أخرى"، "إلى ذلك"
_SHIFT_OPENER = re.compile(r"\s*[وف]?(?:(?:في|علي)\s+(?:سياق|صعيد|تطور)\s+(?:متصل|اخر|منفصل|ذي\s+صله)"
                           r"|في\s+(?:حادث|حادثه|هجوم|واقعه|عمليه|اعتداء)\s+(?:منفصل|منفصله|اخر|اخري|ثان|ثاني|ثانيه)"
                           r"|من\s+(?:جهه|ناحيه|جانب)\s+(?:اخري|اخر|ثانيه)|الي\s+ذلك)(?:\s|[،,])")


# "وفي هجوم منفصل"، "في حادث آخر"، "وفي هجوم ثان": the sentence tells another act
_SEPARATE_OPENER = re.compile(r"\s*[وف]?في\s+(?:حادث|حادثه|هجوم|واقعه|عمليه|اعتداء|تفجير|انفجار)\s+"
                              r"(?:منفصل|منفصله|اخر|اخري|ثان|ثاني|ثانيه)(?:\s|[،,])")


_ATTACK_VERB_STEMS = tuple(fold_string(w) for w in "استهدف هاجم".split())
_USE_WORDS = frozenset(fold_string(w) for w in """استخدم استخدمت استخدموا استعمل استعملت استعملوا مستخدمين
مستخدما مستخدمة مستعملين""".split())


CACHE_LEMMAS = frozenset(fold_string(w) for w in ("مخزن للأسلحة", "مخزن أسلحة", "مخزنا للأسلحة", "مخبأ للأسلحة",
                                                  "مخبأ أسلحة", "مخبأ للسلاح", "مستودع للأسلحة", "مستودع أسلحة",
                                                  "مخزن للذخيرة", "كمية من الأسلحة", "كميات من الأسلحة"))
_FIND_WORDS = frozenset(fold_string(w) for w in """عثر عثرت عثروا ضبط ضبطت ضبطوا صادرت صادروا اكتشف اكتشفت
اكتشفوا داهم داهمت داهموا وجد وجدت العثور ضبط""".split())


def _found_before(doc: Doc, t: TriggerMention) -> bool:
    """A verb of finding or seizing within six words before the cue, in its sentence."""
    k = token_at(doc, t.span.start)
    s = doc.tokens[k].sentence
    return any(x.sentence == s and x.norm.lstrip("وف") in _FIND_WORDS for x in doc.tokens[max(0, k - 6):k])


_MARCH_WORDS = frozenset(fold_string(w) for w in "مسيرة مسيرات المسيرة".split())


_DEATH_NOUNS = frozenset(fold_string(w) for w in "مقتل ومقتل استشهاد واستشهاد مصرع ومصرع".split())
_SOLDIER_NOUNS = frozenset(fold_string(w) for w in """جنود جنديا جنديين جنديان عسكريين عسكريا عسكريون شرطيا
شرطيين أعوان عناصر""".split())


def _soldiers_killed(norms: list[str]) -> bool:
    """A death noun with soldiers counted within three words after it ("عن مقتل 12 جنديا و7 مدنيين")."""
    return any(n in _DEATH_NOUNS and any(m in _SOLDIER_NOUNS for m in norms[k + 1:k + 4]) for k, n in enumerate(norms))


def _armed_group_named(doc: Doc, t: TriggerMention) -> bool:
    """An organised armed group (a rebel or militia side) is named in the cue's sentence (in its part when a
    while-clause cuts it: "استشهد A برصاص مستوطن في X، فيما استشهد B خلال مواجهات في Y" names the settler
    in the other part)."""
    named = [a for a in doc.actors if a.actor.kind in ("rebel", "militia") and doc.sentence_of(a.span) == t.sentence]
    if not named:
        return False
    cut = _while_cut(doc, _tokens_of(doc, t.sentence))
    if cut is None:
        return True
    return any((a.span.start >= cut) == (t.span.start >= cut) for a in named)


def _drone_word(doc: Doc, t: TriggerMention) -> bool:
    """The protest cue "مسيرة" is a drone's adjective: an aircraft noun within the two words before it,
    or three when "بدون طيار" stands between ("طائرة بدون طيار (مسيرة)")."""
    if fold_string(t.lemma) not in _MARCH_WORDS:
        return False
    k = token_at(doc, t.span.start)
    back = 3 if k >= 2 and doc.tokens[k - 1].norm == _PILOT and doc.tokens[k - 2].norm in _WITHOUT else 2
    return any(doc.tokens[j].norm.lstrip("وب").removeprefix("ال") in AIRCRAFT_NOUNS
               and doc.tokens[j].sentence == doc.tokens[k].sentence for j in range(max(0, k - back), k))


_PILOT = fold_string("طيار")
_WITHOUT = frozenset(fold_string(w) for w in "بدون بلا دون".split())


_INSTITUTION_HEADS = frozenset(fold_string(w) for w in "مقر قيادة قاعدة كلية وزارة قائد رئيس أركان".split())


def _institution_of(doc: Doc, t: TriggerMention) -> bool:
    """The cue heads a genitive after an institution's noun ("مقر قيادة القوات الجوية"، "قائد سلاح الجو")."""
    k = token_at(doc, t.span.start)
    return k > 0 and doc.tokens[k - 1].sentence == doc.tokens[k].sentence \
        and doc.tokens[k - 1].norm.lstrip("وب") in _INSTITUTION_HEADS and not t.prefix


_HOUSE_WORDS = frozenset(fold_string(w) for w in "منزل منازل بيت بيوت منزلا المنزل المنازل".split())


def _house_after(doc: Doc, t: TriggerMention) -> bool:
    """A house named within five words after the cue, in its sentence."""
    k = token_at(doc, t.span.start)
    s = doc.tokens[k].sentence
    return any(x.sentence == s and x.norm in _HOUSE_WORDS for x in doc.tokens[k + 1:k + 6])


# what a side blows up (its direct object, right after the verb or after the side): property
_STRUCTURES = _HOUSE_WORDS | frozenset(fold_string(w) for w in """جسر جسرا الجسر جسور الجسور مبنى المبنى مباني
المباني مسجد مسجدا المسجد كنيسة الكنيسة مرقد مرقدا المرقد ضريح الضريح أضرحة مقام المقام محطة المحطة أنبوب خط مدرسة
المدرسة مستشفى سد السد برج البرج""".split())


_BLOW_UP_VERBS = tuple(fold_string(w) for w in ("فجر", "نسف"))
_BLOW_UP_NOUN = (fold_string("تفجير"),)


def _structure_blown_up(doc: Doc, t: TriggerMention, doer) -> str | None:
    """A building or bridge told as the object of the blowing-up verb t: right after the verb, or right
    after the doer named after it ("فجر عناصر داعش جسر الحديد"); else None."""
    lemma = fold_string(t.lemma).lstrip("و")
    if not (lemma.startswith(_BLOW_UP_VERBS) or (doer is not None and lemma.startswith(_BLOW_UP_NOUN))):
        return None   # "انفجر المبنى": the building went off, no one blew it up ("تفجير الكنيسة": a bombing named)
    k = last_token(doc, t.span) + 1
    if doer is not None and doer.span.end > t.span.end and token_at(doc, doer.span.start) - k <= 1:
        k = last_token(doc, doer.span) + 1
    if k < len(doc.tokens) and doc.tokens[k].sentence == doc.tokens[k - 1].sentence \
            and doc.tokens[k].norm.lstrip("و") in _STRUCTURES:
        return doc.span_text(doc.tokens[k].span)
    return None


def _kills_after(doc: Doc, t: TriggerMention) -> bool:
    """Someone killed or hurt is counted after the cue t in its sentence."""
    return any(count_casualties(doc, Span(t.span.end, doc.sentences[t.sentence].end)))


DURING_FACTOR = 0.3
_DURING_WORDS = frozenset(fold_string(w) for w in "خلال أثناء إبان وسط".split())


def _during(doc: Doc, t: TriggerMention) -> bool:
    k = token_at(doc, t.span.start)
    return k > 0 and doc.tokens[k - 1].norm.lstrip("و") in _DURING_WORDS


def _old_year_of(doc: Doc, si: int, memo: dict[int, int | None]) -> int | None:
    if si not in memo:
        memo[si] = old_year(doc, doc.sentences[si])
    return memo[si]


_SELF_WORDS = frozenset(fold_string(w) for w in "نفسه نفسها أنفسهم انفسهم نفسيهما".split())
_DETONATE_VERBS = frozenset(fold_string(w) for w in "فجر فجرت وفجر وفجرت ففجر".split())


def _blew_himself_up(doc: Doc, si: int) -> bool:
    """Sentence si tells a bomber blowing himself up: "فجر (انتحاري) نفسه"، "فجرت نفسها" (within three words)."""
    sp = doc.sentences[si]
    toks = doc.tokens
    i = token_at(doc, sp.start)
    while i < len(toks) and toks[i].span.start < sp.end:
        if toks[i].norm in _DETONATE_VERBS and any(
                toks[j].norm in _SELF_WORDS for j in range(i + 1, min(len(toks), i + 4)) if toks[j].span.start < sp.end):
            return True
        i += 1
    return False


RAID_LEMMAS = frozenset(fold_string(w) for w in ("حملة مداهمات",))
_AFTER_WORDS = frozenset(fold_string(w) for w in "عقب بعد إثر اثر".split())
_OWN_SITES = frozenset(fold_string(w) for w in "حاجز حاجزا نقطة نقطه كمين مركز".split())


def _side_of(a: ActorMention, g: Candidate) -> bool:
    """a names one of g's sides (by its base name)."""
    return any(b is not None and _base_name(b) == _base_name(a) for b in (g.actor1, g.actor2))


def _weapon_used(doc: Doc, c: Candidate) -> bool:
    """c's cue is a weapon told as used ("المهاجمين استخدموا قذائف آر بي جي"): a verb of use at most
    two tokens before it."""
    k = token_at(doc, c.trigger.span.start)
    first = token_at(doc, doc.sentences[c.sentence].start)
    if any(doc.tokens[j].norm.lstrip("و") in _USE_WORDS for j in range(max(first, k - 2), k)):
        return True
    # "المسلحين استهدفوا الكمين بقذائف صاروخية": the weapon an attack was made with
    return c.trigger.prefix.endswith("ب") and any(
        doc.tokens[j].norm.lstrip("و").startswith(_ATTACK_VERB_STEMS) for j in range(max(first, k - 3), k))


_WHILE_BREAK = re.compile(r"(?:^|\s|،|,)(?:فيما|بينما|في\s+حين)\s")
ANAPHOR_KM = 50.0


def _far_apart(prev: Candidate, c: Candidate) -> bool:
    """c is placed in its own sentence more than 50 km from prev: "الاشتباكات" in "فيما تواصلت
    الاشتباكات في منطقة قنفودة غرب بنغازي" is not the clash told in Sirte before it."""
    if not c.location_in_sentence or c.location.latitude is None or prev.location.latitude is None:
        return False
    d = _distance_km(prev.location.latitude, prev.location.longitude, c.location.latitude, c.location.longitude)
    return d > ANAPHOR_KM


def _told_as_later(doc: Doc, c: Candidate) -> bool:
    """The sentence tells its act as happening later than what was told before it ("في وقت لاحق"،
    "لاحقا"، "في اليوم التالي")."""
    sent = doc.sentences[c.sentence]
    return bool(_LATER_RE.search(doc.folded[doc.offsets.to_folded(sent.start):doc.offsets.to_folded(sent.end)]))


def _riot_retold(doc: Doc, prev: Candidate, c: Candidate) -> bool:
    """"اندلعت مواجهات بين محتجين وقوات الأمن ..." then "إصابة ثلاثة من رجال الشرطة في المواجهات": the
    definite clash noun points back to the riot (the police hurt in it make no armed clash)."""
    return prev.sub.event_type is E.RIOTS and c.sub is S.ARMED_CLASH \
        and fold_string(doc.span_text(c.trigger.span)).lstrip("وفب").startswith("ال")


def _group(doc: Doc, cands: list[Candidate], resources) -> list[Event]:
    groups: list[Candidate] = []
    index: dict[tuple, Candidate] = {}
    members: dict[int, list[Candidate]] = {}  # id(group) -> the candidates it holds
    turned: dict[int, Candidate] = {}   # sentence -> the protest group a riot told there joined

    def start(key: tuple, c: Candidate) -> None:  # c opens a group of its own
        index[key] = c
        groups.append(c)
        members[id(c)] = [c]

    for c in cands:
        join = None
        unnamed = c.actor1 is None or c.actor1.actor.kind == "unidentified"
        if groups and (unnamed or (c.sub.event_type is E.EXPLOSIONS and not c.generic)):
            # "وأضاف أن الهجوم بدأ بتفجير سيارة مفخخة يقودها انتحاري": a part of the attack just told,
            # done by its doer
            whole = _whole_attack(doc, c, groups)
            if whole is not None and unnamed:
                c.actor1 = whole.actor1
                if c.actor2 is None and whole.actor2 is not None:
                    c.actor2 = whole.actor2
                c.reasons.append(f"actor1 {whole.actor1.actor.name}: the doer of the attack it was part of "
                                 f"(sentence {whole.sentence + 1})")
            if whole is not None and whole.generic and whole.sub in (S.ATTACK, S.ARMED_CLASH) \
                    and c.sub.event_type is E.EXPLOSIONS and not c.generic and c.actor1 is not None \
                    and c.actor1.actor.name == whole.actor1.actor.name and not c.background \
                    and (not c.location_in_sentence or _loc_key(c.location) == _loc_key(whole.location)
                         or _same_town(whole.location, c.location)):
                # (not another attack told at another place: "هذه العملية هي رد على الهجوم الانتحاري الذي استهدف
                # في سروج ناشطين")
                # (an attack told by a generic word, "الهجوم الذي شنته حركة الشباب على فندق", that began with a
                # suicide car bomb: one event, typed by its weapon, ACLED_CODING §1)
                whole.reasons.append(f"typed by the weapon it began with, told in sentence {c.sentence + 1}: {c.sub.value}")
                whole.sub = c.sub
                join = whole
        if join is None and groups and c.sub.event_type is E.EXPLOSIONS and not c.generic and c.actor1 is not None:
            # "ارتفع عدد الشهداء الذين سقطوا في المجزرة التي ارتكبتها قوات الاحتلال في حي الشجاعية" then "قصفت
            # المدفعية الإسرائيلية الحي": the massacre told first was done by the weapon told after it, by
            # the same side, there and then (one event, typed by its weapon)
            whole = next((g for g in reversed(groups) if g.sub is S.ATTACK and 0 < c.sentence - g.sentence <= 2
                          and g.day == c.day and g.actor1 is not None and g.actor1.actor.name == c.actor1.actor.name
                          and fold_string(g.trigger.lemma) in MASSACRE_LEMMAS
                          and (not c.location_in_sentence or _loc_key(c.location) == _loc_key(g.location)
                               or _same_town(g.location, c.location))), None)
            if whole is not None:
                whole.reasons.append(f"typed by the weapon told in sentence {c.sentence + 1}: {c.sub.value}")
                whole.sub = c.sub
                join = whole
        key = (c.sub.event_type, _place_key(c.location), c.day)
        if join is not None:
            index.setdefault(key, join)
            members.setdefault(id(join), [join]).append(c)
            join.weight = max(join.weight, c.weight)
            join.generic = False
            if c.weight >= CORROBORATION_MIN:
                join.extra_sentences.append(c.sentence)
            continue
        if groups and _SEPARATE_OPENER.match(doc.folded, doc.offsets.to_folded(doc.sentences[c.sentence].start)) \
                and not any(m.sentence == c.sentence for g0 in groups for m in members.get(id(g0), [g0])):
            # "وفي هجوم منفصل، أطلق مسلحون مجهولون النار على سوق للماشية في المدينة": the article says it
            # is another act, at the same town on the same day
            start(key + (c.sentence,), c)
            c.reasons.append("told as a separate act")
            continue
        if groups and c.location_in_sentence and (c.fatalities is not None or c.injured is not None) \
                and _told_as_later(doc, c) and not _toll_rose_in(doc, c.sentence):
            # "وتمكنت قوات الأمن في وقت لاحق من تصفية 6 عناصر في تبادل لإطلاق النار بمنطقة المساعيد": an act
            # told as later, with its own place and toll, is an event of its own
            start(key + (c.sentence,), c)
            continue
        g = index.get(key)
        if g is not None and c.clause is not None and any(
                m.sentence == c.sentence and m.clause is not None and m.clause != c.clause for m in members.get(id(g), [g])):
            # the two parts of a sentence cut in two are two events ("قتل الجيش 200 ... ردا على هجوم نفذه
            # 300 من مقاتلي ولاية سيناء ... وقتل فيه 17 جنديا")
            key = key + (c.clause.start,)
            g = index.get(key)
            if g is None:
                start(key, c)
                continue
        if g is None:
            # "سرت" and "مجمع العيادات في سرت" on one day: a quarter of the town is the town's event
            # (not two events a sentence tells apart: "في علاوي الحلة وسط بغداد ... كما ... في حي الدورة")
            g = next((h for h in groups if h.sub.event_type is c.sub.event_type and h.day == c.day
                      and h.sentence != c.sentence and not (c.sibling or c.own_place)
                      and _same_town(h.location, c.location) and not _other_doer(doc, c, h)), None)
            # ("كما سقطت عدة قذائف أطلقتها الفصائل المقاتلة على مناطق في حي الميدان" after the regime's
            # barrels on another quarter of Aleppo: another side's act)
        if g is not None and (_distinct_weapons(g, c) or _separate_takeover(g, c)):
            # "طائرات هليكوبتر قصفت ..." and "قذيفة سقطت على منزل ..." near one town on one day: ACLED codes
            # an air strike and a shelling, each named by its own cue
            key = key + (c.sub,)
            g = index.get(key)
            if g is None:
                start(key, c)
                continue
        if g is None and groups and _anaphoric(doc, c) and not _own_new_place(doc, c):
            # "الهجوم"، "التفجير": the definite noun points back to an event already told
            for prev in reversed(groups):
                if (prev.sub.event_type is c.sub.event_type or _riot_retold(doc, prev, c)) \
                        and _same_day(prev, c) and 0 < c.sentence - prev.sentence <= 6 \
                        and not _far_apart(prev, c):
                    g = prev
                    break
        if g is None and groups and c.location_in_sentence and c.location.geo_precision == 1 and c.location.admin1:
            # "انفجار سيارة مفخخة في محافظة دياربكر" (the province only), then "انفجرت السيارة على طريق في
            # منطقة ليجي": a town of that province, told later with the same act and no other toll, is
            # where the event happened
            g = next((h for h in reversed(groups) if h.sub is c.sub and h.day == c.day and h.sentence < c.sentence
                      and h.location.geo_precision == 3 and h.location.admin1 == c.location.admin1
                      and h.location.country == c.location.country
                      and c.fatalities in (None, h.fatalities) and c.injured in (None, h.injured)), None)
        if g is None and groups and not c.location_in_sentence and "no place near the cue" in c.location_why:
            # "المهاجمين يتحصنون حول مركز الشرطة": a telling with no place near it (placed by the
            # headline or the article's main place) continues the event told before it in that country
            g = next((h for h in reversed(groups) if h.sub is c.sub and h.day == c.day
                      and h.location.country == c.location.country and h.sentence < c.sentence), None)
        if g is None and groups and c.sub.event_type is E.RIOTS and not c.own_place:
            # "تظاهر مئات الطلاب في جامعة الخرطوم" then "ورشق الطلاب قوات الشرطة بالحجارة": the protest
            # just told turned violent; one event, a riot (ACLED codes a demonstration by its worst act)
            prev = next((h for h in reversed(groups) if h.sub.event_type is E.PROTESTS and _same_day(h, c)
                         and 0 < c.sentence - h.sentence <= 2
                         and (not c.location_in_sentence or _same_town(h.location, c.location))), None)
            if prev is not None:
                g = prev
                g.sub = c.sub
                if g.actor2 is None and c.actor1 is not None and c.actor1.actor.inter in (1, 8):
                    g.actor2 = c.actor1   # (the force named with the stoning is whom the crowd fought)
                g.reasons.append(f"the protest turned violent in sentence {c.sentence + 1}")
                turned[c.sentence] = g
        if g is None and c.sub is S.ARRESTS and c.sentence in turned and _same_day(turned[c.sentence], c):
            g = turned[c.sentence]   # "... واعتقلت عددا منهم": arrests in that riot are part of it
        if g is None and groups and c.sub.event_type is E.EXPLOSIONS and _weapon_used(doc, c):
            # "هجوم شنه مسلحون على كمين أمني ..." then "وأضافت المصادر أن المهاجمين استخدموا قذائف آر بي جي":
            # the weapons of a battle just told are its tactics, not a second event (ACLED_CODING §1)
            g = next((h for h in reversed(groups) if h.sub.event_type is E.BATTLES and _same_day(h, c)
                      and 0 < c.sentence - h.sentence <= 2), None)
            if g is not None:
                c.reasons.append(f"the weapons of the battle told in sentence {g.sentence + 1}")
        if g is None and groups and c.sub is S.SHELLING and (c.actor1 is None or c.actor1.actor.kind == "unidentified") \
                and c.actor2 is not None and c.actor2.actor.kind == "civilians" and _stray_fire(doc, c):
            # "اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في حي أبو سليم ..." then "ثلاثة مدنيين قتلوا بقذائف
            # عشوائية": civilians killed in the crossfire of the battle just told, at its place on its day, are
            # its dead (ACLED_CODING §1)
            g = next((h for h in reversed(groups) if h.sub.event_type is E.BATTLES and _same_day(h, c)
                      and 0 < c.sentence - h.sentence <= 2
                      and (_point(h.location) == _point(c.location) or _same_town(h.location, c.location))), None)
            if g is not None:
                c.reasons.append(f"civilians killed in the crossfire of the battle told in sentence {g.sentence + 1}")
                if c.fatalities and g.fatalities and not c.background:
                    g.fatalities += c.fatalities
                    g.reasons.append(f"fatalities: {c.fatalities} civilians killed in its crossfire")
        if g is None and groups and c.sub in (S.AIR_STRIKE, S.SHELLING) and c.actor2 is not None \
                and c.actor2.actor.kind not in ("civilians", "protesters", "rioters") \
                and not _SHIFT_OPENER.match(doc.folded, doc.offsets.to_folded(doc.sentences[c.sentence].start)):
            # (not across "من جهة أخرى، قصفت طائرات التحالف ...": another act)
            # "هجوم شنه مسلحون على كمين للجيش ..." then "وإن طائرات حربية شاركت في مطاردة المهاجمين وقتلت 40
            # منهم": strikes on a side of the battle just told, at its place on its day, are its tactics
            # (ACLED_CODING §1: one Battles event), their dead its dead
            g = next((h for h in reversed(groups) if h.sub.event_type is E.BATTLES and _same_day(h, c)
                      and 0 < c.sentence - h.sentence <= 2
                      and (_point(h.location) == _point(c.location) or _same_town(h.location, c.location))
                      and h.actor1 is not None and h.actor2 is not None
                      and (c.actor1 is None or _side_of(c.actor1, h))
                      and (_side_of(c.actor2, h) or c.actor2.actor.kind == "unidentified")), None)
            if g is not None:
                c.reasons.append(f"strikes on a side of the battle told in sentence {g.sentence + 1}: its tactics")
                if c.fatalities and g.fatalities and c.fatalities != g.fatalities and not c.background:
                    g.fatalities += c.fatalities
                    g.reasons.append(f"fatalities: {c.fatalities} more killed by its strikes in sentence {c.sentence + 1}")
        if g is None and groups and c.fatalities and c.trigger.cue in ("@kill", "@injure") \
                and _toll_rose_in(doc, c.sentence):
            # "وأضاف المرصد أن حصيلة القتلى في دوما ارتفعت لاحقا إلى 15 قتيلا": the toll of the event just
            # told at that place, updated
            # (or at the town whose quarter it was told in: "أعلن مدير مكتب الصحة بعدن ارتفاع عدد القتلى")
            g = next((h for h in reversed(groups) if 0 < c.sentence - h.sentence <= 2 and _same_day(h, c)
                      and (_loc_key(h.location) == _loc_key(c.location) or _same_town(h.location, c.location))), None)
        if g is None and c.generic and groups:
            # a sentence with only a generic cue continues the event just told
            prev = groups[-1]
            if 0 < c.sentence - prev.sentence <= 2 and (not c.location_in_sentence or _loc_key(c.location) == _loc_key(prev.location)) \
                    and prev.weight >= CONTINUED_MIN_WEIGHT and not _other_doer(doc, c, prev) \
                    and not (c.day != prev.day and "in the sentence" in c.date_why and "in the sentence" in prev.date_why):
                # (an act told too weakly to stand, a grievance's killing, is continued by none)
                # (nor is an act told with a day of its own, other than the one before: "قتل مسلحون مساء الخميس
                # مواطنا في العريش. وقتل مسلحون مساء الأربعاء مواطنين اثنين في العريش")
                g = prev
        if g is None and c.retold:
            continue   # "وجاءت الغارات بعد يوم من ...": the strikes of an event told before, or none
        if g is None:
            start(key, c)
            continue
        members.setdefault(id(g), [g]).append(c)
        other_dead = _other_sides_dead(g, c)
        if g.sentence != c.sentence and c.weight > g.weight + LEAD_MARGIN and c.location_in_sentence \
                and not c.sibling and not c.own_place and c.sub.event_type is g.sub.event_type \
                and (c.sub in TERRITORY_SUBS) == (g.sub in TERRITORY_SUBS):
            # (a fight told after ground taken, "شنوا هجوما معاكسا على مواقع قوات سوريا الديمقراطية", does not
            # retell the taking: its sides would swap the taker's)
            # the event is told best in c's sentence: it becomes the evidence, and its actors lead
            if g.weight >= CORROBORATION_MIN:
                g.extra_sentences.append(g.sentence)
            g.reasons.append(f"told best in sentence {c.sentence + 1} (weight {c.weight:.2f} > {g.weight:.2f})")
            g.sentence, g.trigger = c.sentence, c.trigger
            if c.actor1 is not None and not any("from the sentence before" in r for r in c.reasons):
                # (the sides swapped: the side hit first now acts, the first doer is acted upon)
                other = c.actor2 if c.actor2 is not None else g.actor1 if (
                    g.actor2 is not None and g.actor2.actor.name == c.actor1.actor.name) else g.actor2
                g.actor1, g.actor2 = c.actor1, other
        elif g.sentence != c.sentence and c.weight >= CORROBORATION_MIN:
            g.extra_sentences.append(c.sentence)
        if _RANK[c.sub] < _RANK[g.sub] and c.sub.event_type is g.sub.event_type and g.sub in REFINABLE \
                and not _named_weapon(g) and not (
                    # "لكن المتحدث باسم المعارضة نفى أن تكون قواته قد خسرت أي مقاتلين، وقال إنها سيطرت على
                    # ثلاثة مواقع": one side's contested version of the battle takes no ground in it
                    c.sub in TERRITORY_SUBS and g.sentence != c.sentence and _denying(doc, c.sentence)) and not (
                    # "اقتحمت المقاومة مدينة لودر ودخلت في حرب شوارع" retold as "تقتحم مدينة لودر": the
                    # storming is still told with no control
                    c.sub in TERRITORY_SUBS and fold_string(c.trigger.lemma) in STORM_LEMMAS
                    and any("no control told" in r for r in g.reasons)):
            g.sub = c.sub
        g.weight = max(g.weight, c.weight)
        g.generic = g.generic and c.generic
        if c.actor1 is not None and (g.actor2 is None or c.actor1.actor.name != g.actor2.actor.name) \
                and not _says_unclaimed(doc, c.sentence) \
                and not (g.sub.event_type in (E.EXPLOSIONS, E.VAC, E.BATTLES) and g.sentence != c.sentence
                         and _sentence_says(doc, c.sentence, _DENY_ACCUSE)) \
                and not (g.sub in (S.REMOTE_EXPLOSIVE, S.SUICIDE_BOMB) and g.sentence != c.sentence
                         and _state_force(c.actor1)) \
                and ((g.actor1 is None and not any("told as a person" in r for r in g.reasons))
                     or (g.actor1 is not None and g.actor1.actor.kind == "unidentified"
                         and c.actor1.actor.kind not in GENERIC_KINDS
                         and (c.actor1.actor.inter in (2, 3, 4) or g.sub.event_type is E.BATTLES))):
            # "مسلحون" told first, "عناصر التنظيم" named later: the named side (a doer told as a person,
            # "على يد شاب فلسطيني", is not replaced by the soldiers who then shot him)
            g.actor1 = c.actor1
        if g.actor2 is None and g.actor1 is not None and c.actor1 is not None and c.actor2 is not None \
                and g.sub.event_type is E.BATTLES and c.actor1.actor.name != g.actor1.actor.name and (
                    c.actor2.actor.name == g.actor1.actor.name or (
                        c.actor2.actor.kind == "unidentified" and c.actor1.actor.kind == "state"
                        and g.actor1.actor.kind != "state")):
            # "هاجم مسلحو حركة الشباب قاعدة في بلدة جنالي" then "وأضاف أن القوات قتلت 20 مسلحا": the side
            # that killed the attackers is the one they attacked
            g.actor2 = c.actor1
            g.reasons.append(f"actor2 '{c.actor1.surface}': killed the attackers in sentence {c.sentence + 1}")
        if g.actor2 is None and c.actor2 is not None and (g.actor1 is None or c.actor2.actor.name != g.actor1.actor.name):
            g.actor2 = c.actor2
        # the toll told with the event first stands; a later sentence fills a missing one only
        # (later sentences often give a running or wider total: ACLED keeps the lowest credible)
        if c.fatalities is not None and g.fatalities is None and not c.background:
            g.fatalities = c.fatalities  # (a total or background telling's toll is not the event's)
        elif c.fatalities and g.fatalities and c.fatalities > g.fatalities and g.sentence != c.sentence \
                and not c.background and _toll_rose_in(doc, c.sentence):
            # "وأضاف المرصد أن حصيلة القتلى في دوما ارتفعت لاحقا إلى 15 قتيلا بعد وفاة ثلاثة من الجرحى":
            # the toll updated (not "قد ترتفع": a guess)
            g.reasons.append(f"fatalities: {g.fatalities} -> {c.fatalities}, the toll updated in sentence {c.sentence + 1}")
            g.fatalities = c.fatalities
        elif other_dead and c.fatalities and g.fatalities and not c.background:
            # "خمسة جنود قتلوا في هجوم شنه مسلحون ... وأضاف أن القوات قتلت عشرة من المسلحين": the other
            # side's dead in the same fight are its dead too (ACLED_CODING §6)
            g.fatalities += c.fatalities
            g.reasons.append(f"fatalities: {c.fatalities} of the other side told in sentence {c.sentence + 1}")
        if c.injured is not None and g.injured is None and not c.background:
            g.injured = c.injured
        for attr in ("fatalities", "injured"):
            # "سقط نحو 70 قتيلا جراء تفجيرات هزت بغداد وكركوك" then "انفجار في مدينة الصدر أسفر عن مقتل
            # 34": a share of a wider total gives way to the toll told for the place itself
            if getattr(c, attr) is not None and not c.background and c.location_in_sentence \
                    and _split_toll(g, attr) and not _split_toll(c, attr):
                setattr(g, attr, getattr(c, attr))
                g.reasons.append(f"{attr}: {getattr(c, attr)}, told for the place in sentence {c.sentence + 1}")
        if c.precision < g.precision and c.day is not None:
            g.day, g.precision = c.day, c.precision
        quarter = c.location_in_sentence and _quarter_of(c.location, g.location)
        if (_place_rank(c) < _place_rank(g) or (quarter and _place_rank(c) <= _place_rank(g))) and not (
                # "في قريتين جنوبي مدينة الشيخ زويد": a side of the town told for the event is not
                # replaced by the town itself named in another sentence
                "distance" in g.location_why and g.location_in_sentence
                and _point(g.location) == _point(c.location)):
            # (a quarter of the town, told in its sentence, says more than the town)
            g.reasons.append(f"place from sentence {c.sentence + 1}: {c.location_why}")
            g.location, g.location_why, g.location_in_sentence = c.location, c.location_why, c.location_in_sentence
            index.setdefault((g.sub.event_type, _place_key(g.location), g.day), g)  # later tellings there join it
        g.reasons.append(f"also told in sentence {c.sentence + 1}")
    min_conf = getattr(resources, "min_confidence", 0.35)
    out: list[Event] = []
    for g in groups:
        ev = _to_event(doc, g, resources.triggers, resources.actors)
        if ev.confidence >= min_conf:
            out.append(ev)
    return out


_COUNTRY_SUFFIX = re.compile(r" \([^()]*\)$")


# nationality adjectives of people, singular and plural: "مهندسين أتراك"، "مسلحون فلسطينيون"، "مواطن أردني"
_NATIONALITIES = {fold_string(w): cc for cc, ws in {
    "PS": "فلسطيني", "IL": "إسرائيلي", "EG": "مصري", "SY": "سوري", "IQ": "عراقي", "LY": "ليبي", "YE": "يمني",
    "SD": "سوداني", "TN": "تونسي", "JO": "أردني", "LB": "لبناني", "SA": "سعودي", "DZ": "جزائري",
    "MA": "مغربي", "SO": "صومالي", "TR": "تركي", "IR": "إيراني", "AF": "أفغاني", "PK": "باكستاني",
    "US": "أمريكي أميركي", "GB": "بريطاني", "FR": "فرنسي", "DE": "ألماني", "IT": "إيطالي", "RU": "روسي",
    "CN": "صيني", "IN": "هندي", "PH": "فلبيني", "BD": "بنغالي", "ET": "إثيوبي", "ER": "إريتري", "KE": "كيني",
    "NG": "نيجيري", "TD": "تشادي", "ML": "مالي", "MR": "موريتاني", "QA": "قطري", "KW": "كويتي",
    "AE": "إماراتي", "OM": "عماني", "BH": "بحريني", "ES": "إسباني", "GR": "يوناني", "UA": "أوكراني",
}.items() for w in ws.split()}
for _w, _cc in list(_NATIONALITIES.items()):
    for _suffix in ("ه", "ون", "ين", "ان", "تان", "تين", "ات", "ا"):
        _NATIONALITIES[_w + _suffix] = _cc
_NATIONALITIES.update({fold_string(w): cc for w, cc in (("أتراك", "TR"), ("أفغان", "AF"), ("صينيون", "CN"))})
_NATIONALITIES.pop(fold_string("مالي"), None)  # "financial"; "ماليون"، "ماليين" stay


def _nationality_after(doc: Doc, m: ActorMention) -> str | None:
    """"مهندسين أتراك"، "مسلحون فلسطينيون": the nationality word right after a generic mention."""
    k = token_at(doc, m.span.end - 1) + 1
    if k >= len(doc.tokens) or doc.tokens[k].sentence != doc.tokens[k - 1].sentence:
        return None
    n = doc.tokens[k].norm
    return _NATIONALITIES.get(n[2:] if n.startswith("ال") else n)


_LAUNCHED = frozenset(fold_string(w) for w in """أطلق أطلقت أطلقه أطلقها أطلقوا اطلق يطلق تطلق المطلق
المطلقة أطلقا""".split())


def _fired_from(doc: Doc, si: int) -> str | None:
    """The country (English name) of the place a weapon was "fired from" in sentence si: "صاروخ أطلق من
    قطاع غزة" → Palestine; None if the sentence tells no such place."""
    sent = doc.sentences[si]
    for p in doc.places:
        if p.place is None or not sent.contains(p.span):
            continue
        k = token_at(doc, p.span.start)
        before = [doc.tokens[j].norm for j in range(max(0, k - 3), k)]
        if "من" in before[-2:] and any(w.lstrip("و") in _LAUNCHED for w in before):
            return COUNTRY_NAMES.get(p.place.country)
    # "قذيفة أطلقت من الأراضي اليمنية": the land of a nationality
    toks = doc.tokens
    for k in range(token_at(doc, sent.start), last_token(doc, sent) - 2):
        if toks[k].norm.lstrip("و") in _LAUNCHED and toks[k + 1].norm == "من" \
                and toks[k + 2].norm in ("الاراضي", "الجانب", "الاراضى"):
            n = toks[k + 3].norm if k + 3 < len(toks) else ""
            cc = _NATIONALITIES.get(n[2:] if n.startswith("ال") else n)
            if cc:
                return COUNTRY_NAMES.get(cc)
    return None


def _nationality_of_object(doc: Doc, t: TriggerMention) -> str | None:
    """The nationality word of the people right after an act's cue, within six words and its
    clause: "اختطف مسلحون مجهولون مهندسين أتراك"، "اغتيال صحفي بريطاني"."""
    k = token_at(doc, t.span.start)
    for j, x in _tokens_after(doc, k, 7):
        if x.norm in ("في", "،", ",", "و", "على", "من"):
            return None
        n = x.norm[2:] if x.norm.startswith("ال") else x.norm
        if n in _NATIONALITIES and j - 1 > k:
            # ("عامل إغاثة بريطانيا": the head two words back, its genitive between)
            for prev in (doc.tokens[j - 1].norm, doc.tokens[j - 2].norm if j - 2 > k else ""):
                p = prev[2:] if prev.startswith("ال") else prev
                if p and any(p.startswith(w) for w in _PEOPLE_STEMS):
                    return _NATIONALITIES[n]
    return None


# the heads a nationality word describes as people ("مهندسين أتراك"، "صحفي بريطاني"، "عمال مصريين")
_PEOPLE_STEMS = tuple(fold_string(w) for w in """مهندس عامل عمال موظف صحفي صحافي مواطن مواطنين سائح سياح
طبيب أطباء ممرض رهين رهائن مدني مدنيين شخص أشخاص طالب طلاب تاجر تجار بحار بحارة صياد صيادين رجل رجال امرأة نساء
سيدة طفل أطفال مزارع معلم مدرس ناشط ناشطين مسافر مسافرين حاج حجاج دبلوماسي خبير خبراء مقيم مقيمين""".split())


UNKNOWN_MILITARY = "Unidentified Military Forces"   # "طيران مجهول"، "طائرات أجنبية" (actors.tsv)


def _actor_fields(doc: Doc, m: ActorMention | None, country: str | None = None
                  ) -> tuple[str | None, str | None, int | None]:
    if m is None:
        return None, None, None
    name = m.actor.name
    if m.actor.kind in GENERIC_KINDS and _COUNTRY_SUFFIX.search(name) and (nat := _nationality_after(doc, m)):
        country = COUNTRY_NAMES.get(nat, country)  # "Civilians (Turkey)": Turkish engineers taken in Libya
    if country and m.actor.kind in GENERIC_KINDS and name != UNKNOWN_MILITARY:
        # (ACLED names unknown aircraft "Unidentified Military Forces", with no country: whose they are is unknown)
        # "Civilians (X)" are the civilians of the country where the event happened (a mention read
        # with no country at all, "Civilians", gets the event's when its place gives one)
        name = _COUNTRY_SUFFIX.sub(f" ({country})", name) if _COUNTRY_SUFFIX.search(name) else f"{name} ({country})"
    return name, m.surface, m.actor.inter


# country names ACLED writes with the article ("Police Forces of the United Kingdom")
_THE_COUNTRIES = frozenset("""United States|United Kingdom|United Arab Emirates|Netherlands|Philippines|Central African
Republic|Democratic Republic of Congo|Republic of Congo|Gambia|Comoros|Maldives|Bahamas""".replace("\n", " ").split("|"))


# "ولم تتبن أي جهة التفجير حتى الآن"، "لم تعلن أي جماعة مسؤوليتها": the article says no one claimed it
_NO_CLAIM = re.compile(r"(?:لم|ولم)\s+(?:تتبن|يتبن|تتبني|يتبني|تعلن|يعلن)\s+(?:اي|احد|ايه)(?:\s|$)"
                       r"|(?:لم|ولم)\s+(?:تتبن|يتبن|تتبني|يتبني)\s+\S+\s+(?:بعد|حتي)")
# "ونفت حركة طالبان أي علاقة لها بالهجوم"، "واتهمت الفصائل الوحدات الكردية بالوقوف وراء التفجير": a denial
# or an accusation names no doer of a violent act
_DENY_ACCUSE = re.compile(r"(?<![^\W\d_])[وف]?(?:نفي|نفت|ينفي|تنفي)\s+(?:\S+\s+){0,5}?(?:اي\s+)?(?:علاقه|صله|مسووليه|مسؤوليه|ضلوع)"
                       r"|(?<![^\W\d_])[وف]?(?:اتهم|اتهمت|يتهم|تتهم)(?:\s+\S+){1,6}\s+(?:بالوقوف|بتنفيذ|بشن|بالمسووليه|بالمسؤوليه)")


def _group_belonged_to(doc: Doc, m: ActorMention) -> ActorMention | None:
    """The named group the unnamed men of mention m are said to belong to, within six words after it
    ("ثمانية مسلحين يشتبه بانتمائهم لتنظيم الدولة الإسلامية")."""
    end = token_at(doc, m.span.end - 1)
    sent = doc.tokens[end].sentence
    first = token_at(doc, doc.sentences[sent].start)
    for a in doc.actors:
        ti = token_at(doc, a.span.start)
        if end < ti <= end + 6 and doc.tokens[ti].sentence == sent and a.actor.kind not in GENERIC_KINDS | {"none"} \
                and belonging(doc, ti, first):
            return a
    return None


def _sentence_says(doc: Doc, si: int, pattern: re.Pattern) -> bool:
    """Sentence si's folded text matches `pattern`."""
    sp = doc.sentences[si]
    return pattern.search(doc.folded, doc.offsets.to_folded(sp.start), doc.offsets.to_folded(sp.end)) is not None


def _says_unclaimed(doc: Doc, si: int) -> bool:
    """Sentence si says no one claimed the act ("ولم تعلن أي جهة مسؤوليتها عن الهجوم، لكن جماعة ولاية
    سيناء تبنت هجمات مماثلة"): the group it names did not claim it."""
    return _sentence_says(doc, si, _NO_CLAIM)


# "طائرة مسيرة مجهولة"، "طائرات مجهولة الهوية"، "غارة لم تعرف هويتها"، "طيران مجهول"
_UNKNOWN_AIRCRAFT = re.compile(r"(?:طائره|طائرات|طيران|مسيره|مسيرات|غاره|غارات)(?:\s+\S+){0,3}\s+"
                               r"(?:مجهول|مجهوله|مجهولة|لم\s+(?:تعرف|يعرف|تحدد|يحدد)\s+هويت)")


def _country_name(loc: Location) -> str:
    return loc.country or "Unknown"


_SUSPECT_RE = re.compile(r"ارهاب|إرهاب|متشدد|تكفير|خليه|خلية|مشتبه|المشتبه|متطرف")


def _suspects_context(doc: Doc, si: int) -> bool:
    """Terrorism, militants, a cell or suspects named in the sentence or the two before it."""
    lo = doc.sentences[max(0, si - 2)].start
    return bool(_SUSPECT_RE.search(doc.text[lo:doc.sentences[si].end]))


_GRIP_LEMMAS = frozenset(fold_string(w) for w in ("قبضتها على", "قبضته على", "قبضتهم على"))


def _territory_sides(g: Candidate) -> None:
    """A group refined to a territory change keeps its sides straight: the government side regains,
    a non-state side overtakes ("وأسفرت المواجهات ..." told first with the group as actor1)."""
    p1, p2 = is_pro_government(g.actor1), is_pro_government(g.actor2)
    if g.sub is S.GOV_REGAINS and p1 is False and any("the subject of the verb that took the ground" in r
                                                       for r in g.reasons):
        # "انسحبت قوات النظام من المطار، وسيطرت عليه جبهة النصرة": the side that took it is read from its
        # verb; the type follows the side
        g.sub = S.NSA_OVERTAKES
        g.reasons.append("type: a non-state side took the ground")
        return
    if g.sub is S.GOV_REGAINS and p1 is False:
        g.actor1, g.actor2 = (g.actor2, g.actor1) if p2 else (None, g.actor1)
        g.reasons.append("actors: the side that lost ground is actor2 of a government regain")
    elif g.sub is S.GOV_REGAINS and g.actor1 is None and p2 is True and any(
            r == f"actor2 '{g.actor2.surface}' lost the ground ('من')" for r in g.reasons):
        # "حرر مقاتلو إدارة العمليات العسكرية مدينة معرة النعمان من قوات النظام": the government side lost
        # the ground; whoever "liberated" it is a non-state side
        g.sub = S.NSA_OVERTAKES
        g.reasons.append("type: the government side lost the ground")
    elif g.sub is S.GOV_REGAINS and g.actor1 is None and p2 is True:
        # "شن المتمردون هجوما على مواقع الجيش ... وقال إن قواته طردت المتمردين": the army attacked,
        # told as the clash's target, is the side that regained the ground
        g.actor1, g.actor2 = g.actor2, None
        g.reasons.append("actors: the government side named as the target regained the ground")
    elif g.sub is S.NSA_OVERTAKES and p1 is True and p2 is False:
        g.actor1, g.actor2 = g.actor2, g.actor1
        g.reasons.append("actors: the non-state side took the ground")


def _to_event(doc: Doc, g: Candidate, lexicon, actors=None) -> Event:
    _territory_sides(g)
    a1, a1_ar, i1 = _actor_fields(doc, g.actor1, g.location.country)
    caller = None
    a2, a2_ar, i2 = _actor_fields(doc, g.actor2, g.location.country)
    country = _country_name(g.location)
    et = g.sub.event_type
    # ACLED defaults for the unnamed side
    if a1 is None and g.sub is S.GOV_REGAINS:
        # "القوات استعادت معسكر ...": the government side the article names most
        dom = dominant_armed_actor(doc, state=True)
        if dom is not None and (g.actor2 is None or g.actor2.actor.name != dom.actor.name):
            a1, a1_ar, i1 = dom.actor.name, dom.surface, dom.actor.inter
            g.reasons.append(f"actor1 {dom.actor.name}: the government side the article names most")
    if g.sub is S.ARRESTS and g.actor1 is not None and g.actor1.actor.inter in (5, 6, 7):
        # "الإخوان المسلمون ... اعتقالهم": a movement, protesters or civilians named are the arrested, not
        # who arrests (the state does)
        if a2 is None or (g.actor2 is not None and g.actor2.actor.kind in GENERIC_KINDS):
            a2, a2_ar, i2 = a1, a1_ar, i1
        a1, a1_ar, i1 = None, None, None
        g.reasons.append("actor1: a movement or people named are the arrested, not the arresting force")
    if g.sub is S.AIR_STRIKE and a1 is not None and a1.startswith("Police Forces"):
        # "قال قائد شرطة إقليم قندهار إن 60 من مقاتلي طالبان قتلوا في ضربات جوية": the police fly no
        # aircraft; the officer tells of the strike
        a1, a1_ar, i1 = None, None, None
        g.reasons.append("actor1: the police fly no aircraft")
    if a1 is None and et is E.EXPLOSIONS and _UNKNOWN_AIRCRAFT.search(
            doc.folded, doc.offsets.to_folded(doc.sentences[g.sentence].start),
            doc.offsets.to_folded(doc.sentences[g.sentence].end)):
        # "استهدفت طائرة مسيرة مجهولة سيارة"، "غارة جوية لم تعرف هويتها": the text says no one knows whose
        # aircraft it was; no side is guessed for it (ACLED_CODING §3)
        a1, i1 = f"Unidentified Armed Group ({country})", 3
        g.reasons.append("actor1: an aircraft the text says is unknown")
    if a1 is None:
        d = lexicon.default_actor(g.location.iso, g.sub, g.day)
        if d is not None:
            a1, i1 = d.actor, d.inter
            g.reasons.append(f"actor1 {d.actor}: unnamed initiator of this kind of event in this country")
        elif g.sub is S.ARRESTS and g.location.country:
            # an arrest is the state's (ACLED_CODING): a country without a period table gets its police
            the = "the " if g.location.country in _THE_COUNTRIES else ""
            a1, i1 = f"Police Forces of {the}{g.location.country}", 1
            g.reasons.append(f"actor1 {a1}: an arrest with no arresting force named is the police's")
    # (an unclaimed bomb or attack stays an unidentified group's even where the article names an armed
    # group elsewhere: ACLED_CODING §3 "an unclaimed bomb"; a group the gunmen are said to belong to is
    # theirs, below)
    if et in _VIOLENT and g.actor1 is not None and g.actor1.actor.kind == "unidentified" \
            and (joined := _group_belonged_to(doc, g.actor1)) is not None \
            and (g.actor2 is None or joined.actor.name != g.actor2.actor.name):
        # "مسلحين يشتبه في انتمائهم لجماعة بوكو حرام قتلوا 30 شخصا": the group the gunmen are said to
        # belong to (ACLED codes a suspected group's attack to it)
        a1, a1_ar, i1 = joined.actor.name, joined.surface, joined.actor.inter
        g.reasons.append(f"actor1 {a1}: the group the gunmen are said to belong to")
    if et is E.VAC and _settlers(g.actor2):
        # settlers attacked are civilians (ACLED names settlers only as those who attack)
        a2, i2 = "Civilians (Israel)", 7
    if et is E.BATTLES:
        if a2 is not None and g.actor2 is not None and g.actor2.actor.kind == "civilians":
            a2, a2_ar, i2 = None, None, None  # civilians killed in a battle are its dead, not a side
        if a1 is None and g.sub is not S.GOV_REGAINS:
            # ("اشتباكات بين مجموعتين مسلحتين"; ground regained by an unnamed side is the state's:
            # no armed group is made up for it)
            a1, i1 = f"Unidentified Armed Group ({country})", 3
    if g.sub is S.ARMED_CLASH and a2 is None and actors is not None and g.location.iso \
            and (site := security_site(doc, g.trigger)) is not None \
            and (force := post_force(actors, g.location.iso, site[1], g.day)) is not None and force.name != a1:
        # "هاجم مسلحون حاجزا أمنيا": the force that holds the post is the side attacked
        a2, a2_ar, i2 = force.name, site[0], force.inter
        g.reasons.append(f"actor2 {a2}: the force that holds the {site[1]} post '{site[0]}'")
    if a1 is None and et in (E.EXPLOSIONS, E.VAC) and g.sub is not S.AIR_STRIKE:
        # "سقط صاروخ أطلق من قطاع غزة في ... أشكول": the unnamed group fired from another country is of it
        a1, i1 = f"Unidentified Armed Group ({_fired_from(doc, g.sentence) or country})", 3
    if et is E.PROTESTS and g.actor2 is not None and g.actor2.actor.kind in ("civilians", "protesters"):
        # "تظاهر مئات من أهالي المدينة": the residents are the protesters, not a target
        a2, a2_ar, i2 = None, None, None
    if et is E.PROTESTS and g.actor1 is not None and g.actor1.actor.inter in (1, 8) \
            and in_grievance(doc, g.trigger, g.actor1):
        # "تظاهر آلاف اليمنيين احتجاجا على غارات التحالف": the force protested against is no protester
        g.reasons.append(f"actor1 Protesters ({country}): '{a1_ar}' is what the crowd protests against")
        a1 = None
    elif et is E.PROTESTS and g.actor1 is not None and g.actor1.actor.inter not in (1, 8) \
            and g.actor1.actor.kind != "protesters":
        # "نظم أنصار الحراك الجنوبي مسيرة": the demonstrators are ACLED's Protesters (Yemen); the party or
        # movement that called them out is their association, not the actor
        g.reasons.append(f"actor1 Protesters ({country}): '{a1_ar}' called the protest")
        caller = a1   # (its association: ACLED's assoc_actor_1)
        a1 = None
    if a1 is None and et is E.PROTESTS:
        a1, i1 = f"Protesters ({country})", 6
    if g.sub is S.PEACEFUL_PROTEST:
        # a peaceful protest has one side; what it is against ("احتجاجا على الاحتلال الأميركي") is its cause
        a2, a2_ar, i2 = None, None, None
    if et is E.RIOTS and g.actor1 is not None and g.actor1.actor.inter in (1, 8) and (
            a2 is None or (g.actor2 is not None and g.actor2.actor.kind in ("protesters", "rioters", "civilians"))):
        # (the civilians hurt in it are the rioters: "استشهد شاب فلسطيني ... خلال مواجهات")
        # "اشتباكات بين متظاهرين والشرطة": the police named first are the side the rioters fought
        a2, a2_ar, i2 = a1, a1_ar, i1
        a1, a1_ar = None, None
    if et is E.RIOTS and a1 is None and i2 == 7 and g.actor2 is not None and g.actor2.actor.kind == "civilians" \
            and g.actor2.span.end <= g.trigger.span.start and not named_civilians(g.actor2):
        # "أغلق شبان غاضبون الطريق بالإطارات المشتعلة": the people told before the act did it, they are
        # the rioters, not whom it was done to
        a2, a2_ar, i2 = None, None, None
        g.reasons.append(f"'{g.actor2.surface}' did the act: the rioters")
    if et is E.RIOTS and (a1 is None or (g.actor1 is not None and (g.actor1.actor.kind == "protesters" or (
            g.actor1.actor.kind == "civilians" and not named_civilians(g.actor1))))):
        # "أحرق المتظاهرون إطارات السيارات": demonstrators who riot are coded as rioters (ACLED); so are
        # people told as such who fight ("مواجهات بين عشرات الشبان وقوات الاحتلال")
        a1, i1 = f"Rioters ({country})", 5
    if et is E.VAC and (a2 is None or (g.actor2 is not None and g.actor2.actor.inter != 7)):
        if a2 is None:
            # "اختطف مسلحون مهندسين أتراك": people named with their nationality after the act are its civilians
            nat = _nationality_of_object(doc, g.trigger)
            a2, i2 = f"Civilians ({COUNTRY_NAMES.get(nat, country) if nat else country})", 7
    if g.sub is S.ARRESTS and g.actor2 is not None and g.actor2.actor.kind in ("civilians", "unidentified") \
            and (joined := _group_belonged_to(doc, g.actor2)) is not None and joined.actor.name != a1:
        # "اعتقلت السلطات 40 شخصا يشتبه بانتمائهم إلى تنظيم الدولة": the group the arrested are said to join
        a2, a2_ar, i2 = joined.actor.name, joined.surface, joined.actor.inter
        g.reasons.append(f"actor2 {a2}: the group the arrested are said to belong to")
    elif g.sub is S.ARRESTS and (a2 is None or (g.actor2 is not None and g.actor2.actor.kind == "civilians")) \
            and _suspects_context(doc, g.sentence):
        # "اعتقل ثلاثة أشخاص آخرين" in a sweep against a terror cell: the arrested are suspected militants
        a2, a2_ar, i2 = f"Unidentified Armed Group ({country})", a2_ar, 3
        g.reasons.append("actor2: the arrested are suspected militants (terrorism named nearby)")
    if et in (E.EXPLOSIONS, E.BATTLES) and g.actor2 is not None and g.actor2.actor.kind == "unidentified":
        # "قتلت ثمانية مسلحين يشتبه بانتمائهم لتنظيم الدولة": the group they are said to belong to
        joined = _group_belonged_to(doc, g.actor2)
        # "مقتل 17 مسلحا" in a strike on the group the article is about: those militants are its men
        dom = joined or dominant_armed_actor(doc)
        if joined is not None and joined.actor.name != a1:
            a2, a2_ar, i2 = joined.actor.name, joined.surface, joined.actor.inter
            g.reasons.append(f"actor2 {a2}: the group the militants are said to belong to")
        elif dom is not None and dom.actor.name != a1:
            a2, a2_ar, i2 = dom.actor.name, dom.surface, dom.actor.inter
            g.reasons.append(f"actor2 {dom.actor.name}: the unnamed militants of the armed group the article names most")
    if g.sub is S.SUICIDE_BOMB and g.fatalities is None and not g.background \
            and any(_blew_himself_up(doc, si) for si in (g.sentence, *g.extra_sentences)):
        # "فجر انتحاري نفسه قرب حاجز للجيش دون أن يوقع إصابات": no toll told in any of its sentences, the
        # bomber who blew himself up is its one dead (ACLED_CODING §6)
        g.fatalities = 1
        g.reasons.append("fatalities: 1, the bomber who blew himself up")
    if a1 is not None and a2 is not None and a1 == a2:
        a2, a2_ar, i2 = None, None, None
    conf = g.weight
    if g.generic and g.fatalities is None and g.injured is None and not _assault_on_positions(doc, g) \
            and not _claimed_here(doc, g):
        conf *= 0.6  # only a context-typed cue and no toll: more likely a mention than a report
        g.reasons.append("confidence: generic cue without a toll")
    ref = reference_date(doc)
    if g.day is not None and ref is not None and (ref - g.day).days > 45:
        conf *= 0.5
        g.reasons.append(f"confidence: {(ref - g.day).days} days before the article (background)")
    if g.location.geo_precision == 3 and "country only" in g.location_why:
        conf -= 0.25  # a country is not a place: most such sentences summarise or comment
    if (g.sub in TERRITORY_SUBS or g.sub is S.NONVIOLENT_TRANSFER) and g.actor1 is None \
            and not _armed_context(doc, g.sentence):
        # "اجتاحت أسراب الجراد مناطق واسعة"، "سيطرت فرق الدفاع المدني على حريق": ground taken by no armed
        # side told anywhere is no transfer of territory (ACLED_CODING §2: a side takes it)
        conf *= 0.4
        g.reasons.append("confidence: ground taken by no side told")
    if g.actor1 is not None:
        conf += 0.05
    if "in the sentence" in g.date_why:
        conf += 0.03
    if not g.location_in_sentence:
        conf -= 0.1
    told = len(set(g.extra_sentences) - {g.sentence})
    if told:
        # told again in other sentences of the article: a report, not a passing mention
        conf += min(CORROBORATION_MAX, CORROBORATION_STEP * told)
        g.reasons.append(f"confidence: told in {told + 1} sentences")
    conf = max(0.0, min(0.99, conf))
    evidence = doc.sentences[g.sentence]
    assoc1 = assoc2 = None
    if caller is not None:
        assoc1 = caller
    for backer, side in backers(doc, evidence, doc.actors):
        # "قوات النظام مدعومة بمقاتلي حزب الله": the backer is the associate of the side it backs
        if g.actor1 is not None and side.actor.name == g.actor1.actor.name and backer.actor.name != a1:
            assoc1 = assoc1 or _actor_fields(doc, backer, g.location.country)[0]
        elif g.actor2 is not None and side.actor.name == g.actor2.actor.name and backer.actor.name != a2:
            assoc2 = assoc2 or _actor_fields(doc, backer, g.location.country)[0]
    ev = Event(
        event_id=make_event_id(doc.article.id, evidence, f"{g.sub.value}|{_loc_key(g.location)}"),
        event_date=g.day, time_precision=g.precision, sub_event_type=g.sub,
        actor1=a1, actor2=a2, actor1_ar=a1_ar, actor2_ar=a2_ar, inter1=i1, inter2=i2,
        location=g.location, sources=(Source.from_article(doc.article, evidence),),
        # (a strategic development kills no one: "قتلت 100 ... وفككت عشرات العبوات" counts the battle's dead)
        # (nor does a peaceful protest: "مسيرة إحياء لذكرى مقتل الشاب" counts an old death)
        fatalities=None if et is E.STRATEGIC or g.sub is S.PEACEFUL_PROTEST else g.fatalities,
        injured=None if et is E.STRATEGIC or g.sub is S.PEACEFUL_PROTEST else g.injured, confidence=conf,
        reasons=tuple(g.reasons), assoc_actor_1=assoc1, assoc_actor_2=assoc2,
    )
    return ev.with_(notes=make_note(ev))
