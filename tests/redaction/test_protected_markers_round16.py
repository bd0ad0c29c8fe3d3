"""Round 16 (eighth session): fresh sentences written by a helper who read only the annotation policy, never the
detector, weighted to care experience, health and family, in many voices (formal, chatty, lower case, text-speak,
second-language English, Scots, Irish, Welsh, Geordie, Scouse, Jamaican patois). Each core is the words that
disclose, without the leading "I'm" or "As a" the policy lets the panel read. 68 of 205 rows were missed at first
and 12 of 84 "stays" rows were loud; dialect family words and care paperwork were added, and the rest stay as
strict xfails with reasons: they are the next kinds to fix."""

import pytest

from services.redaction.service import Redactor

from ..known_misses import reason_starting, with_known_misses
from .test_protected_markers_round7 import assert_marked, markers
from .test_protected_markers_round15 import (  # the reasons the two rounds share
    CARE_EXPERIENCE,
    DISABILITY_HEALTH,
    ETHNICITY,
    MARITAL_FAMILY,
    NATIONALITY,
    OTHER_KIND,
    RELIGION,
    SPLIT,
)

WORK_READ_AS_OWN = (
    "work content (a policy, a service, medicines given, an event run for others) read as the writer's own"
)

DISCLOSURES = [
    (
        "I was on a care order from the age of nine until I turned eighteen, so I know how a looked-after review feels from the other side of the table.",  # noqa: E501
        "care order",
        "CARE_EXPERIENCE",
    ),
    (
        "I was accommodated under Section 20 when I was fourteen and stayed in the same placement until I went to college.",  # noqa: E501
        "accommodated under Section 20",
        "CARE_EXPERIENCE",
    ),
    (
        "My personal adviser from the leaving care team helped me read my first tenancy agreement, which is partly why I want to work in housing options.",  # noqa: E501
        "personal adviser from the leaving care team",
        "CARE_EXPERIENCE",
    ),
    (
        "i was in a residential unit in my teens so i know what good key working looks like and what bad looks like",
        "residential unit in my teens",
        "CARE_EXPERIENCE",
    ),
    (
        "I'm still on Staying Put with my former foster carers, which means I can start any shift pattern from September.",  # noqa: E501
        "Staying Put with my former foster carers",
        "CARE_EXPERIENCE",
    ),
    (
        "I used my Setting Up Home Allowance to buy the laptop I did my AAT Level 3 on.",
        "Setting Up Home Allowance",
        "CARE_EXPERIENCE",
    ),
    (
        "My nan became my kinship carer when I was six, and she's the reason I care so much about older people's dignity.",  # noqa: E501
        "nan became my kinship carer",
        "CARE_EXPERIENCE",
    ),
    (
        "I grew up under a special guardianship order with my aunt, so I understand how much stable family networks matter to the children you support.",  # noqa: E501
        "under a special guardianship order with my aunt",
        "CARE_EXPERIENCE",
    ),
    (
        "I was adopted from care at four, which has given me a real interest in life story work.",
        "adopted from care",
        "CARE_EXPERIENCE",
    ),
    (
        "I received a care leaver bursary throughout my social work degree, which let me take an unpaid placement with the Youth Offending Service.",  # noqa: E501
        "received a care leaver bursary",
        "CARE_EXPERIENCE",
    ),
    (
        "I wis looked efter away fae hame through the children's panel fae twelve, so I ken the system fae the inside.",
        "looked efter away fae hame through the children's panel",
        "CARE_EXPERIENCE",
    ),
    (
        "As a care leaver myself, I bring lived experience to the corporate parenting work in this post.",
        "care leaver myself",
        "CARE_EXPERIENCE",
    ),
    (
        "I spent three years in a children's home in Stockport before moving to semi-independent accommodation at 17.",
        "children's home",
        "CARE_EXPERIENCE",
    ),
    (
        "I was a looked after child with Cardiff's children's services, and my social worker back then, she's the one who got me into youth work, like.",  # noqa: E501
        "looked after child",
        "CARE_EXPERIENCE",
    ),
    (
        "Mi did grow up inna foster care from mi small, so mi know how dem young people dem feel when dem move placement.",  # noqa: E501
        "grow up inna foster care",
        "CARE_EXPERIENCE",
    ),
    (
        "Aa've been in care since Aa was a bairn, so Aa knaa what the lads in the unit are gannin through.",
        "care since Aa was a bairn",
        "CARE_EXPERIENCE",
    ),
    (
        "I was in care me whole childhood, la, so I get why the kids kick off round review time.",
        "care me whole childhood",
        "CARE_EXPERIENCE",
    ),
    (
        "fyi im care experienced so i get the leaving care grant & PA stuff, can start asap",
        "care experienced",
        "CARE_EXPERIENCE",
    ),
    (
        "When I was 12 my social worker find me a foster home and I stay there until I go to university, they are my family now.",  # noqa: E501
        "social worker find me a foster home",
        "CARE_EXPERIENCE",
    ),
    (
        "Quick note re the interview date: my pathway plan review is that morning, could we do the afternoon instead?",
        "pathway plan review",
        "CARE_EXPERIENCE",
    ),
    ("Relevant lived experience: foster care, ages 7 to 16, three placements.", "foster care", "CARE_EXPERIENCE"),
    (
        "I got a leaving care grant at eighteen and made it stretch to a bed, a kettle and a second-hand interview suit.",  # noqa: E501
        "got a leaving care grant",
        "CARE_EXPERIENCE",
    ),
    (
        "The local authority was my corporate parent until I was 21, and I'm applying because I want to give something back to that service.",  # noqa: E501
        "corporate parent",
        "CARE_EXPERIENCE",
    ),
    (
        "Because of my time in a secure children's home on a welfare order, I understand restraint from a young person's point of view.",  # noqa: E501
        "time in a secure children's home on a welfare order",
        "CARE_EXPERIENCE",
    ),
    (
        "I was taken into care at 13, which is why I chose safeguarding as my specialism.",
        "taken into care at 13",
        "CARE_EXPERIENCE",
    ),
    (
        "I was looked after by Kent County Council from fifteen, so I know the pathway planning process well.",
        "looked after by Kent County Council",
        "CARE_EXPERIENCE",
    ),
    (
        "I was in residential care in Dublin till I was 18 and came over to Liverpool after on a bursary.",
        "residential care",
        "CARE_EXPERIENCE",
    ),
    (
        "Being on a Staying Put arrangement let me finish my A levels without moving house.",
        "Staying Put arrangement",
        "CARE_EXPERIENCE",
    ),
    (
        "The IRO who chaired my LAC reviews is the reason I know how to run a meeting where the young person actually speaks.",  # noqa: E501
        "LAC reviews",
        "CARE_EXPERIENCE",
    ),
    (
        "I lived with foster carers in Rochdale from nine to eighteen and I've kept in touch with them ever since.",
        "lived with foster carers",
        "CARE_EXPERIENCE",
    ),
    (
        "i grew up in kinship care with my grandad after mum couldnt look after us, so i know how hard it is for grandparents",  # noqa: E501
        "kinship care with my grandad",
        "CARE_EXPERIENCE",
    ),
    (
        "I'm a former looked-after child, so I read care plans with a different eye.",
        "former looked-after child",
        "CARE_EXPERIENCE",
    ),
    (
        "When I sat on our county's Children in Care Council at 15, I helped interview new social workers.",
        "sat on our county's Children in Care Council",
        "CARE_EXPERIENCE",
    ),
    (
        "The virtual school head paid for my maths tutor in Year 10, and now I'd like to be that tutor for someone else.",  # noqa: E501
        "virtual school head paid for my maths tutor",
        "CARE_EXPERIENCE",
    ),
    (
        "I moved between eleven foster placements before I was sixteen, so I settle into new teams quickly.",
        "eleven foster placements",
        "CARE_EXPERIENCE",
    ),
    (
        "Since leaving my residential children's home I've lived independently and held down two jobs at once.",
        "leaving my residential children's home",
        "CARE_EXPERIENCE",
    ),
    (
        "Are you care experienced? Yes - Section 31 care order, 2009-2017.",
        "Yes - Section 31 care order",
        "CARE_EXPERIENCE",
    ),
    (
        "I'd like to apply under the guaranteed interview scheme for care leavers, please.",
        "under the guaranteed interview scheme for care leavers",
        "CARE_EXPERIENCE",
    ),
    (
        "cant do weds am, got my PA meeting with the leaving care team x",
        "PA meeting with the leaving care team",
        "CARE_EXPERIENCE",
    ),
    (
        "My adoptive parents took me on from a foster placement when I was three, and I've volunteered with Adoption UK since.",  # noqa: E501
        "adoptive parents took me on from a foster placement",
        "CARE_EXPERIENCE",
    ),
    (
        "I lived in supported lodgings through the council's care leavers' service while I did my plumbing apprenticeship.",  # noqa: E501
        "supported lodgings through the council's care leavers' service",
        "CARE_EXPERIENCE",
    ),
    (
        "Me and my brother were placed with our gran on a kinship placement when we were little, and she's still my emergency contact.",  # noqa: E501
        "placed with our gran on a kinship placement",
        "CARE_EXPERIENCE",
    ),
    (
        "Fae fourteen I stayed in a residential hoose run by the cooncil, and the staff there were pure brilliant wi' me.",  # noqa: E501
        "stayed in a residential hoose run by the cooncil",
        "CARE_EXPERIENCE",
    ),
    (
        "My leaving care PA signed off my Higher Education Bursary, so I could study youth work full time.",
        "leaving care PA",
        "CARE_EXPERIENCE",
    ),
    (
        "I don't have parents to list as emergency contacts as I grew up in the care system; please use my personal adviser instead.",  # noqa: E501
        "grew up in the care system",
        "CARE_EXPERIENCE",
    ),
    (
        "Having been a child in care myself, I understand why young people test boundaries with new staff.",
        "child in care myself",
        "CARE_EXPERIENCE",
    ),
    (
        "I was fostered by a family in Swansea, see, and they taught me everything about looking after people.",
        "fostered by a family in Swansea",
        "CARE_EXPERIENCE",
    ),
    (
        "My grandmother became my special guardian when I was five, after children's services got involved.",
        "grandmother became my special guardian",
        "CARE_EXPERIENCE",
    ),
    (
        "The 16+ team sorted my first council flat when I turned eighteen, and that's how I first met a housing officer.",  # noqa: E501
        "16+ team sorted my first council flat",
        "CARE_EXPERIENCE",
    ),
    (
        "I was on a Compulsory Supervision Order until I was 17, so I've sat through more hearings than most panel members.",  # noqa: E501
        "Compulsory Supervision Order",
        "CARE_EXPERIENCE",
    ),
    (
        "I'm care-experienced and I'd be proud to bring that to the Children in Care Council as a participation worker.",  # noqa: E501
        "care-experienced",
        "CARE_EXPERIENCE",
    ),
    (
        "I take methotrexate for my rheumatoid arthritis, so I'd ask to be left off the Tuesday flu clinic shifts.",
        "take methotrexate for my rheumatoid arthritis",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm on sertraline for depression and it's well managed; I've had no sickness absence in three years.",
        "sertraline for depression",
        "DISABILITY_HEALTH",
    ),
    (
        "Because of my dyslexia I'd appreciate the written test on cream paper with 25% extra time.",
        "dyslexia",
        "DISABILITY_HEALTH",
    ),
    (
        "I use a wheelchair, so I'd be grateful if the interview room is step-free.",
        "use a wheelchair",
        "DISABILITY_HEALTH",
    ),
    (
        "I have epilepsy, but I've been seizure-free for five years and still hold a full driving licence.",
        "epilepsy",
        "DISABILITY_HEALTH",
    ),
    (
        "I was diagnosed with ADHD at 30, and the structure of payroll deadlines actually suits me.",
        "diagnosed with ADHD",
        "DISABILITY_HEALTH",
    ),
    (
        "i'm partially sighted and use ZoomText on my laptop, works fine with Civica",
        "partially sighted",
        "DISABILITY_HEALTH",
    ),
    (
        "After my breast cancer treatment finished last spring I went back to full duties at the library.",
        "breast cancer treatment",
        "DISABILITY_HEALTH",
    ),
    (
        "I'd need every other Friday afternoon off for my dialysis sessions at Aintree.",
        "dialysis sessions",
        "DISABILITY_HEALTH",
    ),
    ("I'm Deaf and would need a BSL interpreter booked for the interview.", "Deaf", "DISABILITY_HEALTH"),
    (
        "I get PIP for my Crohn's disease but it doesn't affect my ability to do the job.",
        "PIP for my Crohn's disease",
        "DISABILITY_HEALTH",
    ),
    (
        "Following my hip replacement in March I can't kneel for long, so I'd need a kneeling stool on the planting beds.",  # noqa: E501
        "hip replacement",
        "DISABILITY_HEALTH",
    ),
    (
        "I have a Blue Badge because of my MS and would need a parking space near the depot entrance.",
        "Blue Badge because of my MS",
        "DISABILITY_HEALTH",
    ),
    ("I'm autistic and work best with written instructions and a quiet desk.", "autistic", "DISABILITY_HEALTH"),
    (
        "i have bipolar disorder, stable on lithium for six years, and i've never missed a month end",
        "bipolar disorder, stable on lithium",
        "DISABILITY_HEALTH",
    ),
    ("I had long Covid through most of 2022 and I still pace myself on heavy days.", "long Covid", "DISABILITY_HEALTH"),
    (
        "Access to Work funded a Roger pen for my hearing aids, so team meetings are no problem.",
        "hearing aids",
        "DISABILITY_HEALTH",
    ),
    (
        "I have a stoma after bowel surgery and would need access to an accessible toilet on site.",
        "stoma after bowel surgery",
        "DISABILITY_HEALTH",
    ),
    (
        "Me back's been bad since I slipped a disc in 2019, so I'd go for the mower work not the heavy lifting.",
        "back's been bad since I slipped a disc",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm registered blind and my guide dog is fully trained for office environments.",
        "registered blind and my guide dog",
        "DISABILITY_HEALTH",
    ),
    (
        "I've been in recovery from alcohol dependency for eight years and I volunteer with a peer support group.",
        "recovery from alcohol dependency",
        "DISABILITY_HEALTH",
    ),
    (
        "I have fibromyalgia, so a phased start on reduced hours would help for the first month.",
        "fibromyalgia",
        "DISABILITY_HEALTH",
    ),
    (
        "My OCD is managed through CBT and honestly it makes me a very thorough auditor.",
        "OCD is managed through CBT",
        "DISABILITY_HEALTH",
    ),
    (
        "After six weeks on a mental health ward in 2020 I went back to college and finished my AAT.",
        "six weeks on a mental health ward",
        "DISABILITY_HEALTH",
    ),
    (
        "sorry cant do 9am, got physio for my knee reconstruction at 10 lol",
        "physio for my knee reconstruction",
        "DISABILITY_HEALTH",
    ),
    (
        "Ah've goat a heart condition, ken, so ah cannae dae the heavy bins but ah'm grand on the sweeper.",
        "goat a heart condition",
        "DISABILITY_HEALTH",
    ),
    (
        "Mi have sickle cell, so when mi get a crisis mi might need a day or two, but mi always make up di hours.",
        "sickle cell",
        "DISABILITY_HEALTH",
    ),
    (
        "I have the problem with my kidney, I go to hospital for check every three month, it not affect my work.",
        "problem with my kidney",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm waiting for an autism assessment through the NHS, and in the meantime I use noise-cancelling headphones at work.",  # noqa: E501
        "waiting for an autism assessment",
        "DISABILITY_HEALTH",
    ),
    (
        "I have a chronic pain condition and take pregabalin, which doesn't affect my driving.",
        "chronic pain condition and take pregabalin",
        "DISABILITY_HEALTH",
    ),
    ("I stammer, so I'd prefer the interview questions not to be strictly timed.", "stammer", "DISABILITY_HEALTH"),
    (
        "I have a cochlear implant and sometimes need people to face me when they speak.",
        "cochlear implant",
        "DISABILITY_HEALTH",
    ),
    (
        "Since my brain injury in 2018 I've relied on a diary and phone alarms, which has made me the most organised person on the team.",  # noqa: E501
        "brain injury",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm currently signed off with work-related stress but my GP expects me to be fit to start in May.",
        "signed off with work-related stress",
        "DISABILITY_HEALTH",
    ),
    (
        "I have asthma and carry an inhaler, but it's never stopped me doing outdoor work.",
        "asthma and carry an inhaler",
        "DISABILITY_HEALTH",
    ),
    (
        "I've got arthritis in both hands, see, so I'd need voice recognition software for the reports.",
        "arthritis in both hands",
        "DISABILITY_HEALTH",
    ),
    (
        "Disability or long-term condition: yes, lupus. Reasonable adjustments: flexible start times on flare days.",
        "yes, lupus",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm HIV positive and undetectable, and I only mention it so clinic appointments can be planned around the rota.",  # noqa: E501
        "HIV positive and undetectable",
        "DISABILITY_HEALTH",
    ),
    (
        "My anxiety makes phone-heavy work hard, so I'm applying for the back-office post rather than the contact centre.",  # noqa: E501
        "anxiety",
        "DISABILITY_HEALTH",
    ),
    (
        "I walk with a stick after childhood polio, but I drive an adapted car and can cover the whole district.",
        "walk with a stick after childhood polio",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm on the waiting list for a knee replacement, so I may need six weeks off next year.",
        "waiting list for a knee replacement",
        "DISABILITY_HEALTH",
    ),
    (
        "I have a learning disability and my job coach from the supported employment team can come to the interview with me.",  # noqa: E501
        "learning disability",
        "DISABILITY_HEALTH",
    ),
    (
        "Aa've had migraines since Aa was a bairn, so Aa need the screen brightness turned doon, like.",
        "migraines since Aa was a bairn",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm on insulin for me diabetes, so I'd just need a break to eat around half twelve.",
        "insulin for me diabetes",
        "DISABILITY_HEALTH",
    ),
    (
        "I finished chemotherapy in January and I'm back at full strength now.",
        "finished chemotherapy",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm on ESA because of my schizophrenia and I'm looking for 16 hours a week to start with.",
        "ESA because of my schizophrenia",
        "DISABILITY_HEALTH",
    ),
    (
        "I'm profoundly deaf in my left ear; please sit me on the right-hand side of the panel.",
        "profoundly deaf in my left ear",
        "DISABILITY_HEALTH",
    ),
    (
        "i have ptsd from a car crash and dont drive anymore but i can get the bus to any site",
        "ptsd from a car crash",
        "DISABILITY_HEALTH",
    ),
    (
        "My ME/CFS means I can manage three days a week, ideally Monday, Wednesday and Friday.",
        "ME/CFS",
        "DISABILITY_HEALTH",
    ),
    (
        "My cystic fibrosis physio takes an hour each morning, so a 9.30 start would suit me best.",
        "cystic fibrosis physio",
        "DISABILITY_HEALTH",
    ),
    (
        "Just so you know, I'm recovering from an operation on my spine and might need to stand during the interview.",
        "recovering from an operation on my spine",
        "DISABILITY_HEALTH",
    ),
    (
        "I'd need to finish at 2.45 on Tuesdays and Thursdays to do the school run for my two boys (6 and 9).",
        "school run for my two boys (6 and 9)",
        "MARITAL_FAMILY",
    ),
    (
        "I'm 22 weeks pregnant, so I'd ask for the practical assessment to be adapted.",
        "22 weeks pregnant",
        "MARITAL_FAMILY",
    ),
    ("My husband works nights at the Royal, so I can only do daytime shifts.", "husband", "MARITAL_FAMILY"),
    (
        "We've been going through IVF for two years and I may need a few mornings off at short notice.",
        "going through IVF",
        "MARITAL_FAMILY",
    ),
    (
        "Since my wife passed away in 2022 I've moved back to Bootle to be nearer work.",
        "wife passed away",
        "MARITAL_FAMILY",
    ),
    (
        "I care for my mum, who has dementia, so I'd need the role to be within 30 minutes of Southport.",
        "care for my mum",
        "MARITAL_FAMILY",
    ),
    ("i'm a single mum of three so i need term-time only", "single mum of three", "MARITAL_FAMILY"),
    (
        "Me and the wife have just had our second bairn, so I'm after days not nights now.",
        "wife have just had our second bairn",
        "MARITAL_FAMILY",
    ),
    (
        "I'm recently divorced and have moved to Crosby, so I'm now within easy reach of the depot.",
        "recently divorced",
        "MARITAL_FAMILY",
    ),
    ("My partner is in the Army and we're posted to Catterick until 2027.", "partner", "MARITAL_FAMILY"),
    (
        "I'm on maternity leave until October from my current post at Halton Borough Council.",
        "maternity leave until October",
        "MARITAL_FAMILY",
    ),
    (
        "I am the main carer for my husband, who had a stroke, so I need a role with some home working.",
        "main carer for my husband",
        "MARITAL_FAMILY",
    ),
    (
        "My little one starts nursery in September, which is when I'd be free to start full time.",
        "little one starts nursery",
        "MARITAL_FAMILY",
    ),
    (
        "I've got a 4-year-old and a 7-year-old, so term-time hours would be ideal.",
        "4-year-old and a 7-year-old",
        "MARITAL_FAMILY",
    ),
    (
        "Mi have two pickney inna primary school, so mi cyaan start before nine.",
        "two pickney inna primary school",
        "MARITAL_FAMILY",
    ),
    (
        "Ma wean's at the nursery till three, so ah'd need tae finish by hauf two.",
        "Ma wean's at the nursery",
        "MARITAL_FAMILY",
    ),
    (
        "I have husband and two daughter, so I prefer morning shift because he work nights.",
        "husband and two daughter",
        "MARITAL_FAMILY",
    ),
    (
        "I'm engaged and getting married in June, so I'd need two weeks' leave then.",
        "engaged and getting married in June",
        "MARITAL_FAMILY",
    ),
    ("I became a widow last year and I'm returning to work after eight years out.", "became a widow", "MARITAL_FAMILY"),
    ("My fiancé and I are relocating to Chester for his job in the spring.", "fiancé", "MARITAL_FAMILY"),
    ("cant do sat, its my lads 5th bday party x", "lads 5th bday party", "MARITAL_FAMILY"),
    (
        "I share custody of my son, so I'm free every other weekend and half the school holidays.",
        "share custody of my son",
        "MARITAL_FAMILY",
    ),
    ("After ten years as a stay-at-home dad I'm ready to return to accountancy.", "stay-at-home dad", "MARITAL_FAMILY"),
    (
        "I'm expecting twins in March, so a January start would give me a few weeks to settle in first.",
        "expecting twins in March",
        "MARITAL_FAMILY",
    ),
    (
        "My civil partner works in Manchester, so we're moving to Stockport this summer.",
        "civil partner",
        "MARITAL_FAMILY",
    ),
    (
        "The gap on my CV in 2023 is adoption leave after we adopted our son.",
        "adoption leave after we adopted our son",
        "MARITAL_FAMILY",
    ),
    (
        "I look after my disabled brother at weekends, so I'd prefer weekday hours.",
        "look after my disabled brother",
        "MARITAL_FAMILY",
    ),
    (
        "I'm a kinship carer for my niece, who's 8, so school-hours shifts suit me best.",
        "kinship carer for my niece",
        "MARITAL_FAMILY",
    ),
    (
        "My daughter has additional needs and I go to her EHCP reviews, usually twice a year.",
        "daughter",
        "MARITAL_FAMILY",
    ),
    (
        "Me and my missus have got a little one on the way, so I'm looking for something closer to home, like.",
        "missus have got a little one on the way",
        "MARITAL_FAMILY",
    ),
    ("I'm separated and have moved back to Liverpool to be near my parents.", "separated", "MARITAL_FAMILY"),
    (
        "I'm the primary carer for my dad after his stroke, and I've arranged respite so I can work 30 hours.",
        "primary carer for my dad",
        "MARITAL_FAMILY",
    ),
    (
        "I'm still breastfeeding my baby and would need a private room to express during the day.",
        "breastfeeding my baby",
        "MARITAL_FAMILY",
    ),
    (
        "Meself and the husband have four young ones, so I'm well used to juggling.",
        "husband have four young ones",
        "MARITAL_FAMILY",
    ),
    (
        "Aa've got three bairns under ten so Aa can dee mornings but not teatimes.",
        "three bairns under ten",
        "MARITAL_FAMILY",
    ),
    ("Me girlfriend's just had a baby so I'm looking for days, la.", "girlfriend's just had a baby", "MARITAL_FAMILY"),
    (
        "Our IVF clinic is in Manchester, so I'd need two or three half days over the next couple of months.",
        "IVF clinic",
        "MARITAL_FAMILY",
    ),
    ("I came back to work after shared parental leave in April.", "shared parental leave", "MARITAL_FAMILY"),
    ("Dependants: 2 (ages 3 and 11)", "Dependants: 2 (ages 3 and 11)", "MARITAL_FAMILY"),
    (
        "I had a miscarriage in the spring, which explains the two weeks of sickness on my record.",
        "miscarriage",
        "MARITAL_FAMILY",
    ),
    (
        "I'm a grandmother of five and still first on the dance floor at the staff do.",
        "grandmother of five",
        "MARITAL_FAMILY",
    ),
    (
        "my hubby got a job in wigan so we moved up in june and im looking for care work locally",
        "hubby",
        "MARITAL_FAMILY",
    ),
    (
        "My son has just started secondary school, so I'm finally free to take on a full-time post.",
        "son",
        "MARITAL_FAMILY",
    ),
    (
        "I'm married with a teenage stepdaughter, and we live ten minutes from the Bootle office.",
        "married with a teenage stepdaughter",
        "MARITAL_FAMILY",
    ),
    (
        "I was widowed young and that experience is why I volunteer with a bereavement group.",
        "widowed young",
        "MARITAL_FAMILY",
    ),
    ("I'd need a short break on Fridays around 1pm for Jummah at my mosque.", "Jummah at my mosque", "RELIGION"),
    (
        "I keep Shabbat, so I can't work Friday evenings or Saturdays, but I'm happy to cover Sundays.",
        "keep Shabbat",
        "RELIGION",
    ),
    (
        "I wear a turban and a kara, and both are fine under the PPE on the refuse rounds.",
        "wear a turban and a kara",
        "RELIGION",
    ),
    ("During Ramadan I fast, so I'd prefer early shifts that month.", "Ramadan I fast", "RELIGION"),
    (
        "I'm a Seventh-day Adventist and don't work from sunset Friday to sunset Saturday.",
        "Seventh-day Adventist",
        "RELIGION",
    ),
    ("I go to Mass every Sunday morning, so Sunday afternoon shifts are fine.", "go to Mass", "RELIGION"),
    ("As a Jehovah's Witness I'd ask not to be put on the Christmas party committee.", "Jehovah's Witness", "RELIGION"),
    ("I wear a hijab and would need a uniform option that allows for it.", "wear a hijab", "RELIGION"),
    (
        "I only eat halal, so if there's a lunch at the assessment centre please let me know.",
        "only eat halal",
        "RELIGION",
    ),
    ("As a Hindu I don't handle beef, so I'd need the kitchen rota to account for that.", "Hindu", "RELIGION"),
    (
        "I help out at my gurdwara's langar every Sunday, which is where I learned to cook for 300.",
        "gurdwara's langar",
        "RELIGION",
    ),
    (
        "I'm a born-again Christian and my faith is the reason I got into youth work.",
        "born-again Christian",
        "RELIGION",
    ),
    ("Mi a Rastafarian, so mi locks stay under di hat, no problem wid di hygiene rules.", "Rastafarian", "RELIGION"),
    ("Ah'm an elder at ma kirk in Falkirk, so Sunday mornings are oot.", "elder at ma kirk", "RELIGION"),
    (
        "I'm a practising Catholic, so I'd ask for Christmas Day and Good Friday off where the rota allows.",
        "practising Catholic",
        "RELIGION",
    ),
    (
        "I am Buddhist and I go to the temple on Sunday, but other days I am free for work.",
        "Buddhist and I go to the temple",
        "RELIGION",
    ),
    (
        "I observe Yom Kippur and Rosh Hashanah, so I'd need two or three days off in the autumn.",
        "observe Yom Kippur and Rosh Hashanah",
        "RELIGION",
    ),
    ("cant start til after eid tbh, fasting n all x", "after eid tbh, fasting", "RELIGION"),
    ("I wear a kippah at all times and would keep it on under a hard hat on site.", "wear a kippah", "RELIGION"),
    (
        "I'm a committed humanist, which is part of why I value evidence-based practice.",
        "committed humanist",
        "RELIGION",
    ),
    ("My Quaker faith shapes how I approach mediation between neighbours.", "Quaker faith", "RELIGION"),
    ("I'm chapel, see, so Sunday working's out for me.", "chapel", "RELIGION"),
    (
        "I wear a niqab and I'm happy to show my face to a female member of staff for the ID check.",
        "wear a niqab",
        "RELIGION",
    ),
    (
        "I'm an ordained deacon in the Church of England as well as a qualified accountant.",
        "ordained deacon in the Church of England",
        "RELIGION",
    ),
    ("Because of my faith I don't drink, so I'd rather not run the bar at civic events.", "faith", "RELIGION"),
    ("I pray five times a day and can fit my prayers into normal breaks.", "pray five times a day", "RELIGION"),
    (
        "I'm Sikh and keep my hair uncut, so I'd need a beard snood and hairnet in the kitchen.",
        "Sikh and keep my hair uncut",
        "RELIGION",
    ),
    ("I'm a Pagan and would appreciate being able to book leave at the solstices.", "Pagan", "RELIGION"),
    (
        "Aa gan to the Greek Orthodox church on Sundays, so Aa'd want Saturdays instead.",
        "gan to the Greek Orthodox church",
        "RELIGION",
    ),
    (
        "i fast on mondays for shiva so id prefer not to do the lunch service that day",
        "fast on mondays for shiva",
        "RELIGION",
    ),
    (
        "I'm a lay reader at my parish church and I'm used to speaking in front of a room.",
        "lay reader at my parish church",
        "RELIGION",
    ),
    (
        "I came over from Poland in 2014 and have worked in home care ever since.",
        "came over from Poland in 2014",
        "NATIONALITY",
    ),
    ("As a Romanian citizen I have the right to work here without sponsorship.", "Romanian citizen", "NATIONALITY"),
    (
        "I'm on a Health and Care Worker visa from Nigeria and would need sponsorship to move employer.",
        "Health and Care Worker visa from Nigeria",
        "NATIONALITY",
    ),
    (
        "I came to the UK as a refugee from Syria in 2016 and now hold British citizenship.",
        "refugee from Syria",
        "NATIONALITY",
    ),
    (
        "I'm here on the Hong Kong BN(O) visa route, so I can work full time with no restrictions.",
        "Hong Kong BN(O) visa route",
        "NATIONALITY",
    ),
    (
        "I am from Lithuania, I live here 8 years now, my English is getting better every day.",
        "Lithuania",
        "NATIONALITY",
    ),
    ("I'm Kenyan-born and was naturalised as British in 2019.", "Kenyan-born", "NATIONALITY"),
    (
        "I arrived under the Homes for Ukraine scheme in 2022 and my visa runs to 2026.",
        "arrived under the Homes for Ukraine scheme",
        "NATIONALITY",
    ),
    ("I'm from Cork originally, moved over for college and never went home.", "Cork originally", "NATIONALITY"),
    (
        "I have leave to remain through the Afghan relocation scheme.",
        "through the Afghan relocation scheme",
        "NATIONALITY",
    ),
    ("As an Italian national I'm covered by the EU Settlement Scheme.", "Italian national", "NATIONALITY"),
    ("im filipino btw, got my ilr last yr so no sponsorship needed", "filipino", "NATIONALITY"),
    ("I moved to Liverpool from Ghana when I was 19 to study nursing.", "moved to Liverpool from Ghana", "NATIONALITY"),
    ("I'm a US citizen with indefinite leave to remain, so no sponsorship is needed.", "US citizen", "NATIONALITY"),
    (
        "I came to Britain from Eritrea as an asylum seeker and got my status in 2020.",
        "Eritrea as an asylum seeker",
        "NATIONALITY",
    ),
    ("I'm fae Krakow originally but I've been in Glasgow twelve year.", "fae Krakow originally", "NATIONALITY"),
    (
        "As a British Pakistani I know how hard it can be for families in Oldham to ask for help.",
        "British Pakistani",
        "ETHNICITY",
    ),
    (
        "I'm of Jamaican heritage and grew up in Toxteth, so I know the community centres there well.",
        "Jamaican heritage",
        "ETHNICITY",
    ),
    (
        "English is my second language; my first is Tigrinya.",
        "English is my second language; my first is Tigrinya",
        "ETHNICITY",
    ),
    (
        "I'm a native Cantonese speaker from Hong Kong, which helped with the Chinatown outreach.",
        "native Cantonese speaker from Hong Kong",
        "ETHNICITY",
    ),
    (
        "I'm Romany Gypsy and grew up travelling, which I think helps in the GRT liaison role.",
        "Romany Gypsy",
        "ETHNICITY",
    ),
    ("As a mixed-race lad from Moss Side I've had my share of being stopped and searched.", "mixed-race", "ETHNICITY"),
    (
        "I'm Black British with Ghanaian roots and I sit on the staff race equality network.",
        "Black British with Ghanaian roots",
        "ETHNICITY",
    ),
    ("My mother tongue is Punjabi and I learned English at school.", "mother tongue is Punjabi", "ETHNICITY"),
    (
        "Being an Irish Traveller myself, I know how site residents feel about council officers.",
        "Irish Traveller myself",
        "ETHNICITY",
    ),
    ("I'm Somali by background and parents trust me because of it.", "Somali by background", "ETHNICITY"),
    ("I'm Kurdish, and Sorani is my first language.", "Kurdish, and Sorani is my first language", "ETHNICITY"),
]

