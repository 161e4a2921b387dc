"""Killed and injured bound to their cue words, ACLED-conservative."""
import pytest

from rasd.extract.casualties import count_casualties
from rasd.model import Article
from rasd.pipeline import run


def _count(text):
    doc = run(Article("t", text), until="triggers")
    return count_casualties(doc, doc.sentences[0])


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة وسط المدينة.", 12, 30),
    ("وقتل شرطيان وثلاثة مدنيين في الهجوم على الحاجز.", 5, None),
    ("أسفر القصف عن مقتل سبعة مدنيين بينهم ثلاثة أطفال.", 7, None),          # subset not added
    ("لقي قيادي بارز و8 من مرافقيه مصرعهم في الكمين.", 9, None),
    ("سقط 25 قتيلا و40 جريحا في المعارك.", 25, 40),
    ("قتل جنديان في انفجار عبوة ناسفة.", 2, None),                          # dual
    ("قتل العشرات في الغارات على البلدة.", 10, None),                        # vague: ACLED 10
    ("ما لا يقل عن ستة من رجال الشرطة قتلوا في الهجوم الانتحاري.", 6, None),  # count before the verb
    ("وقع انفجار أمام المحكمة دون وقوع إصابات.", 0, None),
    ("سقط قتلى وجرحى في الاشتباكات.", None, None),                          # no figure: unknown
    ("أسفرت الاشتباكات عن مقتل جندي من الجيش، فيما أسر المهاجمون 15 جنديا آخرين.", 1, None),  # captives
])
def test_casualties_binding(text, killed, injured):
    assert _count(text) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # a lone subject gives way to the verb's counted object
    ("بعد أن قتل انتحاري، يشتبه بأنه ينتمي لتنظيم داعش، 32 شخصا في بلدة على الحدود.", 32),
    ("لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم يوم الأحد.", 13),
    # a breakdown of the dead is not added again
    ("ووقعت اشتباكات تسببت بمقتل 25 مقاتلا من الطرفين، وقال المرصد إن القتلى هم 18 عنصرا من جبهة النصرة وسبعة من الفرقة.", 25),
    # killed with N others counts the one too
    ("إن القائد العسكري قتل مع ثلاثة عناصر آخرين في حي جوبر.", 4),
    # groups before the verb add up
    ("قالت مصادر أمنية إن 12 متشددا وخمسة مدنيين قتلوا أمس في محافظة شمال سيناء.", 17),
    # "of one family" adds nobody; "and one of" joins
    ("وقال المصدر إن قذيفة سقطت على منزل وقتلت خمسة أشخاص من أسرة واحدة أمس.", 5),
    ("وقع تبادل لإطلاق النار قتل خلاله جندي تركي وأحد متشددي التنظيم.", 2),
])
def test_casualties_groups_subjects_and_breakdowns(text, killed):
    assert _count(text)[0] == killed


def test_casualties_a_definite_noun_points_back_to_the_count_before():
    from rasd.extract.casualties import count_from_before
    doc = run(Article("t", "قالت مصادر إن 12 متشددا وخمسة مدنيين قتلوا أمس.\n"
                           "وقال مصدر إن المتشددين لقوا حتفهم عندما قصف الجيش سيارتهم."), until="triggers")
    assert count_from_before(doc, doc.sentences[1], doc.sentences[0]) == 12
    doc = run(Article("t", "قالت مصادر إن 12 متشددا قتلوا أمس.\nوقال مصدر إن الجيش قصف مواقع."), until="triggers")
    assert count_from_before(doc, doc.sentences[1], doc.sentences[0]) is None


@pytest.mark.parametrize("text, killed", [
    # "على الأقل" inside a count told before the verb is no clause boundary
    ("قال مصدر إن 28 شخصا على الأقل قتلوا في هجوم انتحاري في بغداد أمس.", 28),
    # an act that kills whom it names
    ("أعدم مسلحو التنظيم ثلاثة رهائن في مدينة الرقة أمس.", 3),
])
def test_casualties_count_bound_across_at_least_and_killing_acts(text, killed):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == killed


