"""Places read with the sentence's and the article's context: a town word names a real town even
when only nationality words speak of countries; a quarter belongs to the town named before it; a
stated container ("بولاية X") picks the namesake inside it; Sinai villages in a Sinai story."""
from __future__ import annotations

from datetime import date

import pytest

from rasd.model import Article
from rasd.pipeline import process_article

from tests.extract.test_places import make_doc


def _places(doc):
    return [(doc.span_text(p.span), p.place.id if p.place else None) for p in doc.places]


def _place_of(doc, word):
    got = [p.place for p in doc.places if doc.span_text(p.span).endswith(word)]
    assert got, _places(doc)
    return got[0]


@pytest.mark.parametrize("text, word, country, admin1", [
    # the nationality word names who acts; "بلدة" says the name is a town: the Iraqi Al Khalis
    ("اقتحمت القوات الأميركية منزلا في بلدة الخالص فجر أمس.", "الخالص", "IQ", "Diyala"),
    ("داهمت القوات الأمريكية عدة منازل في مدينة الخالص واعتقلت خمسة أشخاص.", "الخالص", "IQ", "Diyala"),
])
def test_places_context_town_word_names_a_town_without_country_context(text, word, country, admin1):
    p = _place_of(make_doc(text), word)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_places_context_town_word_yields_to_places_elsewhere():
    # the article's other places lie in Lebanon: no Iraqi town of that name is read here
    doc = make_doc("قصفت الطائرات الإسرائيلية بلدة الخالص قرب مدينة صور في جنوب لبنان.")
    assert all(p.place is None or p.place.country != "IQ" for p in doc.places), _places(doc)



def test_places_context_container_after_a_comma_is_a_new_phrase():
    # "X، في محافظة Y": the comma ends the name's phrase; the name keeps its own reading
    doc = make_doc("اعتقل الجيش خمسة مسلحين في بلدة سلوان، في محافظة دياربكر جرت اشتباكات.")
    assert _place_of(doc, "سلوان") is None or _place_of(doc, "سلوان").id != "sup:tr-silvan"


@pytest.mark.parametrize("text, word", [
    ("يصنف العلماء الأسود الإفريقية في سلالة واحدة.", "سلالة"),        # a breed, not Salalah
    ("تنتمي هذه الأسود إلى السلالة الآسيوية.", "السلالة"),
])
def test_places_context_breed_is_no_place(text, word):
    doc = make_doc(text)
    assert not [p for p in doc.places if doc.span_text(p.span) == word and p.place is not None], _places(doc)


@pytest.mark.parametrize("text, word, pid", [
    # North Sinai villages in a Sinai story
    ("هاجم مسلحون كمينا للجيش في قرية الجورة جنوب الشيخ زويد.", "الجورة", "sup:eg-gorah"),
    ("قتل مسلحون جنديا في قرية المهدية جنوب مدينة رفح المصرية في شمال سيناء.", "المهدية", "449784"),
    ("أطلق مسلحون النار على دورية في منطقة المهدية برفح.", "المهدية", "449784"),
    # a village named bare or with its cue, as WOF lists only "قرية اللفيتات"
    ("هاجم مسلحون حاجزا أمنيا في اللفيتات جنوب الشيخ زويد بمحافظة شمال سيناء.", "اللفيتات", "sup:eg-lufaytat"),
    ("قتل ثلاثة جنود في هجوم على كمين بقرية اللفيتات جنوب الشيخ زويد.", "اللفيتات", "sup:eg-lufaytat"),
    # the Bir al-Abd village of the mosque attack, named with its district town
    ("قتل مسلحون مئات المصلين في هجوم على مسجد الروضة ببئر العبد في شمال سيناء.", "العبد", "sup:eg-rawdah"),
    # the Deir ez-Zor quarter of that name in a Syrian story
    ("قتلت قوات النظام السوري خمسة مدنيين في قصف على حي الجورة في مدينة دير الزور.", "الجورة", "sup:sy-dez-jura"),
    # "حي X ببغداد": the quarter of Baghdad, not a village elsewhere
    ("اعتقلت الشرطة عشرة أشخاص في حي الخضراء ببغداد.", "الخضراء", "wof:1796500171"),
])
def test_places_context_sinai_villages_and_towns_with_ba(text, word, pid):
    p = _place_of(make_doc(text), word)
    assert p is not None and p.id == pid, p


