"""Is a relation a verb states asserted, denied, only planned, or someone's claim? Read from the parse.

"Russia has denied violating the treaty" (denied), "Trump will meet Putin" (planned), "the U.S.
accused Russia of violating the treaty" (a claim by the U.S., about Russia). The verb that states
the relation is followed up through the clauses that embed it (xcomp, ccomp, pcomp, advcl).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

ASSERTED, DENIED, IRREALIS, CLAIMED = "asserted", "denied", "irrealis", "claimed"

MODALS = frozenset("will would shall should could might may must 'll can".split())
# Verbs that deny the clause they embed.
DENY_VERBS = frozenset("deny refute reject dismiss dispute".split())
# Verbs that make the clause they embed an accusation: always a claim, never a fact.
ACCUSE_VERBS = frozenset("accuse allege claim charge blame suspect".split())
# Speech verbs: what they report is a claim when the relation is itself an accusation (a violation).
SAY_VERBS = frozenset("say tell state insist argue assert believe think contend maintain write warn".split())
# Verbs whose embedded clause has not happened (yet): "plans to meet", "threatened to withdraw".
IRREALIS_VERBS = frozenset(
    """plan intend hope expect want seek aim prepare threaten consider propose offer agree promise vow
    wish try attempt schedule set invite urge ask call push decide refuse decline fail""".split())
CLAIM_ADVERBS = frozenset("allegedly reportedly purportedly supposedly".split())
# Nouns whose "of"/"for" phrase has not happened (yet): "the possibility of a meeting between A and B",
# "plans for a summit with X".
IRREALIS_NOUNS = frozenset(
    """possibility possibilities prospect prospects chance chances idea ideas plan plans proposal proposals
    offer offers request requests invitation invitations hope hopes likelihood option options""".split())
_EMBED = ("xcomp", "ccomp", "pcomp", "advcl", "conj", "prep", "acl", "relcl", "pobj")


@dataclass(frozen=True, slots=True)
class Modality:
    """How a verb's relation stands: asserted, denied, irrealis (planned, possible) or claimed."""

    kind: str
    claimant: Token | None = None  # who claims it (the subject of "accused", "says")
    accused: Token | None = None  # "accused Russia of violating": the subject of the claimed relation


_IRREGULAR = {"said": "say", "told": "tell", "thought": "think", "wrote": "write", "sought": "seek",
              "met": "meet", "spoke": "speak", "spoken": "speak", "held": "hold", "had": "have", "has": "have",
              "left": "leave", "withdrew": "withdraw", "withdrawn": "withdraw", "began": "begin",
              "took": "take", "led": "lead", "withheld": "withhold", "ran": "run", "is": "be", "was": "be", "are": "be", "were": "be",
              "been": "be", "became": "become", "made": "make", "broke": "break", "broken": "break"}


@lru_cache(maxsize=4096)
def _forms(word: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected English verb (the pipeline runs without a lemmatizer)."""
    word = word.lower()
    if word in _IRREGULAR:
        return (_IRREGULAR[word],)
    forms = [word]
    for suffix, repls in (("ied", ("y",)), ("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")),
                          ("es", ("", "e")), ("s", ("",))):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)]
            forms += [stem + r for r in repls]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "planned" -> "plan"
    return tuple(forms)


def lemma_in(token: Token, lexicon: frozenset | set | dict) -> str | None:
    """The base form of `token` that `lexicon` holds, or None."""
    return next((f for f in _forms(token.text) if f in lexicon), None)


CONDITIONS = frozenset("if unless whether".split())  # "whether X breached it": a question, no event either


def own_markers(verb: Token) -> str | None:
    """DENIED, IRREALIS or CLAIMED as the verb's own words mark it (not, will, to, allegedly); else None."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return DENIED
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        return IRREALIS
    if any(c.dep_ == "advmod" and c.lower_ in CLAIM_ADVERBS for c in children):
        return CLAIMED
    # "to meet": an infinitive states no event of its own.
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return IRREALIS
    return None


def prospect_of(token: Token) -> bool:
    """`token` is a preposition of a noun that names what has not happened: "(the possibility) of"."""
    return token.dep_ == "prep" and token.lower_ in ("of", "for") and token.head.lower_ in IRREALIS_NOUNS


def modality(verb: Token, accusation: bool = False) -> Modality:
    """How the relation stated by `verb` stands; `accusation`: speech verbs also make it a claim."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        # "warned that if Tehran violates the deal, ...": a condition states no event, nor anyone's claim of one
        return Modality(IRREALIS)
    mark = own_markers(verb)
    if mark == DENIED:
        return Modality(DENIED)
    if mark == CLAIMED:
        return Modality(CLAIMED)
    irrealis = mark == IRREALIS
    token, hops = verb, 0
    while token.dep_ in _EMBED and token.head is not token and hops < 5:
        token, hops = token.head, hops + 1
        if token.pos_ not in ("VERB", "AUX"):
            continue
        own = own_markers(token)
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma_in(token, DENY_VERBS):
            return Modality(DENIED)
        if lemma_in(token, ACCUSE_VERBS) or (accusation and lemma_in(token, SAY_VERBS)):
            accused = next((c for c in token.children if c.dep_ == "dobj"), None)
            return Modality(CLAIMED, subject, accused)
        if own == DENIED:  # "did not say that Iran was withdrawing": neither stated nor denied
            return Modality(IRREALIS) if lemma_in(token, SAY_VERBS) else Modality(DENIED)
        if lemma_in(token, IRREALIS_VERBS) or own == IRREALIS:
            irrealis = True
    return Modality(IRREALIS) if irrealis else Modality(ASSERTED)
