"""The trained relation classifier: the shipped JSON model, its scorer, how it joins the rules,
and that retraining gives the same file byte for byte."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from kg.model import Article
from tests.conftest import ROOT, SHARED


@pytest.fixture(scope="module")
def extract():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str, use_model: bool = True):
        ex = extract_article(nlp(text), Article(id="t", text=text), gazetteer, use_model=use_model)
        return ex, [(ex.mentions[r.subject].text, r.predicate, ex.mentions[r.object].text, r) for r in ex.relations]

    return run


def test_the_shipped_model_is_json_with_a_calibrated_threshold_per_kind():
    from kg.extract.learned import GROUPS, load_model

    raw = json.loads((ROOT / "kg" / "models" / "relations.json").read_text(encoding="utf-8"))
    model = load_model()
    assert set(model) == set(GROUPS) == set(raw["groups"])
    for name, group in model.items():
        assert 0.0 < group.threshold < 1.0, name
        assert len(group.weights) > 100, name
        assert raw["groups"][name]["calibration"], name


def test_the_score_is_a_calibrated_sigmoid_of_the_summed_weights():
    from kg.extract.learned import load_model, score

    group = load_model()["located"]
    strongest = max(group.weights, key=group.weights.get)
    a, b = group.platt
    bare = 1 / (1 + 2.718281828459045 ** -(a * group.intercept + b))
    assert score(group, ()) == pytest.approx(bare)
    assert score(group, (strongest,)) > score(group, ())
    assert score(group, (strongest, strongest)) == score(group, (strongest,))  # a feature counts once


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # (a town and its state, "Springfield, Illinois", is now a rule's: the atlas knows both; so is "who works for")
    ("Mr. Smith, a veteran of the Acme Corporation, said the plant would close.", "Smith", "affiliatedWith",
     "Acme Corporation"),
])
def test_the_classifier_adds_relations_that_no_rule_states(extract, text, subject, predicate, obj):
    _, rules_only = extract(text, use_model=False)
    _, both = extract(text)
    assert not rules_only
    found = [(s, p, o) for s, p, o, r in both if r.method == "model:relations"]
    assert (subject, predicate, obj) in found


def test_a_sentence_that_relates_nobody_gets_no_model_relation(extract):
    _, rels = extract("Peter Jansen flew to Paris on Monday and met reporters there.")
    assert [r for *_, r in rels if r.method == "model:relations"] == []


def test_a_rule_relation_keeps_its_method_and_the_model_adds_no_second_one(extract):
    _, rels = extract("The mayor of Springfield, Tom Baker, opened the new bridge.")
    pairs = [(r.subject, r.object) for *_, r in rels]
    assert ("Tom Baker", "holdsPosition", "Springfield") in [(s, p, o) for s, p, o, _ in rels]
    assert all(r.method.startswith("rule:") for *_, r in rels)
    assert len(pairs) == len({frozenset(p) for p in pairs})


def test_model_relations_carry_a_confidence_above_their_threshold(extract):
    from kg.extract.learned import load_model

    model = load_model()
    lowest = min(g.threshold for g in model.values())
    _, rels = extract("Mr. Smith, a veteran of the Acme Corporation, said the plant would close.")
    learned = [r for *_, r in rels if r.method == "model:relations"]
    assert learned and all(lowest - 0.01 <= r.confidence <= 1.0 for r in learned)


def test_retraining_twice_writes_the_same_model_file(tmp_path):
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("scikit-learn is the training extra: pip install -e '.[train]'")
    data = SHARED / "data" / "conll04" / "conll04_train.json"
    if not data.exists():
        pytest.skip(f"the training data is not beside the project ({data})")
    outs = []
    for run in ("a", "b"):
        out = tmp_path / f"{run}.json"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "train_relations.py"), "--data", str(data),
                        "--limit", "150", "--annotations", "none", "--out", str(out)], check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert set(json.loads(outs[0])["groups"]) == {"work", "based", "located"}


def test_a_rule_relation_takes_the_precision_its_rule_showed_on_the_training_data(extract):
    from kg.extract.learned import rule_confidences
    from kg.extract.relations import rule_key

    table = rule_confidences()
    ex, rels = extract("Anna Berg of the World Bank said growth would slow.", use_model=False)
    measured = [(r, table[rule_key(r, list(ex.mentions))]) for *_, r in rels if rule_key(r, list(ex.mentions)) in table]
    assert measured, "no rule relation whose precision was measured"
    assert all(r.confidence == confidence for r, confidence in measured)


def test_the_rule_table_holds_measured_precisions_with_their_support():
    raw = json.loads((ROOT / "kg" / "models" / "relations.json").read_text(encoding="utf-8"))
    assert raw["rules"]
    for key, row in raw["rules"].items():
        assert row["total"] >= 8 and 0 <= row["right"] <= row["total"], key
        assert row["confidence"] == round((row["right"] + 1) / (row["total"] + 2), 2), key


def test_only_rules_with_a_measured_precision_change_confidence():
    from kg.extract.learned import rule_confidences
    from kg.extract.relations import _calibrated, rule_key
    from kg.model import Mention, Relation

    mentions = [Mention(text="Anna Berg", start=0, end=9, type="Person", sentence=0),
                Mention(text="World Bank", start=17, end=27, type="Organization", sentence=0)]
    measured = next(k for k in rule_confidences() if k.endswith("|Organization") and "affiliatedWith" in k)
    method = measured.split("|")[0]
    rels = [Relation("affiliatedWith", 0, 1, 0, method, 0.5), Relation("affiliatedWith", 0, 1, 0, "rule:unmeasured", 0.5)]
    out = _calibrated(rels, mentions)
    assert rule_key(out[0], mentions) == measured and out[0].confidence == rule_confidences()[measured]
    assert out[1].confidence == 0.5


@pytest.fixture(scope="module")
def candidate_pairs():
    from kg.extract import extract_article
    from kg.extract.learned import candidates
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str) -> set[tuple[str, str, str]]:
        doc = nlp(text)
        ex = extract_article(doc, Article(id="t", text=text), gazetteer, use_model=False)
        ms = list(ex.mentions)
        return {(c.group, ms[c.subject].text, ms[c.object].text)
                for c in candidates(doc, ms, list(ex.relations), gazetteer)}

    return run


@pytest.mark.parametrize("text, body, place", [
    ("LISBON, Portugal (Reuters) - The central bank raised its main rate on Thursday.", "Reuters", "LISBON"),
    ("Intro line.\n\nBerlin (CNN) German officials said the talks had failed.", "CNN", "Berlin"),
])
def test_a_dateline_agency_is_no_candidate_for_a_seat_there(candidate_pairs, text, body, place):
    assert ("based", body, place) not in candidate_pairs(text)


@pytest.mark.parametrize("text, body, place", [
    ("Mary Olsen, an economist at the Urban Institute in Washington, said prices would rise.",
     "Urban Institute", "Washington"),
    ("The Urban Institute (Washington) said prices would rise next year.", "Urban Institute", "Washington"),
])
def test_a_place_that_hangs_on_the_body_itself_stays_a_candidate(candidate_pairs, text, body, place):
    assert ("based", body, place) in candidate_pairs(text)


def test_a_place_that_hangs_on_a_correspondent_is_no_seat_of_the_agency(candidate_pairs):
    pairs = candidate_pairs("A Reuters correspondent in Cairo saw the crowds gather near the square.")
    assert ("based", "Reuters", "Cairo") not in pairs


@pytest.mark.parametrize("text, group, subject, obj", [
    # items of one list: neither place is in the other
    ("Unrest has spread in Catalonia, in the northern region of Navarre, in Andalusia.", "located", "Navarre", "Andalusia"),
    ("Unrest has spread in Catalonia, in the northern region of Navarre, in Andalusia.", "located", "Catalonia", "Navarre"),
    # a body named in the title of a person's book is its topic, not their employer
    ("The plan was praised by Mary Olsen, author of the book Confronting NATO, on Monday.", "work", "Mary Olsen", "NATO"),
    ("said Mary Olsen, a former diplomat and author of Inside The Kremlin Years.", "work", "Mary Olsen", "Inside The Kremlin Years"),
    # a body before another person's title is that person's
    ("The bill was backed by Labour leader Keir Starmer, the SNP's Westminster leader Stephen Flynn and others.",
     "work", "Keir Starmer", "SNP"),
    ("said Obama national security adviser Susan Rice, now with the Brookings Institution.", "work", "Obama",
     "Brookings Institution"),
])
def test_no_candidate_across_a_list_a_title_or_another_persons_title(candidate_pairs, text, group, subject, obj):
    assert (group, subject, obj) not in candidate_pairs(text)


@pytest.mark.parametrize("text, group, subject, obj", [
    ("Unrest has spread in Barcelona, in the Spanish region of Catalonia.", "located", "Barcelona", "Catalonia"),
    ("Mary Olsen, a professor at Harvard University and author of two books, said prices would rise.", "work",
     "Mary Olsen", "Harvard University"),
    ("said Obama national security adviser Susan Rice, now with the Brookings Institution.", "work", "Susan Rice",
     "Brookings Institution"),
    # a person's name inside a body's name is no title of theirs
    ("It is open, says Jane Olsen of the Atlantic Council's Rafik Hariri Center for the Middle East.", "work",
     "Jane Olsen", "Atlantic Council"),
])
def test_pairs_outside_lists_and_titles_stay_candidates(candidate_pairs, text, group, subject, obj):
    assert (group, subject, obj) in candidate_pairs(text)


def test_a_place_after_a_name_the_body_possesses_is_no_seat_of_the_body(candidate_pairs):
    pairs = candidate_pairs("The talks may resume soon, says the BBC's Laura Smith in Nairobi.")
    assert ("based", "BBC", "Nairobi") not in pairs
    assert ("based", "Urban Institute", "Washington") in candidate_pairs(
        "Mary Olsen, an economist at the Urban Institute in Washington, said prices would rise.")


def test_a_place_of_a_gathering_a_body_names_is_no_seat_of_the_body(candidate_pairs):
    pairs = candidate_pairs("The ministers spoke at the OPEC conference in Algiers on Monday.")
    assert ("based", "OPEC", "Algiers") not in pairs


def test_a_name_after_an_age_and_of_is_a_home_town_not_an_employer(candidate_pairs):
    pairs = candidate_pairs("The pilots were Captain Ian Reid, 44, of Great Falls, Montana, and First Officer "
                            "Paul Dunn, 42, of Boise.")
    assert ("work", "Ian Reid", "Great Falls") not in pairs and ("work", "Paul Dunn", "Boise") not in pairs
    # "of the Acme Corporation" after an age may name the employer: it stays a candidate
    assert ("work", "Mark Olsen", "Acme Corporation") in candidate_pairs(
        "The victims were Mark Olsen, 35, of the Acme Corporation and Jane Holloway, 41, of Tulsa.")


def test_a_body_spoken_to_is_not_based_where_it_was_spoken_to(extract):
    """'told The Associated Press in Tehran': where the telling was, not the agency's seat."""
    for text in ("\"The talks were useful,\" the minister told The Associated Press in Tehran.",
                 "The minister said in an interview with CNN in Anchorage that the talks had failed."):
        _, rels = extract(text)
        assert not [r for *_, r in rels if r.predicate == "headquarteredIn"], (text, rels)
    _, rels = extract("The U.S. Embassy in Tripoli was closed on Friday.")
    assert [r for *_, r in rels if r.predicate == "headquarteredIn"], rels


