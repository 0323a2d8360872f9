"""Russian mentions and relations: natasha's NER merged with the gazetteer, and word-pattern rules.

General Russian, never taken from particular articles: role titles before or after a name
("министр иностранных дел России Сергей Лавров", "Сергей Лавров, глава МИД России") give
holdsPosition with the role and the country or body; meeting words (встретился с, провёл
переговоры с, телефонный разговор) give met; treaty verbs (подписал, ратифицировал,
приостановил, вышел из) give partyTo. Words are compared by their normal forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer import Gazetteer
from kg.model import Mention, Quotation, Relation, Sentence

QUOTES = frozenset("«»\"“”„'‘’")
NER_TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}

# Normal forms of words that head a role title ("министр", "генсек") ...
ROLE_HEADS = frozenset("""
министр замминистра президент вице-президент премьер премьер-министр вице-премьер глава замглавы руководитель
председатель зампред зампредседатель заместитель директор гендиректор генсек секретарь госсекретарь посол
посланник постпред полпред представитель спикер пресс-секретарь советник помощник канцлер король королева
принц эмир султан шейх мэр губернатор вице-губернатор депутат сенатор конгрессмен член лидер координатор
сопредседатель основатель сооснователь учредитель редактор главред корреспондент журналист фотограф
обозреватель аналитик эксперт экономист сотрудник командующий командир начальник генерал адмирал маршал
судья прокурор генпрокурор омбудсмен уполномоченный атташе консул генконсул дипломат владелец совладелец
ректор проректор декан профессор президент-элект тренер наставник капитан пилот гонщик игрок нападающий
защитник полузащитник вратарь форвард солист вокалист гитарист управляющий менеджер аудитор юрист адвокат
вице-спикер парламентарий докладчик наблюдатель астронавт космонавт полковник подполковник майор
архиепископ митрополит патриарх епископ священник протоиерей настоятель зав заведующий исполняющий
врио сотрудница работник инженер специалист преподаватель исследователь учёный ученый
""".split())
# Prefixes that keep a title a title: "экс-премьер", "вице-адмирал", "генерал-майор".
_HEAD_PREFIXES = ("экс-", "вице-", "генерал-", "контр-", "и.о.")
# ... and words that may stand inside one ("министр иностранных дел", "чрезвычайный и полномочный посол").
ROLE_WORDS = ROLE_HEADS | frozenset("""
иностранный дело внутренний оборона финансы экономический экономика развитие юстиция и по в при
чрезвычайный полномочный генеральный главный исполнительный первый старший постоянный специальный
официальный пресс-служба пресс пресс-атташе нынешний бывший тогдашний новый временно исполняющий
обязанность врио федеральный государственный верховный военный сухопутный войско сила штаб
вооруженный морской флот совет безопасность комитет комиссия правление наблюдательный директоров
совета департамент управление отдел служба торговля промышленность энергетика культура образование
здравоохранение связь транспорт сельский хозяйство труд социальный защита природный ресурс спорт
иностранных делами международный вопрос региональный
""".split())
# Words after which the next place is where the role is exercised, not whose role it is ("посол Италии в Грузии").
PLACE_PREPOSITIONS = frozenset("в во на при из".split())

MEETING_VERBS = frozenset("встретиться встречаться переговорить созвониться побеседовать договориться".split())
HOST_VERBS = frozenset("принять принимать".split())
MEETING_NOUNS = frozenset("встреча переговоры беседа разговор".split())
MEETING_SUPPORT = frozenset("провести проводить состояться иметь обсудить".split())
TREATY_VERBS = {
    "подписать": "signed", "подписывать": "signed", "ратифицировать": "ratified", "приостановить": "suspended",
    "приостанавливать": "suspended", "выйти": "withdrew", "выходить": "withdrew", "денонсировать": "withdrew",
    "нарушить": "violated", "нарушать": "violated", "присоединиться": "signed",
}


@dataclass(frozen=True)
class Found:
    text: str
    start: int
    end: int
    type: str
    key: str
    method: str
    normal: str


def _is_upper_first(text: str) -> bool:
    return text[:1].isupper()


def _gazetteer_matches(sent, models, index) -> list[tuple[int, int, str, str]]:
    """(start, end, entry id, name) of the longest gazetteer names in a sentence, left to right."""
    toks = [t for t in sent.tokens if t.text not in QUOTES]
    lemmas = [models.lemma(t.text) for t in toks]
    found, i = [], 0
    while i < len(toks):
        hit = None
        for size in range(min(10, len(toks) - i), 0, -1):
            words = toks[i:i + size]
            exact = index.acronyms.get(tuple(t.text for t in words))
            named = index.names.get(tuple(lemmas[i:i + size]))
            if exact is None and named is not None and not any(_is_upper_first(t.text) for t in words):
                named = None  # "мир" is not the name "Мир"
            if exact or named:
                hit = (words[0].start, words[-1].stop, *(exact or named))
                break
        if hit is not None:
            found.append(hit)
            i += max(1, sum(1 for t in toks[i:] if t.stop <= hit[1]))
        else:
            i += 1
    return found


@dataclass(frozen=True)
class _Cut:
    """A natasha span with its first words cut off."""

    start: int
    stop: int
    tokens: list
    type: str
    normal: str

    @property
    def text(self) -> str:
        return self.normal


def find_mentions(doc, models, index, gazetteer: Gazetteer) -> list[Found]:
    """natasha's PER/LOC/ORG spans and the gazetteer's names, overlaps resolved: the longer span wins,
    a person's name over a one-word place or body name ("София" the singer, not Sofia)."""
    text = doc.text
    candidates: list[tuple[int, int, int, Found]] = []
    ner_starts = {s.start for s in doc.spans}
    for span in doc.spans:
        etype = NER_TYPES.get(span.type)
        if etype is None:
            continue
        words = [t for t in span.tokens if t.text not in QUOTES]
        if etype != "Person" and words and all(is_role_head(t.text, models.lemma(t.text)) for t in words):
            continue  # "Замглавы" alone: a title, not a body
        if etype != "Person" and len(words) > 1 and is_role_head(words[0].text, models.lemma(words[0].text)):
            # "Замглавы Федеральной миграционной службы": the title is not part of the body's name.
            words = words[1:]
            span = _Cut(words[0].start, span.stop, span.tokens, span.type, text[words[0].start:span.stop])
        key = ""
        if words and etype != "Person":
            hit = index.acronyms.get(tuple(t.text for t in words)) or \
                index.names.get(tuple(models.lemma(t.text) for t in words))
            if hit:
                key = hit[0]
        entry = gazetteer.by_id(key) if key else None
        found = Found(text[span.start:span.stop], span.start, span.stop, entry.type if entry else etype, key,
                      "ner+gazetteer" if key else "ner", span.normal or span.text)
        candidates.append((span.stop - span.start, 1 if etype == "Person" else 0, span.start, found))
    for sent in doc.sents:
        for start, end, entry_id, name in _gazetteer_matches(sent, models, index):
            if start == sent.start and start not in ner_starts and " " not in text[start:end]:
                continue  # a capitalised first word is no sign of a name
            entry = gazetteer.by_id(entry_id)
            found = Found(text[start:end], start, end, entry.type, entry_id, "gazetteer", name)
            candidates.append((end - start, 0, start, found))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    kept: list[Found] = []
    for _, _, _, m in candidates:
        clash = [k for k in kept if m.start < k.end and k.start < m.end]
        if not clash:
            kept.append(m)
        elif m.type == "Person" and len(clash) == 1 and clash[0].method == "gazetteer" \
                and (clash[0].start, clash[0].end) == (m.start, m.end) and " " not in m.text:
            kept[kept.index(clash[0])] = m
    kept = sorted((m for m in kept if m.text.strip() and m.normal not in GENERIC_NAMES), key=lambda m: (m.start, m.end))
    kept = _split_parentheses(kept, text)
    return _join_genitives(kept, doc, models, index, gazetteer, text)


