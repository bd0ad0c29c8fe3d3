"""Paraphrase round 12: fresh advert sentences written before they were run, in idiomatic, indirect and
colloquial wording (hurried hiring managers, small contractors, chatty charities, stiff old-fashioned
councils): figures of speech, euphemisms, jokes, "we find that...", stereotypes stated as facts, conditions
buried in practical details and requirements hidden in "nice to have" lists. FLAGGED rows must give their
category; QUIET rows are lawful neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

ROUND12_FLAGGED = [
    # age
    (
        "We're a young, lively bunch, so you'll feel right at home if you're in your twenties or thirties.",
        "Sales Executive",
        "age",
    ),
    (
        "This role would suit someone at the start of their working life rather than winding down towards retirement.",
        "Marketing Assistant",
        "age",
    ),
    ("You'll have bags of youthful energy to keep up with our busy shop floor.", "Retail Assistant", "age"),
    (
        "Experience has taught us that older applicants struggle to pick up our systems.",
        "Warehouse Operative",
        "age",
    ),
    ("We're after a digital native who practically lives on Instagram.", "Social Media Executive", "age"),
    (
        "Perfect for someone who graduated in the last couple of years and is keen to learn.",
        "Junior Analyst",
        "age",
    ),
    ("Honestly, not one for the over-50s - the pace here is relentless.", "Courier", "age"),
    (
        "The team are all millennials and Gen Z, so you'll need to be on their wavelength.",
        "Account Manager",
        "age",
    ),
    ("Applicants should be aged between 18 and 30.", "Bar Staff", "age"),
    (
        "We'd love someone with plenty of years ahead of them who can grow with the business.",
        "Trainee Surveyor",
        "age",
    ),
    (
        "This isn't one for someone looking to see out their last few years before they retire.",
        "Site Supervisor",
        "age",
    ),
    ("You'll be a bright young thing with a hunger to learn.", "PR Assistant", "age"),
    (
        "In our experience, mature candidates don't last long on the night shift.",
        "Warehouse Picker",
        "age",
    ),
    ("Energetic young blood wanted to shake up a tired department.", "Teacher of Geography", "age"),
    (
        "Due to our insurance, drivers must be under 35 at the start of employment.",
        "Multi-drop Delivery Driver",
        "age",
    ),
    ("Our clients like to be greeted by a youthful face.", "Sales Assistant", "age"),
    (
        "We need someone who isn't set in their ways - no old-timers, please.",
        "Kitchen Assistant",
        "age",
    ),
    ("Ideal first job for a recent school leaver.", "Trainee Estimator", "age"),
    ("Join our vibrant young team as a fresh-faced newcomer.", "Events Coordinator", "age"),
    ("Sorry, but retired people need not apply.", "Receptionist", "age"),
    (
        "The sort of person who'll thrive here is in the early stages of their career, not the twilight.",
        "Recruitment Consultant",
        "age",
    ),
    # disability
    (
        "You'll be on your feet all day, so this isn't one for anyone with a dodgy back.",
        "Shop Assistant",
        "disability",
    ),
    ("You must have a clean bill of health.", "Office Administrator", "disability"),
    ("Candidates must be able-bodied.", "Receptionist", "disability"),
    (
        "We need someone with no history of mental health problems, as the job can get stressful.",
        "Call Centre Agent",
        "disability",
    ),
    (
        "You'll need perfect eyesight and hearing to cope in our busy office.",
        "Admin Assistant",
        "disability",
    ),
    (
        "Our office is up three flights of stairs with no lift, so wheelchair users won't be able to apply.",
        "Bookkeeper",
        "disability",
    ),
    (
        "Sick notes and long-term absences just don't fit with the way we run things.",
        "Warehouse Operative",
        "disability",
    ),
    ("You must be of sound mind and body.", "Finance Officer", "disability"),
    (
        "Applicants should be free from any medical condition that could affect attendance.",
        "Office Manager",
        "disability",
    ),
    ("You must not be taking any long-term medication.", "Receptionist", "disability"),
    (
        "We're a fast-paced office - if you're going to need adjustments, this probably isn't the place for you.",
        "Legal Secretary",
        "disability",
    ),
    (
        "We find dyslexic applicants struggle with the amount of paperwork here.",
        "Admin Assistant",
        "disability",
    ),
    (
        "No room for passengers - everyone here has to be fighting fit, both physically and mentally.",
        "Marketing Executive",
        "disability",
    ),
    # race / nationality
    ("English must be your first language.", "Customer Service Adviser", "race_nationality"),
    ("Native English speakers only, please.", "Copywriter", "race_nationality"),
    (
        "You'll need a British accent our customers can understand easily.",
        "Call Centre Agent",
        "race_nationality",
    ),
    (
        "We find that people who were educated in the UK settle in quickest.",
        "Accounts Assistant",
        "race_nationality",
    ),
    ("Applicants must have been born and raised in the UK.", "Tour Guide", "race_nationality"),
    ("You must hold a British passport.", "Warehouse Operative", "race_nationality"),
    (
        "Our regulars are traditional locals, so someone from a British background would fit in best.",
        "Pub Manager",
        "race_nationality",
    ),
    ("No foreign qualifications accepted - UK degrees only.", "Data Analyst", "race_nationality"),
    ("Candidates whose mother tongue is English are preferred.", "Proofreader", "race_nationality"),
    (
        "You should have a neutral accent - no strong foreign accents, please.",
        "Receptionist",
        "race_nationality",
    ),
    ("Only British and EU nationals will be considered.", "Chef de Partie", "race_nationality"),
    (
        "Candidates must have lived in the UK for at least ten years.",
        "Administrative Officer",
        "race_nationality",
    ),
    # socioeconomic
    (
        "You'll need your own car and a smartphone with data, both at your own expense.",
        "Office Cleaner",
        "socioeconomic",
    ),
    (
        "Candidates from a good school with the right connections tend to thrive here.",
        "Trainee Broker",
        "socioeconomic",
    ),
    ("You must have a fixed address and no CCJs.", "Receptionist", "socioeconomic"),
    ("An unpaid trial week is required before any offer is made.", "Waiter", "socioeconomic"),
    (
        "The internship is unpaid, so you'll need to be able to support yourself in London for six months.",
        "Marketing Intern",
        "socioeconomic",
    ),
    (
        "We'd expect you to have been privately educated or to have gone to a top grammar school.",
        "Trainee Solicitor",
        "socioeconomic",
    ),
    ("Must have a good credit history.", "Kitchen Porter", "socioeconomic"),
    (
        "Applicants living in social housing or claiming benefits need not apply.",
        "Cleaner",
        "socioeconomic",
    ),
    (
        "Polished, well-spoken candidates from a professional family background are preferred.",
        "Receptionist",
        "socioeconomic",
    ),
    (
        "Someone with a bit of money behind them would be ideal, as it's commission only for the first three months.",
        "Estate Agent",
        "socioeconomic",
    ),
    (
        "You'll need your own laptop and home broadband - we don't supply equipment.",
        "Customer Service Adviser",
        "socioeconomic",
    ),
    (
        "You'll need to pay a £150 deposit for your uniform and ID badge, refunded after six months.",
        "Security Officer",
        "socioeconomic",
    ),
    (
        "We find people who've done a gap year abroad bring just the right worldliness.",
        "Travel Consultant",
        "socioeconomic",
    ),
    (
        "You're the sort of person who skis, sails and knows their way round a wine list.",
        "Sales Executive",
        "socioeconomic",
    ),
    (
        "Please bring your own steel toe-caps and hi-vis to your first shift - we don't provide them.",
        "Warehouse Operative",
        "socioeconomic",
    ),
    (
        "You'll cover your own travel and hotel for the two-week training course in Manchester.",
        "Field Sales Representative",
        "socioeconomic",
    ),
    # exclusionary jargon
    ("You'll hit the ground running and be a real rockstar from day one.", "Web Developer", "exclusionary_jargon"),
    ("We're looking for a ninja who can smash through the ticket queue.", "IT Support Analyst", "exclusionary_jargon"),
    (
        "We work hard and play harder - Friday beers are basically compulsory.",
        "Account Executive",
        "exclusionary_jargon",
    ),
    (
        "Join our tribe of growth hackers and help us move the needle.",
        "Marketing Executive",
        "exclusionary_jargon",
    ),
    (
        "You'll leverage synergies across verticals and drive best-in-class outcomes.",
        "Business Development Manager",
        "exclusionary_jargon",
    ),
    ("We're after a guru who lives and breathes spreadsheets.", "Finance Analyst", "exclusionary_jargon"),
    ("We need a 10x engineer who can crush it from the off.", "Software Engineer", "exclusionary_jargon"),
    (
        "You'll fit in if you love banter, pub quizzes and five-a-side after work.",
        "Recruitment Consultant",
        "exclusionary_jargon",
    ),
    ("You'll be an Excel wizard who's happy to wear many hats.", "Office Administrator", "exclusionary_jargon"),
    ("Our squad works hard, plays hard and doesn't do nine-to-five.", "Content Creator", "exclusionary_jargon"),
    (
        "A thick skin is a must - we have a robust culture and enjoy a bit of friendly ribbing.",
        "Sales Executive",
        "exclusionary_jargon",
    ),
    (
        "We're one big family here, and family members go above and beyond, evenings and weekends included.",
        "Office Manager",
        "exclusionary_jargon",
    ),
    ("We want a hustler with a grind mindset.", "Sales Development Representative", "exclusionary_jargon"),
    # gendered terms
    ("The foreman will run a gang of six on our housing sites.", "Site Foreman", "gendered_term"),
    ("He will report directly to the Head of Estates.", "Caretaker", "gendered_term"),
    ("We need a handyman who can turn his hand to anything.", "Maintenance Operative", "gendered_term"),
    ("Our friendly girls in the office will show you the ropes.", "Admin Assistant", "gendered_term"),
    ("Join our team of lads on site - great banter guaranteed.", "Labourer", "gendered_term"),
    ("Saturday girl wanted to help out on the tills.", None, "gendered_term"),
    ("The right chap will have a good head for figures.", "Bookkeeper", "gendered_term"),
    ("A friendly tea lady is needed for our boardroom.", "Catering Assistant", "gendered_term"),
    ("Our salesmen earn uncapped commission.", "Sales Executive", "gendered_term"),
    ("The postholder will be expected to manage his own diary.", "Personal Assistant", "gendered_term"),
    ("We're a team of mums who all understand the school run.", "Office Administrator", "gendered_term"),
    ("Calling all handy blokes who can lay a patio!", "Landscaper", "gendered_term"),
    ("Every workman must sign in at the gatehouse.", "Groundworker", "gendered_term"),
    ("She will look after the manager's diary and post.", "Secretary", "gendered_term"),
    ("Could you be our next dinner lady?", "Midday Supervisor", "gendered_term"),
    ("Our receptionist should be a well-presented young lady.", "Receptionist", "gendered_term"),
    # unnecessary requirements
    # relabelled by the main session: the issue files a licence the job does not use under disability
    ("A full UK driving licence is essential.", "Data Entry Clerk", "disability"),
    ("Degree in any subject essential.", "Warehouse Operative", "unnecessary_requirement"),
    (
        "Nice to have (well, essential really): 10 years' hospitality experience.",
        "Glass Collector",
        "unnecessary_requirement",
    ),
    ("A CSCS card and IPAF ticket are a must.", "Office Receptionist", "unnecessary_requirement"),
    (
        "Membership of the Chartered Institute of Procurement and Supply is essential.",
        "Post Room Assistant",
        "unnecessary_requirement",
    ),
    ("You'll need A-levels in Maths and Physics.", "Car Park Attendant", "unnecessary_requirement"),
    # relabelled by the main session: owning a vehicle is a means screen, filed under socioeconomic
    ("You must own a van.", "Telesales Agent", "socioeconomic"),
    ("A Master's degree is a must, ideally an MBA.", "Office Cleaner", "unnecessary_requirement"),
    ("At least 7 years' experience is required.", "Junior Admin Assistant", "unnecessary_requirement"),
    ("A counterbalance forklift licence is essential.", "Receptionist", "unnecessary_requirement"),
    ("You must hold an HGV Class 1 licence.", "Payroll Clerk", "unnecessary_requirement"),
    ("Candidates must be qualified accountants (ACCA or CIMA).", "Café Cashier", "unnecessary_requirement"),
    ("PhD preferred.", "Kitchen Porter", "unnecessary_requirement"),
    ("You must hold an SIA door supervisor badge.", "Library Assistant", "unnecessary_requirement"),
    ("A good decade in a similar role, minimum.", "Dog Walker", "unnecessary_requirement"),
    (
        "Desirable: a first-class honours degree from a top university.",
        "Shelf Stacker",
        "unnecessary_requirement",
    ),
    # gender-coded traits
    (
        "We want someone aggressive, competitive and fearless who lives for the deal.",
        "Sales Executive",
        "gender_masculine",
    ),
    ("You'll be a dominant, decisive type who takes charge.", "Team Leader", "gender_masculine"),
    ("You'll be a headstrong, self-reliant operator.", "Project Coordinator", "gender_masculine"),
    (
        "You'll be warm, nurturing and sympathetic, with a gentle manner.",
        "Receptionist",
        "gender_feminine",
    ),
    (
        "The ideal person is compassionate, supportive and understanding.",
        "Office Manager",
        "gender_feminine",
    ),
    ("We're after someone loyal, kind and cheerful.", "Shop Assistant", "gender_feminine"),
]

ROUND12_QUIET = [
    (
        "Fluent English is essential as you'll be handling customer calls.",
        "Customer Service Adviser",
        "race_nationality",
    ),
    ("You must have the right to work in the UK.", "Warehouse Operative", "race_nationality"),
    (
        "A full UK driving licence is essential as you'll be driving the company van.",
        "Delivery Driver",
        "unnecessary_requirement",
    ),
    ("We provide all uniform and safety boots free of charge.", "Warehouse Operative", "socioeconomic"),
    ("Applicants must be registered with the NMC.", "Staff Nurse", "unnecessary_requirement"),
    ("You'll need a pharmacy degree and GPhC registration.", "Pharmacist", "unnecessary_requirement"),
    ("GCSE English and Maths at grade 4/C or equivalent.", "Admin Assistant", "unnecessary_requirement"),
    ("We welcome applicants of all ages and backgrounds.", "Retail Assistant", "bias"),
    (
        "We guarantee an interview to disabled applicants who meet the essential criteria.",
        "Finance Officer",
        "disability",
    ),
    (
        "We particularly welcome applications from Black, Asian and minority ethnic candidates, who "
        "are under-represented in our team.",
        "Policy Officer",
        "race_nationality",
    ),
    ("Our residents are older people living with dementia.", "Care Assistant", "age"),
    ("You'll support young people aged 16 to 25 who are leaving care.", "Youth Worker", "age"),
    (
        "This post is open to women only under Schedule 9 of the Equality Act 2010, as it involves "
        "intimate personal care.",
        "Support Worker",
        "bias",
    ),
    ("Mileage is paid at 45p a mile and a pool car is available.", "Community Nurse", "socioeconomic"),
    ("We'll lend you a laptop and a work phone from day one.", "Customer Service Adviser", "socioeconomic"),
    ("You'll work with men in recovery from addiction.", "Recovery Worker", "gendered_term"),
    ("Our customers are mostly elderly homeowners.", "Handyperson", "age"),
    ("No previous experience needed - full training given.", "Kitchen Porter", "unnecessary_requirement"),
    (
        "Age is no barrier: we've had apprentices start at 17 and at 57.",
        "Apprentice Electrician",
        "age",
    ),
    (
        "We don't mind where you went to school or whether you went to university.",
        "Trainee Broker",
        "socioeconomic",
    ),
    ("Reasonable adjustments are available at every stage of the process.", "Admin Assistant", "disability"),
    ("You won't need a degree for this role.", "Data Entry Clerk", "unnecessary_requirement"),
    ("We're proud to be a Disability Confident Employer.", "Finance Assistant", "disability"),
    ("You must be 18 or over to serve alcohol.", "Bar Staff", "age"),
    (
        "A CSCS card is needed for site access - we'll pay for it if you don't have one.",
        "Labourer",
        "unnecessary_requirement",
    ),
    (
        "Welsh language skills are essential as you'll be working with Welsh-speaking families.",
        "Family Support Worker",
        "race_nationality",
    ),
    (
        "The role requires an enhanced DBS check, which we'll pay for.",
        "Teaching Assistant",
        "socioeconomic",
    ),
    ("Our chair of trustees will sit on the interview panel.", "Chief Executive", "gendered_term"),
    ("They will report to the Head of Finance.", "Finance Assistant", "gendered_term"),
    (
        "You'll be working with refugees and asylum seekers from all over the world.",
        "Caseworker",
        "race_nationality",
    ),
    (
        "The role involves moving residents using hoists; full training is provided.",
        "Care Assistant",
        "disability",
    ),
    (
        "You'll be driving minibuses, so D1 entitlement on your licence is needed.",
        "Minibus Driver",
        "unnecessary_requirement",
    ),
    ("The post holder will lead a watch of firefighters.", "Station Manager", "gendered_term"),
    ("We employ a mix of early-career and experienced staff.", "Planning Officer", "age"),
    ("Flexible hours to fit around childcare or other caring responsibilities.", "Bookkeeper", "bias"),
    ("Interviews can be held by phone or video if travelling is difficult.", "Policy Officer", "bias"),
    (
        "Our office is in a listed building with no lift to the second floor, so we'll arrange a "
        "ground-floor workspace for anyone who needs one.",
        "Administrator",
        "disability",
    ),
    ("Experienced chefs and career changers alike are welcome to apply.", "Chef", "age"),
    (
        "Ideally you'll have worked in a busy kitchen, but it's not essential.",
        "Commis Chef",
        "unnecessary_requirement",
    ),
    (
        "We pay the real Living Wage, with a pay advance available in your first month.",
        "Cleaner",
        "socioeconomic",
    ),
    (
        "Chartered status (CEng) is essential for this principal role.",
        "Principal Structural Engineer",
        "unnecessary_requirement",
    ),
    ("Our service supports women fleeing domestic abuse.", "Refuge Worker", "gendered_term"),
    ("You won't need your own car - we provide a van and a fuel card.", "Handyperson", "socioeconomic"),
    (
        "Our lunchtime staff are a mix of men and women from the local area.",
        "Midday Supervisor",
        "gendered_term",
    ),
    ("We offer a cycle-to-work scheme and an interest-free season ticket loan.", "Planning Officer", "socioeconomic"),
    (
        "You'll be supporting adults with learning disabilities to live independently.",
        "Support Worker",
        "disability",
    ),
    (
        "A Level 3 qualification in childcare, or equivalent, is essential.",
        "Nursery Practitioner",
        "unnecessary_requirement",
    ),
]


@pytest.mark.parametrize(("text", "title", "category"), ROUND12_FLAGGED)
def test_round12_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND12_QUIET)
def test_round12_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
