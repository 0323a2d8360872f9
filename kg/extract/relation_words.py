"""Word lists and phrase patterns for typed relations: general English, never taken from articles."""
from __future__ import annotations

import re

# Nouns that head a role title: "Deputy Foreign *Minister*", "Secretary *General*".
ROLE_HEADS = frozenset(
    """minister secretary president chairman chairwoman chair ambassador spokesman spokeswoman
    spokesperson director head chief envoy representative chancellor premier commander counterpart
    leader governor mayor senator general king queen emperor diplomat ministers presidents
    secretaries ambassadors leaders""".split()
)
ROLE_MODIFIERS = frozenset(
    """deputy vice foreign defense defence first acting former state prime top senior permanent special
    interior finance economy economic trade justice energy assistant under undersecretary executive
    press national security adviser advisor chief general of then late""".split()
)
PAST_MARKERS = ("former", "then", "late", "at that time", "at the time", "formerly", "ex-")
# Role heads that mean working at a body rather than holding a post in it.
AFFILIATION_HEADS = frozenset(
    """professor expert analyst researcher fellow scholar scientist lecturer economist member
    spokesman spokeswoman spokesperson employee staffer correspondent journalist reporter editor
    columnist student graduate teacher""".split()
)
# Before a state and a treaty action: a condition or a possibility, not a fact.
CONDITIONAL = re.compile(r"\b(if|unless|whether|could|would|might|may|threat\w*|decides?|consider\w*)\b", re.I)
NEGATION = re.compile(r"\b(not|n't|never|no longer|refused to|declined to|cancel(?:l?ed)?)\b", re.I)
FUTURE = re.compile(r"\b(will|would|shall|plans? to|planning to|going to|expected to|is to|are to|"
                    r"scheduled to|intends? to|hopes? to|wants? to|may|might|could|ready to|to meet)\b", re.I)
# Between two people, in order: "met with", "held talks with", "spoke by phone with".
# After "with", only a title may stand before the other person: "talks with his Belarusian
# counterpart X", "met with NATO Secretary General X"; not "talks with Russia's ambassador before X".
_TITLE_GAP = (r"(?:\s+(?:[A-Z][\w.'\u2019-]*|(?i:his|her|their|the|its|counterpart|president|minister|"
              r"secretary|general|prime|foreign|defen[cs]e|of|state|vice|chancellor|leader)|-|,))*\s*")
MET_BETWEEN = re.compile(
    r"\b(?i:met|meets|meeting|talks|talked|spoke|conversation|negotiations|summit)\b[^.;]{0,60}?"
    r"\b(?i:with|and)\b" + _TITLE_GAP + "$")
# Before two people: "the meeting of/between X and Y".
MET_BEFORE = re.compile(r"\b(meeting|talks|summit|negotiations)\s+(of|between)\b[^.;]{0,40}$", re.I)
HEADQUARTERS_BETWEEN = re.compile(
    r"^\s*,?\s*(?:whose\s+headquarters\s+(?:is|are)\s+(?:located\s+|situated\s+|based\s+)?in|"
    r"(?:which\s+is\s+|is\s+|being\s+)?(?:headquartered|based)\s+in|headquarters\s+in|"
    r"with\s+(?:its\s+)?headquarters\s+in)\s*$", re.I)
# Between a state or body and a treaty: the action it took.
TREATY_ACTIONS = (
    ("withdrew", re.compile(r"\b(withdr[ae]w(?:n|s|ing)?|pull(?:ed|s|ing)? out|exit(?:ed|s)?|quit|left|"
                            r"walk(?:ed)? away)\b(?:\s+\w+){0,3}\s+(from|of)?\s*$", re.I)),
    ("suspended", re.compile(r"\bsuspend(?:ed|s|ing)?\b(?:\s+\w+){0,4}\s*(in|of)?\s*$", re.I)),
    ("accused of violating", re.compile(r"\baccus\w*\b.*\bviolat\w*\b(?:\s+\w+){0,3}\s*$", re.I)),
    ("violated", re.compile(r"\b(violat(?:ed|es|ing)|breach(?:ed|es)?)\b(?:\s+\w+){0,3}\s*$", re.I)),
    ("ratified", re.compile(r"\bratif(?:ied|ies|y)\b(?:\s+\w+){0,3}\s*$", re.I)),
    ("signed", re.compile(r"\b(signed|signs|signatory to|joined|acceded to)\b(?:\s+\w+){0,3}\s*$", re.I)),
)
