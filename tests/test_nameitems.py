"""Names that are no entity of the contract's types, read from their words alone (kg.nameitems)."""
from __future__ import annotations

import pytest

from kg.nameitems import is_language_or_faith, is_people_group


@pytest.mark.parametrize("plain", ["brexit", "grexit", "eu brexit", "tory brexit", "cancel brexit"])
def test_a_countrys_leaving_qualified_or_not_is_an_event(plain):
    assert is_language_or_faith(plain)


@pytest.mark.parametrize("plain", ["brexit party", "exit", "texas", "massachusetts institute of technology"])
def test_a_body_named_after_it_and_other_names_are_not(plain):
    assert not is_language_or_faith(plain)


@pytest.mark.parametrize("plain", ["brexiteers", "tory brexiteers", "brexiteer tories", "remainers", "tory remainer"])
def test_people_by_the_side_they_take_are_a_group(plain):
    assert is_people_group(plain)


@pytest.mark.parametrize("plain", ["tories", "brexit party", "remain campaign", "vote leave"])
def test_the_party_and_the_campaigns_are_not_a_group(plain):
    assert not is_people_group(plain)