@pytest.mark.parametrize("text, killed, injured", [
    # one person named just before the kill verb
    ("أعلن الجيش أن جنديا قتل وأصيب 10 آخرون في هجوم انتحاري بمحافظة ديالى أمس.", 1, 10),
    ("قال مصدر إن امرأة قتلت وأصيب ثمانية أشخاص في انفجار عبوة في الموصل.", 1, 8),
    # a toll of another act told later in the sentence is not added
    ("قتل 42 جنديا في هجوم انتحاري على مركز للتجنيد ردا على حملة عسكرية على مدرسة اوقعت 80 قتيلا الشهر الماضي.", 42, None),
    # a group joined with "و" is; "N قتلى وM جرحى" (the nouns fold ى to ي like the text)
    ("سقط 5 قتلى و3 قتلى آخرين في قصف على المدينة أمس.", 8, None),
    ("سقط 5 قتلى و3 جرحى في قصف على المدينة أمس.", 5, 3),
    ("أسفر القصف عن سقوط 5 قتلى و3 جرحى.", 5, 3),
])
def test_casualties_one_person_before_the_verb_and_other_acts_tolls(text, killed, injured):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0]) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # the count after an arrest verb is the arrested, not the dead
    ("أعلنت وزارة الداخلية أمس أن متطرفا قتل واعتقل 16 شخصا بشبهة الإرهاب في مدينة بنزرت.", 1),
    # a death noun with "his": one person
    ("بادر المشتبه به بإطلاق النار على الدورية ما أجبرها على الرد ما أدى إلى مقتله.", 1),
    ("لقي حتفه في انفجار عبوة ناسفة قرب منزله في مدينة العريش.", 1),
])
def test_casualties_arrested_are_not_dead_and_his_death_is_one(text, killed):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == killed


def test_casualties_injured_counted_before_their_verb():
    # "إن 13 شخصا أصيبوا": the count before the injury verb (not one person read off "شخصا")
    doc = run(Article("t", "وقالت مصادر إن 13 شخصا أصيبوا بعدما نفذت القوات ضربة جوية على القرية."), until="triggers")
    assert count_casualties(doc, doc.sentences[0]) == (None, 13)


@pytest.mark.parametrize("folded, expected", [
    ("وقع انفجار امام المحكمه دون وقوع اصابات", True),
    ("انفجرت عبوه بدون سقوط ضحايا", True),
    ("لم يسفر الهجوم عن اصابات", False),            # the subject stands between: no match
    ("ولم يسفر عن وقوع اصابات", True),
    ("انتهت العمليه من غير خسائر بشريه", True),
    ("قتل 12 شخصا واصيب 30 اخرون", False),
    ("دون ان يعلن احد مسؤوليته", False),            # "دون" alone is not enough
])
def test_casualties_no_casualties_phrase_prefilter_agrees_with_the_regex(folded, expected):
    from rasd.extract.casualties import _NO_CASUALTIES, _no_casualties
    assert _no_casualties(folded) is expected
    assert _no_casualties(folded) == (_NO_CASUALTIES.search(folded) is not None)


