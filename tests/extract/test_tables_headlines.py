"""Names in results tables and capitals lines, on lines written for these tests (no benchmark text)."""
from __future__ import annotations


def test_a_standings_row_names_a_club_even_when_it_is_named_after_a_town(mentions):
    found = mentions("League table after Saturday's games:\n\nAldershot 5 3 1 1 9 4 10\n\nNewport County 5 2 2 1 6 5 8")
    assert ("Aldershot", "Organization") in found
    assert ("Newport County", "Organization") in found


def test_a_result_line_names_two_clubs(mentions):
    found = mentions("Results on Sunday:\n\nBrentford 2 Peterborough 1\n\nWigan 0 Exeter 3 ( halftime 0-1 )")
    for club in ("Brentford", "Peterborough", "Wigan", "Exeter"):
        assert (club, "Organization") in found


def test_a_fixture_and_a_schedule(mentions):
    found = mentions("Fixtures for next week:\n\nStockport v Barnsley\n\nDENVER AT PORTLAND")
    assert ("Stockport", "Organization") in found and ("Barnsley", "Organization") in found
    assert ("DENVER", "Organization") in found and ("PORTLAND", "Place") in found


def test_a_country_in_a_result_is_the_country(mentions):
    found = mentions("World Cup qualifier result:\n\nNorway 3 Hungary 0")
    assert ("Norway", "Place") in found and ("Hungary", "Place") in found


def test_people_in_a_table_stay_people(mentions):
    found = mentions("Leading scores after the first round:\n\n1. Gregory Palmer ( Canada ) 66\n\n"
                     "Sussex 310 and 95 , Durham 201 ( T. Hollins 5-40 , R. Arkwright 3-22 )")
    assert ("Gregory Palmer", "Person") in found and ("Canada", "Place") in found
    assert ("T. Hollins", "Person") in found and ("R. Arkwright", "Person") in found
    assert ("Sussex", "Organization") in found


def test_business_figures_are_no_teams(mentions):
    found = mentions("Quarterly results in millions:\n\nRevenue 12.50 13.75 11.20\n\nMargins 1,204 1,377")
    assert not any(text in ("Revenue", "Margins") for text, _ in found)


def test_prose_with_numbers_is_not_a_table(mentions):
    found = mentions("Angela Merkel met 20 ministers in Berlin on Monday and 12 more in Paris.")
    assert ("Angela Merkel", "Person") in found and ("Berlin", "Place") in found


def test_a_capitals_headline_keeps_the_names_the_body_writes(mentions):
    found = mentions("ALMQVIST LEAVES AS ROVERS SLUMP CONTINUES .\n\n"
                     "Haldenburg Rovers dismissed coach Peter Almqvist on Friday after a defeat at home. "
                     "Almqvist had been in charge for two years.")
    assert ("ALMQVIST", "Person") in found
    assert not any(text in ("LEAVES", "SLUMP", "SLUMP CONTINUES") for text, _ in found)


def test_a_name_the_article_writes_is_found_again_where_the_model_missed_it(mentions):
    found = mentions("Chess player Ilya Smirin won again on Friday. "
                     "Smirin beat everyone, and the crowd cheered for Smirin loudly.")
    assert [t for t, kind in found if kind == "Person"].count("Smirin") == 2
    assert ("Ilya Smirin", "Person") in found


def test_a_repeat_is_a_whole_name_not_part_of_a_longer_one(mentions):
    found = mentions("Architect Helena Korsgaard opened the museum. Visitors walked along Korsgaard Avenue later.")
    assert ("Korsgaard", "Person") not in found


def test_the_last_word_of_a_name_says_what_it_names(mentions):
    found = mentions("Shares rose after the Hartwell Commission reported, and hikers returned to the "
                     "Ashby National Forest on Sunday.")
    assert ("Hartwell Commission", "Organization") in found
    assert ("Ashby National Forest", "Place") in found


def test_a_town_and_its_state_and_a_dateline_line_are_places(mentions):
    found = mentions("PORTLAND 1997-03-02\n\nA lawyer, Dana Whitcombe of Bend, Ore., filed the papers. "
                     "Senator Ann Marsh, Texas delegate, was absent.")
    assert ("PORTLAND", "Place") in found
    assert ("Bend", "Place") in found and ("Ore.", "Place") in found
    assert ("Marsh", "Place") not in found
    found = mentions("The two men were raised in Laramie, Wyo.")
    assert ("Wyo.", "Place") in found  # the abbreviation keeps its period at the end of a sentence


