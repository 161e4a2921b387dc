"""Place finding: words that only look like a place once a proclitic is stripped ("بحجة" on the
pretext, not ب + Hajjah), and forms far more frequent as words than as their place (frequent_words.tsv)."""
from __future__ import annotations

import pytest

from tests.extract.test_places import RES, found as names, make_doc


def place_at(doc, text: str, word: str):
    """The resolved place mention covering the first occurrence of `word`, or None."""
    k = text.index(word)
    hit = [p for p in doc.places if p.span.start <= k < p.span.end and p.place is not None]
    return hit[0].place if hit else None


@pytest.mark.parametrize("text, word", [
    ("اعتقلت قوات الأمن اليمنية ثلاثة ناشطين في صنعاء بحجة أنهم يحرضون على الفوضى.", "بحجة"),
    ("قدم الوفد الحكومي ورقة عمل إلى المشاركين في المؤتمر المنعقد في الرياض.", "ورقة"),
    ("وقالت الشرطة في بغداد إنها لن تسمح لأي جماعة مسلحة بالتظاهر.", "لأي"),
    ("وقال قائد الفرقة الرابعة إن قواته تقدمت فعلا نحو مدينة حماة.", "فعلا"),
    ("وشكلت الحكومة لجنة للتحقيق في أحداث مدينة سبها.", "لجنة"),
])
def test_places_forms_frequent_word_with_proclitic_is_no_place(text, word):
    doc = make_doc(text)
    k = text.index(word)
    assert not any(p.span.start < k + len(word) and k < p.span.end for p in doc.places), names(doc)
    assert any(p.place is not None for p in doc.places)   # the real place of the sentence stays


@pytest.mark.parametrize("text, word, name", [
    ("قصفت طائرات التحالف مواقع للحوثيين في مدينة حجة شمال غرب اليمن.", "حجة", "Hajjah"),
    ("سقطت قذائف على حجة وصعدة مساء الأحد.", "حجة", "Hajjah"),
    ("قتل مدنيان في غارة جوية بالرقة شمال سوريا.", "الرقة", "Ar Raqqah"),
    ("وتقدمت القوات نحو الرقة وريفها.", "الرقة", "Ar Raqqah"),
])
def test_places_forms_place_read_with_evidence_stays(text, word, name):
    doc = make_doc(text)
    place = place_at(doc, text, word)
    assert place is not None and place.name == name, names(doc)


def test_places_forms_table_lists_proclitic_forms():
    gaz = RES.gazetteer
    assert gaz.is_frequent_word("بحجه") and gaz.is_frequent_word("ورقه") and gaz.is_frequent_word("لاي")
    assert not gaz.is_frequent_word("بسرت") and not gaz.is_frequent_word("بالرقه")


@pytest.mark.parametrize("text, word", [
    ("وأطلقت الشرطة الغازات المسيلة للدموع لتفريق المتظاهرين أمام البرلمان في عمان.", "المسيلة"),
    ("ورشق المحتجون موكب الوزير بالبيض والطماطم في تونس.", "بالبيض"),
    ("وبثت قناة المنار صورا للهجوم على مواقع في جنوب لبنان.", "المنار"),
    ("وسألت الصحفية الجريح بم تشعر بعد الانفجار الذي هز بغداد.", "بم"),
])
def test_places_forms_stop_listed_words_need_a_cue(text, word):
    doc = make_doc(text)
    k = text.index(word)
    assert not any(p.span.start < k + len(word) and k < p.span.end for p in doc.places), names(doc)


def test_places_forms_stop_listed_word_with_cue_is_a_place():
    doc = make_doc("وتظاهر العشرات في ولاية المسيلة الجزائرية احتجاجا على نقص المياه.")
    assert [p.place.country for p in doc.places if p.place is not None] == ["DZ"]


@pytest.mark.parametrize("text, word, country", [
    ("قتل ثلاثة أشخاص في انفجار قرب محطة قطارات في مومباي غرب الهند.", "مومباي", "IN"),
    ("وأعلنت شرطة نيويورك أن الانفجار أدى إلى إصابة 29 شخصا.", "نيويورك", "US"),
    ("وقعت صدامات في سريناغار بين قوات الأمن ومتظاهرين.", "سريناغار", "IN"),
])
def test_places_forms_big_cities_abroad(text, word, country):
    doc = make_doc(text)
    place = place_at(doc, text, word)
    assert place is not None and place.country == country, names(doc)


def test_places_forms_short_foreign_transcriptions_are_words():
    doc = make_doc("وتحدث المسؤول بشكل خفي عن جنان واسعة قرب الموصل.")
    known = [p for p in doc.places if p.place is not None]
    assert known and all(p.place.country == "IQ" for p in known), names(doc)   # no Hefei, no Jinan


@pytest.mark.parametrize("text, word", [
    ("فجر انتحاري سيارة مفخخة عند حاجز لقوات الأمن في مدينة العريش أمس.", "لقوات"),
    ("استهدف صاروخ حاجزا لوحدات حماية الشعب في حي غويران بمدينة الحسكة.", "لوحدات"),
    ("هاجم مسلحون معسكرا للجيش قرب مدينة الشيخ زويد.", "للجيش"),
])
def test_places_forms_owner_after_a_facility_word_is_no_name(text, word):
    # "حاجز لقوات الأمن": the checkpoint of the forces, not a place called "لقوات"
    doc = make_doc(text)
    k = text.index(word)
    assert not [p for p in doc.places if p.span.start <= k < p.span.end]
    assert any(p.place is not None for p in doc.places)


