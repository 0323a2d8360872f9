"""Typed relations stated inside one sentence, between that sentence's mentions.

A relation is only emitted when the sentence itself states it, never inferred across sentences,
and only between mentions the words or the dependency parse attach to each other. Families:
posts and affiliations (kg.extract.roles), meetings and treaty actions (kg.extract.events), seats
and parts (kg.extract.places). What a verb states may be denied, planned or only claimed
(kg.extract.modality): a denied or planned relation is dropped, a claimed one is kept as a claim.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, GazetteerEntry
from kg.model import Mention, Relation
from kg.lang.en import relation_words as W
from kg.personnames import given_name_sex

_ROLE_NOUNS = W.ROLE_HEADS | W.AFFILIATION_HEADS


class Sentence:
    """One sentence's text span and its mentions (index, mention), in text order."""

    def __init__(self, text: str, idx: int, start: int, end: int, mentions: list[tuple[int, Mention]]):
        self.text, self.idx, self.start, self.end = text, idx, start, end
        self.mentions = sorted(mentions, key=lambda im: im[1].start)

    def between(self, a: Mention, b: Mention) -> str:
        return self.text[a.end:b.start]

    def before(self, m: Mention, chars: int = 80) -> str:
        return self.text[max(self.start, m.start - chars):m.start]

    def after(self, m: Mention, chars: int = 80) -> str:
        return self.text[m.end:min(self.end, m.end + chars)]

    def of_type(self, *types: str) -> list[tuple[int, Mention]]:
        return [(i, m) for i, m in self.mentions if m.type in types]


class Context:
    """What every family needs: the parse, the mentions (growing), the gazetteer, and emit()."""

    def __init__(self, doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, text: str | None = None):
        self.doc, self.gazetteer = doc, gazetteer
        self.text = doc.text if text is None else text  # Doc.text is rebuilt per call: pass it when known
        self.mentions = list(mentions)
        self.relations: list[Relation] = []
        self.roles: dict[int, str] = {}  # person mention -> role title found for it
        self._by_token: dict[int, int] = {}
        self._spans: dict[int, object] = {}
        for i, m in enumerate(self.mentions):
            self._index(i, m)

    def _index(self, i: int, m: Mention) -> None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        self._spans[i] = span
        if span is not None:
            for t in range(span.start, span.end):  # token indices: making Token objects is slow
                self._by_token.setdefault(t, i)

    def mention_at(self, token: Token | None) -> int | None:
        """The mention that covers `token`, or None."""
        return None if token is None else self._by_token.get(token.i)

    def mention_at_char(self, offset: int) -> int | None:
        """The mention that covers character `offset`, or None."""
        return next((i for i, m in enumerate(self.mentions) if m.start <= offset < m.end), None)

    def antecedent(self, pronoun: Token) -> int | None:
        """The person `he`/`she`/`his`/`her` points at: the last person that was a subject (or owned
        one: "Kerry's meetings included ...") in this or the previous two sentences, else the last
        person named there, unless its sentence names others too (of "A and B", neither is meant)."""
        if pronoun.lower_ not in ("he", "she", "his", "her", "him"):
            return None
        # "he" is no one the Census names almost only women ("Hillary Clinton"), "she" no Donald
        other_sex = "f" if pronoun.lower_ in ("he", "his", "him") else "m"
        window = pronoun.sent.start
        for _ in range(2):  # back to the start of the sentence two before
            window = self.doc[window - 1].sent.start if window > 0 else 0
        last, last_subject, surnames = None, None, defaultdict(set)
        for i, m in enumerate(self.mentions):
            if m.type != "Person" or m.end > pronoun.idx:
                continue
            root = self.root(i)
            if root is None or root.i < window:
                continue
            if root.dep_ == "compound" or (root.dep_ == "poss" and root.head.lower_ in _ROLE_NOUNS):
                continue  # "the Putin meeting", "as Trump's press secretary, he": no one the pronoun means
            words = m.normal.split()
            if len(words) > 1 and given_name_sex(words[0].lower()) == other_sex:
                continue
            surnames[m.sentence].add(m.normal.rsplit(maxsplit=1)[-1] if m.normal.strip() else m.normal)
            if last is None or m.start > self.mentions[last].start:
                last = i
            subject = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"))
            if subject and (last_subject is None or m.start > self.mentions[last_subject].start):
                last_subject = i
        if last_subject is not None or last is None:
            return last_subject
        return last if len(surnames[self.mentions[last].sentence]) == 1 else None

    def span(self, i: int):
        return self._spans[i]

    def root(self, i: int) -> Token | None:
        """The syntactic head of mention `i` (the token whose head lies outside it)."""
        span = self.span(i)
        return span.root if span is not None else None

    def entry(self, i: int) -> GazetteerEntry | None:
        key = self.mentions[i].key
        return self.gazetteer.by_id(key) if key else None

    def add_mention(self, mention: Mention) -> int:
        """Index of `mention`, added unless an equal one (same place, same key or name) is there."""
        for i, m in enumerate(self.mentions):
            if m.start == mention.start and m.end == mention.end and (m.key, m.normal) == (mention.key, mention.normal):
                return i
        self.mentions.append(mention)
        self._index(len(self.mentions) - 1, mention)
        return len(self.mentions) - 1

    def country_mention(self, word: str, start: int, sentence: int) -> int | None:
        """A Place mention for a nationality adjective (`Russian` -> Russia), added on demand."""
        entry = self.gazetteer.country_for_demonym(word)
        if entry is None:
            return None
        for i, m in enumerate(self.mentions):
            if m.start == start and m.key == entry.id:
                return i
        return self.add_mention(Mention(text=word, start=start, end=start + len(word), type="Place",
                                        sentence=sentence, key=entry.id, method="rule:demonym",
                                        normal=entry.label))

    def emit(self, predicate: str, s: int, o: int, sent: Sentence, method: str, confidence: float,
             role: str | None = None, past: bool = False, claimed: bool = False, claimant: int | None = None,
             **qualifiers) -> None:
        if s == o:
            return
        quals = (("past", "true"),) if past else ()
        quals += tuple(sorted((k, v) for k, v in qualifiers.items() if v))
        self.relations.append(Relation(predicate, s, o, sent.idx, method, confidence, role, quals,
                                       claimed, claimant))


