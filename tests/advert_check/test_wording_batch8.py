"""Kinds of wording revised after blind batch 8 (adverts 119-132). Rows are paraphrases, not the adverts' own
phrases; QUIET rows are the lawful neighbours (batch 8's checker false alarms rewritten as table rows)."""

import pytest

from services.advert_check.service import check_advert

from .test_wording import categories

BATCH8_FLAGGED = [
    # caring and bubbly as personality traits are feminine-coded
    ("We are looking for caring, patient people to join the team.", "Care Assistant", "gender_feminine"),
    ("We want someone caring and calm.", "Receptionist", "gender_feminine"),
    ("You'll be bubbly and chatty with customers.", "Receptionist", "gender_feminine"),
    # pensioners and retirees as the applicants wanted are still an age finding
    ("The hours would suit pensioners looking for a little extra money.", "Crossing Patrol", "age"),
    # longer minimums of experience are still an age risk and a requirement
    ("- At least five years' experience of payroll", "Payroll Officer", "age"),
    ("- At least five years' experience of payroll", "Payroll Officer", "unnecessary_requirement"),
    # a driving licence where the job does not drive
    ("- A full UK driving licence", "Payroll Officer", "disability"),
    # agility as general fitness
    ("You must be physically agile.", "Caretaker", "disability"),
    ("- Strong and agile, as the work involves ladders", "Pest Control Officer", "disability"),
    # networks as a requirement
    ("You must be well connected in the local arts scene.", "Arts Officer", "socioeconomic"),
    # a set of tools at the applicant's cost
    ("You will need to bring your own kit of power tools.", "Handyperson", "socioeconomic"),
    # a class of degree put as "good"
    ("- A good degree in a business subject", "Procurement Officer", "unnecessary_requirement"),
    # a school subject the job does not use
    ("Essential\n- A level Latin, to show a grasp of grammar", "Communications Officer", "unnecessary_requirement"),
    # mums and dads named as who the job suits
    ("These hours are perfect for busy mums.", "Lunchtime Supervisor", "gendered_term"),
    ("The role would suit semi-retired dads.", "Lunchtime Supervisor", "gendered_term"),
    # management-speak
    ("You will think outside the box and pick the low-hanging fruit.", "Procurement Officer", "exclusionary_jargon"),
    # tough as a trait
    ("You'll need to be tough and hard-working.", "Refuse Loader", "gender_masculine"),
    # a list under "You'll need:" at the end of a sentence is a requirements list
    (
        "About you\nWe want a calm person. You'll need:\n- A degree in tourism",
        "Visitor Officer",
        "unnecessary_requirement",
    ),
]

BATCH8_QUIET = [
    # the verb and the work, not a trait
    ("You will be caring for residents in their own homes.", "Care Assistant", "gender_feminine"),
    ("Experience in caring roles is useful.", "Care Assistant", "gender_feminine"),
    # a run of energy words is the age finding, not a feminine-coded one as well
    ("You'll be bubbly, energetic and full of beans.", "Barista", "gender_feminine"),
    # service users, not the applicant
    ("The payroll team pays 9,000 staff and pensioners every month.", "Payroll Officer", "age"),
    ("We pay pensioners on the last working day of the month.", "Payroll Officer", "age"),
    # a short minimum of experience is neither
    ("- At least two years' experience of running events", "Events Officer", "age"),
    ("- At least two years' experience of running events", "Events Officer", "unnecessary_requirement"),
    ("- A minimum of one year's experience in a kitchen", "Cook", "age"),
    # "understanding which ..." is a verb, not a trait before "people"
    ("Our research helps with understanding which older people are most at risk.", "Analyst", "gender_feminine"),
    # the job's own travel
    (
        "- A full UK driving licence and access to a car for work, as visits are spread across rural villages",
        "Community Support Worker",
        "disability",
    ),
    ("We offer agile working and flexible hours.", "Analyst", "disability"),
    ("You will use agile methods in a young and agile team.", "Developer", "disability"),
    ("Our office is well connected by bus and rail.", "Admin Officer", "socioeconomic"),
    ("You will run groups for mums and dads.", "Family Support Worker", "gendered_term"),
    ("Latin at GCSE is essential.", "Archivist", "unnecessary_requirement"),
    ("Tough decisions are part of the job.", "Team Leader", "gender_masculine"),
    # a named contact acting for the reader, not the post holder
    ("To find out more, call Sandra Bright. She can also arrange for you to visit.", None, "gendered_term"),
    # (after batches 23 and 24: the manager is named; an unnamed "he" for a manager is flagged, test_wording_batch23.py)
    ("Your line manager is Tom Okafor. He will meet you on your first day.", "Admin Officer", "gendered_term"),
]


def test_he_or_she_for_the_post_holder_is_still_flagged() -> None:
    assert "gendered_term" in categories("The new officer starts in May. He will lead the team.", "Admin Officer")


def test_hm_before_a_name_is_not_an_acronym() -> None:
    text = "You will send returns to HM Revenue and Customs and keep the RTI file."
    found = {text[f.start : f.end] for f in check_advert(text, "Payroll Officer").findings}
    assert "HM" not in found
    assert "RTI" in found


@pytest.mark.parametrize(("text", "title", "category"), BATCH8_FLAGGED)
def test_batch8_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH8_QUIET)
def test_batch8_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)