def test_casualties_one_person_named_in_the_accusative():
    # "وقتلوا قائدا": the accusative singular after an active kill verb is one person
    doc = run(Article("t", "اقتحم مسلحون منزلا في المدينة وقتلوا قائدا محليا أمس."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 1


@pytest.mark.parametrize("text, killed", [
    ("انفجرت سيارة مفخخة في السوق وأودت بحياة 12 شخصا.", 12),
    ("أودى تفجير انتحاري بحياة 32 شخصا في بلدة حدودية.", 32),       # verb and "بحياة" apart
    ("وانفجرت عبوة ناسفة بسيارة الضابط ما أودى بحياته.", 1),          # his life: one person
    ("ونجا الوزير بحياته من الهجوم الانتحاري.", None),                # survived: nobody died
])
def test_casualties_awda_bi_hayat_is_a_death(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("اغتال مسلحون معاون مدير السجن المقدم عبد الله وسط المدينة.", 1),    # an assassination kills the one named
    ("اغتال الطيران الاسرائيلي، بعد ظهر امس خمسة فلسطينيين، في خان يونس.", 5),  # "بعد ظهر" is a time of day
])
def test_casualties_an_assassination_counts_its_object(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # a dual that counts weapons is no toll; one person named with the article after a death noun is one
    ("قصفت المقاتلات منزلا على الحدود بصاروخين على الأقل مما أسفر عن استشهاد الطفلة.", 1),
    ("أسفر القصف عن مقتل الجندي وإصابة ثلاثة آخرين.", 1),
    ("أسفر القصف عن مقتل الجنود في الموقع.", None),     # plural, no number: unknown
])
def test_casualties_dual_weapons_and_one_definite_person(text, killed):
    assert _count(text)[0] == killed


def test_casualties_the_toll_of_what_an_act_answers_is_not_its_own():
    text = "وقتل الجيش أكثر من 200 مسلح في عملية واسعة، ردا على هجوم نفذه مسلحون على كمين للجيش وقتل فيه 17 جنديا."
    assert _count(text)[0] == 200


def test_casualties_the_object_after_a_plural_subject_is_one():
    assert _count("قتل مسلحون مترجما يعمل في قاعدة عسكرية في المدينة.")[0] == 1
    assert _count("قتل مسلحون مجهولون في المدينة.")[0] is None    # an adjective, not an object


def test_casualties_killed_him_with_seven_others_is_eight():
    assert _count("اقتحمت القوات منزل القيادي فجرا وقتلته مع سبعة من عائلته.")[0] == 8


