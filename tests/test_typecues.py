"""Type votes from the words around a mention, and mentions in section headings."""
from __future__ import annotations

from kg.typecues import EVENT, context_votes, in_heading


def _votes(text: str, name: str) -> dict:
    start = text.index(name)
    return context_votes(text, start, start + len(name))


def test_place_and_person_cues():
    assert _votes("a man in a village outside the town of Tal Abyad, and", "Tal Abyad") == {"Place": 2.0}
    assert _votes("a plutonium reactor at Arak and", "Arak") == {"Place": 0.5}
    assert _votes("as Mr. Arak said", "Arak") == {"Person": 1.0}
    assert _votes("Corker, who chairs the committee", "Corker") == {"Person": 1.0}
    assert _votes("in Putin's view", "Putin") == {}  # "in X's" is no place
    assert _votes("Arak heavy water site", "Arak") == {}
    assert _votes("Pelham's wife, Anne, said", "Pelham") == {"Person": 1.0}  # only people have wives
    assert _votes("flew back to Corwin's hometown on", "Corwin") == {"Person": 1.0}
    assert _votes("Corwin's sister city is", "Corwin") == {}


def test_a_heading_is_a_short_line_without_sentence_punctuation():
    text = "Headline of the story\n\nMr. Morell said so.\n\nCurious Comey actions\n\nIndeed, many said."
    start = text.index("Curious")
    assert in_heading(text, start, start + len("Curious Comey"))
    start = text.index("Morell")
    assert not in_heading(text, start, start + len("Morell"))
    text = "Headline\n\nGORBACHEV: TRUMP, PUTIN SHOULD FOCUS ON ARMS CONTROL\n\nBut he said so."
    start = text.index("PUTIN")
    assert in_heading(text, start, start + len("PUTIN SHOULD"))
    assert not in_heading(text, 0, len("Headline"))  # the first line is the headline


def test_an_organisation_cue():
    assert _votes("A new Quinnipiac poll shows", "Quinnipiac") == {"Organization": 1.0}
    assert _votes("According to Rudaw news, the", "Rudaw") == {"Organization": 1.0}
    assert _votes("the liberal opposition party Yabloko. That", "Yabloko") == {"Organization": 1.0}
    assert _votes("director at William Hill, a major bookmaking firm, said", "William Hill") == {"Organization": 1.0}
    assert _votes("an area known as the Daraa province, that", "Daraa") == {"Place": 2.0}
    assert _votes("the Muslim cleric Fethullah Gulen, accused", "Fethullah Gulen") == {"Person": 1.0}


def test_kin_and_newspaper_cues():
    assert _votes("spy Sergei Skripal and his daughter, Yulia, in England", "Yulia") == {"Person": 1.0}
    assert _votes("told the Funke newspaper group, according", "Funke") == {"Organization": 1.0}


def test_one_word_after_the_is_no_person_unless_it_modifies_a_noun():
    assert _votes("his office along the Danube, where", "Danube")["Person"] < 0
    assert _votes("a field stuck in the Rumsfeld era", "Rumsfeld") == {}
    assert _votes("he met the Donald.", "Donald") == {}  # a given name


def test_a_place_noun_after_the_name():
    assert _votes("officials greeted him in Lang Son town after", "Lang Son") == {"Place": 2.0}
    assert _votes("at a Bangor town hall meeting", "Bangor") == {}


def test_exercise_building_and_trade_deal_cues():
    assert _votes("military exercises named Rapid Trident are due", "Rapid Trident") == {EVENT: 1.5}
    assert _votes("the annual Saber Strike exercises began", "Saber Strike") == {EVENT: 1.5}
    assert _votes("Congress exercises its power", "Congress") == {}  # the verb
    assert _votes("they met at the Grand Lotus Hanoi hotel in", "Grand Lotus Hanoi") == {"Place": 2.0}
    assert _votes("work on the Nord Stream 2 gas pipeline stopped", "Nord Stream") == {"Place": 2.0}
    assert _votes("the Belbek air base was seized", "Belbek") == {"Place": 2.0}
    assert _votes("left the Pacific Rim Partnership trade deal, and", "Pacific Rim Partnership") == {"Treaty": 2.5}
    assert _votes("signed the Brexit trade deal", "Brexit") == {}  # one word: a process, a place or a person's deal
    assert _votes("the Iran deal", "Iran") == {}


