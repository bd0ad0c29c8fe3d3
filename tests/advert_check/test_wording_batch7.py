"""Kinds of wording widened after blind batch 7 (adverts 103-118). Each row is a paraphrase a recruiter might
plausibly write, not the phrase copied from the evaluation advert, so the table checks the pattern class.
QUIET rows are the lawful neighbours each kind must leave alone, including batch 7's checker false alarms
rewritten as table rows. PROBES were written before the rules were run on them (28 of 29 flagged)."""

import pytest

from services.advert_check.service import check_advert

from .test_wording import categories

BATCH7_FLAGGED = [
    # nationality: the post closed to non-citizens, and refusing people who need a visa or live abroad
    ("The post is open only to British citizens.", "Planning Technician", "race_nationality"),
    ("This vacancy is exclusively open to UK nationals.", "Admin Assistant", "race_nationality"),
    ("We cannot consider applicants who would need a visa to work in the UK.", "Admin Assistant", "race_nationality"),
    (
        "We are unable to accept applications from people who require sponsorship.",
        "Admin Assistant",
        "race_nationality",
    ),
    ("We do not accept applications from overseas nationals.", "Admin Assistant", "race_nationality"),
    ("Applicants from outside the UK will not be considered.", "Admin Assistant", "race_nationality"),
    ("Candidates who need a work visa need not apply.", "Admin Assistant", "race_nationality"),
    ("Overseas applicants requiring sponsorship will not be considered.", "Admin Assistant", "race_nationality"),
    ("We won't consider anyone who needs a visa.", "Admin Assistant", "race_nationality"),
    # a qualification gained at a UK institution
    ("Essential\n- Educated to degree level at a UK institution", "Admin Assistant", "race_nationality"),
    ("You must have trained to diploma level at a British college.", "Admin Assistant", "race_nationality"),
    # an accent described as part of the person
    ("You'll be friendly, with a warm local accent.", "Admin Assistant", "race_nationality"),
    ("You will have a clear, friendly English accent.", "Receptionist", "race_nationality"),
    # standing asked of a desk job
    ("- Able to work on your feet for long periods", "Planning Technician", "disability"),
    ("You must be able to stand behind the counter for a full shift.", "Admin Officer", "disability"),
    ("You will need to be able to remain standing for an entire shift.", "Admin Officer", "disability"),
    ("Able to spend the whole day on your feet.", "Admin Officer", "disability"),
    # sickness-absence caps
    ("We expect no more than three sickness absences a year.", "Care Assistant", "disability"),
    (
        "Applicants with more than five days' absence in the last 12 months need not apply.",
        "Admin Officer",
        "disability",
    ),
    (
        "Candidates who have had more than 10 days off sick in the past year will not be considered.",
        "Admin Officer",
        "disability",
    ),
    ("A maximum of five days' sickness absence in the last two years.", "Admin Officer", "disability"),
    ("Not more than two sick days in the last year.", "Admin Officer", "disability"),
    # disabilities asked for on the form to judge suitability (Equality Act 2010 s.60)
    (
        "Please list any disabilities or health conditions on the application form so we can assess your suitability.",
        "Gardener",
        "disability",
    ),
    (
        "Please declare any medical conditions on your application so we can judge whether you are fit for the role.",
        "Admin Officer",
        "disability",
    ),
    # a driver asked for where the job does not drive
    (
        "Skills and experience\n- Car driver with access to a vehicle (essential)",
        "Neighbourhood Housing Officer",
        "disability",
    ),
    ("You must be a confident driver.", "Admin Officer", "disability"),
    # work clothes and tools at the applicant's cost
    ("Please bring your own black trousers and shoes for the trial shift.", "Care Assistant", "socioeconomic"),
    ("You'll need to provide your own black shirt and trousers.", "Waiter", "socioeconomic"),
    ("You will need to supply your own knives and chef's whites.", "Chef", "socioeconomic"),
    ("Uniform is to be bought at your own expense.", "Cleaner", "socioeconomic"),
    ("Essential\n- Own hand and power tools", "Handyperson", "socioeconomic"),
    ("- Own tools and safety boots", "Groundsperson", "socioeconomic"),
    # residence by postcode
    ("- Must live within the HW1–HW4 postcodes", "Receptionist", "socioeconomic"),
    ("You must live in the LS1, LS2 or LS6 postcode areas.", "Receptionist", "socioeconomic"),
    ("Applicants must reside within a BD postcode.", "Receptionist", "socioeconomic"),
    ("Only candidates living in M14 or M15 postcodes will be considered.", "Receptionist", "socioeconomic"),
    # age: faces, starting out, early career
    ("We're after fresh faces to join our crew.", "Receptionist", "age"),
    ("Looking for fresh young faces for our front desk.", "Receptionist", "age"),
    ("This post would suit a lad starting out in the trade.", "Handyperson", "age"),
    ("Ideal for someone just starting out in the industry.", "Handyperson", "age"),
    ("We are seeking a high-calibre, early-career accountant.", "Accountant", "age"),
    ("We want early-career planners to join us.", "Planner", "age"),
    # macho idioms about pressure and targets
    ("You'll need the ability to get stuck in from day one.", "Housing Officer", "exclusionary_jargon"),
    ("We need someone who can get stuck straight in.", "Housing Officer", "exclusionary_jargon"),
    ("You'll be able to smash your sales targets.", "Sales Executive", "exclusionary_jargon"),
    ("You'll crush your monthly targets every time.", "Sales Executive", "exclusionary_jargon"),
    ("We need practitioners who thrive under pressure and don't buckle.", "Social Worker", "exclusionary_jargon"),
    ("You won't crack under pressure.", "Social Worker", "exclusionary_jargon"),
    ("If you can't handle the heat, this isn't the kitchen for you.", "Social Worker", "exclusionary_jargon"),
    ("If you can't take the pressure, this isn't the role for you.", "Social Worker", "exclusionary_jargon"),
    ("If you can't stand the heat, get out of the kitchen.", "Social Worker", "exclusionary_jargon"),
    # degrees and postgraduate qualifications
    ("What you'll bring\n- A degree in any discipline", "Sales Executive", "unnecessary_requirement"),
    (
        "Essential\n- MBA or equivalent postgraduate management qualification",
        "Head of Libraries",
        "unnecessary_requirement",
    ),
    (
        "Essential\n- City & Guilds Level 3 in Horticulture or Carpentry",
        "Parks Handyperson / Grounds Maintenance",
        "unnecessary_requirement",
    ),
    # the post holder as he or she
    ("We want someone who treats every resident as if they were her own nan.", "Care Assistant", "gendered_term"),
    (
        "The Head of Service will lead the team. His portfolio will include libraries.",
        "Head of Service",
        "gendered_term",
    ),
    ("You'll fit straight in with the lads on the crew.", "Groundsperson", "gendered_term"),
]

