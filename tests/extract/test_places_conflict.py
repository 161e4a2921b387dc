"""Place finding in conflict areas the gazetteer was thin on (south-eastern Turkey, north-eastern
Nigeria, Israel by Gaza, Beirut's suburbs, Afghan and Pakistani districts), the names among them
that are ordinary words, and "الضفة" alone as the West Bank in a Palestinian or Israeli story."""
from __future__ import annotations

import pytest

from tests.extract.test_places import make_doc


def _places(doc):
    return [(doc.span_text(p.span), p.place.id if p.place else None) for p in doc.places]


@pytest.mark.parametrize("text, word, pid", [
    ("فرضت السلطات التركية حظر التجول في مدينة جزرة بولاية شرناق.", "جزرة", "sup:tr-cizre"),
    ("قتل شخصان في اشتباكات في جزرة جنوب شرق تركيا.", "جزرة", "sup:tr-cizre"),
    ("قتل ثلاثة جنود أتراك في اشتباكات في قضاء سور بمدينة دياربكر.", "قضاء سور", "sup:tr-sur"),
    ("قتل جندي تركي في هجوم على مخفر في بلدة قزل تبه بولاية ماردين.", "قزل تبه", "sup:tr-kiziltepe"),
    ("هاجم مسلحو بوكو حرام بلدة باما في ولاية بورنو شمال شرق نيجيريا.", "بلدة باما", "sup:ng-bama"),
    ("هاجم مسلحو بوكو حرام بلدة باما في ولاية بورنو شمال شرق نيجيريا.", "ولاية بورنو", "sup:ng-borno"),
    ("فجرت انتحارية نفسها في سوق بمدينة كانو شمال نيجيريا.", "مدينة كانو", "sup:ng-kano"),
    ("سقط صاروخ أطلق من قطاع غزة على مدينة سديروت جنوب إسرائيل.", "سديروت", "sup:il-sderot"),
    ("شنت طائرات إسرائيلية غارة على الضاحية الجنوبية لبيروت.", "الضاحية الجنوبية لبيروت", "sup:lb-dahiyeh"),
    ("قتلت طائرة بدون طيار أربعة مسلحين في بلدة مير علي بشمال وزيرستان.", "بلدة مير علي", "sup:pk-mirali"),
    ("قتل عشرة من حركة طالبان في اشتباكات في منطقة سنجين بولاية هلمند.", "سنجين", "sup:af-sangin"),
])
def test_places_conflict_areas_are_found(text, word, pid):
    doc = make_doc(text)
    assert (word, pid) in _places(doc), _places(doc)


@pytest.mark.parametrize("text, word", [
    ("تتبع واشنطن سياسة العصا والجزرة مع طهران.", "الجزرة"),         # the carrot, not Cizre
    ("والقحطانيون كانو قد عاشوا باليمن.", "كانو"),                    # "were" misspelt, not Kano
    ("وقال إنه وانا متفقان على ذلك.", "وانا"),                        # "and I", not Wana
    ("نصب اللاجئون الخيام على طول الحدود.", "الخيام"),                  # the tents, not Khiam
])
def test_places_conflict_ordinary_words_are_no_place(text, word):
    doc = make_doc(text)
    assert not [p for p in doc.places if word in doc.span_text(p.span) and p.place is not None], _places(doc)


def test_places_conflict_jerusalem_silwan_stays_palestinian():
    # the Turkish town Silvan is listed only under a qualified name: bare "سلوان" is the quarter
    doc = make_doc("اعتقلت قوات الاحتلال الإسرائيلي خمسة شبان من بلدة سلوان جنوب المسجد الأقصى.")
    assert all(p.place is None or p.place.country == "PS" for p in doc.places
               if "سلوان" in doc.span_text(p.span)), _places(doc)


@pytest.mark.parametrize("text, span", [
    ("قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي خلال مواجهات في الضفة.", (59, 64)),
    ("اعتقلت القوات الإسرائيلية عشرين فلسطينيا في حملة دهم بالضفة ليلة أمس.", (54, 59)),
    ("تظاهر آلاف الفلسطينيين في الضفة وقطاع غزة.", (26, 31)),
])
def test_places_conflict_bank_alone_is_the_west_bank_in_a_palestinian_story(text, span):
    doc = make_doc(text)
    bank = [p for p in doc.places if p.place is not None and p.place.id == "285153"]
    assert [(p.span.start, p.span.end) for p in bank] == [span], _places(doc)
    assert doc.span_text(bank[0].span) == "الضفة"


@pytest.mark.parametrize("text", [
    "عبر اللاجئون إلى الضفة الأخرى من النهر.",                        # a bank described
    "وصل الجيش العراقي إلى الضفة الشرقية لنهر دجلة.",
    "عبرت القوات العراقية إلى الضفة قرب الجسر.",                       # not a Palestinian story
])
def test_places_conflict_bank_elsewhere_is_no_west_bank(text):
    doc = make_doc(text)
    assert not [p for p in doc.places if p.place is not None and p.place.id == "285153"], _places(doc)


