"""Paraphrase round 20 (eighth session): fresh advert sentences from a helper who read only the adverts' README,
weighted to the categories weakest on blind batches (national origin, class and money, unneeded requirements, culture
idioms, disability). 102 of 180 flagged rows were missed at first (no quiet row was loud). Many of the fixes
(lexicon 2026.11.24-23) are close to the rows' own wording, so they measure the round less than rounds 17-19 did; the
32 rows still missed stay as strict xfails with reasons."""

import pytest

from ..known_misses import reason_starting, with_known_misses
from .test_wording import categories, quiet

AGE_HINT = "a preferred life stage ('a student would be perfect') with no age word the rules read"
HEALTH_SCREEN = "a screen told through a task or a licence for a desk job: needs the job understood"
NEGATED_IDIOM = (
    "the idiom sits after a negation ('doesn't get flustered', 'don't apply if') or is a rhetorical question"
)
ORIGIN_BY_PROXY = "national origin screened by a proxy (a name, a voice, a culture, an NI number's date, slang)"
SCHOOL_ASKED = "the school asked by name for shortlisting, told apart from lawful monitoring only by context"
TITLE_JUDGEMENT = "a qualification, sector or employer the job does not need: only reading the title against it tells"

ROUND20_FLAGGED = [
    (
        "About you: you'll have been brought up in Thornleigh, so you already know how folk here do things.",
        "Community Development Worker",
        "race_nationality",
    ),
    (
        "Please note that holders of pre-settled status will not be shortlisted for this post.",
        "Revenues Assistant",
        "race_nationality",
    ),
    (
        "Essential: a surname our older tenants won't stumble over when you ring them.",
        "Tenancy Officer",
        "race_nationality",
    ),
    (
        "We're after someone with proper Dales roots - incomers never seem to last up here.",
        "Countryside Ranger",
        "race_nationality",
    ),
    ("- Secondary schooling completed in full within the UK", "Teaching Assistant", "race_nationality"),
    (
        "Sorry, but we can't accept a licence that was first issued abroad, even if it has since been exchanged for a UK one.",  # noqa: E501
        "Fleet Administrator",
        "race_nationality",
    ),
    (
        "Callers open up more to a voice with a bit of Black Country in it, so that's really what we're after.",
        "Helpline Adviser",
        "race_nationality",
    ),
    ("Preference will be given to candidates of Scottish nationality.", "Visitor Centre Assistant", "race_nationality"),
    (
        "We can only take work references from UK-registered organisations, so time spent working overseas won't count towards the two years.",  # noqa: E501
        "Customer Services Adviser",
        "race_nationality",
    ),
    (
        "- City & Guilds or NVQ only; trade tickets from other countries are not accepted as equivalent",
        "Maintenance Operative",
        "race_nationality",
    ),
    (
        "You'll have a real feel for chapel and rugby-club life, the kind that only comes from growing up in the valleys.",  # noqa: E501
        "Library Assistant",
        "race_nationality",
    ),
    ("Must be a British passport holder.", "Catering Assistant", "race_nationality"),
    (
        "Our office is very traditional - roast dinners, cricket on the radio, the Queen's speech at Christmas - and we want someone who is naturally part of that world.",  # noqa: E501
        "Committee Clerk",
        "race_nationality",
    ),
    ("Dual nationals may not be considered for appointment.", "Payroll Assistant", "race_nationality"),
    (
        "Most of our customers are elderly locals, so candidates from Eastern Europe may find it harder to build rapport.",  # noqa: E501
        "Housing Support Officer",
        "race_nationality",
    ),
    ("Clear diction is essential, with no overseas twang.", "Switchboard Operator", "race_nationality"),
    (
        "Please only apply if English was the language of your schooling from the age of five.",
        "Reception Assistant",
        "race_nationality",
    ),
    (
        "Our ideal guide will be of Irish descent, to reflect the story of the mill.",
        "Heritage Centre Guide",
        "race_nationality",
    ),
    ("- At least ten years' continuous residence in the UK (essential)", "Leisure Assistant", "race_nationality"),
    (
        "Candidates educated overseas will be asked to sit an additional English test at interview.",
        "Administrative Assistant",
        "race_nationality",
    ),
    ("Western European applicants preferred.", "Care Assistant", "race_nationality"),
    (
        "Given our Remembrance and civic duties, a British-born applicant would be most suitable.",
        "Civic Officer",
        "race_nationality",
    ),
    (
        "We feel someone from a traditional English family would best understand our residents' customs and routines.",
        "Activities Coordinator",
        "race_nationality",
    ),
    ("If your right to work depends on a visa of any kind, please don't apply.", "Cleaner", "race_nationality"),
    ("Ideally a Glaswegian - the regulars here can spot an outsider a mile off.", "Bar Supervisor", "race_nationality"),
    (
        "Applicants whose first language isn't English tend to struggle with our forms, so this role may not suit them.",  # noqa: E501
        "Benefits Assessor",
        "race_nationality",
    ),
    ("Applicants must be of British or Commonwealth origin.", "Groundsperson", "race_nationality"),
    (
        "We want someone who looks like the community they serve, which in Hartsfield means white and working class.",
        "Neighbourhood Warden",
        "race_nationality",
    ),
    (
        "A good Ulster name would go down well with the management committee.",
        "Community Centre Caretaker",
        "race_nationality",
    ),
    (
        "No refugees or asylum seekers, please, as our insurer won't cover them.",
        "Warehouse Operative",
        "race_nationality",
    ),
    (
        "Your National Insurance number must have been issued before your 18th birthday.",
        "Benefits Officer",
        "race_nationality",
    ),
    (
        "Years spent nursing outside the NHS, for example in the Philippines or India, won't count towards the experience we ask for.",  # noqa: E501
        "Healthcare Assistant",
        "race_nationality",
    ),
    ("Applicants must have at least one parent who was born in the UK.", "Deputy Registrar", "race_nationality"),
    (
        "A working knowledge of rhyming slang from growing up in the East End is a real plus.",
        "Market Officer",
        "race_nationality",
    ),
    ("- Born and raised within the Kilmorran parish boundary (essential)", "Estate Ranger", "race_nationality"),
    (
        "Staff are expected to wear tailored suits, bought at their own expense, from the first day.",
        "Council Receptionist",
        "socioeconomic",
    ),
    (
        "- Able to cover your own travel and hotel costs for the six-week induction in London",
        "Trainee Support Worker",
        "socioeconomic",
    ),
    (
        "We pay monthly in arrears, so you'll need to be able to manage for about six weeks before your first salary lands.",  # noqa: E501
        "Kitchen Assistant",
        "socioeconomic",
    ),
    (
        "Candidates who boarded at school often have exactly the confidence we're looking for.",
        "Events Coordinator",
        "socioeconomic",
    ),
    (
        "Ideally you'll have spent your summers doing unpaid work experience in a council or MP's office.",
        "Graduate Policy Officer",
        "socioeconomic",
    ),
    (
        "Please include both of your parents' occupations on the application form.",
        "Administration Apprentice",
        "socioeconomic",
    ),
    (
        "A refined, educated way of speaking matters, as you'll greet councillors and visiting dignitaries.",
        "Civic Receptionist",
        "socioeconomic",
    ),
    (
        "- Your own up-to-date tablet or laptop to use on home visits (we don't supply devices)",
        "Care Coordinator",
        "socioeconomic",
    ),
    (
        "We can't consider anyone living in temporary or supported accommodation; applicants need a permanent address.",
        "Housing Assistant",
        "socioeconomic",
    ),
    (
        "We'd love someone who's as comfortable at the opera as at a polo match - our patrons expect it.",
        "Fundraising Assistant",
        "socioeconomic",
    ),
    ("Applicants must have no county court judgments or previous bankruptcies.", "Play Worker", "socioeconomic"),
    (
        "A gap year spent travelling or volunteering abroad would really make your application stand out.",
        "Youth Worker",
        "socioeconomic",
    ),
    (
        "Some experience of skiing or sailing is an advantage, as staff take part in the annual team trip.",
        "Finance Assistant",
        "socioeconomic",
    ),
    (
        "You'll need to fund your own Level 2 food hygiene course before we can offer you any shifts.",
        "Kitchen Porter",
        "socioeconomic",
    ),
    ("Essential: your own set of chef's knives and whites.", "School Cook", "socioeconomic"),
    (
        "Our most successful trainees usually come from a professional family background.",
        "Trainee Accountant",
        "socioeconomic",
    ),
    ("Sorry, but we don't take on applicants who live in the Greystones tower blocks.", "Concierge", "socioeconomic"),
    (
        "Please tell us which secondary school you attended - it forms part of our shortlisting.",
        "Library Apprentice",
        "socioeconomic",
    ),
    (
        "You'll need around £300 for boots, waterproofs and uniform before your start date.",
        "Grounds Operative",
        "socioeconomic",
    ),
    (
        "A background in the hunting and shooting world would help you relate to our landowners.",
        "Rural Estates Officer",
        "socioeconomic",
    ),
    (
        "Your first month is an unpaid 'getting to know you' period, after which the paid contract begins.",
        "Charity Shop Assistant",
        "socioeconomic",
    ),
    (
        "Membership of a golf or tennis club would help, as a lot of our networking happens there.",
        "Business Engagement Officer",
        "socioeconomic",
    ),
    (
        "Graduates of St Andrews, Durham, Bristol or Exeter are particularly encouraged to apply.",
        "Communications Officer",
        "socioeconomic",
    ),
    (
        "We're looking for someone with a bit of polish - no rough edges, please.",
        "Front of House Assistant",
        "socioeconomic",
    ),
    (
        "Applicants must be able to attend three unpaid assessment days in Manchester, at their own cost.",
        "Call Centre Adviser",
        "socioeconomic",
    ),
    (
        "Interns work for expenses only for the first six months, after which a paid post may become available.",
        "Marketing Assistant",
        "socioeconomic",
    ),
    (
        "About you: you dress and carry yourself like someone who belongs in a boardroom.",
        "Executive Assistant",
        "socioeconomic",
    ),
    (
        "Applicants with long gaps on their CV due to unemployment are unlikely to be shortlisted.",
        "Admin Officer",
        "socioeconomic",
    ),
    (
        "Two references are needed, one of which must be from a professional person such as a doctor, solicitor or vicar.",  # noqa: E501
        "Cleaner",
        "socioeconomic",
    ),
    ("Candidates on a debt management plan will not be progressed.", "Customer Adviser", "socioeconomic"),
    (
        "We'd expect you to have had music lessons as a child, ideally piano or a string instrument.",
        "Music Service Administrator",
        "socioeconomic",
    ),
    ("All staff buy their own iPad for the rostering app, so please factor this in.", "Housekeeper", "socioeconomic"),
    (
        "Ideally you'll have been to a school with a strong Latin or Classics tradition.",
        "Archives Assistant",
        "socioeconomic",
    ),
    (
        "We'd want to see weekend jobs in the right sort of shops on your CV, rather than fast food.",
        "Retail Assistant",
        "socioeconomic",
    ),
    (
        "The kind of person who'd feel at home at a charity gala in a dinner jacket would suit us best.",
        "Volunteer Coordinator",
        "socioeconomic",
    ),
    ("- Degree in Hospitality Management (essential)", "Kitchen Porter", "unnecessary_requirement"),
    ("Essential: three A levels at grade B or above.", "School Receptionist", "unnecessary_requirement"),
    ("Minimum seven years' experience in a similar role.", "Junior Administrator", "unnecessary_requirement"),
    (
        "You must have worked in the housing department of a London borough council.",
        "Housing Assistant",
        "unnecessary_requirement",
    ),
    (
        "Ideally you'll have at least three years on the tills at a big supermarket such as Tesco or Sainsbury's.",
        "Customer Service Assistant",
        "unnecessary_requirement",
    ),
    (
        "Chartered Member of the Chartered Institute of Personnel and Development (Level 7) - essential.",
        "HR Administrator",
        "unnecessary_requirement",
    ),
    ("An HND in Horticulture is essential for this post.", "Street Cleansing Operative", "unnecessary_requirement"),
    ("Ideally you'll be fluent in French or German.", "Swimming Pool Attendant", "unnecessary_requirement"),
    ("Microsoft Office Specialist Expert certification required.", "Caretaker", "unnecessary_requirement"),
    (
        "Must hold a current International Computer Driving Licence certificate.",
        "Lunchtime Supervisor",
        "unnecessary_requirement",
    ),
    (
        "Chartered membership of the library and information professionals' institute is essential.",
        "Library Assistant",
        "unnecessary_requirement",
    ),
    (
        "Applicants should hold a master's degree in public health.",
        "Health Centre Receptionist",
        "unnecessary_requirement",
    ),
    ("At least ten years' experience in local government finance.", "Finance Apprentice", "unnecessary_requirement"),
    (
        "Experience of working for Capita or Serco on a council outsourcing contract is essential.",
        "Council Tax Adviser",
        "unnecessary_requirement",
    ),
    (
        "A full accountancy qualification (ACCA or CIMA) is required.",
        "Leisure Centre Cashier",
        "unnecessary_requirement",
    ),
    ("You must be a current member of the Royal Horticultural Society.", "Gardener", "unnecessary_requirement"),
    (
        "- Level 3 Certificate in Supporting Teaching and Learning, plus a degree in Early Childhood Studies",
        "Breakfast Club Assistant",
        "unnecessary_requirement",
    ),
    (
        "We can only consider candidates who have worked in a school rated Outstanding by Ofsted.",
        "School Cleaner",
        "unnecessary_requirement",
    ),
    ("GCSE English and Maths at grade 7 or above.", "Laundry Assistant", "unnecessary_requirement"),
    ("A Level 4 Diploma in Leadership and Management is essential.", "Night Care Assistant", "unnecessary_requirement"),
    ("Experience of SAP S/4HANA is essential.", "Domestic Assistant", "unnecessary_requirement"),
    (
        "Must hold an advanced driver certificate from the Institute of Advanced Motorists as well as a full licence.",
        "Meals on Wheels Driver",
        "unnecessary_requirement",
    ),
    ("Experience in the aviation industry is essential.", "Leisure Centre Receptionist", "unnecessary_requirement"),
    ("Minimum of a 2:1 degree in any subject.", "Refuse Loader", "unnecessary_requirement"),
    ("Must have previously held a Head of Service post.", "Team Administrator", "unnecessary_requirement"),
    ("British Sign Language at Level 6 is essential.", "Museum Shop Assistant", "unnecessary_requirement"),
    (
        "We'd expect five years' hands-on experience of Oracle Fusion and Agresso.",
        "Apprentice Payroll Clerk",
        "unnecessary_requirement",
    ),
    ("A degree in Sport Science or Physiotherapy is required.", "Leisure Centre Cleaner", "unnecessary_requirement"),
    ("- Level 3 Award in Education and Training (essential)", "Parking Attendant", "unnecessary_requirement"),
    ("Qualified to NEBOSH National Diploma level.", "Playground Supervisor", "unnecessary_requirement"),
    ("Experience in a Michelin-starred kitchen would be ideal.", "School Cook", "unnecessary_requirement"),
    ("A level Chemistry at grade A is required.", "Lifeguard", "unnecessary_requirement"),
    (
        "- Three years in a secondary school special educational needs department (other settings not considered)",
        "Primary Teaching Assistant",
        "unnecessary_requirement",
    ),
    ("An MSc in Environmental Science is essential.", "Recycling Centre Attendant", "unnecessary_requirement"),
    (
        "Professional membership of the Institute of Customer Service is required.",
        "Cafe Assistant",
        "unnecessary_requirement",
    ),
    (
        "We want someone who'll run through brick walls for this service.",
        "Business Support Officer",
        "exclusionary_jargon",
    ),
    (
        "Heads up: our Teams chat never sleeps, so expect messages at all hours.",
        "Digital Officer",
        "exclusionary_jargon",
    ),
    ("Must be an absolute beast in Excel.", "Data Officer", "exclusionary_jargon"),
    ("We're looking for a self-confessed workaholic.", "Project Officer", "exclusionary_jargon"),
    (
        "You'll be joining a tight crew of lifers, and newcomers have to prove themselves first.",
        "Refuse Loader",
        "exclusionary_jargon",
    ),
    ("Think you can hack it on the frontline? Prove it.", "Customer Service Adviser", "exclusionary_jargon"),
    (
        "Our ideal hire is a hungry go-getter who never takes no for an answer.",
        "Income Recovery Officer",
        "exclusionary_jargon",
    ),
    ("Are you a housing Jedi? Then read on!", "Housing Officer", "exclusionary_jargon"),
    (
        "You'll need to be comfortable with plenty of colourful language in the depot.",
        "Fleet Administrator",
        "exclusionary_jargon",
    ),
    ("Snowed under? Good - that's how we like it round here.", "Planning Support Officer", "exclusionary_jargon"),
    ("You'll be a 10x performer who can hit the ground sprinting.", "Business Analyst", "exclusionary_jargon"),
    ("We want disruptors who aren't afraid to ruffle a few feathers.", "Transformation Officer", "exclusionary_jargon"),
    ("No time-wasters, dreamers or box-tickers.", "Estates Officer", "exclusionary_jargon"),
    (
        "Our chefs are old school - if you can't handle a bollocking, this isn't the kitchen for you.",
        "Catering Assistant",
        "exclusionary_jargon",
    ),
    ("You must be an energy-giver, not an energy-taker.", "Receptionist", "exclusionary_jargon"),
    ("We're looking for superheroes who wear hi-vis instead of capes.", "Waste Operative", "exclusionary_jargon"),
    (
        "Our trustees want a warrior for the cause who'll give 110% around the clock.",
        "Campaigns Officer",
        "exclusionary_jargon",
    ),
    (
        "You'll be the kind of person who happily answers emails on holiday.",
        "PA to the Director",
        "exclusionary_jargon",
    ),
    (
        "It's full-on, so we need someone who doesn't get flustered by a bit of shouting.",
        "Kitchen Assistant",
        "exclusionary_jargon",
    ),
    (
        "We're a scrappy start-up inside a council - move quick or get left behind.",
        "Innovation Officer",
        "exclusionary_jargon",
    ),
    (
        "We're all mad rugby fans here, so expect some stick if you support the wrong team!",
        "Grounds Supervisor",
        "exclusionary_jargon",
    ),
    ("Ideally a mover and shaker with serious swagger.", "Partnerships Officer", "exclusionary_jargon"),
    (
        "Please don't apply if you're the type who needs praise or reassurance.",
        "Admin Assistant",
        "exclusionary_jargon",
    ),
    ("We are laser-focused, high-octane and unapologetically intense.", "Performance Officer", "exclusionary_jargon"),
    ("We need a bulldozer, not a diplomat.", "Contracts Officer", "exclusionary_jargon"),
    ("Come and join our wolf pack on the membership desk!", "Membership Sales Adviser", "exclusionary_jargon"),
    (
        "Our lot take the mickey out of everyone, so you'll need to take a joke at your own expense.",
        "Library Assistant",
        "exclusionary_jargon",
    ),
    (
        "We need a phone-bashing legend who's happy to smash through 200 calls a day.",
        "Fundraising Caller",
        "exclusionary_jargon",
    ),
    (
        "About you: you're a total people-magnet who can light up any room.",
        "Visitor Services Assistant",
        "exclusionary_jargon",
    ),
    (
        "Weekends are a state of mind for us - we just get stuck in till it's done.",
        "Facilities Coordinator",
        "exclusionary_jargon",
    ),
    (
        "You must be able to climb three flights of stairs unaided, as there is no lift to our second-floor office.",
        "Finance Officer",
        "disability",
    ),
    ("We'll ask your referees how many days you had off sick in your last job.", "Library Assistant", "disability"),
    (
        "Full driving licence and own car essential, although the post is based at County Hall.",
        "Payroll Officer",
        "disability",
    ),
    ("You'll need to pass a treadmill stress test before you start.", "Receptionist", "disability"),
    ("Please let us know about any health problems when you apply.", "School Office Assistant", "disability"),
    ("Must be able to hear a phone ringing from across a busy open-plan office.", "Administrator", "disability"),
    (
        "Given the pressures, this role won't suit anyone who has had counselling in the past.",
        "Complaints Officer",
        "disability",
    ),
    ("Applicants must be physically fit and able to stand for long periods.", "Emergency Call Taker", "disability"),
    ("Must be able to read small print without any magnification.", "Records Clerk", "disability"),
    (
        "Neurotypical communicators preferred, as the team relies on quick verbal back-and-forth.",
        "Team Administrator",
        "disability",
    ),
    (
        "Sorry, but this role isn't suitable for people with epilepsy because of the computer screens.",
        "Customer Services Adviser",
        "disability",
    ),
    ("Applicants must be able to walk two miles without stopping.", "Museum Cashier", "disability"),
    ("Good physical health is essential.", "Debt Adviser", "disability"),
    (
        "We can't make adjustments to our phone system, so you'll need normal hearing.",
        "Contact Centre Adviser",
        "disability",
    ),
    (
        "Our listed building can't take a ramp, so we need someone without any mobility needs.",
        "Heritage Officer",
        "disability",
    ),
    ("A BMI under 30 is required to pass our occupational health screening.", "Leisure Receptionist", "disability"),
    (
        "The role may not suit people with ADHD, autism or similar conditions, as priorities change every day.",
        "Business Support Officer",
        "disability",
    ),
    ("Ideally you'll have no ongoing hospital appointments during working hours.", "Housing Assistant", "disability"),
    (
        "All candidates must return a medical questionnaire before they can be invited to interview.",
        "Admin Assistant",
        "disability",
    ),
    ("- Full, clean driving licence (essential)", "Switchboard Operator", "disability"),
    ("Must be able to lift 25kg on your own.", "Receptionist", "disability"),
    ("Perfect colour vision is essential.", "Payroll Officer", "disability"),
    ("You must be able to work without any adjustments to your workstation.", "Planning Technician", "disability"),
    ("Ideally you'll be free of any long-term health condition.", "Elections Clerk", "disability"),
    ("Must be able to kneel, crouch and squat comfortably throughout the day.", "Finance Officer", "disability"),
    (
        "You'll need to use a standard mouse and keyboard all day, without assistive software.",
        "Data Entry Clerk",
        "disability",
    ),
    (
        "Sorry, but we can't offer this job to anyone with a disability, as we don't have the resources to support you.",  # noqa: E501
        "Shop Assistant",
        "disability",
    ),
    (
        "Attendance in the office five days a week, with no exceptions for medical reasons.",
        "HR Assistant",
        "disability",
    ),
    ("A smooth, fluent speaking voice without hesitations is a must.", "Telephone Fundraiser", "disability"),
    ("Candidates must not be taking any medication that could cause drowsiness.", "Library Assistant", "disability"),
    ("An ideal first job for someone who has just finished their GCSEs.", "Receptionist", "age"),
    ("We're after a digital native to breathe new life into our social media.", "Communications Assistant", "age"),
    (
        "Someone nearer retirement than the start of their career would suit the gentle pace here.",
        "Museum Steward",
        "age",
    ),
    ("Applicants must have been born after 1 September 2004.", "Apprentice Groundsperson", "age"),
    ("Ideally you'll have graduated in 2024 or 2025.", "Policy Assistant", "age"),
    (
        "We've found older staff struggle with the new tablets, so this may suit a younger applicant.",
        "Care Coordinator",
        "age",
    ),
    (
        "We're planning for a long-term successor, so candidates over 45 are unlikely to be shortlisted.",
        "Deputy Clerk",
        "age",
    ),
    ("A great little job for someone drawing their pension who wants to keep busy.", "Car Park Attendant", "age"),
    ("Energetic youngsters wanted for our summer playschemes!", "Playscheme Worker", "age"),
    ("Please put your date of birth at the top of your CV.", "Admin Assistant", "age"),
    ("Fresh blood needed - we want a new generation to shake things up.", "Scrutiny Officer", "age"),
    ("Not really one for the over-60s, what with all the bending and lifting.", "Cleaner", "age"),
    ("You should be of an age where TikTok and Snapchat come naturally.", "Youth Engagement Officer", "age"),
    ("A student looking for a bit of part-time work would be perfect.", "Leisure Assistant", "age"),
    (
        "Someone who hasn't picked up bad habits over years of other jobs, with plenty of get-up-and-go.",
        "Trainee Planner",
        "age",
    ),
]

