"""Batch 13 round (seventh session): the kinds the blind batch 13 missed (scored once at a3e273e, read after),
each written as fresh sentences, not copied from the batch. FLAGGED rows must give their category; QUIET rows
are lawful neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

BATCH13_FLAGGED = [
    # age: a minimum age, a team by decade, decades of service wanted, a capped career
    ("Applicants must be at least 30 years old.", "Caretaker", "age"),
    ("The crew are mostly in their twenties.", None, "age"),
    ("We want someone who can give us the next fifteen years.", "Clerk", "age"),
    ("Ideal if you have never known a world without the internet.", "Digital Officer", "age"),
    ("No more than five years in customer service, please.", "Adviser", "age"),
    # race and nationality: the local native, a national character
    ("You will be a lifelong Westbury resident.", "Porter", "race_nationality"),
    ("We'd love a proper Norton native on the desk.", "Receptionist", "race_nationality"),
    ("Our callers want a home-grown accent.", "Call Handler", "race_nationality"),
    ("The ideal guide is quintessentially British.", "Guide", "race_nationality"),
    # disability: long stretches on your feet, a medical with no restrictions
    ("You will be standing at the till for eight hours without a break.", "Shop Assistant", "disability"),
    ("Offers depend on a health check with no restrictions.", "Clerk", "disability"),
    # socioeconomic: costs carried, unpaid seasons, elite backgrounds
    ("Two summers of unpaid fieldwork are expected.", "Ranger", "socioeconomic"),
    ("The training fee of £450 is paid by the successful candidate.", "Trainee", "socioeconomic"),
    ("Officers buy their own dress uniform.", "Mace Bearer", "socioeconomic"),
    ("An Oxbridge or similar education is preferred.", "Researcher", "socioeconomic"),
    # jargon: hierarchy and tribe
    ("We want a junior who knows their place.", "Assistant", "exclusionary_jargon"),
    ("Join our tribe of coffee-fuelled creatives.", None, "exclusionary_jargon"),
]

BATCH13_QUIET = [
    ("Rest breaks are built into every shift, including when you are standing at the counter.", "Cashier",
     "disability"),
    ("The course fee is met by the council.", "Trainee", "socioeconomic"),
    ("We pay for your uniform and your training.", "Porter", "socioeconomic"),
    ("Many of our volunteers are in their seventies and bring decades of experience.", None, "bias"),
    ("You don't need to live locally; we cover travel to the depot.", "Operative", "race_nationality"),
    ("Our visitors range from toddlers to people in their nineties.", "Guide", "age"),
    # batch 14's clean advert at 69, read after its blind score: service users by age, not applicants
    ("We issue half-price passes to young people aged 16 to 21.", "Concessionary Travel Officer", "age"),
    ("The club is for passengers aged 60 to 75 who want to travel more.", "Travel Officer", "age"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH13_FLAGGED)
def test_batch13_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH13_QUIET)
def test_batch13_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