@pytest.mark.parametrize("text, word", [
    ("رشق المتظاهرون رجال أمن البحرين بالحجارة.", "البحرين"),   # stoning: no container
    ("أطلق مسلحون النار على كمين للشرطة.", "كمين"),              # an ambush, not a Syrian village
])
def test_places_context_ba_word_is_no_container(text, word):
    doc = make_doc(text)
    got = [p for p in doc.places if doc.span_text(p.span) == word]
    if word == "كمين":
        assert all(p.place is None for p in got), _places(doc)
    else:
        assert got and got[0].place is not None and got[0].place.country == "BH", _places(doc)


def test_places_context_sinai_spellings_stand_for_the_sourced_village():
    from rasd.resources import Resources
    gaz = Resources().gazetteer
    for sid, gid in (("sup:eg-lufaytat", "449778"), ("sup:eg-rawdah", "410171")):
        alias = gaz.alias_of(gaz.get(sid))
        assert alias is not None and alias.id == gid and alias.admin1 == "Shamal Sina'"
    gorah = gaz.get("sup:eg-gorah")      # the OSM airfield node, not a hand-placed point
    assert (round(gorah.lat, 4), round(gorah.lon, 4)) == (31.0765, 34.139)


@pytest.mark.parametrize("text, word, pid", [
    ("صوت الناخبون في كانتون جنيف على تعديل القانون.", "كانتون", None),     # a canton, not Guangzhou
    ("تظاهر مئات العمال في مدينة كانتون جنوب الصين.", "كانتون", "sup:cn-guangzhou"),
    ("تظاهر مئات العمال في قوانغتشو جنوب الصين.", "قوانغتشو", "sup:cn-guangzhou"),
])
def test_places_context_canton_is_guangzhou_only_with_its_cue(text, word, pid):
    doc = make_doc(text)
    got = [p.place.id if p.place else None for p in doc.places if doc.span_text(p.span).endswith(word)]
    assert (got[:1] or [None]) == [pid], _places(doc)


def test_places_context_leopards_are_no_place():
    # "الفهود" (leopards) is also an Iraqi nahiya: not a place without its cue word
    doc = make_doc("تتشاجر الأسود مع الضباع والكلاب البرية والفهود في معارك عنيفة.")
    assert all(p.place is None for p in doc.places if doc.span_text(p.span).endswith("الفهود")), _places(doc)
    doc = make_doc("قتل ثلاثة أشخاص في هجوم على ناحية الفهود في ذي قار.")
    assert any(p.place is not None and p.place.country == "IQ" for p in doc.places
               if doc.span_text(p.span).endswith("الفهود")), _places(doc)


@pytest.mark.parametrize("text, phrase", [
    # a mountain the gazetteer lacks, after "جبل", is kept as a cue phrase (quotes may stand around it)
    ("سيطرت القوات على جبل “الشعيبيات” المطل على البلدة.", "جبل “الشعيبيات"),
    ("انسحب المسلحون من جبل الصمعة بعد معارك عنيفة.", "جبل الصمعة"),
    ("داهمت الشرطة معسكر «السلامة» للنازحين.", "معسكر «السلامة"),
])
def test_places_context_unknown_cue_phrase_kept(text, phrase):
    doc = make_doc(text)
    assert (phrase, None) in _places(doc), _places(doc)


@pytest.mark.parametrize("text, word", [
    ("تراكم على البلاد جبل من الديون.", "جبل"),                       # a mountain of debts
    ("وضمت القائمة اللاعبين أحمد أبو جبل ومحمود حسن.", "جبل"),        # part of a person's name
    ("تدور القصص حول محور «العنف» الأسري.", "محور"),                   # a theme, not a front
    ("نشأ الكاتب ابن حي مجاور للجامعة.", "حي"),                        # "a neighbouring quarter"
])
def test_places_context_cue_word_without_name_is_no_place(text, word):
    doc = make_doc(text)
    assert not any(doc.span_text(p.span).startswith(word) for p in doc.places), _places(doc)


