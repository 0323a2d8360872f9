"""Bytes to text, page furniture out, metadata in: general rules for scraped news pages.

A line of a scraped page is kept as article text when it reads as prose: enough words, a
sentence ending, a normal share of English function words, mostly in the page's own script,
no URL or e-mail, not repeated elsewhere on the page. Short lines are kept only inside a run
of prose (a one-line quote between paragraphs), never in a run of furniture (menus, most-read
lists, tag lists, captions). Nothing here knows any site.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.errors import InputError

STOP_WORDS = frozenset(
    """a about after against all also an and any are as at be been before being between both but by can could
    did do does during each for from had has have he her his how i if in into is it its just may more most
    my no not of on once only or other our out over own said says same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your""".split()
)
COMMON_ENCODINGS = ["cp1251", "cp1252", "latin_1", "iso8859_15", "koi8_r", "cp1250", "iso8859_2", "iso8859_5",
                    "mac_cyrillic", "cp1253", "cp1254", "cp1256"]
_URL = re.compile(r"https?:\s?//\S+|www\.\S+|\S+@\S+\.\w+")
_SENTENCE_END = re.compile(r"[.!?…\"'”’»)]\s*$")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff\u0590-\u05ff]")
_LETTER = re.compile(r"[^\W\d_]")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def decode(raw: bytes, where: str) -> str:
    """Text of a file in UTF-8 or whatever charset it is in (windows-1251, latin-1, ...)."""
    if not raw.strip():
        raise InputError(f"{where}: the file is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: binary file, not text; give .txt, .html or .jsonl articles")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        # News pages come in a handful of single-byte encodings; naming them keeps a short
        # windows-1251 page from being read as UTF-16 or a CJK encoding.
        best = from_bytes(raw, cp_isolation=COMMON_ENCODINGS).best() or from_bytes(raw).best()
        if best is None:
            raise InputError(f"{where}: cannot tell the text encoding; save it as UTF-8") from None
        text = str(best)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    letters = len(_LETTER.findall(text[:20000]))
    if letters < 0.3 * min(len(text), 20000):
        raise InputError(f"{where}: does not look like text (too few letters)")
    return text


def _is_prose(line: str, stop_words: frozenset = STOP_WORDS, foreign: re.Pattern = _NON_LATIN) -> bool:
    words = line.split()
    if len(words) < 8 or _URL.search(line) or _TEMPLATE.search(line):
        return False
    if len(foreign.findall(line)) > 0.2 * len(_LETTER.findall(line)):
        return False
    stops = sum(w.lower().strip(".,;:\"'“”‘’()«»") in stop_words for w in words)
    return stops >= 0.15 * len(words) and (bool(_SENTENCE_END.search(line)) or len(words) >= 20)


def _is_short_text(line: str, foreign: re.Pattern = _NON_LATIN) -> bool:
    """A short line that may belong to the article if prose surrounds it (a quote, a subtitle)."""
    words = line.split()
    return (2 <= len(words) < 8 or (len(words) >= 8 and not _URL.search(line))) and not foreign.search(line) \
        and not _URL.search(line) and not _TEMPLATE.search(line) and not line.strip().isdigit()


def clean_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of the lines of a scraped page that are the article's own text."""
    lines = [re.sub(r"\s+", " ", raw).strip() for raw in text.split("\n")]
    counts = Counter(line for line in lines if line)
    stop_words, foreign = _page_words(text)
    kinds = []
    for line in lines:
        if not line:
            kinds.append("blank")
        elif counts[line] > 1 and len(line.split()) < 30:
            kinds.append("bad")  # repeated on the page: navigation, titles, footers
        elif _is_prose(line, stop_words, foreign):
            kinds.append("good")
        elif _is_short_text(line, foreign):
            kinds.append("short")
        else:
            kinds.append("bad")
    kept = []
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind == "good":
            kept.append((i, line))
        elif kind == "short":
            # Kept only between prose paragraphs, looking past blank lines and other short lines.
            before = next((k for k in reversed(kinds[:i]) if k not in ("blank", "short")), None)
            after = next((k for k in kinds[i + 1:] if k not in ("blank", "short")), None)
            if before == "good" and after == "good":
                kept.append((i, line))
    return kept


def drop_widget_lines(paragraphs: list[str]) -> list[str]:
    """Crawled article text is mostly clean: drop only player and share widgets, bare links and
    lines repeated in the article ("Replay More Videos", "Share this", "Opinion")."""
    counts = Counter(paragraphs)
    kept = []
    for p in paragraphs:
        words = p.split()
        if _URL.fullmatch(p.strip()) or (counts[p] > 1 and len(words) < 12):
            continue
        if len(words) < 4 and not _SENTENCE_END.search(p):
            continue
        kept.append(p)
    return kept or paragraphs


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
