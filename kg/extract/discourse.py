"""One name, one sense per article: names the model found once, found again where it missed them.

Repeats: a name the article writes (`Alexander Lebed`, `Michoacan`), or a person's surname, is
the same entity wherever else the article writes it as a name, tagged or not (`Lebed said`).

Capitals lines (headlines, kickers):

A model trained on mixed-case text reads `ROTOR FANS LOCKED OUT AFTER VOLGOGRAD VIOLENCE` badly:
it misses `ROTOR` and tags `FANS` or `VERDICT`. The article's body names the same things in
normal case, so a capitals line keeps the spans that are names of the body (with the body's
type: `KENT` is the club the body calls Kent) or of the gazetteer, gains the body's names the
model missed, and loses the rest.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from kg.model import Mention

MAX_WORDS = 5
_TYPES = ("Person", "Organization", "Place")


def _caps_lines(doc: Doc, lines) -> list[tuple[int, int]]:
    """Token ranges of the lines written in capitals: three or more words, four in five letters upper case."""
    found = []
    for start, end in lines:
        words = [t for t in doc[start:end] if t.is_alpha]
        letters = [c for t in words for c in t.text]
        if len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return found


def _body_names(mentions: list[Mention], caps: list[tuple[int, int]]) -> dict[str, Mention]:
    """Lower-cased names written outside the capitals lines, and the surnames of the people among them."""
    names: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.text.isupper() or any(s <= m.start < e for s, e in caps):
            continue
        names.setdefault(m.text.lower(), m)
        words = m.text.split()
        if m.type == "Person" and len(words) >= 2 and words[-1][:1].isupper():
            names.setdefault(words[-1].lower(), replace(m, text=words[-1], key="", normal=""))
    return names


def headline_mentions(doc: Doc, mentions: list[Mention], lines, sentence_index: dict[int, int],
                      text: str | None = None) -> list[Mention]:
    """`mentions` with those of the capitals lines replaced by the body's names found there."""
    caps = _caps_lines(doc, lines)
    if not caps:
        return mentions
    names = _body_names(mentions, caps)
    kept = []
    for m in mentions:
        if not any(s <= m.start < e for s, e in caps) or m.method in ("rule:table", "rule:town", "rule:source-line"):
            # a results line's names, a dateline's places and a source line's are typed by the line's form
            kept.append(m)
        elif m.text.lower() in names:
            body = names[m.text.lower()]
            kept.append(replace(m, type=body.type, key=m.key or body.key, method=m.method + "+rule:headline"))
        elif m.key:
            kept.append(m)
    taken = {i for m in kept for i in range(m.start, m.end)}
    text = doc.text if text is None else text
    for start, end in caps:
        toks = [t for t in doc.char_span(start, end, alignment_mode="expand") if not t.is_space]
        i = 0
        while i < len(toks):
            hit = None
            for j in range(min(len(toks), i + MAX_WORDS), i, -1):
                a, b = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
                if text[a:b].lower() in names and not any(k in taken for k in range(a, b)):
                    hit = (a, b, j)
                    break
            if hit is None:
                i += 1
                continue
            a, b = hit[:2]
            sentence = sentence_index[toks[i].i]
            i = hit[2]
            body = names[text[a:b].lower()]
            kept.append(Mention(text=text[a:b], start=a, end=b, type=body.type, sentence=sentence,
                                key=body.key, method="rule:headline", normal=body.normal or body.text))
            taken.update(range(a, b))
    return sorted(kept, key=lambda m: (m.start, m.end))


def _names_written(mentions: list[Mention], common: set[str]) -> dict[str, Mention]:
    """Case-sensitive names of the article's mentions, and the surnames of its people."""
    names: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        words = m.text.split()
        if m.type == "Person" and len(words) >= 2:
            last = words[-1]
            if len(last) >= 3 and last.istitle() and last.isalpha() and last.lower() not in common:
                names.setdefault(last, replace(m, text=last, key="", normal=""))  # the bearer is resolved later
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in _TYPES or len(m.text) < 3 or not m.text[:1].isupper():
            continue
        if m.text.isupper() and (" " in m.text or len(m.text) > 6):
            continue  # a capitals line's words, not an acronym
        names.setdefault(m.text, m)
    return names


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def repeated_mentions(doc: Doc, mentions: list[Mention], common: set[str],
                      sentence_index: dict[int, int], text: str | None = None) -> list[Mention]:
    """`mentions` and the other places the article writes their names (or a person's surname) as a name.

    A repeat carries its model's or rule's method ("ner+repeat"): it is the same evidence again,
    not a rule's, so the corpus-wide type vote weighs it as the original."""
    names = _names_written(mentions, common)
    if not names:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    text, found, i = doc.text if text is None else text, list(mentions), 0
    while i < len(doc):
        tok = doc[i]
        if not _name_word(tok) or tok.idx in taken:
            i += 1
            continue
        hit = None
        for j in range(min(len(doc), i + MAX_WORDS), i, -1):
            a, b = tok.idx, doc[j - 1].idx + len(doc[j - 1])
            if text[a:b] in names and not any(k in taken for k in range(a, b)):
                hit = j
                break
        # Only a whole name: not the start or end of a longer run of capitalised words ("Lebed Street").
        if hit is None or (i > 0 and _name_word(doc[i - 1]) and not doc[i - 1].is_stop
                           and not doc[i].is_sent_start) or (hit < len(doc) and _name_word(doc[hit])):
            i += 1
            continue
        a, b = tok.idx, doc[hit - 1].idx + len(doc[hit - 1])
        known = names[text[a:b]]
        found.append(Mention(text=text[a:b], start=a, end=b, type=known.type, sentence=sentence_index[i],
                             key=known.key, method=known.method + "+repeat", normal=known.normal or known.text))
        taken.update(range(a, b))
        i = hit
    return sorted(found, key=lambda m: (m.start, m.end))