@pytest.mark.parametrize("text, word", [
    # a first name where a title puts a person's name, a name going on after it
    ("وصرح وزير الداخلية الزبير حسن عثمان بأن الشرطة طوقت المكان.", "الزبير"),
    ("وقال وزير الخارجية اليمني رياض عبد الله إن المحادثات فشلت.", "رياض"),
    ("وأكد العقيد سرت محمود أن الدورية تعرضت لكمين.", "سرت"),
])
def test_places_context_first_name_after_title_is_no_place(text, word):
    doc = make_doc(text)
    assert not any(doc.span_text(p.span) == word for p in doc.places), _places(doc)


@pytest.mark.parametrize("text, word", [
    ("وقال محافظ البصرة خلف عبد الصمد إن الوضع هادئ.", "البصرة"),      # the place the title governs
    ("زار الرئيس بغداد أمس للقاء المسؤولين.", "بغداد"),                  # no name goes on after it
    ("زار وزير الدفاع الموصل والتقى القادة الميدانيين.", "الموصل"),
])
def test_places_context_place_after_title_stays(text, word):
    doc = make_doc(text)
    assert any(doc.span_text(p.span) == word and p.place is not None for p in doc.places), _places(doc)


@pytest.mark.parametrize("text, phrase", [
    # a quarter named after a province is not that province: the cue phrase stays, unknown
    ("داهمت القوات منزلا بحي المفرق في مدينة بعقوبة.", "حي المفرق"),
    # a name head ("بني", "أبو", "عين") takes the next word into the unknown phrase
    ("قصفت الطائرات منزلا في قرية بني سعدون غرب بعقوبة.", "قرية بني سعدون"),
])
def test_places_context_quarter_and_name_head_phrases(text, phrase):
    doc = make_doc(text)
    assert (phrase, None) in _places(doc), _places(doc)


@pytest.mark.parametrize("text, name, precision", [
    # a village told by its side of, or nearness to, a town lies near it: a namesake far off is no
    # reading, and an unknown village is coded near the town (precision 2)
    ("قتل أربعة مدنيين في غارة على قرية المنصورة غرب مدينة الرقة.", "Ar Raqqah", 2),
    ("قتل جنديان في انفجار عبوة ناسفة في منطقة الصناعة قرب مدينة الفلوجة.", "Al Fallujah", 2),
    ("هاجم مسلحون قرية الخضر جنوب مدينة الموصل وقتلوا ثلاثة من سكانها.", "Mosul", 2),
    # a town in a province named with its word: the province's namesake of it, else the province
    ("قتل خمسة مدنيين في قصف على بلدة دره نور بولاية ننغرهار.", "Nangarhar", 2),
    ("قتل خمسة مدنيين في قصف على بلدة خوغياني بولاية ننغرهار.", "Khogyani", 1),   # (in the supplement)
    # a known town told by its side of a city far off stands
    ("انفجرت سيارة مفخخة في مدينة سامراء شمال بغداد ما أدى إلى مقتل ستة أشخاص.", "Samarra'", 1),
])
def test_a_place_tied_to_a_town_lies_near_it(text, name, precision):
    evs = process_article(Article("t", text, published=date(2016, 11, 7)))
    assert len(evs) == 1
    assert evs[0].location.name == name and evs[0].location.geo_precision == precision


@pytest.mark.parametrize("text, country", [
    # a side of a country right after a name ties the name to it
    ("قتل ثلاثة أشخاص في اشتباكات قبلية في منطقة الجوف شمال اليمن أمس.", "Yemen"),
    # the rest of an unknown district's name is no town abroad
    ("سيطرت حركة طالبان على مديرية دند غوري في ولاية بغلان أمس.", "Afghanistan"),
])
def test_a_name_read_in_the_country_its_sentence_names(text, country):
    evs = process_article(Article("t", text, published=date(2016, 11, 7)))
    assert len(evs) == 1 and evs[0].location.country == country


@pytest.mark.parametrize("text, word, country", [
    # a side that fights in one country only says where a cued or many-country name lies
    ("قتل ثلاثة من الحشد الشعبي بهجوم لداعش في ناحية ربيعة.", "ربيعة", "IQ"),    # not Latakia's
    ("قتل 12 عنصرا من داعش في اشتباكات مع قسد في بلدة ذيبان.", "ذيبان", "SY"),    # not Jordan's
    # a reading the lexicon keeps to its own country counts too: Yemen's Popular Resistance
    ("حررت المقاومة الشعبية أمس مدينة زنجبار من الميليشيات الحوثية بعد معارك عنيفة.", "زنجبار", "YE"),
])
def test_a_one_country_side_says_where_its_fight_is(text, word, country):
    assert _place_of(make_doc(text), word).country == country