@pytest.mark.parametrize("text, killed, injured", [
    ("وسقط صاروخان على المنزل وأسفرا عن تدميره.", None, None),       # two missiles, no victims
    ("ولقي عراقيان مصرعهما في انفجار عبوة ناسفة.", 2, None),          # a nationality dual
    ("وقتلت فتاتان وجرح شابان في القصف.", 2, 2),                       # duals of person nouns
    ("وتظاهر المئات احتجاجا على مقتل الطفل برصاص الشرطة.", None, None),  # what the protest is about
    ("وخرج آلاف تنديدا باغتيال الصحفي.", None, None),
])
def test_casualties_duals_and_causes(text, killed, injured):
    assert _count(text) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # the speaker tells the same dead again: not added
    ("تضاربت الروايات بشأن مقتل ستة أشخاص في القرية، فقد أعلن الجيش أنه قتل ستة هم ثلاثة رجال وثلاث نساء.", 6),
    ("أسفر الهجوم عن مقتل خمسة جنود، وأكد الجيش مقتل خمسة جنود في الهجوم.", 5),
    # equal counts of other dead, or with no speaker between, still add up
    ("أسفر الهجوم عن مقتل خمسة جنود، وقال الجيش إنه قتل خمسة مسلحين في الرد.", 10),
    ("قتل ثلاثة أشخاص في السوق وقتل ثلاثة آخرون قرب المسجد.", 6),
])
def test_casualties_a_toll_told_again_is_not_added(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("قال المتحدث إن ضابطي شرطة ومدنيا أصيبوا في انفجار أمام المحكمة.", None, 3),  # construct dual + one
    ("وقتل ضابطا شرطة ومجند ومسلح في هجوم على حاجز أمني.", 4, None),
    ("وقتل جندي ومدني في القصف على البلدة.", 2, None),                              # joined singulars
    ("وقال مصدر إن المتشددين لقوا حتفهم في القصف.", None, None),                    # a plural, not two
    ("وقال مصدر إن شرطيا ومدنيا قتلا في الانفجار.", 2, None),                      # a dual verb
    ("قتل ثلاثة جنود وأصيب رابع في الهجوم.", 3, 1),                                  # one more hurt
    ("قتل مدني وأصيب آخر بجروح في القصف.", 1, 1),
    ("اغتال مسلحون مجهولون إمام وخطيب مسجد في المدينة.", 1, None),              # one man, two titles
])
def test_casualties_construct_duals_and_groups_before_a_plural_verb(text, killed, injured):
    assert _count(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("قال مسؤول إن جنديين قتلا في انفجار عبوة ناسفة.", 2, None),                # dual verb after a dual
    ("وأوضح أن ضابطين أصيبا بجروح خطيرة في الهجوم على الحاجز.", None, 2),
    ("وقالت مصادر إن امرأتين لقيتا حتفهما في القصف.", 2, None),
    ("قالت مصادر إن شرطيين ومدنيا قتلوا في انفجار عبوة ناسفة.", 3, None),      # dual joined to one
    # the verb's object pronoun is the toll; the dual before it is the doer, the one after the talk
    ("إن مسلحين يستقلان دراجة نارية أطلقا النار على أمين شرطة فقتلاه، ويرجح أن يكون المسلحان عضوين في خلية.", 1, None),
    ("أطلق مسلح النار على ضابطين فقتلهما.", 2, None),
    ("تاركين خلفهم جثث قتلاهم وأسلحتهم.", None, None),                           # their dead: no kill told
])
def test_casualties_dual_verbs_and_object_pronouns(text, killed, injured):
    assert _count(text) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("قتلت امرأة وطفلاها جراء سقوط قذيفة هاون على منزلهم.", 3),      # her two children
    ("قتل رجل وزوجته في قصف على منزلهما.", 2),
    ("قتل رجل وابناه في قصف على منزلهم.", 3),
    ("قتل رجل وابنته في قصف على منزلهما.", 2),
])
def test_casualties_kin_joined_with_a_possessive_count(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, toll", [
    ("سقط سبعة قتلى وعشرات الجرحى في تفجير.", (7, 10)),        # the vague count of the wounded is theirs
    ("أسفر التفجير عن سقوط عشرات القتلى ومئات الجرحى.", (10, 100)),
])
def test_casualties_a_definite_casualty_noun_after_a_vague_count_starts_the_other_group(text, toll):
    assert _count(text) == toll


@pytest.mark.parametrize("text, dead", [
    ("قتل قيادي ميداني في جماعة الحوثي وثلاثة من مرافقيه في اشتباكات جنوب تعز.", 4),
    ("قتل قيادي في تنظيم داعش واثنان من عناصره بغارة جوية.", 3),
])
def test_casualties_one_named_with_his_group_then_his_companions(text, dead):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == dead


@pytest.mark.parametrize("text, counts", [
    ("قتل متظاهر وأصيب 12 آخرون في البصرة.", (1, 12)),        # one protester
    ("أصيبت مستوطنة بجروح طفيفة في القدس.", (None, 1)),         # one woman, by the feminine
    ("أوامر بالقتل المتعمد ضد المتظاهرين في المدينة.", (None, None)),  # the plural, not two
])
def test_casualties_protesters_and_women_named_alone(text, counts):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0]) == counts


@pytest.mark.parametrize("text, dead", [
    ("لقي طفل مصرعه جراء سقوط قذيفة على منزله.", 1),     # "لقي" counts him, "مصرعه" tells it again
    ("لقي ثلاثة جنود مصرعهم في انفجار.", 3),
])
def test_casualties_met_his_death_is_one_death(text, dead):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == dead


@pytest.mark.parametrize("text, hurt", [
    ("قالت الوزارة إن ثلاثة مجندين ومواطنا أصيبوا في انفجار.", 4),          # one more, joined after the count
    ("قال إن سبعة أشخاص بينهم امرأة وطفل أصيبوا في انفجار.", 7),            # those among them add nobody
])
def test_casualties_a_person_joined_after_a_counted_group(text, hurt):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[1] == hurt


