"""Round 8 (fifth session): kinds held-out 6 showed missing, each written as fresh sentences.

- a named condition, procedure, medicine or aid from the NHS Health and Medicines A to Z (health_terms.yaml);
- such a term, a care term or an immigration route anywhere in a first-person clause that names no one else
  and no work ("I'm grateful the kidney dialysis is now at home");
- indefinite leave to remain as a migration status, in prose and in a right-to-work field: every annotator of
  the evaluation sets marks it, as it shows the candidate was not born British;
- "I'm down as care experienced"; the issuing country of a passport and its number.
"""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import CARE, HEALTH, ORIGIN, assert_marked, markers

DISCLOSURES = [
    ("I have keratoconus, so I use a larger screen.", "keratoconus", HEALTH),
    ("Since my spinal fusion I avoid heavy lifting.", "spinal fusion", HEALTH),
    ("I take adalimumab injections every fortnight.", "adalimumab", HEALTH),
    ("i have hypermobility and sometimes need to sit down", "hypermobility", HEALTH),
    ("I am well now; my ulcerative colitis has been quiet since 2021.", "ulcerative colitis", HEALTH),
    ("I would use my noise-cancelling headphones at my desk.", "noise-cancelling headphones", HEALTH),
    ("Right to work: ILR", "ILR", ORIGIN),
    ("I got indefinite leave to remain last year.", "indefinite leave to remain", ORIGIN),
    ("on the council's list i'm down as care experienced", "care experienced", CARE),
    ("Passport: Ghana, G1234567\n", "Ghana", ORIGIN),
]

STAYS = [
    "I supported residents with keratoconus to use magnifiers.",
    "Our clients on adalimumab need their fridge checked.",
    "I helped families with their ILR applications.",
    "The team runs a clinic for people with hypermobility.",
    "Passport: 123456789",
    "She is down as care experienced on the register.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_round_8_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_round_8_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


def test_a_passport_number_after_its_issuing_country_goes(redactor: Redactor) -> None:
    text = "Passport: Netherlands, NR7F4K2L9\n"
    kinds = {(text[e.start:e.end], e.type) for e in redactor.redact(text).entities}
    assert ("NR7F4K2L9", "PASSPORT") in kinds
    assert ("Netherlands", ORIGIN) in kinds
