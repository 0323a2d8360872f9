"""Players and their teams, as sports reports state them.

- A scorecard line, `Kent 301 and 188 ( J. Hale 72 , P. Royce 64 ; T. Venn 4-51 ) ,
  Essex 170`: the bracket after a side's score names its batsmen with their runs (`72`,
  `56 not out`); a bowler's figures (`4-51`, wickets-runs) were taken against that side, so with
  two sides in the line the bowler plays for the other one.
- A scorers line, `Norway - Lars Berg ( 31st ) , Erik Dahl ( 75th )`: the side, a dash,
  its scorers with their minutes.
- A side's title before a name, `Surrey captain Chris Lewis`, `Sunderland forward Niall Quinn`,
  `ex-England fast bowler X`: a post (captain, coach, manager, owner) or a player of that side;
  `Shearer 's Newcastle team mate Les Ferdinand` makes both players of it.
- A scorers line after a result that one side won to nil, `Norway beat Malta 3-0 ( halftime 2-0 ) ...`
  then `Scorers : Lars Berg ( 12th minute ) , Erik Dahl ( 40th )`: the scorers play for the winner.
- A team sheet, `Norway - Lars Berg ( captain ) , Erik Dahl , Jon Moen`: the side, a dash,
  its players, one of them marked captain.
- A club's country in a results line, `Steaua ( Romania ) 2 Sparta ( Czech Republic ) 1`: where the club is
  based (headquarteredIn). A player's country in the same brackets (`Lars Berg ( Norway )`) says
  whom he represents or where he comes from, which no predicate of the contract states.

A side is an Organization (a club, a county) or a Place (a national side, which news reads as the
country): a player of a club is affiliatedWith it; a player of a national side, and a captain or
coach of either, holdsPosition with the role as the title. Nationality adjectives
(`Brazilian midfielder X`) say where a player comes from, not whom he plays for, and give nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.modality import ASSERTED, lemma_in, modality
from kg.extract.relations import Context, Sentence
from kg.lang.en.lexicon import NATIONAL_SIDES
from kg.model import Mention
from kg.places import place_index

_SCORE = r"\d{1,3}(?:-\d{1,2})?\*?"
# After a side's name: its score (both innings), words of a declaration, then the bracket.
_SIDE_SCORE = re.compile(rf"^\s+{_SCORE}(?:\s+(?:and|&)\s+{_SCORE})?"
                         r"(?:\s+(?:innings|declared|closed|dec|all|out|for|\d{1,2}|wickets?|overs?|\.))*\s*(?=\(|,|$|\.)")
_BRACKET = re.compile(r"^\s*\((?P<inside>[^()]*)\)")
_RUNS = re.compile(r"^\s+\d{1,3}\*?(?:\s+not\s+out)?\s*(?:[,;)]|$)")
_FIGURES = re.compile(r"^\s+\d{1,2}-\d{1,3}\s*(?:[,;)]|$)")
_MINUTE = re.compile(r"^\s*\(\s*\d{1,3}(?:st|nd|rd|th)\b[^()]*\)")
_SCORERS_DASH = re.compile(r"^\s*-\s*$")

# Posts in a side and the title they give; every other word here names a player of the side.
_POSTS = {"captain": "Captain", "capt": "Captain", "skipper": "Captain", "vice-captain": "Vice-Captain",
          "coach": "Coach", "manager": "Manager", "trainer": "Trainer", "owner": "Owner"}
# Posts that a town's name before them does not make a side ("Ohio owner X": of a business there). A
# chairman is read by kg.extract.roles, as in every other body.
_CLUB_POSTS = frozenset(["owner"])
_PLAYERS = frozenset(
    """player players striker forward midfielder defender goalkeeper keeper goalie winger full-back fullback
    sweeper centre-back center-back playmaker batsman bowler spinner off-spinner leg-spinner seamer paceman
    all-rounder wicketkeeper wicket-keeper opener quarterback pitcher catcher infielder outfielder shortstop
    linebacker receiver tailback lock prop flanker fly-half scrum-half centre hooker team-mate teammate
    placekicker kicker punter
    mate""".split())
_MATES = frozenset("team-mate teammate mate".split())
_TITLE_GAP = re.compile(
    r"^(?P<past>\s+(?:former|ex-))?(?P<words>(?:\s+[a-z][\w-]*){0,3}?)\s+(?P<head>[\w-]+)\s+$")
_MODIFIERS = frozenset(
    """new former ex- veteran stand-in caretaker acting assistant interim fast medium opening left-arm right-arm
    off leg star team injured young international reserve substitute first-choice regular club central attacking
    defensive""".split())


def extract(ctx: Context, sent: Sentence) -> None:
    """Every sports family, on one sentence."""
    for family in (scorecards, scorers, nil_scorers, team_sheets, _unnamed_sides, side_titles, appointments,
                   career_verbs, named_sides, side_countries):
        family(ctx, sent)
        _refresh(ctx, sent)


def _refresh(ctx: Context, sent: Sentence) -> None:
    """The sentence's mentions as the families left them (retyped, or added)."""
    known = {i for i, _ in sent.mentions}
    added = [i for i, m in enumerate(ctx.mentions) if m.sentence == sent.idx and i not in known
             and sent.start <= m.start < sent.end]
    sent.mentions = sorted(((i, ctx.mentions[i]) for i in known | set(added)), key=lambda im: (im[1].start, im[0]))


