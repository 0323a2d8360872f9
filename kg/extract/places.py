"""Seats and parts: `NATO, based in Brussels`, `the Vienna-based agency`, `NATO's headquarters in
Brussels`; `the Crimean city of Sevastopol`, `Los Cabos, Mexico`, `Syria's Idlib province`, `X, a
unit of Y`, `the GRU's Unit 26165`.

`CITY, COUNTRY` is read only where the second place is a country or region (gazetteer or model)
and the first is not a country, and not inside a list of places (`France, Germany, Italy`); where
the gazetteer knows which country a city is in, it must be that one.
"""
from __future__ import annotations

import re

from kg.extract import atlas
from kg.extract.towns import LEGAL_FORMS
from kg.places import place_index
from kg.lang.en import relation_words as W
from kg.extract.relations import Context, Sentence
from kg.model import Mention

_PAIR_GAP = re.compile(r"^\s*,\s*$")
# "Mohammadia, south-east Algeria": a direction before the container
_PAIR_DIRECTION_GAP = re.compile(r"^\s*,\s*(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+$", re.I)
# "the Najd plateau in northern Saudi Arabia", "Logar province in eastern Afghanistan": the kind of place
# the name is, written after it in lower case, may stand before "in"
_IN_GAP = re.compile(r"^\s+(?:(?:region|province|area|district|plateau|valley|town|city|village|county|state)\s+)?"
                     r"in\s+(?:(?:the|northern|southern|eastern|western|central|"
                     r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)*$")  # "in southeast Texas"
# "the Sahara desert in Africa": the kind of a natural feature, written after its name, then its continent
_NATURAL_IN_GAP = re.compile(r"\s+(?:desert|mountains|river|lake)\s+in\s+(?:the\s+)?")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
# "Damascus, the Syrian capital", "the Syrian capital, Damascus", "Russia's capital Moscow".
# ("the North Korean capital": the two words of a two-word adjective or name)
_OWNER = r"(?:(?:North|South|East|West|New|Saudi|Sri)\s+)?[A-Z][\w-]+"
# "Miami, the capital of the Cuban diaspora": an adjective before a noun that is no kind of place names a
# community or a trade, not the country ("Ramadi, the capital of Anbar province", "Nairobi, the capital of Kenya and").
_NOT_A_PLACE_NOUN = (r"(?!\s+(?!(?:province|region|state|governorate|district|county|city|north|south|east|west|"
                     r"republic|and|or|in|on|at|during|since|until|which|that|where|is|was|has|had|with|to|from|by|as|"
                     r"but|after|before|when|while|for|of)\b)[a-z])")
_CAPITAL_AFTER = re.compile(r"^\s*,\s*(?:the\s+)?(?:(?P<owner>" + _OWNER + r")\s?(?:'s|\u2019s)?\s+capital\b|"
                            r"capital\s+of\s+(?:the\s+)?(?P<owner2>" + _OWNER + r")\b" + _NOT_A_PLACE_NOUN + r")")
_CAPITAL_BEFORE = re.compile(r"\b(?:the\s+)?(?P<owner>" + _OWNER + r")\s?(?:'s|\u2019s)?\s+capital\s*,?\s*$")
# "Amazon was the first UK-based retailer", "Gazprom, a Moscow-based firm": the body is the noun "-based" modifies.
_BASED_COPULA = re.compile(r"^\s*(?:,|is|was|,\s*which\s+is)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}$")
# "the Carnegie Endowment, a Washington think tank": a place as the modifier of a noun for a body
_PLACE_NOUN_BEFORE = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:(?:leading|prominent|major|small|large|big|nonpartisan|"
                                r"independent|private|state-run|state-owned|liberal|conservative)\s+)?$")
_BODY_NOUN_AFTER = re.compile(r"^\s+(?:(?:[a-z-]+)\s+){0,2}?(?:think[ -]tank|institute|firm|company|organi[sz]ation|"
                              r"agency|bank|newspaper|daily|university|foundation|broadcaster|consultancy|charity|"
                              r"nonprofit|non-profit|group)\b")
_REGION_KINDS = frozenset("region province district state oblast county governorate territory republic".split())
_SETTLEMENT_KINDS = frozenset("city town village port capital".split())
_POSSESSIVE_GAP = re.compile(r"^\s?(?:'s|\u2019s)\s+(?:(?:northern|southern|eastern|western|central)\s+)?$")


def headquarters(ctx: Context, sent: Sentence) -> None:
    """`NATO, whose headquarters is located in the Belgian capital`, `X, based in Y`, `the Vienna-based X`."""
    orgs, places = sent.of_type("Organization"), sent.of_type("Place")
    for oi, org in orgs:
        for pi, place in places:
            if org.method == place.method == "rule:source-line" and place.end <= org.start \
                    and not ctx.text[place.end:org.start].strip():
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:source-line", 0.85)  # "Moscow KRASNAYA ZVEZDA"
            if place.start > org.end and W.HEADQUARTERS_BETWEEN.match(re.sub(r"^\s*\)", "", sent.between(org, place))):
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:headquarters", 0.85)
            elif place.end <= org.start and W.BASED_AFTER.match(sent.between(place, org)) \
                    and not _verb_between(ctx, place.end + len("-based"), org.start) \
                    and not any(place.end < m.start and m.end <= org.start for _, m in sent.mentions) \
                    and not _owns_next_noun(ctx, oi):
                # ("the Frankfurt-based Commerzbank and Giessen's X": the first name after it is the one based)
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:based", 0.85)
            elif place.start > org.end and _PLACE_NOUN_BEFORE.match(sent.between(org, place)) \
                    and _BODY_NOUN_AFTER.match(ctx.text[place.end:place.end + 40]) and _kind(ctx, pi) != "Continent":
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:place-noun", 0.75)  # "CSIS, a Washington think tank"
            elif place.start > org.end and ctx.text.startswith("-based", place.end) \
                    and _BASED_COPULA.match(sent.between(org, place)):
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:based", 0.8)  # "Amazon, a Seattle-based retailer"
            elif place.start >= org.end and sent.between(org, place) == " of " \
                    and org.text.split()[-1].lower().rstrip(".") in LEGAL_FORMS and _kind(ctx, pi) != "Country" \
                    and place_index().lookup(place.normal or place.text, "City") is not None:
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:company-town", 0.8)  # "Keen Corp. of New York"
            elif place.start >= org.end and re.fullmatch(r"\s+in\s+", sent.between(org, place)) \
                    and org.text.split()[-1].lower() in W.INSTITUTION_WORDS:
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:institution-in", 0.75)  # "Yonsei University in Seoul"
            elif place.start >= org.end and re.fullmatch(r"\s?(?:'s|\u2019s)?\s*", sent.between(org, place)) \
                    and re.match(r"\s*(?:headquarters|HQ|head office)\b", sent.after(place, 20)):
                ctx.emit("headquarteredIn", oi, pi, sent, "rule:headquarters", 0.85)  # "NATO's Brussels headquarters"


