"""Round 11: fresh sentences in many Englishes, written before the detector was run on them.

Each row is a sentence a UK applicant could write about themselves, in a regional or world English or register:
Scottish, Welsh, Northern Irish, Scouse, Geordie, Yorkshire, London/MLE, Caribbean, Nigerian and South Asian
English, second-language writers (Polish, Romanian, Arabic, Chinese, Somali speakers), very formal older writers
and text-speak. The check is that a marker of the right kind covers the core words; where the edges go is the
resolver's business and is tested elsewhere. The second table is the same registers about clients, colleagues,
relatives' jobs, work content and employers: nothing is removed there.
"""

import pytest

from services.redaction.service import Redactor

from ..known_misses import reason_starting, with_known_misses
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
    ("Ah wis brought up in foster care in Paisley, so ah ken whit it's like.", "foster care", CARE),
    ("I wis in a children's unit in Dundee fae when I wis twelve.", "children's unit", CARE),
    ("I wis looked after at hame on a supervision order fae primary four.", "supervision order", CARE),
    ("I was in care till I was 18, la, so I know the system inside out.", "in care", CARE),
    ("Ah was fostered from the age of five, like, by a canny couple in Gateshead.", "fostered", CARE),
    ("I was a looked after child with Cardiff council, see, so I know how it feels.", "looked after child", CARE),
    ("I grew up in a children's home in Derry, so I did.", "children's home", CARE),
    ("Man was in care from time, still got my leaving care worker innit", "in care", CARE),
    ("I am care leaver, I live alone from 18 years.", "care leaver", CARE),
    ("I was, as a boy, committed to the care of the local authority.", "care of the local authority", CARE),
    ("ive bin in foster placements since 8 yrs old so i kno the system", "foster placements", CARE),
    ("I was raised by my nani under a kinship arrangement after social services stepped in.", "kinship", CARE),
    ("I were adopted when I were three, from care in Bradford.", "adopted", CARE),
    ("Me did grow up in foster care from me small, so mi understand dem yout.", "foster care", CARE),
    # health and disability
    ("Ah've got MS, so ah'm no as quick on ma feet as ah wis.", "MS", HEALTH),
    ("Aa've got a slipped disc, so nee heavy liftin for us, like.", "slipped disc", HEALTH),
    ("I've got dyslexia, la, so I might need the questions written down.", "dyslexia", HEALTH),
    ("I'm partially sighted, see, so large print would be tidy.", "partially sighted", HEALTH),
    ("I have ME so I do, and some days I'm wrecked.", "ME", HEALTH),
    ("I got sickle cell still, so sometimes I'm in hospital for like a week", "sickle cell", HEALTH),
    ("Mi have di sugar, di diabetes, but mi control it good wid tablet.", "diabetes", HEALTH),
    ("I am managing hypertension since 2018 but it is under control.", "hypertension", HEALTH),
    ("I am having BP and sugar problem, but I am taking tablets regularly.", "BP", HEALTH),
    ("I have the depression before, now is better, I take the medicine.", "depression", HEALTH),
    ("I am deaf from birth, I use British Sign Language.", "deaf", HEALTH),
    ("I should disclose that I suffered a coronary some years ago and am now fully recovered.", "coronary", HEALTH),
    ("got ocd n panic attacks but im managin ok", "ocd", HEALTH),
    ("I have the hepatitis B but it is not infectious for my job.", "hepatitis B", HEALTH),
    ("I've 'ad me knee replaced so I'm a bit slow on t'stairs.", "knee replaced", HEALTH),
    ("I have PTSD from the war, I am seeing the counsellor every week.", "PTSD", HEALTH),
    # national origin and migration
    ("Ah came ower fae Poland in 2008 an never looked back.", "Poland", ORIGIN),
    ("I'm originally from Kerala, but I've been in Swansea twenty year now.", "Kerala", ORIGIN),
    ("I'm from Lithuania originally, but I've lived in Belfast since 2010.", "Lithuania", ORIGIN),
    ("Me mam brought us over from Nigeria when I was a kid, la.", "Nigeria", ORIGIN),
    ("I was born back home in Ghana, came ends when I was 10.", "Ghana", ORIGIN),
    ("Mi come from Jamaica as a young gyal inna 1999.", "Jamaica", ORIGIN),
    ("My people at home are in Enugu; I relocated to the UK in 2019 on a study visa.", "study visa", ORIGIN),
    ("I came on spouse visa in 2020 and now I have ILR.", "ILR", ORIGIN),
    ("I am Polish, I live in England 12 years.", "Polish", ORIGIN),
    ("I come from Romania for work in 2014, I have settled status.", "Romania", ORIGIN),
    ("I arrived to UK as asylum seeker from Sudan and now I am British citizen.", "asylum seeker", ORIGIN),
    ("I come to UK from China for study, now I am on Graduate Route.", "Graduate Route", ORIGIN),
    ("I born in Mogadishu and came UK with my uncle in 2007.", "Mogadishu", ORIGIN),
    ("I was naturalised as a British subject in 1968, having arrived from Cyprus.", "naturalised", ORIGIN),
    ("im from bulgaria orig, here since 2016", "bulgaria", ORIGIN),
    ("Aa'm Irish, like, but been in Newcastle since the nineties.", "Irish", ORIGIN),
    # religion
    ("I'm a Wee Free, so I'll no be working on the Sabbath.", "Wee Free", FAITH),
    ("I'm a Presbyterian and I'm on the church committee, so I am.", "Presbyterian", FAITH),
    ("I'm chapel, always have been, Sunday school every week as a boy.", "chapel", FAITH),
    ("I'm a proper Catholic, me, go to Mass every Sunday with me nan.", "Mass", FAITH),
    ("I don't do Fridays after 1 cos of jummah innit", "jummah", FAITH),
    ("Mi a Rastafarian from birth, so mi keep mi locks.", "Rastafarian", FAITH),
    ("I am a born-again Christian and a worker in my church.", "born-again", FAITH),
    ("I am doing my namaz five times daily, so I need a short break at Asr.", "namaz", FAITH),
    ("I am Catholic, I go to church on Sunday every week.", "Catholic", FAITH),
    ("I pray five times in day, I am Muslim, I need small place for pray.", "Muslim", FAITH),
    ("I am Buddhist, I do not eat meat on the first day of month.", "Buddhist", FAITH),
    ("I am a communicant member of the Church of England and sidesman at St Mary's.", "communicant", FAITH),
    ("im sikh n i wear a turban so no hard hats pls", "sikh", FAITH),
    ("I'm Methodist, me, been going t'chapel since I were a lad.", "Methodist", FAITH),
    ("I wear jilbab, I can do all the job the same.", "jilbab", FAITH),
    # marital and family status
    ("Ah need tae pick up ma wean fae nursery at half five.", "wean", FAMILY),
    ("The bairns are at school so I'm free nine till three.", "bairns", FAMILY),
    ("Me and the missus have just had a bairn, so I'd like days if poss.", "bairn", FAMILY),
    ("Me ma's poorly so I'm her carer most nights, la.", "carer", FAMILY),
    ("I've got two little ones, see, so I'd need school hours.", "little ones", FAMILY),
    ("My wee girl's starting P1 in August so I need school hours, so I do.", "wee girl", FAMILY),
    ("I got my yout to look after so I can only do mornings", "yout", FAMILY),
    ("Mi have tree pickney an dem all inna school now.", "pickney", FAMILY),
    ("My madam is a nurse and she works nights, so I prefer day shifts.", "madam", FAMILY),
    ("My in-laws stay with us and I look after their medicines.", "in-laws", FAMILY),
    ("I am pregnant in 5 month, baby is coming in September.", "pregnant", FAMILY),
    ("I am divorced and I live alone with my daughter.", "divorced", FAMILY),
    ("My husband work in Manchester so I want job near there.", "husband", FAMILY),
    ("I am a widower of some years and have no dependants.", "widower", FAMILY),
    ("got 2 kids n a fiance so cant do weekends", "kids", FAMILY),
    ("I have 5 children, the small one is 2, so I need part time.", "5 children", FAMILY),
    ("Our lass is expecting in March so I'll want a bit of paternity leave.", "expecting", FAMILY),
    # ethnicity
    ("Ah'm Scottish-Pakistani, ma granda came ower in the sixties.", "Scottish-Pakistani", ETHNIC),
    ("I'm from an Irish Traveller family in Newry.", "Irish Traveller", ETHNIC),
    ("I'm Black British, my fam are from Lagos", "Black British", ETHNIC),
    ("Mi a Black Caribbean woman from a Windrush family.", "Black Caribbean", ETHNIC),
    ("I am Yoruba by tribe, from Ogun State.", "Yoruba", ETHNIC),
    ("I am Gujarati, we speak Gujarati at home with the elders.", "Gujarati", ETHNIC),
    ("I am Hakka Chinese, my family is from Malaysia.", "Hakka", ETHNIC),
    ("I am Somali Bantu, my people is minority.", "Somali Bantu", ETHNIC),
    ("I am of Anglo-Indian descent.", "Anglo-Indian", ETHNIC),
    ("im half black half white so i get both sides", "half black", ETHNIC),
    ("I'm Liverpool-born Chinese, me grandad came over as a seaman.", "Chinese", ETHNIC),
    ("I'm British Bangladeshi, born and bred in Bradford, me.", "British Bangladeshi", ETHNIC),
    ("I'm a Romany Gypsy from a travelling family in Kent.", "Romany", ETHNIC),
    ("I am Kurdish, my language is Sorani.", "Kurdish", ETHNIC),
    ("Ah'm mixed heritage, me da's Jamaican.", "mixed heritage", ETHNIC),
    # gender and gender identity
    ("Ah'm a trans man, been oot since uni.", "trans man", GENDER),
    ("I'm a gyal from South, done retail from young.", "gyal", GENDER),
    ("As a woman in a valleys engineering firm, I was the only one, see.", "woman", GENDER),
    ("I'm a non-binary person from Belfast, so I am.", "non-binary", GENDER),
    ("As a young lady in banking, I faced many challenges.", "lady", GENDER),
    ("Being a girl from a traditional family, I had to fight to study engineering.", "girl", GENDER),
    ("I am woman 35 years, I work in warehouse long time.", "woman", GENDER),
    ("im genderfluid btw, pronouns she/they", "genderfluid", GENDER),
    ("As a gentleman of advancing years, I bring considerable experience.", "gentleman", GENDER),
    ("I'm trans, la, I transitioned in 2019.", "transitioned", GENDER),
    ("I'm t'only lass on t'shop floor and I give as good as I get.", "lass", GENDER),
    ("I am female and I have full driving licence.", "female", GENDER),
    ("Aa'm a lad fae Byker who's been grafting since sixteen.", "lad", GENDER),
    # sexual orientation
    ("Ah'm gay an proud, been wi ma fella ten year.", "gay", ORIENT),
    ("I'm queer, see, and I run the Pride stall in Cardiff every year.", "queer", ORIENT),
    ("I'm bi, so I am, and I volunteer with the Rainbow Project.", "bi", ORIENT),
    ("Mi is a gay man from Kingston an mi had to leave.", "gay man", ORIENT),
    ("I am a homosexual, which is why I could not stay in Nigeria.", "homosexual", ORIENT),
    ("I am gay and my family does not know, kindly keep this confidential.", "gay", ORIENT),
    ("I am lesbian, I live with my girlfriend in Leeds.", "lesbian", ORIENT),
    ("I am asexual, this is not problem for work.", "asexual", ORIENT),
    ("I have shared my life with another man for forty years.", "another man", ORIENT),
    ("Aa'm bisexual, like, an aa divvent hide it.", "bisexual", ORIENT),
    ("I'm a gay lad from Barnsley, me.", "gay", ORIENT),
    ("im pansexual so the lgbt youth work means a lot to me", "pansexual", ORIENT),
    ("As a lesbian from a Sikh family, I know about hiding who you are.", "lesbian", ORIENT),
]

