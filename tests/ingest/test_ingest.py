"""Reading inputs: every kind, every encoding, furniture out, metadata in, bad input skipped by name."""
from __future__ import annotations

import json
import types
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kg.ingest import IngestOptions, load_articles
from kg.ingest.furniture import strip_widgets
from kg.ingest.text import clean_lines
from kg.model import Article, Skip
from tests.conftest import SAMPLES

BODY = ("Moscow and Minsk have agreed to improve relations with the alliance, the Russian foreign minister "
        "told reporters after talks with his Belarusian counterpart on Tuesday in the capital.")


def _load(*paths, **options):
    items = list(load_articles([str(p) for p in paths], IngestOptions(**options)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skip)]


def test_samples_metadata_by_general_rules():
    arts = {a.id: a for a in _load(SAMPLES)[0]}
    assert arts["000_d0c195e2c84b3936.txt"].headline == "NATO seeks to continue and expand dialogue with Russia"
    assert arts["000_d0c195e2c84b3936.txt"].dateline == "Brussels"
    assert arts["000_d0c195e2c84b3936.txt"].date is None  # "May 25" but the page states no year
    a2 = arts["002_50ced7505d569705.txt"]
    assert (a2.date, a2.dateline, a2.publisher) == ("2018-05-29", "Minsk", "TASS")
    a3 = arts["003_d5f2a78c3ac0bacc.txt"]
    assert a3.url == "https://ria.ru/20211020/nato-1755483533.html" and a3.date.startswith("2021-10-20")
    assert (a3.dateline, a3.publisher, a3.language) == ("Brussels", "RIA Novosti", "en")
    assert arts["004_ac16bac03358aff1.txt"].headline == "Lavrov assessed the probability of Russia's accession to NATO"


def test_samples_keep_the_body_and_drop_the_furniture():
    arts = {a.id: a for a in _load(SAMPLES)[0]}
    text2 = arts["002_50ced7505d569705.txt"].text
    assert "Makei on Tuesday" in text2 and "Jeffrey Monson" not in text2 and "Rusal" not in text2
    assert "Kazakhstan" not in text2 and "Persons" not in text2
    text0 = arts["000_d0c195e2c84b3936.txt"].text
    assert "Russia-NATO Council" in text0 and "Manchester" not in text0 and "Afghanistan" not in text0
    text4 = arts["004_ac16bac03358aff1.txt"].text
    assert "collapse of the USSR" in text4 and "levers of influence" not in text4
    assert not any("\u0400" <= c <= "\u04ff" for c in text4)
    assert "Don't try your luck" in text4  # a one-line quote between paragraphs stays


def test_other_encodings_are_decoded(tmp_path):
    (tmp_path / "cp1251.txt").write_bytes((BODY + " Москва сообщила.\n").encode("windows-1251"))
    (tmp_path / "latin1.txt").write_bytes(("Caf\u00e9 society in Li\u00e8ge: " + BODY + "\n").encode("latin-1"))
    arts, skips = _load(tmp_path)
    assert not skips
    by_id = {a.id: a.text for a in arts}
    assert "Liège" in by_id["latin1.txt"]
    assert "Москва сообщила" in by_id["cp1251.txt"]


def test_bad_inputs_are_skipped_by_name_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "menu.txt").write_text("Home\nWorld\nSport\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "r1", "text": BODY}), "{broken", json.dumps({"id": "r3", "title": "no text"})]
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "emptydir").mkdir()
    arts, skips = _load(tmp_path, tmp_path / "missing.txt", tmp_path / "emptydir")
    assert sorted(a.id for a in arts) == ["good.txt", "r1"]
    where = {Path(s.where).name for s in skips}
    assert {"empty.txt", "binary.txt", "menu.txt", "page.html", "crawl.jsonl:2", "crawl.jsonl:3",
            "missing.txt", "emptydir"} <= where
    assert all(s.reason for s in skips)


def test_crawler_field_names_vary_and_can_be_named(tmp_path):
    records = [{"ID": "a", "headline": "H1", "content_original": BODY, "link": "https://x.org/2019/03/04/a",
                "authors": "Ann Lee, Bo Chan", "source": "Reuters"},
               {"uuid": "b", "title": "H2", "articleBody": BODY, "datePublished": "2020-02-03T10:00:00Z"}]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    arts, _ = _load(path)
    a = {x.id: x for x in arts}["a"]
    assert (a.headline, a.date, a.publisher, a.author) == ("H1", "2019-03-04", "Reuters", ("Ann Lee", "Bo Chan"))
    assert {x.id for x in arts} == {"a", "b"}
    assert {x.id: x for x in arts}["b"].date == "2020-02-03T10:00"
    (tmp_path / "d.json").write_text(json.dumps([{"key": "z", "story": BODY}]), encoding="utf-8")
    arts, skips = _load(tmp_path / "d.json", field_map=(("id", "key"), ("text", "story")))
    assert [x.id for x in arts] == ["z"] and not skips


def test_html_pages_go_through_trafilatura(tmp_path):
    paragraphs = "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(4))
    html = (f"<html lang='en'><head><title>Talks in Minsk</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Talks in Minsk</h1>{paragraphs}</article><footer>Most read</footer></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    arts, skips = _load(tmp_path / "p.html")
    assert not skips and "Paragraph 3" in arts[0].text and "Most read" not in arts[0].text


def test_articles_stream_lazily():
    stream = load_articles([SAMPLES])
    assert isinstance(stream, types.GeneratorType)
    assert isinstance(next(stream), Article)


@given(st.lists(st.text(max_size=60), max_size=30))
def test_cleaning_never_raises_and_keeps_only_input_lines(lines):
    page = "\n".join(lines)
    kept = clean_lines(page)
    # Lines are kept whole, less any hover card after a linked name.
    originals = [strip_widgets(" ".join(line.split())).strip() for line in page.split("\n")]
    assert all(originals[i] == line for i, line in kept)
