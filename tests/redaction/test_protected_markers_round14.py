"""Round 14: fresh sentences on national origin and migration, family and caring, ethnicity and first language,
health effects and adjustments, and religious practice, written before the detector was run.

Each row is a sentence a UK applicant could write about themselves in a longer statement, in many voices (supporting
statements, cover letters, CV fragments, vetting and right-to-work form answers, second-language English, lower case),
leaning on life-story wording (where someone was born, fled from or still calls home), the routes and schemes a
right-to-work answer names, the language spoken at home, and follow-on clauses. In the health rows the condition is
named first and the shortest disclosing words are the effect or adjustment that follows it in the same sentence; in
most religion rows the faith is named first and the shortest disclosing words are the practice that follows it. The
check is that a marker of the right kind covers the shortest words that disclose; where the edges go is the
resolver's business and is tested elsewhere. The second table is the same vocabulary about clients, service users,
colleagues, family members' jobs, work content, employers, services and places: nothing is removed there.
"""

import pytest

from services.redaction.service import Redactor

from ..known_misses import reason_starting, with_known_misses
from .test_protected_markers_round7 import (  # noqa: F401
    CARE,
    ETHNIC,
    FAITH,
    FAMILY,
    GENDER,
    HEALTH,
    ORIENT,
    ORIGIN,
    assert_marked,
    markers,
)