STAYS = [
    "Ah worked wi weans in a children's unit in Dundee for six year.",
    "The bairns in ma class were aw P5, and ah ran the school show.",
    "Ma auntie's a foster carer in Paisley and she got me intae youth work.",
    "I supported weans on supervision orders for Glasgow City Council.",
    "I worked on the wards at the Royal, la, mostly with stroke patients.",
    "Ah managed a team of twelve lads and lasses on the Metro.",
    "Ah built wheelchair ramps for the council for five year.",
    "I ran the community cafe in the old chapel in Treorchy.",
    "My tad was a miner in Merthyr, so I know what graft is.",
    "I was finance officer for the Presbyterian Church's social services board.",
    "I worked on a cross-community project with Catholic and Protestant youth groups.",
    "I mentored youts on my estate, some of them was in care.",
    "My mandem all work in construction, that's how I got my CSCS card.",
    "I did security for a mosque and a synagogue in Hackney.",
    "I ran youth sessions on knife crime for young Black boys in Lambeth.",
    "Mi did work as a carer fi di elderly inna Croydon.",
    "Mi cook fi weddings an christenings at di church hall.",
    "My madam at the bakery promoted me to supervisor after one year.",
    "I handled visa applications for our international students at the college.",
    "I supervised the maternity ward cleaners at the teaching hospital.",
    "I am doing accounts for a Gujarati sweet shop in Leicester.",
    "I organised iftar events for the staff network at my company.",
    "I work with Polish clients, I translate for them in the bank.",
    "In the care home I help residents with dementia to eat.",
    "I interpret for refugees from Syria at the council.",
    "I taught Mandarin to British children at a Saturday school.",
    "I help Somali mothers in the community centre to fill forms.",
    "My colleague is pregnant so I cover her shifts now.",
    "My manager is Muslim and he teach me a lot about customer service.",
    "I worked in hospital in pediatrics ward with children with cancer.",
    "I worked as caseworker at the Home Office deciding asylum claims.",
    "I served as secretary to the diocesan board of finance for eleven years.",
    "I acted as executor for the estate of a widowed client.",
    "I administered the pension scheme for the company's widows and dependants.",
    "did 2 yrs at a nursery, loved the kids tbh",
    "worked w autistic kids at a SEN school, v rewarding",
    "did shifts at a Pride event as a steward, v busy",
    "Ah worked in a gay bar in Glasgow as bar manager for three year.",
    "Me brother's in t'army and me sister's a nurse at Leeds General.",
    "I drove the minibus for a disability sports club in Leeds.",
    "Me nan was a cleaner at the Catholic cathedral for thirty year.",
]


