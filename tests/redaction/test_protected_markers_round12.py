"""Round 12: fresh sentences on care experience, health and national origin, written before the detector was run.

Each row is a sentence a UK applicant could write about themselves, in many voices (supporting statements, cover
letters, CV fragments, form answers, second-language English, lower case). The check is that a marker of the right
kind covers the shortest words that disclose; where the edges go is the resolver's business and is tested elsewhere.
The second table is the same vocabulary about clients, colleagues, family members' jobs, work content and
employers: nothing is removed there.
"""

import pytest

from services.redaction.service import Redactor

from ..known_misses import reason_starting, with_known_misses
from .test_protected_markers_round7 import CARE, FAITH, FAMILY, HEALTH, ORIGIN, assert_marked, markers  # noqa: F401

DISCLOSURES = [
    # care experience
    ("I lived with foster parents in Stockport from the age of twelve.", "foster", CARE),
    ("From 14 to 17 I was in a children's home in Derby.", "children's home", CARE),
    ("My nan raised me under a kinship arrangement after social services got involved.", "kinship", CARE),
    ("I've been on a special guardianship order with my uncle since I was eight.", "special guardianship", CARE),
    ("I was adopted from care when I was five.", "adopted", CARE),
    ("The leaving care team at Kirklees helped me with my deposit for this flat.", "leaving care", CARE),
    ("My personal adviser from the council still checks in with me every month.", "personal adviser", CARE),
    ("I'm in a Staying Put arrangement with my former foster carer until I finish college.", "Staying Put", CARE),
    ("i was in the system from age 6 so i know how it feels to be moved about", "in the system", CARE),
    ("I spent four months in a secure unit when I was fifteen, and it changed my direction.", "secure unit",
     CARE),
    ("I was looked after by the local authority for most of my teenage years.", "looked after", CARE),
    ("I was accommodated under section 20 at 13 when things broke down at home.", "section 20", CARE),
    ("After my foster placement ended I moved into supported lodgings with a host family.", "supported lodgings",
     CARE),
    ("Care experience: yes (foster care 2009-2016)", "foster care", CARE),
    ("I grew up in residential care and later in semi-independent accommodation.", "residential care", CARE),
    ("Having been a looked-after child myself, I bring lived experience to this role.", "looked-after child",
     CARE),
    ("Because I am a care leaver I qualify for the council tax exemption until 25.", "care leaver", CARE),
    ("Me and my brother were split up when we went into care.", "went into care", CARE),
    ("I was taken into care at the age of three.", "taken into care", CARE),
    ("My IRO came to every review and was the one adult I trusted.", "IRO", CARE),
    ("I lived with my aunt as a kinship carer arrangement after my mum couldn't cope.", "kinship", CARE),
    ("I was fostered by the same family for nine years and they are still my family.", "fostered", CARE),
    ("Im care exp and proud of how far ive come", "care exp", CARE),
    ("When I was 16 I had my own pathway plan and a PA from the leaving care service.", "pathway plan", CARE),
    ("i grew up in care homes all over the north east", "care homes", CARE),
    ("I moved placements eleven times before I was sixteen.", "placements", CARE),
    ("I have a care leaver's bursary from the university and live on campus all year.", "care leaver", CARE),
    ("I was a child in care in Lambeth and went to a virtual school for two years.", "child in care", CARE),
    ("My special guardian is my grandmother, who took me in when I was a baby.", "special guardian", CARE),
    ("Being a care-experienced young person, I know how much a stable adult matters.", "care-experienced", CARE),
    ("I had a social worker all through childhood because I was on a care order.", "care order", CARE),
    ("I lived in a residential unit for teenagers from age 13 to 18.", "residential unit", CARE),
    ("Since I left foster care I have completed an apprenticeship in joinery.", "foster care", CARE),
    ("I am a former UASC and was placed with a foster family in Kent.", "UASC", CARE),
    ("Growing up I was a ward of the local authority.", "ward of the local authority", CARE),
    ("My adoptive parents took me in at seven after years in foster placements.", "adoptive parents", CARE),
    # health and disability
    ("I have MS and sometimes use a stick on bad days.", "MS", HEALTH),
    ("I take sertraline daily and my mood has been stable for two years.", "sertraline", HEALTH),
    ("I'm dyslexic, so I would appreciate the questions in writing beforehand.", "dyslexic", HEALTH),
    ("I have ME/CFS and can manage around 25 hours a week.", "ME/CFS", HEALTH),
    ("I was signed off with stress for three months last year.", "signed off with stress", HEALTH),
    ("My OCD is well managed with CBT and I'm comfortable talking about it.", "OCD", HEALTH),
    ("I'm partially sighted and use screen magnification software.", "partially sighted", HEALTH),
    ("I have PTSD from my time serving and receive support from a veterans' charity.", "PTSD", HEALTH),
    ("i have asthma so i cant work around strong chemicals", "asthma", HEALTH),
    ("I am Deaf and a BSL user; I will bring an interpreter.", "Deaf", HEALTH),
    ("I had a breakdown in 2020 and spent some time in hospital.", "breakdown", HEALTH),
    ("I use a prosthetic leg after an accident in 2016.", "prosthetic", HEALTH),
    ("I have sickle cell disease and sometimes need time off during a crisis.", "sickle cell", HEALTH),
    ("Following chemotherapy last year I am now back to full strength.", "chemotherapy", HEALTH),
    ("Adjustments needed: a quiet room, I have sensory processing difficulties.", "sensory processing", HEALTH),
    ("I've struggled with an eating disorder since my teens but I am in recovery.", "eating disorder", HEALTH),
    ("I have arthritis in both hands so typing for long periods is hard.", "arthritis", HEALTH),
    ("Ive got tourettes, my tics are mostly mild.", "tourettes", HEALTH),
    ("I have a heart condition and a pacemaker fitted.", "heart condition", HEALTH),
    ("I see a psychiatrist every three months and take lithium.", "lithium", HEALTH),
    ("Ten years sober this March; I still go to AA every week.", "sober", HEALTH),
    ("I am on the autism spectrum and prefer written communication.", "autism", HEALTH),
    ("I have endometriosis, which occasionally means a day off.", "endometriosis", HEALTH),
    ("My migraines are chronic; I need to be able to dim my screen.", "migraines", HEALTH),
    ("I had a brain injury in 2018 and my memory is not what it was.", "brain injury", HEALTH),
    ("I have cerebral palsy which affects my walking but not my work.", "cerebral palsy", HEALTH),
    ("I'm HIV positive and undetectable.", "HIV", HEALTH),
    ("i have been in therapy for my anxiety and panic attacks since uni", "panic attacks", HEALTH),
    ("My hearing loss means I lip-read, so please face me when speaking.", "hearing loss", HEALTH),
    ("I have a Blue Badge and need a parking space near the entrance.", "Blue Badge", HEALTH),
    ("I receive PIP for a long-term condition.", "PIP", HEALTH),
    ("The gap in 2022 was a period of sick leave after surgery on my spine.", "sick leave", HEALTH),
    ("I self-harmed as a teenager and that's why mental health work matters to me.", "self-harmed", HEALTH),
    ("I was sectioned in 2017 and have been well since.", "sectioned", HEALTH),
    ("Health: type 2 diabetic, diet controlled.", "diabetic", HEALTH),
    ("I have dyspraxia and ADHD, so I use lists and reminders a lot.", "ADHD", HEALTH),
    ("I have a colostomy bag; I may need easy access to a toilet.", "colostomy", HEALTH),
    ("I use a wheelchair for longer distances.", "wheelchair", HEALTH),
    ("My depression came back after my dad died but I'm on the right medication now.", "depression", HEALTH),
    ("I'm neurodiverse and think in pictures.", "neurodiverse", HEALTH),
    # national origin and migration
    ("I grew up in Nairobi and moved to Bristol at sixteen.", "Nairobi", ORIGIN),
    ("I arrived in the UK as an unaccompanied minor from Eritrea.", "Eritrea", ORIGIN),
    ("I have indefinite leave to remain, so I don't need sponsorship.", "indefinite leave to remain", ORIGIN),
    ("I'm Polish and have lived in Peterborough since 2006.", "Polish", ORIGIN),
    ("I claimed asylum in 2019 and was granted protection in 2021.", "asylum", ORIGIN),
    ("My family came over from Jamaica in the sixties and I was born in Trinidad before joining them.", "Trinidad",
     ORIGIN),
    ("I currently hold a Skilled Worker visa sponsored by my employer.", "Skilled Worker visa", ORIGIN),
    ("i am from brazil, my english is not perfect but i learn every day", "brazil", ORIGIN),
    ("I became a British citizen last year after ten years here.", "British citizen", ORIGIN),
    ("I was a refugee child and learned English at a school in Glasgow.", "refugee", ORIGIN),
    ("Before coming to England I worked as a teacher in my home country, Iran.", "Iran", ORIGIN),
    ("I'm on a dependant visa through my husband's job.", "dependant visa", ORIGIN),
    ("I was born in Bucharest and came here on my own at 20.", "Bucharest", ORIGIN),
    ("We escaped the war in Ukraine in 2022 and settled in Cardiff.", "Ukraine", ORIGIN),
    ("Right to work: EU Settlement Scheme, settled status.", "settled status", ORIGIN),
    ("I am a naturalised British citizen originally from Bangladesh.", "Bangladesh", ORIGIN),
    ("I spent my childhood in Hong Kong and moved to the UK in 2021.", "Hong Kong", ORIGIN),
    ("Since I came from Sudan I have volunteered with three charities.", "Sudan", ORIGIN),
    ("i am spanish and i have the pre settled", "spanish", ORIGIN),
    ("My parents were Vietnamese boat people and I was born in a camp in Hong Kong.", "Vietnamese", ORIGIN),
    ("I hold dual Irish and Nigerian citizenship.", "Nigerian", ORIGIN),
    ("I came to Britain on a student visa and switched to the Graduate route.", "student visa", ORIGIN),
    ("As an Albanian woman in the UK, I know how it feels to be judged before you speak.", "Albanian", ORIGIN),
    ("My leave to remain is on the ten-year route and I have no recourse to public funds.", "leave to remain",
     ORIGIN),
    ("Country of birth: Pakistan", "Pakistan", ORIGIN),
    ("I was resettled from a camp in Jordan through the UN programme.", "resettled", ORIGIN),
    ("In my country Ghana I was a nurse for eight years.", "Ghana", ORIGIN),
    ("I am an Indian national with a Health and Care visa.", "Indian national", ORIGIN),
    ("I migrated from Lithuania with my mother when I was eleven.", "Lithuania", ORIGIN),
    ("I'm a Kurdish refugee and have been in Newcastle four years.", "refugee", ORIGIN),
    # moved from STAYS after the first run: "my husband" is the applicant's own marital status (plain mislabel)
    ("My husband is a lawyer who specialises in immigration and asylum appeals.", "husband", FAMILY),
]

