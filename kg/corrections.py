"""The user's corrections to entities, read from a YAML file and applied on every build.

A list of entries, each with one action:

    - merge: [Donald Trump, Trump Donald]            # one entity; the first name's entity survives
    - split: Kim                                     # mentions written "Kim" become an entity of their own
    - rename: {entity: Sergei Lavrov, label: Sergey Lavrov}
    - retype: {entity: Igor Strelkov, type: Person}  # Person, Organization, Place or Treaty
    - link: {entity: Vladimir Putin, wikidata: Q7747}
    - reject: Replay More Videos                     # not an entity: its mentions are dropped
    - iri: {entity: Sergey Lavrov, iri: sergey-lavrov}   # pin the IRI's local name

An entity is named by any of its names (label or alternative label, case and accents ignored)
or by its IRI (`https://w3id.org/kg-news/id/sergey-lavrov` or `id:sergey-lavrov`). Resolution
applies them (kg.resolve); every entity a correction shaped says so in the graph (a
kg:Correction with kg:method "correction").
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.iri import valid_slug
from kg.model import ENTITY_TYPES
from kg.vocab import ID

FILENAME = "corrections.yaml"  # picked up beside a build's output when no file is given
ACTIONS = ("reject", "split", "merge", "rename", "retype", "link", "iri")
_VALUE_KEYS = {"rename": "label", "retype": "type", "link": "wikidata", "iri": "iri"}
_QID = re.compile(r"^Q[1-9][0-9]*$")


class CorrectionsError(KGError):
    """The corrections file cannot be read or an entry in it is malformed."""

    exit_code = 6


@dataclass(frozen=True, slots=True)
class Correction:
    """One entry: what to do, to which entities (names or IRIs), with which value."""

    action: str
    targets: tuple[str, ...]
    value: str = ""

    @property
    def text(self) -> str:
        """The entry as one line, for the graph's provenance."""
        what = ", ".join(self.targets)
        return f"{self.action}: {what}" + (f" -> {self.value}" if self.value else "")


@dataclass(frozen=True, slots=True)
class Corrections:
    """Every entry of one file, in file order, and a hash of the file."""

    items: tuple[Correction, ...] = ()
    source: str = ""
    version: str = ""


def iri_slug(target: str) -> str | None:
    """The local name when `target` is an entity IRI (full or `id:...`), else None."""
    for prefix in (str(ID), "id:"):
        if target.startswith(prefix):
            return target[len(prefix):]
    return None


def _fail(source: str, index: int, problem: str) -> CorrectionsError:
    return CorrectionsError(f"{source}: entry #{index + 1}: {problem}")


def _text(value: object, source: str, index: int, what: str) -> str:
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise _fail(source, index, f"{what} must be a non-empty string")
    return str(value).strip()


