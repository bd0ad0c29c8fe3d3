"""Paraphrase round 11: fresh advert sentences written before they were run (as councils, schools, housing
associations, care providers, leisure trusts and contractors write them), not taken from the benchmark
adverts or earlier tests. FLAGGED rows must give their category; QUIET rows are lawful neighbours that must
not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

ROUND11_FLAGGED = [
    # unnecessary requirements
    (
        "Essential criteria:\n- Educated to degree level or above\n- Good timekeeping",
        "School Crossing Patrol",
        "unnecessary_requirement",
    ),
    ("Applicants will need an HND in Facilities Management.", "Site Caretaker", "unnecessary_requirement"),
    (
        "The successful candidate must have a minimum of 6 years' experience in customer service.",
        "Trainee Customer Service Assistant",
        "unnecessary_requirement",
    ),
    ("You must hold a first-class honours degree.", "Library Assistant", "unnecessary_requirement"),
    ("The post requires an MBA.", "Leisure Centre Receptionist", "unnecessary_requirement"),
    ("Essential: A-levels at grades AAB or above", "Lifeguard", "unnecessary_requirement"),
    (
        "Applicants must be able to type at 60 words per minute.",
        "Housing Officer",
        "unnecessary_requirement",
    ),
    (
        "We require an unbroken employment history for the last ten years.",
        "Grounds Maintenance Operative",
        "unnecessary_requirement",
    ),
    (
        "- Must already hold a valid counterbalance and reach forklift licence",
        "Warehouse Trainee",
        "unnecessary_requirement",
    ),
    ("Candidates should hold a CSCS Black Card (Manager).", "Labourer", "unnecessary_requirement"),
    ("You'll need a degree in Sport Science.", "Swimming Pool Attendant", "unnecessary_requirement"),
    (
        "Must have a minimum of 10 years' experience as a domestic.",
        "Domestic Assistant",
        "unnecessary_requirement",
    ),
    (
        "Desirable: Level 2 Food Hygiene\nEssential: BSc (Hons) Nutrition",
        "Kitchen Assistant",
        "unnecessary_requirement",
    ),
    (
        "You must have a Level 5 Diploma in Leadership and Management.",
        "Care Assistant",
        "unnecessary_requirement",
    ),
    (
        "Applicants need at least 5 GCSEs at grade 7 or above, including Maths and English.",
        "Apprentice Groundworker",
        "unnecessary_requirement",
    ),
    ("An ACCA or CIMA qualification is essential.", "Accounts Payable Clerk", "unnecessary_requirement"),
    (
        "Essential\n- Postgraduate diploma in Public Health\n- Friendly manner",
        "Ward Housekeeper",
        "unnecessary_requirement",
    ),
    ("The role requires a Master's degree in Education.", "Teaching Assistant", "unnecessary_requirement"),
    (
        "Applicants must have eight years' experience in a similar role.",
        "Junior Administrator",
        "unnecessary_requirement",
    ),
    ("You must be CIPS Level 6 qualified.", "Stores Assistant", "unnecessary_requirement"),
    (
        "You will be expected to have a minimum of two years' office experience.",
        "Apprentice Business Administrator",
        "unnecessary_requirement",
    ),
    (
        "Must have a proven track record of at least 7 years in hospitality.",
        "Bar Staff",
        "unnecessary_requirement",
    ),
    ("Essential: Chartered Membership of the CIPD", "Recruitment Administrator", "unnecessary_requirement"),
    (
        "Candidates must hold a recognised teaching qualification (QTS).",
        "Exam Invigilator",
        "unnecessary_requirement",
    ),
    (
        "You must be able to evidence continuous employment with no gaps since leaving school.",
        "Leisure Assistant",
        "unnecessary_requirement",
    ),
    (
        "Applicants should be educated to degree level in a relevant discipline.",
        "Refuse Collector",
        "unnecessary_requirement",
    ),
    # age
    ("We're looking for a young, vibrant team member to join our front desk.", None, "age"),
    ("Ideal for a school leaver or recent graduate.", "Administrator", "age"),
    ("This role would suit someone in the early stages of their career.", "Finance Officer", "age"),
    ("You'll bring fresh energy and a youthful outlook to the team.", None, "age"),
    ("Applicants should have no more than 5 years' post-qualification experience.", "Planning Officer", "age"),
    ("As a digitally native candidate, you'll be at home on social media.", "Communications Officer", "age"),
    ("Perfect for a mature person looking for a part-time role.", "Receptionist", "age"),
    ("You'll join a young, dynamic team who love a challenge.", None, "age"),
    (
        "You must have GCSE English and Maths at grade 4 or above on the 9 to 1 scale; no other grades accepted.",
        "Business Support Officer",
        "age",
    ),
    ("You'll be a recent graduate (2024 or 2025).", "Policy Assistant", "age"),
    ("Candidates should be aged between 25 and 40.", "Site Supervisor", "age"),
    ("This is a great first job for a student or someone just starting out.", "Cleaner", "age"),
    ("The ideal candidate will be a bright young graduate.", "Research Officer", "age"),
    ("Energetic and youthful, you'll keep up with our busy kitchen.", "Chef", "age"),
    ("Would suit a semi-retired or retired person.", "Car Park Attendant", "age"),
    ("Applicants with more than 10 years' experience need not apply.", "Housing Officer", "age"),
    ("You'll be a Gen Z go-getter who lives on TikTok.", "Social Media Assistant", "age"),
    (
        "Our graduate scheme is open only to those who graduated in the last two years.",
        "Graduate Trainee",
        "age",
    ),
    ("Fresh-faced and full of beans, you'll greet our members at reception.", "Leisure Receptionist", "age"),
    ("We want someone young at heart who can keep up with our lively residents.", "Activities Coordinator", "age"),
    ("You should be under 35 to fit in with the rest of the crew.", "Grounds Operative", "age"),
    # disability
    (
        "Applicants must be in good physical health and able to pass a medical.",
        "Finance Officer",
        "disability",
    ),
    ("A full UK driving licence is essential.", "Payroll Assistant", "disability"),
    ("You must be fit and able-bodied.", "Library Assistant", "disability"),
    ("Perfect 20/20 vision is essential.", "Data Entry Clerk", "disability"),
    ("You must have a clean bill of health.", "Admin Officer", "disability"),
    ("Applicants must have no history of mental illness.", "Customer Services Adviser", "disability"),
    (
        "Applicants should be free from any disability that could affect their work.",
        None,
        "disability",
    ),
    (
        "You must have had no more than three days' sickness absence in the last two years.",
        "Clerical Officer",
        "disability",
    ),
    ("You must be able to walk unaided.", "Community Centre Receptionist", "disability"),
    ("Applicants must hold a driving licence with no medical restrictions.", "HR Adviser", "disability"),
    # race / nationality
    ("We're looking for a native English speaker.", "Customer Services Adviser", "race_nationality"),
    ("Candidates must have been born in the UK.", "Housing Officer", "race_nationality"),
    ("A neutral British accent is essential for this customer-facing role.", "Call Handler", "race_nationality"),
    ("You must hold British citizenship.", "Leisure Assistant", "race_nationality"),
    ("Applicants must have lived in the UK for at least five years.", "Care Assistant", "race_nationality"),
    ("English must be your first language.", "Receptionist", "race_nationality"),
    ("Only qualifications obtained in the UK will be accepted.", "Admin Assistant", "race_nationality"),
    ("You must hold a British passport.", "Cleaner", "race_nationality"),
    ("Applicants must have completed their schooling in the UK.", "Teaching Assistant", "race_nationality"),
    ("Mother-tongue English speakers preferred.", "Tenancy Officer", "race_nationality"),
    # socioeconomic
    ("We typically recruit from Russell Group universities.", "Policy Officer", "socioeconomic"),
    ("Ideally you'll have been privately educated.", None, "socioeconomic"),
    ("Applicants must be homeowners.", "Lettings Negotiator", "socioeconomic"),
    (
        "You'll need to pay for your own DBS check and uniform before you start.",
        "Care Assistant",
        "socioeconomic",
    ),
    ("The first four weeks are an unpaid trial period.", "Kitchen Assistant", "socioeconomic"),
    ("Candidates with Oxbridge degrees are particularly welcome.", "Graduate Trainee", "socioeconomic"),
    ("You'll have a polished, well-spoken manner.", "Receptionist", "socioeconomic"),
    (
        "This is a voluntary six-month internship; travel expenses are not covered.",
        "Marketing Intern",
        "socioeconomic",
    ),
    ("You must have access to your own vehicle.", "Office Administrator", "socioeconomic"),
    (
        "You'll need to buy your own set of tools (around £1,500) before starting.",
        "Trainee Mechanic",
        "socioeconomic",
    ),
    # exclusionary jargon
    ("We're after a customer service ninja.", "Customer Services Adviser", "exclusionary_jargon"),
    ("We're a work hard, play hard bunch.", None, "exclusionary_jargon"),
    ("You'll need to be a good culture fit.", None, "exclusionary_jargon"),
    ("Could you be our next finance rockstar?", "Finance Assistant", "exclusionary_jargon"),
    (
        "Expect to be contactable 24/7 and to answer emails at weekends.",
        "Project Officer",
        "exclusionary_jargon",
    ),
    ("You'll need a thick skin and be able to take a joke.", "Site Operative", "exclusionary_jargon"),
    (
        "We're looking for a housing superstar who lives and breathes the job.",
        "Housing Officer",
        "exclusionary_jargon",
    ),
    ("No clock-watchers: we expect you to stay late whenever needed.", None, "exclusionary_jargon"),
    ("Are you an Excel guru?", "Data Officer", "exclusionary_jargon"),
    ("You'll slot straight into our banter-filled yard.", "Yard Operative", "exclusionary_jargon"),
    # gendered terms
    ("Reporting to the Chairman of Governors.", "School Business Manager", "gendered_term"),
    ("We need extra manpower over the summer.", "Seasonal Operative", "gendered_term"),
    ("He will be responsible for the day-to-day running of the site.", "Site Manager", "gendered_term"),
    ("Join the girls in our busy office.", "Office Assistant", "gendered_term"),
    ("The successful foreman will supervise a team of six.", None, "gendered_term"),
    ("We're looking for a handyman to keep our properties in good repair.", None, "gendered_term"),
    ("The ideal candidate will manage his own caseload.", "Support Worker", "gendered_term"),
    ("Our salesmen earn generous commission.", "Sales Adviser", "gendered_term"),
    ("Join our friendly team of dinner ladies.", "Midday Assistant", "gendered_term"),
    ("Cleaning lady wanted for our offices.", None, "gendered_term"),
    # gender-coded traits
    (
        "We want a fearless, driven and competitive self-starter.",
        "Business Development Officer",
        "gender_masculine",
    ),
    ("You'll be decisive, dominant and ambitious.", "Team Leader", "gender_masculine"),
    ("An independent, headstrong leader who isn't afraid to take charge.", "Manager", "gender_masculine"),
    ("We're looking for a gentle, caring and sympathetic person.", "Support Worker", "gender_feminine"),
    ("You'll be warm, nurturing and supportive.", "Nursery Practitioner", "gender_feminine"),
    ("Our ideal candidate is affectionate and understanding.", "Care Assistant", "gender_feminine"),
]

ROUND11_QUIET = [
    (
        "A full UK driving licence is essential as the role involves driving the minibus.",
        "Minibus Driver",
        "disability",
    ),
    ("You'll need fluent English to communicate with residents.", "Care Assistant", "race_nationality"),
    (
        "Applicants must hold a degree in Social Work and be registered with Social Work England.",
        "Social Worker",
        "unnecessary_requirement",
    ),
    (
        "You must be a qualified solicitor holding a current practising certificate.",
        "Solicitor",
        "unnecessary_requirement",
    ),
    ("You don't need a degree; we provide full training.", "Customer Service Adviser", "unnecessary_requirement"),
    ("We support people aged 65 and over to live independently.", "Support Worker", "age"),
    ("Our young people's service works with 16 to 25 year olds.", "Youth Worker", "age"),
    (
        "This post is subject to an occupational requirement under Schedule 9 of the Equality Act 2010 "
        "that the post holder is a woman.",
        "Refuge Support Worker",
        "bias",
    ),
    (
        "We particularly welcome applications from disabled people and from Black, Asian and minority ethnic "
        "candidates, who are under-represented in our workforce.",
        None,
        "bias",
    ),
    (
        "Level 3 Diploma in Adult Care or equivalent, or willingness to work towards it.",
        "Senior Care Assistant",
        "unnecessary_requirement",
    ),
    (
        "A National Pool Lifeguard Qualification (NPLQ) is essential; we can train the right candidate.",
        "Lifeguard",
        "unnecessary_requirement",
    ),
    ("You'll need a current Gas Safe registration.", "Gas Engineer", "unnecessary_requirement"),
    (
        "We guarantee an interview to disabled applicants who meet the essential criteria.",
        None,
        "disability",
    ),
    ("Due to insurance requirements, drivers must be at least 21.", "Minibus Driver", "age"),
    (
        "This post is exempt from the Rehabilitation of Offenders Act and requires an enhanced DBS check.",
        "Teaching Assistant",
        "bias",
    ),
    (
        "The role involves moving and handling residents with hoists, and full training is given.",
        "Care Assistant",
        "disability",
    ),
    ("We offer a guaranteed interview scheme for care leavers.", None, "socioeconomic"),
    ("Reasonable adjustments are available at every stage of the recruitment process.", None, "disability"),
    ("The successful candidate will chair team meetings.", "Team Leader", "gendered_term"),
    ("The chairperson of the panel will contact you after interview.", None, "gendered_term"),
    ("Welsh language skills are essential for this post.", "Welsh Language Officer", "race_nationality"),
    ("You must have the right to work in the UK.", None, "race_nationality"),
    ("We pay the Real Living Wage and cover the cost of your DBS check.", None, "socioeconomic"),
    ("Our apprenticeship is open to people of all ages.", "Apprentice Plumber", "age"),
    ("Experience of working with older people would be useful.", "Care Assistant", "age"),
    ("Teachers at all stages of their career are encouraged to apply.", "Teacher", "age"),
    ("You'll need a valid SIA door supervisor licence.", "Door Supervisor", "unnecessary_requirement"),
    (
        "You'll need a degree in a relevant subject plus QTS.",
        "Secondary Maths Teacher",
        "unnecessary_requirement",
    ),
    ("Registration with the NMC is essential.", "Staff Nurse", "unnecessary_requirement"),
    ("We offer flexible working, including job shares and term-time contracts.", None, "bias"),
    ("You'll support pupils with their reading and maths.", "Teaching Assistant", "bias"),
    ("We work with children aged 4 to 11.", "Playworker", "age"),
    ("Our team is friendly, supportive and hard-working.", None, "exclusionary_jargon"),
    (
        "Travel across the borough is required; a car allowance is paid, or you can use public transport.",
        "Housing Officer",
        "disability",
    ),
    ("Applicants whose first language is not English are welcome to apply.", None, "race_nationality"),
    (
        "The role includes a rota of evenings and weekends, paid at enhanced rates.",
        "Leisure Assistant",
        "exclusionary_jargon",
    ),
    ("You'll need a good standard of written and spoken English.", None, "race_nationality"),
    ("The post holder will manage their own caseload.", "Housing Officer", "gendered_term"),
    ("We are a Disability Confident Leader employer.", None, "disability"),
    ("This is a paid internship at the Real Living Wage.", "Marketing Intern", "socioeconomic"),
    (
        "As the role involves working at height, you'll need to pass a medical that we arrange and pay for.",
        "Scaffolder",
        "disability",
    ),
    (
        "You'll have GCSE English and Maths at grade 4/C or above, or equivalent.",
        "Apprentice Administrator",
        "age",
    ),
    ("Experience is not essential as full training is given.", "Kitchen Porter", "unnecessary_requirement"),
]


@pytest.mark.parametrize(("text", "title", "category"), ROUND11_FLAGGED)
def test_round11_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND11_QUIET)
def test_round11_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
