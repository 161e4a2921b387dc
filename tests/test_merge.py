"""rasd/merge (rules, within-run merging, copies of articles): real Arabic news sentences, events built by hand."""
from __future__ import annotations

import random
from datetime import date

import pytest

from rasd.merge import (compatible, dedupe_articles, haversine_km, merge_events,
                        merge_events_explained, minhash)
from rasd.model import Article, Event, Location, Source, Span, make_event_id
from rasd.resources.acled import SubEventType as S

MAARAT = ("Maarrat an Nu'man", "معرة النعمان", 35.6476, 36.6717, "Idlib", "Syria", "169389")
IDLIB = ("Idlib", "إدلب", 35.9306, 36.6339, "Idlib", "Syria", "169388")
HAMA = ("Hama", "حماة", 35.1318, 36.7578, "Hama", "Syria", "170017")
LODAR = ("Lawdar", "لودر", 13.8833, 45.8667, "Abyan", "Yemen", "73560")
TARMIYAH = ("At Tarmiyah", "الطارمية", 33.6706, 44.3944, "Baghdad", "Iraq", "98245")
TAJI = ("At Taji", "التاجي", 33.5228, 44.2669, "Baghdad", "Iraq", "98463")
NOWHERE = (None, None, None, None, None, None, None)


def ev(text: str, phrase: str | None = None, *, article: str = "a1", outlet: str | None = "Asharq Al-Awsat",
       published: date | None = date(2015, 8, 2), day: date | None = date(2015, 8, 1), tp: int = 1,
       sub: S = S.AIR_STRIKE, place=MAARAT, gp: int = 1, actor1: str | None = None,
       actor2: str | None = None, fatalities: int | None = None, confidence: float = 0.5) -> Event:
    """An event whose evidence is `phrase` (default: the whole text) inside the article `text`."""
    start = text.index(phrase) if phrase else 0
    span = Span(start, start + len(phrase or text))
    name, name_ar, lat, lon, admin1, country, gid = place
    src = Source(article, outlet, published, span, span.text_of(text))
    return Event(make_event_id(article, span, sub.value), day, tp, sub, actor1, actor2,
                 Location(name, name_ar, lat, lon, gp if lat is not None else 3, admin1, country, gid),
                 (src,), fatalities=fatalities, confidence=confidence)


# two outlets telling one strike in different words
AAWSAT = "وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان، بحسب المرصد السوري لحقوق الإنسان."
JAZEERA = "قُتل ثلاثة مدنيين بينهم طفلان بغارة جوية شنها الطيران الحربي التابع للنظام على معرة النعمان بريف إدلب."


def test_merge_same_strike_two_outlets_merges_into_one_event_with_two_sources():
    a = ev(AAWSAT, article="aawsat-1", published=date(2015, 8, 2), fatalities=2,
           actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)")
    b = ev(JAZEERA, article="jazeera-7", outlet="Al Jazeera", published=date(2015, 8, 2), fatalities=3,
           actor1="Military Forces of Syria (2000-)")
    out = merge_events([b, a])
    assert len(out) == 1
    m = out[0]
    assert [s.article_id for s in m.sources] == ["aawsat-1", "jazeera-7"]
    assert m.event_id == a.event_id                      # the earliest (same day: article id order)
    assert m.sources[0].text == AAWSAT[m.sources[0].evidence.start:m.sources[0].evidence.end]
    assert m.sources[1].text == JAZEERA[m.sources[1].evidence.start:m.sources[1].evidence.end]
    assert m.fatalities == 2                             # lowest of two same-day reports
    assert m.actor2 == "Civilians (Syria)"
    assert any(r.startswith("merged jazeera-7@") for r in m.reasons)


