"""The last pass of resolution: other forms of a name follow the full name (kg.variants says which).

Within an article, an acronym goes to the one name whose initials it spells (`NRA` where the
article names the National Rifle Association), a cut organisation name to the one longer name
it is cut from ("House Armed Services" -> the committee), and a misspelt surname to the one
person of the article whose surname it nearly is ("Yanukoyvch"). An article with the short form
alone follows the other articles: the target it was linked to far more often than any other,
or for an acronym the one name in the whole corpus it spells. Across the corpus, two names of
organisations or places one edit apart ("Tal Abyad", "Tel Abyad") are one when they share an
article or two neighbours. A plural of members follows its body ("Marines", the Marine Corps), a bare word
its article's subdivision ("Wardak", Wardak Province), and across the corpus a think tank's name cut before
"for" its one full name, and a body named in the other order with "at" or "of" that name ("Tufts Fletcher
School"). Everything is sorted, so the result does not depend on input order.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.headwords import EVENT_HEADS, NON_PERSON_WORDS, ORGANIZATION_HEADS, PLACE_HEADS
from kg.names import name_key
from kg.places import place_index
from kg.variants import acronym_of, cut_before_tail, deletion_keys, dropped_letter, is_acronym, misspelt, shortened_from


# Words that make a name a body (or an event) of its own beside the one-word name: "Fox News", "Reuters
# Institute", "Fed Cup".
_BODY_WORDS = NON_PERSON_WORDS | ORGANIZATION_HEADS | PLACE_HEADS | EVENT_HEADS | frozenset("cup open series".split())
# Words of an article about a treaty or arms: where none stands, a treaty's bare acronym names something else
# ("Verizon and ATT" is AT&T, not the Arms Trade Treaty's "ATT"); an article on "the JCPOA" speaks of a deal.
TREATY_WORDS = re.compile(r"\b(?:treaty|treaties|ratif\w*|signator\w*|signed|signing|accede[ds]?|accession|accords?|pacts?|"
                          r"agreements?|deals?|conventions?|arms\s+control|non-?proliferation|nuclear|missiles?|weapons?)\b", re.I)
# A name's words go on: "for the Coordination of ..." ("of Northern Ireland" may name where the body is); not a date
_GOES_ON = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                      r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z]")
# The capitalised word a name goes on with: "Room" of "the Diplomatic Reception Room Wednesday".
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![-'\u2019])")
# Legal forms after a company's name: "Boeing Co" is Boeing.
LEGAL_FORMS = frozenset("inc corp corporation co ltd llc plc sa ag nv gmbh bv spa ab oy asa holdings group".split())
# Head words of a think tank or a school, whose full name goes on with "for" (kg.linking._CorpusNames.cut_for).
_CUT_FOR_HEADS = frozenset("institute center centre school foundation endowment institution program programme "
                           "project initiative".split())
# Head words after which a body's name may go on with "at" a university or "of" its members, in the other order
# than its short form (kg.linking._CorpusNames.reordered).
_REORDER_HEADS = {"at": frozenset("school center centre institute college program programme project".split()),
                  "of": frozenset("council assembly committee commission congress league union chamber".split())}
# Bodies whose members the plural of the first word names: "Marines" of the Marine Corps, "Conservatives"
# of the Conservative Party.
_MEMBER_HEADS = frozenset("corps party movement militia".split())
# Words after a place's name that make it a subdivision's: "Wardak" of "Wardak Province".
# Not "Region": "Kurdish Region", "Basque Region" open on an adjective, not the place's own name.
_SUBDIVISION_HEADS = frozenset("province oblast governorate prefecture district county".split())


@dataclass(frozen=True, slots=True)
class Named:
    """One resolved name of an article: its group key, its name as written and its type."""

    key: str
    name: str
    type: str
    acronym: bool = False  # an acronym, however written ("Start" for the gazetteer's START)


def _dominant(counts: Counter) -> str | None:
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    if not ranked:
        return None
    if len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]:
        return ranked[0]
    return None


@lru_cache(maxsize=1 << 16)
def _words(name: str, person: bool = False) -> tuple[str, ...]:
    return tuple(name_key(name, person).split())


def _article_target(item: Named, others: list[Named]) -> str | None:
    """The one other key of the article that `item` is a short or misspelt form of."""
    targets: set[str] = set()
    words = list(_words(item.name))
    target = _member_of(item, words, others)
    if target is not None:
        return target
    if item.type != "Person" and (item.acronym or is_acronym(item.name)):
        # "NRA" for the National Rifle Association; "START" where the article names New START
        targets = {o.key for o in others if o.type != "Person" and o.type == item.type
                   and _qualified(item.name, o.name)}
        if not targets and item.key.startswith("n:"):
            targets = {o.key for o in others if o.type != "Person" and acronym_of(item.name, o.name)}
    elif item.key.startswith("n:") and item.type != "Person":
        targets = {o.key for o in others if o.type == item.type and shortened_from(words, list(_words(o.name)))}
        if not targets:  # "the Brennan Center" where the article names the Brennan Center for Justice
            targets = {o.key for o in others if o.type == item.type and cut_before_tail(words, list(_words(o.name)))}
    if not targets and len(words) == 1 and item.key[:2] in ("n:", "p:") and " " not in item.key:
        word = name_key(item.name, person=True)
        targets = {o.key for o in others if o.key.startswith("p:") and " " in o.name
                   and (misspelt(word, _words(o.name, True)[-1]) or dropped_letter(word, _words(o.name, True)[-1]))}
    return next(iter(targets)) if len(targets) == 1 else None


def _member_of(item: Named, words: list[str], others: list[Named]) -> str | None:
    """The body or the subdivision a plural of members or a bare place's word stands for in its article."""
    return _member_plural(item, words, others) or _bare_subdivision(item, words, others)