@pytest.mark.parametrize("text, counts", [
    ("سقط العشرات بين قتيل وجريح في الانفجار.", (None, None)),     # dead and hurt counted together
    ("قتل وجرح سبعة عشر سائحا في الهجوم.", (None, None)),
    ("استشهد وأصيب 29 مدنيا في القصف.", (None, None)),
    ("أعلن الجيش أن جنديا قتل وأصيب 10 آخرون في الهجوم.", (1, 10)),  # one dead, ten others hurt
    ("أدى الهجوم إلى مقتل المهاجم وإصابة شرطيين.", (1, 2)),
])
def test_casualties_dead_and_hurt_counted_together_are_neither(text, counts):
    doc = run(Article("t", text), until="triggers")
    assert count_casualties(doc, doc.sentences[0]) == counts


def test_casualties_bodies_found_are_no_toll_of_the_attacks_told_with_them():
    from datetime import date as _d
    from rasd.model import Article as _A
    from rasd.pipeline import run as _run
    from rasd.extract.casualties import count_casualties as _cc
    d = _run(_A("t", "قتل 9 أشخاص على الأقل في هجمات متفرقة وعثر اليوم على 7 جثث معظمها في جنوب بغداد.",
                published=_d(2015, 3, 21)), until="triggers")
    assert _cc(d, d.sentences[0])[0] == 9


def test_casualties_dead_and_wounded_counted_as_one_figure_are_neither():
    from datetime import date as _d
    from rasd.model import Article as _A
    from rasd.pipeline import run as _run
    from rasd.extract.casualties import count_casualties as _cc
    d = _run(_A("t", "سقط 11 قتيلا وجريحا في انفجار عبوة ناسفة قرب سوق شعبي في بغداد.", published=_d(2015, 10, 10)),
             until="triggers")
    assert _cc(d, d.sentences[0]) == (None, None)


@pytest.mark.parametrize("text, dead", [
    ("قتل القيادي في تنظيم داعش أبو محمد و3 من مرافقيه في غارة على مدينة الرقة.", 4),
    ("قالت مصادر إن القيادي الحوثي أبو حمزة قائد كتائب الحسين و 12 من مرافقيه قتلوا على يد مقاتلي المقاومة.", 13),
    ("قتل الشيخ و3 من أبنائه في قصف على منزلهم.", 4),
    # the leader already counted with them
    ("لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم في محافظة الضالع.", 13),
])
def test_casualties_a_leader_and_his_companions(text, dead):
    assert _count(text)[0] == dead


