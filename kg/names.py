"""Name normalisation shared by resolution and IRI minting: pure functions on strings."""
from __future__ import annotations

import re
import unicodedata

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_TABLE = str.maketrans({d: "-" for d in DASHES})
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TRANSLIT_ENDINGS = re.compile(r"(?:ey|ei|ii|iy|yi|y)$")


def fold(text: str) -> str:
    """Lower case, accents removed, dashes unified, possessive and leading article dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_DASH_TABLE)
    text = text.casefold().strip()
    text = re.sub(r"['\u2019]s\b", "", text)
    return re.sub(r"^the\s+", "", text)


def translit(token: str) -> str:
    """One key for common romanisations of a name: Sergei/Sergey, Aleksandr/Alexander, Yuri/Yury."""
    token = token.replace("ks", "x").replace("yu", "iu").replace("ya", "ia")
    if len(token) >= 4:
        token = _TRANSLIT_ENDINGS.sub("i", token)
    return token


def name_key(name: str, person: bool = False) -> str:
    """A spelling-insensitive key: `Russia–NATO Council` and `NATO-Russia council` share one."""
    tokens = _TOKEN.findall(fold(name))
    if not person:  # "Russia-NATO" and "NATO-Russia"; a person's "Jae-in" keeps its order
        tokens = ["-".join(sorted(t.split("-"))) if "-" in t else t for t in tokens]
    if person:
        # "al-Assad" and "Assad" are one surname; initials ("V.") do not tell people apart.
        tokens = [re.sub(r"^(?:al|el|ad|as|ash|at)-", "", t) for t in tokens]
        tokens = [translit(t) for t in tokens if len(t) > 1] or tokens
    return " ".join(tokens)


def slugify(text: str) -> str:
    """A readable IRI segment: lower-case ASCII words joined by hyphens (never empty)."""
    text = fold(text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:80].strip("-") or "x"
