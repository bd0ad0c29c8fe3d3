"""Held-out 43's and 44's direct and age misses (fifteenth session, read after their blind scores), each written
afresh: passport numbers on a passport field's line after the holder's nationality or route, one or two of them; an
age about to come with its day ("I turn 30 on Saturday"); a room before a street address; a county line with its
"Co."; Muhammad written short before a name. Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .conftest import removed


@pytest.mark.parametrize(("text", "number"), [
    ("Passport: Irish – 812349067\nDriving licence: full", "812349067"),
    ("Other passports held: Nigerian – A07384519", "A07384519"),
    ("Passports: BN(O) 739106254; HKSAR K48392017", "739106254"),
    ("Passports: BN(O) 739106254; HKSAR K48392017", "K48392017"),
    ("Nationality: Maltese   Passport: Maltese 1293847", "1293847"),
])
def test_a_passport_fields_numbers_go(redactor: Redactor, text: str, number: str) -> None:
    assert (number, "PASSPORT") in removed(redactor, text)


@pytest.mark.parametrize("text", [
    "Passport: valid until 2031, seen by HR on 12 March",
    "Passport office: 0300 222 0000 for renewals",
])
def test_a_passport_lines_other_numbers_stay(redactor: Redactor, text: str) -> None:
    assert not [found for found in removed(redactor, text) if found[1] == "PASSPORT"]


@pytest.mark.parametrize(("text", "age"), [
    ("I turn 40 on Thursday, so the timing is good.", "40"),
    ("I'll turn sixty in June and have no plans to stop.", "sixty"),
])
def test_an_age_about_to_come_goes(redactor: Redactor, text: str, age: str) -> None:
    assert (age, "AGE") in removed(redactor, text)


def test_turning_a_number_of_degrees_stays(redactor: Redactor) -> None:
    assert removed(redactor, "Turn 30 degrees to the left on Saturday's drill.") == []


def test_a_room_before_a_street_address_goes(redactor: Redactor) -> None:
    text = "2019 – 2022: Room 7, 48 Whitstable Road, Canterbury"
    assert ("Room 7, 48 Whitstable Road, Canterbury", "ADDRESS") in removed(redactor, text)


def test_a_meeting_room_stays(redactor: Redactor) -> None:
    assert removed(redactor, "The panel meets in Room 4, 11 people in all.") == []


def test_a_county_line_keeps_its_co(redactor: Redactor) -> None:
    candidate = {"first_name": "Ann", "last_name": "Moore", "address_line1": "14 Church Road",
                 "address_line2": "Kesh", "town": "Enniskillen", "postcode": "BT93 1TF"}
    text = "14 Church Road\nKesh\nCo. Fermanagh\nBT93 1TF"
    assert redactor.redact(text, candidate).text.count("Co.") == 0


def test_a_county_named_in_work_stays(redactor: Redactor) -> None:
    text = "I managed the Co. Tyrone outreach team for the health trust."
    assert "Co. Tyrone" in redactor.redact(text).text


@pytest.mark.parametrize("text", [
    "My referee is Mohd Hafiz bin Rahman, charge nurse on Ward 4.",
    "My referee is Md Shahidul Islam, team leader at the depot.",
])
def test_muhammad_written_short_goes_with_the_name(redactor: Redactor, text: str) -> None:
    result = redactor.redact(text).text
    assert "Mohd" not in result and "Md " not in result
