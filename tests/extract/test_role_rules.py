"""What the post and affiliation rules must not read (sentences written for these tests). Checked on the
rules' own output: the learned classifier, retrained separately, may still propose a pair."""
from __future__ import annotations

import pytest

CASES = [
    # the House owns the committee he leads: it is not the body of his post
    ("Republican Rep. Trey Gowdy, the leader of the House's top investigative committee, spoke on Sunday.",
     ("Trey Gowdy", "holdsPosition", "House")),
    # the head of a body that a country owns is not the country's head
    ("Dmitry Rogozin, the head of Russia's space agency, said the launch would go ahead.",
     ("Dmitry Rogozin", "holdsPosition", "Russia")),
    # a subject area before an adviser's title
    ("Middle East adviser Tom Harper flew to Riyadh on Monday.", ("Tom Harper", "holdsPosition", "Middle East")),
    # "under President X" names whose time it was
    ("The troops fought in Afghanistan under President George W. Bush.",
     ("George W. Bush", "holdsPosition", "Afghanistan")),
    # a state's party, which no mention names, is not the national party
    ("Iowa GOP Chairman Jeff Kaufmann slammed the campaign last week.",
     ("Jeff Kaufmann", "holdsPosition", "Republican Party")),
]

@pytest.mark.parametrize("text,triple", CASES, ids=[c[0][:40] for c in CASES])
def test_rules_do_not_read(extract, text, triple):  # noqa: F811
    found = {(s, p, o) for s, p, o, r in extract(text) if r.method.startswith("rule:")}
    assert triple not in found, (text, found)

def test_rules_still_read_the_owned_body(extract):  # noqa: F811
    found = {(s, p, o) for s, p, o, r in extract("Dmitry Rogozin, the head of Roscosmos, said the launch would go.")
             if r.method.startswith("rule:")}
    assert ("Dmitry Rogozin", "holdsPosition", "Roscosmos") in found, found

def test_a_byline_line_is_no_apposition(extract):  # noqa: F811
    text = "Karen Michaels\n\nUSA TODAY\n\nBAGHDAD -- Iraqi political leaders conceded Thursday that the talks had failed."
    found = {(s, p, o) for s, p, o, r in extract(text) if r.method.startswith("rule:")}
    assert not any(s == "Karen Michaels" and p == "holdsPosition" for s, p, o in found), found

def test_an_ambassador_to_the_un_without_his_country_holds_no_post_of_the_un(extract):  # noqa: F811
    found = {(s, p, o) for s, p, o, r in extract("Petraeus said U.N. Ambassador Susan Rice did not mislead anyone.")
             if r.method.startswith("rule:")}
    assert ("Susan Rice", "holdsPosition", "United Nations") not in found, found

def test_a_title_in_a_list_is_the_nearest_name_s(extract):  # noqa: F811
    text = "He met Mark Hale, Fiona Hill, the senior fellow at the Brookings Institution, and two others."
    found = {(s, p, o) for s, p, o, r in extract(text) if r.method.startswith("rule:")}
    assert ("Fiona Hill", "affiliatedWith", "Brookings Institution") in found, found
    assert ("Mark Hale", "affiliatedWith", "Brookings Institution") not in found, found


def test_a_title_glued_to_itself_by_a_caption_is_read_once():
    from kg.extract.roles import role_title

    assert role_title("Prime Minister Prime Minister".split()) == "Prime Minister"
    assert role_title("Deputy Foreign Minister".split()) == "Deputy Foreign Minister"


def test_a_unit_head_keeps_two_fields_joined_by_and():
    from kg.extract.roles import role_title

    assert role_title("director of policy and government affairs for".split()) == "Director of Policy and Government Affairs"
    assert role_title("head of research and analysis".split()) == "Head of Research and Analysis"
    # a body after a determiner is no field; a minister's portfolio is not a unit
    assert role_title("director of the fund and its board".split()) == "Director"
    assert role_title("minister of intelligence and strategic affairs".split()) != \
        "Minister of Intelligence and Strategic Affairs"
