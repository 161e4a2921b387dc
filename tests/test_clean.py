"""rasd.clean: captions, bylines, share widgets, GUIDs, related stories, datelines; news is kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.clean import mask_boilerplate
from rasd.model import Article, Doc
from rasd.pipeline import fold_text

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


def masks_of(text: str):
    doc = mask_boilerplate(fold_text(Doc(Article("a", text)), resources=None))
    return [(m.reason, doc.span_text(m.span)) for m in doc.masks], doc


@pytest.mark.parametrize("text,expected", [
    ("أحد المباني المدمرة في سرت- أرشيف\nأحد المباني المدمرة في سرت- أرشيف\n\nقال مسؤولون إن قوات خاصة تتمركز في ليبيا منذ أواخر العام الماضي.",
     [("caption", "أحد المباني المدمرة في سرت- أرشيف"), ("caption", "أحد المباني المدمرة في سرت- أرشيف")]),
    ("غارات جنوب سرت\n\nآثار دمار خلفته غارة (الأوروبية-أرشيف)\n\nقال الجيش إنه نفذ ضربتين جويتين ضد أهداف التنظيم في ليبيا.",
     [("caption", "آثار دمار خلفته غارة (الأوروبية-أرشيف)")]),
    ("عنوان الخبر\n\nطرابلس\n\nعبد الله الشريف\n\navata\nعبد الله الشريف\n06 اغسطس 2016\nABD975A3-B115-4C81-8277-C942656956A2\n+ الخط -\nتقدمت قوات الرئاسي داخل مدينة سرت الليبية في أكثر من محور لتحرير أجزاء جديدة.",
     [("byline", "طرابلس"), ("byline", "عبد الله الشريف"), ("byline", "avata"), ("byline", "عبد الله الشريف"),
      ("date", "06 اغسطس 2016"), ("guid", "ABD975A3-B115-4C81-8277-C942656956A2"), ("share", "+ الخط -")]),
    ("عمر إبراهيم – عين اليوم\n حكت ثلاث عرائس داعشيات سابقات تجربتهن اليومية المرعبة قبل هروبهن من الجماعة.",
     [("byline", "عمر إبراهيم – عين اليوم")]),
    ("عنوان\n\nطرابلس - قال مسؤول أمني إن مسلحين هاجموا نقطة تفتيش جنوب المدينة صباح اليوم.",
     [("dateline", "طرابلس - ")]),
    ("عنوان\n\nبنغازي ـ العربي الجديد: قال مسؤول أمني إن مسلحين هاجموا نقطة تفتيش جنوب المدينة صباح اليوم.",
     [("dateline", "بنغازي ـ العربي الجديد: ")]),
    ("قال الجيش إنه نفذ ضربتين جويتين ضد أهداف التنظيم في ليبيا أمس.\n\nالمصدر : الجزيرة + وكالات\n\nحول هذه القصة\n\nقالت قوات حفتر إنها نفذت ضربات.\n\nالأكثر قراءة",
     [("source", "المصدر : الجزيرة + وكالات"),
      ("related", "حول هذه القصة\n\nقالت قوات حفتر إنها نفذت ضربات.\n\nالأكثر قراءة")]),
    ("قتل جندي في هجوم على نقطة تفتيش شرق المدينة صباح اليوم الاثنين.\nإقتراب ساعة الصفر لتطهير سرت\nرابط مختصر\nالمصدر : http://zajelnews.net/?p=12935",
     [("trailer", "إقتراب ساعة الصفر لتطهير سرت"), ("trailer", "رابط مختصر"),
      ("source", "المصدر : http://zajelnews.net/?p=12935")]),
    ("وتوقفت الواردات إلى ميناء عدن بشكل شبه تام منذ بدأ القتال. رابط الخبر بصحيفة الوئام: اليمن .. المقاومة",
     [("trailer", "رابط الخبر بصحيفة الوئام: اليمن .. المقاومة")]),
    ("وخاض المقاتلون الجنوبيون معارك ضد قوات الحوثي في محافظة ابين الجنوبية. سمات الحوثي اليمن صنعاء مقاتلون",
     [("trailer", "سمات الحوثي اليمن صنعاء مقاتلون")]),
    ("قتل جندي في هجوم على نقطة تفتيش شرق المدينة صباح اليوم الاثنين.\nاقرأ أيضا: مقتل خمسة في سرت\nوقال مسؤول إن التحقيق جار في الهجوم على النقطة.",
     [("related", "اقرأ أيضا: مقتل خمسة في سرت")]),
    ("هاجم مستوطنون قرية في جنوب نابلس مساء أمس وأحرقوا منازل ومركبات.\nاقرأ/ي أيضًا | الاحتلال يهدم منزلا في الأغوار\nوقال رئيس المجلس القروي إن الهجوم استمر ساعتين.",
     [("related", "اقرأ/ي أيضًا | الاحتلال يهدم منزلا في الأغوار")]),
    ("هاجم مستوطنون قرية في جنوب نابلس مساء أمس وأحرقوا منازل ومركبات.\nذات صلة: استشهاد شاب برصاص الاحتلال في مخيم بلاطة\nوقال رئيس المجلس القروي إن الهجوم استمر ساعتين.",
     [("related", "ذات صلة: استشهاد شاب برصاص الاحتلال في مخيم بلاطة")]),
])
def test_clean_masks(text, expected):
    got, _ = masks_of(text)
    assert got == expected


@pytest.mark.parametrize("text", [
    "مفاوضات ليبية أميركية بشأن توسيع القتال ضد داعش\n\nتقدمت قوات الرئاسي داخل مدينة سرت الليبية في أكثر من محور.",
    "قال الجيش إن قواته تقدمت.\n\nتحديث - 19:44 تغ\n\nأعلنت قوات حكومة الوفاق الوطني الخميس أنها دخلت مدينة سرت.",
    "ونقلت الصحيفة عن المسؤولين، الذين تحدثوا شريطة عدم الكشف عن هويتهم، القول إن حوالي 25 جنديا يتواجدون في ليبيا.",
    "وقال إن الحكومة تريد المزيد من الدعم الدولي لمحاربة التنظيم في سرت.",
])
def test_clean_keeps_news(text):
    got, _ = masks_of(text)
    assert got == []


def test_clean_update_block_after_related_is_kept():
    text = ("قال الجيش إنه تقدم في سرت اليوم بعد معارك عنيفة مع التنظيم.\nذات صلة\nخبر قديم\n"
            "تحديث: 17:15 تغ\nسيطرت قوات حكومة الوفاق الوطني الخميس على المنافذ البحرية لمدينة سرت.")
    got, doc = masks_of(text)
    assert got == [("related", "ذات صلة\nخبر قديم")]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
def test_clean_examples_masks_are_sorted_disjoint_and_keep_the_body(path):
    text = path.read_text(encoding="utf-8")
    got, doc = masks_of(text)
    spans = [m.span for m in doc.masks]
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    masked = sum(len(s) for s in spans)
    assert masked < 0.6 * len(text)
    # every sample starts with captions or a byline block that must be masked, except 003 (no header)
    if not path.name.startswith("003"):
        assert {"caption", "byline"} & {r for r, _ in got}


@pytest.mark.parametrize("text,expected", [
    # a contact box near the end masks to the end; the same words early in the text are news
    ("قتل جندي في هجوم على نقطة تفتيش شرق المدينة صباح اليوم الاثنين.\nللتواصل مع الكاتب: a@b.com\nتويتر",
     [("contact", "للتواصل مع الكاتب: a@b.com\nتويتر")]),
    ("وقال للتواصل مع الكاتب إن الهجوم وقع أمس.\nقتل جندي في هجوم على نقطة تفتيش.\nوقال مسؤول إن التحقيق جار.\n"
     "وأضاف أن القوات انتشرت.\nوتابع أن الوضع هادئ.\nوقال شاهد إن الدوي سمع.\nواكد مصدر الخبر.\nوختم بالقول.\n"
     "وكان هجوم سابق وقع.\nوالتحقيق مستمر.", []),
    # an inline "رابط الخبر" trailer counts only in the last two lines
    ("قتل جندي. رابط الخبر بصحيفة الوئام: اليمن\nوقال مسؤول إن التحقيق جار.\nوأضاف أن القوات انتشرت.\nوتابع.", []),
])
def test_clean_trailers_only_near_the_end(text, expected):
    got, _ = masks_of(text)
    assert got == expected