def test_merge_two_strikes_same_day_100_km_apart_stay_two_events():
    a = ev("شنت طائرات حربية غارات على مدينة إدلب صباح اليوم.", place=IDLIB, article="a1")
    b = ev("قصفت الطائرات الحربية أحياء في مدينة حماة صباح اليوم.", place=HAMA, article="a2")
    assert haversine_km(IDLIB[2], IDLIB[3], HAMA[2], HAMA[3]) > 80
    ok, why = compatible(a, b)
    assert not ok and "km apart" in why["why_not"]
    assert len(merge_events([a, b])) == 2


def test_merge_clash_and_air_strike_same_place_and_day_stay_two_events():
    text = ("وقال قيادي في المقاومة إن اشتباكات عنيفة تجري الآن في مدينة لودر، فيما شن طيران "
            "التحالف غارات على مواقع الحوثيين في لودر.")
    clash = ev(text, "اشتباكات عنيفة تجري الآن في مدينة لودر", sub=S.ARMED_CLASH, place=LODAR,
               actor1="Popular Resistance", actor2="Houthi Movement")
    strike = ev(text, "شن طيران التحالف غارات على مواقع الحوثيين في لودر", sub=S.AIR_STRIKE, place=LODAR,
                actor1="Saudi-led Coalition", actor2="Houthi Movement")
    ok, why = compatible(clash, strike)
    assert not ok and why["why_not"].startswith("different event types")
    out = merge_events([clash, strike])
    assert sorted(e.sub_event_type.value for e in out) == ["Air/drone strike", "Armed clash"]


def test_merge_headline_lead_and_body_are_one_event():
    text = ("مقتل ستة جنود في تفجير شمال بغداد\n"
            "قتل ما لا يقل عن ستة من رجال الجيش والشرطة في هجوم انتحاري استهدف نقطة تفتيش في بلدة الطارمية.\n"
            "وقالت مصادر طبية إن الانتحاري فجر سيارته المفخخة عند الحاجز مما أدى إلى مقتل ستة.")
    head = ev(text, "مقتل ستة جنود في تفجير شمال بغداد", sub=S.REMOTE_EXPLOSIVE, place=NOWHERE, fatalities=6)
    lead = ev(text, "هجوم انتحاري استهدف نقطة تفتيش في بلدة الطارمية", sub=S.SUICIDE_BOMB, place=TARMIYAH,
              actor2="Military Forces of Iraq (2014-)")
    body = ev(text, "الانتحاري فجر سيارته المفخخة عند الحاجز", sub=S.SUICIDE_BOMB, place=NOWHERE, fatalities=6)
    out = merge_events([head, lead, body])
    assert len(out) == 1
    m = out[0]
    assert len(m.sources) == 3 and {s.article_id for s in m.sources} == {"a1"}
    assert m.sub_event_type is S.SUICIDE_BOMB            # the most specific
    assert m.location.name_ar == "الطارمية" and m.location.geo_precision == 1
    assert m.fatalities == 6 and m.actor2 == "Military Forces of Iraq (2014-)"
    assert m.event_id == head.event_id                   # the first in the article keeps its id


JARJANAZ = ("Jarjanaz", "جرجناز", 35.61823, 36.78281, "Idlib", "Syria", "169168")
TALLMANNIS = ("Tallmannis", "تلمنس", 35.63726, 36.73746, "Idlib", "Syria", "163499")


@pytest.mark.parametrize("sub_b, place_b, gp_b, merges", [
    # two acts one sentence tells, typed apart by the extractor: barrels on one town, shells on another
    (S.SHELLING, TALLMANNIS, 2, False),
    # one act the extractor gave twice (one type, one place): one event
    (S.AIR_STRIKE, JARJANAZ, 1, True),
])
def test_merge_one_sentence_two_acts_typed_apart_stay_two_events(sub_b, place_b, gp_b, merges):
    text = ("ألقت مروحيات النظام السوري براميل متفجرة على بلدة جرجناز شرقي معرة النعمان، في حين طال قصف مدفعي "
            "مصدره قوات النظام بلدة تلمنس، ما أسفر عن إصابة امرأة وطفلها.")
    a = ev(text, sub=S.AIR_STRIKE, place=JARJANAZ, actor1="Military Forces of Syria (2000-)")
    b = ev(text, sub=sub_b, place=place_b, gp=gp_b, actor1="Military Forces of Syria (2000-)")
    b = b.with_(event_id=b.event_id + "x")
    assert len(merge_events([a, b])) == (1 if merges else 2)


