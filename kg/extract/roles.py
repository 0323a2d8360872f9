"""Posts and affiliations: `UK Defense Secretary X`, `X, a spokesman for Y`, `Russia's envoy to NATO, X`,
`X of the Arms Control Association`, `CNN's X` (party tags, members of Congress, bylines and
columns are in kg.extract.affiliations; `extract` runs both on each sentence).

A body is only taken when it is attached to the title: written right before it (`NATO Secretary
General`, `Russia's President`, `Russian President`), or its possessor, or the object of its `of`,
`for`, `at`, `with` (dependency parse). Never another organisation that happens to share the sentence.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.lang.en import relation_words as W
from kg.places import place_index
from kg.extract.affiliations import (bylines, congress_members, name_outlet_lines, parties_and_columns, party_members,
                                     party_mention, party_tags, service_ranks, unnamed_sources, us_states)
from kg.extract.modality import ASSERTED, lemma_in, modality
from kg.extract.posts import (CONGRESS_TITLES, MEMBER_TITLES, earlier_country, known_post, officeholder_post,
                              owner_post, predecessors, sender_before, sole_unknown_holder, the_country, us_post)
from kg.extract.relations import Context, Sentence
from kg.model import Mention

_APPOSITION = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?P<clause>(?:who|which)\s+(?:[\w ]{0,30}?\s+)?(?:was|is|has been|had been|became|served as)\s+)?"
    r"(?:(?:a|an|the|his|her)\s+)?(?P<role>(?:[\w.-]+\s+){0,4}?[\w-]+)\s+(?:of|at|for|with)(?:\s+the)?\s*$",
    re.I)
_ROLE_BEFORE = re.compile(r"(?:^|\b)(?:the\s+)?(?P<role>(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+of\s+(?:the\s+)?$", re.I)
# "X of the Y", "X from the Y", "X of the main opposition Y" (lower-case words only: no other name between)
# "a letter to X from the White House": X is the one it went to, not one of the White House's people
_SENT_FROM = re.compile(r"\b(?:to|for|with|by|against|on|at|toward|towards)\s+$", re.I)
# ("X of the corporate law firm of Y": a firm's kind, then its name after "of")
_OF_BODY = re.compile(r"^(?:\s+(?:of|from)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,3}(?:(?<=firm\s)of\s+)?)?|"
                      r"\s*,\s*\d{1,3}\s*,\s+(?:of|from)\s+the\s+(?:[a-z][\w-]*\s+){0,3})$")  # "X, 44, of Y" is a hometown
# "Sen. X of Idaho": a name right after another name and "of" is a place, whatever it was tagged.
_AFTER_NAME_OF = re.compile(r"[A-Z][\w.]+\s+of\s+(?:(?:New|North|South|West|Rhode)\s+)?$")  # ("of New Hampshire")
# "Michael Kofman at the Wilson Center": works there; "Trump at the White House" is only where he is.
_TAG = re.compile(r"\s*,\s*[RDI]\s*[-\u2013]\s*[A-Z][\w.]{1,14}(?=\s*,)")  # ", D-Calif." before ", chairman of"
_TAG_STATE = re.compile(r"[RDI]\s*[-\u2013]\s*$")  # what stands before the state of a party tag
# ", X" or ", Rep. X" after "the chairman of the committee": the name the title before it is given to
_TITLED_COMMA = re.compile(r"\s*,\s*(?:(?:Rep|Sen|Gov|Gen|Adm|Lt|Col|Dr|Mr|Mrs|Ms)\.\s*)?")
_AT_BODY = re.compile(r"^\s+at\s+(?:the\s+)?$")
_INSTITUTION = re.compile(r"\b(?:Institut\w*|University|College|School|Center|Centre|Council|Foundation|Endowment|"
                          r"Academy|Laboratory|Fund|Society|Association)\b")
_BODY_PREPOSITIONS = frozenset("of for at with".split())
_DETERMINERS = frozenset("the a an his her its their own now another".split())  # ("Psaki, now White House ...")
# Words of a title's time, not of the title: "the new foreign minister", "former President".
_NOT_IN_TITLE = frozenset("former then late new current longtime outgoing incoming sitting retired".split())
# Words that lead a list item into a sentence, never part of the title after them.
_LEAD_INS = frozenset("including among especially notably".split())
# Ranks that may stand before the body a title names ("Acting White House chief of staff X").
_RANKS = frozenset("deputy acting assistant associate vice principal interim".split())
_TITLE_SCAN = W.ROLE_HEADS | W.ROLE_MODIFIERS | W.AFFILIATION_HEADS | W.ROLE_ABBREVIATIONS.keys()


def role_title(words: list[str]) -> str | None:
    """The role title that `words` start with ("Deputy Foreign Minister", "Secretary of State",
    "professor [of political science]"), title-cased; None when the words hold no role."""
    while words and words[0].lower() in _LEAD_INS:
        words = words[1:]  # "experts, including the governor of the Bank of England, X": Governor
    raw = [w.lower() for w in words]
    # ("director of the fund and its board": no unit of fields after a determiner)
    determined = "of" in raw and any(w in _DETERMINERS for w in raw[raw.index("of"):])
    words = [W.ROLE_ABBREVIATIONS.get(w.lower(), w) for w in words if w.lower() not in _DETERMINERS]
    lower = [w.lower() for w in words]
    title_words = W.ROLE_HEADS | W.AFFILIATION_HEADS
    heads = [i for i, w in enumerate(lower) if w in title_words]
    if not heads or any(w not in W.ROLE_MODIFIERS and not (k >= heads[0] - 2 and _field_word(words[k]))
                        for k, w in enumerate(lower[:heads[0]])):
        return None  # ("metals economist", "law professor": the field may stand right before the head)
    end = heads[0] + 1
    # "Secretary General", "Secretary of State": a title may go on after its first head.
    while end < len(lower) and lower[end] in title_words | W.ROLE_MODIFIERS:
        if lower[end] == "of" and (end + 1 >= len(lower) or lower[end + 1] not in title_words | W.ROLE_MODIFIERS):
            break
        end += 1
    tail = lower[end:]
    if tail and (tail[0] not in ("of", "for", "in", "on", "to", "and") or len(tail) > 5):
        return None  # "minister of intelligence and strategic affairs" goes on with "and"
    kept = [w for w in words[:end] if w.lower() not in _NOT_IN_TITLE]
    if not kept:
        return None
    if lower[end - 1] in W.UNIT_HEADS and 2 <= len(tail) <= 3 and tail[0] == "of" \
            and all(w.isalpha() and w.islower() for w in words[end + 1:]):
        kept += words[end:]  # "head of analysis [at Rystad]": the head of a unit, not of the firm
    unit = [] if determined else _unit_of(words[heads[0] + 1:])
    if lower[heads[0]] in W.UNIT_HEADS and unit and len(unit) > len(words) - heads[0] - 1 - len(tail) \
            and all(w.lower() not in _NOT_IN_TITLE for w in unit):
        # "director of policy and government affairs [for the Fund]": a unit of two fields
        kept = [w for w in words[:heads[0] + 1] if w.lower() not in _NOT_IN_TITLE] + unit
    half = len(kept) // 2
    if len(kept) % 2 == 0 and [w.lower() for w in kept[:half]] == [w.lower() for w in kept[half:]]:
        kept = kept[:half]  # "Prime Minister Prime Minister X": a caption glued to the next one
    role = " ".join(w if w.lower() in ("of", "and") else w[:1].upper() + w[1:].lower() for w in kept)
    last = role.split()[-1].lower()
    if last in ("ministers", "presidents", "secretaries", "ambassadors", "leaders"):
        role = role[:-3] + "y" if role.endswith("ies") else role[:-1]
    return role


def _unit_of(words: list[str]) -> list[str]:
    """`of policy and government affairs`: "of" and lower-case field words joined by one "and" (all the words),
    or [] when the words are not that."""
    if words and words[-1] in _BODY_PREPOSITIONS:
        words = words[:-1]  # "[director] of policy and government affairs for [the Fund]"
    if len(words) < 4 or len(words) > 6 or words[0] != "of" or "and" not in words[2:-1] or words.count("and") > 1:
        return []
    return words if all(_field_word(w) or w == "and" for w in words[1:]) else []


_NOT_FIELDS = frozenset("and or but who which that is was are were has had said says of to for with by as not also "
                        "very most more only just once keynote guest featured favored favoured favorite favourite "
                        "preferred possible potential likely".split())  # "the keynote speaker at the forum"


def _field_word(word: str) -> bool:
    """A lower-case word naming a field before a title head ("metals" economist, "law" professor)."""
    return word.isalpha() and word.islower() and word not in _NOT_FIELDS


def _is_past(text: str) -> bool:
    low = text.lower()
    return any(marker in low for marker in W.PAST_MARKERS)


def _predicate(role: str) -> str:
    head = role.split()[-1].lower()
    return "affiliatedWith" if head in W.AFFILIATION_HEADS else "holdsPosition"


def _nationality(ctx: Context, role: str, body: int) -> bool:
    """`a Moscow lawyer`, `a French engineer`, `U.S. attorney`: a place before a word of working at a body
    says where the person is from or practises, not an employer (a spokesman speaks for it)."""
    return _predicate(role) == "affiliatedWith" and ctx.mentions[body].type == "Place" \
        and not role.lower().startswith("spokes")


def _party_before(ctx: Context, offset: int, sent: Sentence) -> int | None:
    """A party adjective right before `offset` (`Republican` in `Republican House Speaker X`)."""
    match = re.search(r"\b(?P<w>Republican|Democratic|Democrat|GOP)\s+$", ctx.text[max(sent.start, offset - 14):offset])
    if match is None:
        return None
    start = offset - len(match.group(0))
    return party_mention(ctx, match.group("w"), start, start + len(match.group("w")), sent)


_TOLD = re.compile(r"\b(?:told|tells|telling|asked|informed|interviewed|thanked|said\s+to)\s+(?:the\s+)?$", re.I)


def _not_a_body(ctx: Context, i: int, sent: Sentence) -> bool:
    """The mention before a title is the addressee of a verb (`told CNN President X`) or the cut end of a
    longer name (`New Mexico Gov. X` read as Mexico): it is not the body of the post."""
    before = ctx.text[max(sent.start, ctx.mentions[i].start - 20):ctx.mentions[i].start]
    return bool(_TOLD.search(before) or re.search(r"\bNew\s+$", before))


def title_before(ctx: Context, sent: Sentence, pi: int, person: Mention) -> None:
    """`Russian Deputy Foreign Minister X`, `NATO Secretary General X`, `Russia's President X`, `CNN's X`."""
    span = ctx.span(pi)
    if span is None:
        return
    i = _skip_honorifics(ctx, span.start - 1, sent)
    if i >= 4 and ctx.doc[i].text == "," and ctx.mention_at(ctx.doc[i - 1]) is not None \
            and ctx.doc[ctx.span(ctx.mention_at(ctx.doc[i - 1])).start - 1].lower_ in ("to", "the"):
        i -= 1  # "U.S. Ambassador to the UN, Susan Rice": the title and its post's place before a comma
    role_words, body, country, party, start_char = [], None, None, None, person.start
    to_body, department = None, None
    while i >= 0 and ctx.doc[i].idx >= sent.start:
        tok = ctx.doc[i]
        if "\n" in tok.text_with_ws:
            break  # a title never runs across a line break ("USA TODAY\n\nJim Doe")
        if i >= 2 and ctx.doc[i - 1].text == "-" and ctx.doc[i - 2].lower_ in ("pro", "anti") \
                and ctx.doc[i - 2].idx >= sent.start:
            i -= 3  # "Ukraine's pro-Russian former president X", "pro-Kremlin": a leaning, not the post's country
            continue
        owner = ctx.mention_at(tok)
        if owner is not None and owner != pi and _beat(ctx, owner, role_words):
            i = ctx.span(owner).start - 1  # "ABC News White House correspondent X": the outlet before the beat
            if ctx.doc[i].text in ("'s", "\u2019s"):
                i -= 1
            continue
        if owner is not None and owner != pi and ctx.mentions[owner].type in ("Organization", "Place") \
                and _subject_area(ctx, owner, role_words):
            break  # "Middle East adviser X", "Syria envoy X": the place is the portfolio, not the body
        if owner is not None and owner != pi and ctx.mentions[owner].type == "Organization" and not role_words \
                and ctx.mentions[owner].text.startswith("State ") and ctx.span(owner) is not None \
                and ctx.span(owner).start >= 3 and ctx.doc[ctx.span(owner).start - 1].lower_ == "of" \
                and ctx.doc[ctx.span(owner).start - 2].lower_ == "secretary" \
                and ctx.doc[ctx.span(owner).start - 3].lower_ in ("assistant", "deputy"):
            # "Assistant Secretary of State for African Affairs X": the model cut a body out of a US title (a
            # British "Secretary of State for Defence" has no assistant or deputy rank before it)
            role_words, start_char, i = ["State"], ctx.doc[ctx.span(owner).start].idx, ctx.span(owner).start - 1
            continue
        if owner is not None and owner != pi and ctx.mentions[owner].type in ("Organization", "Place"):
            first = ctx.span(owner).start if ctx.span(owner) is not None else i
            to = first - 2 if first >= 2 and ctx.doc[first - 1].lower_ == "the" else first - 1
            if to_body is None and not role_words and to >= 1 and ctx.doc[to].lower_ == "to" \
                    and ctx.doc[to - 1].lower_ in W.TO_ROLE_HEADS:
                # "U.S. Ambassador to (the) UN X": the UN is where the post is, the body comes before it
                to_body, i = ctx.mentions[owner].normal or ctx.mentions[owner].text, to - 1
                continue
            if _not_a_body(ctx, owner, sent) and not (role_words and role_words[-1].lower() in W.AFFILIATION_HEADS):
                break  # ("told CNN correspondent X": X, the one told, works for CNN)
            body, start_char = owner, ctx.mentions[owner].start
            party = _party_before(ctx, ctx.mentions[owner].start, sent)  # "Republican House Speaker X"
            # "Deputy White House press secretary X": the rank before the body is the title's
            rank = to if to_body is None else first - 1
            while role_words and rank >= 0 and ctx.doc[rank].idx >= sent.start and ctx.doc[rank].lower_ in _RANKS:
                role_words.insert(0, ctx.doc[rank].text)
                rank -= 1
            break
        if tok.text in ("-", "\u2010", "\u2011") and role_words:
            i -= 1  # "Secretary-General"
            continue
        if tok.text == ")" and i >= 3 and ctx.doc[i - 2].text == "(" and ctx.doc[i - 1].text.isupper():
            before = ctx.mention_at(ctx.doc[i - 3])
            initials = "".join(w[0] for w in ctx.mentions[before].text.split() if w[:1].isupper()) if before is not None else ""
            if initials != ctx.doc[i - 1].text:
                break  # "Washington (CNN) President X": a dateline and its agency, not a body and its acronym
            i -= 3  # "Palestinian Authority (PA) President X": the acronym of the body before it
            continue
        low = tok.lower_
        if low == "under" and role_words and role_words[0].lower() not in ("secretary", "secretaries"):
            break  # "under President X" is whose time it was; "Under Secretary" is a title
        if low == "press" and role_words and role_words[0].lower() not in W.PRESS_HEADS:
            break  # "demand that the Senate press General X", "failed to press President X": the verb
        if low in _TITLE_SCAN or (low == "of" and role_words):
            role_words.insert(0, tok.text)
            start_char, i = tok.idx, i - 1
            continue
        if tok.text in ("'s", "\u2019s", "'", "\u2019") and i > 0:
            # "Lithuania's President X": the possessor is the body; "CNN's X": the outlet.
            owner = ctx.mention_at(ctx.doc[i - 1])
            if owner is None and role_words and ctx.doc[i - 1].lower_ in ("country", "nation") and i > 1 \
                    and ctx.doc[i - 2].lower_ == "the":
                owner = the_country(ctx, ctx.doc[i - 2].idx)  # "the country's Foreign Minister X"
            if owner is not None and ctx.mentions[owner].type in ("Organization", "Place"):
                body, start_char = owner, ctx.mentions[owner].start
            break
        if low.strip(".") in W.PARTY_NAMES and len(low) > 2:
            party = party_mention(ctx, tok.text, tok.idx, tok.idx + len(tok.text), sent)
            break
        if department is None and _department_word(ctx, i, role_words, sent):
            department, i = tok.text, i - 1  # "CNEN Radioprotection Director X": a department of the body before it
            continue
        if ctx.gazetteer.country_for_demonym(tok.text):
            country, start_char = (tok.text, tok.idx), tok.idx
        elif i > 0 and ctx.doc[i - 1].idx >= sent.start \
                and ctx.gazetteer.country_for_demonym(two := f"{ctx.doc[i - 1].text} {tok.text}"):
            country, start_char = (two, ctx.doc[i - 1].idx), ctx.doc[i - 1].idx  # "South Korean President X"
        break
    while role_words and role_words[0].lower() == "of":
        role_words.pop(0)
        of = re.match(r"of\s+", ctx.text[start_char:person.start], re.I)
        if of is not None:  # "the murder of President X": the title starts after the "of"
            start_char += of.end()
    if body is not None:
        body = _without_title_words(ctx, body)  # "White House Communications Director X": the White House
    if body is not None and ctx.mentions[body].text.lower() in W.RANK_MODIFIERS and role_words \
            and not ctx.text[ctx.mentions[body].end:ctx.mentions[body].end + 1].strip(" "):
        body = None  # "Rear Adm. X", "Vice Admiral X": the model's one-word "body" is the first word of the rank
    role = role_title(role_words) if role_words else None
    if role is not None and role_words[-1].lower() in W.PLURAL_ROLE_HEADS:
        return  # "Russian Presidents X and Y": the body may be only the first one's
    past = _is_past(ctx.text[max(sent.start, start_char - 12):person.start])
    if party is not None:
        ctx.emit("affiliatedWith", pi, party, sent, "rule:party", 0.85)
    if role is None and not role_words and body is not None and not ctx.text[ctx.mentions[body].end:person.start].strip():
        # "Secretary General of NATO Jens Stoltenberg": the title stands before the body
        match = _ROLE_BEFORE.search(ctx.text[max(sent.start, ctx.mentions[body].start - 60):ctx.mentions[body].start])
        role = role_title(match.group("role").split()) if match else None
        if role is not None and ctx.mentions[body].type == "Place" and _predicate(role) == "affiliatedWith":
            role = None  # "a professor of Russia Ivan X" is no reading
    if role is not None and body is not None and to_body is None and role.split()[-1].lower() == "ambassador" \
            and ctx.mentions[body].type == "Organization":
        # "Russian U.N. Ambassador X", "U.N. Ambassador X": an ambassador to a body is a country's, named before
        # it or not at all ("U.N. envoy X" is the UN's own)
        sender = sender_before(ctx, body, sent)
        to_body = ctx.mentions[body].normal or ctx.mentions[body].text
        body = sender
        if sender is not None:
            start_char = ctx.mentions[sender].start
    if body is not None and ctx.mentions[body].text.lower() in W.PARTY_NAMES and _state_before(ctx, body, sent):
        return  # "Iowa GOP Chairman X": the post is in the state party, which no mention names
    if role is not None and body is not None and _constituency(ctx, body, role):
        body = None  # "Ohio Rep. X": the state is the seat's constituency, the post is the chamber's
    if role is not None and body is not None and role.split()[-1].lower() in CONGRESS_TITLES \
            and ctx.mentions[body].text.lower() in W.PARTY_NAMES:
        # "GOP Sen. X": his party, not the body of his seat
        party = party_mention(ctx, ctx.mentions[body].text, ctx.mentions[body].start, ctx.mentions[body].end, sent)
        if party is not None:
            ctx.emit("affiliatedWith", pi, party, sent, "rule:party", 0.85)
        body = None
    if role is None:
        if not role_words and body is not None and ctx.mentions[body].type == "Organization" \
                and ctx.text[ctx.mentions[body].end:person.start].strip() in ("'s", "\u2019s", "'", "\u2019") \
                and not (span.end < len(ctx.doc) and ctx.doc[span.end].pos_ == "NOUN" and ctx.doc[span.end].is_lower):
            # ("Middlebury College's Monterey graduate program": a name before a noun modifies it)
            ctx.emit("affiliatedWith", pi, body, sent, "rule:possessive", 0.75)
        return
    if to_body is not None:
        role = f"{role} to {to_body}"
    if department is not None:
        if body is None:
            return  # the word was no department of a body after all
        role = f"{department} {role}"  # "Judiciary Chairman" of the House, not the House's chairman
    ctx.roles[pi] = role
    if role.lower().endswith("counterpart"):
        return  # resolved by counterpart(), which needs the other person's role
    if body is not None:
        if not _nationality(ctx, role, body):
            ctx.emit(_predicate(role), pi, body, sent, "rule:title+department" if department else "rule:title", 0.9,
                     role, past)
    elif country is not None and not (_predicate(role) == "affiliatedWith" and not role.lower().startswith("spokes")) \
            and role.split()[-1].lower() not in CONGRESS_TITLES:  # "U.S. Sen. X": a form of address
        # "Japanese journalist Kenji Goto" says a nationality, not an employer
        ci = ctx.country_mention(country[0], country[1], sent.idx)
        if ci is not None:
            ctx.emit(_predicate(role), pi, ci, sent, "rule:title+demonym", 0.85, role, past)
    elif (post := known_post(ctx, pi, role)) is not None and not re.match(r"\s*(?:of|for)\b", sent.after(person, 8)):
        # "President Obama": a title without its country, held by an officeholder the gazetteer of people knows
        text = ctx.text[start_char:person.start].strip()
        bi = ctx.add_mention(Mention(text=text, start=start_char, end=start_char + len(text), type=post.type,
                                     sentence=sent.idx, key=post.id, method="rule:title", normal=post.label))
        ctx.emit("holdsPosition", pi, bi, sent, "rule:title+officeholder", 0.8, role, past)
    elif role.lower() in W.US_ONLY_TITLES and not re.match(r"\s*(?:of|for)\b", sent.after(person, 8)):
        # "Secretary of State John Kerry": a title only the United States gives, in these words
        entry = ctx.gazetteer.by_id("united-states")
        if entry is not None:
            ui = ctx.add_mention(Mention(text=ctx.text[start_char:person.start].strip(), start=start_char,
                                         end=start_char + len(ctx.text[start_char:person.start].strip()),
                                         type="Place", sentence=sent.idx, key=entry.id, method="rule:title",
                                         normal=entry.label))
            ctx.emit("holdsPosition", pi, ui, sent, "rule:title+us", 0.8, role, past)
    elif not re.match(r"\s*(?:of|for)\b", sent.after(person, 8)) and sole_unknown_holder(ctx, sent, person, role) \
            and (ci := earlier_country(ctx, sent, role, start_char)) is not None:
        ctx.emit("holdsPosition", pi, ci, sent, "rule:title+earlier", 0.7, role, past)


def _department_word(ctx: Context, i: int, role_words: list[str], sent: Sentence) -> bool:
    """`CNEN Radioprotection Director X`, `NASA Mars Program Manager X`: one capitalised word, no name of its
    own, between a title's head and the organisation it follows is a department of that body (not a place:
    "Ohio Valley Director" is no reading; nor a person's name, nor a word that opens the sentence)."""
    tok = ctx.doc[i]
    if not role_words or role_words[-1].lower() not in W.ROLE_HEADS | W.AFFILIATION_HEADS \
            or not tok.is_title or not tok.is_alpha or ctx.mention_at(tok) is not None or i == 0 \
            or ctx.doc[i - 1].idx < sent.start or tok.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "DATE"):
        return False
    owner = ctx.mention_at(ctx.doc[i - 1])
    if owner is None or ctx.mentions[owner].type != "Organization":
        return False
    entry = ctx.gazetteer.lookup_name(ctx.mentions[owner].text)
    return not (entry is not None and entry.type == "Place") and place_index().lookup(ctx.mentions[owner].text) is None


