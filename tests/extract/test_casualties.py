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
])
def test_casualties_binding(text, killed, injured):
    assert _count(text) == (killed, injured)


def test_casualties_a_lone_subject_gives_way_to_the_verbs_counted_object():
    doc = run(Article("t", "بعد أن قتل انتحاري، يشتبه بأنه ينتمي لتنظيم داعش، 32 شخصا في بلدة على الحدود."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 32
    doc = run(Article("t", "لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم يوم الأحد."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 13


def test_casualties_a_breakdown_of_the_dead_is_not_added_again():
    doc = run(Article("t", "ووقعت اشتباكات تسببت بمقتل 25 مقاتلا من الطرفين، وقال المرصد إن القتلى هم 18 عنصرا من جبهة النصرة وسبعة من الفرقة."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 25


def test_casualties_killed_with_n_others_counts_the_one_too():
    doc = run(Article("t", "إن القائد العسكري قتل مع ثلاثة عناصر آخرين في حي جوبر."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 4


def test_casualties_groups_before_the_verb_add_up():
    doc = run(Article("t", "قالت مصادر أمنية إن 12 متشددا وخمسة مدنيين قتلوا أمس في محافظة شمال سيناء."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 17


def test_casualties_a_definite_noun_points_back_to_the_count_before():
    from rasd.extract.casualties import count_from_before
    doc = run(Article("t", "قالت مصادر إن 12 متشددا وخمسة مدنيين قتلوا أمس.\n"
                           "وقال مصدر إن المتشددين لقوا حتفهم عندما قصف الجيش سيارتهم."), until="triggers")
    assert count_from_before(doc, doc.sentences[1], doc.sentences[0]) == 12
    doc = run(Article("t", "قالت مصادر إن 12 متشددا قتلوا أمس.\nوقال مصدر إن الجيش قصف مواقع."), until="triggers")
    assert count_from_before(doc, doc.sentences[1], doc.sentences[0]) is None


def test_casualties_of_one_family_adds_nobody():
    doc = run(Article("t", "وقال المصدر إن قذيفة سقطت على منزل وقتلت خمسة أشخاص من أسرة واحدة أمس."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 5


def test_casualties_and_one_of_joins_one_does_not():
    doc = run(Article("t", "وقع تبادل لإطلاق النار قتل خلاله جندي تركي وأحد متشددي التنظيم."), until="triggers")
    assert count_casualties(doc, doc.sentences[0])[0] == 2