@pytest.mark.parametrize("a1, b1, merges", [
    ("Islamic State (Iraq)", "Islamic State (Iraq)", True),
    ("Islamic State (Iraq)", None, True),                                   # unknown fits a known one
    ("Islamic State (Iraq)", "Unidentified Armed Group (Iraq)", True),      # so does an unidentified one
    ("Islamic State (Iraq)", "Popular Mobilization Forces", False),         # two different known actors
])
def test_merge_actor_rule(a1, b1, merges):
    text = "قتل ستة من رجال الجيش في هجوم انتحاري استهدف نقطة تفتيش في بلدة الطارمية."
    a = ev(text, sub=S.SUICIDE_BOMB, place=TARMIYAH, actor1=a1, article="x1")
    b = ev(text, sub=S.SUICIDE_BOMB, place=TARMIYAH, actor1=b1, article="x2")
    assert compatible(a, b)[0] is merges
    assert len(merge_events([a, b])) == (1 if merges else 2)


def test_merge_battle_sides_told_the_other_way_round():
    a = ev("اشتباكات بين قوات الجيش ومسلحي داعش في الطارمية", sub=S.ARMED_CLASH, place=TARMIYAH,
           actor1="Military Forces of Iraq (2014-)", actor2="Islamic State (Iraq)", article="x1")
    b = ev("اشتباكات بين مسلحي داعش والجيش العراقي في الطارمية", sub=S.ARMED_CLASH, place=TARMIYAH,
           actor1="Islamic State (Iraq)", actor2="Military Forces of Iraq (2014-)", article="x2")
    out = merge_events([a, b])
    assert len(out) == 1 and out[0].actor1 == "Military Forces of Iraq (2014-)"


def test_merge_two_named_towns_20_km_apart_are_different_places():
    a = ev("انفجار عبوة ناسفة في الطارمية", sub=S.REMOTE_EXPLOSIVE, place=TARMIYAH, article="x1")
    b = ev("انفجار عبوة ناسفة في التاجي", sub=S.REMOTE_EXPLOSIVE, place=TAJI, article="x2")
    assert haversine_km(TARMIYAH[2], TARMIYAH[3], TAJI[2], TAJI[3]) < 25
    ok, why = compatible(a, b)
    assert not ok and why["why_not"].startswith("different places")


# one town under two gazetteer entries (the town and the district of the same name, 13.6 km apart)
LODAR_DISTRICT = ("Lawdar District", "لودر", 13.7875, 45.7876, "Abyan", "Yemen", "6940571")


@pytest.mark.parametrize("other, merges", [
    (LODAR_DISTRICT, True),                                                    # same name: one place
    (("Al Wadi", "الوادي", 13.7875, 45.7876, "Abyan", "Yemen", "6940572"), False),  # another name, same spot
])
def test_merge_one_name_under_two_gazetteer_ids_is_one_place(other, merges):
    a = ev("خاضت المقاومة الشعبية في جنوب اليمن اليوم الاثنين معارك ضد قوات الحوثي في لودر وسيطرت على المدينة",
           sub=S.GOV_REGAINS, place=LODAR, actor1="Popular Resistance", actor2="Houthi Movement", article="x1")
    b = ev("وخاض المقاتلون الجنوبيون اليوم الاثنين معارك ضد قوات الحوثي مما أدى إلى طردهم من لودر",
           sub=S.GOV_REGAINS, place=other, actor1="Popular Resistance", actor2="Houthi Movement",
           article="x2", outlet="Rai al-Youm")
    assert 10 < haversine_km(LODAR[2], LODAR[3], other[2], other[3]) < 25
    ok, why = compatible(a, b)
    assert ok is merges
    assert merges or why["why_not"].startswith("different places")
    assert len(merge_events([a, b])) == (1 if merges else 2)