# Organisations that name no particular body: "СМИ" (the media), "Интернет".
GENERIC_NAMES = frozenset("СМИ Интернет интернет Сеть".split())
# Nouns that make a body of the place or organisation named after them in the genitive:
# "правительство Китая", "мэрия Москвы", "посольство США", "сборная России".
ORG_DESCRIPTORS = frozenset("""
правительство администрация мэрия парламент министерство посольство представительство консульство
пресс-служба прокуратура генпрокуратура полиция армия суд минобороны минфин минэкономразвития мид
кабинет командование сборная команда клуб генконсульство спецслужба госдепартамент делегация ведомство
орган отделение филиал
""".split())
_PAREN = re.compile(r"^(?P<name>.*?\S)\s*\((?P<inner>[^()]+)\)$")


def _split_parentheses(mentions: list[Found], text: str) -> list[Found]:
    """`Джоэл Саймон (Joel Simon)`, `Комитет защиты журналистов (КЗЖ)`: two names, not one."""
    out = []
    for m in mentions:
        match = _PAREN.match(m.text)
        if match is None:
            if m.text.endswith(")") and "(" not in m.text:  # "В.Л.)": a bracket that closes outside the name
                m = Found(m.text[:-1].rstrip(), m.start, m.start + len(m.text[:-1].rstrip()), m.type, m.key, m.method,
                          m.normal.rstrip(")").rstrip())
            out.append(m)
            continue
        name, inner = match.group("name"), match.group("inner").strip()
        inner_start = m.start + m.text.index(inner, len(name))
        normal = _PAREN.match(m.normal).group("name") if _PAREN.match(m.normal) else name
        out.append(Found(name, m.start, m.start + len(name), m.type, m.key, m.method, normal))
        out.append(Found(inner, inner_start, inner_start + len(inner), m.type, "", m.method + "+rule:parenthesis",
                         inner))
    return out


