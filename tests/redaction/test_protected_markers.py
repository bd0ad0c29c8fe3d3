"""Self-disclosed protected characteristics: what is removed, how little, and the work content that stays."""

import pytest

from services.redaction.disclosures import Hit, Matcher, trim
from services.redaction.lexicon import load_lexicon
from services.redaction.service import Redactor

from .test_protected_markers_round7 import assert_marked

MARKERS = frozenset({"GENDER", "RELIGION", "ETHNICITY", "NATIONALITY", "DISABILITY_HEALTH", "SEXUAL_ORIENTATION",
                     "MARITAL_FAMILY", "CARE_EXPERIENCE"})


def markers(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.type) for e in redactor.redact(text).entities if e.type in MARKERS]


@pytest.mark.parametrize(("text", "surface", "kind", "replacement"), [
    # the minimal readable span: "I am [removed: ...]", function words at the edges stay
    ("Pronouns: she/her", "Pronouns: she/her", "GENDER", "[removed: gender]"),
    ("As a mum of two I juggle a lot.", "a mum of two", "GENDER", "[removed: gender]"),
    ("My husband works nights.", "My husband", "MARITAL_FAMILY", "[removed: family status]"),
    ("I was recently divorced and moved.", "recently divorced", "MARITAL_FAMILY", "[removed: family status]"),
    ("I returned from maternity leave in May.", "maternity leave in May", "MARITAL_FAMILY",
     "[removed: family status]"),
    ("As a practising Muslim I value service.", "practising Muslim", "RELIGION", "[removed: religion]"),
    ("I volunteer at my church food bank.", "volunteer at my church", "RELIGION", "[removed: religion]"),
    ("I am originally from Poland.", "originally from Poland", "NATIONALITY", "[removed: national origin]"),
    ("My first language is Polish.", "My first language is Polish", "ETHNICITY", "[removed: ethnicity]"),
    ("As a Black British woman I know barriers.", "Black British woman", "ETHNICITY", "[removed: ethnicity]"),
    ("I have dyslexia, so I work from printed notes.", "dyslexia", "DISABILITY_HEALTH", "[removed: health]"),
    ("I am partially sighted.", "partially sighted", "DISABILITY_HEALTH", "[removed: health]"),
    ("I live with MS and manage it well.", "live with MS", "DISABILITY_HEALTH", "[removed: health]"),
    ("As a gay man I chair a network.", "gay man", "SEXUAL_ORIENTATION", "[removed: sexual orientation]"),
    ("I am a care leaver and proud of it.", "a care leaver", "CARE_EXPERIENCE", "[removed: care experience]"),
    ("I grew up in foster care in Bootle.", "grew up in foster care in Bootle", "CARE_EXPERIENCE",
     "[removed: care experience]"),
    # first-person frames over the vocabulary
    ("I am Welsh and moved to Sefton in 2019.", "Welsh", "NATIONALITY", "[removed: national origin]"),
    ("I'm Kenyan, I came to the UK to study.", "Kenyan", "NATIONALITY", "[removed: national origin]"),
    ("I'm British-Yemeni, born in Liverpool.", "British-Yemeni", "ETHNICITY", "[removed: ethnicity]"),
    ("As a Yoruba speaker I support families.", "a Yoruba speaker", "ETHNICITY", "[removed: ethnicity]"),
    ("i was born in alexandria in egypt and moved here.", "born in alexandria in egypt", "NATIONALITY",
     "[removed: national origin]"),
    ("I came to Liverpool from Eritrea as a teenager.", "came to Liverpool from Eritrea as a teenager",
     "NATIONALITY", "[removed: national origin]"),
    ("My dad is from Barbados.", "My dad is from Barbados", "NATIONALITY", "[removed: national origin]"),
    ("I am on a Skilled Worker visa.", "a Skilled Worker visa", "NATIONALITY", "[removed: national origin]"),
    ("Right to work: spouse visa, then ILR in 2025.", "spouse visa", "NATIONALITY", "[removed: national origin]"),
    ("I am a member of the Polish Social Club.", "the Polish Social Club", "ETHNICITY",
     "[removed: ethnicity]"),
    ("Religion: Sikh", "Sikh", "RELIGION", "[removed: religion]"),
    ("I pray at lunchtime, which fits my breaks.", "pray at lunchtime", "RELIGION", "[removed: religion]"),
    ("I may ask for Vaisakhi as annual leave.", "Vaisakhi", "RELIGION", "[removed: religion]"),
    ("I'm Sikh and wear a turban.", "wear a turban", "RELIGION", "[removed: religion]"),
    ("We go to the mosque on Granby Street.", "go to the mosque on Granby Street", "RELIGION",
     "[removed: religion]"),
    ("I have a bad back, so I use a standing desk.", "a bad back", "DISABILITY_HEALTH", "[removed: health]"),
    ("I also use a wheelchair following a spinal injury.", "use a wheelchair following a spinal injury",
     "DISABILITY_HEALTH", "[removed: health]"),
    ("I am partially deaf in my left ear.", "partially deaf in my left ear", "DISABILITY_HEALTH",
     "[removed: health]"),
    ("I lip-read, so please face me.", "lip-read", "DISABILITY_HEALTH", "[removed: health]"),
    ("I have a 4-year-old, so I need school hours.", "a 4-year-old", "MARITAL_FAMILY",
     "[removed: family status]"),
    ("I'm currently pregnant and due in March.", "currently pregnant", "MARITAL_FAMILY",
     "[removed: family status]"),
    ("My wife's job brought us to Liverpool.", "My wife's", "MARITAL_FAMILY", "[removed: family status]"),
    ("I live with my two children and my husband.", "live with my two children and my husband", "MARITAL_FAMILY",
     "[removed: family status]"),
    ("I am her main carer at weekends.", "her main carer at weekends", "MARITAL_FAMILY", "[removed: family status]"),
    ("I was looked after by the local authority from 12 to 18.",
     "looked after by the local authority from 12 to 18", "CARE_EXPERIENCE", "[removed: care experience]"),
    ("Gay, out at work since 2015.", "Gay", "SEXUAL_ORIENTATION", "[removed: sexual orientation]"),
    ("I am a member of my local Methodist church.", "my local Methodist church", "RELIGION",
     "[removed: religion]"),
    ("My parents are Nigerian.", "My parents are Nigerian", "ETHNICITY", "[removed: ethnicity]"),
    ("I'm half Irish, half Jamaican.", "half Jamaican", "NATIONALITY", "[removed: national origin]"),
    ("I care for my elderly mother at weekends.", "care for my elderly mother at weekends", "MARITAL_FAMILY",
     "[removed: family status]"),
    ("I spent my teenage years in a children's home.", "spent my teenage years in a children's home", "CARE_EXPERIENCE",
     "[removed: care experience]"),
    ("English isn't my first language.", "English isn't my first language", "ETHNICITY", "[removed: ethnicity]"),
    ("I have a slight Polish accent.", "Polish accent", "ETHNICITY", "[removed: ethnicity]"),
    ("Languages: Polish (native), English (fluent).", "Polish (native)", "ETHNICITY", "[removed: ethnicity]"),
    ("Poland is my home country.", "Poland is my home country", "NATIONALITY", "[removed: national origin]"),
    ("My ethnicity is Black Caribbean.", "My ethnicity is Black Caribbean", "ETHNICITY", "[removed: ethnicity]"),
    ("I fled the war in Syria in 2014.", "fled the war in Syria in 2014", "NATIONALITY", "[removed: national origin]"),
    ("I am a blue badge holder.", "a blue badge holder", "DISABILITY_HEALTH", "[removed: health]"),
    ("I receive PIP, so I work part time.", "receive PIP", "DISABILITY_HEALTH", "[removed: health]"),
    ("I'm a former foster child.", "a former foster child", "CARE_EXPERIENCE", "[removed: care experience]"),
    ("We are a Muslim family.", "Muslim family", "RELIGION", "[removed: religion]"),
    ("My faith means a lot to me.", "My faith means a lot to me", "RELIGION", "[removed: religion]"),
    ("I was off work with stress last year.", "off work with stress last year", "DISABILITY_HEALTH",
     "[removed: health]"),
    ("Reasonable adjustments: large print and extra time.", "large print", "DISABILITY_HEALTH",
     "[removed: health]"),
    # form fields, whatever the layout, and the answers to equality questions
    ("Religion ........ Muslim", "Muslim", "RELIGION", "[removed: religion]"),
    ("Nationality | Lithuanian", "Lithuanian", "NATIONALITY", "[removed: national origin]"),
    ("Title ............ Mrs", "Mrs", "GENDER", "[removed: gender]"),
    ("Do you consider yourself to have a disability? Yes - dyslexia", "dyslexia", "DISABILITY_HEALTH",
     "[removed: health]"),
    ("Are you a care leaver?\nYes", "Yes", "CARE_EXPERIENCE", "[removed: care experience]"),
    ("Personal: single mum of two boys (8 and 11).", "single mum of two boys (8 and 11)", "MARITAL_FAMILY",
     "[removed: family status]"),
    ("I am partially deaf and wear two hearing aids.", "wear two hearing aids", "DISABILITY_HEALTH",
     "[removed: health]"),
    ("I was in care between the ages of 11 and 16.", "care between the ages of 11 and 16", "CARE_EXPERIENCE",
     "[removed: care experience]"),
    ("I'm going through IVF at the moment.", "going through IVF at the moment", "MARITAL_FAMILY",
     "[removed: family status]"),
])
def test_self_disclosures(redactor: Redactor, text: str, surface: str, kind: str, replacement: str) -> None:
    result = redactor.redact(text)
    assert (surface, kind) in [(text[e.start:e.end], e.type) for e in result.entities]
    assert replacement in result.text


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # round 3: kinds found on held-out 1 and dev2, each a pattern rather than a phrase
    ("I came to the UK in 2016 to study.", "came to the UK in 2016 to study", "NATIONALITY"),
    ("I came to the UK as a dependant on my husband's visa.", "came to the UK as a dependant on my husband's visa",
     "NATIONALITY"),
    ("Moroccan, in the UK since 2018 on a spouse visa, now ILR.", "now ILR", "NATIONALITY"),
    ("I am Kurdish, from Turkey; I got refugee status in 2013.", "got refugee status in 2013", "NATIONALITY"),
    ("I come from Vietnam, and I came to London as a teenager.", "came to London as a teenager", "NATIONALITY"),
    ("During Ramadan, which I observe, I start early.", "During Ramadan, which I observe", "RELIGION"),
    ("I am Orthodox Christian and fast before Easter.", "fast before Easter", "RELIGION"),
    ("As a Sikh woman who wears a turban I stand out.", "wears a turban", "RELIGION"),
    ("As a woman who is also disabled, I know barriers.", "disabled", "DISABILITY_HEALTH"),
    ("As a woman in engineering I was often alone.", "a woman in engineering", "GENDER"),
    ("My partner is expecting our first baby in March.", "My partner is expecting our first baby in March",
     "MARITAL_FAMILY"),
    ("Being out as a lesbian at work took time.", "Being out as a lesbian", "SEXUAL_ORIENTATION"),
    ("32. raised catholic, not practising.", "raised catholic, not practising", "RELIGION"),
    ("Married, two teenagers. Active member of the Redeemed Christian Church of God.",
     "the Redeemed Christian Church of God", "RELIGION"),
    ("– Polish national, EU Settlement Scheme settled status", "EU Settlement Scheme settled status", "NATIONALITY"),
    ("Other\nFrom Limerick, in England since 2018.", "From Limerick, in England since 2018", "NATIONALITY"),
    ("I may need a break to check my blood sugar during interview.", "check my blood sugar", "DISABILITY_HEALTH"),
    ("I was born in Jalandhar, Punjab, and came to England.", "born in Jalandhar, Punjab", "NATIONALITY"),
    ("I have epilepsy, controlled with medication.", "epilepsy, controlled with medication", "DISABILITY_HEALTH"),
    ("That gap was during my chemotherapy.", "during my chemotherapy", "DISABILITY_HEALTH"),
    ("I attend the Redeemed Christian Church of God on Sundays.",
     "attend the Redeemed Christian Church of God on Sundays", "RELIGION"),
    ("I'm also church warden at St Wilfrid's.", "church warden at St Wilfrid's", "RELIGION"),
    ("I was brought up in Huyton — under a special guardianship order with my grandparents.",
     "under a special guardianship order with my grandparents", "CARE_EXPERIENCE"),
    ("Originally from Chengdu, came to the UK on a student visa.", "came to the UK on a student visa",
     "NATIONALITY"),
    ("I am Vietnamese, British citizen since 2015.", "British citizen since 2015", "NATIONALITY"),
    ("Spanish, in the UK since 2014.", "the UK since 2014", "NATIONALITY"),
    ("I am Roma, from Slovakia, and I speak Romani.", "from Slovakia", "NATIONALITY"),
    ("I'm Portuguese (Algarve) and moved to Southport.", "Portuguese (Algarve)", "NATIONALITY"),
    ("I was born in Lagos and came to Birkenhead when I was nine.", "came to Birkenhead when I was nine",
     "NATIONALITY"),
    ("My mum is Japanese and my dad is English.", "My mum is Japanese and my dad is English", "ETHNICITY"),
    ("I am Gambian, Fula, born in Banjul.", "Fula", "ETHNICITY"),
    ("I was raised Hindu but celebrate everything.", "raised Hindu", "RELIGION"),
    ("We attend a Chinese Christian church in Liverpool.", "attend a Chinese Christian church in Liverpool",
     "RELIGION"),
    ("I am a lay preacher at my Methodist church.", "a lay preacher at my Methodist church", "RELIGION"),
    ("I'm Muslim and during Ramadan I fast.", "during Ramadan I fast", "RELIGION"),
    ("Religion: No religion (atheist)", "No religion (atheist)", "RELIGION"),
    ("ADHD – diagnosed at 22. It makes me quick.", "ADHD", "DISABILITY_HEALTH"),
    ("I have ADHD, diagnosed in 2022.", "ADHD, diagnosed in 2022", "DISABILITY_HEALTH"),
    ("I'm colour-blind, so I label cables.", "colour-blind", "DISABILITY_HEALTH"),
    ("I have Asperger's, so I like clear briefs.", "Asperger's", "DISABILITY_HEALTH"),
    ("I lost the hearing in my left ear.", "lost the hearing in my left ear", "DISABILITY_HEALTH"),
    ("I have type 1 diabetes and wear an insulin pump.", "wear an insulin pump", "DISABILITY_HEALTH"),
    ("Coming up to sixty, divorced, three grown-up children.", "three grown-up children", "MARITAL_FAMILY"),
    ("Me and the wife have four grandkids.", "four grandkids", "MARITAL_FAMILY"),
    ("I married young and have four children.", "four children", "MARITAL_FAMILY"),
    ("Please post it to my daughter's address.", "my daughter's", "MARITAL_FAMILY"),
    ("I lived in a children's home between 14 and 18.", "lived in a children's home between 14 and 18",
     "CARE_EXPERIENCE"),
    ("I grew up in kinship care with my aunt.", "grew up in kinship care with my aunt", "CARE_EXPERIENCE"),
])
def test_round_3_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in markers(redactor, text)