def _skip_honorifics(ctx: Context, i: int, sent: Sentence) -> int:
    """The token before honorifics and ranks that stand between a title and the name ("Supreme Leader
    Ayatollah X", "Chairman and Marine Gen. X"); `i` itself when no title stands before them."""
    j = i
    while j >= 0 and ctx.doc[j].idx >= sent.start and ctx.doc[j].lower_ in W.HONORIFICS:
        j -= 1
    if j == i or j < 0 or ctx.doc[j].idx < sent.start:
        return i
    if ctx.doc[j].lower_ == "and" and j > 0 and ctx.doc[j - 1].lower_ in W.ROLE_HEADS \
            and not any(ctx.doc[k].lower_.strip(".") in ("mr", "mrs", "ms", "dr", "sir", "dame") for k in range(j + 1, i + 1)):
        j -= 1  # "Joint Chiefs of Staff Chairman and Marine Gen. X"; not "the inspector general and Mr. X"
    return j if ctx.doc[j].lower_ in W.ROLE_HEADS | W.ROLE_MODIFIERS else i


def _subject_area(ctx: Context, i: int, role_words: list[str]) -> bool:
    """The place before a title is the post's subject, not its body: a continent ("Asia director"), or a
    region or a country written as a name before an adviser's, envoy's or expert's title ("Middle East
    adviser", "Syria envoy"; "U.S. envoy" and "Russian envoy" are the country's own)."""
    m = ctx.mentions[i]
    if m.type != "Place" or not role_words:
        return False
    entry = ctx.entry(i) or ctx.gazetteer.lookup_name(m.normal or m.text)
    if entry is not None and entry.subtype == "Continent":
        return True
    heads = [w.lower() for w in role_words if w.lower() in W.ROLE_HEADS | W.AFFILIATION_HEADS]
    # "Russia special counsel X": the place before a counsel's title is what the inquiry is about
    if (not heads or heads[0] not in W.PORTFOLIO_HEADS) and role_words[-1].lower() not in W.INQUIRY_HEADS:
        return False
    return not re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", m.text)  # "U.S.", "UK", "UAE": the country's own