def _genitive(token) -> bool:
    return (token.feats or {}).get("Case") == "Gen"


def _join_genitives(mentions: list[Found], doc, models, index, gazetteer: Gazetteer, text: str) -> list[Found]:
    """A body or place followed by the place or body it belongs to, in the genitive, is one name:
    `Министерства сельского хозяйства Германии`, `Совета муфтиев России`, `Восточного побережья США`;
    so is a body with the region it serves (`ГУ МЧС России по Санкт-Петербургу`) and a descriptor
    noun before a place or body, with its adjectives: `правительства Китая`, `мэрии Москвы`,
    `внешнеполитического ведомства России`."""
    token_at = {t.start: t for t in doc.tokens}
    token_before = {t.stop + 1: t for t in doc.tokens}  # the token one space before a position
    out: list[Found] = []
    for m in mentions:
        first = token_at.get(m.start)
        prev = out[-1] if out else None
        gen = first is not None and _genitive(first) and m.type in ("Place", "Organization")
        if gen and prev is not None and text[prev.end:m.start] == " " and \
                (prev.type, m.type) in (("Organization", "Place"), ("Organization", "Organization"), ("Place", "Place")):
            out[-1] = _joined(prev.start, m.end, prev.type, prev.normal + " " + m.text, prev.key, models, index,
                              gazetteer, text)
            continue
        if prev is not None and prev.type == "Organization" and m.type == "Place" \
                and text[prev.end:m.start] == " по " and (first.feats or {}).get("Case") == "Dat":
            out[-1] = _joined(prev.start, m.end, "Organization", prev.normal + text[prev.end:m.end], prev.key, models,
                              index, gazetteer, text)
            continue
        if gen:
            before = token_before.get(m.start)
            if before is not None and models.lemma(before.text) in ORG_DESCRIPTORS \
                    and (prev is None or prev.end <= before.start):
                start = _adjectives_before(before, token_before, prev)
                normal = text[start:before.start] + models.lemma(before.text) + " " + m.text
                out.append(_joined(start, m.end, "Organization", normal, "", models, index, gazetteer, text))
                continue
        if m.type == "Organization" and first is not None and not m.key:
            start = _adjectives_before(first, token_before, prev, geographic=True)
            if start < m.start:
                m = Found(text[start:m.end], start, m.end, m.type, m.key, m.method + "+rule:adjective",
                          text[start:m.start] + m.normal)
        out.append(m)
    return out