@pytest.mark.parametrize("text", [
    # round 3: the same shapes about other people or about work stay
    "I supported families who came to the UK as refugees.",
    "I have worked in Liverpool since 2009.",
    "I have an older sister who is deaf.",
    "My father had a stroke last year.",
    "I have worked in a children's home in Bootle.",
    "She has a sister who has children.",
    "I moved from Merseyrail to Sefton Council after university.",
    "I supported a family who came to the UK in 2018.",
    "I have delivered training on the EU Settlement Scheme to colleagues.",
    "I moved to England from Scotland in 2010.",
    "I came to the UK office in 2019 from the Dublin branch.",
    "I was a school secretary at St Mary's Primary.",
    "Experience\nFrom 2019 to 2021 I worked at Capita.",
    "I am an active member of the Liverpool Rotary Club.",
    "I ran sessions during Ramadan for the youth club.",
    "My client was born in Somalia and came to the UK in 2005.",
    "I moved to the UK team from the Dublin office in 2015.",
    "I was granted funding through the Homes for Ukraine scheme to run classes.",
    "I came to England for a conference in 2019.",
    "I have children's workforce experience.",
    "From the age of thirteen the young person was in a children's home.",
    "I covered the Easter shifts and worked over Christmas.",
    "I sing with the Liverpool Philharmonic choir.",
])
def test_round_3_work_and_other_people_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # round 4: decisions on the candidate's own asylum or settlement, whoever made them
    ("I came to the UK in 2009 and was granted refugee status in 2010.", "granted refugee status in 2010",
     "NATIONALITY"),
    ("I fled Uganda in 2016 and claimed asylum in the UK.", "claimed asylum in the UK", "NATIONALITY"),
    ("I fled Uganda in 2016 and claimed asylum in the UK.", "fled Uganda in 2016", "NATIONALITY"),
    ("It took four years to be granted humanitarian protection.", "granted humanitarian protection", "NATIONALITY"),
    ("I hold a Health and Care Worker visa, now applying for ILR.", "applying for ILR", "NATIONALITY"),
    ("I am a Chinese national and hold a Skilled Worker visa.", "hold a Skilled Worker visa", "NATIONALITY"),
    ("I studied in Leeds and now hold indefinite leave to remain.", "hold indefinite leave to remain",
     "NATIONALITY"),
    ("At 16 I went through the asylum system in Salford.", "went through the asylum system in Salford", "NATIONALITY"),
    ("I live in UK since 2013 with my husband.", "live in UK since 2013", "NATIONALITY"),
    ("I am Lithuanian, in England from 2012.", "Lithuanian, in England from 2012", "NATIONALITY"),
    # religion: observance, religious education, service in one's own congregation
    ("I would like a later break so I can break my fast.", "break my fast", "RELIGION"),
    ("The Arabic is from my quran classes as a child.", "my quran classes as a child", "RELIGION"),
    ("I teach at the madrasa on Saturdays.", "teach at the madrasa on Saturdays", "RELIGION"),
    ("I sit on the committee of our local gurdwara.", "sit on the committee of our local gurdwara", "RELIGION"),
    ("As a Sikh I keep my hair uncut.", "keep my hair uncut", "RELIGION"),
    # family status: events of a marriage or civil partnership, children named by their age
    ("I went through a divorce in 2018.", "went through a divorce in 2018", "MARITAL_FAMILY"),
    ("Trevor and I became civil partners in 2008.", "became civil partners in 2008", "MARITAL_FAMILY"),
    ("we're separated but share the school runs.", "we're separated", "MARITAL_FAMILY"),
    ("I live in Barnsley with our two-year-old.", "our two-year-old", "MARITAL_FAMILY"),
    ("I have a six-year-old daughter.", "a six-year-old daughter", "MARITAL_FAMILY"),
    ("My wife and I are expecting our first child in March.", "expecting our first child in March", "MARITAL_FAMILY"),
    ("My partner and I have just had our first baby.", "just had our first baby", "MARITAL_FAMILY"),
    ("Gap 2004-2011: at home bringing up my three children.", "home bringing up my three children",
     "MARITAL_FAMILY"),
    ("I'm a foster carer myself now.", "a foster carer myself", "MARITAL_FAMILY"),
    ("I am a grandmother and proud of it.", "a grandmother", "MARITAL_FAMILY"),
    ("I have no dependants.", "no dependants", "MARITAL_FAMILY"),
    ("My nephew has lived with me under a special guardianship order.",
     "My nephew has lived with me under a special guardianship order", "MARITAL_FAMILY"),
    # health: procedures, remission, the episodes of a condition
    ("I had a heart bypass in 2020 and recovered fully.", "a heart bypass in 2020", "DISABILITY_HEALTH"),
    ("I had a hysterectomy last year.", "a hysterectomy last year", "DISABILITY_HEALTH"),
    ("I have been in remission since 2022.", "remission since 2022", "DISABILITY_HEALTH"),
    ("I get occasional flare-ups of my condition.", "get occasional flare-ups of my condition", "DISABILITY_HEALTH"),
    # care experience: time in care of any length, kinship care under an order
    ("I spent a year in foster care when I was 14.", "spent a year in foster care when I was 14", "CARE_EXPERIENCE"),
    ("I spent most of my own childhood in foster care.", "spent most of my own childhood in foster care",
     "CARE_EXPERIENCE"),
    ("That comes from my own time in a children's home.", "my own time in a children's home",
     "CARE_EXPERIENCE"),
    ("I was raised by my grandparents under a special guardianship order.",
     "raised by my grandparents under a special guardianship order", "CARE_EXPERIENCE"),
    # ethnicity: peoples candidates give as their ethnicity; a British identity with a heritage, either way round
    ("My Luganda name is Nakato (I am Muganda).", "Muganda", "ETHNICITY"),
    ("I'm British Yemeni; my grandfather came here.", "British Yemeni", "ETHNICITY"),
    ("I am Ghanaian-British and proud of it.", "Ghanaian-British", "ETHNICITY"),
    # national origin: a city abroad is an origin in lower-case text too
    ("i was born in mogadishu and moved here at 12.", "born in mogadishu", "NATIONALITY"),
    ("i'm from limerick and moved over in 2014.", "from limerick", "NATIONALITY"),
])
def test_round_4_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in markers(redactor, text)