def _side_kind(ctx: Context, i: int) -> str | None:
    m = ctx.mentions[i]
    return m.type if m.type in ("Organization", "Place") else None


def _national(ctx: Context, i: int) -> bool:
    """A country or a home nation: its side is the country's."""
    m = ctx.mentions[i]
    entry = ctx.entry(i)
    name = m.normal or m.text
    name = name.title() if name.isupper() else name
    return ((entry is not None and entry.subtype == "Country") or name.lower() in NATIONAL_SIDES
            or place_index().lookup(name, "Country") is not None)


def _unknown_name(ctx: Context, i: int) -> bool:
    """A name neither the gazetteer nor GeoNames knows: the model's type for it is a guess."""
    m = ctx.mentions[i]
    return ctx.entry(i) is None and place_index().lookup(m.normal or m.text) is None


def _retype(ctx: Context, i: int, etype: str) -> None:
    """What a sports line says a name is: a town's side is a club, a name with a batsman's runs a person."""
    m = ctx.mentions[i]
    if m.type == etype and (etype != "Organization" or "rule:sports" in m.method):
        return  # a side typed a body already is still marked, so that its article reads the name as the side
    entry = ctx.entry(i)
    key = m.key if entry is not None and entry.type == etype else ""
    ctx.mentions[i] = replace(m, type=etype, key=key, method=f"{m.method}+rule:sports")


def _side(ctx: Context, i: int) -> str | None:
    """The side's type: a national side stays its country (a Place), any other side is a club."""
    kind = _side_kind(ctx, i)
    if kind == "Organization" or (kind == "Place" and not _national(ctx, i)):
        _retype(ctx, i, "Organization")
        return "Organization"
    return kind


def _emit_player(ctx: Context, sent: Sentence, pi: int, side: int, method: str, confidence: float,
                 role: str | None = None, past: bool = False) -> None:
    """A player (or the holder of `role`) of a side: a club's player is affiliatedWith it, everything
    else is a post with its title."""
    if role is None and ctx.mentions[side].type == "Organization":
        ctx.emit("affiliatedWith", pi, side, sent, method, confidence, None, past)
    else:
        ctx.emit("holdsPosition", pi, side, sent, method, confidence, role or "Player", past)


def _line_end(ctx: Context, offset: int, sent: Sentence) -> int:
    newline = ctx.text.find("\n", offset, sent.end)
    return sent.end if newline < 0 else newline