@pytest.mark.parametrize("tp_a, tp_b, gap, merges", [
    # two exact days are two days: "اليوم الثلاثاء" and the next day's "اليوم الأربعاء ... لليوم الثاني"
    (1, 1, 0, True), (1, 1, 1, False), (1, 1, 2, False), (2, 1, 1, True),
    (2, 1, 5, True), (2, 1, 9, False), (3, 1, 25, True), (3, 3, 31, False),
])
def test_merge_date_windows_follow_time_precision(tp_a, tp_b, gap, merges):
    a = ev(AAWSAT, article="x1", tp=tp_a, day=date(2015, 8, 10))
    b = ev(JAZEERA, article="x2", tp=tp_b, day=date.fromordinal(date(2015, 8, 10).toordinal() + gap))
    ok, why = compatible(a, b)
    assert ok is merges and why["day_gap"] == gap


def test_merge_a_day_window_for_exact_dates_is_a_setting():
    from rasd.settings import Settings
    a = ev(AAWSAT, article="x1", day=date(2015, 8, 10))
    b = ev(JAZEERA, article="x2", day=date(2015, 8, 11))
    assert compatible(a, b)[1]["why_not"] == "1 days apart (window 0)"
    assert compatible(a, b, settings=Settings(merge_days=1))[0]


def test_merge_undated_or_unplaced_events_merge_only_within_their_article():
    a = ev(AAWSAT, article="x1", day=None)
    b = ev(JAZEERA, article="x2", day=None)
    assert compatible(a, b)[1]["why_not"] == "both undated"
    dated = ev(JAZEERA, article="x2")
    assert compatible(a, dated)[1]["why_not"] == "no date, and not from the same article"
    c = ev(AAWSAT, article="x1", place=NOWHERE)
    d = ev(JAZEERA, article="x2")
    assert compatible(c, d)[1]["why_not"] == "no coordinates, and not from the same article"
    text = AAWSAT + "\n" + "وكانت الغارة على معرة النعمان الثانية خلال يومين."
    e = ev(text, "الغارة على معرة النعمان", article="x1", day=None)
    assert compatible(ev(AAWSAT, article="x1"), e)[0]   # the undated headline joins its dated body
    # two undated events of one article were kept apart by the extractor: merging cannot tell
    # they are of one day
    assert compatible(a, e)[1]["why_not"] == "both undated"


TOLL_1 = "قتل ثلاثة أشخاص في تفجير انتحاري استهدف سوقا في الطارمية."
TOLL_2 = "قتل خمسة أشخاص في التفجير الانتحاري الذي استهدف سوق الطارمية."
TOLL_UP = "ارتفع عدد القتلى في التفجير الانتحاري الذي استهدف سوق الطارمية إلى سبعة أشخاص."


@pytest.mark.parametrize("reports, expected", [
    ([(TOLL_1, 3, date(2015, 8, 1)), (TOLL_2, 5, date(2015, 8, 1))], 3),          # conflicting: lowest
    ([(TOLL_1, 3, date(2015, 8, 1)), (TOLL_UP, 7, date(2015, 8, 2))], 7),         # a later update of the toll
    ([(TOLL_UP, 7, date(2015, 8, 2)), (TOLL_2, 5, date(2015, 8, 1))], 7),         # the update supersedes
    ([(TOLL_2, 5, date(2015, 8, 3)), (TOLL_1, 3, date(2015, 8, 1))], 3),          # later, no update: lowest
])
def test_merge_fatalities_lowest_unless_the_toll_was_updated(reports, expected):
    events = [ev(t, sub=S.SUICIDE_BOMB, place=TARMIYAH, article=f"r{i}", published=p, fatalities=f)
              for i, (t, f, p) in enumerate(reports)]
    out = merge_events(events)
    assert len(out) == 1 and out[0].fatalities == expected


