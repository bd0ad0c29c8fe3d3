"""Kinds from advert batches 19 to 22 (tenth session, read after their blind scores), as fresh sentences: "man"
words for skills and jobs, a health history barred, old qualifications refused, youth asked for, a voice or first
language screened, up-front costs and a settled home, and "leave yourself outside" culture. With quiet neighbours
(their quiet rows also run with the sentence model on, in test_sentence_model.py)."""

import pytest

from .test_wording import categories, quiet

BATCH19_FLAGGED = [
    ("Previous chairmanship of a committee is desirable.", "Clerk", "gendered_term"),
    ("Good salesmanship will help you fill the courses.", "Course Coordinator", "gendered_term"),
    ("You'll welcome the freshmen in September.", "Accommodation Officer", "gendered_term"),
    ("Our IT man will set up your laptop.", "Administrator", "gendered_term"),
    ("You'll work alongside the stop/go men on the A59.", "Traffic Operative", "gendered_term"),
    ("No hospital admissions in the past year, please.", "Support Worker", "disability"),
    ("No sleep disorders, as the shifts are long.", "Driver", "disability"),
    ("Anyone with dizzy spells need not apply.", "Roofer", "disability"),
    ("Anybody who has had a seizure is out, I'm afraid.", "Lifeguard", "disability"),
    ("Anyone who's had time off with depression should think twice.", "Caseworker", "disability"),
    ("We want a sickness record you are proud of.", "Officer", "disability"),
    ("O levels will not be accepted in place of GCSEs.", "Clerk", "age"),
    ("We don't accept Standard Grades.", "Administrator", "age"),
    ("Let's be honest, it's a young man's game.", "Scaffolder", "age"),
    ("A great early-career opportunity.", "Policy Officer", "age"),
    ("It is hard on the legs, so best for someone who has not got creaky joints.", "Gardener", "age"),
    ("Customers like a familiar Lancashire voice on the phone.", "Call Handler", "race_nationality"),
    ("Ideally you were born and raised in the town.", "Guide", "race_nationality"),
    ("If your first language isn't English you will sit an extra test.", "Clerk", "race_nationality"),
    ("There is a training bond of £300.", "Apprentice", "socioeconomic"),
    ("You'll pay for the first aid course yourself before you start.", "Coach", "socioeconomic"),
    ("You must have lived in settled accommodation for five years.", "Officer", "socioeconomic"),
    ("A home with off-road parking for the van is essential.", "Engineer", "socioeconomic"),
    ("Please leave your problems at the door.", "Care Assistant", "exclusionary_jargon"),
    ("In peak season no one goes home until the last crate is packed.", "Warehouse Operative", "exclusionary_jargon"),
    ("New starters have to earn their place here.", "Operative", "exclusionary_jargon"),
    ("No health-and-safety nonsense on this site.", "Labourer", "exclusionary_jargon"),
]

BATCH19_QUIET = [
    ("The Chair of the committee signs off the minutes.", "Clerk", "gendered_term"),
    ("Our IT team will set up your laptop on your first day.", "Administrator", "gendered_term"),
    ("We support people with sleep disorders to stay in work.", "Health Adviser", "disability"),
    ("You will support tenants after a hospital stay.", "Support Worker", "disability"),
    ("GCSE grade 4, National 5, Standard Grade or O level in English, or equivalent.", "Clerk", "age"),
    ("We run an early career framework for new teachers.", "Mentor", "age"),
    ("You will help residents whose first language is not English to fill in forms.", "Adviser",
     "race_nationality"),
    ("The service secures temporary and settled accommodation for families.", "Housing Officer", "socioeconomic"),
    ("We pay for your training, including the course fees.", "Apprentice", "socioeconomic"),
    ("We have off-road parking for staff at the depot.", "Engineer", "socioeconomic"),
    ("Nobody goes home feeling unheard: we debrief after every shift.", "Support Worker", "exclusionary_jargon"),
    # batch 21's one clean advert below 80 (read after its blind score): a residence rule police vetting sets
    ("All police staff go through vetting. This usually needs three years' residence in the UK.",
     "Firearms Licensing Enquiry Officer", "race_nationality"),
]

# Batches 21 and 22 (tenth session, read after their blind scores at 7587aaf): the same kinds, told another way.
BATCH21_FLAGGED = [
    ("We'd love a motherly type for the ward.", "Ward Clerk", "gendered_term"),
    ("Ask the lads on reception for a visitor badge.", "Administrator", "gendered_term"),
    ("You'll be our tech guy for the school.", "IT Technician", "gendered_term"),
    ("We take pride in our craftsmanship.", "Joiner", "gendered_term"),
    ("No hip problems, as the job means kneeling.", "Gardener", "disability"),
    ("If you've ever had a back injury, don't bother.", "Porter", "disability"),
    ("This post is not suitable for those with a long-term condition.", "Clerk", "disability"),
    ("We cannot consider anyone with a history of self-harm.", "Support Worker", "disability"),
    ("Ideal for someone in their twenties.", "Assistant", "age"),
    ("If you remember dial-up, this isn't for you.", "Social Media Officer", "age"),
    ("No more than two years out of university, please.", "Policy Assistant", "age"),
    ("A perfect role to see out your career in.", "Clerk", "age"),
    ("Applicants with relatives abroad may find vetting difficult.", "Analyst", "race_nationality"),
    ("Two referees who are British citizens.", "Officer", "race_nationality"),
    ("You'll need to be a true son or daughter of the town.", "Guide", "race_nationality"),
    ("Membership of a golf club would help you build contacts.", "Business Officer", "socioeconomic"),
    ("A reference from a person of standing, such as a solicitor.", "Clerk", "socioeconomic"),
    ("You must live in settled housing, not lodgings or a hostel.", "Caretaker", "socioeconomic"),
    ("You'll need to pay the exam fees yourself.", "Trainee", "socioeconomic"),
    ("Expect a few initiation pranks in week one.", "Apprentice", "exclusionary_jargon"),
    ("We hire for vibe.", "Designer", "exclusionary_jargon"),
    ("We don't carry passengers here.", "Operative", "exclusionary_jargon"),
    ("You'll need to fit in with the old guard.", "Clerk", "exclusionary_jargon"),
    ("Long hours, irrespective of childcare arrangements.", "Officer", "exclusionary_jargon"),
]

BATCH21_QUIET = [
    ("Our reception team will give you a visitor badge.", "Administrator", "gendered_term"),
    ("We support people with hip problems to stay active.", "Physiotherapy Assistant", "disability"),
    ("Freedom of information requests are part of the job.", "Information Officer", "age"),
    ("Many of our residents have relatives abroad and we help them keep in touch.", "Care Assistant",
     "race_nationality"),
    ("We pay all exam fees for you.", "Trainee", "socioeconomic"),
    ("We help people who live in lodgings or a hostel to find a home.", "Housing Officer", "socioeconomic"),
    ("You will learn how things are done in the planning service.", "Planning Assistant", "exclusionary_jargon"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH19_FLAGGED + BATCH21_FLAGGED)
def test_batch19_to_22_kinds_flagged(text: str, title: str, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH19_QUIET + BATCH21_QUIET)
def test_batch19_to_22_neighbours_stay_quiet(text: str, title: str, category: str) -> None:
    assert quiet(text, title, category)
