"""Round 10: fresh multi-line passages, written before the detector was run on them.

Each row is a passage as it appears in an application: an "Additional information" or "About me" paragraph of a
few sentences, a CV "Personal" section of short fragments, equality-monitoring or form answers, bullet lists of
circumstances, reasonable-adjustment requests, disclosures that come as the second clause of a sentence or after
an explanation, elided-subject fragments and second-language English. The check is that a marker of the right
kind covers the core words. The second table is similar passages about clients, residents, colleagues, family
members' jobs, training delivered, policies written and employers: nothing is removed there.
"""

import pytest

from services.redaction.service import Redactor

from ..known_misses import with_known_misses
from .test_protected_markers_round7 import (
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
    # care experience
    ("Additional information\nI grew up in foster care in Sunderland and moved placement four times. "
     "It taught me how much a steady adult matters.", "foster care", CARE),
    ("About me:\nI am a care leaver. I left my last placement at 18 and I have been living on my own since.",
     "care leaver", CARE),
    ("Personal\n- Care experienced\n- Full clean driving licence\n- First aider", "Care experienced", CARE),
    ("Have you ever been in the care of a local authority? Yes - from age 12 to 18.\nAre you a care leaver? Yes",
     "care leaver", CARE),
    ("There is a gap on my CV in 2016. The reason is that my placement broke down and I was moved to a "
     "children's home in another county, so I had to leave college.", "children's home", CARE),
    ("Raised by foster carers from age five. Still close to them now.", "foster carers", CARE),
    ("I did not have an easy start. I was looked after by the local authority from the age of seven, "
     "and my personal adviser helped me get to university.", "looked after by the local authority", CARE),
    ("Things you should know about me:\n* grew up in residential care\n* first in family to go to uni\n"
     "* volunteer with a youth club", "residential care", CARE),
    ("I was brought up by my nan under a kinship arrangement after my mum could not look after us, "
     "so family support work means a lot to me.", "kinship arrangement", CARE),
    ("My school years were disrupted because I was in care and changed schools three times; "
     "I caught up through an access course.", "in care", CARE),
    ("Sorry for my english. When I was child I was living in foster family, after that I go to semi-independent "
     "accommodation when I was 16.", "foster family", CARE),
    ("I receive the care leaver council tax exemption until I am 25, which is why my address is a council flat.",
     "care leaver", CARE),
    ("Adopted at three. I know my birth family history and it shapes how I think about identity.", "Adopted",
     CARE),
    # health and disability
    ("Do you consider yourself to have a disability? Yes - multiple sclerosis\n"
     "Do you need any adjustments at interview? A chair with arms please.", "multiple sclerosis", HEALTH),
    ("Personal\nNon-driver (epilepsy). Fluent Welsh. Keen fell runner.", "epilepsy", HEALTH),
    ("Diagnosed autistic at 30. It explained a lot, and I now know what I need to work well.",
     "autistic", HEALTH),
    ("I left my last role in 2020 for health reasons. I had a breakdown and was treated for severe depression; "
     "I have been well for two years.", "severe depression", HEALTH),
    ("Reasonable adjustment request:\nI am Deaf and use BSL. Please book an interpreter for the interview.",
     "Deaf", HEALTH),
    ("I work well in teams, though I should mention that I have ME/CFS and need a phased start.",
     "ME/CFS", HEALTH),
    ("Health: Type 2 diabetic, diet controlled. No impact on the role.", "diabetic", HEALTH),
    ("Circumstances:\n- part-time student\n- I have PTSD from my army service\n- live near the site",
     "PTSD", HEALTH),
    ("I have always loved reading, but I am dyslexic so I ask that the written test is given in a larger font "
     "on cream paper.", "dyslexic", HEALTH),
    ("My english is not so good, sorry. I have problem with my back, a slipped disc, so I cannot lift heavy "
     "things more than 10 kg.", "slipped disc", HEALTH),
    ("Additional information\nThe gap in 2022 was because I was having chemotherapy for bowel cancer. "
     "I am now back to full strength.", "bowel cancer", HEALTH),
    ("Disabled? Yes. Condition: cerebral palsy (mild, affects my right hand).", "cerebral palsy", HEALTH),
    ("I take medication for OCD and have done since university. It does not affect my attendance.",
     "OCD", HEALTH),
    ("I'm partially sighted, so screen magnification software would help me in the assessment.",
     "partially sighted", HEALTH),
    # national origin, migration and visa history
    ("About me\nI was born in Harare and came to England when I was fourteen. "
     "I did my GCSEs in Leicester.", "born in Harare", ORIGIN),
    ("Right to work: I hold refugee status and have leave to remain until 2027.", "refugee status", ORIGIN),
    ("Personal\nZimbabwean national. Indefinite leave to remain. Full UK licence.", "Zimbabwean national", ORIGIN),
    ("I moved here from Poland in 2008 with nothing but a suitcase, and worked my way up from cleaner to "
     "supervisor.", "from Poland", ORIGIN),
    ("The reason there is a gap in 2018 is that I was waiting for my asylum claim to be decided and was not "
     "allowed to work.", "asylum claim", ORIGIN),
    ("I am currently on a Skilled Worker visa sponsored by my employer, so I would need sponsorship to move.",
     "Skilled Worker visa", ORIGIN),
    ("Nationality: Nigerian\nDo you require a visa to work in the UK? Yes", "Nigerian", ORIGIN),
    ("As an immigrant myself, I understand how confusing the benefits system is for new arrivals.",
     "immigrant", ORIGIN),
    ("Sorry if my English has mistakes. I am from Syria, I came in 2016 with my family by resettlement scheme.",
     "from Syria", ORIGIN),
    ("Languages: Urdu (native), English (fluent).\nI grew up in Lahore and did my degree there.",
     "grew up in Lahore", ORIGIN),
    ("I have pre-settled status under the EU Settlement Scheme.", "pre-settled status", ORIGIN),
    ("I came to the UK as an unaccompanied asylum-seeking child when I was fifteen, and I have been here since.",
     "unaccompanied asylum-seeking child", ORIGIN),
    ("Originally from Kerala, I trained as a nurse in Kochi before relocating to Birmingham.",
     "Originally from Kerala", ORIGIN),
    # religion
    ("Personal\nMarried, 2 kids. Non-driver. Practising Sikh.", "Practising Sikh", FAITH),
    ("Religion or belief: Muslim\nSexual orientation: Prefer not to say", "Muslim", FAITH),
    ("I would be grateful if the interview could avoid Friday lunchtime, as I attend Jummah prayers at the "
     "mosque.", "Jummah prayers", FAITH),
    ("My faith is important to me. I am a Christian and I lead the youth group at my church on Sundays.",
     "I am a Christian", FAITH),
    ("Please note I keep Shabbat, so I cannot work from Friday sunset to Saturday night.", "keep Shabbat", FAITH),
    ("Outside work\n- Sunday school teacher at my parish church\n- Catholic\n- Park runner", "Catholic", FAITH),
    ("I am a Hindu and I volunteer at my local temple's food bank every Saturday.", "Hindu", FAITH),
    ("I became a Buddhist in my twenties and meditation is part of my daily routine.", "Buddhist", FAITH),
    ("During Ramadan I fast, but this has never affected my work and I am happy to do early shifts.",
     "I fast", FAITH),
    ("i was brought up Jehovah's Witness but left when i was 20", "Jehovah's Witness", FAITH),
    ("Religion: None / atheist", "atheist", FAITH),
    ("My husband and I converted to Islam in 2015, and I now wear the hijab.", "converted to Islam", FAITH),
    ("As a practising Jew I would need time off for Yom Kippur and Rosh Hashanah.", "practising Jew", FAITH),
    # marital and family status
    ("Personal\nMarried, 2 kids. Clean licence. Keen cyclist.", "Married", FAMILY),
    ("The reason I left in 2019 was that my dad became ill and I looked after him until he died.",
     "I looked after him", FAMILY),
    ("I am a single mum of three, so I am very organised.", "single mum", FAMILY),
    ("Additional information\nI am currently pregnant and due in March. I would still like to be considered.",
     "pregnant", FAMILY),
    ("Availability: school hours only, as I have two children at primary school.", "two children", FAMILY),
    ("Are you a carer? Yes - for my disabled son\nHours available: 20 per week", "my disabled son", FAMILY),
    ("I recently got divorced and relocated to Exeter to be closer to my parents.", "divorced", FAMILY),
    ("I took a career break from 2015 to 2020 to raise my children, and returned via a returners' programme.",
     "raise my children", FAMILY),
    ("My wife is in the RAF, so we move every few years; this explains the short roles on my CV.", "My wife",
     FAMILY),
    ("Widowed in 2021. I went back to work part time after a year.", "Widowed", FAMILY),
    ("Sorry for my English. I have two small kids and my husband work nights, so I can only do day shift.",
     "two small kids", FAMILY),
    ("Circumstances:\n- lone parent\n- no car\n- can start immediately", "lone parent", FAMILY),
    ("I am engaged and getting married in the summer, so I would need two weeks off in August.",
     "getting married", FAMILY),
    ("I left nursing to care for my mother, who has dementia, and I am still her main carer.", "main carer",
     FAMILY),
    # ethnicity
    ("Ethnic group: Black British - Caribbean\nDisability: No", "Black British - Caribbean", ETHNIC),
    ("About me\nAs a mixed-race woman from Bristol, I know how it feels not to see yourself represented.",
     "mixed-race", ETHNIC),
    ("I am British Pakistani, born in Bradford, and I speak Punjabi at home.", "British Pakistani", ETHNIC),
    ("I'm from a Romany Gypsy family and grew up travelling, so my schooling was patchy.", "Romany Gypsy",
     ETHNIC),
    ("Being the only Black person in my year at university was hard, and it is why I mentor students now.",
     "only Black person", ETHNIC),
    ("Personal\nBritish Bangladeshi. Speaks Sylheti and Bengali. Driver.", "British Bangladeshi", ETHNIC),
    ("My background is Irish Traveller and I would love to help this service reach my community.",
     "Irish Traveller", ETHNIC),
    ("I am of Chinese heritage and grew up helping in my parents' takeaway.", "Chinese heritage", ETHNIC),
    ("What is your ethnicity? White - Polish\nWhat is your religion? Catholic", "White - Polish", ETHNIC),
    ("As a South Asian woman I experienced racism in my last job, which is why I left.", "South Asian", ETHNIC),
    ("I am Black African (Ghanaian) and proud of it.", "Black African", ETHNIC),
    ("My heritage is half Jamaican, half Scottish.", "half Jamaican", ETHNIC),
    # gender
    ("Gender: Female\nIs your gender identity the same as the sex you were assigned at birth? No",
     "No", GENDER),
    ("About me\nI am a trans woman and I transitioned in 2018. My certificates are in my previous name.",
     "trans woman", GENDER),
    ("I'm non-binary and use they/them pronouns.", "non-binary", GENDER),
    ("As a woman in engineering, I have often been the only one in the room.", "As a woman", GENDER),
    ("Pronouns: he/him\nGender: Male", "Male", GENDER),
    ("I'm a trans man, so some of my older references use a different name.", "trans man", GENDER),
    ("Being a male nursery worker, I know parents sometimes have questions, and I welcome them.",
     "male nursery worker", GENDER),
    ("I hold a Gender Recognition Certificate, so my birth certificate shows my current name.",
     "Gender Recognition Certificate", GENDER),
    ("Personal\nFemale, 34. Non-smoker. Full licence.", "Female", GENDER),
    ("I am genderfluid and I would appreciate it if the panel used my name rather than pronouns.",
     "genderfluid", GENDER),
    ("As a young woman from a working-class background, I didn't expect to go into finance.", "young woman",
     GENDER),
    ("Gender identity: Woman\nTrans history: Yes", "Trans history: Yes", GENDER),
    # sexual orientation
    ("Sexual orientation: Gay man\nReligion: None", "Gay man", ORIENT),
    ("About me\nI'm a lesbian and I live with my partner in Hackney. I volunteer at an LGBT+ helpline.",
     "lesbian", ORIENT),
    ("As a bisexual man, I know how hard it can be to come out at work.", "bisexual", ORIENT),
    ("I came out as gay at 17 and lost contact with some of my family, so I understand isolation.",
     "came out as gay", ORIENT),
    ("I am queer and an active member of my local Pride committee.", "queer", ORIENT),
    ("Personal\nMarried (same-sex). No children. Driver.", "same-sex", ORIENT),
    ("My husband and I (we are both men) moved to Brighton in 2019.", "we are both men", ORIENT),
    ("Sexual orientation? Bi\nGender? Female", "Bi", ORIENT),
    ("I identify as asexual, which I mention only because your form asked.", "asexual", ORIENT),
    ("Sorry for English. I am homosexual and in my country it was not safe, so I left.", "homosexual", ORIENT),
    ("I'm pansexual and proud, and I'd like to bring that perspective to the inclusion network.", "pansexual",
     ORIENT),
    ("My girlfriend and I have been together six years; I am a gay woman.", "gay woman", ORIENT),
]