_ACRONYM = re.compile(r"^[A-Z][A-Z&-]{1,5}$")


def defined_acronyms(doc: Doc, mentions: list[Mention], sentence_index: dict[int, int]) -> list[Mention]:
    """`Kurdistan Democratic Party ( KDP )`: an acronym in brackets after a name whose words it
    abbreviates names the same entity, tagged or not."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    by_end = {m.end: m for m in mentions if m.type in _TYPES and " " in m.text}
    found = list(mentions)
    for tok in doc[:-2]:
        if tok.text != "(" or not _ACRONYM.match(doc[tok.i + 1].text) or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1]
        long = by_end.get(doc[tok.i - 1].idx + len(doc[tok.i - 1])) if tok.i > 0 else None
        if long is None or acronym.idx in taken:
            continue
        if not _spells(acronym.text, long.text):
            continue
        found.append(Mention(text=acronym.text, start=acronym.idx, end=acronym.idx + len(acronym), type=long.type,
                             sentence=sentence_index[acronym.i], key=long.key, method=long.method + "+acronym",
                             normal=acronym.text))
        taken.update(range(acronym.idx, acronym.idx + len(acronym)))
    return sorted(found, key=lambda m: (m.start, m.end))


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are initials of the name's capitalised words, the first first ("KDP" of
    Kurdistan Democratic Party; not "PKK" of Kurdistan Workers' Party, which spells the Kurdish name)."""
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    letters = [c for c in acronym if c.isalpha()]
    return bool(initials) and letters[0] == initials[0] and set(letters) <= set(initials)


# "the People's Protection Units, or YPG", "the Kurdish People's Protection Units (YPG)".
_OR_ACRONYM = re.compile(r"^\s*(?:,\s*or|\()\s*$")


def known_acronym_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`LONG NAME, or ACR` and `LONG NAME (ACR)`: the long name is the acronym's entity even where the
    letters do not spell it in English (YPG, the People's Protection Units): it takes the gazetteer
    entry the acronym has, or else resolves by the acronym, which names the entity in the rest of the
    corpus. Not for people, nor when the long name is known as something else; an acronym that spells
    the long name already joins it (kg.linking)."""
    found = list(mentions)
    for n in range(len(mentions) - 1):
        long, short = mentions[n], mentions[n + 1]
        if (long.key or not _ACRONYM.match(short.text) or " " not in long.text or long.type == "Person"
                or short.type not in ("Organization", "Place", "Treaty") or not _OR_ACRONYM.match(text[long.end:short.start])):
            continue
        if short.key:
            found[n] = replace(long, key=short.key, type=short.type, normal=short.normal or short.text)
        elif not _spells(short.text, long.text):
            found[n] = replace(long, normal=short.text)
    return found


# "New START, which stands for Strategic Arms Reduction Treaty", "NDAA (short for the National Defense ...)".
_STANDS_FOR = re.compile(r"^\s*(?:,\s*(?:which|that)\s+stands\s+for|,\s*short\s+for|\(\s*short\s+for|\(\s*which\s+stands\s+for)"
                         r"\s+(?:the\s+)?$", re.I)


def spelled_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """`X, which stands for Y`: the spelled-out name Y names what X names, whatever a lookup of Y alone
    would say (the Strategic Arms Reduction Treaty spelled out for New START is New START, not START I)."""
    found = list(mentions)
    for n, short in enumerate(mentions):
        letters = {c for w in short.text.split() if w.isupper() for c in w if c.isalpha()}
        if not letters:
            continue
        for k in range(n + 1, min(n + 3, len(mentions))):
            long = mentions[k]
            if long.start < short.end or not _STANDS_FOR.match(text[short.end:long.start]):
                continue
            if letters <= {w[0] for w in long.text.split() if w[:1].isupper()}:
                found[k] = replace(long, key=short.key, type=short.type, normal=short.normal or short.text)
            break
    return found
