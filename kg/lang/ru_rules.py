"""Russian relations and statements: word-pattern rules over natasha's tokens and morphology.

General Russian, never taken from particular articles: role titles before or after a name
("министр иностранных дел России Сергей Лавров", "Сергей Лавров, глава МИД России") give
holdsPosition with the role and the country or body; meeting words (встретился с, провёл
переговоры с, телефонный разговор, принял) give met; treaty verbs (подписал, ратифицировал,
приостановил, вышел из) give partyTo; speech verbs and quotes give who said what.
"""
from __future__ import annotations

import re

from kg.lang.ru_mentions import QUOTES
from kg.lang.ru_words import (HOST_VERBS, MEETING_NOUNS, MEETING_SUPPORT, MEETING_VERBS, PLACE_PREPOSITIONS,
                              REPORT_VERBS, ROLE_WORDS, SPEECH_VERBS, TREATY_VERBS, is_role_head)
from kg.model import Mention, Quotation, Relation, Sentence


class _Tokens:
    """A sentence's tokens with normal forms and the mention each one belongs to."""

    def __init__(self, sent_tokens, mentions: list[Mention], models):
        self.toks = list(sent_tokens)
        self.lemmas = [models.lemma(t.text) for t in self.toks]
        self.heads = [is_role_head(t.text, lemma) for t, lemma in zip(self.toks, self.lemmas)]
        self.owner: list[int | None] = []
        for t in self.toks:
            self.owner.append(next((i for i, m in mentions if m.start <= t.start < m.end), None))


def extract_relations(doc, text: str, sentences: list[Sentence], mentions: list[Mention], models,
                      index, quotations: list | None = None) -> list[Relation]:
    """holdsPosition, met and partyTo stated by each sentence; who said what goes into `quotations`."""
    starts = [s.start for s in sentences]
    relations: list[Relation] = []
    # Nationality adjectives ("российский президент") point at the country where the article names it.
    countries: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.key and m.type == "Place":
            countries.setdefault(m.key, i)
    countries = {lemma: countries[cid] for lemma, cid in index.adjectives.items() if cid in countries}
    for sent in doc.sents:
        idx = next((i for i, s in enumerate(starts) if sent.start <= s < sent.stop), None)
        if idx is None:
            continue
        in_sent = [(i, m) for i, m in enumerate(mentions) if m.sentence == idx]
        if not in_sent:
            continue
        toks = _Tokens(sent.tokens, in_sent, models)
        relations += _positions(toks, mentions, idx, text, countries)
        relations += _meetings(toks, mentions, idx)
        relations += _treaties(toks, mentions, idx)
        if quotations is not None:
            quotations += _statements(toks, mentions, idx, text, sentences[idx])
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.predicate, r.subject, r.object, r.sentence)
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.sentence, r.subject, r.object, r.predicate))


# Parts of speech that end a title: a verb or a pronoun starts another clause.
_CLAUSE_POS = frozenset("VERB AUX PRON SCONJ".split())
_TITLE_STOPS = frozenset(".;:!?()[]")
_TITLE_SPAN = 15  # tokens a title may take


def _in_title(toks: _Tokens, k: int, mentions: list[Mention]) -> bool:
    owner = toks.owner[k]
    if owner is not None:
        return mentions[owner].type != "Person"
    tok = toks.toks[k]
    return tok.pos not in _CLAUSE_POS and tok.text not in _TITLE_STOPS and toks.lemmas[k] not in ("который", "что")


def _agrees(toks: _Tokens, a: int, b: int) -> bool:
    """Apposition: a title and the name it describes stand in the same case and number (when known)."""
    fa, fb = toks.toks[a].feats or {}, toks.toks[b].feats or {}
    return all(fa.get(f) is None or fb.get(f) is None or fa[f] == fb[f] for f in ("Case", "Number"))


def _plain_title(toks: _Tokens, head: int, stop: int) -> bool:
    """Only title words and names between the role word and the name: "министра иностранных дел Японии"."""
    return all(toks.owner[k] is not None or toks.lemmas[k] in ROLE_WORDS for k in range(head + 1, stop)) \
        and not any(toks.heads[k] for k in range(head + 1, stop))