@pytest.mark.parametrize("text, killed", [
    # two sources' figures for the same dead: the lowest (ACLED_CODING §6), not their sum
    ("قالت الشرطة إن 9 أشخاص قتلوا في الانفجار، بينما قال شهود عيان إن عدد القتلى بلغ 15.", 9),
    ("لقي 25 شخصا مصرعهم في الهجوم وفق مصادر محلية، فيما قالت وزارة الداخلية إن عدد القتلى 18.", 18),
    ("أعلنت الحكومة مقتل 40 من المتمردين في المعارك، في حين قال المتمردون إن ستة من مقاتليهم فقط قتلوا.", 6),
    ("أدت الغارة إلى مقتل خمسة مدنيين بحسب ناشطين و9 بحسب الدفاع المدني.", 5),
    # a second group of other dead is added, whoever tells it
    ("قتل 4 جنود في الكمين، فيما قال مسؤولون إن 3 آخرين قتلوا في انفجار لاحق.", 7),
    ("قتل خمسة جنود وثلاثة مدنيين في الهجوم.", 8),
])
def test_casualties_other_source_takes_the_lowest(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # a unit's number names it, it counts no one
    ("قتل قائد اللواء 22 مشاة وثلاثة من حراسه في هجوم على موكبه.", 4),
    ("لقي آمر الكتيبة 15 مصرعه مع اثنين من جنوده في الكمين.", 3),
    ("قتل خمسة جنود من الفرقة 11 في القصف.", 5),
    # an official named first, then his companions: one more than the count
    ("قتل محافظ المدينة وأربعة من مرافقيه في انفجار عبوة ناسفة.", 5),
    ("قتل القيادي مع سبعة من عناصره في الغارة.", 8),
    # one count told after two cue words of the same death is counted once
    ("لقي الضابط مصرعه مع ثلاثة من رفاقه في الاشتباكات.", 4),
])
def test_casualties_unit_numbers_and_companions(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # a family counted as the text counts it
    ("أسفرت الغارة عن مقتل رجل وطفليه في القرية.", 3),          # the dual after a verbal noun
    ("قتلت امرأة وأبناؤها الثلاثة في القصف.", 4),               # plural kin, their number after them
    ("قتل رجل وأطفاله الخمسة في الغارة.", 6),
    ("قتل طفلان ووالدتهما في القصف.", 3),                        # a parent after the children
    ("قتل أب وابنه برصاص قناص.", 2),
])
def test_casualties_families(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # attackers the text counts with the dead are counted (ACLED_CODING §6)
    ("أسفر التفجير عن مقتل 20 شخصا بالإضافة إلى الانتحاري.", 21),
    ("قتل ستة حراس إضافة إلى المهاجمين الثلاثة في الهجوم على الفندق.", 9),
    ("قتل جنديان ومنفذ الهجوم في التفجير.", 3),
    # what is added after them is not always the dead
    ("قتل 7 أشخاص بالإضافة إلى إصابة 20 آخرين.", 7),
])
def test_casualties_attackers_counted_with_the_dead(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, fat", [
    # the first figure an update replaced is not added to it
    ("ارتفعت حصيلة ضحايا التفجير الذي هز كابول مساء الأربعاء إلى 150 قتيلا، بعد أن كانت السلطات قد أعلنت في "
     "البداية مقتل 90 شخصا.", 150),
    ("قال مسؤولون إن عدد قتلى الهجوم على الفندق ارتفع إلى 31 قتيلا، وكانت حصيلة سابقة قد أشارت إلى مقتل 26 شخصا.", 31),
    # "أمام" (in front of), with its hamza, is no imam among the dead
    ("قال مسؤولون إن عدد قتلى تفجير السيارة المفخخة أمام مطعم في بغداد أمس ارتفع إلى 12.", 12),
])
def test_casualties_an_updated_toll_stands_alone(text, fat):
    assert _count(text)[0] == fat


@pytest.mark.parametrize("text, fat", [
    # the attackers counted first are the kill verb's subject, not its dead
    ("قتل انتحاريان سبعة جنود في هجوم على معسكر في مدينة الفلوجة.", 7),
    ("قتل ثلاثة مسلحين 12 شخصا في هجوم على سوق في مدينة بيو.", 12),
    # "هجوم انتحاري"، "هجوم مسلح": the act's adjective, no one dead
    ("ارتفع عدد قتلى هجوم انتحاري استهدف مسجدا في مدينة كويتا إلى 40 قتيلا.", 40),
    ("بلغ عدد قتلى هجوم مسلح على فندق في مدينة سوسة 38 قتيلا.", 38),
    # an earlier act's toll told in a "وكان ... قد" clause is not added
    ("قتل أربعة أشخاص في انفجار سيارة مفخخة في مدينة درنة، وكان تفجير مماثل الشهر الماضي قد أودى بحياة 20 شخصا.", 4),
])
def test_casualties_subjects_adjectives_and_earlier_acts_are_not_this_toll(text, fat):
    assert _count(text)[0] == fat


@pytest.mark.parametrize("text, fat", [
    # dead and hurt told in one figure: neither is known (ACLED_CODING §6)
    ("أسفر انفجار سيارة مفخخة في مدينة الحلة عن سقوط 25 قتيلا وجريحا.", None),
    ("خلف هجوم انتحاري عشرات القتلى والجرحى في مدينة كربلاء أمس.", None),
    ("قتل ما يزيد على ثلاثين مدنيا في قصف على بلدة سراقب.", 30),
    # who shot them is no more dead
    ("بينهم سبعة قتلوا برصاص مسلحين أطلقوا النار على مصلين قرب مسجد.", 7),
])
def test_casualties_combined_figures_vague_counts_and_shooters(text, fat):
    assert _count(text)[0] == fat


