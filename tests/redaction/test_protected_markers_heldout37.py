"""Held-out 37's and 38's misses (fourteenth session, read after their blind scores), each written as a fresh
sentence: the language of the home in any order ("we speak ... at home", "at home it's ...", "... with my mum", a
language list's "(spoken with my family)"), regional languages, no religion and non-belief, a church named as what the
candidate belongs to, menopause as an identity, "already a grandad" and "divorced a long time ago". Then neighbours
that must stay: languages used at work, and what a family or a school does with a language. From held-out 39 and 40:
a language list's aside after a dash, an apposition ("Darija and French, the two languages of my parents' house"),
form fields (a previous nationality, a visa "valid until" a year, a field after a semicolon, a church, an unpaid
carer), music in worship, Quaker meeting, "recognised as a refugee"; and (held-out 41) a bare "Yes" or "No" in
fields run together as sentences."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import ETHNIC, FAITH, FAMILY, HEALTH, ORIGIN, assert_marked, markers

DISCLOSURES = [
    ("We speak Levantine Arabic at home, and the kids answer in English.", "speak Levantine Arabic at home", ETHNIC),
    ("In our house we speak only Shona.", "our house we speak only Shona", ETHNIC),
    ("At home it's Tamil, mostly.", "home it's Tamil", ETHNIC),
    ("At home we switch between Ilocano and Tagalog.", "home we switch between Ilocano and Tagalog", ETHNIC),
    ("we mostly ever spoke romanian at home.", "spoke romanian at home", ETHNIC),
    ("I still speak Twi with my gran on the phone every week.", "speak Twi with my gran on the phone every week",
     ETHNIC),
    ("Languages: English (fluent), Sinhala (spoken with my family), French (A2)", "Sinhala (spoken with my family)",
     ETHNIC),
    ("Languages: Hakka and Cantonese (I grew up with both); English", "Hakka and Cantonese (I grew up with both)",
     ETHNIC),
    ("Languages: Sylheti – my own language; English – fluent", "Sylheti – my own language", ETHNIC),
    ("Shanghainese is still what I speak with my parents.", "Shanghainese", ETHNIC),
    ("I have no religion.", "no religion", FAITH),
    ("I'm not a believer, though I love the hymns.", "not a believer", FAITH),
    ("I belong to Romuva, the old Baltic faith.", "Romuva", FAITH),
    ("I go to the vihara on full-moon days.", "vihara", FAITH),
    ("I am perimenopausal and keep a fan on my desk.", "perimenopausal", HEALTH),
    ("With three grown-up children, I'm already a grandad.", "grandad", FAMILY),
    ("I was divorced a long time ago.", "divorced", FAMILY),
    # held-out 39 and 40 (read after their blind scores at ce562b4)
    ("Languages: English; Lithuanian – grew up with it; German – basic", "Lithuanian – grew up with it", ETHNIC),
    ("Languages: Somali – fluent, and what my dad and I speak; English", "Somali – fluent, and what my dad and I speak",
     ETHNIC),
    ("Languages: Tamil (what my grandmother and I speak), English", "Tamil (what my grandmother and I speak)",
     ETHNIC),
    ("Languages: English; Pashto and Dari, the two languages of my parents' house",
     "Pashto and Dari, the two languages of my parents' house", ETHNIC),
    ("Previous nationality: Zimbabwean", "Zimbabwean", ORIGIN),
    ("Right to work: Health and Care Worker visa valid until March 2028", "Health and Care Worker visa", ORIGIN),
    ("Nationality: British; right to work: settled status", "settled status", ORIGIN),
    ("Church: Romanian Orthodox", "Romanian Orthodox", FAITH),
    ("Unpaid carer: Yes", "Yes", FAMILY),
    ("I play keys at a Baptist church on Sundays.", "Baptist church", FAITH),
    ("I go to Quaker meeting most weeks.", "Quaker meeting", FAITH),
    ("I came in 2016 and was recognised as a refugee a year later.", "refugee", ORIGIN),
    # held-out 41: fields run together as sentences, the answer a bare "Yes" or "No"
    ("Religion – None. Care leaver – Yes. Disability – No.", "Yes", "CARE_EXPERIENCE"),
    ("Care leaver: No. Disability: Yes.", "Yes", HEALTH),
]

STAYS = [
    "I speak Polish and use it with families on home visits.",
    "In my last role I spoke Punjabi with clients every day.",
    "I taught Arabic at the community school at weekends.",
    "Most pupils in the class speak Gujarati at home.",
    "I wrote our home care leaflets in Polish and Romanian.",
    "Languages: Punjabi (fluent), Urdu (conversational), French (GCSE)",
    "We translated the housing newsletter into Somali and Arabic.",
    "We visited the pagoda in Kyoto on a staff trip.",
    "The service has no religious affiliation.",
    "Languages: Polish – fluent (used daily with clients); Russian – basic",
    "Languages: French – DELF B2; Spanish – GCSE",
    "Status: Shortlisted for interview",
    "Right to work: Yes (passport seen 12/03/2025)",
    "I play the organ at weddings and funerals for the crematorium.",
    "The project was recognised as a model of good practice.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout37_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout37_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