@pytest.mark.parametrize("text, name", [
    # the attacker's nationality adjective says who acts, not where: the Syrian town stands
    ("قتل خمسة مدنيين في قصف تركي على مدينة تل أبيض.", "Tall Abyad"),
    ("قتل خمسة مدنيين في قصف للجيش التركي على بلدة عين عيسى.", "`Ayn `Isa"),
    ("قتل خمسة مدنيين في قصف مدفعي تركي على مدينة تل أبيض شمالي الرقة.", "Tall Abyad"),
    # a side of a province's capital names the province: the town 90 km off stands
    ("قتل خمسة مدنيين في قصف على مدينة تل أبيض شمالي الرقة.", "Tall Abyad"),
])
def test_places_a_force_adjective_does_not_place_the_town_abroad(text, name):
    doc = make_doc(text)
    assert name in [p.place.name for p in doc.places if p.place], _places(doc)


# Iraq's and Yemen's towns, sub-districts and districts of the 2014-2022 wars (gazetteer_supplement.tsv,
# second pass): found bare or after their cue word, and not read as a namesake abroad
@pytest.mark.parametrize("text, word, pid", [
    ("قتل جنديان عراقيان بهجوم لتنظيم داعش على ناحية تازة جنوبي كركوك.", "ناحية تازة", "sup:iq-taza"),
    ("شن الطيران الأمريكي غارة على مواقع لكتائب حزب الله في جرف الصخر شمالي بابل.", "جرف الصخر",
     "sup:iq-jurfsakhr"),
    ("قصفت طائرات مسيرة مواقع للحشد الشعبي في منطقة جرف النصر.", "جرف النصر", "sup:iq-jurfsakhr"),
    ("قتل خمسة جنود عراقيين في كمين نصبه مسلحو داعش في وادي حوران.", "وادي حوران", "sup:iq-wadihoran"),
    ("قتل جنديان بهجوم لتنظيم داعش على منطقة مطيبيجة.", "منطقة مطيبيجة", "sup:iq-mutaibija"),
    ("سيطرت القوات العراقية على بلدة قره قوش بعد معارك مع تنظيم داعش.", "قره قوش", "sup:iq-qaraqosh"),
    ("قتل جنديان عراقيان بهجوم لتنظيم داعش في النباعي.", "النباعي", "sup:iq-nibai"),
    ("هاجم مسلحو داعش نقطة للجيش العراقي في جلولاء.", "جلولاء", "sup:iq-jalawla"),
    ("اقتحمت القوات العراقية بعشيقة بعد معارك مع تنظيم داعش.", "بعشيقة", "sup:iq-bashiqa"),
    ("هاجم مسلحو داعش مواقع القوات العراقية في ناحية الرياض جنوب غربي كركوك.", "ناحية الرياض",
     "sup:iq-riyadh-kirkuk"),
    ("اندلعت اشتباكات بين قوات سوريا الديمقراطية وتنظيم داعش في بلدة الصور بريف دير الزور.", "بلدة الصور",
     "sup:sy-suwar"),
    ("قتل 40 طفلا في غارة لطيران التحالف على حافلة في سوق ضحيان.", "ضحيان", "sup:ye-dahyan"),
    ("قتل خمسة من مسلحي الحوثي في معارك مع القوات الحكومية في مريس.", "مريس", "sup:ye-murais"),
    ("قتل ثلاثة جنود يمنيين في هجوم لتنظيم القاعدة في الصعيد بمحافظة شبوة.", "الصعيد", "sup:ye-said"),
    ("قتل خمسة من مسلحي الحوثي في معارك في مديرية شدا الحدودية.", "مديرية شدا", "sup:ye-shada"),
    ("قتل جنديان في هجوم لتنظيم القاعدة على منشأة بلحاف في شبوة.", "منشأة بلحاف", "sup:ye-balhaf"),
])
def test_places_iraq_yemen_towns_are_found(text, word, pid):
    doc = make_doc(text)
    assert (word, pid) in _places(doc), _places(doc)


@pytest.mark.parametrize("text, word, pid", [
    ("خرج مئات المغاربة في مظاهرة في تازة احتجاجا على البطالة.", "تازة", "2529317"),        # Taza, Morocco
    ("سيطرت قوات النظام السوري على بلدة ربيعة في ريف اللاذقية.", "ربيعة", "167880"),       # Latakia's Rabi`ah
    ("شن الطيران الروسي غارات على بلدة ربيعة ما أسفر عن مقتل خمسة مدنيين.", "ربيعة", "167880"),
    ("تظاهر المئات في الرياض احتجاجا على اعتقال ناشطين.", "الرياض", "108410"),            # the Saudi capital
    ("سيطر مسلحو المعارضة على بلدة زمار بريف حلب الجنوبي.", "زمار", "162542"),           # Aleppo's Zammar
])
def test_places_iraq_yemen_namesakes_abroad_stay(text, word, pid):
    doc = make_doc(text)
    assert (word, pid) in _places(doc), _places(doc)


def test_places_the_pictures_are_no_syrian_town():
    doc = make_doc("أظهرت الصور دمارا واسعا في المدينة.")
    assert not [p for p in doc.places if "الصور" in doc.span_text(p.span)], _places(doc)