@pytest.mark.parametrize("text", [
    # round 4: the same shapes about other people or about work stay
    "We supported families who were granted refugee status.",
    "I helped clients applying for settled status.",
    "I advised on claimed asylum cases for the council.",
    "I delivered training on the asylum system to new staff.",
    "I am a foster carer support worker.",
    "I am an approved foster carer assessor.",
    "I support grandparents who are raising grandchildren.",
    "I spent two years in care work.",
    "My time in care homes taught me patience.",
    "I spent ten years in residential care management.",
    "My supervisor says I am the fastest on the team.",
    "I have a young team of six.",
    "I ran the food bank at St Helens Town Hall.",
    "I grew up in Smethwick and still live there.",
    "Our clients had a hip replacement or a heart bypass.",
    "I am a British Gas engineer.",
    "We serve the British Somali community.",
    "My client was born in Lagos.",
    "I worked in Dubai for two years.",
    "I moved from the Dublin office to London.",
])
def test_round_4_work_and_other_people_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # round 5 (held-out 4 read): religion, the Sikh articles of faith, prayers and fasts by name
    ("I wear a dastaar and a kara at work.", "a kara", "RELIGION"),
    ("I keep my kesh and wear a dumalla.", "wear a dumalla", "RELIGION"),
    ("Is there a quiet space where I can pray Zuhr at lunchtime?", "pray Zuhr at lunchtime", "RELIGION"),
    ("We pray Maghrib together at home.", "pray Maghrib", "RELIGION"),
    ("I would like flexibility during Hudade.", "Hudade", "RELIGION"),
    ("I observe the fasting seasons of my church.", "the fasting seasons", "RELIGION"),
    # health: NHS condition names, conditions named by the body, assistive software, talking therapies
    ("i have an underactive thyroid, i take tablets.", "an underactive thyroid", "DISABILITY_HEALTH"),
    ("I have hypothyroidism.", "hypothyroidism", "DISABILITY_HEALTH"),
    ("I have a back condition and use the hoist.", "a back condition", "DISABILITY_HEALTH"),
    ("I had a minor stroke and recovered well.", "a minor stroke", "DISABILITY_HEALTH"),
    ("I use screen magnification at work.", "use screen magnification", "DISABILITY_HEALTH"),
    ("I use dictation software for long reports.", "use dictation software", "DISABILITY_HEALTH"),
    ("I have anxiety and see a counsellor.", "see a counsellor", "DISABILITY_HEALTH"),
    # national origin: citizenship now held, dual nationality with the country named
    ("i came here young and now i have british citizenship.", "now i have british citizenship", "NATIONALITY"),
    ("I am now a dual British–Kenyan citizen.", "now a dual British–Kenyan citizen", "NATIONALITY"),
    ("I'm a dual Irish/British national.", "a dual Irish/British national", "NATIONALITY"),
    # family status: the event of a civil partnership or marriage
    ("Ian and I had our civil partnership in 2006.", "our civil partnership in 2006", "MARITAL_FAMILY"),
    # care experience: coming into care, adoption from care, foster placements counted
    ("I came into care when I was eleven.", "came into care when I was eleven", "CARE_EXPERIENCE"),
    ("I was taken into care at nine.", "taken into care at nine", "CARE_EXPERIENCE"),
    ("I was adopted from a children's home.", "adopted from a children's home", "CARE_EXPERIENCE"),
    ("I lived with three foster families before I was ten.", "lived with three foster families",
     "CARE_EXPERIENCE"),
    # religion: a role or membership in one's own congregation, named by its denomination
    ("I am an elder at the Church of Pentecost in Catford.", "an elder at the Church of Pentecost in Catford",
     "RELIGION"),
    ("We are members of the Korean Presbyterian church.", "We are members of the Korean Presbyterian church",
     "RELIGION"),
])
def test_round_5_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in markers(redactor, text)


