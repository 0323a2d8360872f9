"""Page furniture out, metadata in: general rules for scraped news pages (decoding is kg.ingest.readers).

A line of a scraped page is kept as article text when it reads as prose: enough words, a
sentence ending, a normal share of English function words, mostly in the page's own script,
no URL or e-mail, not repeated elsewhere on the page. Short lines are kept only inside a run
of prose (a one-line quote between paragraphs), never in a run of furniture (menus, most-read
lists, tag lists, captions). Nothing here knows any site.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.ingest import furniture as F

STOP_WORDS = frozenset(
    """a about after against all also an and any are as at be been before being between both but by can could
    did do does during each for from had has have he her his how i if in into is it its just may more most
    my no not of on once only or other our out over own said says same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your""".split()
)
_URL = re.compile(r"https?:\s?//\S+|www\.\S+|\S+@\S+\.\w+")
# Terminal punctuation, then any closing quotes or brackets: a headline in quotes ('...can't
# sweat') is not a sentence, a quotation that ends one ("... for you.") is.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff\u0590-\u05ff]")
_LETTER = re.compile(r"[^\W\d_]")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def _is_prose(line: str, stop_words: frozenset = STOP_WORDS, foreign: re.Pattern = _NON_LATIN) -> bool:
    words = line.split()
    # A short line is prose only as a whole sentence: "Nowadays, plague is easily treated."
    if len(words) < (5 if _SENTENCE_END.search(line) and line[0].isupper() else 8):
        return False
    if _URL.search(line) or _TEMPLATE.search(line):
        return False
    if len(foreign.findall(line)) > 0.2 * len(_LETTER.findall(line)):
        return False
    stops = sum(w.lower().strip(".,;:\"'“”‘’()«»") in stop_words for w in words)
    return stops >= 0.12 * len(words) and (bool(_SENTENCE_END.search(line)) or len(words) >= 20)


def _is_short_text(line: str, foreign: re.Pattern = _NON_LATIN) -> bool:
    """A short line that may belong to the article if prose surrounds it (a quote, a subtitle)."""
    words = line.split()
    return (2 <= len(words) < 8 or (len(words) >= 8 and not _URL.search(line))) and not foreign.search(line) \
        and not _URL.search(line) and not _TEMPLATE.search(line) and not line.strip().isdigit()


def _kinds(lines: list[str]) -> list[str]:
    counts = Counter(line for line in lines if line)
    stop_words, foreign = _page_words("\n".join(lines))
    kinds = []
    for line in lines:
        if not line:
            kinds.append("blank")
        elif F.is_furniture(line):
            kinds.append("bad")  # captions, credits, widgets, promotion
        elif counts[line] > 1:
            # Repeated on the page: navigation, titles, teaser lists; or a pull quote, whose copy
            # in the article's text is kept (see clean_lines).
            kinds.append("dup" if _is_prose(line, stop_words, foreign) else "bad")
        elif _is_prose(line, stop_words, foreign):
            kinds.append("good")
        elif _is_short_text(line, foreign):
            kinds.append("short")
        else:
            kinds.append("bad")
    return kinds


def clean_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of the lines of a scraped page that are the article's own text."""
    lines = [F.strip_widgets(re.sub(r"\s+", " ", raw).strip()).strip() for raw in text.split("\n")]
    kinds = _kinds(lines)
    first, last = _main_block(kinds, lines)
    kept, seen = [], set()
    for i in range(first, last + 1):
        kind, line = kinds[i], lines[i]
        if kind == "good" or (kind == "dup" and line not in seen):
            kept.append((i, line))
            seen.add(line)
        elif kind == "short":
            # Kept only between prose paragraphs (looking past blank lines), alone or with up to
            # two other short lines (a subheading; a quote, its speaker and its topic); four or
            # more in a row are a list of links.
            j = i - 1
            while j >= first and kinds[j] in ("blank", "short"):
                j -= 1
            k = i + 1
            while k <= last and kinds[k] in ("blank", "short"):
                k += 1
            run = sum(kinds[n] == "short" for n in range(j + 1, k))
            between = j >= first and kinds[j] == "good" and k <= last and kinds[k] == "good"
            if (between and run <= 3) or (j < first and _LONE_DATELINE.match(line)):
                kept.append((i, line))
    return kept