def _adjectives_before(token, token_before: dict, prev: Found | None, geographic: bool = False) -> int:
    """Where the lower-case adjectives agreeing with `token` start: "правоохранительными органами",
    "японского МИДа" (with `geographic`, only adjectives of places: -ский, -цкий)."""
    start, case = token.start, (token.feats or {}).get("Case")
    adj = token_before.get(start)
    while adj is not None and adj.pos == "ADJ" and adj.text[:1].islower() and (adj.feats or {}).get("Case") == case \
            and (prev is None or prev.end <= adj.start) \
            and (not geographic or adj.text.lower().rstrip("аяоеыйгмхую").endswith(("ск", "цк"))):
        start = adj.start
        adj = token_before.get(start)
    return start


def _joined(start: int, end: int, etype: str, normal: str, key: str, models, index, gazetteer, text: str) -> Found:
    """The joined span, with the gazetteer's id when it knows the whole name (`Правительство России`)."""
    words = [w for w in re.findall(r"[\w.-]+", text[start:end])]
    hit = index.names.get(tuple(models.lemma(w) for w in words))
    if hit is not None:
        entry = gazetteer.by_id(hit[0])
        return Found(text[start:end], start, end, entry.type, entry.id, "ner+gazetteer+rule:genitive", normal)
    return Found(text[start:end], start, end, etype, key if etype == "Organization" else "", "ner+rule:genitive",
                 normal)


def is_role_head(word: str, lemma: str) -> bool:
    """A word that heads a role title, by its normal form or as written ("управляющий" is also a verb form)."""
    low = word.lower()
    if lemma in ROLE_HEADS or low in ROLE_HEADS:
        return True
    for prefix in _HEAD_PREFIXES:
        if lemma.startswith(prefix) and len(lemma) > len(prefix) + 2:
            return True
    return False


class _Tokens:
    """A sentence's tokens with normal forms and the mention each one belongs to."""

    def __init__(self, sent_tokens, mentions: list[Mention], models):
        self.toks = list(sent_tokens)
        self.lemmas = [models.lemma(t.text) for t in self.toks]
        self.heads = [is_role_head(t.text, lemma) for t, lemma in zip(self.toks, self.lemmas)]
        self.owner: list[int | None] = []
        for t in self.toks:
            self.owner.append(next((i for i, m in mentions if m.start <= t.start < m.end), None))


def extract_relations(doc, text: str, sentences: list[Sentence], mentions: list[Mention], models,
                      index, quotations: list | None = None) -> list[Relation]:
    """holdsPosition, met and partyTo stated by each sentence; who said what goes into `quotations`."""
    starts = [s.start for s in sentences]
    relations: list[Relation] = []
    # Nationality adjectives ("российский президент") point at the country where the article names it.
    countries: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.key and m.type == "Place":
            countries.setdefault(m.key, i)
    countries = {lemma: countries[cid] for lemma, cid in index.adjectives.items() if cid in countries}
    for sent in doc.sents:
        idx = next((i for i, s in enumerate(starts) if sent.start <= s < sent.stop), None)
        if idx is None:
            continue
        in_sent = [(i, m) for i, m in enumerate(mentions) if m.sentence == idx]
        if not in_sent:
            continue
        toks = _Tokens(sent.tokens, in_sent, models)
        relations += _positions(toks, mentions, idx, text, countries)
        relations += _meetings(toks, mentions, idx)
        relations += _treaties(toks, mentions, idx)
        if quotations is not None:
            quotations += _statements(toks, mentions, idx, text, sentences[idx])
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.predicate, r.subject, r.object, r.sentence)
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.sentence, r.subject, r.object, r.predicate))


