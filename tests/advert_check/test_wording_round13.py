"""Paraphrase round 13: fresh advert sentences written before they were run, sector by sector (care homes and
home-care agencies, building and highways contractors, schools and nurseries, legal/finance/audit, leisure and
hospitality, transport and logistics, tech and digital, libraries/museums/arts, police staff and fire service
support, charities and faith-based organisations). Not taken from the benchmark adverts or earlier tests.
FLAGGED rows must give their category; QUIET rows are lawful neighbours that must not ("bias" means none of
the bias categories)."""

import pytest

from .test_wording import categories, quiet

ROUND13_FLAGGED = [
    # age
    ("We're looking for a young, energetic carer to join our day team.", "Care Assistant", "age"),
    ("Requirements:\n- Aged between 21 and 35\n- Happy working outdoors", "Site Labourer", "age"),
    ("This role would suit a recent graduate keen to start a legal career.", "Trainee Paralegal", "age"),
    ("You'll join a youthful, fast-moving digital team.", "Front-end Developer", "age"),
    ("The successful candidate will be under 40.", "Events Coordinator", "age"),
    ("Would suit a mature lady looking for part-time hours.", "Lunchtime Supervisor", "age"),
    ("Digital natives are encouraged to apply.", "Social Media Officer", "age"),
    ("- No more than 5 years' post-qualification experience", "Solicitor", "age"),
    ("Ideal for active retired people who love history.", "Museum Visitor Assistant", "age"),
    ("Applicants must be aged 18-30.", "Warehouse Operative", "age"),
    ("We are a young and vibrant charity team looking for fresh energy.", "Fundraising Assistant", "age"),
    ("Fresh-faced graduates wanted for our busy cocktail bar.", "Bar Staff", "age"),
    ("Young, fit drivers wanted for multi-drop routes.", "Delivery Driver", "age"),
    (
        "The ideal candidate will be in the early stages of their career, aged 25 or under.",
        "Police Staff Administrator",
        "age",
    ),
    ("Due to the physical nature of the role, applicants over 55 need not apply.", "Fire Station Cleaner", "age"),
    ("You'll fit right in with our team of millennials.", "Product Designer", "age"),
    ("Desirable:\n- Under 30 years of age\n- Experience of Xero", "Audit Assistant", "age"),
    # disability
    ("Must hold a full UK driving licence.", "Care Home Receptionist", "disability"),
    ("- Must be physically fit and healthy", "Library Assistant", "disability"),
    ("You must have perfect eyesight.", "Data Analyst", "disability"),
    ("Applicants must have no history of mental health problems.", "Finance Officer", "disability"),
    (
        "Applicants must be in good health with no ongoing medical conditions.",
        "Church Administrator",
        "disability",
    ),
    ("A clean driving licence is essential.", "Payroll Administrator", "disability"),
    ("You'll need to be able-bodied as the museum has many stairs.", "Museum Guide", "disability"),
    (
        "Please declare all sickness absence from the past three years on your application form.",
        "HR Assistant",
        "disability",
    ),
    ("Normal colour vision is required.", "Web Developer", "disability"),
    ("Essential:\n- Full driving licence and own transport", "School Office Manager", "disability"),
    ("Must not be on any long-term medication.", "Event Steward", "disability"),
    ("Due to the busy nature of the office, candidates should be fighting fit.", "Legal Secretary", "disability"),
    ("Must have a clean bill of health.", "Volunteer Coordinator", "disability"),
    ("Sorry, our offices are not suitable for wheelchair users.", "Finance Assistant", "disability"),
    (
        "A full driving licence is required for this office-based role.",
        "IT Support Technician",
        "disability",
    ),
    (
        "You'll be mentally resilient with no history of stress-related absence.",
        "Control Room Administrator",
        "disability",
    ),
    ("Applicants with dyslexia are unlikely to succeed as accuracy is key.", "Audit Assistant", "disability"),
    # race_nationality
    ("Native English speaker required.", "Box Office Assistant", "race_nationality"),
    ("Must be a British citizen.", "Warehouse Operative", "race_nationality"),
    ("English must be your first language.", "Library Assistant", "race_nationality"),
    ("Applicants must have been educated in the UK.", "Paralegal", "race_nationality"),
    ("We're looking for someone with a local accent to greet our guests.", "Hotel Receptionist", "race_nationality"),
    ("British passport holders only.", "Software Engineer", "race_nationality"),
    ("- UK-born candidates preferred", "Trainee Accountant", "race_nationality"),
    ("Perfect, unaccented English is essential.", "Police Call Handler", "race_nationality"),
    ("You must be a mother-tongue English speaker.", "Museum Guide", "race_nationality"),
    ("EU nationals need not apply.", "Commis Chef", "race_nationality"),
    ("Preference will be given to British nationals.", "Care Assistant", "race_nationality"),
    (
        "Candidates should have a Western European background to suit our client base.",
        "Wealth Manager",
        "race_nationality",
    ),
    ("You must have lived in the UK for at least ten years.", "Community Fundraiser", "race_nationality"),
    (
        "We are looking for someone from a white British background to reflect our congregation.",
        "Church Caretaker",
        "race_nationality",
    ),
    ("You'll be a native Brit who understands our regulars.", "Pub Supervisor", "race_nationality"),
    ("UK qualifications only - overseas qualifications will not be accepted.", "Finance Assistant",
     "race_nationality"),
    ("Applicants with strong foreign accents may find this role challenging.", "Nursery Receptionist",
     "race_nationality"),
    # socioeconomic
    ("You must own a reliable car for travelling between clients.", "Home Carer", "socioeconomic"),
    ("- Own van and tools essential", "Maintenance Operative", "socioeconomic"),
    ("This is an unpaid internship lasting three months.", "Marketing Intern", "socioeconomic"),
    ("Candidates must supply their own laptop.", "Junior Developer", "socioeconomic"),
    ("Applicants must be homeowners.", "Finance Clerk", "socioeconomic"),
    ("You must provide your own steel toe-cap boots and PPE.", "Labourer", "socioeconomic"),
    (
        "At least 12 months' voluntary work in a museum is essential.",
        "Museum Assistant",
        "socioeconomic",
    ),
    ("Ideal candidates will have attended a leading independent school.", "Trainee Solicitor", "socioeconomic"),
    (
        "You'll need to buy your own uniform (£120) before your first shift.",
        "Waiting Staff",
        "socioeconomic",
    ),
    ("Own knife set required.", "Commis Chef", "socioeconomic"),
    ("Unpaid trial shifts of up to a week form part of our selection process.", "Barista", "socioeconomic"),
    (
        "Candidates must have their own car as the nursery is not on a bus route.",
        "Nursery Administrator",
        "socioeconomic",
    ),
    (
        "Successful applicants must cover the cost of their own DBS check and induction training (£250).",
        "Support Worker",
        "socioeconomic",
    ),
    ("An Oxbridge degree is preferred.", "Graduate Analyst", "socioeconomic"),
    (
        "Volunteers work unpaid for six months before being considered for a paid post.",
        "Charity Shop Assistant",
        "socioeconomic",
    ),
    ("- Must have your own full set of tools (approx. £1,500)", "Electrician's Mate", "socioeconomic"),
    (
        "You'll need a smartphone with unlimited data at your own expense.",
        "Event Steward",
        "socioeconomic",
    ),
    # exclusionary_jargon
    ("You'll be a rockstar developer who lives and breathes the stack.", "Full Stack Developer",
     "exclusionary_jargon"),
    ("We work hard and play hard.", "Marketing Executive", "exclusionary_jargon"),
    ("Looking for a spreadsheet ninja to join our finance team.", "Finance Analyst", "exclusionary_jargon"),
    ("You must be a strong culture fit for our close-knit team.", "Events Coordinator", "exclusionary_jargon"),
    ("We're after a guru of all things digital.", "Digital Officer", "exclusionary_jargon"),
    (
        "You'll leverage synergies across verticals to move the needle on income.",
        "Fundraising Manager",
        "exclusionary_jargon",
    ),
    ("Banter is a big part of our yard culture.", "Yard Operative", "exclusionary_jargon"),
    ("A unicorn who can code, design and sell.", "Web Designer", "exclusionary_jargon"),
    ("Must be a superstar multitasker.", "School Receptionist", "exclusionary_jargon"),
    ("You'll be part of a tribe of hustlers smashing membership targets.", "Membership Advisor",
     "exclusionary_jargon"),
    ("Superhero wanted! Do you have what it takes?", "Custody Detention Officer", "exclusionary_jargon"),
    ("Only proper grafters need apply.", "Groundworker", "exclusionary_jargon"),
    ("We need a wizard with Excel and a jedi with Power BI.", "Management Accountant", "exclusionary_jargon"),
    ("Join our squad of digital evangelists.", "Content Designer", "exclusionary_jargon"),
    ("We're looking for a growth hacker to 10x our reach.", "Digital Marketing Officer", "exclusionary_jargon"),
    # gendered_term
    ("We are recruiting a Handyman to join our maintenance team.", "Handyman", "gendered_term"),
    ("The new Chairman will lead our board of trustees.", "Chair of Trustees", "gendered_term"),
    ("Waitresses needed for our busy summer season.", None, "gendered_term"),
    ("He will be responsible for keeping the site diary up to date.", "Site Manager", "gendered_term"),
    ("We're looking for a Foreman to run our highways crew.", None, "gendered_term"),
    ("Barmaid required for weekend shifts.", None, "gendered_term"),
    ("Dinner lady wanted for lunchtime cover.", None, "gendered_term"),
    ("You'll keep the fleet running and support our firemen across the county.", "Workshop Technician",
     "gendered_term"),
    ("Calling all salesmen! Uncapped commission on every booking.", "Events Sales Executive", "gendered_term"),
    ("The Cameraman will film our conferences and weddings.", None, "gendered_term"),
    ("She will manage the nursery's admissions and waiting list.", "Admissions Officer", "gendered_term"),
    ("Seeking a Groundsman for the school playing fields.", None, "gendered_term"),
    ("Experience of manpower planning across multiple depots is essential.", "Resource Planner", "gendered_term"),
    ("Delivery men wanted for our Christmas peak.", "Delivery Driver", "gendered_term"),
    ("Office girl required for busy high street law firm.", "Legal Receptionist", "gendered_term"),
    ("Tradesmen required for void works across the borough.", "Multi-trade Operative", "gendered_term"),
    # unnecessary_requirement
    ("Applicants must be educated to degree level.", "Care Assistant", "unnecessary_requirement"),
    ("- CSCS Gold Card (Supervisor) essential", "Site Cleaner", "unnecessary_requirement"),
    ("Minimum 10 years' experience in a nursery setting.", "Nursery Cook", "unnecessary_requirement"),
    ("A-level Maths at grade A or above is essential.", "Library Assistant", "unnecessary_requirement"),
    ("You must be ACCA qualified.", "Accounts Assistant", "unnecessary_requirement"),
    ("Master's degree in Computer Science essential.", "IT Helpdesk Apprentice", "unnecessary_requirement"),
    ("You'll need at least 7 years' hospitality experience.", "Glass Collector", "unnecessary_requirement"),
    ("Membership of the Museums Association is essential.", "Museum Visitor Assistant", "unnecessary_requirement"),
    ("Must hold a PhD in Art History.", "Gallery Attendant", "unnecessary_requirement"),
    ("Law degree (2:1 or above) essential.", "Legal Receptionist", "unnecessary_requirement"),
    (
        "Essential:\n- 5 GCSEs at grade 7 or above including English and Maths",
        "School Cleaner",
        "unnecessary_requirement",
    ),
    ("Must hold an SIA Door Supervisor licence.", "Library Assistant", "unnecessary_requirement"),
    (
        "A Level 3 Diploma in Health and Social Care is essential.",
        "Care Home Kitchen Assistant",
        "unnecessary_requirement",
    ),
    ("Candidates must have an MBA.", "Charity Shop Assistant", "unnecessary_requirement"),
    (
        "- IOSH Managing Safely and NEBOSH General Certificate essential",
        "Fire Station Cleaner",
        "unnecessary_requirement",
    ),
    ("CCNA certification required.", "Digital Marketing Assistant", "unnecessary_requirement"),
    # gender-coded (Gaucher et al. 2011)
    (
        "We're looking for a dominant, competitive and decisive leader.",
        "Fundraising Manager",
        "gender_masculine",
    ),
    ("You'll be assertive, independent and ambitious.", "Site Supervisor", "gender_masculine"),
    ("You must be fearless and aggressive in chasing targets.", "Hospitality Sales Executive",
     "gender_masculine"),
    (
        "We want a warm, nurturing and gentle person to support our residents.",
        "Care Assistant",
        "gender_feminine",
    ),
    ("You'll be sympathetic, understanding and supportive with every visitor.", "Library Assistant",
     "gender_feminine"),
    ("A sensitive, compassionate and caring nature is a must.", "Receptionist", "gender_feminine"),
]

