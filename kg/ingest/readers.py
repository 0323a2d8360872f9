"""One reader per input kind, behind one signature: `read(path, options) -> Iterator[Article | Skip]`.

Readers are looked up by file suffix in a small registry (`reader_for`, `register_reader`); a
gzip, bzip2 or xz file is read through its decompressor by the suffix under the compression one
("crawl.jsonl.gz" is JSON lines).
Every problem with an input becomes a Skip that names the file (and the line, for JSON lines)
with one line of explanation; metadata of the wrong type is dropped with a logged warning,
never written as-is.
"""
from __future__ import annotations

import bz2
import datetime
import gzip
import json
import logging
import lzma
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from kg.errors import InputError
from kg.ingest import text as T
from kg.model import Article, Skip

log = logging.getLogger("kg.ingest")

FIELD_NAMES = {
    "id": ("id", "_id", "uuid", "article_id", "doc_id"),
    "headline": ("title", "headline", "name"),
    "text": ("text", "body", "content", "content_original", "articlebody", "article", "maintext"),
    "url": ("url", "link", "source_url_article", "canonical_url"),
    "date": ("date", "published", "datepublished", "publish_date", "published_at", "pubdate", "date_publish"),
    "publisher": ("source", "publisher", "site", "sitename", "source_name", "outlet"),
    "author": ("author", "authors", "byline", "creator"),
    "language": ("language", "lang", "inlanguage"),
}


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read inputs: the user's JSON field names (kind -> name) and the default language."""

    field_map: tuple[tuple[str, str], ...] = ()
    default_language: str = "en"


Reader = Callable[[Path, IngestOptions], Iterator[Article | Skip]]

# --- bytes to text -------------------------------------------------------------------------

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A run of non-ASCII letters: common in Cyrillic or Greek read as windows-1252 ("Ìîñêâà"),
# rare in Western European text, where accented letters sit between ASCII ones.
_NON_ASCII_RUN = re.compile(r"[^\W\d_a-zA-Z]{4,}")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF")


def clean_str(value: str) -> str:
    """`value` with lone surrogates (from JSON `\\ud800` escapes) replaced: they are not Unicode text."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


# The usual single-byte encodings of news pages, tried by name before any other guess.
COMMON_ENCODINGS = ["cp1251", "cp1252", "latin_1", "iso8859_15", "koi8_r", "cp1250", "iso8859_2", "iso8859_5",
                    "mac_cyrillic", "cp1253", "cp1254", "cp1256"]


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of the head is NUL, as in mostly-Latin UTF-16."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _as_cp1252(raw: bytes) -> str | None:
    """The text read as windows-1252 (a superset of Latin-1's letters) when that reads as Western text."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = len(T._LETTER.findall(text))
    if _NON_ASCII_RUN.search(text) or len(_NON_ASCII_LETTER.findall(text)) > 0.3 * max(1, letters):
        return None
    return text


def decode_bytes(raw: bytes) -> str:
    """Text of a file: UTF-8 first, UTF-16/32 by BOM or by NUL pattern, then windows-1252 when it
    reads cleanly, then the best of the usual single-byte news encodings (windows-1251, KOI8-R...).
    Raises InputError (reason only) for empty, binary or undecodable files."""
    if not raw.strip():
        raise InputError("the file is empty")
    head = raw[:4096]
    encoding = None
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(head)
    if encoding:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as err:
            raise InputError(f"looks like {encoding.upper()} but does not decode ({err.reason}); "
                             "save it as UTF-8") from None
    elif b"\x00" in head or raw.startswith(_BINARY_MAGIC):
        raise InputError("binary file, not text; give .txt, .html or .jsonl articles")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _as_cp1252(raw)
            if text is None:
                from charset_normalizer import from_bytes

                # Naming the usual news encodings keeps a short windows-1251 page from being
                # read as UTF-16 or a CJK encoding.
                best = from_bytes(raw, cp_isolation=COMMON_ENCODINGS).best() or from_bytes(raw).best()
                if best is None:
                    raise InputError("cannot tell the text encoding; save it as UTF-8") from None
                text = str(best)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    letters = len(T._LETTER.findall(text[:20000]))
    if letters < 0.3 * min(len(text), 20000):
        raise InputError("does not look like text (too few letters)")
    return text


# Crawls are often stored compressed; each is undone in memory, as a plain file is read whole.
_DECOMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.decompress, ".bz2": bz2.decompress, ".xz": lzma.decompress}


