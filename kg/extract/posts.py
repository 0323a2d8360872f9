"""Whose post a title is when the sentence does not write its body next to it: the United States for a
title only it gives ("the secretary of state"), the body the gazetteer of officeholders gives a known
person ("President Obama"), the body of the owner's post ("his defense minister, X"), the country that
sends an ambassador to a body ("Russian U.N. Ambassador X"), the owner's post held before or after them
("his predecessor, X"), the country a bare title's post was spoken of before ("Iraq's new prime minister
told ... Prime Minister X said"), the country "the country's" points back to.

Split from kg.extract.roles (which reads the titles and calls these).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from kg.extract.relations import Context, Sentence
from kg.lang.en import relation_words as W
from kg.model import Mention
from kg.people import known_people, person_key

# Titles of members of Congress and other legislatures: a form of address, read for the party only
# (kg.extract.affiliations._chamber_leader), never a post of the country or the state.
CONGRESS_TITLES = frozenset("representative senator congressman congresswoman".split())
MEMBER_TITLES = frozenset("representative senator congressman congresswoman lawmaker legislator assemblyman".split())
# Posts a person's own minister, secretary, envoy or chief of staff holds in that person's body
# ("Iraqi Prime Minister X and his defense minister, Y"); not a campaign's or a household's.
_OWNED_HEADS = frozenset("minister secretary ambassador envoy".split())
_NOT_OWNED = frozenset("campaign press personal private traveling travelling family".split())


@lru_cache(maxsize=1)
def _officeholder_posts() -> dict[str, tuple[tuple[str, str], ...]]:
    """Person key -> (title, body name) of each post ontology/people.json gives them ("President of the
    United States" -> ("president", "United States"); "US Secretary of State" -> ("secretary of state", "US"))."""
    posts = {}
    for key, person in known_people().items():
        found, pending = [], []
        for part in person.role.split(", "):
            prefix = re.match(r"(?P<body>US|UN|EU|U\.S\.)\s+(?P<title>.+)$", part)
            if prefix:
                title, body = prefix.group("title"), prefix.group("body")
            elif " of " in part:
                title, body = part.split(" of ", 1)
                body = body.removeprefix("the ")
            else:
                pending.append(part)  # "Vice President, President of the United States": the next body
                continue
            found += [(t.lower().replace("-", " "), body) for t in [*pending, title]]
            pending = []
        posts[key] = tuple(found)
    return posts


def known_post(ctx: Context, pi: int, role: str):
    """The gazetteer entry of the body whose post `role` the person mention `pi` is known to hold, or None."""
    normal = ctx.mentions[pi].normal or ctx.mentions[pi].text
    names = {normal} if " " in normal else {m.normal for m in ctx.mentions if m.type == "Person"
                                            and " " in m.normal and m.normal.split()[-1] == normal}
    posts = _officeholder_posts()
    if not names:  # "President Trump" in an article that never writes his full name: the only such surname
        names = {k for k in posts if k.split()[-1:] == person_key(normal).split()[-1:]}
        names = names if len({posts[k] for k in names}) == 1 else set()
        keys = {next(iter(names))} if names else set()
    else:
        keys = {person_key(n) for n in names}
    if len(keys) != 1:
        return None
    title = role.lower().replace("-", " ")
    if title.split()[-1] in MEMBER_TITLES:
        return None  # "Sen. X" is a form of address: the party is read, no post (see affiliations._chamber_leader)
    bodies = {body for t, body in posts.get(next(iter(keys)), ()) if t == title}
    entries = {e.id: e for b in bodies if (e := ctx.gazetteer.lookup_name(b)) is not None}
    return next(iter(entries.values())) if len(entries) == 1 else None


def officeholder_post(ctx: Context, sent: Sentence, pi: int, role: str | None, noun: Token) -> tuple[int, str] | None:
    """`Benjamin Netanyahu, the prime minister`: the body the gazetteer of people gives that officeholder."""
    post = known_post(ctx, pi, role) if role is not None else None
    if post is None:
        return None
    start, end = noun.left_edge.idx, noun.idx + len(noun.text)
    bi = ctx.add_mention(Mention(text=ctx.text[start:end], start=start, end=end, type=post.type, sentence=sent.idx,
                                 key=post.id, method="rule:title", normal=post.label))
    return bi, "rule:role+officeholder"


def us_post(ctx: Context, sent: Sentence, role: str | None, noun: Token) -> tuple[int, str] | None:
    """The United States, as a mention on the title, for a title only it gives ("the secretary of state")."""
    entry = ctx.gazetteer.by_id("united-states")
    if role is None or role.lower() not in W.US_ONLY_TITLES or entry is None:
        return None
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    ui = ctx.add_mention(Mention(text=ctx.text[start:end], start=start, end=end, type="Place", sentence=sent.idx,
                                 key=entry.id, method="rule:title", normal=entry.label))
    return ui, "rule:role+us"


def owner_post(ctx: Context, noun: Token, role: str | None) -> tuple[int, str] | None:
    """`his defense minister, Y`: the one body the owner (the person `his` points at) was given a post in,
    in this article so far; None when the owner holds posts in several or none."""
    words = role.lower().split() if role else []
    if not words or not (words[-1] in _OWNED_HEADS or role.lower().endswith("chief of staff")) \
            or _NOT_OWNED & set(t.lower_ for t in noun.subtree):
        return None
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    owner = ctx.antecedent(pronoun) if pronoun is not None else None
    if owner is None:
        return None
    name = ctx.mentions[owner].normal or ctx.mentions[owner].text
    bodies = {}
    for r in ctx.relations:
        subject = ctx.mentions[r.subject]
        if r.predicate == "holdsPosition" and not r.claimed and _same_person(subject.normal or subject.text, name):
            body = ctx.mentions[r.object]
            bodies.setdefault(body.key or body.normal or body.text, r.object)
    if len(bodies) != 1:
        return None
    return next(iter(bodies.values())), "rule:role+owner"


def _same_person(a: str, b: str) -> bool:
    """Two names of one person in an article: equal, or a surname and the full name it ends."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    return " " not in short and full.split()[-1] == short


def sender_before(ctx: Context, body: int, sent: Sentence) -> int | None:
    """The country written right before a body an envoy is sent to ("Russian U.N.", "U.S. NATO"), as a mention."""
    span = ctx.span(body)
    j = span.start - 1 if span is not None else -1
    while j >= 0 and ctx.doc[j].lower_ in W.ROLE_MODIFIERS:
        j -= 1  # "Syria's Deputy UN Ambassador X"
    if j >= 1 and ctx.doc[j].text in ("'s", "\u2019s", "'", "\u2019"):
        j -= 1  # "Syria's U.N. Ambassador X"
    if j < 0 or ctx.doc[j].idx < sent.start:
        return None
    owner = ctx.mention_at(ctx.doc[j])
    if owner is not None and ctx.mentions[owner].type == "Place":
        return owner
    for words, start in ((ctx.doc[j].text, ctx.doc[j].idx),
                         (f"{ctx.doc[j - 1].text} {ctx.doc[j].text}" if j > 0 else "", ctx.doc[j - 1].idx if j > 0 else 0)):
        if words and ctx.gazetteer.country_for_demonym(words):
            return ctx.country_mention(words, start, sent.idx)
    return None


_SUCCESSION = {"predecessor": True, "successor": False, "predecessors": True, "successors": False}  # and past?


def predecessors(ctx: Context, sent: Sentence) -> None:
    """`Rouhani ... his hardline predecessor, Mahmoud Ahmadinejad`, `Mubarak's successor, Mohammed Morsi`: the
    one post the owner was given in this article so far, held before (or after) them."""
    for pi, person in sent.of_type("Person"):
        root = ctx.root(pi)
        if root is None:
            continue
        first = root
        while first.dep_ == "conj" and first.head.i != first.i and first.head.i < first.i:
            first = first.head  # "his successors, Thabo Mbeki and Jacob Zuma"
        noun = first.head if first.dep_ == "appos" else next(
            (c for c in root.children if c.dep_ in ("compound", "nmod") and c.lower_ in _SUCCESSION), None)
        if noun is None or noun.lower_ not in _SUCCESSION or (noun.lower_.endswith("s") and first is root
                                                              and root.dep_ != "appos"):
            continue
        fi = pi if first is root else ctx.mention_at(first)
        if fi is None:
            continue
        gap = ctx.text[noun.idx + len(noun.text):ctx.mentions[fi].start].replace(",", " ").split()
        if not all(w.lower() in W.ROLE_HEADS | W.PLURAL_ROLE_HEADS for w in gap):
            continue  # "to avoid the fate of his predecessor, X ran ...": the name is not the predecessor
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        owner = ctx.antecedent(poss) if poss.lower_ in ("his", "her") else ctx.mention_at(poss)
        if owner is None or owner == pi or ctx.mentions[owner].type != "Person":
            continue
        name = ctx.mentions[owner].normal or ctx.mentions[owner].text
        if poss.lower_ in ("his", "her"):
            before = [m for m in ctx.mentions if m.type == "Person" and m.end <= poss.idx and m.sentence >= sent.idx - 2]
            nearest = max(before, key=lambda m: m.start, default=None)
            if nearest is None or not _same_person(nearest.normal or nearest.text, name):
                continue  # "Trudeau named Chrystia Freeland, who ... than her predecessor": whose is unclear
        posts = {}
        for r in ctx.relations:
            subject = ctx.mentions[r.subject]
            if r.predicate == "holdsPosition" and not r.claimed and r.role and _same_person(subject.normal or subject.text, name):
                body = ctx.mentions[r.object]
                posts.setdefault(body.key or body.normal or body.text, (r.object, r.role))
        if len(posts) == 1:
            body, role = next(iter(posts.values()))
            ctx.emit("holdsPosition", pi, body, sent, "rule:predecessor", 0.75, role, _SUCCESSION[noun.lower_])


# A country's head of state or government, or its minister, as the text speaks of the post before naming
# its holder: "Iraq's new prime minister told the AP ... 'We won't allow them,' Prime Minister X said."
_EARLIER_HEADS = frozenset("president premier chancellor minister".split())
_EARLIER_OWNER = (r"(?:\b(?P<poss>[A-Z][\w.-]+(?:\s[A-Z][\w-]+)?)(?:'s|\u2019s)|\b[Tt]he\s+(?P<adj>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?))"
                  r"\s+(?:(?:new|former|then|late|current|outgoing|incoming|acting|interim)\s+)?")


def earlier_country(ctx: Context, sent: Sentence, role: str, start: int) -> int | None:
    """The one country whose `role` ("Prime Minister") the two sentences before or this one before the title
    speak of without a name ("Iraq's new prime minister", "the Iraqi president"), as a mention."""
    words = role.lower().split()
    if not words or words[-1] not in _EARLIER_HEADS or len(words) > 3:
        return None
    first = ctx.doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if first is None:
        return None
    lo = first.start
    for _ in range(2):  # the two sentences before: a quotation often stands between post and name
        lo = ctx.doc[lo - 1].sent.start if lo > 0 else 0
    lo = ctx.doc[lo].idx
    title = r"\s+".join(f"(?i:{re.escape(w)})" for w in words)
    found = {}
    for match in re.finditer(_EARLIER_OWNER + title + r"\b(?!\s*,?\s*[A-Z])", ctx.text[lo:start]):
        group = "poss" if match.group("poss") else "adj"
        word, at = match.group(group), lo + match.start(group)
        country = ctx.gazetteer.lookup_name(word) if group == "poss" else ctx.gazetteer.country_for_demonym(word)
        if country is None or country.subtype != "Country":
            return None  # "the White House's president", "the Union's president": not a country's post
        found.setdefault(country.id, (word, at, group))
    if len(found) != 1:
        return None
    word, at, group = next(iter(found.values()))
    if group == "poss":
        return ctx.mention_at_char(at)
    return ctx.country_mention(word, at, _sentence_of(ctx, at))


def sole_unknown_holder(ctx: Context, sent: Sentence, person: Mention, role: str) -> bool:
    """The only one this sentence gives the title ("President Ford ..., President Reagan ..." is a list of
    others), its subject, and not an officeholder the gazetteer of people knows (whose post it gives, or could not
    choose): a post spoken of earlier is this person's only then."""
    if len(re.findall(r"\b" + re.escape(role) + r"\b", ctx.text[sent.start:sent.end], re.I)) != 1:
        return False
    root = ctx.root(ctx.mentions.index(person)) if person in ctx.mentions else None
    if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
        return False  # the one who speaks or acts ("Prime Minister X said"), not one spoken of ("opponents of President X")
    surname = person_key(person.normal or person.text).split()[-1:]
    return not any(key.split()[-1:] == surname for key in known_people())


_CAPITALISED = re.compile(r"\b(?:(?:North|South|New|Saudi|Sri|United|Czech|Dominican)\s+)?[A-Z][\w-]+")


def the_country(ctx: Context, before: int) -> int | None:
    """The one country "the country" points back to: named (or its adjective written) in this sentence before
    `before` or in the one before it; None when there are none or several ("Canadian nationals were on
    the plane Iran shot down ... the country's Prime Minister X")."""
    at = ctx.doc.char_span(before, before + 1, alignment_mode="expand")
    if at is None:
        return None
    lo = at.sent.start
    lo = ctx.doc[lo - 1].sent.start if lo > 0 else 0
    found: dict[str, tuple[int | None, str, int]] = {}
    for match in _CAPITALISED.finditer(ctx.text, ctx.doc[lo].idx, before):
        mi = ctx.mention_at_char(match.start())
        entry = ctx.entry(mi) if mi is not None else None
        if mi is not None and ctx.mentions[mi].type == "Place" and entry is not None and entry.subtype == "Country":
            found.setdefault(entry.id, (mi, match.group(0), match.start()))
        elif mi is None or ctx.mentions[mi].type != "Place":
            country = ctx.gazetteer.country_for_demonym(match.group(0))
            if country is not None:
                found.setdefault(country.id, (None, match.group(0), match.start()))
    if len(found) != 1:
        return None
    mi, word, start = next(iter(found.values()))
    return mi if mi is not None else ctx.country_mention(word, start, _sentence_of(ctx, start))


def _sentence_of(ctx: Context, offset: int) -> int:
    """The index of the sentence holding character `offset` (mentions carry it; the parse does not)."""
    return max((m.sentence for m in ctx.mentions if m.start <= offset), default=0)
