"""Resolution on hand-made mentions: one node per entity, never two people merged without evidence."""
from __future__ import annotations

from kg.extract.mentions import with_honorifics
from kg.gazetteer import load_gazetteer
from kg.model import Article, Extraction, Mention, Sentence
from kg.resolve import resolve_entities


def _ex(article_id: str, *names: tuple[str, str]) -> Extraction:
    text = " ".join(n for n, _ in names)
    mentions, pos = [], 0
    for name, etype in names:
        mentions.append(Mention(text=name, start=pos, end=pos + len(name), type=etype, sentence=0))
        pos += len(name) + 1
    return Extraction(Article(id=article_id, text=text), (Sentence(0, len(text), text),), tuple(mentions))


def _resolve(*extractions):
    res = resolve_entities(list(extractions), load_gazetteer())
    labels = {e.key: e for e in res.entities}
    return res, {aid: [labels[k].label if k else None for k in keys] for aid, keys in res.mention_keys.items()}


def test_spelling_variants_and_surnames_resolve_to_one_person():
    res, by_article = _resolve(_ex("a", ("Sergey Lavrov", "Person"), ("Lavrov", "Organization")),
                               _ex("b", ("Sergei Lavrov", "Person")), _ex("c", ("Lavrov", "Person")))
    people = [e for e in res.entities if e.type == "Person"]
    assert len(people) == 1
    assert set(people[0].alt_labels) | {people[0].label} == {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"}


def test_gazetteer_aliases_acronyms_and_dash_order():
    _, by_article = _resolve(_ex("a", ("Russian Federation", "Place"), ("Russia\u2013NATO Council", "Organization"),
                                 ("CFE", "Organization"), ("Arms Control Association", "Organization")),
                             _ex("b", ("Russia", "Place"), ("NATO-Russia Council", "Organization")))
    # (a treaty's bare acronym is the treaty in an article that speaks of treaties or arms: "Arms Control")
    assert by_article["a"][0] == by_article["b"][0] == "Russia"
    assert by_article["a"][1] == by_article["b"][1]
    assert by_article["a"][2] == load_gazetteer().lookup_name("Treaty on Conventional Armed Forces in Europe").label


def test_two_people_sharing_a_surname_stay_apart_and_a_bare_surname_is_not_guessed():
    res, by_article = _resolve(_ex("a", ("John Smith", "Person")), _ex("b", ("Mary Smith", "Person")),
                               _ex("c", ("Smith", "Person")))
    labels = sorted(e.label for e in res.entities if e.type == "Person")
    assert labels == ["John Smith", "Mary Smith"]  # "Smith" is one of them: no third node beside them
    assert by_article["c"] == [None]
    res, by_article = _resolve(_ex("a", ("John Smith", "Person")), _ex("c", ("Smith", "Person")),
                               _ex("d", ("Jones", "Person")))
    assert by_article["c"] == ["John Smith"] and by_article["d"] == ["Jones"]  # one bearer, or none


def test_a_bare_surname_follows_the_full_name_in_its_own_article():
    _, by_article = _resolve(_ex("a", ("John Smith", "Person"), ("Smith", "Person")),
                             _ex("b", ("Mary Smith", "Person"), ("Smith", "Person")))
    assert by_article["a"] == ["John Smith", "John Smith"]
    assert by_article["b"] == ["Mary Smith", "Mary Smith"]


def test_result_does_not_depend_on_input_order():
    exs = [_ex("a", ("Sergey Lavrov", "Person")), _ex("b", ("Sergei Lavrov", "Person"), ("Minsk", "Place"))]
    assert resolve_entities(exs, load_gazetteer()) == resolve_entities(exs[::-1], load_gazetteer())


def _entity_of(res, article_id, index):
    return {e.key: e for e in res.entities}[res.mention_keys[article_id][index]]


def test_one_type_per_name_over_the_corpus_and_one_node_per_name():
    res, by_article = _resolve(_ex("a", ("Igor Strelkov", "Organization"), ("Strelkov", "Person")),
                               _ex("b", ("Strelkov", "Person"), ("Igor Strelkov", "Person")),
                               _ex("c", ("Strelkov", "Person")), _ex("d", ("Douma", "Person")),
                               _ex("e", ("Douma", "Place")))
    strelkov = _entity_of(res, "a", 0)
    assert strelkov.type == "Person" and strelkov.label == "Igor Strelkov"
    assert {by_article[a][0] for a in "abc"} == {"Igor Strelkov"}
    assert _entity_of(res, "d", 0) is _entity_of(res, "e", 0)
    assert _entity_of(res, "d", 0).type == "Place"  # GeoNames breaks the tie
    assert "person" not in strelkov.key and strelkov.key == "igor-strelkov"


def test_a_lone_person_tag_beats_a_town_people_are_named_after_or_an_old_alternate_name():
    res, _ = _resolve(_ex("a", ("Richardson", "Person")), _ex("b", ("Stalin", "Person")),
                      _ex("c", ("Lavov", "Person")), _ex("d", ("Kyiv", "Person")))
    assert _entity_of(res, "a", 0).type == "Person"  # a common surname, and a town in Texas
    assert _entity_of(res, "b", 0).type == "Person"  # an old alternate name of Donetsk
    assert _entity_of(res, "c", 0).type == "Person" and not _entity_of(res, "c", 0).same_as
    assert _entity_of(res, "d", 0).type == "Place"  # a large city by its own name outweighs one odd tag


def test_a_bare_surname_goes_to_the_dominant_bearer_only():
    exs = [_ex(f"t{i}", ("Donald Trump", "Person")) for i in range(3)]
    exs += [_ex("m", ("Melania Trump", "Person")), _ex("x", ("Trump", "Person"))]
    _, by_article = _resolve(*exs)
    assert by_article["x"] == ["Donald Trump"]
    _, by_article = _resolve(_ex("a", ("Jeb Bush", "Person")), _ex("b", ("George W. Bush", "Person")),
                             _ex("c", ("Bush", "Person")))
    assert by_article["c"] == [None]  # neither dominates: not guessed, and no "Bush" node beside them


def test_family_name_first_and_a_shared_surname_in_one_article():
    exs = [_ex(f"k{i}", ("Kim Jong Un", "Person")) for i in range(3)]
    exs.append(_ex("d", ("Duyeon Kim", "Person"), ("Kim Jong Un", "Person"), ("Kim", "Person")))
    exs.append(_ex("m", ("Moon Jae-in", "Person"), ("Moon", "Person")))
    res, by_article = _resolve(*exs)
    assert by_article["d"] == ["Duyeon Kim", "Kim Jong Un", "Kim Jong Un"]
    assert by_article["m"] == ["Moon Jae-in", "Moon Jae-in"]
    assert len({e.key for e in res.entities if e.type == "Person"}) == 3


def test_spelling_short_forms_and_word_order_variants_merge():
    _, by_article = _resolve(_ex("a", ("Joe Cirincione", "Person"), ("ExxonMobil", "Organization"),
                                  ("Anbar Province", "Place"), ("Naval Air Station Sigonella", "Place")),
                             _ex("b", ("Joseph Cirincione", "Person"), ("Exxon Mobil", "Organization"),
                                  ("Anbar", "Place"), ("Sigonella Naval Air Station", "Place")))
    assert by_article["a"] == by_article["b"]


def test_metadata_names_resolve_with_the_text():
    ex = _ex("a", ("Soraya Sarhaddi Nelson", "Person"), ("Brussels", "Place"))
    art = Article(id="a", text=ex.article.text, publisher="TASS", author=("Soraya Sarhaddi Nelson",), dateline="Brussels")
    res = resolve_entities([Extraction(art, ex.sentences, ex.mentions)], load_gazetteer())
    publisher, authors, dateline = res.metadata_keys["a"]
    assert authors == (res.mention_keys["a"][0],) and dateline == res.mention_keys["a"][1]
    assert {e.key: e for e in res.entities}[publisher].label == "TASS"


def test_known_officeholders_get_their_wikidata_item():
    res, _ = _resolve(_ex("a", ("Vladimir Putin", "Person"), ("Putin", "Person")),
                      _ex("b", ("Kim Jong-un", "Person")), _ex("c", ("John Smith", "Person")))
    by_label = {e.label: e.wikidata for e in res.entities}
    assert by_label == {"Vladimir Putin": "Q7747", "Kim Jong-un": "Q56226", "John Smith": None}


def test_short_forms_in_the_article_of_the_full_name():
    _, by_article = _resolve(_ex("a", ("John F. Kennedy", "Person"), ("JFK", "Organization"), ("Soraya Nelson", "Person"),
                                  ("Soraya", "Person"), ("Fox News", "Organization"), ("Fox", "Organization")),
                             _ex("b", ("JFK", "Organization"), ("Fox", "Organization")))
    assert by_article["a"] == ["John F. Kennedy", "John F. Kennedy", "Soraya Nelson", "Soraya Nelson",
                               "Fox News", "Fox News"]
    assert by_article["b"] == ["JFK", "Fox"]


def _text_ex(article_id: str, text: str, *names: tuple[str, str], **meta) -> Extraction:
    """An article of `text` whose mentions are the first occurrences, in order, of `names`."""
    mentions, pos = [], 0
    for name, etype, *key in names:  # a third element is the gazetteer id extraction found
        start = text.index(name, pos)
        mentions.append(Mention(text=name, start=start, end=start + len(name), type=etype, sentence=0,
                                key=key[0] if key else ""))
        pos = start + len(name)
    mentions = with_honorifics(text, mentions)  # as extraction records them ("Mrs" before "May")
    return Extraction(Article(id=article_id, text=text, **meta), (Sentence(0, len(text), text),), tuple(mentions))


def test_acronyms_follow_the_name_they_spell_in_the_article_and_across_the_corpus():
    _, by_article = _resolve(
        _text_ex("a", "The National Rifle Association met. The NRA said no.",
                 ("National Rifle Association", "Organization"), ("NRA", "Place")),
        _text_ex("b", "Members of the NRA cheered.", ("NRA", "Place")))
    assert by_article["a"] == by_article["b"] * 2 == ["National Rifle Association"] * 2


def test_cut_and_misspelt_names_follow_the_full_name():
    res, by_article = _resolve(
        _text_ex("a", "The House Armed Services Committee met; House Armed Services members left.",
                 ("House Armed Services Committee", "Organization"), ("House Armed Services", "Organization")),
        _text_ex("b", "Viktor Yanukovych fled; Makeenko wrote to Yanukoyvch.",
                 ("Viktor Yanukovych", "Person"), ("Makeenko", "Person"), ("Yanukoyvch", "Organization")),
        _text_ex("c", "Troops left the town of Tal Abyad and Tel Abyad.", ("Tal Abyad", "Person"),
                 ("Tel Abyad", "Place")))
    assert by_article["a"] == ["House Armed Services Committee"] * 2
    assert by_article["b"] == ["Viktor Yanukovych", "Makeenko", "Viktor Yanukovych"]
    assert by_article["c"][0] == by_article["c"][1]
    assert _entity_of(res, "c", 0).type == "Place"  # "the town of X" outweighs one Person tag


def test_names_one_edit_apart_that_are_two_names_stay_apart():
    _, by_article = _resolve(
        _text_ex("a", "The Daily Wire and the Weekly Wire ran it; KBN News and KBS News ran it too.",
                 ("KBN News", "Organization"), ("KBS News", "Organization")),
        _text_ex("b", "She taught at Columbia before she moved to Colombia.", ("Columbia", "Place"),
                 ("Colombia", "Place")),
        _text_ex("c", "The Korean Central New Agency, or Korean Central News Agency, said so.",
                 ("Korean Central New Agency", "Organization"), ("Korean Central News Agency", "Organization")))
    assert by_article["a"] == ["KBN News", "KBS News"]  # an acronym changed: two outlets
    assert by_article["b"] == ["Columbia", "Colombia"]  # two places GeoNames knows
    assert by_article["c"][0] == by_article["c"][1]  # a letter dropped from a word: one agency


def test_a_name_cut_before_its_tail_follows_the_full_name_of_its_article_only():
    _, by_article = _resolve(
        _text_ex("a", "Jo Smith, a fellow at the Lowy Institute for International Policy, wrote that the Lowy Institute was right.",
                 ("Jo Smith", "Person"), ("Lowy Institute for International Policy", "Organization"),
                 ("Lowy Institute", "Organization")),
        _text_ex("b", "The European Council on Foreign Relations and the Atlantic Council met.",
                 ("European Council on Foreign Relations", "Organization"), ("Atlantic Council", "Organization")),
        _text_ex("c", "The Hudson Center for Peace and the Hudson Center for Trade both spoke; the Hudson Center won.",
                 ("Hudson Center for Peace", "Organization"), ("Hudson Center for Trade", "Organization"),
                 ("Hudson Center", "Organization")))
    assert by_article["a"][1] == by_article["a"][2] == "Lowy Institute for International Policy"
    assert by_article["b"] == ["European Council on Foreign Relations", "Atlantic Council"]
    assert by_article["c"][2] == "Hudson Center"  # two longer names it may be cut from: neither


def test_a_mention_cut_before_a_tail_its_own_text_spells_follows_the_full_name_of_another_article():
    _, by_article = _resolve(
        _text_ex("a", "Jo Smith, director of the Lowy Institute for International Policy, wrote.",
                 ("Jo Smith", "Person"), ("Lowy Institute for International Policy", "Organization")),
        _text_ex("b", "Ann Lee, a fellow at Sydney's Lowy Institute for International Policy, wrote.",
                 ("Ann Lee", "Person"), ("Lowy Institute", "Organization")),  # the span cut short
        _text_ex("c", "Tom Ray, a fellow at the Lowy Institute, wrote.", ("Tom Ray", "Person"), ("Lowy Institute", "Organization")))
    assert by_article["b"][1] == "Lowy Institute for International Policy"  # the full form labels the node
    # its text names no longer body, but the corpus names one only, after a proper name ("Lowy"): that body
    assert by_article["c"][1] == "Lowy Institute for International Policy"


def test_a_think_tank_cut_before_for_follows_the_one_full_name_of_the_corpus_after_a_proper_name_only():
    _, by_article = _resolve(
        _text_ex("a", "Al Day of the Belfer Center for Science and the National Institute for Peace spoke.",
                 ("Al Day", "Person"), ("Belfer Center for Science", "Organization"),
                 ("National Institute for Peace", "Organization")),
        _text_ex("b", "Bo Kim of the Belfer Center said the national mood and the National Institute agree.",
                 ("Bo Kim", "Person"), ("Belfer Center", "Organization"), ("National Institute", "Organization")),
        _text_ex("c", "The Russian Ministry for Emergencies came. The Russian Ministry spoke.",
                 ("Russian Ministry for Emergencies", "Organization")),
        _text_ex("d", "The Russian Ministry denied it.", ("Russian Ministry", "Organization")),
        _text_ex("e", "The Kean Council on Trade met.", ("Kean Council on Trade", "Organization")),
        _text_ex("f", "The Kean Council met.", ("Kean Council", "Organization")))
    assert by_article["b"][1] == "Belfer Center for Science"
    assert by_article["b"][2] == "National Institute"  # "national" is a common word: no proper name to go by
    assert by_article["d"] != ["Russian Ministry for Emergencies"]  # a ministry's head word: one of many, not a think tank
    assert by_article["f"] == ["Kean Council"]  # "on" across articles: another body (the European Council)


def test_middle_initials_tell_two_people_apart_and_a_name_without_them_joins_only_an_agreeing_one():
    _, by_article = _resolve(
        _text_ex("a", "George H. W. Bush met George Herbert Walker Bush's son George W. Bush.",
                 ("George H. W. Bush", "Person"), ("George Herbert Walker Bush", "Person"), ("George W. Bush", "Person")),
        _text_ex("b", "George Bush spoke.", ("George Bush", "Person")),
        _text_ex("c", "Vladimir V. Putin and Vladimir Putin.", ("Vladimir V. Putin", "Person"), ("Vladimir Putin", "Person")))
    assert by_article["a"][0] == by_article["a"][1] != by_article["a"][2] == "George W. Bush"
    assert by_article["b"] == ["George Bush"]  # either of them: neither
    assert by_article["c"][0] == by_article["c"][1]


def test_a_first_name_in_initials_is_a_full_name_and_keeps_its_bare_surname():
    _, by_article = _resolve(
        _text_ex("a", "J.D. Gordon, a former aide, said Gordon had left.", ("J.D. Gordon", "Person"), ("Gordon", "Person")),
        _text_ex("b", "Michael R. Gordon wrote; Gordon said.", ("Michael R. Gordon", "Person"), ("Gordon", "Person")),
        _text_ex("c", "H.R. McMaster, or HR McMaster, and Herbert Raymond McMaster.", ("H.R. McMaster", "Person"),
                 ("HR McMaster", "Person"), ("Herbert Raymond McMaster", "Person")))
    assert by_article["a"] == ["J.D. Gordon"] * 2
    assert by_article["b"] == ["Michael R. Gordon"] * 2
    assert len(set(by_article["c"])) == 1


def test_a_generation_suffix_is_no_surname():
    _, by_article = _resolve(
        _text_ex("a", "Joseph F. Dunford Jr. spoke; Dunford left.", ("Joseph F. Dunford Jr.", "Person"), ("Dunford", "Person")),
        _text_ex("b", "Joseph Keith Kellogg Jr. spoke.", ("Joseph Keith Kellogg Jr.", "Person")))
    assert by_article["a"] == ["Joseph F. Dunford Jr."] * 2
    assert by_article["b"] == ["Joseph Keith Kellogg Jr."]  # not Joseph Dunford "Jr." of another article


def test_a_son_named_jr_is_not_his_father_nor_takes_the_father_s_bare_surname():
    _, by_article = _resolve(
        _text_ex("a", "Donald Trump Jr. and Michael Flynn Jr. met Donald Trump.", ("Donald Trump Jr.", "Person"),
                 ("Michael Flynn Jr.", "Person"), ("Donald Trump", "Person")),
        _text_ex("b", "Donald Trump spoke to Michael Flynn.", ("Donald Trump", "Person"), ("Michael Flynn", "Person")),
        _text_ex("c", "Donald Trump Jr. said Trump would win.", ("Donald Trump Jr.", "Person"), ("Trump", "Person")),
        _text_ex("d", "Trump Jr. spoke.", ("Trump Jr.", "Person")))
    assert by_article["a"] == ["Donald Trump Jr.", "Michael Flynn Jr.", "Donald Trump"]
    assert by_article["b"] == ["Donald Trump", "Michael Flynn"]
    assert by_article["c"] == ["Donald Trump Jr.", "Donald Trump"]
    assert by_article["d"] == ["Donald Trump Jr."]


def test_names_listed_before_a_plural_head_word_are_bodies_with_that_head():
    _, by_article = _resolve(
        _text_ex("a", "Ann Lee, the top Democrat on the Intelligence, Armed Services, and Foreign Relations committees, "
                      "left the State and Defense departments. The House and Senate committees met.",
                 ("Ann Lee", "Person"), ("Intelligence", "Organization"), ("Armed Services", "Organization"),
                 ("Foreign Relations", "Organization"), ("State", "Organization"), ("Defense", "Organization"),
                 ("Senate", "Organization")))
    gazetteer = load_gazetteer()
    assert by_article["a"][1:4] == ["Intelligence Committee", "Armed Services Committee", "Foreign Relations Committee"]
    assert by_article["a"][4:6] == [gazetteer.lookup_name("State Department").label,
                                    gazetteer.lookup_name("Defense Department").label]
    assert by_article["a"][6] != "Senate Committee"  # a chamber's committees: no one body


def test_kim_jong_un_and_kim_jong_nam_stay_apart():
    _, by_article = _resolve(_text_ex("a", "Kim Jong Un and his brother Kim Jong Nam.",
                                      ("Kim Jong Un", "Person"), ("Kim Jong Nam", "Person")))
    assert by_article["a"] == ["Kim Jong Un", "Kim Jong Nam"]


def test_nicknames_job_titles_and_headings():
    _, by_article = _resolve(
        _text_ex("a", "Sen. Bob Corker spoke. Later little Bobby Corker and the National Security Advisor left.",
                 ("Bob Corker", "Person"), ("Bobby Corker", "Person"), ("National Security Advisor", "Organization")),
        _text_ex("b", "Mr. James Comey said so.\n\nCurious Comey actions\n\nReset Nonsense\n\nIt went on.",
                 ("James Comey", "Person"), ("Curious Comey", "Person"), ("Reset Nonsense", "Person")))
    assert by_article["a"] == ["Bob Corker", "Bob Corker", None]
    assert by_article["b"] == ["James Comey", "James Comey", None]


def test_a_shared_surname_goes_to_the_bearer_named_last_before_it():
    _, by_article = _resolve(_text_ex("a", "George W. Bush backed Jeb Bush. Bush won.",
                                      ("George W. Bush", "Person"), ("Jeb Bush", "Person"), ("Bush", "Person")))
    assert by_article["a"] == ["George W. Bush", "Jeb Bush", "Jeb Bush"]


def test_a_publisher_field_is_folded_to_the_outlet():
    res, _ = _resolve(_text_ex("a", "Fox News reported it.", ("Fox News", "Organization"),
                               publisher="Fox Online News"))
    publisher, _, _ = res.metadata_keys["a"]
    assert publisher == res.mention_keys["a"][0]


def test_byline_credit_words_and_desk_names_are_not_authors():
    text = "Watch the video of the story on military issues. Stephen Collinson wrote it."
    res, _ = _resolve(_text_ex("a", text, ("Stephen Collinson", "Person"),
                               author=("Story Stephen Collinson", "Military Issues", "Dov Fischer")))
    _, authors, _ = res.metadata_keys["a"]
    labels = {e.key: e.label for e in res.entities}
    assert [labels.get(a) for a in authors] == ["Stephen Collinson", None, "Dov Fischer"]


def test_a_misspelt_name_joins_the_gazetteer_entry_it_nearly_spells():
    _, by_article = _resolve(
        _text_ex("a", "The Islamic Revolutionary Guard Corps of Iran, in Tehran.",
                 ("Islamic Revolutionary Guard Corps", "Organization"), ("Iran", "Place"), ("Tehran", "Place")),
        _text_ex("b", "The Islamic Revolutionary Guards Corps of Iran, in Tehran.",
                 ("Islamic Revolutionary Guards Corps", "Organization"), ("Iran", "Place"), ("Tehran", "Place")),
        _text_ex("c", "The Islamic Revolutionary Guards Corps of Iran.",
                 ("Islamic Revolutionary Guards Corps", "Organization"), ("Iran", "Place")))
    assert by_article["a"] == by_article["b"]
    _, by_article = _resolve(*[_text_ex(x, "Kim Jong Un in Pyongyang. Kim Jong Nam in Malaysia.",
                                        ("Kim Jong Un", "Person"), ("Pyongyang", "Place"),
                                        ("Kim Jong Nam", "Person"), ("Malaysia", "Place")) for x in "ab"])
    assert by_article["a"][0] != by_article["a"][2]


def test_dotted_acronyms_and_time_zones():
    _, by_article = _resolve(_text_ex("a", "The G.R.U. struck at 9 p.m. ET and KST.", ("G.R.U.", "Organization"),
                                      ("ET", "Organization"), ("KST", "Organization")))
    assert by_article["a"] == ["GRU", None, None]


def test_an_acronym_written_as_a_word_follows_the_longer_name_of_its_article():
    _, by_article = _resolve(_text_ex("a", "The New Start treaty expires; Start limits warheads.",
                                      ("New Start", "Treaty"), ("Start", "Treaty", "start-i")),
                             _text_ex("b", "START was signed in 1991.", ("START", "Treaty")))
    assert by_article["a"] == ["New START", "New START"] and by_article["b"] == ["START I"]


def test_a_body_named_like_a_person_and_trailing_small_words():
    res, by_article = _resolve(_text_ex("a", "The Saban Center said the North American Free Trade Agreement with Canada.",
                                        ("Saban Center", "Person"), ("North American Free Trade Agreement with", "Treaty")),
                               _text_ex("b", "Emily Post wrote.", ("Emily Post", "Person")))
    assert _entity_of(res, "a", 0).type == "Organization" and _entity_of(res, "b", 0).type == "Person"
    assert by_article["a"][1] == "North American Free Trade Agreement"


def test_two_bodies_in_one_span_name_neither():
    _, by_article = _resolve(_text_ex("a", "On the Armed Services, Foreign Affairs and intelligence committees.",
                                      ("Armed Services, Foreign Affairs", "Organization")))
    assert by_article["a"] == [None]


def test_a_first_name_tagged_as_a_person_follows_the_one_person_of_the_article_so_named():
    _, by_article = _resolve(_text_ex("a", "Vladimir Putin spoke. Vladimir smiled.", ("Vladimir Putin", "Person"),
                                      ("Vladimir", "Person")),
                             _text_ex("b", "The city of Vladimir is old.", ("Vladimir", "Place")),
                             _text_ex("c", "In the city of Vladimir.", ("Vladimir", "Place")))
    assert by_article["a"] == ["Vladimir Putin", "Vladimir Putin"] and by_article["b"] == ["Vladimir"]


def test_a_one_word_person_the_corpus_writes_in_lower_case_is_a_word():
    _, by_article = _resolve(
        _text_ex("a", "Evils follow. Sympathy for the favourite nation. Rice spoke.", ("Sympathy", "Person"),
                 ("Rice", "Person")),
        _text_ex("b", "They felt sympathy and more sympathy. Susan Rice ate rice and rice.", ("Susan Rice", "Person")),
        _text_ex("c", "Susan Rice again.", ("Susan Rice", "Person")))
    assert by_article["a"] == [None, "Susan Rice"]


def test_families_cut_names_and_phrases_of_ordinary_words_are_no_people():
    text = ("Arrogant Westerners assume things. The Kims rule. Sen. John Mc spoke. Kim Jong Un rules.\n"
            "Some were arrogant, and westerners were too; arrogant westerners.")
    _, by_article = _resolve(_text_ex("a", text, ("Arrogant Westerners", "Person"), ("Kims", "Person"),
                                      ("John Mc", "Person"), ("Kim Jong Un", "Person")))
    assert by_article["a"] == [None, None, None, "Kim Jong Un"]


def test_an_acronym_inside_a_longer_name_after_a_preposition_stays_itself():
    _, by_article = _resolve(_text_ex("a", "The Permanent Mission of Russia to NATO and NATO itself.",
                                      ("Permanent Mission of Russia to NATO", "Organization"), ("NATO", "Organization")))
    assert by_article["a"][1] == "NATO"


def test_letters_alone_and_a_possessed_common_noun_are_no_names():
    _, by_article = _resolve(_text_ex("a", "In a Q&A, Igor Strelkov said Strelkov's army won.", ("Q&A", "Organization"),
                                      ("Igor Strelkov", "Person"), ("Strelkov's army", "Organization")))
    assert by_article["a"] == [None, "Igor Strelkov", "Igor Strelkov"]


def test_link_text_repeated_words_and_acronyms_written_as_words():
    text = "Lt. Gen. Mark Mark Hertling said so. Peter Beaumont Read more. Obama's 2009 trip. Isis fought Boutros Boutros-Ghali."
    _, by_article = _resolve(_text_ex("a", text, ("Mark Mark Hertling", "Person"), ("Peter Beaumont Read", "Person"),
                                      ("Obama's 2009", "Person"), ("Isis", "Person"), ("Boutros Boutros-Ghali", "Person")))
    assert by_article["a"] == ["Mark Hertling", "Peter Beaumont", "Obama", "Islamic State",
                               "Boutros Boutros-Ghali"]


def test_a_one_word_place_the_corpus_writes_in_lower_case_five_times_is_a_word():
    words = "We imagine, they imagine, you imagine, I imagine, all imagine. The navy and the navy, navy navy navy."
    _, by_article = _resolve(_text_ex("a", "Imagine, for example, the Navy.", ("Imagine", "Place"), ("Navy", "Organization")),
                             _text_ex("b", words, ("navy", "Organization")))
    assert by_article["a"] == [None, "Navy"]


def test_a_name_headed_by_a_treaty_word_is_a_treaty():
    res, _ = _resolve(_text_ex("a", "They reached the Agreed Framework in 1994.", ("Agreed Framework", "Organization")))
    assert _entity_of(res, "a", 0).type == "Treaty"


def test_languages_and_faiths_are_no_entities_but_a_country_named_like_a_language_is():
    _, by_article = _resolve(_text_ex("a", "Islam and Scottish Gaelic in Tonga.", ("Islam", "Organization"),
                                      ("Scottish Gaelic", "Place"), ("Tonga", "Place")))
    assert by_article["a"][:2] == [None, None] and by_article["a"][2] is not None


def test_acronyms_typed_person_events_ideas_and_scriptures():
    res, by_article = _resolve(_text_ex("a", "We in the FSA fought. At the Sochi Olympics, Islamophobia and the Koran.",
                                        ("FSA", "Person"), ("Sochi Olympics", "Organization"), ("Islamophobia", "Place"),
                                        ("Koran", "Organization")))
    assert _entity_of(res, "a", 0).type == "Organization" and by_article["a"][1:] == [None, None, None]


def test_ships_and_a_surname_glued_to_a_country_are_no_people():
    text = "Donald Trump met Putin. Putin has told Trump Russia did not meddle. The USS Donald Cook sailed. George Washington."
    _, by_article = _resolve(_text_ex("a", text, ("Donald Trump", "Person"), ("Trump Russia", "Person"),
                                      ("Donald Cook", "Person"), ("George Washington", "Person")))
    assert by_article["a"] == ["Donald Trump", None, None, "George Washington"]


def test_a_surname_of_ordinary_words_is_kept_when_someone_bears_it():
    text = "Osama bin Laden hid. Bin Laden died. A bin, a bin, laden and laden."
    _, by_article = _resolve(_text_ex("a", text, ("Osama bin Laden", "Person"), ("Bin Laden", "Person")))
    assert by_article["a"] == ["Osama bin Laden", "Osama bin Laden"]


def test_groups_of_people_named_by_a_plural_are_no_entities():
    _, by_article = _resolve(_text_ex("a", "Chechens, Chechen Muslims and Conservative MPs met in Grozny.",
                                      ("Chechens", "Organization"), ("Chechen Muslims", "Organization"),
                                      ("Conservative MPs", "Organization"), ("Grozny", "Place")))
    assert by_article["a"][:3] == [None, None, None] and by_article["a"][3] == "Grozny"


def test_a_surname_misspelt_near_its_start_joins_the_same_first_names():
    _, by_article = _resolve(_text_ex("a", "Recep Tayyip Erdogan won.", ("Recep Tayyip Erdogan", "Person")),
                             _text_ex("b", "Recep Tayyip Erdogan and Recep Tayyip Ergodan.", ("Recep Tayyip Erdogan", "Person"),
                                      ("Recep Tayyip Ergodan", "Person")))
    assert by_article["b"][0] == by_article["b"][1]


def test_a_heading_phrase_with_a_pronoun_or_determiner_at_its_edge_is_no_name():
    _, by_article = _resolve(_ex("a", ("Their Critics", "Person"), ("Nerve Agent That", "Person"),
                                 ("Sergey Lavrov", "Person"), ("Kim Jong Un", "Person")))
    assert by_article["a"] == [None, None, "Sergey Lavrov", "Kim Jong Un"]


def test_an_acronym_before_a_person_name_is_a_title_not_a_first_name():
    _, by_article = _resolve(_ex("a", ("Dan Coats", "Person"), ("DNI Coats", "Person"), ("Coats", "Person")))
    assert by_article["a"] == ["Dan Coats"] * 3


def test_models_awards_measured_substances_and_branches_of_a_faith_are_no_entities():
    text = "The F-22 Raptor and S-400s. The Paul White Award. It equals 10,000 tons of TNT. Shiite and Sunni clerics."
    _, by_article = _resolve(_text_ex("a", text, ("F-22 Raptor", "Organization"), ("S-400s", "Organization"),
                                      ("Paul White Award", "Person"), ("TNT", "Organization"),
                                      ("Shiite", "Organization"), ("Sunni", "Organization")))
    assert by_article["a"] == [None] * 6
    _, by_article = _resolve(_text_ex("b", "The G-7 met in Biarritz.", ("G-7", "Organization")))
    assert by_article["b"] != [None]  # a group of nations, not a model number


def test_a_state_written_the_ap_way_is_the_state():
    _, by_article = _resolve(_text_ex("a", "He lives in Tulsa, Okla., near Oklahoma City.", ("Tulsa", "Place"),
                                      ("Okla.", "Place")),
                             _text_ex("b", "Oklahoma voted.", ("Oklahoma", "Place")))
    assert by_article["a"][1] == by_article["b"][0] == "Oklahoma"
    res, _ = _resolve(_text_ex("a", "He lives in Tulsa, Okla., near the river.", ("Okla.", "Place")))
    assert _entity_of(res, "a", 0).label == "Oklahoma" and _entity_of(res, "a", 0).alt_labels == ("Okla.",)


def test_a_possessive_ends_a_persons_name_and_ordinary_words_before_a_surname_are_no_person():
    text = "President Trump's Jacksonian instincts. Jeremy Hunt spoke. We hunt a witch; a rigged vote, rigged. A witch hunt."
    _, by_article = _resolve(_text_ex("a", text, ("Trump's Jacksonian", "Person"), ("Jeremy Hunt", "Person")),
                             _text_ex("b", "It is a Rigged Witch Hunt, he wrote.", ("Rigged Witch Hunt", "Person")))
    assert by_article["a"][0] == "Trump" and by_article["b"] == [None]


def test_one_word_after_the_is_hardly_a_person_and_a_body_tag_on_a_known_surname_is_the_person():
    _, by_article = _resolve(_text_ex("a", "An office along the Danube.", ("Danube", "Person")),
                             _text_ex("b", "Winston Churchill spoke. Churchill's chief of staff.",
                                      ("Winston Churchill", "Person"), ("Churchill", "Organization")))
    assert by_article["b"] == ["Winston Churchill", "Winston Churchill"]
    res, _ = _resolve(_text_ex("a", "An office along the Danube.", ("Danube", "Person")))
    assert _entity_of(res, "a", 0).type == "Place"


def test_adjectives_made_of_names_eras_and_plurals_of_common_nouns_are_no_people():
    text = "The Javelins arrived. A javelin is a missile; each javelin costs much. The Jeffersonian Mao, in 300 BC."
    _, by_article = _resolve(_text_ex("a", text, ("Javelins", "Person"), ("Jeffersonian Mao", "Person"),
                                      ("BC", "Organization")),
                             _text_ex("b", "Mao Zedong ruled China.", ("Mao Zedong", "Person")))
    assert by_article["a"] == [None, "Mao Zedong", None]
    _, by_article = _resolve(_text_ex("a", "Williams spoke. He wills it, wills it.", ("Williams", "Person")))
    assert by_article["a"] == ["Williams"]  # a common surname


def test_a_common_noun_after_a_persons_name_and_a_state_abbreviation_without_its_period():
    _, by_article = _resolve(_text_ex("a", "while the afterglow of the weak Obama sun shines. Senator Cole (R., Tex.) spoke.",
                                      ("Obama sun", "Person"), ("Tex", "Place")),
                             _text_ex("b", "Barack Obama and Texas.", ("Barack Obama", "Person"), ("Texas", "Place")))
    assert by_article["a"] == ["Barack Obama", "Texas"]


def test_a_relative_named_by_a_given_name_bears_the_family_name_just_written():
    text = "Viktor Orlov and his daughter, Anna, fell ill. Halvorsen's wife, Elizabeth, agreed."
    _, by_article = _resolve(_text_ex("a", text, ("Viktor Orlov", "Person"), ("Anna", "Person"),
                                      ("Halvorsen", "Person"), ("Elizabeth", "Person")),
                             _text_ex("b", "Anna Orlov spoke.", ("Anna Orlov", "Person")))
    assert by_article["a"][1] == "Anna Orlov" and by_article["a"][3] == "Elizabeth Halvorsen"
    _, by_article = _resolve(_text_ex("a", "He and his wife, Michelle, left.", ("Michelle", "Person")))
    assert by_article["a"] == ["Michelle"]


def test_hashtags_handles_and_widget_words_are_no_entities():
    text = "Thanks for the word. #ROAR. View Photo gallery Politicians and Replay More Videos here."
    _, by_article = _resolve(_text_ex("a", text, ("ROAR", "Organization"), ("View Photo", "Organization"),
                                      ("Replay More Videos", "Person")))
    assert by_article["a"] == [None, None, None]


def test_a_weapons_name_is_no_entity_but_a_think_tanks_city_is_a_place():
    text = "It fired the Kestrel nuclear-powered cruise missile. A Tulsa think tank said so. He flew Royal Navy helicopters."
    _, by_article = _resolve(_text_ex("a", text, ("Kestrel", "Person"), ("Tulsa", "Place"), ("Royal Navy", "Organization")))
    assert by_article["a"] == [None, "Tulsa", "Royal Navy"]


def test_armed_groups_named_in_arabic_feasts_and_a_plural_whose_singular_is_written_once():
    text = "Jaish al-Fateh fought on. MPs left for their Easter recess. The Stingers came; a stinger is a missile."
    res, by_article = _resolve(_text_ex("a", text, ("Jaish al-Fateh", "Person"), ("Easter", "Person"),
                                        ("Stingers", "Person")))
    assert _entity_of(res, "a", 0).type == "Organization" and by_article["a"][1:] == [None, None]


def test_a_universitys_first_word_alone_is_the_university():
    _, by_article = _resolve(_text_ex("a", "She studied at Stanford University.", ("Stanford University", "Organization")),
                             _text_ex("b", "The Stanford University Center for Policy met.",
                                      ("Stanford University Center for Policy", "Organization")),
                             _text_ex("c", "She has degrees from Stanford. Stanford said so.", ("Stanford", "Organization"),
                                      ("Stanford", "Organization")))
    assert by_article["c"] == ["Stanford University"] * 2


def test_a_countrys_law_is_no_entity_but_a_law_school_is():
    text = "The Defense of Marriage Act and the Russian Federal Law passed. The Yale School of Law objected."
    _, by_article = _resolve(_text_ex("a", text, ("Defense of Marriage Act", "Organization"),
                                      ("Russian Federal Law", "Organization"), ("Yale School of Law", "Organization")))
    assert by_article["a"] == [None, None, "Yale School of Law"]


def test_initials_that_do_not_begin_the_bearers_first_name_name_someone_else():
    _, by_article = _resolve(_text_ex("a", "Aaron David Miller spoke.", ("Aaron David Miller", "Person")),
                             _text_ex("b", "Aaron David Miller wrote.", ("Aaron David Miller", "Person")),
                             _text_ex("c", "By S.A. Miller and V. Putin.", ("S.A. Miller", "Person")),
                             _text_ex("d", "By A. Miller.", ("A. Miller", "Person")))
    assert by_article["c"] == ["S.A. Miller"] and by_article["d"] == ["Aaron David Miller"]


def test_a_surname_misspelt_by_a_dropped_letter_follows_the_person_of_its_article():
    _, by_article = _resolve(_text_ex("a", "Sergey Lavrov met John Kerry. Kerry and Lavov spoke.", ("Sergey Lavrov", "Person"),
                                      ("John Kerry", "Person"), ("Kerry", "Person"), ("Lavov", "Person")))
    assert by_article["a"][3] == "Sergey Lavrov"


def test_a_body_named_at_a_larger_body_does_not_take_its_name_and_a_branch_of_a_faith_is_no_entity():
    text = "Ali Vaez of the Iran Project at the International Crisis Group and the International Crisis Group said; Wahabi Islam."
    _, by_article = _resolve(_text_ex("a", text, ("Iran Project at the International Crisis Group", "Organization"),
                                      ("International Crisis Group", "Organization"), ("Wahabi Islam", "Person")))
    assert by_article["a"][1] != by_article["a"][0] and by_article["a"][2] is None


def test_a_place_written_like_an_acronym_as_a_word_stays_the_place():
    _, by_article = _resolve(_text_ex("a", "Rockets were fired towards Guam, a US territory.", ("Guam", "Place")))
    assert by_article["a"] == ["Guam"]


def test_two_spellings_of_one_geonames_place_are_one_node():
    _, by_article = _resolve(_text_ex("a", "A base in Irbil was hit.", ("Irbil", "Place")),
                             _text_ex("b", "Erbil and Erbil again.", ("Erbil", "Place"), ("Erbil", "Place")),
                             _text_ex("c", "Erbil airport.", ("Erbil", "Place")))
    assert by_article["a"] == ["Erbil"]


def test_a_one_word_name_right_before_weapons_or_their_model_number_is_no_entity():
    text = "They could use long range artillery or Scud missiles, and struck Fateh 110 missiles. Hamas rockets fell."
    _, by_article = _resolve(_text_ex("a", text, ("Scud", "Person"), ("Fateh", "Organization")))
    assert by_article["a"] == [None, None]


def test_two_surnames_joined_a_titles_abbreviation_and_a_body_named_after_someone():
    text = "Marco Rubio and Rex Tillerson spoke. Rubio and Tillerson agreed. Sec. John Kerry came. The Margaret Thatcher Center said."
    res, by_article = _resolve(_text_ex("a", text, ("Marco Rubio", "Person"), ("Rex Tillerson", "Person"),
                                        ("Rubio and Tillerson", "Organization"), ("Sec", "Person"),
                                        ("Margaret Thatcher Center", "Person")))
    assert by_article["a"][2:4] == [None, None]
    assert _entity_of(res, "a", 4).type == "Organization"


def test_a_given_name_before_and_and_a_full_name_shares_its_surname():
    text = "The couple's twins, Mark and Carol Thatcher, were born. Bill and Hillary Clinton came."
    _, by_article = _resolve(_text_ex("a", text, ("Mark", "Person"), ("Carol Thatcher", "Person"), ("Bill", "Person"),
                                      ("Hillary Clinton", "Person")))
    assert by_article["a"] == ["Mark Thatcher", "Carol Thatcher", "Bill Clinton", "Hillary Clinton"]


def test_wars_uprisings_exercises_operations_and_doctrines_are_no_entities():
    text = ("During the Second Intifada and the Bosnian civil war, the Orange Revolution, Operation Desert Storm, "
            "the Eager Lion Exercise and the Carter Doctrine. Veterans of Foreign Wars and Operation Rescue met.")
    _, by_article = _resolve(_text_ex("a", text, ("Second Intifada", "Organization"), ("Bosnian civil war", "Place"),
                                      ("Orange Revolution", "Person"), ("Operation Desert Storm", "Place"),
                                      ("Eager Lion Exercise", "Organization"), ("Carter Doctrine", "Person"),
                                      ("Veterans of Foreign Wars", "Organization")))
    assert by_article["a"] == [None] * 6 + ["Veterans of Foreign Wars"]  # the head of a body's name is before "of"


def test_a_name_the_words_around_call_an_exercise_is_no_entity_a_hotel_is_a_place_a_trade_deal_a_treaty():
    text = ("Exercises named Steel Falcon began. Steel Falcon ended. Leaders met at the Grand Lotus Hanoi hotel. "
            "He quit the Pacific Rim Partnership trade deal; the Pacific Rim Partnership trade deal died.")
    res, by_article = _resolve(_text_ex("a", text, ("Steel Falcon", "Organization"), ("Grand Lotus Hanoi", "Person"),
                                        ("Pacific Rim Partnership", "Organization"),
                                        ("Pacific Rim Partnership", "Organization")))
    assert by_article["a"][0] is None
    assert _entity_of(res, "a", 1).type == "Place" and _entity_of(res, "a", 2).type == "Treaty"
    # Over the corpus, the model's votes outweigh one cue: "Steel Falcon" is a body that held an exercise.
    _, by_article = _resolve(_text_ex("a", "Exercises named Steel Falcon began.", ("Steel Falcon", "Organization")),
                             _text_ex("b", "Steel Falcon grew. Steel Falcon sold arms.", ("Steel Falcon", "Organization"),
                                      ("Steel Falcon", "Organization")))
    assert by_article["a"] == ["Steel Falcon"] and by_article["b"] == ["Steel Falcon"] * 2


def test_a_name_headed_by_agreement_or_accord_is_a_treaty_however_often_the_model_tags_it_a_body():
    text = "The Pacific Free Trade Agreement. " * 6 + "A Status of Visitors Agreement. The Government of National Accord."
    res, _ = _resolve(_text_ex("a", text, *[("Pacific Free Trade Agreement", "Organization")] * 6,
                               ("Status of Visitors Agreement", "Organization"),
                               ("Government of National Accord", "Organization")))
    assert [_entity_of(res, "a", i).type for i in (0, 6, 7)] == ["Treaty", "Treaty", "Organization"]


def test_two_spellings_of_a_given_name_with_one_rare_surname_are_one_person_unless_named_together():
    _, by_article = _resolve(
        _text_ex("a", "Ukraine's minister Mikhail Dobrovol met NATO in Kyiv.", ("Ukraine", "Place"),
                 ("Mikhail Dobrovol", "Person"), ("NATO", "Organization"), ("Kyiv", "Place")),
        _text_ex("b", "In Kyiv, Mykhailo Dobrovol told Ukraine and NATO.", ("Kyiv", "Place"), ("Mykhailo Dobrovol", "Person"),
                 ("Ukraine", "Place"), ("NATO", "Organization")))
    assert by_article["a"][1] == by_article["b"][1]
    # relatives are named together; a common surname needs a cut given name ("Ash" of "Ashton")
    _, by_article = _resolve(
        _text_ex("a", "Mikhail Dobrovol and Mykhailo Dobrovol met NATO in Kyiv.", ("Mikhail Dobrovol", "Person"),
                 ("Mykhailo Dobrovol", "Person"), ("NATO", "Organization"), ("Kyiv", "Place")),
        _text_ex("b", "Joan Smith met NATO in Kyiv.", ("Joan Smith", "Person"), ("NATO", "Organization"), ("Kyiv", "Place")),
        _text_ex("c", "John Smith met NATO in Kyiv.", ("John Smith", "Person"), ("NATO", "Organization"), ("Kyiv", "Place")))
    assert by_article["a"][0] != by_article["a"][1] and by_article["b"][0] != by_article["c"][0]


def test_a_companys_first_word_alone_follows_its_two_word_name_unless_the_second_word_is_common_or_a_place():
    _, by_article = _resolve(
        _text_ex("a", "Shares of Vantor Quellig rose.", ("Vantor Quellig", "Organization")),
        _text_ex("b", "The former Vantor chief left Vantor.", ("Vantor", "Organization"), ("Vantor", "Organization")),
        _text_ex("c", "Brimco Pictures made pictures. Brimco Holdings paid.", ("Brimco Pictures", "Organization")),
        _text_ex("d", "Brimco sold films.", ("Brimco", "Organization")),
        _text_ex("e", "Greenwave USA protested.", ("Greenwave USA", "Organization")),
        _text_ex("f", "Greenwave said.", ("Greenwave", "Organization")),
        _text_ex("g", "Tolvex Inc. grew and Tolvex hired.", ("Tolvex Inc", "Organization"), ("Tolvex", "Organization")),
        _text_ex("h", "The Fedra Cup began.", ("Fedra Cup", "Organization")), _text_ex("i", "Fedra rates.", ("Fedra", "Organization")))
    assert by_article["b"] == ["Vantor Quellig"] * 2
    assert by_article["d"] == ["Brimco"] and by_article["f"] == ["Greenwave"]  # a division, a branch
    assert by_article["g"][1] == by_article["g"][0] and by_article["i"] == ["Fedra"]  # not an event named after it


def test_a_province_named_after_a_town_the_gazetteer_knows_is_that_node_unless_it_has_its_own():
    _, by_article = _resolve(_text_ex("a", "Rebels hold Idlib Province and the province of Idlib, not Idlib.",
                                      ("Idlib Province", "Place"), ("province of Idlib", "Place"), ("Idlib", "Place")),
                             _text_ex("b", "Fighting in the Donetsk Region and Donetsk.", ("Donetsk Region", "Place"),
                                      ("Donetsk", "Place")))
    assert by_article["a"] == ["Idlib"] * 3
    assert by_article["b"][0] != by_article["b"][1]


def test_a_word_before_and_and_a_country_sharing_its_last_word_is_that_other_country():
    text = "Leaders of North and South Korea met. North said no. The talks in Paris and South Korea went on."
    _, by_article = _resolve(_text_ex("a", text, ("North", "Place"), ("South Korea", "Place", "south-korea"),
                                      ("Paris", "Place"), ("South Korea", "Place", "south-korea")))
    assert by_article["a"] == ["North Korea", "South Korea", "Paris", "South Korea"]


def test_a_line_crediting_a_quotation_to_a_person_and_outlet_is_no_heading():
    text = "Headline here\n\n“Sanctions will fail.”\n\nJanusz Wolanski, The Daily Review\n\nCurious Comey actions\n\nMore."
    _, by_article = _resolve(_text_ex("a", text, ("Janusz Wolanski", "Person"), ("Curious Comey", "Person")))
    assert by_article["a"] == ["Janusz Wolanski", None]


def test_arabic_words_for_cape_monastery_or_house_open_place_names_but_a_spring_only_before_an_article():
    text = "Shelling hit Ras al-Ayn and Deir Hafer. Ayn Rand wrote. Fighting near Khan al-Assal went on."
    res, _ = _resolve(_text_ex("a", text, ("Ras al-Ayn", "Person"), ("Deir Hafer", "Organization"), ("Ayn Rand", "Person"),
                               ("Khan al-Assal", "Person")))
    assert [_entity_of(res, "a", i).type for i in range(4)] == ["Place", "Place", "Person", "Place"]


def test_template_fields_widget_bylines_a_glued_month_and_an_observatory():
    text = "Clip from Kerry FEB 23 here. The Syrian Observatory for Rights and the Palo Alto Observatory said."
    res, by_article = _resolve(_text_ex("a", text, ("Kerry FEB", "Person"), ("Palo Alto Observatory", "Person"),
                                        author=("Backgroundurl Avatar_Large", "Comment Count", "Jane Doe")))
    assert by_article["a"][0] == "Kerry" and _entity_of(res, "a", 1).type == "Organization"
    assert sorted(e.label for e in res.entities if e.type == "Person") == ["Jane Doe", "Kerry"]


def test_a_persons_surname_before_a_body_or_treaty_the_gazetteer_knows_dates_it():
    text = "Barack Obama spoke. The Obama Justice Department and the Obama New START Treaty. Jordan Peterson wrote."
    _, by_article = _resolve(_text_ex("a", text, ("Barack Obama", "Person"), ("Obama Justice Department", "Organization"),
                                      ("Obama New START Treaty", "Treaty"), ("Jordan Peterson", "Person")))
    assert by_article["a"][1:3] == ["United States Department of Justice", "New START"]
    assert by_article["a"][3] == "Jordan Peterson"  # a given name opens a person's name


def test_an_honorific_keeps_a_bare_surname_from_a_bearer_of_the_other_sex():
    _, by_article = _resolve(
        _text_ex("a", "Prime Minister Helen Carter met Tom Carter, her husband. Later Mrs Carter spoke and Mr. Carter left.",
                 ("Helen Carter", "Person"), ("Tom Carter", "Person"), ("Carter", "Person"), ("Carter", "Person")),
        _text_ex("b", "Helen Carter spoke. Helen Carter left. Helen Carter won.", ("Helen Carter", "Person")),
        _text_ex("c", "The chef Paul Rowe cooked. Then Ms Rowe paid.", ("Paul Rowe", "Person"), ("Rowe", "Person")),
        _text_ex("d", "Anna Rowe sang.", ("Anna Rowe", "Person")),
        _text_ex("e", "Anna Rowe sang. Eva Rowe played.", ("Anna Rowe", "Person"), ("Eva Rowe", "Person")),
        _text_ex("f", "Joan Bell, a senator, said so. Mr Bell left.", ("Joan Bell", "Person"), ("Bell", "Person")))
    # Without the honorifics the corpus's dominant Helen Carter would be both.
    assert by_article["a"] == ["Helen Carter", "Tom Carter", "Helen Carter", "Tom Carter"]
    assert by_article["c"] == ["Paul Rowe", "Anna Rowe"]  # not Paul: the Rowe woman the corpus names most
    # The only Bell anyone names is Joan: a man the Census would call a woman (Vivian, Hilary) is still her.
    assert by_article["f"] == ["Joan Bell", "Joan Bell"]
    _, by_article = _resolve(_text_ex("g", "Donald Trump spoke. Mrs Trump played bowls.", ("Donald Trump", "Person"),
                                      ("Trump", "Person")))
    assert by_article["g"] == ["Donald Trump", None]  # his wife, whom no one names in full


def test_a_chinese_given_name_he_is_no_pronoun():
    _, by_article = _resolve(_text_ex("a", "Vice Premier Liu He called Steven Mnuchin. Liu said so.",
                                      ("Liu He", "Person"), ("Steven Mnuchin", "Person"), ("Liu", "Person")),
                             _text_ex("b", "Their Critics said it.", ("Their Critics", "Person")))
    assert by_article["a"] == ["Liu He", "Steven Mnuchin", "Liu He"]
    assert by_article["b"] == [None]


def test_a_body_spelt_with_another_preposition_and_a_national_namesake_stay_apart():
    _, by_article = _resolve(
        _text_ex("a", "Ann Hall of the Council of Foreign Relations said so.", ("Council of Foreign Relations", "Organization")),
        _text_ex("b", "Jan Berg of the German Council on Foreign Relations said so.",
                 ("German Council on Foreign Relations", "Organization")),
        _text_ex("c", "The Ohio Wesleyan University team won.", ("Ohio Wesleyan University", "Organization")),
        _text_ex("d", "She teaches at Wesleyan University.", ("Wesleyan University", "Organization")),
        _text_ex("e", "The Senate Armed Services Committee met.", ("Senate Armed Services Committee", "Organization")),
        _text_ex("f", "The Armed Services Committee met.", ("Armed Services Committee", "Organization")))
    assert by_article["a"] == ["Council on Foreign Relations"]  # the gazetteer's, misspelt
    assert by_article["b"] == ["German Council on Foreign Relations"]
    assert by_article["d"] == ["Wesleyan University"]  # not Ohio Wesleyan: a place before a name makes another body
    assert by_article["f"] == ["Senate Armed Services Committee"]  # a cut name still follows its full name


def test_a_one_word_person_needs_more_than_the_models_tag():
    _, by_article = _resolve(
        _text_ex("a", "Voters backed Brexit in 2016 and Gazprombank paid.", ("Brexit", "Person"), ("Gazprombank", "Person")),
        _text_ex("b", "Mr. Wardlow said it would pass. Brezhnev ruled then. Melania smiled.",
                 ("Wardlow", "Person"), ("Brezhnev", "Person"), ("Melania", "Person")),
        _text_ex("c", "Later Miller arrived.", ("Miller", "Person")))
    # no title, verb of saying, known given name or surname, or Slavic surname ending: no node
    assert by_article["a"] == [None, None]
    # "Mr." and "said" type Wardlow; "-ev" ends a surname; Melania is a given name; Miller a common surname
    assert by_article["b"] == ["Wardlow", "Brezhnev", "Melania"]
    assert by_article["c"] == ["Miller"]


def test_a_one_word_name_without_person_evidence_keeps_another_type_a_mention_voted_for():
    res, _ = _resolve(_text_ex("a", "Fighting spread to the town of Walikali overnight.", ("Walikali", "Person")))
    assert _entity_of(res, "a", 0).type == "Place"  # "the town of X" votes for a place; the model's tag alone loses


def test_a_monarch_or_pope_known_by_a_given_name_keeps_the_title_in_the_label():
    text = "Prince Andrew met Pope Francis and Queen Elizabeth II. Andrew left. Martin Luther King spoke."
    _, by_article = _resolve(_text_ex("a", text, ("Andrew", "Person"), ("Francis", "Person"), ("Elizabeth II", "Person"),
                                      ("Andrew", "Person"), ("Martin Luther King", "Person")))
    assert by_article["a"] == ["Prince Andrew", "Pope Francis", "Queen Elizabeth II", "Prince Andrew", "Martin Luther King"]


def test_a_bare_surname_beside_a_relative_named_in_full_is_the_corpus_officeholder():
    gallery = "Sara Netanyahu arrives. Netanyahu sits beside Jared Kushner. Mrs Netanyahu smiles."
    _, by_article = _resolve(
        _text_ex("a", gallery, ("Sara Netanyahu", "Person"), ("Netanyahu", "Person"), ("Jared Kushner", "Person"),
                 ("Netanyahu", "Person")),
        _text_ex("b", "Benjamin Netanyahu spoke.", ("Benjamin Netanyahu", "Person")),
        _text_ex("c", "Benjamin Netanyahu left.", ("Benjamin Netanyahu", "Person")))
    # the curated prime minister, named in two articles to her one; "Mrs" keeps Sara
    assert by_article["a"] == ["Sara Netanyahu", "Benjamin Netanyahu", "Jared Kushner", "Sara Netanyahu"]


def test_conditions_works_races_and_coined_scandals_are_no_entities():
    text = ("Pundits say Putin has Asperger's syndrome and Trump Derangement Syndrome. She wiped it with the app "
            "Wipeit. He is the author of Eternal Lands: a history. The race, the Grand Steeple, is run. From "
            "Whitewater to Travelgate, and the Lisbon Conference. An Art Nouveau masterpiece.")
    _, by_article = _resolve(_text_ex("a", text, ("Putin", "Person"), ("Asperger", "Person"),
                                      ("Trump Derangement Syndrome", "Organization"), ("Wipeit", "Organization"),
                                      ("Eternal Lands", "Organization"), ("Grand Steeple", "Organization"),
                                      ("Travelgate", "Place"), ("Lisbon Conference", "Organization"),
                                      ("Art Nouveau", "Person")))
    assert by_article["a"][1:] == [None] * 8 and by_article["a"][0] is not None


def test_a_town_named_like_a_scandal_a_promotion_fragment_and_plural_nationalities():
    text = ("Margate is a town. Watch State of the Union with Candy Crowley Sundays. LGBT Americans serve. "
            "The Cleveland Indians won. Gunmen stormed the Eastgate mall.")
    _, by_article = _resolve(_text_ex("a", text, ("Margate", "Place"), ("Union with Candy Crowley", "Organization"),
                                      ("LGBT Americans", "Organization"), ("Cleveland Indians", "Organization"),
                                      ("Eastgate", "Organization")))
    assert by_article["a"] == ["Margate", None, None, "Cleveland Indians", "Eastgate"]


def test_an_acronym_written_in_the_plural_is_a_common_noun_and_a_pac_is_a_body():
    text = "Israel may be an SOB, but one of their own SOBs. The NRA spoke. America Rising PAC noted it."
    res, by_article = _resolve(_text_ex("a", text, ("SOB", "Organization"), ("NRA", "Organization"),
                                        ("America Rising PAC", "Person")))
    assert by_article["a"][0] is None and by_article["a"][1] is not None
    assert _entity_of(res, "a", 2).type == "Organization"


def test_the_last_word_of_a_two_word_body_stands_for_it_in_its_article():
    text = "The Muslim Brotherhood won. Brotherhood members marched."
    _, by_article = _resolve(_text_ex("a", text, ("Muslim Brotherhood", "Organization"), ("Brotherhood", "Organization")))
    assert by_article["a"] == ["Muslim Brotherhood", "Muslim Brotherhood"]


def test_an_acronym_in_the_plural_that_spells_a_body_of_its_article_stays_that_body():
    text = "The Accountability Review Board met. The ARB said past ARBs had failed."
    _, by_article = _resolve(_text_ex("a", text, ("Accountability Review Board", "Organization"), ("ARB", "Organization")))
    assert by_article["a"] == ["Accountability Review Board", "Accountability Review Board"]


def test_a_surname_of_a_country_a_denominations_church_and_an_address():
    text = ("Vladimir Putin spoke. President Putin of Russia met Pope Francis. The Russian Orthodox Church agreed. "
            "Putin gave his State of the Nation address.")
    res, by_article = _resolve(_text_ex("a", text, ("Vladimir Putin", "Person"), ("Putin of Russia", "Organization"),
                                        ("Russian Orthodox Church", "Place"), ("State of the Nation", "Organization")))
    assert by_article["a"][1] is None and by_article["a"][3] is None
    assert _entity_of(res, "a", 2).type == "Organization"


def test_an_acronym_spelled_out_in_lower_case_near_it_is_a_common_noun():
    text = ("Referred to as CAS in the military, close air support covers troops. The NRA said the DIA came in at "
            "dawn and denied it all.")
    _, by_article = _resolve(_text_ex("a", text, ("CAS", "Organization"), ("NRA", "Organization"), ("DIA", "Organization")))
    assert by_article["a"][0] is None and by_article["a"][1:] == ["NRA", "DIA"]


def test_an_adjective_made_of_a_surname_is_no_name():
    text = "Joseph McCarthy ranted. McCarthyite paranoia and Stalinist rule, said Christian, Joseph Stalin's heir."
    _, by_article = _resolve(_text_ex("a", text, ("Joseph McCarthy", "Person"), ("McCarthyite", "Organization"),
                                      ("Stalinist", "Organization"), ("Christian", "Person"), ("Joseph Stalin", "Person")))
    assert by_article["a"][1:3] == [None, None] and by_article["a"][3] is not None


def test_a_law_coined_from_a_surname_is_no_entity_but_a_programme_named_with_care_is():
    text = "Repealing ObamaCare would hit Medicare, said Senator Jane Holloway."
    _, by_article = _resolve(_text_ex("a", text, ("ObamaCare", "Organization"), ("Medicare", "Organization"),
                                      ("Jane Holloway", "Person")))
    assert by_article["a"] == [None, "Medicare", "Jane Holloway"]


def test_a_province_named_after_its_city_does_not_take_the_citys_geonames_feature():
    res, _ = _resolve(_text_ex("a", "Jets struck villages in Hama province, Hama province and near Hama.",
                               ("Hama province", "Place"), ("Hama province", "Place"), ("Hama", "Place")))
    province = _entity_of(res, "a", 0)
    assert province.label == "Hama province" and not province.same_as and province.geo is None
    res, _ = _resolve(_text_ex("b", "Shelling hit the city of Hama.", ("Hama", "Place")))
    assert _entity_of(res, "b", 0).same_as  # the city keeps its GeoNames link


def test_a_district_or_county_the_model_took_for_a_body_is_a_place():
    res, _ = _resolve(_ex("a", ("Dan Sai District", "Organization"), ("Brindle County", "Organization"),
                          ("Brindle County Council", "Organization")))
    assert _entity_of(res, "a", 0).type == "Place"
    assert _entity_of(res, "a", 1).type == "Place"
    assert _entity_of(res, "a", 2).type == "Organization"  # the council is the body
    res, _ = _resolve(_ex("b", ("Eastern Military District", "Place")))
    assert _entity_of(res, "b", 0).type == "Organization"  # an army's command


def test_vessels_named_after_the_noun_for_them_are_no_entities():
    text = ("The Iranian oil tanker Sabiti sailed. A Chinese ship, the Golden Star, docked. The carrier U.S.S. Mark Hall "
            "left. The national carrier Aeroflot flew. An American ship, the U.S. said, was hit. Mark Hall spoke.")
    _, by_article = _resolve(_text_ex("a", text, ("Sabiti", "Person"), ("Golden Star", "Organization"),
                                      ("Mark Hall", "Person"), ("Aeroflot", "Organization"), ("U.S.", "Place"),
                                      ("Mark Hall", "Person")))
    assert by_article["a"][:3] == [None, None, None]
    assert by_article["a"][3] == "Aeroflot" and by_article["a"][4] is not None and by_article["a"][5] == "Mark Hall"


def test_a_credit_role_before_a_byline_name_is_not_part_of_it():
    res, _ = _resolve(_text_ex("a", "Jane Miller and Paul Reed filed this report.", ("Jane Miller", "Person"),
                               author=("Story Jane Miller", "Video Paul Reed", "Analysis Anna Berg")))
    _, authors, _ = res.metadata_keys["a"]
    labels = {e.key: e.label for e in res.entities}
    assert [labels.get(a) for a in authors] == ["Jane Miller", "Paul Reed", "Anna Berg"]


def test_names_inside_idioms_and_allusions_are_no_entities():
    text = ("Cost proved an Achilles' heel for Paris. Critics saw a Trojan horse in it and Dr. Strangelove levels of "
            "risk, blamed the Deep State and met their Waterloo. Wellington won at Waterloo.")
    _, by_article = _resolve(_text_ex("a", text, ("Achilles", "Place"), ("Paris", "Place"), ("Trojan", "Organization"),
                                      ("Dr. Strangelove", "Person"), ("Deep State", "Organization"),
                                      ("Waterloo", "Place"), ("Wellington", "Person"), ("Waterloo", "Place")))
    assert by_article["a"][0] is None and by_article["a"][2:6] == [None] * 4
    assert by_article["a"][1] == "Paris" and by_article["a"][6:] == ["Wellington", "Waterloo"]


def test_a_province_the_model_alone_calls_a_person_is_a_place():
    res, _ = _resolve(_text_ex("a", "Crude oil from Alberta's oil sands flows south.", ("Alberta", "Person")),
                      _text_ex("b", "Oil from Alberta reached Texas.", ("Alberta", "Person")))
    assert _entity_of(res, "a", 0).type == "Place"
    res, _ = _resolve(_text_ex("a", "Alberta said she would stay. Alberta smiled.", ("Alberta", "Person"), ("Alberta", "Person")))
    assert _entity_of(res, "a", 0).type == "Person"


def test_a_name_that_is_a_whole_title_case_heading_and_is_never_written_again_is_no_entity():
    text = ("Officials met in Vienna.\n\nThe Naval Arms Buildup\n\nThe Naval Arms Race began early.\n\nEuropean Union\n\n"
            "The European Union met.\n\nMichael Green\n\nGreen wrote it.")
    _, by_article = _resolve(_text_ex("a", text, ("Vienna", "Place"), ("Naval Arms Buildup", "Organization"),
                                      ("European Union", "Organization"), ("European Union", "Organization"),
                                      ("Michael Green", "Organization")))
    assert by_article["a"][1] is None
    assert by_article["a"][2] == by_article["a"][3] == "European Union" and by_article["a"][4] is not None


def test_bodies_and_places_in_a_book_title_with_a_subtitle_name_the_book():
    text = ("Jane Roe, author of Cold Harbours: Stalin, Haiti and the Fortress of Doubt, spoke. Her new book, "
            "\u201cThe Winter Bureau,\u201d is out. The Winter Bureau of the Navy met in Haiti.")
    _, by_article = _resolve(_text_ex("a", text, ("Jane Roe", "Person"), ("Cold Harbours", "Place"),
                                      ("Stalin", "Person"), ("Haiti", "Place"), ("Fortress of Doubt", "Organization"),
                                      ("Winter Bureau", "Organization"), ("Winter Bureau", "Organization")))
    assert by_article["a"][1] is None and by_article["a"][4] is None and by_article["a"][5] is None
    assert by_article["a"][2] == "Stalin" and by_article["a"][3] == "Haiti" and by_article["a"][6] == "Winter Bureau"


def test_an_acronym_spelt_out_as_a_phrase_of_ordinary_words_is_a_slogan():
    text = ("Delegates chose the motto WYSIWYG. WYSIWYG stands for what you see is what you get. The NWTA, which "
            "stands for the Northern Wheat Trade Association, agreed.")
    _, by_article = _resolve(_text_ex("a", text, ("WYSIWYG", "Organization"), ("WYSIWYG", "Organization"),
                                      ("NWTA", "Organization")))
    assert by_article["a"][:2] == [None, None] and by_article["a"][2] is not None


def test_a_one_word_place_written_in_lower_case_and_capitalised_only_at_sentence_starts_is_a_word():
    text = "Firsthand accounts came in. He saw it firsthand in Rojava. Reports from Rojava, and Rojava again."
    _, by_article = _resolve(_text_ex("a", text, ("Firsthand", "Place"), ("Rojava", "Place")))
    assert by_article["a"] == [None, "Rojava"]
    _, by_article = _resolve(_text_ex("a", "Firsthand is a town. We saw it firsthand, and Firsthand voted.",
                                      ("Firsthand", "Place")))
    assert by_article["a"] == ["Firsthand"]


def test_a_name_glued_to_a_participle_or_an_outlet_is_the_name():
    text = "The Jane Miller-owned paper and the Paul Reed-related probe. Jane Miller spoke."
    res, by_article = _resolve(_text_ex("a", text, ("Jane Miller-owned", "Person"), ("Paul Reed-related", "Person"),
                                        ("Jane Miller", "Person"), author=("Anna Berg Cnn", "Special To Cnn", "Alex To",
                                                                           "Tom Howell Jr.")))
    assert by_article["a"] == ["Jane Miller", "Paul Reed", "Jane Miller"]
    _, authors, _ = res.metadata_keys["a"]
    labels = {e.key: e.label for e in res.entities}
    assert [labels.get(a) for a in authors] == ["Anna Berg", None, "Alex To", "Tom Howell Jr."]


def test_a_center_for_something_is_a_body():
    text = "Analysts at the Center for Maritime and Polar Studies said so. The Center for Maritime and Polar Studies agreed."
    res, _ = _resolve(_text_ex("a", text, ("Center for Maritime and Polar Studies", "Place"),
                               ("Center for Maritime and Polar Studies", "Place")))
    assert _entity_of(res, "a", 0).type == "Organization"


def test_an_agency_photo_credit_is_no_entity():
    text = "Troops crossed the river. | AP Photo\n\nThe AP reported it. Jane Photo spoke."
    _, by_article = _resolve(_text_ex("a", text, ("AP Photo", "Organization"), ("AP", "Organization"),
                                      ("Jane Photo", "Person")))
    assert by_article["a"][0] is None and by_article["a"][1] is not None and by_article["a"][2] == "Jane Photo"


def test_a_possessive_before_a_person_or_a_body_leaves_the_person_or_the_body():
    text = "Vladimir Putin spoke. Putin's Finance Ministry agreed, and Vox's Alex Ward wrote."
    _, by_article = _resolve(_text_ex("a", text, ("Vladimir Putin", "Person"), ("Putin's Finance Ministry", "Organization"),
                                      ("Vox's Alex Ward", "Organization")),
                             _text_ex("b", "Then Oxford's Conservative Club met.", ("Oxford's Conservative Club", "Organization")))
    # the body every state has is the one of the country the article names (Putin's office: Russia)
    assert by_article["a"] == ["Vladimir Putin", "Finance Ministry of Russia", "Alex Ward"]
    assert by_article["b"] == ["Oxford's Conservative Club"]  # no person's: the name stays whole


def test_greetings_and_a_surname_run_into_a_country_are_no_entities():
    text = "Donald Trump tweeted Merry Christmas to all. The Trump Russia probe went on. West Pakistan seceded."
    _, by_article = _resolve(_text_ex("a", text, ("Donald Trump", "Person"), ("Merry Christmas", "Person"),
                                      ("Trump Russia", "Organization"), ("West Pakistan", "Place")))
    assert by_article["a"] == ["Donald Trump", None, None, "West Pakistan"]


def test_a_span_that_holds_a_weapons_noun_names_the_weapon():
    text = "Kyiv asked for Kestrel missiles. The Missile Defense Agency said the Kestrel Missile Office agreed."
    _, by_article = _resolve(_text_ex("a", text, ("Kestrel missiles", "Person"), ("Missile Defense Agency", "Organization"),
                                      ("Kestrel Missile Office", "Organization")))
    assert by_article["a"][0] is None and by_article["a"][1:] == ["Missile Defense Agency", "Kestrel Missile Office"]


def test_a_side_of_politics_is_no_entity():
    text = "Critics in Kramatorsk spoke. The Left was silent, and the far right forgot. Right Sector marched."
    _, by_article = _resolve(_text_ex("a", text, ("Kramatorsk", "Place"), ("Left", "Person"), ("far right", "Organization"),
                                      ("Right Sector", "Organization")))
    assert by_article["a"] == ["Kramatorsk", None, None, "Right Sector"]


def test_a_relative_named_by_a_given_name_does_not_outweigh_the_person_named_in_full():
    captions = ("Prime Minister Rafael Okonjo opens the bridge. Okonjo and his wife, Linda, wave. Okonjo and his "
                "wife, Linda, dance. Okonjo signs the bill.")
    _, by_article = _resolve(_text_ex("a", captions, ("Rafael Okonjo", "Person"), ("Okonjo", "Person"), ("Linda", "Person"),
                                      ("Okonjo", "Person"), ("Linda", "Person"), ("Okonjo", "Person")))
    assert by_article["a"] == ["Rafael Okonjo", "Rafael Okonjo", "Linda Okonjo", "Rafael Okonjo", "Linda Okonjo",
                               "Rafael Okonjo"]


def test_an_organisation_s_name_cut_before_the_rest_of_it_takes_no_other_body_s_long_name():
    _, by_article = _resolve(
        _text_ex("a", "The Atlantic Fisheries Safety Office said boats sank.", ("Atlantic Fisheries Safety Office", "Organization")),
        _text_ex("b", "Jo Roe of the Atlantic Fisheries Office for the Protection of Whales spoke.",
                 ("Atlantic Fisheries Office", "Organization")),
        _text_ex("c", "The Atlantic Fisheries Office issued a warning.", ("Atlantic Fisheries Office", "Organization")))
    assert by_article["a"] == by_article["c"] == ["Atlantic Fisheries Safety Office"]
    assert by_article["b"] == ["Atlantic Fisheries Office"]


def test_a_department_named_either_way_round_is_one_body():
    _, by_article = _resolve(
        _text_ex("a", "Officials of the Fisheries Department spoke.", ("Fisheries Department", "Organization")),
        _text_ex("b", "The Department of Fisheries closed the bay.", ("Department of Fisheries", "Organization")),
        _text_ex("c", "The Ministry of Fisheries and Oceans said no.", ("Ministry of Fisheries and Oceans", "Organization")),
        _text_ex("d", "The Fisheries Ministry said yes.", ("Fisheries Ministry", "Organization")))
    assert by_article["a"] == by_article["b"]
    assert by_article["c"] != by_article["d"]  # not the same words: the two bodies stay apart


def test_team_and_a_name_is_a_body_and_never_the_person():
    text = ("Barack Obama spoke in Hanoi. Team Obama sees itself as cautious. Team Obama tries to take the long view. "
            "Obama said the threat was small.")
    res, by_article = _resolve(_text_ex("a", text, ("Barack Obama", "Person"), ("Team Obama", "Person"),
                                        ("Team Obama", "Person"), ("Obama", "Person")))
    assert by_article["a"] == ["Barack Obama", "Team Obama", "Team Obama", "Barack Obama"]
    team = next(e for e in res.entities if e.label == "Team Obama")
    assert team.type == "Organization" and "Obama" not in team.alt_labels


def test_a_group_s_name_in_the_plural_is_the_group_its_singular_names():
    _, by_article = _resolve(
        _text_ex("a", "Sanaa fell to Zaydani rebels. Zaydani forces held the port.", ("Zaydani", "Organization"),
                 ("Zaydani", "Organization")),
        _text_ex("b", "Iran has backed the Zaydanis in Yemen.", ("Zaydanis", "Organization")),
        _text_ex("c", "The Qatrans met. Qatran officials spoke.", ("Qatrans", "Organization"), ("Qatran", "Organization")),
        _text_ex("d", "Sales at Nortex fell. Nortexs was a typo.", ("Nortex", "Organization"), ("Nortexs", "Organization")))
    assert by_article["b"] == ["Zaydani"]
    assert by_article["c"] == ["Qatran", "Qatran"]
    assert by_article["d"] == ["Nortex", "Nortexs"]  # no modifier use, no "the" before the plural: two names


def test_a_singular_modifier_of_a_group_the_gazetteer_has_in_the_plural_is_the_group():
    _, by_article = _resolve(
        _text_ex("a", "Sanaa fell to Houthi rebels.", ("Houthi", "Organization")),
        _text_ex("b", "Shelling hit Hama overnight; Hama residents fled.", ("Hama", "Organization"), ("Hama", "Organization")))
    assert by_article["a"] == ["Houthis"]
    assert "Hamas" not in by_article["b"]  # a town's name is no singular of Hamas


def test_a_song_sung_or_named_by_the_word_song_is_no_entity_but_a_quoted_speaker_is():
    text = ("Putin has sung \u201cBlueberry Hill\u201d on television. They sang \"Free Nelson Mandela\" loudly. "
            "They were serenaded with the song \"Tomorrow\". \"Ivan Petrov is right,\" Olga Sokolova sang out.")
    _, by_article = _resolve(_text_ex("a", text, ("Putin", "Person"), ("Blueberry Hill", "Person"),
                                      ("Nelson Mandela", "Person"), ("Tomorrow", "Organization"), ("Ivan Petrov", "Person"),
                                      ("Olga Sokolova", "Person")))
    assert by_article["a"][1:4] == [None, None, None] and by_article["a"][4:] == ["Ivan Petrov", "Olga Sokolova"]


def test_speeches_holiday_times_and_the_acronym_of_a_law_are_no_entities():
    text = ("It was the topic of George Washington's great Farewell Address and of the State of the Union Address. "
            "The truce was violated over Easter weekend and on Christmas Eve, and after the Memorial Day holiday. "
            "Trump called the Foreign Corrupt Practices Act a horrible law; he has been annoyed by the FCPA. "
            "The CPA of Ohio met the SEC.")
    _, by_article = _resolve(_text_ex("a", text, ("George Washington", "Person"), ("Farewell Address", "Organization"),
                                      ("State of the Union Address", "Organization"), ("Easter weekend", "Person"),
                                      ("Christmas Eve", "Person"), ("Memorial Day holiday", "Organization"), ("FCPA", "Place"),
                                      ("CPA", "Organization")))
    assert by_article["a"][0] == "George Washington" and by_article["a"][1:7] == [None] * 6
    assert by_article["a"][7] == "CPA"


def test_weapon_systems_are_no_bodies_but_a_body_before_system_is():
    text = ("An Iranian missile, believed to be fired by Russian Tor system, hit the plane. Delivery of S-400 Long Range "
            "Air and Missile Defence Systems resumed. Kyiv wants the Kestrel air-defence system and Grad rocket launchers. "
            "The Nordvik Fund system of grants works. Raytheon Missile Systems said so.")
    _, by_article = _resolve(_text_ex("a", text, ("Russian Tor", "Organization"), ("Missile Defence Systems", "Organization"),
                                      ("Kestrel", "Organization"), ("Grad", "Person"), ("Nordvik Fund", "Organization"),
                                      ("Raytheon Missile Systems", "Organization")))
    assert by_article["a"] == [None, None, None, None, "Nordvik Fund", "Raytheon Missile Systems"]


def test_a_dam_is_a_place():
    text = "Kurdish forces beat back the militants at the Karsu Dam. The Karsu Dam had 25 explosives on it."
    res, by_article = _resolve(_text_ex("a", text, ("Karsu Dam", "Organization"), ("Karsu Dam", "Organization")))
    assert by_article["a"] == ["Karsu Dam", "Karsu Dam"] and _entity_of(res, "a", 0).type == "Place"


def test_a_single_arms_system_and_a_day_before_holiday_are_no_entities_but_a_service_system_is():
    text = ("The device, known as the Light Marine Air Defense Integrated System, was deployed. The government cancelled "
            "the Martyrs Day holiday. The Selective Service System registers men. Kongsberg Defence Systems said so.")
    _, by_article = _resolve(_text_ex("a", text, ("Light Marine Air Defense Integrated System", "Organization"),
                                      ("Martyrs Day", "Place"), ("Selective Service System", "Organization"),
                                      ("Kongsberg Defence Systems", "Organization")))
    assert by_article["a"] == [None, None, "Selective Service System", "Kongsberg Defence Systems"]


def test_a_name_in_a_chant_is_still_mentioned():
    text = "Protesters chanted \u201cDown with Volgaria!\u201d and sang \u201cHappy Birthday\u201d to him."
    _, by_article = _resolve(_text_ex("a", text, ("Volgaria", "Place"), ("Happy Birthday", "Person")))
    assert by_article["a"] == ["Volgaria", None]


def test_a_known_body_s_acronym_is_not_taken_for_a_law_it_also_spells():
    text = "The National Security Act of 1947 created the CIA. The NSA listens; the NSAA does not."
    _, by_article = _resolve(_text_ex("a", text, ("NSA", "Organization")))
    assert by_article["a"] == ["National Security Agency"]


def test_a_korean_name_ending_in_song_is_a_person_but_a_new_year_address_is_a_speech():
    text = "Kim Chol Song spoke. Chairman Kim Jong Un said so in his New Year Address."
    _, by_article = _resolve(_text_ex("a", text, ("Kim Chol Song", "Person"), ("New Year Address", "Person")))
    assert by_article["a"] == ["Kim Chol Song", None]


def test_a_name_with_middle_initials_and_a_generation_joins_the_plain_name_when_it_is_the_only_one():
    _, by_article = _resolve(
        _text_ex("a", "James A. Baker III served; James Baker assured Gorbachev.", ("James A. Baker III", "Person"),
                 ("James Baker", "Person")),
        _text_ex("b", "Joseph Dunford spoke.", ("Joseph Dunford", "Person")),
        _text_ex("c", "Joseph F. Dunford Jr. left.", ("Joseph F. Dunford Jr.", "Person")),
        _text_ex("d", "Joseph F. Dunford testified.", ("Joseph F. Dunford", "Person")))
    assert by_article["a"][0] == by_article["a"][1] == "James A. Baker III"
    assert by_article["b"] == by_article["c"] == by_article["d"] == ["Joseph F. Dunford Jr."]


def test_a_generation_written_without_a_middle_name_keeps_son_and_father_apart():
    _, by_article = _resolve(
        _text_ex("a", "Donald Trump Jr. met Donald Trump.", ("Donald Trump Jr.", "Person"), ("Donald Trump", "Person")),
        _text_ex("b", "Donald J. Trump Jr. spoke.", ("Donald J. Trump Jr.", "Person")),
        _text_ex("c", "Robert Smith met Robert A. Smith III and Robert B. Smith Jr.", ("Robert Smith", "Person"),
                 ("Robert A. Smith III", "Person"), ("Robert B. Smith Jr.", "Person")))
    assert by_article["a"][0] != by_article["a"][1]  # the father is no "Jr."
    _, kennedys = _resolve(
        _text_ex("a", "Robert F. Kennedy Jr. spoke of Robert F. Kennedy.", ("Robert F. Kennedy Jr.", "Person"),
                 ("Robert F. Kennedy", "Person")),
        _text_ex("b", "Robert Kennedy was shot in 1968.", ("Robert Kennedy", "Person")))
    assert kennedys["b"] == ["Robert F. Kennedy"]  # the full name without the suffix is the father's
    assert len(set(by_article["c"])) == 3  # two suffixed Robert Smiths: the plain one is neither


def test_a_leaders_team_is_the_administration_of_that_name_when_its_article_names_it():
    _, by_article = _resolve(
        _text_ex("a", "Team Obama sees itself as cautious, as the Obama administration always has.",
                 ("Team Obama", "Organization")),
        _text_ex("b", "The Clinton administration expanded NATO. The Obama administration waited.",
                 ("Clinton administration", "Organization"), ("Obama administration", "Organization")),
        _text_ex("c", "Team Clinton hit back at the campaign's critics.", ("Team Clinton", "Organization")))
    assert by_article["a"] == ["Obama administration"]
    assert by_article["c"] == ["Team Clinton"]  # the administration is named only in another article


def test_an_airfield_written_two_ways_in_one_article_is_one_place():
    _, by_article = _resolve(
        _text_ex("a", "The parts were delivered to the Murted airbase outside Ankara. A plane landed at Murted Airport.",
                 ("Murted", "Place"), ("Ankara", "Place"), ("Murted Airport", "Place")),
        _text_ex("b", "Murted is a town near Ankara.", ("Murted", "Place"), ("Ankara", "Place")),
        _text_ex("c", "Flights left the Hong Kong airport. Hong Kong International Airport was closed. Hong Kong was quiet.",
                 ("Hong Kong", "Place"), ("Hong Kong International Airport", "Place"), ("Hong Kong", "Place")))
    assert by_article["a"][0] == by_article["a"][2] == "Murted Airport"
    assert by_article["b"][0] != "Murted Airport"  # another article's "Murted" is not the airfield
    assert by_article["c"][0] == by_article["c"][1] == "Hong Kong International Airport"
    assert by_article["c"][2] == "Hong Kong"  # the city, not followed by a facility word


def test_an_owner_less_national_body_is_the_body_of_the_country_its_article_names_most():
    _, by_article = _resolve(
        _text_ex("a", "The Senate ratified the treaty in Washington. Senators from Texas agreed.",
                 ("Senate", "Organization"), ("Washington", "Place"), ("Texas", "Place")),
        _text_ex("b", "Paris, Lyon and Marseille in France. The Senate building in Mexico City is lit.",
                 ("Paris", "Place"), ("Lyon", "Place"), ("Marseille", "Place"), ("France", "Place"),
                 ("Senate", "Organization"), ("Mexico City", "Place")),
        _text_ex("c", "Russia shelled Kharkiv. The Defence Ministry in Kyiv said Ukraine lost two tanks.",
                 ("Russia", "Place"), ("Kharkiv", "Place"), ("Defence Ministry", "Organization"), ("Kyiv", "Place"),
                 ("Ukraine", "Place")),
        _text_ex("d", "Tehran said Iran and Russia agreed. The Foreign Ministry in Tehran said so.",
                 ("Tehran", "Place"), ("Iran", "Place"), ("Russia", "Place"), ("Foreign Ministry", "Organization")))
    assert by_article["a"][0] == "United States Senate"
    assert by_article["b"][4] == "Senate"  # France's article: not the American Senate
    assert by_article["c"][2] == "Ukrainian Ministry of Defence"
    assert by_article["d"][3] == "Foreign Ministry of Iran"  # the gazetteer has no entry for it: named with its country


def _types(res) -> dict[str, str]:
    return {e.label: e.type for e in res.entities}


def test_a_name_without_a_given_name_or_person_evidence_takes_the_body_type_its_words_give():
    res, _ = _resolve(_text_ex("a", "Ms Ray teaches at the research university Lumen Po, she said.",
                               ("Ray", "Person"), ("Lumen Po", "Person")),
                      _text_ex("b", "Lumen Po opened a campus.", ("Lumen Po", "Person")),
                      _text_ex("c", "They backed the Ahrar al-Sham and others. Ahrar al Sham fought on.",
                               ("Ahrar al-Sham", "Person"), ("Ahrar al Sham", "Person")))
    types = _types(res)
    assert types["Lumen Po"] == "Organization"
    ahrar = [e for e in res.entities if e.label.startswith("Ahrar")]
    assert len(ahrar) == 1 and ahrar[0].type == "Organization"  # one node, a body, for both spellings
    # a person named without a given name keeps the person type when a word around says so
    res, _ = _resolve(_text_ex("a", "Ahrar Kosh, who leads the group, spoke at the Ahrar Kosh and", ("Ahrar Kosh", "Person")))
    assert _types(res)["Ahrar Kosh"] == "Person"


def test_a_given_name_before_a_surname_that_heads_buildings_and_a_person_s_evidence_make_a_person():
    res, _ = _resolve(_text_ex("a", "He can go back to being Monty Hall.", ("Monty Hall", "Place")))
    assert _types(res)["Monty Hall"] == "Person"
    res, _ = _resolve(_text_ex("a", "They met in the town of Monty Hall. Later", ("Monty Hall", "Place")))
    assert _types(res)["Monty Hall"] == "Place"  # the words around it say place
    res, _ = _resolve(_text_ex("a", "NPR's Lena Fadley reports. Lena Fadley, who was there, saw it. Lena Fadley saw.",
                               ("Lena Fadley", "Organization"), ("Lena Fadley", "Organization"),
                               ("Lena Fadley", "Organization")))
    assert _types(res)["Lena Fadley"] == "Person"


def test_documents_their_acronyms_and_a_lone_generic_head_word_are_no_entities():
    res, by_article = _resolve(_text_ex("a", "The Arctic Posture Review (APR) says so. The APR adds. The National "
                                             "Defense Strategy agrees. At the Group of 20 summit, the Group met.",
                                        ("Arctic Posture Review", "Organization"), ("APR", "Organization"),
                                        ("APR", "Organization"), ("National Defense Strategy", "Organization"),
                                        ("Group", "Organization")))
    assert by_article["a"] == [None] * 5
    res, by_article = _resolve(_text_ex("a", "said Jim Geraghty of National Review on Monday.",
                                        ("Jim Geraghty", "Person"), ("National Review", "Organization")))
    assert by_article["a"] == ["Jim Geraghty", "National Review"]  # a magazine, not a review of defence


def test_a_publication_named_like_a_sea_is_kept_apart_from_the_sea():
    res, by_article = _resolve(
        _text_ex("a", "Ships crossed the Atlantic. Then the Atlantic froze.", ("Atlantic", "Place"), ("Atlantic", "Place")),
        _text_ex("b", "A diplomat told The Atlantic that NATO, the North Atlantic Treaty Organization, was fine.",
                 ("Atlantic", "Organization"), ("North Atlantic Treaty Organization", "Organization", "nato")),
        _text_ex("c", "Nobody, The Atlantic\n\nTrump said so.", ("Atlantic", "Organization"), ("Trump", "Person")))
    sea = {e.key for e in res.entities if e.type == "Place"}
    outlet = {e.key for e in res.entities if e.type == "Organization" and "Atlantic" in e.label and e.label != "NATO"}
    assert len(sea) == 1 and len(outlet) == 1
    keys = {k for aid in "abc" for k in res.mention_keys[aid]}
    assert sea <= keys and outlet <= keys
    assert res.mention_keys["b"][0] == res.mention_keys["c"][0] != res.mention_keys["a"][0]
    # without a sea of its name, the title joins the name's other mentions
    res, _ = _resolve(_text_ex("a", "He told The Scotsman so. The Scotsman printed it.", ("Scotsman", "Organization"),
                               ("The Scotsman", "Organization")))
    assert len([e for e in res.entities if "Scotsman" in e.label]) == 1


def test_a_party_letter_before_a_state_and_a_script_cue_are_no_names():
    _, by_article = _resolve(_text_ex("a", "Sen. Tim Scott, R- S.C., spoke.\nVO - Putin has declared war.",
                                      ("Tim Scott", "Person"), ("R- S.C.", "Place"), ("VO", "Organization"),
                                      ("Putin", "Person")))
    assert by_article["a"][1] == "South Carolina" and by_article["a"][2] is None


def test_a_body_whose_every_mention_is_a_linked_short_form_keeps_the_body_type(monkeypatch):
    import kg.resolve as resolve

    def link_to_itself(named, texts, modifier, **_):  # every mention a short form, linked to the node it names
        return {(aid, i): n.key for aid, names in named.items() for i, n in enumerate(names) if n is not None}

    monkeypatch.setattr(resolve, "link_variants", link_to_itself)
    res, _ = _resolve(_text_ex("a", "We in the FSA do not have these.", ("FSA", "Organization")),
                      _text_ex("b", "Rain fell on Lake Bled today.", ("Lake Bled", "Place")))
    assert _types(res) == {"FSA": "Organization", "Lake Bled": "Place"}


def test_the_gulf_is_the_persian_gulf_unless_its_article_names_another_gulf():
    _, by_article = _resolve(
        _text_ex("a", "Tensions in the Gulf rose as a carrier sailed in.", ("Gulf", "Place")),
        _text_ex("b", "The Persian Gulf is busy; the Gulf is tense.", ("Persian Gulf", "Place"), ("Gulf", "Place")),
        _text_ex("c", "Oil spilled into the Gulf of Mexico; the Gulf coast was closed.", ("Gulf of Mexico", "Place"),
                 ("Gulf", "Place")))
    assert by_article["a"] == ["Persian Gulf"]
    assert by_article["b"] == ["Persian Gulf", "Persian Gulf"]
    assert by_article["c"][1] != "Persian Gulf"


def test_an_owner_s_possessive_is_no_part_of_a_place_s_name_unless_the_possessive_is_the_name_s_own():
    _, by_article = _resolve(
        _text_ex("a", "A fire hit the Abqaiq plant. He visited Aramco's Abqaiq days later.",
                 ("Abqaiq", "Place"), ("Aramco's Abqaiq", "Place")),
        _text_ex("b", "They holidayed on Martha's Vineyard. Vineyard wines are dear.", ("Martha's Vineyard", "Place")),
        _text_ex("c", "The Donetsk People's Republic voted. Republic Day came.",
                 ("Donetsk People's Republic", "Organization")),
        _text_ex("d", "Kremlin's Shoigu Palace stood. Nothing else.", ("Kremlin's Shoigu Palace", "Place")))
    assert by_article["a"] == ["Abqaiq", "Abqaiq"]
    assert by_article["b"] == ["Martha's Vineyard"]  # the owner is a given name: the possessive is the name's own
    assert by_article["c"] == ["Donetsk People's Republic"]
    assert by_article["d"] == ["Kremlin's Shoigu Palace"]  # never spelt without the owner: kept whole


def test_a_headline_verb_after_a_name_is_no_part_of_it():
    _, by_article = _resolve(
        _text_ex("a", "'Justice Will Be Served,' Obama Warns The Islamic State\nPresident Obama spoke on Wednesday.",
                 ("Obama Warns", "Person"), ("Obama", "Person")),
        _text_ex("b", "In the song he heard Carlos Says and nothing more was said about it that day.",
                 ("Carlos Says", "Person")))
    assert by_article["a"] == ["Obama", "Obama"]
    assert by_article["b"] == ["Carlos Says"]  # a line of sentence case: the word is kept


def test_a_known_place_before_a_given_name_is_no_part_of_a_person_s_name():
    _, by_article = _resolve(
        _text_ex("a", "Sen. Richard Blumenthal spoke. Trump mocked \"Da Nang Dick Blumenthal\" again.",
                 ("Richard Blumenthal", "Person"), ("Da Nang Dick Blumenthal", "Person")),
        _text_ex("b", "Georgia Ann Smith testified.", ("Georgia Ann Smith", "Person")))
    assert by_article["a"][1] in ("Dick Blumenthal", "Richard Blumenthal")
    assert by_article["a"][0] == by_article["a"][1]
    assert by_article["b"] == ["Georgia Ann Smith"]  # a place that is also a given name starts the name


def test_a_place_before_a_surname_particle_stays_in_the_name():
    _, by_article = _resolve(_text_ex("a", "Salem Al Meslet said so.", ("Salem Al Meslet", "Person")))
    assert by_article["a"] == ["Salem Al Meslet"]


def test_a_bare_surname_after_an_honorific_takes_the_full_name_its_headline_spells():
    _, by_article = _resolve(
        _text_ex("a", "At the United Nations, Ms. Rice has earned a reputation.", ("Rice", "Person"),
                 headline="Susan Rice Faces Questions"),
        _text_ex("b", "Susan Rice spoke at the council.", ("Susan Rice", "Person")),
        _text_ex("d", "Condoleezza Rice wrote a book.", ("Condoleezza Rice", "Person")))
    assert by_article["a"] == ["Susan Rice"] == by_article["b"]  # two bearers in the corpus: the headline tells
    from kg.nameitems import read_items
    two = _text_ex("c", "Ms. Rice wrote on Twitter.", ("Rice", "Person"), headline="Condoleezza Rice and Susan Rice Meet")
    plain = _text_ex("e", "Rice wrote on Twitter.", ("Rice", "Person"), headline="Susan Rice Speaks")
    assert [i.name for i in read_items(two, load_gazetteer())] == ["Rice"]  # two full names in the headline: no guess
    assert [i.name for i in read_items(plain, load_gazetteer())] == ["Rice"]  # no honorific: left to the corpus
    husband = _text_ex("f", "Mr. Thatcher died in 2003.", ("Thatcher", "Person"), headline="Margaret Thatcher dead at 87")
    assert [i.name for i in read_items(husband, load_gazetteer())] == ["Thatcher"]  # "Mr." is not Margaret


def test_a_battery_or_an_anti_missile_programme_after_a_name_names_a_weapon_system():
    text = "They funded the Copper Shield anti-missile program. An Copper Shield battery fired. The Hudson Forum battery of tests."
    _, by_article = _resolve(_text_ex("a", text, ("Copper Shield", "Organization"), ("Copper Shield", "Organization")))
    assert by_article["a"] == [None, None]
    _, by_article = _resolve(_text_ex("a", "Hudson Forum said so. Its battery of tests ran.", ("Hudson Forum", "Organization")))
    assert by_article["a"] == ["Hudson Forum"]  # no determiner and name right before the word


def test_a_capital_the_after_any_word_is_no_publication_s_title():
    res, _ = _resolve(_text_ex("a", "The sixth test is at The Oval , London .", ("Oval", "Place")),
                      _text_ex("b", "It rained at the Oval .", ("Oval", "Place")))
    assert [(e.label, e.type) for e in res.entities if "Oval" in e.label] == [("Oval", "Place")]


def test_a_survey_that_speaks_is_an_agency():
    res, _ = _resolve(_text_ex("a", "However the Cascadia Geological Survey said it was a 5.9-magnitude tremor.",
                               ("Cascadia Geological Survey", "Organization")))
    assert _types(res) == {"Cascadia Geological Survey": "Organization"}


def test_a_disease_named_after_a_river_is_no_place():
    res, by_article = _resolve(_text_ex("a", "The Ebola outbreak grew. After the outbreak of Ebola in Guinea, Ebola spread.",
                                        ("Ebola", "Place"), ("Ebola", "Place"), ("Guinea", "Place"), ("Ebola", "Place")))
    assert by_article["a"][0] is None and by_article["a"][1] is None and by_article["a"][3] is None
    assert by_article["a"][2] == "Guinea"


def test_a_treaty_s_bare_acronym_needs_an_article_about_treaties():
    treaty = load_gazetteer().lookup_name("ATT")
    assert treaty is not None and treaty.type == "Treaty"
    res, by_article = _resolve(
        _text_ex("a", "The treaty, known as the ATT, took effect. The ATT is a target.", ("ATT", "Treaty", treaty.id),
                 ("ATT", "Treaty", treaty.id)),
        _text_ex("b", "Companies such as Deere, Verizon and ATT spoke out about tariffs.", ("Deere", "Organization"),
                 ("Verizon", "Organization"), ("ATT", "Treaty", treaty.id)))
    assert by_article["a"] == [treaty.label] * 2
    assert by_article["b"][2] == "ATT" and _types(res)["ATT"] == "Organization"


def test_two_title_case_words_ending_in_a_common_word_are_no_person():
    text = ("The DF-26 missile, informally dubbed the \u201cGuam Killer.\u201d It flew. A killer strikes. The killer ran. "
            "Senator Tom Cotton and cotton farmers met. Zhakar Cotton came.")
    res, by_article = _resolve(_text_ex("a", text, ("Guam Killer", "Person"), ("Tom Cotton", "Person"),
                                        ("Zhakar Cotton", "Person")),
                               _text_ex("b", "Cotton grows. The cotton crop and cotton prices fell.", ))
    assert by_article["a"] == [None, "Tom Cotton", "Zhakar Cotton"]  # a surname someone here bears is kept


def test_a_name_cut_from_an_e_mail_address_is_no_entity():
    _, by_article = _resolve(_text_ex("a", "Have a tip? Email FoxNewsFirst@FOXNEWS.COM today. Lee Fox said so.",
                                      ("Email Fox", "Person"), ("Lee Fox", "Person")))
    assert by_article["a"] == [None, "Lee Fox"]


def test_a_nationality_word_before_a_proper_name_the_corpus_writes_alone_is_that_body():
    res, by_article = _resolve(
        _text_ex("a", "The European Zentrix Corporation won the contract.", ("European Zentrix Corporation", "Organization")),
        _text_ex("b", "Zentrix Corporation said so. The U.S. Kestrel Corps landed.", ("Zentrix Corporation", "Organization"),
                 ("U.S. Kestrel Corps", "Organization")),
        _text_ex("c", "The Kestrel Corps trains here.", ("Kestrel Corps", "Organization")))
    assert by_article["a"] == [by_article["b"][0]] and by_article["b"][1] == by_article["c"][0]
    assert sorted(e.label for e in res.entities) == ["Kestrel Corps", "Zentrix Corporation"]


def test_a_nationality_word_keeps_a_body_whose_bare_name_is_a_common_phrase_or_goes_on():
    _, by_article = _resolve(
        _text_ex("a", "The German Council on Quiet Relations met.", ("German Council on Quiet Relations", "Organization")),
        _text_ex("e", "The European Council on Quiet Relations met.", ("European Council on Quiet Relations", "Organization")),
        _text_ex("b", "The Council on Quiet Relations met.", ("Council on Quiet Relations", "Organization")),
        _text_ex("c", "The U.S. Brave Forces came; brave forces win.", ("U.S. Brave Forces", "Organization")),
        _text_ex("f", "The Russian Brave Forces came.", ("Russian Brave Forces", "Organization")),
        _text_ex("d", "The Brave Forces came.", ("Brave Forces", "Organization")))
    assert len({by_article[a][0] for a in "abcdef"}) == 6  # "of/on" goes on; "brave forces" is written in lower case


def test_a_doubled_letter_or_a_given_name_in_one_word_is_one_person_with_shared_neighbours():
    def article(aid, name):
        return _ex(aid, (name, "Person"), ("Egypt", "Place"), ("Cairo", "Place"))
    res, by_article = _resolve(article("a", "Abdel-Fattah el-Sissi"), article("b", "Abdelfattah El-Sisi"))
    assert by_article["a"][0] == by_article["b"][0]
    assert len([e for e in res.entities if e.type == "Person"]) == 1
    # no shared neighbours: two people, however alike the names
    res, by_article = _resolve(_ex("a", ("Abdel-Fattah el-Sissi", "Person")), _ex("b", ("Abdelfattah El-Sisi", "Person")))
    assert by_article["a"][0] != by_article["b"][0]
    # a doubled letter and another given name: two people
    res, by_article = _resolve(article("b", "Anna Marolli"), article("c", "Anne Maroli"))
    assert by_article["b"][0] != by_article["c"][0]


def test_a_person_whose_given_name_is_a_country_keeps_the_full_name_as_label():
    res, _ = _resolve(_text_ex("a", "Jordan Tamaro said so. Tamaro left.", ("Jordan Tamaro", "Person"), ("Tamaro", "Person")))
    assert [e.label for e in res.entities if e.type == "Person"] == ["Jordan Tamaro"]


def test_a_name_its_text_always_goes_on_with_one_word_is_the_longer_name_of_the_corpus():
    _, by_article = _resolve(
        _text_ex("a", "Trump spoke in the Quiet Amber Room at the White House.", ("Quiet Amber Room", "Organization")),
        _text_ex("b", "Trump spoke from the Quiet Amber Room Wednesday morning.", ("Quiet Amber", "Organization")),
        _text_ex("c", "The Quiet Amber said so. The Quiet Amber Room is shut.", ("Quiet Amber", "Organization"),
                 ("Quiet Amber Room", "Organization")))
    assert by_article["b"][0] == by_article["a"][0] == "Quiet Amber Room"
    assert by_article["c"][0] != by_article["c"][1]  # written alone once: a name of its own


def test_an_edition_word_after_an_outlet_s_name_is_that_outlet_but_not_after_a_place():
    res, by_article = _resolve(
        _text_ex("a", "He wrote in Quarry News Network Online today.", ("Quarry News Network Online", "Organization")),
        _text_ex("b", "The editors of Quarry News Network said so.", ("Quarry News Network", "Organization")),
        _text_ex("c", "New York Online ran it. New York said so.", ("New York Online", "Organization"),
                 ("New York", "Organization")))
    assert by_article["a"] == by_article["b"]
    assert by_article["c"][0] == "New York Online"


def test_a_bare_surname_beside_two_relatives_named_in_full_is_the_corpus_officeholder():
    text = ("President Trump spoke. First lady Melania Trump and Ivanka Trump joined Trump at the wall. Trump left. "
            "Mr. Trump waved.")
    _, by_article = _resolve(
        _text_ex("a", text, ("Trump", "Person"), ("Melania Trump", "Person"), ("Ivanka Trump", "Person"),
                 ("Trump", "Person"), ("Trump", "Person"), ("Trump", "Person")),
        _text_ex("b", "Donald Trump spoke.", ("Donald Trump", "Person")),
        _text_ex("c", "Donald Trump left.", ("Donald Trump", "Person")))
    assert by_article["a"] == ["Donald Trump", "Melania Trump", "Ivanka Trump", "Donald Trump", "Donald Trump",
                               "Donald Trump"]
    # beside a man of the family named in full, the bare surname stays with the people the article names
    _, by_article = _resolve(
        _text_ex("a", "Eric Trump and Lara Trump spoke. Trump left.", ("Eric Trump", "Person"),
                 ("Lara Trump", "Person"), ("Trump", "Person")),
        _text_ex("b", "Donald Trump spoke.", ("Donald Trump", "Person")),
        _text_ex("c", "Donald Trump left.", ("Donald Trump", "Person")))
    assert by_article["a"][2] in ("Eric Trump", "Lara Trump")


def test_two_given_names_of_one_surname_are_no_spellings_of_one_name_across_sexes_initials_or_a_common_surname():
    def pair(first: str, second: str, surname: str):
        _, by_article = _resolve(
            _text_ex("a", f"Minister {first} {surname} met NATO in Kyiv.", (f"{first} {surname}", "Person"),
                     ("NATO", "Organization"), ("Kyiv", "Place")),
            _text_ex("b", f"In Kyiv, {second} {surname} told NATO.", ("Kyiv", "Place"), (f"{second} {surname}", "Person"),
                     ("NATO", "Organization")))
        return by_article["a"][0], by_article["b"][1]

    assert len(set(pair("Stefan", "Steven", "Kestrelby"))) == 1  # a rare surname: one name spelt two ways
    assert len(set(pair("Monica", "Michael", "Kestrelby"))) == 2  # a woman's and a man's given name
    assert len(set(pair("J.D.", "Jed", "Kestrelby"))) == 2  # initials are no spelling of a name
    assert len(set(pair("Stefan", "Steven", "Crowley"))) == 2  # common, though its person key is "crowli"


def test_a_given_name_of_initials_keeps_its_bearer_apart_from_other_given_names_of_the_surname():
    res, by_article = _resolve(
        _text_ex("a", "P.J. Kestrel, a former spokesman, said no. Mr. Kestrel left.", ("P.J. Kestrel", "Person"),
                 ("Kestrel", "Person")),
        _text_ex("b", "Michael Kestrel wrote the story. Kestrel asked.", ("Michael Kestrel", "Person"), ("Kestrel", "Person")),
        _text_ex("c", "Philip J. Kestrel spoke.", ("Philip J. Kestrel", "Person")))
    assert by_article["b"] == ["Michael Kestrel"] * 2
    assert by_article["a"] == ["Philip J. Kestrel"] * 2  # the initials of "Philip J.", its fullest form


def test_a_bare_surname_beside_the_one_suffixed_bearer_of_its_article_is_him_unless_an_officeholder_bears_it():
    others = (_text_ex("b", "Ann Kestrel spoke.", ("Ann Kestrel", "Person")),
              _text_ex("c", "Bob Kestrel spoke.", ("Bob Kestrel", "Person")))
    _, by_article = _resolve(
        _text_ex("a", "Judge T.S. Kestrel III ruled. Kestrel said so.", ("T.S. Kestrel III", "Person"), ("Kestrel", "Person")),
        *others)
    assert by_article["a"] == ["T.S. Kestrel III"] * 2
    _, by_article = _resolve(
        _text_ex("a", "Donald Trump Jr. spoke. Trump said so.", ("Donald Trump Jr.", "Person"), ("Trump", "Person")),
        _text_ex("b", "Donald Trump spoke.", ("Donald Trump", "Person")),
        _text_ex("c", "Ivanka Trump spoke.", ("Ivanka Trump", "Person")))
    assert by_article["a"][1] != "Donald Trump Jr."


def test_a_given_name_alone_is_the_one_person_of_its_article_so_named_over_the_corpus_bearer_of_that_surname():
    others = (_text_ex("b", "Michael Gordon wrote it.", ("Michael Gordon", "Person")),
              _text_ex("c", "Michael Gordon asked.", ("Michael Gordon", "Person")),
              _text_ex("d", "John Kerry met Harris. Kerry said so.", ("John Kerry", "Person"), ("Kerry", "Person")),
              _text_ex("e", "John Kerry flew.", ("John Kerry", "Person")))
    _, by_article = _resolve(
        _text_ex("a", "China expert Gordon Ashby spoke. Gordon said it.", ("Gordon Ashby", "Person"), ("Gordon", "Person")),
        _text_ex("f", "Kerry Ashby, a nurse, spoke. Later Kerry said it.", ("Kerry Ashby", "Person"), ("Kerry", "Person")),
        *others)
    assert by_article["a"] == ["Gordon Ashby"] * 2 and by_article["b"] == ["Michael Gordon"]
    assert by_article["f"][1] == "John Kerry"  # a curated officeholder of the surname keeps it


def test_a_dictionary_word_capitalised_only_at_sentence_starts_is_a_word_however_small_the_corpus():
    text = "Symptomatic of the crisis, the talks stalled. Quornia sent envoys. Envoys went to Quornia, and back."
    _, by_article = _resolve(_text_ex("a", text, ("Symptomatic", "Place"), ("Quornia", "Place")))
    assert by_article["a"] == [None, "Quornia"]  # no lower-case "symptomatic" needed; a name the dictionary lacks stays
    # capitalised inside a sentence, or written in capitals as an acronym, it is a name
    text = "Salient sent envoys. Envoys went to Salient, and back."
    _, by_article = _resolve(_text_ex("a", text, ("Salient", "Place")))
    assert by_article["a"] == ["Salient"]
    _, by_article = _resolve(_text_ex("a", "Harrier said so. The HARRIER board agreed.", ("Harrier", "Organization")))
    assert by_article["a"] == ["Harrier"]


def test_a_small_towns_name_in_a_heading_written_in_lower_case_elsewhere_is_a_word_a_large_towns_is_not():
    text = "The vote passed.\n\nDefiance and sanctions\n\nTheir defiance grew."
    _, by_article = _resolve(_text_ex("a", text, ("Defiance", "Place")))
    assert by_article["a"] == [None]
    text = "The vote passed.\n\nReading and writing\n\nTheir reading grew."
    _, by_article = _resolve(_text_ex("a", text, ("Reading", "Place")))
    assert by_article["a"] == ["Reading"]  # a town of 300,000 people: the name first


def test_a_one_word_process_ending_in_ization_is_no_entity_a_body_named_organization_is():
    text = "In the first stages of Westernization, Ruritania changed. The Palestine Liberation Organization met."
    _, by_article = _resolve(_text_ex("a", text, ("Westernization", "Place"), ("Ruritania", "Place"),
                                      ("Palestine Liberation Organization", "Organization")))
    assert by_article["a"] == [None, "Ruritania", "Palestine Liberation Organization"]
    _, by_article = _resolve(_text_ex("a", "The Islamisation of the region worried them.", ("Islamisation", "Organization")))
    assert by_article["a"] == [None]


def test_a_name_whose_span_runs_into_a_weapons_lower_case_description_is_a_weapon():
    text = "Kyiv got state-of-the-art Stinger anti-aircraft missiles. Dana Stinger, an anti-war activist, spoke."
    _, by_article = _resolve(_text_ex("a", text, ("Stinger anti-aircraft", "Person"), ("Dana Stinger", "Person")))
    assert by_article["a"] == [None, "Dana Stinger"]


def test_a_known_name_glued_to_and_by_a_missing_space_is_that_name():
    text = "He spoke in places like Pragueand Cairo. The Homeland Security Committee met."
    _, by_article = _resolve(_text_ex("a", text, ("Pragueand Cairo", "Place"), ("Homeland Security Committee", "Organization")))
    assert by_article["a"] == ["Prague", "Homeland Security Committee"]  # "Homeland" is an English word, not Homel's


def test_a_romance_name_opening_with_a_noun_for_a_monument_or_a_square_and_de_is_a_place():
    text = "The leaders gathered at the Porte de Ravel, near the Place de la Liberte, and the Palais des Congres."
    res, _ = _resolve(_text_ex("a", text, ("Porte de Ravel", "Organization"), ("Place de la Liberte", "Organization"),
                               ("Palais des Congres", "Person")))
    assert {e.label: e.type for e in res.entities} == {"Porte de Ravel": "Place", "Place de la Liberte": "Place",
                                                        "Palais des Congres": "Place"}


def test_the_last_of_two_names_before_a_plural_head_is_that_heads_singular():
    text = "Trade spans the Bismarck and Coral Seas, and the Turks and Caicos Islands."
    res, by_article = _resolve(_text_ex("a", text, ("Coral Seas", "Organization"), ("Caicos Islands", "Place")))
    assert by_article["a"][0] == "Coral Sea" and _entity_of(res, "a", 0).type == "Place"
    assert by_article["a"][1] == "Caicos Islands"


def test_a_person_named_by_where_they_are_from_is_no_entity():
    text = ("The Frenchman said so. A Briton and some Scots disagreed; the Nebraskan left. "
            "Roman Polanski spoke. Iran and Oman talked. Lyra Welshman wrote.")
    _, by_article = _resolve(_text_ex("a", text, ("Frenchman", "Organization"), ("Briton", "Place"), ("Scots", "Organization"),
                                      ("Nebraskan", "Organization"), ("Roman Polanski", "Person"), ("Iran", "Place"),
                                      ("Oman", "Place"), ("Lyra Welshman", "Person")))
    assert by_article["a"] == [None, None, None, None, "Roman Polanski", "Iran", "Oman", "Lyra Welshman"]


def test_a_language_named_otherwise_than_by_iso_639_1_is_no_entity():
    text = "He answered in Farsi, then in Mandarin, in Tehran."
    _, by_article = _resolve(_text_ex("a", text, ("Farsi", "Place"), ("Mandarin", "Organization"), ("Tehran", "Place")))
    assert by_article["a"] == [None, None, "Tehran"]


def test_the_glued_before_a_name_of_several_words_is_cut_a_one_word_brand_keeps_it():
    text = "As TheNew York Times and TheJosh Rogin of the Post wrote, and as TheBlaze said."
    _, by_article = _resolve(_text_ex("a", text, ("TheNew York Times", "Organization"), ("TheJosh Rogin", "Person"),
                                      ("TheBlaze", "Organization")))
    assert by_article["a"] == ["The New York Times", "Josh Rogin", "TheBlaze"]


def test_a_name_one_mention_of_which_names_a_weapon_names_it_throughout_the_article():
    text = ("He announced the new Kestrel hypersonic missile. The Kestrel program is cheap. "
            "Strikes were launched from the Coral Sea using precise long-range missiles. The Coral Sea was calm.")
    _, by_article = _resolve(_text_ex("a", text, ("Kestrel", "Place"), ("Kestrel", "Organization"),
                                      ("Coral Sea", "Place"), ("Coral Sea", "Place")))
    assert by_article["a"][:2] == [None, None]
    assert by_article["a"][3] == "Coral Sea"  # "using ... missiles" is no weapon's name, whatever the first mention gets


def test_an_ocean_named_with_or_without_its_head_word_is_one_place():
    res, by_article = _resolve(_text_ex("a", "Ships crossed the Pacific.", ("Pacific", "Place")),
                               _text_ex("b", "Trade spans the Atlantic and Pacific Oceans.", ("Pacific Oceans", "Organization")))
    assert _entity_of(res, "a", 0) == _entity_of(res, "b", 0)
    assert _entity_of(res, "a", 0).type == "Place"


def test_a_countrys_exit_and_a_disease_named_alone_are_no_entities():
    text = "After Brexit and Grexit, Covid-19 and Ebola spread; the White House Coronavirus Task Force met in Exeter."
    _, by_article = _resolve(_text_ex("a", text, ("Brexit", "Place"), ("Grexit", "Organization"), ("Covid-19", "Organization"),
                                      ("Ebola", "Place"), ("White House Coronavirus Task Force", "Organization"),
                                      ("Exeter", "Place")))
    assert by_article["a"] == [None, None, None, None, "White House Coronavirus Task Force", "Exeter"]


def test_people_of_a_large_city_named_in_the_plural_are_no_entity_a_surname_made_like_one_is_a_person():
    text = "Berliners and Parisians marched. Earl Blumenauer spoke, and Blumenauer left."
    _, by_article = _resolve(_text_ex("a", text, ("Berliners", "Organization"), ("Parisians", "Place"),
                                      ("Earl Blumenauer", "Person"), ("Blumenauer", "Person")))
    assert by_article["a"] == [None, None, "Earl Blumenauer", "Earl Blumenauer"]


def test_a_bare_supreme_court_is_the_court_of_the_country_its_article_is_about():
    res, by_article = _resolve(
        _text_ex("a", "Senators in Washington said the Supreme Court ruled on Texas law.",
                 ("Washington", "Place"), ("Supreme Court", "Organization"), ("Texas", "Place")),
        _text_ex("b", "Lawyers in New Delhi said the Supreme Court of India heard the case. India's police "
                      "in Mumbai waited; the Supreme Court ruled on Friday.",
                 ("New Delhi", "Place"), ("Supreme Court of India", "Organization"), ("India", "Place"),
                 ("Mumbai", "Place"), ("Supreme Court", "Organization")),
        _text_ex("c", "In Brasilia and Sao Paulo, Brazil's judges met. The Supreme Court said no.",
                 ("Brasilia", "Place"), ("Sao Paulo", "Place"), ("Brazil", "Place"), ("Supreme Court", "Organization")),
        _text_ex("d", "MPs in London and Edinburgh waited. The Supreme Court ruled that Britain's prime minister erred. "
                      + "British MPs cheered. " * 25 + "Washington said nothing.",
                 ("London", "Place"), ("Edinburgh", "Place"), ("Supreme Court", "Organization"), ("Britain", "Place"),
                 ("Washington", "Place")))
    assert by_article["a"][1] == "Supreme Court of the United States"  # the gazetteer's court
    assert by_article["b"][1] == by_article["b"][4] == "Supreme Court of India"  # one node, named with its country
    assert by_article["c"][3] == "Supreme Court of Brazil"
    assert by_article["d"][2] == "Supreme Court of the United Kingdom"  # Washington once, far off: not the US court
    courts = {e.label: e for e in res.entities if "Court" in e.label}
    assert "Supreme Court" in courts["Supreme Court of India"].alt_labels  # the bare name is an alternative label


def test_a_bare_body_of_an_article_naming_no_country_is_that_articles_own():
    res, by_article = _resolve(
        _text_ex("a", "The Central Bank raised rates on Monday.", ("Central Bank", "Organization")),
        _text_ex("b", "The Central Bank cut rates again.", ("Central Bank", "Organization")),
        _text_ex("c", "Protesters gathered outside the U.S. Embassy on Monday.", ("U.S. Embassy", "Organization")),
        _text_ex("d", "Staff of the U.S. Embassy left the city.", ("U.S. Embassy", "Organization")))
    assert res.mention_keys["a"][0] != res.mention_keys["b"][0]  # two banks of no known country: never one node
    assert res.mention_keys["c"][0] != res.mention_keys["d"][0]  # two embassies of one country in unknown towns
    assert by_article["a"] == by_article["b"] == ["Central Bank"]


def test_a_senate_is_the_us_senate_where_the_article_names_it_or_congress_near_it():
    text_a = ("Iran and Tehran and Iranian hardliners and Iran's clerics and Isfahan and Qom and Shiraz. "
              "The U.S. Senate debated the deal. " + "Iran said no. " * 40 + "Some Senate Democrats agreed.")
    text_b = ("Iran and Tehran and Iranian hardliners and Iran's clerics and Isfahan and Qom and Shiraz. "
              + "Iran said no. " * 40 + "It would be rejected by the Senate, in either house of Congress.")
    text_c = ("Iran and Tehran and Iranian hardliners and Iran's clerics and Isfahan and Qom and Shiraz. "
              + "Iran said no. " * 40 + "It would be rejected by the Senate, officials said.")
    places = [("Iran", "Place"), ("Tehran", "Place"), ("Isfahan", "Place"), ("Qom", "Place"), ("Shiraz", "Place")]
    res, by_article = _resolve(
        _text_ex("a", text_a, *places, ("U.S. Senate", "Organization"), ("Senate", "Organization")),
        _text_ex("b", text_b, *places, ("Senate", "Organization"), ("Congress", "Organization")),
        _text_ex("c", text_c, *places, ("Senate", "Organization")),
        _text_ex("d", text_c.replace("officials", "diplomats"), *places, ("Senate", "Organization")))
    assert by_article["a"][5] == by_article["a"][6] == "United States Senate"
    assert by_article["b"][5] == "United States Senate"  # "Congress" near: an American body's country
    assert by_article["c"][5] == "Senate" and res.mention_keys["c"][5] != res.mention_keys["d"][5]  # each its own


def test_a_states_senate_or_court_is_not_the_nations():
    res, by_article = _resolve(
        _text_ex("a", "Her husband ran for the Virginia state Senate in Washington's suburbs.",
                 ("Virginia", "Place"), ("Senate", "Organization"), ("Washington", "Place")),
        _text_ex("b", "He was disbarred by the State Supreme Court in New York.",
                 ("State Supreme Court", "Organization"), ("New York", "Place")),
        _text_ex("c", "A lawyer in Albany said the State Supreme Court in New York erred.",
                 ("Albany", "Place"), ("State Supreme Court", "Organization"), ("New York", "Place")),
        _text_ex("d", "The Senate voted in Washington.", ("Senate", "Organization"), ("Washington", "Place")))
    assert by_article["a"][1] == "Senate of Virginia"
    assert by_article["d"][0] == "United States Senate"
    assert res.mention_keys["b"][0] != res.mention_keys["c"][0]  # which state's court: each article's own
    assert "Supreme Court of the United States" not in {by_article["b"][0], by_article["c"][1]}


def test_a_body_named_with_its_country_keeps_the_written_form_as_an_alternative_label():
    text = "Russia's Agriculture Ministry banned imports. The ministry's staff in Moscow agreed."
    start = text.index("Agriculture Ministry")
    mention = Mention(text="Agriculture Ministry", start=start, end=start + len("Agriculture Ministry"),
                      type="Organization", sentence=0, method="rule:embassy", normal="Agriculture Ministry of Russia")
    ex = Extraction(Article(id="a", text=text), (Sentence(0, len(text), text),), (mention,))
    res = resolve_entities([ex], load_gazetteer())
    [entity] = [e for e in res.entities if e.type == "Organization"]
    assert entity.label == "Agriculture Ministry of Russia" and entity.alt_labels == ("Agriculture Ministry",)


def test_one_owner_less_name_is_one_body_in_its_article_and_never_an_american_parliament():
    ruling = ("Judges in London ruled. The Supreme Court said Parliament was wronged. " + "British MPs in Edinburgh "
              "and Cardiff cheered. " * 12 + "In New York, Johnson said the Supreme Court erred. " + "MPs in Leeds agreed. " * 25
              + "The Supreme Court sat again.")
    policy = ("Washington and New York and Texas and Ohio officials met in Chicago and Boston. Caracas protesters "
              "backed the head of the National Assembly.")
    _, by_article = _resolve(
        _text_ex("a", ruling, ("London", "Place"), ("Supreme Court", "Organization"), ("Edinburgh", "Place"),
                 ("Cardiff", "Place"), ("New York", "Place"), ("Supreme Court", "Organization"), ("Leeds", "Place"),
                 ("Supreme Court", "Organization")),
        _text_ex("b", policy, ("Washington", "Place"), ("New York", "Place"), ("Texas", "Place"), ("Ohio", "Place"),
                 ("Chicago", "Place"), ("Boston", "Place"), ("Caracas", "Place"), ("National Assembly", "Organization")))
    # the mention beside "New York" is the British court its article means elsewhere
    assert by_article["a"][1] == by_article["a"][5] == by_article["a"][7] == "Supreme Court of the United Kingdom"
    assert by_article["b"][7] == "National Assembly"  # the United States has none: the article's own node


def test_a_mission_named_with_its_town_keeps_the_whole_written_form_as_an_alternative_label():
    text = "Protesters stormed the U.S. Embassy in Tehran on Sunday."
    start = text.index("U.S. Embassy")
    mention = Mention(text="U.S. Embassy", start=start, end=start + len("U.S. Embassy"), type="Organization",
                      sentence=0, method="rule:embassy", normal="Embassy of the United States in Tehran")
    ex = Extraction(Article(id="a", text=text), (Sentence(0, len(text), text),), (mention,))
    [entity] = [e for e in resolve_entities([ex], load_gazetteer()).entities if e.type == "Organization"]
    assert entity.label == "Embassy of the United States in Tehran"
    assert entity.alt_labels == ("U.S. Embassy in Tehran",)


def test_a_place_and_the_plural_naming_it_with_its_like_stay_apart():
    _, by_article = _resolve(
        _text_ex("a", "Leaders of the Carolinas met in Carolina on Monday.", ("Carolinas", "Place"),
                 ("Carolina", "Place")),
        _text_ex("b", "Troops left Tal Abyad for Tel Abyad.", ("Tal Abyad", "Place"), ("Tel Abyad", "Place")))
    assert by_article["a"] == ["Carolinas", "Carolina"]  # the two Carolinas are not North Carolina
    assert by_article["b"][0] == by_article["b"][1]  # a vowel changed is still a misspelling


def test_a_plural_of_capitals_is_a_class_not_an_entity():
    _, by_article = _resolve(
        _text_ex("a", "Kim tested three ICBMs, and NGOs said the UNHCR was worried.", ("ICBMs", "Place"),
                 ("NGOs", "Organization"), ("UNHCR", "Organization")))
    assert by_article["a"][:2] == [None, None] and by_article["a"][2]  # the agency stays


def test_a_title_before_a_bylines_name_leaves_it_and_the_name_joins_its_person():
    text = "Sen. Rand Paul wrote that President Donald Trump was right. Trump agreed with Paul."
    res, _ = _resolve(_text_ex("a", text, ("Rand Paul", "Person"), ("Donald Trump", "Person"), ("Trump", "Person"),
                               ("Paul", "Person"), author=("Sen. Rand Paul", "President Trump", "Major Garrett",
                                                           "Burgess Everett")))
    _, authors, _ = res.metadata_keys["a"]
    labels = {e.key: e.label for e in res.entities}
    assert [labels.get(a) for a in authors] == ["Rand Paul", "Donald Trump", "Major Garrett", "Burgess Everett"]
    assert not any(e.label.startswith(("Sen.", "President")) for e in res.entities)


def test_a_bare_congress_is_the_us_congress_unless_its_article_is_about_a_country_with_its_own():
    brazil = "In Brasilia and Sao Paulo, Brazil's voters chose. Congress must approve it, and the Supreme Court said no."
    india = ("In New Delhi and Mumbai, India's voters chose. The opposition Congress party lost; Congress "
             "will sit in opposition.")
    mexico_us = ("In Mexico City and Monterrey, Mexico's officials met. Senate Republicans said Congress would "
                 "not pay for the wall.")
    britain = "In London and Leeds, British MPs met. Britain's trade deal needs Congress, officials said."
    mexico_wall = ("Mexico and Mexico City and Tijuana and Monterrey and Mexican officials. The wall is unpaid. "
                   "In Texas, Congress will not pay.")
    _, by_article = _resolve(
        _text_ex("a", brazil, ("Brasilia", "Place"), ("Sao Paulo", "Place"), ("Brazil", "Place"),
                 ("Congress", "Organization"), ("Supreme Court", "Organization")),
        _text_ex("b", india, ("New Delhi", "Place"), ("Mumbai", "Place"), ("India", "Place"),
                 ("Congress", "Organization"), ("Congress", "Organization")),
        _text_ex("c", mexico_us, ("Mexico City", "Place"), ("Monterrey", "Place"), ("Mexico", "Place"),
                 ("Senate", "Organization"), ("Congress", "Organization")),
        _text_ex("d", britain, ("London", "Place"), ("Leeds", "Place"), ("Britain", "Place"),
                 ("Congress", "Organization")),
        _text_ex("e", mexico_wall, ("Mexico", "Place"), ("Mexico City", "Place"), ("Tijuana", "Place"),
                 ("Monterrey", "Place"), ("Texas", "Place"), ("Congress", "Organization")))
    assert by_article["a"][3:] == ["Congress of Brazil", "Supreme Court of Brazil"]  # no US evidence for the court
    assert by_article["b"][3] == by_article["b"][4] == "Indian National Congress"  # "the Congress party"
    assert by_article["c"][4] == "United States Congress"  # "Senate Republicans" near it
    assert by_article["d"][3] == "United States Congress"  # Britain has a parliament, no congress
    assert by_article["e"][5] == "United States Congress"  # a US state near it


def test_another_countrys_congress_is_a_body_whatever_the_model_tagged_the_word():
    text = "In Brasilia and Sao Paulo, Brazil's voters chose. Congress must approve it."
    res, by_article = _resolve(_text_ex("a", text, ("Brasilia", "Place"), ("Sao Paulo", "Place"), ("Brazil", "Place"),
                                        ("Congress", "Person")))
    assert by_article["a"][3] == "Congress of Brazil"
    assert next(e for e in res.entities if e.label == "Congress of Brazil").type == "Organization"


def test_a_bare_congress_of_an_article_about_a_country_without_one_stays_the_us_congress():
    manila = "In Manila and Cebu, Philippine senators met. Congress passed the budget."
    beijing = "In Beijing and Shanghai, Chinese delegates met. Congress passed the budget."
    _, by_article = _resolve(
        _text_ex("a", manila, ("Manila", "Place"), ("Cebu", "Place"), ("Congress", "Organization")),
        _text_ex("b", beijing, ("Beijing", "Place"), ("Shanghai", "Place"), ("Congress", "Organization")))
    assert by_article["a"][2] == "Congress of the Philippines"  # "the": as the country's name takes it
    assert by_article["b"][2] == "United States Congress"  # China's is the National People's Congress


def test_a_bare_court_keeps_its_articles_country_where_other_articles_name_the_us_court_in_full():
    _, by_article = _resolve(
        _text_ex("a", "Senators in Washington said the U.S. Supreme Court ruled. The Supreme Court sat on Monday.",
                 ("Washington", "Place"), ("U.S. Supreme Court", "Organization"), ("Supreme Court", "Organization")),
        _text_ex("b", "Lawyers in New Delhi and Mumbai said India's Supreme Court heard the case, and India's "
                      "police waited. The Supreme Court ruled on Friday.",
                 ("New Delhi", "Place"), ("Mumbai", "Place"), ("India", "Place"), ("Supreme Court", "Organization"),
                 ("India", "Place"), ("Supreme Court", "Organization")))
    assert by_article["a"][1] == by_article["a"][2] == "Supreme Court of the United States"
    assert by_article["b"][3] == by_article["b"][5] == "Supreme Court of India"  # not the U.S. court's short form


def test_a_name_quoted_inside_a_sentence_is_capitalised_there_a_quoted_sentence_start_is_not():
    text = "They want a tax to pay for \u201cMedicare for all.\u201d Critics said, \u201cSymptomatic of the age.\u201d"
    _, by_article = _resolve(_text_ex("a", text, ("Medicare", "Organization"), ("Symptomatic", "Place")))
    assert by_article["a"] == ["Medicare", None]