def test_a_line_opening_with_a_name_in_capitals_before_a_state_abbreviation_is_a_dateline(mentions):
    found = mentions("WILMINGTON, Del. — The senator voted early on Friday.")
    assert ("WILMINGTON", "Place") in found and ("Del.", "Place") in found
    found = mentions("The hearing was short.\nBBC NEWS, Washington\nThe senator voted early on Friday.")
    assert ("BBC NEWS", "Place") not in found  # a full state name after a body in capitals is no dateline


def test_a_name_before_an_age_between_commas_is_a_person(mentions):
    found = mentions("Hargrove, 61, a retired judge, testified on Friday. Meadows, 44, was not there.")
    assert ("Hargrove", "Person") in found and ("Meadows", "Person") in found
    found = mentions("Votes were counted on Monday in Ohio, 25, Texas, 30, and Utah, 12, 14 and 15.")
    assert ("Ohio", "Person") not in found and ("Texas", "Person") not in found


def test_scorers_line_ups_and_individual_results_name_people(mentions):
    found = mentions("Scorers :\n\nNorway - Jan Kaasen ( 13th ) , Lars Ovrebo ( 38th minute )\n\n"
                     "1 - Per Hagland ( Norway ) beat Tom Ericks ( England ) 15-10 15-6 15-7\n\n"
                     "Norway - 1 - Ole Bakken , 4 - Tor Ruud , 5 - Jens Sollie ( 14 - Kai Bredo , 62nd )")
    for person in ("Jan Kaasen", "Lars Ovrebo", "Per Hagland", "Tom Ericks", "Ole Bakken", "Tor Ruud", "Kai Bredo"):
        assert (person, "Person") in found
    assert ("Norway", "Place") in found and ("England", "Place") in found


def test_an_acronym_defined_in_brackets_names_the_same_body(mentions):
    found = mentions("Fighters of the Kurdistan Democratic Party ( KDP ) took the town. "
                     "The KDP said it was backed by Baghdad.")
    assert [t for t, kind in found if kind == "Organization"].count("KDP") == 2


def test_the_words_around_a_name_can_make_it_a_body(mentions):
    found = mentions("Before the match Varnsdorf chairman Karel Novy spoke to reporters. "
                     "Everton 's Duncan Ferguson went close.")
    assert ("Varnsdorf", "Organization") in found and ("Karel Novy", "Person") in found
    assert ("Everton", "Organization") in found and ("Duncan Ferguson", "Person") in found


def test_a_place_inside_a_club_name_waits_for_the_longer_name(mentions):
    found = mentions("He played for Nice and Paris St Germain before he joined Manchester United.")
    assert not any(text == "Paris" for text, _ in found)
    assert ("Manchester United", "Organization") in found


def test_scorecard_lines_and_results_in_words(mentions):
    found = mentions("Scorecard :\n\nT. Hollins not out 46\n\nR. Arkwright c Pemberton b Strand 12\n\n"
                     "Venue : Sussex 310 and 95 , Durham 201\n\nRUGBY - HALDENBURG BEAT ORMSKIRK 42-36 IN FINAL .")
    for person in ("T. Hollins", "R. Arkwright", "Pemberton", "Strand"):
        assert (person, "Person") in found
    assert ("Sussex", "Organization") in found and ("Durham", "Organization") in found
    assert ("HALDENBURG", "Organization") in found and ("ORMSKIRK", "Organization") in found


def test_a_body_named_after_a_person_stays_a_body(mentions):
    found = mentions("The Hartley Commission found that the pilot acted alone.")
    assert ("Hartley Commission", "Organization") in found


def test_a_headline_with_at_or_a_dash_is_no_schedule_or_line_up(mentions):
    found = mentions("He was held overnight.\n\nDOZENS DETAINED AT CATHEDRAL PROTEST IN RUSSIAN CITY\n\n"
                     "Revoke Article 50 - Cancel Brexit if the talks fail.")
    assert not any(text in ("DOZENS DETAINED", "Cancel Brexit") for text, _ in found)



def test_a_repeated_surname_leaves_its_bearer_to_resolution():
    # Two people share the family name: which one a bare "Kim" means is resolution's choice (it
    # knows East Asian name order and the corpus), so a repeat must not carry the last bearer's name.
    from kg.extract.discourse import repeated_mentions
    from kg.model import Mention
    from kg.nlp import load_pipeline

    text = ("Kim Jong Un will meet Moon Jae-in on Friday. Scholar Duyeon Kim spoke. "
            "Cameras will follow Kim across the line.")
    doc = load_pipeline()(text)
    named = [Mention(text=n, start=text.index(n), end=text.index(n) + len(n), type="Person", sentence=0,
                     normal=n) for n in ("Kim Jong Un", "Duyeon Kim")]
    found = repeated_mentions(doc, named, set(), {t.i: 0 for t in doc})
    repeats = [m for m in found if m.method.endswith("+repeat")]
    assert [m.text for m in repeats] == ["Kim"]
    assert repeats[0].normal in ("", "Kim"), repeats[0]


