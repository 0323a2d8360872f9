"""Meetings and treaty actions, read from the verb that states them (dependency parse).

`A met (with) B and C`, `A and B held talks`, `A spoke by phone with B` (mode "phone"): every
participant attached to the verb, none from elsewhere in the sentence; only meetings that took
place (past or present tense, not negated, not planned). `The U.S. withdrew from the INF treaty`,
`the treaty that the Senate ratified`: the party must be a state or a body that acts for states.
A denied relation is dropped; one reported as an accusation becomes a claim (kg.extract.modality).
"""
from __future__ import annotations

import re
from itertools import combinations

from spacy.tokens import Token

from kg.lang.en import relation_words as W
from kg.extract.modality import (ASSERTED, CLAIMED, DENIED, IRREALIS, IRREALIS_VERBS, MODALS, SAY_VERBS, lemma_in,
                                 prospect_of,
                                 modality)
from kg.extract.relations import Context, Sentence
from kg.model import Mention
from kg.personnames import census_surnames

_PAST_OR_PRESENT = frozenset("VBD VBN VBZ VBP".split())


_QUANTIFIERS = frozenset("some several many all each both one two three four five most".split())


def _with_conjuncts(token: Token) -> list[Token]:
    """`B and C`, `B, C and D`: every conjunct of a noun phrase."""
    found, stack = [], [token]
    while stack:
        t = stack.pop()
        found.append(t)
        # (not "Kushner, Trump's son-in-law": a possessor in apposition is someone else)
        # (nor "met Abe, but not Moon": a conjunct the sentence denies)
        stack += [c for c in t.children if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN")
                  and not (c.dep_ == "appos" and any(g.dep_ == "case" for g in c.children))
                  and not any(g.dep_ == "neg" for g in c.children)]
        # "the ambassadors, including Kislyak", "some of the ambassadors, including Kislyak"
        stack += [o for c in t.children if c.dep_ == "prep" and (c.lower_ == "including" or (
            c.lower_ == "of" and t.lower_ in _QUANTIFIERS)) for o in c.children if o.dep_ == "pobj"]
    return found


def _people(ctx: Context, tokens: list[Token]) -> list[int]:
    found = []
    for tok in tokens:
        for t in _with_conjuncts(tok):
            i = ctx.mention_at(t)
            if i is None and t.lower_ in ("who", "that") and t.head.dep_ == "relcl":
                i = ctx.mention_at(t.head.head)  # "Obama, who met Putin in June"
                if i is None and t.head.head.dep_ == "appos":  # "Kim Yong Chol, a top official who met Pompeo"
                    i = ctx.mention_at(t.head.head.head)
            elif i is None and t.pos_ == "PRON":
                i = _antecedent(ctx, t)  # "He met Putin", "his talks with Putin"
            elif i is None and t.pos_ == "NOUN":
                i = _described(ctx, t)  # "the Russian president met Netanyahu"
            # A name the model typed as a body but the gazetteer does not know may be a person
            # ("met Felipe Calderon"); the graph keeps `met` only if it resolves to one.
            if i is not None and i not in found and (ctx.mentions[i].type == "Person" or (
                    ctx.mentions[i].type == "Organization" and not ctx.mentions[i].key)) and not _group_name(ctx, i):
                found.append(i)
    return found


def _group_name(ctx: Context, i: int) -> bool:
    """`Gold Star Mothers`, `Veterans`: a name that ends in a plural noun that is no surname (unlike
    "Sanders", "Williams") names a group, not someone one meets."""
    span = ctx.span(i)
    if ctx.mentions[i].key or span is None or span[-1].tag_ not in ("NNPS", "NNS") or not span[-1].lower_.endswith("s"):
        return False
    surnames = census_surnames()
    return bool(surnames) and span[-1].lower_ not in surnames


def _described(ctx: Context, noun: Token) -> int | None:
    """`the Russian president`, `the prime minister`: the one person the last three sentences gave that
    title (of that country, if an adjective says which), or None when none or several."""
    if noun.lower_ not in W.ROLE_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    adjective = next((c for c in noun.children if c.dep_ in ("amod", "compound")), None)
    country = ctx.gazetteer.country_for_demonym(adjective.text) if adjective is not None else None
    if adjective is not None and country is None and adjective.lower_ not in W.ROLE_MODIFIERS:
        return None  # "the opposition leader": a title the article never gave anyone
    current = max((m.sentence for m in ctx.mentions if m.start <= noun.idx), default=0)
    found = {}
    for r in ctx.relations:
        m = ctx.mentions[r.subject]
        if r.predicate != "holdsPosition" or not r.role or noun.lower_ not in r.role.lower().split() \
                or m.start >= noun.idx or r.sentence < current - 3:
            continue
        if country is not None and ctx.mentions[r.object].key != country.id:
            continue
        found[m.normal.split()[-1]] = r.subject
    return next(iter(found.values())) if len(found) == 1 else None


def _interviewer(ctx: Context, i: int) -> bool:
    """Someone one speaks to in an interview: an outlet itself, or a name an outlet possesses (`CNN's X`)."""
    m = ctx.mentions[i]
    if m.type != "Person":
        return True
    base = max(0, m.start - 6)
    match = re.search(r"['\u2019]s\s+$", ctx.text[base:m.start])
    owner = ctx.mention_at_char(base + match.start() - 1) if match else None
    return owner is not None and ctx.mentions[owner].type == "Organization"


def _in_interview(ctx: Context, verb: Token) -> bool:
    """An interview is spoken of in the verb's sentence or the one before it."""
    start = verb.sent.start
    start = ctx.doc[start - 1].sent.start if start > 0 else 0
    return "interview" in ctx.doc[start:verb.sent.end].text.lower()