def plain_path(path: Path) -> Path:
    """The path without its compression suffix ("crawl.jsonl.gz" -> "crawl.jsonl"): it names the
    reader and the article ids, so a file reads the same compressed or not."""
    path = Path(path)
    return path.with_suffix("") if path.suffix.lower() in _DECOMPRESSORS else path


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})") from err
    decompress = _DECOMPRESSORS.get(path.suffix.lower())
    if decompress is None:
        return raw
    try:
        return decompress(raw)
    except (OSError, EOFError, ValueError, lzma.LZMAError, zlib.error) as err:
        raise InputError(f"the {path.suffix} file is damaged or not {path.suffix[1:]}-compressed ({err}); "
                         "decompress it or give it without the suffix") from None


# --- metadata ------------------------------------------------------------------------------

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def valid_date(iso: str | None) -> bool:
    """Whether an ISO date (YYYY-MM-DD, optionally THH:MM[:SS]) names a real calendar day and time."""
    if not iso:
        return False
    try:
        if "T" in iso:
            datetime.datetime.fromisoformat(iso)
        else:
            datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


_IRI_ILLEGAL = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')


def valid_url(url: str | None) -> bool:
    """Whether `url` is an http(s) IRI that RDF readers accept (Oxigraph checks IRI syntax strictly)."""
    if not url or not re.match(r"https?://", url) or _IRI_ILLEGAL.search(url):
        return False
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(url)
    except ValueError:
        return False
    return True


def _checked_url(url: str | None, where: str) -> str | None:
    if url and not valid_url(url):
        log.warning("%s: url %r is not a valid http(s) IRI; dropped", where, url[:200])
        return None
    return url


def _checked_date(date: str | None, where: str) -> str | None:
    if date and not valid_date(date):
        log.warning("%s: date %r is not a real date; dropped", where, date)
        return None
    return date


def _drop(where: str, kind: str, value: object) -> None:
    log.warning("%s: %s is %s, not text; dropped", where, kind, type(value).__name__)


def _field(record: dict, kind: str, field_map: dict) -> object:
    lowered = {str(k).lower(): v for k, v in record.items()}
    names = (field_map[kind],) if kind in field_map else FIELD_NAMES[kind]
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", []):
            return value
    return None


def _text_field(record: dict, kind: str, field_map: dict, where: str) -> str | None:
    """A metadata string, or None (with a warning) when the record holds a number, list or object."""
    value = _field(record, kind, field_map)
    if value is None:
        return None
    if isinstance(value, str):
        return clean_str(value).strip() or None
    _drop(where, kind, value)
    return None


def _authors(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items = re.split(r";|,| and ", clean_str(value))
    elif isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, str):
                items.append(clean_str(item))
            else:
                _drop(where, "an author", item)
    else:
        _drop(where, "author", value)
        return ()
    return tuple(a.strip() for a in items if a.strip())


def _record_id(record: dict, field_map: dict) -> str | None:
    value = _field(record, "id", field_map)
    if isinstance(value, str) and value.strip():
        return clean_str(value.strip())
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _language(value: str | None, body: str, default: str) -> str:
    """English when the text reads as English (a site's metadata often names the site's language,
    not a translated article's); else the metadata's language; else the default."""
    words = body.lower().split()[:400]
    share = sum(w in T.STOP_WORDS for w in words) / max(1, len(words))
    if share > 0.2:
        return "en"
    if value:
        return value.split("-")[0].split("_")[0].lower()
    return default


# --- readers -------------------------------------------------------------------------------

def _word_set(lines: list[str]) -> set[str]:
    return {w.lower().strip(",.:;\"'()") for line in lines for w in line.split()} - T.STOP_WORDS


