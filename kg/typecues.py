"""What the words around a mention say about its type, and whether it stands in a heading.

Read by kg.resolve, which adds these votes to the model's over the whole corpus, so a town the
model tags as a person in one sentence is still a place when other sentences say "the town of
X" or "in X"; "the X exercises" says X is an event, no entity at all. General English, never taken from
particular articles.
"""
from __future__ import annotations

import re

from kg.personnames import given_names, titles

# The vote of words that say a name names an event ("the Zapad exercises"): none of the entity types, so
# resolution drops a name whose event votes outweigh its type's.
EVENT = "Event"

# "the town of X", "a resident of X", "north of X": words that only places follow.
_PLACE_OF = re.compile(
    r"\b(?:town|towns|city|cities|village|villages|province|region|district|outskirts|suburb|suburbs|"
    r"resident|residents|area|capital|port|border|governorate|neighborhood|neighbourhood|north|south|east|west|northeast|"
    r"northwest|southeast|southwest|near|outside|across|inside)\s+(?:of\s+)?(?:the\s+)?$", re.I)
# "the eastern suburbs of Zamalka and Ein Tarma", "the towns of Marea, Tal Rifaat and Azaz": the later names of a
# list after a plural noun for places.
_PLACE_OF_LIST = re.compile(r"\b(?:towns|cities|villages|provinces|regions|districts|suburbs|neighbou?rhoods)\s+of\s+"
                            r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2},\s+){0,4}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2},?\s+and\s+$")
_PLACE_IN = re.compile(r"\b(?:in|at|near)\s+$")  # not "to" or "from": "paid to Melania"
# "Guiuan, a coastal town on the island", "Chuquicamata, the world's largest copper mine,": a kind of place in
# apposition, with no "of" or possessive before it ("Roizman, the mayor of Russia's fourth-largest city" is a
# person) and nothing after it that makes it a modifier ("a city official")
_PLACE_KIND_AFTER = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:(?:world|country|nation|region)\s?(?:'s|\u2019s)\s+)?"
                               r"(?:(?!of\b)[\w-]+\s+){0,4}?(?:town|village|city|port|mine|suburb|neighbou?rhood)"
                               r"(?:\s*[,.;]|\s+(?:in|on|near|that|where|which|about|some|north|south|east|west)\b)")
# "arrived in Sweden on Thursday", "landed in Erbil": a place, unless a noun follows ("arriving at NATO headquarters")
_ARRIVED_BEFORE = re.compile(r"\b(?:arrived|arriving|arrive|arrives|landed|landing|lands)\s+(?:in|at)\s+$")
_ARRIVED_AFTER = re.compile(r"^\s*(?:[,.;:)]|$|(?:on|in|to|for|from|late|early|after|before|with|and|yesterday|today)\b)")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen)\.?|\b(?:cleric|spokesman|spokeswoman|analyst|professor|historian|"
    r"journalist|reporter|correspondent|host|anchor|lawyer|attorney|dissident|activist|economist|senator)"
    # a title written before the name: "President Trump", "Foreign Minister Lavrov", "King Salman"
    r"|\b(?:President|Minister|Secretary|Chancellor|Premier|Governor|Gov\.|Senator|Ambassador|Envoy|King|Queen|"
    r"Prince|Pope|Ayatollah|Sheikh|Emir|Mayor|Speaker|Judge|Justice|Admiral|General|Colonel|Commander|Chairman)"
    r"|\b(?:daughter|son|wife|husband|brother|sister|father|mother|widow),?"  # "his daughter, Yulia,"
    # the title and its country or body before the name in apposition: "the last King of Peru, Atahualpa,"
    r"|\b(?:President|King|Queen|Emperor|Sultan|Emir|Chancellor|Chairman|Speaker|Prime\s+Minister)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*,"
    r"|\b(?:man|woman|boy|girl)\s+(?:called|named))\s+$")  # "a mysterious man called Raoul"
_PERSON_AFTER = re.compile(r"^(?:(?:'s|\u2019s)?,?\s+(?:who|whose|told|said|says|added|wrote|tweeted)\b"
                           # "Blackwell, a designer": a person's calling in apposition
                           r"|\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:designer|lawyer|attorney|professor|journalist|"
                           r"historian|actress|singer|novelist|poet|painter|politician|businessman|businesswoman|"
                           r"physician|surgeon|playwright|composer|photographer|spy)\b"
                           r"|\s?(?:'s|\u2019s)\s+(?:wife|husband|widow|son|sons|daughter|daughters|parents|"
                           r"girlfriend|boyfriend|hometown|fiancee?)\b)")  # "Dole's wife": only people have one
