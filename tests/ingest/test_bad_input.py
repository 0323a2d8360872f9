"""Issue 10, rows 5-10: whatever a user feeds kg, each problem is a named skip or a dropped field."""
from __future__ import annotations

import builtins
import json
import logging
import os
from pathlib import Path

import pytest

from kg.ingest import IngestOptions, load_articles
from kg.ingest.readers import decode_bytes, reader_for, register_reader
from kg.model import Article, Skip

GOOD = "Russian Foreign Minister Sergey Lavrov met NATO Secretary General Jens Stoltenberg in Brussels."
BODY = ("Moscow and Minsk have agreed to improve relations with the alliance, the Russian foreign minister "
        "told reporters after talks with his Belarusian counterpart on Tuesday in the capital.")


def _load(*paths, **options):
    items = list(load_articles([str(p) for p in paths], IngestOptions(**options)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skip)]


def _jsonl(path: Path, *records) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
                    encoding="utf-8")
    return path


def test_row5_lone_surrogates_become_replacement_characters(tmp_path):
    raw = '{"id": "bad", "title": "T\\udc80", "text": "' + GOOD + ' \\ud800 more words here."}'
    arts, skips = _load(_jsonl(tmp_path / "c.jsonl", {"id": "good", "text": GOOD}, raw))
    assert not skips and len(arts) == 2
    bad = {a.id: a for a in arts}["bad"]
    assert "\ufffd" in bad.text and bad.headline == "T\ufffd"
    for art in arts:
        art.text.encode("utf-8")  # raises on a surrogate


def test_row6_metadata_of_the_wrong_type_is_dropped_with_a_warning(tmp_path, caplog):
    records = [
        {"id": "a", "text": GOOD, "source": 123, "language": 5, "title": {"x": 1}, "date": "2023-02-30",
         "authors": [1, None, {"a": 1}, "Jane Doe"]},
        {"id": "b", "text": GOOD, "source": {"name": "X"}, "title": 3.5, "date": 20230101, "url": ["x"]},
        {"id": 7, "text": GOOD, "title": "Fine", "date": "2023-02-28", "language": "en-GB", "author": "Ann Lee"},
    ]
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        arts, skips = _load(_jsonl(tmp_path / "c.jsonl", *records))
    assert not skips
    by_id = {a.id: a for a in arts}
    a, b, c = by_id["a"], by_id["b"], by_id["7"]
    assert (a.publisher, a.headline, a.date, a.author) == (None, None, None, ("Jane Doe",))
    assert a.language == "en"  # read from the text, not the number 5
    assert (b.publisher, b.headline, b.date, b.url) == (None, None, None, None)
    assert (c.headline, c.date, c.author) == ("Fine", "2023-02-28", ("Ann Lee",))
    warned = caplog.text
    assert "c.jsonl:1" in warned and "2023-02-30" in warned and "headline is dict" in warned
    assert "c.jsonl:2" in warned and "headline is float" in warned


def test_row6_invalid_dates_in_pages_are_dropped(tmp_path):
    (tmp_path / "p.txt").write_text(f"Published 2021-02-31\n\n{BODY}\n", encoding="utf-8")
    arts, _ = _load(tmp_path / "p.txt")
    assert arts[0].date is None