def test_a_place_that_owns_the_body_is_no_employer(extract):
    """'director of a centre at Bangkok's Chulalongkorn University': Bangkok is where the university is."""
    text = "\"The week looked grim,\" said Anan Chai, director of the Center for Asian Studies at Bangkok's Chulalongkorn University."
    _, rels = extract(text)
    found = {(s, p, o) for s, p, o, r in rels}
    assert not any(o == "Bangkok" and p in ("holdsPosition", "affiliatedWith") for s, p, o in found), found
    assert any(s == "Anan Chai" and p in ("holdsPosition", "affiliatedWith") for s, p, o in found), found


def test_a_state_before_a_party_member_is_the_seat_not_an_employer(extract):
    """'the veteran Montana Democrat': Montana is the senator's state, not his employer nor the party's seat."""
    for text, place in (("\"It is a bad deal,\" said Sen. Tom Hale, the veteran Montana Democrat who chairs the panel.",
                         "Montana"),
                        ("\"It was a mistake,\" said Sen. Tom Hale, New York Democrat.", "New York")):
        _, rels = extract(text)
        found = {(s, p, o) for s, p, o, r in rels}
        assert not any(o == place and p in ("affiliatedWith", "holdsPosition", "headquarteredIn") for s, p, o in found), found


@pytest.mark.parametrize("text, body, place", [
    # a destination, not a seat
    ("The president then boarded Air Force One for Ramstein Air Base in Germany.", "Air Force One", "Ramstein"),
    # a branch or a doing of the body, which may be anywhere
    ("The Baath Party's Aleppo branch said the vote was fair.", "Baath Party", "Aleppo"),
    ("The talks would take place under the auspices of the United Nations process in Geneva.", "United Nations",
     "Geneva"),
    # an edition named right after the outlet
    ("Breitbart London reported the story first.", "Breitbart", "London"),
])
def test_a_place_that_says_where_something_else_is_is_no_seat_of_the_body(candidate_pairs, text, body, place):
    assert ("based", body, place) not in candidate_pairs(text)


