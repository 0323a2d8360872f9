"""Named-entity spans of a Doc turned into Mentions, with the model's typical mistakes corrected."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.lang.en.lexicon import (
    COMPANY_WORDS,
    GENERIC_ORGANIZATION_WORDS,
    HONORIFICS,
    MEDIA_AFTER,
    MEDIA_BEFORE,
    NAME_INNER_PREPOSITIONS,
    NER_TYPES,
    ORGANIZATION_AFTER,
    ORGANIZATION_BEFORE,
    PERSON_NOUNS,
    PLACE_WORDS,
    TEAM_WORDS,
    TITLE_WORDS,
    TREATY_WORDS,
)
from kg.lang.en.relation_words import ROLE_ABBREVIATIONS, ROLE_HEADS, ROLE_MODIFIERS
from kg.extract.discourse import (defined_acronyms, headline_mentions, known_acronym_names, repeated_mentions,
                                  spelled_out)
from kg.extract.sourcelines import source_lines
from kg.extract.tables import lines, table_names
from kg.extract.towns import LEGAL_FORMS, agency_datelines, comma_positions, company_towns, dateline_names, town_state_names
from kg.gazetteer import Gazetteer
from kg.headwords import NON_PERSON_WORDS, ORGANIZATION_HEADS, PLACE_HEADS
from kg.model import Mention
from kg.personnames import census_surnames, common_surnames, given_names, titles
from kg.places import place_index

_URLISH = re.compile(r"(https?:|www\.|@|\.(com|ru|org|net|html?)\b|/)", re.I)
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def is_latin_name(text: str) -> bool:
    """True when every letter of `text` is Latin (the pipeline reads English)."""
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


_BODY_PREPOSITIONS = frozenset("of on for".split())


def _extend_truncated(span: Span, gazetteer: Gazetteer | None = None) -> Span:
    """`the Permanent Mission of` + `Russia to NATO`: a name cut after a preposition; `Senate Select
    Committee` + `on Intelligence`: a body's name cut before its field."""
    doc, end = span.doc, span.end
    if (end + 1 < len(doc) and span[-1].lower_ in ORGANIZATION_HEADS and doc[end].lower_ in _BODY_PREPOSITIONS
            and doc[end + 1].is_title and doc[end + 1].is_alpha and doc[end + 1].lower_ not in _MONTHS | _WEEKDAYS
            and doc[end + 1].ent_type_ not in ("DATE", "PERSON", "GPE", "LOC", "FAC")):  # "Committee on Capitol Hill"
        stop = end + 1
        while stop < len(doc) and doc[stop].is_title and doc[stop].is_alpha:
            stop += 1
        run = doc[end + 1:stop]
        if (doc[stop - 1].lower_ not in PLACE_HEADS and place_index().lookup(run.text) is None
                and (gazetteer is None or gazetteer.lookup_name(run.text) is None)):  # not "on Capitol Hill"
            span = doc[span.start:end + 1]  # the loop below takes the capitalised words after the preposition
            end = span.end
    while end < len(doc) and doc[end - 1].lower_ in NAME_INNER_PREPOSITIONS:
        nxt = end
        if nxt < len(doc) and doc[nxt].lower_ == "the":
            nxt += 1
        stop = nxt
        while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
            stop += 1
        if stop == nxt:
            break
        end = stop
        if end < len(doc) and doc[end].lower_ in NAME_INNER_PREPOSITIONS and end + 1 < len(doc) \
                and doc[end + 1].text[:1].isupper():
            end += 1
    return doc[span.start:end] if end != span.end else span


def _extend_person_left(span: Span) -> Span:
    """`Anders` + `Fogh Rasmussen`: a first name the model left out."""
    start = span.start
    while start > 0:
        prev = span.doc[start - 1]
        if not (prev.pos_ == "PROPN" and prev.text.istitle() and prev.is_alpha and prev.ent_type_ == ""
                and prev.lower_ not in TITLE_WORDS and prev.lower_.rstrip("s") not in TITLE_WORDS
                and not prev.is_sent_end):
            break
        start -= 1
    return span.doc[start:span.end] if start != span.start else span


_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "J.", and a run written as one token: "P.J.", "J.R.R."
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "TrumpGOP", "MattisFormer": a lower-upper join


def _is_initial(tok) -> bool:
    return bool(_INITIAL.match(tok.text))


def _is_given_name(tok) -> bool:
    return tok.is_alpha and tok.is_title and len(tok) >= 3 and tok.lower_ in given_names()


