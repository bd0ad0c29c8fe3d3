"""Round 7: fresh paraphrases, written before the detector was run on them.

Each row is a sentence a UK applicant could write about themselves, in many voices (formal, casual, lower case,
second-language English, form answers). The check is that a marker of the right kind covers the core words;
where the edges go is the resolver's business and is tested elsewhere. The second table is the same words
about other people, service users, work content and employers: nothing is removed there.
"""

import pytest

from services.redaction.service import Redactor

MARKERS = frozenset({"GENDER", "RELIGION", "ETHNICITY", "NATIONALITY", "DISABILITY_HEALTH", "SEXUAL_ORIENTATION",
                     "MARITAL_FAMILY", "CARE_EXPERIENCE"})


def markers(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.type) for e in redactor.redact(text).entities if e.type in MARKERS]


def assert_marked(redactor: Redactor, text: str, core: str, kind: str) -> None:
    """A marker of `kind` covers the core words (the rounds of fresh probes share this check)."""
    found = markers(redactor, text)
    assert any(core in span and k == kind for span, k in found), found


CARE = "CARE_EXPERIENCE"
HEALTH = "DISABILITY_HEALTH"
ORIGIN = "NATIONALITY"
FAITH = "RELIGION"
FAMILY = "MARITAL_FAMILY"
ETHNIC = "ETHNICITY"
GENDER = "GENDER"
ORIENT = "SEXUAL_ORIENTATION"