def _role_chunk(toks: _Tokens, head: int, stop: int, mentions: list[Mention], start: int | None = None):
    """(role title, body mention) of the tokens from a role word to `stop`, or None.

    The body is the first organisation or place after the role word, unless it follows a
    preposition ("посол Италии в Грузии": Italy's ambassador), which makes it a fallback only.
    """
    primary = fallback = None
    after_prep, role_end = False, stop
    for k in range(head + 1, stop):
        owner = toks.owner[k]
        if owner is not None:
            if after_prep and fallback is None:
                fallback = owner
            elif not after_prep and primary is None:
                primary = owner
                role_end = min(role_end, k)
            if k + 1 >= len(toks.owner) or toks.owner[k + 1] != owner:
                after_prep = False
            continue
        after_prep = toks.lemmas[k] in PLACE_PREPOSITIONS
    body = primary if primary is not None else fallback
    if body is None:
        return None
    first = head  # the adjectives of the title: "генеральный секретарь", "чрезвычайный и полномочный посол"
    while start is not None and first - 1 >= start and toks.owner[first - 1] is None \
            and (toks.toks[first - 1].pos == "ADJ" or (toks.lemmas[first - 1] == "и" and first - 2 >= start
                                                        and toks.toks[first - 2].pos == "ADJ")):
        first -= 1
    words = [t.text for t in toks.toks[first:role_end] if t.text not in QUOTES]
    while len(words) > 1 and words[-1].lower() in PLACE_PREPOSITIONS | {"и", "по", "-", "–", ","}:
        words.pop()
    return " ".join(words), body


def _segments(start: int, stop: int, toks: _Tokens) -> list[tuple[int, int]]:
    """The comma-separated parts of a run of title tokens: "депутат ..., сопредседатель ..."."""
    parts, first = [], start
    for k in range(start, stop):
        if toks.toks[k].text == ",":
            parts.append((first, k))
            first = k + 1
    parts.append((first, stop))
    return [(a, b) for a, b in parts if a < b]


# What may stand before a role word in its title: "официальный представитель", "и российский президент".
_BEFORE_HEAD_POS = frozenset("ADJ DET NUM PART CCONJ PUNCT".split())


def _titles(toks: _Tokens, start: int, stop: int, name: int, mentions: list[Mention], before: bool,
            countries: dict[str, int]):
    """(role, body) for each comma-separated title in tokens start..stop describing the name at `name`.

    In each part, the first role word that agrees with the name in case and whose title names a
    body ("полпред президента РФ": the title is полпред). The part next to a name before it may
    start with any words ("Сразу после Нового года премьер-министр Эстонии"); other parts must
    start with their title ("депутат ..., сопредседатель ... Михаил Вельмакин").
    """
    parts = _segments(start, stop, toks)
    if before and (not parts or parts[-1][1] != stop):
        return  # "директор X, Кирилл Разлогов": the title before the comma is someone else's
    order = list(enumerate(parts))
    for n, (a, b) in order[::-1] if before else order:
        free = n == (len(parts) - 1 if before else 0)
        found = None
        for head in range(a, b):
            if toks.heads[head] and toks.owner[head] is None and (toks.toks[head].feats or {}).get("Number") != "Plur" \
                    and (_agrees(toks, head, name) or (before and _plain_title(toks, head, b))):
                found = _role_chunk(toks, head, b, mentions, a)
                if found:
                    break
            if not free and (toks.owner[head] is not None or toks.toks[head].pos not in _BEFORE_HEAD_POS):
                break
        if found is None and free and before:
            found = _adjective_title(toks, a, b, countries)
        if found:
            yield found
        elif before:
            return  # "Шумов, лидер «Центра», и Михаил Борзыкин": a chain of titles ends where one is missing


def _adjective_title(toks: _Tokens, a: int, b: int, countries: dict[str, int]):
    """`российский президент Дмитрий Медведев`: the country of the adjective, if the article names it."""
    for k in range(a, b - 1):
        if toks.lemmas[k] in countries and toks.heads[k + 1] and toks.owner[k] is None:
            words = [t.text for t in toks.toks[k + 1:b]]
            if all(toks.lemmas[x] in ROLE_WORDS or toks.heads[x] for x in range(k + 1, b)):
                return " ".join(words), countries[toks.lemmas[k]]
    return None


def _breaks(toks: _Tokens, k: int, text: str) -> bool:
    """A line break between token k and the next: a title never runs across one."""
    return k + 1 < len(toks.toks) and "\n" in text[toks.toks[k].stop:toks.toks[k + 1].start]