STAYS = [
    "I ran the duty rota for the leaving care team and booked the personal advisers into supervision.",
    "I chaired looked-after child reviews as an Independent Reviewing Officer for Sefton.",
    "I supported care leavers to apply for their Setting Up Home Allowance and budget it sensibly.",
    "I helped draft the council's Staying Put policy after the Children and Families Act 2014.",
    "My caseload included twelve young people accommodated under Section 20 and four on full care orders.",
    "I presented reports to the children's panel in Glasgow as a social worker for six years.",
    "I was a personal adviser in the 16+ team, working with young people up to the age of 25.",
    "I worked nights in a residential unit for teenage boys run by a private provider.",
    "I processed leaving care grant applications and audited the spend against the Local Offer.",
    "I assessed kinship carers under Regulation 24 and wrote the viability reports.",
    "I wrote special guardianship support plans and reviewed SGO allowances.",
    "I administered the care leaver bursary in Edge Hill University's student support office.",
    "I trained foster carers in therapeutic parenting for the fostering service.",
    "I presented the Corporate Parenting Board's annual report to elected members.",
    "The residential children's home I managed was rated Good by Ofsted in 2023.",
    "I coordinated adoption panels and minuted the matching decisions.",
    "I worked with unaccompanied asylum-seeking children placed by Kent County Council.",
    "I set up a weekly drop-in for care-experienced young people at the youth centre.",
    "Our virtual school funded one-to-one tutoring for every looked-after pupil in Year 11.",
    "I sat on the working group that designed the guaranteed interview scheme for care leavers.",
    "I prepared court bundles for care order applications under section 31 of the Children Act 1989.",
    "I helped a young person in foster care book his first driving lesson.",
    "I supported residents in the unit to write their own pathway plans.",
    "I worked on the Staying Put and Staying Close pilots for the Department for Education.",
    "i did the rota for the leaving care team and booked the PAs into supervision",
    "My sister manages a children's home in Wigan, so I've heard a lot about Ofsted inspections.",
    "I administered insulin and monitored blood sugars for residents with type 1 diabetes.",
    "I arranged BSL interpreters for Deaf customers at the one-stop shop.",
    "I prepared PIP and ESA appeals as a welfare rights adviser.",
    "I supported service users with dementia to get to their memory clinic appointments.",
    "I set up Access to Work applications for new starters as part of the HR team.",
    "I drove an adapted minibus with a wheelchair lift on the SEN transport routes.",
    "I ordered hearing aid batteries and checked equipment for residents at the care home.",
    "I hold a Level 3 certificate in epilepsy awareness and buccal midazolam administration.",
    "I set up the staff mental health first aid network and trained fourteen first aiders.",
    "I worked alongside the stroke rehabilitation team on the reablement pathway.",
    "I audited reasonable adjustments across the contact centre against the Equality Act 2010.",
    "I processed Blue Badge applications and managed the disabled parking bay programme.",
    "I helped a client with autism prepare for his tenancy sign-up using visual schedules.",
    "I scheduled patient transport for the renal dialysis unit.",
    "Our team led the council's application for Disability Confident Leader status.",
    "I wrote the library's dyslexia-friendly style guide for leaflets and signage.",
    "I administered medication, including methotrexate and sertraline, using the eMAR system.",
    "My mum was a district nurse at the diabetes clinic for thirty years.",
    "I organised the school run rota for the SEN transport service.",
    "I supported mums-to-be through the Family Hub's antenatal classes.",
    "I processed maternity, paternity and shared parental leave in iTrent.",
    "I ran a kinship carers' support group on Tuesday evenings.",
    "I delivered parenting courses for dads under the Supporting Families programme.",
    "I matched widowed older residents with volunteers on the befriending service.",
    "I handled single person discount reviews after a divorce or bereavement.",
    "I helped parents complete funded childcare applications for two-year-olds.",
    "I coordinated respite breaks for unpaid carers looking after partners with MS.",
    "My manager was on maternity leave, so I acted up as team leader for nine months.",
    "I drafted the council's fertility treatment leave policy, including IVF appointments.",
    "I ran breakfast clubs for children at three primary schools in Bootle.",
    "I was the payroll contact for staff on maternity leave and long-term sickness absence.",
    "I triaged homeless families with children under five for the housing options team.",
    "I organised the Eid party for residents at the care home and booked a halal caterer.",
    "I made sure residents could attend Mass or Friday prayers as part of their care plans.",
    "I set up a quiet prayer room on the ward for patients and their families.",
    "I ordered a kosher lunch for the interfaith forum at the Town Hall.",
    "I worked as caretaker at St Anne's Catholic Primary School for six years.",
    "I taught RE lessons on Sikhism, including the five Ks, to Year 5.",
    "I programmed Diwali, Hanukkah and Christmas events for the library's community calendar.",
    "I inspected the kitchen at the gurdwara's langar as an environmental health officer.",
    "I rewrote the uniform policy so staff who wear a hijab or turban can do so safely with PPE.",
    "I advised the Muslim burial society on the cemetery's new section.",
    "I designed a Ramadan shift pattern for contact centre staff who were fasting.",
    "covered the eid shift at the care home, all the residents had a gr8 day",
    "I set up the church hall as a polling station for the council elections.",
    "I worked in Kraków for three years as a payroll analyst at a shared service centre.",
    "I helped host families and guests with their Homes for Ukraine paperwork.",
    "I supported Syrian families resettled under the Vulnerable Persons Resettlement Scheme.",
    "I checked right-to-work documents, including BRPs and EU Settlement Scheme share codes.",
    "I speak Polish, Russian and English fluently.",
    "I set up a homework club for Somali parents and their children in Toxteth.",
    "I was GRT liaison officer for Cheshire West, working with Romany Gypsy and Irish Traveller families.",
    "I interpreted in Tigrinya for the refugee resettlement team.",
    "I managed the sponsor licence for care staff on Health and Care Worker visas.",
    "I translated public health leaflets into Cantonese and Punjabi.",
    "I studied nursing at the University of Lagos before joining Mersey Care.",
    "I ran youth sessions at a Caribbean community centre in Toxteth.",
    "i help new arrivals from Eritrea fill in there asylum support forms at the drop in",
]

KNOWN_MISSES = {
    "My personal adviser from the leaving care team helped me rea": SPLIT,
    "I'm still on Staying Put with my former foster carers, which": CARE_EXPERIENCE,
    "My nan became my kinship carer when I was six, and she's the": CARE_EXPERIENCE,
    "I received a care leaver bursary throughout my social work d": CARE_EXPERIENCE,
    "I wis looked efter away fae hame through the children's pane": CARE_EXPERIENCE,
    "As a care leaver myself, I bring lived experience to the cor": CARE_EXPERIENCE,
    "Mi did grow up inna foster care from mi small, so mi know ho": CARE_EXPERIENCE,
    "I was in care me whole childhood, la, so I get why the kids ": CARE_EXPERIENCE,
    "When I was 12 my social worker find me a foster home and I s": SPLIT,
    "Quick note re the interview date: my pathway plan review is ": CARE_EXPERIENCE,
    "Relevant lived experience: foster care, ages 7 to 16, three ": CARE_EXPERIENCE,
    "Because of my time in a secure children's home on a welfare ": CARE_EXPERIENCE,
    "When I sat on our county's Children in Care Council at 15, I": CARE_EXPERIENCE,
    "The virtual school head paid for my maths tutor in Year 10, ": CARE_EXPERIENCE,
    "I moved between eleven foster placements before I was sixtee": CARE_EXPERIENCE,
    "Since leaving my residential children's home I've lived inde": CARE_EXPERIENCE,
    "Are you care experienced? Yes - Section 31 care order, 2009-": CARE_EXPERIENCE,
    "I'd like to apply under the guaranteed interview scheme for ": CARE_EXPERIENCE,
    "cant do weds am, got my PA meeting with the leaving care tea": CARE_EXPERIENCE,
    "My adoptive parents took me on from a foster placement when ": SPLIT,
    "I lived in supported lodgings through the council's care lea": CARE_EXPERIENCE,
    "Me and my brother were placed with our gran on a kinship pla": CARE_EXPERIENCE,
    "Fae fourteen I stayed in a residential hoose run by the coon": CARE_EXPERIENCE,
    "I don't have parents to list as emergency contacts as I grew": CARE_EXPERIENCE,
    "Having been a child in care myself, I understand why young p": CARE_EXPERIENCE,
    "I was fostered by a family in Swansea, see, and they taught ": CARE_EXPERIENCE,
    "My grandmother became my special guardian when I was five, a": CARE_EXPERIENCE,
    "The 16+ team sorted my first council flat when I turned eigh": CARE_EXPERIENCE,
    "After my breast cancer treatment finished last spring I went": DISABILITY_HEALTH,
    "I'd need every other Friday afternoon off for my dialysis se": DISABILITY_HEALTH,
    "i have bipolar disorder, stable on lithium for six years, an": DISABILITY_HEALTH,
    "Me back's been bad since I slipped a disc in 2019, so I'd go": DISABILITY_HEALTH,
    "I'm registered blind and my guide dog is fully trained for o": SPLIT,
    "My OCD is managed through CBT and honestly it makes me a ver": SPLIT,
    "After six weeks on a mental health ward in 2020 I went back ": DISABILITY_HEALTH,
    "sorry cant do 9am, got physio for my knee reconstruction at ": SPLIT,
    "Ah've goat a heart condition, ken, so ah cannae dae the heav": DISABILITY_HEALTH,
    "I have the problem with my kidney, I go to hospital for chec": DISABILITY_HEALTH,
    "I have a chronic pain condition and take pregabalin, which d": SPLIT,
    "I'm currently signed off with work-related stress but my GP ": DISABILITY_HEALTH,
    "I have asthma and carry an inhaler, but it's never stopped m": SPLIT,
    "I'm HIV positive and undetectable, and I only mention it so ": SPLIT,
    "I walk with a stick after childhood polio, but I drive an ad": DISABILITY_HEALTH,
    "I finished chemotherapy in January and I'm back at full stre": DISABILITY_HEALTH,
    "I'd need to finish at 2.45 on Tuesdays and Thursdays to do t": SPLIT,
    "We've been going through IVF for two years and I may need a ": MARITAL_FAMILY,
    "i'm a single mum of three so i need term-time only": OTHER_KIND,
    "Me and the wife have just had our second bairn, so I'm after": MARITAL_FAMILY,
    "I'm on maternity leave until October from my current post at": MARITAL_FAMILY,
    "My little one starts nursery in September, which is when I'd": MARITAL_FAMILY,
    "I've got a 4-year-old and a 7-year-old, so term-time hours w": SPLIT,
    "Mi have two pickney inna primary school, so mi cyaan start b": MARITAL_FAMILY,
    "Ma wean's at the nursery till three, so ah'd need tae finish": MARITAL_FAMILY,
    "I have husband and two daughter, so I prefer morning shift b": SPLIT,
    "I'm engaged and getting married in June, so I'd need two wee": MARITAL_FAMILY,
    "I became a widow last year and I'm returning to work after e": MARITAL_FAMILY,
    "cant do sat, its my lads 5th bday party x": MARITAL_FAMILY,
    "I share custody of my son, so I'm free every other weekend a": MARITAL_FAMILY,
    "After ten years as a stay-at-home dad I'm ready to return to": OTHER_KIND,
    "The gap on my CV in 2023 is adoption leave after we adopted ": MARITAL_FAMILY,
    "Me and my missus have got a little one on the way, so I'm lo": MARITAL_FAMILY,
    "I'm still breastfeeding my baby and would need a private roo": MARITAL_FAMILY,
    "Meself and the husband have four young ones, so I'm well use": MARITAL_FAMILY,
    "Aa've got three bairns under ten so Aa can dee mornings but ": MARITAL_FAMILY,
    "Me girlfriend's just had a baby so I'm looking for days, la.": MARITAL_FAMILY,
    "Our IVF clinic is in Manchester, so I'd need two or three ha": MARITAL_FAMILY,
    "Dependants: 2 (ages 3 and 11)": SPLIT,
    "I'm married with a teenage stepdaughter, and we live ten min": SPLIT,
    "I was widowed young and that experience is why I volunteer w": MARITAL_FAMILY,
    "I wear a turban and a kara, and both are fine under the PPE ": SPLIT,
    "During Ramadan I fast, so I'd prefer early shifts that month": SPLIT,
    "I only eat halal, so if there's a lunch at the assessment ce": RELIGION,
    "Ah'm an elder at ma kirk in Falkirk, so Sunday mornings are ": RELIGION,
    "I am Buddhist and I go to the temple on Sunday, but other da": SPLIT,
    "I observe Yom Kippur and Rosh Hashanah, so I'd need two or t": RELIGION,
    "cant start til after eid tbh, fasting n all x": RELIGION,
    "I'm chapel, see, so Sunday working's out for me.": RELIGION,
    "I'm an ordained deacon in the Church of England as well as a": RELIGION,
    "I'm Sikh and keep my hair uncut, so I'd need a beard snood a": SPLIT,
    "Aa gan to the Greek Orthodox church on Sundays, so Aa'd want": RELIGION,
    "I'm here on the Hong Kong BN(O) visa route, so I can work fu": NATIONALITY,
    "I'm Kenyan-born and was naturalised as British in 2019.": OTHER_KIND,
    "I have leave to remain through the Afghan relocation scheme.": NATIONALITY,
    "I'm a US citizen with indefinite leave to remain, so no spon": NATIONALITY,
    "English is my second language; my first is Tigrinya.": ETHNICITY,
    "I'm Black British with Ghanaian roots and I sit on the staff": SPLIT,
    "Being an Irish Traveller myself, I know how site residents f": ETHNICITY,
    "I'm Somali by background and parents trust me because of it.": OTHER_KIND,
    "I'm Kurdish, and Sorani is my first language.": SPLIT,
}