def scorecards(ctx: Context, sent: Sentence) -> None:
    """`Kent 363 ( J. Hale 111 ; T. Venn 4-37 ) , Essex 197-8`: batsmen play for the side
    before the bracket, bowlers for the other side of a two-side line."""
    sides = []  # (mention, bracket start, bracket end)
    for i, m in sent.mentions:
        if _side_kind(ctx, i) is None:
            continue
        rest = ctx.text[m.end:_line_end(ctx, m.end, sent)]
        score = _SIDE_SCORE.match(rest)
        if score is None or not re.search(r"\d", score.group()):
            continue
        bracket = _BRACKET.match(rest[score.end():])
        start = m.end + score.end()
        sides.append((i, start, start + bracket.end() if bracket else start))
    for side, start, end in sides:
        if end <= start:
            continue
        others = [s for s, _, _ in sides if s != side]
        for pi, person in list(sent.mentions):
            if not start < person.start < end or _national(ctx, pi):
                continue
            after = ctx.text[person.end:end]
            if _RUNS.match(after):
                team = side
            elif _FIGURES.match(after) and len(others) == 1:
                team = others[0]
            else:
                continue
            _retype(ctx, pi, "Person")  # "( Ijaz Ahmed 79 )": a batsman, whatever the model read
            _side(ctx, team)
            _emit_player(ctx, sent, pi, team, "rule:scorecard", 0.9 if team == side else 0.85)


def scorers(ctx: Context, sent: Sentence) -> None:
    """`Norway - Lars Berg ( 13th ) , Erik Dahl ( 88th )`: a side's scorers, on a line
    of their own (one sentence may hold both sides' lines: "Malta - Joe Borg ( 60th )" above "Norway - ...")."""
    lines: dict[int, list[tuple[int, Mention]]] = {}
    for i, m in sent.mentions:
        lines.setdefault(ctx.text.rfind("\n", 0, m.start) + 1, []).append((i, m))
    for line_start, mentions in lines.items():
        if len(mentions) < 2:
            continue
        side, first = mentions[0], mentions[1]
        if (_side_kind(ctx, side[0]) is None or ctx.text[max(line_start, sent.start):side[1].start].strip()
                or not _SCORERS_DASH.match(ctx.text[side[1].end:first[1].start])):
            continue
        for pi, person in mentions[1:]:
            if person.type == "Person" and _MINUTE.match(ctx.text[person.end:_line_end(ctx, person.end, sent)]):
                _side(ctx, side[0])
                _emit_player(ctx, sent, pi, side[0], "rule:scorers", 0.85)


_SCORERS_HEAD = re.compile(r"^\s*scorers?\s*:\s*", re.I)
_GOAL_MINUTE = re.compile(r"^\s*\(?\s*\d{1,3}(?:st|nd|rd|th)\b")
_OWN_GOAL = re.compile(r"^\s*\([^()]*\b(?:og|o\.g\.|own[- ]goal)\b", re.I)
_BEAT_SCORE = re.compile(r"^\s+(?:beat|beats|defeated|bt|thrashed|crushed|routed|hammered|edged)\s+$", re.I)


def _nil_winner(ctx: Context, sent: Sentence, before: int) -> int | None:
    """The side that won to nil in the result this sentence or the two before it tell: `A beat B 2-0`,
    `A 2 , B 0`, `A 0 B 3`."""
    sides = [(i, m) for i, m in enumerate(ctx.mentions) if sent.idx - 2 <= m.sentence <= sent.idx
             and m.end <= before and _side_kind(ctx, i) is not None]
    sides.sort(key=lambda im: im[1].start)
    winner = None
    for (a, ma), (b, mb) in zip(sides, sides[1:]):
        gap, after = ctx.text[ma.end:mb.start], ctx.text[mb.end:mb.end + 12]
        beat, score = _BEAT_SCORE.match(gap), re.match(r"^\s+(\d{1,2})\s*-\s*(\d{1,2})\b", after)
        if beat and score:
            goals = (int(score.group(1)), int(score.group(2)))
        else:
            first, second = re.match(r"^\s+(\d{1,2})\s*,?\s+$", gap), re.match(r"^\s+(\d{1,2})\b", after)
            if not (first and second):
                continue
            goals = (int(first.group(1)), int(second.group(1)))
        if min(goals) == 0 < max(goals):
            winner = a if goals[0] > 0 else b
    return winner


