"""How two person keys compare: surnames, given names, middle initials and generations.

A person key is kg.people.person_cluster_key's lower-case word list of a full name ("joseph f.
dunford jr"). Resolution clusters the people of a corpus with these tests; they read no text.
"""
from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from kg.personnames import EAST_ASIAN_FAMILY_NAMES, census_surnames, formal_given_name, given_name_sex

GENERATIONS = frozenset("jr sr ii iii iv".split())


def family_name(tokens: list[str]) -> str:
    """The word a bare mention of this person uses: the last (before "Jr."), or the first for East Asian order."""
    return tokens[0] if len(tokens) >= 2 and tokens[0] in EAST_ASIAN_FAMILY_NAMES else surname(tokens)


def generation(tokens: list[str]) -> tuple[list[str], str]:
    """A person key without its generation, and the generation: (["joseph", "f.", "dunford"], "jr")."""
    if len(tokens) >= 2 and tokens[-1] in GENERATIONS and tokens[-2] not in GENERATIONS:
        return tokens[:-1], tokens[-1]  # "Trump Jr.": a surname and the generation
    return tokens, ""


def surname(words: list[str]) -> str:
    """The last word of a person's name that is no generation ("Dunford" of "Joseph F. Dunford Jr.")."""
    while len(words) >= 2 and words[-1].lower().rstrip(".") in GENERATIONS:
        words = words[:-1]
    return words[-1]


def of_sex(clusters: set[str], sex: str) -> set[str]:
    """The person clusters an honorific of this sex may name: not those whose given name is the other
    sex's ("Mrs May" is not Philip May); all of them when the sex or the given name tells nothing."""
    if not sex:
        return clusters
    return {c for c in clusters if given_name_sex(given_name(c.split())) in ("", sex)}


def given_name(tokens: list[str]) -> str:
    """The given name of a multi-word person key: the first word, the second after an East Asian family name."""
    return tokens[1] if family_name(tokens) == tokens[0] and len(tokens) >= 2 else tokens[0]


def middle(tokens: list[str]) -> tuple[str, bool] | None:
    """The initials of a person key's middle names ("hw" of "george hw. bush", "v" of "vladimir vladimirovich
    putin") and whether any was written as an initial; None without a middle name."""
    middle = generation(tokens)[0][1:-1]
    if not middle:
        return None
    return "".join(t[:-1] if t.endswith(".") else t[0] for t in middle), any(t.endswith(".") for t in middle)


def middles_differ(x: tuple[str, bool] | None, y: tuple[str, bool] | None) -> bool:
    """Two middle names that cannot be one person's, one of them written in initials: George H. W. and George
    W. Bush. Two middle names written out may differ in a person's two spellings ("Andrés Manuel López")."""
    return x is not None and y is not None and x[0] != y[0] and (x[1] or y[1])


def initials_agree(run: str, other: list[str]) -> bool:
    """A first name written as initials ("jd.") and another key's given names: "jd." or "john david"."""
    if other[0].endswith(".") or other[0] == run[:-1]:
        return other[0] in (run, run[:-1])  # "J.D. Gordon", "JD Gordon"
    return "".join(t[:-1] if t.endswith(".") else t[0] for t in other[:-1]) == run[:-1]


_PATRONYMIC_ENDINGS = ("son", "sen", "on")


def patronymic_pair(x: str, y: str) -> bool:
    """Two surnames of the Census, one the other and a patronymic ending: "nichols" and "nicholson", "peter" and
    "peterson". Their spellings are close, but they are two families' names, never a typo of one."""
    short, long = sorted((x, y), key=len)
    return (len(short) >= 4 and long.startswith(short) and long[len(short):] in _PATRONYMIC_ENDINGS
            and short in census_surnames() and long in census_surnames())


def compatible_people(a: list[str], b: list[str]) -> bool:
    """Two multi-word person keys that name the same person: same surname, compatible first names, the same
    generation (Donald Trump Jr. is not his father, whom nobody calls "Sr.")."""
    (a, gen_a), (b, gen_b) = generation(a), generation(b)
    if gen_a != gen_b:
        return False
    if a[-1] != b[-1]:
        if patronymic_pair(a[-1], b[-1]):
            return False  # "John Nichols" and "John Nicholson": two surnames, not a typo of one
        return a[:-1] == b[:-1] and (fuzz.ratio(a[-1], b[-1]) >= 85 or (  # "Ergodan": two letters swapped
            min(len(a[-1]), len(b[-1])) >= 7 and a[-1][0] == b[-1][0] and Levenshtein.distance(a[-1], b[-1]) <= 2))
    if middles_differ(middle(a), middle(b)):
        return False
    short, long = sorted((a, b), key=len)
    if long[-len(short):] == short:
        return True  # "fogh rasmussen" within "anders fogh rasmussen"
    if a[0].endswith(".") or b[0].endswith("."):
        run, other = (a, b) if a[0].endswith(".") else (b, a)
        return initials_agree(run[0], other)  # "J.D. Gordon" is not Michael R. Gordon
    first_a, first_b = formal_given_name(a[0]), formal_given_name(b[0])
    # Same surname and first name (up to spelling or a short form); a middle name may be given or not.
    return first_a[0] == first_b[0] and fuzz.ratio(first_a, first_b) >= 85
