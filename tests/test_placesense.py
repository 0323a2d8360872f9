"""A town named with its state or country is that state's town; a town's name called a region is the region."""
from __future__ import annotations

from kg.gazetteer import load_gazetteer
from kg.model import Article, Extraction, Mention, Sentence
from kg.places import GeoPlace, PlaceIndex, place_index
from kg.resolve import resolve_entities

GEONAMES = "https://sws.geonames.org/{}/"


def _text_ex(article_id: str, text: str, *names: tuple) -> Extraction:
    """An article whose mentions are the first occurrences, in order, of `names` (name, type[, gazetteer id])."""
    mentions, pos = [], 0
    for name, etype, *key in names:
        start = text.index(name, pos)
        mentions.append(Mention(text=name, start=start, end=start + len(name), type=etype, sentence=0,
                                key=key[0] if key else "", normal="Kansas" if name == "Kan." else ""))
        pos = start + len(name)
    return Extraction(Article(id=article_id, text=text), (Sentence(0, len(text), text),), tuple(mentions))


def _resolve(*extractions):
    res = resolve_entities(list(extractions), load_gazetteer())
    entities = {e.key: e for e in res.entities}
    return {aid: [entities[k] if k else None for k in keys] for aid, keys in res.mention_keys.items()}


def test_paris_texas_gets_its_own_node_and_paris_france_and_bare_paris_stay_with_paris():
    found = _resolve(
        _text_ex("a", "The rodeo in Paris, Texas, drew a big crowd.", ("Paris", "Place", "paris"), ("Texas", "Place")),
        _text_ex("b", "Talks resumed in Paris, France, on Monday.", ("Paris", "Place", "paris"),
                 ("France", "Place", "france")),
        _text_ex("c", "Paris hosted the climate summit.", ("Paris", "Place", "paris")))
    texas_town = found["a"][0]
    assert texas_town.label == "Paris, Texas" and texas_town.key == "paris-texas" and texas_town.type == "Place"
    assert texas_town.same_as == (GEONAMES.format(4717560),) and 33 < texas_town.geo[0] < 34
    assert "Paris" in texas_town.alt_labels
    assert found["b"][0].key == found["c"][0].key == "paris"
    assert found["c"][0].same_as == (GEONAMES.format(2988507),)


def test_an_abbreviated_state_names_the_town_and_the_article_s_bare_mentions_follow():
    found = _resolve(
        _text_ex("a", "The grain office in Manhattan, Kan., closed. Farmers in Manhattan were angry.",
                 ("Manhattan", "Place"), ("Kan.", "Place"), ("Manhattan", "Place")),
        _text_ex("b", "Crowds filled Manhattan on New Year's Eve.", ("Manhattan", "Place")))
    kansas_town, _, again = found["a"]
    assert kansas_town.label == "Manhattan, Kansas" and again.key == kansas_town.key
    assert kansas_town.same_as == (GEONAMES.format(4274994),)
    borough = found["b"][0]
    assert borough.key == "manhattan" and borough.same_as == (GEONAMES.format(5125771),)


def test_a_country_after_a_town_that_begins_the_next_phrase_or_a_list_moves_nothing():
    found = _resolve(
        _text_ex("a", "Speaking in Rome, U.S. officials praised the deal.", ("Rome", "Place", "rome"),
                 ("U.S.", "Place", "united-states")),
        _text_ex("b", "The envoy visited London, Paris, Germany.", ("London", "Place", "london"),
                 ("Paris", "Place", "paris"), ("Germany", "Place", "germany")))
    assert found["a"][0].key == "rome" and found["b"][1].key == "paris"


def test_a_town_s_own_name_beats_a_larger_town_elsewhere_that_lists_it_as_an_alternate():
    found = _resolve(_text_ex("a", "Investors met in Menlo Park, California, and again in Menlo Park.",
                              ("Menlo Park", "Place"), ("California", "Place"), ("Menlo Park", "Place")))
    town = found["a"][0]
    assert town.key == found["a"][2].key == "menlo-park" and town.same_as == (GEONAMES.format(5372223),)
    assert place_index().lookup("Westminster").country == "GB"  # "City of Westminster" is its own name
    assert place_index().lookup("Calcutta").country == "IN"  # an exonym of a far larger city


def test_which_town_a_name_means_by_own_names_alternates_and_regions():
    own = GeoPlace(1, "Dunmore", "City", "US", 30000, admin1="CA")
    elsewhere = GeoPlace(2, "Big Edison", "City", "US", 100000, admin1="NJ")
    huge = GeoPlace(3, "Megacity", "City", "IN", 9000000, admin1="07")
    part = GeoPlace(4, "Dunmore", "City", "IN", 40000, admin1="07")
    index = PlaceIndex([("Dunmore", own), ("Big Edison", elsewhere), ("Dunmore", elsewhere)])
    assert index.lookup("Dunmore") == own
    assert index.towns_in("Dunmore", "US", "NJ") == (elsewhere,) and index.towns_in("Dunmore", "FR") == ()
    index = PlaceIndex([("Dunmore", own), ("Megacity", huge), ("Dunmore", huge)])
    assert index.lookup("Dunmore") == huge  # 300 times larger: the great city's other name
    index = PlaceIndex([("Dunmore", part), ("Megacity", huge), ("Dunmore", huge)])
    assert index.lookup("Dunmore") == huge  # a part's name within the larger town's region