def test_row8_unreadable_file_is_a_named_skip_before_any_parsing(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "secret.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file).startswith(str(tmp_path / "secret")):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(Path, "read_bytes", lambda self: guarded(self, "rb").read())
    stream = load_articles([str(tmp_path)])
    first, second = next(stream), next(stream)  # named first, before any article is read
    assert {Path(first.where).name, Path(second.where).name} == {"secret.txt", "secret.html"}
    assert "Permission denied" in first.reason
    assert [a.id for a in stream] == ["good.txt"]


def test_row8_unreadable_folder_is_named_as_such(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    real_scandir = os.scandir

    def guarded(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    arts, skips = _load(tmp_path)
    assert [a.id for a in arts] == ["good.txt"]
    assert [(Path(s.where).name, s.reason) for s in skips] == [("locked", "cannot list the folder (Permission denied)")]
    arts, skips = _load(locked)
    assert not arts and "cannot list the folder" in skips[0].reason and "holds no" not in skips[0].reason


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_row9_western_single_byte_text_is_not_read_as_cp1250(tmp_path, encoding):
    text = f"Sergue\u00ef Lavrov arrived in Gen\u00e8ve on Tuesday. {BODY} \u00c0 bient\u00f4t, said the envoy.\n"
    if encoding == "cp1252":
        text = text.replace("said the envoy", "said the \u201cenvoy\u201d \u2013 twice")
    (tmp_path / "w.txt").write_bytes(text.encode(encoding))
    arts, skips = _load(tmp_path / "w.txt")
    assert not skips
    assert "Sergue\u00ef" in arts[0].text and "Gen\u00e8ve" in arts[0].text and "bient\u00f4t" in arts[0].text


def test_row9_cyrillic_single_byte_text_still_decodes():
    raw = (BODY + " \u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430.").encode("cp1251")
    assert "\u041c\u043e\u0441\u043a\u0432\u0430" in decode_bytes(raw)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_row10_utf16_without_bom(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes((BODY + "\n").encode(encoding))
    _jsonl(tmp_path / "tmp.jsonl", {"id": "r1", "text": GOOD + " Caf\u00e9."})
    (tmp_path / "c.jsonl").write_bytes((tmp_path / "tmp.jsonl").read_text(encoding="utf-8").encode(encoding))
    (tmp_path / "tmp.jsonl").unlink()
    arts, skips = _load(tmp_path)
    assert not skips
    assert {a.id: a.text for a in arts} == {"a.txt": BODY, "r1": GOOD + " Caf\u00e9."}


def test_row10_binary_file_is_named_once_not_per_line(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40 + b"\n" * 60
    (tmp_path / "image.jsonl").write_bytes(png)
    (tmp_path / "image.txt").write_bytes(png)
    arts, skips = _load(tmp_path)
    assert not arts
    assert sorted((Path(s.where).name, s.reason.split(",")[0]) for s in skips) == [
        ("image.jsonl", "binary file"), ("image.txt", "binary file")]


def test_readers_share_one_signature_and_a_registry(tmp_path):
    seen = []

    def read_md(path, options):
        seen.append(options.default_language)
        yield Article(id=path.name, text=path.read_text(encoding="utf-8"), source=str(path))

    register_reader((".md",), read_md)
    try:
        (tmp_path / "a.md").write_text(BODY, encoding="utf-8")
        arts, skips = _load(tmp_path, default_language="de")
        assert [a.id for a in arts] == ["a.md"] and seen == ["de"] and not skips
    finally:
        from kg.ingest import readers

        readers._READERS.pop(".md")
    assert reader_for(Path("x.md")) is None


def test_row20_duplicate_ids_get_the_same_ids_in_any_order_and_path_form(tmp_path, monkeypatch):
    for folder, words in (("a", "first"), ("b", "second")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"{BODY} The {words} one.", encoding="utf-8")
    _jsonl(tmp_path / "x.jsonl", {"id": "r", "text": GOOD}, {"id": "r", "text": GOOD + " Another."})
    monkeypatch.chdir(tmp_path)
    one = {a.id: a.text for a in _load("a", "b", "x.jsonl")[0]}
    two = {a.id: a.text for a in _load(tmp_path / "x.jsonl", tmp_path / "b", tmp_path / "a")[0]}
    assert one == two and len(one) == 4
    assert all(i.startswith(("same.txt~", "r~")) for i in one)


def test_row20_an_exact_duplicate_is_read_once(tmp_path):
    _jsonl(tmp_path / "x.jsonl", {"id": "r", "text": GOOD})
    _jsonl(tmp_path / "y.jsonl", {"id": "r", "text": GOOD})
    arts, skips = _load(tmp_path)
    assert len(arts) == 1 and len(skips) == 1 and "read once" in skips[0].reason


def test_urls_that_are_not_valid_iris_are_dropped(tmp_path):
    records = [{"id": "a", "text": GOOD, "url": "https://x.org/a\u0001b"},
               {"id": "b", "text": GOOD, "url": "http://[bad/"},
               {"id": "c", "text": GOOD, "url": "https://x.org/2021/03/04/c?q=1#f"}]
    arts, _ = _load(_jsonl(tmp_path / "u.jsonl", *records))
    assert {a.id: a.url for a in arts} == {"a": None, "b": None, "c": "https://x.org/2021/03/04/c?q=1#f"}


def test_row11_html_nested_deeper_than_255_levels_keeps_its_text(tmp_path):
    deep = "<div>" * 300 + f"<p>{BODY} Deep part one.</p><p>{BODY} Deep part two.</p>" + "</div>" * 300
    (tmp_path / "deep.html").write_text(f"<html><body><article><p>{BODY} Top.</p>{deep}</article></body></html>",
                                        encoding="utf-8")
    arts, skips = _load(tmp_path / "deep.html")
    assert not skips and "Deep part two" in arts[0].text


def test_a_folder_names_the_files_it_cannot_read_but_not_a_saved_pages_assets(tmp_path, caplog):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "notes.docx").write_bytes(b"PK binary")
    assets = tmp_path / "page_files"
    assets.mkdir()
    for name in ("style.css", "photo.jpg", "app.js"):
        (assets / name).write_bytes(b"x")
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        arts, skips = _load(tmp_path)
    assert len(arts) == 1 and not skips
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1
    assert "left out 2 file(s)" in warned[0] and "1 .docx, 1 .pdf" in warned[0]
    assert ".css" not in warned[0] and ".jpg" not in warned[0]


def test_a_folder_of_readable_files_only_warns_of_nothing(tmp_path, caplog):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "logo.png").write_bytes(b"x")
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        arts, _ = _load(tmp_path)
    assert len(arts) == 1 and not caplog.records


@pytest.mark.parametrize("suffix,pack", [(".gz", "gzip"), (".bz2", "bz2"), (".xz", "lzma")])
def test_a_compressed_crawl_reads_as_the_file_under_it(tmp_path, suffix, pack):
    import importlib
    (tmp_path / "plain").mkdir()
    plain = _jsonl(tmp_path / "plain" / "crawl.jsonl", {"id": "a", "text": GOOD}, {"text": BODY})
    packed_dir = tmp_path / "packed"
    packed_dir.mkdir()
    (packed_dir / f"crawl.jsonl{suffix}").write_bytes(importlib.import_module(pack).compress(plain.read_bytes()))
    want, _ = _load(plain)
    got, skips = _load(packed_dir)  # found by the folder walk too
    assert not skips and len(got) == 2
    assert [(a.id, a.text) for a in got] == [(a.id, a.text) for a in want]


def test_a_compressed_page_keeps_the_id_of_the_page(tmp_path):
    import gzip
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(BODY.encode("utf-8")))
    arts, skips = _load(tmp_path / "story.txt.gz")
    assert not skips and arts[0].id == _load(_write(tmp_path / "story.txt"))[0][0].id


def _write(path: Path) -> Path:
    path.write_text(BODY, encoding="utf-8")
    return path


def test_a_damaged_compressed_file_is_a_named_skip_and_the_rest_builds(tmp_path):
    import gzip
    (tmp_path / "bad.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n')[:12])
    (tmp_path / "notgz.jsonl.gz").write_bytes(b'{"text": "plain, not gzip"}\n')
    _write(tmp_path / "good.txt")
    arts, skips = _load(tmp_path)
    assert len(arts) == 1
    assert sorted(Path(s.where).name for s in skips) == ["bad.jsonl.gz", "notgz.jsonl.gz"]
    assert all("damaged or not gz-compressed" in s.reason for s in skips)


def test_a_compressed_archive_of_many_files_is_not_read(tmp_path):
    import gzip
    (tmp_path / "pages.tar.gz").write_bytes(gzip.compress(b"tar bytes"))
    arts, skips = _load(tmp_path / "pages.tar.gz")
    assert not arts and len(skips) == 1 and "unsupported file type '.tar.gz'" in skips[0].reason