@pytest.mark.parametrize("text", [
    # round 5: the same shapes about other people or about work stay
    "We supported residents to pray Zuhr in the quiet room.",
    "The service users see a counsellor weekly.",
    "I installed screen magnification software for clients.",
    "I trained staff on the five Ks of Sikhism.",
    "I went into care work after school.",
    "I support children who came into care last year.",
    "I advise on British citizenship applications.",
    "I recruit foster families for the council.",
    "Our clients with a back condition get a physio referral.",
    "I am a member of the Parochial Church Council.",
    "The residents are members of the Methodist church.",
])
def test_round_5_work_and_other_people_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # when, where and at what age go with the disclosure; so does the verb that leads it
    ("I came to England from Poland in 2012.", "came to England from Poland in 2012", "NATIONALITY"),
    ("I was in foster care from age 9 to 16.", "foster care from age 9 to 16", "CARE_EXPERIENCE"),
    ("I grew up in a children's home in Bootle.", "grew up in a children's home in Bootle", "CARE_EXPERIENCE"),
    ("I had breast cancer in 2021 and I'm well now.", "breast cancer in 2021", "DISABILITY_HEALTH"),
    ("Since my divorce I have moved.", "Since my divorce", "MARITAL_FAMILY"),
    ("I was in care as a teenager.", "care as a teenager", "CARE_EXPERIENCE"),
    ("I had a hip replacement two years ago.", "a hip replacement two years ago", "DISABILITY_HEALTH"),
    # round 8: a month goes too (every annotator includes it: "expecting our second in April"); an organisation
    # is not a circumstance
    ("I returned from maternity leave in May.", "maternity leave in May", "MARITAL_FAMILY"),
    ("I grew up in foster care in Co. Kerry.", "grew up in foster care in Co. Kerry", "CARE_EXPERIENCE"),
    ("i was in residential care in limerick from 13 to 18.", "residential care in limerick from 13 to 18",
     "CARE_EXPERIENCE"),
    ("I am a Christian in Sefton Council's faith network.", "a Christian", "RELIGION"),
])
def test_a_disclosure_takes_its_time_place_and_age_with_it(redactor: Redactor, text: str, surface: str,
                                                           kind: str) -> None:
    assert (surface, kind) in markers(redactor, text)


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # sixth session: the rest of a short first-person clause goes when it is a tail of time, place or frequency
    ("I pray at midday and would need ten minutes.", "pray at midday", "RELIGION"),
    ("Well controlled, I wear a Libre sensor on my arm.", "wear a Libre sensor on my arm", "DISABILITY_HEALTH"),
    ("I take methotrexate once a week.", "take methotrexate once a week", "DISABILITY_HEALTH"),
    ("My wife is a nurse; we have a daughter of three.", "a daughter of three", "MARITAL_FAMILY"),
])
def test_a_short_clause_takes_its_tail_with_it(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize(("text", "kept"), [
    # ... but not a new predicate about someone else, the work, a named organisation or a second clause
    ("My husband drives, so early starts are fine.", "drives"),
    ("My leaving care PA helped me apply.", "helped me apply"),
    ("I use dictation software for long reports.", "for long reports"),
    ("I came over from Donegal in 2015 to study at UCLan.", "UCLan"),
    ("I volunteer at my church food bank.", "food bank"),
    ("I have asthma and I run the team's rota.", "rota"),
])
def test_a_short_clause_keeps_what_is_not_the_disclosure(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # sixth session: what follows a disclosed faith or condition and tells it in practice is part of it
    ("I am Buddhist, I go to pagoda in Edinburgh some Sundays.", "go to pagoda in Edinburgh some Sundays",
     "RELIGION"),
    ("I'm a Shia Muslim. I would request the day of Ashura as leave.", "would request the day of Ashura as leave",
     "RELIGION"),
    ("I have hepatitis B, I take tablet every day.", "take tablet every day", "DISABILITY_HEALTH"),
    ("I have asthma, fairly severe, and carry an inhaler.", "carry an inhaler", "DISABILITY_HEALTH"),
    ("I am Muslim, non-practising mostly — I only ask for the morning of Eid.", "Muslim, non-practising mostly",
     "RELIGION"),
    ("Disability: Yes – rheumatoid arthritis (I would need a supportive chair)", "would need a supportive chair",
     "DISABILITY_HEALTH"),
    ("My eyesight is poor without glasses and I had a cataract done.", "eyesight is poor without glasses",
     "DISABILITY_HEALTH"),
    ("I had my knee replaced in March, but I cannot kneel for long periods.", "cannot kneel for long periods",
     "DISABILITY_HEALTH"),
])
def test_a_disclosure_told_in_practice_goes_with_it(redactor: Redactor, text: str, surface: str,
                                                     kind: str) -> None:
    assert (surface, kind) in markers(redactor, text)


