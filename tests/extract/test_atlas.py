"""kg.extract.atlas: countries, first-level regions and towns, one inside another."""
from __future__ import annotations

import pytest

from kg.extract.atlas import areas, known, lies_in


@pytest.mark.parametrize("inner, outer, expected", [
    ("Catalonia", "Spain", True),           # a first-level region of a country, by its English name
    ("Flanders", "Belgium", True),
    ("Anbar Province", "Iraq", True),       # "province" after the name is not part of it
    ("Ramadi", "Anbar", True),              # a town in a first-level region
    ("Barcelona", "Catalonia", True),
    ("Bethlehem", "West Bank", True),       # in a region, any town of the name counts
    ("Bethlehem", "Israel", False),         # in a country, only the largest town of the name
    ("Kyoto", "Japan", True),
    ("Dallas", "Texas", True),
    ("Paris", "Texas", True),               # the Texas town, named with its state
    ("Paris", "United States", False),      # "Paris" with a country is the largest Paris
    ("Sevastopol", "Russia", False),        # GeoNames keeps Crimea in Ukraine
    ("Russia", "Europe", False),            # a country lies in no country or region
    ("Seoul", "Seoul", False),
    ("Atlantis Foo", "Spain", False),
])
def test_the_atlas_places_one_place_in_another(inner, outer, expected):
    assert lies_in(inner, None, outer, None) is expected


def test_a_region_named_after_its_town_is_the_region_only_when_the_words_say_so():
    assert areas("Idlib") == set()              # "in Idlib": more often the town
    assert {a.country for a in areas("Idlib province")} == {"SY"}
    assert lies_in("Mariupol", None, "Donetsk", None) is False
    assert lies_in("Mariupol", None, "Donetsk oblast", None) is True


def test_a_linked_mention_is_read_by_its_label():
    assert lies_in("Kyoto", None, "Nippon", None) is False
    assert lies_in("Kyoto", None, "Nippon", "Japan") is True


def test_known_names():
    assert known("Wallonia") and known("Ramadi") and known("Spain")
    assert not known("Atlantis Foo")


def test_a_second_level_region_counts_only_when_asked():
    assert lies_in("Cornwall", None, "United Kingdom", None) is False
    assert lies_in("Cornwall", None, "United Kingdom", None, second_level=True) is True
    assert lies_in("Kent", None, "England", None, second_level=True) is True
    assert lies_in("Kent", None, "Bavaria", None, second_level=True) is False