_SPLIT_NAME_LABELS = frozenset(["PERSON", "GPE", "LOC"])


def joined_split_names(doc: Doc, gazetteer: Gazetteer, common: set[str] = frozenset()) -> list[Span]:
    """The Doc's entity spans, with a person's name the model cut in two joined again: `Natalia` (a place to
    the model) + `Veselnitskaya`. A one-word span that is a given name, right before (one space) one word
    tagged a person or a place, or untagged and a proper noun the article never writes in lower case, which
    no gazetteer entry, place, given name, title, date, plural (unless a surname) or head word of a body or
    a place is, is one person's name ("lawyer Natalia Veselnitskaya"; not "Paris Texas", "Jordan Israel",
    "Virginia Senate", "Houston Rockets" nor "Hillary Tuesday")."""
    ents, out, i = list(doc.ents), [], 0
    while i < len(ents):
        first, second = ents[i], None
        if len(first) == 1 and first.label_ in _SPLIT_NAME_LABELS and not first.ent_id_ and _is_given_name(first[0]) \
                and first[0].whitespace_ == " " and first.end < len(doc):
            after = doc[first.end]
            if i + 1 < len(ents) and ents[i + 1].start == first.end:
                nxt = ents[i + 1]
                if nxt.label_ in _SPLIT_NAME_LABELS and not nxt.ent_id_ and len(nxt) == 1:
                    second = nxt
            elif (after.ent_type_ == "" and after.tag_ == "NNP" and after.lower_ not in common and not after.is_sent_start
                  and after.lower_ not in _MONTHS | _WEEKDAYS and after.lower_.rstrip(".") not in titles()):
                second = doc[first.end:first.end + 1]
        if (second is not None and all(t.is_alpha and t.is_title and t.lower_ not in given_names() for t in second)
                and (not second.text.endswith("s") or second.text.lower() in census_surnames())  # "Houston Rockets"
                and second[-1].lower_ not in ORGANIZATION_HEADS | PLACE_HEADS | NON_PERSON_WORDS
                and gazetteer.lookup_name(second.text) is None and place_index().lookup(second.text) is None
                and gazetteer.country_for_demonym(second.text) is None):
            out.append(Span(doc, first.start, second.end, label="PERSON"))
            i += 2 if i + 1 < len(ents) and ents[i + 1].start == second.start else 1  # the second was an entity
            continue
        out.append(first)
        i += 1
    return out


_GLUED_ROLE = re.compile(r"^[A-Z][a-z]+(?:columnist|correspondent|reporter|editor|writer|contributor|anchor|host)$")


# A member's party or side before a name of two words or more ("Tory Ben Bradley", "Brexiteers Iain
# Duncan Smith"), even where the word is also a given name (Tory) or the next is no given name we know.
_PARTY_MEMBERS = frozenset("tory tories labour democrat republican brexiteer brexiteers remainer".split())


def _trim_person(span: Span, gazetteer: Gazetteer) -> Span:
    """`Special Counsel Robert Mueller`, `Fla.—President Donald Trump`, `Meet Justin Trudeau`: keep the name.

    Leading words go while they are titles, nationality adjectives, tokens with other characters
    than letters (initials stay: `J. Smith`), or not tagged as proper nouns (a capitalised verb at
    the start of a line); a word before a given name goes when two or more words follow it
    (`Staff Mick Mulvaney`, `Landov Tim Brakemeier`).
    """
    start, end = span.start, span.end
    if span[-1].lower_ in PLACE_HEADS | ORGANIZATION_HEADS:
        return span  # "King Khalid International Airport": named after a person, not one
    for tok in span[:-2]:
        if _GLUED_ROLE.search(tok.text):
            start = tok.i + 1  # "Daily Beastcolumnist Jonathan Alter": an outlet glued to a role word
    stop_words = TITLE_WORDS | ROLE_HEADS | ROLE_MODIFIERS | titles()
    while end - start > 1:
        tok = span.doc[start]
        if (tok.lower_.rstrip(".") in stop_words or not (tok.is_alpha or _is_initial(tok))
                or tok.tag_ not in ("NNP", "NNPS") or gazetteer.country_for_demonym(tok.text)
                or (not tok.is_alpha and gazetteer.lookup_name(tok.text) is not None)  # "U.N." is no initials
                or (len(tok) > 2 and _is_initial(tok) and span.doc[start + 1].lower_.rstrip(".") in stop_words)):  # "D.C. Mayor X"
            start += 1
        elif (end - start >= 3 and tok.lower_ in _PARTY_MEMBERS
              and all(t.text[:1].isupper() for t in span.doc[start + 1:end])):
            start += 1
            if span.doc[start].lower_ not in _PARTY_MEMBERS:  # "Tory Remainer Ken Clarke": both go
                break  # the name follows the party: "Iain" of "Brexiteers Iain Duncan Smith" stays
        elif (end - start >= 3 and tok.lower_ not in given_names() and not _is_initial(tok)
              and _is_given_name(span.doc[start + 1]) and all(t.text[:1].isupper() for t in span.doc[start + 1:end])):
            start += 1
        else:
            break
    if end - start == 1 and span.doc[start].lower_.rstrip(".") in stop_words:
        return span.doc[start:start]  # only a title ("Cmdr."), no name
    return span.doc[start:end] if start != span.start else span


