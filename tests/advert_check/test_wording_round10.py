"""Paraphrase round 10: fresh advert sentences written before they were run (as councils, schools, housing
associations, care providers and contractors write them), not taken from the benchmark adverts or earlier
tests. FLAGGED rows must give their category; QUIET rows are lawful neighbours that must not ("bias" means
none of the bias categories)."""

import pytest

from services.advert_check.lexicon import BIAS_CATEGORIES

from .test_wording import categories

BIAS = set(BIAS_CATEGORIES)

ROUND10_FLAGGED = [
    # unnecessary requirements: over-qualified, niche or long-experience asks of practical and entry-level jobs
    ("Essential\n- Degree-level education\n- Able to lift heavy items", "Cleaner", "unnecessary_requirement"),
    (
        "Applicants must hold a Level 4 Diploma in Business Administration.",
        "Receptionist",
        "unnecessary_requirement",
    ),
    (
        "You will have at least five years' experience in a similar role.",
        "Apprentice Gardener",
        "unnecessary_requirement",
    ),
    ("Essential: a minimum of 3 years' experience working in a café.", "Kitchen Porter", "unnecessary_requirement"),
    ("Candidates must hold PRINCE2 Practitioner certification.", "Office Junior", "unnecessary_requirement"),
    ("- A full ECDL certificate is essential", "Admin Assistant", "unnecessary_requirement"),
    ("You should be educated to Master's level.", "Customer Services Adviser", "unnecessary_requirement"),
    ("A CIPD Level 7 qualification is essential.", "HR Assistant", "unnecessary_requirement"),
    ("- NEBOSH National Diploma (essential)", "Caretaker", "unnecessary_requirement"),
    (
        "You'll need a Level 4 Award in Supervising Food Safety.",
        "Catering Assistant",
        "unnecessary_requirement",
    ),
    (
        "Essential\n- Full membership of the Chartered Institute of Housing",
        "Housing Assistant",
        "unnecessary_requirement",
    ),
    ("Applicants must have a degree in horticulture.", "Seasonal Gardener", "unnecessary_requirement"),
    (
        "Previous experience of at least four years in a care home is required.",
        "Trainee Care Assistant",
        "unnecessary_requirement",
    ),
    (
        "You must hold an accredited coaching qualification at Level 5.",
        "Lunchtime Supervisor",
        "unnecessary_requirement",
    ),
    (
        "Essential\n- Certified ScrumMaster\n- Knowledge of Excel",
        "Data Entry Clerk",
        "unnecessary_requirement",
    ),
    (
        "The post requires a postgraduate qualification in marketing.",
        "Marketing Assistant",
        "unnecessary_requirement",
    ),
    (
        "- Proven track record of 10+ years in facilities management",
        "Facilities Assistant",
        "unnecessary_requirement",
    ),
    (
        "- Degree in English or journalism (essential)",
        "Communications Apprentice",
        "unnecessary_requirement",
    ),
    ("You must be a qualified accountant (ACCA or CIMA).", "Finance Assistant", "unnecessary_requirement"),
    # age: implied age and generational wording
    ("We're a young, vibrant team and want someone to match.", "Admin Officer", "age"),
    ("Perfect for someone just starting out in their career.", "Housing Officer", "age"),
    ("This role would suit a school leaver.", "Admin Assistant", "age"),
    ("You will fit right in with our millennial workforce.", "Digital Officer", "age"),
    ("Ideal for semi-retired people wanting to keep busy.", "Crossing Patrol", "age"),
    ("You will have plenty of get-up-and-go.", "Leisure Assistant", "age"),
    ("Applicants should be in the early stages of their career.", "Policy Officer", "age"),
    ("We'd like someone with youthful enthusiasm.", "Events Assistant", "age"),
    ("This would suit a Gen Z candidate who lives on social media.", "Social Media Officer", "age"),
    ("Are you a recent school or college leaver?", "Apprentice", "age"),
    ("Applicants must be under 35.", "Trainee Surveyor", "age"),
    ("We're looking for fresh blood to shake up the team.", "Project Officer", "age"),
    # gender_masculine: culture and trait wording
    ("We have a tough, no-excuses culture.", "Collections Officer", "gender_masculine"),
    ("You will thrive in our competitive, target-driven environment.", "Sales Officer", "gender_masculine"),
    ("We want a fearless leader who takes charge.", "Site Manager", "gender_masculine"),
    ("Our team is headstrong and fiercely independent.", "Project Officer", "gender_masculine"),
    ("You'll be self-reliant and decisive.", "Lone Worker", "gender_masculine"),
    ("We're after a driven, ambitious self-starter.", "Business Officer", "gender_masculine"),
    ("Our culture rewards people who are bold and assertive.", "Contracts Officer", "gender_masculine"),
    ("We need a persistent, determined negotiator.", "Procurement Officer", "gender_masculine"),
    # first written as "Join a team of high achievers who love a challenge" (a first-run miss); the annotators
    # leave the team as it is unmarked ("a small team of data guys who love a challenge", 125), so the row
    # asks it of the person wanted
    ("We want someone who loves a challenge.", "Finance Officer", "gender_masculine"),
    (
        "We're looking for a confident individual who is happy to lead from the front.",
        "Team Leader",
        "gender_masculine",
    ),
    ("Our office runs on a fiercely competitive spirit.", "Sales Adviser", "gender_masculine"),
    ("You'll be dominant in negotiations and never back down.", "Estates Surveyor", "gender_masculine"),
    ("We want an adventurous, outspoken character.", "Outdoor Instructor", "gender_masculine"),
    # disability
    ("You must have a clean bill of health.", "Admin Assistant", "disability"),
    ("Applicants must be able-bodied.", "Receptionist", "disability"),
    ("You will need perfect eyesight.", "Data Entry Clerk", "disability"),
    ("You should have no history of mental illness.", "Library Assistant", "disability"),
    ("Must be able to stand for eight hours a day.", "Receptionist", "disability"),
    ("Good hearing is essential as you'll take calls.", "Admin Assistant", "disability"),
    ("Candidates must be physically fit and healthy.", "Office Manager", "disability"),
    ("You'll need to be of sound mind and body.", "Clerk", "disability"),
    ("Applicants with more than five days' sickness in the last year will not be considered.", "Clerk", "disability"),
    # race and nationality
    ("English must be your first language.", "Admin Assistant", "race_nationality"),
    ("Applicants should have a British accent.", "Receptionist", "race_nationality"),
    ("Candidates must hold a UK passport.", "Admin Assistant", "race_nationality"),
    ("You must have lived in the UK for at least 5 years.", "Finance Assistant", "race_nationality"),
    ("Only British nationals need apply.", "Clerk", "race_nationality"),
    ("Mother tongue English speakers only.", "Call Handler", "race_nationality"),
    ("You'll fit in best if you share our Christian values.", "Caretaker", "race_nationality"),
    ("Must be a UK citizen.", "Driver", "race_nationality"),
    ("Applicants must hold UK qualifications.", "Assistant", "race_nationality"),
    # socioeconomic
    ("Candidates should have attended a grammar or independent school.", "Trainee Officer", "socioeconomic"),
    ("Unpaid internship experience is essential.", "Communications Assistant", "socioeconomic"),
    ("You must be able to fund your own training up front.", "Trainee Assessor", "socioeconomic"),
    ("A degree from a Russell Group university is preferred.", "Policy Officer", "socioeconomic"),
    ("You'll need a polished, well-spoken manner.", "Receptionist", "socioeconomic"),
    ("Applicants must own their own home.", "Caretaker", "socioeconomic"),
    ("Ideal candidates will have spent a gap year travelling.", "Events Officer", "socioeconomic"),
    ("Oxbridge graduates preferred.", "Graduate Trainee", "socioeconomic"),
    # exclusionary jargon
    ("You'll hit the ground running from day one.", "Admin Officer", "exclusionary_jargon"),
    ("We need a rainmaker who can move the needle.", "Funding Officer", "exclusionary_jargon"),
    ("You'll be comfortable touching base and circling back with stakeholders.", "Officer", "exclusionary_jargon"),
    ("Must be a ninja with spreadsheets.", "Finance Assistant", "exclusionary_jargon"),
    # written as exclusionary_jargon; the annotators mark "leverage synergies" and "paradigm shift" as complex
    # words (010, 097), which the checker already reports
    ("You will leverage synergies across the directorate.", "Improvement Officer", "complex_word"),
    ("We're looking for a rock star administrator.", "Administrator", "exclusionary_jargon"),
    ("Expect to wear many hats and punch above your weight.", "Project Officer", "exclusionary_jargon"),
    ("We're after a guru who can deep dive into our processes.", "Systems Officer", "exclusionary_jargon"),
    # gendered terms
    ("The chairman will sign off your report.", "Clerk", "gendered_term"),
    ("We need a handyman for our sheltered schemes.", "Handyperson", "gendered_term"),
    ("The foreman will allocate your jobs each morning.", "Labourer", "gendered_term"),
    ("You'll report to the headmaster.", "School Business Manager", "gendered_term"),
    ("Our workmen attend repairs across the borough.", "Repairs Planner", "gendered_term"),
    ("We are looking for a girl Friday to support the directors.", "Office Assistant", "gendered_term"),
    ("Ideal for a housewife looking to return to work.", "Kitchen Assistant", "gendered_term"),
    ("Must be a reliable salesman.", "Sales Adviser", "gendered_term"),
    ("You'll work alongside the groundsmen.", "Grounds Operative", "gendered_term"),
    ("Each year we review the manpower plan.", "Workforce Planner", "gendered_term"),
]