BATCH7_QUIET = [
    # batch 7's checker false alarms, rewritten
    (
        "The operative will drive the crew's 7.5 tonne tipper between jobs, so a category C1 licence is needed.",
        "Highways Maintenance Operative",
        "disability",
    ),
    ("Cover for the HW1 and HW4 postcode areas.", "Receptionist", "unexplained_acronym"),
    ("A category C1 licence is needed to drive the tipper.", "Highways Operative", "unexplained_acronym"),
    ("Pay: Grade HS3, £78,462 per annum", "Head of Libraries", "unexplained_acronym"),
    ("We offer an employee assistance programme.", None, "complex_word"),
    ("If you are a student or in your final year, you are welcome to apply.", "Environmental Health Officer", "age"),
    ("You don't need to drive or have your own car.", "Admin Officer", "socioeconomic"),
    ("Essential\n- Chartered membership of CILIP", "Head of Libraries", "unnecessary_requirement"),
    (
        "Essential\n- Degree from Oxford, Cambridge or a comparable top-ten university",
        "Head of Libraries",
        "unnecessary_requirement",
    ),
    ("Essential\n- MBA or equivalent", "Head of Libraries", "unnecessary_requirement"),
    # lawful neighbours of the widened kinds
    ("We are unable to offer visa sponsorship for this role.", "Admin Officer", "race_nationality"),
    ("You will need the right to work in the UK.", "Admin Officer", "race_nationality"),
    ("Applicants from outside the UK are welcome; we can sponsor a visa.", "Admin Officer", "race_nationality"),
    ("Please tell us about any disability so we can make reasonable adjustments.", "Admin Officer", "disability"),
    (
        "Please let us know about any health conditions on the form so we can arrange adjustments at interview.",
        "Admin Officer",
        "disability",
    ),
    ("You will be on your feet for long periods in the kitchen.", "Catering Assistant", "disability"),
    ("You can wear your own clothes; there is no uniform.", "Admin Officer", "socioeconomic"),
    ("We provide uniform, knives and safety shoes.", "Chef", "socioeconomic"),
    ("The centre serves the HW1–HW4 postcodes.", "Receptionist", "socioeconomic"),
    ("You will help residents who are stuck in temporary housing.", "Admin Officer", "exclusionary_jargon"),
    ("You will help each resident and her family plan her care.", "Care Assistant", "gendered_term"),
    ("Support through the Early Career Framework for early-career teachers.", "Teacher", "age"),
]