def _glue_cut(span: Span, standalone: set[str]) -> int | None:
    """Where a name glued to link text or a heading ends (`John TrumpGOP`, `Richard PompeoTrump`).

    A lower-upper join inside a word splits it when the right piece is a title word, an acronym
    or a capitalised word the article also writes on its own, and the left piece is long enough
    not to be a prefix such as Mc, Mac, De or La. Returns the character offset to cut at.
    """
    for tok in span:
        for join in _GLUE.finditer(tok.text):
            left, right = tok.text[:join.start()], tok.text[join.start():]
            right_word = re.match(r"[A-Z][a-z]*|[A-Z]+", right).group(0)
            known = (right_word.lower() in titles() or (right.isupper() and len(right) >= 2)
                     or right_word in standalone)
            if known and (len(left.split("-")[-1]) >= 4 or left in standalone):
                return tok.idx + join.start()
    return None


def _split_listed(span: Span) -> list[Span]:
    """`Duda, Pence`: two people in one span become two spans."""
    parts, start = [], span.start
    for tok in span:
        if tok.text == ",":
            parts.append(span.doc[start:tok.i])
            start = tok.i + 1
    parts.append(span.doc[start:span.end])
    if len(parts) > 1 and all(len(p) and all(t.text[:1].isupper() or _is_initial(t) for t in p if t.is_alpha)
                              for p in parts):
        return parts
    return [span]


def _is_demonym(text: str, gazetteer: Gazetteer) -> bool:
    """`Ukrainian`, `Britons`, `Scots`: a people, not a place or a body."""
    if " " in text or gazetteer.lookup_name(text) is not None:
        return False
    return bool(gazetteer.country_for_demonym(text) or (text.endswith("s") and gazetteer.country_for_demonym(text[:-1])))


_SCORE = re.compile(r"^\d{1,3}(?:[-/]\d{1,3})?\*?$")  # "296", "4-43", "108-3": scores and figures


def _numbered_name(doc, end: int) -> bool:
    """`Nord Stream 2 pipeline`: a one-digit number before a common noun numbers the name; a score
    stands before a figure or another team's name (`Essex 296`, `Ajax 2 PSV 1`), a counter before "of"."""
    return (len(doc[end - 1].text) == 1 and doc[end - 2].is_alpha and end < len(doc) and doc[end].is_lower
            and doc[end].pos_ == "NOUN")  # not the odds "Miss Stamper 3-1 favourite", nor "Hide Caption 3 of 21"


def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive, punctuation or score (`Essex 296`)."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].text in _POSSESSIVE
                           or span.doc[end - 1].lower_ in ("and", "or", "&")
                           or (end - start > 1 and _SCORE.match(span.doc[end - 1].text)
                               and not _numbered_name(span.doc, end))):
        end -= 1
    return span.doc[start:end]


# Words that make an organisation's name generic when it has no others: "Foreign Ministry" of
# which state? "Senate Committee" on what?
_GENERIC_BODY_WORDS = frozenset(
    """foreign defense defence interior finance justice homeland security state royal senate house
    ministry committee court embassy consulate communications affairs office department council
    agency military intelligence""".split()
)


def _is_generic_body(span: Span) -> bool:
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("of", "the", "u.s.")]
    return len(words) >= 2 and all(w in _GENERIC_BODY_WORDS for w in words) and not any(
        t.text.isupper() and len(t.text) > 1 for t in span)


