"""One reader per input kind: scraped text, saved HTML, crawler JSON. Each yields Article or Skip."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.ingest import text as T
from kg.model import Article, Skip

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


def _word_set(lines: list[str]) -> set[str]:
    return {w.lower().strip(",.:;\"'()") for line in lines for w in line.split()} - T.STOP_WORDS


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


def article_from_page(page: str, article_id: str, source: str, default_language: str = "en",
                      metadata: dict | None = None) -> Article:
    """An Article from the text of a scraped page: furniture removed, metadata found by rules."""
    meta = dict(metadata or {})
    kept = T.clean_lines(page) or T.lone_sentences(page)
    if not kept:
        raise InputError(f"{source}: no article text found (only menus, lists or short lines)")
    body = "\n\n".join(line for _, line in kept)
    lines = page.split("\n")
    first = kept[0][0]
    head = "\n".join(lines[:first + 1])
    url = meta.get("url") or T.find_url(page)
    place, agency = T.find_dateline(body)
    headline = meta.get("headline") or T.find_headline(lines, first, _word_set([line for _, line in kept]))
    lang_match = re.search(r"^\s*([a-z]{2})-[A-Z]{2}\s*$", page, re.M)
    return Article(
        id=article_id, text=body, headline=headline, url=url,
        date=meta.get("date") or T.find_date(head, url) or T.find_date(page, url),
        publisher=meta.get("publisher") or agency, author=tuple(meta.get("author") or ()),
        language=_language(meta.get("language") or (lang_match.group(1) if lang_match else None), body,
                           default_language),
        dateline=place, source=source,
    )


def read_text_file(path: Path, article_id: str, default_language: str) -> Iterator[Article | Skip]:
    """A scraped-text page (.txt); HTML saved as .txt is read as HTML."""
    try:
        page = T.decode(path.read_bytes(), str(path))
        if re.match(r"\s*(<!doctype html|<html)", page, re.I):
            yield _from_html(page, article_id, str(path), default_language)
        else:
            yield article_from_page(page, article_id, str(path), default_language)
    except InputError as err:
        yield Skip(str(path), str(err).split(": ", 1)[-1])


def _from_html(page: str, article_id: str, source: str, default_language: str) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        raise InputError(f"{source}: no article found in the HTML page")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    authors = [a.strip() for a in re.split(r";|,| and ", get("author") or "") if a.strip()]
    meta = {"headline": get("title"), "url": get("url"), "date": get("date"), "publisher": get("sitename"),
            "author": authors, "language": get("language")}
    # trafilatura has removed the page's layout furniture; what it leaves inside the article
    # (captions, credits, hover cards, promotion lines) goes by the rules of kg.ingest.furniture.
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in text.split("\n") if p.strip()]
    body = "\n\n".join(T.drop_widget_lines(paragraphs))
    if not T.has_text(body):
        raise InputError(f"{source}: no article found in the HTML page")
    place, agency = T.find_dateline(body)
    return Article(id=article_id, text=body, headline=meta["headline"], url=meta["url"], date=meta["date"],
                   publisher=meta["publisher"] or agency, author=tuple(authors),
                   language=_language(meta["language"], body, default_language), dateline=place, source=source)


def read_html_file(path: Path, article_id: str, default_language: str) -> Iterator[Article | Skip]:
    """A saved web page (.html/.htm): main text and metadata by trafilatura."""
    try:
        yield _from_html(T.decode(path.read_bytes(), str(path)), article_id, str(path), default_language)
    except InputError as err:
        yield Skip(str(path), str(err).split(": ", 1)[-1])


def _field(record: dict, kind: str, field_map: dict) -> object:
    lowered = {k.lower(): v for k, v in record.items()}
    names = (field_map[kind],) if kind in field_map else FIELD_NAMES[kind]
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", []):
            return value
    return None


def _authors(value) -> tuple[str, ...]:
    if not value:
        return ()
    items = value if isinstance(value, list) else re.split(r";|,| and ", str(value))
    return tuple(str(a).strip() for a in items if str(a).strip())


def article_from_record(record: dict, fallback_id: str, source: str, field_map: dict,
                        default_language: str) -> Article:
    """An Article from one crawler record, whatever the crawler called its fields."""
    if not isinstance(record, dict):
        raise InputError(f"{source}: a JSON record must be an object, got {type(record).__name__}")
    body = _field(record, "text", field_map)
    # A one-sentence article is an article: only a record with no text at all is refused.
    if not isinstance(body, str) or not T.has_text(body):
        names = field_map.get("text") or "/".join(FIELD_NAMES["text"])
        raise InputError(f"{source}: the record has no article text (looked for a field named {names}; "
                         "name your field with --field text=NAME)")
    body = body.replace("\r\n", "\n")
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
    # The crawler says this is the article: if every paragraph looks like furniture, keep them all.
    text = "\n\n".join(T.drop_widget_lines(paragraphs) or paragraphs)
    url = _field(record, "url", field_map)
    date = _field(record, "date", field_map)
    date = T.find_date(str(date), str(url or "")) if date else (T.find_date("", str(url)) if url else None)
    place, agency = T.find_dateline(text)
    record_id = _field(record, "id", field_map)
    return Article(id=str(record_id) if record_id is not None else fallback_id, text=text,
                   headline=_field(record, "headline", field_map), url=str(url) if url else None, date=date,
                   publisher=_field(record, "publisher", field_map) or agency,
                   author=_authors(_field(record, "author", field_map)),
                   language=_language(_field(record, "language", field_map), text, default_language),
                   dateline=place, source=source)


def read_json_file(path: Path, field_map: dict, default_language: str) -> Iterator[Article | Skip]:
    """JSON lines (one record a line, streamed) or a JSON file holding one record or a list."""
    try:
        with path.open("rb") as handle:
            first = handle.read(1024).lstrip()
    except OSError as err:
        yield Skip(str(path), f"cannot read the file ({err.strerror})")
        return
    if not first:
        yield Skip(str(path), "the file is empty")
        return
    if path.suffix.lower() == ".json" and first[:1] in (b"[", b"{"):
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
            records = data if isinstance(data, list) else [data]
        except (ValueError, UnicodeDecodeError):
            records = None  # maybe JSON lines after all
        if records is not None:
            for n, record in enumerate(records, 1):
                where = f"{path}#{n}"
                try:
                    yield article_from_record(record, f"{path.name}#{n}", where, field_map, default_language)
                except InputError as err:
                    yield Skip(where, str(err).split(": ", 1)[-1])
            return
    with path.open("rb") as handle:
        for n, raw in enumerate(handle, 1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
            except (ValueError, UnicodeDecodeError) as err:
                yield Skip(where, f"malformed JSON ({err}); the other lines are still read")
                continue
            try:
                yield article_from_record(record, f"{path.name}:{n}", where, field_map, default_language)
            except InputError as err:
                yield Skip(where, str(err).split(": ", 1)[-1])