def _beat(ctx: Context, i: int, role_words: list[str]) -> bool:
    """The body before a reporter's title is the beat when an outlet is named right before it ("Politico
    White House correspondent X", "NBC's Pentagon reporter X"): the reporter works for the outlet."""
    span = ctx.span(i)
    if not role_words or role_words[-1].lower() not in W.BEAT_HEADS or span is None or span.start < 1:
        return False
    j = span.start - 1
    if ctx.doc[j].text in ("'s", "\u2019s") and j > 0:
        j -= 1
    outlet = ctx.mention_at(ctx.doc[j])
    return outlet is not None and outlet != i and ctx.mentions[outlet].type == "Organization"


def _state_before(ctx: Context, i: int, sent: Sentence) -> bool:
    """A US state's name is written right before mention `i` ("Iowa GOP", "New Hampshire Republican")."""
    before = ctx.text[max(sent.start, ctx.mentions[i].start - 20):ctx.mentions[i].start]
    return any(before.endswith(state + " ") for state in us_states())


def _without_title_words(ctx: Context, i: int) -> int:
    """A body mention that swallowed the first words of the title after it ("White House Communications"
    before "Director"): the gazetteer's body its remaining words name, as a mention; else `i` itself."""
    m = ctx.mentions[i]
    words = m.text.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in W.ROLE_MODIFIERS:
        cut -= 1
    if cut == len(words) or ctx.entry(i) is not None:
        return i
    text = " ".join(words[:cut])
    entry = ctx.gazetteer.lookup_name(text)
    if entry is None:
        return i
    return ctx.add_mention(Mention(text=text, start=m.start, end=m.start + len(text), type=entry.type,
                                   sentence=m.sentence, key=entry.id, method="rule:title", normal=entry.label))


