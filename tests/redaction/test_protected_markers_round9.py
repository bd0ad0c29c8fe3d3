"""Round 9: fresh paraphrases, written before the detector was run on them.

Each row is a sentence a UK applicant could write about themselves, in many voices (formal, chatty, lower case,
second-language English, terse form fields, bullet fragments, long sentences with the disclosure in a subordinate
clause, euphemisms). The check is that a marker of the right kind covers the core words; where the edges go is
the resolver's business and is tested elsewhere. The second table is the same vocabulary about other people,
service users, work content, family members' jobs and employers: nothing is removed there.
"""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import CARE, FAITH, FAMILY, HEALTH, ORIGIN, markers

ETHNIC = "ETHNICITY"
GENDER = "GENDER"
ORIENT = "SEXUAL_ORIENTATION"

DISCLOSURES = [
    # care experience
    ("I was brought up by my nan under a kinship arrangement after mum couldn't cope.", "kinship arrangement", CARE),
    ("From 12 to 17 I lived in a children's home in Rotherham.", "children's home", CARE),
    ("care leaver - no family support so im very self reliant", "care leaver", CARE),
    ("I grew up in the care of Kent County Council, which is why I understand the pressures on corporate parents.",
     "in the care of Kent County Council", CARE),
    ("Looked after child: yes (until 18)", "Looked after child", CARE),
    ("My foster carers, who I still call mum and dad, encouraged me to apply for this apprenticeship.",
     "foster carers", CARE),
    ("I had eleven foster placements before I was fifteen, so I know what instability feels like.",
     "foster placements", CARE),
    ("As a teenager I was accommodated under section 20 for about two years.", "accommodated under section 20",
     CARE),
    ("Having come through the care system myself, I want to give something back.", "care system", CARE),
    ("i was a looked-after kid in Glasgow and school was not easy", "looked-after kid", CARE),
    ("When my foster placement ended at 18 I moved into supported lodgings.", "foster placement", CARE),
    ("My special guardian is my older sister, who took me on when I was twelve.", "special guardian", CARE),
    ("I was taken into care as a baby and adopted at three.", "taken into care", CARE),
    ("During my time in care I had a brilliant independent reviewing officer who inspired me to do this job.",
     "my time in care", CARE),
    ("I lived in a residential unit for most of my teens, which taught me a lot about group living.",
     "residential unit", CARE),
    ("• Care-experienced applicant (guaranteed interview scheme)", "Care-experienced", CARE),
    # health and disability
    ("I've been in recovery for six years and still go to meetings every week.", "in recovery", HEALTH),
    ("Health: type 2 diabetes, controlled", "type 2 diabetes", HEALTH),
    ("I'm partially sighted so I use screen magnification software.", "partially sighted", HEALTH),
    ("i have MS but it doesnt stop me doing anything", "MS", HEALTH),
    ("After a difficult tour in 2020 I was signed off with PTSD for four months.", "PTSD", HEALTH),
    ("I am hard of hearing and lip-read in noisy rooms, so face-to-face meetings suit me best.", "hard of hearing",
     HEALTH),
    ("I had open heart surgery last year and I am now back on full duties.", "open heart surgery", HEALTH),
    ("I have an ileostomy, which I manage without any problem at work.", "ileostomy", HEALTH),
    ("Because of my arthritis I sometimes need a sit-stand desk.", "arthritis", HEALTH),
    ("I'm on the autism spectrum and thrive with routine and clear expectations.", "autism spectrum", HEALTH),
    ("Do you consider yourself to have a disability? Yes - ME/CFS", "ME/CFS", HEALTH),
    ("Since my brain injury in 2017 I rely on a planner for everything.", "brain injury", HEALTH),
    ("I had a breakdown in my second year at uni, which is why I repeated it.", "breakdown", HEALTH),
    ("I have OCD, which honestly makes me very thorough with audits.", "OCD", HEALTH),
    ("I lost my left leg below the knee in a motorbike accident and now wear a prosthetic.", "prosthetic",
     HEALTH),
    ("I take medication for my schizophrenia and have been well for many years.", "schizophrenia", HEALTH),
    ("Although I was diagnosed with a heart condition at 14, I played county-level hockey throughout school.",
     "heart condition", HEALTH),
    # national origin and migration
    ("I came over on a student visa in 2016 and stayed on after graduating.", "student visa", ORIGIN),
    ("I'm not from here originally - I grew up near Krakow.", "not from here originally", ORIGIN),
    ("Nationality: Zimbabwean", "Zimbabwean", ORIGIN),
    ("I hold indefinite leave to remain, so I don't need sponsorship.", "indefinite leave to remain", ORIGIN),
    ("english is not my first language, i am from Brazil and live in Luton 3 years", "from Brazil", ORIGIN),
    ("I'm currently on a Skilled Worker visa, sponsored by my present employer.", "Skilled Worker visa", ORIGIN),
    ("I arrived as an unaccompanied asylum seeking child at 15 and went to college in Croydon.",
     "unaccompanied asylum seeking child", ORIGIN),
    ("My family moved here from Sylhet when I was seven.", "moved here from Sylhet", ORIGIN),
    ("I got my British citizenship in 2022, after twelve years of living here.", "British citizenship", ORIGIN),
    ("I'm an EU national with settled status.", "EU national", ORIGIN),
    ("Having grown up in Hong Kong, I came to the UK on the BN(O) route in 2021.", "grown up in Hong Kong",
     ORIGIN),
    ("Right to work: pre-settled status (Romanian citizen)", "Romanian citizen", ORIGIN),
    ("I'm a proud Nigerian who has called Birmingham home for a decade.", "Nigerian", ORIGIN),
    ("I claimed asylum in 2012 and was granted leave two years later.", "claimed asylum", ORIGIN),
    ("Back home in Kerala I worked as a staff nurse before I joined the NHS.", "Back home in Kerala", ORIGIN),
    ("I am a dual Irish-British national.", "dual Irish-British national", ORIGIN),
    # religion or belief
    ("My faith is important to me and shapes how I treat people.", "My faith", FAITH),
    ("I'm a practising Muslim and pray at set times, so a quiet space would help.", "practising Muslim", FAITH),
    ("As a Sikh, I wear a turban and a kara every day.", "Sikh", FAITH),
    ("I observe Shabbat, so I'm unable to work Friday evenings.", "observe Shabbat", FAITH),
    ("i go to church every sunday and help with the food bank there", "go to church", FAITH),
    ("I fast during Ramadan, but it has never affected my work.", "fast during Ramadan", FAITH),
    ("I'm a born-again Christian.", "born-again Christian", FAITH),
    ("Religion: Hindu", "Hindu", FAITH),
    ("I'm a Jehovah's Witness so I don't take part in birthday celebrations at work.", "Jehovah's Witness", FAITH),
    ("As a Quaker I value simplicity and reaching decisions together.", "Quaker", FAITH),
    ("I converted to Islam in 2018.", "converted to Islam", FAITH),
    ("I'm an atheist and a humanist, and I volunteer as a funeral celebrant.", "atheist", FAITH),
    ("Being Buddhist, I meditate every morning before work.", "Buddhist", FAITH),
    ("I wear a hijab and have never found it a barrier in customer-facing roles.", "hijab", FAITH),
    ("I am a member of my local synagogue and sit on its youth committee.", "my local synagogue", FAITH),
    ("I'm a lay preacher in the Methodist church, so public speaking comes naturally.", "lay preacher", FAITH),
    # marital and family status
    ("My other half works nights, so I'm flexible on days.", "My other half", FAMILY),
    ("Dependants: 2", "Dependants: 2", FAMILY),
    ("I'd need to finish by 3pm for the school run as the little one starts reception in September.",
     "the little one", FAMILY),
    ("I'm a single dad to twin boys.", "single dad", FAMILY),
    ("I'm expecting my first baby in March.", "expecting my first baby", FAMILY),
    ("I'm a carer for my mum, who has dementia.", "carer for my mum", FAMILY),
    ("I took a career break from 2018 to 2021 to raise my children.", "raise my children", FAMILY),
    ("Marital status: divorced", "divorced", FAMILY),
    ("my wife and i are relocating to Bristol in the new year", "my wife", FAMILY),
    ("I recently got engaged and will be getting married next summer.", "got engaged", FAMILY),
    ("Since my husband passed away I have been looking to return to work.", "my husband", FAMILY),
    ("I'm currently on maternity leave and hope to return in May.", "maternity leave", FAMILY),
    ("I have three kids under five, so I'm very organised.", "three kids", FAMILY),
    ("I am in a civil partnership.", "civil partnership", FAMILY),
    ("I share custody of my daughter, week on week off.", "my daughter", FAMILY),
    ("From the age of 13 I was a young carer for my younger brother.", "young carer", FAMILY),
    ("Me and my partner have been together 12 years but we're not married.", "my partner", FAMILY),
    # ethnicity
    ("As a Black British woman, I've rarely seen myself reflected in leadership.", "Black British", ETHNIC),
    ("Ethnicity: Mixed White and Black Caribbean", "Mixed White and Black Caribbean", ETHNIC),
    ("I'm British Pakistani and speak Urdu and Punjabi at home.", "British Pakistani", ETHNIC),
    ("I am from a Gypsy Roma Traveller background.", "Gypsy Roma Traveller", ETHNIC),
    ("as a brown girl from Bradford i had to work twice as hard", "brown girl", ETHNIC),
    ("I'm of Chinese heritage and grew up above my parents' takeaway.", "Chinese heritage", ETHNIC),
    ("I am mixed race - my dad is Jamaican and my mum is Welsh.", "mixed race", ETHNIC),
    ("Being one of the few Black students on my course taught me resilience.", "Black students", ETHNIC),
    ("I identify as British Bangladeshi.", "British Bangladeshi", ETHNIC),
    ("I'm an Irish Traveller and proud of it.", "Irish Traveller", ETHNIC),
    ("My heritage is Somali, and I speak Somali fluently.", "heritage is Somali", ETHNIC),
    ("As a person of colour in tech, I mentor others who look like me.", "person of colour", ETHNIC),
    ("I'm Kurdish.", "Kurdish", ETHNIC),
    ("I'm half Japanese, half English.", "half Japanese", ETHNIC),
    ("Coming from a South Asian family, food is a big part of how we show care.", "South Asian", ETHNIC),
    # gender
    ("As a woman in construction, I've had to prove myself on every site.", "woman", GENDER),
    ("I'm trans and transitioned in 2019.", "trans", GENDER),
    ("Gender: female", "female", GENDER),
    ("i'm non-binary and use they/them pronouns", "non-binary", GENDER),
    ("Pronouns: he/him", "he/him", GENDER),
    ("Being the only girl in my engineering class didn't put me off.", "only girl", GENDER),
    ("I am a transgender man.", "transgender man", GENDER),
    ("As a young man who struggled at school, I know the value of a good mentor.", "young man", GENDER),
    ("I have a Gender Recognition Certificate.", "Gender Recognition Certificate", GENDER),
    ("My name was changed by deed poll when I transitioned, so my degree is in a previous name.", "transitioned",
     GENDER),
    ("As a female veteran, I've found civvy street a big adjustment.", "female veteran", GENDER),
    ("I'm genderfluid.", "genderfluid", GENDER),
    ("I'm a bloke who loves baking, which surprises people.", "bloke", GENDER),
    ("As one of only two women on the trading floor, I learned to speak up.", "women", GENDER),
    ("I am a trans woman and have lived as myself for ten years.", "trans woman", GENDER),
    # sexual orientation
    ("I'm gay and I've volunteered with an LGBT youth group for years.", "gay", ORIENT),
    ("As a bisexual woman I know how invisible some identities can be.", "bisexual", ORIENT),
    ("Sexual orientation: lesbian", "lesbian", ORIENT),
    ("I came out at 16 and it wasn't easy in a small town.", "came out", ORIENT),
    ("I'm queer and I bring that lens to my youth work.", "queer", ORIENT),
    ("As an asexual person I have often felt left out of conversations about relationships.", "asexual", ORIENT),
    ("I'm pansexual and involved in my local Pride committee.", "pansexual", ORIENT),
    ("i'm a gay man from a small village so i know isolation", "gay man", ORIENT),
    ("Being openly lesbian in the police in the 90s wasn't easy.", "lesbian", ORIENT),
    ("I'm part of the LGBTQ+ community myself.", "LGBTQ+", ORIENT),
    ("I'm straight, for what it's worth.", "straight", ORIENT),
    ("I'm bi and have a long-term girlfriend.", "bi", ORIENT),
    ("As a gay dad, I've seen how schools can get inclusion right.", "gay", ORIENT),
    ("Identify as: homosexual", "homosexual", ORIENT),
    ("I met my husband at a Pride march in Manchester, and as a gay man I know how much visibility matters.",
     "gay man", ORIENT),
]