def test_casualties_those_who_died_of_their_wounds_are_dead():
    assert _count("توفي جنديان متأثرين بجراحهما التي أصيبا بها في هجوم على حاجز في مدينة رفح.")[0] == 2


@pytest.mark.parametrize("text, toll", [
    ("سقط قتيل وثلاثة جرحى في انفجار عبوة ناسفة في حي العامرية غربي بغداد.", (1, 3)),
    ("أسفر الانفجار عن سقوط قتيل وجريح في حي العامرية.", (1, 1)),
    ("أسفر الانفجار عن قتيل وجريحين في حي العامرية.", (1, 2)),   # the dual of the hurt is no count of the dead
    ("سقط العشرات بين قتيل وجريح في انفجار سيارة مفخخة في بغداد.", (None, None)),
])
def test_casualties_a_bare_singular_noun_counts_one(text, toll):
    from datetime import date as _d
    from rasd.model import Article as _A
    from rasd.pipeline import run as _run
    from rasd.extract.casualties import count_casualties as _cc
    d = _run(_A("t", text, published=_d(2016, 4, 10)), until="triggers")
    assert _cc(d, d.sentences[0]) == toll


@pytest.mark.parametrize("text, killed", [
    # the verbal noun of an execution or assassination tells its dead when the act is told done
    ("أقدم تنظيم داعش على إعدام 40 مدنيا في الموصل.", 40),           # "أقدم ... على"
    ("قام التنظيم بإعدام 12 شخصا في ساحة عامة.", 12),               # "قام ... ب"
    ("نفذ التنظيم عملية إعدام جماعية بحق 25 شخصا في تدمر.", 25),     # "بحق" and its count
    ("أعلنت الشرطة اغتيال 3 ضباط في درنة.", 3),                      # its count right after it
    # not when the act is only named: the dead of the bombing told with it are the sentence's toll
    ("وبرر الناطق إعدام الجنود الثلاثة بعد هجوم انتحاري أسفر عن مقتل ثلاثة جنود.", 3),
])
def test_casualties_the_verbal_noun_of_a_killing_act_told_done(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("قتل مسلحون مرة واحدة ثلاثة جنود في الهجوم.", 3),
    ("قتل ثلاثة جنود في الهجوم الذي تكرر ثلاث مرات.", 3),
])
def test_casualties_how_many_times_counts_nobody(text, killed):
    # "مرة واحدة" (once), "ثلاث مرات" (three times): a count of times, not of the dead
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # the vehicles destroyed are counted, "those inside" are not: no figure of the dead
    ("دمر طيران الجيش أمس ست عجلات مفخخة وقتل من فيها شرقي الرمادي.", None),
    ("أحبطت القوات الأمنية هجوما بثلاث عجلات مفخخة قرب الرمادي أمس وقتلت من فيها.", None),
    # people counted before their verb are still the dead
    ("ما لا يقل عن خمسة مدنيين قتلوا في قصف على البلدة.", 5),
    # "لقي N، بينهم ...، حتفهم": the breakdown between the split verb and its death noun is part of N
    ("لقي سبعة مدنيين، بينهم ثلاثة أطفال وامرأة، حتفهم أمس جراء قصف على حي الروضة.", 7),
    ("لقي 12 شخصا، بينهم خمسة أطفال، مصرعهم أمس في غارة جوية على سوق.", 12),
])
def test_casualties_counts_before_the_kill_word_that_are_no_new_dead(text, killed):
    # things counted ("ست عجلات") and a breakdown of a whole already counted add no dead
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # a definite sound plural is the group, however many ("the attackers", "the gunmen")
    ("هاجم مسلحون أمس قاعدة قرب بيشاور، وأعلن الجيش مقتل المهاجمين.", None),
    ("واشتبك معهم الجنود حتى قتل جميع المسلحين.", None),
    ("وأعلن الجيش مقتل المهاجمين الثلاثة عشر.", 13),
    # two only when told as two: a number or the dual relative after it, or a bare noun
    ("قتل الجيش المسلحين الاثنين في اشتباك أمس.", 2),
    ("أعلن الجيش أمس مقتل الانتحاريين اللذين فجرا نفسيهما في بيشاور.", 2),
    ("قتل مسلحين اثنين في اشتباك مع الجيش أمس.", 2),
    # a broken plural's dual stays two
    ("قتل الجنديين في انفجار عبوة ناسفة أمس.", 2),
    # nor does the group hand its place to a figure further on
    ("قام عدد من جنود المارينز بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم، وتسببت بمقتل جندي أميركي.", 1),
])
def test_casualties_a_definite_sound_plural_is_a_group_not_two(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # the attackers' dead told by another speaker are more dead, not that speaker's figure for the victims
    ("قتل 29 شخصا عندما هاجم مسلحون قاعدة جوية، فيما أعلن الجيش مقتل المهاجمين الثلاثة عشر.", 42),
    ("قتل 12 مدنيا في الهجوم، بينما قال الجيش إنه قتل المسلحين الخمسة.", 17),
    # another source's figure for the same dead: the lowest stands
    ("قتل 12 مدنيا في الهجوم، بينما قال ناشطون إن عدد القتلى بلغ 17.", 12),
])
def test_casualties_the_attackers_dead_are_no_second_version(text, killed):
    assert _count(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    # the deaths that raised the toll are in the new figure
    ("وارتفعت حصيلة الضحايا في المدينة إلى 11 قتيلا بعد وفاة ثلاثة من المصابين متأثرين بجراحهم.", 11),
    # deaths told beside a toll that did not rise are more dead
    ("قتل ثمانية مدنيين في الغارة، وتوفي ثلاثة آخرون متأثرين بجراحهم.", 11),
])
def test_casualties_the_deaths_that_raised_a_toll_are_in_it(text, killed):
    assert _count(text)[0] == killed