def _written_alone(doc: Doc) -> set[str]:
    """Capitalised words the article writes on their own, not only as a half of a hyphenated word (spaCy
    splits "Coca-Cola" into three tokens, so both halves would look like words of their own)."""
    def joined(i: int) -> bool:
        before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
        after = i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
        return before or after
    return {t.text for t in doc if t.is_alpha and t.text[:1].isupper() and not joined(t.i)}


def _is_name_pair(span: Span, standalone: set[str]) -> bool:
    """`U.S.-Russia`, `Moon-Kim` in `the Moon-Kim summit`: two names joined by a hyphen, no name of its own.
    `standalone`: the words the article writes on their own (`_written_alone`), so that `Coca-Cola`,
    `Rolls-Royce` and `Ocasio-Cortez`, whose halves it never writes alone, stay names."""
    text = span.text
    if " " in text or text.count("-") != 1:
        return False
    left, right = text.split("-")
    if left.lower() in _HYPHEN_PREFIXES:
        return True  # "Pro-Likud", "Ex-Navy": a prefix on a name, not a name
    return bool(left[:1].isupper() and right[:1].isupper() and right.rstrip(".") in standalone
                and left.rstrip(".").replace(".", "") and (left in standalone or "." in left))


_HYPHEN_PREFIXES = frozenset("pro anti ex non post pre neo".split())


_HYPHEN_WORDS = frozenset("era like led run made born type wide style free based".split())


def _extend_hyphen_suffix(span: Span) -> Span:
    """`Moon Jae` + `-in`: a hyphenated given name the model cut at the hyphen."""
    doc, end = span.doc, span.end
    if (len(span) >= 2 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha
            and len(doc[end + 1]) <= 4 and doc[end + 1].lower_ not in _HYPHEN_WORDS):
        return doc[span.start:end + 2]
    return span


def _person_inside(span: Span) -> Span | None:
    """`State Rex Tillerson`, `Landov Tim Brakemeier` tagged as a body: the person after the stray word."""
    if len(span) < 3 or span[0].lower_ in given_names() or not _is_given_name(span[1]) \
            or any(t.lower_ in PLACE_HEADS | ORGANIZATION_HEADS | NON_PERSON_WORDS for t in span[1:]):
        return None  # "U.S. Marine Corps", "San Gabriel River Channel", "Tufts Fletcher School" (not "State Rex Tillerson")
    if span[0].lower_ in ("the", "a", "an") or span[-1].lower_ in ORGANIZATION_HEADS | PLACE_HEADS | COMPANY_WORDS:
        return None  # "The Warren Commission" is a body named after a person
    if all(t.is_alpha and t.is_title for t in span[1:]):
        return span[1:]
    return None


def _common_words(doc: Doc) -> set[str]:
    """Words the article also writes in lower case: `Heavy`, `Watched`, `North` at a line start are not names."""
    return {t.text for t in doc if t.is_lower and t.is_alpha}


def _is_common_word(span: Span, common: set[str], surnames: set[str]) -> bool:
    """A one-word span that is an ordinary word: written in lower case elsewhere, or not tagged a proper noun."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.text in surnames or tok.lower_ in given_names() or tok.text.isupper():
        return False
    return tok.lower_ in common or tok.tag_ not in ("NNP", "NNPS")


def _is_plausible_name(text: str) -> bool:
    if "\n" in text or len(text) < 2 or len(text) > 80:
        return False
    if not any(c.isalpha() for c in text) or not is_latin_name(text):
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False  # lower-case tag lists and sentence fragments
    if _URLISH.search(text):
        return False
    if ":" in text or text.count("(") != text.count(")") or text.count('"') % 2:
        return False  # a span cut inside a parenthesis or a quotation
    digits = sum(c.isdigit() for c in text)
    return digits * 2 < len(text)


def _looks_like_media(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    before2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    # "reporter X" names the reporter ("Haaretz reporter Chemi Shalev"); "a correspondent for X" the outlet
    return after in MEDIA_AFTER or (before in ("of", "for") and before2 in MEDIA_BEFORE)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("""jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july
    aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december""".split())


def _aged(doc: Doc, end: int) -> bool:
    """`Cheek, 53, is ...`: a name followed by an age between commas (news style) is a person's."""
    return (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].is_digit and len(doc[end + 1]) == 2
            and doc[end + 2].text == "," and not (end + 3 < len(doc) and doc[end + 3].like_num)  # "25, 20, 15"
            and doc[end - 1].lower_ not in _MONTHS)