DISCLOSURES = [
    # national origin, migration and right to work
    ("I was born in Blantyre and we moved to Wolverhampton when I was seven.", "born in Blantyre", ORIGIN),
    (
        "My family fled Kosovo when I was a baby and we spent our first year in a hostel in Croydon.",
        "fled Kosovo",
        ORIGIN,
    ),
    ("Home for me is still Kerala, even though I've lived in Birmingham for twelve years.", "Kerala", ORIGIN),
    (
        "The Windrush scheme finally sorted my status in 2019, fifty years after I arrived as a child.",
        "Windrush scheme",
        ORIGIN,
    ),
    ("I'm a Hong Konger and moved to Reading with my parents in 2021.", "Hong Konger", ORIGIN),
    ("Foreign travel (last 10 years): yearly trips to see my parents in Lahore.", "parents in Lahore", ORIGIN),
    (
        "Relatives abroad: my brother and grandmother still live in Tehran and I visit every other summer.",
        "Tehran",
        ORIGIN,
    ),
    ("Security vetting - foreign travel: Kampala 2023 and 2024, visiting my mother and sisters.", "Kampala", ORIGIN),
    ("Right to work: Ukraine Permission Extension scheme, valid to 2026", "Ukraine Permission Extension", ORIGIN),
    ("Right to work: spouse visa, no restriction on the type of work", "spouse visa", ORIGIN),
    ("Right to work: Ancestry visa (my grandad was from Dundee)", "Ancestry visa", ORIGIN),
    ("Right to work - ARAP, ILR granted on arrival", "ARAP", ORIGIN),
    ("right to work: yes, i am on the five year family route, next extension 2025", "family route", ORIGIN),
    ("Right to work: Irish passport, no visa needed", "Irish passport", ORIGIN),
    ("I'm a Scouser by way of Freetown - we moved to Toxteth when I was nine.", "Freetown", ORIGIN),
    ("I go home to Cebu every Christmas to see my lola and my cousins.", "go home to Cebu", ORIGIN),
    (
        "We left Tigray on foot when I was twelve, and I only sat my first real exam at nineteen in Leeds.",
        "left Tigray",
        ORIGIN,
    ),
    ("My heart is still in Goa, although I've been in Leicester since I was ten.", "Goa", ORIGIN),
    (
        "I came over on the Ukraine Family Scheme in 2022 and my husband is still in Kharkiv.",
        "Ukraine Family Scheme",
        ORIGIN,
    ),
    (
        "I arrived at Heathrow at seventeen with one suitcase and an uncle's address in Tooting.",
        "arrived at Heathrow at seventeen",
        ORIGIN,
    ),
    ("i'm eritrean-born but grew up in milan, moved to london 2016 for work", "eritrean-born", ORIGIN),
    ("English isn't my first language - I grew up in Lisbon and learned it from films.", "grew up in Lisbon", ORIGIN),
    (
        "Immigration status: humanitarian protection, granted 2021, renewable in 2026.",
        "humanitarian protection",
        ORIGIN,
    ),
    (
        "As a Bulgarian national I've been in Slough since 2014 and don't need sponsorship.",
        "Bulgarian national",
        ORIGIN,
    ),
    (
        "We moved from Chennai when Dad got a job at the hospital in Swindon, so I did my GCSEs here.",
        "moved from Chennai",
        ORIGIN,
    ),
    ("I was brought over from Jamaica at three to join my mother in Handsworth.", "brought over from Jamaica", ORIGIN),
    ("I still have family in Mosul and send money home every month.", "family in Mosul", ORIGIN),
    (
        "Having lived half my life in Dhaka and half in Tower Hamlets, I move between two worlds easily.",
        "Dhaka",
        ORIGIN,
    ),
    ("I'm a South African who has called Leeds home for six years.", "South African", ORIGIN),
    ("I came to the UK under the Dubs scheme at fourteen and went to school in Kent.", "Dubs scheme", ORIGIN),
    ("I fled Khartoum in 2023 with my two sisters and we now live in Manchester.", "fled Khartoum", ORIGIN),
    ("I'm on a Global Talent visa, so I can change employer without sponsorship.", "Global Talent visa", ORIGIN),
    (
        "I'm here on a High Potential Individual visa after my master's in Toronto.",
        "High Potential Individual visa",
        ORIGIN,
    ),
    (
        "My visa is tied to my current employer, so you would need to issue a Certificate of Sponsorship.",
        "My visa",
        ORIGIN,
    ),
    ("i came by the small boat in 2020 and now i have my papers and i can work", "small boat", ORIGIN),
    ("Place of birth: Kinshasa (DRC)", "Kinshasa", ORIGIN),
    (
        "My first winter in Scotland, after growing up in Chiang Mai, was a real shock.",
        "growing up in Chiang Mai",
        ORIGIN,
    ),
    ("I moved over from Riga in 2011 for a job at the fish factory in Grimsby.", "moved over from Riga", ORIGIN),
    ("Nationality: British / Ghanaian (dual)", "Ghanaian", ORIGIN),
    ("Even after fifteen years in Coventry, Krakow is where I feel most at home.", "Krakow", ORIGIN),
    ("when i first come to england from lithuania i was working in the fields in lincolnshire", "lithuania", ORIGIN),
    # family and caring responsibilities
    ("I'm going through IVF at the moment, so I may need a few early mornings off for scans.", "IVF", FAMILY),
    ("our littlest is only 18 months so i'm after something part time", "our littlest", FAMILY),
    ("I do the school run, so I can start at 9.15 but not before.", "the school run", FAMILY),
    ("My ex and I co-parent, so I have our son every other week.", "co-parent", FAMILY),
    ("I've been my wife's carer since her stroke, so I need to be home by six.", "my wife's carer", FAMILY),
    (
        "Mum has dementia now and I go over every evening to make her tea and give her tablets.",
        "Mum has dementia",
        FAMILY,
    ),
    ("My husband passed away last year and I've been rebuilding my confidence since.", "husband passed away", FAMILY),
    ("We lost our son in 2021, which is the gap you can see on my CV.", "lost our son", FAMILY),
    ("I'm 28 weeks along, due in August, so I'd be looking at a start date in the new year.", "28 weeks along", FAMILY),
    ("I had a miscarriage in the spring and took a few weeks off to recover.", "miscarriage", FAMILY),
    (
        "Childcare is sorted: my mum has the kids Mondays and Wednesdays and they're at nursery the rest.",
        "Childcare is sorted",
        FAMILY,
    ),
    ("i have 3 children under 6 so i am looking for term time only", "3 children", FAMILY),
    (
        "With my partner away at sea for months, I'm effectively a single parent for half the year.",
        "single parent",
        FAMILY,
    ),
    ("We're a blended family of six, so my weekends are never quiet.", "blended family", FAMILY),
    ("I'm getting married in May and would need two weeks off for the honeymoon.", "getting married", FAMILY),
    ("My civil partner and I moved to Norwich last year for a quieter life.", "civil partner", FAMILY),
    (
        "I've been my dad's carer since his dementia diagnosis and I manage all his appointments.",
        "my dad's carer",
        FAMILY,
    ),
    ("My daughter is autistic and her school sometimes calls me in at short notice.", "My daughter", FAMILY),
    ("We adopted two brothers last year, so I've been out of work settling them in.", "We adopted", FAMILY),
    ("I'm on my second round of fertility treatment and the clinic is in Oxford.", "fertility treatment", FAMILY),
    ("Since my partner died I've been bringing up our girls on my own.", "bringing up our girls", FAMILY),
    ("I am a grandmother of four and look after two of them after school.", "grandmother of four", FAMILY),
    ("my boyfriend and i live together in luton so the commute is easy", "boyfriend", FAMILY),
    ("I'm on adoption leave until the end of March.", "adoption leave", FAMILY),
    ("Our twins were born at 29 weeks and spent ten weeks in NICU, so I extended my leave.", "Our twins", FAMILY),
    (
        "I'm carer for my mum, who has MS, and she needs me until about half nine each morning.",
        "carer for my mum",
        FAMILY,
    ),
    ("Family: wife and three kids, all settled in Milton Keynes.", "wife and three kids", FAMILY),
    ("I was widowed at 34 and went back to college to retrain.", "widowed", FAMILY),
    ("I'm separated and the children live with me during the week.", "separated", FAMILY),
    ("my son is 11 and walks to school by himself now, so early starts are fine", "my son", FAMILY),
    ("The six months out in 2023 were after my brother died, and I'm ready to come back.", "my brother died", FAMILY),
    ("I'm expecting twins in November and hoping to work until October.", "expecting twins", FAMILY),
    ("I pick my stepson up from school on Tuesdays and Thursdays.", "my stepson", FAMILY),
    ("Working around nursery pick-up at 5.30 has made me ruthless with my time.", "nursery pick-up", FAMILY),
    ("Me and my fiancee are moving to Exeter in the summer, so I'm applying for roles there.", "fiancee", FAMILY),
    (
        "I have caring responsibilities for my grandad, so I'd need to leave at 4 on Fridays.",
        "caring responsibilities",
        FAMILY,
    ),
    # ethnicity and first language
    ("At home we speak Punjabi, so I can talk to older patients in their own language.", "we speak Punjabi", ETHNIC),
    ("I'm mixed Jamaican and Welsh and grew up in Cardiff.", "mixed Jamaican and Welsh", ETHNIC),
    (
        "I grew up in the Traveller community in Kent and I'm the first in my family to go to university.",
        "Traveller community",
        ETHNIC,
    ),
    ("As a Black woman in finance, I notice who gets invited to the meetings that matter.", "Black woman", ETHNIC),
    ("My first language is Sylheti and I only learnt English properly at secondary school.", "Sylheti", ETHNIC),
    ("Yoruba was my first language and I still speak it with my grandparents.", "Yoruba", ETHNIC),
    ("I'm British Bangladeshi, the daughter of a restaurant family on Brick Lane.", "British Bangladeshi", ETHNIC),
    ("Being the only Chinese kid at my school in Cumbria taught me resilience early.", "Chinese kid", ETHNIC),
    ("I'm Romany and proud of it; my grandparents worked the fairs all their lives.", "Romany", ETHNIC),
    ("As a young Black man from Moss Side, I know what it's like to be stopped and searched.", "Black man", ETHNIC),
    ("i am kurdish, i speak kurmanji and sorani and some arabic", "kurdish", ETHNIC),
    ("Twi is my mother tongue and I use it every day with my mum.", "Twi", ETHNIC),
    ("I'm of Caribbean heritage and my grandparents came over on the Empire Windrush.", "Caribbean heritage", ETHNIC),
    ("Ethnicity: White - Gypsy or Irish Traveller", "Gypsy or Irish Traveller", ETHNIC),
    ("I'm half Japanese, half Scottish, and completely at home in both.", "half Japanese", ETHNIC),
    ("Ethnic origin: Black Caribbean", "Black Caribbean", ETHNIC),
    (
        "Growing up Somali in Bristol meant translating for my parents at every appointment.",
        "Growing up Somali",
        ETHNIC,
    ),
    ("We speak Gujarati at home and I picked up English at nursery.", "Gujarati", ETHNIC),
    (
        "Being of South Asian heritage, I understand the stigma around mental health in our communities.",
        "South Asian heritage",
        ETHNIC,
    ),
    ("i'm a brown girl from luton and i'm not ashamed of where i come from", "brown girl", ETHNIC),
    ("As a person of colour in a very white industry, I want to open doors for others.", "person of colour", ETHNIC),
    ("I'm Jamaican-British, second generation, and grew up in Lewisham.", "Jamaican-British", ETHNIC),
    ("My heritage is Bengali and I read and write the script as well as speak it.", "heritage is Bengali", ETHNIC),
    ("I'm a Scottish Traveller and I left school at twelve to work with my father.", "Scottish Traveller", ETHNIC),
    ("Arabic is my first language; my English I mostly learned through work.", "Arabic", ETHNIC),
    ("I am of mixed heritage - white British and Pakistani.", "mixed heritage", ETHNIC),
    ("I'm Roma, and I was the first in my family to sit GCSEs.", "Roma", ETHNIC),
    ("My accent gives it away: I'm a Black Brummie and proud.", "Black Brummie", ETHNIC),
    ("Tamil is the language I think in, though I write best in English.", "Tamil", ETHNIC),
    ("being the only mixed-race girl in my class in norfolk was hard", "mixed-race girl", ETHNIC),
    ("As an East Asian woman I'm used to people assuming I don't speak English.", "East Asian woman", ETHNIC),
    # health: a named condition, then its effect or adjustment (the shortest words are the adjustment)
    (
        "Because of my fibromyalgia I work best with a sit-stand desk and a short break every hour.",
        "a sit-stand desk",
        HEALTH,
    ),
    (
        "I have ulcerative colitis, so I'd need a desk within a short walk of the toilets.",
        "a desk within a short walk of the toilets",
        HEALTH,
    ),
    ("I'm dyslexic and use Read&Write, so I'd need it installed on my work laptop.", "Read&Write", HEALTH),
    (
        "I have MS, which means stairs are hard on a bad day and I'd need a ground-floor desk.",
        "a ground-floor desk",
        HEALTH,
    ),
    ("I'm hard of hearing, so I need captions switched on for Teams calls.", "captions switched on", HEALTH),
    (
        "I have ADHD and work best with noise-cancelling headphones and written notes after meetings.",
        "noise-cancelling headphones",
        HEALTH,
    ),
    ("As I have epilepsy, I can't work alone at height or drive for the job.", "can't work alone at height", HEALTH),
    ("I have type 1 diabetes so I need to be able to eat at my desk and check my levels.", "eat at my desk", HEALTH),
    (
        "I have a stammer, so phone interviews are hard and I'd prefer a video call with the chat open.",
        "a video call with the chat open",
        HEALTH,
    ),
    ("I'm autistic and would need the interview questions a day in advance.", "questions a day in advance", HEALTH),
    ("I have chronic back pain and need a lumbar support and to stand up every half hour.", "a lumbar support", HEALTH),
    ("I have low vision, so I use ZoomText and need my screens at 200% magnification.", "ZoomText", HEALTH),
    (
        "Because of my endometriosis I may need to work from home for a couple of days a month.",
        "work from home for a couple of days a month",
        HEALTH,
    ),
    (
        "I have long covid and can only manage mornings, so I'm looking for a four-hour day.",
        "only manage mornings",
        HEALTH,
    ),
    (
        "I have depression and anxiety; a weekly check-in with my manager helps me stay on track.",
        "a weekly check-in with my manager",
        HEALTH,
    ),
    (
        "I have POTS, so I need to sit down during long briefings and keep water with me.",
        "sit down during long briefings",
        HEALTH,
    ),
    ("I have spina bifida and need an accessible toilet on the same floor as my desk.", "an accessible toilet", HEALTH),
    (
        "I have Meniere's disease, so I can't work on ladders and sometimes need to lie down.",
        "can't work on ladders",
        HEALTH,
    ),
    (
        "i get migraines and bright light sets them off so i need a desk away from the window",
        "a desk away from the window",
        HEALTH,
    ),
    ("I have dyspraxia, so I'd need extra time for any written test.", "extra time for any written test", HEALTH),
    (
        "I have arthritis in my knees, so I'd need a role without kneeling or heavy lifting.",
        "without kneeling or heavy lifting",
        HEALTH,
    ),
    (
        "I'm in recovery from anorexia and need to take my lunch break at the same time each day.",
        "lunch break at the same time each day",
        HEALTH,
    ),
    (
        "I have sickle cell and need to keep warm, so please not a desk under the air con.",
        "not a desk under the air con",
        HEALTH,
    ),
    (
        "I have chronic fatigue syndrome and can do 20 hours over four days, with Wednesdays off to rest.",
        "Wednesdays off to rest",
        HEALTH,
    ),
    (
        "I have PTSD and need a seat with my back to the wall in open-plan offices.",
        "a seat with my back to the wall",
        HEALTH,
    ),
    (
        "I have OCD and a later start time helps, because my mornings take longer than most people's.",
        "a later start time",
        HEALTH,
    ),
    ("I have cerebral palsy on my right side, so I type on a one-handed keyboard.", "one-handed keyboard", HEALTH),
    # religion: practice in a follow-on clause, or practice alone
    (
        "I'm Jewish and don't work after sunset on Fridays, so I'd swap for a Sunday shift.",
        "don't work after sunset on Fridays",
        FAITH,
    ),
    (
        "I'm Muslim and go to Jummah every Friday, so a longer lunch that day would help.",
        "go to Jummah every Friday",
        FAITH,
    ),
    (
        "As a Seventh-day Adventist I keep Saturday as a day of rest, so I can't go on the weekend rota.",
        "keep Saturday as a day of rest",
        FAITH,
    ),
    (
        "I'm a practising Catholic and go to Mass on holy days of obligation, sometimes before work.",
        "go to Mass",
        FAITH,
    ),
    ("I'm Hindu and fast on Ekadashi twice a month, which has never affected my work.", "fast on Ekadashi", FAITH),
    (
        "I'm Sikh and keep my hair uncut, so in the kitchen I'd need a hairnet that fits over my patka.",
        "keep my hair uncut",
        FAITH,
    ),
    (
        "I'm a Muslim woman and would prefer not to shake hands at interview, if that's okay.",
        "prefer not to shake hands",
        FAITH,
    ),
    (
        "I'm Christian and don't work Sundays because that's when I'm at church with my family.",
        "don't work Sundays",
        FAITH,
    ),
    (
        "As an observant Jew I'd need Rosh Hashanah and Yom Kippur off each year.",
        "Rosh Hashanah and Yom Kippur off",
        FAITH,
    ),
    (
        "I'm Muslim and during Ramadan I'd like to start early and finish before sunset.",
        "start early and finish before sunset",
        FAITH,
    ),
    ("I'm Buddhist and meditate for an hour before work, so early starts suit me.", "meditate for an hour", FAITH),
    (
        "I'm a member of the Brethren and don't have a smartphone, so please contact me by landline.",
        "don't have a smartphone",
        FAITH,
    ),
    (
        "i am muslim so i cannot serve alcohol behind the bar but i am happy on the food side",
        "cannot serve alcohol",
        FAITH,
    ),
    (
        "I'm Jain and don't eat root vegetables, so I'd bring my own food to team lunches.",
        "don't eat root vegetables",
        FAITH,
    ),
    ("I wear a kippah at all times and would keep it on under a hard hat.", "kippah", FAITH),
    ("I pray Fajr before my shift, so a 7am start is no problem for me.", "pray Fajr", FAITH),
    ("Sunday mornings I'm at Kingdom Hall, so I can't do weekend shifts before 1pm.", "at Kingdom Hall", FAITH),
    ("I attend the gurdwara every Sunday morning and do seva in the langar kitchen.", "attend the gurdwara", FAITH),
    ("I'm Orthodox and need to leave by 2pm on Fridays in December and January.", "leave by 2pm on Fridays", FAITH),
    ("I'm Wiccan and celebrate the solstices, which I'd take as annual leave.", "celebrate the solstices", FAITH),
    ("I'm a Christian and I fast on Wednesdays, so I'll skip the team lunch that day.", "fast on Wednesdays", FAITH),
]

