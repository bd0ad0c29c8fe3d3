"""Held-out 41's and 42's misses (fifteenth session, read after their blind scores), each written as a fresh sentence:
a CV's personal details one field a line with no colon, the place after a date of birth ("Born 02.11.1988, Kaunas"),
a country after a town of birth, a form's "No" to a citizenship or pregnancy question, a nationality field's answer
before a dash, a marital field on the line above "National Insurance", the language spoken "among ourselves" or "to
each other", a "dialect" or letters in the family's language, "second-generation" before an origin, a maiden name,
post-traumatic stress and more peoples. From held-out 43 and 44: a ticked box on a community-background form, a
question after a dash in a label, "Spouse or partner: none", a title after a dash, a nationality before a passport
number, "I grew up Protestant", the language a family has "only ever" used or texts in. From held-out 45 and 46:
more form labels, a birth told as coming "into the world" somewhere, heart rhythm conditions, "a quarter" before an
origin. Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import ETHNIC, FAITH, FAMILY, HEALTH, ORIGIN, assert_marked, markers

DISCLOSURES = [
    ("Born 02.11.1988, Kaunas (age 38)\nCitizenship Lithuanian\nFamily divorced, two sons (9, 12)\nLicence Full UK",
     "divorced", FAMILY),
    ("Born 02.11.1988, Kaunas (age 38)\nCitizenship Lithuanian\nFamily divorced, two sons (9, 12)\nLicence Full UK",
     "Kaunas", ORIGIN),
    ("Date of birth 19/04/1979\nUK status Graduate visa, 2025\nReligion Hindu\nNI number QQ 12 34 56 C",
     "Hindu", FAITH),
    ("Personal: born 21 May 1983, Cluj-Napoca | married", "Cluj-Napoca", ORIGIN),
    ("Place of birth: Mombasa, Kenya\nNationality: British", "Kenya", ORIGIN),
    ("Is your nationality British or Irish? No", "No", ORIGIN),
    ("Pregnancy or maternity in the last 26 weeks: No", "No", FAMILY),
    ("Have you ever been in the care of the local authority? No", "No", "CARE_EXPERIENCE"),
    ("Nationality: Irish – passport PE1234567", "Irish", ORIGIN),
    ("Marital status: civil partnership\nNational Insurance number: QQ 12 34 56 C", "civil partnership", FAMILY),
    ("Between ourselves we speak Kurmanji.", "speak Kurmanji", ETHNIC),
    ("my brothers and i only ever speak tamil to each other.", "speak tamil to each other", ETHNIC),
    ("Sicilian is the dialect my grandad and I use on the phone.", "Sicilian is the dialect my grandad", ETHNIC),
    ("I write to my nan in Polish every month.", "write to my nan in Polish", ETHNIC),
    ("I'm second-generation Bangladeshi.", "second-generation Bangladeshi", ORIGIN),
    ("My HCPC registration is under my maiden name.", "maiden name", FAMILY),
    ("I live with post-traumatic stress after a car crash.", "post-traumatic stress", HEALTH),
    ("I'm Sukuma, from Mwanza.", "Sukuma", ETHNIC),
    ("I'm one of the churchwardens at our village church.", "churchwardens", FAITH),
    # held-out 43 and 44 (read after their blind scores at c2edade)
    ("Community background:\n[x] I am a member of the Catholic community\n[ ] I am a member of neither",
     "a member of the Catholic community", FAITH),
    ("Sexual orientation – are you attracted to: Persons of the same sex", "Persons of the same sex",
     "SEXUAL_ORIENTATION"),
    ("Spouse or partner: none\nParents: both living", "none", FAMILY),
    ("CURRICULUM VITAE   ANNA KOWALSKA – Mrs", "Mrs", "GENDER"),
    ("Passport: Maltese 1293847", "Maltese", ORIGIN),
    ("I grew up Protestant in Lurgan.", "Protestant", FAITH),
    ("I'm Ilocana, from La Union.", "Ilocana", ETHNIC),
    ("With my gran it has only ever been Punjabi.", "Punjabi", ETHNIC),
    ("Tamil is what my cousins and I text in.", "Tamil is what my cousins and I text", ETHNIC),
    ("My former leaving care personal adviser is one of my referees.", "leaving care personal adviser",
     "CARE_EXPERIENCE"),
    # held-out 45 and 46 (read after their blind scores at c921be1)
    ("Religion, religion denomination or body: Church of Scotland", "Church of Scotland", FAITH),
    ("Current nationality: Irish\nDate of birth: 02/03/1990", "Irish", ORIGIN),
    ("Current immigration status: Indefinite leave to remain", "Indefinite leave to remain", ORIGIN),
    ("I came into the world at the Jessop Wing in Sheffield, the youngest of four.",
     "came into the world at the Jessop Wing in Sheffield", ORIGIN),
    ("I have atrial fibrillation and take a blood thinner.", "atrial fibrillation", HEALTH),
    ("I'm a quarter Jamaican, through my grandfather.", "a quarter Jamaican", ORIGIN),
    ("I was raised Greek-Catholic in Uzhhorod.", "Greek-Catholic", FAITH),
]

STAYS = [
    "Family is everything to me.\nReligion matters to many of our residents.\nDisability access is my job.\n"
    "Driving licence: full",
    "Do you need a visa to work in the UK? No",
    "My colleagues write the minutes in Welsh for the board.",
    "We translated the leaflets into Polish for each other's teams.",
    "National Insurance number: QQ 12 34 56 C\nMarital status of tenants is recorded by the housing team.",
    "The museum was born in 1988, Victorian in style.",
    "I was born on 3 March 1990, and I grew up in Leeds.",
    "Which roles interest you?\n[x] Casual Lifeguard\n[ ] Library Assistant",
    "I worked with Protestant and Catholic residents on a shared housing scheme.",
    "I speak Polish with clients and I also speak French.",
    "A quarter of our tenants are over 65.",
    "Our new service came into the world in 2019.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout41_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout41_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