def test_merge_confidence_combines_and_is_capped():
    a = ev(AAWSAT, article="x1", confidence=0.5)
    b = ev(JAZEERA, article="x2", confidence=0.5)
    assert merge_events([a, b])[0].confidence == pytest.approx(0.75)
    c = ev(AAWSAT, article="x1", confidence=0.95)
    d = ev(JAZEERA, article="x2", confidence=0.95)
    assert merge_events([c, d])[0].confidence == pytest.approx(0.99)


def test_merge_keeps_the_most_precise_location_and_date():
    a = ev(AAWSAT, article="x1", place=IDLIB, gp=3, tp=2, day=date(2015, 8, 3))
    b = ev(JAZEERA, article="x2", published=date(2015, 8, 3), place=MAARAT, gp=1, tp=1, day=date(2015, 8, 1))
    m = merge_events([a, b])[0]
    assert m.event_id == a.event_id
    assert (m.location.name_ar, m.location.geo_precision) == ("معرة النعمان", 1)
    assert (m.event_date, m.time_precision) == (date(2015, 8, 1), 1)


def test_merge_is_deterministic_whatever_the_input_order():
    events = [ev(AAWSAT, article="x1"), ev(JAZEERA, article="x2", published=date(2015, 8, 3)),
              ev("قصفت الطائرات الحربية أحياء في مدينة حماة.", place=HAMA, article="x3"),
              ev("اشتباكات في لودر", sub=S.ARMED_CLASH, place=LODAR, article="x4")]
    want = {(e.event_id, tuple(s.article_id for s in e.sources)) for e in merge_events(events)}
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        got = merge_events(shuffled)
        assert {(e.event_id, tuple(s.article_id for s in e.sources)) for e in got} == want
        assert merge_events(shuffled) == got


def test_merge_no_chaining_across_a_wider_gap():
    # a week-precise report bridges two exact reports 6 days apart: each may join it, not both
    a = ev(AAWSAT, article="x1", day=date(2015, 8, 1))
    mid = ev(JAZEERA, article="x2", day=date(2015, 8, 4), tp=2, published=date(2015, 8, 5))
    c = ev(AAWSAT, article="x3", day=date(2015, 8, 7), published=date(2015, 8, 8))
    out, merged = merge_events_explained([a, mid, c])
    assert len(out) == 2 and len(merged) == 1


# ---------------------------------------------------------------- copies of articles

WIRE = ("أعلنت وزارة الدفاع الأميركية يوم أمس أن قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين "
        "في غارة أميركية استهدفته في ولاية باكتيكا شرق أفغانستان. وتابع البيان أن القيادي أحد ثلاثة "
        "متطرفين معروفين قتلوا في الغارة، حيث سيؤدي مقتله إلى الحد من العمليات التي ينفذها التنظيم. "
        "وأضاف أن القيادي يترأس وحدة التفجيرات والهجمات الانتحارية وله علاقة مباشرة بمخططات لشن "
        "هجمات ضد الولايات المتحدة، وأن الغارة نفذت بطائرة مسيرة بعد أسابيع من المراقبة.")
COPY = "واشنطن - (أ ف ب):\n" + WIRE + "\nرابط الخبر بصحيفة الوئام"
REWRITE = ("قالت واشنطن إن غارة لطائرة أميركية بدون طيار أدت إلى مقتل قيادي بارز في القاعدة واثنين من "
           "مرافقيه شرقي أفغانستان. وأوضح البنتاغون في بيان أن القتيل كان مسؤولا عن التخطيط للهجمات "
           "الانتحارية والتفجيرات، وأن مقتله سيضعف قدرة التنظيم على تنفيذ عمليات ضد الأميركيين، "
           "مشيرا إلى أن العملية جاءت بعد مراقبة استمرت أسابيع في ولاية باكتيكا.")


