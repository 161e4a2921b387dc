"""The display Arabic name (`name_ar`) of big places is their usual spelling, not the first of
GeoNames' alphabetical list of alternates; admin units keep their own name, not their capital's."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from rasd.resources import Resources

GAZ = Resources.builtin().gazetteer


@pytest.mark.parametrize("pid, name_ar", [
    ("281184", "القدس"),        # Jerusalem, was "أورسالم"
    ("294801", "حيفا"),         # Haifa, was "جحفية"
    ("112931", "طهران"),        # Tehran, was "تهران" (Persian)
    ("2643743", "لندن"),        # London, was "لأندأن"
    ("379252", "الخرطوم"),      # Khartoum, was "ااالخرطوم"
    ("92877", "نينوى"),         # Ninawa (ADM1): not its capital's "الموصل"
    ("96965", "ديالى"),         # Diyala (ADM1): not "بعقوبة"
    ("99344", "الهندية"),       # Al Hindiyah, was "سدة الهندية" (the barrage)
    ("103369", "بيشة"),         # Bisha, was "قلعة بيشة" (its fort)
    ("1809858", "غوانزو"),      # Guangzhou, was "كانتون" (also the word for a Swiss canton)
])
def test_gazetteer_display_name_is_the_usual_spelling(pid, name_ar):
    assert GAZ.get(pid).name_ar == name_ar


def _script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gazetteer_display_first_prefers_the_corpus_name_for_big_places_only():
    b = _script()
    names = ["أورسالم", "القدس", "أورشليم"]
    used = Counter({b.fold_string("القدس"): 40})
    big = b.Row("1", "Jerusalem", list(names), "PPLA", "IL", "", 31.7, 35.2, 900_000, 0)
    assert big.display_first(used)[0] == "القدس"
    # a hamlet whose odd alias is a famous name keeps its first name
    small = b.Row("2", "Al Haqirah", ["الحقيرة", "القاهرة"], "PPL", "YE", "", 15.0, 44.0, 200, 0)
    assert small.display_first(Counter({b.fold_string("القاهرة"): 99}))[0] == "الحقيرة"
    # voweled variants count for the spelling: two sources' forms of "حيفا" beat one "جحفية"
    haifa = b.Row("3", "Haifa", ["جحفية", "حيفا"], "PPLA", "IL", "", 32.8, 35.0, 285_000, 0,
                  b.spelling_counts("جحفية|حيفا|حَيفا"))
    assert haifa.display_first(Counter())[0] == "حيفا"


def test_gazetteer_display_first_never_shows_a_town_by_its_landmark():
    b = _script()
    # the barrage's name is written in more forms than the town's: still not the town's display name
    town = b.Row("4", "Al Hindiyah", ["الهندية", "سدة الهندية"], "PPLA2", "IQ", "", 32.5, 44.2, 139_578, 0,
                 b.spelling_counts("ناحية سدة الهندية|سدة الهندية|سَدة الهندية|الهندية"))
    assert town.display_first(Counter())[0] == "الهندية"
    small = b.Row("5", "Bisha", ["قلعة بيشة", "بيشة"], "PPL", "SA", "", 20.0, 42.6, 81_828, 0)
    assert small.display_first(Counter())[0] == "بيشة"
    # a town whose own name starts with such a word, with no shorter name, keeps it
    jisr = b.Row("6", "Jisr ash Shughur", ["جسر الشغور"], "PPL", "SY", "", 35.8, 36.3, 44_322, 0)
    assert jisr.display_first(Counter())[0] == "جسر الشغور"