def test_after_an_honorific_a_place_name_is_a_surname():
    from kg.nlp import load_pipeline

    doc = load_pipeline()("Mr. Hague told reporters in London that the court in The Hague would rule soon.")
    first = [e for e in doc.ents if e.start == 1]
    assert first and first[0].label_ not in ("Place", "Organization"), [(e.text, e.label_) for e in doc.ents]
    assert [e.label_ for e in doc.ents if e.text == "Hague" and e.start > 3] == ["Place"]  # the city


def test_a_name_spelled_out_after_which_stands_for_names_the_same_thing():
    from kg.extract.discourse import spelled_out
    from kg.model import Mention

    text = ("New START, which stands for Strategic Arms Reduction Treaty, limits warheads. "
            "The Strategic Arms Reduction Treaty of 1991 came first.")
    def at(name, nth=0, key=""):
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        return Mention(text=name, start=start, end=start + len(name), type="Treaty", sentence=0, key=key)
    found = spelled_out(text, [at("New START", key="new-start"), at("Strategic Arms Reduction Treaty", key="start-i"),
                               at("Strategic Arms Reduction Treaty", 1, key="start-i")])
    assert [m.key for m in found] == ["new-start", "new-start", "start-i"]


def test_an_acronym_in_brackets_must_spell_the_name_before_it():
    from kg.extract.rules import link_acronyms
    from kg.model import Mention

    text = "Treaty on Conventional Armed Forces in Europe (CFE) talks. TUCSON, Arizona (CNN) Police said."
    def at(name, key="", etype="Organization"):
        start = text.index(name)
        return Mention(text=name, start=start, end=start + len(name), type=etype, sentence=0, key=key)
    found = link_acronyms(text, [at("Treaty on Conventional Armed Forces in Europe", etype="Treaty"),
                                 at("CFE", key="cfe-treaty", etype="Treaty"), at("Arizona", etype="Place"),
                                 at("CNN", key="cnn")])
    assert [(m.text, m.key) for m in found] == [("Treaty on Conventional Armed Forces in Europe", "cfe-treaty"),
                                                ("CFE", "cfe-treaty"), ("Arizona", ""), ("CNN", "cnn")]


def test_a_results_line_opens_with_its_venue(mentions):
    found = mentions("Cricket results on Friday:\n\nAt Hove : Sussex 310 ( R. Platt 88 ) , Kent 201-6\n\n"
                     "Scores : Sussex 310 , Kent 201-6 .")
    assert ("Hove", "Place") in found and ("Sussex", "Organization") in found
    assert not any(text == "Scores" for text, _ in found)


def test_a_long_name_defined_by_an_acronym_resolves_as_the_acronym():
    from kg.extract.discourse import known_acronym_names
    from kg.model import Mention

    text = ("The Kurdish People's Protection Units, or YPG, held the town. The Popular Mobilization Forces (PMF) "
            "moved in. The Islamic Resistance Front, or IRF, and Aleppo, or ISW, Crown Prince Salman, or MBS. "
            "The Kurdistan Workers' Party, or PKK, fought.")
    def at(name, key="", etype="Organization"):
        start = text.index(name)
        return Mention(text=name, start=start, end=start + len(name), type=etype, sentence=0, key=key)
    found = known_acronym_names(text, [at("Kurdish People's Protection Units"), at("YPG"),
                                       at("Popular Mobilization Forces"), at("PMF", key="pmf"),
                                       at("Islamic Resistance Front"), at("IRF"), at("Aleppo", etype="Place"),
                                       at("ISW"), at("Crown Prince Salman", etype="Person"), at("MBS"),
                                       at("Kurdistan Workers' Party"), at("PKK")])
    by_text = {m.text: m for m in found}
    assert by_text["Kurdish People's Protection Units"].normal == "YPG"  # letters that spell no English name
    assert by_text["Popular Mobilization Forces"].key == "pmf"  # the gazetteer's entry of the acronym
    assert by_text["Islamic Resistance Front"].normal == ""  # spelled by its initials: kg.linking joins them
    assert by_text["Kurdistan Workers' Party"].normal == "PKK"  # the initials of its Kurdish name
    assert by_text["Aleppo"].normal == "" and by_text["Crown Prince Salman"].normal == ""  # one word; a person