def nil_scorers(ctx: Context, sent: Sentence) -> None:
    """`Scorers : Lars Berg ( 12th minute ) , Erik Dahl ( 40th )` after `Norway beat Malta 2-0`: with one
    side on nil, every scorer (but an own goal) plays for the other."""
    head = _SCORERS_HEAD.search(ctx.text[sent.start:sent.end])
    at = sent.start + head.start() if head else 0
    lead = ctx.text[ctx.text.rfind("\n", 0, at) + 1:at]
    if head is None or (lead.strip() and not re.search(r"[)\d]\s*$", lead)):
        return  # the scorers open their line, or follow the result on it ("A 2 , B 0 ( halftime 0-0 ) Scorers :")
    players = [(pi, p) for pi, p in sent.of_type("Person") if p.start >= sent.start + head.end()
               and _GOAL_MINUTE.match(ctx.text[p.end:sent.end]) and not _OWN_GOAL.match(ctx.text[p.end:sent.end])]
    if not players:
        return
    winner = _nil_winner(ctx, sent, sent.start + head.start())
    if winner is None:
        return
    _side(ctx, winner)
    for pi, _ in players:
        _emit_player(ctx, sent, pi, winner, "rule:scorers", 0.85)


_SHEET_POST = re.compile(r"\s*\(\s*(?P<post>captain|capt\.?|skipper|vice-captain|wicketkeeper|wicket-keeper|"
                         r"goalkeeper|keeper)\s*\)\s*$", re.I)
# A player's name on a team sheet: capitalised words, initials and the small words inside names.
_NAME_PARTICLE = r"(?:[A-Z][\w.'-]*|de|da|van|der|von|di|le|la|al-?|bin|ul|el)"
_SHEET_NAME = re.compile(rf"{_NAME_PARTICLE}(?:\s+{_NAME_PARTICLE})*")


def team_sheets(ctx: Context, sent: Sentence) -> None:
    """`Kenya - Odhiambo Otieno ( captain ) , Peter Wanjala , James Mwangi`: a line of a side, a dash and
    nothing but names is its team sheet; a name the model missed there is a player too."""
    if not sent.mentions:
        return
    si, side = sent.mentions[0]
    line_start = ctx.text.rfind("\n", sent.start, side.start) + 1 or sent.start
    if _side_kind(ctx, si) is None or ctx.text[max(line_start, sent.start):side.start].strip():
        return
    dash = re.match(r"\s+[-–]\s+", ctx.text[side.end:sent.end])
    if dash is None:
        return
    start = side.end + dash.end()
    line = ctx.text[start:_line_end(ctx, start, sent)]
    items, offset = [], start
    for part in re.split(r"(,)", line.rstrip().removesuffix(".").rstrip()):
        if part != ",":
            post = _SHEET_POST.search(part)
            name = part[:post.start()] if post else part
            lead = len(name) - len(name.lstrip())
            role = post.group("post").lower().rstrip(".") if post else None
            items.append((offset + lead, offset + len(name.rstrip()), role))
        offset += len(part)
    # Two names at least and nothing else: "Israel - Netanyahu , Gantz and others agreed" is prose.
    if items and items[-1][0] == items[-1][1]:
        items.pop()  # a comma closing a line that the next one continues
    if len(items) < 2 or not all(_SHEET_NAME.fullmatch(ctx.text[a:b]) for a, b, _ in items):
        return
    players = []
    for a, b, post in items:
        pi = ctx.mention_at_char(a)
        if pi is None:
            span = ctx.doc.char_span(a, b)
            if span is None:
                return
            pi = ctx.add_mention(Mention(text=span.text, start=a, end=b, type="Person", sentence=sent.idx,
                                         method="rule:team-sheet"))
        elif (ctx.mentions[pi].start, ctx.mentions[pi].end) != (a, b) or ctx.mentions[pi].type == "Place":
            return  # a name the model read otherwise, or a country: not a player's line
        players.append((pi, _POSTS.get(post) if post else None))
    _side(ctx, si)
    for pi, role in players:
        _retype(ctx, pi, "Person")
        _emit_player(ctx, sent, pi, si, "rule:team-sheet", 0.85, role)