STAYS = [
    "I recruited and trained foster carers for a large independent agency.",
    "I was a residential support worker in a children's home in Rochdale.",
    "I chaired the kinship care forum for the council.",
    "My role was to write special guardianship assessments for the court.",
    "I was a personal adviser in the leaving care team for three years.",
    "I set up Staying Put arrangements for young people turning eighteen.",
    "I worked night shifts at a secure unit for young people.",
    "I reviewed section 20 cases for the Independent Reviewing Officer service.",
    "I matched young people with supported lodgings hosts across the county.",
    "My sister is a foster carer and my brother is an adoption social worker.",
    "I taught a session on the rights of looked after children.",
    "I supported an adopted teenager with her life story work.",
    "My mum works as a care assistant in a nursing home.",
    "I ran a support group for parents of autistic children.",
    "I prepared medication rounds including sertraline and lithium for residents.",
    "I managed sickness absence and phased returns for a team of forty.",
    "My colleague uses a wheelchair and I made sure our office was accessible.",
    "I coordinated reasonable adjustments for staff with ADHD and dyslexia.",
    "I worked on a ward for patients recovering from strokes and brain injuries.",
    "I delivered Mental Health First Aid training to managers.",
    "My father is a GP and my aunt is a psychiatrist.",
    "I supported a client with PTSD to find stable housing.",
    "I helped patients with asthma check their inhaler technique.",
    "I organised BSL interpreters for Deaf customers at the bank.",
    "I worked at Diabetes UK on their helpline.",
    "I assessed PIP claims for the Department for Work and Pensions.",
    "I volunteered at a clinic for people living with HIV.",
    "I designed an app for people with chronic migraines.",
    "I advised clients on indefinite leave to remain applications.",
    "I supported refugees from Eritrea and Sudan to register with a GP.",
    "I worked for a logistics firm in Nairobi as a remote contractor from Leeds.",
    "I managed the sponsor licence and Skilled Worker visa process for the trust.",
    "I taught English to asylum seekers at a community college.",
    "Our company exports machinery to Brazil, Poland and Ghana.",
    "I translated documents for Ukrainian families arriving under the sponsorship scheme.",
    "I wrote a dissertation on Vietnamese migration to Hong Kong.",
    "I led the resettlement team placing Syrian families in Coventry.",
    "Our client base includes Polish, Romanian and Lithuanian small businesses.",
    "I researched the history of the Windrush generation for a museum exhibition.",
]


# Rows still missed after the fixes of round 12, kept visible (strict: a fix makes them fail until moved back),
# keyed by the start of their text.
KNOWN_MISSES = {
    'My nan raised me under a kinship arrangement': "'raised me under' is not an owner frame",
    "I'm in a Staying Put arrangement": "found as 'my former foster carer'; 'Staying Put' capitalised reads as a name",
    'i was in the system from age 6': "'in the system' is left out: it is also IT systems",
    'I lived with my aunt as a kinship carer arrangement': "'as a kinship carer arrangement' is not a frame",
    'I am a former UASC': "found as national origin ('a former UASC'), by design",
    'I self-harmed as a teenager': 'a verb form with no owner frame',
    'My parents were Vietnamese boat people': "found as ethnicity ('My parents were Vietnamese')",
    "I'm a Kurdish refugee": "found as ethnicity ('a Kurdish refugee'), the longer span",
}
DISCLOSURE_ROWS = with_known_misses(
    DISCLOSURES, lambda row: reason_starting(KNOWN_MISSES, row[0])
)


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURE_ROWS)
def test_round_12_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_round_12_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