def _entry(raw: object, index: int, source: str) -> Correction:
    if not isinstance(raw, dict) or len(raw) != 1:
        raise _fail(source, index, f"each entry is one action of {', '.join(ACTIONS)}, e.g. '- reject: Some Name'")
    action, body = next(iter(raw.items()))
    if action not in ACTIONS:
        raise _fail(source, index, f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    if action == "merge":
        if not isinstance(body, list) or len(body) < 2:
            raise _fail(source, index, "merge takes a list of two or more names")
        return Correction(action, tuple(_text(b, source, index, "a name") for b in body))
    if action in ("reject", "split"):
        return Correction(action, (_text(body, source, index, "the name"),))
    key = _VALUE_KEYS[action]
    if not isinstance(body, dict) or set(body) != {"entity", key}:
        raise _fail(source, index, f"{action} takes {{entity: NAME, {key}: VALUE}}")
    value = _text(body[key], source, index, key)
    if action == "retype" and value not in ENTITY_TYPES:
        raise _fail(source, index, f"type {value!r} is not one of {', '.join(ENTITY_TYPES)}")
    if action == "link" and not _QID.match(value):
        raise _fail(source, index, f"wikidata {value!r} is not a Q-id such as Q7747")
    if action == "iri" and not valid_slug(iri_slug(value) or value):
        raise _fail(source, index, f"iri {value!r} must be lower-case words joined by hyphens")
    if action == "iri":
        value = iri_slug(value) or value
    return Correction(action, (_text(body["entity"], source, index, "entity"),), value)


def parse_corrections(text: str, source: str = "<corrections>") -> Corrections:
    """Corrections from YAML text; CorrectionsError names the file and the entry at fault."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise CorrectionsError(f"{source}: not valid YAML: {err}".splitlines()[0]) from err
    if data is None:
        data = []
    if not isinstance(data, list):
        raise CorrectionsError(f"{source}: expected a list of entries such as '- reject: Some Name'")
    items = tuple(_entry(raw, i, source) for i, raw in enumerate(data))
    return Corrections(items, source, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])


def default_corrections(out_dir: Path) -> Path | None:
    """`corrections.yaml` beside a build's output, if the user put one there."""
    path = Path(out_dir) / FILENAME
    return path if path.is_file() else None


def load_corrections(path: Path) -> Corrections:
    """The corrections file at `path`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CorrectionsError(f"{path}: cannot read the corrections file: {err}") from err
    return parse_corrections(text, str(path))


@dataclass
class Overrides:
    """What corrections set on one entity, and the corrections that did it."""

    label: str = ""
    type: str = ""
    wikidata: str = ""
    iri: str = ""
    notes: list = None

    def note(self, correction: Correction) -> None:
        self.notes = (self.notes or []) + [correction.text]


def apply_corrections(corrections: Corrections, groups: dict, keys_by_article: dict, names_by_article: dict,
                      group_names, current_iri, new_group) -> tuple[dict, list[Correction]]:
    """Apply `corrections` to resolution's groups in place; returns overrides by group key and unmatched entries.

    `groups` maps a group key to an object with `forms`, `types`, `articles`, `gazetteer_id`;
    `keys_by_article[aid][i]` is the group key of the article's i-th name (`names_by_article`);
    `group_names(key)` gives every name of a group; `current_iri(key)` its IRI slug before the
    corrections; `new_group()` makes an empty group.
    """
    from kg.gazetteer import normalise

    def index() -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for key in groups:
            for name in group_names(key):
                found.setdefault(normalise(name), set()).add(key)
            found.setdefault("\x00iri:" + current_iri(key), set()).add(key)
        return found

    def targets(name: str, names: dict) -> set[str]:
        slug = iri_slug(name)
        return set(names.get("\x00iri:" + slug if slug is not None else normalise(name), ()))

    def move(old: set[str], new: str, only: str | None = None) -> None:
        """Every name of the `old` groups (written `only`, if given) now belongs to `new`."""
        for aid, keys in keys_by_article.items():
            for i, key in enumerate(keys):
                if key in old and (only is None or normalise(names_by_article[aid][i]) == only):
                    keys[i] = new
                    group = groups.setdefault(new, new_group())
                    group.forms[names_by_article[aid][i]] += 1
                    group.articles.add(aid)

    overrides: dict[str, Overrides] = {}
    unmatched = []
    for correction in corrections.items:
        names = index()
        found = [targets(t, names) for t in correction.targets]
        if not all(found):
            unmatched.append(correction)
            continue
        hit = set().union(*found)
        if correction.action == "reject":
            for aid, keys in keys_by_article.items():
                keys[:] = [None if k in hit else k for k in keys]
            for key in hit:
                groups.pop(key, None)
            continue
        if correction.action == "split":
            only = normalise(correction.targets[0])
            new = "c:" + only
            for key in hit:
                groups[key].forms = type(groups[key].forms)(
                    {f: n for f, n in groups[key].forms.items() if normalise(f) != only})
            move(hit - {new}, new, only)
            for key in hit - {new}:
                groups[new].types.update(groups[key].types)
            hit = {new}
        elif correction.action == "merge":
            survivor = min(found[0])
            others = hit - {survivor}
            for key in sorted(others):
                other = groups.pop(key)
                groups[survivor].forms.update(other.forms)
                groups[survivor].types.update(other.types)
                groups[survivor].articles |= other.articles
                groups[survivor].gazetteer_id = groups[survivor].gazetteer_id or other.gazetteer_id
                if key in overrides:  # earlier corrections of a merged entity still shaped the survivor
                    for note in overrides.pop(key).notes or []:
                        overrides.setdefault(survivor, Overrides()).notes = (
                            (overrides[survivor].notes or []) + [note])
            for aid, keys in keys_by_article.items():
                keys[:] = [survivor if k in others else k for k in keys]
            hit = {survivor}
        field = _VALUE_KEYS.get(correction.action)
        for key in hit:
            o = overrides.setdefault(key, Overrides())
            if field:
                setattr(o, field, correction.value)
            o.note(correction)
    return overrides, unmatched
