"""Names that are other forms of a name: outlets' names in metadata, acronyms, cut names, misspellings.

Pure functions on strings, used by kg.resolve:
- a publisher field names an outlet with furniture around it ("Fox Online News", "CNN (Web News)",
  "Newsmax - Opinion"): `publisher_forms` lists the cleaner forms to look up, best first;
- an acronym stands for a longer name whose initials it spells (`NRA`, National Rifle Association);
- an organisation's name may be cut ("House Armed Services" for the committee), shortened
  ("House Oversight Committee") or written without its first words ("Armed Services Committee");
- a source misspells a name ("Yanukoyvch", "Tal Abyad" beside "Tel Abyad"): one edit apart.
"""
from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from kg.headwords import ORGANIZATION_HEADS

_SMALL = frozenset("of the and for on in at de du la le to".split())
# Words a publisher field adds to an outlet's name: its edition, medium or section.
_EDITION_WORDS = frozenset("online web digital edition website magazine".split())
_SECTION = re.compile(r"\s+[-\u2013\u2014|]\s+.*$")  # "New York Times - News", "Guest Writer - Left"
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")  # "CNN (Web News)"
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|news)$", re.I)  # "TheBlaze.com"
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def publisher_forms(name: str) -> list[str]:
    """Forms of a publisher field to look up, the most specific first; the last is the cleanest."""
    forms = [name.strip()]
    base = _DOMAIN.sub("", _SECTION.sub("", _PARENTHESIS.sub("", name))).strip()
    if base and base != forms[0]:
        forms.append(base)
    words = base.split()
    plain = [w for w in words if w.lower() not in _EDITION_WORDS]
    if plain and plain != words:
        forms.append(" ".join(plain))
    if len(plain) >= 2 and plain[-1].lower() == "news":  # "NPR News" is NPR
        forms.append(" ".join(plain[:-1]))
    return list(dict.fromkeys(forms))


def is_acronym(name: str) -> bool:
    """`NRA`, `IRGC`: two to six capital letters (dotted forms such as U.S. are the gazetteer's)."""
    return bool(_ACRONYM.match(name))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name.replace("'s", "")) if w[:1].isalnum()]


def acronym_of(acronym: str, name: str) -> bool:
    """True when `acronym` spells the initials of `name`'s words, small words left out or not."""
    words = _words(name)
    if len(words) < 2:
        return False
    full = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _SMALL).upper()
    return acronym in (full, content)


def shortened_from(short: list[str], long: list[str]) -> bool:
    """`short` (lower-case words) is a cut form of the organisation `long`.

    The name without its head word ("house armed services" + "committee"), without middle words
    but with its first and last ("house oversight committee"), or without its first words
    ("armed services committee", "blue house" of "presidential blue house").
    """
    if len(short) < 2 or len(short) >= len(long):
        return False
    if long[:-1] == short and long[-1] in ORGANIZATION_HEADS:
        return True
    if long[-len(short):] == short:
        # not "International Crisis Group" of "Iran Project at the International Crisis Group": a body of its own
        return long[-len(short) - 1] not in ("the", "at", "of", "in", "for", "on")
    if short[0] == long[0] and short[-1] == long[-1]:
        it = iter(long)
        return all(word in it for word in short)  # an ordered subsequence
    return False


# Head words after which a body's full name goes on with "for", "on" or "of" ("Brennan Center for Justice").
_CUT_HEADS = ORGANIZATION_HEADS | frozenset("center centre school program programme project initiative office endowment institution".split())


def cut_before_tail(short: list[str], long: list[str]) -> bool:
    """`short` (lower-case words) is `long` cut before its "for", "on" or "of" tail: "margaret thatcher
    center" of "margaret thatcher center for freedom", "washington institute" of the Washington Institute
    for Near East Policy. Two words or more, ending on a body's head word, so a bare "Center" or
    "Institute" joins nothing. Only for a longer name of the same article: across articles "European
    Council" is not the European Council on Foreign Relations."""
    n = len(short)
    return (n >= 2 and len(long) >= n + 2 and long[:n] == short and short[-1] in _CUT_HEADS
            and long[n] in ("for", "on", "of"))


def misspelt(a: str, b: str) -> bool:
    """Two spellings one edit apart (a letter added, dropped, changed or two swapped), of a long word."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 7:
        return False
    return OSA.distance(a, b, score_cutoff=1) <= 1


def dropped_letter(short: str, long: str) -> bool:
    """`obma` for `obama`, `lavov` for `lavrov`: a short name with one inner letter left out."""
    return (len(short) >= 4 and len(long) == len(short) + 1 and short[0] == long[0] and short[-1] == long[-1]
            and any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1)))


def deletion_keys(text: str) -> set[str]:
    """The text and every form of it with one letter left out: two texts one edit apart share one."""
    return {text} | {text[:i] + text[i + 1:] for i in range(len(text))}