def _member_plural(item: Named, words: list[str], others: list[Named]) -> str | None:
    """"Marines" where the article names the Marine Corps: the plural of a body's first word, its members,
    stands for the one body of the article named by that word and a head word such as "Corps" or "Party"."""
    if item.type != "Organization" or len(words) != 1 or not item.key.startswith("n:") or not words[0].endswith("s"):
        return None
    stem = words[0][:-1]
    targets = {o.key for o in others if o.type == "Organization" and _words(o.name)[-2:] == (stem, _words(o.name)[-1])
               and _words(o.name)[-1] in _MEMBER_HEADS and _country_initials(o.name.split()[:-2])}
    return next(iter(targets)) if len(targets) == 1 else None


def _country_initials(words: list[str]) -> bool:
    """Nothing, or a country's initials only ("U.S." of "U.S. Marine Corps"): not another word that makes
    another body ("Progressive Conservative Party")."""
    return not words or (len(words) == 1 and words[0].replace(".", "").isupper() and len(words[0].replace(".", "")) <= 3)


def _bare_subdivision(item: Named, words: list[str], others: list[Named]) -> str | None:
    """"a businessman from Wardak" where the article names Wardak Province: a one-word name (whatever type the
    model gave it) is the subdivision its own article names with the word and "Province", "Oblast", ...,
    unless a person of the article bears the word ("Kent" beside Kent County and Mr Jack Kent)."""
    if len(words) != 1 or item.type == "Place" or item.key[:2] not in ("n:", "p:") or " " in item.key:
        return None
    if any(o.type == "Person" and words[0] in _words(o.name, True) for o in others if " " in o.name):
        return None
    targets = {o.key for o in others if o.type == "Place" and len(_words(o.name)) == 2
               and _words(o.name)[0] == words[0] and _words(o.name)[1] in _SUBDIVISION_HEADS}
    return next(iter(targets)) if len(targets) == 1 else None


def _cut_off(item: Named, text: str) -> bool:
    """An organisation's name that the text goes on with every time ("United Nations Office" of "the United
    Nations Office for the Coordination of Humanitarian Affairs"): the start of a longer name the mention
    lost, so no other long name of the corpus is its full form (the UN's human rights office is not OCHA)."""
    if item.type != "Organization" or " " not in item.name or not text:
        return False
    found = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(item.name)}(?!\w)", text)]
    return bool(found) and all(_GOES_ON.match(text, end) for end in found)


def _spelled_after(item: Named, other: Named, text: str) -> bool:
    """`other` is the long name a cut-off `item` was cut from: its text spells `other` in full, item first."""
    return other.type == item.type and other.name.startswith(item.name + " for ") and other.name in text