@pytest.mark.parametrize("text, body, place", [
    ("The talks overshadowed the gathering at NATO's new headquarters in Brussels.", "NATO", "Brussels"),
    ("Trump did not mention it during a visit to Nato's Brussels headquarters in May.", "Nato", "Brussels"),
    ("Britain is at the mercy of EU bureaucrats in Brussels, he said.", "EU", "Brussels"),
])
def test_a_place_of_the_bodys_headquarters_or_people_stays_a_candidate(candidate_pairs, text, body, place):
    assert ("based", body, place) in candidate_pairs(text)


def test_a_body_a_person_acts_for_under_a_noun_naming_their_own_body_is_no_employer(candidate_pairs):
    pairs = candidate_pairs("Mary Olsen, a Justice Department lawyer handling the case for the State Department, "
                            "said it would take months.")
    assert ("work", "Mary Olsen", "State Department") not in pairs
    assert ("work", "Mary Olsen", "Justice Department") in pairs
    # working for a body is working there; a clause on the body itself is no client's either
    assert ("work", "Mary Olsen", "State Department") in candidate_pairs(
        "Mary Olsen, a Treasury Department analyst working for the State Department, said it would take months.")
    assert ("work", "Tom Wright", "Project on International Order") in candidate_pairs(
        "Tom Wright, a fellow at the Brookings Institution who oversees the Project on International Order, said so.")