ROUND13_QUIET = [
    ("Fluent English is essential.", "Care Assistant", "race_nationality"),
    (
        "A full UK driving licence is essential as you'll visit clients in their own homes.",
        "Home Carer",
        "disability",
    ),
    ("Must hold a Category C+E licence and a valid Driver CPC.", "HGV Driver", "disability"),
    (
        "Due to the intimate personal care involved, this post is open to women only under Schedule 9 "
        "of the Equality Act 2010.",
        "Support Worker",
        "bias",
    ),
    ("All PPE and safety boots are provided.", "Labourer", "socioeconomic"),
    ("Uniform and tools are supplied free of charge.", "Maintenance Operative", "socioeconomic"),
    ("A company van is provided for this role.", "Multi-trade Operative", "socioeconomic"),
    ("Laptop and phone provided.", "Software Developer", "socioeconomic"),
    (
        "You must be a qualified solicitor with a current practising certificate.",
        "Solicitor",
        "unnecessary_requirement",
    ),
    ("ACCA, ACA or CIMA qualified (or equivalent).", "Finance Manager", "unnecessary_requirement"),
    ("Level 3 in Early Years Education (or equivalent) essential.", "Nursery Practitioner",
     "unnecessary_requirement"),
    ("We support adults aged 65 and over living with dementia.", "Care Assistant", "age"),
    ("Our youth club serves young people aged 11 to 18.", "Youth Worker", "age"),
    (
        "We welcome applications from disabled people and guarantee an interview under the Disability "
        "Confident scheme.",
        "Finance Officer",
        "disability",
    ),
    (
        "We particularly welcome applications from Black, Asian and minority ethnic candidates, who are "
        "under-represented in our workforce.",
        "Curator",
        "race_nationality",
    ),
    (
        "The post holder must be a practising Christian, as the role involves leading worship.",
        "Chaplain",
        "bias",
    ),
    ("This is a paid internship at the London Living Wage.", "Marketing Intern", "socioeconomic"),
    ("Experience is not essential - full training is given.", "Kitchen Porter", "unnecessary_requirement"),
    ("No qualifications needed.", "Cleaner", "unnecessary_requirement"),
    ("You must have the right to work in the UK.", "Warehouse Operative", "race_nationality"),
    (
        "Candidates must meet the police vetting requirement of three years' UK residency.",
        "Police Staff Investigator",
        "race_nationality",
    ),
    ("A CSCS card is required for site access.", "Labourer", "unnecessary_requirement"),
    ("An SIA Door Supervisor licence is essential.", "Door Supervisor", "unnecessary_requirement"),
    ("A degree is not required.", "Trainee Paralegal", "unnecessary_requirement"),
    ("This role is open to applicants of all ages, including returners.", "Library Assistant", "age"),
    ("Reasonable adjustments are available at every stage of the process.", "Events Coordinator", "disability"),
    ("There is step-free access throughout our building.", "Museum Assistant", "disability"),
    (
        "You don't need to own a car - the office is a five-minute walk from the station.",
        "Audit Junior",
        "socioeconomic",
    ),
    (
        "The role involves regular lifting of up to 25kg; we will make reasonable adjustments where possible.",
        "Warehouse Operative",
        "disability",
    ),
    (
        "You will work with women who have experienced domestic abuse, so this post is open to women only "
        "under Schedule 9 of the Equality Act 2010.",
        "Refuge Worker",
        "bias",
    ),
    ("Welsh language skills are essential for this post.", "Library Assistant", "race_nationality"),
    ("Our service supports Somali and Eritrean refugees.", "Caseworker", "race_nationality"),
    ("Mileage is paid at 45p per mile and a pool car is available.", "Community Support Worker", "socioeconomic"),
    ("Due to licensing laws, you must be 18 or over to serve alcohol.", "Bar Staff", "age"),
    (
        "You'll be working with children, so an enhanced DBS check is required (paid for by us).",
        "Lunchtime Supervisor",
        "socioeconomic",
    ),
    (
        "We welcome applications from men, who are under-represented in our childcare workforce.",
        "Nursery Practitioner",
        "bias",
    ),
    (
        "A Level 2 Food Hygiene certificate is required (we can provide the training).",
        "Cook",
        "unnecessary_requirement",
    ),
    ("Our museum celebrates the history of the Windrush generation.", "Learning Officer", "race_nationality"),
    ("Our lunch club is for older men living alone.", "Activities Coordinator", "age"),
    (
        "You will need a Category C licence to road-test vehicles after repair.",
        "Fleet Technician",
        "disability",
    ),
    ("Trainee roles are open to all, whatever your background.", "Trainee Accountant", "socioeconomic"),
    ("Every trial shift is paid.", "Waiting Staff", "socioeconomic"),
    (
        "You must be a chartered accountant (ACA or ACCA) as you will sign audit reports.",
        "Audit Manager",
        "unnecessary_requirement",
    ),
    ("You'll support a young man with autism who loves swimming.", "Support Worker", "bias"),
    ("We are seeking a Chair to lead our board of trustees.", "Chair of Trustees", "gendered_term"),
    ("You'll support our firefighters and control room staff.", "Fire Service Administrator", "gendered_term"),
    ("Handyperson required for our sheltered housing schemes.", "Handyperson", "gendered_term"),
]


@pytest.mark.parametrize(("text", "title", "category"), ROUND13_FLAGGED)
def test_round13_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND13_QUIET)
def test_round13_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