_LONE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,[ A-Za-z.]{2,30})?\s*(?:\(\w+\)\s*)?[—–-]?$")
# Prose lines with more than SPLIT_GAP other lines between them start a new block. A block joins
# the article when its prose is about as dense and it is within NEAR lines of it, or within FAR
# lines with at least FAR_LINES prose lines (the rest of an article after a widget of links;
# a lone teaser paragraph that far away stays out).
SPLIT_GAP, NEAR, FAR, FAR_LINES = 3, 10, 20, 3


def _main_block(kinds: list[str], lines: list[str]) -> tuple[int, int]:
    """(first, last) line of the article: the run of prose lines (few other lines between them)
    with the most prose words, weighted by the square of its share of prose lines (a longer
    comment thread, each comment between a user name, a date and a "Reply", still loses to a
    short article), and the dense runs close to it. A page's other prose (teasers of other articles, comment rules, cookie notices)
    stands apart from it, or is thinned out by the headlines and bylines between its lines."""
    solid = [i for i, kind in enumerate(kinds) if kind != "blank"]
    blocks: list[list[int]] = []  # indexes into solid
    for n, i in enumerate(solid):
        if kinds[i] != "good":
            continue
        if blocks and n - blocks[-1][1] - 1 <= SPLIT_GAP:
            blocks[-1][1] = n
        else:
            blocks.append([n, n])
    if not blocks:
        return 0, -1

    def density(block: list[int]) -> float:
        return sum(kinds[solid[n]] == "good" for n in range(block[0], block[1] + 1)) / (block[1] - block[0] + 1)

    def score(block: list[int]) -> float:
        words = sum(len(lines[solid[n]].split()) for n in range(block[0], block[1] + 1) if kinds[solid[n]] == "good")
        return words * density(block) ** 2

    def joins(block: list[int], gap: int) -> bool:
        good = [solid[n] for n in range(block[0], block[1] + 1) if kinds[solid[n]] == "good"]
        if gap <= NEAR:
            return density(block) >= dense / 2
        # Further away only the rest of an article: several dense paragraphs of full length.
        words = sum(len(lines[i].split()) for i in good)
        return gap <= FAR and len(good) >= FAR_LINES and density(block) >= 0.8 * dense and words >= 15 * len(good)

    at = max(range(len(blocks)), key=lambda b: score(blocks[b]))
    first, last, dense = blocks[at][0], blocks[at][1], density(blocks[at])
    for b in range(at - 1, -1, -1):
        if not joins(blocks[b], first - blocks[b][1] - 1):
            break
        first = blocks[b][0]
    for b in range(at + 1, len(blocks)):
        if not joins(blocks[b], blocks[b][0] - last - 1):
            break
        last = blocks[b][1]
    first, last = solid[first], solid[last]
    # A dateline on its own line just before the first paragraph belongs to the article.
    before = next((i for i in range(first - 1, -1, -1) if kinds[i] != "blank"), None)
    if before is not None and kinds[before] == "short" and _LONE_DATELINE.match(lines[before]):
        first = before
    return first, last


def has_text(text: str) -> bool:
    """True when there is something to read: at least one word with letters."""
    return bool(_LETTER.search(text))


def lone_sentences(page: str) -> list[tuple[int, str]]:
    """(line number, line) of a file that is nothing but a sentence or two, not a page: kept whole,
    since a one-sentence article is an article ("Putin met Xi in Beijing.")."""
    lines = [(i, re.sub(r"\s+", " ", raw).strip()) for i, raw in enumerate(page.split("\n"))]
    lines = [(i, line) for i, line in lines if line]
    if 1 <= len(lines) <= 3 and all(len(line.split()) >= 2 and line[0].isupper() and _SENTENCE_END.search(line)
                                    and not F.is_furniture(line) for _, line in lines):
        return lines
    return []


def drop_widget_lines(paragraphs: list[str]) -> list[str]:
    """The article's own paragraphs of text that a crawler or trafilatura already took from a page:
    without captions, credits, widgets, promotion, bare links, paragraphs repeated in the article
    ("Share this", "Advertisement") and a byline, publisher tag or kicker left at either end. Short
    headings between paragraphs stay: they often carry names."""
    paragraphs = [p for p in (F.strip_widgets(p).strip() for p in paragraphs) if p]
    counts = Counter(paragraphs)
    links = F.link_list_items(paragraphs)
    kept = [p for i, p in enumerate(paragraphs) if i not in links
            and not _URL.fullmatch(p) and not (counts[p] > 1 and len(p.split()) < 12) and not F.is_furniture(p)]
    while kept and _is_label(kept[-1]):
        kept.pop()
    # Short lines before the first paragraph are a byline, a publisher tag or a kicker
    # ("ANALYSIS/OPINION:"), not article text; a dateline there stays.
    while len(kept) > 1 and (_is_label(kept[0]) or _NAME_LIST.match(kept[0])) and not _LONE_DATELINE.match(kept[0]):
        kept.pop(0)
    return kept