def test_merge_minhash_scores_copies_high_and_rewrites_low():
    assert minhash(WIRE).jaccard(minhash(COPY)) >= 0.8
    assert minhash(WIRE).jaccard(minhash(REWRITE)) < 0.5


def test_merge_dedupe_articles_keeps_one_of_copies_not_rewrites():
    arts = [Article("alriyadh-9216", WIRE, outlet="Al Riyadh"),
            Article("alweeam-1", COPY, outlet="Al Weeam"),
            Article("aawsat-5", REWRITE, outlet="Asharq Al-Awsat"),
            Article("alriyadh-9216", WIRE, outlet="Al Riyadh")]
    kept, aliases = dedupe_articles(arts)
    assert [a.id for a in kept] == ["alriyadh-9216", "aawsat-5"]
    assert [(a.id, canon) for a, canon, _ in aliases] == [("alweeam-1", "alriyadh-9216"),
                                                          ("alriyadh-9216", "alriyadh-9216")]
    assert aliases[0][2] >= 0.8


@pytest.mark.parametrize("sub_a, sub_b, merges", [
    (S.AIR_STRIKE, S.SHELLING, True),            # "قصف" / "غارة": one strike
    (S.SUICIDE_BOMB, S.REMOTE_EXPLOSIVE, True),  # "تفجير" / "انتحاري": one bombing
    (S.SUICIDE_BOMB, S.AIR_STRIKE, False),       # a bomber on the ground is not an air strike
    (S.GOV_REGAINS, S.NSA_OVERTAKES, False),
    (S.ARRESTS, S.LOOTING, False),
])
def test_merge_sub_event_types_within_a_type(sub_a, sub_b, merges):
    text = "قتل ستة من رجال الجيش في هجوم استهدف نقطة تفتيش في بلدة الطارمية."
    a = ev(text, sub=sub_a, place=TARMIYAH, article="x1")
    b = ev(text, sub=sub_b, place=TARMIYAH, article="x2")
    assert compatible(a, b)[0] is merges


def test_merge_town_and_near_another_town_are_different_places():
    a = ev(AAWSAT, article="x1", place=MAARAT, gp=1)
    b = ev(JAZEERA, article="x2", place=IDLIB, gp=2)       # "قرب إدلب", 32 km away
    ok, why = compatible(a, b)
    assert not ok and why["why_not"].startswith("different places")


def test_merge_one_articles_sub_types_kept_apart_stay_apart():
    a = ev(AAWSAT, article="x1", sub=S.AIR_STRIKE)
    b = ev(AAWSAT, article="x1", sub=S.SHELLING)
    ok, why = compatible(a, b)
    assert not ok and why["why_not"].startswith("same article, sub-event types kept apart")
    c = ev(JAZEERA, article="x2", sub=S.SHELLING)
    assert compatible(a, c)[0]  # across outlets a vaguer telling may still be the same strike


def test_merge_one_articles_places_kept_apart_stay_apart():
    # the province named in the sentence (precision 3, at its capital Hilla) and Karbala, 41 km away
    hilla = ("Babil", "محافظة بابل", 32.4637, 44.4196, "Babil", "Iraq", "98229")
    karbala = ("Karbala", "كربلاء", 32.6160, 44.0249, "Karbala", "Iraq", "94824")
    a = ev(AAWSAT, article="x1", place=hilla, gp=3)
    b = ev(AAWSAT, article="x1", place=karbala)
    ok, why = compatible(a, b)
    assert not ok and why["why_not"].startswith("same article, places kept apart")