def _member_noun(noun: Token) -> bool:
    """A legislator's title written as a noun ("a former U.S. senator"); "special representative" is an envoy's."""
    return noun.lower_ in MEMBER_TITLES and not (
        noun.lower_ == "representative" and any(c.lower_ in W.ROLE_MODIFIERS for c in noun.lefts))


def _constituency(ctx: Context, i: int, role: str) -> bool:
    """A place before a member of a legislature's title is the seat, not the body ("Ohio Rep. X")."""
    return ctx.mentions[i].type == "Place" and role.split()[-1].lower() in MEMBER_TITLES


def counterpart(ctx: Context, sent: Sentence) -> None:
    """`Lavrov ... with his Belarusian counterpart Vladimir Makei`: the same post, another country."""
    for pi, person in sent.of_type("Person"):
        before = sent.before(person, 60)
        match = re.search(r"\b(?P<adj>[A-Z][\w.]+)\s+counterparts?\s*,?\s*$", before)
        if not match:
            continue
        others = [ctx.roles[j] for j, _ in sent.of_type("Person") if j in ctx.roles and j != pi
                  and not ctx.roles[j].lower().endswith("counterpart")]
        if len(set(others)) != 1:
            continue
        start = person.start - len(before) + match.start("adj")
        ci = ctx.country_mention(match.group("adj"), start, sent.idx)
        if ci is not None:
            ctx.emit("holdsPosition", pi, ci, sent, "rule:counterpart", 0.75, others[0])