# "In Washington, the State Department said", "In Beijing, China's Foreign Ministry said": a government body
# the clause after a city opening the sentence is about sits there. Only bodies of a government (an alliance
# "in Bucharest" may be meeting there), and only the subject (not "In Brussels, NATO's envoy said").
_CITY_OPENING = re.compile(r"\s*In\s+$")
_OPENING_GAP = re.compile(r"^\s*,\s+(?:the\s+)?(?:[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?\s?(?:'s|\u2019s)\s+)?$")
_SEAT_BODY_WORDS = frozenset("ministry department office agency embassy parliament council court police government "
                             "commission bureau administration congress senate assembly duma knesset cabinet".split())


def city_openings(ctx: Context, sent: Sentence) -> None:
    """`In Washington, the General Accounting Office said ...`: the body is based in the city."""
    places = sent.of_type("Place")
    if not places or not _CITY_OPENING.fullmatch(ctx.text[sent.start:places[0][1].start]):
        return
    pi, place = places[0]
    if _kind(ctx, pi) != "City":
        return
    org = next(((i, m) for i, m in sent.mentions if m.start >= place.end and m.type == "Organization"), None)
    if org is None or not _OPENING_GAP.match(ctx.text[place.end:org[1].start]) \
            or org[1].text.split()[-1].lower() not in _SEAT_BODY_WORDS:
        return
    root = ctx.root(org[0])
    if root is not None and root.dep_ in ("nsubj", "nsubjpass"):
        ctx.emit("headquarteredIn", org[0], pi, sent, "rule:city-opening", 0.75)


# "Tampa, home of Central Command", "Brussels is home to NATO": the place is where the body sits
_HOME_BETWEEN = re.compile(r"^\s*(?:,\s*(?:which\s+is\s+)?|\s+(?:is|was|remains|has\s+long\s+been|has\s+been)\s+)"
                           r"(?:also\s+)?(?:the\s+)?home\s+(?:of|to)\s+(?:the\s+)?$")
_HOME_LIST_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$")


def homes(ctx: Context, sent: Sentence) -> None:
    """`Yokosuka, home to the 7th Fleet`, `the Vatican, home of the Catholic Church`, `Brussels is home to
    NATO and the EU`: each body the place is home to, named whole (not "home of the Lockheed Martin
    plant"), is based there; so is it in the town of `Tampa, Fla., home of X`."""
    places = sent.of_type("Place")
    for n, (pi, place) in enumerate(places):
        if _kind(ctx, pi) == "Continent":
            continue
        seats = [pi]
        if n > 0 and any(r.predicate == "partOf" and (r.subject, r.object) == (places[n - 1][0], pi)
                         and r.sentence == sent.idx for r in ctx.relations):
            seats.append(places[n - 1][0])  # "Tampa, Fla.,": the town, in the state
        last = place
        for oi, org in ((i, m) for i, m in sent.mentions if m.start >= place.end):
            gap = sent.between(last, org)
            if not (_HOME_BETWEEN.match(gap) if last is place else _HOME_LIST_GAP.match(gap)):
                break
            if org.type != "Organization" or _modifies_noun(ctx, oi):
                break
            for si in seats:
                ctx.emit("headquarteredIn", oi, si, sent, "rule:home", 0.8)
            last = org


def _modifies_noun(ctx: Context, i: int) -> bool:
    """The mention is a modifier of the noun after it ("the Lockheed Martin plant", "NATO's base")."""
    span = ctx.span(i)
    if span is None or span.end >= len(ctx.doc):
        return False
    nxt = ctx.doc[span.end]
    return nxt.pos_ in ("NOUN", "PROPN") or nxt.text in ("'s", "\u2019s", "'", "\u2019")


# "the Vienna-based agency said": a body named before, spoken of by its seat and its kind
_BASED_NOUN = re.compile(r"^-based\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b(?!-)")


def based_anaphors(ctx: Context, sent: Sentence) -> None:
    """`The IAEA inspected the site. The Vienna-based agency said ...`: the body is the last one named
    in this sentence or the two before whose name has the noun ("Agency") or that the gazetteer
    describes so ("the alliance" for NATO)."""
    for pi, place in sent.of_type("Place"):
        match = _BASED_NOUN.match(ctx.text[place.end:place.end + 60])
        if not match or not re.search(r"\b[Tt]he\s+$", sent.before(place, 10)) or _kind(ctx, pi) == "Continent":
            continue
        noun_end = place.end + match.end("noun")
        if any(m.start >= place.end and m.start < noun_end + 2 for m in ctx.mentions):
            continue  # "the Vienna-based IAEA": the name follows, rule:based reads it
        noun = match.group("noun")
        described = {e.id for e in ctx.gazetteer.description_targets("the " + noun)}
        found = None
        for oi, m in enumerate(ctx.mentions):
            if m.type != "Organization" or m.end > place.start or m.sentence < sent.idx - 2:
                continue
            if (m.key and m.key in described) or noun in {w.lower() for w in (m.normal or m.text).split()}:
                if found is None or m.start > ctx.mentions[found].start:
                    found = oi
        if found is not None:
            ctx.emit("headquarteredIn", found, pi, sent, "rule:based-anaphor", 0.75)


# "the Vienna-based UN watchdog", "a West Bank-based PLO official": the body owns the noun after it, and
# the noun's thing, not the body, is based there ("the Brussels-based Swift network" is Swift itself)
_OWNED_NOUNS = frozenset("""agency watchdog body official officials offshoot affiliate affiliates branch cell
    plot plots lawyer envoy delegation mission office critic critics militants fighters commander leader
    spokesman spokeswoman unit units""".split())


def _owns_next_noun(ctx: Context, i: int) -> bool:
    span = ctx.span(i)
    nxt = ctx.doc[span.end] if span is not None and span.end < len(ctx.doc) else None
    return nxt is not None and nxt.lower_ in _OWNED_NOUNS and nxt.text.islower()


