"""Actor roles in a sentence (rasd/extract/roles.py), read through the whole pipeline."""
from datetime import date

import pytest

from rasd.model import Article
from rasd.pipeline import process_article

PUB = date(2016, 8, 6)


def _one(text, published=PUB):
    evs = process_article(Article("t", text, published=published))
    assert len(evs) == 1, [e.to_record() for e in evs]
    return evs[0]


@pytest.mark.parametrize("text, a2", [
    # the victims are told, then the force they belong to: that force is actor2, not the next party
    ("قتل ثلاثة جنود من قوات التحالف في انفجار عبوة ناسفة في مدينة الرمادي أمس.",
     "Global Coalition Against Daesh"),
    ("قتل جندي من قوات الحشد الشعبي في انفجار عبوة ناسفة قرب مدينة بيجي أمس.",
     "Popular Mobilization Forces"),
    ("لقي أربعة جنود من عناصر الحشد الشعبي مصرعهم في انفجار لغم قرب مدينة بيجي أمس.",
     "Popular Mobilization Forces"),
])
def test_roles_the_force_the_victims_belong_to_is_actor2(text, a2):
    ev = _one(text)
    assert ev.actor2 == a2
    assert ev.actor1 != a2


def test_roles_a_gunman_joined_by_wa_is_another_side_not_an_adjective():
    # "ومسلحين" after "الجيش الأميركي" is the other party of "بين X و Y", not a description of X
    ev = _one("اندلعت اشتباكات عنيفة بين الجيش الأميركي ومسلحين في مدينة الموصل أمس.")
    assert ev.actor1 == "Military Forces of the United States"
    assert ev.actor2 == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize("text, a1, a2", [
    # those joined to the dead by "و" died with them; a gunman among the dead is the attackers' side
    ("وقتل ضابطا شرطة ومجند ومسلح في هجوم على كمين بمدينة العريش أمس.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)"),
    ("قتل شرطيان ومجند في هجوم على حاجز بمدينة العريش أمس.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)"),
    ("قتل ثلاثة جنود وشرطي في هجوم على حاجز بمدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    ("قتل جنديان وعنصر من الحشد الشعبي في هجوم على حاجز قرب مدينة بيجي أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    # the doer's own dead are counted first; the side it attacked is actor2
    ("قتل خمسة من مسلحي جماعة الحوثي وجندي من قوات الجيش الوطني، اليوم الاثنين، في مواجهات اندلعت إثر هجوم "
     "شنه الحوثيون على مواقع الجيش في مديرية الصلو.", "Houthi Movement", "Military Forces of Yemen (2012-)"),
    ("قتل عشرة من عناصر تنظيم داعش في معارك اندلعت بعد هجوم شنه التنظيم على مواقع الجيش العراقي قرب بيجي أمس.",
     "Islamic State (Iraq)", "Military Forces of Iraq (2014-)"),
])
def test_roles_victims_joined_by_wa_are_victims_too(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1", [
    # a named side right after (or after "من") an unnamed-group word says whose gunmen they are
    ("اختطف مسلحون حوثيون صحفيا في مدينة إب أمس.", "Houthi Movement"),
    ("هاجم مسلحون من داعش حاجزا للجيش في مدينة الرمادي أمس.", "Islamic State (Iraq)"),
])
def test_roles_gunmen_of_a_named_side_are_that_side(text, a1):
    ev = _one(text)
    assert ev.actor1 == a1
    assert ev.actor2 != a1


def test_roles_the_dead_told_after_their_nationality_are_victims():
    # "قتلوا" after "الشرطة العراقية": the police died, they are no initiator
    ev = _one("وقال مسؤولون إن تسعة من رجال الشرطة العراقية قتلوا في هجوم في مدينة الموصل أمس.")
    assert ev.actor2 == "Police Forces of Iraq (2014-)"
    assert ev.actor1 != "Police Forces of Iraq (2014-)"


