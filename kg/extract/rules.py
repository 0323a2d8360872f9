"""Article-level corrections that need all of an article's mentions at once."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.model import Mention

_NAME = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)*"
_MISSION = re.compile(
    r"\b(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:(?i:permanent|diplomatic)\s+)?(?i:mission)\s+"
    r"(?:of\s+(?:the\s+)?(?P<country>" + _NAME + r")\s+)?to\s+(?P<body>the\s+[a-z]+|" + _NAME + r")"
)
# "the Russian embassy in Kabul", "the U.S. Embassy in Kabul": one embassy per country and city, never one
# "U.S. Embassy" node for every city
_EMBASSY = re.compile(r"\b(?P<adj>[A-Z][a-z]+|U\.S\.|US|UK|U\.K\.)\s+(?P<kind>[Ee]mbassy|[Cc]onsulate)\s+in\s+"
                     r"(?P<place>[A-Z]\w+(?:\s[A-Z]\w+)*)")
# "which U.S. consulate in Russia", "any Russian embassy in Europe", "another US consulate in": an interrogative or
# quantifier before the mission names none in particular.
_OPEN_CHOICE = re.compile(r"\b(?:which|what|whichever|any|another|every|each|no|some)\s+$", re.I)
# "Russia's Central Bank", "the Iranian Parliament": a body every state has is that state's, never one
# "Central Bank" node for the central banks of every country an article names
# ("Russia's Agriculture Ministry", "the Ukrainian Security Service", "France's National Assembly"); a senate, which
# only some states have, is named with its state too ("Canada's Senate"). The kinds added last (any ministry,
# security service, senate, national assembly) name 51 bodies of a country in the non-dev allsides articles that
# the gazetteer does not know: 20 read, all right ("Russia's Senate" is the writer's name for the Federation Council).
_STATE_BODY_KINDS = (r"Central Bank|(?:[A-Z][a-z]+ ){1,2}Ministry|Parliament|Supreme Court|Constitutional Court"
                     r"|(?:State )?Security Service|National Assembly")
_SOME_STATES_KINDS = r"|Senate"
# the names alone, as resolution reads an owner-less one: "Home Ministry", never "Indian Home Ministry"
STATE_BODY_KIND = re.compile(_STATE_BODY_KINDS.replace("{1,2}", ""))
NATIONAL_BODY_KIND = re.compile(STATE_BODY_KIND.pattern + _SOME_STATES_KINDS)
_ANY_BODY_KIND = re.compile(_STATE_BODY_KINDS + _SOME_STATES_KINDS)
_STATE_BODY = re.compile(
    r"\b(?:(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s|(?P<adj>[A-Z][a-z]+|U\.S\.|US|UK|U\.K\.))\s+"
    rf"(?P<body>{_STATE_BODY_KINDS}{_SOME_STATES_KINDS})\b(?!\s+of\s)"
)


# Countries whose names take "the": "the Supreme Court of the United Kingdom", never "of United Kingdom"
_WITH_THE = re.compile(r"^(?:United|Czech|Dominican|Central African)\b|(?:Republic|Islands|Emirates|Netherlands|"
                       r"Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$|\bof\b")


def country_phrase(label: str) -> str:
    """A country's name as it follows "of" in a body's name: "the United States", "the Philippines", "Russia"."""
    return "the " + label if _WITH_THE.search(label) else label


def sentence_of(offset: int, sentence_starts: list[int]) -> int:
    """Index of the sentence containing character `offset`."""
    return max(0, bisect.bisect_right(sentence_starts, offset) - 1)


def retype_surnames(mentions: list[Mention]) -> list[Mention]:
    """`Lavrov` tagged as an organisation where the article names `Sergey Lavrov`: a person."""
    surnames = {m.normal.split()[-1] for m in mentions if m.type == "Person" and len(m.normal.split()) > 1}
    fixed = []
    for m in mentions:
        if m.type != "Person" and not m.key and m.normal in surnames:
            m = replace(m, type="Person", method=m.method + "+rule:surname")
        fixed.append(m)
    return fixed


def link_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Treaty on Conventional Armed Forces in Europe (CFE)`: the acronym names the same entity."""
    ordered = sorted(mentions, key=lambda m: m.start)
    fixed = {id(m): m for m in ordered}
    for long, short in zip(ordered, ordered[1:]):
        between = text[long.end:short.start]
        if between.strip() == "(" and text[short.end:short.end + 1] == ")" and short.text.isupper():
            initials = "".join(w[0] for w in (long.normal or long.text).split() if w[:1].isupper())
            if not {c for c in short.text if c.isalpha()} <= set(initials.upper()):
                continue  # "Tucson, Arizona (CNN)": an outlet's credit, not the name's acronym
            if short.key and not long.key:
                fixed[id(long)] = replace(long, key=short.key, type=short.type)
            elif long.key and not short.key:
                fixed[id(short)] = replace(short, key=long.key, type=long.type)
            elif not long.key and not short.key and short.text[0] == initials[:1]:
                fixed[id(short)] = replace(short, normal=long.normal, type=long.type)
    return [fixed[id(m)] for m in ordered]