def _verb_between(ctx: Context, start: int, end: int) -> bool:
    """A verb or preposition between: "the Beijing-based company told Reuters" bases the company, not Reuters."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "PUNCT") for t in span)


def _kind(ctx: Context, i: int) -> str | None:
    """Country, City, Region or Continent for a place the gazetteer knows; None otherwise."""
    entry = ctx.entry(i)
    return entry.subtype if entry is not None else None


_NOT_CONTAINED = frozenset("river sea ocean lake gulf bay strait mountains mountain range desert".split())


def crosses_borders(m: Mention) -> bool:
    """A river, sea or range, which is not part of one place (kg.extract.learned asks too)."""
    return (m.normal or m.text).split()[-1].lower() in _NOT_CONTAINED


def _contains(ctx: Context, inner: int, outer: int, unknown: bool = False) -> bool:
    """May `outer` contain `inner`, by what the gazetteer knows of both? `unknown`: two places it
    does not know may (the words said so plainly, as in `X in Y`)."""
    kin, kout = _kind(ctx, inner), _kind(ctx, outer)
    if crosses_borders(ctx.mentions[inner]):
        return False  # rivers and seas cross borders
    if kin in ("Country", "Continent") or kout == "City":
        return False
    if kout not in (None, "Country", "Region", "Continent"):
        return False
    entry = ctx.entry(inner)
    if entry is not None and entry.country and kout == "Country":  # the gazetteer knows the city's country
        return entry.country == ctx.mentions[outer].key or entry.country in W.FORMER_STATES.get(ctx.mentions[outer].key, ())
    return unknown or kin is not None or kout is not None  # two unknown places: too little to go on


def _comma_pair_kinds(ctx: Context, inner: int, outer: int) -> bool:
    """`CITY, COUNTRY`, `CITY, STATE`, `REGION, COUNTRY`; not two regions, which are more often a list."""
    kin, kout = _kind(ctx, inner), _kind(ctx, outer)
    return (kout == "Country" and kin in (None, "City", "Region")) or (kout == "Region" and kin in (None, "City"))


_DATELINE = re.compile(r"(?:^|\n)[ \t]*(?P<city>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}),[ \t]+(?=[A-Z])")


def _dateline_city(ctx: Context, sent: Sentence) -> None:
    """`RAMALLAH, West Bank —`: an upper-case dateline city the model and the gazetteer did not know."""
    match = _DATELINE.match(ctx.text, sent.start) or _DATELINE.match(ctx.text, max(0, sent.start - 1))
    if match is None or len(match.group("city")) < 3:
        return
    start, end = match.start("city"), match.end("city")
    if start < sent.start or any(m.start < end and start < m.end for m in ctx.mentions):
        return
    nxt = next((m for _, m in sent.of_type("Place") if m.start > end), None)
    if nxt is None or not re.fullmatch(r",\s*", ctx.text[end:nxt.start]) \
            or not re.match(r"\s*(?:\(|\u2014|\u2013|-|--)", ctx.text[nxt.end:nxt.end + 4]):
        return  # only "CITY, PLACE (Agency)" or "CITY, PLACE —": a dateline, not a heading
    name = match.group("city").title()
    ctx.add_mention(Mention(text=match.group("city"), start=start, end=end, type="Place", sentence=sent.idx,
                            method="rule:dateline", normal=name))
    sent.mentions = sorted([(i, m) for i, m in enumerate(ctx.mentions) if m.sentence == sent.idx],
                           key=lambda im: im[1].start)


# "Aloha, America West, American": a capitalised word right after the second place (not a day or month) says
# it is cut from a longer name, an airline here, not the country the first place lies in ("Grants, N.M. Ms.
# Calico": after an abbreviation a new sentence may begin)
_NAME_GOES_ON = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


def place_pairs(ctx: Context, sent: Sentence) -> None:
    """`Los Cabos, Mexico`, `Dubuque, Iowa`: a place, a comma and the place it lies in."""
    _dateline_city(ctx, sent)
    places = sent.of_type("Place")
    for n, ((ai, a), (bi, b)) in enumerate(zip(places, places[1:])):
        if _PAIR_DIRECTION_GAP.match(sent.between(a, b)) and _kind(ctx, ai) not in ("Country", "Continent") \
                and (_atlas_in(ctx, ai, bi) or _unknown_town_in_country(ctx, sent, ai, bi)):
            ctx.emit("partOf", ai, bi, sent, "rule:place-pair", 0.8)
            continue
        if not _PAIR_GAP.match(sent.between(a, b)) or _subject_after(ctx, ai, bi) or (_NAME_GOES_ON.match(ctx.text, b.end) and not b.text.endswith(".")):
            continue
        # "Jackson, Wyo., and Gunnison, Colo.": a list of pairs, not of places
        # ("Asia and the Middle East, Russia and ...": the article may stand before the next item)
        # ("Denver and Fort Myers, Fla.": a state's abbreviation ends a town's name, whatever stands before it)
        before_list = n > 0 and re.match(r"^\s*,?\s*(?:and|or)?\s*(?:the\s+)?$", sent.between(places[n - 1][1], a)) \
            and not (n > 1 and _state_pair(ctx, sent, places[n - 2], places[n - 1])) \
            and not (b.text.endswith(".") and atlas.us_state(b.text) is not None)
        # "Ramadi, Anbar": places the gazetteer does not know, which the atlas puts one in the other
        atlas_ok = _kind(ctx, ai) not in ("Country", "Continent") and _kind(ctx, bi) != "City" \
            and (_atlas_in(ctx, ai, bi) or _small_town_in_state(ctx, ai, bi))
        if re.match(r"\s?(?:'s|\u2019s)\b", ctx.text[b.end:b.end + 4]) or not (atlas_ok or _comma_pair_kinds(ctx, ai, bi)):
            continue  # "Jerusalem, Israel's largest city"; "West Bank, Gaza Strip"
        after = places[n + 2][1] if n + 2 < len(places) else None
        after_list = after is not None and re.match(r"^\s*,?\s*(?:and|or)?\s*$", sent.between(b, after)) \
            and not (n + 3 < len(places) and _state_pair(ctx, sent, places[n + 2], places[n + 3]))
        if before_list or after_list or not (atlas_ok or _contains(ctx, ai, bi)):
            continue
        ctx.emit("partOf", ai, bi, sent, "rule:place-pair", 0.8)


def _unknown_town_in_country(ctx: Context, sent: Sentence, ai: int, bi: int) -> bool:
    """`Amenas, eastern Algeria`, `Saalfeld, central Germany`: a name the gazetteer does not know, a comma and a
    direction before a country is a place in that country, as news places small towns, when the atlas knows
    no town of the name or one in that country; not an item of a list ("Kobani, northern Syria, and Erbil")."""
    a = ctx.mentions[ai]
    if _kind(ctx, ai) is not None or _kind(ctx, bi) != "Country" or crosses_borders(a):
        return False
    if atlas.known(a.normal or a.text):  # a town of the name in that country, though a larger one lies elsewhere
        country = {ar.country for ar in atlas.areas(ctx.mentions[bi].text, ctx.entry(bi).label)}
        if not country & atlas.town_countries(a.normal or a.text):
            return False
    places = [m for _, m in sent.of_type("Place")]
    b = ctx.mentions[bi]
    nxt = next((m for m in places if m.start >= b.end), None)
    prev = next((m for m in reversed(places) if m.end <= a.start), None)
    return not (nxt is not None and _LIST_GAP.fullmatch(ctx.text[b.end:nxt.start])) \
        and not (prev is not None and _LIST_GAP.fullmatch(ctx.text[prev.end:a.start]))


def _state_pair(ctx: Context, sent: Sentence, a: tuple[int, Mention], b: tuple[int, Mention]) -> bool:
    """Two places written `TOWN, STATE` as the AP writes a US town (the state abbreviated or in full)."""
    return bool(_PAIR_GAP.match(sent.between(a[1], b[1]))) and _kind(ctx, a[0]) not in ("Country", "Continent", "Region") \
        and atlas.us_state(b[1].text) is not None and atlas.us_state(a[1].text) is None


def _subject_after(ctx: Context, ai: int, bi: int) -> bool:
    """`At Galwan, India completed a road`, `Speaking in Jerusalem, US adviser John Bolton said`: the
    second place opens the clause (its subject, or a word of its subject's title) after a phrase that
    ends with the first; it does not say where the first lies."""
    ra, rb = ctx.root(ai), ctx.root(bi)
    if ra is None or rb is None or ra.dep_ != "pobj":
        return False
    for _ in range(4):
        if rb.dep_ in ("nsubj", "nsubjpass"):
            return True
        if rb.dep_ not in ("compound", "amod") or rb.head.pos_ not in ("NOUN", "PROPN"):
            return False
        rb = rb.head
    return False


def _small_town_in_state(ctx: Context, ai: int, bi: int) -> bool:
    """`Bethany, Conn.`, `Belen, N.M.`: a name the gazetteer does not know, a comma and a US state is a
    town of that state, as the AP writes towns, though the atlas (towns of 15,000 people or more) may
    know only a larger town of that name elsewhere. Not a list of states or countries."""
    a, b = ctx.mentions[ai], ctx.mentions[bi]
    if _kind(ctx, ai) is not None or atlas.areas(a.text) or atlas.areas(a.normal or a.text):
        return False
    found = atlas.areas(b.text, ctx.entry(bi).label if ctx.entry(bi) else None)
    return len(found) == 1 and next(iter(found)).country == "US" and bool(next(iter(found)).region) \
        and atlas.us_state(b.text) is not None


def _larger_town_first(ctx: Context, a: Mention, b: Mention, bi: int) -> bool:
    """`the Paris suburb of Saint-Denis`, `the Louisville suburb of Okolona`: the town named before "suburb of"
    is the container when GeoNames knows it as a town larger than the place after it ("the Maadi
    neighborhood of Cairo" and "the Saint-Denis suburb of Paris" name the part first)."""
    if _kind(ctx, bi) in ("Country", "Region", "Continent"):
        return False
    first = place_index().lookup(a.normal or a.text, "City")
    second = place_index().lookup(b.normal or b.text, "City")
    return first is not None and first.population > (second.population if second is not None else 0)


def places_in(ctx: Context, sent: Sentence) -> None:
    """`Ramadi in Anbar province`, `Independence Square in Kyiv`, `the Baba Amr neighborhood of Homs`:
    a place in a larger one."""
    places = sent.of_type("Place")
    for n, ((ai, a), (bi, b)) in enumerate(zip(places, places[1:])):
        if W.PART_OF_PLACE_BETWEEN.match(sent.between(a, b)) and _larger_town_first(ctx, a, b, bi):
            ctx.emit("partOf", bi, ai, sent, "rule:place-part", 0.8)  # "the Damascus suburb of Douma"
            continue
        if W.PART_OF_PLACE_BETWEEN.match(sent.between(a, b)) and _kind(ctx, ai) not in ("Country", "Continent", "City") \
                and _kind(ctx, bi) != "Continent":  # a known city first is "the Cairo district of Nasr City"
            ctx.emit("partOf", ai, bi, sent, "rule:place-part", 0.8)
            continue
        if _IN_GAP.match(sent.between(a, b)) and _kind(ctx, bi) != "City" \
                and _contains(ctx, ai, bi, unknown=_kind(ctx, ai) is None):
            ctx.emit("partOf", ai, bi, sent, "rule:place-in", 0.7)
            # "Donetsk and Luhansk in eastern Ukraine": the places listed before it lie there too
            k = n
            while k > 0 and _LIST_GAP.fullmatch(sent.between(places[k - 1][1], places[k][1])):
                ci = places[k - 1][0]
                placed = any(r.predicate == "partOf" and ci in (r.subject, r.object) and r.sentence == sent.idx
                             for r in ctx.relations)
                if placed or (k > 1 and _IN_GAP.match(sent.between(places[k - 2][1], places[k - 1][1]))):
                    # "the North Korean town of Sinuiju and Dandong in China": Sinuiju is placed already;
                    # "A District in B Province, C District in D Province": B is a container, not a part
                    break
                kinds = {places[k - 1][1].text.split()[-1].lower(), a.text.split()[-1].lower()}
                if len(kinds & (W.PLACE_KINDS | {"district"})) == 2:
                    break  # "Loei Province, Nakhon Thai District in ...": not one list of like places
                if _kind(ctx, ci) == _kind(ctx, ai) and _contains(ctx, ci, bi, unknown=_kind(ctx, ci) is None):
                    ctx.emit("partOf", ci, bi, sent, "rule:place-in", 0.7)
                k -= 1
        elif _NATURAL_IN_GAP.fullmatch(sent.between(a, b)) and _kind(ctx, bi) == "Continent" \
                and _kind(ctx, ai) not in ("Country", "Continent", "City"):
            ctx.emit("partOf", ai, bi, sent, "rule:place-in", 0.7)  # a desert or river crosses borders, not continents
        elif _IN_GAP.match(sent.between(a, b)) and _kind(ctx, bi) == "City" and _kind(ctx, ai) is None \
                and ctx.mentions[ai].method.startswith("ner") and ctx.text[a.start:a.end].istitle() \
                and ctx.root(ai) is not None and ctx.root(ai).ent_type_ == "FAC":
            ctx.emit("partOf", ai, bi, sent, "rule:place-in", 0.7)  # a building or square in a city


_DIRECTIONS = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
# "Mariupol, a port city in southeastern Ukraine", "Idlib, the last rebel-held province of Syria"
_KIND_IN_AFTER = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:(?!of\b|in\b|for\b|from\b|near\b|to\b)[\w-]+\s+){0,3}?(?:" + "|".join(sorted(W.PLACE_KINDS))
                            + r")\s+(?:in|of)\s+(?:the\s+)?" + _DIRECTIONS + r"?$")
# "Mariupol, the next large Ukrainian city", "Sevastopol, a Crimean port"
_DEMONYM_KIND_AFTER = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:(?!of\b|in\b|for\b|from\b|near\b|to\b)[a-z-]+\s+){0,3}?(?P<owner>[A-Z][a-z]+)\s+(?:"
                                 + "|".join(sorted(W.PLACE_KINDS)) + r")\b")


