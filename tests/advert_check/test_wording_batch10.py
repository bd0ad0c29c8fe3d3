"""Batch 10 round: the kinds the blind batch 10 missed (scored once at 8ad6f81), each written as fresh
sentences, not copied from the batch. FLAGGED rows must give their category; QUIET rows are lawful
neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

BATCH10_FLAGGED = [
    # age: a career stage counted from qualifying, an age match with service users, a cap after "experience"
    ("We want someone within their first five years of qualified practice.", "Social Worker", "age"),
    ("Ideally you will be in the first three years of practice.", "Solicitor", "age"),
    ("The ideal mentor is close in age to the students.", "Learning Mentor", "age"),
    ("You'll be of a similar age to our customers.", "Sales Adviser", "age"),
    ("Two years' experience in retail, but no more than six years.", "Shop Supervisor", "age"),
    # jargon and gendered terms
    ("We need a youth worker with street cred.", "Youth Worker", "exclusionary_jargon"),
    ("You will report to the site manager, and he will show you the ropes.", "Labourer", "gendered_term"),
    ("Your supervisor meets you weekly and he'll sign off your timesheets.", None, "gendered_term"),
    # gender-coded trait (Gender Decoder stem persist*)
    ("We are looking for a persistent caseworker.", "Caseworker", "gender_masculine"),
    # unnecessary requirements: qualifications above the job
    ("Essential\n- An A level in Geography\n- Happy outdoors", "Forestry Apprentice", "unnecessary_requirement"),
    ("You must have two A-levels in science subjects.", "Trainee Technician", "unnecessary_requirement"),
    ("Essential\n- An NVQ Level 5 in Hospitality", "Catering Supervisor", "unnecessary_requirement"),
    ("Essential\n- NEBOSH National Diploma", "Waste Supervisor", "unnecessary_requirement"),
    ("Essential\n- Four GCSEs at grade 4 or above", "Refuse Loader", "unnecessary_requirement"),
    ("You must have GCSE English and Maths at grade C.", "Cleaner", "unnecessary_requirement"),
]

BATCH10_QUIET = [
    ("You will get a mileage allowance; a full driving licence is essential.", "Lettings Negotiator", "disability"),
    ("We pay 45p a mile, so you need a full driving licence.", "Estate Agent", "disability"),
    ("You will work with people of every age, from toddlers to pensioners.", "Library Assistant", "age"),
    ("Our team leader is Raj; he will show you round on your first day.", None, "gendered_term"),
    ("A level of fitness is needed to climb ladders safely.", "Roofing Apprentice", "unnecessary_requirement"),
    ("GCSE English and Maths at grade 4, or equivalent, are essential.", "Cleaner", "unnecessary_requirement"),
    ("You will persist with enquiries until each case is closed.", None, "gender_masculine"),
    ("An NVQ Level 4 in Leadership is desirable for this senior post.", "Head Chef Manager", "unnecessary_requirement"),
    ("At least two years' experience of youth work, with no upper limit.", "Youth Worker", "age"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH10_FLAGGED)
def test_batch10_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH10_QUIET)
def test_batch10_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
