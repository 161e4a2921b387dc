"""Cue weighing in its sentence (rasd/extract/cues.py): modality, and what else the sentence tells."""
from datetime import date

import pytest

from rasd.extract.cues import modality_factor, old_year
from rasd.extract.roles import token_at
from rasd.model import Article
from rasd.pipeline import run
from rasd.resources import Resources


def _factor(text: str, cue_text: str, published: date | None = None) -> tuple[float, list[str]]:
    doc = run(Article("t", text, published=published), until="triggers")
    res = Resources.builtin()
    toks = list(enumerate(doc.tokens))
    trig = next(t for t in doc.triggers if doc.span_text(t.span) == cue_text)
    mods = res.triggers.modality_index.find(doc, doc.tokens, offset=0)
    return modality_factor(doc, res, toks, doc.sentences[0], token_at(doc, trig.span.start), trig, mods)


@pytest.mark.parametrize("text, cue, low", [
    ("نفى الجيش أن تكون طائراته شنت غارات على المدينة.", "غارات", True),                  # denial
    ("وكان انتحاري قد فجر نفسه قرب حاجز للشرطة قبل سنوات.", "انتحاري", True),             # history
    ("وكان انتحاري قد فجر نفسه قرب حاجز للشرطة أمس.", "انتحاري", False),                  # recent: news
    ("قال الخبراء إن أي ضربة جوية على المنشآت ستكون خطيرة.", "ضربة جوية", True),        # any strike: hypothetical
    ("أعلن الجيش وقف القصف المدفعي على المدينة.", "القصف المدفعي", True),                 # stopping the shelling
    ("تعرض الوزير لمحاولة اغتيال في ولاية الوحدة.", "اغتيال", False),                     # a name is no total word
    ("تعرض قيادي في حركة حماس هو وكيل وزارة النقل الثلاثاء، للخطف على أيدي مسلحين.", "خطف", False),  # suffered, far before
    ("وقال المحافظ إن تحرير الموصل يتطلب دعما دوليا كبيرا.", "تحرير", True),             # a statement about taking it
    ("وأكد الوزير أن تحريرها سيكون قريبا.", "تحريرها", True),
    ("وأعلن الجيش أمس تحرير مدينة الرمادي من داعش.", "تحرير", False),                    # announced: taken
    ("وفي المباراة استعاد الفريق توازنه بفوزه على ضيفه.", "استعاد", True),                 # no ground taken
    ("استعاد ريال مدريد توازنه بعد الخسارة أمام ضيفه.", "استعاد", True),                  # at the sentence's start
    ("وأوقفت السلطات الرحلات الخاصة فوق العاصمة تماما.", "أوقفت", True),                  # flights stopped
    ("واستعادت المروحيات الاسرائيلية الآليتين بعد الاشتباك.", "استعادت", True),          # vehicles, no ground
    ("اقتحمت القوات منزل القيادي فجرا واعتقلت ولده.", "اقتحمت", True),                    # a house raided
    ("مددت المحكمة العسكرية اعتقال رئيس المجلس إلى الأسبوع المقبل.", "اعتقال", True),     # a court extends
    ("وقتل 30 شخصا أمس في الهجوم الأعنف منذ العام 2011 في المدينة.", "الهجوم", False),   # novelty, not history
    ("واتهم الوزير جماعة مسلحة بمحاولة اغتيال المحافظ بسيارة مفخخة في المدينة.", "سيارة مفخخة", True),  # an accusation
    ("وكان القائد، الذي قتل في انفجار سيارة مفخخة بدمشق، في اجتماع مع مسؤولين.", "سيارة مفخخة", True),  # a death as background
    ("ودان رئيس الحزب خطف اثنين من أعضائه في بيروت أمس.", "خطف", True),                 # opens with a condemnation
    ("وقال القائد إن قواته تتقدم، مرجحا أن يتم تحرير المدينة خلال أسبوعين.", "تحرير", True),  # a forecast
    ("وتحاول النيابة إثبات وجود معسكرات اعتقال في المنطقة.", "اعتقال", True),             # a detention camp
    ("ونفذت الطائرات ضربة جوية هي الأولى من نوعها منذ العام 2003.", "ضربة جوية", False),
    ("قتل 4 مدنيين جراء غارة جوية روسية على حلب، في أول غارة روسية على المدينة منذ عام 2016.", "غارة", False),
    ("وتواصل القوات عملياتها لاستعادة الجنود الأسرى.", "استعادة", True),
    ("وقتل 140 جنديا من القوات الدولية في هجمات العام الجاري.", "هجمات", True),           # a year's total
    ("لم يتحدد بعد جدول الانسحاب من البلدات الحدودية.", "الانسحاب", True),                 # a schedule
])
def test_cues_modality_factor(text, cue, low):
    f, why = _factor(text, cue)
    assert (f < 0.5) == low, why