def _body_of_role(ctx: Context, noun: Token, pi: int) -> tuple[int, str] | None:
    """The body a role noun is attached to: its possessor, the object of its of/for/at/with,
    a body written before it, or a nationality adjective; with how it was found."""
    for child in noun.children:
        if child.dep_ == "poss":
            owner = ctx.mention_at(child)
            if owner is not None and owner != pi and ctx.mentions[owner].type in ("Organization", "Place"):
                return owner, "rule:role+possessive"
    # "a University professor and former director of operations at the Center": what follows a conjoined
    # role noun is that noun's, however the parser attached it
    conj = min((c.i for c in noun.children if c.dep_ == "conj"), default=len(noun.doc))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _BODY_PREPOSITIONS and child.i < conj and not _now_at(child):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            owner = ctx.mention_at(obj)
            if owner is None and obj is not None and ctx.mention_at(obj) is None:
                # "a professor of political science at Georgetown University": the second `at`
                inner = [c for p in obj.children if p.dep_ == "prep" and p.lower_ in ("at", "for")
                         for c in p.children if c.dep_ == "pobj"]
                owner = ctx.mention_at(inner[0]) if inner else None
            if owner is not None and child.lower_ in ("for", "on") and ctx.mentions[owner].type == "Place" \
                    and noun.lower_ in W.PORTFOLIO_HEADS:
                continue  # "the U.S. special representative for North Korea": the portfolio, not the body
            if owner is not None and owner != pi and ctx.mentions[owner].type in ("Organization", "Place") \
                    and not _modifies_a_noun(ctx, owner):
                return owner, "rule:role+of"
    # "Wadhwani chair in U.S.-India policy studies": a named academic chair, not a body
    named_chair = noun.lower_ == "chair" and any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children)
    for child in reversed(list(noun.lefts)):  # "U.S. Air Force colonel": the body is the nearest name
        if child.dep_ in ("compound", "amod", "nmod") and not named_chair:
            owner = ctx.mention_at(child)
            owner = _without_title_words(ctx, owner) if owner is not None else None
            if owner is not None and _beat(ctx, owner, [noun.text]):
                continue  # "CNN Pentagon correspondent X": the outlet, further left, is the body
            if owner is not None and owner != pi and ctx.mentions[owner].type in ("Organization", "Place") \
                    and ctx.mentions[owner].method != "rule:party" and not _subject_area(ctx, owner, [noun.text]) \
                    and not (_member_noun(noun) and _constituency(ctx, owner, noun.text)):
                # ("the Republican senator X": the party adjective is his party, read by the title rule)
                return owner, "rule:role+compound"
            if ctx.gazetteer.country_for_demonym(child.text) and not (_member_noun(noun) and noun.lower_ in CONGRESS_TITLES):
                ci = ctx.country_mention(child.text, child.idx, ctx.mentions[pi].sentence)
                if ci is not None:
                    return ci, "rule:role+demonym"
    return None


def _now_at(prep: Token) -> bool:
    """`a former State Department official now at the Carnegie Endowment`: the body after "now" is where
    the person is today; the title before it was held elsewhere."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "now"


def _current_body(ctx: Context, noun: Token, pi: int) -> int | None:
    """The body of "now at/with BODY" after a role noun, when it names one."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "with") and _now_at(c)):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        owner = ctx.mention_at(obj)
        if owner is not None and owner != pi and ctx.mentions[owner].type == "Organization":
            return owner
    return None


# Verbs that give a person a post: "served as", "was named", "was appointed", "was elected".
_POST_VERBS = frozenset("be become remain serve work act name appoint elect nominate install".split())