def _antecedent(ctx: Context, pronoun: Token) -> int | None:
    """The person a pronoun points at, unless another person was named between that one and the
    pronoun (then "his summit with Kim" may be anyone's: no meeting is read)."""
    i = ctx.antecedent(pronoun)
    if i is None:
        return None
    last = ctx.mentions[i].normal.split()[-1:]
    for m in ctx.mentions:
        if m.type == "Person" and ctx.mentions[i].end <= m.start < pronoun.idx and m.normal.split()[-1:] != last:
            return None
    # "Giuliani said the accusations against the president hinge on a conversation he had with Comey":
    # a person named by title alone between them may be the one meant
    # (unless the title is one the article gave a person named before: "the attorney general" for Barr)
    span = ctx.doc.char_span(ctx.mentions[i].end, pronoun.idx, alignment_mode="contract")
    titles = {w for r in ctx.relations if r.predicate == "holdsPosition" and r.role
              and ctx.mentions[r.subject].start < pronoun.idx for w in r.role.lower().split()}
    if span is not None and any(t.pos_ == "NOUN" and t.lower_ in W.ROLE_HEADS and t.lower_ not in titles and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in span):
        return None
    return i


_TWO_NOUNS = frozenset("leaders men women presidents ministers sides heads".split())
# Sentences that may state a meeting without a name the model tagged: "The two leaders met", "the Trump-Kim summit"
_NAMELESS_MEETING = re.compile(r"\b(?:two|both)\s+(?:" + "|".join(sorted(_TWO_NOUNS)) + r")\b|"
                               r"\b[A-Z]\w+\s*-\s*[A-Z]\w+\s+(?:summit|meeting|talks)\b|\b[Tt]he\s+two\s+(?:met|spoke|talked)\b")


def _the_two(ctx: Context, subjects: list[Token], verb: Token) -> list[int]:
    """`The two leaders met`: the last two people named before, in this or the previous sentence, when
    exactly two are named there."""
    if not any((s.lower_ in _TWO_NOUNS and any(c.lower_ in ("two", "both") for c in s.children))
               or (s.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children))
               for s in subjects):  # "the two leaders met", "when the two met in 2005"
        return []
    start = verb.sent.start
    start = ctx.doc[start - 1].sent.start if start > 0 else 0
    named = []
    for i, m in enumerate(ctx.mentions):
        root = ctx.root(i)
        # (a name the model typed as a body may be a person: it counts, so that three names give no pair)
        if (m.type == "Person" or (m.type == "Organization" and not m.key)) and root is not None \
                and start <= root.i < verb.i:
            surname = m.normal.split()[-1:]
            if all(ctx.mentions[j].normal.split()[-1:] != surname for j in named):
                named.append(i)
    return named if len(named) == 2 else []


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, inherited from the first verb of a coordination (`A arrived and met B`)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        return [verb.head]  # "Kim, standing next to Moon, said"
    token = verb
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or token.dep_ not in ("conj", "xcomp", "advcl", "pcomp"):
            return subjects
        token = token.head.head if token.dep_ == "pcomp" else token.head  # "After meeting X, Y said"
    return []


def _objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _beside(token: Token) -> list[Token]:
    """`alongside X`, `beside X`, `next to X`: the people or things said to be by `token`'s side."""
    found = []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in W.BESIDE_WORDS:
            found += [o for o in c.children if o.dep_ == "pobj"]
        elif c.lower_ == "next":
            found += [o for p in c.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return found


def _in_person(verb: Token) -> bool:
    """`thanked X in person`: said to someone face to face."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "person" and o.dep_ == "pobj"
                                                             for o in c.children) for c in verb.children)


def _phone_noun(noun: Token) -> bool:
    """`call`, `phone call`, `telephone conversation`: the noun or its own modifiers say phone (not a
    clause under it: "talks with Merkel, who resisted the president's call for stimulus")."""
    return bool(({noun.lower_} | {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}) & W.PHONE_WORDS)


def _is_phone(verb: Token, noun: Token | None) -> bool:
    """`spoke by phone with X`, `talked over the telephone`, `held a phone call with X`."""
    if verb.lower_ in W.PHONE_WORDS or (noun is not None and _phone_noun(noun)):
        return True
    for c in verb.children:
        if c.dep_ in ("dobj", "npadvmod") and _phone_noun(c):
            return True
        if c.dep_ in ("prep", "agent") and any(o.dep_ == "pobj" and _phone_noun(o) for o in c.children):
            return True
    return False


# Verbs of coming together: a meeting of their subjects only ("A and B gathered", "A and B convened").
_GATHER_VERBS = frozenset("gather convene huddle".split())


def _phone_partners(verb: Token) -> list[Token]:
    """`spoke by phone with X`, `talked over the telephone to X`: the partner hangs on the phone."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("by", "over", "on", "via")
            for n in p.children if n.dep_ == "pobj" and n.lower_ in W.PHONE_WORDS for o in _objects(n, ("with", "to"))]


