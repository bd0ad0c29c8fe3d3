"""Paraphrase round 19 (eighth session): fresh advert sentences written by a helper who read only the adverts'
README, never the checker: new wordings of age, disability, national origin, class and money screens, culture
idioms, sex-coded terms and unneeded requirements, with lawful neighbours. 71 of 200 flagged rows were missed at
first (2 quiet rows were loud); the kinds were fixed (lexicon 2026.11.24-22) and the rest stay as strict xfails.
FLAGGED rows must give their category; QUIET rows are lawful neighbours that must not."""

import pytest

from ..known_misses import reason_starting, with_known_misses
from .test_wording import categories, quiet

ROUND19_FLAGGED = [
    (
        "We'd love someone just starting out, with plenty of working years left to grow with us.",
        "Customer Services Advisor",
        "age",
    ),
    (
        "This post would suit a recent graduate with fresh ideas and no bad habits picked up elsewhere.",
        "Policy Officer",
        "age",
    ),
    (
        "Applicants should be at the beginning of their career, ideally within three years of leaving full-time education.",  # noqa: E501
        "Housing Officer",
        "age",
    ),
    (
        "The team are all in their twenties and early thirties, so you'll slot right in if you are too.",
        "Digital Content Officer",
        "age",
    ),
    (
        "Perfect for someone winding down towards retirement who fancies a few quiet hours a week.",
        "Library Assistant",
        "age",
    ),
    ("You'll need the energy of youth to keep up with our Year 9s.", "Teaching Assistant", "age"),
    ("We're after a digital native who has never known life without a smartphone.", "Social Media Officer", "age"),
    ("Candidates must have no more than four years' post-qualification experience.", "Solicitor", "age"),
    (
        "Sorry, but we can't consider anyone who would turn 60 before the end of the training programme.",
        "Trainee Surveyor",
        "age",
    ),
    ("A cracking first job for someone fresh out of Year 11.", "Apprentice Groundworker", "age"),
    (
        "We've found older applicants struggle with our case management system, so this post is better suited to a younger person.",  # noqa: E501
        "Benefits Assessor",
        "age",
    ),
    (
        "Ideally you'll be of an age where you can commit to us for the next thirty years or so.",
        "Trainee Building Control Officer",
        "age",
    ),
    (
        "Born in the late nineties or after? Then you already speak our customers' language.",
        "Marketing Assistant",
        "age",
    ),
    (
        "Our graduate scheme is open only to people who finished their degree in the last two years.",
        "Graduate Management Trainee",
        "age",
    ),
    (
        "We need some new blood to shake up a team that has been here a very long time.",
        "Service Improvement Officer",
        "age",
    ),
    ("Would suit a student or gap-year type looking for weekend shifts.", "Leisure Assistant", "age"),
    (
        "This isn't a job for someone looking to see out their last few years before they draw their pension.",
        "Project Manager",
        "age",
    ),
    (
        "Preference will be given to candidates under 35 because of the length of the training pathway.",
        "Trainee Environmental Health Officer",
        "age",
    ),
    ("We think this would suit a grandparent type with time on their hands.", "Lunchtime Supervisor", "age"),
    (
        "Ideally you'll be from the same generation as the students you'll be supporting.",
        "Student Support Officer",
        "age",
    ),
    ("Applicants must have sat their GCSEs within the last five years.", "Apprentice Administrator", "age"),
    (
        "We want a fresh face, not someone set in their ways after decades in local government.",
        "Transformation Officer",
        "age",
    ),
    (
        "Applicants must be aged between 16 and 19 on the day the apprenticeship starts.",
        "Business Administration Apprentice",
        "age",
    ),
    ("Ideal for a go-ahead twenty-something who wants to climb the ladder fast.", "Trainee Accountant", "age"),
    ("We'd especially like to hear from empty-nesters with a bit of life behind them.", "Volunteer Coordinator", "age"),
    ("Please put your date of birth at the top of your CV.", "Administrative Assistant", "age"),
    ("Best suited to someone in the first flush of their working life.", "Research Assistant", "age"),
    ("Gen Z applicants wanted to breathe new life into our Instagram and TikTok.", "Communications Assistant", "age"),
    (
        "We're after a young 'un to learn the ropes from our old hands before they retire.",
        "Trainee Cemetery Operative",
        "age",
    ),
    ("A full, clean driving licence is essential.", "Data Entry Clerk", "disability"),
    (
        "Applicants must be able to pass a rigorous medical examination before appointment.",
        "Finance Assistant",
        "disability",
    ),
    (
        "You'll need to be fully mobile, as our office is up three flights of stairs and there's no lift.",
        "Receptionist",
        "disability",
    ),
    ("Not suitable for anyone with a history of anxiety or depression.", "Call Handler", "disability"),
    ("We need someone with 20/20 vision to spot the errors in our spreadsheets.", "Accounts Assistant", "disability"),
    (
        "Candidates should have had fewer than three days' sickness absence in the last two years.",
        "Customer Services Advisor",
        "disability",
    ),
    (
        "You'll be on the counter all day, so this won't work for anyone with a bad back or dodgy knees.",
        "Library Assistant",
        "disability",
    ),
    ("Perfect hearing is a must as you'll be on the phones.", "Contact Centre Advisor", "disability"),
    ("You must be able-bodied and in good general health.", "Committee Clerk", "disability"),
    ("The ability to drive is essential for this desk-based role in the Civic Centre.", "HR Advisor", "disability"),
    ("All shortlisted candidates will complete a bleep test on the interview day.", "Planning Officer", "disability"),
    (
        "We're only looking for applicants with a spotless attendance record and no ongoing health issues.",
        "Admin Officer",
        "disability",
    ),
    ("Must be able to stand for eight hours without a break.", "Council Tax Cashier", "disability"),
    ("You must be in peak physical shape to join us.", "Housing Officer", "disability"),
    (
        "We can't make adjustments to this role, so please only apply if you're fit and well.",
        "Project Officer",
        "disability",
    ),
    (
        "Before interview you will be asked to confirm that you have no long-term health conditions.",
        "Finance Officer",
        "disability",
    ),
    (
        "Applicants must be able to type at 60 words per minute using both hands.",
        "Administrative Assistant",
        "disability",
    ),
    (
        "Please list any health problems on your application form so the panel can judge your suitability.",
        "Legal Assistant",
        "disability",
    ),
    (
        "You'll need bags of stamina and a strong heart for the pace of our finance team.",
        "Senior Accountant",
        "disability",
    ),
    (
        "Because of the fast pace, this role is unsuitable for people who are neurodivergent.",
        "Case Officer",
        "disability",
    ),
    ("We are looking for someone with full use of their arms and legs.", "Receptionist", "disability"),
    ("Essential: current UK driving licence.", "Finance Business Partner", "disability"),
    (
        "Applicants will be expected to be a healthy weight for their height.",
        "Leisure Centre Receptionist",
        "disability",
    ),
    ("You'll need excellent eyesight without glasses or contact lenses.", "Social Worker", "disability"),
    (
        "We can't take on anyone who is currently having treatment for their mental health.",
        "Community Engagement Officer",
        "disability",
    ),
    ("You must be strong enough to lift 25kg without any help.", "Receptionist", "disability"),
    ("Full driving licence required.", "Telephone Advisor (home-based)", "disability"),
    ("You'll need a clear speaking voice with no stammer or stutter.", "Committee Services Officer", "disability"),
    (
        "We're a high-energy bunch, so the job won't suit anyone who needs regular rest breaks.",
        "Waste Services Administrator",
        "disability",
    ),
    ("You must be a British citizen to apply for this post.", "Finance Assistant", "race_nationality"),
    ("English should be your first language.", "Administrative Officer", "race_nationality"),
    ("Scots-born applicants will be preferred.", "Tourism Officer", "race_nationality"),
    (
        "Qualifications from foreign universities will not be considered, whatever their level.",
        "Accountant",
        "race_nationality",
    ),
    (
        "If your name is hard to pronounce, please use an English version of it on your application.",
        "Receptionist",
        "race_nationality",
    ),
    (
        "We're looking for a friendly, English-sounding voice on the end of the phone.",
        "Telephone Advisor",
        "race_nationality",
    ),
    ("Applicants must have lived in Wales for at least ten years.", "Finance Officer", "race_nationality"),
    ("Only UK and Irish nationals need apply.", "Cleaner", "race_nationality"),
    (
        "Our residents are more comfortable with staff from their own White British background.",
        "Care Assistant",
        "race_nationality",
    ),
    ("Applicants with EU Settled Status cannot be considered.", "Administrative Officer", "race_nationality"),
    (
        "Candidates whose English carries a strong foreign twang may find the phone work difficult.",
        "Call Handler",
        "race_nationality",
    ),
    (
        "Someone with good old-fashioned British roots would suit our visitors best.",
        "Heritage Guide",
        "race_nationality",
    ),
    ("You must come from an English-speaking country.", "Healthcare Assistant", "race_nationality"),
    ("Experience gained abroad won't count towards the three years we ask for.", "Social Worker", "race_nationality"),
    (
        "Ideally you'll have grown up in this country, so you understand how things work here.",
        "Housing Adviser",
        "race_nationality",
    ),
    ("Candidates on any kind of visa will not be shortlisted.", "Planning Technician", "race_nationality"),
    (
        "Preference will go to candidates who were educated at British schools.",
        "Trainee Accountant",
        "race_nationality",
    ),
    ("Non-European candidates are unlikely to be shortlisted.", "Laboratory Technician", "race_nationality"),
    (
        "We want someone who will blend in with our mainly white rural community.",
        "Rural Community Development Officer",
        "race_nationality",
    ),
    (
        "Candidates should have a surname our older residents can pronounce easily.",
        "Home Care Worker",
        "race_nationality",
    ),
    ("Cornish born and raised preferred.", "Visitor Services Assistant", "race_nationality"),
    ("No Eastern European agency workers, please.", "Warehouse Operative", "race_nationality"),
    (
        "You'll need an ear for English idiom, the kind only someone raised here picks up.",
        "Communications Officer",
        "race_nationality",
    ),
    (
        "We've found overseas-trained nurses need too much support, so we prefer applicants who qualified here.",
        "Staff Nurse",
        "race_nationality",
    ),
    (
        "Our clients are traditional, so we're keen on a candidate of English heritage.",
        "Parish Clerk",
        "race_nationality",
    ),
    ("You must be able to show you speak English like a native.", "Administrative Assistant", "race_nationality"),
    (
        "Only applicants from the UK, Ireland, Australia, Canada or New Zealand will be considered, as good English is essential.",  # noqa: E501
        "Receptionist",
        "race_nationality",
    ),
    (
        "We'd rather not take on anyone who'll need long trips back home to family overseas.",
        "Care Coordinator",
        "race_nationality",
    ),
    (
        "A real Brummie who's lived in the city since birth would be ideal.",
        "Community Liaison Officer",
        "race_nationality",
    ),
    (
        "Candidates will need to fund their own travel to the assessment day in London.",
        "Graduate Trainee",
        "socioeconomic",
    ),
    (
        "Applicants must complete a six-week unpaid trial before any offer is made.",
        "Charity Shop Assistant",
        "socioeconomic",
    ),
    (
        "You'll be expected to use your own mobile phone and data allowance for work calls.",
        "Housing Officer",
        "socioeconomic",
    ),
    (
        "Please tell us which secondary school you went to and whether it was fee-paying.",
        "Policy Officer",
        "socioeconomic",
    ),
    (
        "Applicants from the Eastfield estate are unlikely to be a good fit for this role.",
        "Community Officer",
        "socioeconomic",
    ),
    ("Uniform must be bought by the employee before the first shift (about £120).", "Care Assistant", "socioeconomic"),
    (
        "We'd love someone who skis, sails or plays polo to help us connect with our donors.",
        "Fundraising Officer",
        "socioeconomic",
    ),
    (
        "You'll be paid monthly in arrears, so you'll need to support yourself for the first six weeks.",
        "Support Worker",
        "socioeconomic",
    ),
    ("A gap year spent travelling would be a real plus.", "Youth Engagement Officer", "socioeconomic"),
    (
        "Previous unpaid experience with a charity or campaign group is essential.",
        "Campaigns Assistant",
        "socioeconomic",
    ),
    ("Homeowners are preferred, as it shows stability.", "Finance Officer", "socioeconomic"),
    (
        "You'll need to pay for your own professional membership and exam fees up front.",
        "Trainee Accountant",
        "socioeconomic",
    ),
    (
        "We usually recruit from the top ten universities in the league tables.",
        "Graduate Policy Officer",
        "socioeconomic",
    ),
    (
        "Applicants should have a polished, cultured accent suitable for dealing with councillors.",
        "Democratic Services Officer",
        "socioeconomic",
    ),
    ("Anyone with a County Court Judgment need not apply.", "Customer Services Assistant", "socioeconomic"),
    (
        "You must be able to attend three unpaid induction days in the fortnight before you start.",
        "Support Worker",
        "socioeconomic",
    ),
    (
        "You'll be expected to join the team at the annual ball (tickets £85, self-funded).",
        "Fundraising Assistant",
        "socioeconomic",
    ),
    ("You'll need your own car for visits, and mileage is not paid.", "Community Outreach Worker", "socioeconomic"),
    ("Staff pay for their own enhanced criminal record check before starting.", "Teaching Assistant", "socioeconomic"),
    (
        "We value cultural capital - a love of opera, fine dining and foreign travel.",
        "Arts Development Officer",
        "socioeconomic",
    ),
    ("Ideally you'll come from a professional family background.", "Trainee Solicitor", "socioeconomic"),
    ("Knowing which fork to use is a must at our donor dinners.", "Events Officer", "socioeconomic"),
    (
        "Candidates who have claimed benefits in the last twelve months will not be considered.",
        "Benefits Assessor",
        "socioeconomic",
    ),
    ("Private school education preferred.", "Governance Officer", "socioeconomic"),
    (
        "Tools aren't provided, so bring your own full kit (worth around £400) on day one.",
        "Apprentice Carpenter",
        "socioeconomic",
    ),
    (
        "Travel costs are reimbursed quarterly, so you'll need to cover them yourself in the meantime.",
        "Outreach Worker",
        "socioeconomic",
    ),
    (
        "Contacts through the Rotary Club or the golf club would give you a real head start.",
        "Business Engagement Officer",
        "socioeconomic",
    ),
    (
        "You must live in a home with a spare room you can use as a dedicated office.",
        "Home-based Advisor",
        "socioeconomic",
    ),
    ("Ideally you'll ride and know your way around the point-to-point scene.", "Countryside Ranger", "socioeconomic"),
    (
        "We're a tight-knit bunch who hit the pub every Friday, so you'll need to be up for a pint.",
        "Finance Officer",
        "exclusionary_jargon",
    ),
    (
        "You must be happy to burn the midnight oil whenever things kick off.",
        "Communications Officer",
        "exclusionary_jargon",
    ),
    ("If you're a clock-watcher, don't bother applying.", "Admin Officer", "exclusionary_jargon"),
    ("We play by our own rules here and we don't do political correctness.", "Depot Supervisor", "exclusionary_jargon"),
    (
        "Our office runs on sarcasm and wind-ups, so don't be precious.",
        "Customer Services Team Leader",
        "exclusionary_jargon",
    ),
    (
        "Above all we hire for culture fit, so you'll need to be our kind of person.",
        "Digital Officer",
        "exclusionary_jargon",
    ),
    (
        "We're a family here, which means late nights and weekends whenever the family needs you.",
        "Events Coordinator",
        "exclusionary_jargon",
    ),
    ("Not for the faint-hearted - we eat problems for breakfast.", "Housing Officer", "exclusionary_jargon"),
    ("Ninja-level spreadsheet skills required.", "Data Analyst", "exclusionary_jargon"),
    ("Emails at 11pm are normal here and we expect quick replies.", "Policy Advisor", "exclusionary_jargon"),
    ("We don't do mollycoddling - it's sink or swim from day one.", "Trainee Social Worker", "exclusionary_jargon"),
    ("You'll need to be a 24/7 kind of person.", "Marketing Officer", "exclusionary_jargon"),
    ("If you can't take a joke, this isn't the crew for you.", "Refuse Collector", "exclusionary_jargon"),
    (
        "Our away days mean paintballing, an assault course and a big night out afterwards.",
        "Team Leader",
        "exclusionary_jargon",
    ),
    (
        "You'll fit in if you like your football, your darts and a bit of a flutter.",
        "Depot Operative",
        "exclusionary_jargon",
    ),
    ("We want a guru who lives on caffeine and deadlines.", "IT Support Officer", "exclusionary_jargon"),
    (
        "We're not a nine-to-five outfit - if you value your evenings, look elsewhere.",
        "Community Engagement Officer",
        "exclusionary_jargon",
    ),
    (
        "Mental toughness is a must; tears won't get you far in this team.",
        "Children's Services Officer",
        "exclusionary_jargon",
    ),
    (
        "You'll have to handle the effing and blinding on the shop floor and dish it back.",
        "Warehouse Supervisor",
        "exclusionary_jargon",
    ),
    ("We're a Friday-pub, Sunday-league kind of team.", "Planning Technician", "exclusionary_jargon"),
    ("No room for passengers here - pull your weight or get off the bus.", "Project Manager", "exclusionary_jargon"),
    ("Easily offended? You won't last a week on site.", "Site Supervisor", "exclusionary_jargon"),
    (
        "We thrive on organised chaos, so if you need routine or clear instructions this won't be for you.",
        "Admin Officer",
        "exclusionary_jargon",
    ),
    ("Our motto is 'first in, last out' - and we mean it.", "Estates Officer", "exclusionary_jargon"),
    ("We're hiring a hustler with a bit of swagger.", "Fundraising Officer", "exclusionary_jargon"),
    (
        "You must be comfortable with colourful language and old-school banter in the cab.",
        "Highways Operative",
        "exclusionary_jargon",
    ),
    ("We live by a 'whatever it takes' mantra - holidays included.", "Programme Officer", "exclusionary_jargon"),
    (
        "We're looking for a 10x performer who can do the work of three people.",
        "Finance Officer",
        "exclusionary_jargon",
    ),
    (
        "The successful candidate will report to the Head of Finance, and he will manage a team of four.",
        "Finance Manager",
        "gendered_term",
    ),
    ("She will be the first point of contact for everyone who visits the Town Hall.", "Receptionist", "gendered_term"),
    ("Odd-job man wanted for our sheltered housing schemes.", "Caretaker", "gendered_term"),
    ("Dinner ladies wanted for three of our primary schools.", "Midday Supervisor", "gendered_term"),
    (
        "Applications are invited for the post of Vice-Chairman of the Trust.",
        "Vice-Chair of the Board",
        "gendered_term",
    ),
    ("Groundsman required for our cemeteries and parks.", "Grounds Maintenance Operative", "gendered_term"),
    ("The ideal candidate will be a real gentleman with our residents.", "Care Assistant", "gendered_term"),
    ("Postman needed for our internal mail room.", "Post Room Assistant", "gendered_term"),
    ("We need a natural salesman to grow our commercial waste contracts.", "Commercial Waste Officer", "gendered_term"),
    ("Calling all cleaning ladies - we've got hours to fill!", "Cleaner", "gendered_term"),
    ("Night watchman wanted for the highways depot.", "Security Officer", "gendered_term"),
    ("Each warden will be expected to keep his patrol log up to date.", "Civil Enforcement Officer", "gendered_term"),
    ("Our new tea lady will keep the civic centre running on time.", "Catering Assistant", "gendered_term"),
    ("We're after a confident frontman for our campaigns.", "Campaigns Officer", "gendered_term"),
    ("We need a new lollipop man for Hill Street.", "School Crossing Patrol", "gendered_term"),
    (
        "The key holder will be responsible for opening up, and he must lock the hall by 11pm.",
        "Caretaker",
        "gendered_term",
    ),
    ("Office girl wanted for a busy front desk.", "Office Assistant", "gendered_term"),
    ("Barmaid required for our community centre bar on Friday nights.", "Bar Assistant", "gendered_term"),
    ("Storeman required for the highways depot.", "Stores Operative", "gendered_term"),
    ("The warden will live on site in the scheme flat with her family.", "Sheltered Housing Officer", "gendered_term"),
    ("Our newest linesman will join the street lighting crew in March.", "Street Lighting Operative", "gendered_term"),
    ("We need a matronly presence to keep the ward in order.", "Ward Manager", "gendered_term"),
    ("Looking for a reliable lad to join our parks crew.", "Parks Operative", "gendered_term"),
    ("Seamstress required for the theatre's wardrobe department.", "Wardrobe Assistant", "gendered_term"),
    (
        "Our next Clerk of Works will be a practical man who knows his way round a building site.",
        "Clerk of Works",
        "gendered_term",
    ),
    ("Cameraman needed to film council meetings for the webcast.", "Webcasting Officer", "gendered_term"),
    ("Retained firemen wanted for our village stations.", "On-Call Firefighter", "gendered_term"),
    ("Each applicant should state his current salary on the form.", "Administrative Officer", "gendered_term"),
    ("A degree is essential.", "Kitchen Porter", "unnecessary_requirement"),
    (
        "Applicants must hold a master's degree in a relevant subject.",
        "Administrative Assistant",
        "unnecessary_requirement",
    ),
    ("At least 5 GCSEs at grade A*/A, including Latin.", "Caretaker", "unnecessary_requirement"),
    ("At least ten years' experience in a similar role is essential.", "Cleaner", "unnecessary_requirement"),
    ("A PhD would be highly desirable.", "Library Assistant", "unnecessary_requirement"),
    ("CIPD Level 7 qualification essential.", "HR Administrator", "unnecessary_requirement"),
    ("Chartered surveyor status is essential.", "Housing Repairs Call Handler", "unnecessary_requirement"),
    ("A levels in three sciences are required.", "Leisure Centre Receptionist", "unnecessary_requirement"),
    ("You must have a law degree.", "Parking Services Administrator", "unnecessary_requirement"),
    ("Applicants must be fluent in French and German.", "Refuse Collector", "unnecessary_requirement"),
    ("A 2:1 degree or above is essential.", "Customer Services Advisor", "unnecessary_requirement"),
    ("Previous experience in local government is essential.", "Street Cleansing Operative", "unnecessary_requirement"),
    ("You must hold a teaching qualification.", "School Receptionist", "unnecessary_requirement"),
    (
        "A postgraduate qualification in social policy is essential.",
        "Community Centre Caretaker",
        "unnecessary_requirement",
    ),
    ("You must be a qualified accountant (ACA, ACCA or CIMA).", "Cashier Assistant", "unnecessary_requirement"),
    (
        "Applicants should have at least five years' supervisory experience.",
        "Apprentice Administrator",
        "unnecessary_requirement",
    ),
    ("A working knowledge of Latin or Ancient Greek is desirable.", "Car Park Attendant", "unnecessary_requirement"),
    ("Essential: an MSc in data science.", "Payroll Clerk", "unnecessary_requirement"),
    (
        "You'll need a Level 3 diploma in horticulture and five years' experience.",
        "Trainee Gardener",
        "unnecessary_requirement",
    ),
    ("A degree in English literature is required.", "Receptionist", "unnecessary_requirement"),
    ("PRINCE2 Practitioner certification required.", "Facilities Assistant", "unnecessary_requirement"),
    ("A level maths at grade A or above.", "Leisure Receptionist", "unnecessary_requirement"),
    ("Membership of the Institute of Directors is expected.", "Business Support Officer", "unnecessary_requirement"),
    ("A degree-level qualification in food science is essential.", "Kitchen Assistant", "unnecessary_requirement"),
    ("You'll need a master's in public administration.", "Cemetery Attendant", "unnecessary_requirement"),
    ("Minimum 15 years' experience in customer service.", "Customer Services Assistant", "unnecessary_requirement"),
    ("Applicants must hold a BSc in Nursing.", "Ward Housekeeper", "unnecessary_requirement"),
    ("An engineering degree is essential for this post.", "Bus Station Attendant", "unnecessary_requirement"),
]