DISCLOSURES = [
    # care experience
    ("I was in foster care from the age of nine until I turned eighteen.", "foster care", CARE),
    ("i'm care experienced and i know what its like to have no one fighting your corner", "care experienced",
     CARE),
    ("Growing up, I lived in three residential children's homes.", "residential children's homes", CARE),
    ("I left care at 18 and went straight into a hostel.", "left care", CARE),
    ("My social worker helped me apply for university as a care leaver.", "care leaver", CARE),
    ("As someone who was fostered, I understand placement breakdowns first hand.", "fostered", CARE),
    ("I was placed with my grandparents under a special guardianship order when I was six.",
     "special guardianship order", CARE),
    ("I received the care leavers' bursary at university.", "care leavers' bursary", CARE),
    ("Personal circumstances: care leaver, living independently since 17.", "care leaver", CARE),
    ("I was adopted aged four after two years with foster carers.", "adopted", CARE),
    ("I spent most of my childhood in and out of care.", "in and out of care", CARE),
    ("Im a former looked after child so I get what the young people are going through",
     "former looked after child", CARE),
    ("I still have a personal adviser from the leaving care service until I'm 25.", "personal adviser", CARE),
    ("My foster mum taught me to cook, which is how I got into catering.", "foster mum", CARE),
    ("I was raised in kinship care by my auntie.", "kinship care", CARE),
    ("I was on a care order from the age of 11.", "care order", CARE),
    ("I aged out of the care system at eighteen.", "aged out of the care system", CARE),
    ("Being in care meant I moved schools six times.", "in care", CARE),
    # added after the first run, with the fixes (not counted in the first-run miss rate)
    ("Since leaving care I have lived independently and held down two jobs.", "leaving care", CARE),
    ("I was christened in a Catholic church as a baby.", "christened", FAITH),
    # health and disability
    ("I have type 1 diabetes and use an insulin pump.", "type 1 diabetes", HEALTH),
    ("I'm autistic, so clear instructions help me do my best work.", "autistic", HEALTH),
    ("I was diagnosed with ADHD at 30.", "ADHD", HEALTH),
    ("i suffer with anxiety but its well managed now", "anxiety", HEALTH),
    ("I have epilepsy which is controlled by medication; I do not drive.", "epilepsy", HEALTH),
    ("I have Crohn's disease and occasionally need to work from home during flare-ups.", "Crohn's disease",
     HEALTH),
    ("I had a kidney transplant in 2019 and I'm fully fit for work.", "kidney transplant", HEALTH),
    ("I am a wheelchair user, so a ground floor interview room would be appreciated.", "wheelchair user",
     HEALTH),
    ("I wear hearing aids in both ears.", "hearing aids", HEALTH),
    ("Since my stroke I have some weakness on my left side.", "stroke", HEALTH),
    ("Reasonable adjustments: extra time, as I have dyspraxia.", "dyspraxia", HEALTH),
    ("I live with bipolar disorder and I'm open about it.", "bipolar disorder", HEALTH),
    ("I was off work for six months with depression in 2021, which explains the gap.", "depression", HEALTH),
    ("I've got fibromyalgia so I pace myself.", "fibromyalgia", HEALTH),
    ("I have long covid and currently work 30 hours a week.", "long covid", HEALTH),
    ("I am registered blind and use a guide dog.", "registered blind", HEALTH),
    ("I'm a recovering alcoholic, nine years dry.", "recovering alcoholic", HEALTH),
    ("I am neurodivergent (dyslexic and dyscalculic).", "neurodivergent", HEALTH),
    ("I have a stammer, so I may take a little longer to answer on the phone.", "stammer", HEALTH),
    ("I had breast cancer five years ago and am now in remission.", "breast cancer", HEALTH),
    ("Disability: I have a visual impairment", "visual impairment", HEALTH),
    # national origin and migration
    ("I came to the UK as a refugee from Afghanistan in 2015.", "refugee", ORIGIN),
    ("I was born and raised in Lagos before moving to Manchester for my master's.", "born and raised in Lagos",
     ORIGIN),
    ("I moved here from Hong Kong on the BN(O) visa in 2021.", "BN(O) visa", ORIGIN),
    ("I have pre-settled status under the EU Settlement Scheme.", "pre-settled status", ORIGIN),
    ("Im from Zimbabwe originally, been in Leeds 8 years", "from Zimbabwe", ORIGIN),
    ("I grew up in Portugal and came here when I was 19.", "grew up in Portugal", ORIGIN),
    ("I hold a Graduate visa valid until 2027.", "Graduate visa", ORIGIN),
    ("I was granted refugee status in 2018.", "refugee status", ORIGIN),
    ("As an asylum seeker I was not allowed to work for three years, so I volunteered.", "asylum seeker",
     ORIGIN),
    ("I am a Ukrainian national here under the Homes for Ukraine scheme.", "Ukrainian national", ORIGIN),
    ("My family emigrated from Pakistan when I was a baby.", "emigrated from Pakistan", ORIGIN),
    ("i am french, living in uk since brexit", "french", ORIGIN),
    ("I relocated from India on a Health and Care Worker visa.", "Health and Care Worker visa", ORIGIN),
    ("I fled Syria in 2014 and rebuilt my life here.", "fled Syria", ORIGIN),
    ("Nationality: Filipino", "Filipino", ORIGIN),
    ("I'm an EU citizen with settled status.", "settled status", ORIGIN),
    ("My parents brought me over from Somalia when I was seven.", "from Somalia", ORIGIN),
    ("I'm a first-generation immigrant.", "first-generation immigrant", ORIGIN),
    # religion
    ("My faith as a Christian is central to how I treat people.", "Christian", FAITH),
    ("I'm a practising Hindu and observe Navratri.", "Hindu", FAITH),
    ("I fast during Ramadan, so I'd prefer a morning interview in March.", "Ramadan", FAITH),
    ("I attend synagogue most Saturdays and cannot work on Shabbat.", "synagogue", FAITH),
    ("i wear the hijab", "hijab", FAITH),
    ("I am a Jehovah's Witness.", "Jehovah's Witness", FAITH),
    ("I'm Buddhist and meditate every morning.", "Buddhist", FAITH),
    ("I'm a churchwarden at our village church.", "churchwarden", FAITH),
    ("I go to Friday prayers at my local masjid.", "Friday prayers", FAITH),
    ("As a Quaker, I value simplicity and peace.", "Quaker", FAITH),
    ("I converted to Islam in 2016.", "converted to Islam", FAITH),
    ("I'm Catholic but not very observant.", "Catholic", FAITH),
    ("Religion or belief: Humanist", "Humanist", FAITH),
    ("I was baptised as an adult at my local Baptist church.", "baptised", FAITH),
    ("My faith (I am a Sikh) teaches seva, selfless service.", "Sikh", FAITH),
    ("I sing in the worship team at my church every Sunday.", "worship team at my church", FAITH),
    ("I am an atheist.", "atheist", FAITH),
    ("I'm a Muslim revert and wear a kufi.", "Muslim revert", FAITH),
    ("I keep kosher, so please note this for any catered events.", "keep kosher", FAITH),
    ("I'm Pagan.", "Pagan", FAITH),
    # family
    # a parent word is GENDER by design ("a mum of two" in test_protected_markers); either label removes it
    ("I'm a single mum to a 7 year old.", "single mum to a 7 year old", "GENDER"),
    ("I am married with three children.", "three children", FAMILY),
    ("I need to finish by 3pm to collect my son from school.", "my son", FAMILY),
    ("My partner and I are expecting our first baby in June.", "expecting our first baby", FAMILY),
    ("I have been a full-time carer for my disabled brother.", "carer for my disabled brother", FAMILY),
    ("I am widowed.", "widowed", FAMILY),
    ("I took two years out to look after my children.", "look after my children", FAMILY),
    ("i'm engaged and getting married next summer", "engaged", FAMILY),
    ("Marital status: Civil partnership", "Civil partnership", FAMILY),
    ("I'm on shared parental leave until April.", "shared parental leave", FAMILY),
    ("As a stepdad of two teenagers I know how to listen.", "stepdad", FAMILY),
    ("We're going through IVF at the moment so I may need a few appointments.", "IVF", FAMILY),
    # others
    ("I'm a trans woman and have worked in retail for ten years.", "trans woman", "GENDER"),
    ("My pronouns are they/them.", "they/them", "GENDER"),
    ("I am non-binary.", "non-binary", "GENDER"),
    ("I am bisexual.", "bisexual", "SEXUAL_ORIENTATION"),
    ("As a lesbian I know how isolating school can be.", "lesbian", "SEXUAL_ORIENTATION"),
    ("I'm mixed race (white and Black Caribbean).", "mixed race", "ETHNICITY"),
    ("I'm from the Gypsy and Traveller community.", "Gypsy and Traveller", "ETHNICITY"),
    ("My mother tongue is Urdu.", "mother tongue is Urdu", "ETHNICITY"),
    ("I am of Ghanaian heritage.", "Ghanaian heritage", "ETHNICITY"),
]

