"""Kinds of wording revised after blind batch 9 (adverts 133-148). Rows are paraphrases written before they
were run, not the adverts' own phrases; QUIET rows are the lawful neighbours (batch 9's checker false alarms
rewritten as table rows)."""

import pytest

from services.advert_check.service import check_advert

from .test_wording import categories

BATCH9_FLAGGED = [
    # operational tickets the employer usually trains for, made essential for an operative or assistant job
    ("Essential\n- A chainsaw certificate\n- Able to use hand tools", "Grounds Operative", "unnecessary_requirement"),
    ("You must hold a forklift licence.", "Warehouse Assistant", "unnecessary_requirement"),
    ("Essential\n- Pesticide spraying certificates (PA1 and PA6)", "Parks Operative", "unnecessary_requirement"),
    # higher national qualifications spelled out, for practical jobs
    ("Essential\n- A Higher National Diploma in business", "Leisure Assistant", "unnecessary_requirement"),
    (
        "Essential\n- A Higher National Certificate in electrical engineering",
        "Plant Operator",
        "unnecessary_requirement",
    ),
    # a degree listed under "You have" / "Who you are" style headings
    ("You have\n- A degree in tourism management\n- Good people skills", "Visitor Officer", "unnecessary_requirement"),
    ("What you have\n- A degree in marketing", "Events Officer", "unnecessary_requirement"),
    # A level grades and UCAS points as a screen
    ("What you need\n- Three A levels at grades AAB", "Apprentice Technician", "unnecessary_requirement"),
    ("- A-levels in English and History at grade B or above", "Admin Apprentice", "unnecessary_requirement"),
    ("You must have at least 112 UCAS points.", "Trainee Officer", "unnecessary_requirement"),
    # a postgraduate degree stacked on the qualifying degree of a profession
    (
        "Essential\n- A degree in quantity surveying and an MSc in construction law",
        "Quantity Surveyor",
        "unnecessary_requirement",
    ),
    ("Essential\n- A master's degree in civil engineering", "Highways Inspector", "unnecessary_requirement"),
    # gender-coded traits: after "someone", after a colon, listed under "You are"
    ("We need someone decisive and forceful on the street.", "Enforcement Officer", "gender_masculine"),
    ("You'll be a natural: outspoken, curious and quick.", "Trainee Officer", "gender_masculine"),
    ("You are\n- Ambitious, with big ideas\n- Well organised", "Events Officer", "gender_masculine"),
    ("Who you are\n- Competitive and driven", "Sales Officer", "gender_masculine"),
    ("You will be a calm, self-sufficient worker.", "Plant Operator", "gender_masculine"),
    # his or her for the person wanted, not a service user
    ("We want a fitter who knows his trade inside out.", "Vehicle Fitter", "gendered_term"),
    ("We are looking for an installer who takes pride in his work.", "Installer", "gendered_term"),
    ("You will attend the admission of new Honorary Aldermen.", "Civic Officer", "gendered_term"),
    # a service-user phrase becomes the applicant after a requirement cue
    ("The job would suit a young person keen to learn.", "Grounds Operative", "age"),
    ("This post is ideal for young people looking for a first job.", "Admin Assistant", "age"),
    ("This role would suit an older, settled person.", "Night Care Assistant", "age"),
    ("We'd prefer a more mature, steady individual.", "Receptionist", "age"),
    # native command of English, in any form
    ("- A native command of English", "Admin Assistant", "race_nationality"),
    ("Essential\n- Native-level fluency in English", "Clerk", "race_nationality"),
    # own kit priced as an entry cost
    ("You must bring your own tools worth at least £3,000.", "Vehicle Technician", "socioeconomic"),
    ("- Own tool kit valued at £2,000 or more", "Mechanic", "socioeconomic"),
    # general health and fitness idioms
    ("- Fighting fit, as the job is hands-on", "Refuse Loader", "disability"),
    ("You'll need to be in tip-top physical condition.", "Caretaker", "disability"),
    ("- Fit as a fiddle", "Clerk", "disability"),
    # the work-hard-play-hard slogan with its pronouns and comparatives
    ("We work hard and we play even harder.", "Sales Officer", "exclusionary_jargon"),
    ("We work hard and we party hard.", "Events Officer", "exclusionary_jargon"),
    # Plain English Campaign
    ("Decisions are published pursuant to the regulations.", "Democratic Services Officer", "complex_word"),
]

