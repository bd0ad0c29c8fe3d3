"""Held-out 27's and 28's misses (twelfth session, read after their blind scores), each written as a fresh sentence:
the disclosing adjustment asked for after a condition, sight or hearing lost, "a spell of" a condition, a wedding
to come with "will", a household naturalised together, the language of the home as a sentence of its own, a bare
"at church", the Liturgy, the care leavers' guaranteed interview asked for, a right-to-work answer, a nationality
cell beside a date of birth. Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import (
    CARE,
    ETHNIC,
    FAITH,
    FAMILY,
    GENDER,
    HEALTH,
    ORIGIN,
    assert_marked,
    markers,
)

DISCLOSURES = [
    ("I have Crohn's disease. At interview I'd be grateful to know where the toilets are.", "toilets", HEALTH),
    ("I'm dyslexic, so in the written test I would like 25% extra time.", "25% extra time", HEALTH),
    ("I am deaf in one ear. For the panel I may need captions on the video call.", "captions", HEALTH),
    ("I use text-to-speech for long reports.", "text-to-speech", HEALTH),
    ("I lost the hearing in my right ear after an infection.", "lost the hearing in my right ear", HEALTH),
    ("I had a bout of depression in 2019 and I am well now.", "bout of depression", HEALTH),
    ("Sam and I will marry in the spring.", "marry in the spring", FAMILY),
    ("My parents and I became British citizens in 2012.", "became British citizens in 2012", ORIGIN),
    ("Punjabi was the only language in our house until I started school.", "Punjabi was the only language", ETHNIC),
    ("At home we speak Tigrinya.", "speak Tigrinya", ETHNIC),
    ("I help with the crèche at church most weeks.", "church", FAITH),
    ("I go to the Divine Liturgy on Sundays.", "Divine Liturgy", FAITH),
    ("Yes – please consider me under the guaranteed interview scheme for care leavers.",
     "guaranteed interview scheme for care leavers", CARE),
    ("Right to work in the UK: Yes - Irish citizen", "Irish citizen", ORIGIN),
    ("Date of birth 02/03/1991  ·  Nationality Portuguese", "Portuguese", ORIGIN),
    # held-out 29 and 30 (read after their scores): monitoring answers, "No" as well as "Yes"; labels as forms write
    # them; the title after the name; two citizenships; a birthplace in a "Born" field; the home language with "our"
    ("Do you have any caring responsibilities? No", "No", FAMILY),
    ("Have you ever been in local authority care? Yes", "Yes", CARE),
    ("Do you wish to apply under the care leavers' guaranteed interview scheme? Yes", "Yes", CARE),
    ("Religion/belief: Sikh", "Sikh", FAITH),
    ("Marital/civil partnership status: Married", "Married", FAMILY),
    ("I hold Irish and British citizenship.", "Irish and British citizenship", ORIGIN),
    ("Born ....... 3 May 1990, Wakefield", "Wakefield", ORIGIN),
    ("Doncaster is where I was born and raised.", "Doncaster is where I was born", ORIGIN),
    ("Our home language is Punjabi.", "Punjabi", ETHNIC),
    ("I still count in Polish.", "count in Polish", ETHNIC),
    ("I sing in the choir at St Anne's most weeks.", "choir at St Anne's", FAITH),
    ("I came to Leeds in 2018 to study and stayed on the Graduate route.", "Graduate route", ORIGIN),
    ("I don't practise any religion.", "practise any religion", FAITH),
    # held-out 31 and 32 (read after their scores): a form's "No", home languages, a married name, a title cell
    ("Disability: No", "No", HEALTH),
    ("Dependants: No", "No", FAMILY),
    ("Tigrinya is the language of my childhood.", "Tigrinya is the language of my childhood", ETHNIC),
    ("At home in Kumasi we spoke Twi.", "spoke Twi", ETHNIC),
    ("Other names used: Patel (married name)", "married name", FAMILY),
    ("As one of the few female engineers on site, I know.", "one of the few female engineers", GENDER),
    ("Ms · she/her", "Ms", GENDER),
    ("We arrived in Bradford in 2017 under the Vulnerable Persons Resettlement Scheme.", "Resettlement Scheme", ORIGIN),
    ("Our family goes to the mosque on Fridays.", "mosque", FAITH),
]

STAYS = [
    "I would be grateful for the questions in writing at interview.",
    "The residents' toilets were refurbished under my supervision.",
    "I trained the team to use captions on every video we publish.",
    "I had a bout of flu last winter like everyone else.",
    "We will marry the two databases into one system next year.",
    "The council became a Disability Confident employer in 2019.",
    "English was the language of the meetings and the minutes.",
    "I went to church schools in Bootle.",
    "I organised the Christmas service at the care home as part of my job.",
    "Please consider me for the post of senior officer.",
    "Right to work in the UK: Yes",
    "Mobile 07700 900123  ·  Team Sefton Council",
    "Do you hold a current DBS certificate? No",
    "I came to Hull in 2015 and joined the asylum team.",
    "I sing in a community choir at the Leeds Playhouse.",
    "Sefton is where I trained as a nurse.",
    "Right to work: No",
    "English was the language of the meetings.",
    "I processed Skilled Worker sponsorship for overseas nurses as an HR adviser.",
    "We had a refugee family on the estate who needed help with the forms.",
    "We had dementia champions on every ward.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout27_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout27_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