def _positions(toks: _Tokens, mentions: list[Mention], idx: int, text: str,
               countries: dict[str, int]) -> list[Relation]:
    out = []
    n = len(toks.toks)
    for k in range(n):
        pi = toks.owner[k]
        if pi is None or mentions[pi].type != "Person" or (k > 0 and toks.owner[k - 1] == pi):
            continue
        # Titles before the name: "министр иностранных дел России Сергей Лавров"; a dash ends them
        # ("Яковлева - директор X, Разлогов - ...": the director is Яковлева).
        j = k - 1
        while j >= 0 and k - j <= _TITLE_SPAN and _in_title(toks, j, mentions) \
                and toks.toks[j].text not in ("-", "—", "–") and not _breaks(toks, j, text):
            j -= 1
        for role, body in _titles(toks, j + 1, k, k, mentions, True, countries):
            out.append(Relation("holdsPosition", pi, body, idx, "rule:ru-title-before", 0.8, role))
        # Titles after it: "Сергей Лавров, глава МИД России," / "Светлана Яковлева - директор ...".
        end = k
        while end < n and toks.owner[end] == pi:
            end += 1
        if end < n and toks.toks[end].text in (",", "—", "–", "-") and not _breaks(toks, end - 1, text):
            stop = end + 1
            while stop < n and stop - end <= _TITLE_SPAN and _in_title(toks, stop, mentions) \
                    and toks.toks[stop].text not in ("—", "–", "-") and not _breaks(toks, stop - 1, text):
                stop += 1
            if stop < n and toks.owner[stop] is not None:
                # "X, координатор движения Y Сергей Удальцов": the last title is the next person's.
                stop = max((b for b in range(end + 1, stop) if toks.toks[b].text == ","), default=end + 1)
            for role, body in _titles(toks, end + 1, stop, k, mentions, False, countries):
                out.append(Relation("holdsPosition", pi, body, idx, "rule:ru-title-after", 0.75, role))
    return out


def _negated_or_future(toks: _Tokens, k: int) -> bool:
    feats = toks.toks[k].feats or {}
    return (k > 0 and toks.lemmas[k - 1] == "не") or feats.get("Tense") == "Fut"


def _person_after(toks: _Tokens, mentions: list[Mention], start: int, window: int = 8) -> int | None:
    """The first person named within `window` tokens from `start`, unless a clause ends first."""
    for x in range(start, min(len(toks.toks), start + window)):
        owner = toks.owner[x]
        if owner is not None and mentions[owner].type == "Person":
            return owner
        if toks.toks[x].text in _TITLE_STOPS or toks.toks[x].pos in ("VERB", "AUX"):
            return None
    return None


def _persons_before(toks: _Tokens, mentions: list[Mention], k: int) -> list[int]:
    return list(dict.fromkeys(toks.owner[j] for j in range(k) if toks.owner[j] is not None
                              and mentions[toks.owner[j]].type == "Person"))


def _meetings(toks: _Tokens, mentions: list[Mention], idx: int) -> list[Relation]:
    """`A встретился с B`, `A провёл переговоры с B`, `телефонный разговор A с B`, `A принял B`,
    `встреча между A и B`, `A и B встречаются`."""
    out = []
    for k, word in enumerate(toks.lemmas):
        if word not in MEETING_VERBS | MEETING_NOUNS | HOST_VERBS or _negated_or_future(toks, k):
            continue
        if word in MEETING_NOUNS and not any(w in MEETING_SUPPORT or w == "телефонный"
                                             for w in toks.lemmas[max(0, k - 3):k]) \
                and not (k + 1 < len(toks.toks) and toks.lemmas[k + 1] == "между"):
            continue
        before = _persons_before(toks, mentions, k)
        pair = None
        if k + 1 < len(toks.toks) and toks.lemmas[k + 1] == "между":
            first = _person_after(toks, mentions, k + 2)
            conj = next((x for x in range(k + 2, min(len(toks.toks), k + 12)) if toks.lemmas[x] == "и"), None)
            second = _person_after(toks, mentions, conj + 1) if conj is not None else None
            pair = (first, second)
        elif word in HOST_VERBS:
            # "Обама принимает в Белом доме своего коллегу Николя Саркози": a person as the object.
            guest = _person_after(toks, mentions, k + 1)
            start = next((x for x in range(k + 1, len(toks.toks)) if toks.owner[x] == guest), None)
            if guest is not None and (toks.toks[start].feats or {}).get("Case") in ("Acc", None):
                pair = (before[-1] if before else None, guest)
        else:
            with_at = next((j for j in range(k + 1, min(len(toks.toks), k + 12)) if toks.lemmas[j] in ("с", "со")),
                           None)
            after = _person_after(toks, mentions, with_at + 1) if with_at is not None else None
            if after is not None:
                pair = (before[-1] if before else None, after)
            elif word in MEETING_VERBS and len(before) >= 2 and (toks.toks[k].feats or {}).get("Number") == "Plur":
                # "Миллер и Озерец, которые сегодня встречаются": two people joined by "и".
                a, b = before[-2], before[-1]
                between = range(mentions[a].end, mentions[b].start)
                if any(toks.lemmas[x] == "и" and toks.toks[x].start in between for x in range(k)):
                    pair = (a, b)
        if pair and None not in pair and pair[0] != pair[1]:
            out.append(Relation("met", pair[0], pair[1], idx, "rule:ru-meeting", 0.75))
    return out