# Rows still missed after the fixes of round 11, kept visible (strict: a fix makes them fail until moved back),
# keyed by the start of their text.
KNOWN_MISSES = {
    "Being a girl from a traditional family": "'girl' and 'lad' are left out: 'when I was a lad' is childhood",
    "Aa'm a lad fae Byker": "'girl' and 'lad' are left out: 'when I was a lad' is childhood",
    "I wis looked after at hame on a supervision order": "a supervision order at home is not in the care vocabulary",
    "I was in care till I was 18, la,": "'in' is trimmed as a function word",
    "Man was in care from time,": "MLE 'Man' for 'I' is not read as the speaker",
    "I was, as a boy, committed to the care of": "the phrase is split by the aside",
    "I was raised by my nani under a kinship arrangement": "'kinship arrangement' after 'my nani' is not reached",
    "got ocd n panic attacks": "'ocd' as the first word of a text-speak line has no owner",
    "I'm a Wee Free,": "'Wee Free' is not in the faith list",
    "I'm chapel,": "'chapel' as an identity is not in the faith list",
    "I'm a proper Catholic, me, go to Mass": "'go to Mass' after a tag is not reached",
    "I am a communicant member of the Church of England": "found as 'the Church of England'",
    "The bairns are at school": "no possessive before 'bairns'",
    "Me and the missus have just had a bairn": "found as 'Me and the missus'",
    "Mi have tree pickney": "'tree' for 'three' is not read as a number",
    "My madam is a nurse": "'madam' is left out: it is also an employer ('my madam at the bakery')",
    "got 2 kids n a fiance": "no owner in text speak",
    "Our lass is expecting in March": "found as 'paternity leave'",
    "I'm Liverpool-born Chinese,": "a place-born compound is not read",
    "I'm British Bangladeshi, born and bred": "removed, but as a PERSON (the NER reads it as a name)",
    "I'm t'only lass on t'shop floor": "\"t'only\" is not read as 'the only'",
    "I have shared my life with another man": "a partner described without a relation word",
    "Aa'm bisexual, like,": "removed, but as a PERSON (the NER reads it as a name)",
    "I'm a gay lad from Barnsley, me.": "found as gender ('a gay lad'), the longer span",
}


DISCLOSURE_ROWS = with_known_misses(DISCLOSURES, lambda row: reason_starting(KNOWN_MISSES, row[0]))
STAY_ROWS = with_known_misses(
    STAYS,
    lambda text: "a second place of worship after 'for a mosque and'"
    if text.startswith("I did security for a mosque")
    else None,
)


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURE_ROWS)
def test_round_11_disclosures_in_many_englishes(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAY_ROWS)
def test_round_11_other_people_and_work_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