def extract_relations(doc: Doc, mentions: list[Mention], sentences, gazetteer: Gazetteer,
                      text: str | None = None) -> tuple[list[Mention], list[Relation]]:
    """Typed relations stated by the sentences of `doc` (whose text is `text`, if the caller has it);
    may add mentions (a country for an adjective)."""
    from kg.extract import events, places, roles, sports

    ctx = Context(doc, mentions, gazetteer, text)
    by_sentence = defaultdict(list)
    for i, m in enumerate(mentions):
        by_sentence[m.sentence].append((i, m))
    for idx in range(len(sentences)):  # a sentence without names may still state one ("The two leaders met")
        sent = Sentence(ctx.text, idx, sentences[idx].start, sentences[idx].end, by_sentence.get(idx, []))
        roles.extract(ctx, sent)
        events.extract(ctx, sent)
        places.extract(ctx, sent)
        sports.extract(ctx, sent)
    return ctx.mentions, _dedupe(_calibrated(ctx.relations, ctx.mentions))


def rule_key(r: Relation, mentions: list[Mention]) -> str:
    """What a rule's confidence is measured per: its method, predicate and object type."""
    return f"{r.method}|{r.predicate}|{mentions[r.object].type}"


def _calibrated(relations: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """Each rule relation with the precision its rule showed on the training data as confidence,
    where that was measured (scripts/train_relations.py); else with the rule's own."""
    from kg.extract.learned import rule_confidences

    table = rule_confidences()
    return [replace(r, confidence=table[k]) if (k := rule_key(r, mentions)) in table else r for r in relations]


def _dedupe(relations: list[Relation]) -> list[Relation]:
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.predicate, r.subject, r.object, r.sentence, r.claimed)
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.sentence, r.subject, r.object, r.predicate, r.claimed))
