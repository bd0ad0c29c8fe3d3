"""Paraphrase round 14: fresh advert snippets written before they were run, laid out the way UK employers lay
adverts out (a heading such as "About you", "Person specification" or "Essential criteria" followed by bullets
or a short paragraph, long run-on sentences, "nice to have"/"desirable" asks that are really requirements),
where one item or phrase is the problem and the rest is ordinary. FLAGGED rows must give their category; QUIET
rows are lawful neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from ..known_misses import with_known_misses
from .test_wording import categories, quiet

ROUND14_FLAGGED = [
    # age
    (
        "About you\n- Friendly and reliable\n- A recent graduate looking for your first step into marketing\n"
        "- Comfortable with spreadsheets",
        "Marketing Assistant",
        "age",
    ),
    (
        "The ideal candidate\nYou'll be a digital native who picks up new systems quickly and keeps a tidy inbox.",
        "Office Administrator",
        "age",
    ),
    (
        "What we're looking for\n- A positive attitude\n- Youthful energy to keep up with a busy shop floor\n"
        "- Weekend availability",
        "Retail Assistant",
        "age",
    ),
    (
        "Is this you?\nYou're at the start of your working life, aged between 18 and 25, and keen to learn a trade.",
        "Trainee Plumber",
        "age",
    ),
    (
        "Person specification\n- Good organisational skills\n- No more than 10 years' post-qualification "
        "experience\n- Strong drafting",
        "Commercial Property Solicitor",
        "age",
    ),
    (
        "Who we are\nWe're a vibrant, young agency in Shoreditch, and if you like to work hard and play hard "
        "you'll fit right in.",
        "Account Executive",
        "age",
    ),
    (
        "Desirable\n- Experience of Canva\n- Under 30, so you fit in with the rest of the studio",
        "Junior Designer",
        "age",
    ),
    (
        "About you\n- Confident on the phone\n- Fresh-faced and full of ideas\n- Happy to travel to client sites",
        "Sales Executive",
        "age",
    ),
    (
        "You'll need\n- Basic maths and English\n- To be a school leaver or in your first job",
        "Warehouse Assistant",
        "age",
    ),
    (
        "Who we are\nWe're a team of twenty-somethings who love what we do, and we're looking for someone to join "
        "the gang.",
        "Graphic Designer",
        "age",
    ),
    (
        "Essential criteria\n- A maximum of 3 years' payroll experience\n- Attention to detail\n- Sage Payroll",
        "Payroll Officer",
        "age",
    ),
    (
        "This role would suit a semi-retired person looking to keep busy a couple of mornings a week.",
        "Receptionist",
        "age",
    ),
    (
        "We're looking for someone to join our front-of-house team who, being in their twenties or early thirties, "
        "will relate to our customers and bring fresh ideas to the bar.",
        "Bar Supervisor",
        "age",
    ),
    (
        "About you\n- Excellent customer service\n- High energy with a millennial mindset\n- Smart presentation",
        "Barista",
        "age",
    ),
    (
        "Nice to have\n- A young, dynamic outlook\n- Experience of event ticketing systems",
        "Events Coordinator",
        "age",
    ),
    # disability (incl. a driving licence the job doesn't use)
    (
        "You'll need\n- Good communication skills\n- A full, clean UK driving licence\n- Proficiency in Microsoft "
        "Office",
        "Data Entry Clerk",
        "disability",
    ),
    (
        "Essential criteria\n- Must be physically fit and able-bodied\n- Good keyboard skills\n- Experience of "
        "purchase ledger",
        "Finance Administrator",
        "disability",
    ),
    (
        "What we're looking for\n- Excellent eyesight and hearing\n- Comfortable with spreadsheets",
        "Bookkeeper",
        "disability",
    ),
    (
        "Desirable\n- Own car and a driving licence, as you'll be expected to pop to the bank and post office",
        "Office Manager",
        "disability",
    ),
    (
        "The ideal candidate will be in good health, with no history of mental illness.",
        "Customer Service Advisor",
        "disability",
    ),
    (
        "Essential\n- Excellent attendance, with no more than three sick days in the last two years\n"
        "- Payroll experience",
        "Payroll Clerk",
        "disability",
    ),
    (
        "About you\n- A friendly manner\n- Good hearing, without the need for hearing aids\n- Switchboard "
        "experience",
        "Receptionist",
        "disability",
    ),
    (
        "Essential criteria\n- Strong IT skills\n- Must be able to drive\n- Experience of minute-taking",
        "Committee Clerk",
        "disability",
    ),
    (
        "Person specification\n- Of sound mind and body\n- Employment law knowledge",
        "HR Adviser",
        "disability",
    ),
    (
        "Nice to have: a driving licence and your own vehicle (we'll expect you to use it when needed).",
        "Software Tester",
        "disability",
    ),
    (
        "You'll need to be fully mobile and able to get between our two offices, which are on the same street.",
        "Paralegal",
        "disability",
    ),
    (
        "The successful candidate must not have any condition that would require adjustments to the workplace.",
        "Accounts Assistant",
        "disability",
    ),
    (
        "The ideal candidate\nA fit and healthy individual who enjoys working in a fast-paced office.",
        "Sales Administrator",
        "disability",
    ),
    (
        "We're looking for a calm, organised person to manage our diaries and inbox who, since this is a busy "
        "office, must have no mental health conditions and must never need time off for appointments.",
        "Executive Assistant",
        "disability",
    ),
    # race / nationality
    (
        "You'll need\n- To be a native English speaker\n- A good eye for detail",
        "Content Editor",
        "race_nationality",
    ),
    (
        "Essential criteria\n- British citizen\n- Experience of Sage 50",
        "Accounts Assistant",
        "race_nationality",
    ),
    (
        "About you\n- Mother tongue English\n- Enjoy working as part of a team",
        "Copywriter",
        "race_nationality",
    ),
    (
        "What we're looking for\n- Reliable\n- Able to work nights\n- Must hold a British passport",
        "Warehouse Operative",
        "race_nationality",
    ),
    (
        "We'd like candidates from a British background who understand our local customers.",
        "Estate Agent",
        "race_nationality",
    ),
    (
        "Desirable\n- English as a first language\n- Experience of a CRM system",
        "Customer Service Advisor",
        "race_nationality",
    ),
    (
        "Is this you?\nYou were born and raised in the UK and have a natural feel for British culture.",
        "Marketing Executive",
        "race_nationality",
    ),
    (
        "Please note we only accept applications from UK nationals.",
        "Care Assistant",
        "race_nationality",
    ),
    (
        "Person specification\n- Excellent customer care\n- Unaccented English\n- Flexible about hours",
        "Call Handler",
        "race_nationality",
    ),
    (
        "Ideally you'll be a native speaker of English, although we will consider others in exceptional cases.",
        "Proofreader",
        "race_nationality",
    ),
    (
        "Essential criteria\n- UK-born applicants only\n- IT literate",
        "Admin Assistant",
        "race_nationality",
    ),
    (
        "Western European applicants preferred.",
        "Sous Chef",
        "race_nationality",
    ),
    (
        "We are a family-run business that has served the village for over 40 years and are looking for a "
        "friendly local person, ideally of English descent, to help out in the shop.",
        "Shop Assistant",
        "race_nationality",
    ),
    (
        "About you\n- Persuasive on the phone\n- A British accent\n- Target-driven",
        "Telesales Executive",
        "race_nationality",
    ),
    # socioeconomic
    (
        "About you\n- Educated at a Russell Group university\n- Strong analytical skills",
        "Graduate Analyst",
        "socioeconomic",
    ),
    (
        "Desirable\n- Privately educated\n- Good with spreadsheets",
        "Investment Analyst",
        "socioeconomic",
    ),
    (
        "The ideal candidate will come from a good family background and have the right connections in the City.",
        "Trainee Broker",
        "socioeconomic",
    ),
    (
        "You'll need\n- An Oxbridge degree\n- Excellent writing skills",
        "Research Assistant",
        "socioeconomic",
    ),
    (
        "You will need to be able to support yourself through an unpaid three-month trial period.",
        "Junior Designer",
        "socioeconomic",
    ),
    (
        "Is this you?\nYou went to a top public school, you're at ease at black-tie dinners and you sail or ski.",
        "Client Relations Executive",
        "socioeconomic",
    ),
    (
        "What we're looking for\n- Good timekeeping\n- A permanent address (no hostels or temporary "
        "accommodation)",
        "Warehouse Operative",
        "socioeconomic",
    ),
    (
        "Essential\n- A good credit history\n- Food hygiene certificate",
        "Kitchen Assistant",
        "socioeconomic",
    ),
    (
        "Essential criteria\n- No CCJs or history of bankruptcy\n- Reliable",
        "Cleaner",
        "socioeconomic",
    ),
    (
        "We prefer candidates from a professional family background.",
        "Trainee Accountant",
        "socioeconomic",
    ),
    (
        "Please note that we do not accept applications from people currently claiming benefits.",
        "Retail Assistant",
        "socioeconomic",
    ),
    (
        "Nice to have\n- A gap year spent travelling abroad\n- Experience of PowerPoint",
        "Graduate Trainee",
        "socioeconomic",
    ),
    (
        "Person specification\n- Grammar or independent school education\n- Excellent written English",
        "Paralegal",
        "socioeconomic",
    ),
    (
        "We're looking for an assistant for our Mayfair gallery who, since you'll be meeting our collectors, "
        "should come from the right social background and be well connected.",
        "Gallery Assistant",
        "socioeconomic",
    ),
    # exclusionary jargon
    (
        "About you\n- A coding ninja\n- Comfortable with Git and pull requests",
        "Software Developer",
        "exclusionary_jargon",
    ),
    (
        "What we're looking for\n- A sales rockstar who loves to close\n- Full training given",
        "Sales Executive",
        "exclusionary_jargon",
    ),
    (
        "The ideal candidate will be a great culture fit for our close-knit team.",
        "Office Coordinator",
        "exclusionary_jargon",
    ),
    (
        "Who we are\nWe work hard and play hard, with beers on a Friday and regular nights out.",
        "Recruitment Consultant",
        "exclusionary_jargon",
    ),
    (
        "Is this you?\nYou're an Excel wizard and a bit of a spreadsheet guru.",
        "Finance Assistant",
        "exclusionary_jargon",
    ),
    (
        "About you\n- Thick-skinned and comfortable with office banter\n- Good on the phone",
        "Trainee Estate Agent",
        "exclusionary_jargon",
    ),
    (
        "You'll be a growth-hacking unicorn who lives and breathes KPIs.",
        "Marketing Manager",
        "exclusionary_jargon",
    ),
    (
        "We're looking for a superstar barista to join our crew.",
        "Barista",
        "exclusionary_jargon",
    ),
    (
        "Essential criteria\n- A 10x engineer mindset\n- Strong Python",
        "Backend Engineer",
        "exclusionary_jargon",
    ),
    (
        "You'll eat, sleep and breathe recruitment.",
        "Recruitment Consultant",
        "exclusionary_jargon",
    ),
    (
        "The ideal candidate\nHustle is in your DNA and you're hungry for the next deal.",
        "Business Development Executive",
        "exclusionary_jargon",
    ),
    (
        "What we're looking for\n- A digital marketing jedi\n- Google Ads experience",
        "Digital Marketing Executive",
        "exclusionary_jargon",
    ),
    (
        "Our engineering team, which ships code several times a day and is proud of its startup roots, is looking "
        "for a full-stack ninja to join the squad.",
        "Full Stack Developer",
        "exclusionary_jargon",
    ),
    (
        "Who we are\nA close-knit, work-hard-play-hard team where the drinks trolley comes out every Friday.",
        "Account Manager",
        "exclusionary_jargon",
    ),
    # gendered terms
    (
        "What we're looking for\n- A reliable handyman\n- Basic plumbing and carpentry",
        "Maintenance Operative",
        "gendered_term",
    ),
    (
        "About you\n- A friendly salesgirl for our boutique\n- Weekend availability",
        "Sales Assistant",
        "gendered_term",
    ),
    (
        "The ideal candidate\nHe will have experience of managing a small team in a warehouse.",
        "Warehouse Supervisor",
        "gendered_term",
    ),
    (
        "Is this you?\nA dependable foreman with experience on residential sites.",
        "Site Supervisor",
        "gendered_term",
    ),
    (
        "Who we are\nWe're a busy salon looking for a receptionist; she will be the first face our clients see.",
        "Salon Receptionist",
        "gendered_term",
    ),
    (
        "Desirable\n- Experience as chairman of a committee",
        "Governance Officer",
        "gendered_term",
    ),
    (
        "Join our friendly team of waitresses at our riverside restaurant.",
        "Waiting Staff",
        "gendered_term",
    ),
    (
        "Essential criteria\n- Previous experience as a storeman\n- Forklift licence",
        "Stores Operative",
        "gendered_term",
    ),
    (
        "We need a girl Friday to keep the office running smoothly.",
        "Office Assistant",
        "gendered_term",
    ),
    (
        "Desirable\n- Experience as a dustman or refuse loader",
        "Refuse Operative",
        "gendered_term",
    ),
    (
        "We're looking for a reliable individual to join our busy depot, where he will be responsible for loading "
        "vans and checking stock against delivery notes.",
        "Warehouse Operative",
        "gendered_term",
    ),
    (
        "Calling all cameramen! We're hiring for a busy season of live events.",
        "Camera Operator",
        "gendered_term",
    ),
    (
        "You'll need\n- Bar experience\n- To be a cheerful barmaid who can handle a busy Saturday",
        "Bar Staff",
        "gendered_term",
    ),
    (
        "About you\n- A good eye for detail\n- Experience as a draughtsman on commercial projects",
        "CAD Technician",
        "gendered_term",
    ),
    # unnecessary requirements
    (
        "You'll need\n- A degree in any subject\n- A friendly manner\n- Weekend availability",
        "Shop Assistant",
        "unnecessary_requirement",
    ),
    (
        "Essential criteria\n- At least 7 years' experience in hospitality\n- Good timekeeping",
        "Kitchen Porter",
        "unnecessary_requirement",
    ),
    (
        "Nice to have\n- A degree (in practice, everyone we shortlist holds one)",
        "Receptionist",
        "unnecessary_requirement",
    ),
    (
        "Person specification\n- AAT Level 4\n- A polite telephone manner",
        "Reception Assistant",
        "unnecessary_requirement",
    ),
    (
        "Essential\n- An MBA\n- Good diary management",
        "Team Administrator",
        "unnecessary_requirement",
    ),
    (
        "What we're looking for\n- 5+ years' warehouse experience\n- Able to work to pick rates",
        "Picker Packer",
        "unnecessary_requirement",
    ),
    (
        "Membership of the Chartered Institute of Marketing is essential.",
        "Marketing Assistant",
        "unnecessary_requirement",
    ),
    (
        "Essential criteria\n- A-levels at grades AAB or above\n- Able to lift up to 20kg",
        "Warehouse Operative",
        "unnecessary_requirement",
    ),
    (
        "You'll need\n- A first-class honours degree\n- Accurate typing",
        "Data Entry Clerk",
        "unnecessary_requirement",
    ),
    (
        "About you\n- Friendly and welcoming\n- Holder of a counterbalance forklift licence",
        "Receptionist",
        "unnecessary_requirement",
    ),
    (
        "The post-holder, who will be greeting visitors, answering the phone and booking meeting rooms, must also "
        "hold a Level 6 qualification in Leadership and Management.",
        "Receptionist",
        "unnecessary_requirement",
    ),
    (
        "Essential\n- A minimum of 10 years' experience of dog walking",
        "Dog Walker",
        "unnecessary_requirement",
    ),
    (
        "Desirable (we will only shortlist applicants who have this): a PhD in a relevant science",
        "Laboratory Assistant",
        "unnecessary_requirement",
    ),
    (
        "Essential criteria\n- Six Sigma Black Belt\n- Able to stand for long periods",
        "Packing Operative",
        "unnecessary_requirement",
    ),
    (
        "You'll need\n- A CSCS card\n- Own cleaning equipment not required",
        "Office Cleaner",
        "unnecessary_requirement",
    ),
    # gender-coded trait words (Gaucher et al. 2011)
    (
        "About you\n- Aggressive, competitive and driven to win\n- Good IT skills",
        "Sales Executive",
        "gender_masculine",
    ),
    (
        "The ideal candidate is assertive, decisive and self-reliant.",
        "Project Manager",
        "gender_masculine",
    ),
    (
        "Is this you?\nYou're fearless, dominant in negotiations and you thrive on competition.",
        "Buyer",
        "gender_masculine",
    ),
    (
        "What we're looking for\n- A headstrong, ambitious leader\n- Experience of P&L",
        "Operations Manager",
        "gender_masculine",
    ),
    (
        "Desirable\n- A forceful, dominant personality",
        "Debt Recovery Officer",
        "gender_masculine",
    ),
    (
        "About you\n- Warm, nurturing and gentle\n- Available some Saturdays",
        "Nursery Practitioner",
        "gender_feminine",
    ),
    (
        "The ideal candidate is compassionate, sympathetic and supportive.",
        "HR Assistant",
        "gender_feminine",
    ),
    (
        "You'll be sensitive, understanding and a loyal member of our team.",
        "Office Assistant",
        "gender_feminine",
    ),
    (
        "Is this you?\nYou're affectionate, cheerful and you love nurturing the people around you.",
        "Receptionist",
        "gender_feminine",
    ),
]

ROUND14_QUIET = [
    (
        "Essential criteria\n- Full UK driving licence (this role involves daily deliveries)\n- Good customer "
        "service",
        "Delivery Driver",
        "disability",
    ),
    (
        "You'll need\n- Fluent English, spoken and written\n- Experience of Xero",
        "Bookkeeper",
        "race_nationality",
    ),
    (
        "Person specification\n- Qualified Teacher Status (QTS)\n- Experience of teaching at Key Stage 2",
        "Primary Teacher",
        "unnecessary_requirement",
    ),
    (
        "About you\n- Registered with the NMC\n- Experience in acute care",
        "Staff Nurse",
        "unnecessary_requirement",
    ),
    (
        "This post is open to women only under Schedule 9 of the Equality Act 2010, as it involves intimate "
        "personal care of female service users.",
        "Support Worker",
        "bias",
    ),
    (
        "We particularly welcome applications from Black, Asian and minority ethnic candidates, who are "
        "under-represented in our workforce. All appointments are made on merit.",
        "Policy Officer",
        "race_nationality",
    ),
    (
        "You don't need a degree — we value experience just as much.",
        "Admin Assistant",
        "unnecessary_requirement",
    ),
    (
        "Our service users are older people living with dementia, and you'll help them stay independent at home.",
        "Care Assistant",
        "age",
    ),
    (
        "Applicants must have the right to work in the UK. We are unable to offer visa sponsorship for this role.",
        "Warehouse Operative",
        "race_nationality",
    ),
    (
        "Essential criteria\n- Degree in accounting or equivalent experience\n- Working knowledge of Sage",
        "Management Accountant",
        "unnecessary_requirement",
    ),
    (
        "You'll need\n- A valid Category C+E licence\n- Driver CPC\n- Digital tachograph card",
        "HGV Driver",
        "disability",
    ),
    (
        "What we're looking for\n- Good Excel skills\n- Attention to detail\n- A friendly, professional manner",
        "Accounts Assistant",
        "bias",
    ),
    (
        "Is this you?\nYou enjoy solving problems, you're well organised and you like working with people.",
        "Team Administrator",
        "bias",
    ),
    (
        "We're a Disability Confident employer and will offer an interview to disabled applicants who meet the "
        "essential criteria.",
        "Finance Officer",
        "disability",
    ),
    (
        "Reasonable adjustments are available at every stage of the recruitment process, so just let us know "
        "what you need.",
        "Finance Officer",
        "disability",
    ),
    (
        "The role involves regular lifting of parcels up to 25kg, and manual handling training is provided.",
        "Warehouse Operative",
        "disability",
    ),
    (
        "Due to the nature of the role, an enhanced DBS check will be required.",
        "Teaching Assistant",
        "bias",
    ),
    (
        "Essential criteria\n- Gas Safe registered\n- Experience of boiler servicing and repair",
        "Gas Engineer",
        "unnecessary_requirement",
    ),
    (
        "You'll need\n- A CSCS card\n- Experience of groundworks and drainage",
        "Groundworker",
        "unnecessary_requirement",
    ),
    (
        "Who we are\nWe're a youth charity working with young people aged 11 to 18 across Leeds.",
        "Youth Worker",
        "age",
    ),
    (
        "Applicants must be aged 18 or over because of the licensing laws on serving alcohol.",
        "Bar Staff",
        "age",
    ),
    (
        "No experience is necessary, as full training will be given.",
        "Kitchen Porter",
        "unnecessary_requirement",
    ),
    (
        "Essential\n- Spoken Punjabi, as you'll be supporting Punjabi-speaking families\n- Good record keeping",
        "Family Support Worker",
        "race_nationality",
    ),
    (
        "We are committed to equality of opportunity and welcome applications from all sections of the "
        "community.",
        "Housing Officer",
        "bias",
    ),
    (
        "The ideal candidate\nYou'll hold CIPD Level 5, or be working towards it.",
        "HR Advisor",
        "unnecessary_requirement",
    ),
    (
        "Person specification\n- ACCA or CIMA qualified\n- Experience of year-end close",
        "Finance Manager",
        "unnecessary_requirement",
    ),
    (
        "We offer a salary sacrifice pension, free parking and a cycle-to-work scheme.",
        "Planning Officer",
        "bias",
    ),
    (
        "You'll clerk meetings of the board and support the Chair with agendas and papers.",
        "Governance Officer",
        "gendered_term",
    ),
    (
        "About you\n- Experience of supporting children with special educational needs and disabilities (SEND)\n"
        "- Patience and good humour",
        "SEN Teaching Assistant",
        "disability",
    ),
    (
        "Essential criteria\n- Registration with Social Work England\n- Knowledge of the Care Act 2014",
        "Social Worker",
        "unnecessary_requirement",
    ),
    (
        "Is this you?\nYou're curious, organised and enjoy learning new systems.",
        "Data Officer",
        "bias",
    ),
    (
        "You'll need\n- A counterbalance forklift licence\n- Experience of loading bays",
        "Forklift Driver",
        "unnecessary_requirement",
    ),
    (
        "We welcome applications from people of all ages, including returners and career changers.",
        "Customer Service Advisor",
        "age",
    ),
    (
        "Our apprenticeship is open to applicants of any age, and you don't need any previous qualifications.",
        "Apprentice Electrician",
        "age",
    ),
    (
        "The job involves driving the home's minibus to take residents on day trips, so a D1 licence is essential.",
        "Activities Coordinator",
        "disability",
    ),
    (
        "You'll join a team of twelve in our Bristol office, working with landlords, tenants and contractors to "
        "keep our properties safe, which means being comfortable on the phone and on email.",
        "Lettings Administrator",
        "bias",
    ),
    (
        "What we're looking for\n- Food Hygiene Level 2 (or willing to get it)\n- A team player",
        "Catering Assistant",
        "unnecessary_requirement",
    ),
    (
        "About you\n- Excellent written and spoken English\n- Able to work to deadlines",
        "Communications Officer",
        "race_nationality",
    ),
    (
        "Welsh language skills are essential for this post, which serves a mainly Welsh-speaking community.",
        "Library Assistant",
        "race_nationality",
    ),
    (
        "Our customers are mostly young families, so you'll be comfortable with buggies and toddlers in the shop.",
        "Retail Assistant",
        "age",
    ),
    (
        "You'll need\n- Level 3 Diploma in Early Years\n- Paediatric first aid",
        "Nursery Practitioner",
        "unnecessary_requirement",
    ),
    (
        "We're happy to talk about flexible working, including part-time hours and job shares.",
        "Planning Officer",
        "bias",
    ),
    (
        "Person specification\n- Able to work some evenings and weekends\n- Basic IT skills",
        "Leisure Assistant",
        "bias",
    ),
    (
        "The ideal candidate will have experience of managing a budget of £2m or more.",
        "Finance Manager",
        "unnecessary_requirement",
    ),
    (
        "Who we are\nWe run an open day for women considering a career in engineering, as part of our positive "
        "action programme.",
        "Engineering Apprentice",
        "gendered_term",
    ),
]


# Still missed after the round, kept visible (strict: a fix makes them fail until moved back): a requirement
# hidden under a "Nice to have" or "Desirable" heading is not read as one.
KNOWN_MISSES = {
    "Nice to have\n- A degree (in practice, everyone we shortlist holds one)",
    "Desirable (we will only shortlist applicants who have this): a PhD in a relevant science",
}
FLAGGED_ROWS = with_known_misses(
    ROUND14_FLAGGED, lambda row: "a requirement under a 'desirable' heading" if row[0] in KNOWN_MISSES else None
)


@pytest.mark.parametrize(("text", "title", "category"), FLAGGED_ROWS)
def test_round14_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND14_QUIET)
def test_round14_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