def _meeting_verbs(ctx: Context, sent_tokens) -> list[tuple[Token, Token | None]]:
    """(verb, meeting noun or None) for `met`, `talked with`, `held talks with`, `had a phone call with`."""
    found = []
    for tok in sent_tokens:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if lemma_in(tok, W.MEET_VERBS | W.TALK_VERBS | W.DISCUSS_VERBS):
            found.append((tok, None))
        elif lemma_in(tok, W.LIGHT_VERBS):
            noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in W.MEETING_NOUNS), None)
            if noun is None and tok.dep_ == "relcl" and tok.head.lower_ in W.MEETING_NOUNS and not any(
                    c.dep_ == "dobj" for c in tok.children):
                noun = tok.head  # "a conversation (that) he had with Kislyak", "the call Trump held with X"
            if noun is not None:
                found.append((tok, noun))
        elif lemma_in(tok, {"make", "place"}):  # "made a phone call to X", "placed a call to X"
            noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("call", "calls")), None)
            if noun is not None:
                found.append((tok, noun))
        elif lemma_in(tok, _GATHER_VERBS):
            found.append((tok, None))  # "A, B and C gathered before the talks began"
        elif lemma_in(tok, W.GREET_VERBS) or (lemma_in(tok, {"sit"}) and any(c.lower_ == "down" for c in tok.children)) \
                or (lemma_in(tok, {"shake"}) and any(c.lower_ == "hands" for c in tok.children)):
            found.append((tok, None))  # "sat down with", "shook hands with", "greeted"
        elif lemma_in(tok, {"visit"}) and any(c.dep_ == "dobj" and (i := ctx.mention_at(c)) is not None
                                              and ctx.mentions[i].type == "Person" for c in tok.children) \
                and not any((i := ctx.mention_at(t)) is not None and ctx.mentions[i].type == "Place"
                            for c in tok.children if c.dep_ == "dobj" for t in _with_conjuncts(c)):
            # (not "visited both Ain al-Asad and Irbil": a list with a place in it is a list of places)
            found.append((tok, None))  # "Kerry visited Abbas in Ramallah": a person visited is a person met
        elif lemma_in(tok, {"sign"}) and any(c.dep_ == "dobj" and (c.lower_ in W.SIGNED_NOUNS or c.ent_type_ == "LAW")
                                             for c in tok.children):
            found.append((tok, None))  # "A and B signed the agreement", "A signed a deal with B": signed together
        elif (lemma_in(tok, W.BESIDE_VERBS) and _beside(tok)) or _in_person(tok):
            found.append((tok, None))  # "appeared alongside X", "thanked X in person"
        elif tok.lower_ in ("phoned", "telephoned", "called") and (any(
                c.dep_ == "dobj" for c in tok.children) and not any(c.dep_ in ("oprd", "xcomp", "ccomp")
                                                                    for c in tok.children) or _called_to(ctx, tok)) \
                and not _named_as(ctx, tok):
            found.append((tok, None))
    return found


def _named_as(ctx: Context, verb: Token) -> bool:
    """`called Kim a madman`, `called him "Rocket Man"`: the parse may hang the name given on the person
    as an apposition; a call is not meant (nor in "called out X", "called off X")."""
    if verb.lower_ == "called" and any(c.dep_ == "prt" and c.lower_ not in ("up", "back") for c in verb.children):
        return True  # "called out X" (criticised), "called off X's trip", "called in X" (summoned): no phone call
    return verb.lower_ == "called" and any(  # ("called Comey's firing a mistake": a possessor, no call)
        a.dep_ == "appos" and ctx.mention_at(a) is None or a.dep_ == "punct" and a.text in "\"\u201c'"
        or a.dep_ == "case" for c in verb.children if c.dep_ in ("dobj", "oprd") for a in c.children)


# What one phones someone to do: "called X to offer condolences"; not "called X to testify" (summoned).
_CALL_PURPOSES = frozenset("""offer express discuss congratulate thank urge ask convey apologize talk wish update
    brief reassure assure press warn inform tell say share voice extend pledge invite request demand
    protest complain condole""".split())


def _called_to(ctx: Context, verb: Token) -> bool:
    """`Kerry called Foreign Minister X on Sunday to offer condolences`, `Obama called Netanyahu on Friday`:
    a person phoned, where the parse took the name for a predicate or the purpose for a complement."""
    def person(dep: str) -> bool:
        return any(c.dep_ == dep and (i := ctx.mention_at(c)) is not None and ctx.mentions[i].type == "Person"
                   for c in verb.children)

    purpose = any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and lemma_in(c, _CALL_PURPOSES) and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                         for a in c.children) for c in verb.children)
    dobj = any(c.dep_ == "dobj" for c in verb.children)
    # "called Netanyahu on Friday" parsed as a predicate: a name alone is no predicate ("called him a liar")
    return ((person("oprd") and not dobj) or (person("dobj") and purpose)) and not any(
        c.dep_ == "ccomp" for c in verb.children)


# A photo caption: "From left, A sits beside B; ...", "... (Photo: AFP)", "Hide Caption 3 of 20".
_CAPTION = re.compile(r"^\W*(?:From\s+(?:left|right)|(?:Left|Right)\s+to\s+(?:right|left)|L-R)\b|Hide\s+Caption|"
                      r"\((?:Photo|Picture|Image)s?\s*:", re.I)
_POSTURE_VERBS = frozenset("stand sit".split())


def _posed(ctx: Context, sent: Sentence, verb: Token) -> bool:
    """`A stands next to B as they attend the funeral`, `From left, A sits beside B`: who stands or sits
    by whom in a photo (a caption, or standing or sitting in the present tense, which news reports only of
    pictures), not a meeting; "A stood beside B at the news conference" is one."""
    return bool(_CAPTION.search(ctx.text[sent.start:sent.end])) or (
        lemma_in(verb, _POSTURE_VERBS) is not None and verb.tag_ in ("VBZ", "VBP"))


def _third_party(verb: Token, noun: Token | None, objects: list[Token]) -> bool:
    """`A and B made phone calls to senators`, `A and B met with veterans`: the subjects together met or
    called someone else (no person named), not each other; "A and B met each other" is each other."""
    others = [o for o in objects + (_objects(noun, ("with", "to")) if noun is not None else [])
              if o != noun and o.ent_type_ not in ("DATE", "TIME")
              and not (o.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in o.children))]
    return bool(others)


def _subordinate_present(verb: Token) -> bool:
    """A present tense under "before", "until", "when", "once", "after", "if": a future or a condition."""
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "when", "once",
                                                                                 "after", "if", "unless", "till")
                                               for c in verb.children)


