"""Names in results, standings and fixtures: lines a model trained on prose reads badly.

`Grimsby 4 0 1 3 4 8 1` (a standings row), `Saracens 25 Leicester 23` and `Middlesex 199 and
426 , Hampshire 232` (results), `Kent v Surrey` (a fixture), `BOSTON AT OAKLAND` (a schedule:
the visitors at the home side's town). A name in such a line is a team, whatever the model
says and whatever town or county it is named after, except a country (a national side, which
news annotation reads as the country) and a person (a given name or an initial first, or a
line of people: golf and athletics tables, tennis results). The shape of the line decides,
never a list of clubs. Lines of prose have none of these shapes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer
from kg.lang.en.lexicon import NATIONAL_SIDES, TABLE_LABELS, TEAM_WORDS
from kg.personnames import given_names
from kg.places import place_index

_NUMBER = re.compile(r"^[(]?[\d.,/*:'-]*\d[\d.,/*:'-]*[)]?(?:st|nd|rd|th)?$")
# Counts, scores and fractions of sports tables ("4", "6-3", "9.5-0-44-1", ".500", "1/2"); money and
# figures with decimals or thousands ("12.50", "1,279") belong to business tables.
_SPORTS_NUMBER = re.compile(r"^(?:\d{1,3}(?:[-/]\d{1,3})*|\d{1,2}\.\d(?:-\d+)+|\.\d{3}|\d+(?:st|nd|rd|th))$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*(?:[A-Za-z]{2,})?$")  # "A.", "J.R.", "A.de" (A.de Silva)
# Small words inside a name: "Queen 's Park", "Queen of South", "Brighton & Hove", "Real de Madrid".
_JOINERS = frozenset("of 's & de del la le van der von da dos".split())
_SEPARATORS = frozenset(",;:")  # "Chesterfield : Worcestershire 238 , Derbyshire 471": a venue, then results
_VERSUS = frozenset("v v. vs vs.".split())
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split()
)


@dataclass(frozen=True, slots=True)
class TableName:
    """A name in a table line: token span, the type the line gives it, and the gazetteer id of a country."""

    start: int
    end: int
    type: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str  # N name, D number, P parenthesis, V versus, A "at", S separator, W other word
    start: int
    end: int


def _is_number(tok) -> bool:
    return bool(_NUMBER.match(tok.text)) or (tok.like_num and tok.text[:1].isdigit())


def _is_name_word(tok) -> bool:
    text = tok.text
    return (text[:1].isupper() and any(c.isalpha() for c in text) and not _is_number(tok)
            and text.lower() not in _VERSUS and text.lower() != "at" and text.lower() not in _BEAT)


def _items(doc: Doc, start: int, end: int) -> list[_Item]:
    """The line's tokens grouped: names (with joiners and a one-letter qualifier), numbers, parentheses."""
    items, i = [], start
    while i < end:
        tok = doc[i]
        if _is_number(tok):
            j = i + 1
            # "9.5-0-44-1", "3 - 1": a score written with dashes is one number
            while j + 1 < end and doc[j].text in "-/" and _is_number(doc[j + 1]) and (
                    not doc[j - 1].whitespace_ or doc[j].whitespace_):
                j += 2
            items.append(_Item("D", i, j))
            i = j
        elif _is_name_word(tok):
            j = i + 1
            while j < end:
                nxt = doc[j]
                if _is_name_word(nxt):
                    j += 1
                elif j + 1 < end and _is_name_word(doc[j + 1]) and (
                        nxt.lower_ in _JOINERS or (nxt.text == "-" and not doc[j - 1].whitespace_)):
                    j += 2
                elif (nxt.text == "-" and not doc[j - 1].whitespace_ and j + 2 < end and doc[j + 1].is_lower
                      and doc[j + 2].text == "-" and j + 3 < end and _is_name_word(doc[j + 3])):
                    j += 4  # "Chester-le-Street"
                elif (nxt.text == "(" and j + 2 < end and re.fullmatch(r"[A-Z]", doc[j + 1].text)
                      and doc[j + 2].text == ")"):
                    j += 3  # "Rad ( B )": a one-letter qualifier is part of a club's name
                else:
                    break
            items.append(_Item("N", i, j))
            i = j
        elif tok.text == "(":
            j = i + 1
            while j < end and doc[j].text != ")":
                j += 1
            items.append(_Item("P", i, min(j + 1, end)))
            i = j + 1
        else:
            low = tok.lower_
            # "Kent v Surrey"; not "Article V , which": a name must follow
            versus = low in _VERSUS and i + 1 < end and _is_name_word(doc[i + 1])
            kind = "V" if versus else "A" if low == "at" else "S" if low in _SEPARATORS else "W"
            if not (tok.text == "." and i == end - 1):  # a line's full stop says nothing
                items.append(_Item(kind, i, i + 1))
            i += 1
    return items