def article_from_page(page: str, article_id: str, source: str, default_language: str = "en",
                      metadata: dict | None = None) -> Article:
    """An Article from the text of a scraped page: furniture removed, metadata found by rules."""
    meta = dict(metadata or {})
    kept = T.clean_lines(page) or T.lone_sentences(page)
    if not kept:
        raise InputError("no article text found (only menus, lists or short lines)", source)
    body = "\n\n".join(line for _, line in kept)
    lines = page.split("\n")
    first = kept[0][0]
    head = "\n".join(lines[:first + 1])
    url = _checked_url(meta.get("url") or T.find_url(page), source)
    place, agency = T.find_dateline(body)
    headline = meta.get("headline") or T.find_headline(lines, first, _word_set([line for _, line in kept]))
    lang_match = re.search(r"^\s*([a-z]{2})-[A-Z]{2}\s*$", page, re.M)
    date = meta.get("date") or T.find_date(head, url) or T.find_date(page, url)
    return Article(
        id=article_id, text=body, headline=headline, url=url, date=_checked_date(date, source),
        publisher=meta.get("publisher") or agency, author=tuple(meta.get("author") or ()),
        language=_language(meta.get("language") or (lang_match.group(1) if lang_match else None), body,
                           default_language),
        dateline=place, source=source,
    )


def _html_tree(page: str):
    """The page parsed by lxml with libxml2's huge-tree option: without it, text nested deeper
    than 255 elements is silently dropped. Falls back to the text when lxml cannot parse it."""
    import lxml.html
    from lxml.etree import ParserError as LxmlParserError

    try:
        return lxml.html.fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True, remove_comments=True))
    except (LxmlParserError, ValueError):
        return page


