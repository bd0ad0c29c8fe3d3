"""Round 15 (eighth session): fresh sentences on every protected characteristic, written by a helper who read only
the annotation policy, never the detector: many voices (formal, chatty, lower case, second-language English, Scots,
Irish, Welsh, Jamaican patois), indirect wording and UK services. Each core is the words that disclose, without
the leading "I'm", "As a" the policy lets the panel read. 80 of 248 rows were missed at first and 4 of 95 "stays"
rows were loud; the kinds were fixed and the rest stay as strict xfails with reasons."""

import pytest

from services.redaction.service import Redactor

from ..known_misses import reason_starting, with_known_misses
from .test_protected_markers_round7 import assert_marked, markers

CARE_EXPERIENCE = (
    "care told through a plan, an order, a count of placements, a sibling or dialect, outside the care frames"
)
DISABILITY_HEALTH = (
    "a condition told through its effect, a benefit, a service or a fit note, or in words the frames do not hold"
)
ETHNICITY = "an ethnicity told as a modifier of a job or through family history, outside the identity frames"
GENDER = "sex told as a count of a group ('one of only two female apprentices')"
MARITAL_FAMILY = "a family told through an event or a leave ('the baby arrived', 'adoption leave') or in dialect"
NATIONALITY = "a status told through its paperwork or a route, not an identity word the frames hold"
RELIGION = "a faith told through a practice or an office the practice list does not hold"
SEXUAL_ORIENTATION = "orientation told in words the frames do not hold"
OTHER_KIND = (
    "found, but as another kind: the sets label 'a mum of three', 'a single dad' and dual nationality differently"
)
SPLIT = "removed, but as two markers where the core runs across both (the test asks for one)"