def _participle_of_past(verb: Token) -> bool:
    """`after meeting with X`, `X, meeting with Y on Monday, said`: a participle of what happened."""
    if verb.tag_ != "VBG":
        return False
    if any(c.dep_ == "aux" for c in verb.children):  # "was meeting with X when": past progressive
        return any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children) \
            and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    return (verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "during", "while", "when", "following", "by")) \
        or (verb.dep_ in ("advcl", "acl") and verb.head.tag_ in ("VBD", "VBN")) \
        or (verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.tag_ in ("VBD", "VBN"))


def meetings(ctx: Context, sent: Sentence, tokens) -> set[int]:
    """One `met` per pair of participants of a meeting that took place; returns the meeting nouns read."""
    done = set()
    for verb, noun in _meeting_verbs(ctx, tokens):
        if noun is not None:
            done.add(noun.i)
        if verb.tag_ not in _PAST_OR_PRESENT and not _participle_of_past(verb):
            continue
        if _subordinate_present(verb):
            continue  # "days before Abbas visits Pope Francis", "when Trump meets Kim": still to come
        if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "having")
                                          for c in verb.children):
            continue  # "the leaders, scheduled to meet", "a summit planned for June"
        if modality(verb).kind != ASSERTED:
            continue
        talk = noun is not None or lemma_in(verb, W.TALK_VERBS | {"sit", "shake"}) or _in_person(verb)
        preps = ("with", "to") if talk else ("with",)
        hosts = _people(ctx, _subjects(verb))
        objects = _objects(verb, preps)
        if verb.lower_ == "called":
            objects += [c for c in verb.children if c.dep_ == "oprd"]
        beside = _beside(verb) if lemma_in(verb, W.BESIDE_VERBS) and not _posed(ctx, sent, verb) else []
        objects += beside
        if lemma_in(verb, W.DISCUSS_VERBS):  # "discussed Putin's offer with Merkel": only "with" names a partner
            objects = [o for o in objects if o.dep_ == "pobj"]
        signing = bool(lemma_in(verb, {"sign"}))
        if signing:  # "signed an agreement with Moon": the partner hangs on the document
            objects = [o for d in objects if d.dep_ == "dobj" for o in _objects(d, ("with",))] + \
                [o for o in objects if o.dep_ == "pobj"]
        if lemma_in(verb, _GATHER_VERBS):
            objects = []
        objects += _phone_partners(verb)
        noun_preps = ("with", "between", "to") if noun is not None and noun.lower_ in ("call", "calls") else ("with", "between")
        guests = _people(ctx, objects + (_objects(noun, noun_preps) if noun is not None else []))
        if lemma_in(verb, W.TALK_VERBS) and noun is None:
            guests = [g for g in guests if not _interviewer(ctx, g)]  # "speaking to CNN's Fareed Zakaria"
            if _in_interview(ctx, verb):
                guests = []  # "... in an interview with CNN. He was speaking to X": X asked the questions
        if not hosts and not guests:
            hosts = _the_two(ctx, _subjects(verb), verb)
        if talk and not guests and not hosts:
            continue
        phone = _is_phone(verb, noun) or verb.lower_ in ("phoned", "telephoned", "called")
        pairs = [(a, b) for a in hosts for b in guests if a != b]
        if signing and any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in verb.children) and any(
                c.lower_ in ("both", "each") for s in _subjects(verb) for c in s.subtree):
            hosts = hosts[:1]  # "Both A and B signed non-disclosure agreements": each their own
        if not guests and len(hosts) > 1 and (lemma_in(verb, {"meet", "confer", "sign"} | W.DISCUSS_VERBS | _GATHER_VERBS)
                                              or noun is not None or phone) and not _third_party(verb, noun, objects):
            # (not "A and B received an email", "A and B greeted the crowd")
            # "Trump and Putin met in Helsinki", "A and B spoke by phone"; not "A and B spoke" (each to the press)
            pairs = list(combinations(hosts, 2))
        place = next((ctx.mentions[i].normal for i, _ in sent.of_type("Place") if _located(ctx, verb, i)), None)
        # side by side in public (colleagues at a hearing too): a weaker sign of a meeting
        method, confidence = ("rule:met-signing", 0.8) if signing else ("rule:met-beside", 0.7) if beside \
            else ("rule:met", 0.85)
        for a, b in pairs:
            ctx.emit("met", a, b, sent, method, confidence, None, False, place=place, mode="phone" if phone else None)
    return done


# Before a meeting noun, words that make it one still to come.
_NOT_YET = frozenset("upcoming planned future next proposed possible potential expected scheduled prospective "
                     "coming first-ever".split())
# Verbs whose object is still to come: "the accusations precede a summit between A and B".
_AWAIT_VERBS = frozenset("precede await anticipate withhold".split())
# Verbs of saying no to a meeting: "rejected talks with X", "snubbed a meeting with X".
_REJECT_VERBS = frozenset("reject rebuff snub spurn shun".split())


# Phrasal verbs of saying no: the verb and its particle.
_REFUSAL_PARTICLES = {"turn": "down", "rule": "out"}


def _turned_down(verb: Token) -> bool:
    """`turned down a meeting with X`, `ruled out talks with X`: no meeting took place."""
    lemma = lemma_in(verb, _REFUSAL_PARTICLES)
    return lemma is not None and any(c.dep_ == "prt" and c.lower_ == _REFUSAL_PARTICLES[lemma] for c in verb.children)


_BEFORE_PREPOSITIONS = frozenset("ahead before for toward towards".split())
# "heading into his summit with X" is still to come; "figured into the meeting" is not.
_MOTION_VERBS = frozenset("head go walk move enter come get".split())


