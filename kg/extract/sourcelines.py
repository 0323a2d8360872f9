"""Source lines of monitoring reports: `Moscow KRASNAYA ZVEZDA in Russian 16 Feb 94 p 1`,
`LD0506194194 Paris Radio France International in French 1830 GMT 5 Jun 94`, `Tokyo MAINICHI SHIMBUN`.

Translations of the foreign press and radio (FBIS, BBC Monitoring and their readers) cite their
source on a line of its own: the town it is published or broadcast from, the outlet, and
optionally the language, time and date. The line's form types its names (the model reads
`France International` as a person and `KRASNAYA ZVEZDA` not at all), and it says where the outlet
is based. A line without the language must be short, the town in title case and the outlet written
in capitals or named as a broadcaster, so that a heading (`Moscow Says No`, `MOSCOW WANTS MORE`) is
no source line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.places import place_index

LANGUAGES = frozenset("""English French Russian Spanish Arabic Chinese German Portuguese Turkish Ukrainian Thai
    Greek Indonesian Japanese Korean Serbo-Croatian Latvian Lithuanian Estonian Persian Hindi Urdu Hebrew Italian
    Polish Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian Slovene Macedonian Albanian Dutch Swedish
    Norwegian Danish Finnish Vietnamese Khmer Burmese Malay Tagalog Pashto Dari Kazakh Uzbek Azeri Georgian
    Armenian Belarusian Mandarin Cantonese Swahili Amharic Somali Hausa""".split())
_LANGUAGE = re.compile(r" in (?:" + "|".join(sorted(LANGUAGES)) + r")\b")
BROADCAST_WORDS = frozenset("radio television tv network agency service broadcasting".split())
# A monitoring service's reference number before the town: "LD0506194194", "94WD0125D", "947N0051B".
_REFERENCE = re.compile(r"^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,14}$")
_WORD = re.compile(r"^(?:[A-Z][\w'&.-]*|[a-z]{1,3}|de|del|la|le)$")  # "Centro Nacional de ...", "I KATHIMERINI"
MAX_OUTLET_WORDS = 5


@dataclass(frozen=True, slots=True)
class SourceLine:
    """Token spans of a source line's town and outlet, and the end of the line."""

    town: tuple[int, int]
    outlet: tuple[int, int]
    town_name: str
    end: int


def _town(words: list, k: int) -> str | None:
    """The name of a town the atlas knows, written by the first `k` words."""
    name = " ".join(t.text for t in words[:k])
    name = name.title() if name.isupper() else name
    return name if place_index().lookup(name, "City") is not None else None


def source_lines(doc: Doc, lines, text: str | None = None) -> list[SourceLine]:
    """The source lines among the text's lines (token ranges); `text` is doc.text, if the caller has it."""
    found = []
    text = doc.text if text is None else text  # Doc.text is rebuilt from the tokens on every access
    for start, end in lines:
        first, last = doc[start], doc[end - 1]
        line = text[first.idx:last.idx + len(last.text)]  # a slice: building Tokens for every line is slow
        if len(line.split()) > 7 and not _LANGUAGE.search(line):
            continue
        toks = [t for t in doc[start:end] if not t.is_space]
        refs = [n for n, t in enumerate(toks) if _REFERENCE.match(t.text)]
        head = refs[-1] + 1 if refs else 0  # a headline may run into the reference number
        lang = next((n for n in range(head + 2, len(toks) - 1) if toks[n].lower_ == "in"
                     and toks[n + 1].text in LANGUAGES), None)
        words = toks[head:lang] if lang is not None else toks[head:]
        if lang is None and (refs or len(words) > 6):
            continue
        for k in (3, 2, 1):
            town = _town(words, k) if len(words) > k else None
            if town is None:
                continue
            outlet = words[k:]
            if len(outlet) > MAX_OUTLET_WORDS or not all(_WORD.match(t.text) or t.text == "-" for t in outlet) \
                    or not outlet[0].text[:1].isupper() or not outlet[-1].text[:1].isupper():
                break
            if lang is None and (words[0].text.isupper() or not (
                    all(t.text.isupper() for t in outlet if t.is_alpha) or {t.lower_ for t in outlet} & BROADCAST_WORDS)):
                break  # "MOSCOW WANTS EXPLANATION": a heading in capitals, the town in capitals too
            found.append(SourceLine((words[0].i, words[k - 1].i + 1), (outlet[0].i, outlet[-1].i + 1), town,
                                    toks[-1].i + 1))
            break
    return found
