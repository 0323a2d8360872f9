"""Issue 10, row 23: the wheel carries the gazetteer, ontology, shapes, saved queries and page
template, and `kg build` works from it in a folder outside the checkout."""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

DATA_FILES = {"kg/ontology/gazetteer.json", "kg/ontology/kg.ttl", "kg/ontology/shapes.ttl",
              "kg/queries/entity.rq", "kg/queries/evidence.rq", "kg/export/assets/page.html"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    wheels = list(out.glob("kg-*.whl"))
    if run.returncode != 0 or not wheels:
        pytest.skip(f"pip cannot build the wheel here (offline?): {run.stderr.strip()[-300:]}")
    return wheels[0]


def test_the_wheel_carries_the_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert DATA_FILES <= names


@pytest.mark.slow
def test_an_installed_wheel_builds_the_samples_outside_the_checkout(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120)
    # --system-site-packages reaches the base interpreter's packages; the test venv's (spaCy, the
    # model, rdflib...) are added by path, so nothing is downloaded, but not its editable kg.
    site = subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "test-venv-packages.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps",
                          "--force-reinstall", str(wheel)], capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr
    work = tmp_path / "elsewhere"
    shutil.copytree(SAMPLES, work / "articles")
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path)}
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import kg.data; print(kg.data.gazetteer_path())"],
                           cwd=work, env=env, capture_output=True, text=True, timeout=60)
    assert str(venv) in where.stdout and str(ROOT) not in where.stdout, where.stdout + where.stderr
    build = subprocess.run([str(venv / "bin" / "kg"), "build", "articles", "-o", "out"], cwd=work, env=env,
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    assert (work / "out" / "graph.ttl").stat().st_size > 10_000 and (work / "out" / "graph.html").is_file()
    for command in (["query", "out/graph.ttl", "entity", "--bind", "name=NATO"], ["validate", "out/graph.ttl"]):
        run = subprocess.run([str(venv / "bin" / "kg"), *command], cwd=work, env=env, capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr
