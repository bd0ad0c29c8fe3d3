"""Held-out 37's and 38's misses (fourteenth session, read after their blind scores), each written as a fresh
sentence: the language of the home in any order ("we speak ... at home", "at home it's ...", "... with my mum", a
language list's "(spoken with my family)"), regional languages, no religion and non-belief, a church named as what the
candidate belongs to, menopause as an identity, "already a grandad" and "divorced a long time ago". Then neighbours
that must stay: languages used at work, and what a family or a school does with a language."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import ETHNIC, FAITH, FAMILY, HEALTH, assert_marked, markers

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
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout37_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout37_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