@pytest.mark.parametrize(("text", "kept"), [
    # ... but not a sentence about someone else, the work, or one that names no practice
    ("I am Catholic. My husband goes to Mass on Sundays.", "goes to Mass on Sundays"),
    ("I am Muslim. I arranged prayer rooms for the team.", "arranged prayer rooms for the team"),
    ("I have diabetes. I always type up my visit notes on the tablet.", "type up my visit notes on the tablet"),
    ("I am Christian. I enjoy walking in the Peak District.", "enjoy walking in the Peak District"),
    ("Health: good. I cannot attend on Tuesdays.", "Health: good"),
])
def test_what_follows_a_disclosure_stays_when_it_is_not_more_of_it(redactor: Redactor, text: str,
                                                                     kept: str) -> None:
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize(("text", "kept"), [
    # a model's "person" that is a faith, a nationality or a UK place word for word is not a name
    ("I am Orthodox Christian and we keep the fasts.", "[removed: religion]"),
    ("Present job: Postman, Royal Mail Wrexham delivery office. Before that I drove in Wrexham.", "Wrexham"),
    ("I volunteered with Filipino and Welsh community groups.", "Filipino and Welsh"),
])
def test_faiths_nationalities_and_places_are_not_people(redactor: Redactor, text: str, kept: str) -> None:
    redacted = redactor.redact(text).text
    assert kept in redacted and "[PERSON" not in redacted, redacted


def test_another_persons_title_stays_outside_their_name(redactor: Redactor) -> None:
    redacted = redactor.redact("My referee is Pastor Winston Alleyne of the Elim church, with Sgt Amir Siddiqi.").text
    assert "Pastor [PERSON 1]" in redacted and "Sgt [PERSON 2]" in redacted, redacted


@pytest.mark.parametrize(("text", "surface"), [
    # sixth session: a household's children, relatives in it, none, step-parents, marrying, co-parenting
    ("We have twin girls at Moorside High School.", "twin girls"),
    ("Our two are grown and we've three grandchildren now.", "three grandchildren"),
    ("We have a one-year-old and I am due back in February.", "a one-year-old"),
    ("My father lives with us and I take him to his dialysis.", "My father lives with us"),
    ("Nights are no problem, and there are no children to arrange.", "no children to arrange"),
    ("I live with my partner and her two boys (I'm their stepdad).", "their stepdad"),
    ("I married a Scotsman and we live in Fort William.", "married a Scotsman"),
    ("I co-parent my twin girls with their father.", "co-parent my twin girls"),
    ("I moved here with my then-boyfriend, now ex-husband.", "then-boyfriend"),
])
def test_family_in_the_household(redactor: Redactor, text: str, surface: str) -> None:
    assert (surface, "MARITAL_FAMILY") in markers(redactor, text)


@pytest.mark.parametrize("text", [
    "We run two girls' football teams on Saturdays.",
    "The resident's father lives with her and visits the day centre.",
    "There are no children's services in the village any more.",
    "I married up the old records with the new database.",
])
def test_family_words_about_other_things_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    # sixth session: how a candidate born abroad came and stayed, told after their origin; naturalisation as a
    # story; the nationality in brackets after a passport number
    ("I am Nigerian by birth and I have lived in Greater Manchester since 2009.",
     "lived in Greater Manchester since 2009"),
    ("I am South Korean. I hold a Skilled Worker visa to July 2027.", "hold a Skilled Worker visa to July 2027"),
    ("Settled status since 2020, and now I am waiting for British citizenship.", "British citizenship"),
    ("We were given refugee status and I became British last year.", "became British last year"),
    ("I came to the UK in 2017. I had asylum and now I have refugee status.", "asylum"),
    ("Passport no. (for vetting): 384172956 (Bulgarian)", "Bulgarian"),
])
def test_a_route_to_the_uk_told_as_a_story(redactor: Redactor, text: str, surface: str) -> None:
    assert_marked(redactor, text, surface, "NATIONALITY")