# "surveys earlier this summer by Pew, NBC News and Gallup": who takes a poll is a pollster, a body, however many
# towns bear its name (Gallup, New Mexico); it outweighs a small town's vote and one tag of the model as a place.
_POLLED_BY = re.compile(r"\b(?:polls?|surveys?|polling)\b(?!\s+(?:tax|taxes|stations?|booths?|places?))[^.;:\n]{0,40}?\bby\s+(?:the\s+)?"
                        r"(?:[A-Z][\w&.'\u2019/-]*(?:\s+[A-Z][\w&.'\u2019/-]*){0,3},?\s+(?:and\s+)?){0,4}$")
# "according to Gallup" in a sentence about a poll or a survey: the pollster.
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$")
_POLL_WORDS = re.compile(r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents)\b", re.I)
# "the outbreak of Ebola", "the Ebola virus", "infected with Ebola": a disease, none of the entity types, even where a
# river or a town bears its name; the contract has no type for it.
_DISEASE_AFTER = re.compile(r"^\s+(?:virus|viruses|coronavirus|outbreaks?|epidemics?|pandemic|vaccines?|infections?|transmission)\b")
_DISEASE_BEFORE = re.compile(r"\b(?:outbreaks?\s+of|epidemics?\s+of|symptoms\s+of|signs\s+of|infected\s+with|"
                             r"diagnosed\s+with|contracted|contracting|catching|vaccines?\s+(?:for|against)|suffering\s+from)\s+(?:the\s+)?$", re.I)
