"""General knowledge about names: given names from the census lists, titles, nicknames."""
from __future__ import annotations

from kg.personnames import formal_given_name, given_names, titles


def test_given_names_and_titles_come_from_the_packages():
    names = given_names()
    assert {"john", "mary", "justin", "nancy"} <= names
    assert "speaker" not in names and "meet" not in names
    assert {"speaker", "senator", "staff", "president"} <= titles()
    assert "major" not in titles()  # a word that is also a name part is not stripped


def test_short_forms_map_to_the_formal_name():
    assert formal_given_name("joe") == "joseph" and formal_given_name("vladimir") == "vladimir"


def test_short_forms_are_found_under_their_transliteration_key():
    # person keys pass through kg.names.translit, which spells "Bobby" `bobbi` and "Andy" `andi`
    assert formal_given_name("bobbi") == formal_given_name("bob") == "robert"
    assert formal_given_name("andi") == "andrew"


def test_the_sex_of_a_given_name_only_when_the_census_gives_it_to_one_sex():
    from kg.personnames import given_name_sex
    assert given_name_sex("theresa") == given_name_sex("hillari") == "f"  # the person key spells Hillary so
    assert given_name_sex("philip") == given_name_sex("bobbi") == "m"
    assert given_name_sex("leslie") == given_name_sex("kim") == given_name_sex("zzyzx") == ""
    assert given_name_sex("ashton") == ""  # rare in the Census, and Ashton Carter is a man
