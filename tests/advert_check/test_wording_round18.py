"""Paraphrase round 18: fresh advert snippets written before they were run (as UK councils, NHS trusts, charities,
retailers, hospitality and trades firms write them), aimed at gender-coded trait words set against the same words
used of the work or the organisation, with new age, disability, race_nationality and socioeconomic wordings; not
taken from the benchmark adverts or earlier tests.
FLAGGED rows must give their category; QUIET rows are lawful neighbours that must not ("bias" means none of the
bias categories; for gender_masculine and gender_feminine rows the category checked is that gender category)."""

import pytest

from ..known_misses import reason_starting, with_known_misses
from .test_wording import categories, quiet

UR = "unnecessary_requirement"
SE = "socioeconomic"

ROUND18_FLAGGED = [
    # gender_masculine: trait words describing the person wanted or the team culture, in varied frames
    (
        "The ideal candidate is ruthless about deadlines and unapologetic about chasing them.",
        "Project Coordinator",
        "gender_masculine",
    ),
    ("You're a competitive type who hates coming second.", "Sales Executive", "gender_masculine"),
    ("About you:\n- Assertive\n- Decisive\n- Thrives under pressure", "Team Leader", "gender_masculine"),
    ("Our dominant, win-first culture isn't for everyone.", None, "gender_masculine"),
    ("We need a headstrong individual who won't be talked out of a decision.", "Site Manager", "gender_masculine"),
    (
        "You'll be fearless in front of a room full of senior stakeholders.",
        "Learning and Development Officer",
        "gender_masculine",
    ),
    (
        "The successful applicant will be logical, objective and unemotional in their approach.",
        "Claims Handler",
        "gender_masculine",
    ),
    (
        "You're persistent to the point of stubbornness – a 'no' is just the start.",
        "Business Development Executive",
        "gender_masculine",
    ),
    ("We want someone opinionated who'll argue their corner in every meeting.", "Policy Officer", "gender_masculine"),
    (
        "You'll be fiercely independent and self-reliant, needing little or no support.",
        "Area Manager",
        "gender_masculine",
    ),
    ("Our culture is competitive and driven; only the strongest performers stay.", None, "gender_masculine"),
    (
        "Ideal candidates are self-reliant lone operators who prefer to work things out alone.",
        "Field Engineer",
        "gender_masculine",
    ),
    ("You'll be a decisive, commanding presence on the shop floor.", "Store Manager", "gender_masculine"),
    (
        "About you:\n• Competitive by nature\n• Confident and outspoken\n• Happy to challenge anyone",
        "Estate Agent",
        "gender_masculine",
    ),
    ("We're looking for an assertive go-getter who takes charge from day one.", "Office Manager", "gender_masculine"),
    ("You'll be an objective, analytical thinker who leaves feelings at the door.", "Data Analyst", "gender_masculine"),
    ("Are you a fearless, risk-taking individual who loves a challenge?", "Trader", "gender_masculine"),
    ("Our team culture is ruthless and results-obsessed – we don't carry passengers.", None, "gender_masculine"),
    ("You're the dominant personality in any room, and you like it that way.", "Sales Manager", "gender_masculine"),
    (
        "The ideal candidate will be strong-willed, independent and unafraid of conflict.",
        "Contracts Manager",
        "gender_masculine",
    ),
    ("We want a logical, decisive problem-solver who never second-guesses a call.", "Duty Manager", "gender_masculine"),
    ("You're an opinionated, headstrong character who'll push back hard.", "Creative Lead", "gender_masculine"),
    (
        "Person specification: highly competitive, assertive and determined to outperform colleagues.",
        "Recruitment Consultant",
        "gender_masculine",
    ),
    (
        "We're after a persistent hunter who chases every lead until it's closed.",
        "Sales Representative",
        "gender_masculine",
    ),
    (
        "Our founders built a fearless, dominant brand and want people cut from the same cloth.",
        None,
        "gender_masculine",
    ),
    # gender_feminine: trait words describing the person wanted
    (
        "The ideal candidate is nurturing by nature and loves looking after people.",
        "Nursery Practitioner",
        "gender_feminine",
    ),
    ("You're warm and gentle, the kind of person who puts everyone at ease.", "Receptionist", "gender_feminine"),
    (
        "About you:\n- Sympathetic\n- Sensitive to others' feelings\n- A good listener",
        "Customer Service Adviser",
        "gender_feminine",
    ),
    ("We want someone affectionate and motherly with the little ones.", "Nursery Assistant", "gender_feminine"),
    ("You'll be a caring, supportive presence for our busy team of partners.", "Legal Secretary", "gender_feminine"),
    ("Our ideal receptionist is sweet-natured, gentle and softly spoken.", "Dental Receptionist", "gender_feminine"),
    (
        "You're a tender-hearted, sympathetic listener who takes others' worries home with you.",
        "Helpline Adviser",
        "gender_feminine",
    ),
    ("The successful applicant will be warm, nurturing and endlessly patient.", "Care Assistant", "gender_feminine"),
    ("We're looking for a supportive, caring person to mother our young team.", "Office Manager", "gender_feminine"),
    ("You'll be an affectionate, warm-hearted individual who loves a cuddle.", "Kennel Assistant", "gender_feminine"),
    ("Person specification: gentle, sympathetic and understanding in manner.", "Ward Clerk", "gender_feminine"),
    ("You're a naturally caring type who always puts others before yourself.", "Support Worker", "gender_feminine"),
    ("We need a sensitive, soft-hearted person who never raises their voice.", "Admin Assistant", "gender_feminine"),
    ("The ideal PA is supportive, loyal and nurturing towards their manager.", "Personal Assistant", "gender_feminine"),
    (
        "About you: warm, kind, compassionate and gentle with everyone you meet.",
        "Activities Coordinator",
        "gender_feminine",
    ),
    ("You'll have a sympathetic, tender manner with customers.", "Florist", "gender_feminine"),
    (
        "Our salon wants a sensitive, affectionate stylist who makes clients feel cherished.",
        "Hairdresser",
        "gender_feminine",
    ),
    (
        "You're a warm, nurturing presence who keeps the office feeling like a family.",
        "Office Administrator",
        "gender_feminine",
    ),
    ("We're after someone gentle and supportive, never pushy.", "Sales Assistant", "gender_feminine"),
    (
        "The post suits a caring, sensitive personality who is happiest in the background.",
        "Team Administrator",
        "gender_feminine",
    ),
    # age: indirect signals in new wordings (career runway, birth dates, photos, generations, pensions)
    ("You'll be at the beginning of your working life, with plenty of years ahead of you.", "Trainee Planner", "age"),
    ("Ideally you grew up with a smartphone in your hand.", "Social Media Assistant", "age"),
    ("The role would best suit someone in their first decade of work.", "Account Manager", "age"),
    ("You'll have completed your A levels this summer or last.", "Office Trainee", "age"),
    ("We're a team of under-35s and we'd like to keep the average age down.", None, "age"),
    ("Perfect for a gap-year student or someone who's just left sixth form.", "Shop Assistant", "age"),
    ("Ideally aged between 18 and 24.", "Leisure Attendant", "age"),
    ("You'll have the energy and looks of youth.", "Promotional Staff", "age"),
    ("A fresh-faced recruit who can grow with us for decades.", "Junior Buyer", "age"),
    (
        "We find older workers struggle with our systems, so this suits a younger applicant.",
        "IT Helpdesk Analyst",
        "age",
    ),
    ("Candidates over 50 are unlikely to be successful.", "Delivery Driver", "age"),
    ("We want someone junior in age as well as in title.", "Junior Administrator", "age"),
    ("Maximum five years in the workforce.", "Analyst", "age"),
    ("Applicants must have a date of birth after 1 January 2000.", None, "age"),
    (
        "Our retail team are students and recent school leavers, and we're looking for more of the same.",
        "Sales Floor Assistant",
        "age",
    ),
    ("Zoomers preferred.", "Content Assistant", "age"),
    ("Please include your age and a recent photograph with your application.", "Receptionist", "age"),
    ("We're after someone with a long career still in front of them.", "Trainee Surveyor", "age"),
    ("Sorry, the role isn't suitable for pensioners.", "Warehouse Picker", "age"),
    ("We'd like someone who won't be thinking about retirement for at least twenty years.", "Finance Officer", "age"),
    ("This is a great role for a teenager looking for pocket money.", "Car Wash Attendant", "age"),
    ("We need a bright, up-and-coming youngster with lots of get-up-and-go.", "Junior Sales Executive", "age"),
    ("You'll need to be of an age that fits our student-focused brand.", "Bar Staff", "age"),
    ("Previous applicants over 40 have found the pace too much.", "Courier", "age"),
    ("We're refreshing the team with younger talent.", None, "age"),
    # disability: health, senses, medication, adjustments refused and licences the titled job does not use
    (
        "You must type at 60 wpm on a standard keyboard and mouse, with no assistive software.",
        "Admin Assistant",
        "disability",
    ),
    ("Applicants must be in excellent physical condition.", "Bookkeeper", "disability"),
    ("No allowance can be made for extra breaks for medical reasons.", "Call Centre Agent", "disability"),
    ("You will need a full manual driving licence.", "Web Developer", "disability"),
    ("Please confirm you have never been treated for a mental illness.", "Admin Officer", "disability"),
    ("Candidates must have perfect colour vision.", "Copy Editor", "disability"),
    ("You'll need excellent hearing to follow fast-moving Teams calls.", "Project Support Officer", "disability"),
    ("Applicants with epilepsy or diabetes need not apply.", "Office Junior", "disability"),
    ("You must be physically robust enough to manage a heavy workload.", "Policy Officer", "disability"),
    ("You must be able to speak fluently without stammering.", "Receptionist", "disability"),
    ("Must be able to kneel, bend and crouch repeatedly.", "Accounts Assistant", "disability"),
    (
        "We do not accept applications from anyone currently signed off with a fit note.",
        "Clerical Officer",
        "disability",
    ),
    ("Neurotypical candidates will fit best in our fast-paced team.", "Marketing Executive", "disability"),
    (
        "Dyslexic applicants may struggle with the written tests, so this role is not recommended for them.",
        "Admin Officer",
        "disability",
    ),
    (
        "You'll have a clean health record with no hospital admissions in five years.",
        "Finance Administrator",
        "disability",
    ),
    ("Candidates must have two good hands for typing.", "Data Clerk", "disability"),
    ("Full licence and own transport required.", "Remote Bookkeeper", "disability"),
    (
        "You'll need to pass a full medical, including hearing and eyesight tests, before starting.",
        "Marketing Assistant",
        "disability",
    ),
    ("You must not take any regular medication.", "Receptionist", "disability"),
    ("We're not able to accommodate guide dogs in the office.", "Admin Assistant", "disability"),
    ("You'll be mentally tough, with no history of burnout or breakdown.", "Social Media Manager", "disability"),
    (
        "The interview includes a timed written test; no extra time will be given for any reason.",
        "Administrator",
        "disability",
    ),
    ("Good hearing is essential for answering the occasional phone call.", "Bookkeeper", "disability"),
    ("You'll need normal mobility and good balance.", "IT Trainer", "disability"),
    ("Applicants must be free of any back problems.", "Office Assistant", "disability"),
    # race_nationality: birthplace, names, ancestry, accent, status, stereotypes and preferred nationalities
    ("Place of birth: UK only.", "Hotel Porter", "race_nationality"),
    ("English should be your first and only language.", "Cafe Manager", "race_nationality"),
    ("We'd prefer someone whose parents were both born in Britain.", "Office Administrator", "race_nationality"),
    (
        "Candidates must have a typically British name for our client-facing team.",
        "Sales Consultant",
        "race_nationality",
    ),
    (
        "Applicants with a strong foreign accent will not progress past the phone screen.",
        "Helpdesk Analyst",
        "race_nationality",
    ),
    ("You'll be a fellow Scot, born and bred.", "Store Supervisor", "race_nationality"),
    ("Only applicants who have held a UK passport since birth will be considered.", "Receptionist", "race_nationality"),
    (
        "Qualifications gained in India or Pakistan are not recognised for this role.",
        "Staff Accountant",
        "race_nationality",
    ),
    ("We want staff who look British to match our traditional tearoom.", "Tearoom Assistant", "race_nationality"),
    ("Indian, African and Eastern European applicants please do not apply.", "Delivery Driver", "race_nationality"),
    ("You must be a UK national – EU settled status is not enough.", "Warehouse Operative", "race_nationality"),
    (
        "You'll be a home-grown candidate who understands how things work round here.",
        "Sales Executive",
        "race_nationality",
    ),
    (
        "Candidates must write English like a native, with no grammatical quirks from another language.",
        "Content Writer",
        "race_nationality",
    ),
    (
        "UK GCSEs are required; we can't accept the Irish Leaving Cert or any overseas equivalent.",
        "Retail Assistant",
        "race_nationality",
    ),
    (
        "Please state your ethnic origin on your CV so we can match you with suitable clients.",
        "Care Worker",
        "race_nationality",
    ),
    ("Our customers expect a white face on reception.", "Receptionist", "race_nationality"),
    (
        "Foreign nationals, including those with a valid visa, will not be considered.",
        "Administrator",
        "race_nationality",
    ),
    ("You'll need at least five generations of family in Cornwall.", "Bakery Assistant", "race_nationality"),
    ("Must have English heritage and an English surname.", "Heritage Guide", "race_nationality"),
    ("Candidates with refugee status are not eligible.", "Kitchen Assistant", "race_nationality"),
    ("We're looking for someone of good British stock.", "Tour Guide", "race_nationality"),
    ("You'll have lived in the UK all your life.", "Customer Service Adviser", "race_nationality"),
    ("Applicants who have only recently arrived in the UK are unlikely to suit.", "Support Worker", "race_nationality"),
    ("Must have an indigenous British background.", "Community Engagement Officer", "race_nationality"),
    ("Our kitchen is Polish-run and we prefer Polish staff.", "Line Cook", "race_nationality"),
    ("Eastern European workers preferred – they work harder.", "Fruit Picker", "race_nationality"),
    # socioeconomic: unpaid time, fees, kit, housing tenure, debt, schooling, family ties, class codes
    ("The first month is voluntary; paid employment follows if you impress.", "Junior Stylist", SE),
    ("Applicants must make a personal investment of £5,000 to join the scheme.", "Sales Trainee", SE),
    ("Candidates must be homeowners with a mortgage in their own name.", "Field Agent", SE),
    (
        "You'll need the means to support yourself through our six-month unpaid trainee programme.",
        "Trainee Producer",
        SE,
    ),
    ("Please provide details of your parents' education and professions.", "Summer Analyst", SE),
    ("We recruit almost exclusively from Eton, Harrow and Westminster.", None, SE),
    (
        "You'll pay for client dinners on your own card and reclaim the cost about eight weeks later.",
        "Account Executive",
        SE,
    ),
    ("No applicants with county court judgments or any history of debt.", "Cleaner", SE),
    ("Applicants living in social housing will not be considered.", "Letting Negotiator", SE),
    ("Applicants must supply their own professional DSLR camera and lenses.", "Marketing Assistant", SE),
    ("Pay is commission only, with no basic wage.", "Door-to-door Fundraiser", SE),
    ("Work experience week: candidates cover their own travel, lunch and London accommodation.", "Intern", SE),
    ("The right candidate will have a cut-glass accent.", "Receptionist", SE),
    ("We prefer candidates who grew up somewhere nice, not on the rough side of town.", "Bank Clerk", SE),
    ("You'll be the kind of person who summers in the Cotswolds and skis at Easter.", "Client Relations Executive", SE),
    ("Applicants must pay £300 to attend the assessment day.", "Trainee Driver", SE),
    ("Grammar or public school education essential.", "Trainee Accountant", SE),
    ("We're after someone from a respectable background with nice manners – no chavs.", "Salon Receptionist", SE),
    ("Volunteer needed for 35 hours a week to run the shop floor; no pay.", "Shop Supervisor", SE),
    ("Preference will be given to children of current employees.", "Apprentice Engineer", SE),
    ("You'll need the funds to pay for your own flights to our Spanish office.", "Sales Trainee", SE),
    ("You must live within walking distance of our Kensington showroom.", "Showroom Assistant", SE),
    ("We pay in experience and exposure rather than money.", "Photographer's Assistant", SE),
    ("Must be a member of the Hurlingham or a similar club.", "Relationship Manager", SE),
    ("Your phone must be an iPhone 15 or later; we don't provide one.", "Delivery Rider", SE),
    # unnecessary requirements: qualifications and experience plainly beyond the titled job
    ("Fellowship of the Royal College of Surgeons is essential.", "Hospital Porter", UR),
    ("You'll hold a Level 7 Diploma in Accounting and Finance.", "Till Operator", UR),
    ("Chartered membership of the Royal Institute of British Architects is required.", "Painter and Decorator", UR),
    ("A doctorate in chemistry is essential.", "Cleaner", UR),
    ("Minimum of twelve years' management experience in FTSE 100 companies.", "Shop Floor Assistant", UR),
    ("You must be a qualified barrister, called to the Bar of England and Wales.", "Mail Clerk", UR),
    ("Applicants must have an MSc in Psychology.", "Car Wash Attendant", UR),
    ("Essential: Level 6 Diploma in Professional Cookery.", "Cafe Counter Assistant", UR),
    ("Requirements:\n- CIPS Level 6 Diploma\n- 10 years' procurement experience", "Stock Room Assistant", UR),
    ("A first degree plus a PGCE is essential.", "School Crossing Patrol Officer", UR),
    ("You'll be a registered architect with the ARB.", "Caretaker", UR),
    ("Must be a qualified chartered surveyor (MRICS).", "Window Cleaner", UR),
    ("Degree in Hospitality Management (2:1 minimum) essential.", "Glass Collector", UR),
    ("We require five years' experience as a software engineer.", "Receptionist", UR),
    ("Must hold a Level 4 Certificate in Advanced Food Safety and a degree in Nutrition.", "Kitchen Porter", UR),
    # exclusionary jargon: buzzwords and in-house shorthand in adverts for plain roles
    ("You'll be a growth-hacking ninja who can 10x our funnel.", "Office Assistant", "exclusionary_jargon"),
    (
        "Must be able to operationalise learnings and close the loop on actionables.",
        "Receptionist",
        "exclusionary_jargon",
    ),
    (
        "We need a rockstar who lives and breathes agile ceremonies and sprint velocity.",
        "Admin Coordinator",
        "exclusionary_jargon",
    ),
    (
        "You'll drill down into the KPIs, circle back with stakeholders and take any blockers offline.",
        "Team Assistant",
        "exclusionary_jargon",
    ),
    ("Comfortable with a matrixed, hybrid-first, OKR-driven operating rhythm.", "Receptionist", "exclusionary_jargon"),
    (
        "Expect to wear many hats, double-click on pain points and boil the ocean when required.",
        "Office Coordinator",
        "exclusionary_jargon",
    ),
    (
        "We're looking for a thought leader who can evangelise our north-star metrics across the org.",
        "Customer Service Assistant",
        "exclusionary_jargon",
    ),
    (
        "You'll own end-to-end stakeholder journeys and drive omnichannel engagement at scale.",
        "Shop Assistant",
        "exclusionary_jargon",
    ),
    ("Must be fluent in our lingo: BAU, RAG, SLAs, MVPs and DACI.", "Admin Assistant", "exclusionary_jargon"),
    ("Ideally a unicorn who can pivot fast, fail forward and ship at pace.", "Admin Officer", "exclusionary_jargon"),
    # gendered terms
    ("Our new chairman will lead a board of eleven governors.", "Chair of Governors", "gendered_term"),
    ("Cleaning ladies wanted for offices in Slough.", "Office Cleaner", "gendered_term"),
    ("The storeman keeps the depot stocked and logs every delivery.", "Stores Operative", "gendered_term"),
    ("She will manage the diary for two directors.", "Personal Assistant", "gendered_term"),
    ("Experienced linesmen needed for overhead network work.", "Overhead Line Worker", "gendered_term"),
    ("A new headmaster is sought for our village primary school.", "Headteacher", "gendered_term"),
]