@pytest.mark.parametrize("text, cue, low", [
    # the act condemned, described by a relative clause with a recent day of its own: reported
    ("أدانت الحكومة الغارة الأمريكية التي استهدفت فجر اليوم مقرا للحشد في المدينة.", "الغارة", False),
    ("أدانت الحكومة الغارة الأمريكية التي استهدفت فجر اليوم مقرا للحشد في المدينة.", "استهدفت", False),
    ("ندد المتحدث بالهجوم الذي نفذه مسلحون أمس على حاجز للجيش في المدينة.", "الهجوم", False),
    ("أدانت الحكومة الغارة الأمريكية التي استهدفت مقرا للحشد في المدينة عام 2019.", "الغارة", True),  # no recent day
    ("حذرت الحكومة من الغارات التي تستهدف منذ اليوم مقرات الحشد في المدينة.", "الغارات", True),  # a warning
])
def test_cues_a_condemned_act_told_with_its_day_is_reported(text, cue, low):
    f, why = _factor(text, cue, date(2023, 11, 22))
    assert (f < 0.5) == low, why


@pytest.mark.parametrize("text, cue, low", [
    # the act's day in a clause of its own, the comparison "since" in a later one: the act stands
    ("اغتال مسلحون مجهولون، فجر أمس الأحد، ناشطا في مدينة العمارة، في حادثة هي الثالثة من نوعها منذ مطلع العام.",
     "اغتال", False),
    ("اختطف مسلحون، مساء السبت، مهندسا في مدينة البصرة، في حادثة جديدة ضمن سلسلة حوادث منذ اندلاع الاحتجاجات.",
     "اختطف", False),
    ("قتل 40 شخصا في المدينة، منذ مطلع العام.", "قتل", True),                    # no day: a running total
])
def test_cues_a_since_comparison_in_a_later_clause_leaves_a_dated_act(text, cue, low):
    f, why = _factor(text, cue, date(2021, 5, 10))
    assert (f < 0.5) == low, why


@pytest.mark.parametrize("text, published, year", [
    ("وكان التنظيم قد سيطر على مدينة الموصل في عام 2014.", date(2015, 8, 6), 2014),   # background
    ("سيطر التنظيم على مدينة الموصل أمس في أكبر هجوم منذ عام 2014.", date(2014, 6, 10), None),
    ("واستولت عليها مراكش عام 1591.", None, 1591),                                     # no date: long ago
    ("وشن الطيران غارات على 1500 موقع في مدينة حلب.", date(2015, 8, 6), None),         # a count, no year
    ("كما استولوا على شمال أفريقيا منذ 150 ق.م. في حملة طويلة.", None, 0),             # before the era
    ("واستولى الرومان على مصر عام 31 ق.م. في حملة طويلة.", None, 0),                     # two digits too
    ("وسيطر العثمانيون على المدينة في القرن السادس عشر.", date(2015, 8, 6), 0),         # a past century
    ("وكانت الصحيفة قد حاورته قبل نحو 5 اعوام عن الهجوم على السفارة.", None, 0),         # years ago
    ("قتل مسلحون ثلاثة جنود قبل يومين في المدينة.", None, None),                         # days ago: news
])
def test_cues_a_sentence_naming_a_past_year_is_history(text, published, year):
    doc = run(Article("t", text, published=published), until="triggers")
    assert old_year(doc, doc.sentences[0]) == year


@pytest.mark.parametrize("text, cue, kept", [
    # responsibility denied: the act is presupposed (weak, as any sentence opening with a denial)
    ("نفى التحالف مسؤوليته عن الغارة التي استهدفت حفل زفاف في ذمار.", "الغارة", True),
    ("نفى المتحدث أي علاقة للجيش بالغارة على سوق في حجة.", "الغارة", True),
    # the act itself denied
    ("نفت الوزارة وقوع أي انفجار في مدينة المنصورة.", "انفجار", False),
    ("نفى الجيش أن تكون طائراته شنت غارات على المدينة.", "غارات", False),
])
def test_cues_a_denied_author_is_no_denied_act(text, cue, kept):
    f, why = _factor(text, cue)
    assert (f > 0) is kept, why