PROBES_FLAGGED = [
    ("This job is open only to UK citizens.", "Admin Officer", "race_nationality"),
    ("Sorry, we can't accept applications from anyone who needs sponsorship.", "Admin Officer", "race_nationality"),
    ("We will not consider candidates requiring a Skilled Worker visa.", "Admin Officer", "race_nationality"),
    ("People living overseas need not apply.", "Admin Officer", "race_nationality"),
    ("Applicants who require a visa will not be considered.", "Admin Officer", "race_nationality"),
    ("Essential\n- Qualified to degree level at a British university", "Admin Officer", "race_nationality"),
    ("You should have a pleasant, neutral English accent.", "Receptionist", "race_nationality"),
    ("You'll speak with a friendly Yorkshire accent.", "Receptionist", "race_nationality"),
    ("You will need to stand at the front desk for the whole shift.", "Admin Officer", "disability"),
    ("Essential\n- Able to stay on your feet for long periods", "Admin Officer", "disability"),
    ("We ask for no more than two periods of sickness absence in the last 12 months.", "Admin Officer", "disability"),
    (
        "Applicants who have taken more than 8 days off sick in the last year should not apply.",
        "Admin Officer",
        "disability",
    ),
    (
        "Please declare any health problems on the form so we can decide whether you are suitable.",
        "Admin Officer",
        "disability",
    ),
    ("Essential\n- Competent driver", "Admin Officer", "disability"),
    ("You will need to buy your own chef's whites and knives.", "Chef", "socioeconomic"),
    ("Workwear is at your own cost.", "Cleaner", "socioeconomic"),
    ("Essential\n- Own tools and equipment", "Gardener", "socioeconomic"),
    ("Candidates must be based in the S1 or S2 postcode area.", "Receptionist", "socioeconomic"),
    ("You need to live within the NG7 postcode.", "Receptionist", "socioeconomic"),
    ("We want fresh faces on the front desk.", "Receptionist", "age"),
    ("Ideal for someone starting out in the profession.", "Joiner", "age"),
    ("We're recruiting early-career auditors.", "Auditor", "age"),
    ("We need people who get stuck in straight away.", "Housing Officer", "exclusionary_jargon"),
    ("You'll crush your sales targets.", "Sales Executive", "exclusionary_jargon"),
    ("You never crack under pressure.", "Social Worker", "exclusionary_jargon"),
    ("If you can't cope with the pressure, this isn't the job for you.", "Social Worker", "exclusionary_jargon"),
    ("What you'll need\n- A degree in any subject", "Sales Executive", "unnecessary_requirement"),
    (
        "The director will lead the service. Her remit includes libraries and museums.",
        "Head of Service",
        "gendered_term",
    ),
    ("We want someone who will love our residents like his own family.", "Care Assistant", "gendered_term"),
]

PROBES_QUIET = [
    ("We are not able to sponsor visas for this post.", "Admin Officer", "race_nationality"),
    ("We can consider applicants who need a visa; we hold a sponsor licence.", "Admin Officer", "race_nationality"),
    (
        "Tell us about any disability or health condition so we can support you at interview.",
        "Admin Officer",
        "disability",
    ),
    ("You will drive our buses across the borough; a full driving licence is essential.", "Bus Driver", "disability"),
    ("Uniform, whites and knives are provided.", "Chef", "socioeconomic"),
    ("We cover the S1 and S2 postcode areas.", "Admin Officer", "socioeconomic"),
    ("You will need a category C1E licence.", "Operative", "unexplained_acronym"),
    ("You will help each resident keep in touch with her own family.", "Care Assistant", "gendered_term"),
    ("Residents can get stuck in rent arrears.", "Housing Officer", "exclusionary_jargon"),
    ("Early-career teachers get a reduced timetable.", "Teacher", "age"),
    ("Our employee assistance programme is free and confidential.", "Admin Officer", "complex_word"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH7_FLAGGED + PROBES_FLAGGED)
def test_batch7_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH7_QUIET + PROBES_QUIET)
def test_batch7_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)