def _qualified(acronym: str, name: str) -> bool:
    """`New START` of `START`: the acronym after a capitalised word or two, not after a preposition
    (the Permanent Mission of Russia to NATO is not NATO)."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[-1].upper() == acronym.upper() and all(w[:1].isupper() for w in words)


def link_variants(articles: dict[str, list[Named | None]], texts: dict[str, str] | None = None,
                  modifier: Callable[[str], bool] = lambda word: False,
                  nationality: Callable[[str], bool] = lambda word: False) -> dict[tuple[str, int], str]:
    """(article, item) -> the key that item's name is another form of, for the items that have one.

    `texts` (article id -> text) lets a company's one-word name follow its two-word name (kg.linking._CorpusNames).
    `modifier(word)` says a (lower-case) word is a place's name: across articles a name does not
    follow a longer one that only such words open ("Wesleyan University" is not Ohio Wesleyan).
    `nationality(word)` says a name's first word (as written) says only whose the body is ("European",
    "U.S."): such a name follows the proper name after it (kg.linking._without_nationality).
    """
    links: dict[tuple[str, int], str] = {}
    linked_to: dict[str, Counter] = defaultdict(Counter)  # source key -> target -> articles
    texts = texts or {}
    cut_off: dict[str, set[Named]] = {}  # article -> its names cut before the rest of them (_cut_off)
    members: set[tuple[str, int]] = set()  # items linked by _member_of, whose target may follow another
    for aid in sorted(articles):
        items = articles[aid]
        named = sorted({item for item in items if item is not None}, key=lambda n: (n.key, n.name, n.type))
        text = texts.get(aid, "")
        cut = cut_off[aid] = {item for item in named if _cut_off(item, text)}
        found = {item: _article_target(item, [o for o in named if o.key != item.key and (
                     item not in cut or _spelled_after(item, o, text))]) for item in named}
        seen = set()
        for i, item in enumerate(items):
            if item is None:
                continue
            target = found[item]
            if target is not None:
                links[(aid, i)] = target
                if target == _member_of(item, list(_words(item.name)), named):
                    members.add((aid, i))
                if item.key not in seen:
                    linked_to[item.key][target] += 1
                    seen.add(item.key)
    expansions, longer = _corpus_expansions(articles), _CorpusNames(articles, texts, modifier)
    treaties = {item.key for items in articles.values() for item in items if item is not None and item.type == "Treaty"}
    for aid in sorted(articles):
        for i, item in enumerate(articles[aid]):
            if item is None or (aid, i) in links:
                continue
            if not item.key.startswith("n:"):
                continue  # the gazetteer (or a person cluster) has its own meaning for the name elsewhere
            if item in cut_off[aid]:
                target = longer.spelled_on(item, aid)  # only the long name its own text goes on to spell
                if target is not None and target != item.key:
                    links[(aid, i)] = target
                continue
            target = longer.continued(item, aid) or _dominant(linked_to.get(item.key, Counter()))
            if target is None and is_acronym(item.name) and len(item.name) >= 3:
                found = expansions.get(item.name, set())
                target = next(iter(found)) if len(found) == 1 else None
            elif target is None and item.type == "Organization":
                target = longer.only_longer(item) or longer.spelled_on(item, aid)
                if target is None:
                    target = longer.cut_for(item) or longer.reordered(item)
                    if target is not None:
                        members.add((aid, i))
            if (target in treaties and texts and is_acronym(item.name)
                    and not TREATY_WORDS.search(texts.get(aid, ""))):
                target = None  # the acronym of a treaty only where its own article speaks of treaties
            if target is not None and target != item.key:
                links[(aid, i)] = target
    organisations = _organisations_by_name(articles)
    _without_nationality(articles, links, texts, nationality, organisations)
    _without_edition(articles, links, modifier, organisations)
    return _followed_through(articles, _with_misspellings(articles, links), members)


def _followed_through(articles, links: dict[tuple[str, int], str], moved: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """`moved`: items the newer rules linked (_member_of, _CorpusNames.cut_for). Such an item's link to a key whose
    every mention itself follows one other key goes on to that key ("Marines" followed "U.S. Marine Corps",
    which follows the Marine Corps of the other articles), and any link goes on through a key whose every
    mention such a rule moved ("Woodrow Wilson Center" followed the cut "Woodrow Wilson International Center")."""
    goes_to: dict[str, set[str | None]] = defaultdict(set)
    by_rule: dict[str, bool] = {}
    for aid, items in articles.items():
        for i, item in enumerate(items):
            if item is not None:
                goes_to[item.key].add(links.get((aid, i)))
                by_rule[item.key] = by_rule.get(item.key, True) and (aid, i) in moved
    onward = {key: next(iter(to)) for key, to in goes_to.items() if len(to) == 1 and None not in to}
    result = {}
    for where, target in links.items():
        seen = {target}
        while target in onward and onward[target] not in seen and (where in moved or by_rule[target]):
            target = onward[target]
            seen.add(target)
        result[where] = target
    return result


_SMALL_WORDS = frozenset("of on for and the in at to".split())


def _in_lower_case(name: str, texts: dict[str, str]) -> bool:
    """Does any article write `name` in lower case, as words of their own ("armed forces", "national")?"""
    lower = re.compile(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])")
    return any(lower.search(text) for text in texts.values())


def _organisations_by_name(articles) -> dict[str, set[str]]:
    """An organisation's name key -> the keys of the corpus's items that write it."""
    found: dict[str, set[str]] = defaultdict(set)
    for items in articles.values():
        for item in items:
            if item is not None and item.type == "Organization":
                found[name_key(item.name)].add(item.key)
    return found


def _without_nationality(articles, links: dict[tuple[str, int], str], texts: dict[str, str],
                         nationality: Callable[[str], bool], bare: dict[str, set[str]]) -> None:
    """"European Airbus", "U.S. Marine Corps": a nationality word before an organisation's proper name
    that the corpus also writes alone is that body, not another one. The bare name must be a proper
    name (never written in lower case: not "armed forces") with no "of"/"on"/"for" (the German Council
    on Foreign Relations is not the Council on Foreign Relations), not opening on a body's head word,
    and not itself follow another name. `bare`: the corpus's organisation names (_organisations_by_name)."""
    joined: dict[str, str | None] = {}
    for aid in sorted(articles):
        for i, item in enumerate(articles[aid]):
            if item is None or (aid, i) in links or not item.key.startswith("n:") or item.type != "Organization":
                continue
            first, _, rest = item.name.partition(" ")
            if not rest or rest.isupper() or not nationality(first):
                continue
            if item.key not in joined:
                words = name_key(rest).split()
                keys = bare.get(" ".join(words), set()) - {item.key}
                ok = (len(keys) == 1 and not _SMALL_WORDS & set(words) and not any(
                    w in _BODY_WORDS for w in words[:1]) and rest[:1].isupper())
                ok = ok and not _in_lower_case(rest, texts)
                joined[item.key] = next(iter(keys)) if ok else None
            target = joined[item.key]
            if target is not None:
                links[(aid, i)] = target
    # a bare name that itself follows another name (the Quds Force read as the Iranian Quds Force) leaves it be
    followed = {articles[aid][i].key for aid, i in links}
    for (aid, i), target in list(links.items()):
        if joined.get(articles[aid][i].key) == target and target in followed:
            del links[(aid, i)]