def _name_word(ctx: Context, tok) -> bool:
    """A capitalised word of a name (the tagger calls "Arsenal" in "Arsenal striker" an adjective), not
    a nationality, a modifier or a function word starting the sentence."""
    return (tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in _MODIFIERS and not tok.is_stop
            and ctx.gazetteer.country_for_demonym(tok.text) is None
            and (tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and not tok.is_sent_start)))  # not "Police captain X"


def _unnamed_sides(ctx: Context, sent: Sentence) -> None:
    """`Arsenal striker Ian Wright` where the model read no name before the title: the proper nouns
    before a player's title are a side."""
    for pi, person in sent.of_type("Person"):
        span = ctx.span(pi)
        if span is None or span.start < 2:
            continue
        k = span.start - 1
        if ctx.doc[k].lower_ == "mate" and ctx.doc[k - 1].lower_ == "team":
            k -= 1
        elif ctx.doc[k].lower_ not in _PLAYERS:
            continue  # not a captain's title: "Police captain X", "Navy Captain X" are ranks
        k -= 1
        while k >= 0 and span.start - k <= 5 and ctx.doc[k].lower_ in _MODIFIERS and ctx.doc[k].is_lower:
            k -= 1
        end = k + 1
        while k >= 0 and end - k <= 3 and _name_word(ctx, ctx.doc[k]):
            k -= 1
        if k + 1 == end or (k >= 0 and _name_word(ctx, ctx.doc[k])):
            continue  # no name, or more words than a side's name
        side = ctx.doc[k + 1:end]
        if any(m.start < side.end_char and side.start_char < m.end for _, m in sent.mentions):
            continue
        ctx.add_mention(Mention(text=side.text, start=side.start_char, end=side.end_char, type="Organization",
                                sentence=sent.idx, method="rule:side-title"))


def side_titles(ctx: Context, sent: Sentence) -> None:
    """`Surrey captain Chris Lewis`, `ex-England fast bowler X`, `Shearer 's Newcastle team mate X`."""
    for pi, person in list(sent.mentions):
        if person.type != "Person" and not _unknown_name(ctx, pi):
            continue
        for si, side in sent.mentions:
            if side.end >= person.start or si == pi or _side_kind(ctx, si) is None:
                continue
            gap = ctx.text[side.end:person.start]
            if gap.endswith(" mate ") and gap[:-6].endswith(" team"):
                gap = gap[:-6].removesuffix(" team") + " team-mate "
            match = _TITLE_GAP.match(gap)
            if match is None:
                continue
            head, words = match.group("head").lower(), match.group("words").split()
            if not (head in _POSTS or head in _PLAYERS) or not all(w in _MODIFIERS for w in words):
                continue
            if head in _CLUB_POSTS and not _unknown_name(ctx, si):
                continue  # "Eagles owner X", "Rockets owner X"; not "Ohio owner X"
            if ctx.gazetteer.country_for_demonym(side.text) is not None and side.text[:1].isupper() \
                    and ctx.gazetteer.lookup_name(side.text) is None:
                continue  # "Brazilian midfielder X": where he comes from
            before = ctx.text[max(sent.start, side.start - 8):side.start]
            if head in _POSTS and re.search(r"\w\s*['’]s?\s+$", before) and (
                    side.type == "Place" or place_index().lookup(side.normal or side.text) is not None):
                continue  # "the bank's London manager X": the town of another body's branch, not a side
            past = bool(match.group("past") or re.search(r"(?:\bformer\s+|ex-)$", before, re.I)) or "former" in words
            role = _POSTS.get(head)
            _side(ctx, si)
            _retype(ctx, pi, "Person")  # "team mate Les Ferdinand": whoever the title names is a person
            _emit_player(ctx, sent, pi, si, "rule:side-title", 0.85, role, past)
            if head in _MATES:
                owner = next((oi for oi, o in sent.mentions if oi not in (pi, si)
                              and re.fullmatch(r"\s*'s?\s*", ctx.text[o.end:side.start])
                              and (o.type == "Person" or _unknown_name(ctx, oi))), None)
                if owner is not None:
                    _retype(ctx, owner, "Person")
                    _emit_player(ctx, sent, owner, si, "rule:side-title", 0.85)


_APPOINTED = re.compile(r"^\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?(?:named|appointed|confirmed|installed|"
                        r"takes\s+over|took\s+over|becomes|became)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|permanent\s+)?$", re.I)
