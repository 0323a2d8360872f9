"""Places by the way news writes them: `Miami, Fla.`, `Lubbock, Texas`, and dateline lines.

A capitalised name before a comma and a US state (the AP's abbreviation or the full name) is a
town, and the state a place, whatever the model tagged (`Fla.` is no person). A line holding
only capitals and a date (`DETROIT 1996-08-31`, `ARLINGTON , Texas 1996-08-31`) is a dateline:
its names are places. The model misses both: abbreviations and ALL-CAPS words are rare in its
training text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc

from kg.lang.en.lexicon import US_STATE_ABBREVIATIONS
from kg.places import place_index

# "St. Joseph, Mo.", "Ft. Myers, Fla.": abbreviated first words of town names
_TOWN_PREFIXES = frozenset("St. Ste. Ft. Mt. Pt.".split())
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STATE_NAMES = {v.lower(): v for v in US_STATE_ABBREVIATIONS.values()}


@dataclass(frozen=True, slots=True)
class TownName:
    """A place found by its form: token span and the name to resolve it by."""

    start: int
    end: int
    normal: str


def _state(doc: Doc, i: int) -> tuple[int, str] | None:
    """(end token, state name) of a US state written at token i (the name tells it is one)."""
    tok = doc[i]
    if tok.text in US_STATE_ABBREVIATIONS:
        return i + 1, US_STATE_ABBREVIATIONS[tok.text]
    if (tok.text + "." in US_STATE_ABBREVIATIONS and i + 1 < len(doc) and doc[i + 1].text == "."
            and (not tok.whitespace_ or i + 2 == len(doc) or doc[i + 2].is_space)):
        # "Sheridan, Wyo." ending a sentence: the tokenizer splits off the period, which is the
        # abbreviation's own (the sentence's is not written twice); tokenised text writes "Wyo ."
        return i + 2, US_STATE_ABBREVIATIONS[tok.text + "."]
    for n in (2, 1):  # "New Hampshire", "Texas"
        if i + n <= len(doc):
            words = doc[i:i + n].text
            if words.lower() in _STATE_NAMES and all(t.text[:1].isupper() for t in doc[i:i + n]):
                return i + n, _STATE_NAMES[words.lower()]
    return None


def _name_before(doc: Doc, comma: int, people: set[int]) -> int | None:
    """Start token of the capitalised name of one to three words that ends just before `comma`."""
    start = comma
    while start > 0 and comma - start < 3:
        tok = doc[start - 1]
        if not (tok.is_alpha and tok.text[:1].isupper()) and tok.text not in _TOWN_PREFIXES:
            break
        start -= 1
        if tok.is_sent_start:
            break
    while start < comma and doc[start].is_stop and doc[start].is_sent_start:
        start += 1  # "In Sussex County, N.J., voters ...": the sentence's first word is no part of the name
    if start == comma or any(i in people for i in range(start, comma)):
        return None
    return start


def comma_positions(doc: Doc) -> list[int]:
    """The indices of the Doc's comma tokens, read from its array: walking every Token in Python to
    find them cost more than the rules that look at them."""
    comma = doc.vocab.strings.add(",")
    return numpy.flatnonzero(doc.to_array(ORTH) == comma).tolist()


def town_state_names(doc: Doc, people: set[int], datelines: frozenset[int] = frozenset()) -> list[TownName]:
    """Towns and states of `Town, State` pairs; `people` are tokens of people's names and bodies (`Bush, Texas
    governor`, `BBC News, Washington`); `datelines` are tokens of names in capitals that open a line, which are
    towns before a state's abbreviation whatever the model tagged them (`WILMINGTON, Del. --`)."""
    found = []
    for i in comma_positions(doc):
        tok = doc[i]
        if tok.i + 1 >= len(doc):
            continue
        state = _state(doc, tok.i + 1)
        if state is None:
            continue
        end, name = state
        after = doc[end] if end < len(doc) else None
        if after is not None and not (after.is_punct or after.is_space):
            continue  # "Bush, Texas governor": a state used as a word of a title
        abbreviated = doc[end - 1].text.endswith(".")  # "Del.", "N.Y .", not "Washington"
        start = _name_before(doc, tok.i, people - datelines if abbreviated else people)
        if start is None:
            continue
        town = doc[start:tok.i].text
        found.append(TownName(start, tok.i, town.title() if town.isupper() else town))
        # The state keeps its written name ("Calif."): resolution, not this rule, decides aliases.
        found.append(TownName(tok.i + 1, end, doc[tok.i + 1:end].text.replace(" .", ".")))
    return found


def dateline_names(doc: Doc, lines) -> list[TownName]:
    """The places of lines that hold only a place in capitals (and its region) and an ISO date."""
    found = []
    for start, end in lines:
        toks = [t for t in doc[start:end] if not t.is_space]
        date = len(toks)
        while date > 0 and (toks[date - 1].is_digit or toks[date - 1].text == "-"):
            date -= 1
        if date == 0 or not _ISO_DATE.match(doc[toks[date].i:toks[-1].i + 1].text if date < len(toks) else ""):
            continue
        words = toks[:date]
        comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
        place, region = words[:comma], words[comma + 1:]
        if not place or not all(t.is_alpha and t.text.isupper() or t.text in ".-'" for t in place):
            continue
        if region and not all(t.text[:1].isupper() or t.text in ".-'" for t in region):
            continue
        found.append(TownName(place[0].i, place[-1].i + 1, doc[place[0].i:place[-1].i + 1].text.title()))
        if region:
            name = doc[region[0].i:region[-1].i + 1].text
            full = US_STATE_ABBREVIATIONS.get(name, name)
            if place_index().lookup(full) is not None or full in _STATE_NAMES.values():
                found.append(TownName(region[0].i, region[-1].i + 1, name))
    return found


_NAME = r"[A-Z][\w'.-]*(?:[ \t][A-Z][\w'.-]*){0,2}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "BAGHDAD, Iraq (AP) --", "Seoul, May 3 (YONHAP) --", "(Text) Geneva, Switzerland, Feb 2 (AFP) --":
# a wire story's dateline: the place it was filed from, its region or country, a date, the agency.
_AGENCY_DATELINE = re.compile(
    r"^(?:\(\s*Text\s*\)\s*)?(?P<place>" + _NAME + r")(?:[ \t]?,[ \t]+(?P<region>" + _NAME + r")(?P<stop>[ \t]\.)?)??"
    r"(?:[ \t]?,?[ \t]+(?P<date>" + _MONTH + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTH + r"))?"
    r"[ \t]*\([ \t]*(?P<agency>[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2})[ \t]*\)[ \t]*(?:--|-|\u2014|\u2013|$)")


def agency_datelines(doc: Doc, lines, text: str | None = None) -> list[TownName]:
    """The place (and its region) of a line that opens with a wire dateline, `BAGHDAD, Iraq (AP)`. Without
    a region or a date the place must be in capitals (`NEW ORLEANS (AP)`): a name in title case before
    a bracket is more often a person's party or an aside."""
    found = []
    text = doc.text if text is None else text  # Doc.text is rebuilt from the tokens on every access
    for start, end in lines:
        first, last = doc[start], doc[end - 1]
        line = text[first.idx:last.idx + len(last.text)]  # a slice: Span.text would walk the tokens
        if "(" not in line:
            continue
        span = doc[start:end]
        match = _AGENCY_DATELINE.match(line)
        if match is None or (not match.group("region") and not match.group("date")
                             and not match.group("place").isupper()):
            continue
        for group in ("place", "region"):
            name = match.group(group)
            if name is None:
                continue
            part = doc.char_span(span.start_char + match.start(group), span.start_char + match.end(group))
            if part is None:
                break
            if group == "region" and match.group("stop"):
                name += "."  # tokenised text writes the abbreviation's period apart: "ROYAL OAK , Mich . ( AP )"
            normal = name.title() if name.isupper() and len(name) > 3 else name
            full = US_STATE_ABBREVIATIONS.get(name, normal)
            if group == "region" and place_index().lookup(full) is None and full not in _STATE_NAMES.values():
                break  # the region must be one the atlas knows ("Bethany, Conn.", "Karbala, Iraq")
            found.append(TownName(part.start, part.end, normal))
    return found


# Legal forms after which "of TOWN" is where the company is, not part of its name ("Keen Corp. of New
# York"); a bank or a university "of" a place is named so ("Bank of China", "University of Texas").
LEGAL_FORMS = frozenset("inc corp co ltd llc plc".split())


def company_towns(doc: Doc) -> list[TownName]:
    """The town of `Keen Corp. of New York`: a company's legal form, "of" and a town GeoNames knows, of one
    to three capitalised words (not a country: "Commercial Aircraft Corp. of China" is one name)."""
    found = []
    of = doc.vocab.strings.add("of")
    for i in numpy.flatnonzero(doc.to_array(ORTH) == of).tolist():  # not every Token: see comma_positions
        tok = doc[i]
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_.rstrip(".") not in LEGAL_FORMS \
                or not doc[i - 1].text[:1].isupper():
            continue
        for n in (3, 2, 1):
            town = doc[tok.i + 1:tok.i + 1 + n]
            if len(town) < n or not all(t.is_alpha and (t.is_title or t.is_upper) for t in town):
                continue
            place = place_index().lookup(town.text)
            if place is not None and place.kind == "City":
                found.append(TownName(town.start, town.end, town.text.title() if town.text.isupper() else town.text))
                break
    return found