ROUND18_QUIET = [
    # gender_masculine: the same trait words describing the work, pay, service or organisation
    ("We offer a competitive salary and a generous benefits package.", "Sales Executive", "gender_masculine"),
    ("Shortlisting uses objective assessment criteria applied equally to every applicant.", None, "gender_masculine"),
    (
        "You'll work independently on lone visits, supported by a buddy system and an on-call manager.",
        "Housing Officer",
        "gender_masculine",
    ),
    (
        "We run an independent living service for adults with learning disabilities.",
        "Support Worker",
        "gender_masculine",
    ),
    (
        "The role involves running competitive tendering exercises for council contracts.",
        "Procurement Officer",
        "gender_masculine",
    ),
    ("We're an independent bookshop in the heart of Ludlow.", "Bookseller", "gender_masculine"),
    (
        "Our logical, step-by-step training takes you from beginner to qualified.",
        "Trainee Electrician",
        "gender_masculine",
    ),
    ("You'll run assertiveness workshops for young carers.", "Youth Worker", "gender_masculine"),
    ("We are the dominant supplier of school uniforms in the North West.", None, "gender_masculine"),
    (
        "The post involves objective testing of water samples against national standards.",
        "Laboratory Analyst",
        "gender_masculine",
    ),
    (
        "Apprentices take part in competitive skills events such as WorldSkills UK.",
        "Apprentice Chef",
        "gender_masculine",
    ),
    ("You'll work with families of pupils with persistent absence.", "Education Welfare Officer", "gender_masculine"),
    ("You'll give independent, impartial advice on debt and benefits.", "Debt Adviser", "gender_masculine"),
    ("Our fearless investigative journalism has won three national awards.", "Reporter", "gender_masculine"),
    (
        "Our reablement service helps people regain self-reliance after a hospital stay.",
        "Reablement Worker",
        "gender_masculine",
    ),
    # gender_feminine: the same trait words describing the work, service or organisation
    (
        "You'll join a supportive team, with regular supervision and a named mentor.",
        "Support Worker",
        "gender_feminine",
    ),
    ("Caring for residents in a 40-bed nursing home in Harrogate.", "Care Assistant", "gender_feminine"),
    ("We deliver warm, nutritious meals to people in their own homes.", "Meals on Wheels Driver", "gender_feminine"),
    ("You'll handle sensitive personal data in line with UK GDPR.", "Data Protection Officer", "gender_feminine"),
    (
        "You'll lead gentle exercise sessions for people recovering from a stroke.",
        "Rehabilitation Assistant",
        "gender_feminine",
    ),
    (
        "Our supportive housing scheme helps 16 to 21-year-olds move on from care.",
        "Housing Support Worker",
        "gender_feminine",
    ),
    ("We take a sympathetic approach to flexible working requests.", None, "gender_feminine"),
    (
        "You'll answer calls from customers in sensitive situations, such as bereavement.",
        "Customer Adviser",
        "gender_feminine",
    ),
    ("Our nurturing nursery environment is rated Outstanding by Ofsted.", "Nursery Practitioner", "gender_feminine"),
    ("We're a caring organisation that takes staff wellbeing seriously.", None, "gender_feminine"),
    ("The cafe serves warm food until 3pm.", "Cafe Assistant", "gender_feminine"),
    (
        "Full training in trauma-informed, sensitive interviewing is provided.",
        "Police Staff Investigator",
        "gender_feminine",
    ),
    ("The role involves caring for dogs and cats at our rescue centre.", "Animal Care Assistant", "gender_feminine"),
    # gendered terms: neutral titles and a lawful occupational requirement
    ("The site supervisor leads a team of six operatives.", "Site Supervisor", "gendered_term"),
    ("The postholder reports to the Head of Finance and will manage two officers.", "Finance Manager", "gendered_term"),
    (
        "Under Schedule 9 of the Equality Act, only men can be considered, as the post holder helps male "
        "residents bathe and dress.",
        "Hostel Support Worker",
        "gendered_term",
    ),
    # age: service users described by age, lawful minimum ages, open-to-all wording
    ("Night shifts are part of the rota, so you need to be at least 18.", "Night Care Assistant", "age"),
    ("You'll support pupils aged 11 to 16 with special educational needs.", "Learning Support Assistant", "age"),
    ("You'll run activities for the over-60s at our community centre.", "Activities Coordinator", "age"),
    ("We welcome school leavers, graduates, career changers and people returning after retirement.", None, "age"),
    ("No previous experience? No problem – many of our best drivers started with us.", "Delivery Driver", "age"),
    ("You'll work in a sixth-form college with students aged 16 to 19.", "Careers Adviser", "age"),
    ("Our day centre supports older people living with frailty.", "Day Centre Officer", "age"),
    ("We offer apprenticeships at every level, for new starters and experienced staff alike.", None, "age"),
    ("You'll teach swimming to toddlers and young children.", "Swimming Teacher", "age"),
    ("You'll lead our young carers project for children who look after a family member.", "Young Carers Worker", "age"),
    ("We value the experience older workers bring and offer phased retirement.", None, "age"),
    ("Our student ambassadors are current students at the university.", "Student Ambassador", "age"),
    # disability: physical demands, senses and licences the titled job really has, and adjustments offered
    (
        "You'll drive a minibus taking day-centre members on outings, so D1 entitlement is needed.",
        "Minibus Driver",
        "disability",
    ),
    (
        "The role involves carrying equipment of up to 15kg between the vehicle and the work site.",
        "Tree Surgeon",
        "disability",
    ),
    (
        "We're happy to discuss adjustments such as screen readers, flexible hours or a quiet workspace.",
        None,
        "disability",
    ),
    ("Applicants must pass the Network Rail medical, including colour vision.", "Track Operative", "disability"),
    (
        "Good colour vision is needed to identify cable colours; an Ishihara test is part of the medical.",
        "Electrician",
        "disability",
    ),
    ("The job is physically demanding, with regular kneeling and lifting of plasterboard.", "Dryliner", "disability"),
    (
        "A full driving licence is needed as you'll drive a gritter during the winter.",
        "Highways Operative",
        "disability",
    ),
    ("This advert is also available in audio and BSL video formats.", None, "disability"),
    ("Interviews can be held online or in our ground-floor, step-free meeting room.", None, "disability"),
    ("You must hold a valid Class 1 medical certificate.", "Airline Pilot", "disability"),
    ("You'll need to swim 100m in under 100 seconds and pass an annual fitness check.", "Lifeguard", "disability"),
    ("The role includes walking delivery rounds of up to 10 miles a day.", "Postal Delivery Worker", "disability"),
    ("We welcome neurodivergent candidates and can share interview questions in advance.", None, "disability"),
    ("Access to Work can fund equipment and support, and we'll help you apply.", None, "disability"),
    # race_nationality: genuine language needs, communities served, right to work and vetting, positive action
    (
        "Fluent Punjabi and English are essential for our South Asian women's support service.",
        "Outreach Worker",
        "race_nationality",
    ),
    (
        "You'll help newly arrived refugee families register with a GP and find school places.",
        "Resettlement Worker",
        "race_nationality",
    ),
    (
        "We can't sponsor visas for this post, but anyone with a valid right to work is welcome.",
        None,
        "race_nationality",
    ),
    (
        "All offers are subject to a right-to-work check, which we carry out for every candidate.",
        None,
        "race_nationality",
    ),
    (
        "Security clearance (SC) is required, which normally needs five years' UK residence.",
        "Defence Analyst",
        "race_nationality",
    ),
    ("Good written English is needed to draft committee reports.", "Democratic Services Officer", "race_nationality"),
    (
        "The role supports Gypsy, Roma and Traveller families with school admissions.",
        "Education Liaison Officer",
        "race_nationality",
    ),
    ("Spoken Mandarin is desirable, as you'll liaise with our Shanghai office.", "Buyer", "race_nationality"),
    (
        "As positive action, we run a pre-application workshop for Black and minority ethnic candidates.",
        None,
        "race_nationality",
    ),
    (
        "International nurses are supported with OSCE preparation and NMC registration.",
        "Staff Nurse",
        "race_nationality",
    ),
    (
        "Many of our tenants are Somali families, so Somali language skills are desirable.",
        "Housing Officer",
        "race_nationality",
    ),
    ("Experience of traditional Japanese cooking techniques is essential.", "Sushi Chef", "race_nationality"),
    ("You'll teach ESOL classes to adults learning English.", "ESOL Tutor", "race_nationality"),
    (
        "Fluent French is essential as you'll handle calls from our customers in France.",
        "Customer Service Adviser",
        "race_nationality",
    ),
    # socioeconomic: costs the employer covers, lawful vehicle needs, pay statements, services for low incomes
    (
        "A car is essential as you'll visit farms across rural Powys; a car allowance and mileage are paid.",
        "Agricultural Adviser",
        SE,
    ),
    ("We provide a laptop and pay £25 a month towards home broadband.", "Remote Adviser", SE),
    ("Volunteer for a few hours a week in our charity shop; lunch and travel are reimbursed.", "Shop Volunteer", SE),
    ("£28,000 a year plus paid overtime, with free meals on shift.", "Chef de Partie", SE),
    ("Travel to the assessment centre is paid for in advance.", None, SE),
    (
        "As a Social Mobility Foundation partner, we welcome applicants who were eligible for free school meals.",
        None,
        SE,
    ),
    ("You'll help families on low incomes claim the benefits they're entitled to.", "Welfare Rights Adviser", SE),
    ("Tools and a van are provided, and your NVQ is fully funded.", "Apprentice Electrician", SE),
    ("Smart dress is expected; we provide two branded shirts and a fleece.", "Sales Assistant", SE),
    ("We don't ask which school or university you went to.", None, SE),
    ("Your first week is paid training at the full hourly rate.", "Call Centre Agent", SE),
    ("A starter travel loan is available to help with your first month's fares.", None, SE),
    ("The showroom is in Kensington; we offer an interest-free season ticket loan.", "Showroom Assistant", SE),
    ("You'll support council tenants to manage their rent accounts.", "Income Officer", SE),
    # unnecessary_requirement: qualifications the titled job really needs
    ("An HNC or HND in Electrical Engineering is essential.", "Electrical Design Engineer", UR),
    ("You must hold a current SIA Public Space Surveillance (CCTV) licence.", "CCTV Operator", UR),
    ("GMC registration with a licence to practise is required.", "Salaried GP", UR),
    ("A degree in Architecture and ARB registration are essential.", "Architect", UR),
    ("The Level 3 Award in Education and Training is essential, and we can fund it.", "Apprenticeship Trainer", UR),
    ("A PhD in Molecular Biology is essential.", "Postdoctoral Research Associate", UR),
    (
        "HCPC registration as an Operating Department Practitioner is essential.",
        "Operating Department Practitioner",
        UR,
    ),
    ("You'll be MCIPS qualified, with experience of public procurement rules.", "Head of Procurement", UR),
    # exclusionary_jargon: plain wording, and technical terms the job really uses
    ("You'll manage the team inbox and keep the shared calendar up to date.", "Team Assistant", "exclusionary_jargon"),
    ("We'll explain any terms you don't know – no jargon needed to apply.", None, "exclusionary_jargon"),
    ("You'll keep a simple spreadsheet of orders in Excel.", "Office Assistant", "exclusionary_jargon"),
    ("You'll use Git and Jira to manage code changes and track bugs.", "Software Developer", "exclusionary_jargon"),
    # other lawful neighbours
    ("Salary: £24,500 to £26,000 a year, pro rata for part-time hours.", None, "bias"),
    (
        "Under the Armed Forces Covenant, veterans meeting the essential criteria are offered an interview.",
        None,
        "bias",
    ),
]