def _role_nouns(ctx: Context, person_root: Token) -> list[Token]:
    """Role nouns in apposition to the person, or predicated of it (`X, who is the director of`)."""
    found = [c for c in person_root.children if c.dep_ == "appos"]
    if person_root.dep_ == "appos":
        head = person_root.head
        found.append(head)
        if ctx.mention_at(head) is not None and head.dep_ == "pobj":
            found.append(head.head.head)  # "Russia's envoy to NATO, X": parsed as in apposition to NATO
    verbs = [c for c in person_root.children if c.dep_ == "relcl"]
    if person_root.dep_ in ("nsubj", "nsubjpass") and (person_root.head.lower_ in ("is", "was", "'s", "became", "remains")
                                                     or lemma_in(person_root.head, _POST_VERBS)):
        verbs.append(person_root.head)
    for verb in verbs:
        if modality(verb).kind != ASSERTED:
            continue  # "X hopes to become the head of Y", "X was not named envoy"
        found += [c for c in verb.children if c.dep_ in ("attr", "oprd")]
        if lemma_in(verb, _POST_VERBS):  # "X, who served as ambassador to Russia", "X was named director of Y"
            found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                      for o in p.children if o.dep_ == "pobj"]
            found += [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.pos_ == "NOUN"]
    # "X, the first minister of Scotland and leader of the Scottish National Party": both posts
    found += [c for n in found for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return [n for n in found if n.lower_ in W.ROLE_HEADS | W.AFFILIATION_HEADS and ctx.mention_at(n) is None]


def _title_of_next_name(ctx: Context, noun: Token, pi: int) -> bool:
    """The role noun (or the last of its conjuncts) stands right before another person's name: it is that
    person's title, whatever the parser made of the list."""
    conjuncts = [c for c in noun.children if c.dep_ == "conj"]
    last = max([noun] + conjuncts, key=lambda t: t.i)
    nxt = ctx.doc[last.i + 1] if last.i + 1 < len(ctx.doc) else None
    after = ctx.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(ctx.doc) else None
    inside = [t for t in noun.subtree if t.i > noun.i]  # "chief of staff John Kelly" parsed as one phrase
    others = [ctx.mention_at(t) for t in [nxt, after, *conjuncts, *inside]]
    return any(o is not None and o != pi and ctx.mentions[o].type == "Person" for o in others)


def role_nouns(ctx: Context, sent: Sentence) -> None:
    """`X, a spokesman for Y`, `The President of Y, X`, `Russia's envoy to NATO, X`, `X, who is the head of Y`."""
    for pi, person in sent.of_type("Person"):
        root = ctx.root(pi)
        if root is None or _AFTER_NAME_OF.search(sent.before(person, 40)) or _TAG_STATE.search(sent.before(person, 6)):
            continue  # "Sen. X of Idaho, chairman of ...", "X, D-Calif., chairman of": a place, not a person
        if root.dep_ == "pobj" and root.head.lower_ == "under":
            continue  # "X, press secretary under President Y, CNN contributor": the titles are X's
        for noun in _role_nouns(ctx, root):
            if noun.tag_ in ("NNS", "NNPS") or "\n" in ctx.text[min(noun.idx, person.start):max(noun.idx, person.end)]:
                continue  # "Iraqi political leaders" is no title of one person; a byline line is no apposition
            nxt = ctx.doc[noun.i + 1] if noun.i + 1 < len(ctx.doc) else None
            if noun.idx > person.end and nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP"):
                continue  # "close to X, a senior US official said": the noun phrase is who said it
            if _title_of_next_name(ctx, noun, pi):
                continue  # "Mitt Romney, former New York City mayor and top adviser Rudy Giuliani": Giuliani's
            if noun.idx > person.end and any(m.type == "Person" and person.end <= m.start and m.end <= noun.idx
                                             and "," in ctx.text[person.end:m.start] for m in ctx.mentions):
                continue  # "chief of staff John Kelly, Fiona Hill, the top Russia expert at ...": Hill's
            current = _current_body(ctx, noun, pi)
            if current is not None:
                ctx.emit("affiliatedWith", pi, current, sent, "rule:now-at", 0.8)
            found = _body_of_role(ctx, noun, pi)
            words = [t.text for t in ctx.doc[noun.left_edge.i:noun.i + 1] if ctx.mention_at(t) is None
                     and t.dep_ not in ("poss", "case", "punct")]
            if noun.i + 2 < len(ctx.doc) and ctx.doc[noun.i + 1].text in ("-", "\u2010", "\u2011") \
                    and ctx.doc[noun.i + 2].lower_ in W.ROLE_HEADS | W.ROLE_MODIFIERS:
                words.append(ctx.doc[noun.i + 2].text)  # "deputy secretary-general": the title goes on after the hyphen
            if found is None:
                words += [t.text for t in noun.rights if t.dep_ == "prep" and t.lower_ == "of"
                          for t in t.subtree if ctx.mention_at(t) is None]
                found = us_post(ctx, sent, role_title(words), noun) or officeholder_post(ctx, sent, pi, role_title(words), noun) \
                    or owner_post(ctx, noun, role_title(words))
                if found is None:
                    continue
            if found[1] == "rule:role+of" and noun.lower_ in W.UNIT_HEADS:
                words += _field_unit(ctx, noun)
            role = role_title(words)
            if role is None or role.lower().endswith("counterpart"):
                continue  # a counterpart's post is the other person's: counterpart() reads it
            role = _with_mission(ctx, noun, role, found)
            ctx.roles.setdefault(pi, role)
            context = ctx.text[noun.left_edge.idx:noun.idx + len(noun.text)]
            if found[1] == "rule:role+of" or not _nationality(ctx, role, found[0]):
                # ("a fellow at the Asia Society": a body after "at" the model may have typed a place)
                ctx.emit(_predicate(role), pi, found[0], sent, found[1], 0.8, role, _is_past(context))


def _field_unit(ctx: Context, noun: Token) -> list[str]:
    """`director of policy and government affairs for the Fund`: the unit of fields the body's head leads,
    the `of` phrase up to its own preposition, when it names no body; role_title keeps it if it is one."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return []
    words = []
    for tok in of.subtree:
        if tok.i > of.i and tok.dep_ == "prep" or ctx.mention_at(tok) is not None:
            break
        words.append(tok.text)
    return words if _unit_of(words) else []


def _with_mission(ctx: Context, noun: Token, role: str, found: tuple[int, str]) -> str:
    """"the top NATO commander in Afghanistan": a body's post in another place keeps that place in its
    role, or it would read as the body's top commander."""
    if found[1] not in ("rule:role+compound", "rule:role+demonym"):
        return role
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            where = ctx.mention_at(obj)
            if where is not None and where != found[0] and ctx.mentions[where].type == "Place":
                return f"{role} in {ctx.mentions[where].normal or ctx.mentions[where].text}"
    return role


def _verbs_of(root) -> list:
    """The verbs a person's name is the subject of: "X heads Y", and a relative clause on the name
    or on its apposition ("X, who heads Y", "X, a preacher who has led Y")."""
    verbs = [root.head] if root.dep_ == "nsubj" else []
    nouns = [root] + [c for c in root.children if c.dep_ == "appos"]
    return verbs + [c for noun in nouns for c in noun.children if c.dep_ == "relcl"
                    and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]


# "heads the Fort Bragg, North Carolina-based U.S. Forces Command": a name before "-based" is where the
# body led is based, not that body
_BASED_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?-based\b")


def lead_verbs(ctx: Context, sent: Sentence) -> None:
    """`X, who heads the committee`, `X has led the coalition since 2012`: the post the verb gives."""
    for pi, _ in sent.of_type("Person"):
        root = ctx.root(pi)
        if root is None:
            continue
        for verb in _verbs_of(root):
            lemma = lemma_in(verb, W.LEAD_VERBS) or lemma_in(verb, {"join"})
            if lemma is None or verb.pos_ != "VERB" or modality(verb).kind != ASSERTED:
                continue
            if lemma == "join":  # "X joined the Heritage Foundation in 2015": works there since
                for obj in (c for c in verb.children if c.dep_ == "dobj"):
                    oi = ctx.mention_at(obj)
                    if oi is not None and oi != pi and ctx.mentions[oi].type == "Organization" \
                            and ctx.entry(oi) is None:  # a known body joined is an alliance or a treaty, not a job
                        ctx.emit("affiliatedWith", pi, oi, sent, "rule:join", 0.75)
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                oi = ctx.mention_at(obj)
                if oi is not None and oi != pi and ctx.mentions[oi].type == "Organization" \
                        and not _BASED_AFTER.match(ctx.text[ctx.mentions[oi].end:ctx.mentions[oi].end + 40]):
                    ctx.emit("holdsPosition", pi, oi, sent, "rule:lead-verb", 0.8, W.LEAD_VERBS[lemma],
                             verb.tag_ == "VBD")
        _led_by(ctx, sent, pi, root)


# "X works for the CIA", "X taught at Harvard", "X served 24 years in Congress": the verb, the prepositions
# that name where the person works (never "with", a partner; nor "studied at", a student's).
_WORK_VERBS = {"work": ("for", "at"), "teach": ("at",), "serve": ("in", "on"), "write": ("for",), "report": ("for",),
               "cover": ("for",)}
# "X writes for the Spectator", "X reported for Newsnight": a journalist's outlet, but not "wrote an op-ed for the
# Times" (a guest's piece); "X covered Iraq for the Post" needs the beat ("covering for Assad" shields him).
_NO_OBJECT_VERBS, _OBJECT_VERBS = frozenset({"write", "report"}), frozenset({"cover"})


def work_verbs(ctx: Context, sent: Sentence) -> None:
    """`X works for the CIA`, `X, who taught at Harvard University and the War College,`, `X writes for the
    Spectator`: the person works there."""
    for pi, _ in sent.of_type("Person"):
        root = ctx.root(pi)
        if root is None:
            continue
        verbs = _verbs_of(root)
        # "who is a major in the Marines and works at the Pentagon": a verb joined to the first shares its subject
        verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        for verb in verbs:
            # (no lemmatizer runs: "taught" and "wrote" are the irregular forms)
            lemma = {"taught": "teach", "wrote": "write", "written": "write"}.get(verb.lower_) or lemma_in(verb, _WORK_VERBS)
            if lemma is None or verb.pos_ != "VERB" or modality(verb).kind != ASSERTED:
                continue
            has_object = any(c.dep_ == "dobj" for c in verb.children)
            if (lemma in _NO_OBJECT_VERBS and has_object) or (lemma in _OBJECT_VERBS and not has_object):
                continue
            heads = [verb] + ([c for c in verb.children if c.dep_ == "dobj"] if lemma in _OBJECT_VERBS else [])
            for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _WORK_VERBS[lemma]):
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                objs += [c for o in objs for c in o.children if c.dep_ == "conj"]  # "at Harvard and the War College"
                for obj in objs:
                    oi = ctx.mention_at(obj)
                    if oi is not None and oi != pi and ctx.mentions[oi].type == "Organization" and ctx.root(oi) == obj:
                        ctx.emit("affiliatedWith", pi, oi, sent, "rule:work-verb", 0.8, None, verb.tag_ == "VBD")