@pytest.mark.parametrize("text, inner, outer", [
    ("Police raided a house in the city of Birmingham, about 130 miles north of London.", "Birmingham", "London"),
    ("The base lies in Kubinka, outside Moscow.", "Kubinka", "Moscow"),
])
def test_a_place_a_distance_is_measured_from_holds_no_candidate(candidate_pairs, text, inner, outer):
    assert ("located", inner, outer) not in candidate_pairs(text)


def test_a_place_whose_north_is_named_still_holds_a_candidate(candidate_pairs):
    assert ("located", "Idlib", "Syria") in candidate_pairs("Fighting raged in Idlib, in the north of Syria.")


@pytest.mark.parametrize("text, person, body", [
    ("“We will demand that the Senate press General James Mattis about his views,” Naureen Shah said.",
     "James Mattis", "Senate"),
    ("The Senate confirmed General James Mattis on Friday.", "James Mattis", "Senate"),
])
def test_a_body_that_is_the_subject_of_a_verb_before_the_title_is_no_employer(candidate_pairs, text, person, body):
    assert ("work", person, body) not in candidate_pairs(text)


def test_a_body_whose_press_title_stands_before_the_name_stays_a_candidate(candidate_pairs):
    assert ("work", "Sean Spicer", "White House") in candidate_pairs("The White House press Secretary Sean Spicer spoke.")
