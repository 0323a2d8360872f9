"""Typed relations stated inside one sentence, between that sentence's mentions.

Each family reads the words between (or before) two mentions of the right types; a relation
is only emitted when the sentence itself states it, never inferred across sentences.
Families: role titles before a name, appositions and relative clauses, meetings, seats,
treaty actions.
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from kg.extract import relation_words as W
from kg.gazetteer import Gazetteer
from kg.model import Mention, Relation

_APPOSITION = re.compile(
    r"^\s*,\s*(?P<clause>(?:who|which)\s+(?:[\w ]{0,30}?\s+)?(?:was|is|has been|had been|became|served as)\s+)?"
    r"(?:(?:a|an|the|his|her)\s+)?(?P<role>(?:[\w.-]+\s+){0,4}?[\w-]+)\s+(?:of|at|for|in|with)(?:\s+the)?\s*$",
    re.I)
_ROLE_BEFORE = re.compile(r"(?:^|\b)(?:the\s+)?(?P<role>(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+of\s+(?:the\s+)?$", re.I)


def _role_words(words: list[str]) -> str | None:
    """The role title that `words` start with ("Deputy Foreign Minister", "Secretary of State",
    "professor [of political science]"), title-cased; None when the words hold no role."""
    words = [w for w in words if w.lower() not in ("the", "a", "an", "his", "her", "its")]
    lower = [w.lower() for w in words]
    title_words = W.ROLE_HEADS | W.AFFILIATION_HEADS
    heads = [i for i, w in enumerate(lower) if w in title_words]
    if not heads or any(w not in W.ROLE_MODIFIERS for w in lower[:heads[0]]):
        return None
    end = heads[0] + 1
    # "Secretary General", "Secretary of State": a title may go on after its first head.
    while end < len(lower) and lower[end] in title_words | W.ROLE_MODIFIERS:
        if lower[end] == "of" and (end + 1 >= len(lower) or lower[end + 1] not in title_words | W.ROLE_MODIFIERS):
            break
        end += 1
    tail = lower[end:]
    if tail and (tail[0] not in ("of", "for", "in", "on") or len(tail) > 5):
        return None
    kept = [w for w in words[:end] if w.lower() not in ("former", "then", "late")]
    if not kept:
        return None
    role = " ".join(w if w.lower() == "of" else w[:1].upper() + w[1:].lower() for w in kept)
    last = role.split()[-1].lower()
    if last in ("ministers", "presidents", "secretaries", "ambassadors", "leaders"):
        role = role[:-3] + "y" if role.endswith("ies") else role[:-1]
    return role


_STATE_ROLE_WORDS = frozenset(
    "president minister chancellor premier prime king queen emperor senator governor mayor ambassador".split())


def _is_past(text: str) -> bool:
    low = text.lower()
    return any(marker in low for marker in W.PAST_MARKERS)


class _Sentence:
    def __init__(self, doc: Doc, text: str, idx: int, start: int, end: int, mentions: list[tuple[int, Mention]]):
        self.doc, self.text, self.idx, self.start, self.end = doc, text, idx, start, end
        self.mentions = sorted(mentions, key=lambda im: im[1].start)

    def between(self, a: Mention, b: Mention) -> str:
        return self.text[a.end:b.start]

    def before(self, m: Mention, chars: int = 80) -> str:
        return self.text[max(self.start, m.start - chars):m.start]

    def of_type(self, *types: str) -> list[tuple[int, Mention]]:
        return [(i, m) for i, m in self.mentions if m.type in types]


class _Extractor:
    def __init__(self, doc: Doc, mentions: list[Mention], gazetteer: Gazetteer):
        self.doc, self.text, self.gazetteer = doc, doc.text, gazetteer  # Doc.text is rebuilt per call
        self.mentions = list(mentions)
        self.relations: list[Relation] = []
        self.roles: dict[int, str] = {}  # person mention -> role title found for it

    def emit(self, predicate, s, o, sent, method, confidence, role=None, past=False, **qualifiers):
        quals = (("past", "true"),) if past else ()
        quals += tuple(sorted((k, v) for k, v in qualifiers.items() if v))
        self.relations.append(Relation(predicate, s, o, sent.idx, method, confidence, role, quals))

    def country_mention(self, word: str, start: int, sent: _Sentence) -> int | None:
        """A Place mention for a nationality adjective (`Russian` -> Russia), added on demand."""
        entry = self.gazetteer.country_for_demonym(word)
        if entry is None:
            return None
        for i, m in enumerate(self.mentions):
            if m.start == start and m.key == entry.id:
                return i
        self.mentions.append(Mention(text=word, start=start, end=start + len(word), type="Place", sentence=sent.idx,
                                     key=entry.id, method="rule:demonym", normal=entry.label))
        return len(self.mentions) - 1

    def title_before(self, sent: _Sentence, pi: int, person: Mention) -> None:
        """`Russian Deputy Foreign Minister Alexander Grushko`, `NATO Secretary General Jens Stoltenberg`."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            return
        i = span.start - 1
        role_words, org, country, start_char = [], None, None, person.start
        while i >= 0 and self.doc[i].idx >= sent.start:
            tok = self.doc[i]
            owner = next(((j, m) for j, m in sent.mentions if m.start <= tok.idx < m.end), None)
            if owner and owner[1].type in ("Organization", "Place"):
                org = owner
                start_char = owner[1].start
                break
            if tok.text in ("-", "\u2010", "\u2011") and role_words:
                i -= 1  # "Secretary-General"
                continue
            if tok.lower_ in W.ROLE_HEADS | W.ROLE_MODIFIERS or (tok.lower_ == "of" and role_words):
                role_words.insert(0, tok.text)
                start_char = tok.idx
                i -= 1
                continue
            if tok.text in ("'s", "\u2019s") and i > 0:
                # "Lithuania's President Dalia Grybauskaite": the possessor is the body.
                prev = self.doc[i - 1]
                owner = next(((j, m) for j, m in sent.mentions if m.start <= prev.idx < m.end), None)
                if owner and owner[1].type in ("Organization", "Place"):
                    org, start_char = owner, owner[1].start
                break
            if tok.ent_type_ == "NORP" or self.gazetteer.country_for_demonym(tok.text):
                if self.gazetteer.country_for_demonym(tok.text):
                    country = (tok.text, tok.idx)
                    start_char = tok.idx
                break
            break
        while role_words and role_words[0].lower() == "of":
            role_words.pop(0)
        role = _role_words(role_words)
        if role is None:
            return
        self.roles[pi] = role
        past = _is_past(self.text[max(sent.start, start_char - 12):person.start])
        if role.lower().endswith("counterpart"):
            return  # resolved by counterpart(), which needs the other person's role
        predicate = "affiliatedWith" if role.split()[-1].lower() in W.AFFILIATION_HEADS - {"spokesman"} \
            else "holdsPosition"
        if org is not None:
            self.emit(predicate, pi, org[0], sent, "rule:title", 0.9, role, past)
        elif country is not None:
            ci = self.country_mention(country[0], country[1], sent)
            if ci is not None:
                self.emit(predicate, pi, ci, sent, "rule:title+demonym", 0.85, role, past)
        elif len(role.split()) >= 2 and not set(role.lower().split()) & _STATE_ROLE_WORDS:
            # "Secretary General Jens Stoltenberg" with one body in the sentence: that body. Never
            # for posts that belong to a state (a president, a minister) or a bare rank ("General").
            orgs = [(j, m) for j, m in sent.of_type("Organization") if j != pi]
            if len(orgs) == 1:
                self.emit(predicate, pi, orgs[0][0], sent, "rule:title+sentence-organization", 0.6, role, past)

    def counterpart(self, sent: _Sentence) -> None:
        """`Lavrov ... with his Belarusian counterpart Vladimir Makei`: the same post, another country."""
        for pi, person in sent.of_type("Person"):
            before = sent.before(person, 60)
            match = re.search(r"\b(?P<adj>[A-Z][\w.]+)\s+counterparts?\s*,?\s*$", before)
            if not match:
                continue
            others = [self.roles[j] for j, _ in sent.of_type("Person") if j in self.roles and j != pi
                      and not self.roles[j].lower().endswith("counterpart")]
            if len(set(others)) != 1:
                continue
            start = person.start - len(before) + match.start("adj")
            ci = self.country_mention(match.group("adj"), start, sent)
            if ci is not None:
                self.emit("holdsPosition", pi, ci, sent, "rule:counterpart", 0.75, others[0])

    def appositions(self, sent: _Sentence) -> None:
        """`Mikhail Remizov, President of the Institute`; `X, who at that time was the secretary general of Y`."""
        for pi, person in sent.of_type("Person"):
            for oi, other in sent.of_type("Organization", "Place"):
                if other.start < person.end:
                    continue
                match = _APPOSITION.match(sent.between(person, other))
                if match:
                    self._apposition(sent, pi, oi, match.group("role").split(), match.group(0), "rule:apposition")
                break  # only the first body after the person
            # "The President of the National Strategy Institute, Mikhail Remizov"
            orgs_before = [(oi, o) for oi, o in sent.of_type("Organization", "Place") if o.end <= person.start]
            if orgs_before:
                oi, other = orgs_before[-1]
                if re.fullmatch(r"\s*,\s*", sent.between(other, person)):
                    match = _ROLE_BEFORE.search(sent.before(other, 60))
                    if match:
                        self._apposition(sent, pi, oi, match.group("role").split(), match.group(0),
                                         "rule:apposition")

    def _apposition(self, sent, pi, oi, words, context, method) -> None:
        role = _role_words(words)
        if role is None:
            return
        head = role.split()[-1].lower()
        predicate = "affiliatedWith" if head in W.AFFILIATION_HEADS else "holdsPosition"
        self.roles.setdefault(pi, role)
        self.emit(predicate, pi, oi, sent, method, 0.85, role, _is_past(context))

    def meetings(self, sent: _Sentence) -> None:
        """`X met with Y`, `held talks with`, `the meeting of X and Y in Geneva`; not negated or future."""
        people = sent.of_type("Person")
        for (ai, a), (bi, b) in zip(people, people[1:]):
            between = sent.between(a, b)
            before = sent.before(a, 60)
            stated = W.MET_BETWEEN.search(between) or (W.MET_BEFORE.search(before) and " and " in between)
            if not stated:
                continue
            context = before[-30:] + between
            if W.NEGATION.search(context) or W.FUTURE.search(context):
                continue
            place = next((m.normal for _, m in sent.of_type("Place") if m.start > b.end
                          and re.fullmatch(r"\s*in\s*", self.text[b.end:m.start])), None)
            self.emit("met", ai, bi, sent, "rule:met", 0.8, None, False, place=place)

    def headquarters(self, sent: _Sentence) -> None:
        """`NATO, whose headquarters is located in the Belgian capital`, `X, based in Y`."""
        for oi, org in sent.of_type("Organization"):
            for pi, place in sent.of_type("Place"):
                if place.start > org.end and W.HEADQUARTERS_BETWEEN.match(sent.between(org, place)):
                    self.emit("headquarteredIn", oi, pi, sent, "rule:headquarters", 0.85)

    def treaty_actions(self, sent: _Sentence) -> None:
        """`the U.S. pulled out of the INF treaty`, `Russia suspended its participation in the CFE`."""
        parties = sent.of_type("Place", "Organization")
        for ti, treaty in sent.of_type("Treaty"):
            before = [(i, m) for i, m in parties if m.end <= treaty.start]
            if not before:
                continue
            pi, party = before[-1]
            between = sent.between(party, treaty)
            before = sent.before(party, 40)
            if len(between) > 80 or W.NEGATION.search(between) or W.FUTURE.search(between) \
                    or W.CONDITIONAL.search(between) or W.CONDITIONAL.search(before):
                continue
            for action, pattern in W.TREATY_ACTIONS:
                if pattern.search(between):
                    self.emit("partyTo", pi, ti, sent, "rule:treaty-action", 0.75, action)
                    break


def extract_relations(doc: Doc, mentions: list[Mention], sentences) -> tuple[list[Mention], list[Relation]]:
    """Typed relations stated by the sentences of `doc`; may add country mentions for adjectives."""
    from kg.gazetteer import load_gazetteer

    ex = _Extractor(doc, mentions, load_gazetteer())
    by_sentence = defaultdict(list)
    for i, m in enumerate(mentions):
        by_sentence[m.sentence].append((i, m))
    for idx, items in sorted(by_sentence.items()):
        sent = _Sentence(doc, ex.text, idx, sentences[idx].start, sentences[idx].end, items)
        for pi, person in sent.of_type("Person"):
            ex.title_before(sent, pi, person)
        ex.counterpart(sent)
        ex.appositions(sent)
        ex.meetings(sent)
        ex.headquarters(sent)
        ex.treaty_actions(sent)
    return ex.mentions, _dedupe(ex.relations)


def _dedupe(relations: list[Relation]) -> list[Relation]:
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.predicate, r.subject, r.object, r.sentence)
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.sentence, r.subject, r.object, r.predicate))
