"""Name normalisation shared by resolution and IRI minting: pure functions on strings.

Names in other scripts are romanised (anyascii, plus the Russian letters whose usual English
spelling differs from a letter-by-letter one), so `Сергей Лавров` and `Sergey Lavrov` share a
key and no two non-Latin names collapse to an empty one. ASCII names are untouched.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Every dash a name may be written with; the gazetteer's lookup keys use the same set.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_TABLE = str.maketrans({d: "-" for d in DASHES})
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TRANSLIT_ENDINGS = re.compile(r"(?:ey|ei|ej|ii|iy|yi|y)$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS = "аеёиоуыэюяaeiouy"
# Soft and hard signs are not written in English spellings (Emmanuel', Ob'ekt); й after a
# vowel and before a consonant is written i (Shoigu, Baikal); a first name's Й before a
# vowel is mostly a Germanic J (Йенс Jens, Йозеф Josef).
_SIGNS = str.maketrans("", "", "ьъЬЪ")


def _romanise_cyrillic(text: str, person: bool) -> str:
    text = text.translate(_SIGNS)
    text = re.sub(r"(?<=[" + _VOWELS + r"])й(?=[^" + _VOWELS + r"\W])", "i", text, flags=re.I)
    if person:
        text = re.sub(r"\bЙ(?=[" + _VOWELS + r"])", "J", text)
    return text


def romanise(text: str, person: bool = False) -> str:
    """Latin letters for a name in any script; ASCII text is returned unchanged."""
    if text.isascii():
        return text
    if _CYRILLIC.search(text):
        text = _romanise_cyrillic(text, person)
    # Accents go as in fold(); only letters NFKD cannot reduce (Cyrillic, Greek, ł, ß) are transliterated.
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text if text.isascii() else anyascii(text)


@lru_cache(maxsize=1 << 16)  # pure, and called for the same few thousand names over and over
def normalise(text: str, fold: bool = True) -> str:
    """The one normal form of a name (gazetteer lookups and name keys): dashes unified, spaces
    collapsed, leading "the " and 's dropped; `fold` also drops case and accents."""
    text = unicodedata.normalize("NFKC", text).translate(_DASH_TABLE).replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ?- ?", "-", text)
    text = re.sub(r"(?<=\w)'s\b", "", text)
    text = re.sub(r"(?<=s)'(?= |$)", "", text)
    text = re.sub(r"^the ", "", text, flags=re.IGNORECASE)
    if fold:
        text = unicodedata.normalize("NFKD", text.casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text


def fold(text: str) -> str:
    """Lower case, accents removed, dashes unified, possessive and leading article dropped."""
    return normalise(text, fold=True)


def translit(token: str) -> str:
    """One key for common romanisations of a name: Sergei/Sergey, Aleksandr/Alexander, Yuri/Yury."""
    token = token.replace("ks", "x").replace("yu", "iu").replace("ya", "ia")
    if len(token) >= 4:
        token = _TRANSLIT_ENDINGS.sub("i", token)
    return token


def name_key(name: str, person: bool = False) -> str:
    """A spelling-insensitive key: `Russia–NATO Council` and `NATO-Russia council` share one."""
    tokens = _TOKEN.findall(fold(romanise(name, person)))
    if not person:  # "Russia-NATO" and "NATO-Russia"; a person's "Jae-in" keeps its order
        tokens = ["-".join(sorted(t.split("-"))) if "-" in t else t for t in tokens]
    if person:
        # "al-Assad" and "Assad" are one surname; initials ("V.") do not tell people apart.
        tokens = [re.sub(r"^(?:al|el|ad|as|ash|at)-", "", t) for t in tokens]
        tokens = [translit(t) for t in tokens if len(t) > 1] or tokens
    return " ".join(tokens)


def slugify(text: str) -> str:
    """A readable IRI segment: lower-case ASCII words joined by hyphens (never empty)."""
    text = fold(romanise(text))
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:80].strip("-") or "x"