DISCLOSURES = [
    ("Since my stroke in 2022 I do most of my casework notes through Dragon dictation.", "stroke", "DISABILITY_HEALTH"),
    (
        "I get the enhanced mobility rate of PIP, which is why I'd ask for a parking bay near the depot door.",
        "get the enhanced mobility rate of PIP",
        "DISABILITY_HEALTH",
    ),
    (
        "Access to Work already fund my BSL interpreter for team meetings, so there'd be no cost to the council.",
        "Access to Work already fund my BSL interpreter",
        "DISABILITY_HEALTH",
    ),
    (
        "i had an EHCP right through school and i still find long forms slow, so thank you for the phone option",
        "EHCP",
        "DISABILITY_HEALTH",
    ),
    (
        "Long COVID took most of 2021 off me, and I now pace my week around a fixed rest afternoon.",
        "Long COVID",
        "DISABILITY_HEALTH",
    ),
    (
        "I walk with a prosthetic below the knee, so the ladder work in the job description would need a quick risk assessment.",  # noqa: E501
        "walk with a prosthetic below the knee",
        "DISABILITY_HEALTH",
    ),
    (
        "Could the interview room's hearing loop be switched on, please? I wear hearing aids in both ears.",
        "wear hearing aids in both ears",
        "DISABILITY_HEALTH",
    ),
    (
        "I was diagnosed with ADHD at university and it's honestly the reason I'm so good at juggling live incidents.",
        "diagnosed with ADHD",
        "DISABILITY_HEALTH",
    ),
    (
        "My type 1 diabetes is well controlled; I just need to be able to eat at my desk during long audits.",
        "type 1 diabetes",
        "DISABILITY_HEALTH",
    ),
    (
        "After my cancer treatment finished last spring I returned to full hours at Sefton and have been on them since.",  # noqa: E501
        "cancer treatment",
        "DISABILITY_HEALTH",
    ),
    ("Being autistic, I do my best work with written agendas sent the day before.", "autistic", "DISABILITY_HEALTH"),
    (
        "I have bipolar disorder, managed with medication, and I've not had a day off for it in three years.",
        "bipolar disorder",
        "DISABILITY_HEALTH",
    ),
    (
        "The menopause hit me hard in 2023, so I'd rather be upfront that I may need a desk fan and flexible breaks.",
        "menopause hit me hard",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm registered blind and use JAWS, which my current council set up on Liquidlogic for me.",
        "registered blind",
        "DISABILITY_HEALTH",
    ),
    (
        "My English is not perfect and also I have epilepsy, but the seizures are controlled since four years with medicine.",  # noqa: E501
        "epilepsy",
        "DISABILITY_HEALTH",
    ),
    (
        "Following a back injury on the bins in 2019 I can't lift over 15kg, so I'm applying for the driver-only route.",  # noqa: E501
        "back injury",
        "DISABILITY_HEALTH",
    ),
    (
        "I've been in recovery from alcohol for six years and give my Tuesday evenings to a peer group.",
        "recovery from alcohol",
        "DISABILITY_HEALTH",
    ),
    (
        "My MS means some weeks I use a stick and some weeks I don't; either way the office-based parts are no problem.",  # noqa: E501
        "MS",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm a wheelchair user, so I'd appreciate knowing whether the Bootle office has a lift to the second floor.",
        "wheelchair user",
        "DISABILITY_HEALTH",
    ),
    (
        "I had a breakdown in 2020 and spent six weeks in a crisis house, which changed how I approach duty calls.",
        "breakdown",
        "DISABILITY_HEALTH",
    ),
    (
        "I stammer, mostly on the phone, and I'd like the interview to allow a little extra time for answers.",
        "stammer",
        "DISABILITY_HEALTH",
    ),
    (
        "Colour blindness means I read RAG ratings from the labels rather than the colours, which the team's templates now include.",  # noqa: E501
        "Colour blindness",
        "DISABILITY_HEALTH",
    ),
    (
        "Dyspraxia makes my handwriting slow, so I'd request the written exercise on a laptop.",
        "Dyspraxia",
        "DISABILITY_HEALTH",
    ),
    (
        "With my Crohn's I need quick access to a toilet, and the hybrid pattern suits me well.",
        "Crohn's",
        "DISABILITY_HEALTH",
    ),
    (
        "I've lived with anxiety since my teens and use CBT techniques that I now teach to the young people I mentor.",
        "lived with anxiety",
        "DISABILITY_HEALTH",
    ),
    (
        "my sight is going because of glaucoma so i've moved onto big-font settings on everything",
        "sight is going because of glaucoma",
        "DISABILITY_HEALTH",
    ),
    (
        "I was off for five months after open-heart surgery and came back on a phased return through occupational health.",  # noqa: E501
        "open-heart surgery",
        "DISABILITY_HEALTH",
    ),
    (
        "Please note I'm under the community mental health team for PTSD from my army service.",
        "under the community mental health team for PTSD",
        "DISABILITY_HEALTH",
    ),
    (
        "I lost most of the hearing in my right ear in a motorbike accident, so I sit with my left side to the room.",
        "lost most of the hearing in my right ear",
        "DISABILITY_HEALTH",
    ),
    (
        "Fibromyalgia flares can knock me sideways for a day or two, but I plan my caseload so nothing slips.",
        "Fibromyalgia flares",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm applying under the Disability Confident guaranteed interview scheme.",
        "applying under the Disability Confident guaranteed interview scheme",
        "DISABILITY_HEALTH",
    ),
    (
        "I use a cochlear implant, and the phone side of the role is fine with the streamer on my mobile.",
        "use a cochlear implant",
        "DISABILITY_HEALTH",
    ),
    (
        "Sickle cell crises put me in hospital twice last year, though my attendance this year is 100%.",
        "Sickle cell crises",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm dyslexic, which is partly why my reports are so heavily structured - headings help me as much as the reader.",  # noqa: E501
        "dyslexic",
        "DISABILITY_HEALTH",
    ),
    (
        "Ah've had ME for the best part o' ten year, so part-time suits me fine, an' ah'm never late.",
        "Ah've had ME",
        "DISABILITY_HEALTH",
    ),
    (
        "Me knee replacement last year mean mi cyaan kneel fi long, but everyting else inna di job mi can manage.",
        "knee replacement",
        "DISABILITY_HEALTH",
    ),
    (
        "HIV positive and undetectable for nine years - I mention it only because the form asks about ongoing medication.",  # noqa: E501
        "HIV positive",
        "DISABILITY_HEALTH",
    ),
    ("I had a mastectomy in 2021 and still avoid heavy lifting on the left side.", "mastectomy", "DISABILITY_HEALTH"),
    (
        "OCD used to run my life; these days it mostly shows up as very thorough audit trails.",
        "OCD",
        "DISABILITY_HEALTH",
    ),
    (
        "I have a learning disability and I work best with pictures and short steps.",
        "learning disability",
        "DISABILITY_HEALTH",
    ),
    (
        "My migraines are chronic and strip lighting is a trigger, so a desk by the window would really help.",
        "migraines are chronic",
        "DISABILITY_HEALTH",
    ),
    (
        "I've had a colostomy bag since surgery in 2018 and it has never stopped me doing a full shift.",
        "colostomy bag",
        "DISABILITY_HEALTH",
    ),
    (
        "Tourette's means I sometimes tic out loud in meetings; colleagues at the library got used to it within a week.",  # noqa: E501
        "Tourette's",
        "DISABILITY_HEALTH",
    ),
    (
        "I had an eating disorder as a student and now help run the wellbeing group at work.",
        "eating disorder",
        "DISABILITY_HEALTH",
    ),
    (
        "My GP has me on a fit note for reduced hours until March, after which I'm back to 37.",
        "fit note for reduced hours",
        "DISABILITY_HEALTH",
    ),
    (
        "As someone with cerebral palsy I type with one hand, and quickly.",
        "someone with cerebral palsy",
        "DISABILITY_HEALTH",
    ),
    ("i'm partially sighted n use zoomtext on the council laptops", "partially sighted", "DISABILITY_HEALTH"),
    (
        "I was sectioned in 2016, and I think that experience makes me a better AMHP trainee than I'd otherwise be.",
        "sectioned",
        "DISABILITY_HEALTH",
    ),
    (
        "Following my heart attack I was advised to avoid night shifts, so I've applied for the days-only rota.",
        "heart attack",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm waiting on an autism assessment through the NHS, and in the meantime I'd welcome the interview questions in writing.",  # noqa: E501
        "waiting on an autism assessment",
        "DISABILITY_HEALTH",
    ),
    (
        "I live with chronic pain from a spinal injury, and a sit-stand desk makes all the difference.",
        "chronic pain from a spinal injury",
        "DISABILITY_HEALTH",
    ),
    ("I've the diabetes this ten years and it's never once kept me off a shift.", "diabetes", "DISABILITY_HEALTH"),
    (
        "I grew up in foster care on the Wirral and left my last placement at 18.",
        "grew up in foster care",
        "CARE_EXPERIENCE",
    ),
    (
        "As a care leaver I know what it's like to sit on the other side of a review meeting.",
        "care leaver",
        "CARE_EXPERIENCE",
    ),
    (
        "I was accommodated under a Section 20 at 14 and stayed with the same carers until I went to college.",
        "accommodated under a Section 20",
        "CARE_EXPERIENCE",
    ),
    (
        "My nan raised me under a special guardianship order, and she's the reason I take paperwork so seriously.",
        "raised me under a special guardianship order",
        "CARE_EXPERIENCE",
    ),
    (
        "Staying Put let me remain with my foster family through my first year of uni, which is why I finished the degree.",  # noqa: E501
        "Staying Put let me remain with my foster family",
        "CARE_EXPERIENCE",
    ),
    (
        "I still see my personal adviser from the leaving care team now and again; she wrote one of my references.",
        "personal adviser from the leaving care team",
        "CARE_EXPERIENCE",
    ),
    (
        "i lived in a childrens home from 13 so i know how much a good key worker matters",
        "lived in a childrens home",
        "CARE_EXPERIENCE",
    ),
    (
        "I was a looked-after child, and I'm using the council's guaranteed interview offer for that reason.",
        "looked-after child",
        "CARE_EXPERIENCE",
    ),
    (
        "Kinship care with my aunty from the age of nine gave me stability when I needed it most.",
        "Kinship care with my aunty",
        "CARE_EXPERIENCE",
    ),
    (
        "I'm care-experienced and I'd like that taken into account under your ring-fenced apprenticeship scheme.",
        "care-experienced",
        "CARE_EXPERIENCE",
    ),
    (
        "Twelve foster placements in six years teaches you how to walk into a room of strangers and get on with it.",
        "Twelve foster placements",
        "CARE_EXPERIENCE",
    ),
    (
        "I was adopted out of care at seven, so life story work is something I understand from the inside.",
        "adopted out of care",
        "CARE_EXPERIENCE",
    ),
    (
        "The care system raised me more than any one person did, and I want to give something back to it.",
        "care system raised me",
        "CARE_EXPERIENCE",
    ),
    (
        "My leaving care grant furnished my first flat, and I've kept that flat - and the same employer - ever since.",
        "leaving care grant",
        "CARE_EXPERIENCE",
    ),
    (
        "I spent a few months in a secure children's home as a teenager, which I mention because it shapes how I work with young people now.",  # noqa: E501
        "spent a few months in a secure children's home",
        "CARE_EXPERIENCE",
    ),
    (
        "Growing up with foster carers in Cardiff, I picked up Welsh at school and use it daily with tenants.",
        "Growing up with foster carers",
        "CARE_EXPERIENCE",
    ),
    (
        "I lived in supported lodgings from 16 to 18 after leaving my foster placement.",
        "foster placement",
        "CARE_EXPERIENCE",
    ),
    (
        "My Independent Reviewing Officer was the first professional who really listened to me, and she's why I'm applying for this IRO post.",  # noqa: E501
        "Independent Reviewing Officer",
        "CARE_EXPERIENCE",
    ),
    (
        "As a kid in residential care I was the one who wrote the complaints, so I suppose advocacy came early.",
        "kid in residential care",
        "CARE_EXPERIENCE",
    ),
    (
        "I was put into care at 11 and moved schools four times, so I finished my GCSEs at an adult college.",
        "put into care",
        "CARE_EXPERIENCE",
    ),
    (
        "Went into care at 12, came out at 18 with a bin bag and a bus pass - and a stubborn streak that's served me well in enforcement.",  # noqa: E501
        "Went into care",
        "CARE_EXPERIENCE",
    ),
    (
        "mi did grow up inna foster home, so mi know how dem yute feel when dem reach di office",
        "mi did grow up inna foster home",
        "CARE_EXPERIENCE",
    ),
    (
        "I was looked after by the local authority until 18 and they still send me a birthday card, which says something.",  # noqa: E501
        "looked after by the local authority",
        "CARE_EXPERIENCE",
    ),
    (
        "My Pathway Plan said I wanted to work in housing, and here I am applying for housing options.",
        "Pathway Plan",
        "CARE_EXPERIENCE",
    ),
    (
        "My brother and I were placed with different foster families, so keeping siblings together is something I feel strongly about.",  # noqa: E501
        "placed with different foster families",
        "CARE_EXPERIENCE",
    ),
    (
        "I came into care aged 15 and was supported by Sefton's leaving care team into my first tenancy.",
        "came into care",
        "CARE_EXPERIENCE",
    ),
    (
        "I'm a care-experienced graduate and benefited from the university's care leaver bursary.",
        "care-experienced graduate",
        "CARE_EXPERIENCE",
    ),
    (
        "Having been in care myself, I know the difference a consistent social worker makes.",
        "Having been in care myself",
        "CARE_EXPERIENCE",
    ),
    ("My foster mum taught me to drive, and I've held a clean licence ever since.", "foster mum", "CARE_EXPERIENCE"),
    (
        "I grew up in a residential unit in Glasgow, and I'm no' shy o' a difficult conversation because of it.",
        "grew up in a residential unit",
        "CARE_EXPERIENCE",
    ),
    (
        "Wiv me bein' in care most of me childhood, I never 'ad a proper reference till the Prince's Trust.",
        "bein' in care",
        "CARE_EXPERIENCE",
    ),
    (
        "When I was in foster care my social worker helped me apply for college, this is why I want to be social worker also.",  # noqa: E501
        "When I was in foster care",
        "CARE_EXPERIENCE",
    ),
    ("I was in and out of care until 14, when I went to live with my grandparents.", "out of care", "CARE_EXPERIENCE"),
    (
        "Additional information: care-experienced (eligible for the corporate parenting guaranteed interview).",
        "care-experienced",
        "CARE_EXPERIENCE",
    ),
    (
        "This council was my corporate parent, so working for it means more to me than a job.",
        "council was my corporate parent",
        "CARE_EXPERIENCE",
    ),
    (
        "There's a care order on my own file from when I was a baby, and reading it at 18 is what pushed me into social work.",  # noqa: E501
        "care order on my own file",
        "CARE_EXPERIENCE",
    ),
    (
        "I moved into semi-independent accommodation at 16, straight from a children's home in Knowsley.",
        "children's home",
        "CARE_EXPERIENCE",
    ),
    (
        "I was fostered from the age of four by a couple in Newport, and they're still Mam and Dad to me.",
        "fostered",
        "CARE_EXPERIENCE",
    ),
    (
        "Our kid and me were in the care system together, and he'd tell you I was the organised one even then.",
        "care system together",
        "CARE_EXPERIENCE",
    ),
    (
        "As a former child in care I was entitled to a Personal Adviser until 25, and mine helped me apply for this apprenticeship.",  # noqa: E501
        "former child in care",
        "CARE_EXPERIENCE",
    ),
    (
        "I lived with my grandad under a kinship care arrangement after my parents couldn't look after me.",
        "under a kinship care arrangement",
        "CARE_EXPERIENCE",
    ),
    ("My wife is a nurse on nights, so I can offer weekday day shifts only.", "wife", "MARITAL_FAMILY"),
    ("I'm a mum of three, so organising things is second nature to me.", "mum of three", "MARITAL_FAMILY"),
    ("After my divorce in 2020 I went back to full-time work and retrained in payroll.", "divorce", "MARITAL_FAMILY"),
    (
        "I'm currently 24 weeks pregnant and would be honest with you about the timing of any start date.",
        "24 weeks pregnant",
        "MARITAL_FAMILY",
    ),
    (
        "The gap on my CV from 2017 to 2019 was maternity leave with my second.",
        "maternity leave with my second",
        "MARITAL_FAMILY",
    ),
    (
        "I care for my dad, who has Parkinson's, so I'd be asking for a fixed finish time.",
        "care for my dad",
        "MARITAL_FAMILY",
    ),
    ("school run means i cant start before 9.15 but i can stay late any night", "school run", "MARITAL_FAMILY"),
    ("As a single dad I've become very good at doing five things at once.", "single dad", "MARITAL_FAMILY"),
    (
        "My partner and I are relocating to Southport for his job, which is why I'm applying here.",
        "partner",
        "MARITAL_FAMILY",
    ),
    (
        "We got married in August, so please note my surname has changed since my qualifications were issued.",
        "got married in August",
        "MARITAL_FAMILY",
    ),
    ("I've been widowed since 2019 and work has been a real anchor.", "widowed", "MARITAL_FAMILY"),
    (
        "I'm kinship carer for my two grandsons, so the school holidays need a bit of planning.",
        "kinship carer for my two grandsons",
        "MARITAL_FAMILY",
    ),
    (
        "I have shared custody of my son, every other week, and my childcare is arranged around that rota.",
        "shared custody of my son",
        "MARITAL_FAMILY",
    ),
    (
        "Our twins start reception in September, which is when I'd be looking to return to full hours.",
        "twins",
        "MARITAL_FAMILY",
    ),
    (
        "I took adoption leave in 2022 and went back on a four-day pattern afterwards.",
        "took adoption leave",
        "MARITAL_FAMILY",
    ),
    (
        "IVF has meant a lot of early-morning appointments this year, and I'd be grateful for some flexibility with them.",  # noqa: E501
        "IVF",
        "MARITAL_FAMILY",
    ),
    ("I'm engaged and the wedding's in June, so I'd need a week off then if successful.", "engaged", "MARITAL_FAMILY"),
    (
        "Being a young carer for my brother taught me more about benefits than any training course did.",
        "young carer for my brother",
        "MARITAL_FAMILY",
    ),
    ("ma bairns are at the school next tae the depot so the early shift suits me fine", "ma bairns", "MARITAL_FAMILY"),
    ("Mi have two pickney dem at primary, so mi work part-time and study at night.", "two pickney", "MARITAL_FAMILY"),
    (
        "My husband's job brought us to Wales in 2021 and I've been with the health board since.",
        "husband's",
        "MARITAL_FAMILY",
    ),
    (
        "I'm recently separated, which is partly why I'm looking for a permanent contract.",
        "recently separated",
        "MARITAL_FAMILY",
    ),
    ("Ever since the baby arrived I've worked compressed hours, Monday to Thursday.", "baby arrived", "MARITAL_FAMILY"),
    (
        "My stepdaughter lives with us full-time, so my availability for residential trips is limited.",
        "stepdaughter",
        "MARITAL_FAMILY",
    ),
    ("I'm a carer for Mam since her fall, like, so days would suit me lovely.", "carer for Mam", "MARITAL_FAMILY"),
    (
        "Between 2015 and 2018 I stayed home for raising my childrens, after I returned to hotel work.",
        "raising my childrens",
        "MARITAL_FAMILY",
    ),
    (
        "I'm a stay-at-home dad coming back to work now the youngest has started nursery.",
        "stay-at-home dad",
        "MARITAL_FAMILY",
    ),
    (
        "I'm expecting my first child in March and I'd rather be upfront about it.",
        "expecting my first child",
        "MARITAL_FAMILY",
    ),
    (
        "I'm a foster carer for the council myself, so I know the paperwork from both sides.",
        "foster carer",
        "MARITAL_FAMILY",
    ),
    (
        "My civil partnership last spring means the name on my certificates differs from my passport.",
        "civil partnership",
        "MARITAL_FAMILY",
    ),
    (
        "I'm on maternity leave at the moment and could start when my leave ends in February.",
        "maternity leave",
        "MARITAL_FAMILY",
    ),
    (
        "Our youngest has an EHCP and I go to all his reviews, so I'd need a few afternoons a year.",
        "youngest",
        "MARITAL_FAMILY",
    ),
    (
        "Me and the wife run the under-9s on Saturdays, so weekend shifts are the only thing I can't do.",
        "wife",
        "MARITAL_FAMILY",
    ),
    ("i'm a lone parent so part time hours between 9.30 and 2.30 would suit me best", "lone parent", "MARITAL_FAMILY"),
    (
        "After twenty years of marriage I've learned how to negotiate, which comes in handy with contractors.",
        "twenty years of marriage",
        "MARITAL_FAMILY",
    ),
    ("My fiancée works for Merseyrail, so I know all about shift patterns.", "fiancée", "MARITAL_FAMILY"),
    ("I moved to part-time after my son was born and returned to full-time in 2021.", "son was born", "MARITAL_FAMILY"),
    (
        "I have parental responsibility for my niece under a child arrangements order.",
        "parental responsibility for my niece",
        "MARITAL_FAMILY",
    ),
    (
        "Being a grandmother of five keeps me on my toes - I'm used to organised chaos.",
        "grandmother of five",
        "MARITAL_FAMILY",
    ),
    ("My other half is in the Navy, so I've had to be very self-sufficient at home.", "other half", "MARITAL_FAMILY"),
    (
        "My daughter's nursery closes at six, so I'd dial into any late meetings from home.",
        "daughter's",
        "MARITAL_FAMILY",
    ),
    (
        "Sure with the two small lads at home I'm well used to chaos before nine o'clock.",
        "two small lads at home",
        "MARITAL_FAMILY",
    ),
    ("I came to the UK from Syria in 2016 under the resettlement scheme.", "came to the UK from Syria", "NATIONALITY"),
    (
        "I have settled status under the EU Settlement Scheme, so there are no restrictions on my right to work.",
        "settled status under the EU Settlement Scheme",
        "NATIONALITY",
    ),
    ("Right to work: yes - pre-settled status (share code available on request).", "pre-settled status", "NATIONALITY"),
    (
        "I'm on a Health and Care Worker visa, which would need transferring to the council as sponsor.",
        "Health and Care Worker visa",
        "NATIONALITY",
    ),
    ("As an Irish citizen I don't need sponsorship, under the Common Travel Area.", "Irish citizen", "NATIONALITY"),
    (
        "The Home Office granted my asylum claim in 2019, and I've worked in Liverpool ever since.",
        "granted my asylum claim",
        "NATIONALITY",
    ),
    (
        "I arrived from Ukraine under Homes for Ukraine in 2022 and started volunteering at the library a month later.",
        "arrived from Ukraine under Homes for Ukraine",
        "NATIONALITY",
    ),
    ("I'm Polish and qualified as an electrician in Gdańsk.", "Polish", "NATIONALITY"),
    (
        "Since I moved over from Lagos in 2018 I've completed my Level 3 in Health and Social Care.",
        "moved over from Lagos",
        "NATIONALITY",
    ),
    (
        "I naturalised as a British citizen in 2020, having lived here since university.",
        "naturalised as a British citizen",
        "NATIONALITY",
    ),
    ("I hold a Hong Kong BN(O) visa with the right to work full-time.", "Hong Kong BN(O) visa", "NATIONALITY"),
    (
        "My indefinite leave to remain came through last year, so I no longer need a visa.",
        "indefinite leave to remain",
        "NATIONALITY",
    ),
    ("Coming from Zimbabwe, I was used to running wards with very few staff.", "Coming from Zimbabwe", "NATIONALITY"),
    ("i'm from romania and ive been in uk for 6 year, working in care homes all that time", "romania", "NATIONALITY"),
    ("As a Kenyan who trained at Nairobi Hospital, I've seen public health from both ends.", "Kenyan", "NATIONALITY"),
    ("I'm a Ghanaian national with a graduate visa valid until 2027.", "Ghanaian national", "NATIONALITY"),
    (
        "When I first came over from Italy I worked in a café on Bold Street while my degree was being recognised.",
        "came over from Italy",
        "NATIONALITY",
    ),
    (
        "My family fled Eritrea when I was a teenager, and I finished school in Manchester.",
        "family fled Eritrea",
        "NATIONALITY",
    ),
    (
        "I'm a dual British-Portuguese national, so I can work anywhere in the UK or EU.",
        "dual British-Portuguese national",
        "NATIONALITY",
    ),
    (
        "Brexit made me think twice, but as a Spaniard who's put down roots in Preston, I stayed.",
        "Spaniard",
        "NATIONALITY",
    ),
    (
        "I was a refugee myself, arriving in 2015 with no English, which is why the resettlement team matters to me.",
        "refugee myself",
        "NATIONALITY",
    ),
    (
        "Back home in the Philippines I was a staff nurse; here I'm preparing for my OSCE.",
        "Back home in the Philippines",
        "NATIONALITY",
    ),
    ("I've lived in the UK since 2009, when I left Iraq.", "when I left Iraq", "NATIONALITY"),
    (
        "My sponsorship under the Skilled Worker route runs to 2026 and the council would need to take it on.",
        "sponsorship under the Skilled Worker route",
        "NATIONALITY",
    ),
    (
        "As a Jamaican who came over as a nurse in 2003, I have seen a lot of change in the NHS.",
        "Jamaican who came over",
        "NATIONALITY",
    ),
    ("Being American, I had to get used to 'tea' meaning dinner in Wigan.", "American", "NATIONALITY"),
    ("I'm Lithuanian by birth but hold British citizenship now.", "Lithuanian by birth", "NATIONALITY"),
    ("I left Hong Kong for my master's in Manchester and never went back.", "left Hong Kong", "NATIONALITY"),
    (
        "My visa caps me at 20 hours a week in term time, as I'm an international student from Nepal.",
        "international student from Nepal",
        "NATIONALITY",
    ),
    (
        "Being a Somali-born Brit, I bring a perspective the housing team doesn't currently have.",
        "Somali-born Brit",
        "NATIONALITY",
    ),
    ("Before coming here I was a teacher in my country, Albania, for nine years.", "country, Albania", "NATIONALITY"),
    (
        "I'm an EU citizen living in Liverpool since 2011, right to work confirmed through the online check.",
        "EU citizen",
        "NATIONALITY",
    ),
    ("As a Pole in Crewe, I've been the go-to interpreter at every job I've had.", "Pole", "NATIONALITY"),
    (
        "My biometric residence permit shows my refugee status; I'm happy to bring it to interview.",
        "refugee status",
        "NATIONALITY",
    ),
    (
        "Although I am Nigerian, I did all my social work training here at Liverpool John Moores.",
        "Nigerian",
        "NATIONALITY",
    ),
    ("I'm from Bangladesh originally and moved to Tower Hamlets in 2008.", "Bangladesh originally", "NATIONALITY"),
    ("I fast during Ramadan, so I'd prefer the early shift that month.", "fast during Ramadan", "RELIGION"),
    ("I sit on my mosque's committee and manage its £40k annual budget.", "mosque's", "RELIGION"),
    (
        "Most Sundays I'm in the gurdwara kitchen cooking langar for four hundred people, which is good training for school catering.",  # noqa: E501
        "gurdwara kitchen cooking langar",
        "RELIGION",
    ),
    ("I wear a hijab and have never found it a barrier on building sites.", "wear a hijab", "RELIGION"),
    ("As a practising Catholic I'd ask not to be rostered on Sunday mornings.", "practising Catholic", "RELIGION"),
    ("I keep Shabbat, so I'd need to leave early on Fridays in winter.", "keep Shabbat", "RELIGION"),
    ("My faith is the reason I volunteer at the food bank every week.", "faith", "RELIGION"),
    (
        "I'm a lay preacher on the Methodist circuit, so public speaking holds no fear for me.",
        "lay preacher on the Methodist circuit",
        "RELIGION",
    ),
    ("I'd need a short break for Jummah on Fridays, about forty minutes.", "Jummah", "RELIGION"),
    ("I eat halal only, so please let me know if the training days include lunch.", "eat halal only", "RELIGION"),
    (
        "i am jehovahs witness so i dont do birthdays at work but im happy to cover shifts for others",
        "jehovahs witness",
        "RELIGION",
    ),
    (
        "I wear a turban and a kara, so I'd just check whether the hard hat fits over the turban.",
        "wear a turban and a kara",
        "RELIGION",
    ),
    ("I'm a humanist and volunteer as a celebrant at weekends.", "humanist", "RELIGION"),
    (
        "I've been an elder at my kirk for ten years, which has given me plenty of practice chairing difficult meetings.",  # noqa: E501
        "elder at my kirk",
        "RELIGION",
    ),
    ("Our church's youth worker left in 2019 and I took over running the group unpaid.", "church's", "RELIGION"),
    (
        "When I did Hajj in 2018 I led a group of forty, managing everything from visas to medication.",
        "When I did Hajj",
        "RELIGION",
    ),
    ("I'm Hindu and would take Diwali as one of my annual leave days.", "Hindu", "RELIGION"),
    ("Converting to Islam in my twenties changed how I think about community.", "Converting to Islam", "RELIGION"),
    ("I'm a Quaker, and deciding things by consensus has shaped how I chair meetings.", "Quaker", "RELIGION"),
    (
        "Being a Seventh-day Adventist, I can't work Saturdays but I'll happily take Sundays.",
        "Seventh-day Adventist",
        "RELIGION",
    ),
    ("I wear a kippah at all times, including on site.", "wear a kippah", "RELIGION"),
    (
        "I've been a Buddhist for twenty years and meditation is what keeps me calm on the contact centre floor.",
        "Buddhist",
        "RELIGION",
    ),
    ("In our masjid I teach Qur'an classes to twenty children every weekend.", "masjid", "RELIGION"),
    (
        "mi go church every Sunday from mi small, an di pastor say mi is di most reliable usher dem ever have",
        "mi go church every Sunday",
        "RELIGION",
    ),
    (
        "God has carried me through every hard year, and I bring that peace into my work.",
        "God has carried me",
        "RELIGION",
    ),
    (
        "I'll always be wearing my kirpan, which has never been an issue at my current employer.",
        "wearing my kirpan",
        "RELIGION",
    ),
    (
        "As a lifelong atheist I'm comfortable writing non-religious funeral scripts for the crematorium.",
        "lifelong atheist",
        "RELIGION",
    ),
    (
        "I'm Church of Ireland, and our parish hall is where I first learned to run a bingo night for three hundred.",
        "Church of Ireland",
        "RELIGION",
    ),
    (
        "I've taken off every Yom Kippur since I started work and always made the hours up.",
        "taken off every Yom Kippur",
        "RELIGION",
    ),
    ("Eid at ours means forty relatives for dinner, so I'm well used to catering at scale.", "Eid at ours", "RELIGION"),
    ("I pray five times a day and just need somewhere quiet for a few minutes.", "pray five times a day", "RELIGION"),
    (
        "My first language is Punjabi, and I only started speaking English at school.",
        "first language is Punjabi",
        "ETHNICITY",
    ),
    (
        "Tamil is my mother tongue, which helped when the pharmacy took on patients from the Tamil families on the estate.",  # noqa: E501
        "Tamil is my mother tongue",
        "ETHNICITY",
    ),
    (
        "As a British Pakistani I've often been the one colleagues ask about community events.",
        "British Pakistani",
        "ETHNICITY",
    ),
    (
        "I'm mixed race - white English mum, Jamaican dad - and youth work is where that finally felt like an asset.",
        "mixed race - white English mum, Jamaican dad",
        "ETHNICITY",
    ),
    ("I'm from an Irish Traveller family and lived on a site until I was 16.", "Irish Traveller family", "ETHNICITY"),
    (
        "Welsh is my first language and I'd be happy to do the interview through Welsh.",
        "Welsh is my first language",
        "ETHNICITY",
    ),
    (
        "As a native Cantonese speaker from Hong Kong I can support the Chinese community centre's clients directly.",
        "native Cantonese speaker from Hong Kong",
        "ETHNICITY",
    ),
    (
        "My grandparents came over on the Windrush, and that history is why I care about fair access to housing.",
        "grandparents came over on the Windrush",
        "ETHNICITY",
    ),
    ("Being Black in a mostly white team taught me how to raise things diplomatically.", "Black", "ETHNICITY"),
    (
        "I'm of Gypsy Roma heritage and I'm applying for the GRT liaison post with lived experience.",
        "Gypsy Roma heritage",
        "ETHNICITY",
    ),
    (
        "Gaelic was the language of our house growing up, and I still count in it.",
        "Gaelic was the language of our house",
        "ETHNICITY",
    ),
    (
        "As a second-generation Bangladeshi, I've often ended up translating for neighbours.",
        "second-generation Bangladeshi",
        "ETHNICITY",
    ),
    ("i'm half chinese on my mum's side and grew up helping in the family takeaway", "half chinese", "ETHNICITY"),
    ("My heritage is Ghanaian, though I was born and brought up in Toxteth.", "heritage is Ghanaian", "ETHNICITY"),
    (
        "Somali is my first language, English my second, and I'm working on my Arabic.",
        "Somali is my first language",
        "ETHNICITY",
    ),
    (
        "Growing up as one of the few Asian kids in a Lancashire village gave me a thick skin.",
        "one of the few Asian kids",
        "ETHNICITY",
    ),
    ("Being Kurdish, I understand why some families are wary of official letters.", "Kurdish", "ETHNICITY"),
    (
        "My roots are Nigerian Igbo, and that sense of extended family shapes how I run family group conferences.",
        "roots are Nigerian Igbo",
        "ETHNICITY",
    ),
    (
        "As a Black Caribbean social worker, I know how rarely the boys on my caseload see someone like them.",
        "Black Caribbean",
        "ETHNICITY",
    ),
    (
        "Urdu is the language I dream in, even after twenty years of writing reports in English.",
        "Urdu is the language I dream in",
        "ETHNICITY",
    ),
    (
        "I'm Romany on my mother's side and spent summers travelling with the fairs.",
        "Romany on my mother's side",
        "ETHNICITY",
    ),
    ("Mi a Jamaican-heritage Brummie, born an' raise inna Handsworth.", "Jamaican-heritage", "ETHNICITY"),
    (
        "Polish is my native language; I only learned English properly after secondary school.",
        "Polish is my native language",
        "ETHNICITY",
    ),
    (
        "I'm South Asian and often the only one on interview panels, which is one reason I joined the race equality network.",  # noqa: E501
        "South Asian",
        "ETHNICITY",
    ),
    (
        "Being of Chinese descent, I get asked where I'm 'really from' more than I'd like.",
        "Chinese descent",
        "ETHNICITY",
    ),
    ("Title: Mrs", "Mrs", "GENDER"),
    ("As a woman in a mostly male depot I've learned to hold my ground with contractors.", "woman", "GENDER"),
    (
        "I'm a trans man, and some of my certificates are in my previous name; I can provide the deed poll.",
        "trans man",
        "GENDER",
    ),
    ("Please use they/them for me in any correspondence about the interview.", "they/them", "GENDER"),
    (
        "I was one of only two female apprentices in my electrical year at college.",
        "one of only two female apprentices",
        "GENDER",
    ),
    ("Being a bloke in early years, I've had parents assume I'm the caretaker.", "bloke", "GENDER"),
    ("Since transitioning in 2019 I have found a real home in the library service.", "Since transitioning", "GENDER"),
    ("I'm the only woman on the gritting rota and I've never missed a callout.", "only woman", "GENDER"),
    ("Preferred title: Mx", "Mx", "GENDER"),
    ("As a lad who left school with nothing, I know what a good apprenticeship can do.", "lad", "GENDER"),
    (
        "Being a trans woman working in HR, I've rewritten two councils' transitioning-at-work guidance.",
        "trans woman",
        "GENDER",
    ),
    (
        "As a gay man I know how much it matters when young people see someone like them in youth work.",
        "gay man",
        "SEXUAL_ORIENTATION",
    ),
    (
        "I came out as gay at work in 2015 and chaired the LGBT+ staff network the year after.",
        "came out as gay",
        "SEXUAL_ORIENTATION",
    ),
    ("I'm bisexual and I've found the council's Pride network a huge support.", "bisexual", "SEXUAL_ORIENTATION"),
    (
        "As a lesbian working in schools in the 90s, I know what Section 28 did to staff as well as pupils.",
        "lesbian",
        "SEXUAL_ORIENTATION",
    ),
    (
        "i'm queer and i think it makes me better at making young people feel safe to talk",
        "queer",
        "SEXUAL_ORIENTATION",
    ),
    ("Being a gay woman in the fire service taught me resilience.", "gay woman", "SEXUAL_ORIENTATION"),
    (
        "I'm asexual, which I only mention because your monitoring form didn't include it.",
        "asexual",
        "SEXUAL_ORIENTATION",
    ),
    ("I'm pansexual and an active member of the Unison LGBT+ committee.", "pansexual", "SEXUAL_ORIENTATION"),
    ("Being openly gay in construction wasn't easy in 2004, but I stuck at it.", "openly gay", "SEXUAL_ORIENTATION"),
    (
        "Being in a same-sex relationship, I've been on the receiving end of a lettings agent's prejudice, so I know how it feels.",  # noqa: E501
        "same-sex relationship",
        "SEXUAL_ORIENTATION",
    ),
]