def _from_html(page: str, article_id: str, source: str, default_language: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(_html_tree(page), with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        raise InputError("no article found in the HTML page", source)
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    authors = [a.strip() for a in re.split(r";|,| and ", get("author") or "") if a.strip()]
    # trafilatura has removed the page's layout furniture; what it leaves inside the article
    # (captions, credits, hover cards, promotion lines) goes by the rules of kg.ingest.furniture.
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in text.split("\n") if p.strip()]
    body = "\n\n".join(T.drop_widget_lines(paragraphs))
    if not T.has_text(body):
        raise InputError("no article found in the HTML page", source)
    place, agency = T.find_dateline(body)
    return Article(id=article_id, text=body, headline=get("title"), url=_checked_url(get("url"), source),
                   date=_checked_date(get("date"), source), publisher=get("sitename") or agency,
                   author=tuple(authors), language=_language(get("language"), body, default_language),
                   dateline=place, source=source)


def read_text_file(path: Path, options: IngestOptions) -> Iterator[Article | Skip]:
    """A scraped-text page (.txt); HTML saved as .txt is read as HTML."""
    try:
        page = decode_bytes(_read_bytes(path))
        if re.match(r"\s*(<!doctype html|<html)", page, re.I):
            yield _from_html(page, plain_path(path).name, str(path), options.default_language)
        else:
            yield article_from_page(page, plain_path(path).name, str(path), options.default_language)
    except InputError as err:
        yield Skip(str(path), err.reason)


def read_html_file(path: Path, options: IngestOptions) -> Iterator[Article | Skip]:
    """A saved web page (.html/.htm): main text and metadata by trafilatura."""
    try:
        page = decode_bytes(_read_bytes(path))
        yield _from_html(page, plain_path(path).name, str(path), options.default_language)
    except InputError as err:
        yield Skip(str(path), err.reason)


def article_from_record(record: dict, fallback_id: str, source: str, field_map: dict,
                        default_language: str) -> Article:
    """An Article from one crawler record, whatever the crawler called its fields."""
    if not isinstance(record, dict):
        raise InputError(f"a JSON record must be an object, got {type(record).__name__}", source)
    body = _field(record, "text", field_map)
    # A one-sentence article is an article: only a record with no text at all is refused.
    if not isinstance(body, str) or not T.has_text(body):
        names = field_map.get("text") or "/".join(FIELD_NAMES["text"])
        raise InputError(f"the record has no article text (looked for a field named {names}; "
                         "name your field with --field text=NAME)", source)
    body = clean_str(body).replace("\r\n", "\n")
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
    # The crawler says this is the article: if every paragraph looks like furniture, keep them all.
    text = "\n\n".join(T.drop_widget_lines(paragraphs) or paragraphs)
    url = _checked_url(_text_field(record, "url", field_map, source), source)
    raw_date = _field(record, "date", field_map)
    if raw_date is not None and not isinstance(raw_date, str):
        _drop(source, "date", raw_date)
        raw_date = None
    date = T.find_date(raw_date, url or "") if raw_date else (T.find_date("", url) if url else None)
    if raw_date and date is None:
        log.warning("%s: date %r is not a date kg can read; dropped", source, raw_date)
    place, agency = T.find_dateline(text)
    language = _text_field(record, "language", field_map, source)
    if language and not _LANGUAGE.match(language):
        log.warning("%s: language %r is not a language code; dropped", source, language)
        language = None
    return Article(id=_record_id(record, field_map) or fallback_id, text=text,
                   headline=_text_field(record, "headline", field_map, source), url=url,
                   date=_checked_date(date, source),
                   publisher=_text_field(record, "publisher", field_map, source) or agency,
                   author=_authors(_field(record, "author", field_map), source),
                   language=_language(language, text, default_language), dateline=place, source=source)


def _json_records(path: Path) -> Iterator[tuple[str, str, object]]:
    """(where, fallback id, record or InputError) for each record of a JSON or JSON lines file."""
    raw = _read_bytes(path)
    if not raw.strip():
        raise InputError("the file is empty")
    head = raw[:4096]
    encoding = "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif _utf16_without_bom(head):
        encoding = _utf16_without_bom(head)
    elif b"\x00" in head or raw.startswith(_BINARY_MAGIC):
        raise InputError("binary file, not JSON; give .txt, .html or .jsonl articles")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8-sig":
            raise InputError(f"looks like {encoding.upper()} but does not decode; save it as UTF-8") from None
        text = None  # decoded line by line below, so one bad line is named alone
    name = plain_path(path).name
    if text is not None and name.lower().endswith(".json") and text.lstrip()[:1] in ("[", "{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None  # maybe JSON lines after all
        if data is not None:
            for n, record in enumerate(data if isinstance(data, list) else [data], 1):
                yield f"{path}#{n}", f"{name}#{n}", record
            return
    lines = text.split("\n") if text is not None else raw.split(b"\n")
    for n, line in enumerate(lines, 1):
        where = f"{path}:{n}"
        if not line.strip():
            continue
        try:
            if isinstance(line, bytes):
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            yield where, f"{name}:{n}", json.loads(line)
        except UnicodeDecodeError as err:
            yield where, "", InputError(f"not UTF-8 text ({err.reason} at byte {err.start}); "
                                        "the other lines are still read")
        except ValueError as err:
            yield where, "", InputError(f"malformed JSON ({err}); the other lines are still read")


def read_json_file(path: Path, options: IngestOptions) -> Iterator[Article | Skip]:
    """JSON lines (one record a line) or a JSON file holding one record or a list of them."""
    field_map = dict(options.field_map)
    try:
        for where, fallback_id, record in _json_records(path):
            if isinstance(record, InputError):
                yield Skip(where, record.reason)
                continue
            try:
                yield article_from_record(record, fallback_id, where, field_map, options.default_language)
            except InputError as err:
                yield Skip(where, err.reason)
    except InputError as err:
        yield Skip(str(path), err.reason)


def json_record_ids(path: Path, options: IngestOptions) -> Iterator[str]:
    """The article ids a JSON file will give, without building the articles (to find duplicates)."""
    field_map = dict(options.field_map)
    try:
        for _, fallback_id, record in _json_records(path):
            if isinstance(record, dict):
                yield _record_id(record, field_map) or fallback_id
    except InputError:
        return


# --- the registry --------------------------------------------------------------------------

_READERS: dict[str, Reader] = {}


def register_reader(suffixes: tuple[str, ...], reader: Reader) -> None:
    """Read files ending in `suffixes` (".txt", "" for none) with `reader(path, options)`."""
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader


def reader_for(path: Path) -> Reader | None:
    """The reader registered for the file's suffix (under a compression suffix), or None."""
    return _READERS.get(plain_path(path).suffix.lower())


register_reader((".txt", ".text", ""), read_text_file)
register_reader((".html", ".htm", ".xhtml"), read_html_file)
register_reader((".jsonl", ".json", ".ndjson"), read_json_file)
