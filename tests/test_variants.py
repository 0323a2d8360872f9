"""Other forms of a name: publisher fields, acronyms, cut organisation names, misspellings."""
from __future__ import annotations

from kg.variants import acronym_of, deletion_keys, is_acronym, misspelt, publisher_forms, shortened_from


def test_publisher_fields_lose_their_edition_and_section_words():
    assert publisher_forms("Fox Online News") == ["Fox Online News", "Fox News", "Fox"]
    assert publisher_forms("CNN (Web News)")[-1] == "CNN"
    assert publisher_forms("Newsmax - Opinion") == ["Newsmax - Opinion", "Newsmax"]
    assert publisher_forms("TheBlaze.com") == ["TheBlaze.com", "TheBlaze"]
    assert publisher_forms("Reuters") == ["Reuters"]


def test_an_acronym_spells_the_initials_with_or_without_small_words():
    assert is_acronym("NRA") and not is_acronym("Nra") and not is_acronym("U.S.")
    assert acronym_of("NRA", "National Rifle Association")
    assert acronym_of("IRGC", "Islamic Revolutionary Guard Corps")
    assert acronym_of("DHS", "Department of Homeland Security") and acronym_of("BOA", "Bank of America")
    assert not acronym_of("NRA", "National Riflemen") and not acronym_of("N", "NATO")


def test_cut_organisation_names():
    assert shortened_from("house armed services".split(), "house armed services committee".split())
    assert shortened_from("house oversight committee".split(), "house oversight and government reform committee".split())
    assert shortened_from("armed services committee".split(), "senate armed services committee".split())
    assert not shortened_from("house".split(), "house committee".split())  # one word names nothing in particular
    assert shortened_from("blue house".split(), "presidential blue house".split())
    assert not shortened_from("security council".split(), "national security agency".split())
    assert not shortened_from("national security".split(), "national security agency staff".split())


def test_misspellings_are_one_edit_apart_in_a_long_word():
    assert misspelt("yanukoyvch", "yanukovych") and misspelt("makeeno", "makeenko")
    assert misspelt("talabyad", "telabyad")
    assert not misspelt("kerry", "terry") and not misspelt("iran", "iraq")  # short words: too many real pairs
    assert not misspelt("kimjongun", "kimjongnam") and not misspelt("austria", "australia")
    assert "yanukovch" in deletion_keys("yanukoyvch") & deletion_keys("yanukovych")


def test_a_short_name_with_one_inner_letter_left_out():
    from kg.variants import dropped_letter

    assert dropped_letter("obma", "obama") and dropped_letter("lavov", "lavrov")
    assert not dropped_letter("kerr", "kerry") and not dropped_letter("rice", "price") and not dropped_letter("bsh", "bush")


def test_a_body_at_or_of_another_is_not_cut_to_the_other():
    from kg.variants import shortened_from

    assert not shortened_from("international crisis group".split(), "iran project at the international crisis group".split())
    assert shortened_from("armed services committee".split(), "house armed services committee".split())


def test_a_name_cut_before_its_for_on_or_of_tail():
    from kg.variants import cut_before_tail
    assert cut_before_tail("brennan center".split(), "brennan center for justice".split())
    assert cut_before_tail("lowy institute".split(), "lowy institute for international policy".split())
    assert cut_before_tail("london school".split(), "london school of economics".split())
    assert not cut_before_tail("center".split(), "center for american progress".split())  # one word names nothing
    assert not cut_before_tail("brennan center".split(), "brennan center staff".split())  # no tail after a preposition
    assert not cut_before_tail("acme holdings".split(), "acme holdings in texas".split())  # "in" opens no name's tail
    assert not cut_before_tail("pacific rim".split(), "pacific rim of asia".split())  # no body's head word