STAYS = [
    "I delivered Equality Act training to all 40 staff in the revenues team.",
    "I supported care leavers into their first tenancies under the Staying Put and leaving care protocols.",
    "I moved from Arriva to Stagecoach in 2019 and have driven the 47 route since.",
    "I arranged Ramadan shift swaps in the contact centre so fasting colleagues could finish early.",
    "I processed Access to Work applications for two colleagues and set up their equipment.",
    "I installed and tested the hearing loop at the library's main counter.",
    "I wrote the outcomes section of over 60 EHCPs as an SEN caseworker.",
    "I helped PIP claimants prepare for their assessments at Citizens Advice.",
    "I completed Mental Health First Aid training in 2022.",
    "I led the council's menopause policy review with Unison.",
    "I supported families arriving under Homes for Ukraine with school places and GP registration.",
    "I worked in Kraków for a logistics firm from 2012 to 2016 before joining DHL in Widnes.",
    "I speak Somali, Arabic and English and have interpreted for the housing team.",
    "I coordinated the winter hardship fund with local gurdwaras, mosques and churches.",
    "I organised the borough's Windrush Day exhibition at the Central Library.",
    "I drafted Section 20 agreements and attended LAC reviews as a duty social worker.",
    "I was a personal adviser in the leaving care team, with a caseload of 22 young people.",
    "I handled maternity and shared parental leave calculations in iTrent.",
    "I ran a weekly stay-and-play for young parents at the children's centre.",
    "My mum was a district nurse, which is partly why I applied for public health.",
    "My dad drove for Arriva for thirty years, so I knew the depot before I worked there.",
    "I trained managers on the Public Sector Equality Duty and the Equality Impact Assessment template.",
    "I supported a service user with a prosthetic leg to regain independence at home after discharge.",
    "I arranged BSL interpreters for the council's public consultation events.",
    "I hold Level 2 British Sign Language.",
    "I supported kinship carers through special guardianship assessments.",
    "I grew up in Bootle and still live in the area.",
    "I live in Waterloo, ten minutes from the depot.",
    "I studied nursing at the University of Ghana and then worked at Korle Bu Teaching Hospital.",
    "I worked as caretaker at a mosque and community centre in Toxteth for four years.",
    "I taught RE and citizenship at a Church of England secondary in Southport.",
    "I worked at Islamic Relief as a finance officer from 2015 to 2019.",
    "I supported Gypsy, Roma and Traveller families with school admissions as a GRT liaison officer.",
    "I volunteered at a Trussell Trust food bank every Saturday morning.",
    "I moved from Glasgow to Cardiff in 2018 to join the council's highways team.",
    "I wrote the council's long COVID return-to-work guidance with occupational health.",
    "I set up a quiet room at the Bootle office for prayer and reflection, open to staff of all faiths.",
    "I managed the steward contract for Liverpool Pride in 2023.",
    "I chaired the corporate parenting board's working group on the care leaver council tax exemption.",
    "I delivered autism awareness training to the reablement team.",
    "I processed IVF funding appeals as a commissioning officer at the CCG.",
    "I drove adapted minibuses with wheelchair lifts on SEN transport routes.",
    "I audited the registration fees for marriages and civil partnerships.",
    "I had a Saturday job at a halal butcher's on Smithdown Road during college.",
    "I trained as a refugee resettlement caseworker using the Home Office's VPRS guidance.",
    "I checked right to work documents, including BRPs and share codes, for every new starter.",
    "I translated leaflets into Polish and Romanian for the environmental health team.",
    "I sat on the working group for the council's Disability Confident Leader accreditation.",
    "I supported a young person through her Staying Put arrangement with her former foster carers.",
    "I wrote the pregnancy and maternity section of the school's equality policy.",
    "I co-ordinated the interfaith Remembrance service at the town hall.",
    "My previous employer, Mersey Care, is an NHS mental health trust.",
    "I completed carers' assessments under the Care Act 2014.",
    "I worked nights on Alder Hey's neonatal unit as a healthcare assistant.",
    "My brother is a firefighter on the Wirral, so shift work never put me off.",
    "I sourced kosher and halal meals for the civic reception.",
    "I managed referrals to the community mental health team for clients with PTSD and anxiety.",
    "I led the EU Settlement Scheme outreach sessions for tenants in 2020 and 2021.",
    "I supported an unaccompanied asylum-seeking child through his age assessment.",
    "I taught ESOL to adults at the Sefton adult education centre.",
    "i organised the menopause cafe sessions for staff as part of the wellbeing rota",
    "Mi did run di youth club outta di community centre fi five year, every Friday night.",
    "Ah worked oan the bins in Dundee fer ten year afore movin' tae Edinburgh.",
    "I'm from Swansea originally and moved to Bristol for the job at the council.",
    "I've worked for Gwynedd Council's housing team since 2016, mostly on the Llŷn peninsula.",
    "I was the union rep for drivers at Stagecoach during the pay dispute.",
    "I supported a tenant with sickle cell disease to get a ground-floor transfer.",
    "My referee at Sefton Council can confirm my attendance record.",
    "I facilitated life story work with children in long-term foster placements.",
    "I managed the budget for the council's foster carer recruitment campaign.",
    "I mentored young people for five years with an LGBT+ youth charity.",
    "I led a team of 12 carers in domiciliary care, covering Crosby and Maghull.",
    "I designed the school-run parking enforcement scheme outside six primaries.",
    "I worked alongside the chaplaincy team at Aintree Hospital on end-of-life care.",
    "I supported young carers through the Barnardo's project in Knowsley.",
    "I set the Ramadan and Eid opening hours for the leisure centres.",
    "I handled residents' complaints about the hearing loop in the council chamber.",
    "i taught british sign language level 1 at the college on tuesday nights",
    "I advised landlords on right-to-rent checks for tenants holding visas or settled status.",
    "My sister runs a nursery in Ormskirk and I helped with her Ofsted paperwork.",
    "I took the minutes at SACRE meetings, which advise the council on religious education.",
    "I liaised with the Home Office on standards in asylum dispersal accommodation.",
    "I covered weekend shifts on the children's home rota as a relief residential worker.",
    "I worked as a support worker in a children's home in Knowsley for three years.",
    "I designed wheelchair-accessible routes for the Southport seafront scheme.",
    "I trained in safeguarding adults, including forced marriage and honour-based abuse.",
    "I helped a widowed tenant claim her Bereavement Support Payment.",
    "I ran CV workshops for refugees at Liverpool Central Library.",
    "As an adoption panel member I read the prospective adopters' reports.",
    "I delivered the Equality Act 2010 refresher for managers, covering disability, religion or belief and sexual orientation.",  # noqa: E501
    "I worked in Dublin for Accenture from 2014 to 2017, then joined Capita in Warrington.",
    "I booked the gurdwara hall for the council's vaccination clinic and arranged the langar volunteers' DBS checks.",
    "I processed Skilled Worker sponsorship for overseas nurses as an HR adviser.",
    "I set up the school's Eid and Diwali assemblies as the teaching assistant for year 4.",
]