@pytest.mark.parametrize("text, word, name", [
    ("تظاهر الآلاف في البصرة وذي قار أمس.", "قار", "Dhi-Qar"),         # و + ذي: a two-letter first word
    ("قتل جندي في انفجار بام قصر أمس.", "قصر", "Umm Qasr"),            # ب + ام
    ("استشهد خمسة من أعوان الأمن في هجوم إرهابي ببن قردان.", "قردان", "Ben Gardane"),   # ب + بن
])
def test_places_forms_two_letter_first_word_with_proclitic(text, word, name):
    place = place_at(make_doc(text), text, word)
    assert place is not None and place.name == name


@pytest.mark.parametrize("text", [
    "سيطرت القوات على قرية جديدة في ريف الحسكة.",      # a new village, not Judaydah
    "سيطرت القوات على بلدة أخرى قرب حلب.",
    "سيطرت القوات على قرية صغيرة قرب حلب.",
])
def test_places_forms_an_adjective_after_a_cue_word_names_no_place(text):
    doc = make_doc(text)
    assert [doc.span_text(p.span) for p in doc.places if "حلب" not in doc.span_text(p.span)
            and "الحسكة" not in doc.span_text(p.span)] == []


def test_places_forms_the_definite_name_after_a_cue_word_stays_a_name():
    doc = make_doc("قتل ثلاثة في قرية الجديدة قرب حلب.")
    assert any(p.place is not None and "الجديدة" in doc.span_text(p.span) for p in doc.places)


def test_places_forms_a_name_said_of_a_person_is_no_place():
    # "كاتي، وهي طالبة": Katie, a student, not Kati in Mali; "بغداد، وهي العاصمة" stays Baghdad
    assert not make_doc("كاتي، وهي طالبة في الجامعة، كانت بين المتظاهرين.").places
    assert make_doc("بغداد، وهي العاصمة، شهدت تفجيرات.").places


def test_places_a_definite_name_without_its_article_heading_a_longer_name_is_no_place():
    # "حي باب توما" is the Bab Touma quarter of Damascus, not the town Al Bab ("مدينة الباب" is)
    from datetime import date
    from rasd.model import Article
    from rasd.pipeline import run
    doc = run(Article("t", "سقطت قذيفة هاون على سوق في حي باب توما بالعاصمة السورية دمشق.", published=date(2017, 3, 23)),
              until="places")
    assert "Al Bab" not in [p.place.name for p in doc.places if p.place is not None]
    doc = run(Article("t", "اشتباكات عنيفة في مدينة الباب بريف حلب.", published=date(2017, 3, 23)), until="places")
    assert "Al Bab" in [p.place.name for p in doc.places if p.place is not None]



@pytest.mark.parametrize("text, expected", [
    # "على صعيد متصل": a level of the news, not Upper Egypt ("في الصعيد بمحافظة شبوة" is a place)
    ("على صعيد متصل، اندلعت اشتباكات بين القوات العراقية والبيشمركة في قضاء مخمور.", ["Mexmur"]),
    # "على لسان": in the words of, not the village Al Lisan
    ("ودانت النقابة على لسان رئيسها الحكم الصادر بحق الصحفي في صنعاء.", ["Sanaa"]),
    # a capital by its role, its name after it: that name, not the country's capital
    ("اغتال مسلحون مجهولون خطيب مسجد في مديرية المنصورة بالعاصمة المؤقتة عدن.", ["Aden"]),
])
def test_places_forms_idioms_after_ala_and_capitals_by_role(text, expected):
    got = [name.split(" - ")[0] for _, name in names(make_doc(text)) if name]
    assert sorted(set(got)) == expected, names(make_doc(text))


@pytest.mark.parametrize("text, word, name", [
    # a name a word opens and a figure closes is a place, with its cue word or without it
    ("شنت مقاتلات التحالف غارات على تعزيزات للحوثيين في منطقة كيلو 16 شرقي الحديدة.", "كيلو", "Hodeidah - Kilo 16"),
    ("اندلعت اشتباكات عنيفة في الكيلو 16 شرقي مدينة الحديدة.", "الكيلو", "Hodeidah - Kilo 16"),
])
def test_places_forms_name_closed_by_a_figure(text, word, name):
    place = place_at(make_doc(text), text, word)
    assert place is not None and place.name == name, names(make_doc(text))


@pytest.mark.parametrize("text, word", [
    ("وقالت الشرطة إن خمس قذائف سقطت على حي في طرابلس.", "خمس"),     # five, not Al Khums
    ("وقال إن فرق الهندسة تنزع الألغام التي زرعت في مدرج المطار بالحديدة.", "مدرج"),  # a runway
])
def test_places_forms_number_words_and_runways_are_no_place(text, word):
    doc = make_doc(text)
    k = text.index(word)
    assert not any(p.span.start < k + len(word) and k < p.span.end for p in doc.places), names(doc)
    assert any(p.place is not None for p in doc.places)


@pytest.mark.parametrize("text", [
    "وأفادت مصادر محلية بمقتل 25 عنصرا من التنظيم خلال المعارك.",
    "وقالت إذاعة محلية موالية للحركة إن مقاتليها سيطروا على القاعدة.",
    "وجرت انتخابات بلدية هادئة في معظم المدن.",
])
def test_an_admin_word_written_as_an_adjective_opens_no_place(text):
    # "محلية" (a Sudanese district), "بلدية" (a municipality) after a noun: local, municipal
    assert names(make_doc(text)) == []


def test_an_admin_word_after_a_preposition_still_opens_a_place():
    assert names(make_doc("وقعت اشتباكات في محلية كتم بولاية شمال دارفور.")) != []
