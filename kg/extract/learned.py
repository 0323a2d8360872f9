"""Typed relations a trained classifier reads from pairs of mentions in one sentence.

The rules (kg.extract.relations) state a relation only where their wording matches; the
classifier scores every candidate pair of mentions in a sentence from general evidence: the
entity types and their order, the dependency path between the two heads, the words between and
around them, title words, the gazetteer's subtypes, and which rule already fired. It was trained
on CoNLL04 and candidates annotated by hand in news articles (scripts/train_relations.py) and
ships as JSON in kg/models/relations.json: one
logistic regression per kind of pair, a Platt calibration from held-out folds, and the threshold
chosen by cross-validation (the highest F1 with held-out precision 0.85 or more). Scoring here is a
sum of weights; nothing from scikit-learn is needed. Two places are also compared with what GeoNames
knows (kg.extract.geo: is the town in that country or US state?).

A rule's relation always wins: the classifier only adds pairs that no rule related.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache


from spacy.tokens import Doc, Span

from kg import data
from kg.extract import geo
from kg.extract.affiliations import us_states
from kg.extract.modality import lemma_in
from kg.lang.en import relation_words as W
from kg.lang.en.lexicon import PERSON_NOUNS
from kg.gazetteer import Gazetteer
from kg.model import Mention, Relation

METHOD = "model:relations"
# Kinds of candidate pair: (subject types, object types). Two places are tried both ways round.
GROUPS = {
    "work": (("Person",), ("Organization", "Place")),  # CoNLL04 Work_For
    "based": (("Organization",), ("Place",)),  # OrgBased_In
    "located": (("Place",), ("Place",)),  # Located_In
}
# A headquarters is a town or city: a country, region or continent is where a body works, not its seat.
NOT_SEATS = frozenset({"Country", "Region", "Continent"})
MAX_TOKENS_APART = 40
MAX_OWN_NOUN_EDGES = 3  # see _names_an_employer  # pairs further apart are almost never related in one sentence
TITLE_WORDS = W.ROLE_HEADS | W.AFFILIATION_HEADS


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair of mentions of one sentence that a kind of relation could hold between."""

    group: str
    subject: int  # index into the mention list
    object: int
    sentence: int
    features: tuple[str, ...]


def _bucket(n: int) -> str:
    return str(n) if n < 5 else "5-6" if n < 7 else "7-9" if n < 10 else "10-14" if n < 15 else "15+"


def _ancestors(tok) -> list:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _path(a, b) -> tuple[list[str], list, object]:
    """Dependency labels from a up to the lowest common ancestor and down to b, the tokens
    strictly between a and b on that path, and the ancestor (None when there is no path)."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    index_b = {t.i: k for k, t in enumerate(up_b)}
    k_a = next((k for k, t in enumerate(up_a) if t.i in index_b), None)
    if k_a is None:  # two sentences glued by the parser: no path
        return [], [], None
    k_b = index_b[up_a[k_a].i]
    labels = [t.dep_ + "^" for t in up_a[:k_a]] + [t.dep_ + "v" for t in reversed(up_b[:k_b])]
    tokens = up_a[1:k_a + 1] + list(reversed(up_b[1:k_b]))
    return labels, tokens, up_a[k_a]


class _Sentence:
    """What the features of every pair in one sentence share: tokens and the mentions' spans."""

    def __init__(self, doc: Doc, sent: Span, items: list[tuple[int, Mention, Span]]):
        self.doc, self.sent, self.items = doc, sent, items
        # read once per sentence, not per pair: every doc[i] builds a new Token object
        self._start, self._end = sent.start, sent.end
        self._lower = [(t.lower_, t.is_space) for t in sent]

    def words(self, start: int, end: int) -> list[str]:
        """The words of doc[start:end] inside the sentence, lower-cased, without whitespace tokens."""
        lo = max(start, self._start) - self._start
        hi = max(min(end, self._end) - self._start, lo)
        return [w for w, space in self._lower[lo:hi] if not space]