# Words after an outlet's name that name its medium: "National Review Online" is National Review. Not
# "Magazine": The New York Times Magazine is a publication of its own.
_EDITIONS = frozenset("online digital".split())


def _without_edition(articles, links: dict[tuple[str, int], str], modifier: Callable[[str], bool],
                     bare: dict[str, set[str]]) -> None:
    """"National Review Online": an organisation's name and an edition word is the one organisation of the
    corpus named without it, unless that name is a place's ("New York Online" is no edition of a city)."""
    for aid in sorted(articles):
        for i, item in enumerate(articles[aid]):
            if item is None or (aid, i) in links or not item.key.startswith("n:") or item.type != "Organization":
                continue
            rest, _, last = item.name.rpartition(" ")
            if not rest or last.lower() not in _EDITIONS or modifier(rest.lower()):
                continue
            keys = bare.get(name_key(rest), set()) - {item.key}
            if len(keys) == 1:
                links[(aid, i)] = next(iter(keys))


def _corpus_expansions(articles) -> dict[str, set[str]]:
    """Acronym -> the keys of the corpus's names (not people) that it spells."""
    acronyms = {item.name for items in articles.values() for item in items
                if item is not None and item.key.startswith("n:") and is_acronym(item.name) and len(item.name) >= 3}
    found: dict[str, set[str]] = defaultdict(set)
    by_initial: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for items in articles.values():
        for item in items:
            if item is not None and item.type != "Person" and " " in item.name:
                by_initial[item.name[:1].upper()].add((item.key, item.name))
    for acronym in acronyms:
        for key, name in by_initial.get(acronym[0], ()):
            if acronym_of(acronym, name):
                found[acronym].add(key)
    return found