@pytest.mark.parametrize("text, a1, a2", [
    # "مسلح" after an attack noun is the attack's adjective: no side, never the target
    ("ردا على هجوم مسلح نفذه عشرات من مقاتلي داعش على حاجز قرب مدينة الرمادي وقتل فيه ستة جنود عراقيين.",
     "Islamic State (Iraq)", "Military Forces of Iraq (2014-)"),
    ("ردا على هجوم مسلح نفذه مسلحو حركة الشباب على قاعدة عسكرية في مدينة كيسمايو قتل فيه جنود صوماليون.",
     "Al Shabaab", "Military Forces of Somalia (2012-2017)"),
])
def test_roles_an_armed_attack_adjective_is_no_side(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    # the group counted right after a kill verb told mid-sentence died: it is no initiator
    ("وفي تطور آخر قتل ثلاثة من عناصر الشرطة في هجوم استهدف دوريتهم في حي الكرادة ببغداد أمس.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
    ("وفي حادث منفصل قتل 12 جنديا في هجوم على حاجز قرب مدينة الرمادي أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    ("وفي مدينة العريش أصيب خمسة من رجال الشرطة في هجوم على كمين أمني أمس.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)"),
    # the dead of another kill verb are not this cue's: "كما لقي مئات المتشددين حتفهم"
    ("هاجم مسلحون حاجزا للجيش في مدينة الرمادي أمس وقتلوا جنديين كما لقي ثلاثة مسلحين حتفهم.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
])
def test_roles_the_counted_dead_after_a_kill_verb_are_victims(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    # "خطف" after a verb of attempt or a preposition is a verbal noun: the word after it was taken
    ("وكان مسلحون قد حاولوا خطف شرطي عراقي في مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
    ("وأقدم مسلحون على خطف جندي عراقي في مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    # the verb: its subject took the soldier
    ("خطف مسلحون جنديا عراقيا في مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
])
def test_roles_the_genitive_of_an_abduction_noun_was_taken(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    # the counted nationals are the victims; the soldiers after "برصاص" shot them
    ("أصيب ثلاثة فلسطينيين برصاص الجنود الإسرائيليين في مدينة الخليل أمس.",
     "Military Forces of Israel (2009-2021)", "Civilians (Palestine)"),
    ("قتل خمسة عراقيين في انفجار سيارة مفخخة في مدينة بغداد أمس.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    # "قتلا"، "أصيبوا" after the group: they were hit, with those joined to them by "و"
    ("وقال مسؤول إن جنديين عراقيين قتلا في هجوم قرب مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    ("وقال مسؤول إن ثلاثة جنود عراقيين أصيبوا في هجوم قرب مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    ("وقال مسؤول إن ضابطي شرطة ومدنيا أصيبوا في هجوم قرب مدينة العريش أمس.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)"),
])
def test_roles_counted_nationals_and_the_hurt_are_victims(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    # a cue holding its own subject or object ("هاجموا"، "رشقهم"): the noun after it is no genitive
    ("مستوطني براخة هاجموا المواطنين في قرية بورين جنوب نابلس أمس واعتدوا عليهم بالضرب ورشقهم بالحجارة.",
     "مستوطني", "المواطنين"),
])
def test_roles_a_cue_with_its_own_subject_has_no_genitive(text, a1, a2):
    from rasd.extract.roles import assign_roles, token_at
    from rasd.pipeline import run
    doc = run(Article("t", text, published=PUB), until="triggers")
    toks = list(enumerate(doc.tokens))
    main = doc.triggers[-1] if doc.triggers[-1].event_type is not None else doc.triggers[0]
    got1, got2, _ = assign_roles(doc, toks, list(doc.actors), token_at(doc, main.span.start), list(doc.triggers))
    assert (got1.surface, got2.surface) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    ("وكان مسلحون قد هاجموا قوات الشرطة في مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
    ("وقال شهود إن مسلحين اقتحموا المستشفى وهاجموا الشرطة في مدينة الموصل أمس.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
])
def test_roles_the_object_of_a_plural_verb_is_the_target(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    # the force named after a target marker was hit: it is never the initiator
    # (the one killed is only counted: the patrol the bomb went off at is the side hit, a foreign force too)
    ("وأسفر انفجار سيارة مفخخة في حي المصطفى وسط بعقوبة لدى مرور دورية للجيش الأميركي عن مقتل شخص أمس.",
     "Unidentified Armed Group (Iraq)", "Military Forces of the United States"),
    # (the people hurt are only counted: the police the car bomb was aimed at are the side hit)
    ("أسفر هجوم بسيارة مفخخة استهدف مبنى للشرطة في مدينة بومرداس عن إصابة 15 شخصا أمس.",
     "Unidentified Armed Group (Algeria)", "Police Forces of Algeria (1999-2019)"),
])
def test_roles_a_force_named_as_the_target_is_no_initiator(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    # who claimed it ("تبنته") or did it ("على أيدي"), though another cue of the same act stands between
    ("قتل أربعة مدنيين في هجوم انتحاري بسيارة مفخخة في مدينة قندهار أمس تبنته حركة طالبان.",
     "Taliban", "Civilians (Afghanistan)"),
    ("تعرض مدير مكتب الوزير للخطف على أيدي مسلحين في مدينة رام الله أمس.",
     "Unidentified Armed Group (Palestine)", "Civilians (Palestine)"),
])
def test_roles_claim_and_doer_markers_name_actor1(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


def test_roles_a_bomber_told_as_a_person_is_no_victim():
    # "نفذته امرأة"، "تنفذه امرأة": the woman set off the bomb, she is not who it was done to
    ev = _one("أسفر هجوم انتحاري نفذته امرأة أمس في سوق الكرادة وسط بغداد عن مقتل ثلاثة في أحدث هجوم من نوعه تنفذه امرأة.")
    assert ev.actor1 == "Unidentified Armed Group (Iraq)"
    assert ev.actor2_ar != "امرأة"


def _roles(text):
    from rasd.extract.roles import assign_roles, token_at
    from rasd.pipeline import run
    doc = run(Article("t", text, published=PUB), until="triggers")
    main = next(t for t in doc.triggers if t.event_type is not None)
    return assign_roles(doc, list(enumerate(doc.tokens)), list(doc.actors), token_at(doc, main.span.start),
                        list(doc.triggers), list(doc.triggers))


@pytest.mark.parametrize("text, a2", [
    # the genitive of "رشق"، "اغتصاب" was stoned, raped: it is no initiator; civilians never are
    ("بدأ رشق الجنود بالحجارة في مدينة مقديشو أمس.", "الجنود"),
    ("أدى اغتصاب فتاة في مدينة الموصل أمس إلى غضب واسع.", "فتاة"),
])
def test_roles_an_object_verbal_noun_has_its_victim_as_genitive(text, a2):
    a1, got2, _ = _roles(text)
    assert a1 is None or a1.surface != a2
    assert got2 is not None and got2.surface == a2


@pytest.mark.parametrize("text, a1, not_a2", [
    # the speaker tells of another's act: an unnamed group after "إن" too
    ("وقالت الشرطة إن مسلحين هاجموا مسجدا في جنوب بغداد أمس وأضرموا فيه النار.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
    # the body the speaking officer belongs to tells it with him
    ("أعلن ضابط في الشرطة العراقية أن مسلحين مجهولين خطفوا أميركيا في منطقة الحارثة شمال بغداد أمس.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
    # a speaker named before its verb
    ("وكان التحالف الدولي ذكر أمس أن ثلاثين متمردا قتلوا في مواجهات مع قوات الأمن الأفغانية في منطقة شينداند.",
     "Unidentified Armed Group (Afghanistan)", None),
    # a state force that announces an abduction did not abduct
    ("وأعلنت الشرطة عن خطف صحفي في مدينة بعقوبة أمس.", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
])
def test_roles_a_speaker_is_no_party(text, a1, not_a2):
    ev = _one(text)
    assert ev.actor1 == a1
    assert ev.actor2 != not_a2


def test_roles_a_force_that_announces_deaths_may_have_caused_them():
    # civilians killed "during its pursuit": the announcing army stays the initiator
    ev = _one("كما أعلن الجيش الأميركي مقتل ثمانية عراقيين في بعقوبة أمس أثناء ملاحقته شخصا.")
    assert (ev.actor1, ev.actor2) == ("Military Forces of the United States", "Civilians (Iraq)")


def test_roles_a_speaker_at_the_end_of_the_text_is_read_safely():
    # a state force right after a speech verb as the last word: nothing follows it to read
    a1, a2, _ = _roles("قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة بعقوبة أمس بحسب ما قالت الشرطة")
    assert a1 is None or a1.surface != "الشرطة"


@pytest.mark.parametrize("text, a1, a2", [
    # the group a harmed person belongs to ("المسؤولين في حماس"، "قائد في الشرطة") is not who harmed him
    ("وطالت عمليات الخطف اثنين من المسؤولين في حماس، ففي نابلس قام مسلحون مقنعون بخطف نائب رئيس البلدية أمس.",
     "Unidentified Armed Group (Palestine)", "Hamas Movement"),
    ("اغتيال قائد في الشرطة بهجوم في مدينة بعقوبة أمس.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2014-)"),
])
def test_roles_the_group_of_a_harmed_person_is_no_initiator(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


def test_roles_in_a_clash_the_group_of_a_member_is_a_side():
    ev = _one("قتل عضو بالقوة المسلحة السورية الجديدة أثناء اشتباكات مع متشددين في مدينة اعزاز أمس.")
    assert ev.actor1 == "Opposition Rebels (Syria)"


@pytest.mark.parametrize("text, a1, a2", [
    # one national right after the kill verb is a civilian victim
    ("وفي أحدث هذه الهجمات قتل عراقي وجرح آخر في انفجار عبوة ناسفة وسط بغداد أمس.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    # the Taliban read in Pakistan are the TTP; who claims the act did it
    ("قتل أربعة مدنيين في هجوم انتحاري قرب مدينة بيشاور الباكستانية أمس تبنته حركة طالبان.",
     "TTP: Tehreek-i-Taliban Pakistan", "Civilians (Pakistan)"),
    ("وأعلن تنظيم دولة العراق الإسلامية مسؤوليته أمس عن هجوم انتحاري في مدينة الرمادي.",
     "Islamic State (Iraq)", None),
    # the Sahwa councils of Iraq
    ("قتل أحد قادة الصحوة في انفجار عبوة ناسفة في مدينة الرمادي أمس.",
     "Unidentified Armed Group (Iraq)", "Sunni Tribal Militia (Iraq)"),
])
def test_roles_lexicon_and_claims_on_unseen_shapes(text, a1, a2):
    ev = _one(text)
    assert ev.actor1 == a1
    assert a2 is None or ev.actor2 == a2


def _by_place(text, published=PUB):
    return {e.location.name: e for e in process_article(Article("t", text, published=published))}


def test_roles_the_victims_of_the_sentence_before_are_no_initiator():
    # the police killed in the first sentence did not set off the next bomb
    evs = _by_place("أعلنت مصادر أمنية مقتل خمسة من عناصر الشرطة العراقية في هجوم بمدينة الموصل أمس. "
                    "وانفجرت عبوة ناسفة في سوق شعبي بمدينة الحلة ما أدى إلى مقتل ثلاثة مدنيين.")
    assert evs["Al Hillah"].actor1 == "Unidentified Armed Group (Iraq)"
    assert evs["Al Hillah"].actor2 == "Civilians (Iraq)"


def test_roles_a_bombs_target_read_in_its_sentence_stays():
    # the police of the sentence before are moved off actor1, but the army hit in this sentence stays actor2
    evs = _by_place("داهمت قوات الشرطة العراقية منزلا في مدينة الموصل واعتقلت ثلاثة مطلوبين أمس. "
                    "وانفجرت سيارة مفخخة قرب دورية للجيش العراقي في مدينة الحلة ما أدى إلى مقتل ثلاثة جنود.")
    assert evs["Al Hillah"].actor2 == "Military Forces of Iraq (2014-)"
    assert evs["Al Hillah"].actor1 == "Unidentified Armed Group (Iraq)"


def test_roles_between_belongs_to_its_own_cue():
    # "بين X و Y" of the clash told after "فيما" does not name the air strike's sides
    evs = [e for e in process_article(Article("t", (
        "شنت طائرات التحالف العربي بقيادة السعودية أمس سلسلة غارات على مواقع لميليشيات الحوثي في العاصمة "
        "صنعاء، فيما تواصلت المواجهات في مدينة تعز بين المقاومة الشعبية والميليشيات."), published=PUB))]
    strike = next(e for e in evs if e.sub_event_type.value == "Air/drone strike")
    assert strike.actor1 == "Saudi-led Coalition"
    clash = next(e for e in evs if e.sub_event_type.value == "Armed clash")
    assert clash.actor1 == "Popular Resistance"


@pytest.mark.parametrize("text, a1, a2", [
    # the backer of a side ("مدعومة ب"، "المدعومة من"، "بدعم من") is its associate; the other side of
    # "بين" is the one joined by "و"
    ("اندلعت اشتباكات عنيفة بين قوات النظام مدعومة بمقاتلي حزب الله اللبناني وفصائل المعارضة في مدينة الزبداني أمس.",
     "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"),
    ("اندلعت اشتباكات عنيفة بين قوات النظام بدعم من مقاتلي حزب الله وفصائل المعارضة في مدينة الزبداني أمس.",
     "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"),
])
def test_roles_a_backer_is_no_other_side(text, a1, a2):
    ev = _one(text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1", [
    # the doer of a verb on the weapon ("أطلقتها X") is actor1; who holds the place hit is no party
    ("سقطت قذائف أطلقتها فصائل معارضة على حي الميدان الخاضع لسيطرة النظام في مدينة حلب أمس ما أدى إلى إصابة عشرة مدنيين.",
     "Opposition Rebels (Syria)"),
    ("سقطت قذائف هاون أطلقها مسلحون على حي الميدان الخاضع لسيطرة الجيش في مدينة حلب أمس ما أدى إلى إصابة عشرة مدنيين.",
     "Unidentified Armed Group (Syria)"),
])
def test_roles_the_weapons_user_is_actor1_and_the_holder_no_party(text, a1):
    ev = _one(text)
    assert ev.actor1 == a1
    assert ev.actor2 == "Civilians (Syria)"


def test_roles_the_subject_of_qama_bi_did_it():
    # "قام مجهولون بتفجير منزل أمين شرطة": the subject of "قام" did it, the genitive of "منزل" was hit
    # (not the army named first in the sentence, in the clash told before "فيما")
    evs = _by_place("اندلعت اشتباكات عنيفة أمس بين قوات الجيش وعناصر من الجماعة جنوب مدينة رفح، فيما وقع انفجار "
                    "بحي الكرامة في مدينة العريش بعدما قام مجهولون بتفجير منزل أمين شرطة بالمنطقة ما أسفر عن إصابة "
                    "ثلاثة أشخاص.")
    assert evs["Arish"].actor1 == "Unidentified Armed Group (Egypt)"


@pytest.mark.parametrize("text", [
    # a bomb's dead told only by their count are civilians
    "قتل 12 وجرح 30 في انفجار سيارة مفخخة في سوق ببغداد أمس.",
    "أدى انفجار سيارة مفخخة في سوق ببغداد أمس إلى مقتل 12 وإصابة 30 آخرين.",
])
def test_roles_a_bombs_counted_dead_are_civilians(text):
    ev = _one(text)
    assert ev.actor2 == "Civilians (Iraq)"


def test_roles_a_bombs_counted_dead_with_officers_are_not_civilians():
    ev = _one("انفجرت عبوة ناسفة قرب منزل العقيد في مدينة بعقوبة أمس ما أدى إلى مقتل اثنين.")
    assert ev.actor2 != "Civilians (Iraq)"


@pytest.mark.parametrize("text, a1", [
    # an operations command is the army; the interior ministry's forces are the police
    ("أعلنت قيادة عمليات بغداد اعتقال 14 مطلوبا في منطقة الطارمية شمال العاصمة بغداد أمس.", "Military Forces of Iraq (2014-)"),
    ("اعتقلت قوات وزارة الداخلية 16 شخصا في حي الخضراء في بغداد أمس.", "Police Forces of Iraq (2014-)"),
])
def test_roles_state_bodies_named_by_their_command(text, a1):
    ev = _one(text)
    assert ev.actor1 == a1


def test_roles_speaker_before_a_partitive_and_the_side_it_tells_of():
    from datetime import date as _date
    from rasd.model import Article as _Article
    from rasd.pipeline import process_article as _process
    evs = _process(_Article("t", "وقالت الشرطة إن مقاتلي طالبان سيطروا على مركز منطقة موسى قلعة في ولاية هلمند أمس.",
                            published=_date(2015, 8, 10)))
    assert [(e.sub_event_type.value, e.actor1) for e in evs] == [("Non-state actor overtakes territory", "Taliban")]


def test_roles_claim_on_the_generic_noun_of_the_same_act():
    from rasd.model import Article as _Article
    from rasd.pipeline import process_article as _process
    from rasd.resources import Resources as _Resources
    r = _Resources()
    r.min_confidence = 0.0
    evs = _process(_Article("t", "وكان انتحاري يقود شاحنة مفخخة قد فجرها وسط السوق المكتظة بالمتسوقين في مدينة الصدر، "
                                 "في هجوم تبناه تنظيم داعش."), resources=r)
    assert [(e.sub_event_type.value, e.actor1.split(" (")[0]) for e in evs] == [("Suicide bomb", "Islamic State")]


def test_roles_passive_kill_after_a_leading_place_phrase():
    from rasd.model import Article as _Article
    from rasd.pipeline import process_article as _process
    from rasd.resources import Resources as _Resources
    r = _Resources()
    r.min_confidence = 0.0
    evs = _process(_Article("t", "وفي منطقة جازان، قتل جندي سعودي وأصيب اثنان آخران في قصف بقذائف الهاون على مركز "
                                 "حدودي."), resources=r)
    assert [e.actor2 for e in evs] == ["Military Forces of Saudi Arabia (2015-)"]
    assert not evs[0].actor1.startswith("Military Forces of Saudi Arabia")


def test_roles_the_dead_group_is_no_doer_of_another_act_in_the_sentence():
    from rasd.model import Article as _Article
    from rasd.pipeline import process_article as _process
    from rasd.resources import Resources as _Resources
    r = _Resources()
    r.min_confidence = 0.0
    evs = _process(_Article("t", "أعلنت قيادة العمليات المشتركة تحرير مصفاة بيجي من سيطرة تنظيم داعش.\n"
                                 "وقال المتحدث إن القوات قتلت أكثر من 100 عنصر من التنظيم خلال العملية، "
                                 "وفككت عشرات العبوات الناسفة."), resources=r)
    assert all(not (e.actor1 or "").startswith("Islamic State") for e in evs)


@pytest.mark.parametrize("text, a1, sub", [
    ("اتهم الجيش السوداني أمس متمردي الحركة الشعبية بشن هجوم على بلدة تلودي مما أسفر عن مقتل 18 جنديا.",
     "SPLM-N", "Armed clash"),
    ("اتهمت المعارضة السورية قوات النظام بقصف بلدة سراقب بغاز الكلور أمس ما أدى إلى إصابة العشرات بحالات اختناق.",
     "Military Forces of Syria", "Chemical weapon"),
])
def test_roles_the_side_accused_of_an_act_told_with_its_toll_is_actor1(text, a1, sub):
    # the accuser tells who did it; the act, with its result, is reported
    ev = _one(text)
    assert ev.sub_event_type.value == sub
    assert (ev.actor1 or "").startswith(a1)


def test_roles_the_side_after_ma_some_words_past_the_clash_verb_is_actor2():
    # "اشتبكت قوات الجيش الصومالي مع ...": the subject stands between the verb and "مع"; the dead counted
    # later as "المسلحين" are of that side, which names them best
    ev = _one("اشتبكت قوات الجيش الصومالي مع مسلحي حركة الشباب في مدينة أفجوي أمس ما أسفر عن مقتل خمسة من المسلحين.")
    assert ev.sub_event_type.value == "Armed clash"
    assert (ev.actor1 or "").startswith("Military Forces of Somalia") and ev.actor2 == "Al Shabaab"


@pytest.mark.parametrize("text, a1", [
    # the group the arrested are said to belong to did not arrest them; an unnamed arresting side is
    # the state's police (ACLED: arrests are the state's)
    ("اعتقلت السلطات التركية أمس 20 شخصا يشتبه في انتمائهم لتنظيم داعش في إسطنبول.", "Police Forces of Turkey"),
    ("ألقي القبض أمس على خمسة أشخاص ينتمون إلى تنظيم القاعدة في مدينة عدن.", "Police Forces of Yemen"),
])
def test_roles_the_group_the_arrested_belong_to_is_not_the_arresting_side(text, a1):
    ev = _one(text)
    assert ev.sub_event_type.value == "Arrests"
    assert (ev.actor1 or "").startswith(a1)


@pytest.mark.parametrize("text, a2", [
    # people counted, a force's checkpoint or patrol aimed at: the force is the side hit
    ("قتل ثمانية أشخاص أمس في انفجار سيارة مفخخة استهدف نقطة تفتيش للشرطة في مدينة زليتن.",
     "Police Forces of Libya"),
    ("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة استهدفت دورية للجيش العراقي في مدينة الموصل.",
     "Military Forces of Iraq"),
    # called civilians, they stay the side hit
    ("قتل خمسة مدنيين أمس في انفجار سيارة مفخخة استهدفت دورية للجيش العراقي في مدينة الموصل.",
     "Civilians (Iraq)"),
])
def test_roles_a_force_aimed_at_beats_people_only_counted(text, a2):
    assert (_one(text).actor2 or "").startswith(a2)


def test_roles_the_shooters_of_a_killing_told_after_the_act_are_not_its_doer():
    ev = _one("فجر ثلاثة انتحاريين أنفسهم أمس بينما قتل الرابع برصاص رجال الأمن في الدار البيضاء.")
    assert ev.sub_event_type.value == "Suicide bomb"
    assert not (ev.actor1 or "").startswith("Police")


def test_roles_a_kill_verb_whose_subject_is_the_act_is_active():
    from datetime import date
    from rasd.model import Article
    from rasd.pipeline import process_article
    evs = process_article(Article("t", "قتلت غارة لطائرة أمريكية بدون طيار أمس 5 مسلحين في منطقة شمال وزيرستان "
                                  "القبلية الباكستانية.", published=date(2013, 5, 10)))
    assert evs and evs[0].actor1 == "Military Forces of the United States"


@pytest.mark.parametrize("text, a1, a2", [
    # a kill verb after the side with a count or a person noun after it is active: the side killed
    ("قال الجيش إن مسلحين من حركة الشباب قتلوا 30 قرويا في هجوم على قرية قرب مدينة مركة.",
     "Al Shabaab", "Civilians (Somalia)"),
    ("أعلنت الشرطة أن مسلحي حركة طالبان قتلوا شرطيا في ولاية هلمند.", "Taliban", "Police Forces of Afghanistan"),
    # a passive-looking verb opening the sentence, its subject the gunmen of a named side, then its object
    ("قتل مسلحون من داعش جنديين عراقيين في هجوم قرب مدينة الرمادي.", "Islamic State", "Military Forces of Iraq"),
    # with no object after it the verb stays passive: the side died
    ("قتل مسلحون من داعش في غارة جوية للتحالف قرب مدينة الرقة.", "Global Coalition", "Islamic State"),
])
def test_roles_gunmen_of_a_side_who_killed_are_the_doers(text, a1, a2):
    ev = _one(text, published=date(2016, 6, 21))
    assert (ev.actor1 or "").startswith(a1) and (ev.actor2 or "").startswith(a2)


def test_the_fire_marker_that_is_itself_a_cue_still_names_the_doer():
    # "برصاص" is a cue word of its own; it names this act's fire, so the gunmen after it did it, not the
    # police who announced it
    ev = _one("أعلنت الشرطة اغتيال 3 ضباط برصاص مسلحين مجهولين في مدينة درنة.", date(2015, 5, 10))
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Libya)", "Police Forces of Libya (2014-2016)")


@pytest.mark.parametrize("text, actor1, actor2, place, fatalities", [
    # the Saudi press's border statements: the shell's adjective is no soldier, the border guards are the
    # state's forces and the victims of "استشهاد", the border towns are named bare
    ("أوضح المتحدث الرسمي للدفاع المدني بمنطقة جازان أن مقذوفا عسكريا سقط مساء أمس على منزل في محافظة صامطة، "
     "ما أسفر عن وفاة مقيم يمني.", None, None, "Samtah", 1),
    ("نعت القيادة العامة استشهاد اثنين من منسوبي حرس الحدود جراء مقذوفات أطلقت من الأراضي اليمنية على مركز "
     "حدودي في ظهران الجنوب.", None, "Military Forces of Saudi Arabia (2015-)", "Zahran al-Janub", 2),
    ("توفي طفلان جراء سقوط مقذوف حوثي على منزل أسرتهما في الخوبة أمس.", "Houthi Movement", None, "Al Khawbah", 2),
])
def test_saudi_border_statements(text, actor1, actor2, place, fatalities):
    ev = _one(text, date(2015, 8, 7))
    assert not (ev.actor1 or "").startswith("Military Forces of Saudi Arabia")
    if actor1:
        assert ev.actor1 == actor1
    if actor2:
        assert ev.actor2 == actor2
    assert (ev.location.name, ev.location.country, ev.fatalities) == (place, "Saudi Arabia", fatalities)


def test_gunmen_believed_to_be_of_a_group_are_its_men():
    ev = _one("هاجم مسلحون يعتقد أنهم من جماعة بوكو حرام قرية في ولاية بورنو وقتلوا 15 قرويا.", date(2017, 3, 14))
    assert ev.actor1.startswith("Boko Haram") and ev.actor2 == "Civilians (Nigeria)" and ev.fatalities == 15
    # the kill verb's object after the belief: an active verb, with its count
    ev = _one("قتل مسلحون يشتبه في أنهم من حركة الشباب ثلاثة جنود صوماليين في بلدة أفجوي.", date(2017, 3, 14))
    assert (ev.actor1, ev.fatalities) == ("Al Shabaab", 3) and ev.actor2.startswith("Military Forces of Somalia")


def test_the_force_after_a_list_of_victims_is_each_ones():
    ev = _one("قتل ضابط وجنديان من الشرطة المصرية إثر انفجار عبوة ناسفة استهدفت مدرعة جنوب مدينة العريش.",
              date(2017, 3, 14))
    assert (ev.actor2, ev.fatalities) == ("Police Forces of Egypt (2014-)", 3)


@pytest.mark.parametrize("text, actor1", [
    ("قتلت عناصر من قوات الدعم السريع مزارعين اثنين في منطقة شرقي كبكابية بولاية شمال دارفور يوم الثلاثاء.",
     "Military Forces of Sudan (1989-2019) Rapid Support Forces"),
    ("قتلت عناصر من حركة الشباب ثلاثة مدنيين في مقديشو أمس.", "Al Shabaab"),
])
def test_some_of_a_groups_men_then_an_object_killed_it(text, actor1):
    ev = _one(text, date(2018, 5, 10))
    assert ev.sub_event_type.value == "Attack" and ev.actor1 == actor1 and ev.actor2.startswith("Civilians")
    # with no object after them, the men were killed
    ev = _one("قتل عناصر من حركة الشباب في اشتباكات مع الجيش الصومالي في مقديشو أمس.", date(2018, 5, 10))
    assert ev.actor1 == "Al Shabaab" and ev.actor2.startswith("Military Forces of Somalia")


def test_the_side_a_vehicle_hit_belongs_to_is_the_target():
    ev = _one("انفجرت عبوة ناسفة بطقم عسكري تابع لقوات الحزام الأمني في مديرية أحور أمس.", date(2018, 9, 20))
    assert ev.actor2 == "Security Belt Forces" and ev.actor1 != "Security Belt Forces"


@pytest.mark.parametrize("text, actor1, actor2", [
    ("صد الجيش النيجيري أمس هجوما لبوكو حرام على مونغونو.", "Boko Haram", "Military Forces of Nigeria"),
    ("أعلن الجيش السوداني أنه صد هجوما شنته قوات الحركة الشعبية قطاع الشمال على مدينة تلودي.", "SPLM-N",
     "Military Forces of Sudan"),
    ("صدت قوات البيشمركة هجوما على قرية تل أسود قرب سنجار.", "Unidentified Armed Group", "Kurdish Peshmerga"),
    # the attacker named first stays the doer
    ("تصدت قوات البيشمركة لهجوم شنه تنظيم داعش على قرية تل أسود قرب سنجار.", "Islamic State", "Kurdish Peshmerga"),
])
def test_the_side_that_repelled_an_attack_is_its_target(text, actor1, actor2):
    ev = _one(text, date(2019, 6, 17))
    assert ev.sub_event_type.value == "Armed clash"
    assert ev.actor1.startswith(actor1) and ev.actor2.startswith(actor2)


@pytest.mark.parametrize("text, actor1", [
    # the Houthis' own media: their drone arm and missile force strike across the Saudi border too
    ("استهدف سلاح الجو المسير فجر اليوم مطار جيزان بطائرة قاصف K2.", "Military Forces of Yemen (2015-) Houthi"),
    ("أطلقت القوة الصاروخية للجيش واللجان الشعبية أمس صاروخا باليستيا على جيزان.",
     "Military Forces of Yemen (2015-) Houthi"),
    ("قصف العدو السعودي أمس منازل المواطنين في مديرية شدا بمحافظة صعدة.", "Military Forces of Saudi Arabia (2015-)"),
])
def test_houthi_media_name_the_sides_in_their_own_words(text, actor1):
    assert _one(text, date(2019, 6, 14)).actor1 == actor1


def test_a_military_uniform_is_no_soldier():
    ev = _one("اختطف مسلحون يرتدون زيا عسكريا 18 عاملا تركيا من موقع بناء في حي الحبيبية ببغداد فجر اليوم.",
              date(2016, 5, 10))
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Iraq)", "Civilians (Turkey)")
    # a soldier killed is still one
    ev = _one("قتل مسلحون عسكريا في قرية قرب كركوك أمس.", date(2016, 5, 10))
    assert ev.actor2 == "Military Forces of Iraq (2014-)"


def test_a_rank_and_a_soldier_are_two_dead():
    ev = _one("استشهد رقيب وجندي من القوات البرية الملكية أمس خلال تبادل لإطلاق النار مع متسللين حوثيين في "
              "منطقة جازان.", date(2015, 8, 20))
    assert (ev.actor1, ev.fatalities) == ("Military Forces of Saudi Arabia (2015-)", 2)


def test_the_doers_weapon_after_among_them_is_no_victim():
    # "اثنان منهم في غارة إسرائيلية": the strike the dead fell in, not a side among them
    ev = _one("وأدى قصف إسرائيلي مماثل الأربعاء إلى استشهاد ثلاثة فلسطينيين، اثنان منهم في غارة إسرائيلية "
              "استهدفت سيارة في خان يونس.", date(2005, 6, 1))
    assert ev.actor2 == "Civilians (Palestine)"


def test_a_source_group_stays_a_source_when_the_victims_men_follow():
    # "وثمانية من عناصره" after the act are the kidnapped commander's men, not the source's own forces
    ev = _one("أفادت مصادر في المعارضة بأن «جبهة النصرة» اختطفت ليل الاثنين قائد «الفرقة 30» وثمانية من عناصره "
              "قرب مدينة أعزاز.", date(2015, 7, 29))
    assert (ev.actor1, ev.actor2) == ("Al Nusra Front", "Opposition Rebels (Syria)")


@pytest.mark.parametrize("text, published, actor1, actor2", [
    # the speaker tells a harm whose doer the sentence names after "أطلقته"
    ("أعلن تحالف دعم الشرعية في اليمن، الأربعاء، إصابة 26 مدنياً جراء سقوط مقذوف أطلقته الميليشيات الحوثية "
     "على صالة القدوم في مطار أبها الدولي.", date(2019, 6, 12), "Houthi Movement", "Civilians (Saudi Arabia)"),
    # the speaker's complement opens on the civilians killed, another side named after them
    ("قالت الحركة الشعبية لتحرير السودان - شمال إن ستة أطفال قتلوا، الأحد، جراء قصف طائرة أنتنوف تابعة "
     "للقوات المسلحة السودانية على مدينة كاودا بولاية جنوب كردفان.", date(2016, 5, 3),
     "Military Forces of Sudan (1989-2019)", "Civilians (Sudan)"),
])
def test_a_speaker_telling_of_harm_done_by_another_is_no_party(text, published, actor1, actor2):
    e = _one(text, published)
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_a_speaker_whose_own_forces_fought_stays_a_party():
    e = _one("قال الجيش السوداني إن مدنيين قتلوا الأحد في اشتباكات بين قواته ومسلحين في كاودا.", date(2016, 5, 3))
    assert e.actor1 == "Military Forces of Sudan (1989-2019)"


def test_the_object_of_a_kill_verb_told_after_the_time():
    # "قتل مسلحون مساء الأربعاء مواطنين اثنين": active, the time between the subject and its object
    e = _one("قتل مسلحون مساء الأربعاء مواطنين اثنين في العريش.", date(2017, 2, 24))
    assert (e.actor1, e.actor2, e.fatalities) == ("Unidentified Armed Group (Egypt)", "Civilians (Egypt)", 2)


def test_roles_the_army_reporting_rocket_fire_is_no_shooter():
    # the army that tells of rockets fired at it, and the defence that intercepted some, fired none;
    # the town they fell on (an Israeli town in a story that names Lebanon) is the place
    ev = _one("وكان الجيش الإسرائيلي قد أعلن أن 34 صاروخا أطلقت من لبنان بعد ظهر الخميس، اعترضت منظومة "
              "القبة الحديدية 25 منها، فيما سقطت 5 داخل الأراضي الإسرائيلية، ما أدى إلى إصابة شخصين بشظايا "
              "في بلدة شلومي.", date(2023, 4, 7))
    r = ev.to_record()
    assert r["actor1"] == "Unidentified Armed Group (Lebanon)", r
    assert r["location"]["name"] == "Shelomi" and r["injured"] == 2


def test_roles_a_rocket_launched_from_a_region_fell_on_the_town_after_it():
    r = _one("سقط صاروخ أطلق من قطاع غزة في مدينة سديروت، ما أدى إلى إصابة مستوطنين اثنين.",
             date(2023, 4, 7)).to_record()
    assert r["location"]["name"] == "Sderot" and r["actor1"] == "Unidentified Armed Group (Palestine)"


@pytest.mark.parametrize("text", [
    # a young man shot by the forces at their own checkpoint is a civilian attacked, no clash
    "استشهد شاب برصاص قوات الاحتلال على حاجز حوارة.",
    "استشهد شاب برصاص قوات الاحتلال الإسرائيلي، فجر اليوم، قرب حاجز زعترة جنوب نابلس.",
])
def test_roles_shot_at_the_shooters_checkpoint_is_an_attack(text):
    r = _one(text, date(2023, 2, 23)).to_record()
    assert (r["sub_event_type"], r["actor2"]) == ("Attack", "Civilians (Palestine)"), r


@pytest.mark.parametrize("text, a1, a2", [
    # a short lead-in closed by a comma leaves the sentence's opening verb its victims
    ("إلى ذلك، قتل مساعد أول في الجيش العربي السوري أمس جراء اعتداء مسلحين عليه بالرصاص في مدينة الصنمين.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)"),
    ("من جهة أخرى، قتل جندي في الجيش العراقي برصاص مسلحين مجهولين في مدينة بعقوبة.",
     "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-)"),
    # a warrant officer ("مساعد") is a person; Syria's Military Security a state force
    ("اغتال مجهولون مساعداً في الأمن العسكري في مدينة الصنمين.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)"),
])
def test_roles_victims_after_a_lead_in_and_syrian_ranks_and_branches(text, a1, a2):
    ev = _one(text, published=date(2021, 9, 8))
    assert (ev.actor1, ev.actor2, ev.fatalities) == (a1, a2, 1)