def test_a_one_country_side_alone_makes_no_bare_name_a_place():
    # "قاسم" in a person's name is no Iraqi town (Al Qasim) because the PMF are named beside it; and the
    # Houthis, who strike Saudi border towns, say nothing of where those lie
    doc = make_doc("قتل قائد فيلق القدس الإيراني قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس "
                   "في غارة أميركية.")
    assert not any(doc.span_text(p.span) == "قاسم" and p.place is not None for p in doc.places)
    doc = make_doc("سقطت قذائف هاون أطلقها الحوثيون على قرى في مركز الخوبة الحدودي التابع لمنطقة جازان.")
    assert _place_of(doc, "جازان").country == "SA"


def test_districts_listed_after_a_dual_district_word_stay_in_their_city():
    # "مديريتي المنصورة والشيخ عثمان في مدينة عدن": Aden's districts, not Egypt's Mansoura (20x bigger)
    doc = make_doc("قتل 12 مدنيا أمس جراء قصف صاروخي على مديريتي المنصورة والشيخ عثمان في مدينة عدن.")
    assert _place_of(doc, "المنصورة").id == "sup:ye-mansoura"


def test_the_outskirts_word_is_no_village():
    # "على مشارف مدينة عتق" is the town's outskirts, not the Sa'dah village Al Masharif
    doc = make_doc("أسفرت اشتباكات بين المقاومة والحوثيين على مشارف مدينة عتق أمس عن سقوط قتيلين.")
    assert [p.place.name for p in doc.places if p.place is not None] == ["Ataq"]


@pytest.mark.parametrize("text, word, field, want", [
    # the unit named right after the name picks its namesake inside it
    ("هاجم مسلحون مركزا للشرطة في بلدة سلوان بولاية دياربكر.", "سلوان", "id", "sup:tr-silvan"),
    ("قتل شرطيان في هجوم على قرية المهدية بمحافظة شمال سيناء.", "المهدية", "id", "449784"),
    ("قتل شرطيان في هجوم على قرية المهدية في محافظة الأنبار.", "المهدية", "id", "99102"),
    # "قوات الاحتلال" alone is Israel's forces: the hamlet, the quarter or the village is in Palestine
    # or Lebanon, where no other country is named
    ("هدمت قوات الاحتلال منزلا في بلدة سلوان.", "سلوان", "country", "PS"),
    ("هدمت جرافات الاحتلال منزل المواطن في بلدة سلوان بالقدس.", "سلوان", "country", "PS"),
    ("قصف الاحتلال بلدة الخيام بالمدفعية.", "الخيام", "country", "LB"),
    # "خربة X": the hamlets of the West Bank's Area C (and of Syria) after their cue word
    ("هدمت قوات الاحتلال منزلا في خربة الركيز.", "الركيز", "id", "7892555"),
    ("هدمت قوات الاحتلال منشأة زراعية في خربة حمصة بالأغوار الشمالية.", "خربة حمصة", "country", "PS"),
    # a side of the country after the name picks the namesake on that side (Kfar Kikhle and El Khiam
    # are in Mount Lebanon); a side of a country is no distance from its capital
    ("استهدفت طائرة مسيّرة إسرائيلية دراجة نارية في بلدة كفركلا جنوبي لبنان.", "كفركلا", "admin1", "An Nabatiyah"),
    ("استشهد شخص في غارة إسرائيلية على بلدة كفركلا في الجنوب اللبناني.", "كفركلا", "admin1", "An Nabatiyah"),
    ("استشهد شخص في غارة على بلدة الخيام في جنوب لبنان.", "الخيام", "admin1", "An Nabatiyah"),
    # a city or a mountain range is not pushed aside by a village further that way
    ("قتل متظاهرون في بنغازي شرق ليبيا.", "بنغازي", "admin1", "Banghazi"),
])
def test_places_context_picks_the_namesake_the_context_says(text, word, field, want):
    p = _place_of(make_doc(text), word)
    assert p is not None and getattr(p, field) == want, p