def test_a_body_closing_an_apposition_before_said_is_no_speaker():
    assert _votes("Aaron Miller, with the Wilson Center for Scholars, said it", "Wilson Center for Scholars") == {}
    assert _votes("a lawmaker in Israel's Knesset, told the radio", "Knesset") == {}
    assert _votes("John Kehoe, correspondent for the Financial Review, said", "Financial Review") == {}
    assert _votes("Minister Arkady Dvorkin, who spoke", "Arkady Dvorkin") == {"Person": 1.0}
    assert _votes("as Dvorkin said", "Dvorkin") == {"Person": 1.0}


def test_a_calling_in_apposition_and_a_man_called_are_person_cues():
    assert _votes("The list was drawn up by Halvorsen, a designer and critic, on Monday.", "Halvorsen") == {"Person": 1.0}
    assert _votes("said Ostrova, a Czech journalist,", "Ostrova") == {"Person": 1.0}
    assert _votes("blamed a mysterious man called Valko for the fire", "Valko") == {"Person": 1.0}
    assert "Person" not in _votes("In Iran, the president said", "Iran")  # a clause after the place, no apposition
    assert _votes("shares of Brandt, a chemicals company, fell", "Brandt") == {"Organization": 1.0}


def test_words_that_say_a_name_names_no_entity():
    assert _votes("Putin has Asperger's syndrome, says", "Asperger") == {EVENT: 3.0}
    assert _votes("stayed at an Art Deco masterpiece in", "Art Deco") == {EVENT: 3.0}
    assert _votes("deleted with the app Wipeit. The", "Wipeit") == {EVENT: 3.0}
    assert _votes("he is the author of Eternal Lands: a history", "Eternal Lands") == {EVENT: 3.0}
    assert _votes("premier horse race, The Grand Steeple, where", "Grand Steeple") == {EVENT: 3.0}
    assert _votes("Gunmen stormed the Eastgate mall on", "Eastgate") == {"Place": 2.0}
    assert _votes("the author Jane Roe said", "Jane Roe") == {"Person": 1.0}  # an author is a person, "author of" a work


def test_a_weekly_named_in_apposition_is_a_body():
    assert _votes("according to Tyzden, a Ukrainian weekly, the", "Tyzden") == {"Organization": 1.0}
    assert _votes("Bildt, a Swedish daily columnist", "Bildt") == {}


def test_a_style_named_after_a_place_is_a_weak_cue_and_a_bodys_disease_experts_none():
    assert _votes("a Crimea-style annexation", "Crimea") == {EVENT: 1.25}
    assert _votes("the CDC's disease detectives said", "CDC") == {}
    assert _votes("Lyme disease and flu", "Lyme") == {EVENT: 3.0}


def test_an_address_after_a_name_is_a_weak_cue_against_an_entity():
    assert _votes("his State of the Nation address, which", "State of the Nation") == {EVENT: 1.25}


def test_employees_say_a_body_and_a_towns_streets_say_a_place():
    assert _votes("Lena Ortiz, a Halvorsen employee, saw the crash", "Halvorsen") == {"Organization": 1.0}
    assert _votes("Two Halvorsen employees were hurt", "Halvorsen") == {"Organization": 1.0}
    assert _votes("crowds filled Brindleford's busiest street on", "Brindleford") == {"Place": 2.0}
    assert _votes("Sadiq Khan, London's mayor, said", "London") == {"Place": 2.0}
    assert _votes("on the way to Hariri's downtown residence", "Hariri") == {}  # a person's home downtown
    assert _votes("Halvorsen's employment rules", "Halvorsen") == {}


def test_a_kind_of_place_in_apposition_and_arriving_there_say_a_place():
    assert _votes("the smelter at Corvaro, the world's largest copper mine, was shut", "Corvaro") == {"Place": 2.0}
    assert _votes("in Brindleford, a coastal town on the island of", "Brindleford") == {"Place": 2.0}
    assert _votes("Lena Ortiz, the mayor of Russia's fourth-largest city, told", "Lena Ortiz") == {}
    assert _votes("Brindleford, a city official, said", "Brindleford") == {}
    assert _votes("A train has arrived at Novoselki to evacuate the people", "Novoselki") == {"Place": 2.0}
    assert _votes("she said upon arriving at Halvorsen headquarters on Monday", "Halvorsen") == {"Place": 0.5}  # "at X" only