def kind_appositions(ctx: Context, sent: Sentence) -> None:
    """`Mariupol, a port city in southeastern Ukraine`, `Mariupol, the next large Ukrainian city`."""
    places = sent.of_type("Place")
    for n, (ai, a) in enumerate(places):
        if _kind(ctx, ai) in ("Country", "Continent"):
            continue
        if n + 1 < len(places):
            bi, b = places[n + 1]
            if _KIND_IN_AFTER.match(sent.between(a, b)) and _contains(ctx, ai, bi, unknown=True):
                ctx.emit("partOf", ai, bi, sent, "rule:place-apposition", 0.8)
                continue
        match = _DEMONYM_KIND_AFTER.match(sent.after(a, 80))
        if match:
            ci = ctx.country_mention(match.group("owner"), a.end + match.start("owner"), sent.idx)
            if ci is not None and ci != ai and _contains(ctx, ai, ci, unknown=True):
                ctx.emit("partOf", ai, ci, sent, "rule:place-apposition", 0.8)


def capitals(ctx: Context, sent: Sentence) -> None:
    """`Damascus, the Syrian capital`, `the Turkish capital Ankara`, `Russia's capital, Moscow`."""
    for pi, place in sent.of_type("Place"):
        if place.method == "rule:description":
            continue  # "the Belgian capital" alone names the city, it does not state where it lies
        for pattern, text, base in ((_CAPITAL_AFTER, sent.after(place, 60), place.end),
                                    (_CAPITAL_BEFORE, sent.before(place, 60), place.start - len(sent.before(place, 60)))):
            match = pattern.search(text)
            if not match:
                continue
            group = "owner" if match.groupdict().get("owner") else "owner2"  # "X, the capital of Syria"
            start = base + match.start(group)
            oi = ctx.country_mention(match.group(group), start, sent.idx)
            if oi is None:
                oi = ctx.mention_at_char(start)
                oi = oi if oi is not None and ctx.mentions[oi].type == "Place" else None
            if oi is not None and oi != pi and ctx.mentions[oi].key != place.key and _kind(ctx, pi) != "Country" and _kind(ctx, oi) in ("Country", None):
                ctx.emit("partOf", pi, oi, sent, "rule:capital", 0.85)