def test_places_context_side_of_a_country_keeps_the_city():
    p = _place_of(make_doc("قتل متظاهرون في بنغازي شرق ليبيا."), "بنغازي")
    assert p.kind in ("PPLA", "PPLC") and p.population > 100_000


@pytest.mark.parametrize("text, word", [
    # Israel's forces strike south Lebanese villages: Lebanon is Israel's peer, as Palestine is
    ("شن الطيران الحربي الإسرائيلي غارة على بلدة دير سريان.", "دير سريان"),
    ("شن الطيران الحربي الإسرائيلي غارة على بلدة عيتا الشعب.", "عيتا الشعب"),
])
def test_places_context_israeli_forces_in_a_lebanese_village(text, word):
    p = _place_of(make_doc(text), word)
    assert p is not None and p.country == "LB"



@pytest.mark.parametrize("text, word", [
    # an ordinary word in construct with the city named after it is the city's landmark, not a village
    ("انفجرت عبوة ناسفة قرب قلعة حلب صباح اليوم.", "قلعة"),
    ("انفجرت عبوة ناسفة قرب قلعة دمشق صباح اليوم.", "قلعة"),
    # the police directorate is an office, not a district ("مديرية" names districts in Yemen)
    ("انفجرت عبوة ناسفة قرب مديرية الشرطة في مدينة الرمادي.", "الشرطة"),
])
def test_a_landmark_or_an_office_named_after_a_city_is_no_place(text, word):
    doc = make_doc(text)
    assert not any(doc.span_text(p.span) == word for p in doc.places), _places(doc)
    assert len(doc.places) == 1


def test_a_district_after_the_district_word_stays():
    doc = make_doc("قصفت طائرات التحالف مديرية الصفراء بمحافظة صعدة.")
    assert any(doc.span_text(p.span) == "الصفراء" for p in doc.places), _places(doc)


@pytest.mark.parametrize("text, word", [
    # the countryside of a province's seat is the province: Daraa's Sayda, not Sidon in Lebanon
    ("حررت وحدات الجيش أمس بلدة صيدا في ريف درعا الشرقي بعد معارك مع المجموعات المسلحة.", "صيدا"),
    # the unit after a list holds each name of it
    ("سيطرت قوات النظام أمس على بلدات الطيبة وصيدا والنعيمة في ريف درعا الشرقي.", "الطيبة"),
    ("سيطرت قوات النظام أمس على بلدات الطيبة وصيدا والنعيمة في ريف درعا الشرقي.", "صيدا"),
])
def test_places_context_a_name_in_the_countryside_of_a_province_lies_in_it(text, word):
    p = _place_of(make_doc(text), word)
    assert p is not None and (p.country, p.admin1) == ("SY", "Dar'a")


@pytest.mark.parametrize("text, word", [
    # a first name followed by a family name without the article is a man (Soleimani), not Imam Qasim
    ("استهدفت غارة أميركية فجر الجمعة موكب قاسم سليماني قرب مطار بغداد.", "قاسم"),
    # a person's role before his name
    ("اغتال مسلحون مجهولون الناشط قاسم الحسيني أمس في البصرة.", "قاسم"),
    # a unit named for Jerusalem
    ("استشهد القيادي في سرايا القدس بهاء أبو العطا في غارة إسرائيلية على منزله في حي الشجاعية.", "القدس"),
])
def test_places_context_names_of_people_and_units_are_no_place(text, word):
    doc = make_doc(text)
    assert not any(doc.span_text(p.span).endswith(word) and p.place is not None for p in doc.places), _places(doc)


def test_places_context_a_quarter_beside_a_unit_named_for_jerusalem_is_gazas():
    doc = make_doc("استشهد القيادي في سرايا القدس بهاء أبو العطا في غارة إسرائيلية على منزله في حي الشجاعية.")
    assert _place_of(doc, "الشجاعية").country == "PS"


def test_places_context_a_list_after_and_is_no_family_name():
    # "سوق الحوت والصابري": the second quarter of a list, no man's name
    doc = make_doc("وأشار إلى أن القوات البرية تحاول الدخول إلى حيي سوق الحوت والصابري، وسط اشتداد المعارك.")
    assert _place_of(doc, "الصابري").name == "Benghazi - As Sabri"
