"""kg.extract.geo: which place lies in which, as GeoNames knows them."""
from __future__ import annotations

import pytest

from kg.extract.geo import relation


@pytest.mark.parametrize("a, b, expected", [
    ("Beaumont", "Texas", "in"),             # a town in a US state
    ("Portland", "Ore.", "in"),              # AP style-book abbreviations of the states
    ("Kyoto", "Japan", "in"),                # a city in a country
    ("Japan", "Kyoto", "contains"),
    ("Springfield", "Illinois", "in_minor"),  # not the largest Springfield, but one of them
    ("Texas", "United States", "in"),
    ("Kyoto", "Texas", "apart"),
    ("Atlantis Foo", "Texas", None),          # not a place GeoNames knows
])
def test_a_place_is_placed_by_geonames(a, b, expected):
    assert relation(a, None, b, None) == expected


def test_a_linked_mention_is_read_by_its_gazetteer_label():
    assert relation("Tokyo", None, "U.S.", None) != "in"
    assert relation("Tokyo", None, "Nippon", "Japan") == "in"