ROUND10_QUIET = [
    (
        "A full UK driving licence is essential as the job involves driving the council minibus.",
        "Minibus Driver",
        "bias",
    ),
    # first written as "You must be physically fit as the role involves heavy lifting and climbing ladders";
    # a general fitness word stays a finding even with a reason (batch 8: "Strong and agile, as the work
    # involves ladders"), so the lawful neighbour states the task alone
    ("The role involves heavy lifting and climbing ladders every day.", "Scaffolder", "disability"),
    ("Fluent English is required for this customer-facing role.", "Customer Adviser", "race_nationality"),
    ("You don't need a degree to apply.", "Admin Assistant", "unnecessary_requirement"),
    ("No previous experience is needed; full training is given.", "Care Assistant", "unnecessary_requirement"),
    (
        "Applicants must be 18 or over because of the licensing laws on selling alcohol.",
        "Bar Assistant",
        "age",
    ),
    (
        "We particularly welcome applications from women, as they are under-represented in our engineering teams.",
        "Engineer",
        "bias",
    ),
    ("You must hold a valid SIA door supervisor licence.", "Door Supervisor", "unnecessary_requirement"),
    ("Qualified Teacher Status is essential.", "Class Teacher", "unnecessary_requirement"),
    ("You will need registration with the Nursing and Midwifery Council.", "Staff Nurse", "unnecessary_requirement"),
    ("This post is subject to an enhanced DBS check.", "Teaching Assistant", "bias"),
    ("You will support older people to live independently at home.", "Home Carer", "age"),
    ("You will work with young people aged 11 to 18.", "Youth Worker", "age"),
    ("We offer reasonable adjustments at every stage of the process.", None, "disability"),
    ("You will lead a team of six gardeners.", "Head Gardener", "gender_masculine"),
    ("The role involves analysing complex data.", "Data Analyst", "gender_masculine"),
    ("Experience of supporting people with dementia is desirable.", "Care Assistant", "unnecessary_requirement"),
    ("A degree in social work is essential.", "Social Worker", "unnecessary_requirement"),
    ("The job involves standing for long periods in the kitchen.", "Kitchen Assistant", "disability"),
    ("You must be able to swim 50 metres as you will supervise the pool.", "Lifeguard", "disability"),
    ("A Level 3 qualification in childcare is essential.", "Nursery Practitioner", "unnecessary_requirement"),
    ("You must have the right to work in the UK.", None, "race_nationality"),
    ("A Welsh language speaker is essential for this post.", "Welsh Language Officer", "race_nationality"),
    ("You will help residents who have lost their jobs to claim benefits.", "Welfare Adviser", "socioeconomic"),
    ("We don't expect you to have a car; you can use our pool bikes.", "Officer", "socioeconomic"),
    ("Our chair, Councillor Patel, runs the committee.", None, "gendered_term"),
    ("You'll work with the housing team on energy efficiency.", None, "age"),
    ("The successful candidate will be able to work flexibly.", None, "bias"),
    ("Salary: £24,500 per year, plus a generous pension.", None, "bias"),
    ("You will work shifts including nights and weekends.", None, "bias"),
    ("Applicants are not expected to have a degree.", "Policy Officer", "unnecessary_requirement"),
    (
        "The role includes manual handling of loads up to 25kg, with training given.",
        "Warehouse Operative",
        "disability",
    ),
    ("Candidates must pass a medical as required for HGV drivers.", "HGV Driver", "disability"),
    ("Apprentices must be 16 or over and have left compulsory education.", "Apprentice", "age"),
    ("We run a men's health group on Thursdays.", "Health Trainer", "gendered_term"),
    ("Our young carers service supports children who look after a parent.", "Support Worker", "age"),
    ("You'll have a CSCS card, or we'll help you get one.", "Labourer", "unnecessary_requirement"),
    ("At least one year's experience in a kitchen would help.", "Cook", "unnecessary_requirement"),
]