@pytest.mark.parametrize(("text", "kept"), [
    ("I am Irish and I have an Irish passport (PX4417289), so there is no visa question.", "no visa question"),
    ("I moved to Leeds in 2015 for a job at the council. I left Capita in 2019.", "moved to Leeds in 2015"),
    ("I am Polish. I worked with the Refugee Council on move-on from asylum accommodation.",
     "move-on from asylum accommodation"),
])
def test_a_route_is_not_read_into_work_or_a_no(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize(("text", "surface"), [
    # sixth session: the rest of a childhood in care, told after it
    ("I spent most of my teens in care — two foster placements and then a children's home in Chaddesden.",
     "two foster placements"),
    ("i was in foster care for two years when i was little and i had a social worker till i was 12.",
     "a social worker till i was 12"),
    ("I was in care from 13 – a children's home in Crawley, then supported lodgings – so I know.",
     "supported lodgings"),
    ("I was brought up in a Barnardo's home in Lytham from the age of six.", "a Barnardo's home in Lytham"),
    # held-out 9 and 10, read after their blind scores: the council as the carer, Scottish supervision, the
    # people of a placement
    ("Bristol City Council looked after me until I was eighteen.", "Bristol City Council looked after me"),
    ("Leeds City Council were my corporate parents.", "Leeds City Council were my corporate parents"),
    ("I grew up in the care of Hull social services.", "the care of Hull social services"),
    ("I was on a supervision requirement from the Children's Hearing when I was twelve.",
     "a supervision requirement"),
    ("She and my last foster carer are the reason I do this job.", "last foster carer"),
    ("I was looked after by Notts County Council, moving between four foster families.", "four foster families"),
])
def test_the_rest_of_a_childhood_in_care(redactor: Redactor, text: str, surface: str) -> None:
    assert_marked(redactor, text, surface, "CARE_EXPERIENCE")


@pytest.mark.parametrize(("text", "kept"), [
    ("I was in care as a teenager. Now I support care leavers in their first tenancies.", "care leavers"),
    ("I volunteer for Barnardo's in Liverpool and I managed a Barnardo's shop.", "Barnardo's shop"),
    ("I worked for Leeds City Council, which looked after me well as an apprentice.", "Leeds City Council"),
])
def test_care_work_after_a_care_disclosure_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize(("text", "expected"), [
    ("I am a Sikh, married, with two daughters.",
     [("a Sikh", "RELIGION"), ("married", "MARITAL_FAMILY"), ("two daughters", "MARITAL_FAMILY")]),
    ("I'm 22, Black British, and I live in Toxteth.", [("Black British", "ETHNICITY")]),
    ("Portuguese national with settled status.",
     [("Portuguese national", "NATIONALITY"), ("settled status", "NATIONALITY")]),
    ("About me: 34, married, one son, Catholic.",
     [("married", "MARITAL_FAMILY"), ("one son", "MARITAL_FAMILY"), ("Catholic", "RELIGION")]),
])
def test_a_list_after_an_owner_is_removed_item_by_item(redactor: Redactor, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert markers(redactor, text) == expected


@pytest.mark.parametrize("text", [
    # the characteristic belongs to someone else, or is the work itself
    "I supported residents with dementia and their families.",
    "I worked at St Mary's Catholic Primary School for six years.",
    "I was a foster carer support worker at Sefton Council.",
    "I helped Somali parents apply for settled status.",
    "I engaged with families on the Homes for Ukraine scheme.",
    "I covered the finance manager while she was on maternity leave.",
    "I have worked with children and families for ten years.",
    "Our children's services team won an award.",
    "I led the transition planning for young people moving to adult services.",
    "I delivered Ramadan awareness training to the depot staff.",
    "I managed the Care Act 2014 assessments for disabled adults.",
    "I am a Member of the British Psychological Society.",
    # a characteristic word as part of a job, a skill or a thing
    "I am a Catholic school governor.",
    "I am a Black belt in judo.",
    "I am fluent in Polish and Russian.",
    "I speak Yoruba and English.",
    "I graduated from the University of Salford in 2006.",
    "I have applied for grant funding from Children in Need.",
    "I am confident with moving and handling, medication administration and record keeping.",
    # a place in the UK is not a national origin (a birthplace is: test_protected_markers_heldout19.py)
    "I grew up in Churchtown and still live there.",
    "My mum is from Kirkby.",
    "I'm from Halewood and still live there.",
    "I moved from Capita to Sefton Council in 2019.",
    "I have lived in Spain and Dubai for work.",
    "I delivered hate crime awareness sessions at the mosque and the gurdwara.",
    "I was in care work for ten years before retraining.",
    "I have worked in a children's home in Bootle.",
    "I support my partner agencies with data.",
    "Referee: Mrs Ann Hughes, Team Manager",
    "I am clerk to the parish council and I volunteer at the church hall.",
    "We moved to Bootle when I was six.",
    "I liaise with foster carers every week.",
    "You may notice my Scouse accent.",
    "Job: Gypsy, Roma and Traveller Liaison Officer",
    "A recent example: a woman with motor neurone disease who wanted to stay at home.",
    # a "no" to a question that is not a monitoring one (a "No" to "caring responsibilities?" goes since the twelfth
    # session: were only the "Yes" answers removed, a removal would tell the panel the answer)
    "Do you hold a full driving licence? No",
    "Languages: Polish, Russian and English (all fluent).",
    "Liverpool is my home.",
    "Adjustments: none needed",
    "I helped residents claim PIP and attendance allowance.",
    "As a community worker I ran sessions for the Somali community.",
    "I left the conflict resolution team in 2019.",
    "i came from work straight to the interview.",
    "I organised Eid and Diwali events at the community centre.",
    "I have supported women through pregnancy and maternity leave.",
    "I was married to the job!",
    "I visited a mosque, two churches and a gurdwara to consult on the plan.",
    "I am a keen traveller and have visited thirty countries.",
    "I moved from Merseyrail to Sefton Council in 2019.",
    "Why do you want to work in our disability service? I have always wanted to help people live well.",
])
def test_work_content_stays(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("I am a widow", "a widow"),
    ("I also wear a hijab and", "wear a hijab"),
    ("came to the UK from Poland in", "came to the UK from Poland"),
    ("I'm currently pregnant", "currently pregnant"),
])
def test_trim_keeps_content_words_and_drops_function_words_at_the_edges(text: str, expected: str) -> None:
    hit = trim(text, Hit(0, len(text), "X"))
    assert hit is not None and text[hit.start:hit.end] == expected


def test_a_title_in_brackets_after_the_name_goes_too(redactor: Redactor) -> None:
    text = "RILEY, Joan (Mrs)\nSupporting statement"
    result = redactor.redact(text, {"first_name": "Joan", "last_name": "Riley"})
    assert result.text == "[CANDIDATE] ([removed: gender])\nSupporting statement"


def test_matcher_is_pure_and_needs_no_nlp() -> None:
    lexicon = load_lexicon()
    matcher = Matcher(lexicon.disclosures, [a.term for a in lexicon.allow_terms])
    text = "I am a practising Muslim and I pray at lunchtime."
    assert [(text[h.start:h.end], h.type) for h in matcher.find(text)] == [
        ("a practising Muslim", "RELIGION"), ("pray at lunchtime", "RELIGION")]


def test_every_disclosure_group_has_a_source_and_a_known_type() -> None:
    lexicon = load_lexicon()
    for group in lexicon.disclosures.groups:
        assert group.source and group.type in lexicon.marker_labels and group.words, group.name


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # round 6: a monitoring form, on one line or with bars; the "Yes", "None" and the bracketed write-in count
    ("Age: 61    Sex: Female\nReligion: Sikh", "Female", "GENDER"),
    ("Ethnic group: Asian or Asian British – Pakistani (Mirpuri)", "Asian or Asian British – Pakistani (Mirpuri)",
     "ETHNICITY"),
    ("Religion: Buddhist (Theravada)", "Buddhist (Theravada)", "RELIGION"),
    ("Disability: Yes", "Yes", "DISABILITY_HEALTH"),
    ("Disability: Yes – mobility impairment", "Yes – mobility impairment", "DISABILITY_HEALTH"),
    ("Religion or belief: None", "None", "RELIGION"),
    ("Start date: March 2021 | Marital status: Widowed", "Widowed", "MARITAL_FAMILY"),
    # national origin: a move to a UK town with where from, or with when and why after an origin
    ("I moved to Leicester from Warsaw with my sister.", "moved to Leicester from Warsaw", "NATIONALITY"),
    ("I was raised in Accra and came to Leeds on a student visa.", "came to Leeds on a student visa", "NATIONALITY"),
    ("I came to the UK in 2014 as a refugee.", "came to the UK in 2014 as a refugee", "NATIONALITY"),
    # national origin: the Home Office steps of the candidate's own case
    ("This spring I received indefinite leave to remain.", "received indefinite leave to remain", "NATIONALITY"),
    ("I hold British citizenship (naturalised 2018).", "hold British citizenship (naturalised 2018)", "NATIONALITY"),
    ("I'm now a British citizen, so no visa is needed.", "now a British citizen", "NATIONALITY"),
    ("After my degree I switched to a Graduate visa.", "switched to a Graduate visa", "NATIONALITY"),
    ("I'm from Galway and hold an Irish passport.", "hold an Irish passport", "NATIONALITY"),
    # health: treatment and its course, recovery, how often an episode comes (NHS conditions A-Z)
    ("I had treatment for prostate cancer and I'm well.", "treatment for prostate cancer", "DISABILITY_HEALTH"),
    ("I'm HIV positive.", "HIV positive", "DISABILITY_HEALTH"),
    ("I am undetectable on medication.", "undetectable on medication", "DISABILITY_HEALTH"),
    ("I get a crisis maybe twice a year.", "get a crisis maybe twice a year", "DISABILITY_HEALTH"),
    ("I am deaf on one side.", "deaf on one side", "DISABILITY_HEALTH"),
    ("I have a touch of arthritis in my knees.", "a touch of arthritis in my knees", "DISABILITY_HEALTH"),
    ("I was medically discharged with a back injury.", "medically discharged with a back injury",
     "DISABILITY_HEALTH"),
    ("I have been sober for six years.", "sober for six years", "DISABILITY_HEALTH"),
    ("I still go to AA every week.", "still go to AA every week", "DISABILITY_HEALTH"),
    # care experience: the words of the leaving-care system (Children (Leaving Care) Act 2000)
    ("There are bursaries for care leavers like me.", "care leavers", "CARE_EXPERIENCE"),
    ("My leaving care PA helped me apply.", "leaving care PA", "CARE_EXPERIENCE"),
    ("At seventeen I moved into supported lodgings.", "supported lodgings", "CARE_EXPERIENCE"),
    ("I went to college straight out of care.", "straight out of care", "CARE_EXPERIENCE"),
    ("I lived in a children's home and then with a long-term foster carer.", "a long-term foster carer",
     "CARE_EXPERIENCE"),
    # religion: Eastern Catholic churches (ONS write-ins), ministries in the candidate's own parish
    ("I'm a Melkite Catholic.", "a Melkite Catholic", "RELIGION"),
    ("I am an extraordinary minister at St Anne's.", "an extraordinary minister at St Anne's", "RELIGION"),
    ("I still do the readings at church most Sundays.", "still do the readings at church", "RELIGION"),
    ("I'm not very religious these days.", "not very religious these days", "RELIGION"),
    # family: the couple as "we"
    ("Callum and I got married, and we moved.", "got married", "MARITAL_FAMILY"),
    ("We separated, and I kept the house.", "separated", "MARITAL_FAMILY"),
    # second pass: kinship care with an age between, a named partner's death, a treatment regimen and its
    # follow-up, the care system as a place, a hand's grip, a route to a UK town, a stay in hospital, the
    # clinician the candidate sees, a faith community as where one is from, ILR with another passport
    ("I was raised by my gran from the age of four under a kinship care arrangement.",
     "raised by my gran from the age of four under a kinship care arrangement", "CARE_EXPERIENCE"),
    ("My wife Ann died, and I retrained.", "My wife Ann died", "MARITAL_FAMILY"),
    ("It is in remission on infusion treatment every eight weeks.", "infusion treatment every eight weeks",
     "DISABILITY_HEALTH"),
    ("I have check-ups every three months.", "check-ups every three months", "DISABILITY_HEALTH"),
    ("I spent most of my teens in the care system.", "spent most of my teens in the care system",
     "CARE_EXPERIENCE"),
    ("I have reduced grip in my left hand.", "reduced grip in my left hand", "DISABILITY_HEALTH"),
    ("I was diagnosed with PTSD and had trauma therapy.", "trauma therapy", "DISABILITY_HEALTH"),
    ("I moved to Cardiff on a Chevening scholarship.", "moved to Cardiff on a Chevening scholarship",
     "NATIONALITY"),
    ("I was in hospital at St James's for a week.", "hospital at St James's for a week", "DISABILITY_HEALTH"),
    ("I still see my diabetes nurse twice a year.", "still see my diabetes nurse twice a year",
     "DISABILITY_HEALTH"),
    ("I was seriously unwell with sepsis, and recovered.", "seriously unwell with sepsis", "DISABILITY_HEALTH"),
    ("As a man from the Coptic church I understand this.", "from the Coptic church", "RELIGION"),
    ("I have a Nigerian passport with indefinite leave to remain.", "indefinite leave to remain", "NATIONALITY"),
    ("Wirral Council is my corporate parent.", "Wirral Council is my corporate parent", "CARE_EXPERIENCE"),
    ("Immigration status: Spouse visa (Family visa)", "Spouse visa (Family visa)", "NATIONALITY"),
    ("I have colitis, which is in remission on biologics every four weeks.",
     "remission on biologics every four weeks",
     "DISABILITY_HEALTH"),
    ("I still do the readings at St John of God most weeks.", "still do the readings at St John of God most weeks",
     "RELIGION"),
])
def test_round_6_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in markers(redactor, text)


