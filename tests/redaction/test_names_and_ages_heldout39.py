"""Held-out 39's and 40's direct and age misses (fourteenth session, read after their blind scores), each written
afresh: a family name the ATS does not know beside the candidate's given name (after it with a particle, or before
it in capitals and a comma as a header signs it), a referee's full name spelt by the e-mail address on the same
line, and ages in brackets after a date of birth or opening a note
("Forty-three and, I hope, ..."). Then neighbours that must stay."""

import pytest
from presidio_analyzer import RecognizerResult

from services.redaction.service import Redactor, _names_beside_addresses

from .conftest import removed

ROISIN = {"first_name": "Róisín", "last_name": "Ward", "preferred_name": "Rosh"}


@pytest.mark.parametrize(("text", "name"), [
    ("At school I was Róisín Nic an Bhaird, which nobody in Luton could spell.", "Bhaird"),
    ("Page 2 of 2 – MAC AN BHAIRD, Róisín – personal statement", "MAC AN BHAIRD"),
    ("WARD-BYRNE, Rosh | Application for Housing Officer", "WARD-BYRNE"),
])
def test_a_family_name_written_beside_the_given_name_goes(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text, ROISIN).text


@pytest.mark.parametrize(("text", "kept"), [
    ("Dear HIRING MANAGER, Róisín here with the form you asked for.", "HIRING MANAGER"),
    ("NOTES, Rosh: bring the DBS certificate.", "NOTES"),
    ("I showed Róisín de Valera's letters to the group.", "group"),
])
def test_capitals_and_particles_that_are_not_her_family_name_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text, ROISIN).text


def _email(text: str) -> list[RecognizerResult]:
    at = text.index("@")
    start, end = text.rfind(" ", 0, at) + 1, len(text)
    return [RecognizerResult("EMAIL_ADDRESS", start, end, 1.0)]


def _email_in_line(text: str, line: int) -> list[RecognizerResult]:
    row = text.split("\n")[line]
    offset = text.index(row) + row.index(row.split()[-1])
    return [RecognizerResult("EMAIL_ADDRESS", offset, offset + len(row.split()[-1]), 1.0)]


def test_a_referees_name_spelt_by_their_address_is_a_name() -> None:
    # the case the models missed in held-out 40 needed the whole application around it; the rule on its own
    text = "2. Ximena Quispe Mamani, Clinical Lead, Wexham Park – ximena.quispe@nhs.net"
    found = [(text[r.start:r.end], r.entity_type) for r in _names_beside_addresses(text, _email(text))]
    assert found == [("Ximena Quispe", "NAME_CONTEXT")]


def test_in_a_lower_case_text_the_address_spells_a_lower_case_name() -> None:
    text = "refs\nkemi adeyemi, shift lead at the pool – kemi.adeyemi@example.org\nthanks"
    found = [text[r.start:r.end] for r in _names_beside_addresses(text, _email_in_line(text, 1))]
    assert found == ["kemi adeyemi"]


def test_a_name_in_quotes_and_who_uses_it_is_the_candidates(redactor: Redactor) -> None:
    text = 'NGUYEN VAN MINH – "Kevin" to most colleagues\nKevin set up the rota.'
    assert "Kevin" not in redactor.redact(text, {"first_name": "Minh", "last_name": "Nguyen"}).text


def test_hyphenated_initials_before_the_surname(redactor: Redactor) -> None:
    text = "Signed A-M Kowalczyk, 20 Nov 2026"
    assert "A-M" not in redactor.redact(text, {"first_name": "Anna-Maria", "last_name": "Kowalczyk"}).text


def test_a_team_address_is_not_a_name(redactor: Redactor) -> None:
    text = "Questions to Housing Options – housing.options@example.gov.uk"
    assert "Housing Options" in redactor.redact(text, ROISIN).text


@pytest.mark.parametrize(("text", "age"), [
    ("Date of birth: 14/05/1990 (36)", "36"),
    ("DOB 01.01.2001 (25 years)", "25"),
    ("Thirty-nine and, touch wood, never been fitter.", "Thirty-nine"),
    # held-out 41 and 42 (read after their blind scores)
    ("I mentor two apprentices; at 27 I am barely older than they are.", "27"),
])
def test_ages_beside_a_date_of_birth_or_opening_a_note(redactor: Redactor, text: str, age: str) -> None:
    assert (age, "AGE") in removed(redactor, text)


@pytest.mark.parametrize("text", [
    "Date of issue: 02/03/2019 (10 years' validity)",
    "Born: 1990 (see passport)",
    "Thirty and, in places, forty patients a day come through the unit.",
])
def test_numbers_beside_dates_that_are_not_ages_stay(redactor: Redactor, text: str) -> None:
    assert not [s for s in removed(redactor, text) if s[1] == "AGE"]