def test_their_death_counts_them_not_the_figure_after_it():
    from rasd.model import Article
    from rasd.pipeline import run
    from rasd.extract.casualties import count_casualties
    doc = run(Article("t", "خاضت القوات الخاصة اشتباكات مع المهاجمين أمس انتهت بمقتلهم جميعا وإنقاذ أكثر من مئتي "
                           "شخص كانوا محاصرين داخل الفندق."))
    assert count_casualties(doc, doc.sentences[0])[0] is None


@pytest.mark.parametrize("text, killed", [
    # the fallen of a side, told by the noun of "سقط" and a figure of people
    ("أسفرت المعارك عن مقتل 19 من الحوثيين وسقوط 6 من قوات الجيش في مديرية ذباب.", 25),
    ("أسفرت المعارك في مديرية ذباب عن سقوط 6 من قوات الجيش.", 6),
    # no figure of people: no more dead than the noun tells
    ("أسفرت اشتباكات بين المقاومة والحوثيين قرب مدينة عتق أمس عن سقوط قتيلين من المقاومة.", 2),
    ("أعلنت سلطات الإقليم عن سقوط مدنيين جراء القصف التركي على جبال قنديل.", None),
])
def test_casualties_the_fallen_of_a_side(text, killed):
    assert _count(text)[0] == killed


def test_rockets_counted_before_one_of_them_falls_are_no_dead():
    from datetime import date as _date
    from rasd.model import Article
    from rasd.pipeline import process_article
    text = "أطلقت سرايا القدس اليوم عشرات الصواريخ باتجاه المدن الإسرائيلية، وسقط أحدها على مصنع في سديروت."
    evs = process_article(Article("t", text, published=_date(2019, 11, 12)))
    assert evs and all(e.fatalities is None for e in evs)