STAYS = [
    "At Barnardo's I supported care leavers into their first tenancy.\nI also ran the independent living "
    "skills group.",
    "My manager went on maternity leave and I acted up for nine months. This gave me budget experience.",
    "I ran the Ramadan food parcel scheme for tenants across three estates.",
    "Key achievements\n- wrote the trust's reasonable adjustments policy\n- trained 200 managers on "
    "neurodiversity",
    "I supported residents with dementia and Parkinson's. I also helped families plan end-of-life care.",
    "My dad is a bus driver and my mum is a teaching assistant; they taught me the value of hard work.",
    "I delivered autism awareness training to every team in the council.",
    "I was the lead social worker for unaccompanied asylum-seeking children in Kent.\nI chaired their reviews.",
    "Responsibilities included:\n* booking BSL interpreters for deaf patients\n* managing the hearing loop "
    "contract",
    "I worked at the Islamic Relief shop in Leicester for two years as a volunteer manager.",
    "My colleague was diagnosed with MS and I helped reorganise the rota around her treatment.",
    "We supported families from Syria through the resettlement scheme, and I found school places for 40 "
    "children.",
    "I organised our LGBT+ History Month events and the Pride float.",
    "I advised employers on how to sponsor Skilled Worker visas.\nI also ran right-to-work checks for 300 "
    "staff.",
    "At the church hall we ran a toddler group and a lunch club for older people.",
    "I managed a caseload of looked after children and attended their LAC reviews.",
    "I designed the equality monitoring form for the NHS trust, including the ethnicity and religion questions.",
    "My brother works in Dubai as an engineer.",
    "The school I worked at was a Catholic academy, and I taught RE to Year 9.",
    "I supported a client with schizophrenia to move into supported housing.",
    "I set up a breastfeeding room for staff at the depot.",
    "I wrote the company's transgender equality policy and trained HR on it.",
    "I ran a support group for single parents at the children's centre.",
    "I was a teaching assistant in a special school for pupils with cerebral palsy.",
    "I recruited foster carers for the local authority and assessed their applications.",
    "As a support worker I helped a Polish resident register with a GP.",
    "Our team supported refugees from Ukraine and Afghanistan to find work.",
    "I coordinated the Black History Month programme for the library service.",
    "Tasks:\n- organised shared parental leave paperwork\n- logged sickness absence\n- processed pension "
    "queries",
    "I managed the chaplaincy rota, covering Christian, Muslim and Jewish chaplains.",
    "I worked at Mind for three years on the crisis line.",
    "The hostel housed men recovering from drug and alcohol addiction; I ran the key-work sessions.",
    "My previous employer, the Salvation Army, trained me in budgeting support.",
    "I translated consent forms into Urdu and Bengali for the maternity unit.",
    "I helped a widowed tenant apply for a smaller flat.",
    "I organised Diwali and Hanukkah celebrations for residents at the care home.",
    "I supervised a team of carers supporting adults with learning disabilities.",
    "I liaised with Gypsy and Traveller families about school attendance.",
    "I mentored a trainee who was autistic and adapted the induction for her.",
    "My sister is a nurse in the NHS and encouraged me to apply.",
    "At Stonewall I managed the workplace equality index submissions.",
    "I wrote guidance on supporting pregnant employees for line managers.",
    "I covered a colleague's role while he was off with cancer treatment.",
    "I worked for the Refugee Council's employment programme, matching clients to jobs.",
    "I ran a kinship carers' support group and a young carers' project.",
]


