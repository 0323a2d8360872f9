"""Other forms of a body's or a place's name that follow it (kg.linking): members' plurals, bare subdivision
words, names in the other order."""
from tests.test_resolve import _resolve, _text_ex


def test_a_plural_of_members_is_the_body_its_article_names_with_that_word():
    _, by_article = _resolve(
        _text_ex("a", "The U.S. Marine Corps said two Marines were hurt; the Marines flew home.",
                 ("U.S. Marine Corps", "Organization"), ("Marines", "Organization"), ("Marines", "Organization")),
        _text_ex("b", "The Marine Corps trains here.", ("Marine Corps", "Organization")),
        _text_ex("e", "The Marines landed.", ("Marines", "Organization")),
        _text_ex("c", "The Progressive Farmer Party lost and the Farmers won.",
                 ("Progressive Farmer Party", "Organization"), ("Farmers", "Organization")),
        _text_ex("d", "The Rangers beat the Ranger Foundation team.",
                 ("Rangers", "Organization"), ("Ranger Foundation", "Organization")))
    assert by_article["a"] == ["Marine Corps"] * 3  # the plural follows the body on to the corpus's node
    assert by_article["e"] == ["Marine Corps"]  # alone, it follows what its other articles made of it
    assert by_article["c"][1] == "Farmers"  # "Progressive" makes another party of the word
    assert by_article["d"] == ["Rangers", "Ranger Foundation"]  # a foundation has no members named so


def test_a_bare_word_is_the_subdivision_its_article_names_with_it():
    _, by_article = _resolve(
        _text_ex("a", "Police posts in Zabul Province fell. Omid is a trader from Zabul who fled.",
                 ("Zabul Province", "Place"), ("Zabul", "Person")),
        _text_ex("b", "Voters in Harlan County waited. Jim Harlan said Harlan was busy.",
                 ("Harlan County", "Place"), ("Jim Harlan", "Person"), ("Harlan", "Person")),
        _text_ex("c", "Fighters in the Kurdish Region moved. Kurdish fighters held.",
                 ("Kurdish Region", "Place"), ("Kurdish", "Organization")))
    assert by_article["a"] == ["Zabul Province", "Zabul Province"]
    assert by_article["b"][2] == "Jim Harlan"  # a person of the article bears the word
    assert by_article["c"][1] != "Kurdish Region"  # "Region" opens on an adjective, no place's own name


def test_a_body_named_in_the_other_order_with_at_or_of_is_one_body():
    _, by_article = _resolve(
        _text_ex("a", "Ann Roe, a scholar at the Keller School at Danton University, wrote.",
                 ("Ann Roe", "Person"), ("Keller School at Danton University", "Organization")),
        _text_ex("b", "Danton Keller School professor Bo Ray said no.",
                 ("Danton Keller School", "Organization"), ("Bo Ray", "Person")),
        _text_ex("c", "The Council of Elders voted.", ("Council of Elders", "Organization")),
        _text_ex("d", "The Elders Council met.", ("Elders Council", "Organization")),
        _text_ex("e", "The University of Brill spoke.", ("University of Brill", "Organization")),
        _text_ex("f", "Brill University spoke.", ("Brill University", "Organization")),
        _text_ex("g", "The Bank of Zorland lent.", ("Bank of Zorland", "Organization")),
        _text_ex("h", "The Zorland Bank lent.", ("Zorland Bank", "Organization")))
    assert by_article["a"][1] == by_article["b"][0]
    assert by_article["c"] == by_article["d"]
    assert by_article["e"] != by_article["f"]  # the University of Miami is not Miami University
    assert by_article["g"] != by_article["h"]  # nor the Bank of China a China Bank
