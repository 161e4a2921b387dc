"""Phrase matching over tokens: clitics on the first word, optional ال/و later, longest match."""
import pytest

from rasd.extract.phrases import PhraseIndex
from rasd.model import Article
from rasd.pipeline import run


def _doc(text):
    return run(Article("t", text), until="tokens")


@pytest.mark.parametrize("text, expected", [
    ("وبالقصف الجوي على المدينة", [("القصف الجوي", "air")]),
    ("شن قصفا على البلدة", [("قصفا", "bombard")]),
    ("للقصف المدفعي", [("قصف المدفعي", "artillery")]),
    ("واندلعت اشتباكات عنيفة", [("اشتباكات", "clash")]),
])
def test_phrases_clitics_and_longest_match(text, expected):
    idx = PhraseIndex([("قصف جوي", "air"), ("قصف", "bombard"), ("قصفا", "bombard"),
                       ("قصف مدفعي", "artillery"), ("اشتباك*", "clash")])
    doc = _doc(text)
    got = [(doc.span_text(m.span), m.value) for m in idx.find(doc)]
    assert got == expected


def test_phrases_span_excludes_clitics_and_diacritics_kept():
    idx = PhraseIndex([("غارة", "air")])
    text = "وبغارةٍ أمريكية"
    doc = _doc(text)
    (m,) = idx.find(doc)
    assert text[m.span.start:m.span.end] == "غارةٍ"
    assert text[m.full.start:m.full.end] == "وبغارةٍ"
    assert m.prefix == "وب"


def test_phrases_no_match_inside_other_words():
    idx = PhraseIndex([("سرت", "x")])
    assert idx.find(_doc("سرتني الأخبار")) == []


def test_phrases_a_word_with_the_article_takes_no_pronoun():
    # "الطلبة" is students, not "طلبه" (his request): the article and a pronoun never meet
    from rasd.model import Article
    from rasd.pipeline import run
    idx = PhraseIndex([("طلب", "call")])
    doc = run(Article("t", "شارك الطلبة في المسيرة وقدم طلبه إلى الوزير"), until="tokens")
    assert [doc.span_text(m.span) for m in idx.find(doc)] == ["طلبه"]