@pytest.mark.parametrize(("text", "title", "category"), ROUND10_FLAGGED)
def test_round10_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND10_QUIET)
def test_round10_stays_quiet(text: str, title: str | None, category: str) -> None:
    found = categories(text, title)
    if category == "bias":
        assert not found & BIAS
    else:
        assert category not in found


# A second set, written after the fixes above and before it was run (as batch 9's probes were).
PROBES_FLAGGED = [
    ("Essential\n- Educated to Level 6 or above", "Library Assistant", "unnecessary_requirement"),
    (
        "The successful applicant will hold an NVQ Level 4 in Customer Service.",
        "Customer Service Assistant",
        "unnecessary_requirement",
    ),
    ("You'll need three years' experience as a cleaner.", "Cleaner", "unnecessary_requirement"),
    ("A degree is a must.", "Porter", "unnecessary_requirement"),
    ("Applicants need a full Level 3 Diploma in Horticulture.", "Grounds Apprentice", "unnecessary_requirement"),
    ("- At least 6 years' experience in reception work", "Receptionist", "unnecessary_requirement"),
    ("We ask for a BSc (Hons) in a related subject.", "Lab Assistant", "unnecessary_requirement"),
    (
        "Essential\n- Membership of the Institute of Leadership and Management",
        "Team Assistant",
        "unnecessary_requirement",
    ),
    ("Candidates are required to hold an ILM Level 5 Certificate.", "Admin Assistant", "unnecessary_requirement"),
    ("You'll need a minimum of 7 years' experience.", "Apprentice Electrician", "unnecessary_requirement"),
    ("Our culture is driven, competitive and relentless.", "Sales Officer", "gender_masculine"),
    ("This is a high-pressure, competitive workplace.", "Collections Officer", "gender_masculine"),
    ("You are a natural leader, decisive and self-confident.", "Supervisor", "gender_masculine"),
    ("You'll relish a challenge and thrive under pressure.", "Officer", "gender_masculine"),
    ("We run a lean, hard-driving, competitive office.", "Sales Adviser", "gender_masculine"),
    ("Someone independent and headstrong would do well here.", "Ranger", "gender_masculine"),
    ("This is a great first job for a young go-getter.", "Admin Assistant", "age"),
    ("We'd suit someone in their twenties or thirties.", "Officer", "age"),
    ("Perfect for a student or recent graduate.", "Assistant", "age"),
    ("Applicants should be at the start of their working life.", "Trainee", "age"),
    ("Candidates must not have any long-term health conditions.", "Clerk", "disability"),
    ("You must have good manual dexterity and no back problems.", "Admin Officer", "disability"),
    ("Applicants must have been educated in the UK.", "Officer", "race_nationality"),
    ("A British passport holder is required.", "Receptionist", "race_nationality"),
    ("You'll need to pay for your own DBS check and uniform.", "Care Assistant", "socioeconomic"),
    ("Applicants from a professional family background preferred.", "Trainee", "socioeconomic"),
    ("We need a self-starter who can run with the ball.", "Officer", "exclusionary_jargon"),
    ("You'll need to get your ducks in a row and bring your A-game.", "Coordinator", "exclusionary_jargon"),
    ("The right man for the job will be a practical sort.", "Caretaker", "gendered_term"),
    ("Our dinner ladies serve 400 meals a day.", "Catering Assistant", "gendered_term"),
]