def noun_meetings(ctx: Context, sent: Sentence, tokens, done: set[int]) -> None:
    """`the meeting of/between A and B`, `(told reporters) following talks with B`: a meeting noun."""
    for noun in tokens:
        appearance = noun.lower_ in W.APPEARANCE_NOUNS
        if noun.i in done or noun.pos_ != "NOUN" or not (appearance or noun.lower_ in W.MEETING_NOUNS - {"phone", "telephone"}):
            continue
        if any(c.lower_ in _NOT_YET for c in noun.lefts) or any(
                t.lower_ in ("next", "coming", "upcoming") for c in noun.rights if c.dep_ == "npadvmod" for t in c.subtree):
            continue  # "a summit next week between A and B"
        if noun.dep_ == "pobj" and (noun.head.lower_ in _BEFORE_PREPOSITIONS or noun.head.head.lower_ == "ahead"
                                    or (noun.head.lower_ == "into" and lemma_in(noun.head.head, _MOTION_VERBS))):
            continue  # "ahead of his meeting with", "heading into his summit with"
        if noun.dep_ == "pobj" and prospect_of(noun.head):
            continue  # "the possibility of a meeting between A and B", "plans for a summit with X"
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None)
        if verb is None:
            continue
        joint = any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children)
        if not appearance and not _objects(noun, ("with", "between", "of", "to")) and not _beside(noun):
            for a, b in _framed(ctx, noun, verb, joint) or _addressed(ctx, noun, verb):
                ctx.emit("met", a, b, sent, "rule:met-frame", 0.75, None, False,
                         mode="phone" if _phone_noun(noun) else None)
            continue
        if lemma_in(verb, IRREALIS_VERBS | W.CANCEL_VERBS | _AWAIT_VERBS | _REJECT_VERBS) or _turned_down(verb):
            continue  # "agreed to a meeting with", "called for talks with", "cancelled his meeting with"
        owned = any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") for c in noun.children)
        before = [t for c in noun.lefts for t in c.subtree]
        if any(t.lower_ in _NOT_YET | {"next", "coming"} for t in before):
            continue  # "next week's call with X"
        dated = any(t.ent_type_ == "DATE" for t in before) and not any(t.lower_ in _NOT_YET | {"next", "coming"}
                                                                      for t in before)
        if dated and not lemma_in(verb, W.CANCEL_VERBS):
            pass  # "access to the July 25 phone call between A and B": a dated meeting took place
        elif owned and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
            pass  # "testify about his summit talks with X": a meeting of his that took place
        elif verb.tag_ not in _PAST_OR_PRESENT or modality(verb).kind != ASSERTED:
            continue
        pairs = []
        named = _compound_people(ctx, noun)  # "the Trump-Putin summit"
        if len(named) == 2:
            pairs.append(tuple(named))
        between = _people(ctx, _objects(noun, ("between", "of")))
        if len(between) > 1:
            pairs = list(combinations(between, 2))
        if appearance:  # "in remarks alongside X", "in a joint statement with X"; not "in a statement with ..."
            guests = _people(ctx, _beside(noun) + (_objects(noun, ("with",)) if joint else []))
        else:
            to = ("to",) if noun.lower_ in ("call", "calls") else ()  # "in a telephone call Sunday to X"
            guests = _people(ctx, _objects(noun, ("with",) + to) + _beside(noun))
        subject = _stray_subject(ctx, noun, verb)
        guests = [g for g in guests if g not in subject]
        subject = subject or [i for i in _people(ctx, _subjects(verb)) if noun.idx < ctx.mentions[i].start < verb.idx]
        if guests:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            hosts = _people(ctx, owners)
            if subject and any(c.pos_ == "PRON" for c in owners):
                # "In his call with X, Liu said ...": a pronoun in a phrase put before its clause points at
                # that clause's subject, named after it, not at the last person of the sentence before
                hosts = subject
            if not hosts and noun.dep_ in ("pobj", "dobj") and not any(
                    c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
                # "told reporters following talks with X", "after a conversation with X": the subject's;
                # not "after the meeting with X", a meeting named before that the subject need not have had
                hosts = _people(ctx, _subjects(verb))
                if lemma_in(verb, SAY_VERBS) and any((i := ctx.mention_at(t)) is not None and i not in hosts
                                                     and ctx.mentions[i].type == "Person" for t in ctx.doc[verb.i + 1:noun.i]):
                    hosts = []  # "Toner said Clinton, in a telephone call to X, had assured him": Clinton's call
            pairs += [(a, b) for a in hosts for b in guests if a != b]
        phone = _phone_noun(noun)
        for a, b in pairs:
            ctx.emit("met", a, b, sent, "rule:met-noun", 0.75, None, False, mode="phone" if phone else None)


def _stray_subject(ctx: Context, noun: Token, verb: Token) -> list[int]:
    """"In his call with Mnuchin, Liu, an economist, said": the parser may join the clause's subject to the
    meeting's partner as a conjunct without "and"; when the verb has no subject of its own, that person
    is the subject, not a second partner."""
    if _subjects(verb) or noun.i > verb.i:
        return []
    found = []
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "cc" for c in obj.children):
                continue  # "with Mnuchin and Liu": two partners
            found += [i for c in obj.children if c.dep_ == "conj" and c.i > obj.i and ctx.doc[c.i - 1].text == ","
                      and (i := ctx.mention_at(c)) is not None and ctx.mentions[i].type == "Person"]
    return found[:1]