BATCH9_QUIET = [
    # a ticket the employer will arrange, a desirable one, or the trade that uses it every day
    (
        "Essential\n- A chainsaw certificate, or willing to gain one (we pay)",
        "Grounds Operative",
        "unnecessary_requirement",
    ),
    ("Desirable\n- Chainsaw certificate", "Grounds Operative", "unnecessary_requirement"),
    ("Essential\n- NPTC chainsaw certificates", "Tree Surgeon", "unnecessary_requirement"),
    (
        "Essential\n- A Higher National Certificate in electrical engineering",
        "Electrical Engineer",
        "unnecessary_requirement",
    ),
    ("Essential\n- A degree in building surveying", "Building Control Surveyor", "unnecessary_requirement"),
    ("You don't need A levels or a degree.", "Admin Apprentice", "unnecessary_requirement"),
    # traits that are not traits
    ("We need someone to make decisive changes to the rota.", "Team Leader", "gender_masculine"),
    ("You are\n- Responsible for competitive tendering", "Procurement Officer", "gender_masculine"),
    ("The farm is self-sufficient in energy.", "Ranger", "complex_word"),
    # service users and their own things
    ("You will support a resident who has lost his job.", "Support Worker", "gendered_term"),
    ("We need volunteers to visit a neighbour who lives on his own.", "Volunteer Coordinator", "gendered_term"),
    ("He or she will be expected to lead inspections.", "Building Control Surveyor", "gender_masculine"),
    ("You will support young people leaving care.", "Youth Worker", "age"),
    ("The job suits someone who enjoys working with young people.", "Youth Worker", "age"),
    ("We plant native species along the river.", "Ranger", "race_nationality"),
    ("We provide a tool kit worth £3,000.", "Mechanic", "socioeconomic"),
    ("You can claim mileage if you do use your own car.", "Family Hub Worker", "socioeconomic"),
    ("Maybe you've built your own gaming computer.", "ICT Apprentice", "socioeconomic"),
    ("- Keep the gym equipment in tip-top condition", "Leisure Assistant", "disability"),
    (
        "- A full driving licence. The job involves driving the council's marked van between premises.",
        "Licensing Enforcement Officer",
        "disability",
    ),
    ("We work hard to keep the parks clean.", "Ranger", "exclusionary_jargon"),
    ("You will carry out test purchases of alcohol.", "Trading Standards Officer", "complex_word"),
]

SIGNAL_PRESENT = [
    ("contact_for_informal_chat", "For further details please contact Ann Lee, Supervisor, on 01632 960 233."),
    ("contact_for_informal_chat", "To find out more, call Tom Reid, Librarian, on 01632 960 147."),
    ("contact_for_informal_chat", "Send your CV to Dave at jobs@example.co.uk or ring him for a chat."),
    ("closing_date", "Completed forms must be returned by 12 noon on Monday 18 January."),
    ("closing_date", "Forms should be returned no later than 5pm on 2 March."),
]

SIGNAL_MISSING = [
    ("contact_for_informal_chat", "We'll invite you to an informal interview at the Town Hall."),
    ("contact_for_informal_chat", "Our office has an informal dress code."),
]


def test_he_or_she_is_the_binary_pair_not_the_post_holder_as_she() -> None:
    text = "He or she will be expected to lead inspections."
    rules = {f.rule for f in check_advert(text, "Surveyor").findings if f.category == "gendered_term"}
    assert rules == {"gendered.he_or_she"}


@pytest.mark.parametrize(("text", "title", "category"), BATCH9_FLAGGED)
def test_batch9_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH9_QUIET)
def test_batch9_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)


@pytest.mark.parametrize(("signal", "text"), SIGNAL_PRESENT)
def test_batch9_signal_present(signal: str, text: str) -> None:
    assert signal not in check_advert(text).missing_signals


@pytest.mark.parametrize(("signal", "text"), SIGNAL_MISSING)
def test_batch9_signal_missing(signal: str, text: str) -> None:
    assert signal in check_advert(text).missing_signals


