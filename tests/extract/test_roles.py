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
