"""Held-out 19's and 20's missed kinds (tenth session, read after their blind scores at e014ad3), each written as a
fresh sentence, not copied from the sets: a birthplace told in the first person, in the UK as well as abroad (were
only foreign birthplaces removed, the gap would tell the panel who was born abroad); a UK answer to a birth field;
migration told by when ("before coming here"); a career break's reason on a CV; a sign-off's formal name in
brackets; a monitoring row whose answers follow a column gap; a first language in brackets or mistyped; a foster
parent named as one's own; a faith one has become. Then neighbours that must stay."""

import pytest

from services.redaction.service import Redactor

from .test_protected_markers_round7 import (
    CARE,
    ETHNIC,
    FAITH,
    FAMILY,
    GENDER,
    ORIENT,
    ORIGIN,
    assert_marked,
    markers,
)

DISCLOSURES = [
    ("I was born in Brixton.", "born in Brixton", ORIGIN),
    ("Born and raised in Bootle, I know the borough well.", "Born and raised in Bootle", ORIGIN),
    ("I was born in Leeds and moved to Liverpool for university.", "born in Leeds", ORIGIN),
    ("i'm 29, born here in preston and my dad's family are from gujarat", "born here in preston", ORIGIN),
    ("I was born at Arrowe Park Hospital and grew up on the Wirral.", "born at Arrowe Park Hospital", ORIGIN),
    ("Country of birth:        Scotland", "Scotland", ORIGIN),
    ("Place of birth: Swansea", "Swansea", ORIGIN),
    ("I trained as a pharmacist in Tehran before coming here.", "before coming here", ORIGIN),
    ("Since moving to the UK I have volunteered with the food bank.", "Since moving to the UK", ORIGIN),
    ("I came over to Luton in 2003 with my brother.", "came over to Luton in 2003", ORIGIN),
    ("i came from da nang to uk in 2015 for work", "came from da nang to uk in 2015", ORIGIN),
    ("I studied here and now I hold a British passport.", "now I hold a British passport", ORIGIN),
    ("2015 – 2019      Career break (raising my children)", "raising my children", FAMILY),
    ("2019 – 2020      Career break (move to the UK, maternity leave)", "move to the UK", ORIGIN),
    ("2019 – 2020      Career break (move to the UK, maternity leave)", "maternity leave", FAMILY),
    ("Best wishes,\nPriya\n(Mrs P. Raman)", "Mrs", GENDER),
    ("thanks again\njoseph (mr j. ibekwe)", "mr", GENDER),
    ("Religion Sikh    Sexual orientation Gay man    Marital status Single", "Gay man", ORIENT),
    ("Religion Sikh    Sexual orientation Gay man    Marital status Single", "Single", FAMILY),
    ("Languages: English, Twi and Ga (home languages)", "Twi and Ga (home languages)", ETHNIC),
    ("Polish (język ojczysty / mother tongue)", "Polish (język ojczysty / mother tongue)", ETHNIC),
    ("Tagalog is my first languge but I write English every day.", "Tagalog is my first languge", ETHNIC),
    ("My foster mum still lives round the corner.", "foster mum", CARE),
    ("Over the last few years I have become a Quaker.", "a Quaker", FAITH),
    # held-out 21 and 22 (read after their scores): the place before "born", a title as a header's cell or after
    # "Signed", "reared", a first-language field
    ("Swansea born and bred, I know the docks.", "Swansea born and bred", ORIGIN),
    ("A bit about me. Born at Musgrove Park and never moved away.", "Born at Musgrove Park", ORIGIN),
    ("Jordan Lee · Mx · they/them", "Mx", GENDER),
    ("Personal        Mrs · Married, 2 children", "Mrs", GENDER),
    ("Signed Ms A. K. Osei, 12/11/2026", "Ms", GENDER),
    ("I was reared Methodist in Redruth.", "Methodist", FAITH),
    ("First language: Tigrinya", "Tigrinya", ETHNIC),
]

STAYS = [
    "My client was born in Lagos.",
    "The scheme was born out of a staff idea.",
    "My nephew was born in 2019.",
    "I came to the UK office in 2019 from the Dublin branch.",
    "Before coming here for the interview I read your annual report.",
    "2016 – 2017      Career break (travel in South America)",
    "Referee: Mrs J. Walsh, Headteacher, Oakfield Primary School",
    "I manage our foster carers' training records.",
    "The first language of most of our tenants is Polish.",
    "The first born child in a family often helps with the younger ones.",
    "We serve Bristol-born residents and newcomers alike.",
    "Contact: Human Resources · Recruitment Team · 01632 960 000",
]


@pytest.mark.parametrize(("text", "surface", "kind"), DISCLOSURES)
def test_heldout19_kinds(redactor: Redactor, text: str, surface: str, kind: str) -> None:
    assert_marked(redactor, text, surface, kind)


@pytest.mark.parametrize("text", STAYS)
def test_heldout19_neighbours_stay(redactor: Redactor, text: str) -> None:
    assert markers(redactor, text) == []