PROBES_QUIET = [
    (
        "Essential\n- Level 2 Food Hygiene certificate, or willingness to gain it",
        "Catering Assistant",
        "unnecessary_requirement",
    ),
    ("You'll need a full driving licence as you will drive between sites.", "Grounds Operative", "bias"),
    ("We offer a competitive salary and a supportive environment.", None, "gender_masculine"),
    ("The project operates in a competitive funding environment.", "Funding Officer", "gender_masculine"),
    ("You'll need to hold an HGV licence.", "HGV Driver", "unnecessary_requirement"),
    ("The post requires a PGCE or QTS.", "Teacher", "unnecessary_requirement"),
    ("You'll need an enhanced DBS check, which we pay for.", "Care Assistant", "socioeconomic"),
    ("Our apprentices study for a Level 3 Diploma while they work.", "Apprentice", "unnecessary_requirement"),
    ("We support colleagues who are older, disabled or have caring responsibilities.", None, "bias"),
    ("Experience in retail is helpful but not essential.", "Sales Assistant", "unnecessary_requirement"),
    ("You'll need to be 18 or over to work on licensed premises.", "Bar Staff", "age"),
    ("Our team tackles tough problems together.", "Officer", "gender_masculine"),
    ("Many of our staff share their Christian faith at our lunchtime group.", None, "race_nationality"),
    ("Students who attended a grammar school may apply for our bursary.", "Bursary Officer", "socioeconomic"),
    (
        "You'll need a Level 4 Diploma in Adult Care, or to be working towards it.",
        "Care Manager",
        "unnecessary_requirement",
    ),
]


@pytest.mark.parametrize(("text", "title", "category"), PROBES_FLAGGED)
def test_round10_probes_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), PROBES_QUIET)
def test_round10_probes_stay_quiet(text: str, title: str | None, category: str) -> None:
    found = categories(text, title)
    if category == "bias":
        assert not found & BIAS
    else:
        assert category not in found
