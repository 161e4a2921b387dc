"""rasd.ingest.ids: the article-id rule and publication dates from metadata or header lines."""
from datetime import date

import pytest

from rasd.errors import InputError
from rasd.ingest.ids import content_id, file_id, first_line, make_article, parse_published, record_id
from rasd.model import Article

TEXT = "مقتل خمسة مدنيين في قصف على حلب\n\nحلب - وكالات\n12 مارس 2017\nقتل خمسة مدنيين في قصف مدفعي."


def test_ids_file_stem():
    assert file_id("archive/2016/001_428ee2f09c601032.txt") == "001_428ee2f09c601032"


@pytest.mark.parametrize("value, expected", [("w1", "w1"), (" w1 ", "w1"), (17, "17"), ("", None), (None, None)])
def test_ids_record_id_or_content_hash(value, expected):
    assert record_id(value, TEXT) == (expected or content_id(TEXT))


def test_ids_content_id_is_the_article_content_hash():
    assert content_id(TEXT) == Article("x", TEXT).content_hash()
    assert content_id(TEXT) != content_id(TEXT + ".")


@pytest.mark.parametrize("value, expected", [
    ("2016-08-06", date(2016, 8, 6)),
    ("2016-08-06T23:30:00+02:00", date(2016, 8, 6)),
    ("2016-08-06T09:30:00Z", date(2016, 8, 6)),
    ("Sat, 06 Aug 2016 10:00:00 +0000", date(2016, 8, 6)),
    ("", None), (None, None),
])
def test_ids_parse_published(value, expected):
    assert parse_published(value, "f.jsonl", 2) == expected


def test_ids_parse_published_refuses_a_non_date():
    with pytest.raises(InputError, match=r"^f.jsonl:2: published 'last week' is not a date"):
        parse_published("last week", "f.jsonl", 2)


def test_ids_header_date_when_no_metadata():
    a = make_article(id="a", text=TEXT, source="a.txt")
    assert a.published == date(2017, 3, 12)
    b = make_article(id="b", text=TEXT, source="b.txt", published=date(2017, 3, 13))
    assert b.published == date(2017, 3, 13)


def test_ids_first_line_and_empty_article():
    assert first_line("\n\n  غارة على سرت  \nنص") == "غارة على سرت"
    with pytest.raises(InputError, match=r"^a.jsonl:4: empty article"):
        make_article(id="a", text=" \n ", source="a.jsonl", record=4)