def lines(doc: Doc):
    """(start, end) token ranges of the text's lines."""
    start = 0
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            end = tok.i if "\n" in tok.text else tok.i + 1
            if end > start:
                yield start, end
            start = tok.i + 1
    if start < len(doc):
        yield start, len(doc)


def _skip_paren(items: list[_Item], k: int) -> int:
    return k + 1 if k < len(items) and items[k].kind == "P" else k


def _sports_number(doc: Doc, it: _Item) -> bool:
    return all(_SPORTS_NUMBER.match(t.text) or t.text in "-/" for t in doc[it.start:it.end])


def _teams(doc: Doc, items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """(teams, home towns) of one line by its shape; empty when it has none of the table shapes."""
    kinds = [it.kind for it in items]
    names = [it for it in items if it.kind == "N"]
    if not names:
        return [], []
    first = 0
    if kinds[:1] == ["D"]:  # a rank before the first name: "1.", "1 ."
        first = 2 if len(items) > 1 and doc[items[1].start].text == "." else 1
    # "KANSAS CITY AT DETROIT": the visitors at the home side's town
    if kinds == ["N", "A", "N"] and items[0].end - items[0].start <= 3 and items[2].end - items[2].start <= 3:
        home = doc[items[2].start:items[2].end].text
        if place_index().lookup(home.title() if home.isupper() else home) is not None:
            return [items[0]], [items[2]]
    teams: list[_Item] = []
    # "Walsall v Wrexham", "August 16-18 v Kent ( three days )"
    for k, it in enumerate(items):
        if it.kind == "V":
            if k > 0 and items[k - 1].kind == "N":
                teams.append(items[k - 1])
            if k + 1 < len(items) and items[k + 1].kind == "N":
                teams.append(items[k + 1])
    # "Grimsby 4 0 1 3 4 8 1", "MINNESOTA 67 67 .500 13 1/2": one name, then only numbers
    if first < len(items) and kinds[first] == "N":
        rest = items[_skip_paren(items, first + 1):]
        numbers = [it for it in rest if it.kind == "D"]
        rest = [it for it in rest if not (it.kind == "W" and doc[it.start].text == "-")]  # "ATLANTA 84 50 .627 -"
        if rest and all(it.kind in "DPS" for it in rest) and (
                (len(numbers) >= 2 and all(_sports_number(doc, it) for it in numbers)) or (first and numbers)):
            teams.append(items[first])
    # "Saracens 25 Leicester 23", "Benetton ( Italy ) 92 Dinamo ( Russia ) 81 ( halftime 50-28 )"
    k = _skip_paren(items, first + 1)
    if first < len(items) and kinds[first] == "N" and k < len(items) and kinds[k] == "D":
        m = _skip_paren(items, k + 1)
        if m < len(items) and kinds[m] == "N":
            n = _skip_paren(items, m + 1)
            if n < len(items) and kinds[n] == "D" and _sports_number(doc, items[k]) and _sports_number(doc, items[n]):
                teams += [items[first], items[m]]
    # "Middlesex 199 and 426 , Hampshire 232 and 205": segments that each open with a name and a number
    segments, current = [], []
    for it in items:
        if it.kind == "S":
            segments.append(current)
            current = []
        else:
            current.append(it)
    segments.append(current)
    openers = [seg[0] for seg in segments if seg and seg[0].kind == "N"
               and _skip_paren(seg, 1) < len(seg) and seg[_skip_paren(seg, 1)].kind == "D"]
    venues = []
    if len(openers) >= 2:
        teams += openers
        venues = _venue(doc, items)
    # "WIGAN BEAT BRADFORD 42-36": a result in words, when the model calls neither side a person
    for k, it in enumerate(items):
        if it.kind == "W" and doc[it.start].lower_ in _BEAT and "D" in kinds[k:]:
            before = next((items[j] for j in range(k - 1, -1, -1) if items[j].kind != "P"), None)
            after = items[k + 1] if k + 1 < len(items) else None
            sides = [x for x in (before, after) if x is not None and x.kind == "N"]
            if len(sides) == 2 and not any(doc[x.start].ent_type_ == "PERSON" for x in sides):
                teams += sides
    seen, unique = set(), []
    for it in teams:
        if it.start not in seen:
            seen.add(it.start)
            unique.append(it)
    return unique, [it for it in venues if it.start not in seen]


def _venue(doc: Doc, items: list[_Item]) -> list[_Item]:
    """`Tunbridge Wells : Nottinghamshire 214 , Kent 108-3`, `At Hove : ...`, `London ( The Oval ) : ...`:
    the town a results line opens with, before its colon, when GeoNames knows it."""
    colon = next((k for k, it in enumerate(items) if it.kind == "S" and doc[it.start].text == ":"), None)
    head = [it for it in items[:colon] if it.kind != "P"] if colon else []
    if head[:1] and head[0].kind in "AW" and doc[head[0].start].lower_ == "at":
        head = head[1:]
    if len(head) != 1 or head[0].kind != "N":
        return []
    name = doc[head[0].start:head[0].end].text
    return head if place_index().lookup(name.title() if name.isupper() else name) is not None else []


_MINUTE_WORDS = frozenset("minute minutes min pen penalty og".split())
_BEAT = frozenset("beat beats bt bat defeated".split())
_DISMISSALS = frozenset("c b st lbw".split())  # caught, bowled, stumped, leg before wicket


def _dashed(doc: Doc, items: list[_Item], k: int) -> bool:
    """Item k is a name after a shirt number or a seeding: `10 - Enzo Scifo`."""
    return (items[k].kind == "N" and k >= 2 and doc[items[k - 1].start].text == "-" and items[k - 2].kind == "D"
            and re.fullmatch(r"\d{1,2}", doc[items[k - 2].start].text) is not None)


def _people(doc: Doc, items: list[_Item]) -> list[_Item]:
    """People by the line's shape: scorers (`Marc Degryse ( 13th )`), line-ups (`10 - Enzo Scifo ,
    7 - Gert Verheyen`), the two sides of an individual result (`Jan Hubert ( Norway ) beat ...`)."""
    found = []
    for k, it in enumerate(items):
        if it.kind != "N":
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and nxt.kind == "P":
            inner = [t for t in doc[nxt.start + 1:nxt.end - 1] if not t.is_punct]
            if inner and _is_number(inner[0]) and re.search(r"\d(st|nd|rd|th)$", inner[0].text) and all(
                    t.lower_ in _MINUTE_WORDS for t in inner[1:]):
                found.append(it)
                continue
        if _dashed(doc, items, k) and it.end - it.start >= 2 and (
                k == 2 or sum(_dashed(doc, items, j) for j in range(len(items))) >= 2):
            found.append(it)  # a seeding ("1 - Jansher Khan") or a line-up of two players or more
        after = _skip_paren(items, k + 1)
        if (it.end - it.start >= 2 and nxt is not None and nxt.kind == "P" and after < len(items)
                and doc[items[after].start].lower_ in _BEAT):
            found.append(it)
            target = after + 1
            if target < len(items) and items[target].kind == "N" and items[target].end - items[target].start >= 2:
                found.append(items[target])
    if items and items[-1].kind == "D":
        # "R. Ponting not out 46", "M. Bevan c Vaas b Chandana 56": a batting line of a scorecard
        if items[0].kind == "N" and _initialled(doc[items[0].start:items[0].end]):
            found.append(items[0])
            found += [it for k, it in enumerate(items) if it.kind == "N" and k > 0 and items[k - 1].kind == "W"
                      and doc[items[k - 1].start].text in _DISMISSALS]
    return [it for k, it in enumerate(found) if all(it.start != other.start for other in found[:k])]


def _initialled(span: Span) -> bool:
    """`A. Fraser`, `J.R. Ewing`: an initial before the last word."""
    words = [t for t in span if t.is_alpha or "." in t.text]
    return any(_INITIAL.match(t.text) for t in words[:-1])


def _looks_like_person(span: Span, nation_after: bool, ranked: bool) -> bool:
    """An initial; or two words or more, not a club's last word, that start with a given name the
    model calls a person, or that a nation in brackets follows (`Petr Korda ( Czech Republic )`), or
    that a rank leads (`3. Ato Boldon`); or one word the model calls a person after a rank."""
    if _initialled(span):
        return True
    words = [t for t in span if t.is_alpha]
    if ranked and len(words) == 1:
        return span.label_ == "PERSON"
    if len(words) < 2 or words[-1].lower_ in TEAM_WORDS:
        return False
    return (words[0].lower_ in given_names() and span.label_ == "PERSON") or nation_after or ranked


def _nation_after(doc: Doc, span: Span, gazetteer: Gazetteer) -> bool:
    """`Name ( Country )`: the bracket after the name holds a nation."""
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(len(doc), end + 6)) if doc[k].text == ")"), None)
    if close is None or close == end + 1:
        return False
    inside = doc[end + 1:close]
    return _nation(inside, gazetteer)[0] or place_index().lookup(inside.text) is not None