_APPOINTED_SIDE = re.compile(_APPOINTED.pattern.rstrip("$") + r"(?P<side>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+"
                             r"(?:captain|skipper|vice-captain|coach|manager|trainer)\b", re.I)
_POST_AFTER = re.compile(r"^\s+(?P<head>captain|skipper|vice-captain|coach|manager|trainer)\b", re.I)


def appointments(ctx: Context, sent: Sentence) -> None:
    """`Shearer was named as the new England captain`, `X took over as Nice coach`: the side's post."""
    for pi, person in list(sent.mentions):
        if person.type != "Person" and not _unknown_name(ctx, pi):
            continue
        gap = _APPOINTED_SIDE.match(ctx.text[person.end:sent.end])
        if gap and not any(m.start < person.end + gap.end("side") and person.end + gap.start("side") < m.end
                           for _, m in sent.mentions):
            span = ctx.doc.char_span(person.end + gap.start("side"), person.end + gap.end("side"))
            if span is not None and all(_name_word(ctx, t) for t in span):  # "took over as Malmo coach"
                ctx.add_mention(Mention(text=span.text, start=span.start_char, end=span.end_char,
                                        type="Organization", sentence=sent.idx, method="rule:side-title"))
                _refresh(ctx, sent)
        for si, side in sent.mentions:
            if side.start <= person.end or _side_kind(ctx, si) is None:
                continue
            post = _POST_AFTER.match(ctx.text[side.end:sent.end])
            if _APPOINTED.match(ctx.text[person.end:side.start]) and post:
                _side(ctx, si)
                _retype(ctx, pi, "Person")
                _emit_player(ctx, sent, pi, si, "rule:side-title", 0.85, _POSTS[post.group("head").lower()])
            break  # only the first name after the person can be the side


# "X played for Nice", "who played his entire career with the Eagles", "X captained England": the verb,
# the prepositions that bring the side (None: its object) and the post it gives (None: a player).
_CAREER_VERBS = {"play": (("for", "with"), None), "captain": (None, "Captain"), "skipper": (None, "Captain"),
                 "coach": (None, "Coach"), "score": (("for",), None), "homer": (("for",), None),
                 "pitch": (("for",), None), "hit": (("for",), None), "belt": (("for",), None),
                 "smash": (("for",), None), "kick": (("for",), None), "net": (("for",), None)}
# Verbs that say nothing of sport without a scoring object: "hit a homer for X", not "hit out for X".
_OBJECT_VERBS = frozenset("hit belt smash kick net".split())


# Objects that keep the verb a player's: the game, the career, what a player scores ("hit a homer for Seattle").
_CAREER_OBJECTS = frozenset("""career football soccer cricket rugby hockey baseball basketball goal goals try tries
    homer homers run runs century centuries touchdown touchdowns basket baskets hat-trick equaliser equalizer winner
    penalty double triple single""".split())