class _CorpusNames:
    """The corpus's organisation names by first and last word, to find the one a cut name is cut from."""

    def __init__(self, articles, texts: dict[str, str], modifier: Callable[[str], bool]):
        self.modifier = modifier
        self.by_word: dict[str, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
        self.first_words: dict[str, set[str]] = defaultdict(set)  # first word -> keys of every name it begins
        self.articles: dict[str, set[str]] = defaultdict(set)  # key of a name of several words -> its articles
        self.acronym_second: set[str] = set()
        self.surface: dict[str, set[str]] = defaultdict(set)  # key of a name of several words -> its spellings
        for aid, items in articles.items():
            for item in items:
                if item is not None and " " in item.name:
                    words = tuple(name_key(item.name).split())
                    self.first_words[words[0]].add(item.key)
                    self.surface[item.key].add(item.name)
                    if item.type == "Organization":
                        if len(words) == 2 and item.name.split()[-1].isupper():
                            self.acronym_second.add(item.key)  # "Greenpeace USA", "Amnesty UK": a branch
                        self.by_word[words[0]].add((item.key, words))
                        self.by_word[words[-1]].add((item.key, words))
                        self.articles[item.key].add(aid)
        self.texts = texts
        self.found: dict[str, str | None] = {}
        self.by_surface: dict[str, set[str]] | None = None  # a name of several words -> its keys
        self.proper: dict[str, bool] = {}  # capitalised word -> never written in lower case (_proper)

    def only_longer(self, item: Named) -> str | None:
        """The key of the one organisation name of the corpus `item` is a cut form of, if there is one."""
        if item.key not in self.found:
            words = name_key(item.name).split()
            if len(words) == 1:
                # "Stanford", "Harvard": a university by its first word, when the corpus names it in full
                keys = {key for key, long in self.by_word.get(words[0], ()) if key != item.key
                        and long in ((words[0], "university"), ("university", "of", words[0]))}
                if not keys:
                    keys = self._company(item.key, words[0])
            else:
                keys = {key for first_or_last in {words[0], words[-1]} for key, long in self.by_word.get(first_or_last, ())
                        if key != item.key and shortened_from(words, list(long)) and not self._qualified(words, long)}
            self.found[item.key] = next(iter(keys)) if len(keys) == 1 else None
        return self.found[item.key]

    def spelled_on(self, item: Named, aid: str) -> str | None:
        """The key of the one longer name `item` is cut from before its tail (kg.variants.cut_before_tail)
        that the text of `item`'s own article spells in full: "the Heritage Foundation's Margaret Thatcher
        Center for Freedom" read as "Margaret Thatcher Center". A span cut short, not another body."""
        text = self.texts.get(aid, "")
        words = name_key(item.name).split()
        if not text or len(words) < 2:
            return None
        keys = {key for key, long in self.by_word.get(words[0], ()) if key != item.key
                and cut_before_tail(words, list(long)) and any(name in text for name in self.surface[key])}
        return next(iter(keys)) if len(keys) == 1 else None

    def cut_for(self, item: Named) -> str | None:
        """The key of the one name of the corpus `item` is cut from before a "for" tail, in another article:
        "Woodrow Wilson International Center" of the Woodrow Wilson International Center for Scholars. Only
        a think tank's or a school's head word (a "Russian Ministry" is not the Ministry for Emergency
        Situations) after a proper name, a word the corpus never writes in lower case: not "National
        Association", "International Center". Not "on" or "of": the European Council is not the European
        Council on Foreign Relations, nor the Communist Party the Communist Party of China."""
        words = name_key(item.name).split()
        if len(words) < 2 or words[-1] not in _CUT_FOR_HEADS or not self.texts:
            return None
        keys = {key for key, long in self.by_word.get(words[0], ()) if key != item.key
                and cut_before_tail(words, list(long)) and long[len(words)] == "for"}
        if len(keys) != 1 or not any(self._proper(word) for word in item.name.split()[:-1]):
            return None
        return next(iter(keys))

    def reordered(self, item: Named) -> str | None:
        """The key of the one organisation of the corpus named with `item`'s words in the other order:
        "Fletcher School at Tufts University" as "Tufts Fletcher School", "Council of Federation" as
        "Federation Council". "At" only after a school's or a think tank's head word and before a university;
        "of" only after an assembly's head word and before one word: the University of Miami is not Miami
        University, nor the Bank of China a China Bank."""
        words = name_key(item.name).split()
        other = None
        for k in (1, 2):
            if len(words) <= k or words[k] not in ("at", "of") or words[k - 1] not in _REORDER_HEADS[words[k]]:
                continue
            rest = [w for w in words[k + 1:] if w != "the"]
            if words[k] == "of" and len(rest) == 1:
                other = (rest[0], *words[:k])
            elif words[k] == "at" and len(rest) == 2 and rest[1] == "university":
                other = (rest[0], *words[:k])
            elif words[k] == "at" and len(rest) == 3 and rest[:2] == ["university", "of"]:
                other = (rest[2], *words[:k])
        if other is None:
            return None
        keys = {key for key, long in self.by_word.get(other[0], ()) if key != item.key and long == other}
        return next(iter(keys)) if len(keys) == 1 else None

    def _proper(self, word: str) -> bool:
        """A capitalised word the corpus never writes in lower case ("Wilson", "Belfer"; not "National")."""
        if not word[:1].isupper() or not word.isalpha():
            return False
        if word not in self.proper:
            self.proper[word] = not _in_lower_case(word, self.texts)
        return self.proper[word]

    def continued(self, item: Named, aid: str) -> str | None:
        """The key of the one name of the corpus that `item`'s own text spells on with one more capitalised
        word every time it writes `item`: "the Diplomatic Reception Room Wednesday" read as "Diplomatic
        Reception", where another article names the Diplomatic Reception Room. A span cut short."""
        text = self.texts.get(aid, "")
        if " " not in item.name or not text:
            return None
        ends = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(item.name)}(?![\w-])", text)]
        nexts = [_NEXT_WORD.match(text, end) for end in ends]
        if not nexts or not all(nexts) or len({m.group(1) for m in nexts}) != 1:
            return None
        if self.by_surface is None:
            self.by_surface = defaultdict(set)
            for key, names in self.surface.items():
                for name in names:
                    self.by_surface[name].add(key)
        keys = self.by_surface.get(f"{item.name} {nexts[0].group(1)}", set()) - {item.key}
        return next(iter(keys)) if len(keys) == 1 else None

    def _company(self, own: str, word: str) -> set[str]:
        """"Exxon" of Exxon Mobil, "Lockheed" of Lockheed Martin: the one name of the corpus that `word`
        begins (of any type), of two words, the second a legal form ("Inc", "Corp") or a word the corpus
        never writes in lower case and no place: "Sony" is not Sony Pictures, nor "Greenpeace" Greenpeace USA."""
        begun = self.first_words.get(word, set()) - {own}
        if len(begun) != 1:
            return set()
        key = next(iter(begun))
        second = [long[1] for k, long in self.by_word.get(word, ()) if k == key and len(long) == 2 and long[0] == word]
        if not second or len(set(second)) != 1:
            return set()
        if second[0] in LEGAL_FORMS:
            return {key}
        place = place_index().lookup(second[0])
        if not self.texts or key in self.acronym_second or second[0] in _BODY_WORDS or (place is not None and (
                place.kind != "City" or place_index().is_main_name(second[0]))):
            return set()  # "Greenpeace USA", "Amnesty UK", "Gazprom Germania" are branches ("Mobil" is no town's own name)
        lower = re.compile(rf"(?<![\w-]){re.escape(second[0])}(?![\w-])")
        # the name's own articles first: where a common word is likeliest written in lower case
        order = sorted(self.articles[key]) + sorted(set(self.texts) - self.articles[key])
        return set() if any(lower.search(self.texts[aid]) for aid in order if aid in self.texts) else {key}

    def _qualified(self, short: list[str], long: tuple[str, ...]) -> bool:
        """The longer name is the short one after a place's name: another body, not its full name
        ("Ohio" + Wesleyan University, "Ohio" + National Guard). A nationality adjective is not such a
        word: "Iranian Quds Force" is the Quds Force."""
        return long[-len(short):] == tuple(short) and any(self.modifier(w) for w in long[:-len(short)])


