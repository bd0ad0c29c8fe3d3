"""Held-out 15's and 16's missed kinds (ninth session, read after their blind scores at bf31019), each written as
a fresh sentence, not copied from the sets: a monitoring form pasted as columns with no separator but the gap, or
strung together with middle dots, with several questions on one line; "Racial group" and "National identity"
fields; a resettlement scheme, settlement still to come, the language spoken at home, private fostering, a baby
due, a faith named in the plural, common blood-pressure and cholesterol medicines, a prosthetic; and, from held-out
17 and 18, a monitoring row with only a space between each label and its answer. Then neighbours that must stay."""

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

FORM = ("Equality monitoring\nGender            Male\nEthnic group      White – Irish\nReligion          Muslim\n"
        "Sexual orientation  Bisexual\nMarital status    Civil partnership\n")

DISCLOSURES = [
    (FORM, "Male", GENDER),
    (FORM, "White – Irish", ETHNIC),
    (FORM, "Muslim", FAITH),
    (FORM, "Bisexual", ORIENT),
    (FORM, "Civil partnership", FAMILY),
    ("Sex: Female · Religion: Hindu · Disability: Yes", "Hindu", FAITH),
    ("Racial group: Mixed – White and Asian", "Mixed – White and Asian", ETHNIC),
    ("Sex: Male   National identity: Welsh   Age: 51", "Welsh", ORIGIN),
    ("Are you a care leaver?  Yes    Do you have a disability?  Yes – epilepsy", "epilepsy", HEALTH),
    ("Are you a British citizen?  Yes\nCountry of birth: Eritrea", "Yes", ORIGIN),
    ("We arrived in Coventry in 2016 through the Vulnerable Persons Resettlement Scheme.",
     "through the Vulnerable Persons Resettlement Scheme", ORIGIN),
    ("Next spring we will be able to apply for settlement.", "apply for settlement", ORIGIN),
    ("We mostly speak Gujarati at home.", "speak Gujarati at home", ETHNIC),
    ("For two years I was privately fostered by my aunt's friend.", "privately fostered", CARE),
    ("My wife and I have a baby due in April.", "baby due", FAMILY),
    ("I am one of Jehovah's Witnesses and do not stand for the anthem.", "Jehovah's Witnesses", FAITH),
    ("I take ramipril and atorvastatin, which do not affect my work.", "ramipril", HEALTH),
    ("I have an above-knee prosthetic and walk the wards all day.", "above-knee prosthetic", HEALTH),
    # held-out 17 and 18 (read after their scores): a monitoring row with a space between label and answer
    ("Equality: Gender Female | Ethnic group Asian British – Bangladeshi | Religion Islam",
     "Asian British – Bangladeshi", ETHNIC),
    ("Sex Male · Marital status Divorced · Religion Sikh", "Divorced", FAMILY),
    ("Sex male   Ethnic group White Irish   Religion Catholic", "Catholic", FAITH),
    ("monitoring: sex female, ethnic group white polish, religion none, care experienced yes", "white polish", ETHNIC),
    ("Disability / long-term condition: Yes – Crohn's disease", "Crohn's disease", HEALTH),
]

STAYS = [
    "Religion  and belief networks are part of my current role.",
    "Health  and safety audits were my main task.",
    "I ran the Vulnerable Persons Resettlement Scheme casework team for the council.",
    "Families we support often apply for settlement after five years.",
    "I ran sessions where parents speak Polish at home with their children.",
    "The ward team has a baby due in the maternity unit every hour.",
    "Training: Health and safety | Religion and belief awareness | Gender pay gap reporting",
    "Topics covered: health and wellbeing, religion in schools, sex education, disability rights.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout15_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout15_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
