"""Place finding: the country of a place must fit the article (named countries, nationality words,
namesakes abroad, names that are part of a street, an agreement or a person's name)."""
from __future__ import annotations

import pytest

from tests.extract.test_places import found, make_doc


def _place(doc, word):
    return [p for p in doc.places if doc.span_text(p.span) == word]


@pytest.mark.parametrize("text, word", [
    ("انفجرت عبوة ناسفة في شارع القدس بمدينة الصدر صباح اليوم.", "القدس"),          # a street
    ("وقال المهندس أبو العلا ماضي إن الحزب سيطعن في الحكم.", "العلا"),              # a kunya
    ("داهمت الشرطة منزلا في حي مولاي الرشيد وضبطت متفجرات.", "الرشيد"),            # a person's name
    ("وطالب المتظاهرون بتطبيق اتفاق أبوجا للسلام في الإقليم.", "أبوجا"),             # an agreement
    ("تظاهروا رفضا لاتفاق أبوجا أمام السفارة.", "أبوجا"),                           # with a proclitic
])
def test_places_countries_named_after_a_place_is_no_place(text, word):
    doc = make_doc(text)
    assert not _place(doc, word), [(doc.span_text(p.span), p.place) for p in doc.places]


@pytest.mark.parametrize("text, word", [
    ("أصيب عشرة أشخاص بانفجار قنبلة في ولاية دوربالي أمس.", "دوربالي"),  # only a Chadian hamlet so named
    ("قتل ثلاثة أشخاص في تفجير استهدف حي الفضل مساء أمس.", "الفضل"),     # only a Saudi quarter so named
])
def test_places_countries_unknown_namesake_abroad_stays_unresolved(text, word):
    doc = make_doc(text)
    assert all(p.place is None for p in doc.places if word in doc.span_text(p.span))


@pytest.mark.parametrize("text, word, country", [
    ("قالت مصادر فلسطينية إن صاروخا سقط شرق مدينة رفح.", "رفح", "PS"),
    ("تظاهر المئات في عمان تلبية لدعوة أحزاب المعارضة الأردنية.", "عمان", "JO"),
    ("تجمع مئات المتظاهرين أمام البرلمان في مدينة عمان.", "عمان", "JO"),           # a city, not Oman
    ("قتل خمسة في قصف لبلدة تلعفر شمال العراق.", "تلعفر", "IQ"),
])
def test_places_countries_named_country_wins(text, word, country):
    doc = make_doc(text)
    hit = _place(doc, word)
    assert hit and hit[0].place is not None and hit[0].place.country == country


def test_places_countries_admin_word_beats_a_big_namesake():
    doc = make_doc("قتل شرطي في انفجار عبوة في ناحية الإسكندرية جنوب العاصمة.")
    hit = _place(doc, "الإسكندرية")
    assert hit and hit[0].place.country == "IQ"


def test_places_countries_big_namesake_beats_a_village_of_the_named_country():
    # Herat the Afghan city (570,000), not the Iranian village, though Iran is named
    doc = make_doc("خطف مسلحون مهندسا في إقليم هرات القريب من الحدود الإيرانية وكان يعمل في مشروع مع إيران.")
    hit = _place(doc, "هرات")
    assert hit and hit[0].place.country == "AF"


def test_places_countries_institution_named_after_a_city_is_marked():
    doc = make_doc("فجر انتحاري نفسه قرب جامعة بغداد في منطقة الجادرية.")
    hit = _place(doc, "بغداد")
    assert hit and "named after the place" in hit[0].why


@pytest.mark.parametrize("text, word", [
    ("تظاهر العشرات أمام المحكمة في القاهرة بعد الحكم في قضية أحداث ستاد بورسعيد.", "بورسعيد"),
    ("اعتقلت الشرطة مشجعين قرب استاد القاهرة الدولي.", "القاهرة"),
])
def test_places_countries_stadium_named_after_a_city_is_marked(text, word):
    # a stadium is a facility named after the city: where it stands, said elsewhere, says more
    doc = make_doc(text)
    hit = _place(doc, word)
    assert hit and "named after the place" in hit[0].why


def test_places_countries_other_side_of_an_idiom_is_no_place():
    doc = make_doc("من ناحية ثانية، قتل سبعة أشخاص في هجوم انتحاري.")
    assert not doc.places


@pytest.mark.parametrize("text, word, country", [
    ("قتل شرطي في انفجار قنبلة بمدينة روالبندي أمس.", "روالبندي", "PK"),       # the press spelling
    ("قصفت الدبابات مدينة غوري وسط البلاد.", "غوري", "GE"),                    # Georgia, not Chad
    ("أطلق مسلحون النار على مدرسة في ولاية يالا جنوب تايلاند.", "يالا", "TH"),
    ("انفجرت سيارة مفخخة في مدينة باطومي الساحلية.", "باطومي", "GE"),            # a city of 100,000+ abroad
])
def test_places_countries_towns_abroad_are_known(text, word, country):
    doc = make_doc(text)
    hit = [p for p in doc.places if word in doc.span_text(p.span)]
    assert hit and hit[0].place is not None and hit[0].place.country == country