_FULL_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+"
_NAME_LIST = re.compile(rf"^{_FULL_NAME}(?:,? (?:and )?{_FULL_NAME})*$")


def _is_label(paragraph: str) -> bool:
    return len(paragraph.split()) < 5 and not _SENTENCE_END.search(paragraph)


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:T\s?(\d{2}):\s?(\d{2}))?")
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|\b)")
_DMY = re.compile(r"\b(\d{2})\.(\d{2})\.(\d{4})\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(m.title() for m in _MONTHS) + r")\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,30}?),\s+(?:\(?[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)[^.–—-]{0,20}"
    r"(?:[.,]?\s*/?(?P<agency>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?)/?\.?|\s*[–—-]\s*(?P<agency2>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\.)?")


def _valid(y: int, m: int, d: int) -> bool:
    return 1900 < y < 2100 and 1 <= m <= 12 and 1 <= d <= 31


def find_date(head: str, url: str | None = None) -> str | None:
    """The publication date in the page header or URL, ISO; never a guessed year."""
    match = _ISO.search(head)
    if match and _valid(*map(int, match.group(1, 2, 3))):
        date = "-".join(match.group(1, 2, 3))
        return f"{date}T{match.group(4)}:{match.group(5)}" if match.group(4) else date
    for source in (url or "", head):
        match = _URL_DATE.search(source)
        if match and _valid(*map(int, match.groups())):
            return "-".join(match.groups())
    match = _DMY.search(head)
    if match and _valid(int(match.group(3)), int(match.group(2)), int(match.group(1))):
        return f"{match.group(3)}-{match.group(2)}-{match.group(1)}"
    match = _MONTH_DAY.search(head)
    # The year only from where a page states it: a copyright line, or a full date in a URL.
    year = re.search(r"©\s*(\d{4})|/((?:19|20)\d{2})(?:[01]\d[0-3]\d|/[01]\d/)", head)
    if match and year:
        y = int(year.group(1) or year.group(2))
        m, d = _MONTHS[match.group(1).lower()], int(match.group(2))
        if _valid(y, m, d):
            return f"{y}-{m:02d}-{d:02d}T{int(match.group(3)):02d}:{match.group(4)}"
    return None


def find_dateline(body: str) -> tuple[str | None, str | None]:
    """(place, agency) of a dateline such as `MINSK, May 29. /TASS/.` at the start of the body."""
    for line in body.split("\n")[:3]:
        match = _DATELINE.match(line)
        if match:
            place = match.group("place").strip().title()
            agency = match.group("agency") or match.group("agency2")
            return place, agency
    return None, None


def find_headline(lines: list[str], first_body_line: int, body_words: set[str]) -> str | None:
    """The first title-like line before the body that shares most of its words with the body."""
    for line in lines[:max(first_body_line, 0)]:
        line = line.strip()
        words = line.split()
        if not 4 <= len(words) <= 16 or line.endswith(".") or _URL.search(line) or _NON_LATIN.search(line):
            continue
        content = {w.lower().strip(",.:;\"'") for w in words} - STOP_WORDS
        if content and len(content & body_words) / len(content) >= 0.5:
            return line
    return None


def find_url(text: str) -> str | None:
    """The first URL alone on a line at the top of a page."""
    for line in text.split("\n")[:10]:
        match = re.fullmatch(r"\s*(https?://\S+)\s*", line)
        if match:
            return match.group(1)
    return None


# Pages in another language's script (kg.lang): a page written mostly in the script of a language
# pack other than English is read with that language's function words, and its own script is not
# foreign there. English pages get the English words and Cyrillic menus stay furniture.
def _page_words(text: str) -> tuple[frozenset, re.Pattern]:
    from kg.lang import page_words

    found = page_words(text)
    return found if found is not None else (STOP_WORDS, _NON_LATIN)
