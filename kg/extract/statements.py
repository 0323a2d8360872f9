"""Who said what: speech verbs with their speakers, quotes and the outlet that reports them.

A speaker is the subject of a speech verb (dependency parse): a named person or body, or
`he`/`she`/`the diplomat`/`the minister` pointing at the last person named before it in the
article. The words are the quote in the sentence, else the clause the verb reports. A quote
alone on its line followed by a line that is only a name is attributed to that name.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.model import Mention, Quotation, Sentence

SPEECH_VERBS = frozenset(
    """said says say told tells stated states stressed stresses noted notes added adds announced announces
    warned warns explained explains emphasized emphasised emphasizes emphasises remarked remarks claimed
    claims insisted insists declared declares argued argues believes believed admitted admits recalled
    recalls replied replies wrote writes pointed""".split()
)
PRONOUNS = frozenset("he she they".split())
# `the diplomat said`: a description of a person named earlier in the article.
PERSON_DESCRIPTIONS = frozenset(
    """diplomat minister official spokesman spokeswoman president secretary general ambassador expert analyst
    politician leader chief head professor envoy chancellor premier senator commander""".split()
)
_QUOTE = re.compile(r"[\"“«„]([^\"“”«»„]{12,}?)[\"”»“]")
_MEDIA_CUE = re.compile(r"\b(reports?|reported by|according to|told|correspondent of)\b", re.I)


def _quote_in(text: str) -> str | None:
    quotes = _QUOTE.findall(text)
    return max(quotes, key=len).strip(" ,") if quotes else None


class _Speakers:
    """The mention a speech verb's subject refers to, within the article so far."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)

    def covering(self, start: int, end: int) -> int | None:
        for i in self.by_start:
            m = self.mentions[i]
            if m.start <= start and end <= m.end and m.type in ("Person", "Organization"):
                return i
        return None

    def last_person_before(self, offset: int, not_before: int) -> int | None:
        found = None
        for i in self.by_start:
            m = self.mentions[i]
            if m.start >= offset:
                break
            if m.type == "Person" and m.start >= not_before:
                found = i
        return found


def extract_statements(doc: Doc, text: str, sentences: tuple[Sentence, ...] | list[Sentence],
                       mentions: list[Mention]) -> list[Quotation]:
    """Quotations stated in `doc`: speaker, words, verb, sentence, reporting outlet."""
    speakers = _Speakers(mentions)
    found: list[Quotation] = []
    last_subject: tuple[int, int] | None = None  # (mention, sentence) of the last person as a subject
    sents = list(doc.sents)
    for idx, sent in enumerate(sents):
        if idx >= len(sentences):
            break
        window_start = sentences[max(0, idx - 4)].start  # pronouns look back a paragraph or so
        for verb in sent:
            if verb.lower_ not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.lower_ == "pointed" and not any(c.lower_ == "out" for c in verb.children):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            subj = subjects[0]
            speaker, method, confidence = None, "rule:speech", 0.8
            span = doc[subj.left_edge.i:subj.i + 1]
            speaker = speakers.covering(subj.idx, subj.idx + len(subj.text))
            for appos in (c for c in subj.children if c.dep_ == "appos"):
                # "The President of the Institute, Mikhail Remizov, noted ...": the name in apposition.
                speaker = speaker if speaker is not None and mentions[speaker].type == "Person" else \
                    speakers.covering(appos.idx, appos.idx + len(appos.text))
            refers_back = subj.lower_ in PRONOUNS - {"they"} or (
                subj.lower_ in PERSON_DESCRIPTIONS and span[0].lower_ == "the")
            if speaker is None and refers_back:
                # The person the paragraph is about: the last person who was a subject, if recent;
                # else the last person named.
                if last_subject is not None and idx - last_subject[1] <= 8:
                    speaker = last_subject[0]
                else:
                    speaker = speakers.last_person_before(sent.start_char, window_start)
                kind = "pronoun" if subj.lower_ in PRONOUNS else "description"
                method, confidence = f"rule:speech+{kind}", 0.6
            if speaker is None:
                continue
            words = _quote_in(sent.text)
            if words is not None and len(words.split()) < 5:
                words = None  # a quoted phrase inside reported speech: take the clause
            if words is None:
                clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
                if not clauses:
                    continue
                clause = clauses[0]
                words = doc[clause.left_edge.i:clause.right_edge.i + 1].text.strip(" ,.")
                if len(words.split()) < 4:
                    continue
            verb_text = verb.text + ("".join(f" {c.text}" for c in verb.children if c.dep_ == "prt"))
            found.append(_quotation(speaker, words, verb_text, idx, method, confidence, text, sentences,
                                    mentions))
            if mentions[speaker].type == "Person" and method == "rule:speech":
                last_subject = (speaker, idx)
        for token in sent:
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ not in SPEECH_VERBS:
                who = speakers.covering(token.idx, token.idx + len(token.text))
                if who is not None and mentions[who].type == "Person":
                    last_subject = (who, idx)
    found += _next_line_attributions(text, sentences, mentions, speakers)
    return _dedupe(found)


def _quotation(speaker, words, verb, idx, method, confidence, text, sentences, mentions) -> Quotation:
    sent = sentences[idx]
    reporter = None
    if _MEDIA_CUE.search(sent.text):
        media = [i for i, m in enumerate(mentions) if m.sentence == idx and m.type == "Organization"
                 and i != speaker and ("rule:media" in m.method or _MEDIA_CUE.search(
                     text[max(sent.start, m.start - 25):min(sent.end, m.end + 12)]))]
        reporter = media[0] if media else None
    start = text.find(words, sent.start, sent.end + len(words))
    about = tuple(i for i, m in enumerate(mentions) if start >= 0 and start <= m.start and m.end <= start + len(words)
                  and i != speaker)
    return Quotation(speaker=speaker, text=words, verb=verb, sentence=idx, method=method,
                     confidence=confidence, reporter=reporter, about=about)


def _next_line_attributions(text, sentences, mentions, speakers) -> list[Quotation]:
    """A quote on its own line, then a line that is just a name: `... join NATO` / `Sergey Lavrov`."""
    found = []
    for idx in range(1, len(sentences)):
        sent, prev = sentences[idx], sentences[idx - 1]
        names = [i for i, m in enumerate(mentions) if m.sentence == idx and m.type == "Person"]
        if len(names) != 1:
            continue
        m = mentions[names[0]]
        line_is_name = sent.text.strip(" \n.") == m.text
        gap = text[prev.end:sent.start]
        if line_is_name and "\n" in gap and not any(v in prev.text.lower().split() for v in SPEECH_VERBS):
            found.append(Quotation(speaker=names[0], text=prev.text.strip(), verb="(attributed)",
                                   sentence=idx - 1, method="rule:speech+next-line", confidence=0.6))
    return found


def _dedupe(quotations: list[Quotation]) -> list[Quotation]:
    seen, kept = set(), []
    for q in quotations:
        key = (q.speaker, q.sentence, q.text)
        if key not in seen:
            seen.add(key)
            kept.append(q)
    return kept