@pytest.mark.parametrize("text", [
    # round 6: the same shapes about other people, about work or as a blank answer stay ("Disability: No" goes since
    # the twelfth session, as "Yes" does: tests/redaction/test_protected_markers_heldout27.py)
    "Right to work: Yes",
    "Right to work: No",
    "Religion: Prefer not to say",
    "I moved to Leeds from Bradford in 2015.",
    "I processed naturalisation applications for the Home Office.",
    "I advised clients who switched to a Skilled Worker visa.",
    "I helped families who received indefinite leave to remain.",
    "I quickly settled into the team.",
    "I supported veterans who were medically discharged.",
    "I run a group for people who go to AA.",
    "I support care leavers into work.",
    "I run the Looked After Children team.",
    "Our leaving care team won an award.",
    "I recruit foster carers for the council.",
    "I worked for the Muslim Council of Britain.",
    "I organised the readings at the carol service for residents.",
    "We separated the recycling from the general waste.",
    "Patients who are HIV positive were referred to the clinic.",
    "My mum was in hospital for a week.",
    "I see my clients twice a week.",
    "Liverpool City Council is the corporate parent for 1,400 children.",
    "I check whether tenants have a passport with indefinite leave to remain.",
    "Our patients are in remission on infusion treatment every eight weeks.",
    "Her arthritis is controlled with injections every two weeks.",
    "Clients had trauma therapy through Freedom from Torture.",
    "Many students came to Liverpool in 2018 to study.",
    "The team had PTSD treatment training through Combat Stress.",
    "I moved to Cardiff from Swansea in 2012.",
])
def test_round_6_work_and_other_people_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a table gap ends a value: the next field's label is not part of it
    ("Sex: Female    Ethnicity: White – Other (Spanish)   Religion: None\n",
     [("Female", "GENDER"), ("White – Other (Spanish)", "ETHNICITY"), ("None", "RELIGION")]),
    ("Gender: Male | Religion: Muslim | Ethnicity: Pakistani\n",
     [("Male", "GENDER"), ("Muslim", "RELIGION"), ("Pakistani", "ETHNICITY")]),
    # a majority answer goes as well as a minority one: a gap only where the candidate is not British would
    # itself tell the panel
    ("Nationality: British\n", [("British", "NATIONALITY")]),
    ("Right to work: British citizen\n", [("British citizen", "NATIONALITY")]),
])
def test_equality_monitoring_fields_side_by_side(redactor: Redactor, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert markers(redactor, text) == expected


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # a majority word before a faith, and "I've been" as an owner
    ("I am a British Sikh woman, and I know the community.", "a British Sikh woman", "RELIGION"),
    ("I am a British Muslim and proud of it.", "a British Muslim", "RELIGION"),
    ("I have been Catholic all my life.", "Catholic", "RELIGION"),
    ("I've been looked after by my aunt since I was 12.", "looked after", "CARE_EXPERIENCE"),
])
def test_owners_and_leads_of_round_7(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", ["I am a British Gas engineer.", "I have been a Christian Aid volunteer.",
                                  "I have been British Transport Police's liaison since 2019."])