def test_places_countries_vehicle_model_is_no_place():
    doc = make_doc("دمر المسلحون عربة «أورال» عسكرية على الطريق بين مقديشو وبيدوا.")
    assert [p.place.country for p in doc.places if p.place] == ["SO", "SO"]


@pytest.mark.parametrize("text, exp", [
    # no place names the country: "the capital" is the one the nationality words name (a dual too)
    ("قتل جنديان عراقيان بهجوم انتحاري شمال العاصمة", [("العاصمة", "Baghdad")]),
    ("أصيبت شرطيتان مصريتان في انفجار وسط العاصمة", [("العاصمة", "Cairo")]),
    # two nationalities named equally often: no capital is guessed
    ("قتل جنديان عراقيان وشرطيان أردنيان في هجوم قرب العاصمة", []),
])
def test_places_bare_capital_from_nationality_words(text, exp):
    assert found(make_doc(text)) == exp


@pytest.mark.parametrize("text, word, country", [
    ("هاجم مستوطنون منازل الفلسطينيين في قرية دوما جنوب نابلس.", "دوما", "PS"),    # not Douma by Damascus
    ("قصفت الطائرات مدينة دوما شرق دمشق.", "دوما", "SY"),
])
def test_places_countries_a_direction_from_a_known_place_ties_the_name_to_it(text, word, country):
    hit = _place(make_doc(text), word)
    assert hit and hit[0].place.country == country


def test_places_countries_the_capital_is_that_of_the_country_named_just_before():
    # an article telling of Afghanistan first, then of Iraq: "وسط العاصمة" is Baghdad, not Kabul
    doc = make_doc("قال الجيش الأميركي في أفغانستان إن الهجمات تزايدت في ولايتي خوست وبكتيكا قرب كابل. "
                   "وفي العراق قتل سبعة أشخاص في انفجار سيارة مفخخة بشارع السعدون وسط العاصمة أمس.")
    hit = _place(doc, "العاصمة")
    assert hit and hit[0].place.name == "Baghdad"


def test_places_countries_a_campus_the_gazetteer_lists_is_the_city_it_is_named_after():
    # "جامعة الخرطوم" is a GeoNames campus too small to stand without a cue word: the city, marked
    hit = _place(make_doc("اعتقلت قوات الأمن عشرات الطلاب في جامعة الخرطوم أمس."), "الخرطوم")
    assert hit and hit[0].place.name == "Khartoum" and "named after the place" in hit[0].why


@pytest.mark.parametrize("text", [
    "قتل تسعة جنود يمنيين في هجوم على نقطة عسكرية في مدينة زنجبار.",          # the story's country
    "قتل جنود في هجوم على نقطة عسكرية في مدينة زنجبار عاصمة محافظة أبين.",      # the province it is the seat of
])
def test_places_countries_a_province_capital_of_the_story_beats_a_big_namesake_abroad(text):
    # Zinjibar (Abyan's capital, 20,000), not Zanzibar (Tanzania, 700,000)
    hit = _place(make_doc(text), "زنجبار")
    assert hit and hit[0].place.country == "YE"


@pytest.mark.parametrize("text, capital", [
    # a capital named in a reaction, a visit or a transfer is no antecedent of "the capital"
    ("قتل عشرة في انفجار في بغداد. ونددت الحكومة في عمان بالهجوم. واندلع حريق في سوق وسط العاصمة.", "Baghdad"),
    ("قتل ثلاثة في هجوم على فندق في مقديشو. ونقلت طائرة تركية الجرحى إلى أنقرة. وتظاهر المئات في العاصمة.", "Mogadishu"),
    # the place named last in an event sentence stands ("... في الخرطوم" after an article on Darfur)
    ("قتل خمسة في الفاشر. وفي الخرطوم قتل متظاهر. وخرجت مسيرات أخرى في العاصمة.", "Khartoum"),
])
def test_places_the_capital_is_not_a_reaction_sentences_capital(text, capital):
    doc = make_doc(text)
    assert [p.place.name for p in _place(doc, "العاصمة") if p.place is not None] == [capital]


@pytest.mark.parametrize("text, absent", [
    ("قتل خمسة من عناصر الحشد في هجوم على موقع في الصحراء الغربية من محافظة الأنبار.", "Western Sahara"),
    ("قتل 22 جنديا مصريا في هجوم على نقطة حدودية في منطقة الفرافرة بالصحراء الغربية.", "Western Sahara"),
    ("قالت وزارة الداخلية المصرية إن 16 شرطيا قتلوا في اشتباكات مع مسلحين في منطقة الواحات.", "Al Wahat"),
    ("قصفت الطائرات صالة الكبرى للعزاء في العاصمة اليمنية صنعاء.", "Salh"),
    ("اشتبكت قوات الأمن مع مسلحين قرب شاطئ البحر في مدينة مركا.", "Wadi ash Shati"),
])
def test_places_common_words_and_another_countrys_regions_are_no_reading(text, absent):
    assert absent not in [p.place.name for p in make_doc(text).places if p.place is not None]


def test_places_western_sahara_stands_in_its_own_story():
    assert "Western Sahara" in [p.place.name for p in make_doc("تظاهر المئات في مدينة العيون بالصحراء الغربية.").places
                                if p.place is not None]