def _framed(ctx: Context, noun: Token, verb: Token, joint: bool) -> list[tuple[int, int]]:
    """`In their first meeting, A and B called for ...`, `During their call, A told B ...`, `At a joint
    news conference, A and B said`: the people of the clause the meeting frames met (each pair)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in W.FRAME_PREPOSITIONS or noun.head.head != verb:
        return []
    if not (verb.tag_ in _PAST_OR_PRESENT or _participle_of_past(verb)) or modality(verb).kind != ASSERTED:
        return []  # "at their meeting next week they will discuss ..."
    subjects = _people(ctx, _subjects(verb))
    if not joint and not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        # "Moon said he and Kim had agreed during a surprise meeting": two subjects in one meeting
        if len(subjects) < 2 or noun.head.lower_ not in ("during", "at", "in") or not any(
                c.dep_ == "conj" for t in _subjects(verb) for c in t.children):
            return []
        return list(combinations(dict.fromkeys(subjects), 2))
    people = subjects + _people(ctx, _objects(verb, ("with", "to")))
    return list(combinations(dict.fromkeys(people), 2))


# Verbs of saying or doing something to someone face to face: "At the summit, A asked B for ...".
# (Not "warned" or "criticized": said of someone far away as often.)
_ADDRESS_VERBS = frozenset("tell ask thank urge press assure congratulate invite remind promise brief inform "
                           "greet hug embrace hand give show introduce".split())


def _addressed(ctx: Context, noun: Token, verb: Token) -> list[tuple[int, int]]:
    """`At a summit in March, A was caught asking B for ...`, `During the meeting, A told B that ...`: at
    the meeting the clause's subject said or gave something to a person, face to face."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during") or noun.head.head != verb:
        return []
    if not (verb.tag_ in _PAST_OR_PRESENT or _participle_of_past(verb)) or modality(verb).kind != ASSERTED:
        return []
    hosts = _people(ctx, _subjects(verb))
    guests = []
    for v in [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]:
        if lemma_in(v, _ADDRESS_VERBS) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            guests += _people(ctx, [c for c in v.children if c.dep_ in ("dobj", "dative")])
    return [(a, b) for a in hosts for b in guests if a != b]


_FRAME_START = re.compile(r"(?:In|At|During|After|Following)\s+their\s+(?:[\w-]+\s+){0,3}(?:" +
                          "|".join(sorted(W.MEETING_NOUNS - {"phone", "telephone"})) + r")\b[^,;:]{0,80},\s*")
_TITLE_WORDS = re.compile(r"^(?:(?:the|[A-Z][\w.'-]*)\s+)*$")


def framed_pair(ctx: Context, sent: Sentence) -> None:
    """`In their first meeting since ..., President A and Russian President B called for ...`: the same as
    `_framed`, read from the words when the parse of the long opening went astray: the clause after the
    comma opens with two people joined by "and" (titles only around them) and a verb in the past tense."""
    match = _FRAME_START.match(ctx.text, sent.start, sent.end)
    if match is None:
        return
    people = [(i, m) for i, m in sent.of_type("Person") if m.start >= match.end()]
    if len(people) < 2:
        return
    (a, ma), (b, mb) = people[:2]
    if not _TITLE_WORDS.match(ctx.text[match.end():ma.start]) or \
            not re.fullmatch(r"\s+and\s+(?:(?:the|[A-Z][\w.'-]*)\s+)*", ctx.text[ma.end:mb.start]):
        return
    span = ctx.doc.char_span(mb.end, sent.end, alignment_mode="expand")
    verb = next((t for t in span or () if not t.is_punct), None) if span is not None else None
    if verb is None or verb.tag_ != "VBD" or lemma_in(verb, MODALS):
        return
    ctx.emit("met", a, b, sent, "rule:met-frame", 0.75, None, False)