def test_round_7_employers_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("I've been looked after by Luton since I was 12, which helps.", "looked after by Luton since I was 12"),
    ("I was looked after by Liverpool City Council from 2010 to 2016.",
     "looked after by Liverpool City Council from 2010 to 2016"),
])
def test_who_looked_after_a_child_in_care_goes_with_it(redactor: Redactor, text: str, surface: str) -> None:
    assert (surface, "CARE_EXPERIENCE") in markers(redactor, text)


def test_service_users_looked_after_by_a_team_stay(redactor: Redactor) -> None:
    assert markers(redactor, "Residents are looked after by the Home Care team.") == []


@pytest.mark.parametrize(("text", "surface"), [
    # seventh session (held-out 9 and 10, read after their blind scores): what a condition needs or how it is
    # managed goes with it, in the same sentence or the next
    ("I have mild scoliosis and use a sit-stand desk, which my employer provides.", "use a sit-stand desk"),
    ("i have asthma but its well controlled, i keep my blue inhaler in the staff room", "inhaler in the staff room"),
    ("I live with generalised anxiety disorder, managed with CBT and sertraline.", "managed with CBT and sertraline"),
    ("Health: I have varicose veins and wear support stockings when I stand.", "wear support stockings"),
])
def test_what_a_condition_needs_goes_with_it(redactor: Redactor, text: str, surface: str) -> None:
    redacted = redactor.redact(text).text
    assert not [word for word in surface.split() if len(word) > 3 and word in redacted], redacted


@pytest.mark.parametrize(("text", "kept"), [
    # ... but not that it needs nothing, nor who the candidate works with
    ("I have coeliac disease, but I don't need any adjustments at work.", "need any adjustments"),
    ("I have diabetes, which is well controlled, and it has never stopped me working.", "well controlled"),
    ("I have dyslexia and I check my reports with my line manager.", "line manager"),
])
def test_that_a_condition_needs_nothing_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not any(kept in span for span, _ in markers(redactor, text))


@pytest.mark.parametrize(("text", "surface"), [
    ("I left Afghanistan in 2021 because of my work.", "left Afghanistan"),
    ("i lived in Portugal until i was 19 then moved to london", "lived in Portugal"),
])
def test_a_country_left_is_a_national_origin(redactor: Redactor, text: str, surface: str) -> None:
    assert any(surface in span and kind == "NATIONALITY" for span, kind in markers(redactor, text))


def test_a_country_lived_in_for_a_while_stays(redactor: Redactor) -> None:
    assert markers(redactor, "I lived in Spain for a year teaching English.") == []


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # seventh session (held-out 9 and 10, read after their blind scores)
    ("Urdu and Punjabi are my home languages, which has helped on the wards.", "Urdu and Punjabi", "ETHNICITY"),
    ("Irish is the language of our house, and I can answer the phone in it.", "Irish is the language", "ETHNICITY"),
    ("LANGUAGES\nRomanian – mother tongue; English – fluent", "Romanian – mother tongue", "ETHNICITY"),
    ("I was brought up through Welsh in Pontypridd.", "brought up through Welsh", "ETHNICITY"),
    ("Born in Hargeisa, came here aged two with my mum as refugees.", "as refugees", "NATIONALITY"),
    ("I came on a spouse visa in 2017 and I've had indefinite leave since 2022.", "indefinite leave", "NATIONALITY"),
    ("Nationality: British (naturalised 2014); previously Nigerian", "previously Nigerian", "NATIONALITY"),
    ("I got married in August and we have no children yet, so I can do early starts.", "no children yet",
     "MARITAL_FAMILY"),
    ("Spouse / partner: Folasade Akinyemi (wife), British citizen", "wife", "MARITAL_FAMILY"),
    ("Caring responsibilities: Yes – three children under 10\n", "three children under 10", "MARITAL_FAMILY"),
    ("i'm mixed, black caribbean and white, i know you asked on the form", "mixed, black caribbean and white",
     "ETHNICITY"),
    ("I am Hindu and do not eat beef, but I am happy to serve all menu items.", "do not eat beef", "RELIGION"),
])
def test_held_out_9_and_10_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", [
    "Payroll systems: iTrent and ESR; previously ResourceLink.",
    "I taught Urdu and Punjabi to adult learners at the library.",
    "I was a personal adviser in the leaving care team for three years.",
    "I ran a peer support group for people in recovery from addiction.",
])
def test_held_out_9_and_10_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []


@pytest.mark.parametrize(("text", "surface"), [
    # seventh session (held-out 11 and 12, read after their blind scores): care in Scotland, Wales and NI, and
    # the age care began or ended
    ("I stayed in the unit under continuing care until I was nineteen.", "continuing care"),
    ("I still get aftercare support from my throughcare worker.", "throughcare worker"),
    ("Because I get the university's care-experienced bursary I know the system.", "care-experienced bursary"),
    ("im on the care experienced young people's panel at VOYPIC", "care experienced young people's panel"),
    ("i was in foster care from 8 til 18, same family the whole time", "foster care from 8 til 18"),
])
def test_care_in_the_four_nations(redactor: Redactor, text: str, surface: str) -> None:
    assert_marked(redactor, text, surface, "CARE_EXPERIENCE")