# Parts of speech that end a title: a verb or a pronoun starts another clause.
_CLAUSE_POS = frozenset("VERB AUX PRON SCONJ".split())
_TITLE_STOPS = frozenset(".;:!?()[]")
_TITLE_SPAN = 15  # tokens a title may take


def _in_title(toks: _Tokens, k: int, mentions: list[Mention]) -> bool:
    owner = toks.owner[k]
    if owner is not None:
        return mentions[owner].type != "Person"
    tok = toks.toks[k]
    return tok.pos not in _CLAUSE_POS and tok.text not in _TITLE_STOPS and toks.lemmas[k] not in ("который", "что")


def _agrees(toks: _Tokens, a: int, b: int) -> bool:
    """Apposition: a title and the name it describes stand in the same case and number (when known)."""
    fa, fb = toks.toks[a].feats or {}, toks.toks[b].feats or {}
    return all(fa.get(f) is None or fb.get(f) is None or fa[f] == fb[f] for f in ("Case", "Number"))


def _plain_title(toks: _Tokens, head: int, stop: int) -> bool:
    """Only title words and names between the role word and the name: "министра иностранных дел Японии"."""
    return all(toks.owner[k] is not None or toks.lemmas[k] in ROLE_WORDS for k in range(head + 1, stop)) \
        and not any(toks.heads[k] for k in range(head + 1, stop))


def _role_chunk(toks: _Tokens, head: int, stop: int, mentions: list[Mention], start: int | None = None):
    """(role title, body mention) of the tokens from a role word to `stop`, or None.

    The body is the first organisation or place after the role word, unless it follows a
    preposition ("посол Италии в Грузии": Italy's ambassador), which makes it a fallback only.
    """
    primary = fallback = None
    after_prep, role_end = False, stop
    for k in range(head + 1, stop):
        owner = toks.owner[k]
        if owner is not None:
            if after_prep and fallback is None:
                fallback = owner
            elif not after_prep and primary is None:
                primary = owner
                role_end = min(role_end, k)
            if k + 1 >= len(toks.owner) or toks.owner[k + 1] != owner:
                after_prep = False
            continue
        after_prep = toks.lemmas[k] in PLACE_PREPOSITIONS
    body = primary if primary is not None else fallback
    if body is None:
        return None
    first = head  # the adjectives of the title: "генеральный секретарь", "чрезвычайный и полномочный посол"
    while start is not None and first - 1 >= start and toks.owner[first - 1] is None \
            and (toks.toks[first - 1].pos == "ADJ" or (toks.lemmas[first - 1] == "и" and first - 2 >= start
                                                        and toks.toks[first - 2].pos == "ADJ")):
        first -= 1
    words = [t.text for t in toks.toks[first:role_end] if t.text not in QUOTES]
    while len(words) > 1 and words[-1].lower() in PLACE_PREPOSITIONS | {"и", "по", "-", "–", ","}:
        words.pop()
    return " ".join(words), body


def _segments(start: int, stop: int, toks: _Tokens) -> list[tuple[int, int]]:
    """The comma-separated parts of a run of title tokens: "депутат ..., сопредседатель ..."."""
    parts, first = [], start
    for k in range(start, stop):
        if toks.toks[k].text == ",":
            parts.append((first, k))
            first = k + 1
    parts.append((first, stop))
    return [(a, b) for a, b in parts if a < b]


# What may stand before a role word in its title: "официальный представитель", "и российский президент".
_BEFORE_HEAD_POS = frozenset("ADJ DET NUM PART CCONJ PUNCT".split())


