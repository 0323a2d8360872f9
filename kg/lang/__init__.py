"""Language packs: each article's own language picks the pipeline that reads it.

A pack is one module here (`kg.lang.en`, `kg.lang.ru`) exposing `PACK`, an object with
`code`, `script` (the script its texts are written in), `version()` (for the extraction
cache) and `extract(articles, context, batch_size, processes)`, which turns a list of
Articles into Extraction records in the same order. Everything after extraction
(resolution, the graph, the exports) is language-neutral. Adding a language is one module
plus its data, and one line in PACKS.

A pack's module is imported only when an article in its language appears, so an English
build never imports the Russian models.
"""
from __future__ import annotations

import hashlib
import importlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, Sequence, Iterator

from kg.gazetteer import Gazetteer
from kg.model import Article, Extraction

PACKS = {"en": ("kg.lang.en", "Latin"), "ru": ("kg.lang.ru", "Cyrillic")}
DEFAULT = "en"
# Share of a text's letters in one script above which that script decides the language.
SCRIPT_SHARE = 0.5
_SAMPLE = 2000  # characters read to tell the script: a news article's lead


class LanguagePack(Protocol):
    code: str
    script: str

    def version(self) -> str: ...

    def extract(self, articles: Sequence[Article], context: "Context", batch_size: int,
                processes: int) -> Iterator[Extraction]: ...


@dataclass(frozen=True)
class Context:
    """What extraction needs besides the text: the gazetteer and the article's language pack."""

    gazetteer: Gazetteer
    pack: LanguagePack


_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]")


def script_of(text: str) -> str | None:
    """The script most letters of `text` are written in ("Latin", "Cyrillic", ...), if it holds a majority."""
    sample = text[:_SAMPLE]
    if len(_ASCII_LETTERS.findall(sample)) > 2 * len(_NON_ASCII.findall(sample)):
        return "Latin"  # the usual case, decided without naming every letter
    letters = _LETTERS.findall(sample)
    if not letters:
        return None
    counts = Counter(unicodedata.name(c, "?").split(" ", 1)[0] for c in letters)
    script = max(sorted(counts), key=counts.get)
    return script.title() if counts[script] > SCRIPT_SHARE * len(letters) else None


def language_of(article: Article) -> str:
    """The pack code for `article`: its stated language when a pack reads that language and its
    script, else the pack of the script its text is written in, else English (as before packs)."""
    script = script_of(article.text)
    stated = (article.language or "").lower()
    if stated in PACKS and (script is None or PACKS[stated][1] == script):
        return stated
    for code, (_, pack_script) in sorted(PACKS.items(), key=lambda item: item[0] != DEFAULT):
        if pack_script == script:
            return code
    return DEFAULT


def label_language(text: str) -> str | None:
    """The language tag of a name written in another script than Latin ("Сергей Лавров" -> "ru"), else None:
    English and other Latin-script names stay plain literals."""
    script = script_of(text)
    if script is None or script == "Latin":
        return None
    return next((code for code, (_, pack_script) in sorted(PACKS.items()) if pack_script == script), None)


def page_words(text: str) -> tuple[frozenset, re.Pattern] | None:
    """(function words, foreign-script pattern) for a scraped page written mostly in the script of a
    pack other than the default, for the page-furniture rules; None for the default's pages."""
    script = script_of(text)
    if script is None or script == PACKS[DEFAULT][1]:
        return None
    code = next((c for c, (_, s) in sorted(PACKS.items()) if s == script), None)
    if code is None:
        return None
    pack = get_pack(code)
    return pack.function_words, pack.foreign_script


def extract_articles(articles: Sequence[Article], gazetteer: Gazetteer, batch_size: int = 32,
                     processes: int = 1) -> Iterator[Extraction]:
    """Each article through its own language's pack; extractions come back in input order
    (streamed straight from the pack when every article is in one language, the usual case)."""
    groups: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(language_of(article), []).append(i)
    if len(groups) == 1:
        pack = get_pack(next(iter(groups)))
        yield from pack.extract(list(articles), Context(gazetteer, pack), batch_size, processes)
        return
    done: dict[int, Extraction] = {}
    for code, idx in groups.items():
        pack = get_pack(code)
        done.update(zip(idx, pack.extract([articles[i] for i in idx], Context(gazetteer, pack), batch_size,
                                          processes)))
    for i in sorted(done):
        yield done[i]


@lru_cache(maxsize=None)
def get_pack(code: str) -> LanguagePack:
    """The pack of a language code (imported on first use)."""
    module, _ = PACKS.get(code, PACKS[DEFAULT])
    return importlib.import_module(module).PACK


def packs_version() -> str:
    """A short hash of every pack's version: models, word lists and data, without importing any model."""
    parts = [f"{code}={get_pack(code).version()}" for code in sorted(PACKS)]
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]


__all__ = ["Context", "LanguagePack", "PACKS", "extract_articles", "get_pack", "label_language", "language_of", "packs_version", "script_of"]