STAYS = [
    # national origin, migration and right to work
    "I ran ESOL classes for Eritrean and Syrian mothers at the children's centre.",
    "I worked on the Windrush Compensation Scheme as a caseworker for two years.",
    "I processed BN(O) visa applications at the Home Office in Sheffield.",
    "Our school took in twelve pupils from Hong Kong last year and I coordinated their induction.",
    "I checked right-to-work documents, including ARAP and Ukraine scheme permissions, for new starters.",
    "I helped Afghan families resettled under ARAP to find school places in Wiltshire.",
    "I helped a client who fled Kosovo in 1999 apply for British citizenship.",
    "I organised a study tour to Kerala for our second-year nursing students.",
    "I vetted contractors for SC clearance, including their foreign travel and relatives abroad.",
    "I managed suppliers in Chennai, Harare and Krakow from our Swindon office.",
    "I interpreted at GP appointments for families who came on the Ukraine Family Scheme.",
    "My manager was born in Harare and mentored me through my first year.",
    "I drafted spouse visa and Ancestry visa applications as an immigration paralegal.",
    "I volunteered at a reception centre in Dover for people arriving by small boat.",
    "I researched the Dubs scheme for a radio documentary on child refugees.",
    "I advised Bulgarian and Romanian nationals on their settled status applications.",
    "I managed Global Talent visa endorsements for the university's researchers.",
    "Our charity sends volunteer engineers to Cebu after typhoons.",
    "I met international students arriving at Heathrow and took them to their halls.",
    "I wrote right-to-work guidance on humanitarian protection and the Ukraine Permission Extension.",
    "i worked in a polish shop in lincoln serving customers from poland and lithuania",
    # family and caring responsibilities
    "I ran the patient booking system for an IVF clinic in Bristol.",
    "I wrote the trust's policy on leave for fertility treatment.",
    "I coordinated a support group for dementia carers at the library.",
    "I planned walking routes for the council to cut traffic on the school run.",
    "As a Cafcass officer I worked with parents trying to co-parent after separation.",
    "I delivered bereavement awareness training to funeral directors and GP receptionists.",
    "I ran a stay-and-play session for toddlers and their parents at the family hub.",
    "I handled adoption leave and maternity pay queries in the payroll team.",
    "I managed the refurbishment of the NICU parents' room at the Royal Victoria Infirmary.",
    "As a sous chef in York I cooked for weddings and civil partnership receptions every weekend.",
    "My colleague's wife has dementia, so I covered his shifts when she was admitted.",
    "My sister runs a childminding business in Luton and I built her website.",
    "I helped grandparents raising their grandchildren to claim Guardian's Allowance.",
    "I wrote the company's guidance on pregnancy loss and miscarriage leave.",
    "I answered calls on a helpline for single parents for three years.",
    "I set up a carers' network for staff looking after elderly parents.",
    "I designed a nursery pick-up app that lets parents message staff.",
    "I ran parenting workshops for blended families at a children's charity.",
    "I wrote benefits advice for widowed parents and newly separated couples.",
    "our nursery manager has twins and i covered her room when they were poorly",
    # ethnicity and first language
    "I delivered Gypsy, Roma and Traveller awareness training to primary teachers.",
    "I interpreted in Punjabi and Urdu for patients at the GP surgery.",
    "I led the bank's mentoring scheme for Black women in finance.",
    "I curated an exhibition on the Traveller community's horse fairs at Appleby.",
    "I ran a survey of mixed-heritage students' experiences for the university.",
    "I analysed exclusion rates for Black Caribbean pupils for the local authority.",
    "I subtitled a Tamil feature film for the London Indian Film Festival.",
    "I commissioned Sylheti and Bengali translations of the council's housing leaflets.",
    "I recruited Roma teaching assistants for a primary school in Sheffield.",
    "I organised the Chinese New Year celebrations at the community centre.",
    "I set up a Somali parents' forum at the academy.",
    "I wrote a report on racism faced by East Asian staff during the pandemic.",
    "I ran Yoruba and Twi storytelling sessions at the library.",
    "I edited an oral history of Caribbean nurses who came over on the Empire Windrush.",
    # health and adjustments
    "I supported tenants through their PIP assessments and tribunals.",
    "As facilities manager I ordered sit-stand desks and chairs with arm rests for the whole floor.",
    "I switched on automatic captions for Teams across the organisation.",
    "I installed Read&Write and ZoomText on the college library PCs.",
    "As a recruiter I sent interview questions in advance to autistic candidates.",
    "I trained managers on supporting colleagues with endometriosis and the menopause.",
    "I ran a fibromyalgia pain management programme as a physiotherapist.",
    "I project-managed an accessible toilet and Changing Places facility for the shopping centre.",
    "I assessed lumbar supports and seating for our warehouse pickers.",
    "My manager has MS and I helped plan the office move around a ground-floor desk for her.",
    "I wrote epilepsy risk assessments for staff working at height.",
    "I ran insulin clinics as a diabetes specialist nurse.",
    "I set up weekly check-ins with team members returning from long covid.",
    "I supervised speech therapy groups for adults who stammer.",
    # religion and practice
    "Our team celebrates Diwali and Eid with a shared lunch.",
    "I planned rotas so Jewish colleagues could leave before sunset on Fridays.",
    "I scheduled Jummah breaks for Muslim staff at the distribution centre.",
    "I sourced hairnets that fit over a patka for the Sikh workers at the food factory.",
    "I catered kosher and Jain menus for a wedding venue in Harrow.",
    "I restored the stained glass at a Catholic church in Preston.",
    "I designed the Ramadan exam timetable for the sixth form.",
    "I was the project accountant for a new Kingdom Hall in Wigan.",
    "I ran the hospital chaplaincy's rota of Hindu, Buddhist and Muslim volunteers.",
    "I taught a unit on Rosh Hashanah and Yom Kippur to Year 4.",
    "My uncle is an imam in Bradford and my cousin is a youth worker at the gurdwara.",
    "I photographed the summer solstice at Stonehenge for English Heritage.",
]