def _led_by(ctx: Context, sent: Sentence, pi: int, root: Token) -> None:
    """`the Labour Party led by Ed Miliband`, `the committee, chaired by Rep. X,`: the body the participle
    modifies is the one the person leads (each of "led by X and Y")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "led by Mr. Herzog and Ms. Livni": the second name hangs off the first
    agent = root.head if root.dep_ == "pobj" else None
    verb = agent.head if agent is not None and agent.dep_ == "agent" else None
    if verb is None or verb.tag_ != "VBN" or verb.dep_ != "acl" or lemma_in(verb, W.LEAD_VERBS) is None:
        return
    oi = ctx.mention_at(verb.head)
    if oi is None or oi == pi or ctx.mentions[oi].type != "Organization" or ctx.root(oi) != verb.head:
        return  # "a delegation of Hamas led by X": the body names the noun's owner, not the noun
    if ctx.mentions[oi].text.lower().removesuffix("s") in W.PARTY_NAMES:
        return  # "Republicans, led by Sen. X": a group of the party's members, not the party
    ctx.emit("holdsPosition", pi, oi, sent, "rule:led-by", 0.8, W.LEAD_VERBS[lemma_in(verb, W.LEAD_VERBS)])


def _origin(ctx: Context, oi: int, between: str) -> bool:
    """"X from Batley": after "from" (no "the"), a name GeoNames or the gazetteer knows as a place is
    where X comes from, whatever the model tagged it, not a body X belongs to ("X from Powa
    Technologies" still works there)."""
    if not re.match(r"\s+from\s", between) or "the" in between.split():
        return False
    entry = ctx.entry(oi)
    if entry is not None:
        return entry.type == "Place"
    return place_index().lookup(ctx.mentions[oi].normal or ctx.mentions[oi].text) is not None


_OWNED_HEADS = frozenset("minister secretary ambassador envoy".split())
_NOT_OWNED = frozenset("campaign press personal private traveling travelling family".split())


_ITS_TITLE = re.compile(r"\b[Ii]ts\s+(?P<words>(?:[\w-]+\s+){0,4}?[\w-]+)\s*,?\s*$")


def its_posts(ctx: Context, sent: Sentence) -> None:
    """`North Korea hasn't raised it with its leader Kim Jong Un`, `UKIP came first. It was ... Its leader, Nigel
    Farage`: the post is in the body or country "its" points at, when the subject and the nearest name agree."""
    for pi, person in sent.of_type("Person"):
        match = _ITS_TITLE.search(sent.before(person, 60))
        role = role_title(_title_suffix(match.group("words").split())) if match else None  # ("its oleaginous leader")
        if role is None or role.split()[-1].lower() not in W.ROLE_HEADS | W.AFFILIATION_HEADS:
            continue
        its = person.start - len(sent.before(person, 60)) + match.start()
        owner = _its_subject(ctx, its)
        named = [i for i, m in sent.mentions if m.end <= its and m.type in ("Organization", "Place")]
        if named and owner != named[-1]:
            continue  # "DoD is on alert for retaliation from ISIS after the killing of its leader": unclear whose
        if owner is None or ctx.mentions[owner].type not in ("Organization", "Place") or (
                ctx.mentions[owner].type == "Place" and (ctx.entry(owner) is None or ctx.entry(owner).subtype != "Country")):
            continue  # "its" is a town's or a region's, or a thing's
        ctx.emit(_predicate(role), pi, owner, sent, "rule:its-title", 0.7, role, _is_past(match.group("words")))


def _its_subject(ctx: Context, its: int) -> int | None:
    """The mention "its" at character `its` points at: the last subject before it in its sentence, else in the
    sentence before (through "It was ..."), up to two back; None when that subject is not a name ("The
    militant group has threatened ... Its spokesman, X")."""
    at = ctx.doc.char_span(its, its + 3, alignment_mode="expand")
    if at is None:
        return None
    sent = at.sent
    for _ in range(3):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.idx < its]
        if subjects:
            last = subjects[-1]
            if last.lower_ not in ("it", "they"):
                return ctx.mention_at(last)
        if sent.start == 0:
            return None
        sent = ctx.doc[sent.start - 1].sent
    return None


def appositions(ctx: Context, sent: Sentence) -> None:
    """`Mikhail Remizov, President of the Institute`; `X, who at that time was the secretary general of Y`."""
    for pi, person in sent.of_type("Person"):
        if _AFTER_NAME_OF.search(sent.before(person, 40)) or _TAG_STATE.search(sent.before(person, 6)):
            continue  # "Sen. X of Idaho, chairman of ...", "X, D-Calif., chairman": a place, not a person
        # "Rep. X, D-Calif., chairman of the committee": the apposition is read on after the party tag
        tag = _TAG.match(ctx.text, person.end, sent.end)
        start = tag.end() if tag else person.end
        for oi, other in sent.of_type("Organization", "Place"):
            if other.start < start or _modifies_a_noun(ctx, oi):
                continue  # "president of the Moscow-based institute", "of the Middle Eastern arm of"
            match = _APPOSITION.match(ctx.text[start:other.start])
            if match and _portfolio(match, other):
                pass  # "X, the special representative for Afghanistan": the place is the post's portfolio
            elif match and not _finite_verb_at(ctx, start + match.start("role")) \
                    and not _plural_head(match.group("role").split()):
                _apposition(ctx, sent, pi, oi, match.group("role").split(), match.group(0))
            elif other.type == "Organization" and not _SENT_FROM.search(sent.before(person, 12)) and (
                    (_OF_BODY.match(sent.between(person, other)) and not _origin(ctx, oi, sent.between(person, other)))
                    or (_AT_BODY.match(sent.between(person, other)) and _INSTITUTION.search(other.text))):
                # "Daryl Kimball of the Arms Control Association": works there. "X of Idaho" is not.
                ctx.emit("affiliatedWith", pi, oi, sent, "rule:name-of-body", 0.75)
            elif re.fullmatch(r"\s+of\s+", sent.between(person, other)) and pi in ctx.roles \
                    and ctx.entry(oi) is not None and ctx.entry(oi).subtype == "Country":
                # "Prime Minister Benjamin Netanyahu of Israel": the title before the name, the country after
                ctx.emit("holdsPosition", pi, oi, sent, "rule:title+of-country", 0.85, ctx.roles[pi])
            break  # only the first body after the person
        # "The President of the National Strategy Institute, Mikhail Remizov"
        orgs_before = [(oi, o) for oi, o in sent.of_type("Organization", "Place") if o.end <= person.start]
        if orgs_before:
            oi, other = orgs_before[-1]
            if _TITLED_COMMA.fullmatch(sent.between(other, person)):
                match = _ROLE_BEFORE.search(sent.before(other, 60))
                if match:
                    words = _title_suffix(match.group("role").split())
                    if len(words) > 1 and words[0].lower() in ("republican", "democratic"):
                        # "the Republican chairman of the committee, Rep. X": his party too
                        found = re.search(rf"\b{words[0]}\s+$", sent.before(other, 60)[:match.end("role") - len(" ".join(words[1:]))])
                        start = other.start - len(sent.before(other, 60)) + found.start() if found else None
                        party = party_mention(ctx, words[0], start, start + len(words[0]), sent) if found else None
                        if party is not None:
                            ctx.emit("affiliatedWith", pi, party, sent, "rule:party", 0.85)
                        words = words[1:]
                    _apposition(ctx, sent, pi, oi, words, match.group(0))