_CAPITAL_OF = re.compile(r"(?:\b(?P<poss>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s?(?:'s|\u2019s)|\b[Tt]he\s+(?P<adj>" + _OWNER + r"))"
                         r"\s+capital\b(?!\s+(?:of|city\s+of)\b)")


def named_capitals(ctx: Context, sent: Sentence) -> None:
    """`MOSCOW -- ... here in Russia's capital`, `Putin was in Moscow. In the Russian capital, ...`: a
    country's capital spoken of as such where the gazetteer's capital of it is named in this sentence
    or the one before."""
    text = ctx.text[sent.start:sent.end]
    for match in _CAPITAL_OF.finditer(text):
        group = "poss" if match.group("poss") else "adj"
        start = sent.start + match.start(group)
        if group == "adj":  # the adjective's mention is added only for a relation (it adds co-occurrences)
            country, ci = ctx.gazetteer.country_for_demonym(match.group("adj")), None
        else:
            ci = ctx.mention_at_char(start)
            country = ctx.entry(ci) if ci is not None and ctx.mentions[ci].type == "Place" else None
        capital = ctx.gazetteer.capital_of(country.id) if country is not None and country.subtype == "Country" else None
        if capital is None:
            continue
        for pi, m in enumerate(ctx.mentions):
            if m.key == capital.id and m.method != "rule:description" and m.type == "Place" \
                    and (m.sentence == sent.idx or m.sentence == sent.idx - 1 and sent.idx > 0):
                if ci is None:
                    ci = ctx.country_mention(match.group("adj"), start, sent.idx)
                ctx.emit("partOf", pi, ci, sent, "rule:capital-named", 0.8)
                break


def place_kinds(ctx: Context, sent: Sentence) -> None:
    """`the Crimean city of Sevastopol`, `Syria's Idlib province`, `the Ukrainian port of Odessa`."""
    _name_after_kind(ctx, sent)
    for pi, place in sent.of_type("Place"):
        match = W.PLACE_KIND_OF.search(sent.before(place, 80))
        if match:
            owner_word = match.group("owner")
            start = place.start - len(sent.before(place, 80)) + match.start("owner")
            oi = ctx.country_mention(owner_word, start, sent.idx)  # an adjective first: the model tags some
            if oi is None:
                oi = ctx.mention_at_char(start)
                kind_word = match.group(0).split()[-2].lower()
                named = oi is not None and ctx.mentions[oi].type == "Place" and oi != pi
                if named and not re.search(r"(?:'s|\u2019s)\s", match.group(0)):
                    # a region of a country, or one the atlas puts there: not "the Cairo district of Nasr City"
                    if kind_word in _REGION_KINDS and _kind(ctx, oi) not in ("Country", "Continent") \
                            and (_kind(ctx, pi) == "Country" or _atlas_in(ctx, oi, pi)) and _contains(ctx, oi, pi, unknown=True):
                        ctx.emit("partOf", oi, pi, sent, "rule:place-kind", 0.85)  # "the Catalonia region of Spain"
                        continue
                    # the owner must be a country or region the atlas knows: not "the Mediterranean port of X"
                    owner = ctx.mentions[oi]
                    if kind_word in _SETTLEMENT_KINDS and atlas.areas(owner.normal or owner.text) \
                            and (_atlas_in(ctx, pi, oi) or not atlas.known(place.normal or place.text)):
                        pass  # "the West Bank city of Bethlehem": a settlement in the named region or country
                    else:
                        named = False
                # a named place is the owner only as a possessor ("Syria's city of X") or of a town
                # ("the West Bank city of X"): "the Donetsk region of Ukraine" names a part of the place
                if not named:
                    oi = _region_of_adjective(ctx, owner_word, start, sent)
            if oi is not None and oi != pi and _kind(ctx, pi) not in ("Country", "Continent"):
                ctx.emit("partOf", pi, oi, sent, "rule:place-kind", 0.85)
    places = sent.of_type("Place")
    for (ai, a), (bi, b) in zip(places, places[1:]):
        # "Syria's Idlib province": the possessor contains the place; not "Syria's Mediterranean coast".
        next_word = re.match(r"\s*([a-z]+)", ctx.text[b.end:b.end + 20])
        if _POSSESSIVE_GAP.match(sent.between(a, b)) and _contains(ctx, bi, ai) \
                and (next_word is None or next_word.group(1) in W.PLACE_KINDS
                     or b.text.split()[-1].lower() in W.PLACE_KINDS | W.FACILITY_WORDS):
            ctx.emit("partOf", bi, ai, sent, "rule:place-possessive", 0.75)
        elif _POSSESSIVE_GAP.match(sent.between(a, b)) and _kind(ctx, ai) == "City" and _kind(ctx, bi) is None \
                and b.text.split()[-1].lower() in W.FACILITY_WORDS and not crosses_borders(b):
            ctx.emit("partOf", bi, ai, sent, "rule:place-possessive", 0.75)  # "Cairo's Tahrir Square"