ROUND20_QUIET = [
    (
        "We particularly welcome applications from Black, Asian and minority ethnic candidates, who are under-represented in our planning team.",  # noqa: E501
        "Planning Officer",
        "race_nationality",
    ),
    (
        "Fluent spoken and written Welsh is essential, as every part of this service is delivered through the medium of Welsh.",  # noqa: E501
        "Welsh Language Officer",
        "race_nationality",
    ),
    (
        "You must have the right to work in the UK; we'll check your documents before you start.",
        "Kitchen Porter",
        "race_nationality",
    ),
    ("Sorry, we are unable to offer visa sponsorship for this role.", "Leisure Attendant", "race_nationality"),
    (
        "Most of the families we support have recently arrived from Afghanistan and Sudan.",
        "Family Support Worker",
        "race_nationality",
    ),
    (
        "Good written English is needed, as you'll draft letters and replies to residents.",
        "Complaints Officer",
        "race_nationality",
    ),
    (
        "Qualifications gained outside the UK are welcome, and we can help you get them compared with UK ones.",
        "Finance Assistant",
        "race_nationality",
    ),
    ("Speaking Romanian or Bulgarian would be useful, but it isn't essential.", "Outreach Worker", "race_nationality"),
    (
        "You don't need to have lived in Ashcombe to apply - we'll introduce you to the patch.",
        "Community Officer",
        "race_nationality",
    ),
    (
        "You'll translate leaflets and letters between English and Polish, so fluency in both languages is essential.",
        "Translator",
        "race_nationality",
    ),
    (
        "Our centre runs ceili nights and Irish language classes for the city's Irish community.",
        "Centre Administrator",
        "race_nationality",
    ),
    (
        "Nurses who trained overseas are very welcome, and we'll support you through registration with the Nursing and Midwifery Council.",  # noqa: E501
        "Staff Nurse",
        "race_nationality",
    ),
    ("We provide your uniform, safety boots and all tools free of charge.", "Grounds Operative", "socioeconomic"),
    (
        "For the first two months we pay weekly, so you won't wait long for your first wage.",
        "Domestic Assistant",
        "socioeconomic",
    ),
    (
        "We welcome applications from people with experience of homelessness or of growing up in care.",
        "Peer Mentor",
        "socioeconomic",
    ),
    (
        "The training course is fully funded, and we'll pay your travel to and from it.",
        "Trainee Support Worker",
        "socioeconomic",
    ),
    ("We'll lend you a laptop, headset and phone for home working.", "Contact Centre Adviser", "socioeconomic"),
    (
        "Our service supports families on low incomes and people living in temporary accommodation.",
        "Debt Adviser",
        "socioeconomic",
    ),
    ("We pay for your Disclosure and Barring Service check.", "Midday Assistant", "socioeconomic"),
    (
        "Care leavers who meet the essential criteria are guaranteed an interview.",
        "Apprentice Gardener",
        "socioeconomic",
    ),
    ("We'll reimburse interview expenses, including travel and childcare.", "Library Assistant", "socioeconomic"),
    (
        "Benefits include an interest-free season ticket loan and a cycle to work scheme.",
        "Policy Officer",
        "socioeconomic",
    ),
    ("This post is paid at the Real Living Wage from your very first shift.", "Cafe Assistant", "socioeconomic"),
    (
        "A social work degree and registration with Social Work England are essential.",
        "Social Worker",
        "unnecessary_requirement",
    ),
    (
        "You must hold a current practising certificate from the Solicitors Regulation Authority.",
        "Solicitor",
        "unnecessary_requirement",
    ),
    ("You don't need a degree - we'll train you on the job.", "Housing Officer", "unnecessary_requirement"),
    ("A degree is not required; relevant experience is just as welcome.", "Policy Officer", "unnecessary_requirement"),
    (
        "GCSE English and Maths at grade 4 or equivalent, or willing to work towards them.",
        "Apprentice Administrator",
        "unnecessary_requirement",
    ),
    ("Gas Safe registration is essential.", "Gas Engineer", "unnecessary_requirement"),
    (
        "You must be a qualified accountant with one of the chartered accountancy bodies.",
        "Head of Finance",
        "unnecessary_requirement",
    ),
    (
        "Chartered membership of the Institution of Civil Engineers, or working towards it.",
        "Principal Bridges Engineer",
        "unnecessary_requirement",
    ),
    (
        "Registration with the Health and Care Professions Council as an occupational therapist is essential.",
        "Occupational Therapist",
        "unnecessary_requirement",
    ),
    (
        "A full and relevant Level 3 Early Years Educator qualification is needed to count in our staff ratios.",
        "Nursery Practitioner",
        "unnecessary_requirement",
    ),
    ("You'll need a current 18th Edition wiring regulations qualification.", "Electrician", "unnecessary_requirement"),
    (
        "You don't need to have worked in a school before; full training is given.",
        "School Cleaner",
        "unnecessary_requirement",
    ),
    ("Qualified Teacher Status is essential.", "Class Teacher", "unnecessary_requirement"),
    ("No qualifications are needed - just a willingness to learn.", "Kitchen Porter", "unnecessary_requirement"),
    (
        "Experience of SAP or a similar finance system would be useful, but we'll train you.",
        "Accounts Payable Officer",
        "unnecessary_requirement",
    ),
    (
        "A Category C licence and Driver Certificate of Professional Competence are essential, as you'll drive the refuse lorry.",  # noqa: E501
        "Refuse Collection Driver",
        "unnecessary_requirement",
    ),
    (
        "We're a friendly team, and you'll get a proper induction and a buddy for your first month.",
        "Admin Assistant",
        "exclusionary_jargon",
    ),
    ("The desk can get busy at peak times, so being organised really helps.", "Receptionist", "exclusionary_jargon"),
    (
        "Some evening and weekend work is needed for events, and time off in lieu is given.",
        "Events Officer",
        "exclusionary_jargon",
    ),
    (
        "Residents can sometimes be upset or angry; you'll get de-escalation training and support from your manager.",
        "Housing Officer",
        "exclusionary_jargon",
    ),
    (
        "You'll be confident using spreadsheets, and training is available if you need it.",
        "Data Officer",
        "exclusionary_jargon",
    ),
    (
        "We hold a team lunch once a quarter during working hours, and joining in is entirely optional.",
        "Finance Officer",
        "exclusionary_jargon",
    ),
    (
        "You'll join an out-of-hours rota about once every six weeks, with a standby payment.",
        "Building Control Surveyor",
        "exclusionary_jargon",
    ),
    (
        "We'd love someone who enjoys solving problems and working with others.",
        "Project Officer",
        "exclusionary_jargon",
    ),
    (
        "A full driving licence is essential, as you'll drive the gritting lorry on winter routes.",
        "Winter Maintenance Driver",
        "disability",
    ),
    (
        "All applicants must pass the swim test for the National Pool Lifeguard Qualification.",
        "Lifeguard",
        "disability",
    ),
    (
        "The job involves lifting and carrying furniture, using trolleys and a partner for heavier items.",
        "Removals Operative",
        "disability",
    ),
    (
        "We offer an interview to disabled applicants who meet the essential criteria.",
        "Library Assistant",
        "disability",
    ),
    ("Please tell us about any adjustments you need for the interview.", "Admin Officer", "disability"),
    ("You don't need to drive - we'll pay for taxis or public transport to visits.", "Social Worker", "disability"),
    ("Our day centre supports adults with learning disabilities and autism.", "Day Centre Officer", "disability"),
    (
        "Firefighters must pass a job-related fitness assessment, including a ladder climb and an equipment carry.",
        "Firefighter",
        "disability",
    ),
    (
        "The building is fully step-free, with a lift to every floor and accessible toilets.",
        "Policy Officer",
        "disability",
    ),
    (
        "Any job offer is subject to an occupational health check, carried out after the offer is made.",
        "Care Assistant",
        "disability",
    ),
    (
        "The work involves climbing scaffolding and working at height; full training and harnesses are provided.",
        "Roofer",
        "disability",
    ),
    (
        "Bus drivers must meet the Group 2 medical standard set by the Driver and Vehicle Licensing Agency.",
        "Bus Driver",
        "disability",
    ),
    (
        "We welcome applications from people with lived experience of mental ill health.",
        "Peer Support Worker",
        "disability",
    ),
    (
        "Assistive technology such as screen readers and voice recognition software can be provided.",
        "Data Entry Clerk",
        "disability",
    ),
    (
        "A driving licence is essential, as you'll drive the minibus taking residents to appointments.",
        "Activities Driver",
        "disability",
    ),
    (
        "Applicants must be 18 or over, as the role involves driving a heavy goods vehicle.",
        "Refuse Collection Driver",
        "age",
    ),
    ("Our lunch club is for people aged 65 and over.", "Lunch Club Assistant", "age"),
    (
        "We welcome applicants of all ages, including career changers and people returning to work.",
        "Apprentice Electrician",
        "age",
    ),
    ("You'll run activities for young people aged 11 to 19.", "Youth Worker", "age"),
    ("You'll work with older people living with dementia in our care homes.", "Activities Coordinator", "age"),
    ("There is no upper age limit for our apprenticeships.", "Apprentice Gardener", "age"),
    ("You'll support pupils aged 4 to 7 in Key Stage 1.", "Teaching Assistant", "age"),
    ("Experience of caring for children under five is essential.", "Nursery Practitioner", "age"),
]