ROUND19_QUIET = [
    ("You'll run activities for young people aged 11 to 19 at our youth centres.", "Youth Worker", "age"),
    ("You'll support older residents living with dementia.", "Care Assistant", "age"),
    ("You must be 18 or over, as the law requires for selling alcohol without supervision.", "Bar Supervisor", "age"),
    ("This apprenticeship is open to people of any age.", "Apprentice Gardener", "age"),
    (
        "We welcome applications from people at every stage of their career, including returners and career changers.",
        "Finance Officer",
        "age",
    ),
    ("The law requires door supervisors to be at least 18.", "Door Supervisor", "age"),
    ("Our day centre serves adults over 65 from across the borough.", "Day Centre Officer", "age"),
    ("Experience of caring for children under five is essential.", "Nursery Practitioner", "age"),
    ("There is no upper age limit for this apprenticeship.", "Apprentice Electrician", "age"),
    ("You'll join the Local Government Pension Scheme from your first day.", "Administrative Officer", "age"),
    ("Our mentoring scheme pairs each new starter with an experienced colleague.", "Planning Officer", "age"),
    ("You'll help school leavers and young adults find apprenticeships.", "Careers Adviser", "age"),
    (
        "A full driving licence is essential, as you'll drive the council's minibus every day.",
        "Minibus Driver",
        "disability",
    ),
    (
        "You'll need to pass the National Pool Lifeguard Qualification, including the swim test.",
        "Lifeguard",
        "disability",
    ),
    (
        "We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria.",  # noqa: E501
        "Policy Officer",
        "disability",
    ),
    (
        "Tell us if you need any adjustments for the interview and we'll make them.",
        "Administrative Assistant",
        "disability",
    ),
    (
        "The job involves pulling bins and walking up to ten miles a day; we're happy to talk through adjustments.",
        "Refuse Collector",
        "disability",
    ),
    (
        "You don't need to drive; the office is a five-minute walk from the bus station.",
        "Finance Assistant",
        "disability",
    ),
    ("You'll support adults with learning disabilities to live independently.", "Support Worker", "disability"),
    (
        "Normal colour vision is needed to tell cable colours apart, and we'll check this at the practical test.",
        "Trainee Electrician",
        "disability",
    ),
    (
        "The building has step-free access, a lift to every floor and an accessible toilet.",
        "Receptionist",
        "disability",
    ),
    (
        "You'll need to pass the Group 2 driver medical that the law requires for bus drivers.",
        "Bus Driver",
        "disability",
    ),
    (
        "Applicants take a fitness test set against the national standard for firefighters.",
        "On-Call Firefighter",
        "disability",
    ),
    (
        "We welcome applications from people with lived experience of mental ill health.",
        "Peer Support Worker",
        "disability",
    ),
    (
        "Welsh language skills are essential, as you'll run every session through the medium of Welsh.",
        "Welsh Language Officer",
        "race_nationality",
    ),
    ("You'll need good spoken and written English to write clear case notes.", "Social Worker", "race_nationality"),
    ("We are unable to sponsor a visa for this post.", "Administrative Officer", "race_nationality"),
    (
        "You'll need to show you have the right to work in the UK; we accept any document on the Home Office list.",
        "Cleaner",
        "race_nationality",
    ),
    (
        "We particularly welcome applications from Black, Asian and minority ethnic candidates, who are under-represented in our planning team.",  # noqa: E501
        "Planning Officer",
        "race_nationality",
    ),
    (
        "You'll work with refugees and people seeking asylum from many different countries.",
        "Resettlement Officer",
        "race_nationality",
    ),
    (
        "Overseas qualifications are welcome, and we'll help you get them compared with UK ones.",
        "Accountant",
        "race_nationality",
    ),
    (
        "Speaking Polish, Romanian or Urdu would be useful, as many of our tenants do.",
        "Tenancy Support Officer",
        "race_nationality",
    ),
    (
        "Interpreters are available for customers who don't speak English.",
        "Customer Services Advisor",
        "race_nationality",
    ),
    (
        "Fluent Gaelic is essential because you'll lead our Gaelic-medium playgroup.",
        "Gaelic Early Years Practitioner",
        "race_nationality",
    ),
    (
        "This post is open to people of any nationality who have the right to work in the UK.",
        "Laboratory Technician",
        "race_nationality",
    ),
    (
        "If you're new to the city, don't worry - your induction includes a tour of every neighbourhood we serve.",
        "Community Liaison Officer",
        "race_nationality",
    ),
    ("You don't need a degree; we'll train you on the job.", "Trainee Planning Technician", "socioeconomic"),
    ("We pay for your DBS check, uniform and safety boots.", "Care Assistant", "socioeconomic"),
    ("We'll pay your travel costs to the interview.", "Graduate Trainee", "socioeconomic"),
    ("We pay the real Living Wage to every member of staff.", "Cleaner", "socioeconomic"),
    ("We provide a laptop, a phone and a home-working allowance.", "Home-based Advisor", "socioeconomic"),
    (
        "We ask about your parents' jobs when you were 14 only to monitor our reach; the panel never sees the answer.",
        "Policy Officer",
        "socioeconomic",
    ),
    (
        "We guarantee an interview to care leavers who meet the essential criteria.",
        "Apprentice Administrator",
        "socioeconomic",
    ),
    ("All our work placements are paid from the first day.", "Youth Worker", "socioeconomic"),
    (
        "You'll help tenants on low incomes claim the benefits and grants they're entitled to.",
        "Welfare Rights Adviser",
        "socioeconomic",
    ),
    ("Tools, workwear and safety boots are provided free of charge.", "Apprentice Carpenter", "socioeconomic"),
    (
        "We pay weekly for your first two months, so you're not waiting long for your first wage.",
        "Support Worker",
        "socioeconomic",
    ),
    ("You'll work with families living in temporary accommodation.", "Homelessness Officer", "socioeconomic"),
    ("We work flexibly and never expect emails to be answered out of hours.", "Policy Advisor", "exclusionary_jargon"),
    (
        "Our team get-togethers are in work time and always include alcohol-free options.",
        "Finance Officer",
        "exclusionary_jargon",
    ),
    (
        "Some tenants you meet may be upset or angry, so we give you full training and support.",
        "Housing Officer",
        "exclusionary_jargon",
    ),
    (
        "Year end is busy, with tight deadlines, so we plan leave around it together.",
        "Finance Officer",
        "exclusionary_jargon",
    ),
    (
        "You'll have difficult conversations, and supervision and debriefs are built into every week.",
        "Social Worker",
        "exclusionary_jargon",
    ),
    ("We're a friendly team and we'll support you while you learn.", "Administrative Assistant", "exclusionary_jargon"),
    (
        "There are occasional evening meetings, with time off in lieu.",
        "Democratic Services Officer",
        "exclusionary_jargon",
    ),
    (
        "The work can be emotionally demanding, and free counselling is available through our employee assistance programme.",  # noqa: E501
        "Bereavement Services Officer",
        "exclusionary_jargon",
    ),
    ("Our values are respect, openness and fairness.", "Housing Officer", "exclusionary_jargon"),
    (
        "You'll join an on-call rota one week in six, with a payment for each week on call.",
        "Building Control Surveyor",
        "exclusionary_jargon",
    ),
    (
        "We're happy to agree adjustments to routines and ways of working that help you do your best.",
        "Data Analyst",
        "exclusionary_jargon",
    ),
    (
        "For an informal chat, ring our Depot Manager, Mrs Penhallow, on 01632 960471.",
        "Refuse Collector",
        "gendered_term",
    ),
    (
        "The postholder will manage a team of six and they will report to the Head of Service.",
        "Team Manager",
        "gendered_term",
    ),
    (
        "This is a women-only post under Schedule 9 of the Equality Act 2010, as it involves intimate care in a refuge.",  # noqa: E501
        "Refuge Support Worker",
        "gendered_term",
    ),
    (
        "We particularly welcome applications from men, who are under-represented in our early years team.",
        "Nursery Practitioner",
        "gendered_term",
    ),
    ("You'll support women and girls affected by domestic abuse.", "Domestic Abuse Support Worker", "gendered_term"),
    ("Shared parental leave is paid at full pay for 26 weeks.", "Administrative Officer", "gendered_term"),
    ("We welcome applications from people of all genders.", "Refuse Collector", "gendered_term"),
    (
        "You'll run our men's health outreach sessions in local barbershops.",
        "Health Improvement Practitioner",
        "gendered_term",
    ),
    ("The firefighter will keep their kit clean and ready for every call.", "On-Call Firefighter", "gendered_term"),
    (
        "The job is based at Manor House, a listed building on the edge of the park.",
        "Heritage Officer",
        "gendered_term",
    ),
    (
        "You'll look after the council's human resources system and manage its upgrades.",
        "HR Systems Officer",
        "gendered_term",
    ),
    (
        "You'll report to the Chair of the Board, who is elected each year by the members.",
        "Governance Officer",
        "gendered_term",
    ),
    ("A law degree and a current practising certificate are essential.", "Solicitor", "unnecessary_requirement"),
    (
        "You must hold a Category C licence and a Driver Certificate of Professional Competence.",
        "HGV Driver",
        "unnecessary_requirement",
    ),
    ("Registration with Social Work England is essential.", "Social Worker", "unnecessary_requirement"),
    ("You don't need a degree or any formal qualifications.", "Kitchen Porter", "unnecessary_requirement"),
    ("Gas Safe registration is essential.", "Gas Engineer", "unnecessary_requirement"),
    (
        "Chartered membership of the Royal Town Planning Institute, or working towards it, is essential.",
        "Senior Planning Officer",
        "unnecessary_requirement",
    ),
    (
        "You'll need a Level 2 food hygiene certificate, or be willing to get one in your first month.",
        "Kitchen Assistant",
        "unnecessary_requirement",
    ),
    ("Registration with the Nursing and Midwifery Council is essential.", "Staff Nurse", "unnecessary_requirement"),
    ("No experience needed - full training is given.", "Refuse Collector", "unnecessary_requirement"),
    ("Qualified Teacher Status is essential.", "Class Teacher", "unnecessary_requirement"),
    (
        "GCSE maths and English at grade 4, or equivalent, or a willingness to work towards them.",
        "Apprentice Administrator",
        "unnecessary_requirement",
    ),
    (
        "A recognised accountancy qualification (CIPFA, ACCA or ACA) is essential.",
        "Chief Finance Officer",
        "unnecessary_requirement",
    ),
]