def _governor(span: Span):
    """The noun a mention modifies: `TASS` in "a TASS correspondent", `Y` in "the chief of Y"."""
    root = span.root
    if root.dep_ in ("compound", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None


def _governor_features(side: str, span: Span, other: Span) -> list[str]:
    """Whose noun the mention hangs on: the other mention's (its title, its apposition) or a third
    party's ("speaking with the correspondent of X": the correspondent is not the subject)."""
    gov = _governor(span)
    if gov is None or other.start <= gov.i < other.end:
        return []
    other_root = other.root
    linked = gov.head.i == other_root.i or other_root.head.i == gov.i
    tag = "pair" if linked else "other"
    out = [f"{side}gov={gov.lower_}:{tag}", f"{side}gov:{tag}"]
    if gov.lower_ in PERSON_NOUNS:
        out.append(f"{side}gov_person:{tag}")
    return out


def _features(s: _Sentence, subj: tuple[int, Mention, Span], obj: tuple[int, Mention, Span],
              gazetteer: Gazetteer, fired: set[str]) -> list[str]:
    (_, ms, ss), (_, mo, so) = subj, obj
    first, second = (ss, so) if ss.start <= so.start else (so, ss)
    order = "so" if first is ss else "os"
    types = f"{ms.type}>{mo.type}:{order}"
    between = s.words(first.end, second.start)
    f = [f"t={types}", f"d={_bucket(len(between))}", f"d={_bucket(len(between))}:{order}"]
    if len(between) <= 4:
        f.append("bs=" + " ".join(between))
        f.append(f"bs={' '.join(between)}:{mo.type}")
    if len(between) <= 12:
        f += [f"b={w}" for w in between] + [f"b={w}:{order}" for w in between]
        f += [f"bb={x} {y}" for x, y in zip(between, between[1:])]
    else:
        f += [f"bf={w}" for w in between[:3]] + [f"bl={w}" for w in between[-3:]]
    if between:
        f += [f"b1={between[0]}:{order}", f"b-1={between[-1]}:{order}"]
    f += [f"sh={ss[-1].lower_}", f"oh={so[-1].lower_}"]  # head words: "Corp", "University", "County"
    before, after = s.words(first.start - 2, first.start), s.words(second.end, second.end + 2)
    f += [f"w-{len(before) - k}={w}" for k, w in enumerate(before)] + [f"w+{k + 1}={w}" for k, w in enumerate(after)]
    inner = [m.type for _, m, sp in s.items if sp.start >= first.end and sp.end <= second.start]
    f.append(f"ments={min(len(inner), 3)}")
    f += [f"mb={t}" for t in sorted(set(inner))]
    labels, tokens, lca = _path(first.root, second.root)
    words = [t.lower_ for t in tokens]
    f.append(f"plen={min(len(labels), 6)}")
    if len(labels) <= 4:
        f.append("pd=" + " ".join(labels))
        f.append(f"pd={' '.join(labels)}:{order}:{mo.type}")
        f.append("pw=" + " ".join(f"{l} {w}" for l, w in zip(labels, words + [""])).strip())
    f += [f"p={w}" for w in words]
    if lca is not None:
        f.append(f"lca={lca.lower_}")
        f.append(f"lcapos={lca.pos_}")
    f += _boundary_features(s, first, second, labels, tokens, inner, ms.type, mo.type)
    if TITLE_WORDS.intersection(words) or TITLE_WORDS.intersection(between):
        f.append("title_link")
    left = s.words(ss.start - 3, ss.start)
    if ms.type == "Person" and TITLE_WORDS.intersection(left):
        f.append("title_before_subject")
    f += _governor_features("s", ss, so) + _governor_features("o", so, ss)
    for side, m in (("s", ms), ("o", mo)):
        f.append(f"{side}sub={_subtype(gazetteer, m) or 'none'}")
        f.append(f"{side}m={m.method.split(':')[0]}")
    s_entry = gazetteer.by_id(ms.key) if ms.key else None
    if s_entry is not None and mo.key and s_entry.country == mo.key:
        f.append("gaz_in_country")
    if ms.type == "Place" and mo.type == "Place":
        o_entry = gazetteer.by_id(mo.key) if mo.key else None
        where = geo.relation(ms.text, s_entry.label if s_entry else None, mo.text, o_entry.label if o_entry else None)
        f.append(f"geo={where or 'unknown'}")
    f += [f"rule={p}" for p in sorted(fired)] or ["rule=none"]
    return f


def _boundary_features(s: _Sentence, first: Span, second: Span, labels: list[str], tokens: list,
                       inner: list[str], s_type: str, o_type: str) -> list[str]:
    """What separates the pair: a semicolon or a clause boundary ("X said ... while Y"), a
    coordination ("X and Y", "A, B and C"), another name of the same type in between (the nearer
    one is usually the one related), and the verbs on the dependency path."""
    f = []
    gap = s.doc[first.end:second.start]
    if any(t.text == ";" for t in gap):
        f.append("semicolon")
    if any(t.text in ("(", ")") for t in gap):
        f.append("bracket")
    clauses = sorted({l[:-1] for l in labels if l[:-1] in CLAUSE_DEPS})
    f += [f"clause={l}" for l in clauses] or ["clause=none"]
    if any(l[:-1] == "conj" for l in labels):
        f.append("conj_path")
    if s_type in inner:
        f.append("same_type_between=s")
    if o_type in inner:
        f.append("same_type_between=o")
    verbs = sorted({t.lemma_.lower() for t in tokens if t.pos_ in ("VERB", "AUX")})
    f += [f"pv={v}" for v in verbs] or ["pv=none"]
    f.append(f"plen={min(len(labels), 8)}:{s_type}>{o_type}")
    return f


# Dependency labels that open a clause of their own: a pair joined only through one is often unrelated.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj", "acl"})


def _subtype(gazetteer: Gazetteer, m: Mention) -> str | None:
    entry = gazetteer.by_id(m.key) if m.key else None
    return entry.subtype if entry else None


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _dateline_agency(doc: Doc, body: Span, place: Span) -> bool:
    """"SEOUL, South Korea (AP) \u2014", "Moscow March 5 ( ITAR-TASS ) --": the agency in brackets after
    a dateline says who filed the story from that place, not where the agency is based."""
    if body.start == 0 or doc[body.start - 1].text != "(" or body.end >= len(doc) or doc[body.end].text != ")":
        return False
    if not (place.end <= body.start - 1 and body.start - 1 - place.end <= 6):
        return False
    after = doc[body.end + 1] if body.end + 1 < len(doc) else None
    if after is None or after.text in DASHES or after.is_sent_start or after.is_space:
        return True
    # "Washington (CNN) American officials said": the place opens the paragraph.
    return place.start == 0 or "\n" in doc[place.start - 1].text_with_ws


def _attached_to(place: Span, body: Span) -> bool:
    """The place's phrase hangs on the body itself: "the Brookings Institution in Washington"."""
    head = place.root.head
    if head.dep_ == "prep":
        head = head.head
    return body.start <= head.i < body.end


def _names_an_employer(span: Span, person: Span | None = None, place: Span | None = None) -> bool:
    """The organisation only qualifies a person noun ("a TASS correspondent in Brussels", "the
    correspondent of Vestnik Kavkaza"), other than `person` and not in apposition to them: a place
    in that phrase is where that person is, not the body's seat, and the body is that person's.
    A `place` whose phrase hangs on the body ("an analyst for the Congressional Research Service
    in Washington") is the body's own."""
    gov = _governor(span)
    if gov is None or gov.lower_ not in PERSON_NOUNS:
        return False
    if person is None:
        return place is None or not _attached_to(place, span)
    if person.start <= gov.i < person.end:
        return False
    # "X, a spokesman for Y", "X is a reporter for Y", "X, one of ... and a member of Y": the noun is
    # X's own when the parse joins the two within MAX_OWN_NOUN_EDGES dependency edges.
    labels, _, lca = _path(gov, person.root)
    return lca is None or len(labels) > MAX_OWN_NOUN_EDGES


def _members_from(body: Span, place: Span) -> bool:
    """"New York Democrats", "Scottish Tories": a place right before a plural name of a party's or a
    group's members says where those members are from, not where the body is based."""
    return place.end == body.start and body[-1].tag_ == "NNPS"


def _constituency(place: Span) -> bool:
    """`the veteran Montana Democrat`, `a Texas Republican`: a place before a party member's noun is the member's
    state or seat, neither an employer nor a party's seat."""
    root = place.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in W.PARTY_NAMES \
        and root.head.i == place.end


def _envoy_destination(doc: Doc, m: Mention, span: Span) -> bool:
    """The body or country an envoy is sent to ("ambassador to the United Nations", "Russia's EU
    Ambassador", "U.N. Ambassador"): the post is the sending country's, so no candidate is its."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in W.TO_ROLE_HEADS:
        return True
    j = span.end
    while j < len(doc) and doc[j].lower_ in W.ROLE_MODIFIERS:
        j += 1  # "U.N. Deputy Ambassador"
    # an international body has no ambassadors of its own; a country's "U.S. Ambassador" is its own
    return m.type == "Organization" and j < len(doc) and doc[j].lower_ in ("ambassador", "ambassadors")


def _list_preposition(tok):
    """The preposition a place hangs on, through "the region of": `in` for Xinjiang in "in the region
    of Xinjiang"; None when it is no preposition's object."""
    for _ in range(3):
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
            tok = prep.head
            continue
        return prep
    return None


def _listed(a: Span, b: Span) -> bool:
    """Two items of one list ("Tibet and Xinjiang", "in Tibet, in the region of Xinjiang, in Inner
    Mongolia"): names joined as conjuncts, or the objects of one preposition said again, are side by
    side, neither in the other."""
    ra, rb = a.root, b.root
    if (ra.dep_ == "conj" and ra.head.i == rb.i) or (rb.dep_ == "conj" and rb.head.i == ra.i):
        return True
    pa, pb = _list_preposition(ra), _list_preposition(rb)
    if pa is None or pb is None or pa.i == pb.i or pa.lower_ != pb.lower_:
        return False
    later = max(pa, pb, key=lambda t: t.i)
    if a.doc[later.i - 1].lower_ in ("and", "or"):
        linked = True  # "in X and in Y"
    else:
        # "in X, in Y": side by side or one hung on the other; a list when the preposition comes three
        # times ("in Tibet, in the region of Xinjiang, in Inner Mongolia"), not "in Barcelona, in Catalonia"
        near = {pa.i, pb.i, pa.head.i, pb.head.i}
        linked = sum(1 for t in a.sent if t.lower_ == pa.lower_ and (t.i in near or t.head.i in near)) >= 3
    return linked and (pa.head.i == pb.i or pb.head.i == pa.i or pa.head.i == pb.head.i)


# Nouns of a written or filmed work: a body named in its title ("the book Defying ISIS") is its topic.
WORK_NOUNS = frozenset("book books novel memoir biography film movie documentary essay poem play song album "
                       "author co-author".split())


def _in_work_title(span: Span) -> bool:
    """`author of the book Defying ISIS`, `author of The Great Repression`: the body is (in) the title of
    a work, not the person's employer."""
    doc, j = span.doc, span.start - 1
    while j > 0 and (doc[j].lower_ in ("the", "a", "an", "his", "her", "their") or doc[j].lower_ in WORK_NOUNS):
        j -= 1
    if j > 0 and doc[j].lower_ == "of" and doc[j - 1].lower_ in WORK_NOUNS:
        return True  # (the parse may hang "of" elsewhere: "a lawyer and author of X")
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in ("compound", "appos", "pobj", "prep", "nmod", "dobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in WORK_NOUNS:
            return True
    return False


def _held_by_other(span: Span, person: Span, people: dict[int, Span]) -> bool:
    """`the SNP's Westminster leader Ian Blackford`, `Clinton national security adviser Sandy Berger`: the
    name modifies a title that another person of the sentence bears, so it is theirs, not `person`'s."""
    tok, titled = span.root, False
    for _ in range(3):
        if tok.dep_ not in ("compound", "poss", "nmod", "amod") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        # (a title is a common noun, then the name: not "the Atlantic Council's Rafik Hariri Center")
        titled = titled or tok.head.pos_ == "NOUN"
        if not titled:
            return False
        tok = tok.head
        holders = [tok] + [c for c in tok.children if c.dep_ in ("appos", "compound")]
        for t in holders:
            owner = next((sp for sp in people.values() if sp.start <= t.i < sp.end), None)
            if owner is not None and owner.start != span.start:
                return owner.start != person.start
    return False


# Nouns of a gathering: "the APEC summit in Hanoi" is where the summit was, not where APEC is.
EVENT_NOUNS = frozenset("summit summits conference conferences meeting meetings talks forum session sessions "
                        "convention rally ceremony games championship festival".split())


def _names_an_event(span: Span, place: Span) -> bool:
    """`the APEC summit in Hanoi`, `a NATO meeting in Brussels`: the name qualifies a gathering and the
    place is the gathering's, so it says nothing of where the body is or what it is part of."""
    gov = _governor(span)
    if gov is None or gov.lower_ not in EVENT_NOUNS or span.root.dep_ not in ("compound", "poss"):
        return False  # (not "talks with Tehran": a party to the talks)
    head = place.root.head
    if head.dep_ == "prep":
        head = head.head
    return head.i == gov.i or not (span.start <= head.i < span.end)


def _names_a_person(span: Span, people: dict[int, Span]) -> bool:
    """`the BBC's Chris Butler`, `CNN correspondent Jane Doe`: the body qualifies a person's name."""
    gov = _governor(span)
    return gov is not None and any(sp.start <= gov.i < sp.end for sp in people.values())


# Nouns of opposition: a person who is a body's critic, opponent or rival is no member of it.
_OPPOSITION_NOUNS = frozenset("critic critics opponent opponents foe foes rival rivals adversary adversaries "
                              "detractor detractors".split())


def _opposed(person: Span, body: Span) -> bool:
    """`X, a strong critic of the White House's policy`, `X, one of Emanuel's fiercest critics`: a noun of
    opposition stands on the dependency path from the body up to the person, so the body is what the person
    opposes, not where they work."""
    return _below_person(person, body, lambda tok, _: tok.lower_ in _OPPOSITION_NOUNS)


# Nouns of a programme or desk inside a body: "head of the EU program at the Institute" heads a programme about
# the EU, named after it, and works at the Institute.
PROGRAMME_NOUNS = frozenset("program programs programme programmes project projects initiative initiatives "
                            "desk desks".split())


def _names_a_programme(span: Span) -> bool:
    """`the EU program`, `the Iran desk`: the name qualifies a programme's noun, so it is the programme's topic."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in PROGRAMME_NOUNS


def _plural_apposition(person: Span, body: Span) -> bool:
    """`Emmanuel Macron, the geniuses of the World Bank, ...`: a plural noun in apposition to one person (a list
    of people and groups) describes others, so the body under it is not the person's."""
    return _below_person(person, body, lambda tok, person_tokens: tok.dep_ == "appos" and tok.tag_ == "NNS"
                         and tok.head.i in person_tokens)


def _below_person(person: Span, body: Span, test) -> bool:
    """Some token on the dependency path from the body up to the person (the person's own tokens not
    included) passes `test(token, the person's token indexes)`."""
    person_tokens = {t.i for t in person}
    for tok in _ancestors(body.root)[1:]:
        if tok.i in person_tokens:
            return False
        if test(tok, person_tokens):
            return True
    return False


_SPEECH_VERBS = frozenset("tell say speak talk write".split())
_SPEECH_NOUNS = frozenset("interview interviews conversation call".split())


def _addressed(span: Span) -> bool:
    """`told The Associated Press in Tehran`, `in an interview with CNN in Anchorage`: the body is whom someone
    spoke to, and a place after it is where they spoke, not where the body is based."""
    root = span.root
    if root.dep_ in ("dobj", "dative") and lemma_in(root.head, {"tell"}):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("to", "with") and (
        lemma_in(prep.head, _SPEECH_VERBS) is not None or prep.head.lower_ in _SPEECH_NOUNS)


def _owns_a_body(place: Span, bodies: list[Span]) -> bool:
    """`director at Bangkok's Chulalongkorn University`, `a fellow at London's Chatham House`: a place that owns a
    named body is where the body is; the person works for the body, and holds no post of the place."""
    root = place.root
    return root.dep_ == "poss" and any(b.start <= root.head.i < b.end for b in bodies)


# A place after these says where someone goes ("hopped on Air Force One for Osan"), not where a body is.
_DESTINATION_PREPOSITIONS = frozenset("to for toward towards into".split())
# A body's branches, outlets and doings, which may be anywhere: "the party's Aleppo branch", "the UN process
# in Geneva" (not its headquarters or its people: "the alliance's headquarters in Brussels", "EU bureaucrats in Brussels").
_BODY_PARTS = frozenset("""branch branches office offices bureau bureaus chapter chapters affiliate affiliates
    subsidiary subsidiaries unit units division process talks page account feed website site channel summit
    meeting conference forum""".split())


def _seat_of_other(body: Span, place: Span) -> bool:
    """The place says where something else is than the body: a destination ("Air Force One for Osan"), a
    noun the body only qualifies ("the Baath Party's Aleppo branch", "the United Nations process in
    Geneva"), or an edition or bureau named right after the body ("Breitbart London")."""
    root = place.root
    if place.start == body.end and body[-1].lower_ not in ("'s", "\u2019s", "'", "\u2019"):
        return True
    top = root
    while top.dep_ == "compound" and top.head is not top:
        top = top.head  # "for Ramstein Air Base": the place names the base's town
    if top.dep_ == "pobj" and top.head.lower_ in _DESTINATION_PREPOSITIONS and not any(
            top.left_edge.i <= t.i <= top.right_edge.i for t in body):
        return True  # (not "a visit to Nato's Brussels headquarters": the phrase is the body's own)
    if root.dep_ in ("compound", "amod", "nmod"):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        noun = root.head.head
    else:
        return False
    # the body qualifies that noun, or the noun it qualifies in turn ("Party's [Aleppo branch] page")
    nouns, top = {noun.i}, noun
    while top.dep_ == "compound" and top.head is not top:
        top = top.head
        nouns.add(top.i)
    owner = body.root
    return noun.lower_ in _BODY_PARTS and not body.start <= noun.i < body.end and owner.head.i in nouns \
        and owner.dep_ in ("compound", "poss", "nmod")


_COMPASS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west""".split())
_AWAY_PREPOSITIONS = frozenset("near outside beyond".split())


def _away_from(place: Span) -> bool:
    """`130 miles north of London`, `a village near Aleppo`, `outside Moscow`: a place a distance or direction
    is measured from lies outside what is placed by it (not "in the north of Syria", which is inside)."""
    root = place.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _AWAY_PREPOSITIONS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in _COMPASS and not any(
        c.dep_ in ("det", "poss") for c in prep.head.children)


# Verbs of working for a body: "a CIA officer serving with the State Department" works there too.
_WORK_VERBS = frozenset("work serve".split())


def _client(body: Span, person: Span, bodies: list[Span]) -> bool:
    """`X, a Justice Department lawyer handling the case for the State Department`: a body in a clause under a
    noun of the person that already names the person's own body is one the person acts for or on, not the
    employer."""
    tok = body.root
    for _ in range(6):
        if tok.dep_ in ("acl", "relcl") and tok.pos_ in ("VERB", "AUX") and not lemma_in(tok, _WORK_VERBS):
            noun = tok.head
            return noun.lower_ in PERSON_NOUNS and not person.start <= noun.i < person.end and any(
                c.dep_ in ("compound", "poss") and any(b.start <= c.i < b.end for b in bodies if b != body)
                for c in noun.children)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _beat(body: Span, person: Span, bodies: list[Span]) -> bool:
    """`ABC News White House correspondent X`: the body between an outlet and a reporter's title is the beat."""
    gap = person.doc[body.end:person.start]
    if not len(gap) or gap[-1].lower_ not in W.BEAT_HEADS or any(not t.is_lower for t in gap) or body.start < 1:
        return False
    j = body.start - 1
    if person.doc[j].text in ("'s", "\u2019s") and j > 0:
        j -= 1
    return any(b.start <= j < b.end for b in bodies if b != body)


_GLUE = frozenset("the a an of and".split())


def _verb_before_title(body: Span, person: Span) -> bool:
    """`the Senate press General Mattis`, `Republicans urged President Trump`: a lower-case word between the body
    and the title before the name that is no title word is a verb (whatever the parse says), and the body its
    subject: the title is not the body's."""
    gap = person.doc[body.end:person.start]
    if not 2 <= len(gap) <= 4 or any(t.is_punct for t in gap) \
            or not (gap[-1].is_title and gap[-1].lower_ in W.ROLE_HEADS | W.ROLE_MODIFIERS):
        return False  # (only right before the title: not "The Senate must weigh in ..., Senate Majority Leader X")
    titles = W.ROLE_HEADS | W.ROLE_MODIFIERS | W.AFFILIATION_HEADS | W.BEAT_HEADS
    return any(t.is_alpha and t.is_lower and (t.lower_ not in titles | _GLUE or (
        t.lower_ == "press" and gap[k + 1].lower_ not in W.PRESS_HEADS)) for k, t in enumerate(gap[:-1]))


def _home_town(person: Span, other: Span) -> bool:
    """`Ian Reid, 44, of Great Falls`: a name after the person's age and "of" is where they live (the
    AP's way), never their employer."""
    gap = [t.text for t in person.doc[person.end:other.start]]
    return len(gap) == 4 and gap[0] == "," and gap[1].isdigit() and gap[2] == "," and gap[3].lower() == "of"


def candidates(doc: Doc, mentions: list[Mention], relations: list[Relation],
               gazetteer: Gazetteer) -> list[Candidate]:
    """Every pair of mentions in one sentence that fits a kind, with its features."""
    sents = list(doc.sents)
    by_sentence: dict[int, list[tuple[int, Mention, Span]]] = {}
    for i, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and m.sentence < len(sents):
            by_sentence.setdefault(m.sentence, []).append((i, m, span))
    fired: dict[tuple[int, int], set[str]] = {}
    for r in relations:
        for pair in ((r.subject, r.object), (r.object, r.subject)):
            fired.setdefault(pair, set()).add(r.predicate)
    out = []
    for idx, items in sorted(by_sentence.items()):
        s = _Sentence(doc, sents[idx], items)
        people = {i: sp for i, m, sp in items if m.type == "Person"}
        bodies = [sp for _, m, sp in items if m.type == "Organization"]
        for group, (subject_types, object_types) in GROUPS.items():
            for a in items:
                if a[1].type not in subject_types:
                    continue
                for b in items:
                    if b is a or b[1].type not in object_types or (a[1].key and a[1].key == b[1].key):
                        continue
                    if group == "based" and (_subtype(gazetteer, b[1]) in NOT_SEATS or _names_an_employer(a[2], place=b[2])
                                             or _dateline_agency(doc, a[2], b[2]) or _members_from(a[2], b[2])
                                             or _addressed(a[2]) or _constituency(b[2])
                                             or _seat_of_other(a[2], b[2])):  # (b: a place here)
                        continue
                    if group == "work" and (_names_an_employer(b[2], a[2]) or _envoy_destination(doc, b[1], b[2])
                                            or _client(b[2], a[2], bodies) or _beat(b[2], a[2], bodies)
                                            or _verb_before_title(b[2], a[2])):
                        continue  # "X, speaking with the correspondent of Y": Y employs the correspondent
                    if group == "work" and (_in_work_title(b[2]) or _home_town(a[2], b[2]) or _opposed(a[2], b[2])
                                            or _held_by_other(b[2], a[2], people)
                                            or _held_by_other(a[2], a[2], {k: v for k, v in people.items() if k != a[0]})
                                            or _names_a_programme(b[2]) or _plural_apposition(a[2], b[2])
                                            or (b[1].type == "Place" and _owns_a_body(b[2], bodies))
                                            or ((b[1].type == "Place" or b[2].text in us_states()) and _constituency(b[2]))):
                        continue
                    if "rule:table" in a[1].method and "rule:table" in b[1].method:
                        continue  # "BOSTON AT OAKLAND", "Kent v Surrey": two sides of a results line, no seat
                    if group in ("located", "based") and _listed(a[2], b[2]):
                        continue
                    if group == "located" and _away_from(b[2]):
                        continue  # "Birmingham, about 130 miles north of London"
                    if group in ("located", "based") and _names_an_event(a[2], b[2]):
                        continue
                    if group == "based" and _names_a_person(a[2], people) and not _attached_to(b[2], a[2]):
                        continue  # "says the BBC's Chris Butler in Washington": where he is, not the BBC's seat
                    if abs(a[2].start - b[2].start) > MAX_TOKENS_APART or a[2].start < b[2].end and b[2].start < a[2].end:
                        continue
                    lo, hi = sorted((a[2], b[2]), key=lambda sp: sp.start)
                    if any("\n" in t.text for t in doc[lo.end:hi.start]):
                        continue  # the parser joined two paragraphs into one sentence: no statement spans them
                    feats = _features(s, a, b, gazetteer, fired.get((a[0], b[0]), set()))
                    out.append(Candidate(group, a[0], b[0], idx, tuple(feats)))
    return out


@dataclass(frozen=True, slots=True)
class _GroupModel:
    weights: dict
    intercept: float
    platt: tuple[float, float]  # calibrated p = sigmoid(a * score + b)
    threshold: float


@lru_cache(maxsize=1)
def _model_file() -> dict:
    """kg/models/relations.json, read once: the classifier's groups and the rules' measured precision."""
    return json.loads(data.relation_model_path().read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_model() -> dict[str, _GroupModel]:
    """The shipped classifier."""
    return {g: _GroupModel(m["weights"], m["intercept"], tuple(m["platt"]), m["threshold"])
            for g, m in _model_file()["groups"].items()}


# Training measures what the rules emit with their own confidences, so that the measurement does not
# depend on the model file it replaces (scripts/train_relations.py turns this off).
CALIBRATE_RULES = True


def rule_confidences() -> dict[str, float]:
    """Rule key (kg.extract.relations.rule_key) -> the precision measured for it on the training data."""
    return _rule_table() if CALIBRATE_RULES else {}


@lru_cache(maxsize=1)
def _rule_table() -> dict[str, float]:
    return {k: v["confidence"] for k, v in _model_file().get("rules", {}).items()}


def score(model: _GroupModel, features: tuple[str, ...]) -> float:
    """Calibrated probability that the candidate's relation holds."""
    z = model.intercept + sum(model.weights.get(f, 0.0) for f in set(features))
    a, b = model.platt
    return 1.0 / (1.0 + math.exp(min(700.0, -(a * z + b))))  # no overflow for a hopeless pair


def _predicate(c: Candidate, mentions: list[Mention]) -> str:
    if c.group == "based":
        return "headquarteredIn"
    if c.group == "located":
        return "partOf"
    # A post in a country, or a title between person and body: a position; else working there.
    if mentions[c.object].type == "Place" or "title_link" in c.features or "title_before_subject" in c.features:
        return "holdsPosition"
    return "affiliatedWith"




def model_relations(doc: Doc, mentions: list[Mention], relations: list[Relation],
                    gazetteer: Gazetteer) -> list[Relation]:
    """Relations the classifier finds above its threshold between pairs that no rule related."""
    model = load_model()
    related = {(r.subject, r.object) for r in relations} | {(r.object, r.subject) for r in relations}
    best: dict[tuple[int, int], tuple[float, Candidate]] = {}
    from kg.extract.places import crosses_borders

    for c in candidates(doc, mentions, relations, gazetteer):
        if (c.subject, c.object) in related or (c.group == "located" and crosses_borders(mentions[c.subject])):
            continue  # "the Euphrates River in Syria and in Iraq": a river is not a part of either
        p = score(model[c.group], c.features)
        if p < model[c.group].threshold:
            continue
        pair = (min(c.subject, c.object), max(c.subject, c.object))
        if pair not in best or p > best[pair][0]:  # a place in a place: one direction only
            best[pair] = (p, c)
    out = [Relation(_predicate(c, mentions), c.subject, c.object, c.sentence, METHOD, round(p, 2))
           for p, c in best.values()]
    return sorted(out, key=lambda r: (r.sentence, r.subject, r.object, r.predicate))