def _titles(toks: _Tokens, start: int, stop: int, name: int, mentions: list[Mention], before: bool,
            countries: dict[str, int]):
    """(role, body) for each comma-separated title in tokens start..stop describing the name at `name`.

    In each part, the first role word that agrees with the name in case and whose title names a
    body ("полпред президента РФ": the title is полпред). The part next to a name before it may
    start with any words ("Сразу после Нового года премьер-министр Эстонии"); other parts must
    start with their title ("депутат ..., сопредседатель ... Михаил Вельмакин").
    """
    parts = _segments(start, stop, toks)
    if before and (not parts or parts[-1][1] != stop):
        return  # "директор X, Кирилл Разлогов": the title before the comma is someone else's
    order = list(enumerate(parts))
    for n, (a, b) in order[::-1] if before else order:
        free = n == (len(parts) - 1 if before else 0)
        found = None
        for head in range(a, b):
            if toks.heads[head] and toks.owner[head] is None and (toks.toks[head].feats or {}).get("Number") != "Plur" \
                    and (_agrees(toks, head, name) or (before and _plain_title(toks, head, b))):
                found = _role_chunk(toks, head, b, mentions, a)
                if found:
                    break
            if not free and (toks.owner[head] is not None or toks.toks[head].pos not in _BEFORE_HEAD_POS):
                break
        if found is None and free and before:
            found = _adjective_title(toks, a, b, countries)
        if found:
            yield found
        elif before:
            return  # "Шумов, лидер «Центра», и Михаил Борзыкин": a chain of titles ends where one is missing


def _adjective_title(toks: _Tokens, a: int, b: int, countries: dict[str, int]):
    """`российский президент Дмитрий Медведев`: the country of the adjective, if the article names it."""
    for k in range(a, b - 1):
        if toks.lemmas[k] in countries and toks.heads[k + 1] and toks.owner[k] is None:
            words = [t.text for t in toks.toks[k + 1:b]]
            if all(toks.lemmas[x] in ROLE_WORDS or toks.heads[x] for x in range(k + 1, b)):
                return " ".join(words), countries[toks.lemmas[k]]
    return None


def _breaks(toks: _Tokens, k: int, text: str) -> bool:
    """A line break between token k and the next: a title never runs across one."""
    return k + 1 < len(toks.toks) and "\n" in text[toks.toks[k].stop:toks.toks[k + 1].start]


def _positions(toks: _Tokens, mentions: list[Mention], idx: int, text: str,
               countries: dict[str, int]) -> list[Relation]:
    out = []
    n = len(toks.toks)
    for k in range(n):
        pi = toks.owner[k]
        if pi is None or mentions[pi].type != "Person" or (k > 0 and toks.owner[k - 1] == pi):
            continue
        # Titles before the name: "министр иностранных дел России Сергей Лавров"; a dash ends them
        # ("Яковлева - директор X, Разлогов - ...": the director is Яковлева).
        j = k - 1
        while j >= 0 and k - j <= _TITLE_SPAN and _in_title(toks, j, mentions) \
                and toks.toks[j].text not in ("-", "—", "–") and not _breaks(toks, j, text):
            j -= 1
        for role, body in _titles(toks, j + 1, k, k, mentions, True, countries):
            out.append(Relation("holdsPosition", pi, body, idx, "rule:ru-title-before", 0.8, role))
        # Titles after it: "Сергей Лавров, глава МИД России," / "Светлана Яковлева - директор ...".
        end = k
        while end < n and toks.owner[end] == pi:
            end += 1
        if end < n and toks.toks[end].text in (",", "—", "–", "-") and not _breaks(toks, end - 1, text):
            stop = end + 1
            while stop < n and stop - end <= _TITLE_SPAN and _in_title(toks, stop, mentions) \
                    and toks.toks[stop].text not in ("—", "–", "-") and not _breaks(toks, stop - 1, text):
                stop += 1
            if stop < n and toks.owner[stop] is not None:
                # "X, координатор движения Y Сергей Удальцов": the last title is the next person's.
                stop = max((b for b in range(end + 1, stop) if toks.toks[b].text == ","), default=end + 1)
            for role, body in _titles(toks, end + 1, stop, k, mentions, False, countries):
                out.append(Relation("holdsPosition", pi, body, idx, "rule:ru-title-after", 0.75, role))
    return out