# A second set of paraphrases, written before running them after the batch 9 kinds were covered, as a
# forecast of how the next blind batch will do; misses that are plainly unnecessary requirements or bias
# were then covered, and all rows are kept.
PROBES_FLAGGED = [
    ("Essential\n- Educated to degree level", "Customer Services Assistant", "unnecessary_requirement"),
    ("Essential\n- A BTEC Level 3 in Sport", "Leisure Attendant", "unnecessary_requirement"),
    ("Essential\n- A Level 4 Diploma in Leadership", "Team Assistant", "unnecessary_requirement"),
    ("Essential\n- A bachelor's degree in any subject", "Receptionist", "unnecessary_requirement"),
    ("Candidates must be graduates.", "Parking Attendant", "unnecessary_requirement"),
    ("A degree is essential for this role.", "Library Assistant", "unnecessary_requirement"),
    ("Essential\n- Grade A in GCSE English", "Cleaner", "unnecessary_requirement"),
    ("You will need a 2:1 in a relevant subject.", "Admin Officer", "unnecessary_requirement"),
    ("- Minimum of 3 A*-A grades at A level", "Apprentice", "unnecessary_requirement"),
    ("Essential\n- Chartered Management Institute membership", "Office Assistant", "unnecessary_requirement"),
    ("Essential\n- Master's degree", "Events Assistant", "unnecessary_requirement"),
    ("The successful candidate will hold a PhD.", "Project Officer", "unnecessary_requirement"),
    ("Must have a degree, no exceptions.", "Caretaker", "unnecessary_requirement"),
    ("- Qualified to Level 5 in management", "Business Support Assistant", "unnecessary_requirement"),
    ("We ask for three A levels, including Maths.", "Apprentice", "unnecessary_requirement"),
    ("A PRINCE2 Practitioner certificate is essential.", "Admin Assistant", "unnecessary_requirement"),
    ("Essential\n- An NVQ Level 2 in Cleaning", "Cleaner", "unnecessary_requirement"),
    ("Essential\n- Forklift counterbalance licence", "Stores Assistant", "unnecessary_requirement"),
    ("You will be a graduate of a recognised university.", "Receptionist", "unnecessary_requirement"),
    ("We're after someone bold and fearless.", "Enforcement Officer", "gender_masculine"),
    ("You are\n- Confident, assertive and persuasive", "Sales Officer", "gender_masculine"),
    ("Perfect for young people wanting their first job.", "Cafe Assistant", "age"),
    ("We need a caretaker who takes pride in his appearance.", "Caretaker", "gendered_term"),
    ("Native-speaker level English essential", "Clerk", "race_nationality"),
    ("You must provide your own tools, worth around £1,000.", "Handyperson", "socioeconomic"),
    ("We play as hard as we work.", "Sales Officer", "exclusionary_jargon"),
    ("You'll need to be in great shape.", "Porter", "disability"),
]

PROBES_QUIET = [
    (
        "Essential\n- A degree in social work and registration with Social Work England",
        "Social Worker",
        "unnecessary_requirement",
    ),
    ("Desirable\n- A degree in history", "Archive Assistant", "unnecessary_requirement"),
    ("Essential\n- A degree or equivalent experience", "Policy Officer", "unnecessary_requirement"),
    ("We will support you to gain a Level 3 qualification.", "Apprentice", "unnecessary_requirement"),
    ("You will study for an HNC, paid for by us.", "Engineering Apprentice", "unnecessary_requirement"),
    ("Essential\n- Chainsaw certificates CS30 and CS31", "Arborist", "unnecessary_requirement"),
    ("Our apprentices finish with A-level equivalent qualifications.", "Apprentice", "unnecessary_requirement"),
    ("Many of our staff are graduates.", "Admin Assistant", "unnecessary_requirement"),
    ("You will help students with A level grades and UCAS points.", "Careers Adviser", "unnecessary_requirement"),
    ("Students need 112 UCAS points to join the course we run.", "Skills Officer", "unnecessary_requirement"),
    ("We need a plumber who can start in May.", "Plumber", "gendered_term"),
    ("Keep the grounds in great shape.", "Grounds Operative", "disability"),
]


@pytest.mark.parametrize(("text", "title", "category"), PROBES_FLAGGED)
def test_batch9_probes_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), PROBES_QUIET)
def test_batch9_probes_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)


# A degree class qualified by an elite university is both findings: the class cut-off is a requirement
# wherever the degree is from. The annotators split (124 and 173 mark both, 136 and 139 only the class);
# measured in the batch 11 round, reporting both finds two more phrases for one more false alarm.
def test_class_cut_off_from_an_elite_university_is_both_findings() -> None:
    text = "Essential\n- A 2:1 or above from a top university\n- A good degree from a leading university"
    found = categories(text, "Trainee Officer")
    assert "socioeconomic" in found
    assert "unnecessary_requirement" in found
    assert "unnecessary_requirement" in categories("Essential\n- A 2:1 or above in law", "Trainee Officer")