def test_foothills_say_a_place_and_a_title_of_a_country_before_a_name_a_person():
    assert _votes("In California's Sierra Nevada foothills, fires burned", "Sierra Nevada") == {"Place": 2.0}
    assert _votes("the last Incan King of Peru, Atahualpa, was murdered", "Atahualpa") == {"Person": 1.0}
    assert _votes("The President of the European Council, Donald Tusk, said", "Donald Tusk") == {"Person": 1.0}
    assert _votes("the capital of Peru, Lima, was quiet", "Lima") == {}


def test_contributor_lines_photo_credits_and_dateline_notes_name_people():
    line = "Sam Okoro in Lagos, Nigeria; Ana Lind in Oslo; and Tom Vance in Lima contributed to this report."
    assert _votes(line, "Ana Lind") == {"Person": 2.0} and _votes(line, "Tom Vance") == {"Person": 2.0}
    assert _votes("The Red Cross in Geneva said the donors contributed.", "Red Cross") != {"Person": 2.0}
    assert _votes("Ana Lind/AP Soldiers walk past.", "Ana Lind") == {"Person": 2.0}
    assert _votes("Agence France-Presse/Getty Soldiers walk.", "Agence France-Presse") == {}
    assert _votes("Lind reported from Oslo.", "Lind") == {"Person": 2.0}


def test_a_credit_line_of_two_names_and_an_outlet_names_two_people():
    text = "He said so.\nAna Lind and Tomas Vrba, Daily Courier\nRivers and Mountains, Then and Now\n"
    assert _votes(text, "Tomas Vrba") == {"Person": 2.0} and _votes(text, "Ana Lind") == {"Person": 2.0}
    assert _votes(text, "Rivers") == {}


def test_a_body_noun_or_a_calling_held_at_it_types_the_name_a_body():
    assert _votes("who teaches at the French research university Sciences Po, said", "Sciences Po") == {"Organization": 1.0}
    assert _votes("arrested the punk band Kestrel Riot for", "Kestrel Riot") == {"Organization": 1.0}
    assert _votes("said Ann Cole, a partner at Brill Wexley. She", "Brill Wexley") == {"Organization": 1.0}
    assert _votes("its official newspaper, Minju, printed a photo", "Minju") == {"Organization": 1.0}
    assert _votes("a senior fellow at the Hudson Forum in Washington", "Hudson Forum") == {"Organization": 1.0}
    # a person after a calling, and a comma that closes nothing, stay people's
    assert _votes("the lawyer Ann Cole, who", "Ann Cole") == {"Person": 1.0}
    assert _votes("told the party, Putin said", "Putin") == {"Person": 1.0}


def test_a_document_named_as_such_or_a_coinage_is_no_entity():
    assert _votes("The report, called the Quadrennial Fiscal Review, was", "Quadrennial Fiscal Review") == {EVENT: 3.0}
    assert _votes("a new plan titled the Arctic Posture Review, which", "Arctic Posture Review") == {EVENT: 3.0}
    assert _votes("blamed what he called a \u201cRigged Witch Hunt\u201d investigation", "Rigged Witch Hunt") == {EVENT: 3.0}
    assert EVENT not in _votes("a company called Brill Wexley, which", "Brill Wexley")  # a company, not a document


def test_a_name_of_several_words_after_the_is_a_body_or_place_unless_a_person_s():
    assert _votes("the whole of the Revolutionary Guard as a terror group", "Revolutionary Guard")["Person"] < 0
    assert _votes("factions, including the Ahrar al-Sham and others", "Ahrar al-Sham")["Person"] < 0
    assert _votes("fought against the Bashar al-Assad regime", "Bashar al-Assad") == {}  # it modifies a noun
    assert _votes("known as the Osama bin Laden of Facebook", "Osama bin Laden") == {}
    assert _votes("maligned the Muslim Prophet Mohammed.", "Muslim Prophet Mohammed") == {}  # a given name in it
    assert _votes("the Jeffersonian Mao, has", "Jeffersonian Mao") == {}  # an adjective made of a name


