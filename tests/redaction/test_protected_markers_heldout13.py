"""Held-out 13's missed kinds (eighth session, read after its blind score at 431281d), each written as a fresh
sentence, not copied from the set: a condition with a hyphenated qualifier, a "Religious belief" or "Faith or
belief" field, a form's answer after "Yes – ", Scotland's supervision orders and throughcare, a children's home
with a qualifier or written without its apostrophe, the language of the home. Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import CARE, ETHNIC, FAITH, FAMILY, HEALTH, ORIGIN, assert_marked, markers

DISCLOSURES = [
    ("I was diagnosed with relapsing-remitting MS in my twenties and it is well managed.",
     "relapsing-remitting MS", HEALTH),
    ("Faith or belief: Sikh", "Sikh", FAITH),
    ("Religious belief: Church of Scotland", "Church of Scotland", FAITH),
    ("Right to work: Yes – indefinite leave to remain through my wife's visa", "indefinite leave to remain", ORIGIN),
    ("I spent my early teens in a state children's home outside Sofia.", "children's home", CARE),
    ("i was in a childrens home in jarrow from 12", "childrens home", CARE),
    ("After I turned 18 I had throughcare support from the council.", "throughcare support", CARE),
    ("From fourteen I was on a compulsory supervision order.", "compulsory supervision order", CARE),
    ("Tagalog is the language I grew up speaking.", "Tagalog is the language I grew up speaking", ETHNIC),
    ("Urdu is spoken at home, and I use it with families in clinic.", "Urdu is spoken at home", ETHNIC),
    ("We mostly spoke Somali at home when I was small.", "spoke Somali at home", ETHNIC),
    ("I grew up between Cantonese at home and English at school.", "Cantonese at home", ETHNIC),
    ("Spouse/partner: Husband – Tomasz", "Husband", FAMILY),
]

STAYS = [
    "In many families we support, Polish is spoken at home.",
    "I grew up speaking to customers in my parents' shop.",
    "My mum – a nurse – taught me to care for people.",
    "We work with refugees – indefinite leave to remain is common among our clients.",
    "I visited an older lady – a retired teacher – every week as a befriender.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout13_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout13_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("As a Muslim nurse I have worked Ramadan night shifts.", "Muslim", FAITH),
    ("As a Black British woman in planning, I notice who is missing from the room.", "Black British", ETHNIC),
])
def test_an_identity_before_the_person_it_describes(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", ["I'm a Polish teacher at the Saturday school.",
                                  "As a British Council officer I travelled widely."])
def test_a_subject_or_an_employer_before_a_job_stays(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Went into foster care at nine and stayed with the same family until I was eighteen.", "Went into foster care"),
    ("My pathway plan had housing as the goal from the start.", "pathway plan"),
    ("My sister and I were placed with different foster families.", "foster families"),
])
def test_care_told_without_a_subject_or_by_its_paperwork(redactor: Redactor, text: str, surface: str) -> None:
    assert_marked(redactor, text, surface, CARE)


@pytest.mark.parametrize("text", ["Went into care homes weekly to deliver moving and handling training.",
                                  "I trained foster carers and placed children with foster families.",
                                  "Our pathway plan template was redesigned by my team."])
def test_care_work_stays(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