def _compound_people(ctx: Context, noun: Token) -> list[int]:
    """`the Trump-Putin summit`, `the Moon-Kim meeting`: the people whose surnames stand before the noun,
    each the only person of that surname the article names."""
    found = []
    for tok in (c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"):
        for part in (t for t in tok.subtree if t.pos_ == "PROPN"):
            i = ctx.mention_at(part)
            if i is None or ctx.mentions[i].type != "Person":
                bearers = {j for j, m in enumerate(ctx.mentions) if m.type == "Person" and m.normal.split()[-1:] == [part.text]}
                names = {ctx.mentions[j].normal for j in bearers}
                i = min(bearers) if len(names) == 1 else None
            if i is not None and i not in found:
                found.append(i)
    return found


def _located(ctx: Context, verb: Token, place: int) -> bool:
    """`met ... in Geneva`: the place is the object of the verb's `in`."""
    root = ctx.root(place)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head == verb


def is_state_actor(ctx: Context, i: int) -> bool:
    """A state (any place standing for one) or a body that acts for states; not an NGO, an outlet or a firm."""
    m = ctx.mentions[i]
    if m.type == "Place":
        return True
    if m.type != "Organization":
        return False
    entry = ctx.entry(i)
    names = [m.normal or m.text, m.text]
    if entry is not None:
        names += [entry.label, *entry.aliases, *entry.descriptions]
    words = {w.strip(".,'").lower() for name in names for w in name.split()}
    return bool(words & W.STATE_BODY_WORDS)


# Posts whose holder signs, ratifies or leaves a treaty for the state: "Obama withdrew from ..." (not a deputy).
_STATE_POSTS = ("president", "prime minister", "chancellor", "premier", "king", "queen", "emperor", "supreme leader",
                "foreign minister", "secretary of state", "foreign secretary")


def _state_of(ctx: Context, i: int) -> int | None:
    """The country person `i` acts for when they sign or leave a treaty: the one country this article
    (so far) names them head of state or government or foreign minister of; else None."""
    surname = ctx.mentions[i].normal.split()[-1:]
    found = {}
    for r in ctx.relations:
        if r.predicate != "holdsPosition" or not r.role or ctx.mentions[r.subject].normal.split()[-1:] != surname:
            continue
        role = r.role.lower()
        if not role.endswith(_STATE_POSTS) or any(w in role.split() for w in ("vice", "deputy", "assistant", "under")):
            continue
        entry = ctx.entry(r.object)
        if entry is not None and entry.subtype == "Country":
            found.setdefault(entry.id, r.object)
    return next(iter(found.values())) if len(found) == 1 else None


def _treaty_verb(ctx: Context, root: Token) -> tuple[Token, str] | None:
    """The verb whose object (or subject, passive) the treaty is, with the role it plays."""
    token = root
    # "the New START treaty": the mention is a modifier of a treaty noun outside it.
    if token.dep_ in ("compound", "amod", "nmod", "appos") and token.head.lower_ in W.TREATY_NOUNS:
        token = token.head
    for clause in token.children:
        if clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN"):
            return clause, "relative"  # "the treaty that the Senate ratified", "the treaty signed by X"
    if token.dep_ == "dobj":
        return token.head, "object"
    if token.dep_ == "nsubjpass":
        return token.head, "passive"
    if token.dep_ == "pobj":
        prep = token.head
        head = prep.head
        if head.dep_ in ("prep", "prt") and head.lower_ == "out":
            head = head.head  # "pulled out of the treaty"
        if head.pos_ == "NOUN" and head.lower_ in W.TREATY_LINK_NOUNS and head.dep_ in ("dobj", "pobj"):
            head = head.head if head.dep_ == "dobj" else head.head.head
        if head.pos_ in ("VERB", "AUX"):
            return head, "object"
    return None


def _agent(verb: Token) -> list[Token]:
    return [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]


def treaty_actions(ctx: Context, sent: Sentence) -> None:
    """`Russia suspended its participation in the CFE`, `the treaty that the Senate ratified`."""
    for ti, _ in sent.of_type("Treaty"):
        root = ctx.root(ti)
        found = _treaty_verb(ctx, root) if root is not None else None
        if found is None:
            continue
        verb, how = found
        action = W.TREATY_VERBS.get(lemma_in(verb, W.TREATY_VERBS) or "")
        if action is None:
            continue
        if lemma_in(verb, {"pull"}) and not any(c.lower_ == "out" for c in verb.children):
            continue
        mod = modality(verb, accusation=action == "violated")
        if mod.kind not in (ASSERTED, CLAIMED):
            continue
        # "Russia signed T", "T that the Senate ratified": the subject; "T was signed by X": the agent.
        active = how == "object" or any(c.dep_ == "nsubj" for c in verb.children)
        subjects = _subjects(verb) if active else _agent(verb)
        moved = [c for c in verb.children if c.dep_ == "dobj" and (i := ctx.mention_at(c)) is not None and i != ti]
        if action == "withdrew" and how == "object" and moved:
            subjects = moved  # "Trump pulled the U.S. out of the treaty": the country moved, not the mover
        if action == "signed" and active:  # "Nixon signed the ABM Treaty with the Soviet Union": the partner too
            subjects = subjects + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                                   for o in p.children if o.dep_ == "pobj"]
        if mod.kind == CLAIMED and mod.accused is not None:
            subjects = [mod.accused]  # "accused Russia of violating the treaty": Russia, not the accuser
        claimant = ctx.mention_at(mod.claimant) if mod.kind == CLAIMED else None
        for subj in subjects:
            for tok in _with_conjuncts(subj):
                pi = ctx.mention_at(tok)
                if pi is not None and action != "violated" and ctx.mentions[pi].type == "Person":
                    pi = _state_of(ctx, pi)  # "Obama signed the treaty": the United States signed it
                if pi is None or pi == ti or not is_state_actor(ctx, pi):
                    continue
                ctx.emit("partyTo", pi, ti, sent, "rule:treaty-action", 0.8, action,
                         claimed=mod.kind == CLAIMED, claimant=claimant)


def treaty_parties(ctx: Context, sent: Sentence) -> None:
    """`the treaty between the United States and the Soviet Union`: both are parties."""
    for ti, _ in sent.of_type("Treaty"):
        root = ctx.root(ti)
        if root is None:
            continue
        if root.dep_ in ("compound", "amod", "nmod", "appos") and root.head.lower_ in W.TREATY_NOUNS:
            root = root.head
        # "New START -- an agreement between the United States and Russia --": the noun beside the name
        nouns = [root] + [c for c in root.children if c.dep_ == "appos" and c.lower_ in W.TREATY_NOUNS]
        for noun in nouns:
            parties = [i for tok in _objects(noun, ("between",)) for t in _with_conjuncts(tok)
                       if (i := ctx.mention_at(t)) is not None and i != ti and is_state_actor(ctx, i)]
            if len(parties) > 1:
                for pi in dict.fromkeys(parties):
                    ctx.emit("partyTo", pi, ti, sent, "rule:treaty-between", 0.75, "party")
            # "its INF Treaty with Russia", "the INF Treaty, a key pact with Russia": the other party
            for tok in _objects(noun, ("with",)):
                for t in _with_conjuncts(tok):
                    if (i := ctx.mention_at(t)) is not None and i != ti and is_state_actor(ctx, i):
                        ctx.emit("partyTo", i, ti, sent, "rule:treaty-with", 0.75, "party")


_APPOSITIVE_BETWEEN = re.compile(r"\s*(?:--|\u2014|\u2013|,|\()\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:" +
                                 "|".join(sorted(W.TREATY_NOUNS)) + r")\s+between\s+", re.I)


def treaty_appositive(ctx: Context, sent: Sentence) -> None:
    """`New START -- an agreement between the United States and Russia --` read from the words (the
    parse seldom keeps a dashed appositive on its name): the states listed after "between" are parties."""
    for ti, treaty in sent.of_type("Treaty"):
        match = _APPOSITIVE_BETWEEN.match(ctx.text, treaty.end, sent.end)
        if match is None:
            continue
        parties, at = [], match.end()
        for i, m in sent.mentions:
            if m.start < at:
                continue
            if not re.fullmatch(r"(?:\s*(?:,|and|the)\s*)*", ctx.text[at:m.start], re.I) or not is_state_actor(ctx, i):
                break
            parties.append(i)
            at = m.end
        if len(parties) > 1:
            for pi in dict.fromkeys(parties):
                ctx.emit("partyTo", pi, ti, sent, "rule:treaty-between", 0.75, "party")