def test_merge_early_no_is_a_no_of_compatible_for_random_pairs():
    """The Grouper's cheap early no (`_far`, from each event's probe) may only reject pairs that
    compatible() rejects too, strict and relaxed, whatever the dates, places, precisions and actors;
    and it must reject most far pairs (else it saves nothing)."""
    from datetime import timedelta

    from rasd.merge.rules import _Grouper, _settings

    g = _Grouper(_settings(None), {})
    rng = random.Random(5)
    places = [MAARAT, IDLIB, HAMA, LODAR, TARMIYAH, TAJI, NOWHERE]
    subs = [S.AIR_STRIKE, S.SHELLING, S.SUICIDE_BOMB, S.REMOTE_EXPLOSIVE, S.ARMED_CLASH,
            S.GOV_REGAINS, S.NSA_OVERTAKES, S.ARRESTS, S.PEACEFUL_PROTEST]
    actors = [None, "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)",
              "Islamic State (Syria)", "Houthi Movement"]
    rejected = 0
    for i in range(3000):
        pair = []
        for k in range(2):
            p = rng.choice(places)
            if p[2] is not None and rng.random() < 0.5:  # a few km off
                p = p[:2] + (p[2] + rng.uniform(-0.3, 0.3), p[3] + rng.uniform(-0.3, 0.3)) + p[4:]
            day = None if rng.random() < 0.1 else date(2015, 8, 1) + timedelta(days=rng.randrange(-40, 40))
            pair.append(ev(AAWSAT, article=rng.choice(["a1", "a2", f"x{i}-{k}"]), day=day,
                           tp=rng.choice([1, 1, 2, 3]), gp=rng.choice([1, 1, 2, 3]), place=p,
                           sub=rng.choice(subs), actor1=rng.choice(actors), actor2=rng.choice(actors)))
        a, b = pair
        if a.event_type is not b.event_type:
            continue
        if g._far(a, b):
            rejected += 1
            assert not compatible(a, b)[0] and not compatible(a, b, relaxed=True)[0], (a, b)
    assert rejected > 500


@pytest.mark.parametrize("i", range(4))
def test_merge_combine_built_with_the_constructor_equals_the_field_by_name_way(monkeypatch, i):
    """`combine` builds the merged Event with Event(...) and every field in order (a third of
    dataclasses.replace's cost); it gives what the field-by-name way gives (which it falls back to
    when Event's fields change)."""
    import rasd.merge.rules as rules

    a = ev(AAWSAT, article="a1", fatalities=[None, 2, 5, 1][i], actor1=[None, "Military Forces of Syria (2000-)"][i % 2])
    b = ev(JAZEERA, article="a2", outlet="Al Jazeera", published=date(2015, 8, 3), fatalities=3, tp=1 + i % 3,
           sub=[S.AIR_STRIKE, S.SHELLING][i % 2], actor2="Civilians (Syria)", gp=1 + i % 2)
    x = compatible(a, b)[1]
    assert rules._EVENT_POSITIONAL                      # the model's fields as combine passes them
    fast = rules.combine(a, b, x)
    monkeypatch.setattr(rules, "_EVENT_POSITIONAL", False)
    slow = rules.combine(a, b, x)
    assert fast == slow and fast.to_record() == slow.to_record()
    assert [s.article_id for s in fast.sources] == ["a1", "a2"] and fast.notes


def test_merge_one_articles_two_days_at_one_place_stay_two_events():
    # "تصاعدت أمس التظاهرات في بغداد" and "وكان المتظاهرون في ساحة التحرير وسط بغداد أول من أمس": the
    # extractor kept the two days apart; ACLED codes one event per day
    text = ("تصاعدت أمس التظاهرات الشعبية في العاصمة العراقية بغداد. وكان المتظاهرون في ساحة التحرير وسط "
            "بغداد أول من أمس قد طالبوا بمحاسبة الفاسدين.")
    first, second = text.split(". ")
    a = ev(text, first, article="w-1", sub=S.PEACEFUL_PROTEST, day=date(2015, 8, 1))
    b = ev(text, second, article="w-1", sub=S.PEACEFUL_PROTEST, day=date(2015, 7, 31))
    assert len(merge_events([a, b])) == 2
    assert compatible(a, b)[1]["why_not"].startswith("same article, days kept apart")
    # another article's report of the day before, told without its own day, still merges
    c = ev(second, article="w-2", outlet="Al Watan", sub=S.PEACEFUL_PROTEST, day=date(2015, 7, 31), tp=2)
    assert len(merge_events([a, c])) == 1


