"""rasd.arabic.translit: an Arabic spelling of a foreign name against its Latin name."""
from __future__ import annotations

import pytest

from rasd.arabic.normalize import fold_string
from rasd.arabic.translit import arabic_skeleton, latin_skeletons, romanize, spelled_alike


@pytest.mark.parametrize("arabic, latin, country", [
    ("غورداسبور", "Gurdaspur", "IN"),      # g as غ, p as ب
    ("ليجي", "Lice", "TR"),                # Turkish c is ج
    ("سروج", "Suruç", "TR"),               # Turkish ç written ج
    ("شرناق", "Şırnak", "TR"),
    ("حكاري", "Hakkari", "TR"),            # a doubled letter is written once
    ("قونية", "Konya", "TR"),              # a final ة is a vowel
    ("اسطنبول", "Istanbul", "TR"),         # the alef carries the first vowel; ط = t
    ("جيلان بينار", "Ceylanpınar", "TR"),  # two words, one name
    ("مرجة", "Marjah", "AF"),              # a final h after a vowel is silent
    ("فرح", "Farah", "AF"),                # ... or not
    ("كويتا", "Quetta", "PK"),             # qu: a k and a vowel
    ("بيشاور", "Peshawar", "PK"),
    ("مانديرا", "Mandera", "KE"),
    ("تشاد", "Chad", "TD"),                # تش is ch
])
def test_translit_spelled_alike(arabic, latin, country):
    assert spelled_alike(fold_string(arabic), latin, country)


@pytest.mark.parametrize("arabic, latin, country", [
    ("كشمير", "Kashmor", "PK"),   # same consonants; ي is not o
    ("ليجي", "Alaca", "TR"),      # same consonants; ي is not a
    ("لاهور", "Lahr", "IN"),      # the Arabic writes a vowel where the Latin has none
    ("مردان", "Mardin", "TR"),    # ا is not i
    ("سروج", "Sorgun", "TR"),     # other consonants
])
def test_translit_not_spelled_alike(arabic, latin, country):
    assert not spelled_alike(fold_string(arabic), latin, country)


def test_translit_skeletons_meet():
    assert arabic_skeleton(fold_string("غورداسبور")) == "GRDSBR"
    assert "GRDSBR" in latin_skeletons("Gurdaspur", "IN")
    assert latin_skeletons("Lice", "TR") == {"LJ"}                # Turkish: c is j
    assert "LS" in latin_skeletons("Lice", "FR") and "LJ" not in latin_skeletons("Lice", "FR")


@pytest.mark.parametrize("arabic, latin", [
    ("ليغو", "Lighu"), ("الزويه", "Al Zuya"), ("أبو قرين", "Abu Qrin"), ("عين زارة", "Ayn Zara"),
    ("بئر الغنم", "Bir Al Ghnm"), ("مؤتة", "Muta"),
])
def test_romanize_writes_a_latin_name_for_an_arabic_only_place(arabic, latin):
    out = romanize(arabic)
    assert out == latin and out.isascii()