_PARTY_NOUNS = frozenset("member members party parties signatory signatories signer signers".split())
# Nouns of treaty actions: "Russia's suspension of the treaty", "the U.S. withdrawal from the INF".
_ACTION_NOUNS = {"obligations": "party", "commitments": "party", "withdrawal": "withdrew", "exit": "withdrew", "pullout": "withdrew", "departure": "withdrew",
                 "suspension": "suspended", "ratification": "ratified", "accession": "signed", "signing": "signed"}


def treaty_action_nouns(ctx: Context, sent: Sentence) -> None:
    """`Russia's suspension of the CFE treaty`, `the U.S. withdrawal from the INF treaty`: the possessor or
    the country before the noun took the action; not a possible, planned or demanded one."""
    for ti, _ in sent.of_type("Treaty"):
        root = ctx.root(ti)
        if root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in W.TREATY_NOUNS:
            root = root.head
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("from", "of", "to", "under"):
            continue
        noun = root.head.head
        action = _ACTION_NOUNS.get(noun.lower_)
        if (action == "party") != (root.head.lower_ == "under"):
            continue  # "Russia's obligations under the treaty"; not "the obligations of the treaty"
        if action is None or noun.pos_ != "NOUN" or any(c.lower_ in _NOT_YET | {"possible", "threatened"}
                                                         for c in noun.lefts):
            continue
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and (lemma_in(verb, IRREALIS_VERBS | W.CANCEL_VERBS | {"threaten", "demand", "warn"})
                                 or modality(verb).kind in (DENIED, IRREALIS)):
            continue
        holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        for tok in holders:
            pi = ctx.mention_at(tok)
            if pi is None and tok.dep_ in ("amod", "compound"):
                pi = ctx.country_mention(tok.text, tok.idx, sent.idx)  # "the American withdrawal"
            if pi is not None and pi != ti and is_state_actor(ctx, pi):
                ctx.emit("partyTo", pi, ti, sent, "rule:treaty-noun", 0.75, action)



def treaty_members(ctx: Context, sent: Sentence) -> None:
    """`The United States is a party to the treaty`, `Iran, a signatory of the NPT`: a party to it."""
    for ti, _ in sent.of_type("Treaty"):
        root = ctx.root(ti)
        if root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in W.TREATY_NOUNS:
            root = root.head
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("of", "to"):
            continue
        noun = root.head.head
        if noun.lower_ not in _PARTY_NOUNS:
            continue
        listed = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"
                  for t in c.children if t.dep_ == "pobj"]
        if listed:
            holders, verb = listed, None  # "signatories of the CWC, including Syria"
        elif noun.dep_ == "appos":
            holders, verb = [noun.head], None  # "Iran, a signatory of the NPT"
        elif noun.dep_ == "attr" and lemma_in(noun.head, {"be", "become", "remain"}):
            verb = noun.head
            holders = _subjects(verb)
        elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and lemma_in(noun.head.head, {"be", "remain"}):
            verb = noun.head.head  # "Russia and China are among the signatories of the treaty"
            holders = _subjects(verb)
        else:
            continue
        if verb is not None and modality(verb).kind != ASSERTED:
            continue
        if any(c.dep_ == "neg" for c in noun.children):
            continue
        for tok in holders:
            for t in _with_conjuncts(tok):
                pi = ctx.mention_at(t)
                if pi is not None and pi != ti and is_state_actor(ctx, pi):
                    ctx.emit("partyTo", pi, ti, sent, "rule:treaty-member", 0.8, "party")


_PAIR_BEFORE = re.compile(r"(?P<a>\b[A-Z][\w.]*[\w.])\s*-\s*(?P<b>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}$")


def treaty_pairs(ctx: Context, sent: Sentence) -> None:
    """`the U.S.-Russia New START treaty`, `the U.S.-Soviet INF treaty`: the two countries are its parties."""
    for ti, treaty in sent.of_type("Treaty"):
        match = _PAIR_BEFORE.search(ctx.text[max(sent.start, treaty.start - 60):treaty.start])
        if match is None or re.search(r"[.;:,!?]", ctx.text[match.end("b") + max(sent.start, treaty.start - 60):treaty.start]):
            continue
        base = max(sent.start, treaty.start - 60)
        found = []
        for group in ("a", "b"):
            word, start = match.group(group), base + match.start(group)
            entry = ctx.gazetteer.country_for_demonym(word) or ctx.gazetteer.lookup_name(word)
            if entry is None or entry.subtype != "Country":
                break
            i = ctx.mention_at_char(start)
            i = i if i is not None and ctx.mentions[i].key == entry.id else ctx.country_mention(word, start, sent.idx)
            if i is None:
                i = ctx.add_mention(Mention(text=word, start=start, end=start + len(word), type="Place",
                                            sentence=sent.idx, key=entry.id, method="rule:treaty-pair",
                                            normal=entry.label))
            found.append(i)
        if len(found) == 2 and found[0] != found[1]:
            for pi in found:
                ctx.emit("partyTo", pi, ti, sent, "rule:treaty-pair", 0.75, "party")


def extract(ctx: Context, sent: Sentence) -> None:
    """Meetings and treaty actions of one sentence."""
    if len(sent.of_type("Person")) > 0 or _NAMELESS_MEETING.search(ctx.text, sent.start, sent.end):
        span = ctx.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        # one pass over the tokens (making Token objects is what costs): verbs and meeting nouns only
        tokens = [t for t in span or () if t.pos_ in ("VERB", "AUX") or t.lower_ in W.MEETING_NOUNS
                  or t.lower_ in W.APPEARANCE_NOUNS]
        noun_meetings(ctx, sent, tokens, meetings(ctx, sent, tokens))
        framed_pair(ctx, sent)
    treaty_actions(ctx, sent)
    treaty_parties(ctx, sent)
    treaty_appositive(ctx, sent)
    treaty_members(ctx, sent)
    treaty_action_nouns(ctx, sent)
    treaty_pairs(ctx, sent)