# Written before the round was run, so no misses are known yet; a row still missed after the round goes here with
# its reason and stays visible as a strict xfail.
ROUND18_KNOWN_MISSES = {
    'Our team culture is ruthless and results-obsessed':
        "found as jargon ('carry passengers'): one phrase, one finding, and the trait cue does not reach 'culture is'",
    "You'll have completed your A levels this summer or last.":
        "'this summer or last' is not a recency phrase the rule knows",
    "We'd like someone who won't be thinking about retirement":
        "'won't' before it reads as a negation",
    'You will need a full manual driving licence.':
        'a licence is flagged only where the advert says the job does not drive; the title alone is not enough',
    'We do not accept applications from anyone currently signed off':
        "'do not accept' before it reads as a negation",
    "You'll need to pass a full medical, including hearing and eyesight tests, before starting.":
        'a medical before starting (after an offer) is lawful; only one before interview or shortlisting is flagged',
    'No applicants with county court judgments':
        'credit history is left: finance roles may check it lawfully, and the title rule is not in',
    'Degree in Hospitality Management (2:1 minimum) essential.':
        'found as a degree requirement only for titles on the junior list',
    'Must be fluent in our lingo: BAU, RAG, SLAs, MVPs and DACI.':
        'found as unexplained acronyms, not as jargon',
}
ROUND18_QUIET_KNOWN = {
    "We're an independent bookshop in the heart of Ludlow.":
        "'we're an independent ...' reads as a trait of the team",
    "We're a caring organisation that takes staff wellbeing seriously.":
        "'we're a caring ...' reads as a trait of the team",
    'We welcome school leavers, graduates, career changers':
        "'returning after retirement' is read as a retirement-stage preference",
    "Security clearance (SC) is required, which normally needs five years' UK residence.":
        "a residence length is flagged; SC's lawful five-year rule is not told apart",
    'A PhD in Molecular Biology is essential.':
        'a PhD is flagged for every title; postdoctoral posts are not told apart',
    "You'll be MCIPS qualified":
        "professional membership is flagged unless the title is senior enough to the rule's list",
}



FLAGGED_ROWS = with_known_misses(ROUND18_FLAGGED, lambda row: reason_starting(ROUND18_KNOWN_MISSES, row[0]))
QUIET_ROWS = with_known_misses(ROUND18_QUIET, lambda row: reason_starting(ROUND18_QUIET_KNOWN, row[0]))


@pytest.mark.parametrize(("text", "title", "category"), FLAGGED_ROWS)
def test_round18_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), QUIET_ROWS)
def test_round18_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