def _resolve_body(body: str, gazetteer: Gazetteer, named: set[str]):
    entry = gazetteer.lookup_name(body)
    if entry is None:
        targets = [t for t in gazetteer.description_targets(body) if t.id in named]
        entry = targets[0] if len(targets) == 1 else None
    return entry if entry is not None and entry.type == "Organization" else None


def _overlapping(pattern: re.Pattern, text: str):
    """Every match of `pattern`, each tried again one word on: "The Turkish Defense Ministry" is read as "The" +
    "Turkish Defense Ministry" first, and "Turkish" + "Defense Ministry" after."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        yield match
        pos = match.start() + 1


def diplomatic_missions(text: str, sentence_starts: list[int], gazetteer: Gazetteer,
                        named: set[str]) -> list[Mention]:
    """`the Russian permanent mission to NATO` -> Permanent Mission of Russia to NATO."""
    found = []
    for match in _MISSION.finditer(text):
        country = None
        if match.group("country"):
            country = gazetteer.lookup_name(match.group("country"))
        elif match.group("adj"):
            country = gazetteer.country_for_demonym(match.group("adj"))
        body = _resolve_body(match.group("body"), gazetteer, named)
        if country is None or country.subtype != "Country" or body is None:
            continue
        start = match.start("adj") if match.group("adj") and not match.group("country") else match.start()
        if text[start:start + 3].lower() == "the":
            start += 4
        name = f"Permanent Mission of {country_phrase(country.label)} to {body.label}"
        found.append(Mention(text=text[start:match.end()], start=start, end=match.end(), type="Organization",
                             sentence=sentence_of(start, sentence_starts), method="rule:mission", normal=name))
    missions = []  # (index in found, kind, owner, place) of each embassy or consulate
    for match in _EMBASSY.finditer(text):
        if _OPEN_CHOICE.search(text[max(0, match.start() - 12):match.start()]):
            continue  # "which U.S. consulate in Russia should be shut down": none in particular
        country = gazetteer.country_for_demonym(match.group("adj")) or gazetteer.lookup_name(match.group("adj"))
        place = gazetteer.lookup_name(match.group("place"))
        if country is None or country.subtype != "Country" or place is None or place.type != "Place":
            continue
        name = f"{match.group('kind').capitalize()} of {country_phrase(country.label)} in {place.label}"
        missions.append((len(found), match.group("kind").lower(), country.label, place))
        # the city keeps its own mention ("... in Benghazi, Libya": Benghazi in Libya)
        found.append(Mention(text=text[match.start():match.end("kind")], start=match.start(), end=match.end("kind"),
                             type="Organization", sentence=sentence_of(match.start(), sentence_starts),
                             method="rule:embassy", normal=name))
    _into_towns(found, missions)
    taken = 0  # the end of the last body found: no second one inside it
    for match in _overlapping(_STATE_BODY, text):
        if match.start() < taken:
            continue
        owner = match.group("owner") or match.group("adj")
        country = gazetteer.country_for_demonym(owner) or gazetteer.lookup_name(owner)
        if country is None and " " in owner:  # "When Russia's": the sentence's first word is no part of it
            owner = owner.split()[-1]
            country = gazetteer.lookup_name(owner)
        known = gazetteer.lookup_name(f"{owner} {match.group('body')}") if country is not None else None
        if country is None or country.subtype != "Country" or (known is not None and match.group("adj")):
            continue  # the gazetteer's own body ("Russian Foreign Ministry") keeps its link
        before = text[:match.start()].rstrip().split()[-1:]
        if match.group("adj") and before and before[0][:1].isupper() and before[0] not in ("The", "A", "An"):
            continue  # "the Northern Irish Parliament": the adjective is part of a longer name
        # the possessor keeps its own mention; an adjective is part of the body's name
        start = match.start("body") if match.group("owner") else match.start()
        name = f"{match.group('body')} of {country_phrase(country.label)}"
        entry = known or gazetteer.lookup_name(name)
        if entry is not None and entry.type == "Organization":  # "America's Supreme Court", "Russia's Foreign Ministry"
            found.append(Mention(text=text[start:match.end()], start=start, end=match.end(), type="Organization",
                                 sentence=sentence_of(start, sentence_starts), key=entry.id, method="rule:embassy",
                                 normal=entry.label))
        else:
            found.append(Mention(text=text[start:match.end()], start=start, end=match.end(), type="Organization",
                                 sentence=sentence_of(start, sentence_starts), method="rule:embassy", normal=name))
        taken = match.end()
    return found


def _into_towns(found: list[Mention], missions: list) -> None:
    """"a U.S. consulate in Libya" where the article names "the U.S. Consulate in Benghazi": the one mission
    of that kind and owner the article places in a town of that country (in place, on `found`)."""
    for i, kind, owner, place in missions:
        if place.subtype != "Country":
            continue
        towns = {found[j].normal for j, k, o, town in missions
                 if k == kind and o == owner and town.subtype != "Country" and town.country == place.id}
        if len(towns) == 1:
            found[i] = replace(found[i], normal=towns.pop())


def owned_bodies(mentions: list[Mention]) -> list[Mention]:
    """A bare "the Central Bank" is the one whose state the article names ("Iran's Central Bank"), a bare
    "the US Consulate" the one whose city it names, if one."""
    owned: dict[str, set[str]] = {}
    for m in mentions:
        if m.method != "rule:embassy":
            continue
        owned.setdefault(m.text, set()).add(m.normal)  # "the US Consulate" after "the US Consulate in Benghazi"
        body = m.normal.split(" of ")[0]
        if _ANY_BODY_KIND.fullmatch(body):
            owned.setdefault(body, set()).add(m.normal)
    fixed = []
    for m in mentions:
        names = owned.get(m.text.removeprefix("the ").removeprefix("The "), set())
        if not m.key and m.type == "Organization" and m.method != "rule:embassy" and len(names) == 1:
            m = replace(m, normal=next(iter(names)), method=m.method + "+rule:owned-body")
        fixed.append(m)
    return fixed


def descriptions(doc: Doc, sentence_starts: list[int], gazetteer: Gazetteer, named: set[str]) -> list[Mention]:
    """`the alliance`, `the Belgian capital`: a description that points at one named entity."""
    found = []
    for chunk in doc.noun_chunks:
        owner = next((t.i for t in chunk if t.tag_ == "POS"), None)
        if owner is not None and owner > chunk.start:
            chunk = doc[chunk.start:owner]  # "the North's nuclear prowess": the possessor
        words = chunk.text.split()
        if len(words) < 2 or len(words) > 4 or chunk[0].lower_ not in ("the", "this"):
            continue
        phrase = "the " + " ".join(words[1:])
        targets = gazetteer.description_targets(phrase)
        # A capital is unambiguous by itself; other descriptions need the entity named in the article.
        targets = [t for t in targets if t.id in named or t.subtype == "City"]
        if len(targets) != 1:
            continue
        target = targets[0]
        if chunk[0].lower_ == "the" and chunk[1].text[:1].isupper():
            chunk = chunk[1:]  # "the North", "the Security Council": the name without its article, as the model's spans
        found.append(Mention(text=chunk.text, start=chunk.start_char, end=chunk.end_char, type=target.type,
                             sentence=sentence_of(chunk.start_char, sentence_starts), key=target.id,
                             method="rule:description", normal=target.label))
    return found


def dateline_mentions(text: str, dateline: str | None, mentions: list[Mention],
                      gazetteer: Gazetteer) -> list[Mention]:
    """The dateline place (`MINSK, May 29.`) is a place, whatever the model tagged it."""
    if not dateline:
        return mentions
    start = text.find(dateline.upper())
    if start < 0 or start > 400:
        return mentions
    end = start + len(dateline)
    entry = gazetteer.lookup_name(dateline)
    fixed = [m for m in mentions if not (m.start < end and start < m.end)]
    fixed.append(Mention(text=text[start:end], start=start, end=end, type="Place", sentence=0,
                         key=entry.id if entry and entry.type == "Place" else "",
                         method="rule:dateline", normal=entry.label if entry else dateline))
    return fixed