def _negated_or_future(toks: _Tokens, k: int) -> bool:
    feats = toks.toks[k].feats or {}
    return (k > 0 and toks.lemmas[k - 1] == "не") or feats.get("Tense") == "Fut"


def _person_after(toks: _Tokens, mentions: list[Mention], start: int, window: int = 8) -> int | None:
    """The first person named within `window` tokens from `start`, unless a clause ends first."""
    for x in range(start, min(len(toks.toks), start + window)):
        owner = toks.owner[x]
        if owner is not None and mentions[owner].type == "Person":
            return owner
        if toks.toks[x].text in _TITLE_STOPS or toks.toks[x].pos in ("VERB", "AUX"):
            return None
    return None


def _persons_before(toks: _Tokens, mentions: list[Mention], k: int) -> list[int]:
    return list(dict.fromkeys(toks.owner[j] for j in range(k) if toks.owner[j] is not None
                              and mentions[toks.owner[j]].type == "Person"))


def _meetings(toks: _Tokens, mentions: list[Mention], idx: int) -> list[Relation]:
    """`A встретился с B`, `A провёл переговоры с B`, `телефонный разговор A с B`, `A принял B`,
    `встреча между A и B`, `A и B встречаются`."""
    out = []
    for k, word in enumerate(toks.lemmas):
        if word not in MEETING_VERBS | MEETING_NOUNS | HOST_VERBS or _negated_or_future(toks, k):
            continue
        if word in MEETING_NOUNS and not any(w in MEETING_SUPPORT or w == "телефонный"
                                             for w in toks.lemmas[max(0, k - 3):k]) \
                and not (k + 1 < len(toks.toks) and toks.lemmas[k + 1] == "между"):
            continue
        before = _persons_before(toks, mentions, k)
        pair = None
        if k + 1 < len(toks.toks) and toks.lemmas[k + 1] == "между":
            first = _person_after(toks, mentions, k + 2)
            conj = next((x for x in range(k + 2, min(len(toks.toks), k + 12)) if toks.lemmas[x] == "и"), None)
            second = _person_after(toks, mentions, conj + 1) if conj is not None else None
            pair = (first, second)
        elif word in HOST_VERBS:
            # "Обама принимает в Белом доме своего коллегу Николя Саркози": a person as the object.
            guest = _person_after(toks, mentions, k + 1)
            start = next((x for x in range(k + 1, len(toks.toks)) if toks.owner[x] == guest), None)
            if guest is not None and (toks.toks[start].feats or {}).get("Case") in ("Acc", None):
                pair = (before[-1] if before else None, guest)
        else:
            with_at = next((j for j in range(k + 1, min(len(toks.toks), k + 12)) if toks.lemmas[j] in ("с", "со")),
                           None)
            after = _person_after(toks, mentions, with_at + 1) if with_at is not None else None
            if after is not None:
                pair = (before[-1] if before else None, after)
            elif word in MEETING_VERBS and len(before) >= 2 and (toks.toks[k].feats or {}).get("Number") == "Plur":
                # "Миллер и Озерец, которые сегодня встречаются": two people joined by "и".
                a, b = before[-2], before[-1]
                between = range(mentions[a].end, mentions[b].start)
                if any(toks.lemmas[x] == "и" and toks.toks[x].start in between for x in range(k)):
                    pair = (a, b)
        if pair and None not in pair and pair[0] != pair[1]:
            out.append(Relation("met", pair[0], pair[1], idx, "rule:ru-meeting", 0.75))
    return out