_KIND_OF_ANYWHERE = re.compile(W.PLACE_KIND_OF.pattern.removesuffix("$"))
_NAME_BEFORE_PART = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})\s+(?=(?:neighbou?rhood|district|"
                               r"suburb|quarter)\s+of\s+[A-Z])")
_KIND_NAME = re.compile(r"^(?P<name>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2})")


def _name_after_kind(ctx: Context, sent: Sentence) -> None:
    """`the southern Israeli town of Sderot`: the name after "town of" is a place, if the model missed it."""
    text = ctx.text[sent.start:sent.end]
    spans = []
    for match in _KIND_OF_ANYWHERE.finditer(text):
        name = _KIND_NAME.match(text[match.end():])
        if name is not None:
            spans.append((sent.start + match.end(), name.group("name")))
    for match in _NAME_BEFORE_PART.finditer(text):  # "the Baba Amr district of Homs"
        spans.append((sent.start + match.start("name"), match.group("name")))
    for start, name in spans:
        end = start + len(name)
        if any(m.start < end and start < m.end for m in ctx.mentions):
            continue
        ctx.add_mention(Mention(text=name, start=start, end=end, type="Place", sentence=sent.idx,
                                method="rule:place-kind", normal=name))
    sent.mentions = sorted([(i, m) for i, m in enumerate(ctx.mentions) if m.sentence == sent.idx],
                           key=lambda im: im[1].start)


def _region_of_adjective(ctx: Context, word: str, start: int, sent: Sentence) -> int | None:
    """`Crimean` -> Crimea, `Siberian` -> Siberia: an adjective in -an from a place the gazetteer knows."""
    if not word.endswith("an"):
        return None
    entry = ctx.gazetteer.lookup_name(word[:-1])
    if entry is None or entry.type != "Place":
        return None
    return ctx.add_mention(Mention(text=word, start=start, end=start + len(word), type="Place", sentence=sent.idx,
                                   key=entry.id, method="rule:demonym", normal=entry.label))


def _atlas_in(ctx: Context, inner: int, outer: int, second_level: bool = False) -> bool:
    """Does the atlas put mention `inner` in mention `outer` (kg.extract.atlas)?"""
    a, b = ctx.mentions[inner], ctx.mentions[outer]
    a_entry, b_entry = ctx.entry(inner), ctx.entry(outer)
    a_name, b_name = a.normal or a.text, b.normal or b.text
    if a_name == b_name or (a.key and a.key == b.key):
        return False
    if a_entry is not None and a_entry.country and b_entry is not None and b_entry.subtype == "Country" \
            and a_entry.country != b_entry.id:
        return False  # the gazetteer places it elsewhere
    return atlas.lies_in(a_name, a_entry.label if a_entry else None, b_name, b_entry.label if b_entry else None,
                         second_level)


_KIND_WORDS = (r"(?:cit(?:y|ies)|towns?|villages?|ports?|regions?|provinces?|districts?|states?|territor(?:y|ies)|"
               r"oblasts?|count(?:y|ies)|governorates?)")
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
# "the northern region of Flanders", "the Iraqi provinces of Anbar and Nineveh": a kind of place, "of", the name
_KIND_INTRO = re.compile(r"\b[Tt]he\s+(?P<words>(?:[\w-]+\s+){0,3}?)(?P<kind>" + _KIND_WORDS + r")\s+of\s+"
                         r"(?P<list>(?:" + _NAME + r"\s*(?:,|,?\s+and|,?\s+or)\s+){0,4})$")
# "unrest in Anbar, particularly in Ramadi and in Fallujah"
_EMPHASIS_GAP = re.compile(r"^\s*,\s*(?:particularly|especially|notably|mainly|mostly|chiefly|including)\s+"
                           r"(?:in\s+)?(?:the\s+)?$")
_LIST_IN_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or)\s+(?:in\s+)?(?:the\s+)?$")
# "Latakia, on Syria's Mediterranean coast"
_EDGE_GAP = re.compile(r"^\s*,\s*(?:on|along|off|near)\s+(?:the\s+)?$")
_EDGE_AFTER = re.compile(r"^\s?(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}(?:coast|coastline|shore|border|frontier)\b")


def atlas_pairs(ctx: Context, sent: Sentence) -> None:
    """Places whose containment the words only hint at and the atlas (kg.extract.atlas) confirms:
    `the northern region of Flanders` after a sentence naming Belgium, `in Anbar, particularly in
    Ramadi`, `Latakia, on Syria's Mediterranean coast`."""
    places = [(i, m) for i, m in sent.of_type("Place") if _kind(ctx, i) != "Continent"
              and ctx.mentions[i].text.split()[-1].lower() not in _NOT_CONTAINED]
    # a name right after "the region of" is a place whatever the model took it for ("Flanders")
    for ai, a in sent.mentions:
        if _kind(ctx, ai) in ("Country", "Continent") or a.type not in ("Place", "Organization", "Person"):
            continue
        match = _KIND_INTRO.search(sent.before(a, 120))
        if match and (not match.group("list") or match.group("kind").endswith("s")):  # a list after a plural
            _kind_intro(ctx, sent, ai, match)
    for n, (bi, b) in enumerate(places):
        if _kind(ctx, bi) == "City":
            continue
        for ai, a in places[n + 1:]:
            if _EMPHASIS_GAP.match(sent.between(b, a)):
                k = places.index((ai, a))
                while True:
                    if _atlas_in(ctx, ai, bi):
                        ctx.emit("partOf", ai, bi, sent, "rule:atlas-list", 0.75)
                    if k + 1 >= len(places) or not _LIST_IN_GAP.match(sent.between(places[k][1], places[k + 1][1])):
                        break
                    k += 1
                    ai = places[k][0]
            break
        if n > 0:
            ai, a = places[n - 1]
            if _EDGE_GAP.match(sent.between(a, b)) and _EDGE_AFTER.match(ctx.text[b.end:b.end + 60]) \
                    and _atlas_in(ctx, ai, bi):
                ctx.emit("partOf", ai, bi, sent, "rule:atlas-edge", 0.75)