# No rows are known misses yet: this round was written before the detector was run. After the first run, rows the
# detector still misses go here with their reason, keyed by the start of their text (strict: a fix makes them fail
# until moved back).
# Adjustments and practices are not taken after a disclosure unless they hold a treatment, aid or practice
# word: the annotation policy's minimal phrase is the condition or the faith, most evaluation sets leave what
# follows, and taking any need that follows cost 0.6-1.2 points of over-redaction on six sets (measured).
AFTER_A_CONDITION = "an adjustment or need after a named condition, with no aid or treatment word in it"
AFTER_A_FAITH = "a practice or request after a named faith, with no practice word in it"
WORK_NOT_LISTED = "a false alarm from the first-person clause rule: the work words in it are not on its lists"
KNOWN_MISSES = {
    "I'm half Japanese, half Scottish":
        "found as national origin ('half Japanese'), as round 1 has 'half Irish, half Jamaican'",
    'I do the school run, so I can start':
        "'the school run' is also traffic and transport work; the evaluation sets leave it",
    'The six months out in 2023 were after my brother died':
        "a bereavement is left: the evaluation sets annotate it only sometimes",
    'Foreign travel (last 10 years): yearly trips to see my paren':
        'travel abroad on a vetting form: a holiday looks the same',
    'Relatives abroad: my brother and grandmother still live in T':
        "family abroad: no field or frame for relatives' places",
    'Security vetting - foreign travel: Kampala 2023 and 2024, vi':
        'travel abroad on a vetting form: a holiday looks the same',
    "I'm a Scouser by way of Freetown - we moved to Toxteth when ":
        "'by way of' is not an origin frame",
    'We left Tigray on foot when I was twelve, and I only sat my ':
        'Tigray is a region, not in the country list',
    'I arrived at Heathrow at seventeen with one suitcase and an ':
        'an arrival told by airport and age, with no country',
    "i'm eritrean-born but grew up in milan, moved to london 2016":
        'a lower-case compound demonym is not matched',
    'I still have family in Mosul and send money home every month':
        "family abroad: no frame for relatives' places",
    'Having lived half my life in Dhaka and half in Tower Hamlets':
        "'lived half my life in' is not an origin verb",
    'Mum has dementia now and I go over every evening to make her':
        "found as health, by design: a relative's condition is the candidate's caring, not theirs",
    'Childcare is sorted: my mum has the kids Mondays and Wednesd':
        "no relative or frame in 'Childcare is sorted'",
    "With my partner away at sea for months, I'm effectively a si":
        "'effectively' between owner and term",
    'Family: wife and three kids, all settled in Milton Keynes.':
        "'Family' alone is too common a label to read as a field",
    "I'm British Bangladeshi, the daughter of a restaurant family":
        "'British' is a majority word and the phrase runs into 'the daughter'",
    'Being the only Chinese kid at my school in Cumbria taught me':
        "'the only <ethnicity> kid' is not a frame",
    'Growing up Somali in Bristol meant translating for my parent':
        'found only with a place after it',
    "I have ulcerative colitis, so I'd need a desk within a short":
        AFTER_A_CONDITION,
    "I'm dyslexic and use Read&Write, so I'd need it installed on":
        AFTER_A_CONDITION,
    "I'm hard of hearing, so I need captions switched on for Team":
        AFTER_A_CONDITION,
    'I have ADHD and work best with noise-cancelling headphones a':
        AFTER_A_CONDITION,
    "As I have epilepsy, I can't work alone at height or drive fo":
        AFTER_A_CONDITION,
    "I have a stammer, so phone interviews are hard and I'd prefe":
        AFTER_A_CONDITION,
    "I'm autistic and would need the interview questions a day in":
        AFTER_A_CONDITION,
    'I have chronic back pain and need a lumbar support and to st':
        AFTER_A_CONDITION,
    'Because of my endometriosis I may need to work from home for':
        AFTER_A_CONDITION,
    "I have long covid and can only manage mornings, so I'm looki":
        AFTER_A_CONDITION,
    'I have depression and anxiety; a weekly check-in with my man':
        AFTER_A_CONDITION,
    'I have POTS, so I need to sit down during long briefings and':
        AFTER_A_CONDITION,
    'I have spina bifida and need an accessible toilet on the sam':
        AFTER_A_CONDITION,
    "I have Meniere's disease, so I can't work on ladders and som":
        AFTER_A_CONDITION,
    "I have arthritis in my knees, so I'd need a role without kne":
        AFTER_A_CONDITION,
    "I'm in recovery from anorexia and need to take my lunch brea":
        AFTER_A_CONDITION,
    'I have PTSD and need a seat with my back to the wall in open':
        AFTER_A_CONDITION,
    'I have OCD and a later start time helps, because my mornings':
        AFTER_A_CONDITION,
    'I have cerebral palsy on my right side, so I type on a one-h':
        AFTER_A_CONDITION,
    "I'm Jewish and don't work after sunset on Fridays, so I'd sw":
        AFTER_A_FAITH,
    'As a Seventh-day Adventist I keep Saturday as a day of rest,':
        AFTER_A_FAITH,
    "I'm a Muslim woman and would prefer not to shake hands at in":
        AFTER_A_FAITH,
    "I'm Christian and don't work Sundays because that's when I'm":
        AFTER_A_FAITH,
    "As an observant Jew I'd need Rosh Hashanah and Yom Kippur of":
        AFTER_A_FAITH,
    "I'm Muslim and during Ramadan I'd like to start early and fi":
        AFTER_A_FAITH,
    "I'm Buddhist and meditate for an hour before work, so early ":
        AFTER_A_FAITH,
    "I'm a member of the Brethren and don't have a smartphone, so":
        AFTER_A_FAITH,
    "I'm Jain and don't eat root vegetables, so I'd bring my own ":
        AFTER_A_FAITH,
    "Sunday mornings I'm at Kingdom Hall, so I can't do weekend s":
        "a place of worship needs a determiner ('the Kingdom Hall')",
    "I'm Orthodox and need to leave by 2pm on Fridays in December":
        AFTER_A_FAITH,
    "I'm Wiccan and celebrate the solstices, which I'd take as an":
        AFTER_A_FAITH,
}
STAY_KNOWN = {
    'I processed BN(O) visa applications at the Home Office in Sh':
        WORK_NOT_LISTED,
    'I checked right-to-work documents, including ARAP and Ukrain':
        WORK_NOT_LISTED,
    "I wrote the trust's policy on leave for fertility treatment.":
        WORK_NOT_LISTED,
    'I planned walking routes for the council to cut traffic on t':
        WORK_NOT_LISTED,
    'I handled adoption leave and maternity pay queries in the pa':
        WORK_NOT_LISTED,
    'I designed a nursery pick-up app that lets parents message s':
        WORK_NOT_LISTED,
    'I wrote benefits advice for widowed parents and newly separa':
        WORK_NOT_LISTED,
    'As a recruiter I sent interview questions in advance to auti':
        WORK_NOT_LISTED,
    'Our team celebrates Diwali and Eid with a shared lunch.':
        WORK_NOT_LISTED,
    'My uncle is an imam in Bradford and my cousin is a youth wor':
        WORK_NOT_LISTED,
}
DISCLOSURE_ROWS = with_known_misses(
    DISCLOSURES, lambda row: reason_starting(KNOWN_MISSES, row[0])
)


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURE_ROWS)
def test_round_14_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


STAY_ROWS = with_known_misses(STAYS, lambda text: reason_starting(STAY_KNOWN, text))


@pytest.mark.parametrize("text", STAY_ROWS)
def test_round_14_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