def test_a_town_s_name_called_a_region_goes_to_the_region():
    found = _resolve(
        _text_ex("a", "Fighting went on in the Donetsk and Luhansk regions.", ("Donetsk", "Place", "donetsk"),
                 ("Luhansk", "Place", "luhansk")),
        _text_ex("b", "Kyiv offered autonomy to the eastern regions of Donetsk and Luhansk.",
                 ("Kyiv", "Place", "kyiv"), ("Donetsk", "Place", "donetsk"), ("Luhansk", "Place", "luhansk")),
        _text_ex("c", "Trains left the Belgorod, Bryansk and Rostov regions.", ("Belgorod", "Place"),
                 ("Bryansk", "Place"), ("Rostov", "Place")),
        _text_ex("d", "Residents of Donetsk and Luhansk queued for water in Luhansk.",
                 ("Donetsk", "Place", "donetsk"), ("Luhansk", "Place", "luhansk"), ("Luhansk", "Place", "luhansk")))
    assert [e.label for e in found["a"]] == ["Donetsk region", "Luhansk region"]
    assert [e.label for e in found["b"]][1:] == ["Donetsk region", "Luhansk region"]
    assert found["c"][0].label == "Belgorod region"
    assert found["c"][1].label == "Bryansk"  # the gazetteer has no Bryansk region: the name's node
    assert [e.key for e in found["d"]] == ["donetsk", "luhansk", "luhansk"]


def test_a_first_level_region_outside_the_us_qualifies_a_town_too():
    found = _resolve(
        _text_ex("a", "The plant near London, Ontario, closed.", ("London", "Place", "london"), ("Ontario", "Place")),
        _text_ex("b", "She was raised in Perth, Scotland, and later in Perth.", ("Perth", "Place"),
                 ("Scotland", "Place", "scotland"), ("Perth", "Place")),
        _text_ex("c", "Bankers in London, England, shrugged.", ("London", "Place", "london"),
                 ("England", "Place", "england")))
    assert found["a"][0].label == "London, Ontario" and found["a"][0].same_as == (GEONAMES.format(6058560),)
    scottish = found["b"][0]
    assert scottish.label == "Perth, Scotland" and found["b"][2].key == scottish.key and scottish.geo[0] > 56
    assert found["c"][0].key == "london"  # England's London is the usual one


def test_the_area_before_a_town_and_a_corpus_that_means_a_smaller_town_by_the_bare_name():
    found = _resolve(
        _text_ex("a", "Choirs sang in the West Bank city of Bethlehem.", ("Bethlehem", "Place")),
        _text_ex("b", "Steel made the Pennsylvania city of Bethlehem rich.", ("Bethlehem", "Place")),
        _text_ex("c", "The mayor of Burlington, Vermont, spoke.", ("Burlington", "Place"), ("Vermont", "Place")),
        _text_ex("d", "He lived in Burlington, Vt., for years.", ("Burlington", "Place"), ("Vt.", "Place")),
        _text_ex("e", "Burlington voted early.", ("Burlington", "Place")))
    assert found["a"][0].label == "Bethlehem, West Bank" and found["a"][0].same_as == (GEONAMES.format(284315),)
    assert found["b"][0].label == "Bethlehem, Pennsylvania"
    # Two articles name Vermont's Burlington, none another: the corpus's Burlington is Vermont's, one node
    vermont = found["e"][0]
    assert found["c"][0].key == found["d"][0].key == vermont.key == "burlington"
    assert vermont.same_as == (GEONAMES.format(5234372),)


def test_a_town_in_a_part_of_a_country_is_that_country_s_town():
    found = _resolve(
        _text_ex("a", "The striker grew up in Newcastle in northern England, and Newcastle fans adore him.",
                 ("Newcastle", "Place"), ("England", "Place"), ("Newcastle", "Place")),
        _text_ex("c", "Surfers crowded the beaches of Newcastle.", ("Newcastle", "Place")),
        _text_ex("d", "The plant sits in Newcastle in Ohio.", ("Newcastle", "Place"), ("Ohio", "Place")))
    english = found["a"][0]
    assert english.same_as == (GEONAMES.format(2641673),) and found["a"][2].key == english.key
    again = _resolve(_text_ex("b", "She moved to Newcastle in the north of England.", ("Newcastle", "Place"),
                              ("England", "Place")))
    assert again["b"][0].same_as == english.same_as
    assert found["c"][0].same_as == (GEONAMES.format(2155472),)  # nothing says which: the largest
    assert found["d"][0].same_as == found["c"][0].same_as  # no Newcastle in Ohio that GeoNames knows


