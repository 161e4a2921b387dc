"""The actor lexicon loads with validation; resolve_actor makes names concrete."""
from datetime import date
import unicodedata

import pytest

from rasd.errors import ResourceError
from rasd.model import Actor
from rasd.resources.actors import COUNTRY_NAMES, KINDS, ActorLexicon, resolve_actor

HEADER = "pattern\tname\tinter\tcountry\tkind\tvalid_from\tvalid_to\twhere\tsource\n"


def _write(tmp_path, body, name="actors.tsv"):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_actors_builtin_loads_and_covers_required_actors():
    lex = ActorLexicon.builtin()
    assert len(lex) > 1000
    names = {r.actor.name for r in lex.rows}
    for required in ("Islamic State ({country})", "Houthi Movement", "Saudi-led Coalition",
                     "Global Coalition Against Daesh", "Libyan National Army",
                     "Military Forces of Libya (2016-2021) Government of National Accord",
                     "Military Forces of Syria (2000-)", "Military Forces of Iraq (2014-)",
                     "Military Forces of Yemen (2012-)", "Military Forces of Yemen (2015-) Houthi",
                     "Military Forces of Egypt (2014-)", "Police Forces of Egypt (2014-)",
                     "Military Forces of the United States", "Military Forces of Turkey (2002-)",
                     "Al Qaeda in the Arabian Peninsula", "Al Nusra Front", "Hayat Tahrir al Sham",
                     "Popular Resistance", "Opposition Rebels (Syria)", "Popular Mobilization Forces",
                     "Hezbollah", "PKK: Kurdistan Workers Party", "YPG: People's Protection Units",
                     "Kurdish Peshmerga (Kurdistan Regional Government)",
                     "Shura Council of Benghazi Revolutionaries", "Libya Dawn", "Taliban",
                     "Al Shabaab", "RSF: Rapid Support Forces", "SRF: Sudan Revolutionary Front",
                     "JEM: Justice and Equality Movement", "Hamas Movement",
                     "Unidentified Armed Group ({country})", "Civilians ({country})",
                     "Protesters ({country})", "Rioters ({country})"):
        assert required in names, required
    for cc in ("LY", "SY", "IQ", "YE", "EG", "SD", "TN", "SA", "TR", "US", "RU", "IR", "JO", "LB", "AF"):
        assert any(r.actor.country == cc and r.actor.kind == "state" for r in lex.rows), cc


def test_actors_builtin_rows_are_consistent():
    lex = ActorLexicon.builtin()
    for r in lex.rows:
        assert r.actor.kind in KINDS
        assert r.actor.kind == "none" or 1 <= r.actor.inter <= 8
        assert unicodedata.is_normalized("NFC", r.pattern)
        assert all(c in COUNTRY_NAMES for c in r.where)
        assert "Military Forces of {country}" not in r.actor.name


@pytest.mark.parametrize("pattern, where, name", [
    ("التحالف", {"YE"}, "Saudi-led Coalition"),
    ("التحالف", {"SY", "IQ"}, "Global Coalition Against Daesh"),
    ("الجيش", {"SY"}, "Military Forces of Syria (2000-)"),
    ("الجيش", {"LY"}, "Libyan National Army"),
])
def test_actors_where_readings(pattern, where, name):
    rows = ActorLexicon.builtin().rows_for(pattern)
    assert any(r.where == where and r.actor.name == name for r in rows)


def test_actors_gna_period():
    rows = ActorLexicon.builtin().rows_for("قوات الوفاق")
    gna = [r for r in rows if "Government of National Accord" in r.actor.name]
    assert gna and all(r.actor.valid_from == date(2016, 3, 30) and r.actor.valid_to == date(2021, 3, 15)
                       for r in gna)


