import re

import pytest

from rasd.arabic.patterns import gated_finditer, word_alternation

WORDS = ["اب", "ابريل", "اوت", "كانون الثاني", "كانون الاول", "كم", "كلم", "كيلو", "كيلو متر", "كيلومترا",
         "متر", "مترا", "امتار", "شمال", "شمالي"]


def _flat(words):
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("text", [
    "في ابريل الماضي وفي اب وفي اوت",
    "كانون الثاني  كانون الاول كانون",
    "على بعد 240 كيلومترا و5 كيلو مترات و 3 كيلو متر و 7 كم و9كلم",
    "شمالي سرت وشمال بنغازي ومتر وامتار",
])
def test_patterns_word_alternation_matches_like_the_flat_alternation(text):
    flat = re.compile(f"(?:{_flat(WORDS)})(?![^\\W\\d_])")
    trie = re.compile(f"{word_alternation(WORDS)}(?![^\\W\\d_])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.span() for m in trie.finditer(text)]  # something is found


def test_patterns_word_alternation_backtracks_to_shorter_words():
    # "كيلو" must still match when "كيلو متر" cannot be followed by what the pattern needs
    p = re.compile(word_alternation(["كيلو", "كيلو متر"]) + r"\s+غرب")
    assert p.search("10 كيلو غرب سرت").group() == "كيلو غرب"


def test_patterns_word_alternation_empty_list_matches_nothing():
    assert re.search(word_alternation([]), "سرت") is None


DIST = re.compile(r"(?<![^\W\d_])(?:\d+|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s*(?:كم|كيلومترا)(?![^\W\d_])\s*")


@pytest.mark.parametrize("text", [
    "قتل 5 على بعد 40 كم من سرت وحكم من المحكمة على بعد خمسين كيلومترا غرب",
    "كم عدد القتلى؟ 3كم\n\n 12 كم",
    "بلا وحدات",
])
def test_patterns_gated_finditer_equals_the_full_scan(text):
    gate = re.compile(word_alternation(["كم", "كيلومترا"]))
    got = [m.span() for m in gated_finditer(DIST, text, gate, 4, 2)]
    assert got == [m.span() for m in DIST.finditer(text)]


def test_patterns_gated_finditer_equals_the_full_scan_on_random_text():
    # the distance finders' own patterns and gates over random mixes of their words
    import random

    from rasd.arabic import distances as d
    vocab = ["على", "بعد", "نحو", "ما", "لا", "يقل", "عن", "خمسين", "ثلاثه", "و", "240", "12.5", "كم", "كلم",
             "كيلو", "مترا", "كيلومترا", "ميلا", "جنوب", "شرق", "غربي", "الشمال", "-", "من", "الي", "سرت",
             "مدينه", "قرب", "بالقرب", "ضواحي", "وسط", "حكم", "\n", "  ", "،"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 40)))
        for pattern, gate, before, after in ((d.DISTANCE_RE, d._UNIT_GATE, 8, 6),
                                             (d.DIRECTION_RE, d._DIRECTION_GATE, 3, 5),
                                             (d.RELATION_RE, d._RELATION_GATE, 3, 4)):
            got = [m.span() for m in gated_finditer(pattern, text, gate, before, after)]
            assert got == [m.span() for m in pattern.finditer(text)], text


@pytest.mark.parametrize("text", [
    "قال ما لا يقل عن خمسين و ثلاثه كيلومترا الي الشمال - الغربي من سرت امس",
    "على مسافه ما يزيد على مئتين واربعين كيلو مترات الي الجنوب الشرقي من مدينه سرت",
    "نحو 240 كم جنوبي - غربي من العاصمه",
])
def test_patterns_distance_gate_bounds_hold_for_the_longest_phrases(text):
    from rasd.arabic import distances as d
    full = [m.span() for m in d.DISTANCE_RE.finditer(text)]
    assert full
    assert [m.span() for m in gated_finditer(d.DISTANCE_RE, text, d._UNIT_GATE, 8, 6)] == full