def test_a_bare_town_name_goes_to_the_town_of_the_country_its_article_names():
    found = _resolve(
        _text_ex("a", "Fighting spread from Syria into Lebanon, and gunmen clashed in Tripoli overnight.",
                 ("Syria", "Place", "syria"), ("Lebanon", "Place", "lebanon"), ("Tripoli", "Place")),
        _text_ex("b", "Militias in Libya fought for the airport of Tripoli.", ("Libya", "Place", "libya"),
                 ("Tripoli", "Place")),
        _text_ex("c", "Protesters gathered in Tripoli on Friday.", ("Tripoli", "Place")),
        _text_ex("d", "A Lebanese and an American writer met in Birmingham.", ("Birmingham", "Place")))
    assert found["a"][2].same_as == (GEONAMES.format(266826),) and found["a"][2].label == "Tripoli, Lebanon"
    assert found["b"][1].same_as == found["c"][0].same_as == (GEONAMES.format(2210247),)
    assert found["d"][0].same_as == (GEONAMES.format(2655603),)  # Lebanon has no Birmingham; Alabama's is American


def test_georgia_is_the_us_state_where_its_words_say_so_and_the_country_otherwise():
    found = _resolve(
        _text_ex("a", "Georgia Sen. Jane Roe voted no. Voters in Georgia agreed with her.",
                 ("Georgia", "Place", "georgia"), ("Georgia", "Place", "georgia")),
        _text_ex("b", "The plant in Marietta, Georgia, builds jets.", ("Marietta", "Place"),
                 ("Georgia", "Place", "georgia")),
        _text_ex("c", "Russia fought a war with Georgia in 2008, and Georgia and Ukraine want to join NATO.",
                 ("Russia", "Place", "russia"), ("Georgia", "Place", "georgia"), ("Georgia", "Place", "georgia"),
                 ("Ukraine", "Place", "ukraine")),
        _text_ex("d", "Rep. John Doe of Georgia met Georgian officials. Georgia wants gas.",
                 ("Georgia", "Place", "georgia"), ("Georgia", "Place", "georgia")),
        _text_ex("e", "Storms hit Kentucky and Georgia. Sen. Roe (R-Ga.) said Georgia needs aid.",
                 ("Kentucky", "Place"), ("Georgia", "Place", "georgia"), ("Georgia", "Place", "georgia")),
        _text_ex("f", "FORT GORDON, GA. - Recruits marched through the Georgia heat.", ("Georgia", "Place", "georgia")),
        _text_ex("g", "Ms. Roe, a Democrat from Georgia, spoke first.", ("Georgia", "Place", "georgia")),
        _text_ex("h", "The head of state of Georgia met the Armenian president.", ("Georgia", "Place", "georgia")))
    state = found["a"][0]
    assert state.label == "Georgia (US state)" and state.same_as == (GEONAMES.format(4197000),)
    assert found["a"][1].key == found["b"][1].key == state.key
    assert found["c"][1].key == found["c"][2].key == "georgia"
    assert found["d"][0].key == state.key and found["d"][1].key == "georgia"  # the article names Georgians
    assert found["e"][1].key == found["e"][2].key == state.key
    assert found["f"][0].key == found["g"][0].key == state.key and found["h"][0].key == "georgia"


def test_a_national_party_s_name_in_an_article_about_another_country_is_not_that_party():
    found = _resolve(
        _text_ex("a", "In Canada, the Conservatives won seats in Ontario.", ("Canada", "Place", "canada"),
                 ("Conservatives", "Organization", "conservative-party-uk"), ("Ontario", "Place")),
        _text_ex("b", "British voters gave the Conservatives a majority.",
                 ("Conservatives", "Organization", "conservative-party-uk")),
        _text_ex("c", "The Conservatives chose a new leader.", ("Conservatives", "Organization", "conservative-party-uk")),
        _text_ex("d", "Conservatives in Washington praised the Iowa and Texas votes in America." + " The count went on." * 30
                 + " A British observer watched.", ("Conservatives", "Organization", "conservative-party-uk"),
                 ("Washington", "Place"), ("Iowa", "Place"), ("Texas", "Place"), ("America", "Place", "united-states")),
        _text_ex("e", "Voters in Ohio, Iowa, Texas and Utah chose America's next leader. " + "The count went on. " * 30
                 + "Theresa May faced a revolt in her own Conservative Party.", ("Ohio", "Place"), ("Iowa", "Place"),
                 ("Texas", "Place"), ("Utah", "Place"), ("America", "Place", "united-states"), ("Theresa May", "Person"),
                 ("Conservative Party", "Organization", "conservative-party-uk")))
    assert found["a"][1] is None and found["d"][0] is None
    assert found["e"][6].key == "conservative-party"  # Britain's prime minister is named beside it
    assert found["b"][0].key == found["c"][0].key == "conservative-party"
