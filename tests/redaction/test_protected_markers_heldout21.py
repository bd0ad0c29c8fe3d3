"""Held-out 21's and 22's partial misses (eleventh session, read after their blind scores), each written as a fresh
sentence: a status with its time after it ("widowed three years ago", "expecting again in June", parental leave
"early next year"), and a move told after a nationality with the subject left out ("I'm Latvian and came to Boston
in 2006"). Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import (
    CARE,
    ETHNIC,
    FAITH,
    FAMILY,
    GENDER,
    HEALTH,
    ORIENT,
    ORIGIN,
    assert_marked,
    markers,
)

DISCLOSURES = [
    ("I was widowed three years ago and I look after the house alone.", "widowed", FAMILY),
    ("I'm divorced two years now.", "divorced", FAMILY),
    ("Our son is four and I'm expecting again in June.", "expecting again", FAMILY),
    ("I will need paternity leave early next year.", "paternity leave", FAMILY),
    ("I'm Latvian and came to Boston in 2006 to pick vegetables.", "came to Boston in 2006", ORIGIN),
    ("I am Ghanaian and moved over in 2012 as a dependant.", "moved over in 2012 as a dependant", ORIGIN),
    # a form question that ends in a colon, and the guaranteed interview scheme's own line
    ("are you disabled or do you have a long-term condition: yes", "yes", HEALTH),
    ("Have you been looked after by a local authority: Yes", "Yes", CARE),
    ("Guaranteed Interview Scheme (disabled applicants): Yes", "Yes", HEALTH),
    # held-out 23 and 24: the holder's nationality after "passport", British too; Northern Ireland's community
    # background; a relationship field; the gender identity question as a label
    ("Passport (Eritrean, expired 2025): P0917264", "Eritrean", ORIGIN),
    ("My passport is Moldovan and my ID card Romanian.", "Moldovan", ORIGIN),
    ("Passport         Irish – PX5502718", "Irish", ORIGIN),
    ("Right to work: British passport (copy attached)", "British", ORIGIN),
    ("Community background: Protestant community", "Protestant", FAITH),
    ("Relationship: married", "married", FAMILY),
    ("Sex: Female   Gender identity same as at birth: Yes   Age: 30-34", "Yes", GENDER),
    # a monitoring line of answers without their questions
    ("Equality monitoring: Female · Mixed – White and Asian · Hindu · Lesbian", "Hindu", FAITH),
    ("Equality monitoring: Female · Mixed – White and Asian · Hindu · Lesbian", "Lesbian", ORIENT),
    ("Monitoring: Male | Black Caribbean | No religion", "Black Caribbean", ETHNIC),
    # held-out 25 and 26 (read after their scores): fields run together as sentences, the gender-identity question
    # without "the sex", a pregnancy field, a route told with the move, migration by when, "as a Black woman",
    # "as a bloke", a denomination field, a UK passport, "born and grew up in"
    ("Sexual orientation: Gay. Religion: Sikh. Ethnicity: Indian.", "Sikh", FAITH),
    ("Is your gender the same as assigned at birth? No. Age: 30-34.", "No", GENDER),
    ("Pregnant or on maternity leave in the past year: Yes", "Yes", FAMILY),
    ("I came here on a Health and Care Worker visa in 2022.", "came here on a Health and Care Worker visa", ORIGIN),
    ("Before the UK I drove buses in Harare.", "Before the UK", ORIGIN),
    ("As a Black woman in engineering I know what it is to be the only one.", "Black woman", ETHNIC),
    ("As a bloke on the ward, I always explain who I am.", "bloke", GENDER),
    ("Religion / denomination: Methodist", "Methodist", FAITH),
    ("Right to work: UK passport, copy attached", "UK", ORIGIN),
    ("I was born and grew up in Dudley.", "born and grew up in Dudley", ORIGIN),
]

STAYS = [
    "I am British and came to Bath for university.",
    "My manager is Polish and came to Corby in 2004.",
    "Have you read the job description and person specification: Yes",
    "Guaranteed interview scheme: No",
    "Passport: valid until 2030, copy attached",
    "Referee 2: Relationship: former line manager",
    "Monitoring: we monitor every application · results go to the board",
    "Before the meeting I read the papers. We moved to the UK office on a secondment.",
    "I enjoy the work. Health and safety: I chair the committee.",
    "I am not Irish and never moved anywhere.",
    pytest.param("My mum was widowed four years ago and lives near us.", marks=pytest.mark.xfail(
        strict=True, reason="'was widowed' opening a sentence is read as the candidate's status, whoever the subject")),
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout21_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.xfail(strict=True, reason="'parish' makes the next clause a religious practice, even a fete")
def test_a_faith_is_not_a_move(redactor: Redactor) -> None:
    assert markers(redactor, "I am Catholic and came to the parish fete last year.") == [("Catholic", "RELIGION")]


@pytest.mark.parametrize("text", STAYS)
def test_heldout21_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
