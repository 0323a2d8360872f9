"""Names the sports families settle (kg.extract.sports): a town's side is a club, a national side stays
the country, a name with a batsman's runs is a person. Sentences written for these tests."""
from __future__ import annotations


def test_a_town_before_a_players_title_is_a_club(mentions):
    found = mentions("The goal came from Sunderland forward Niall Quinn after twenty minutes.")
    assert ("Sunderland", "Organization") in found and ("Niall Quinn", "Person") in found


def test_a_country_before_a_captains_title_stays_the_country(mentions):
    found = mentions("The goal came from England captain Alan Shearer after twenty minutes.")
    assert ("England", "Place") in found


def test_a_name_with_runs_in_a_sides_bracket_is_a_person(mentions):
    found = mentions("Scores : England 292-8 ( N. Knight 113 ) , Pakistan 185 ( Saleem Malik 79 ; A. Hollioake 4-23 )")
    assert ("Saleem Malik", "Person") in found


def test_a_nationality_before_a_title_names_no_side(mentions):
    found = mentions("Brazilian midfielder Carlos Mendes scored twice on Sunday afternoon.")
    assert not any(etype == "Organization" for _, etype in found)


def test_the_name_after_a_sports_side_noun_is_a_club(mentions):
    found = mentions("He will coach struggling first division side Nice for the rest of the season.")
    assert ("Nice", "Organization") in found


def test_the_subject_of_a_career_played_with_a_club_is_a_person(mentions):
    found = mentions("Cunningham played his entire career with the Oakland Rangers and retired on Monday.")
    assert ("Cunningham", "Person") in found


def test_a_town_after_another_bodys_possessive_is_no_side(mentions):
    found = mentions("The airline's Dublin manager Sean Kelly said the route would close.")
    assert ("Dublin", "Place") in found and ("Dublin", "Organization") not in found


def test_a_name_the_model_missed_on_a_team_sheet_is_a_person(mentions):
    found = mentions("Kenya - Odhiambo Otieno ( captain ) , Peter Wanjala , James Mwangi .")
    assert ("Odhiambo Otieno", "Person") in found and ("Kenya", "Place") in found