ROUND19_KNOWN_MISSES = {
    "Our graduate scheme is open only to people who finished their degree": (
        "a graduate scheme's recency rule: 'finished their degree in the last two years' is not among the "
        "recency frames"
    ),
    "Applicants must be able to pass a rigorous medical examination": (
        "a pre-appointment medical for a desk job: told apart from the lawful post-offer check only by the title"
    ),
    "The ability to drive is essential for this desk-based role": (
        "'the ability to drive' for a desk job: the driving rule reads licences, and the title list does not "
        "hold HR posts"
    ),
    "Only applicants from the UK, Ireland, Australia, Canada or New Zealand": (
        "a list of countries allowed is not read as the others refused"
    ),
    "We'd rather not take on anyone who'll need long trips back home": (
        "'rather not take on' is not among the refusal frames"
    ),
    "Candidates who have claimed benefits in the last twelve months": (
        "the benefits screen sits in an entry that needs a requirement cue, and 'will not be considered' "
        "comes after the clause"
    ),
    "Please tell us which secondary school you went to": (
        "asking for the school by name; the type of school is a lawful monitoring question, so it is left alone"
    ),
    "Previous unpaid experience with a charity or campaign group is essential.": (
        "'previous' before unpaid experience, with 'essential' at the end of the clause, falls outside the cue"
    ),
    "A level maths at grade A or above.": (
        "an A-level grade for a receptionist: the grade rule needs 'grade' after the subject in its own forms"
    ),
    "A levels in three sciences are required.": (
        "A levels for a receptionist: no rule weighs A levels against a junior title"
    ),
    "A working knowledge of Latin or Ancient Greek is desirable.": (
        "'desirable' reads as optional, which the negation rules treat as the inclusive wording"
    ),
    "Applicants must be fluent in French and German.": (
        "a language the job does not use: only classical languages are read against the title"
    ),
    "Membership of the Institute of Directors is expected.": (
        "a body's membership for a support post: the membership rule knows chartered titles, not this institute"
    ),
}

ROUND19_QUIET_KNOWN = {
    "You'll help school leavers and young adults find apprenticeships.": (
        "school leavers as the service's users: the service-user frame knows 'support' and 'work with', not "
        "'help ... find'"
    ),
    "We ask about your parents' jobs when you were 14 only to monitor": (
        "the Social Mobility Commission's monitoring question, told apart from a screen only by 'only to monitor'"
    ),
}

FLAGGED_ROWS = with_known_misses(ROUND19_FLAGGED, lambda row: reason_starting(ROUND19_KNOWN_MISSES, row[0]))
QUIET_ROWS = with_known_misses(ROUND19_QUIET, lambda row: reason_starting(ROUND19_QUIET_KNOWN, row[0]))


@pytest.mark.parametrize(("text", "title", "category"), FLAGGED_ROWS)
def test_round19_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), QUIET_ROWS)
def test_round19_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