# "A faction of the Free Syrian Army, Tahrir al-Sham, claimed", "Hamas, an offshoot of the Brotherhood": a part of
# a body named in apposition is a group, a body, not a person.
_FACTION = r"(?:faction|offshoot|affiliate|splinter\s+group|breakaway\s+group|armed\s+wing|military\s+wing|political\s+wing)"
_FACTION_BEFORE = re.compile(r"\b(?i:a|an|the)\s+(?:[\w-]+\s+)?" + _FACTION + r"\s+of\s+(?:the\s+)?[A-Z][^,.;:()]{0,60},\s+$")
_FACTION_AFTER = re.compile(r"^(?:\s+\([A-Z][\w-]*\))?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _FACTION + r"\s+of\b")
# "Nasser Karimi in Tehran, Iran; and Bassem Mroue in Beirut contributed": a contributor line's names are people's,
# as are a photo credit's ("Rahmat Gul/AP") and a dateline note's ("El Deeb reported from Beirut").
_CONTRIBUTOR_AFTER = re.compile(r"^\s+in\s+[A-Z][^\n]*?\bcontributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story))?\.?\s*$")
# "Garret Martin and Balazs Martonffy, Washington Post": a credit line of two names and an outlet.
_TWO_NAME_CREDIT = re.compile(r"^\s*((?:[A-Z][\w.'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+) (?:and|&) "
                              r"((?:[A-Z][\w.'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+), (?:The )?[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}\s*$")
_AGENCY_WORDS = frozenset("Presse Press Pool Images Agence News Photo Photos".split())
_CONTRIBUTOR_WORDS = frozenset("in and contributed to this the report story de al el".split())
_CREDIT_AFTER = re.compile(r"^/(?:AP|AFP|Reuters|Getty|EPA)\b")
_REPORTED_FROM = re.compile(r"^\s+reported\s+from\s+[A-Z]")
_ORGANIZATION_AFTER = re.compile(
    r"^(?:(?:'s|\u2019s)?\s+(?:poll|polls|survey|news|newspaper|newspapers|media|broadcaster|employee|employees)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:firm|company|group|organization|organisation|agency|bank|"
    r"think tank|newspaper|party|broadcaster|network|university|institute|charity|magazine|tabloid|"
    r"website|news site)\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:weekly|daily)\b(?!\s+[a-z]))")  # not "a daily columnist"  # "X, a bookmaking firm"
_PLACE_AFTER = re.compile(r"^\s+(?:province|provinces|governorate|district|region|countryside|valley|foothills|mountains|hills|"
                          r"town(?! halls?\b)|village|city(?! council| hall| officials?))\b"  # "in Dong Dang town"
                          r"|^\s+areas?\b(?!\s+codes?\b)"  # "the eastern Ghouta area", "the Washington area"
                          # buildings and works: "the Sofitel Legend Metropole Hanoi hotel", "Nord Stream 2 gas pipeline"
                          r"|^(?:\s+\d+)?\s+(?:(?:natural\s+)?gas\s+|oil\s+)?(?:hotel|airport|air\s?base|pipeline|(?:shopping\s+)?mall)s?\b"
                          # "Moscow's streets", "London's mayor", "Kirkuk's outskirts": only a town has them
                          r"|^\s?(?:'s|\u2019s)\s+(?:busiest\s+|main\s+|self-declared\s+|self-proclaimed\s+|former\s+|acting\s+)?"
                          r"(?:streets?|mayor|residents|outskirts)\b"
                          # "in Hama and Idlib provinces", "the Donetsk and Luhansk regions": the first of two regions
                          r"|^\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:provinces|regions|districts|governorates)\b")
# "towns like Slaviansk and Kramatorsk", "countries such as Turkey": a place named as an example of places.
_PLACES_LIKE = re.compile(r"\b(?:towns|cities|villages|places|countries)\s+(?:like|such\s+as)\s+$", re.I)
# "the Parchin military facility", "Gachin uranium mine", "Natanz, the buried uranium enrichment site": a nuclear,
# military or industrial site named before its noun or in apposition is a place (not "a news site": a body).
_FACILITY = (r"(?:(?:nuclear|enrichment|uranium|centrifuge|military|missile|test(?:ing)?|weapons|research|processing|oil|gas|"
             r"chemical)\s+(?:[\w-]+\s+)?(?:sites?|facility|facilities|plants?|complex|installation)|reactors?|"
             r"(?:uranium|coal|gold|copper|iron)\s+mines?)\b")
_FACILITY_AFTER = re.compile(r"^\s+" + _FACILITY + r"|^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _FACILITY)
# Military exercises are events, none of the entity types: "the Saber Strike exercises", "exercises named Rapid
# Trident" (not the verb: "Russia exercises its veto").
_EXERCISE_AFTER = re.compile(r"^\s+(?:(?:joint|military|naval|annual)\s+)?(?:exercises?|drills?|maneuvers|manoeuvres|"
                             r"war\s?games)\b(?!\s+(?:its|his|her|their|the|a|an|control|power|restraint|caution)\b)")
# "a NATO Operation Allied Force combat mission", "during Operation Desert Storm": a military operation is an event,
# none of the entity types; not "Operation" inside a body's name ("the Military Operation Room").
_OPERATION_BEFORE = re.compile(r"(?:^|[^\w\s]|\b(?:[a-z][\w-]*|[A-Z]{2,}|\d+))\s*\bOperation\s+$")
_EXERCISE_BEFORE = re.compile(r"\b(?:exercises?|drills?|maneuvers|manoeuvres|war\s?games|operation)\s+"
                              r"(?:named|called|dubbed|code-?named)\s+$", re.I)
# Names of no entity type, said by the noun after them: a condition ("Asperger's syndrome"), an art style
# ("an Art Nouveau masterpiece", "Art Deco-style"); or before them: a work ("the app X", "the novel X",
# "the author of X") or a race ("Britain's premier horse race, The Grand National"). Programmes and shows
# are left alone: a TV programme is a body to kg.
_NOT_AN_ENTITY_AFTER = re.compile(r"^(?:['\u2019]s)?\s+(?:syndrome|disease|disorder)\b"
                                  r"(?!\s+(?!(?:and|or|is|was|in|that|which|who)\b)[a-z])"  # not "the CDC's disease experts"
                                  r"|^(?:\s+|-)masterpieces?\b")
# "Art Deco-style", "Art Nouveau architecture": weaker, since places and people lend their names to styles as
# well ("a Crimea-style annexation"); it outweighs one tag of the model, not a town GeoNames knows.
_STYLE_AFTER = re.compile(r"^(?:\s+|-)(?:style|architecture)\b"
                          r"|^\s+address(?:es)?\b")  # "the State of the Nation address", "an IP address"
_NOT_AN_ENTITY_BEFORE = re.compile(r"\b(?:(?:the|an?|his|her|their)\s+(?:new\s+)?(?:app|book|novel|film|movie|documentary|"
                                   r"memoir|song|album|opera|poem)|(?:author|co-author) of|(?:horse )?race,)\s+(?:the\s+)?$", re.I)
# "the Trans-Pacific Partnership trade deal": a name of several words right before a trade deal names the deal.
_TREATY_AFTER = re.compile(r"^\s+(?:free[- ])?trade\s+(?:deal|agreement|pact|accord)s?\b")
# "Miller, with the Wilson Center, said", "a lawmaker in Israel's Knesset, told": a body closing an
# apposition before the verb, not the speaker; people's names seldom follow "the" or a possessive.
_APPOSED_BODY_BEFORE = re.compile(r"(?:\b(?:the|of|for|with|at|in|from)|['\u2019]s)\s+$", re.I)
# "the opposition party Yabloko", "the Kurdish broadcaster Rudaw": a noun for a body right before the name.
_ORGANIZATION_BEFORE = re.compile(
    r"\b(?:party|group|agency|newspaper|broadcaster|channel|company|firm|bank|organization|organisation|website|"
    r"magazine|outlet|movement|militia|network"
    # "the French research university Sciences Po", "the punk-rock band Pussy Riot", "the tabloid Bild"
    r"|university|institute|think[- ]tank|tabloid|publication|band|airline|club)\s+$")
# "The Korean Workers' Party's official newspaper, Rodong, published": a publication's name in apposition.
_OUTLET_APPOSED_BEFORE = re.compile(r"\b(?:newspaper|daily|weekly|broadcaster|channel|agency|website|magazine|tabloid)\s*,\s+$")
# "a lawyer at Day Pitney", "a senior fellow at the Brookings Institution": where such a calling is held is a
# body (a town GeoNames knows still wins by its own vote: "a professor at Oxford").
_CALLING_AT = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:lawyer|attorney|partner|analyst|economist|researcher|"
                         r"fellow|scholar|lecturer|associate|strategist|consultant|expert|professor)\s+at\s+(?:the\s+)?$")
# "The report, called the Quadrennial Diplomacy and Development Review", "a new plan called the Nuclear Posture
# Review": a document named as such is none of the entity types.
_DOCUMENT_BEFORE = re.compile(r"\b(?:report|review|plan|strategy|document|study|paper|assessment|blueprint|memo|memorandum)"
                              r",?\s+(?:called|titled|entitled|dubbed|named|known\s+as)\s+(?:the\s+)?$"
                              # "what he called a “Rigged Witch Hunt”": a coinage quoted after calling it so
                              r"|\b(?:what|which)\s+(?:he|she|they|it|we|I)\s+(?:called|calls|dubbed|dubs|termed|terms)\s+"
                              r"(?:an?\s+|the\s+)?[\"\u201c]$", re.I)
# "the Revolutionary Guard as", "the Ahrar al-Sham and": a name of several words after "the", not followed by a
# noun it modifies ("the Bashar al-Assad regime") nor by "of" ("the Osama bin Laden of Facebook"), is a body's
# or a place's; people's names seldom follow "the".
_ADJECTIVE_OF_NAME = re.compile(r"(?:ian|esque|ist|ite)$")
_NAME_PARTICLES = frozenset("of and for on the al el bin ibn de du da di van von".split())
_THE_NAME_AFTER = re.compile(r"^\s*(?:[,.;:!?)\"\u201d]|(?:and|or|as|in|on|at|to|for|from|with|by|is|was|are|were|has|had|"
                             r"have|which|that|also|could|would|will|can|may|might|must|should|did|does)\b|$)")
# "along the Danube", "across the Caucasus": one word after "the" is a place or a body, hardly a person.
_THE_BEFORE = re.compile(r"(?<![A-Za-z])the\s+$")
_ALONE_AFTER = re.compile(r"^\s*(?:[,.;:!?)\"\u201d]|(?:and|or)\b|$)")  # not "the Rumsfeld era": a modifier
_SENTENCE_END = re.compile(r"[.?!:;\"\u201d'\u2019)]$")


def context_votes(text: str, start: int, end: int) -> dict[str, float]:
    """Type votes from the words just before and after a mention at text[start:end]."""
    before, after = text[max(0, start - 40):start], text[end:end + 60]
    line_after = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    line_start = text.rfind("\n", 0, start) + 1
    credit = _TWO_NAME_CREDIT.match(text[line_start:end] + line_after)
    if credit and text[start:end] in (credit.group(1), credit.group(2)):
        return {"Person": 2.0}
    if (_CONTRIBUTOR_AFTER.match(line_after) and all(w in _CONTRIBUTOR_WORDS for w in re.findall(r"\b[a-z]+\b", line_after))
            or (_CREDIT_AFTER.match(after) and _credited_name(text[start:end])) or _REPORTED_FROM.match(after)):
        return {"Person": 2.0}
    if _PERSON_BEFORE.search(before) or (_PERSON_AFTER.match(after) and not (
            after.startswith(",") and (_APPOSED_BODY_BEFORE.search(before) or _ORGANIZATION_BEFORE.search(before)
                                       or _CALLING_AT.search(before)))):
        return {"Person": 1.0}
    if _POLLED_BY.search(text[max(0, start - 120):start]) or (
            _ACCORDING_TO.search(before) and _POLL_WORDS.search(_sentence_around(text, start, end))):
        return {"Organization": 2.5}
    if _FACTION_BEFORE.search(text[max(0, start - 100):start]) or _FACTION_AFTER.match(after):
        return {"Organization": 1.0}
    if _DISEASE_AFTER.match(after) or _DISEASE_BEFORE.search(before):
        return {EVENT: 3.0}  # outweighs one tag of the model as a place, as a work's title does
    if (_ORGANIZATION_AFTER.match(after) or _ORGANIZATION_BEFORE.search(before) or _CALLING_AT.search(before)
            or (_OUTLET_APPOSED_BEFORE.search(before) and after.startswith(","))):
        return {"Organization": 1.0}  # "a new Quinnipiac poll", "Rudaw news"
    if _DOCUMENT_BEFORE.search(before):
        return {EVENT: 3.0}  # outweighs the model's tag and a head word's vote, as a work's title does
    if _PLACE_OF.search(before) or _PLACE_OF_LIST.search(before) or _PLACES_LIKE.search(before) or _PLACE_AFTER.match(after) or _PLACE_KIND_AFTER.match(after) \
            or (_ARRIVED_BEFORE.search(before) and _ARRIVED_AFTER.match(after)) or _FACILITY_AFTER.match(after):
        return {"Place": 2.0}
    if _EXERCISE_AFTER.match(after) or _EXERCISE_BEFORE.search(before):
        return {EVENT: 1.5}
    if _OPERATION_BEFORE.search(before):
        return {EVENT: 3.0}  # outweighs the model's tags as a body, as a work's title does
    if _NOT_AN_ENTITY_AFTER.match(after) or _NOT_AN_ENTITY_BEFORE.search(before):
        return {EVENT: 3.0}  # outweighs one tag of the model with a given name's vote ("an Art Nouveau masterpiece")
    if _STYLE_AFTER.match(after):
        return {EVENT: 1.25}
    if _TREATY_AFTER.match(after) and (" " in text[start:end] or "-" in text[start:end]):
        return {"Treaty": 2.5}  # a trade deal outweighs two of the model's tags as a body
    if _PLACE_IN.search(before) and not after.startswith(("'", "\u2019")):
        return {"Place": 0.5}  # "in X" also precedes bodies ("in NATO") and times: a weak cue
    name = text[start:end]
    if _THE_BEFORE.search(before) and _ALONE_AFTER.match(after) and name.isalpha() and name.istitle() \
            and name.lower() not in given_names():
        return {"Person": -1.0, "Place": 0.6, "Organization": 0.5}  # not "the Donald"
    words = name.split()
    if (_THE_BEFORE.search(before) and len(words) >= 2 and not {w.lower() for w in words} & (given_names() | titles())
            and not _ADJECTIVE_OF_NAME.search(words[0])  # "the Jeffersonian Mao,": the name is one word
            and all(w[:1].isupper() or w in _NAME_PARTICLES or w.startswith(("al-", "el-")) for w in words)
            and _THE_NAME_AFTER.match(after)):
        return {"Person": -1.0, "Organization": 0.6, "Place": 0.5}  # "the Revolutionary Guard as a"
    return {}


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of text[start:end], roughly: from the last full stop or line break before to the next after."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left:min(stops) if stops else len(text)]


def _credited_name(name: str) -> bool:
    """"Rahmat Gul", not "AFP", "Pool" or "Agence France-Presse" (of "AFP/Getty", "Pool/Getty"): words of a name."""
    words = name.split()
    return len(words) >= 2 and all(w.istitle() for w in words) and not any(w in _AGENCY_WORDS for w in re.split(r"[\s-]", name))


def in_heading(text: str, start: int, end: int) -> bool:
    """True when the mention stands in a short line with no sentence punctuation: a section heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if line_start == 0 or not line:
        return False  # the first line is the headline, which names people as sentences do
    if not any(c.islower() for c in line):
        return True  # "GORBACHEV: TRUMP, PUTIN SHOULD FOCUS ON ARMS CONTROL"
    return len(line.split()) <= 6 and not _SENTENCE_END.search(line)