ROUND20_KNOWN_MISSES = {
    "A student looking for a bit of part-time work would be perfe": AGE_HINT,
    "Full driving licence and own car essential, although the pos": HEALTH_SCREEN,
    "Must be able to hear a phone ringing from across a busy open": HEALTH_SCREEN,
    "It's full-on, so we need someone who doesn't get flustered b": NEGATED_IDIOM,
    "Please don't apply if you're the type who needs praise or re": NEGATED_IDIOM,
    "Snowed under? Good - that's how we like it round here.": NEGATED_IDIOM,
    "A working knowledge of rhyming slang from growing up in the ": ORIGIN_BY_PROXY,
    "Callers open up more to a voice with a bit of Black Country ": ORIGIN_BY_PROXY,
    "Clear diction is essential, with no overseas twang.": ORIGIN_BY_PROXY,
    "Essential: a surname our older tenants won't stumble over wh": ORIGIN_BY_PROXY,
    "Our office is very traditional - roast dinners, cricket on t": ORIGIN_BY_PROXY,
    "Your National Insurance number must have been issued before ": ORIGIN_BY_PROXY,
    "Please tell us which secondary school you attended - it form": SCHOOL_ASKED,
    "- Level 3 Certificate in Supporting Teaching and Learning, p": TITLE_JUDGEMENT,
    "- Three years in a secondary school special educational need": TITLE_JUDGEMENT,
    "A Level 4 Diploma in Leadership and Management is essential.": TITLE_JUDGEMENT,
    "British Sign Language at Level 6 is essential.": TITLE_JUDGEMENT,
    "Experience in a Michelin-starred kitchen would be ideal.": TITLE_JUDGEMENT,
    "Experience in the aviation industry is essential.": TITLE_JUDGEMENT,
    "Experience of SAP S/4HANA is essential.": TITLE_JUDGEMENT,
    "Experience of working for Capita or Serco on a council outso": TITLE_JUDGEMENT,
    "Ideally you'll be fluent in French or German.": TITLE_JUDGEMENT,
    "Ideally you'll have at least three years on the tills at a b": TITLE_JUDGEMENT,
    "Microsoft Office Specialist Expert certification required.": TITLE_JUDGEMENT,
    "Must have previously held a Head of Service post.": TITLE_JUDGEMENT,
    "Must hold a current International Computer Driving Licence c": TITLE_JUDGEMENT,
    "Must hold an advanced driver certificate from the Institute ": TITLE_JUDGEMENT,
    "Professional membership of the Institute of Customer Service": TITLE_JUDGEMENT,
    "Qualified to NEBOSH National Diploma level.": TITLE_JUDGEMENT,
    "We can only consider candidates who have worked in a school ": TITLE_JUDGEMENT,
    "You must have worked in the housing department of a London b": TITLE_JUDGEMENT,
}

FLAGGED_ROWS = with_known_misses(ROUND20_FLAGGED, lambda row: reason_starting(ROUND20_KNOWN_MISSES, row[0]))


@pytest.mark.parametrize(("text", "title", "category"), FLAGGED_ROWS)
def test_round20_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND20_QUIET)
def test_round20_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