def test_the_later_names_of_a_list_of_places():
    assert _votes("in the eastern suburbs of Zamalka and Ein Tarma. On", "Ein Tarma") == {"Place": 2.0}
    assert _votes("the towns of Marea, Tal Rifaat and Azaz fell", "Azaz") == {"Place": 2.0}
    assert _votes("the sons of Zamalka and Ein Tarma", "Ein Tarma") != {"Place": 2.0}


def test_who_takes_a_poll_is_a_pollster_a_body():
    text = "but surveys earlier this summer by Pew, NBC News and Dunmore consistently show it"
    assert _votes(text, "Dunmore") == {"Organization": 2.5}
    assert _votes("Support fell to 40 percent in the survey, according to Dunmore.", "Dunmore") == {"Organization": 2.5}
    assert _votes("The talks failed, according to Dunmore. Officials said so.", "Dunmore") == {}  # no poll: a place or anyone
    assert _votes("a poll of voters in Dunmore showed", "Dunmore") == {"Place": 0.5}  # polled there, not by it
    assert _votes("public hostility to the poll tax and by Tory divisions", "Tory") == {}  # a tax, no pollster


def test_a_disease_is_no_entity_and_a_faction_of_a_body_is_a_body():
    assert _votes("after the outbreak of Ebola in West Africa", "Ebola") == {EVENT: 3.0}
    assert _votes("the deadly Ebola outbreak, officials said", "Ebola") == {EVENT: 3.0}
    assert _votes("a doctor infected with Ebola flew home", "Ebola") == {EVENT: 3.0}
    assert _votes("the Kennedy cases were closed", "Kennedy") == {}  # court cases, not a disease's
    text = "A faction of the Free Syrian Army, Tahrir al-Sham, claimed it fired"
    assert _votes(text, "Tahrir al-Sham") == {"Organization": 1.0}
    assert _votes("his support for Hamas, an offshoot of the Brotherhood that", "Hamas") == {"Organization": 1.0}
    assert _votes("Hamas, who leads the group, said", "Hamas") == {"Person": 1.0}
    assert _votes("a faction of lawmakers, Jo Tamm, argued", "Jo Tamm") == {}  # no body's name before the apposition


def test_a_name_after_operation_is_a_military_operations_and_an_area_or_neighbourhood_says_place():
    assert _votes("flew in a NATO Operation Steel Anvil mission", "Steel Anvil") == {EVENT: 3.0}
    assert _votes("since Operation Granite Shield, the army", "Granite Shield") == {EVENT: 3.0}
    assert _votes("the Joint Mountain Operation Room said", "Room") != {EVENT: 3.0}  # a body's name, not an operation
    assert _votes("shelling in the northern Zabadi area killed", "Zabadi") == {"Place": 2.0}
    assert _votes("dial the Zabadi area code", "Zabadi") == {}
    assert _votes("rockets hit the neighborhood of Zabadi, killing", "Zabadi") == {"Place": 2.0}
    assert _votes("the neighbourhood of Zabadi in the south", "Zabadi") == {"Place": 2.0}


def test_a_nuclear_military_or_industrial_site_named_before_its_noun_or_in_apposition_is_a_place():
    assert _votes("inspect the Tarvan military facility outside", "Tarvan") == {"Place": 2.0}
    assert _votes("the Tarvan oil processing facility burned", "Tarvan") == {"Place": 2.0}
    assert _votes("access to the Tarvan uranium mine.", "Tarvan") == {"Place": 2.0}
    assert _votes("Tarvan, a deeply buried centrifuge facility, is", "Tarvan") == {"Place": 2.0}
    assert _votes("images provided to Tarvan showing the oil facilities", "Tarvan") != {"Place": 2.0}
    assert _votes("Tarvan, a conservative news site, said", "Tarvan") == {"Organization": 1.0}


def test_places_named_as_examples_the_first_of_two_regions_and_a_towns_self_declared_mayor_say_place():
    assert _votes("gunmen appeared in towns like Tarvan and Kolmo.", "Tarvan") == {"Place": 2.0}
    assert _votes("neighbouring countries such as Tarvan, Kolmo", "Tarvan") == {"Place": 2.0}
    assert _votes("attacks in Tarvan and Kolmo provinces in the west", "Tarvan") == {"Place": 2.0}
    assert _votes("Tarvan's self-declared mayor, a former soldier", "Tarvan") == {"Place": 2.0}
    assert _votes("Tarvan and Kolmo met in Geneva", "Tarvan") == {}