# Rows still missed after the fixes of round 10, kept visible (strict: a fix makes them fail until moved back),
# keyed by their core words or the start of their text. Several are near misses: the marker covers the
# disclosing words but not the whole core ("fast" for "I fast"), or finds them as another kind by design.
KNOWN_MISSES = {
    "Have you ever been in the care of a local authority?": "a second form answer after a first one is not read",
    "in care": "'in' is trimmed as a function word",
    "foster family": "a second-language 'living in foster family' is not a frame",
    "Adopted": "a lone 'Adopted' opening a passage is not found",
    "Practising Sikh": "a third fragment on a CV line is not found",
    "I am a Christian": "found as 'a Christian'",
    "I fast": "found as 'fast'",
    "I looked after him": "found as 'looked after him until he died'",
    "single mum": "found as gender ('a single mum'), the issue's example",
    "raise my children": "found as 'my children'",
    "getting married": "found as 'married in the summer'",
    "As a woman": "found as 'a woman in engineering'",
    "male nursery worker": "found as 'Being a male'",
    "Trans history: Yes": "found as 'Yes'",
    "same-sex": "found inside 'Married (same-sex)' as family status",
}
DISCLOSURE_ROWS = with_known_misses(
    DISCLOSURES, lambda row: KNOWN_MISSES.get(row[1]) or KNOWN_MISSES.get(row[0].split("\n")[0][:52])
)


@pytest.mark.parametrize(("text", "core", "kind"), DISCLOSURE_ROWS)
def test_round_10_passage_disclosures(redactor: Redactor, text: str, core: str, kind: str) -> None:
    assert_marked(redactor, text, core, kind)


@pytest.mark.parametrize("text", STAYS)
def test_round_10_passages_about_others_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
