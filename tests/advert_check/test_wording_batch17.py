"""Kinds from advert batches 17 and 18 (ninth session, read after their blind scores), as fresh sentences: an
exclusion that names a health need, an accent named, a national character or heritage, housing and up-front money,
in-group culture idioms, family and sex words for the team, and a life stage. With quiet neighbours, among them the
lawful nationality and vetting statements batches 19 and 20 showed (their quiet rows also run with the sentence model
on, in test_sentence_model.py)."""

import pytest

from .test_wording import categories, quiet

BATCH17_FLAGGED = [
    ("Sorry, nobody currently on light duties can be considered.", "Porter", "disability"),
    ("We need people who have never needed counselling.", "Call Handler", "disability"),
    ("No walking sticks or mobility aids on the shop floor.", "Retail Assistant", "disability"),
    ("Anyone who has had knee surgery needn't apply.", "Groundsperson", "disability"),
    ("We can't accommodate anyone who uses a hearing loop in the office.", "Receptionist", "disability"),
    ("No gaps in your employment for health reasons, please.", "Clerk", "disability"),
    ("You'll need an English accent for our callers.", "Call Handler", "race_nationality"),
    ("Tenants may have trouble understanding a foreign accent, so bear that in mind.", "Housing Officer",
     "race_nationality"),
    ("We want good old British values in this team.", "Team Leader", "race_nationality"),
    ("Applicants need Irish ancestry for this heritage role.", "Guide", "race_nationality"),
    ("Five years' continuous UK residence is required.", "Finance Assistant", "race_nationality"),
    ("Residents trust locals here, not new arrivals.", "Warden", "race_nationality"),
    ("Homeowners only, please, as the rota needs a settled address.", "Caretaker", "socioeconomic"),
    ("We cannot appoint anyone living in temporary accommodation.", "Clerk", "socioeconomic"),
    ("There is a deposit of £250 for your uniform.", "Cleaner", "socioeconomic"),
    ("You'll fund your own travel to training yourself.", "Apprentice", "socioeconomic"),
    ("Ideally you went to one of the fee-paying schools in the city.", "Events Officer", "socioeconomic"),
    ("You'll need to hit the deck running on Monday.", "Officer", "exclusionary_jargon"),
    ("Work hard, party harder - that's us.", "Sales Executive", "exclusionary_jargon"),
    ("Be warned: newbies get initiated in their first week.", "Operative", "exclusionary_jargon"),
    ("We want a black-belt negotiator.", "Buyer", "exclusionary_jargon"),
    ("This role becomes your life for the first year.", "Manager", "exclusionary_jargon"),
    ("Join the dinner ladies at Oakfield Primary.", "Midday Supervisor", "gendered_term"),
    ("We're after a Mr Fix-it for our three blocks.", "Handyperson", "gendered_term"),
    ("You'll be naturally motherly with the little ones.", "Nursery Assistant", "gendered_term"),
    ("Our customers must not struggle with your accent.", "Call Handler", "race_nationality"),
    ("Each crew is led by a Crew Manager, and he sets the jobs for the day.", "Firefighter", "gendered_term"),
    ("Each block has a caretaker; it is his responsibility to lock up.", "Caretaker", "gendered_term"),
    ("Once she's settled in, our new cook will plan the menus.", "School Cook", "gendered_term"),
    ("Maths and English GCSE; we don't accept the old lettered grades.", "Clerk", "age"),
    ("Perfect for a recent marketing graduate.", "Marketing Assistant", "age"),
    ("Applicants should be no older than 40.", "Trainee", "age"),
    ("We want someone with plenty of years still in them.", "Technician", "age"),
    ("Ideally one of their own generation, so the students relate to you.", "Mentor", "age"),
]

BATCH17_QUIET = [
    ("We will make adjustments for anyone on light duties who applies.", "Porter", "bias"),
    ("You'll support tenants in temporary accommodation to find a home.", "Housing Officer", "bias"),
    ("We serve residents with many accents and languages.", "Customer Adviser", "race_nationality"),
    ("The team keeps British Sign Language interpreters on call.", "Receptionist", "bias"),
    ("We pay the deposit for your locker key.", "Cleaner", "socioeconomic"),
    ("You will support the site manager with the daily checks.", "Caretaker", "gendered_term"),
    # the Civil Service Nationality Rules and the residence security vetting needs are lawful (batches 19 and 20)
    ("This post is open to UK nationals, Irish nationals, Commonwealth citizens and some EEA nationals.",
     "Prison Officer", "race_nationality"),
    ("You must have lived in the UK for the last three years to complete security vetting.", "Work Coach",
     "race_nationality"),
    ("Our schools include fee-paying and state schools across the county.", "Admissions Officer", "socioeconomic"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH17_FLAGGED)
def test_batch17_kinds_flagged(text: str, title: str, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH17_QUIET)
def test_batch17_neighbours_stay_quiet(text: str, title: str, category: str) -> None:
    assert quiet(text, title, category)