STAYS = [
    "I volunteered in a Barnardo's charity shop for two years.",
    "I managed fundraising events for Muslim Aid in the North West.",
    "I worked as a support worker at Mind in Salford.",
    "At Refugee Action I helped clients apply for asylum support.",
    "I was a social worker in the Looked After Children Team at Wirral Council.",
    "I supported care leavers to find their first tenancy.",
    "Many of the young people I mentored had been in foster care.",
    "I trained staff on reasonable adjustments for employees with dyslexia.",
    "I ran a clinic for patients with type 1 diabetes.",
    "I delivered a workshop on autism awareness for teachers.",
    "I supported a service user who was fasting during Ramadan to adjust her medication times.",
    "I organised the school's Diwali and Eid celebrations.",
    "I drafted the council's policy on religious observance at work.",
    "I advised asylum seekers on their right to work.",
    "I processed Skilled Worker visa applications for the university's international staff.",
    "We recruited nurses from India and the Philippines.",
    "I translated leaflets into Polish and Romanian for the clinic.",
    "Our foster carers receive a weekly allowance that I administered.",
    "I coordinated the Homes for Ukraine scheme for the borough.",
    "I took minutes for the Disability Staff Network.",
    "The charity's founder was a Quaker.",
    "I supported a widowed client to claim Bereavement Support Payment.",
    "I processed shared parental leave requests for the HR team.",
    "I worked at St Mungo's with people recovering from alcohol dependency.",
    "I partnered with local churches and mosques to run a winter night shelter.",
    "I was a receptionist at the Jewish Museum London.",
    "I assessed Access to Work applications for deaf employees.",
    "My manager was on maternity leave, so I covered her role.",
    "I wrote pathway plans for young people leaving care.",
    "I supported the kinship carers' group at Family Rights Group.",
    "I worked for the Christian Aid Week team.",
    "I interpreted for Afghan refugees at GP appointments.",
    "My client had bipolar disorder and was sectioned twice.",
    # added after the first run: the development set's "I was christened <name>", and leaving a job in care
    "I was christened Margaret but everyone calls me Peggy.",
    "After leaving care work in 2019 I retrained as an electrician.",
    "I left care to retrain as a teacher in 2015.",
    "Many of the children I worked with were in and out of care.",
    "I spent years working with children in and out of care.",
    "As someone who was a manager at Barnardo's, I know the sector.",
    "I worked with the Gypsy and Traveller community on site provision.",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_round_7_paraphrased_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_round_7_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
