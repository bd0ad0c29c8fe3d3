"""Batch 15 round (eighth session): the kinds the blind batch 15 missed (scored once at 431281d, read after),
each written as fresh sentences, not copied from the batch. FLAGGED rows must give their category; QUIET rows
are lawful neighbours that must not."""

import pytest

from .test_wording import categories, quiet

BATCH15_FLAGGED = [
    (
        "Ideally you grew up in Hatherley, so parents already know your face.",
        "Lunchtime Supervisor",
        "race_nationality",
    ),
    ("You'll need to be Brockton-raised, so you know how the town works.", "Community Officer", "race_nationality"),
    ("We want someone who is Westford through and through.", "Porter", "race_nationality"),
    ("You should be comfortable with British names, having grown up around them.", "Receptionist", "race_nationality"),
    (
        "We're after someone who shares the culture and heritage of the people we serve.",
        "Outreach Worker",
        "race_nationality",
    ),
    ("Tenants will want a warden who shares their background.", "Scheme Manager", "race_nationality"),
    ("An accent callers can follow easily, preferably a local one.", "Call Handler", "race_nationality"),
    ("Your English should come naturally, not as a second language.", "Clerk", "race_nationality"),
    ("Visitors here prefer being served by someone British.", "Shop Assistant", "race_nationality"),
    ("We'd like someone in the prime of their career.", "Officer", "age"),
    ("Ideally someone of the same generation as our members.", "Club Steward", "age"),
    ("Join the up-and-coming generation of engineers.", "Engineer", "age"),
    ("You must never have taken medication for depression.", "Clerk", "disability"),
    ("Applicants must have full, unrestricted mobility.", "Administrator", "disability"),
    ("Nobody with a bad back or a heart condition, please.", "Porter", "disability"),
    ("Quick on your feet, with no health niggles.", "Shop Manager", "disability"),
    ("Sorry, no applicants from the Meadow Lane flats.", "Caretaker", "socioeconomic"),
    ("We'd rather you lived in the town centre, not on the Heath estate.", "Assistant", "socioeconomic"),
    ("You must be a home-owner or have a long-term tenancy.", "Warden", "socioeconomic"),
    ("Uniform and boots come out of your first wage.", "Operative", "socioeconomic"),
    ("Steel toe-cap boots, bought before your first day.", "Porter", "socioeconomic"),
    ("You'll need a deposit and a month's rent in advance before you start.", "Scheme Manager", "socioeconomic"),
    ("A good school and a stable family background, please.", "Trainee", "socioeconomic"),
    ("You'll be a bit of a green-welly type.", "Ranger", "socioeconomic"),
    ("We ask for a three-month volunteering stint before any paid post.", "Gardener", "socioeconomic"),
    ("New starters have to earn their stripes on the late shift.", "Officer", "exclusionary_jargon"),
    ("No jobsworths, please.", "Operative", "exclusionary_jargon"),
    ("You need to roll with the punches.", "Officer", "exclusionary_jargon"),
    ("We're looking for a growth hacker for our socials.", "Marketing Officer", "exclusionary_jargon"),
    ("We move fast and break things.", "Developer", "exclusionary_jargon"),
    ("No precious types.", "Porter", "exclusionary_jargon"),
    ("You'll liaise with the parish committeemen.", "Officer", "gendered_term"),
    ("We need a matronly presence on the ward.", "Ward Manager", "gendered_term"),
    ("The team are mostly playground mums from the estate.", "Midday Supervisor", "gendered_term"),
    ("The usher must have his lists ready by nine.", "Court Usher", "gendered_term"),
    ("Essential: a PhD in transport modelling.", "Transport Planner", "unnecessary_requirement"),
    ("- An HNC in civil engineering", "Maintenance Operative", "unnecessary_requirement"),
    ("- Educated to the level of a law degree", "Court Usher", "unnecessary_requirement"),
]

BATCH15_QUIET = [
    ("We grew up as a small charity in Hatherley.", "Fundraiser", "race_nationality"),
    ("You will support people who grew up in care.", "Personal Adviser", "race_nationality"),
    ("Our volunteers share their culture and heritage at the festival.", "Events Officer", "race_nationality"),
    ("Many of our tenants live in flats on the Meadow Lane estate.", "Housing Officer", "socioeconomic"),
    ("We provide boots and uniform free of charge.", "Operative", "socioeconomic"),
    ("You will help tenants find a deposit and the first month's rent.", "Housing Adviser", "socioeconomic"),
    ("We offer volunteering days to all staff.", "Officer", "socioeconomic"),
    ("We will make adjustments for mobility needs.", "Administrator", "disability"),
    ("You'll manage the prime contract for repairs.", "Contracts Officer", "age"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH15_FLAGGED)
def test_batch15_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH15_QUIET)
def test_batch15_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