def test_merge_two_neighbouring_towns_are_two_places_but_a_city_holds_its_districts():
    # Douma and Harasta lie 4 km apart: two towns, two strikes
    douma = ("Douma", "دوما", 33.5711, 36.4026, "Rif-dimashq", "Syria", "170592")
    harasta = ("Harasta", "حرستا", 33.5586, 36.3650, "Rif-dimashq", "Syria", "169897")
    a = ev(AAWSAT, article="x1", place=douma)
    b = ev(JAZEERA, article="x2", place=harasta)
    assert 3 < haversine_km(douma[2], douma[3], harasta[2], harasta[3]) < 5
    assert compatible(a, b)[1]["why_not"].startswith("different places")
    # the city and a district of it, as ACLED names them, 8 km apart: one place
    baghdad = ("Baghdad", "بغداد", 33.3406, 44.4009, "Baghdad", "Iraq", "98182")
    sadr = ("Baghdad - Sadr City", "مدينة الصدر", 33.3925, 44.4500, "Baghdad", "Iraq", "sup:sadr")
    assert compatible(ev(AAWSAT, article="x1", place=baghdad), ev(JAZEERA, article="x2", place=sadr))[0]


def test_merge_one_articles_two_acts_at_one_place_and_day_stay_apart():
    text = "قتل مسلحون ستة مصلين في مسجد بمعرة النعمان. وفي هجوم منفصل قتل مسلحون مجهولون تاجرين في سوق المدينة."
    first, second = text.split(". ")
    a = ev(text, first, article="w-1", sub=S.ATTACK, actor1="Al Nusra Front", day=date(2015, 8, 1))
    b = ev(text, second, article="w-1", sub=S.ATTACK, day=date(2015, 8, 1), tp=2)
    assert compatible(a, b)[1]["why_not"] == "same article, acts kept apart by its extractor"
    # another outlet's report of the first still merges with it
    c = ev(AAWSAT, article="w-2", sub=S.ATTACK, actor1="Al Nusra Front", day=date(2015, 8, 1))
    assert compatible(a, c)[0]


def test_merge_one_sentence_read_twice_keeps_the_place_and_toll_of_each_reading():
    # one sentence read as two strikes of one type (its barrels on a quarter, then "القصف" with its wounded at the
    # city): one event that keeps the quarter, the dead of the one and the wounded of the other, and whose
    # confidence is no second report's
    text = ("ارتفع إلى 9 عدد الشهداء الذين قضوا جراء إلقاء الطيران المروحي براميل متفجرة على حي الشعار بالقسم "
            "الشرقي من مدينة حلب، كما أسفر القصف عن سقوط عدد من الجرحى.")
    sha = ("Aleppo - Ash Sha'ar", "الشعار", 36.2134, 37.1796, "Aleppo", "Syria", "sup:sha")
    aleppo = ("Aleppo", "حلب", 36.2021, 37.1343, "Aleppo", "Syria", "170063")
    a = ev(text, place=sha, actor1="Military Forces of Syria (2000-)", fatalities=9, confidence=0.6)
    b = ev(text, place=aleppo, gp=2, actor1="Military Forces of Syria (2000-)", confidence=0.5)
    b = b.with_(event_id=b.event_id + "x", injured=3)
    for order in ([a, b], [b, a]):
        (m,) = merge_events(order)
        assert (m.location.name, m.fatalities, m.injured, m.confidence) == ("Aleppo - Ash Sha'ar", 9, 3, 0.6)
    # the same event offered twice is still one event, unchanged
    assert merge_events([a, a]) == [a]