def _treaties(toks: _Tokens, mentions: list[Mention], idx: int) -> list[Relation]:
    """`Россия приостановила участие в ДСНВ`, `США вышли из ДРСМД`."""
    out = []
    for k, word in enumerate(toks.lemmas):
        action = TREATY_VERBS.get(word)
        if action is None or _negated_or_future(toks, k):
            continue
        party = next((toks.owner[j] for j in range(k - 1, -1, -1) if toks.owner[j] is not None
                      and mentions[toks.owner[j]].type in ("Place", "Organization")), None)
        treaty = next((toks.owner[j] for j in range(k + 1, min(len(toks.toks), k + 10)) if toks.owner[j] is not None
                       and mentions[toks.owner[j]].type == "Treaty"), None)
        if party is not None and treaty is not None:
            out.append(Relation("partyTo", party, treaty, idx, "rule:ru-treaty-action", 0.75, action))
    return out


_REPORT_TAIL = re.compile(r",?\s*(?:—\s*)?(?:сообщает|сообщают|передаёт|передает|пишет|цитирует)\b.*$")
_QUOTE = re.compile(r"[«„“\"]([^«»„“”\"]{12,}?)[»“”\"]")


def _statements(toks: _Tokens, mentions: list[Mention], idx: int, text: str, sent: Sentence) -> list[Quotation]:
    """`«...», — заявил Сергей Лавров`, `Лавров сообщил, что ...`, `по словам Лаврова, ...`; the outlet of
    `сообщает ТАСС` is the reporter."""
    n, found = len(toks.toks), []
    reporter = next((toks.owner[k + 1] for k in range(n - 1) if toks.lemmas[k] in REPORT_VERBS
                     and (toks.toks[k].feats or {}).get("Tense") == "Pres" and toks.owner[k + 1] is not None
                     and mentions[toks.owner[k + 1]].type == "Organization"), None)
    quotes = _QUOTE.findall(sent.text)
    quote = max(quotes, key=len).strip(" ,") if quotes else None
    for k in range(n):
        speaker, verb = None, toks.toks[k].text
        if toks.lemmas[k] in SPEECH_VERBS and toks.toks[k].pos == "VERB" and not _negated_or_future(toks, k):
            after = _person_after(toks, mentions, k + 1, window=4)
            before = [i for i in _persons_before(toks, mentions, k)]
            speaker = after if after is not None and (k == 0 or toks.toks[k - 1].text in "—–-,»\"") \
                else (before[-1] if before else after)
            words = quote
            if words is None:
                that = next((x for x in range(k + 1, min(n, k + 4)) if toks.lemmas[x] == "что"), None)
                words = text[toks.toks[that + 1].start:sent.end].rstrip(" .") if that is not None and that + 1 < n else None
        elif toks.lemmas[k] == "по" and k + 2 < n and toks.lemmas[k + 1] == "слово":
            speaker, verb = _person_after(toks, mentions, k + 2, window=3), "по словам"
            comma = next((x for x in range(k + 2, n) if toks.toks[x].text == ","), None)
            words = quote or (text[toks.toks[comma + 1].start:sent.end].rstrip(" .")
                              if comma is not None and comma + 1 < n else None)
        else:
            continue
        if speaker is None or not words or speaker == reporter:
            continue
        words = _REPORT_TAIL.sub("", words)
        start = text.find(words, sent.start)
        about = tuple(i for i, m in enumerate(mentions) if start >= 0 and start <= m.start
                      and m.end <= start + len(words) and i != speaker)
        found.append(Quotation(speaker=speaker, text=words, verb=verb, sentence=idx,
                               method="rule:ru-quote" if words == quote else "rule:ru-speech",
                               confidence=0.8 if words == quote else 0.7, reporter=reporter, about=about))
    return list({(q.speaker, q.text): q for q in found}.values())