def _nation(span: Span, gazetteer: Gazetteer) -> tuple[bool, str]:
    """(is a nation, its gazetteer id): a country, or a home nation, fields national sides."""
    name = span.text.title() if span.text.isupper() else span.text
    entry = gazetteer.lookup_name(name)
    key = entry.id if entry is not None and entry.type == "Place" else ""
    if (entry is not None and entry.subtype == "Country") or name.lower() in NATIONAL_SIDES:
        return True, key
    place = place_index().lookup(name, "Country")
    return place is not None, key


def _label(doc: Doc, it: _Item) -> Span:
    """The name's span, carrying the model's label when the model read the same words."""
    for ent in doc.ents:
        if ent.start == it.start and ent.end == it.end:
            return ent
    return doc[it.start:it.end]


def _ignored(span: Span, common: set[str]) -> bool:
    """Column headings, months and words the article writes in lower case are not teams."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return True
    if all(t.lower_ in TABLE_LABELS or t.lower_ in _MONTHS_DAYS for t in words):
        return True
    return len(words) == 1 and words[0].lower_ in common and not words[0].text.isupper()


def _in_capitals(doc: Doc, start: int, end: int) -> bool:
    words = [t.text for t in doc[start:end] if t.is_alpha]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _known_part(doc: Doc, it: _Item, gazetteer: Gazetteer) -> _Item | None:
    """In a capitals line a name runs on into the headline's words (`PAKISTAN ONE-DAY SCOREBOARD`):
    keep its longest start that the gazetteer or GeoNames knows, or a name of two words at most."""
    if it.end - it.start <= 2:
        return it
    for end in range(it.end - 1, it.start, -1):
        name = doc[it.start:end].text.title()
        if gazetteer.lookup_name(name) is not None or place_index().lookup(name) is not None:
            return _Item(it.kind, it.start, end)
    return None


def _ranked(doc: Doc, start: int) -> bool:
    """A rank opens the line before the name: `3. Ato Boldon`, `12 Jan Ullrich`."""
    k = start - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k < 0 or not re.fullmatch(r"\d{1,3}\.?", doc[k].text):
        return False
    return k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_


def _typed(doc: Doc, teams: list[_Item], towns: list[_Item], gazetteer: Gazetteer,
           common: set[str], people: tuple = ()) -> list[TableName]:
    spans = [(_label(doc, it), "team") for it in teams] + [(_label(doc, it), "town") for it in towns]
    spans += [(_label(doc, it), "person") for it in people if all(it.start != t.start for t in teams)]
    spans = [(s, role) for s, role in spans if not _ignored(s, common)]
    # A line of people (golf, athletics, cricket figures) names people even by surname alone.
    people_line = any(_initialled(s) for s, role in spans if role == "team")
    found = []
    for span, role in spans:
        nation, key = _nation(span, gazetteer)
        if nation:
            found.append(TableName(span.start, span.end, "Place", key))
        elif role == "town":
            found.append(TableName(span.start, span.end, "Place"))
        elif role == "person":
            found.append(TableName(span.start, span.end, "Person"))
        elif _looks_like_person(span, _nation_after(doc, span, gazetteer), _ranked(doc, span.start)) or (
                people_line and len(span) == 1):
            found.append(TableName(span.start, span.end, "Person"))
        else:
            found.append(TableName(span.start, span.end, "Organization"))
    return found


def table_names(doc: Doc, gazetteer: Gazetteer, common: set[str], doc_lines=None) -> list[TableName]:
    """The names of every results, standings or fixture line of `doc`, typed by the line's shape.
    `doc_lines`: lines(doc), when the caller has them."""
    found = []
    for start, end in lines(doc) if doc_lines is None else doc_lines:
        words = doc[start:end]
        numbers = any(t.like_num or t.text[:1].isdigit() for t in words)
        if not numbers and not any(t.lower_ in _VERSUS or t.lower_ == "at" for t in words):
            continue  # neither figures nor "v"/"at": no table line (checked before the costlier grouping)
        items = _items(doc, start, end)
        if not numbers and not any(it.kind in "VA" for it in items):
            continue
        teams, towns = _teams(doc, items)
        people = _people(doc, items) if numbers else []
        if not teams and not towns and not people:
            continue
        if _in_capitals(doc, start, end):
            teams = [t for t in (_known_part(doc, it, gazetteer) for it in teams) if t is not None]
        found += _typed(doc, teams, towns, gazetteer, common, people)
        # "( A. Fraser 5-79 , P. Tufnell 4-39 )": the figures of a result line, a table of their own
        for it in items:
            if it.kind == "P" and it.end - it.start > 2:
                inner_items = _items(doc, it.start + 1, it.end - 1)
                inner, _ = _teams(doc, inner_items)
                found += _typed(doc, inner, [], gazetteer, common, _people(doc, inner_items))
    return found
