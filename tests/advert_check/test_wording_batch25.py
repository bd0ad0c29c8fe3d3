"""Kinds from advert batches 25 and 26 (eleventh session, read after their blind scores at 93435d3), as fresh
sentences: an age limit told by a number or a birthday, a body measure as a screen, unpaid trial work, and
applicants or families named by sex. With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH25_FLAGGED = [
    ("Nobody over 45 need apply.", "Porter", "age"),
    ("Sorry, no applicants older than 40.", "Trainee Surveyor", "age"),
    ("Candidates who have reached their 40th birthday cannot be accepted onto the scheme.", "Trainee", "age"),
    ("Applicants must be no older than 35 years of age.", "Apprentice", "age"),
    ("Entrants need a BMI under 30.", "Firefighter", "disability"),
    ("Everyone starts with an unpaid trial week on the counter.", "Sales Assistant", "socioeconomic"),
    ("Shortlisted people do two unpaid shifts before we decide.", "Kitchen Porter", "socioeconomic"),
    ("Lady candidates should note the night rota.", "Security Officer", "gendered_term"),
    ("Wives and girlfriends are invited to the station open day.", "Firefighter", "gendered_term"),
]

BATCH25_QUIET = [
    ("We have looked after people in the valley for over 40 years.", "Care Worker", "age"),
    ("You must be over 18 to sell alcohol.", "Bar Assistant", "age"),
    ("Anyone over 25 miles away can claim travel costs for the interview.", "Officer", "age"),
    ("The team supports people over 65 to live at home.", "Reablement Worker", "age"),
    ("We record each patient's BMI and blood pressure.", "Healthcare Assistant", "disability"),
    ("Unpaid carers are among the people this service supports.", "Carers Officer", "socioeconomic"),
    ("Our landlord partners let homes to the scheme.", "Housing Officer", "gendered_term"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH25_FLAGGED)
def test_batch25_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH25_QUIET)
def test_batch25_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
