"""Paraphrase round 15: fresh advert snippets written before they were run, in different Englishes and registers
(Scottish, Welsh, Northern Irish, Scouse, Geordie, Yorkshire and London colloquial adverts, recruitment-agency
boilerplate, American-influenced startup copy, old-fashioned civil-service phrasing, translated-sounding text and
emoji-era social media posts). FLAGGED rows must give their category; QUIET rows are lawful neighbours that must
not ("bias" means none of the bias categories)."""

import pytest

from ..known_misses import with_known_misses
from .test_wording import categories, quiet

ROUND15_FLAGGED = [
    # age
    (
        "We're after a wee young lad or lassie fresh oot the school tae join the shop.",
        "Shop Assistant",
        "age",
    ),
    ("Calling all young, hungry rockstars ready to crush it 🚀", "Sales Development Representative", "age"),
    ("Recent grads with bags of energy, hit us up!", "Marketing Executive", "age"),
    ("Candidates must be not more than 35 years of age on the closing date.", "Clerical Officer", "age"),
    ("Would suit a school leaver, like — dead good craic on the floor.", "Warehouse Operative", "age"),
    ("No oldies pls, we're a young vibe 😎 DM us", "Barista", "age"),
    ("Digital native wanted to run our TikTok and Insta.", "Social Media Assistant", "age"),
    ("Young blood wanted, mate — fresh legs for the yard.", "Yard Operative", "age"),
    ("You'll be joining a young and dynamic team.", "Account Manager", "age"),
    (
        "Applicants should have no more than two years' experience since graduating.",
        "Graduate Analyst",
        "age",
    ),
    ("Ye'll be a young, keen yin wi' plenty o' go in ye.", "Labourer", "age"),
    ("The candidate should be of young age and good health.", "Hotel Receptionist", "age"),
    ("Gen Z energy needed!! 🔥🔥", "Content Creator", "age"),
    ("Applicants aged 18-30 only, no exceptions.", "Bar Staff", "age"),
    # disability
    ("Must have full clean driving licence innit", "Data Entry Clerk", "disability"),
    ("Must be fit and able-bodied, like — it's proper graft.", "Office Administrator", "disability"),
    (
        "Candidates must be in good health and free from any physical infirmity.",
        "Clerical Assistant",
        "disability",
    ),
    ("Own car and full UK licence essential.", "Remote Customer Support Agent", "disability"),
    ("Must be able to walk the floor all day — nae wheelchairs, sorry.", "Shop Floor Assistant", "disability"),
    ("Applicants with a history of mental illness need not apply.", "Receptionist", "disability"),
    ("Perfect 20/20 vision required.", "Payroll Administrator", "disability"),
    ("Must have a clean bill of health.", "Bookkeeper", "disability"),
    ("Perfect hearing essential, no hearing aids.", "Telesales Executive", "disability"),
    ("Must be physically fit, this ain't no desk job bruv", "IT Support Technician", "disability"),
    ("Driving licence a must, no exceptions 🚗", "Social Media Manager (Remote)", "disability"),
    ("The successful applicant must be of sound mind and body.", "Records Clerk", "disability"),
    ("No sick notes, no excuses — must be 100% healthy.", "Admin Assistant", "disability"),
    # race / nationality
    ("Native English speakers only pls 🙏", "Customer Service Advisor", "race_nationality"),
    ("Must be British born and bred.", "Security Officer", "race_nationality"),
    ("Local lads only — no foreigners.", "Labourer", "race_nationality"),
    ("Must have a neutral accent, no foreign accents.", "Receptionist", "race_nationality"),
    ("Mother tongue English required.", "Admin Assistant", "race_nationality"),
    ("No Eastern Europeans please.", "Warehouse Operative", "race_nationality"),
    ("English must be your first language.", "Copywriter", "race_nationality"),
    ("Must hold a UK passport.", "Café Assistant", "race_nationality"),
    ("Only UK citizens need apply.", "Care Assistant", "race_nationality"),
    ("Western-educated candidates preferred.", "Software Engineer", "race_nationality"),
    ("Candidates should be of European appearance.", "Sales Consultant", "race_nationality"),
    ("Welsh-born applicants will be preferred.", "Office Manager", "race_nationality"),
    ("Must be a born-and-bred Scouser, la.", "Bar Supervisor", "race_nationality"),
    # socioeconomic
    ("Must have own transport innit", "Retail Assistant", "socioeconomic"),
    ("Must be from a good family background.", "Trainee Accountant", "socioeconomic"),
    ("Candidates from Russell Group universities preferred.", "Graduate Trainee", "socioeconomic"),
    ("Unpaid trial shift first, no time wasters 🙏", "Waiting Staff", "socioeconomic"),
    ("Must have a fixed address — no hostels or B&Bs.", "Kitchen Porter", "socioeconomic"),
    ("No council estate types.", "Receptionist", "socioeconomic"),
    ("Public school educated candidates preferred.", "Executive Assistant", "socioeconomic"),
    ("You must fund your own training up front (£1,200).", "Trainee Driver", "socioeconomic"),
    ("Nobody on benefits, sorry.", "Cleaner", "socioeconomic"),
    ("Good credit history essential.", "Barista", "socioeconomic"),
    ("Applicants must be able to work unpaid for the first 3 months.", "Marketing Intern", "socioeconomic"),
    ("Must own a MacBook Pro and a home studio setup.", "Junior Video Editor", "socioeconomic"),
    ("Applicants from certain postcodes need not apply.", "Delivery Driver", "socioeconomic"),
    ("Must be well-spoken with a Received Pronunciation accent.", "Receptionist", "socioeconomic"),
    # exclusionary jargon
    ("We're looking for ninjas who can hit the ground running.", "Developer", "exclusionary_jargon"),
    ("Rockstar devs wanted to disrupt the space!", "Backend Developer", "exclusionary_jargon"),
    ("You'll drink from the firehose and move the needle.", "Product Manager", "exclusionary_jargon"),
    ("Work hard, play hard culture — beers every Friday!", "Recruitment Consultant", "exclusionary_jargon"),
    ("Must be a culture fit, we're all besties here lol", "Office Coordinator", "exclusionary_jargon"),
    ("Looking for a growth-hacking guru to 10x our funnel.", "Growth Marketer", "exclusionary_jargon"),
    (
        # relabelled by the main session: buzzwords are complex words under the annotation policy
        "You'll synergise cross-functional deliverables and leverage best-in-class paradigms.",
        "Project Coordinator",
        "complex_word",
    ),
    ("Thrive in a fast-paced, wear-many-hats environment.", "Operations Assistant", "exclusionary_jargon"),
    ("Excel wizard wanted!", "Finance Assistant", "exclusionary_jargon"),
    ("Our unicorn startup needs a 10x engineer.", "Software Engineer", "exclusionary_jargon"),
    ("Come and be part of our tribe.", "Customer Success Manager", "exclusionary_jargon"),
    ("You'll eat, sleep and breathe sales.", "Sales Executive", "exclusionary_jargon"),
    ("No timewasters.", "Cleaner", "exclusionary_jargon"),
    # gendered terms
    ("The chap appointed will report to the Head of Section.", "Executive Officer", "gendered_term"),
    ("Nae wee lassies — we need a strong man for the yard.", "Yard Operative", "gendered_term"),
    ("Seeking a friendly barmaid for weekend shifts.", "Bar Staff", "gendered_term"),
    ("Looking for a handyman, like.", "Maintenance Operative", "gendered_term"),
    ("Salesmen wanted — top commission!", "Sales Executive", "gendered_term"),
    ("He will be responsible for the day-to-day running of the office.", "Office Manager", "gendered_term"),
    ("Girl Friday needed for busy office.", "Office Assistant", "gendered_term"),
    ("Looking for a proper Yorkshireman to run the shop.", "Shop Manager", "gendered_term"),
    ("Delivery lads wanted, cash in hand", "Delivery Driver", "gendered_term"),
    ("Headmistress required for a small village school.", "Head Teacher", "gendered_term"),
    (
        "Ideal for a housewife looking for something during school hours.",
        "Lunchtime Supervisor",
        "gendered_term",
    ),
    ("Foreman wanted for busy site.", "Site Supervisor", "gendered_term"),
    ("Seeking a cameraman for weddings and events.", "Videographer", "gendered_term"),
    ("We need a sound fella who can graft.", "Labourer", "gendered_term"),
    ("The successful candidate will be a gentleman of good standing.", "Clerk to the Council", "gendered_term"),
    # unnecessary requirements
    ("Degree essential, no exceptions 🙏", "Car Wash Attendant", "unnecessary_requirement"),
    # relabelled by the main session (the helper's own suggestion): a class cut-off is a class screen
    ("Must have a 2:1 or above.", "Warehouse Picker", "socioeconomic"),
    ("Minimum 10 years' experience in retail.", "Sales Assistant", "unnecessary_requirement"),
    ("Must hold a PhD.", "Barista", "unnecessary_requirement"),
    ("MBA essential.", "Receptionist", "unnecessary_requirement"),
    ("You'll need five A-levels including Latin.", "Kitchen Assistant", "unnecessary_requirement"),
    ("Must be CIMA qualified.", "Dog Walker", "unnecessary_requirement"),
    ("Fluent Mandarin essential.", "Gardener", "unnecessary_requirement"),
    ("7+ years of React experience required.", "Junior Frontend Developer", "unnecessary_requirement"),
    (
        "You'll need a Master's degree in Hospitality Management.",
        "Waiting Staff",
        "unnecessary_requirement",
    ),
    ("Chartered accountant status essential.", "Cashier", "unnecessary_requirement"),
    ("Must have at least 8 years' experience.", "Trainee Care Assistant", "unnecessary_requirement"),
    ("Degree-educated candidates only pls", "Cleaner", "unnecessary_requirement"),
    # masculine-coded traits
    ("We want an aggressive, competitive closer.", "Sales Executive", "gender_masculine"),
    ("You'll be a fearless, dominant force on the phones.", "Telesales Executive", "gender_masculine"),
    ("Need a headstrong, self-reliant grafter, like.", "Site Operative", "gender_masculine"),
    ("Ye'll be forceful and decisive wi' the customers.", "Store Manager", "gender_masculine"),
    ("The ideal candidate is assertive, ambitious and driven.", "Account Executive", "gender_masculine"),
    (
        "Looking for a self-confident, outspoken go-getter — slide into our DMs 📩",
        "Brand Ambassador",
        "gender_masculine",
    ),
    ("You must be competitive and thrive on beating targets.", "Recruitment Consultant", "gender_masculine"),
    ("We want someone fearless and a bit reckless.", "Events Coordinator", "gender_masculine"),
    (
        "The officer appointed shall be of decisive and forceful temperament.",
        "Senior Executive Officer",
        "gender_masculine",
    ),
    ("You're ruthless, aggressive and determined to win.", "Business Development Manager", "gender_masculine"),
    ("The ideal candidate will be courageous, independent and analytical.", "Analyst", "gender_masculine"),
    ("A dominant, assertive personality is essential.", "Team Leader", "gender_masculine"),
    # feminine-coded traits
    ("Wanted: a gentle, nurturing soul, pet — lovely wee job.", "Nursery Assistant", "gender_feminine"),
    ("You'll be warm, sympathetic and ever so polite.", "Receptionist", "gender_feminine"),
    ("We want someone soft-spoken, gentle and submissive.", "Personal Assistant", "gender_feminine"),
    ("You'll be affectionate and tender with the residents.", "Care Assistant", "gender_feminine"),
    ("Must be pleasant, modest and yielding.", "Shop Assistant", "gender_feminine"),
    ("The ideal candidate is compassionate, sensitive and kind-hearted.", "Support Worker", "gender_feminine"),
    ("Looking for a nurturing, warm personality hun 💕 DM us", "Beauty Therapist", "gender_feminine"),
    (
        "The person appointed shall be of a gentle, modest and agreeable disposition.",
        "Clerical Assistant",
        "gender_feminine",
    ),
    ("You'll be loyal, cheerful and dead understanding, like.", "Customer Service Advisor", "gender_feminine"),
    ("Ideal for an empathetic, sympathetic people person.", "Patient Liaison Officer", "gender_feminine"),
    ("We need someone quiet, polite and obliging.", "Office Junior", "gender_feminine"),
    ("Be supportive, warm and gentle wi' the bairns.", "Nursery Practitioner", "gender_feminine"),
]

