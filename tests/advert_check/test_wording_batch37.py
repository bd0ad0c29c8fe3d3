"""Kinds from advert batches 37 and 38 (fourteenth session, read after their blind scores at cf03fcd), as fresh
sentences: jobs filled through who you know, English "from birth", more bars ("screened out", "turned away", "means
we'd have to say no", "cannot go to") and the conditions they turn away, "the over-50s" as a stereotype, a date of
birth asked for, graduation years, and "young" about the person but not about the trees or athletes the job looks
after; from batches 39 and 40, where applicants were born or schooled, training abroad that "counts for nothing",
more conditions a bar turns away, costs and debts put on applicants, and qualifications that equivalent experience
can stand in for; from batches 41 and 42, more bar wordings ("will be turned down", "needn't bother applying"), age
limits told another way ("must not have reached 45"), an upbringing, blood or heritage preferred, costs that are "on
you", and hero titles. With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH37_FLAGGED = [
    ("Most of our crew got in because someone here could vouch for them.", "Crew Member", "socioeconomic"),
    ("We recruit almost entirely by word of mouth.", "Yard Hand", "socioeconomic"),
    ("Please enclose a letter of introduction from a current member.", "Steward", "socioeconomic"),
    ("Candidates must be nominated by an existing member of the club.", "Groundsperson", "socioeconomic"),
    ("Ideally you will have English spoken from birth.", "Receptionist", "race_nationality"),
    ("Anyone with a history of cancer is turned away at screening.", "Diver", "disability"),
    ("Wearers of hearing aids get screened out early.", "Call Handler", "disability"),
    ("Angina means we'd have to say no.", "Deckhand", "disability"),
    ("This post cannot go to anyone with limited mobility.", "Archivist", "disability"),
    ("In our experience the over-60s find the night shifts too much.", "Warehouse Operative", "age"),
    ("Applicants should state their date of birth on the form.", "Clerk", "age"),
    ("Open to the graduating class of 2026 only.", "Graduate Officer", "age"),
    ("We'd love someone younger to balance the team.", "Assistant", "age"),
    ("Our team is young and fun.", "Assistant", "age"),
    ("A true culture carrier for the depot.", "Supervisor", "exclusionary_jargon"),
    # batches 39 and 40 (read after their blind scores at ce562b4)
    ("The form asks for your place of birth.", "Porter", "race_nationality"),
    ("Applicants should have been to school in the UK.", "Clerk", "race_nationality"),
    ("Cheshire-born is preferred.", "Ranger", "race_nationality"),
    ("Nursing diplomas gained in other countries count for nothing here.", "Nurse", "race_nationality"),
    ("We say no to anyone with bad joints.", "Scaffolder", "disability"),
    ("Anyone claustrophobic should steer clear.", "Cave Guide", "disability"),
    ("Hand tools are yours to supply.", "Joiner", "socioeconomic"),
    ("Ideal for someone with a second income to fall back on.", "Shop Assistant", "socioeconomic"),
    ("Nobody who has fallen behind on loans, please.", "Cashier", "socioeconomic"),
    ("Please give the year in which you left school.", "Administrator", "age"),
    ("Candidates within one year of completing their degree are preferred.", "Graduate Trainee", "age"),
    ("We don't do hand-holding here.", "Engineer", "exclusionary_jargon"),
    ("It's a macho culture on the tools.", "Electrician", "exclusionary_jargon"),
    # batches 41 and 42 (read after their blind scores at 74d5ac1)
    ("Anyone with epilepsy will be turned down.", "Driver", "disability"),
    ("People on blood thinners needn't bother applying.", "Arborist", "disability"),
    ("The trust does not appoint colour-blind candidates.", "Electrician", "disability"),
    ("Applicants must not have reached 50 by the closing date.", "Trainee", "age"),
    ("The post is reserved for students graduating in summer 2028.", "Graduate Officer", "age"),
    ("We'd value a Yorkshire upbringing.", "Ranger", "race_nationality"),
    ("Candidates of Welsh heritage will be preferred.", "Warden", "race_nationality"),
    ("Match fees and travel to fixtures are on you.", "Coach", "socioeconomic"),
    ("You must be a paid-up member of the society.", "Archivist", "socioeconomic"),
    ("You'll be our warehouse warrior.", "Operative", "exclusionary_jargon"),
]

BATCH37_QUIET = [
    ("You will plant and care for young trees across the estate.", "Forestry Worker", "age"),
    ("You will coach young athletes aged 8 to 17.", "Athletics Coach", "age"),
    ("We run lunch clubs for the over-60s.", "Activities Coordinator", "age"),
    ("We welcome recommendations from the people who use our services.", "Service Manager", "socioeconomic"),
    ("Word of mouth brings most of our visitors to the museum.", "Visitor Officer", "socioeconomic"),
    ("We support people treated for cancer to return to work.", "Employment Adviser", "disability"),
    ("One in four people over 70 lives alone.", "Befriending Coordinator", "age"),
    ("Our patients are young and often frightened.", "Play Specialist", "age"),
    ("You will lead a ten-minute warm-up before each class.", "Instructor", "gender_feminine"),
    ("You will be honest with residents about what we can do.", "Housing Officer", "gender_feminine"),
    ("A Level 3 qualification in customer service, or equivalent experience.", "Customer Service Assistant",
     "unnecessary_requirement"),
    ("You will run crushing and grinding tests on ore samples.", "Laboratory Technician", "exclusionary_jargon"),
    ("We support people graduating in summer 2027 into their first jobs.", "Careers Adviser", "age"),
    ("About Blood Bikes: volunteers carry samples between hospitals.", "Coordinator", "race_nationality"),
    ("We help stroke survivors return to work.", "Employment Adviser", "disability"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH37_FLAGGED)
def test_batch37_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH37_QUIET)
def test_batch37_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
