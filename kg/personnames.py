"""What kg knows about people's names in general: given names, titles, nicknames, name order.

Given names come from the `names` package (the US Census 1990 first-name lists, public domain),
titles from `nameparser`'s title list plus kg's own role words; both are read once per process.
The nickname pairs and the East Asian family names are general knowledge, not taken from any
article.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.names import translit

# Family names written first in English text ("Kim Jong Un", "Xi Jinping", "Moon Jae-in"): a bare
# "Kim" or "Moon" names the person by the first word of the full name, not the last.
EAST_ASIAN_FAMILY_NAMES = frozenset(
    """kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo
    shin kwon hwang ahn song ryu yoo hong jeon ko moon mun roh noh ban
    xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
    xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding
    shen jia fu mao hua qin
    nguyen tran""".split()
)

# Common English short forms of given names: "Joe Cirincione" and "Joseph Cirincione" are one person.
NICKNAMES = {
    "joe": "joseph", "bill": "william", "will": "william", "billy": "william", "bob": "robert",
    "rob": "robert", "bobby": "robert", "mike": "michael", "jim": "james", "jimmy": "james",
    "tom": "thomas", "dick": "richard", "rick": "richard", "rich": "richard", "chuck": "charles",
    "charlie": "charles", "ted": "edward", "ed": "edward", "eddie": "edward", "dan": "daniel",
    "danny": "daniel", "dave": "david", "steve": "stephen", "tony": "anthony", "nick": "nicholas",
    "pat": "patrick", "chris": "christopher", "matt": "matthew", "ben": "benjamin", "sam": "samuel",
    "alex": "alexander", "andy": "andrew", "tim": "timothy", "ron": "ronald", "don": "donald",
    "ken": "kenneth", "larry": "lawrence", "jerry": "gerald", "greg": "gregory", "jeff": "jeffrey",
    "fred": "frederick", "frank": "francis", "hank": "henry", "harry": "henry", "jack": "john",
    "jon": "jonathan", "kate": "katherine", "kathy": "katherine", "liz": "elizabeth", "beth": "elizabeth",
    "sue": "susan", "jenny": "jennifer", "jen": "jennifer", "meg": "margaret", "peggy": "margaret",
    "vicky": "victoria", "nate": "nathan", "zach": "zachary", "doug": "douglas", "phil": "philip",
    "walt": "walter", "al": "albert", "ray": "raymond", "vince": "vincent", "stan": "stanley",
}

# Role words kg's rules already know; nameparser's list adds the rest ("Speaker", "Staff", ...).
_OWN_TITLES = frozenset("""mr mrs ms dr sir former acting deputy vice president senator sen rep gov gen
    minister secretary chairman spokesman spokeswoman ambassador governor mayor chancellor premier
    speaker leader chief director commander lt col sgt capt adm cmdr maj rev pres amb sec""".split())


def _census_frequencies(filename: str) -> dict[str, float]:
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    return {parts[0].lower(): float(parts[1]) for parts in map(str.split, text.splitlines()) if parts}


@lru_cache(maxsize=1)
def _first_name_frequencies() -> tuple[dict[str, float], dict[str, float]]:
    """(male, female) lower-case given name -> per cent of people, read once for given_names and
    given_name_sex; empty without the package (a dependency; be safe in a wheel)."""
    try:
        return _census_frequencies("dist.male.first"), _census_frequencies("dist.female.first")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}, {}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names (about 5,000): a word that starts many people's names."""
    male, female = _first_name_frequencies()
    return frozenset(male.keys() | female.keys())


# A given name is one sex's when the Census counts it at least this many times as often for that
# sex ("Theresa", "Philip"); names both sexes bear ("Leslie", "Terry") tell nothing, nor do rare ones
# (below _SEX_FLOOR per cent of people: "Ashton", 0.004, is Ashton Carter's too).
_SEX_RATIO = 10.0
_SEX_FLOOR = 0.01


@lru_cache(maxsize=1)
def _sex_of_given_names() -> dict[str, str]:
    """Given name (as written in lower case, and as kg.names' person key spells it) -> "f" or "m"."""
    male, female = _first_name_frequencies()
    found = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        sex = "f" if f >= _SEX_RATIO * m else "m" if m >= _SEX_RATIO * f else ""
        if max(m, f) < _SEX_FLOOR:
            continue
        if sex:
            found.setdefault(name, sex)
            found.setdefault(translit(name), sex)
    return found


def given_name_sex(token: str) -> str:
    """"f" or "m" when the US Census gives this (lower-case) first name almost only to one sex, else ""."""
    return _sex_of_given_names().get(formal_given_name(token), "")


# Census surnames this common ("Richardson", rank 63) are borne by enough people that a lone tag of
# one as a person outweighs a town of the same name; rarer ones ("Denver", "Aurora") do not.
COMMON_SURNAME_RANK = 2000


@lru_cache(maxsize=1)
def _surname_ranks() -> dict[str, int]:
    """Lower-case surname -> its rank in the US Census 1990 list (`names` package, public domain), read
    once for common_surnames and census_surnames; empty without the package."""
    try:
        text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    return {parts[0].lower(): int(parts[3]) for parts in map(str.split, text.splitlines()) if parts}


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """Lower-case surnames among the US Census 1990's most frequent."""
    return frozenset(name for name, rank in _surname_ranks().items() if rank <= COMMON_SURNAME_RANK)


@lru_cache(maxsize=1)
def _common_surname_keys() -> frozenset[str]:
    """common_surnames as kg.names' person key spells them ("crowley" -> `crowli`), doubled letters once."""
    return frozenset(re.sub(r"(.)\1", r"\1", translit(name)) for name in common_surnames()) | common_surnames()


def is_common_surname(word: str) -> bool:
    """A common Census surname, written plain or as a person key's last word (`crowli`, `rusel`)."""
    return word in common_surnames() or word in _common_surname_keys()


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Lower-case words that are titles or roles before a name ("speaker", "senator", "staff")."""
    try:
        from nameparser.config import CONSTANTS
        found = {t.lower().rstrip(".") for t in CONSTANTS.titles}
    except ImportError:
        found = set()
    # Words nameparser counts as titles that are given names or name parts in news text.
    found -= {"major", "judge", "dean", "bishop", "marshal", "count", "baron", "abbot", "mister", "miss",
              "page", "wing", "private", "don", "hon", "rt", "saint"}
    return frozenset(found | _OWN_TITLES)


@lru_cache(maxsize=1)
def _nicknames_by_key() -> dict[str, str]:
    """NICKNAMES under kg.names' transliteration key too: a person key spells "Bobby" `bobbi`."""
    found = dict(NICKNAMES)
    for short, formal in NICKNAMES.items():
        found.setdefault(translit(short), translit(formal))
    return found


def formal_given_name(token: str) -> str:
    """The formal given name of a short form (`joe` -> `joseph`, `bobbi` -> `robert`), else the token itself."""
    return _nicknames_by_key().get(token, token)


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Every lower-case surname of the US Census 1990 list (about 89,000): a plural word that is none
    of them ("Mothers", "Veterans") ends a group's name, not a person's."""
    return frozenset(_surname_ranks())