@pytest.mark.parametrize("body, line, reason", [
    ("\tHezbollah\t3\tLB\tmilitia\t\t\t\thand", 2, "empty pattern"),
    ("حزب الله\tHezbollah\t9\tLB\tmilitia\t\t\t\thand", 2, "unknown inter code"),
    ("حزب الله\tHezbollah\tx\tLB\tmilitia\t\t\t\thand", 2, "unknown inter code"),
    ("حزب الله\tHezbollah\t3\tXX\tmilitia\t\t\t\thand", 2, "unknown country code"),
    ("حزب الله\tHezbollah\t3\tLB\tmilitia\t\t\tLB,QQ\thand", 2, "unknown country code 'QQ'"),
    ("حزب الله\tHezbollah\t3\tLB\tgang\t\t\t\thand", 2, "unknown kind"),
    ("حزب الله\tHezbollah\t3\tLB\tmilitia\t2016-13-01\t\t\thand", 2, "not a valid date"),
    ("حزب الله\tHezbollah\t3\tLB\tmilitia\t1.1.2016\t\t\thand", 2, "not an ISO date"),
    ("حزب الله\tHezbollah\t3\tLB\tmilitia\t2016-01-01\t2015-01-01\t\thand", 2, "before valid_from"),
    ("ﺣﺰﺏ الله\tHezbollah\t3\tLB\tmilitia\t\t\t\thand", 2, "presentation forms"),
    ("حزب الله\tHezbollah\t3\tLB\tmilitia\t\t\thand", 2, "columns"),
    ("حزب الله\tHezbollah ({region})\t3\tLB\tmilitia\t\t\t\thand", 2, "placeholder"),
    ("* \tX\t3\t\tmilitia\t\t\t\thand", 2, "no words"),
    ("قوات * التركية\tX\t1\tTR\tstate\t\t\t\thand", 2, "'*' may only stand first"),
    ("القاعدة الجوية\t-\t3\t\tnone\t\t\t\thand", 2, "leave inter empty"),
    ("حزب الله\tHezbollah\t3\tLB\tmilitia\t\t\t\thand\n"
     "# a comment\n"
     "حزب اللّه\tHizballah\t3\tLB\tmilitia\t\t\t\thand", 4, "duplicate of line 2"),
])
def test_actors_bad_rows_name_file_line_and_reason(tmp_path, body, line, reason):
    p = _write(tmp_path, HEADER + body + "\n")
    with pytest.raises(ResourceError) as e:
        ActorLexicon.from_path(p)
    msg = str(e.value)
    assert f"{p}:{line}" in msg and reason in msg
    assert e.value.line == line


def test_actors_not_nfc_row_is_rejected(tmp_path):
    decomposed = unicodedata.normalize("NFD", "آ")  # alef + madda above, as two code points
    assert decomposed != "آ"
    p = _write(tmp_path, HEADER + f"{decomposed}مرلي\tX\t3\t\tmilitia\t\t\t\thand\n")
    with pytest.raises(ResourceError, match="NFC"):
        ActorLexicon.from_path(p)


def test_actors_missing_header_column(tmp_path):
    p = _write(tmp_path, "pattern\tname\tinter\n")
    with pytest.raises(ResourceError, match="header lacks column"):
        ActorLexicon.from_path(p)


def test_actors_same_pattern_other_where_is_not_duplicate(tmp_path):
    p = _write(tmp_path, HEADER + "التحالف\tSaudi-led Coalition\t8\tSA\tcoalition\t\t\tYE\thand\n"
                                  "التحالف\tGlobal Coalition Against Daesh\t8\t\tcoalition\t\t\tSY,IQ\thand\n")
    lex = ActorLexicon.from_path(p)
    assert [r.actor.name for r in lex.rows_for("التحالف")] == ["Saudi-led Coalition",
                                                                "Global Coalition Against Daesh"]


@pytest.mark.parametrize("actor, country, name, inter, own", [
    (Actor("Islamic State ({country})", 2, None, "rebel"), "LY", "Islamic State (Libya)", 2, "LY"),
    (Actor("Civilians ({country})", 7, None, "civilians"), "SY", "Civilians (Syria)", 7, "SY"),
    (Actor("Civilians ({country})", 7, None, "civilians"), None, "Civilians", 7, None),
    (Actor("Military Forces of Turkey (2002-)", 1, "TR", "state"), "SY", "Military Forces of Turkey (2002-)", 8, "TR"),
    (Actor("Military Forces of Turkey (2002-)", 1, "TR", "state"), "TR", "Military Forces of Turkey (2002-)", 1, "TR"),
    (Actor("Military Forces of the United States", 1, "US", "state"), "LY", "Military Forces of the United States", 8, "US"),
    (Actor("Houthi Movement", 2, "YE", "rebel"), "SA", "Houthi Movement", 2, "YE"),
])
def test_actors_resolve_actor(actor, country, name, inter, own):
    r = resolve_actor(actor, country=country, when=None)
    assert (r.name, r.inter, r.country) == (name, inter, own)


@pytest.mark.parametrize("core, article, forms", [
    ("اميركي", False, ("اميركيا", "اميركيان", "اميركيين")),
    ("اميركي", True, ("اميركيان", "اميركيين")),
    ("تركيه", False, ("تركيتين", "تركيتان")),
    ("داعش", False, ()),
])
def test_actors_adjective_forms(core, article, forms):
    from rasd.resources.actors import adjective_forms
    assert adjective_forms(core, article) == forms


def test_actors_wildcard_adjective_takes_accusative_and_dual(tmp_path):
    p = _write(tmp_path, HEADER + "* أميركي\tMilitary Forces of the United States\t1\tUS\tstate\t\t\t\thand\n"
                                  "* أميركية\tMilitary Forces of the United States\t1\tUS\tstate\t\t\t\thand\n")
    lex = ActorLexicon.from_path(p)
    for core in ("اميركيا", "اميركيان", "اميركيتين"):
        assert core in lex.wild_index, core
    assert len(lex) == 2  # derived forms are no rows of their own
