"""The language seam: which pack reads an article, label tags, and that English builds never load natasha."""
import subprocess
import sys

import pytest

from kg.lang import PACKS, get_pack, label_language, language_of, script_of
from kg.model import Article


@pytest.mark.parametrize("text,stated,expected", [
    ("Sergey Lavrov met Jens Stoltenberg in Brussels.", None, "en"),
    ("Сергей Лавров встретился с Йенсом Столтенбергом.", None, "ru"),
    ("Сергей Лавров встретился с Йенсом Столтенбергом.", "en", "ru"),  # the text's script outweighs metadata
    ("Sergey Lavrov met Jens Stoltenberg.", "ru", "en"),
    ("Sergey Lavrov traf Jens Stoltenberg.", "de", "en"),  # no German pack: English, as before packs
    ("习近平会见了普京。", None, "en"),
])
def test_language_of(text, stated, expected):
    assert language_of(Article(id="a", text=text, language=stated)) == expected


def test_script_of():
    assert script_of("Hello, world") == "Latin"
    assert script_of("Привет, мир; hello") == "Cyrillic"
    assert script_of("2024 — 12") is None


def test_label_language_tags_only_other_scripts():
    assert label_language("Сергей Лавров") == "ru"
    assert label_language("Sergey Lavrov") is None
    assert label_language("Genève") is None


def test_every_pack_declares_its_script_and_version():
    for code, (_, script) in PACKS.items():
        pack = get_pack(code)
        assert pack.code == code and pack.script == script and pack.version()


def test_an_english_build_does_not_import_natasha(tmp_path):
    code = ("import sys, kg\n"
            "from kg.model import Article\n"
            "kg.build([Article(id='a', text='Sergey Lavrov met Jens Stoltenberg in Brussels on Monday.')])\n"
            "print('natasha' in sys.modules, 'kg.lang.en' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.split() == ["False", "True"]