def _aged_names(doc: Doc) -> list[Span]:
    """Names of one to three capitalised words before an age that the model tagged as nothing
    (`Winter, 53, a former law professor`)."""
    found = []
    for i in comma_positions(doc):
        tok = doc[i]
        if tok.i == 0 or doc[tok.i - 1].ent_type_ in NER_TYPES or not _aged(doc, tok.i):
            continue
        start = tok.i
        # The tagger calls a surname that opens a sentence a common noun ("Winter"): the age decides.
        while start > 0 and tok.i - start < 3 and doc[start - 1].is_alpha and doc[start - 1].is_title \
                and (doc[start - 1].tag_ in ("NNP", "NNPS") or doc[start - 1].is_sent_start) \
                and doc[start - 1].ent_type_ not in NER_TYPES:  # "Hargrove" tagged a work of art
            start -= 1
            if doc[start].is_sent_start:
                break
        if start < tok.i and doc[start].lower_ not in _MONTHS:
            found.append(doc[start:tok.i])
    return found


def _described_names(doc: Doc) -> list[Span]:
    """A capitalised word opening a sentence that the model tagged as nothing, then `, who` or an
    apposition that ends on a word for a person (`Tal, a senior Defense Ministry official, said`,
    `Gross, who lives in ...`): a surname the model did not know."""
    found = []
    for i in comma_positions(doc):
        if i == 0 or i + 2 >= len(doc):
            continue
        name = doc[i - 1]
        if not (name.is_sent_start and name.is_alpha and name.is_title and not name.is_stop and len(name) > 2
                and name.ent_type_ == "" and name.tag_ in ("NNP", "NN", "UH", "FW")):
            continue
        if name.lower_.endswith("s") and not name.lower_.endswith("ss") and name.lower_ not in common_surnames():
            continue  # "Rebels, who control the north": a plural noun opening the sentence
        if doc[i + 1].lower_ == "who":
            found.append(doc[i - 1:i])
            continue
        if doc[i + 1].lower_ not in ("a", "an", "the"):
            continue
        for j in range(i + 2, min(len(doc) - 1, i + 8)):
            if doc[j].text == "," or doc[j].is_punct:
                break
            if doc[j].lower_ in PERSON_NOUNS and doc[j + 1].text == ",":
                found.append(doc[i - 1:i])
                break
    return found


def _described_as_person(span: Span) -> bool:
    """`X, a professor at ...`, `X, 53,` or `professor X`: the span names a person."""
    doc = span.doc
    i = span.end
    if _aged(doc, i) and span.label_ not in ("GPE", "LOC", "FAC", "Place"):  # "Texas, 25, Ohio, 30": votes
        return True
    if i < len(doc) and doc[i].text == ",":
        j = i + 1
        while j < len(doc) and j < i + 4 and (doc[j].pos_ in ("DET", "ADJ", "PROPN") or doc[j].like_num):
            if doc[j].lower_ in PERSON_NOUNS:
                return True
            j += 1
        if j < len(doc) and doc[j].lower_ in PERSON_NOUNS:
            return True
    return span.start > 0 and doc[span.start - 1].lower_ in PERSON_NOUNS - {"head", "member", "leader"}


def _context_says_body(span: Span) -> bool:
    """`club Standard Liege`, `Deportivo chairman`, `Everton 's Duncan Ferguson`: the words around a
    name the model called a person or a place make it a body. A given name first keeps a person."""
    doc = span.doc
    if span[0].lower_ in given_names() and len(span) >= 2 and span.label_ == "PERSON":
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    if before in ORGANIZATION_BEFORE or (after is not None and after.lower_ in ORGANIZATION_AFTER
                                         and after.tag_.startswith("NN")):  # "Putin shares the view" is a verb
        return True
    if span.label_ == "PERSON" and after is not None and after.text in _POSSESSIVE and span.end + 1 < len(doc):
        owner = doc[span.end + 1]
        return owner.ent_type_ == "PERSON" and owner.ent_iob_ == "B"  # "Everton 's Duncan Ferguson"
    return False


def _strip_title_prefix(span: Span, gazetteer: Gazetteer) -> Span | None:
    """`Kazakh President Kassym-Jomart Tokayev` tagged as one body: the person after the title."""
    i, saw_head = span.start, False
    while i < span.end and (span.doc[i].lower_ in ROLE_HEADS | ROLE_MODIFIERS
                            or gazetteer.country_for_demonym(span.doc[i].text)):
        saw_head = saw_head or span.doc[i].lower_ in ROLE_HEADS
        i += 1
    rest = span.doc[i:span.end]
    names = [t for t in rest if t.is_alpha]
    if rest and (rest[0].text in _POSSESSIVE or any(t.lower_ in PLACE_HEADS | ORGANIZATION_HEADS for t in rest)):
        return None  # "King Khalid International Airport", "King's College London" are named after one
    if saw_head and len(names) >= 2 and all(t.text[:1].isupper() for t in names):
        return rest
    return None