def _kind_intro(ctx: Context, sent: Sentence, ai: int, match: re.Match) -> None:
    """`the northern region of Flanders`: the place lies in the country of the adjective, or else in
    the nearest place of this sentence or the one before that the atlas puts it in."""
    # "the Iraqi provinces of": an owner; "the Dutch-speaking region of": a description
    owners = [w for w in match.group("words").split() if w[:1].isupper() and "-" not in w]
    if owners:  # "the Iraqi provinces of Anbar and Nineveh": the country of the adjective
        start = ctx.mentions[ai].start - len(sent.before(ctx.mentions[ai], 120)) + match.start("words") \
            + match.group("words").index(owners[-1])
        country = ctx.gazetteer.country_for_demonym(owners[0]) if len(owners) == 1 else None
        if country is None:
            return
        name = ctx.mentions[ai].normal or ctx.mentions[ai].text
        if atlas.known(name) and not atlas.lies_in(name, None, country.label, country.label):
            return  # the atlas places it elsewhere
        ci = ctx.country_mention(owners[-1], start, sent.idx)
        if ci != ai and _contains(ctx, ai, ci, unknown=True):
            ctx.emit("partOf", ai, ci, sent, "rule:place-kind", 0.85)
        return
    a = ctx.mentions[ai]
    candidates = [(i, m) for i, m in enumerate(ctx.mentions) if m.type == "Place" and i != ai
                  and (m.sentence == sent.idx or m.sentence == sent.idx - 1 and sent.idx > 0)]
    # the nearest before it first, then the nearest after it in this sentence
    before = sorted((im for im in candidates if im[1].end <= a.start), key=lambda im: -im[1].start)
    # after it, not a name listed with it: "the state of Jammu and Kashmir" is one state
    after = sorted((im for im in candidates if im[1].start >= a.end and im[1].sentence == sent.idx
                    and not _LIST_IN_GAP.match(ctx.text[a.end:im[1].start])), key=lambda im: im[1].start)
    for oi, _ in before + after:
        if _kind(ctx, oi) in ("City", "Continent"):
            continue
        if _atlas_in(ctx, ai, oi, second_level=match.group("kind").startswith(("region", "count", "district"))):
            ctx.emit("partOf", ai, oi, sent, "rule:atlas-kind", 0.75)
            return


_UNIT_NUMBER = re.compile(r"\bUnit\s+\d{3,6}\b")


def _unit_numbers(ctx: Context, sent: Sentence) -> None:
    """`Unit 61398`, `Unit 29155`: a numbered military unit is a body, if the model missed it."""
    text = ctx.text[sent.start:sent.end]
    added = False
    for match in _UNIT_NUMBER.finditer(text):
        start, end = sent.start + match.start(), sent.start + match.end()
        if any(m.start < end and start < m.end for m in ctx.mentions):
            continue
        ctx.add_mention(Mention(text=match.group(0), start=start, end=end, type="Organization", sentence=sent.idx,
                                method="rule:unit", normal=match.group(0)))
        added = True
    if added:
        sent.mentions = sorted([(i, m) for i, m in enumerate(ctx.mentions) if m.sentence == sent.idx],
                               key=lambda im: im[1].start)


def organisation_parts(ctx: Context, sent: Sentence) -> None:
    """`X, a unit of Y`; `the GRU's Unit 26165`, `NATO's Military Committee`."""
    _unit_numbers(ctx, sent)
    orgs = sent.of_type("Organization")
    for (ai, a), (bi, b) in zip(orgs, orgs[1:]):
        between = sent.between(a, b)
        if W.PART_BETWEEN.match(between) or (re.fullmatch(r"\s+of\s+(?:the\s+)?", between) and _is_unit(a.text)):
            ctx.emit("partOf", ai, bi, sent, "rule:part-of", 0.8)  # "X, a unit of Y", "Unit 26165 of the GRU"
        elif between in ("'s ", "\u2019s ", " 's ") and _is_unit(b.text) and not _is_unit(a.text):
            ctx.emit("partOf", bi, ai, sent, "rule:part-possessive", 0.75)  # "the GRU's Unit 26165"
    for ai, a in orgs:
        _described_owner(ctx, sent, ai, a)


# "X, an elite unit of Iran's Revolutionary Guards", "X, an arm of Russia's military intelligence agency,
# known as the GRU": the owner after a possessor or a few describing words
_PART_HEAD = re.compile(r"\s*,\s*(?:which\s+is\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:unit|branch|arm|division|"
                        r"subsidiary|wing|directorate)\s+of\s+")
_KNOWN_AS = re.compile(r",?\s*(?:(?:also|widely|better)\s+)?known\s+(?:widely\s+)?as\s+(?:the\s+)?$")
_DESCRIBING = frozenset("DET ADJ NOUN PROPN PART".split())


def _described_owner(ctx: Context, sent: Sentence, ai: int, a: Mention) -> None:
    """The body that `X, a unit of ...` names after a possessor or describing words (the short form,
    "X, a unit of Y", is W.PART_BETWEEN's); only nouns and adjectives between, no verb or clause."""
    head = _PART_HEAD.match(ctx.text, a.end, sent.end)
    if head is None:
        return
    later = [(i, m) for i, m in sent.mentions if m.start >= head.end()]
    owner = next(((i, m) for i, m in later if _names_a_body(ctx, i)), None)
    if owner is None or re.fullmatch(r"(?:the\s+)?", ctx.text[head.end():owner[1].start]) \
            or owner[1].start - head.end() > 60:
        return  # right after "of": the short form (W.PART_BETWEEN); far after it: a clause, not a description
    tail = ctx.text[head.end():owner[1].start]
    known = _KNOWN_AS.search(tail)
    words = tail[:known.start()] if known else tail
    span = ctx.doc.char_span(head.end(), head.end() + len(words.rstrip()), alignment_mode="contract")
    if span is None or len(span) > 5 or any(t.pos_ not in _DESCRIBING for t in span):
        return
    if any(m.type != "Place" for _, m in later if m.start < owner[1].start):
        return  # only a possessor place between: "of Iran's Revolutionary Guards"
    ctx.emit("partOf", ai, owner[0], sent, "rule:part-described", 0.75)


def _names_a_body(ctx: Context, i: int) -> bool:
    """An organisation mention, or a dotted acronym the gazetteer knows as one ("G.R.U." the model took
    for a place)."""
    m = ctx.mentions[i]
    if m.type == "Organization":
        return True
    if not re.fullmatch(r"(?:[A-Z]\.){2,6}", m.text):
        return False
    entry = ctx.gazetteer.lookup_name(m.text.replace(".", ""))
    return entry is not None and entry.type == "Organization"


_UNIT_WORDS = frozenset("unit units committee command directorate division branch department office agency "
                        "service council assembly secretariat staff".split())


def _is_unit(name: str) -> bool:
    return bool({w.lower() for w in name.split()} & _UNIT_WORDS)


_CITY_POSSESSIVE = re.compile(r"\b[Tt]he\s+(?:city|capital|town)(?:'s|\u2019s)\s+(?:(?:main|central|old|famous|historic)\s+)?$")