def _treaties(toks: _Tokens, mentions: list[Mention], idx: int) -> list[Relation]:
    """`Россия приостановила участие в ДСНВ`, `США вышли из ДРСМД`."""
    out = []
    for k, word in enumerate(toks.lemmas):
        action = TREATY_VERBS.get(word)
        if action is None or _negated_or_future(toks, k):
            continue
        party = next((toks.owner[j] for j in range(k - 1, -1, -1) if toks.owner[j] is not None
                      and mentions[toks.owner[j]].type in ("Place", "Organization")), None)
        treaty = next((toks.owner[j] for j in range(k + 1, min(len(toks.toks), k + 10)) if toks.owner[j] is not None
                       and mentions[toks.owner[j]].type == "Treaty"), None)
        if party is not None and treaty is not None:
            out.append(Relation("partyTo", party, treaty, idx, "rule:ru-treaty-action", 0.75, action))
    return out


SPEECH_VERBS = frozenset("""
заявить заявлять сказать говорить сообщить отметить отмечать подчеркнуть подчеркивать добавить пояснить
рассказать напомнить признать указать предупредить считать полагать уточнить объяснить
""".split())
REPORT_VERBS = frozenset("сообщать передавать цитировать писать".split())
_REPORT_TAIL = re.compile(r",?\s*(?:—\s*)?(?:сообщает|сообщают|передаёт|передает|пишет|цитирует)\b.*$")
_QUOTE = re.compile(r"[«„“\"]([^«»„“”\"]{12,}?)[»“”\"]")


def _statements(toks: _Tokens, mentions: list[Mention], idx: int, text: str, sent: Sentence) -> list[Quotation]:
    """`«...», — заявил Сергей Лавров`, `Лавров сообщил, что ...`, `по словам Лаврова, ...`; the outlet of
    `сообщает ТАСС` is the reporter."""
    n, found = len(toks.toks), []
    reporter = next((toks.owner[k + 1] for k in range(n - 1) if toks.lemmas[k] in REPORT_VERBS
                     and (toks.toks[k].feats or {}).get("Tense") == "Pres" and toks.owner[k + 1] is not None
                     and mentions[toks.owner[k + 1]].type == "Organization"), None)
    quotes = _QUOTE.findall(sent.text)
    quote = max(quotes, key=len).strip(" ,") if quotes else None
    for k in range(n):
        speaker, verb = None, toks.toks[k].text
        if toks.lemmas[k] in SPEECH_VERBS and toks.toks[k].pos == "VERB" and not _negated_or_future(toks, k):
            after = _person_after(toks, mentions, k + 1, window=4)
            before = [i for i in _persons_before(toks, mentions, k)]
            speaker = after if after is not None and (k == 0 or toks.toks[k - 1].text in "—–-,»\"") \
                else (before[-1] if before else after)
            words = quote
            if words is None:
                that = next((x for x in range(k + 1, min(n, k + 4)) if toks.lemmas[x] == "что"), None)
                words = text[toks.toks[that + 1].start:sent.end].rstrip(" .") if that is not None and that + 1 < n else None
        elif toks.lemmas[k] == "по" and k + 2 < n and toks.lemmas[k + 1] == "слово":
            speaker, verb = _person_after(toks, mentions, k + 2, window=3), "по словам"
            comma = next((x for x in range(k + 2, n) if toks.toks[x].text == ","), None)
            words = quote or (text[toks.toks[comma + 1].start:sent.end].rstrip(" .")
                              if comma is not None and comma + 1 < n else None)
        else:
            continue
        if speaker is None or not words or speaker == reporter:
            continue
        words = _REPORT_TAIL.sub("", words)
        start = text.find(words, sent.start)
        about = tuple(i for i, m in enumerate(mentions) if start >= 0 and start <= m.start
                      and m.end <= start + len(words) and i != speaker)
        found.append(Quotation(speaker=speaker, text=words, verb=verb, sentence=idx,
                               method="rule:ru-quote" if words == quote else "rule:ru-speech",
                               confidence=0.8 if words == quote else 0.7, reporter=reporter, about=about))
    return list({(q.speaker, q.text): q for q in found}.values())
