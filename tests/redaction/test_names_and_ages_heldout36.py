"""Held-out 36's direct and age misses (thirteenth session, read after its blind score), each written afresh: the
sender's name on the candidate's own address when the ATS holds another form of it, family-name particles that are
never the name on their own, a middle initial in a CV header, "Curt" for Curtis, and ages in a monitoring row, after
a Welsh label or before a dash; and (held-out 37 and 38) an age opening a note ("Forty-three and still
learning"), a next birthday in brackets, after "my name is ...,", after a comma ("and, at 51, I'm") and a milestone
with its time ("I hit 40 in July"). Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .conftest import removed

SHEILA = {"first_name": "Sheila", "last_name": "O'Brien", "email": "sile.nibhriain@example.com"}


def test_the_sender_of_the_candidates_own_address_is_the_candidate(redactor: Redactor) -> None:
    text = ("From: Síle Ní Bhriain <sile.nibhriain@example.com>\nSubject: Application\n\nThanks,\nSíle\n\n"
            "CURRICULUM VITAE – SÍLE NÍ BHRIAIN RGN\nNI number: JY 90 37 62 D")
    result = redactor.redact(text, SHEILA)
    assert "Síle" not in result.text and "SÍLE" not in result.text and "Bhriain" not in result.text.title()
    assert "NI number" in result.text


def test_another_senders_name_is_not_taken_for_the_candidate(redactor: Redactor) -> None:
    text = "From: Recruitment Team <jobs@example.org>\nTo: sile.nibhriain@example.com\n\nDear Recruitment Team,"
    assert "Dear Recruitment Team" in redactor.redact(text, SHEILA).text


@pytest.mark.parametrize(("text", "candidate", "kept"), [
    ("NI number: JY 90 37 62 D. I have worked in NI since 2010.", {"first_name": "Síle", "last_name": "Ní Bhriain"},
     "NI number"),
    ("I organised the da Vinci exhibition at the library.", {"first_name": "Maria", "last_name": "da Silva"},
     "da Vinci"),
    ("I drove the van to the depot every morning.", {"first_name": "Pieter", "last_name": "van Dijk"}, "the van to"),
])
def test_a_family_name_particle_alone_is_not_the_name(redactor: Redactor, text: str, candidate: dict,
                                                      kept: str) -> None:
    assert kept in redactor.redact(text, candidate).text


@pytest.mark.parametrize(("text", "candidate", "name"), [
    ("Yours,\nMaria da Silva", {"first_name": "Maria", "last_name": "da Silva"}, "da Silva"),
    ("Thanks, Al", {"first_name": "Al", "last_name": "Jones"}, "Al"),
    ("DANIEL R. OKORO\n12 Mill Lane", {"first_name": "Daniel", "last_name": "Okoro"}, "R."),
    ("At the depot they all call me Curt.", {"first_name": "Curtis", "last_name": "Young"}, "Curt"),
])
def test_written_forms_of_the_name_go(redactor: Redactor, text: str, candidate: dict, name: str) -> None:
    assert name not in redactor.redact(text, candidate).text


@pytest.mark.parametrize(("text", "age"), [
    ("I'm 31 – the oldest on the cohort by a mile.", "31"),
    ("Sex: Male · Age: 35-44 · Religion: None", "35-44"),
    ("Oedran / Age band: 50–54", "50–54"),
    # held-out 37 and 38 (their ages read after their blind scores)
    ("Fifty-one and still on the tools most days.", "Fifty-one"),
    ("Age: 29 (30 next month).", "30 next month"),
    ("my name is dan (daniel on my passport), 24, and i work nights.", "24"),
    ("I have three grandchildren and, at 58, I'm still learning.", "58"),
    ("I hit 50 in March, so this is my last big move.", "50"),
])
def test_ages_in_forms_and_asides(redactor: Redactor, text: str, age: str) -> None:
    assert (age, "AGE") in removed(redactor, text)


@pytest.mark.parametrize("text", [
    "Staff / Age UK liaison: 45 visits a year",
    "I'm 100% committed – and available from January.",
    "Ward 24 – the acute medical unit – was my first post.",
    "I hit 40 calls a day in July.",
    "At 9, I joined the choir.",
    "Fifteen and still going, the team grew in 2023.",
])
def test_numbers_that_are_not_ages_stay(redactor: Redactor, text: str) -> None:
    assert not [s for s in removed(redactor, text) if s[1] == "AGE"]