def _finite_verb_at(ctx: Context, offset: int) -> bool:
    """The word at `offset` is a finite verb: "X, urged the leaders of Y" says what X did, names no title."""
    token = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return token is not None and len(token) > 0 and token[0].tag_ in ("VBD", "VBZ", "VBP")


def _portfolio(match: re.Match, other: Mention) -> bool:
    """`envoy for Syria`, `coordinator for the Middle East`: a place after "for" and an envoy's, adviser's or
    negotiator's title is what the post deals with, not the body that holds it."""
    prep = match.group(0).split()[-2 if match.group(0).split()[-1].lower() == "the" else -1].lower()
    return prep == "for" and other.type == "Place" and match.group("role").split()[-1].lower() in W.PORTFOLIO_HEADS


def _plural_head(words: list[str]) -> bool:
    """The title's head is plural: "Obama, the leaders of Britain, ..." names others, not his post."""
    head = next((w.lower() for w in words if w.lower() in W.ROLE_HEADS | W.AFFILIATION_HEADS), None)
    return head in W.PLURAL_ROLE_HEADS


def _title_suffix(words: list[str]) -> list[str]:
    """The longest tail of `words` that is a title, a US party adjective allowed before it ("criticism from
    the Republican chairman" -> "Republican chairman"); all of `words` when no tail is one."""
    for k in range(len(words)):
        tail = words[k + 1:] if words[k].lower() in ("republican", "democratic") else words[k:]
        if tail and role_title(tail) is not None:
            return words[k:]
    return words


_KIND_NOUNS = frozenset("movement party bloc alliance coalition faction".split())


def _modifies_a_noun(ctx: Context, i: int) -> bool:
    """The mention is a modifier of the noun after it (`the Moscow-based institute`, `the Eastern arm`)."""
    m = ctx.mentions[i]
    if ctx.text.startswith("-based", m.end):
        return True
    if re.search(r"\b(?:pro|anti|non|ex)-$", ctx.text[max(0, m.start - 5):m.start], re.I) \
            or re.match(r"-[A-Za-z]", ctx.text[m.end:m.end + 2]):
        return True  # "of the pro-EU Udar movement", "of the Likud-Beiteinu list": a word of a longer one
    span = ctx.span(i)
    nxt = ctx.doc[span.end] if span is not None and span.end < len(ctx.doc) else None
    if nxt is None:
        return False
    if nxt.text in ("'s", "\u2019s", "'", "\u2019"):
        return True  # "the leader of the House's top committee": the House owns the body, it is not it
    if nxt.like_num or nxt.text[:1].isdigit():
        return True  # "commander of the US 7th Fleet"
    if nxt.lower_ in _KIND_NOUNS and ctx.entry(i) is not None:
        return False  # "of the Udar movement", "of the Likud party": the known body, and what kind it is
    # "the Eastern arm"; "Georgetown University" cut to "Georgetown": a name the mention lost
    return (nxt.pos_ == "NOUN" and nxt.text.islower()) or (
        nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and ctx.mention_at(nxt) is None)


def _apposition(ctx: Context, sent: Sentence, pi: int, oi: int, words: list[str], context: str) -> None:
    role = role_title(words)
    if role is None:
        return
    ctx.roles.setdefault(pi, role)
    ctx.emit(_predicate(role), pi, oi, sent, "rule:apposition", 0.85, role, _is_past(context))


def _people_typed_otherwise(ctx: Context, sent: Sentence) -> list[tuple[int, Mention]]:
    """Names the model took for a body here that the article also names as a person ("Vassily Nebenzia"
    beside "Mr. Nebenzia"): resolution types them over all their mentions, and the graph keeps a post only
    when the subject resolves to a person."""
    people = {m.normal or m.text for m in ctx.mentions if m.type == "Person"}
    return [(i, m) for i, m in sent.of_type("Organization")
            if m.method == "ner" and ctx.entry(i) is None and len(m.text.split()) in (2, 3)
            and (m.text in people or m.text.split()[-1] in people)]


# "X, a spokeswoman for the agency", "X, the chief executive of the company": the body named before by its kind
_ANAPHOR_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\s+(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:for|of|at|with)\s+the\s+"
                                 r"(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)\b(?!['\u2019]s|\s+of\b|-|\s+[a-z])")


def anaphoric_appositions(ctx: Context, sent: Sentence) -> None:
    """`The Environmental Protection Agency is drafting a brochure, said Robin Woods, a spokeswoman for the
    agency`: the body is the one body named in this sentence or the two before it whose name has the noun
    ("Agency") or that the gazetteer describes so ("the alliance" for NATO); two such bodies: no reading."""
    for pi, person in sent.of_type("Person"):
        match = _ANAPHOR_APPOSITION.match(ctx.text, person.end, sent.end)
        role = role_title(match.group("role").split()) if match else None
        if role is None:
            continue
        noun = match.group("noun")
        described = {e.id for e in ctx.gazetteer.description_targets("the " + noun)}
        bodies = {}
        for oi, m in enumerate(ctx.mentions):
            if m.type == "Organization" and m.end <= person.start and sent.idx - 2 <= m.sentence <= sent.idx \
                    and ((m.key and m.key in described) or noun in (m.normal or m.text).lower().split()):
                bodies.setdefault(m.key or (m.normal or m.text).lower(), oi)
        if len(bodies) == 1:
            ctx.emit(_predicate(role), pi, next(iter(bodies.values())), sent, "rule:apposition-anaphor", 0.75, role,
                     _is_past(match.group("role")))


def extract(ctx: Context, sent: Sentence) -> None:
    """Every post and affiliation family, on one sentence."""
    for pi, person in sent.of_type("Person") + _people_typed_otherwise(ctx, sent):
        title_before(ctx, sent, pi, person)
    counterpart(ctx, sent)
    predecessors(ctx, sent)
    role_nouns(ctx, sent)
    appositions(ctx, sent)
    anaphoric_appositions(ctx, sent)
    its_posts(ctx, sent)
    lead_verbs(ctx, sent)
    work_verbs(ctx, sent)
    party_tags(ctx, sent)
    congress_members(ctx, sent)
    bylines(ctx, sent)
    name_outlet_lines(ctx, sent)
    unnamed_sources(ctx, sent)
    party_members(ctx, sent)
    parties_and_columns(ctx, sent)
    service_ranks(ctx, sent)