def test_postcode_districts_are_not_acronyms_but_real_ones_still_are() -> None:
    text = "Must live within the HW1–HW4 postcodes. Escalate P1 incidents. A CS30 certificate. JNC Grade HS3."
    found = {
        text[f.start : f.end]
        for f in check_advert(text, "Receptionist").findings
        if f.category == "unexplained_acronym"
    }
    assert found == {"P1", "CS30", "JNC"}


def test_a_wrapped_list_item_does_not_end_the_list() -> None:
    text = (
        "Skills and experience\n- Knowledge of the Anti-social Behaviour,\n  Crime and Policing Act 2014\n"
        "- Car driver with access to a vehicle (essential)\n"
    )
    assert "disability" in categories(text, "Neighbourhood Housing Officer")


# A third set, written before running them: 14 of 23 flagged; the nine misses were then covered ("not in a
# position to consider", "someone with a soft Scottish accent", "expected to stand for most of the shift",
# "fewer than three absences", a sickness record with a cap, "check you are fit to work", "fresh new faces",
# "no place for people who crumble under pressure", "if the heat gets too much").
PROBES_3_FLAGGED = [
    ("Applications are restricted to British nationals only.", "Admin Officer", "race_nationality"),
    ("We are not in a position to consider candidates who would require a visa.", "Admin Officer", "race_nationality"),
    ("Unfortunately we cannot accept applicants based outside the UK.", "Admin Officer", "race_nationality"),
    ("Non-UK applicants will not be considered.", "Admin Officer", "race_nationality"),
    ("Candidates needing sponsorship should not apply.", "Admin Officer", "race_nationality"),
    ("Essential\n- Degree from a UK university", "Admin Officer", "race_nationality"),
    ("We'd love someone with a soft Scottish accent.", "Receptionist", "race_nationality"),
    ("You will be expected to stand for most of the shift.", "Admin Officer", "disability"),
    ("You must have had fewer than three absences in the past year.", "Admin Officer", "disability"),
    ("Your sickness record must show no more than 4 days in the last year.", "Admin Officer", "disability"),
    (
        "Please list all medical conditions and medication on the form so we can check you are fit to work.",
        "Admin Officer",
        "disability",
    ),
    ("Chefs must provide their own knives.", "Chef", "socioeconomic"),
    ("Staff must buy their own uniform.", "Cleaner", "socioeconomic"),
    ("You will need to bring your own tools.", "Gardener", "socioeconomic"),
    ("Applicants must live in the WF1 postcode.", "Receptionist", "socioeconomic"),
    ("We're looking for fresh new faces.", "Receptionist", "age"),
    ("Perfect for someone just setting out in the trade.", "Trainee", "age"),
    ("You'll roll your sleeves up and get stuck in.", "Housing Officer", "exclusionary_jargon"),
    ("You'll be smashing targets every month.", "Sales Executive", "exclusionary_jargon"),
    ("This is no place for people who crumble under pressure.", "Social Worker", "exclusionary_jargon"),
    ("If the heat gets too much, this isn't the job for you.", "Social Worker", "exclusionary_jargon"),
    ("The manager will report to the director. He will also chair the board.", "Head of Service", "gendered_term"),
    ("About you\n- Educated to degree level in any subject", "Sales Executive", "unnecessary_requirement"),
]

PROBES_3_QUIET = [
    ("We cannot accept applications after the closing date.", "Admin Officer", "race_nationality"),
    ("You will sit at a desk for most of the day, with regular breaks.", "Admin Officer", "disability"),
    ("You will provide your own references.", "Admin Officer", "socioeconomic"),
    ("We welcome fresh ideas.", "Admin Officer", "age"),
    (
        "You will help clear the backlog so residents don't get stuck in the system.",
        "Admin Officer",
        "exclusionary_jargon",
    ),
]


@pytest.mark.parametrize(("text", "title", "category"), PROBES_3_FLAGGED)
def test_third_set_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), PROBES_3_QUIET)
def test_third_set_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)
