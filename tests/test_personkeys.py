"""Whether two person keys can be one person's: written keys, as kg.people.person_cluster_key makes them."""
from __future__ import annotations

from kg.people import person_cluster_key
from kg.personkeys import compatible_people, patronymic_pair


def _same(a: str, b: str) -> bool:
    return compatible_people(person_cluster_key(a).split(), person_cluster_key(b).split())


def test_a_surname_and_its_patronymic_form_are_two_families_but_a_typo_is_one_name():
    assert patronymic_pair("nichols", "nicholson") and patronymic_pair("peterson", "peter")
    assert not _same("John Nichols", "John Nicholson") and not _same("Anna Robert", "Anna Robertson")
    assert _same("Recep Tayyip Erdogan", "Recep Tayyip Ergodan") and _same("Samantha Power", "Samantha Powers")
    assert not patronymic_pair("kowalski", "kowalskison")  # no Census surname: a typo may be anything


def test_a_given_name_of_initials_is_only_the_same_initials():
    assert _same("P.J. Crowley", "Philip J. Crowley") and _same("J.D. Gordon", "JD Gordon")
    assert not _same("P.J. Crowley", "Michael Crowley") and not _same("J.D. Gordon", "Michael R. Gordon")