STAY_KNOWN = {
    "I chaired looked-after child reviews as an Independent Revie": WORK_READ_AS_OWN,
    "I administered the care leaver bursary in Edge Hill Universi": WORK_READ_AS_OWN,
    "Our virtual school funded one-to-one tutoring for every look": WORK_READ_AS_OWN,
    "I drove an adapted minibus with a wheelchair lift on the SEN": WORK_READ_AS_OWN,
    "I hold a Level 3 certificate in epilepsy awareness and bucca": WORK_READ_AS_OWN,
    "I administered medication, including methotrexate and sertra": WORK_READ_AS_OWN,
    "I organised the school run rota for the SEN transport servic": WORK_READ_AS_OWN,
    "I processed maternity, paternity and shared parental leave i": WORK_READ_AS_OWN,
    "I drafted the council's fertility treatment leave policy, in": WORK_READ_AS_OWN,
    "I set up a quiet prayer room on the ward for patients and th": WORK_READ_AS_OWN,
    "I programmed Diwali, Hanukkah and Christmas events for the l": WORK_READ_AS_OWN,
    "I checked right-to-work documents, including BRPs and EU Set": WORK_READ_AS_OWN,
}

DISCLOSURE_ROWS = with_known_misses(DISCLOSURES, lambda row: reason_starting(KNOWN_MISSES, row[0]))
STAY_ROWS = with_known_misses(STAYS, lambda text: reason_starting(STAY_KNOWN, text))


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURE_ROWS)
def test_round_16_disclosures(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAY_ROWS)
def test_round_16_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
