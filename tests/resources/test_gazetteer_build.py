"""scripts/build_gazetteer.py: the filters against source data errors, and the shipped result."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rasd.resources.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts/build_gazetteer.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

GAZ = Gazetteer.builtin()


def _row(id_, names, kind, cc, lat, lon, pop=0, name="x"):
    return build.Row(id_, name, list(names), kind, cc, "", lat, lon, pop, 0)


def test_gazetteer_build_admin1_name_goes_to_its_own_unit():
    west = _row("wof:1", ["غرب دارفور"], "ADM1", "SD", 13.4, 22.4, name="Western Darfur")
    central = _row("wof:2", ["وسط دارفور", "غرب دارفور"], "ADM1", "SD", 12.9, 23.5, name="Central Darfur")
    rows = [west, central]
    build.resolve_admin1_names(rows)
    assert central.names_ar == ["وسط دارفور"]
    assert west.names_ar == ["غرب دارفور"]


def test_gazetteer_build_admin1_same_primary_name_keeps_the_geonames_row():
    kanem = _row("2430873", ["كانم"], "ADM1", "TD", 14.1, 15.3, name="Kanem")
    wrong = _row("wof:85678513", ["كانم"], "ADM1", "TD", 11.0, 16.0, name="Chari-Baguirmi")
    rows = [kanem, wrong]
    build.resolve_admin1_names(rows)
    assert rows == [kanem]


def test_gazetteer_build_drops_rows_far_outside_their_country():
    towns = {"YE": [(12.8, 45.0), (15.35, 44.2), (16.9, 43.7)]}
    radians = _row("8281919", ["العنيب"], "PPL", "YE", 0.2516, 0.78521)
    ok = _row("1", ["عتق"], "PPLA", "YE", 14.54, 46.83)
    assert build.drop_far_rows([radians, ok], towns) == [ok]


def test_gazetteer_build_drops_mislabelled_namesake_of_a_major_town():
    city = _row("57289", ["هرجيسة"], "PPLA", "SO", 9.56, 44.06, pop=477_876)
    stray = _row("osm:1404223950", ["هرجيسا"], "PPL", "SO", 0.4473, 42.70346)
    near = _row("osm:4298140251", ["هرجيسا"], "PPL", "SO", 9.5617, 44.0618)
    village = _row("osm:9", ["قرية صغيرة"], "PPL", "SO", 0.45, 42.7)
    assert build.drop_shadow_namesakes([city, stray, near, village]) == [city, near, village]


@pytest.mark.parametrize("name, admin1_name", [
    ("غرب دارفور", "West Darfur"), ("جنوب دارفور", "South Darfur"), ("تعز", "Ta'izz"),
])
def test_gazetteer_build_shipped_admin1_names_are_unique(name, admin1_name):
    units = [p for p in GAZ.find(name) if p.kind == "ADM1"]
    assert [p.admin1 for p in units] == [admin1_name]


@pytest.mark.parametrize("unit_id, capital", [
    ("80425", "Zinjibar"),      # Abyan (source code pointed at Al Bayda')
    ("80412", "Aden"),          # Aden (pointed at Lahij)
    ("360997", "Giza"),         # Giza (pointed at Fayyum)
    ("360631", "Cairo"),
    ("361468", "Hurghada"),     # Red Sea (pointed at Luxor)
])
def test_gazetteer_build_shipped_admin1_stands_at_its_capital(unit_id, capital):
    assert GAZ.main_town(GAZ.get(unit_id)).name == capital


def test_gazetteer_build_shipped_has_no_stray_points():
    assert all(p.lat is None or p.lat > 5 for p in GAZ.find("هرجيسا"))
    assert all(p.lat is None or p.lat > 10 for p in GAZ.find("العنيب") if p.country == "YE")
    assert not [p for p in GAZ.find("مليحة") if p.country == "ML"]   # Mellieha, Malta, coded ML


def test_gazetteer_build_district_stands_at_its_town_and_loses_far_names():
    town = _row("91597", ["سامراء"], "PPLA2", "IQ", 34.1959, 43.88568, pop=158_508)
    unit = _row("wof:1", ["سامراء"], "ADM2", "IQ", 34.26132, 43.40148)
    wrong = _row("wof:2", ["سامراء", "السماوة"], "ADM2", "IQ", 31.23738, 45.25904)
    build.place_admin2([town, unit, wrong])
    assert (unit.lat, unit.lon, unit.parent) == (34.1959, 43.88568, "91597")
    assert wrong.names_ar == ["السماوة"] and wrong.parent == ""


def test_gazetteer_build_yemeni_district_keeps_its_point_against_a_far_village():
    # a Yemeni district is about 40 km across: a same-named hamlet 37 km off lies in another district,
    # while a district seat as far off, or a village close by, is still the district's town
    unit = _row("wof:1", ["سحار"], "ADM2", "YE", 16.8834, 43.6864)
    hamlet = _row("7926892", ["سحار"], "PPL", "YE", 16.76181, 43.36255, pop=5)
    build.place_admin2([hamlet, unit])
    assert (unit.lat, unit.lon, unit.parent) == (16.8834, 43.6864, "")
    seat_unit = _row("wof:2", ["قشن"], "ADM2", "YE", 15.5, 51.1)
    seat = _row("2", ["قشن"], "PPLA2", "YE", 15.42, 51.42)
    near_unit = _row("wof:3", ["باقم"], "ADM2", "YE", 17.3, 43.4)
    near = _row("3", ["باقم"], "PPL", "YE", 17.397, 43.477)
    build.place_admin2([seat, seat_unit, near, near_unit])
    assert (seat_unit.lat, seat_unit.parent) == (15.42, "2") and (near_unit.lat, near_unit.parent) == (17.397, "3")
    iraq_unit = _row("wof:4", ["سحار"], "ADM2", "IQ", 16.8834, 43.6864)
    build.place_admin2([_row("4", ["سحار"], "PPL", "IQ", 16.76181, 43.36255, pop=5), iraq_unit])
    assert iraq_unit.parent == "4"      # elsewhere a district may stand at a village up to 60 km away
    sahar = [p for p in GAZ.find("سحار") if p.kind == "ADM2"]
    assert sahar and all(GAZ.distance_km(GAZ.main_town(p), GAZ.get("7926892")) > 30 for p in sahar)


def test_gazetteer_build_shipped_district_named_like_a_town_is_coded_there():
    samarra = GAZ.get("91597")
    for p in GAZ.find("سامراء"):
        if p.country == "IQ":
            assert GAZ.distance_km(GAZ.main_town(p), samarra) < 1


@pytest.mark.parametrize("names, kept", [
    ("ئىسلامئاباد|إسلام آباد|اسلام اباد", ["إسلام آباد", "اسلام اباد"]),   # Uyghur spelling dropped
    ("ئاممان|امان", ["امان"]),
    ("سائل|بئر السبع", ["سائل", "بئر السبع"]),                         # hamza on yeh inside a word stays
])
def test_gazetteer_build_drops_uyghur_spellings(names, kept):
    assert build.clean_ar(names) == kept


def test_gazetteer_build_shipped_names_are_not_uyghur():
    islamabad = GAZ.get("1176615")
    assert islamabad is not None and islamabad.name_ar == "إسلام آباد"


@pytest.mark.parametrize("country_id, town", [
    ("294640", "Jerusalem"),     # Israel: the data marks no PPLC
    ("2420477", None),           # Guinea: its biggest town, whatever it is called
])
def test_gazetteer_build_shipped_country_without_a_capital_stands_at_its_biggest_town(country_id, town):
    country = GAZ.get(country_id)
    assert country.lat is not None and country.lon is not None
    if town is not None:
        assert GAZ.main_town(country).name == town


@pytest.mark.parametrize("raw, shown", [
    ("ASSADADA", "Assadada"), ("EIN MARA", "Ein Mara"),   # a source writing capitals
    ("Sirte", "Sirte"), ("USA", "USA"),                    # mixed case, or a short code, left alone
    ("Al\tKhums", "Al Khums"),
])
def test_gazetteer_build_display_name_case(raw, shown):
    assert build.display_name(raw) == shown


def test_gazetteer_shipped_names_are_not_shouted():
    rows = (ROOT / "rasd/resources/gazetteer.tsv").read_text("utf-8").splitlines()[1:]
    assert not [r.split("\t")[1] for r in rows if build.display_name(r.split("\t")[1]) != r.split("\t")[1]]