STAYS = [
    "I supported care leavers into tenancies across Sheffield.",
    "I organised the Eid celebration for residents.",
    "Our team leader went on paternity leave, so I stepped up to cover rotas.",
    "I worked at Diabetes UK as a fundraising officer.",
    "I trained staff on the Equality Act 2010 and its nine protected characteristics.",
    "I wrote the trust's reasonable adjustments policy.",
    "My brother is a foster carer in Cardiff.",
    "My sister works as a midwife at Leeds General Infirmary.",
    "I delivered autism awareness training to 200 teachers.",
    "I supported pupils with ADHD and dyslexia in a mainstream secondary.",
    "I helped asylum seekers fill in their Home Office forms.",
    "I processed Skilled Worker visa applications at an immigration law firm.",
    "I ran a Pride month stall for the council.",
    "I managed the LGBT staff network's budget.",
    "I worked at Mind as a helpline volunteer.",
    "I wrote risk assessments for pregnant employees.",
    "I chaired the race equality network's recruitment panel.",
    "I taught ESOL to Syrian refugees at a community college.",
    "The residents I supported included wheelchair users and people living with dementia.",
    "I worked as a chaplaincy administrator at a hospital.",
    "I catered for a Sikh wedding of 400 guests.",
    "I coordinated the Christmas nativity at the primary school where I taught.",
    "I supported a young person through his gender transition at school.",
    "Our clients included many single parents and kinship carers.",
    "I was a bid writer for the Refugee Council.",
    "I coached the women's football team at the university.",
    "I wrote the school's relationships and sex education curriculum.",
    "I led the Black History Month programme for the library.",
    "I designed a menu for patients with coeliac disease.",
    "I audited halal and kosher food provision across the hospital's wards.",
    "As a support worker I administered insulin to residents with diabetes.",
    "I was a sports coach at the mosque's youth centre.",
    "I volunteered at a food bank run by a local church.",
    "My dad was a bus driver and my mum was a cleaner.",
    "I was a family law paralegal handling divorce and child arrangements cases.",
    "I assessed claims for Carer's Allowance at the DWP.",
    "I supervised contact sessions between looked after children and their birth parents.",
    "I arranged BSL interpreters for deaf students.",
    "I ran a peer support group for people in recovery from addiction.",
    "I translated documents from Polish and Romanian for the council.",
    "I managed the adoption panel's paperwork.",
    "I built a booking system for a fertility clinic.",
    "I taught RE, covering Christianity, Islam and Judaism, at GCSE.",
    "I wrote a report on the gender pay gap for the board.",
    "I handled visa sponsorship compliance for our international staff.",
    "The children in my class came from over 20 different countries.",
    "I set up a breakfast club for pupils on free school meals.",
    "My colleague was partially sighted, so I reformatted our documents in large print.",
    "I worked on Stonewall's workplace equality index team.",
    "I interviewed older LGBT residents for an oral history project.",
    "I supported a tenant with schizophrenia to keep his flat.",
    "I arranged prayer room facilities for Muslim staff during Ramadan.",
    "Skills: Microsoft Excel, safeguarding, mental health first aid",
]