def _spelling(name: str) -> str:
    """What two spellings of one name are compared by: its words joined, in sorted order from three."""
    words = name_key(name).split()
    return "".join(sorted(words) if len(words) >= 3 else words)


def _with_misspellings(articles, links: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """Organisations and places spelt one edit apart, sharing an article or two neighbours.

    A name the gazetteer knows keeps its node and takes the other ("Islamic Revolutionary Guards
    Corps"); of two others, the one named in fewer articles joins the other.
    """
    key_articles: dict[str, set[str]] = defaultdict(set)
    key_type: dict[str, Counter] = defaultdict(Counter)
    names: set[tuple[str, str]] = set()
    for aid, items in articles.items():
        for i, item in enumerate(items):
            if item is None or item.type == "Person" or not item.key.startswith(("n:", "gz:")) or (aid, i) in links:
                continue
            key_articles[item.key].add(aid)
            key_type[item.key][item.type] += 1
            names.add((item.key, item.name))
    by_deletion: dict[str, set[tuple[str, str]]] = defaultdict(set)
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, name in names:
        spelling = _spelling(name)
        if len(spelling) >= 7:
            written[(key, spelling)].add(name)
            for d in deletion_keys(spelling):
                by_deletion[d].add((key, spelling))
    merged: dict[str, str] = {}
    neighbours: dict[str, set[str]] = {}
    for group in sorted((g for g in by_deletion.values() if len({k for k, _ in g}) > 1), key=sorted):
        pairs = sorted(group)
        for x, (a, spelt_a) in enumerate(pairs):
            for b, spelt_b in pairs[x + 1:]:
                if a == b or a in merged or b in merged or (a.startswith("gz:") and b.startswith("gz:")) or not misspelt(spelt_a, spelt_b):
                    continue
                kind = key_type[a].most_common(1)[0][0]
                if kind != key_type[b].most_common(1)[0][0]:
                    continue
                if _two_names(written[(a, spelt_a)], written[(b, spelt_b)], kind == "Place"):
                    continue
                if not key_articles[a] & key_articles[b]:
                    for k in (a, b):
                        if k not in neighbours:
                            neighbours[k] = _neighbours(articles, key_articles[k], k)
                    if len(neighbours[a] & neighbours[b]) < 2:
                        continue
                small, big = sorted((a, b), key=lambda k: (k.startswith("gz:"), len(key_articles[k]), k))
                merged[small] = big
    if not merged:
        return links
    links = {where: merged.get(target, target) for where, target in links.items()}
    for aid, items in articles.items():
        for i, item in enumerate(items):
            if item is not None and item.key in merged and (aid, i) not in links:
                links[(aid, i)] = merged[item.key]
    return links


def _two_names(names_a: set[str], names_b: set[str], places: bool) -> bool:
    """Spellings one edit apart that are two names, not a misspelling: two places GeoNames knows apart
    ("Columbia", "Colombia"), names differing only in an acronym ("CBN News", "CBS News"), or a place
    and the plural that names it with its like ("America", "the Americas"; "Korea", "the two Koreas")."""
    index = place_index()
    for a in names_a:
        for b in names_b:
            if places and (a + "s" == b or b + "s" == a):
                return True
            place_a, place_b = index.lookup(a), index.lookup(b)
            if place_a is not None and place_b is not None and place_a.geonames_id != place_b.geonames_id:
                return True
            words_a, words_b = a.split(), b.split()
            changed = [(x, y) for x, y in zip(words_a, words_b) if x != y]
            if len(words_a) == len(words_b) and len(changed) == 1 and all(
                    w.isalpha() and w.isupper() and 2 <= len(w) <= 5 for w in changed[0]):
                return True
    return False


def _neighbours(articles, article_ids: set[str], own: str) -> set[str]:
    return {item.key for aid in article_ids for item in articles[aid] if item is not None and item.key != own}