def city_possessives(ctx: Context, sent: Sentence) -> None:
    """`in Kiev ... chaos in the city's Independence Square`: a place "the city's" (or "the capital's") is in
    the one city this sentence names before it or the one before names."""
    for pi, place in sent.of_type("Place"):
        if not _CITY_POSSESSIVE.search(sent.before(place, 40)) or _kind(ctx, pi) in ("Country", "Continent", "Region", "City"):
            continue
        cities = {}
        for ci, m in enumerate(ctx.mentions):
            if m.type == "Place" and m.start < place.start and sent.idx - 1 <= m.sentence <= sent.idx \
                    and _kind(ctx, ci) == "City" and ci != pi:
                cities.setdefault(m.key, ci)
        if len(cities) == 1:
            ctx.emit("partOf", pi, next(iter(cities.values())), sent, "rule:city-possessive", 0.75)


# "Brazoria, Fort Bend and Galveston counties in southeast Texas", "the Donetsk and Luhansk regions of Ukraine":
# a list of places, the plural of their kind, and the place they all lie in
_PLURAL_KIND_IN = re.compile(r"\s+(?:counties|provinces|regions|districts|states|oblasts|governorates|prefectures|"
                             r"cantons|departments|municipalities|cities|towns|villages)\s+(?:in|of)\s+(?:the\s+)?"
                             + _DIRECTIONS + r"?$", re.I)
_LIST_ITEM_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:" + _DIRECTIONS + r")?", re.I)


def listed_places_in(ctx: Context, sent: Sentence) -> None:
    """`Brazoria, Fort Bend and Galveston counties in southeast Texas`: each place of the list lies in the
    last one, where what the gazetteer knows of both allows it. A name of the list the model took for
    something else ("southern Harris Counties") is stepped over, not placed."""
    for bi, b in sent.of_type("Place"):
        items = [(i, m) for i, m in sent.mentions if m.end <= b.start]
        if not items or _kind(ctx, bi) in ("City", None) and not atlas.known(b.text):
            continue
        last_i, last = items[-1]
        if not _PLURAL_KIND_IN.fullmatch(ctx.text[last.end:b.start]):
            continue
        k = len(items) - 1
        while k >= 0:
            ai, a = items[k]
            if a.type == "Place" and _kind(ctx, ai) not in ("Country", "Continent") \
                    and _contains(ctx, ai, bi, unknown=True):
                ctx.emit("partOf", ai, bi, sent, "rule:place-list-in", 0.75)
            if k == 0 or not _LIST_ITEM_GAP.fullmatch(ctx.text[items[k - 1][1].end:a.start]):
                break
            k -= 1


# "Mosul, one of Iraq's largest cities", "Serbia is the largest of Yugoslavia's six republics"
_ONE_OF = re.compile(r"\s*(?:,|\s+(?:is|was|remains))\s+(?:(?:one|the\s+[a-z]+est|the\s+most\s+[a-z]+)|[a-z]+est)\s+of\s+"
                     r"(?:the\s+)?$")
_OWNED_KINDS = re.compile(r"\s?(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?(?:republics|provinces|regions|states|cities|towns|"
                          r"counties|oblasts|districts|governorates|territories|emirates|prefectures)\b")


def one_of_places(ctx: Context, sent: Sentence) -> None:
    """`Mosul, one of Iraq's largest cities`, `Serbia is the largest of Yugoslavia's six republics`: the
    place is one of the other's parts of that kind."""
    places = sent.of_type("Place")
    for (ai, a), (bi, b) in zip(places, places[1:]):
        kinds = _OWNED_KINDS.match(ctx.text, b.end, sent.end) if _ONE_OF.fullmatch(ctx.text[a.end:b.start]) else None
        if kinds is None or _kind(ctx, ai) == "Continent" or _kind(ctx, bi) in ("City", "Continent"):
            continue
        # ("Serbia is the largest of Yugoslavia's six republics": a state that was once a republic of another)
        federal = _kind(ctx, ai) == "Country" and kinds.group(0).split()[-1] in ("republics", "states", "emirates")
        if federal or _contains(ctx, ai, bi, unknown=True):
            ctx.emit("partOf", ai, bi, sent, "rule:place-one-of", 0.8)


# "the Haitian Parliament" or "Iran's Central Bank", read as "Parliament of Haiti" (kg.extract.rules)
_STATE_BODY_NORMAL = re.compile(r"(?:[A-Z][a-z]+ )?(?:Ministry|Parliament|Bank|Court) of (?:the )?(?P<country>[A-Z][\w .'-]+)")


def _state_of_body(ctx: Context, org: Mention):
    """The country whose own body `org` is, by its name: "the Bulgarian Socialist Party", "the Haitian
    Parliament"; None for "the American University of Beirut" (a place in the name) or a name the
    country's adjective opens that is no nation's body ("the Syrian Observatory for Human Rights")."""
    if org.method == "rule:embassy":
        match = _STATE_BODY_NORMAL.fullmatch(org.normal or "")
        entry = ctx.gazetteer.lookup_name(match.group("country")) if match else None
        return entry if entry is not None and entry.subtype == "Country" else None
    words = re.sub(r"^[Tt]he\s+", "", org.text).split()
    if len(words) < 2 or words[-1].lower() not in W.NATIONAL_BODY_HEADS \
            or {"of", "in", "for"} & {w.lower() for w in words}:
        return None  # "the American Chamber of Commerce in Shanghai"
    for n in (2, 1):
        if len(words) > n and (country := ctx.gazetteer.country_for_demonym(" ".join(words[:n]))) is not None:
            return country if country.subtype == "Country" else None
    return None


def national_bodies(ctx: Context, sent: Sentence) -> None:
    """`Haiti ... the Haitian Parliament's declaration`: a body named with a country's adjective and a
    noun for a nation's own body (W.NATIONAL_BODY_HEADS) sits in that country, when the sentence names it
    too (the relation's evidence is the pair of names; an adjective alone is no mention of the country)."""
    for oi, org in sent.of_type("Organization"):
        country = _state_of_body(ctx, org)
        if country is None:
            continue
        named = [(pi, m) for pi, m in sent.of_type("Place") if m.key == country.id
                 and getattr(ctx.gazetteer.lookup_name(m.text.rstrip(".")), "id", None) == country.id]  # not "President", "Russian"
        if named:
            pi, _ = min(named, key=lambda pm: abs(pm[1].start - org.start))
            ctx.emit("headquarteredIn", oi, pi, sent, "rule:national-body", 0.8)


def extract(ctx: Context, sent: Sentence) -> None:
    """Seats and parts of one sentence."""
    headquarters(ctx, sent)
    based_anaphors(ctx, sent)
    city_openings(ctx, sent)
    place_pairs(ctx, sent)
    homes(ctx, sent)
    place_kinds(ctx, sent)
    places_in(ctx, sent)
    capitals(ctx, sent)
    named_capitals(ctx, sent)
    kind_appositions(ctx, sent)
    atlas_pairs(ctx, sent)
    organisation_parts(ctx, sent)
    city_possessives(ctx, sent)
    national_bodies(ctx, sent)
    listed_places_in(ctx, sent)
    one_of_places(ctx, sent)