def career_verbs(ctx: Context, sent: Sentence) -> None:
    """`Baratelli, who played for Nice and Paris St Germain`, `X captained Australia`: the person's side."""
    from kg.extract.roles import _verbs_of

    for pi, subject in list(sent.mentions):
        # A surname the model took for a body ("Cunningham played his entire career with X"): whoever
        # plays a career is a person, so an unknown name is read when the verb's object is the career.
        if subject.type != "Person" and (subject.type == "Place" or not _unknown_name(ctx, pi)):
            continue
        root = ctx.root(pi)
        if root is None:
            continue
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "Brian Giles and Jim Thome homered for Cleveland": both subjects
        for verb in _verbs_of(root):
            lemma = lemma_in(verb, _CAREER_VERBS)
            if lemma is None or verb.pos_ != "VERB" or modality(verb).kind != ASSERTED:
                continue
            preps, role = _CAREER_VERBS[lemma]
            dobjs = [c for c in verb.children if c.dep_ == "dobj"]
            if subject.type != "Person" and not any(c.lower_ == "career" for c in dobjs):
                continue
            if preps is not None and any(c.lower_ not in _CAREER_OBJECTS for c in dobjs):
                continue  # "played golf with Abe", "played a key role in the deal with Microsoft"
            if lemma in _OBJECT_VERBS and not dobjs:
                continue
            if preps is None:
                objs = [c for c in verb.children if c.dep_ == "dobj"]
            else:
                objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                        for g in c.children if g.dep_ == "pobj"]
                # "played his entire career with the Eagles": the preposition hangs off the object
                objs += [g for o in verb.children if o.dep_ == "dobj" and o.lower_ in _CAREER_OBJECTS
                         for c in o.children if c.dep_ == "prep" and c.lower_ in preps
                         for g in c.children if g.dep_ == "pobj"]
            # "for Nice and Paris St Germain" (the parser may hang the first on the second's last word)
            objs += [c for o in objs for c in o.children if c.dep_ == "conj"
                     or (c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children))]
            for obj in objs:
                si = ctx.mention_at(obj)
                if si is None or si == pi or ctx.root(si) != obj or _side_kind(ctx, si) is None:
                    continue
                _side(ctx, si)
                _retype(ctx, pi, "Person")
                past = lemma in ("play", "captain", "skipper", "coach") and verb.tag_ in ("VBD", "VBN")  # a career told
                _emit_player(ctx, sent, pi, si, "rule:career-verb", 0.8, role, past)


# "first division side Nice", "soccer club Bayern Munich", "basketball team Houston Rockets".
_SIDE_NOUN = re.compile(r"\b(?:soccer|football|basketball|baseball|hockey|cricket|rugby|division|league|county|"
                        r"premiership|championship|bundesliga)\s+(?:side|club|team)\s+$", re.I)


def named_sides(ctx: Context, sent: Sentence) -> None:
    """`struggling French first division side Nice`: the name after a sport's side noun is the side (so
    the article's other mentions of Nice are the club too, kg.resolve)."""
    for si, side in sent.mentions:
        if _side_kind(ctx, si) is not None and _SIDE_NOUN.search(ctx.text[max(sent.start, side.start - 40):side.start]):
            _side(ctx, si)


_COUNTRY_BRACKET = re.compile(r"^\s*\(\s*(?P<country>[^()]+?)\s*\)")
_HEAD_TO_HEAD = re.compile(r"^\s*(?:\d{1,3}|beat|bt|v|vs\.?|drew\s+with)\s*$", re.I)


def side_countries(ctx: Context, sent: Sentence) -> None:
    """`Steaua ( Romania ) 2 Sparta ( Czech Republic ) 1`, `Olympiakos ( Greece ) beat Maccabi ( Israel )
    88-71`: each club of a head-to-head result is based in the country in the brackets after its name."""
    line_start = ctx.text.rfind("\n", sent.start, sent.end) + 1 or sent.start
    bracketed = []  # (name, its country, where the bracket closes): names of any type
    for si, side in sent.mentions:
        if side.start < line_start or side.type == "Place":
            continue
        bracket = _COUNTRY_BRACKET.match(ctx.text[side.end:_line_end(ctx, side.end, sent)])
        if bracket is None:
            continue
        start, end = side.end + bracket.start("country"), side.end + bracket.end("country")
        country = next((ci for ci, c in sent.mentions if c.start == start and c.end == end
                        and c.type == "Place" and _national(ctx, ci)), None)
        if country is not None:
            bracketed.append((si, country, side.end + bracket.end()))
    for (a, a_country, a_end), (b, b_country, _) in zip(bracketed, bracketed[1:]):
        # Two sides face each other: only a score or "beat" between them, not a table row of many
        # (a golf line's "Tom Kowalski ( Poland ) 70 71 74 73 , Brett Kerr 72 ...").
        if not _HEAD_TO_HEAD.match(ctx.text[a_end:ctx.mentions[b].start]):
            continue
        for si, ci in ((a, a_country), (b, b_country)):
            # Only a name the line's shape made a side: the model's Organization for a runner's surname
            # is a guess, and a runner's country is no headquarters.
            if ctx.mentions[si].type == "Organization" and "rule:table" in ctx.mentions[si].method:
                ctx.emit("headquarteredIn", si, ci, sent, "rule:results-country", 0.8)