def _normal_form(text: str) -> str:
    """ALL-CAPS words of five or more letters (datelines) become title case."""
    words = text.split()
    if any(len(w) >= 5 and w.isupper() for w in words):
        return " ".join(w.title() if len(w) >= 5 and w.isupper() else w for w in words)
    return text


_TOWN_WORDS = frozenset(["city", "town", "county"])  # "Kansas City" is a town before it is a club


# "Duchess of York", "Prince of Wales": a peer's title with its place names the person who holds it.
_PEERAGES = frozenset("duke duchess prince princess earl countess marquess viscount baron baroness".split())


def _cut_at_verb(span: Span) -> Span:
    """`Skadden, Arps said Popeyes`: a verb in lower case ends a name the model ran past it."""
    for tok in span[1:]:
        if tok.is_lower and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.lower_ not in NAME_INNER_PREPOSITIONS:
            return span.doc[span.start:tok.i]
    return span


# Titles and ranks a body's name never ends in when a person's name follows ("FAA Administrator X").
_TITLE_TAIL = ROLE_HEADS | {a.rstrip(".") for a in ROLE_ABBREVIATIONS} | frozenset("capt sgt maj cmdr".split())


# First words of two-word titles in "General" ("Inspector General", "Surgeon General"), which the model
# may read into the body's name without the "General" ("DNI Inspector" + "General X").
_GENERAL_TITLE_FIRSTS = frozenset("""inspector attorney surgeon solicitor comptroller postmaster auditor adjutant
    secretary director governor""".split())


def _cut_title_tail(span: Span) -> Span:
    """`FAA Administrator Allan McArtor`, `Coast Guard Lt. Steve Hardy`: the model read the title before a
    person's name into the body's name; the body ends before the title, which the post rules then read.
    `DNI Inspector` + `General X`: the title's first word alone was read into the body."""
    doc, end = span.doc, span.end
    after = span.end
    if after + 1 < len(doc) and doc[after].text == "General" and len(span) > 1 \
            and span[-1].lower_ in _GENERAL_TITLE_FIRSTS and span[-1].is_title:
        end, after = end - 1, after + 1
    while end - span.start > 1 and doc[end - 1].lower_.rstrip(".") in _TITLE_TAIL and doc[end - 1].is_title:
        end -= 1
    after += 1 if after < len(doc) and doc[after].text == "." else 0
    if end == span.end or after >= len(doc) or doc[after].ent_type_ != "PERSON" or doc[after].ent_iob_ != "B":
        return span
    return doc[span.start:end]


def _company_of_town(span: Span) -> tuple[Span, Span] | None:
    """(company, town) of a span `Pittsburgh-Corning Corp. of Pittsburgh` (see towns.company_towns)."""
    for tok in span[1:-1]:
        if tok.lower_ == "of" and span.doc[tok.i - 1].lower_.rstrip(".") in LEGAL_FORMS:
            town = span.doc[tok.i + 1:span.end]
            found = place_index().lookup(town.text)
            if found is not None and found.kind == "City" and all(t.is_title or t.is_upper for t in town):
                return span.doc[span.start:tok.i], town
    return None


