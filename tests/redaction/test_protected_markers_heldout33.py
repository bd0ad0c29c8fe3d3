"""Held-out 33's and 34's misses (thirteenth session, read after their blind scores), each written as a fresh
sentence: the language of the home told with the language first, pregnancy in weeks written as a word, mixed pronoun
sets, an identity "by name", the monitoring labels forms vary, a form's "None", peoples as ethnicities, "born and
educated", a practice with "only", and (held-out 36) bilingual monitoring labels. Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import (
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
    ("Amharic is still our language at home.", "Amharic is still our language at home", ETHNIC),
    ("Bengali is what we speak around the dinner table.", "Bengali is what we speak around the dinner table",
     ETHNIC),
    ("I write well in English and Urdu, which is what we speak at home.", "Urdu, which is what we speak at home",
     ETHNIC),
    ("Yoruba is what my dad and I speak on the phone.", "Yoruba is what my dad and I speak on the phone", ETHNIC),
    ("I'm twenty weeks pregnant, due in March.", "twenty weeks pregnant", FAMILY),
    ("Ms R. Osei (she/they)", "she/they", GENDER),
    ("Pronouns he/they, please.", "he/they", GENDER),
    ("I'm Muslim by name and Sufi by upbringing.", "Sufi", FAITH),
    ("Disability or long-term health condition: Yes", "Yes", HEALTH),
    ("Disability or long term condition: No", "No", HEALTH),
    ("Gender identity the same as sex registered at birth: No", "No", GENDER),
    ("Caring responsibilities: None", "None", FAMILY),
    ("I am Sundanese, from Bandung.", "Sundanese", ETHNIC),
    ("I am Gurung and my grandfather served in the Gurkhas.", "Gurung", ETHNIC),
    ("Born and schooled in Lagos, I came to Leeds in 2014.", "Born and schooled in Lagos", ORIGIN),
    ("I only go to the gurdwara for weddings these days.", "go to the gurdwara", FAITH),
    ("These days I only make it to the temple at Diwali.", "make it to the temple", FAITH),
    # held-out 36 (read after its score): bilingual monitoring labels, the Welsh first
    ("Crefydd / Religion: Muslim", "Muslim", FAITH),
    ("Statws priodasol / Marital status: Divorced", "Divorced", FAMILY),
    ("Grŵp ethnig / Ethnic group: White – Welsh", "White – Welsh", ETHNIC),
    ("Rhyw / Sex: Male", "Male", GENDER),
    # held-out 35 (read after its score): the adverb after "speak", Rastafari, a reader at Mass, "through and through"
    ("At home we speak mostly Gujarati.", "speak mostly Gujarati", ETHNIC),
    ("I'm Rastafari and proud of it.", "Rastafari", FAITH),
    ("On Sundays I am a reader at Mass.", "reader at Mass", FAITH),
    ("I'm Ghanaian through and through.", "Ghanaian", ORIGIN),
    # held-out 36: a health "No" told as a sentence, as a form's "No"
    ("I have no health conditions or adjustments to declare.", "no health conditions or adjustments to declare",
     HEALTH),
    ("I don't have any long-term medical conditions.", "any long-term medical conditions", HEALTH),
]

STAYS = [
    "Polish is useful on home visits with families.",
    "I speak Polish with clients and their families at home visits.",
    "Welsh is the language we use in the team meetings.",
    "Mandarin is a skill I use with students every day.",
    "Each resident chooses whether he/she wants a key worker.",
    "The service had twenty weeks to prepare for the inspection.",
    "Visa status: None required",
    "I only make it to the gym at weekends.",
    "I never made it to the final interview last time.",
    "I was schooled in Agresso and Oracle by the finance team.",
    "Swyddog / Officer: Grade 5, Finance",
    "I help with the parish newsletter and the food bank rota.",
    "I help with the rota at the hospital.",
    "I read at the library to the under-fives on Saturdays.",
    "I have no health and safety qualifications yet.",
    "The residents I support have a range of health conditions.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout33_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout33_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
