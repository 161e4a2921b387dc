import pytest

from rasd.arabic.normalize import fold
from rasd.arabic.sentences import split_sentences
from rasd.arabic.tokens import stems, tokenize
from rasd.model import Span, Token


@pytest.mark.parametrize("text, expected", [
    # (original surface, folded norm, sentence) per token
    ("قُتِلَ 5 جنود. وأُصيب آخرون\nسطر ثانٍ", [
        ("قُتِلَ", "قتل", 0), ("5", "5", 0), ("جنود", "جنود", 0),
        ("وأُصيب", "واصيب", 1), ("آخرون", "اخرون", 1), ("سطر", "سطر", 2), ("ثانٍ", "ثان", 2)]),
    ("بمدينة سـرت 6/8/2016", [("بمدينة", "بمدينه", 0), ("سـرت", "سرت", 0), ("6/8/2016", "6/8/2016", 0)]),
])
def test_tokens_tokenize_spans_norms_and_sentences(text, expected):
    folded, omap = fold(text)
    toks = tokenize(folded, omap, split_sentences(folded, omap))
    assert [(text[t.span.start:t.span.end], t.norm, t.sentence) for t in toks] == expected
    for t in toks:
        assert isinstance(t, Token) and isinstance(t.span, Span)
        assert folded[t.fstart:t.fend] == t.norm
        assert t == Token(Span(t.span.start, t.span.end), t.fstart, t.fend, t.norm, t.sentence)


def test_tokens_tokenize_without_sentences_puts_all_in_sentence_zero():
    folded, omap = fold("غارة جوية. قصف")
    assert [t.sentence for t in tokenize(folded, omap)] == [0, 0, 0]
    assert tokenize("", omap) == ()


def test_tokens_tokens_are_frozen():
    folded, omap = fold("سرت")
    tok = tokenize(folded, omap)[0]
    with pytest.raises(AttributeError):
        tok.norm = "x"
    assert hash(tok) == hash(Token(Span(0, 3), 0, 3, "سرت", 0))


@pytest.mark.parametrize("norm, stem", [("وبسرت", "سرت"), ("للجيش", "جيش"), ("قواتها", "قوات")])
def test_tokens_stems_offer_clitic_stripped_readings(norm, stem):
    assert stem in [s for s, _, _ in stems(norm)]