ROUND15_QUIET = [
    ("Fluent English essential — you'll be on the phones all day.", "Customer Service Advisor", "race_nationality"),
    (
        "Welsh language skills essential (Level 4) — you'll deal with the public in Welsh.",
        "Council Customer Adviser",
        "race_nationality",
    ),
    ("Fluent Gaelic essential for this Gaelic-medium nursery post.", "Early Years Practitioner", "race_nationality"),
    ("Proof of right to work in the UK required.", "Kitchen Porter", "race_nationality"),
    (
        "This post is open to candidates of any nationality who have the right to work in the UK.",
        "Administrative Officer",
        "race_nationality",
    ),
    (
        "Right to work checks apply; we cannot offer visa sponsorship for this role.",
        "Warehouse Operative",
        "race_nationality",
    ),
    (
        "Full clean driving licence essential — you'll be driving the van round Merseyside.",
        "Delivery Driver",
        "disability",
    ),
    ("Must be able to drive — covering sites across the Highlands.", "Area Manager", "disability"),
    (
        "Physically demanding: lifting, bending and working outdoors in all weathers.",
        "Groundworker",
        "disability",
    ),
    ("Reasonable adjustments available at interview, just drop us a message.", "Receptionist", "bias"),
    (
        "Guaranteed interview scheme for disabled applicants who meet the essential criteria.",
        "Executive Officer",
        "bias",
    ),
    ("We welcome applications from all ages, backgrounds and abilities.", "Support Worker", "bias"),
    ("You must be 18 or over to serve alcohol.", "Bar Staff", "age"),
    ("This role involves working with young people aged 16–25.", "Youth Worker", "age"),
    ("You'll work with older people in their own homes.", "Home Carer", "age"),
    ("Apprenticeship open to anyone aged 16 or over.", "Apprentice Electrician", "age"),
    ("Must pass an enhanced DBS check.", "Teaching Assistant", "bias"),
    ("Ye must hae PVG membership or be willing tae join the scheme.", "Support Worker", "bias"),
    ("An Access NI check will be required.", "Classroom Assistant", "bias"),
    ("Pay: £11.44 an hour plus tips, paid weekly.", "Waiting Staff", "bias"),
    ("Pay is £12.21/hr + holiday pay, paid weekly innit", "Retail Assistant", "bias"),
    ("Shifts: Mon–Fri, 8am–4pm, with paid breaks.", "Warehouse Operative", "bias"),
    ("Ye'll be working in a friendly wee team in the heart of Glasgow.", "Administrator", "bias"),
    ("Sound team, proper good craic, free parking on site.", "Sales Assistant", "bias"),
    ("Mint place to work, like — canny bonus every Christmas.", "Warehouse Operative", "bias"),
    ("The successful candidate will report to the Head of Finance.", "Finance Officer", "bias"),
    ("Candidates should possess a good standard of literacy and numeracy.", "Clerical Officer", "bias"),
    ("Hybrid working, 2 days a week in our Leeds office.", "Data Analyst", "bias"),
    ("Full training provided, no experience needed.", "Kitchen Assistant", "bias"),
    ("Experience of React and TypeScript would be useful.", "Senior Frontend Developer", "unnecessary_requirement"),
    ("Nursing degree and NMC registration essential.", "Staff Nurse", "unnecessary_requirement"),
    ("ACCA or CIMA qualified.", "Finance Manager", "unnecessary_requirement"),
    ("CSCS card essential for site work.", "Labourer", "unnecessary_requirement"),
    ("Job share and flexible hours considered.", "Policy Officer", "bias"),
    ("You'll be leading a team of five chefs.", "Head Chef", "gender_masculine"),
    ("You'll help customers with billing queries.", "Customer Service Advisor", "gender_feminine"),
    ("We're committed to equal opportunities.", "Administrator", "bias"),
    ("Hiya! We're hiring 🎉 DM us or pop in for a chat x", "Barista", "bias"),
    ("Salary: £24,000 pro rata. Closing date: 14 March.", "School Administrator", "bias"),
    (
        "The postholder will be expected to undertake such other duties as may reasonably be required.",
        "Administrative Officer",
        "bias",
    ),
    ("Dear candidate, we kindly invite you to submit your curriculum vitae.", "Accounts Assistant", "bias"),
    ("Flexible hours to suit the school run.", "Cleaner", "bias"),
]


# Still missed after the round, kept visible (strict): a language the job does not use is not checked
# against the title.
FLAGGED_ROWS = with_known_misses(
    ROUND15_FLAGGED, lambda row: "a language the job does not use" if row[0] == "Fluent Mandarin essential." else None
)


@pytest.mark.parametrize(("text", "title", "category"), FLAGGED_ROWS)
def test_round15_flagged(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND15_QUIET)
def test_round15_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