def _type_of(span: Span, gazetteer: Gazetteer) -> tuple[str | None, str, str]:
    """(type, gazetteer id, method) of an entity span, or (None, '', '') to drop it."""
    if span.ent_id_:
        entry = gazetteer.by_id(span.ent_id_)
        if entry is not None:
            return entry.type, entry.id, "gazetteer"
    etype = NER_TYPES.get(span.label_)
    if etype is None or all(t.lower_ in ROLE_HEADS | ROLE_MODIFIERS for t in span):
        return None, "", ""  # "Defence" of "Defence Minister" is part of a title, not a body
    entry = gazetteer.lookup_name(_normal_form(span.text))
    if entry is not None:
        return entry.type, entry.id, "ner+gazetteer"
    if etype == "Organization" and re.sub(r"^the ", "", span.text.lower()).strip(".") in GENERIC_ORGANIZATION_WORDS:
        return None, "", ""
    if etype == "Treaty" and (not (set(span.text.lower().split()) & TREATY_WORDS)
                              or span[0].lower_ in ("article", "articles", "section", "chapter", "clause")):
        return None, "", ""
    if etype == "Person" and _looks_like_media(span) and span[0].lower_ not in given_names():  # not "Correspondent Dan Springer"
        return "Organization", "", "ner+rule:media"
    if etype != "Person" and len(span) >= 3 and span[0].lower_ in _PEERAGES and span[1].lower_ == "of":
        return "Person", "", "ner+rule:peerage"
    if etype in ("Place", "Organization") and _described_as_person(span):
        return "Person", "", "ner+rule:apposition"
    if etype in ("Person", "Place") and _context_says_body(span):
        return "Organization", "", "ner+rule:context"
    head = span[-1].lower_.rstrip(".")
    if len(span) >= 2 and etype == "Organization" and head in COMPANY_WORDS:
        return "Organization", "", "ner+rule:head"  # a company word outweighs a given name first
    if len(span) >= 2 and etype != "Organization" and (
            head in COMPANY_WORDS or head in TEAM_WORDS - _TOWN_WORDS or (etype == "Person" and head in ORGANIZATION_HEADS)):
        return "Organization", "", "ner+rule:head"  # "Sun Hung Kai Properties", "Warren Commission"
    if len(span) >= 2 and etype != "Place" and head in PLACE_HEADS | PLACE_WORDS:
        return "Place", "", "ner+rule:head"  # "Western Wall", "Ocala National Forest"
    return etype, "", "ner"


def extract_mentions(doc: Doc, sentence_index: dict[int, int], gazetteer: Gazetteer,
                     text: str | None = None) -> list[Mention]:
    """Mentions of the named entities in `doc`; `sentence_index` maps a token to its sentence.
    `text` is doc.text when the caller has it (Doc.text is rebuilt from the tokens on every access)."""
    mentions = []
    text = doc.text if text is None else text
    doc_lines = list(lines(doc))
    standalone = {t.text for t in doc if t.is_alpha and t.text[:1].isupper()}
    alone = _written_alone(doc)
    common = _common_words(doc)
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    # Results, standings and fixtures: the line's shape types its names, not the model.
    table = table_names(doc, gazetteer, common, doc_lines)
    for name in table:
        mention = _mention(doc[name.start:name.end], text, name.type, name.key, "rule:table", sentence_index,
                           gazetteer, standalone, typed=True)
        if mention is not None:
            mentions.append(mention)
    # "Miami, Fla.", "DETROIT 1996-08-31": places by the way news writes them.
    # People and bodies before a comma are no towns: "Bush, Texas governor", "BBC News, Washington".
    people = {i for e in doc.ents if (e.label_ == "PERSON" and len(e) > 1) or e.label_ in ("ORG", "Organization")
              for i in range(e.start, e.end)}
    in_table = {i for name in table for i in range(name.start, name.end)}
    # "Moscow KRASNAYA ZVEZDA in Russian 16 Feb 94": a monitoring report's source, typed by the line
    for line in source_lines(doc, doc_lines, text):
        if any(i in in_table for i in range(line.town[0], line.end)):
            continue
        for (start, end), etype in ((line.town, "Place"), (line.outlet, "Organization")):
            mention = _mention(doc[start:end], text, etype, "", "rule:source-line", sentence_index, gazetteer,
                               standalone, typed=True)
            if mention is not None:
                mentions.append(mention)
        in_table.update(range(line.town[0], line.end))  # the language, time and date name nothing
    # "WILMINGTON, Del. --", "CAMP DAVID, Md. --": a name in capitals opening a line is a dateline's town
    datelines = frozenset(i for e in doc.ents if e.text.isupper() and len(e.text) > 2
                          and (e.start == 0 or "\n" in doc[e.start - 1].text_with_ws) for i in range(e.start, e.end))
    for town in (town_state_names(doc, people | in_table, datelines) + dateline_names(doc, doc_lines)
                 + agency_datelines(doc, doc_lines, text) + company_towns(doc)):
        if any(i in in_table for i in range(town.start, town.end)):
            continue
        span = doc[town.start:town.end]
        entry = gazetteer.lookup_name(town.normal)
        if entry is not None and entry.type != "Place":
            continue  # "UNITED NATIONS (Reuters)": a body's seat named by the body, which the gazetteer types
        key = entry.id if entry is not None and entry.type == "Place" else ""
        mentions.append(Mention(text=span.text, start=span.start_char, end=span.end_char, type="Place",
                                sentence=sentence_index[town.start], key=key, method="rule:town",
                                normal=entry.label if key else town.normal))
        in_table.update(range(town.start, town.end))
    spans = joined_split_names(doc, gazetteer, common)
    joined = {(s.start, s.end) for s in spans} - {(e.start, e.end) for e in doc.ents}
    for ent in spans:
        split = _company_of_town(ent)
        if split is not None:  # "Keen Corp. of New York": the company; the towns above read the town
            ent = Span(doc, split[0].start, split[0].end, label=ent.label_)
        if any(i in in_table for i in range(ent.start, ent.end)):
            continue
        etype, key, method = _type_of(ent, gazetteer)
        if etype is None:
            continue
        if (ent.start, ent.end) in joined:
            method += "+rule:split-name"
        span = ent if key else _cut_at_verb(ent)
        if not key and etype == "Organization":
            span = _cut_title_tail(span)
            if span.end != ent.end:  # "Department of Justice [Inspector]": the body left may be a known one
                etype, key, method = _type_of(Span(doc, span.start, span.end, label=ent.label_), gazetteer)
                if etype is None:
                    continue
        if not key and etype != "Person":
            person = _strip_title_prefix(span, gazetteer)
            if person is not None:
                span, etype, method = person, "Person", "ner+rule:title-prefix"
        if not key and etype != "Person":
            person = _person_inside(span)
            if person is not None:
                span, etype, method = person, "Person", method + "+rule:given-name"
        if not key:
            span = _extend_truncated(span, gazetteer)
            if etype == "Person":
                span = _trim_person(_extend_hyphen_suffix(_extend_person_left(span)), gazetteer)
        span = _trim(span)
        if len(span) == 0 or (not key and ((_is_common_word(span, common, surnames) and not _aged(doc, span.end))
                                           or _is_name_pair(span, alone)
                                           or (etype == "Organization" and _is_generic_body(span)))):
            continue
        for part in _split_listed(span) if etype == "Person" and not key else [span]:
            mention = _mention(part, text, etype, key, method, sentence_index, gazetteer, standalone)
            if mention is not None:
                mentions.append(mention)
    for span, method in [(s, "rule:age") for s in _aged_names(doc)] + [(s, "rule:described") for s in _described_names(doc)]:
        if not any(i in in_table for i in range(span.start, span.end)):
            mention = _mention(span, text, "Person", "", method, sentence_index, gazetteer, standalone)
            if mention is not None:
                mentions.append(mention)
    mentions = headline_mentions(doc, mentions, doc_lines, sentence_index, text)
    mentions = known_acronym_names(text, spelled_out(text, defined_acronyms(doc, mentions, sentence_index)))
    return repeated_mentions(doc, mentions, common, sentence_index, text)