# Rows still missed after the fixes of round 9, kept visible (strict: a fix makes them fail until moved back).
# Some are near misses of the core words ("recovery" without "in"), some a different kind by design.
KNOWN_MISSES = {
    "I grew up in the care of Kent County Council, which is why I understand the pressures on corporate parents.":
        "a council named after 'in the care of' is cut off as a proper name",
    "I've been in recovery for six years and still go to meetings every week.": "'in' is trimmed as a function word",
    "I am a dual Irish-British national.": "a British compound is read as ethnicity by design",
    "Dependants: 2": "found as two pieces, 'Dependants' and '2'",
    "I'm a single dad to twin boys.": "'as a dad' is a gender marker (the issue's example), not family status",
    "I took a career break from 2018 to 2021 to raise my children.": "only 'my children' is found",
    "I'm half Japanese, half English.": "a nationality word is read as national origin",
    "As a female veteran, I've found civvy street a big adjustment.": "only 'a female' is found",
    "Identify as: homosexual": "'Identify as' is not a known form label",
}
DISCLOSURE_ROWS = [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[0]]))
    if row[0] in KNOWN_MISSES else row
    for row in DISCLOSURES
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURE_ROWS)
def test_round_9_paraphrased_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    found = markers(redactor, text)
    assert any(surface in span and k == kind for span, k in found), found


@pytest.mark.parametrize("text", STAYS)
def test_round_9_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