KNOWN_MISSES = {
    "I get the enhanced mobility rate of PIP, which is why I'd as": DISABILITY_HEALTH,
    "Access to Work already fund my BSL interpreter for team meet": DISABILITY_HEALTH,
    "Long COVID took most of 2021 off me, and I now pace my week ": DISABILITY_HEALTH,
    "I walk with a prosthetic below the knee, so the ladder work ": DISABILITY_HEALTH,
    "The menopause hit me hard in 2023, so I'd rather be upfront ": DISABILITY_HEALTH,
    "my sight is going because of glaucoma so i've moved onto big": DISABILITY_HEALTH,
    "Please note I'm under the community mental health team for P": DISABILITY_HEALTH,
    "Fibromyalgia flares can knock me sideways for a day or two, ": DISABILITY_HEALTH,
    "I'm applying under the Disability Confident guaranteed inter": DISABILITY_HEALTH,
    "Sickle cell crises put me in hospital twice last year, thoug": SPLIT,
    "Ah've had ME for the best part o' ten year, so part-time sui": DISABILITY_HEALTH,
    "Me knee replacement last year mean mi cyaan kneel fi long, b": DISABILITY_HEALTH,
    "My migraines are chronic and strip lighting is a trigger, so": DISABILITY_HEALTH,
    "My GP has me on a fit note for reduced hours until March, af": DISABILITY_HEALTH,
    "As someone with cerebral palsy I type with one hand, and qui": DISABILITY_HEALTH,
    "I was sectioned in 2016, and I think that experience makes m": DISABILITY_HEALTH,
    "I'm waiting on an autism assessment through the NHS, and in ": DISABILITY_HEALTH,
    "I was accommodated under a Section 20 at 14 and stayed with ": CARE_EXPERIENCE,
    "Staying Put let me remain with my foster family through my f": CARE_EXPERIENCE,
    "I still see my personal adviser from the leaving care team n": CARE_EXPERIENCE,
    "Kinship care with my aunty from the age of nine gave me stab": CARE_EXPERIENCE,
    "Twelve foster placements in six years teaches you how to wal": CARE_EXPERIENCE,
    "The care system raised me more than any one person did, and ": CARE_EXPERIENCE,
    "Growing up with foster carers in Cardiff, I picked up Welsh ": CARE_EXPERIENCE,
    "As a kid in residential care I was the one who wrote the com": CARE_EXPERIENCE,
    "mi did grow up inna foster home, so mi know how dem yute fee": CARE_EXPERIENCE,
    "My brother and I were placed with different foster families,": CARE_EXPERIENCE,
    "Having been in care myself, I know the difference a consiste": CARE_EXPERIENCE,
    "Wiv me bein' in care most of me childhood, I never 'ad a pro": CARE_EXPERIENCE,
    "When I was in foster care my social worker helped me apply f": CARE_EXPERIENCE,
    "There's a care order on my own file from when I was a baby, ": CARE_EXPERIENCE,
    "Our kid and me were in the care system together, and he'd te": CARE_EXPERIENCE,
    "I lived with my grandad under a kinship care arrangement aft": CARE_EXPERIENCE,
    "I'm a mum of three, so organising things is second nature to": OTHER_KIND,
    "The gap on my CV from 2017 to 2019 was maternity leave with ": MARITAL_FAMILY,
    "As a single dad I've become very good at doing five things a": OTHER_KIND,
    "I took adoption leave in 2022 and went back on a four-day pa": MARITAL_FAMILY,
    "IVF has meant a lot of early-morning appointments this year,": MARITAL_FAMILY,
    "Being a young carer for my brother taught me more about bene": MARITAL_FAMILY,
    "ma bairns are at the school next tae the depot so the early ": MARITAL_FAMILY,
    "Ever since the baby arrived I've worked compressed hours, Mo": MARITAL_FAMILY,
    "I'm a carer for Mam since her fall, like, so days would suit": MARITAL_FAMILY,
    "Between 2015 and 2018 I stayed home for raising my childrens": MARITAL_FAMILY,
    "I'm a stay-at-home dad coming back to work now the youngest ": OTHER_KIND,
    "After twenty years of marriage I've learned how to negotiate": MARITAL_FAMILY,
    "I moved to part-time after my son was born and returned to f": MARITAL_FAMILY,
    "Sure with the two small lads at home I'm well used to chaos ": MARITAL_FAMILY,
    "The Home Office granted my asylum claim in 2019, and I've wo": NATIONALITY,
    "I'm a dual British-Portuguese national, so I can work anywhe": OTHER_KIND,
    "I was a refugee myself, arriving in 2015 with no English, wh": NATIONALITY,
    "My sponsorship under the Skilled Worker route runs to 2026 a": NATIONALITY,
    "As a Jamaican who came over as a nurse in 2003, I have seen ": NATIONALITY,
    "My visa caps me at 20 hours a week in term time, as I'm an i": NATIONALITY,
    "Being a Somali-born Brit, I bring a perspective the housing ": OTHER_KIND,
    "Before coming here I was a teacher in my country, Albania, f": SPLIT,
    "Most Sundays I'm in the gurdwara kitchen cooking langar for ": RELIGION,
    "I eat halal only, so please let me know if the training days": RELIGION,
    "I wear a turban and a kara, so I'd just check whether the ha": SPLIT,
    "I've been an elder at my kirk for ten years, which has given": RELIGION,
    "When I did Hajj in 2018 I led a group of forty, managing eve": RELIGION,
    "Converting to Islam in my twenties changed how I think about": RELIGION,
    "mi go church every Sunday from mi small, an di pastor say mi": RELIGION,
    "God has carried me through every hard year, and I bring that": RELIGION,
    "I'll always be wearing my kirpan, which has never been an is": RELIGION,
    "I've taken off every Yom Kippur since I started work and alw": RELIGION,
    "Eid at ours means forty relatives for dinner, so I'm well us": RELIGION,
    "I'm mixed race - white English mum, Jamaican dad - and youth": ETHNICITY,
    "My grandparents came over on the Windrush, and that history ": ETHNICITY,
    "As a second-generation Bangladeshi, I've often ended up tran": ETHNICITY,
    "i'm half chinese on my mum's side and grew up helping in the": OTHER_KIND,
    "Growing up as one of the few Asian kids in a Lancashire vill": ETHNICITY,
    "My roots are Nigerian Igbo, and that sense of extended famil": ETHNICITY,
    "Mi a Jamaican-heritage Brummie, born an' raise inna Handswor": ETHNICITY,
    "I was one of only two female apprentices in my electrical ye": GENDER,
}

STAY_KNOWN = {
    "I supported Gypsy, Roma and Traveller families": "'a GRT liaison officer': the job title's community word read as the writer's",  # noqa: E501
    "I set up a quiet room at the Bootle office for prayer": "a prayer room set up for others read as the writer's practice",  # noqa: E501
    "I chaired the corporate parenting board's working group": "'care leaver council tax exemption', a policy, read as the writer's care experience",  # noqa: E501
    "I drove adapted minibuses with wheelchair lifts": "a wheelchair lift on a minibus read as the writer's aid",
}

DISCLOSURE_ROWS = with_known_misses(DISCLOSURES, lambda row: reason_starting(KNOWN_MISSES, row[0]))
STAY_ROWS = with_known_misses(STAYS, lambda text: reason_starting(STAY_KNOWN, text))


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURE_ROWS)
def test_round_15_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAY_ROWS)
def test_round_15_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