def _mention(span: Span, doc_text: str, etype: str, key: str, method: str, sentence_index: dict[int, int],
             gazetteer: Gazetteer, standalone: set[str], typed: bool = False) -> Mention | None:
    """The Mention of a cleaned span, or None when what is left is no name; `typed`: the type is
    settled (a table line's), an ALL-CAPS name found in the gazetteer keeps it."""
    start, end = span.start_char, span.end_char
    if not key:
        cut = _glue_cut(span, standalone)
        if cut is not None:
            end = cut
            method += "+rule:glue"
    text = doc_text[start:end].rstrip()
    end = start + len(text)
    if not _is_plausible_name(text) or (not key and _is_demonym(text, gazetteer)):
        return None
    normal = _normal_form(text)
    if normal != text and not key:
        entry = gazetteer.lookup_name(normal)
        if entry is not None and (not typed or entry.type == etype):
            etype, key = entry.type, entry.id
    return Mention(text=text, start=start, end=end, type=etype, sentence=sentence_index[span.start],
                   key=key, method=method, normal=normal)


# Honorifics that tell a person's sex, as written right before a name ("Mrs May", "Mr. Liu"): kept on
# the mention, since resolution picks among a surname's bearers with them and reads no text.
_HONORIFIC_BEFORE = re.compile(r"\b(" + "|".join(HONORIFICS) + r")\.?\s+$")


def with_honorifics(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's with the honorific written right before it, if any."""
    out = []
    for m in mentions:
        found = _HONORIFIC_BEFORE.search(text[max(0, m.start - 10):m.start]) if m.type == "Person" else None
        out.append(replace(m, honorific=found.group(1).lower()) if found else m)
    return out
