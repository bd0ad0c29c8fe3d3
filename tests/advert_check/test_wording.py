"""Wording rules as tables: (advert, the phrase we expect flagged) per category, and what stays quiet.

These tables test the word lists, so the checks here run with the sentence model off: the model was trained on these
very sentences (training/advert_model), and passing them would say nothing. tests/advert_check/test_sentence_model.py
tests the model, on sentences it was not trained on and with the quiet rows of every table.
"""

import pytest

from services.advert_check.lexicon import BIAS_CATEGORIES
from services.advert_check.service import check_advert


def flagged(text: str, title: str | None = None) -> set[tuple[str, str]]:
    return {(f.category, f.text.lower()) for f in check_advert(text, title, sentence_model=False).findings}


def categories(text: str, title: str | None = None) -> set[str]:
    return {f.category for f in check_advert(text, title, sentence_model=False).findings}


def quiet(text: str, title: str | None, category: str) -> bool:
    """No finding of `category` ("bias": of none of the bias categories)."""
    found = categories(text, title)
    return not found & set(BIAS_CATEGORIES) if category == "bias" else category not in found


FLAGGED = [
    # age
    ("We want a young team player.", "age", "young"),
    ("You will join a youthful and friendly office.", "age", "youthful"),
    ("We are after an energetic administrator.", "age", "energetic"),
    ("Join our Dynamic housing team.", "age", "dynamic"),
    ("The role suits a mature person.", "age", "mature"),
    ("This post is ideal for a recent graduate.", "age", "recent graduate"),
    ("Recent graduates are encouraged to apply.", "age", "recent graduates"),
    ("You will be a digital native.", "age", "digital native"),
    ("You will be in the first five years of your career.", "age", "first five years of your career"),
    ("Applicants must have no more than 5 years' experience.", "age", "no more than 5 years' experience"),
    ("You will have at least 10 years' experience in finance.", "age", "at least 10 years' experience"),
    ("Five GCSEs are essential.", "age", "gcses are essential"),
    ("You must be under 30 to join our training scheme.", "age", "be under 30"),
    ("Candidates over 50 will find the work too physical.", "age", "candidates over 50"),
    ("The scheme is for people aged 18 to 24.", "age", "aged 18 to 24"),
    ("Ideal for school leavers.", "age", "school leavers"),
    # age: generational words, decades of life with a requirement cue, spelled-out experience lengths
    ("We want Gen Z talent for our comms team.", "age", "gen z"),
    ("Perfect for millennials fresh out of university.", "age", "millennials"),
    ("The role would suit someone in their twenties.", "age", "in their twenties"),
    ("Over 50s need not apply.", "age", "over 50s"),
    ("Ideal for 18-30 year olds.", "age", "18-30 year olds"),
    ("You will have a track record spanning at least twenty years.", "age", "spanning at least twenty years"),
    ("Max 3 years' experience.", "age", "max 3 years' experience"),
    ("You will be a seasoned manager.", "age", "seasoned"),
    ("Essential\n- 5 GCSEs\n- Excel", "age", "5 gcses"),
    ("Ideal for someone at the beginning of their career.", "age", "at the beginning of their career"),
    ("2025 graduates preferred.", "age", "2025 graduates"),
    ("Older applicants need not apply.", "age", "older applicants need not"),
    ("Ideal for students.", "age", "students"),
    ("Would suit a retired gentleman.", "age", "retired"),
    ("Applicants must be below retirement age.", "age", "below retirement age"),
    ("We want someone in their twenties.", "age", "in their twenties"),
    # disability
    ("Applicants must be able-bodied.", "disability", "able-bodied"),
    ("You must be in perfect health.", "disability", "be in perfect health"),
    ("You must be free from any mental health issues.", "disability", "free from any mental health issues"),
    ("You must be physically fit.", "disability", "physically fit"),
    ("You must be able to stand for long periods.", "disability", "able to stand for long periods"),
    ("You must have a full driving licence.", "disability", "full driving licence"),
    ("An excellent attendance record is required.", "disability", "excellent attendance record"),
    # disability: body size, health history, fitness words, lifting where the job does not need it
    ("Applicants must be 6ft or taller.", "disability", "6ft or taller"),
    ("There is a minimum height of 5ft 8.", "disability", "minimum height"),
    ("Front-of-house staff must be attractive.", "exclusionary_jargon", "attractive"),
    ("You must have no history of mental illness.", "disability", "no history of mental illness"),
    ("A clean sickness record is essential.", "disability", "clean sickness record"),
    ("You must be medically fit.", "disability", "medically fit"),
    ("You must be able to lift heavy loads.", "disability", "able to lift heavy loads"),
    ("You must be able to work without adjustments.", "disability", "without adjustments"),
    ("We are a bit OCD about detail.", "disability", "a bit ocd"),
    ("You must not be dyslexic.", "disability", "not be dyslexic"),
    ("Not suitable for wheelchair users.", "disability", "not suitable for wheelchair users"),
    ("No wheelchair users.", "disability", "no wheelchair users"),
    # race and nationality
    ("Native English speaker essential.", "race_nationality", "native english speaker"),
    ("Applicants must be British-born.", "race_nationality", "british-born"),
    ("English as a first language is needed.", "race_nationality", "english as a first language"),
    ("You should have a neutral accent.", "race_nationality", "neutral accent"),
    ("English must be your first language.", "race_nationality", "english must be your first language"),
    (
        "Polish or Romanian nationals must bring extra documents.",
        "race_nationality",
        "polish or romanian nationals",
    ),
    ("UK passport holders only.", "race_nationality", "uk passport holders only"),
    # religion (annotated as race_nationality), dress and hair, residence, nationality, qualifications
    ("Christian values preferred.", "race_nationality", "christian values"),
    ("Applicants should be practising Catholics.", "race_nationality", "practising catholics"),
    ("Staff must be clean-shaven.", "race_nationality", "clean-shaven"),
    ("No headscarves or dreadlocks.", "race_nationality", "no headscarves"),
    (
        "You must have lived in the borough for ten years.",
        "race_nationality",
        "lived in the borough for ten years",
    ),
    ("We want someone born and bred in the town.", "race_nationality", "born and bred"),
    ("You must be a British citizen.", "race_nationality", "british citizen"),
    ("We do not accept foreign qualifications.", "race_nationality", "do not accept foreign qualifications"),
    ("You need native-level English.", "race_nationality", "native-level"),
    ("No travellers.", "race_nationality", "no travellers"),
    ("Eastern European applicants need not apply.", "race_nationality", "eastern european applicants"),
    ("Polish workers preferred.", "race_nationality", "polish workers"),
    ("You must be a practising Christian.", "race_nationality", "practising christian"),
    ("Applicants from a British background preferred.", "race_nationality", "british background"),
    # socioeconomic
    ("You will have a degree from a Russell Group university.", "socioeconomic", "russell group"),
    ("We recruit from top universities.", "socioeconomic", "top universities"),
    ("This is an unpaid internship lasting six months.", "socioeconomic", "unpaid internship"),
    ("A 2:1 or above is required.", "socioeconomic", "2:1 or above"),
    # socioeconomic: named universities and tiers, school type and grades, class words, records, cars
    ("Graduates of Oxford or Cambridge preferred.", "socioeconomic", "graduates of oxford"),
    ("You will be privately educated.", "socioeconomic", "privately educated"),
    ("A minimum of 120 UCAS points is required.", "socioeconomic", "ucas points"),
    ("A polished communicator with gravitas.", "socioeconomic", "polished"),
    (
        "You must have no criminal convictions whatsoever.",
        "unnecessary_requirement",
        "no criminal convictions whatsoever",
    ),
    ("You must have a car.", "socioeconomic", "a car"),
    ("This starts with a two-week unpaid trial shift.", "socioeconomic", "unpaid trial shift"),
    ("You must have no CCJs.", "socioeconomic", "no ccjs"),
    ("Homeowners preferred.", "socioeconomic", "homeowners preferred"),
    ("You will pay for your own DBS check.", "socioeconomic", "pay for your own dbs"),
    ("A clean record is essential.", "unnecessary_requirement", "clean record"),
    ("The first month of the role is unpaid.", "socioeconomic", "role is unpaid"),
    # exclusionary jargon
    ("We need an Excel ninja.", "exclusionary_jargon", "ninja"),
    ("Are you a data rockstar?", "exclusionary_jargon", "rockstar"),
    ("We work hard, play hard.", "exclusionary_jargon", "work hard, play hard"),
    ("We hire for culture fit.", "exclusionary_jargon", "culture fit"),
    ("You will hit the ground running.", "exclusionary_jargon", "hit the ground running"),
    # exclusionary jargon: tough-culture, drinking and "family" slogans, open-ended availability
    ("We need a real grafter.", "exclusionary_jargon", "grafter"),
    ("Are you a sales superstar?", "exclusionary_jargon", "superstar"),
    ("A no-nonsense, battle-hardened leader.", "exclusionary_jargon", "battle-hardened"),
    ("Beers on Friday with the team.", "exclusionary_jargon", "beers"),
    ("You will be one of the boys.", "gendered_term", "boys"),
    ("We are a work family.", "exclusionary_jargon", "work family"),
    ("You must be available at all times.", "exclusionary_jargon", "be available at all times"),
    ("We need a hungry closer.", "exclusionary_jargon", "hungry"),
    ("Bring a can-do attitude.", "exclusionary_jargon", "can-do attitude"),
    ("No clock-watchers.", "exclusionary_jargon", "no clock-watchers"),
    ("No drama, no divas.", "exclusionary_jargon", "no divas"),
    ("You will thrive in chaos.", "exclusionary_jargon", "thrive in chaos"),
    ("We want a visionary leader.", "exclusionary_jargon", "a visionary"),
    ("You will be obsessed with targets.", "exclusionary_jargon", "obsessed with"),
    ("There is a beer fridge in the office.", "exclusionary_jargon", "beer fridge"),
    ("We love the hustle.", "exclusionary_jargon", "hustle"),
    # gendered terms
    ("You will support the Chairman of the board.", "gendered_term", "chairman"),
    ("We need to plan manpower for winter.", "gendered_term", "manpower"),
    ("We are hiring a salesman.", "gendered_term", "salesman"),
    ("He will manage the rota.", "gendered_term", "he will"),
    ("The ideal candidate will show his or her skills.", "gendered_term", "his or her"),
    ("He'll answer the phones.", "gendered_term", "he'll"),
    (
        "Mothers with young children need not apply.",
        "gendered_term",
        "mothers with young children need not apply",
    ),
    ("We need a reliable pest control man.", "gendered_term", "man"),
    # sex with a requirement cue, pregnancy and family status, retext-equality titles and plurals
    ("Ex-military men preferred.", "gendered_term", "ex-military men"),
    ("This job is not suitable for women.", "gendered_term", "not suitable for women"),
    ("We are looking for strong lads.", "gendered_term", "lads"),
    ("Female applicants only.", "gendered_term", "female"),
    ("You must not be pregnant.", "gendered_term", "not be pregnant"),
    ("You will have no childcare responsibilities.", "gendered_term", "no childcare responsibilities"),
    ("Single applicants preferred.", "gendered_term", "single applicants preferred"),
    ("You should not be planning to start a family.", "gendered_term", "not be planning to start a family"),
    ("The foremen report to the site office.", "gendered_term", "foremen"),
    ("You will lead the binmen.", "gendered_term", "binmen"),
    ("Our lollipop ladies keep children safe.", "gendered_term", "lollipop ladies"),
    ("Are you man enough for the job?", "gendered_term", "man enough"),
    ("No women need apply.", "gendered_term", "no women need apply"),
    ("You will be my right-hand man.", "gendered_term", "right-hand man"),
    ("Ideal for a husband and wife team.", "gendered_term", "husband and wife"),
    ("Applicants must be male.", "gendered_term", "male"),
    ("The ideal candidate will be a woman.", "gendered_term", "woman"),
    # unnecessary requirements
    ("You must have a degree.", "unnecessary_requirement", "must have a degree"),
    ("A degree is essential.", "unnecessary_requirement", "a degree"),
    ("You will be educated to degree level.", "unnecessary_requirement", "educated to degree level"),
    ("Essential\n- Degree\n- Excel", "unnecessary_requirement", "degree"),
    (
        "You will be a fellow of a chartered institute.",
        "unnecessary_requirement",
        "a fellow of a chartered institute",
    ),
    ("A master's degree is essential.", "unnecessary_requirement", "a master's degree"),
    ("Graduates only.", "unnecessary_requirement", "graduates"),
    ("Degree essential.", "unnecessary_requirement", "degree"),
    ("You must be degree-qualified.", "unnecessary_requirement", "degree-qualified"),
    ("Essential skills and experience\n- Degree\n- Excel\nDesirable\n- Welsh", "unnecessary_requirement", "degree"),
    # complex words
    ("You will utilise our systems.", "complex_word", "utilise"),
    ("The post commences in May.", "complex_word", "commences"),
    ("You will act in accordance with policy.", "complex_word", "in accordance with"),
    ("You will facilitate meetings.", "complex_word", "facilitate"),
    ("We endeavour to reply quickly.", "complex_word", "endeavour"),
    ("Going forward, the team will grow.", "complex_word", "going forward"),
    ("We leverage partnerships.", "complex_word", "leverage"),
    ("You will foster a culture of learning in the team.", "complex_word", "foster a culture"),
    # gender-coded (advisory)
    ("We want a competitive, ambitious person.", "gender_masculine", "competitive"),
    ("You will be assertive with suppliers.", "gender_masculine", "assertive"),
    ("You will be compassionate and supportive.", "gender_feminine", "compassionate"),
    ("We value loyal, warm colleagues.", "gender_feminine", "loyal"),
    # acronyms
    ("You will need a DBS check.", "unexplained_acronym", "dbs"),
    ("You will report to the SLB.", "unexplained_acronym", "slb"),
]


@pytest.mark.parametrize(("text", "category", "phrase"), FLAGGED)
def test_flagged(text: str, category: str, phrase: str) -> None:
    assert (category, phrase) in flagged(text)


NOT_FLAGGED = [
    # negation
    ("You don't need a degree.", "unnecessary_requirement"),
    ("You do not need a degree to apply.", "unnecessary_requirement"),
    ("A degree is not essential.", "unnecessary_requirement"),
    ("A degree or equivalent experience is essential.", "unnecessary_requirement"),
    ("No driving licence is needed.", "disability"),
    ("You don't have to be a native English speaker; fluent English is enough.", "race_nationality"),
    ("GCSE English and maths at grade 4 or equivalent are essential.", "age"),
    # positive action is lawful
    (
        "We welcome applications from under-represented groups, including young people and disabled people.",
        "age",
    ),
    ("We particularly welcome applications from young Black and Asian people.", "age"),
    ("We particularly welcome applications from older workers who want a mature career change.", "age"),
    # council false positives
    ("We are a Disability Confident employer.", "gender_masculine"),
    ("You will report to the Team Leader.", "gender_masculine"),
    ("You will work in Children's Services.", "gender_feminine"),
    ("Your responsibilities include filing.", "gender_feminine"),
    ("The council is committed to equality.", "gender_feminine"),
    ("We offer a competitive salary.", "gender_masculine"),
    ("You will be a competent user of Excel.", "gender_masculine"),
    # lawful wording that looks close
    ("Fluent English is essential for this role.", "race_nationality"),
    ("You must have the right to work in the UK.", "race_nationality"),
    ("You will support young people leaving care.", "age"),
    ("We run services for children and young people.", "age"),
    ("The job is in mental health services.", "disability"),
    ("We promote good mental health at work.", "disability"),
    ("Whether or not you have a disability, tell us what you need.", "disability"),
    ("The office is on the Isle of Man.", "gendered_term"),
    ("You will support a women's refuge.", "gendered_term"),
    ("Staff over 30 hours a week get a bonus.", "age"),
    ("We run groups for young people aged 11 to 19.", "age"),
    ("Applicants must be over the age of 18.", "age"),
    ("You will work with young children and their families.", "age"),
    ("You will manage the team's workload.", "gendered_term"),
    ("The Human Resources manager will shortlist.", "gendered_term"),
    ("Disclosure and Barring Service (DBS) check required.", "unexplained_acronym"),
    ("The NHS and the UK government fund this post.", "unexplained_acronym"),
    ("ABOUT THE ROLE AND THE TEAM", "unexplained_acronym"),
    ("Could you help us find 40 more foster families? Our fostering team will train you.", "complex_word"),
    # short headings of ordinary words (batch 22, read after its blind score)
    ("THE JOB\nYou will keep the weighbridge records.\n\nHOW TO APPLY\nApply online.", "unexplained_acronym"),
    ("WHO WE ARE\nWe are a drug and alcohol service.", "unexplained_acronym"),
    # a sex, religion or family word is not a finding without a requirement cue, or in a lawful setting
    ("You will support women and girls affected by domestic abuse.", "gendered_term"),
    ("This post is open to women only: an occupational requirement under Schedule 9.", "gendered_term"),
    ("You will run a weekly group for young men at risk of exclusion.", "age"),
    ("You will work in our women's refuge.", "gendered_term"),
    ("You will support girls' football clubs across the borough.", "gendered_term"),
    ("The team is male-dominated and we would like that to change.", "gendered_term"),
    ("Foster carers can be single people, couples, mothers and fathers.", "gendered_term"),
    ("Our staff get enhanced maternity pay and shared parental leave.", "gendered_term"),
    ("We are looking for someone to support men and women in recovery.", "gendered_term"),
    ("Men are not required to wear ties.", "gendered_term"),
    ("You will support the Catholic ethos of St Mary's Catholic Primary School.", "race_nationality"),
    ("You will organise Christian, Muslim and Jewish festival events for the library.", "race_nationality"),
    ("You will help residents who have lived in the borough for many years.", "race_nationality"),
    ("Knowledge of UK housing law is essential.", "race_nationality"),
    ("UK or equivalent qualifications are essential.", "race_nationality"),
    (
        "Staff must be clean-shaven where a tight-fitting respirator is worn, for face-fit testing.",
        "race_nationality",
    ),
    ("Having a criminal record will not necessarily bar you from working with us.", "unnecessary_requirement"),
    ("We welcome applications from people with convictions.", "unnecessary_requirement"),
    ("You will support unpaid carers across the borough.", "socioeconomic"),
    ("Volunteers are recruited on an unpaid basis for the festival.", "socioeconomic"),
    ("You will drive a council car between visits.", "socioeconomic"),
    ("We need someone who can explain UCAS applications to sixth formers.", "socioeconomic"),
    ("The job involves working at heights of over 2 metres using a harness.", "disability"),
    ("You must be able to lift boxes of up to 10kg as the job involves moving stock.", "disability"),
    ("You will support people with learning disabilities to live independently.", "disability"),
    ("Our employee assistance programme is available 24/7.", "exclusionary_jargon"),
    ("You will be available 24/7 on a rota, one week in six.", "exclusionary_jargon"),
    ("You will support hungry families through the food bank.", "exclusionary_jargon"),
    ("We will support you to gain chartered status.", "unnecessary_requirement"),
    ("You will be working towards membership of the Chartered Institute of Housing.", "unnecessary_requirement"),
    ("Essential\n- Customer service experience\n- Excel\nDesirable\n- A degree", "unnecessary_requirement"),
    ("You will teach GCSE maths to Year 10 pupils.", "age"),
    ("You will run activities for over-50s at the leisure centre.", "age"),
    ("The service supports 16-25 year olds leaving care.", "age"),
    ("You will hold a postgraduate qualification in archive management.", "unnecessary_requirement"),
    ("You will support residents with no fixed abode.", "socioeconomic"),
    ("You will help tenants with rent arrears and debts.", "socioeconomic"),
    ("You will support refugees and asylum seekers to settle in the borough.", "race_nationality"),
    ("We are looking for someone who can work with Gypsy, Roma and Traveller communities.", "race_nationality"),
    ("You will support residents with long-term conditions.", "disability"),
    ("You will work with women's groups and men's sheds across the borough.", "gendered_term"),
    ("Our leisure centres have male and female changing rooms.", "gendered_term"),
    # the cue has to lead up to the attribute: working with a group is not wanting it
    ("You will be working with women and children fleeing abuse.", "gendered_term"),
    ("You must support women into work.", "gendered_term"),
    ("We are looking for someone to support women into work.", "gendered_term"),
    ("You will be supporting Muslim families during Ramadan.", "race_nationality"),
    ("You will be supporting students with their applications.", "age"),
    ("You will be a graduate or have equivalent experience.", "unnecessary_requirement"),
    ("You will work with the Polish community centre.", "race_nationality"),
    # words that describe plans, places, services or hours, not the person wanted
    ("We have a track record of more than 30 years in regeneration.", "age"),
    ("The area is up-and-coming.", "age"),
    ("You will wind down the old system.", "age"),
    ("You will write clear, polished reports.", "socioeconomic"),
    ("Self-funded residents can ask us for advice.", "socioeconomic"),
    ("No child should go hungry.", "exclusionary_jargon"),
    ("We support work-family balance.", "exclusionary_jargon"),
    ("The hours will fit in around school times.", "exclusionary_jargon"),
    ("One of us will call you back.", "exclusionary_jargon"),
    ("Our visionary regeneration plans are under way.", "exclusionary_jargon"),
    ("Regional accents are welcome.", "race_nationality"),
    ("The team has low sickness levels.", "disability"),
    ("Our buildings are kept in good physical condition.", "disability"),
    ("You will run women only swimming sessions.", "gendered_term"),
    ("A degree would be an advantage.", "unnecessary_requirement"),
    ("Degree or equivalent experience essential.", "unnecessary_requirement"),
    ("Our contact centre is always available to residents.", "exclusionary_jargon"),
    # personal assistant and care adverts describe the person supported, not the person wanted
    ("You will support a gentleman with dementia to live in his own home.", "gendered_term"),
    ("We are looking for a PA to help a young woman with her shopping.", "gendered_term"),
    ("This volunteer role is unpaid; we pay your expenses.", "socioeconomic"),
    ("You will enjoy the hustle and bustle of the market.", "exclusionary_jargon"),
    ("We offer an attractive salary and pension.", "disability"),
]


@pytest.mark.parametrize(("text", "category"), NOT_FLAGGED)
def test_not_flagged(text: str, category: str) -> None:
    assert category not in categories(text)


CONTEXT = [
    # a licence is fine where the job involves driving; a degree where the profession needs one
    ("You must have a full driving licence.", "Minibus Driver", "disability", False),
    ("You must have a full driving licence for home visits.", "Care Assessor", "disability", False),
    ("You must have a full driving licence.", "Finance Assistant", "disability", True),
    ("You must have a degree in social work.", "Social Worker", "unnecessary_requirement", False),
    ("You must have a degree.", "Customer Services Adviser", "unnecessary_requirement", True),
    ("You must be able to stand for long periods.", "Catering Assistant", "disability", False),
    (
        "You will drive the pest control van. A driving licence is essential.",
        "Technician",
        "disability",
        False,
    ),
]


@pytest.mark.parametrize(("text", "title", "category", "expected"), CONTEXT)
def test_context_rules(text: str, title: str, category: str, expected: bool) -> None:
    assert (category in categories(text, title)) is expected


def test_negation_does_not_hide_jargon() -> None:
    assert ("complex_word", "stakeholders") in flagged("You are not afraid to challenge senior stakeholders.")


def test_inflections_and_case() -> None:
    found = flagged("YOUNG people? No: a younger, more ENERGETIC team utilising new tools.")
    assert ("age", "younger") in found
    assert ("age", "energetic") in found
    assert ("complex_word", "utilising") in found


def test_offsets_point_into_the_input() -> None:
    text = "Intro line\n\n• Must be a native speaker of English\n• Utilise Excel"
    for f in check_advert(text).findings:
        assert text[f.start : f.end] == f.text


def test_too_many_essential_criteria() -> None:
    items = "\n".join(f"- Criterion number {i} about the job" for i in range(1, 11))
    text = f"Essential criteria\n{items}\nDesirable\n- Something else"
    found = [f for f in check_advert(text).findings if f.rule == "requirement.too_many_essential"]
    assert len(found) == 1 and "10 essential criteria" in found[0].message


def test_a_long_bulleted_requirements_list_counts_too() -> None:
    items = "\n".join(f"- Criterion number {i} about the job" for i in range(1, 11))
    found = [
        f
        for f in check_advert(f"What you need\n{items}\nHow to apply\nOnline.").findings
        if f.rule == "requirement.too_many_essential"
    ]
    assert len(found) == 1 and "10 required criteria" in found[0].message


def test_prose_under_about_you_is_not_a_list_of_criteria() -> None:
    prose = "About you\n" + " ".join(f"Sentence {i} tells you about the team." for i in range(12))
    assert not [f for f in check_advert(prose).findings if f.rule == "requirement.too_many_essential"]


def test_few_essential_criteria_pass() -> None:
    items = "\n".join(f"- Criterion number {i} about the job" for i in range(1, 7))
    text = f"Essential criteria\n{items}\nDesirable\n- Something else"
    assert not [f for f in check_advert(text).findings if f.rule == "requirement.too_many_essential"]


def _essential_count(text: str) -> list[str]:
    return [f.message for f in check_advert(text).findings if f.rule == "requirement.too_many_essential"]


@pytest.mark.parametrize(
    ("items", "after", "flagged"),
    [
        # the paragraphs after the bullets are not criteria
        (
            [f"- Criterion {i} about the job" for i in range(1, 8)],
            "We welcome men. We are Disability Confident.",
            False,
        ),
        # numbered items count like bullets, and so do the paragraphs only when there are no items
        ([f"{i}. Criterion {i} about the job" for i in range(1, 9)], "Men are under-represented. Apply now.", False),
        ([f"{i}. Criterion {i} about the job" for i in range(1, 10)], "", True),
        ([f"({c}) Criterion {c} about the job" for c in "abcdefghi"], "", True),
        # what the employer arranges, or the applicant may gain later, is not a criterion
        (
            [f"- Criterion {i} about the job" for i in range(1, 9)]
            + ["- Police vetting, which we arrange", "- A licence, or willing to get one (we pay)"],
            "",
            False,
        ),
    ],
)
def test_essential_items_are_the_listed_criteria(items: list[str], after: str, flagged: bool) -> None:
    text = "Essential criteria\n" + "\n".join(items) + ("\n\n" + after if after else "")
    assert bool(_essential_count(text)) is flagged


def test_an_alongside_rule_adds_its_own_category_to_words_already_reported() -> None:
    """A minimum length of experience is an age risk and an unnecessary requirement: two findings, one each."""
    found = [
        (f.category, f.text)
        for f in check_advert("You must have at least 15 years' post-qualification experience.").findings
    ]
    cats = [c for c, _t in found if c in ("age", "unnecessary_requirement")]
    assert sorted(cats) == ["age", "unnecessary_requirement"]


def test_every_finding_is_explained() -> None:
    text = "A young rockstar salesman, a Russell Group graduate, native speaker, able-bodied. Utilise the DBS."
    for f in check_advert(text).findings:
        assert f.message and f.source


@pytest.mark.parametrize(
    "text",
    [
        "word " * 9_000,
        "a" * 49_000,
        "ABCDEF " * 7_000,
        "Women preferred. " * 2_900,
        "You must be a man in your twenties " * 1_400,
        "\n".join(f"You need the A{chr(65 + i % 26)}{chr(65 + (i // 26) % 26)} check." for i in range(1_300)),
    ],
)
def test_long_or_odd_input_stays_fast(text: str) -> None:
    import time

    started = time.perf_counter()
    check_advert(text[:50_000])
    assert time.perf_counter() - started < 3.0


# Lexicon 2026.11.23-8: each class is tested with wordings other than the one that revealed it,
# and with the lawful or unrelated wordings that must stay quiet. (text, title, category)
CLASSES_FLAGGED = [
    # disability: any health history, sickness thresholds, body shape, "unaided", tasks a desk job lacks
    ("No history of back trouble, as the job involves lifting.", None, "disability"),
    ("You must have no history of heart problems.", None, "disability"),
    ("Applicants should be free from back injuries.", None, "disability"),
    ("No previous knee or joint problems.", None, "disability"),
    ("You must never have suffered from depression.", None, "disability"),
    ("Candidates must have no pre-existing medical conditions.", None, "disability"),
    ("You must have no mobility issues.", None, "disability"),
    ("You must not be on any regular medication.", None, "disability"),
    ("Essential:\n- No history of musculoskeletal injury\n- Good IT skills", None, "disability"),
    ("A good health record is essential.", None, "disability"),
    ("You must have an impeccable attendance record.", None, "disability"),
    ("Essential:\n- Flawless attendance history\n- Excel", None, "disability"),
    ("No more than three days' sickness absence in the last two years.", None, "disability"),
    ("You must have had fewer than 5 days off sick in the past year.", None, "disability"),
    ("Candidates must have a Bradford Factor score below 50.", None, "disability"),
    ("As the face of the centre, you will need to have a gym-ready physique.", None, "disability"),
    ("You will need an athletic build.", None, "disability"),
    ("Instructors must be in peak physical shape.", None, "disability"),
    ("Able to climb ladders and lift boxes unaided.", "Library Supervisor", "disability"),
    ("You must be able to carry parcels up stairs without assistance.", "Administrator", "disability"),
    ("Essential:\n- Able to kneel and bend to reach low shelves\n- Customer care", "Library Assistant", "disability"),
    ("About you\n- Able to climb stairs several times a day\n- Good with people", "Receptionist", "disability"),
    ("You must have full use of both hands.", None, "disability"),
    ("Essential\n- Good health\n- IT skills", None, "disability"),
    ("Good health is essential.", None, "disability"),
    # unnecessary requirements
    (
        "Essential:\n- Educated to A-level standard\n- Good customer service",
        "Recycling Operative",
        "unnecessary_requirement",
    ),
    ("You must be educated to HND level.", "Porter", "unnecessary_requirement"),
    ("A minimum of two A levels is required.", "Receptionist", "unnecessary_requirement"),
    (
        "What we're looking for\n- A degree in Horticulture\n- Plant knowledge",
        "Parks Gardener",
        "unnecessary_requirement",
    ),
    (
        "About you\n- You will have a degree in English\n- Good with people",
        "Library Assistant",
        "unnecessary_requirement",
    ),
    (
        "What we need from you\n- A Computer Science degree (2:1 or above)",
        "IT Service Desk Analyst",
        "unnecessary_requirement",
    ),
    ("A first-class honours degree in Sport Science is essential.", "Receptionist", "unnecessary_requirement"),
    ("A typing speed of at least 50 words per minute is essential.", "Library Supervisor", "unnecessary_requirement"),
    ("You must type at 60 wpm.", "Administrator", "unnecessary_requirement"),
    ("You must hold the ECDL certificate.", "Administrator", "unnecessary_requirement"),
    ("Previous local government experience is essential.", "Admin Assistant", "unnecessary_requirement"),
    ("You must have worked in the public sector.", "Receptionist", "unnecessary_requirement"),
    ("You must be CIPD Level 7 qualified.", "HR Assistant", "unnecessary_requirement"),
    ("You must have no convictions of any kind.", None, "unnecessary_requirement"),
    # socioeconomic
    ("You will be expected to supply your own hand tools.", None, "socioeconomic"),
    ("What we need from you\n- For home working days, your own laptop and fast broadband", None, "socioeconomic"),
    ("Staff are required to buy their own uniform.", None, "socioeconomic"),
    ("Own transport is essential as sites are not on a bus route.", None, "socioeconomic"),
    ("An unpaid two-week trial is required.", None, "socioeconomic"),
    ("A good credit history is essential.", None, "socioeconomic"),
    ("A first-class degree from a top university is essential.", "Planning Officer", "socioeconomic"),
    # age
    ("This job would best suit someone no more than five years post-qualification.", None, "age"),
    ("Maximum 4 years PQE.", None, "age"),
    ("Ideal for someone qualified within the last three years.", None, "age"),
    ("This role would particularly suit older women with plenty of life experience.", None, "age"),
    ("Younger applicants preferred.", None, "age"),
    ("We want a lively team member.", None, "age"),
    ("Ideal for an early-career professional.", None, "age"),
    ("A perfect first job for someone who has just left school.", None, "age"),
    # race and nationality: any accent requirement
    ("You will have a neutral English accent.", None, "race_nationality"),
    ("You must have a standard British accent.", None, "race_nationality"),
    ("No strong regional accents, please.", None, "race_nationality"),
    ("Strong accents are not suitable for this role.", None, "race_nationality"),
    # exclusionary jargon
    ("Someone who will slot straight into our close-knit team.", None, "exclusionary_jargon"),
    ("Someone who will blend in with the crew.", None, "exclusionary_jargon"),
    ("We want someone who'll fit right in.", None, "exclusionary_jargon"),
    ("You can handle the workshop humour.", None, "exclusionary_jargon"),
    ("You must be able to take a joke.", None, "exclusionary_jargon"),
    ("Join our gym-bro crowd.", None, "exclusionary_jargon"),
    ("We're a tough crowd - no snowflakes.", None, "exclusionary_jargon"),
    ("We are after a bubbly, attractive receptionist.", None, "exclusionary_jargon"),
    # gendered terms
    ("We want a grafter who is one of the boys.", None, "gendered_term"),
    ("Good man-management skills.", None, "gendered_term"),
    ("We need a fatherly figure for the youth club.", None, "gendered_term"),
    ("We are seeking a strong, independent woman.", None, "gendered_term"),
    # gender-coded words describing the person wanted
    ("You'll be our Excel whizz.", None, "exclusionary_jargon"),
    ("You will be happy to answer emails at weekends.", None, "exclusionary_jargon"),
    ("This role suits new graduates.", None, "age"),
    ("Candidates should be between 25 and 40 years old.", None, "age"),
    ("Must be 21 or over.", None, "age"),
    ("You must be fit, as the job is physically demanding.", "Admin Assistant", "disability"),
    ("A high level of fitness is required.", "Receptionist", "disability"),
    ("The role requires someone who is not disabled.", None, "disability"),
    ("You must own a smartphone.", None, "socioeconomic"),
    ("You'll work some weekends unpaid.", None, "socioeconomic"),
    ("We want a strong lad for the stores.", None, "gendered_term"),
    ("You must have been educated in the UK.", None, "race_nationality"),
    ("The ideal candidate will be from a good family.", None, "socioeconomic"),
    ("Candidates must be able to fund their own travel to interview.", None, "socioeconomic"),
    ("This isn't a 9 to 5 job.", None, "exclusionary_jargon"),
    ("Graduates from the last two years only.", None, "age"),
    ("Ideal for someone starting their career.", None, "age"),
    ("No older applicants.", None, "age"),
    ("We are seeking a confident, ambitious leader.", None, "gender_masculine"),
    ("You will need to be physically fit and self-reliant.", None, "gender_masculine"),
    ("You are compassionate and supportive.", None, "gender_feminine"),
    ("What we're looking for\n- A decisive manager who stays calm", None, "gender_masculine"),
    # held-out 5 families, each probed with wordings other than the one seen
    ("Don't expect any hand-holding: you run your own caseload.", None, "exclusionary_jargon"),
    ("We won't spoon-feed you.", None, "exclusionary_jargon"),
    ("You'll be thrown in at the deep end from day one.", None, "exclusionary_jargon"),
    ("There's no babysitting here.", None, "exclusionary_jargon"),
    ("New starters are left to fend for themselves.", None, "exclusionary_jargon"),
    ("There's lots of leg-pulling, so you'll need to dish it out too.", None, "exclusionary_jargon"),
    ("Not a place for anyone easily offended.", None, "exclusionary_jargon"),
    ("You must not take things personally in our yard.", None, "exclusionary_jargon"),
    ("We need someone who can blend straight in.", None, "exclusionary_jargon"),
    ("You'll know your Monet from your Manet.", None, "exclusionary_jargon"),
    ("You can tell a Chippendale from a Sheraton.", None, "exclusionary_jargon"),
    ("The job is a three-man operation.", None, "gendered_term"),
    ("You'll be a one-man band in the depot.", None, "gendered_term"),
    ("Our refuse men start at 6am.", None, "gendered_term"),
    ("Our maintenance blokes will show you the ropes.", None, "gendered_term"),
    ("You will support the Head of Service and her management team.", None, "gendered_term"),
    ("You will report to the Finance Manager and his deputy.", None, "gendered_term"),
    ("Not suitable for anyone with a bad back.", None, "disability"),
    ("No dodgy hips or weak hearts, please.", None, "disability"),
    ("You'll need a strong back and good knees.", None, "disability"),
    ("We will not appoint anyone with epilepsy.", None, "disability"),
    ("We cannot accept candidates who have had depression.", None, "disability"),
    ("We are unable to consider applicants with a history of mental illness.", None, "disability"),
    ("You must be able to stand throughout long council meetings.", "Democratic Services Officer", "disability"),
    ("Essential:\n- Able to remain on your feet for a full shift\n- Excel", "Receptionist", "disability"),
    ("You will need to be on your feet all morning.", "Library Assistant", "disability"),
    ("Having grown up with smartphones, you'll pick up our apps fast.", None, "age"),
    ("You'll be part of the TikTok generation.", None, "age"),
    ("You'll be old enough to remember life before the internet.", None, "age"),
    ("Ideal for someone in the early stages of their professional career.", None, "age"),
    ("Best suited to someone early on in their legal career.", None, "age"),
    ("We want no more than six years in post.", None, "age"),
    ("Candidates with no more than ten years in the profession.", None, "age"),
    ("Applicants need five years' UK residency.", None, "race_nationality"),
    ("You must have been resident in the UK continuously for ten years.", None, "race_nationality"),
    ("UK residence of at least 3 years is essential.", None, "race_nationality"),
    ("We want someone with deep roots in the town.", None, "race_nationality"),
    ("Ideally your family will go back generations in the parish.", None, "race_nationality"),
    ("A deeply rooted attachment to the borough.", None, "race_nationality"),
    ("You'll have a background at a Big Four firm.", None, "socioeconomic"),
    ("Blue-chip experience preferred.", None, "socioeconomic"),
    ("Experience in a top-tier consultancy is essential.", None, "socioeconomic"),
    ("You'll be at ease at gala dinners and drinks receptions.", None, "socioeconomic"),
    ("We need someone with real social graces.", None, "socioeconomic"),
    ("Essential\n- Twelve months of voluntary experience in a gallery\n- Excel", None, "socioeconomic"),
    ("You must have completed an unpaid internship.", None, "socioeconomic"),
    ("You will need to provide a laptop.", None, "socioeconomic"),
    ("Staff are expected to buy a set of tools.", None, "socioeconomic"),
    ("Safety boots, which staff supply themselves.", None, "socioeconomic"),
    ("About you\n- Five years' experience in customer service\n- Friendly", "Receptionist", "unnecessary_requirement"),
    ("A minimum of 7 years' experience in housing is required.", "Housing Officer", "unnecessary_requirement"),
    ("Person specification\n- Available at all times, including bank holidays", None, "unnecessary_requirement"),
    ("You must be contactable at short notice.", None, "unnecessary_requirement"),
    ("Essential\n- Contactable at short notice day or night\n- Excel", None, "unnecessary_requirement"),
    ("Essential\n- Ex-forces background\n- Excel", "Car Park Attendant", "unnecessary_requirement"),
    ("Former police officers preferred.", "Community Safety Officer", "unnecessary_requirement"),
    (
        "Full training is given.\nEssential\n- Previous experience as a driver's mate\n- Punctual",
        "Refuse Loader",
        "unnecessary_requirement",
    ),
    (
        "Full training given.\nEssential\n- NVQ Level 2 in Customer Service\n- Punctual",
        "Leisure Receptionist",
        "unnecessary_requirement",
    ),
    ("Essential\n- A City & Guilds certificate in horticulture", "Parks Attendant", "unnecessary_requirement"),
    ("Essential\n- Able to read Latin\n- Excel", "Heritage Assistant", "unnecessary_requirement"),
    ("You must have a good knowledge of palaeography.", "Records Assistant", "unnecessary_requirement"),
    (
        "Person specification\n- MRTPI essential\n- Knowledge of planning law",
        "Planning Officer",
        "unnecessary_requirement",
    ),
    ("You must be a chartered surveyor.", "Estates Officer", "unnecessary_requirement"),
    ("Essential\n- Robust physical and mental health\n- Excel", None, "disability"),
    ("About you\n- Sound mental health", None, "disability"),
    ("You must be in excellent physical and mental health.", None, "disability"),
    # a second ring: wordings no batch has used yet, one or more per family
    ("We're a team of twenty-somethings, so you'll fit right in.", None, "age"),
    ("The role would suit someone looking to wind down towards retirement.", None, "age"),
    ("You'll bring youthful enthusiasm to the team.", None, "age"),
    ("Perfect for a graduate starting out.", None, "age"),
    ("Applicants should be at an early stage of their working life.", None, "age"),
    ("We need someone with plenty of years ahead of them.", None, "age"),
    ("You'll have a young outlook and fresh ideas.", None, "age"),
    ("This is a junior post for someone aged 18-25.", None, "age"),
    ("Suitable for someone with a long career ahead.", None, "age"),
    ("Candidates must have graduated within the last two years.", None, "age"),
    ("Ideal for a mum returning to work now the kids are at school.", None, "gendered_term"),
    ("Must have been born after 1995.", None, "age"),
    ("Not suitable for anyone nearing retirement.", None, "age"),
    ("We want a young-at-heart, go-getting team member.", None, "age"),
    ("You'll be a digitally native communicator.", None, "age"),
    ("You must have 20/20 vision without glasses.", None, "disability"),
    ("Candidates must be of sound mind and body.", None, "disability"),
    ("You must not have any long-term health conditions.", None, "disability"),
    ("Candidates who are registered disabled cannot be considered for this post.", None, "disability"),
    ("No history of stress-related absence.", None, "disability"),
    ("You must be able to drive.", "Policy Officer", "disability"),
    (
        "You'll need to be fit enough to climb four flights of stairs several times a day.",
        "Admin Officer",
        "disability",
    ),
    ("Applicants must be in good physical shape.", None, "disability"),
    ("The role is unsuitable for people with mental health problems.", None, "disability"),
    ("Must not be on medication.", None, "disability"),
    ("Must have a clean medical history.", None, "disability"),
    ("Wheelchair users will find the building unsuitable, so please do not apply.", None, "disability"),
    ("You must be neurotypical.", None, "disability"),
    ("You need full use of both arms and legs.", None, "disability"),
    ("Applicants must be UK nationals.", None, "race_nationality"),
    ("You must speak English like a native.", None, "race_nationality"),
    ("You must hold British citizenship.", None, "race_nationality"),
    ("We're looking for a true local who knows the area inside out.", None, "race_nationality"),
    ("We want someone from the local community, born here.", None, "race_nationality"),
    ("A British upbringing is essential.", None, "race_nationality"),
    ("No afro hairstyles for front-of-house staff.", None, "race_nationality"),
    ("You must have an English-sounding name for the phones.", None, "race_nationality"),
    ("English must be your native language.", None, "race_nationality"),
    ("The successful candidate will have a Christian ethos.", None, "race_nationality"),
    ("Must be a native of the county.", None, "race_nationality"),
    ("Applicants with foreign degrees will not be considered.", None, "race_nationality"),
    ("A degree from a top-20 university.", None, "socioeconomic"),
    ("You must have attended a grammar school.", None, "socioeconomic"),
    ("We want someone from a professional family background.", None, "socioeconomic"),
    ("You'll need a home office and your own printer.", None, "socioeconomic"),
    ("You will be expected to pay for your own DBS check.", None, "socioeconomic"),
    ("The first three months are voluntary.", None, "socioeconomic"),
    ("Interviews are in London and we cannot pay travel costs.", None, "socioeconomic"),
    ("You must be able to afford to work unpaid for the first month.", None, "socioeconomic"),
    ("You should have well-connected networks in the arts world.", None, "socioeconomic"),
    ("A well-spoken, articulate manner with the right accent.", None, "socioeconomic"),
    ("Applicants must have a gap year or travel experience abroad.", None, "socioeconomic"),
    ("Public school background preferred.", None, "socioeconomic"),
    ("You will need to fund your own training course before you start.", None, "socioeconomic"),
    ("You must be a homeowner in the borough.", None, "socioeconomic"),
    ("We need a superstar who can hit the ground sprinting.", None, "exclusionary_jargon"),
    ("Only A-players need apply.", None, "exclusionary_jargon"),
    ("We're a family here, and we expect you to go above and beyond every day.", None, "exclusionary_jargon"),
    ("You'll need to be prepared to work whatever hours it takes.", None, "exclusionary_jargon"),
    ("Weekly pub quiz and Friday drinks are compulsory fun.", None, "exclusionary_jargon"),
    ("You'll need a hide like a rhino.", None, "exclusionary_jargon"),
    ("If you can't stand the heat, stay out of the kitchen.", None, "exclusionary_jargon"),
    ("We are a lean, mean machine.", None, "exclusionary_jargon"),
    ("You'll be a jack of all trades who never says no.", None, "exclusionary_jargon"),
    ("The team are a tight-knit bunch who socialise every weekend.", None, "exclusionary_jargon"),
    ("We want a pitbull in negotiations.", None, "exclusionary_jargon"),
    ("No whiners or shirkers.", None, "exclusionary_jargon"),
    ("You'll need to be a bit of a rottweiler.", None, "exclusionary_jargon"),
    ("Office banter is part and parcel of the job.", None, "exclusionary_jargon"),
    ("We work hard and party harder.", None, "exclusionary_jargon"),
    ("You'll need nerves of steel and a thick hide.", None, "exclusionary_jargon"),
    ("We don't do nine to five here.", None, "exclusionary_jargon"),
    ("Expect to take calls on your days off.", None, "exclusionary_jargon"),
    ("The successful applicant will report to the foreman.", None, "gendered_term"),
    ("Join our band of brothers at the depot.", None, "gendered_term"),
    ("We need a strong pair of male hands.", None, "gendered_term"),
    ("Ideal for a lady with a caring nature.", None, "gendered_term"),
    ("He will be responsible for the site.", None, "gendered_term"),
    ("This role would suit a handy chap.", None, "gendered_term"),
    ("We're after a motherly type for the nursery.", None, "gendered_term"),
    ("A female presence would balance the team.", None, "gendered_term"),
    ("Our girls on reception will show you the ropes.", None, "gendered_term"),
    ("You'll be one of the lads in no time.", None, "gendered_term"),
    ("Must not be planning a family in the next two years.", None, "gendered_term"),
    ("We need a man who can handle the heavy kit.", None, "gendered_term"),
    ("Manning the phones is a big part of the job.", None, "gendered_term"),
    ("The workmen start at 7.", None, "gendered_term"),
    ("She will keep the diary for the Leader.", None, "gendered_term"),
    ("Applicants must be male for this post.", None, "gendered_term"),
    ("Women may find the night shifts difficult.", None, "gendered_term"),
    ("A degree is essential.", "Receptionist", "unnecessary_requirement"),
    ("A degree in any subject is required.", "Admin Assistant", "unnecessary_requirement"),
    ("Graduates only.", "Customer Services Adviser", "unnecessary_requirement"),
    ("You must hold a PhD.", "Policy Officer", "unnecessary_requirement"),
    ("Essential\n- An MBA\n- Excel", "Business Support Officer", "unnecessary_requirement"),
    ("You must have a spotless criminal record, including spent convictions.", None, "unnecessary_requirement"),
    ("Must have at least 3 A-levels at grade B or above.", "Clerk", "unnecessary_requirement"),
    ("Experience of working in a council is essential.", "Cleaner", "unnecessary_requirement"),
    ("Experience in a similar role for a minimum of three years.", None, "unnecessary_requirement"),
    ("Ten years' management experience.", None, "unnecessary_requirement"),
    ("A minimum of 10 GCSEs at grade A.", None, "age"),
    ("You must have a HGV licence.", "Admin Assistant", "disability"),
    # a third ring
    ("A fresh pair of eyes straight from college.", None, "age"),
    ("Perfect for someone with their whole career ahead of them.", None, "age"),
    ("Candidates must be at least 25.", None, "age"),
    ("Older workers may struggle with the new system.", None, "age"),
    ("You must pass a full medical before interview.", None, "disability"),
    ("Please list your sickness absence over the last two years on the form.", None, "disability"),
    ("You must have no lifting restrictions.", None, "disability"),
    ("You will need a full range of movement.", None, "disability"),
    ("Mentally resilient, with no history of burnout.", None, "disability"),
    ("Local people will be given priority.", None, "race_nationality"),
    ("You must be from the local area.", None, "race_nationality"),
    ("We want someone of good British stock.", None, "race_nationality"),
    ("You'll need your own smart business wardrobe.", None, "socioeconomic"),
    ("You must have a dedicated home office.", None, "socioeconomic"),
    ("Applicants must have completed an internship at a national museum.", None, "socioeconomic"),
    ("You'll need broad shoulders in this team.", None, "exclusionary_jargon"),
    ("Not a job for shrinking violets.", None, "exclusionary_jargon"),
    ("We want an alpha personality.", None, "exclusionary_jargon"),
    ("It's survival of the fittest here.", None, "exclusionary_jargon"),
    ("You'll need to be sharp-elbowed.", None, "exclusionary_jargon"),
    ("You must love a pint after work.", None, "exclusionary_jargon"),
    ("A man of his word.", None, "gendered_term"),
    ("Ideal for a woman returner.", None, "gendered_term"),
    ("You must have held a similar post for three years.", None, "unnecessary_requirement"),
    ("Essential\n- An MA in Museum Studies\n- Excel", "Museum Assistant", "unnecessary_requirement"),
    ("We need a young pair of hands.", None, "age"),
    ("The job would suit a recent school-leaver.", None, "age"),
    ("Must be of British nationality.", None, "race_nationality"),
    ("English must be spoken as your native tongue.", None, "race_nationality"),
    ("A degree from a good university is essential.", None, "socioeconomic"),
    ("A strong, fit young man would suit this role.", None, "gendered_term"),
    ("Only people who can work full-time need apply.", None, "exclusionary_jargon"),
    ("Flexible working is not available and part-timers need not apply.", None, "exclusionary_jargon"),
    # the same families written as bare items in a requirements list
    ("What we're looking for\n- Aged between 25 and 40\n- Good IT skills", "Admin Assistant", "age"),
    ("What we're looking for\n- Under 35\n- Good IT skills", "Admin Assistant", "age"),
    ("What we're looking for\n- Male\n- Good IT skills", "Admin Assistant", "gendered_term"),
    ("What we're looking for\n- A young outlook\n- Good IT skills", "Admin Assistant", "age"),
    ("What we're looking for\n- No disabilities\n- Good IT skills", "Admin Assistant", "disability"),
    ("What we're looking for\n- British citizen\n- Good IT skills", "Admin Assistant", "race_nationality"),
    ("What we're looking for\n- Own car\n- Good IT skills", "Admin Assistant", "socioeconomic"),
    ("What we're looking for\n- Clean-shaven\n- Good IT skills", "Admin Assistant", "race_nationality"),
    ("What we're looking for\n- Physically fit\n- Good IT skills", "Admin Assistant", "disability"),
    ("What we're looking for\n- Native English\n- Good IT skills", "Admin Assistant", "race_nationality"),
    ("What we're looking for\n- 10+ years' experience\n- Good IT skills", "Admin Assistant", "unnecessary_requirement"),
    (
        "What we're looking for\n- Able to work any hours required\n- Good IT skills",
        "Admin Assistant",
        "unnecessary_requirement",
    ),
    ("What we're looking for\n- No childcare commitments\n- Good IT skills", "Admin Assistant", "gendered_term"),
    ("What we're looking for\n- Russell Group degree\n- Good IT skills", "Admin Assistant", "socioeconomic"),
    ("What we're looking for\n- Degree-educated\n- Good IT skills", "Admin Assistant", "unnecessary_requirement"),
    ("What we're looking for\n- A recent graduate\n- Good IT skills", "Admin Assistant", "age"),
    ("What we're looking for\n- Female\n- Good IT skills", "Admin Assistant", "gendered_term"),
    ("What we're looking for\n- Good health\n- Good IT skills", "Admin Assistant", "disability"),
    ("What we're looking for\n- Full driving licence\n- Good IT skills", "Admin Assistant", "disability"),
    ("What we're looking for\n- Christian\n- Good IT skills", "Admin Assistant", "race_nationality"),
    ("What we're looking for\n- Your own laptop\n- Good IT skills", "Admin Assistant", "socioeconomic"),
    ("What we're looking for\n- Unpaid trial week\n- Good IT skills", "Admin Assistant", "socioeconomic"),
    ("What we're looking for\n- A thick skin\n- Good IT skills", "Admin Assistant", "exclusionary_jargon"),
    ("What we're looking for\n- Culture fit\n- Good IT skills", "Admin Assistant", "exclusionary_jargon"),
    (
        "What we're looking for\n- Happy to work unpaid overtime\n- Good IT skills",
        "Admin Assistant",
        "exclusionary_jargon",
    ),
    ("What we're looking for\n- Excellent attendance record\n- Good IT skills", "Admin Assistant", "disability"),
    ("What we're looking for\n- No criminal record\n- Good IT skills", "Admin Assistant", "unnecessary_requirement"),
    ("What we're looking for\n- Mature and sensible\n- Good IT skills", "Admin Assistant", "age"),
    ("What we're looking for\n- Energetic\n- Good IT skills", "Admin Assistant", "age"),
    ("What we're looking for\n- Well-spoken\n- Good IT skills", "Admin Assistant", "socioeconomic"),
    ("What we're looking for\n- Privately educated\n- Good IT skills", "Admin Assistant", "socioeconomic"),
    (
        "What we're looking for\n- Chartered member of the CIH\n- Good IT skills",
        "Admin Assistant",
        "unnecessary_requirement",
    ),
    (
        "What we're looking for\n- Two years in a similar role\n- Good IT skills",
        "Admin Assistant",
        "unnecessary_requirement",
    ),
    ("What we're looking for\n- Not pregnant\n- Good IT skills", "Admin Assistant", "gendered_term"),
    ("What we're looking for\n- Accent-free English\n- Good IT skills", "Admin Assistant", "race_nationality"),
    ("What we're looking for\n- Born in the UK\n- Good IT skills", "Admin Assistant", "race_nationality"),
    (
        "What we're looking for\n- Lived in the district for 5+ years\n- Good IT skills",
        "Admin Assistant",
        "race_nationality",
    ),
    ("What we're looking for\n- A Master's degree\n- Good IT skills", "Admin Assistant", "unnecessary_requirement"),
    ("What we're looking for\n- Good eyesight and hearing\n- Good IT skills", "Admin Assistant", "disability"),
    ("What we're looking for\n- No mental health history\n- Good IT skills", "Admin Assistant", "disability"),
    # formal HR wording of the same families
    ("This opportunity is aimed at those in the early phase of their career.", None, "age"),
    ("Candidates must hold indefinite leave to remain.", None, "race_nationality"),
    ("Candidates with caring responsibilities may find the rota incompatible.", None, "gendered_term"),
    ("The role is unsuitable for individuals with young families.", None, "gendered_term"),
    ("Preference will be given to those educated at independent schools.", None, "socioeconomic"),
    ("Applicants must be able to self-fund travel across the county.", None, "socioeconomic"),
    ("A personal vehicle is a prerequisite.", None, "socioeconomic"),
    ("A robust constitution is essential.", None, "disability"),
    ("The ideal candidate will be unencumbered by outside commitments.", None, "gendered_term"),
    ("Total flexibility is required, including at short notice.", None, "unnecessary_requirement"),
    ("Candidates must be free of any impairment that could affect performance.", None, "disability"),
    ("Applicants should possess native-level command of English.", None, "race_nationality"),
    # classification cut-offs at any class, and costs passed to staff
    ("A 2:2 or above is required.", "Admin Officer", "socioeconomic"),
    ("You will need to pay for your own parking.", None, "socioeconomic"),
]

CLASSES_QUIET = [
    ("Tell us about any health condition so we can make adjustments.", None, "disability"),
    ("You will support people with a history of mental health problems.", None, "disability"),
    ("Our safety team keeps staff free from injury.", None, "disability"),
    ("You will advise managers on sickness absence cases.", None, "disability"),
    ("Our team has excellent attendance figures.", None, "disability"),
    ("Good attendance management is part of the job.", None, "disability"),
    ("We use the Bradford factor to manage absence.", None, "disability"),
    ("The job involves lifting boxes of up to 15kg; we will discuss adjustments.", "Library Assistant", "disability"),
    (
        "Essential:\n- Able to lift and carry equipment\n- Driving licence",
        "Grounds Maintenance Operative",
        "disability",
    ),
    ("Our parks are kept in top shape.", None, "disability"),
    ("You will help residents manage their medication.", None, "disability"),
    (
        "You will need a full driving licence, as you will drive the team's tipper truck.",
        "Parks Gardener",
        "disability",
    ),
    ("About you\n- Experience of working with people with mental health problems", None, "disability"),
    ("We offer an attractive salary and benefits.", None, "exclusionary_jargon"),
    ("You will make our libraries attractive places to visit.", None, "exclusionary_jargon"),
    ("Pool cars are available, or you can use your own vehicle and claim mileage.", None, "socioeconomic"),
    ("If you have your own car, we pay mileage.", None, "socioeconomic"),
    ("We provide a laptop, so you don't need your own equipment.", None, "socioeconomic"),
    ("Your own tools will be provided by us.", None, "socioeconomic"),
    ("You must have a full UK driving licence and access to a car for site visits.", None, "socioeconomic"),
    ("Staff can take unpaid leave for caring.", None, "socioeconomic"),
    ("You will check tenants' credit history.", None, "socioeconomic"),
    ("Educated to A-level standard or equivalent.", "Admin Officer", "unnecessary_requirement"),
    ("You will teach A-level maths.", "Teacher", "unnecessary_requirement"),
    (
        "What you need\n- a degree in environmental health accredited by the CIEH",
        "Environmental Health Officer",
        "unnecessary_requirement",
    ),
    ("What you need\n- A degree or equivalent experience", "Policy Officer", "unnecessary_requirement"),
    ("A degree from a Russell Group university is essential.", "Trading Standards Officer", "unnecessary_requirement"),
    ("You will type letters and take minutes.", None, "unnecessary_requirement"),
    ("You don't need council experience.", "Admin Assistant", "unnecessary_requirement"),
    ("Experience in local government is desirable.", "Admin Assistant", "unnecessary_requirement"),
    (
        "Experience of working in local government is essential.",
        "Head of Democratic Services",
        "unnecessary_requirement",
    ),
    ("You must hold CIPD Level 7.", "Senior HR Business Partner", "unnecessary_requirement"),
    ("We will fund your CIPD Level 3 qualification.", "HR Assistant", "unnecessary_requirement"),
    ("You will support older people in their homes.", None, "age"),
    ("We welcome applications from older workers, who are under-represented.", None, "age"),
    ("We want a lively debate about the budget.", None, "age"),
    ("You will help young people find their first job.", None, "age"),
    ("All accents welcome.", None, "race_nationality"),
    ("You will help residents with a strong accent who find our phone line hard.", None, "race_nationality"),
    ("The hours fit in around school drop-off.", None, "exclusionary_jargon"),
    ("You will fit in new equipment in the gym.", None, "exclusionary_jargon"),
    ("We work together and have a sense of humour.", None, "exclusionary_jargon"),
    (
        "This post is open to women only, under Schedule 9.\nThe role would suit women with refuge experience.",
        None,
        "gendered_term",
    ),
    ("You will support residents and make decisions on cases.", None, "gender_feminine"),
    ("You will support residents and make decisions on cases.", None, "gender_masculine"),
    ("We give every visitor a warm welcome.", None, "gender_feminine"),
    ("You will lead the team and respond to complaints.", None, "gender_masculine"),
    ("You'll be a confident user of Excel.", None, "gender_masculine"),
    ("About you\n- Confident using Microsoft Excel", None, "gender_masculine"),
    ("About you\n- Understanding of housing law", None, "gender_feminine"),
    ("Trading Standards protect consumers and honest businesses.", None, "gender_feminine"),
    ("No matter your accent, background or age, we want to hear from you.", None, "race_nationality"),
    ("Our lunch club is perfect for older people who want company.", None, "age"),
    ("There is a strong body of evidence for early help.", None, "disability"),
    ("You will help clients improve their physique and fitness.", "Fitness Instructor", "disability"),
    ("You will be responsible for your own equipment and tools.", None, "socioeconomic"),
    ("You must be qualified to Level 3 in Health and Social Care.", "Care Worker", "unnecessary_requirement"),
    ("What you need\n- Experience of working in local government", "Policy Officer", "unnecessary_requirement"),
    ("About you\n- Analytical skills\n- Interpersonal skills", None, "gender_masculine"),
    ("About you\n- Analytical skills\n- Interpersonal skills", None, "gender_feminine"),
    ("You must have a typing speed of 60 wpm.", "Medical Secretary", "unnecessary_requirement"),
    ("The new system must be fit for purpose.", None, "disability"),
    ("A good level of fitness is needed for pool rescues.", "Lifeguard", "disability"),
    ("You will run fitness classes for older residents.", "Leisure Assistant", "disability"),
    ("We will give you a laptop and a mobile phone.", None, "socioeconomic"),
    ("Whether or not you are disabled, tell us what you need.", None, "disability"),
    ("You can use a pool car or your own car and claim mileage.", None, "socioeconomic"),
    (
        "You will help families who cover their own travel to hospital.",
        "Family Support Worker",
        "unnecessary_requirement",
    ),
    ("We reimburse travel to interview.", None, "socioeconomic"),
    ("You will support residents educated in the UK and overseas.", None, "race_nationality"),
    ("You will advise people starting their careers.", "Careers Adviser", "age"),
    ("What you need\n- Good health and safety knowledge", None, "disability"),
    ("What you need\n- Students on placement will be supported by you", None, "age"),
    ("About you\n- Christian, Muslim and other faith groups are partners we work with", None, "race_nationality"),
    # lawful neighbours of the held-out 5 families
    ("Please hold the handrail on the stairs.", None, "exclusionary_jargon"),
    ("We will hold your hand through the first month with a mentor.", None, "exclusionary_jargon"),
    ("We offer swimming lessons in the deep end and shallow end.", None, "exclusionary_jargon"),
    ("You will help residents tell their story from their own point of view.", None, "exclusionary_jargon"),
    ("You will know the difference between a tenancy and a licence.", None, "exclusionary_jargon"),
    ("You will settle in with a full induction.", None, "exclusionary_jargon"),
    ("You will work with young men in the youth club.", None, "gendered_term"),
    ("Our men's health clinic is busy.", None, "gendered_term"),
    ("Our men and women serve the borough.", None, "gendered_term"),
    ("A two-person team on each shift.", None, "gendered_term"),
    ("The programme takes 2,000 person-hours.", None, "gendered_term"),
    ("You will help a resident and her family find a home.", None, "gendered_term"),
    ("You will help residents with bad backs get adaptations.", None, "disability"),
    ("We have a strong back-office team.", None, "disability"),
    ("Tell us about any condition so we can consider adjustments.", None, "disability"),
    ("We will consider anyone with relevant experience.", None, "disability"),
    ("Much of the day is spent on your feet; seating is available.", "Library Assistant", "disability"),
    ("You must be able to stand in the road with your sign.", "School Crossing Patrol", "disability"),
    ("Able to stand for long periods in the kitchen.", "Catering Assistant", "disability"),
    ("You will help people who grew up in care.", None, "age"),
    ("We remember the residents we lost this year.", None, "age"),
    ("We support people in the early stages of dementia.", None, "age"),
    ("Ten years' residence of the mayor's family in the Mansion House ended in 2020.", None, "age"),
    ("The market has served the town for generations.", None, "race_nationality"),
    ("Knowledge of the district's communities, or keen to learn it.", None, "race_nationality"),
    ("Police vetting is needed; it has a three-year residence rule, which we will explain.", None, "age"),
    ("We buy from blue-chip suppliers and small local firms.", None, "socioeconomic"),
    ("You will organise black-tie dinners for the Mayor.", None, "socioeconomic"),
    ("Experience with the public, paid or unpaid.", None, "socioeconomic"),
    ("Essential\n- Experience of paid or voluntary work with children", None, "socioeconomic"),
    ("You will manage our volunteers and voluntary sector partners.", None, "socioeconomic"),
    ("We will provide a laptop and phone.", None, "socioeconomic"),
    ("You will provide advice to tenants yourself.", None, "socioeconomic"),
    ("Our helpline is available 24/7.", None, "unnecessary_requirement"),
    ("You must be available on call one week in five on a rota.", None, "unnecessary_requirement"),
    ("We guarantee an interview to armed forces veterans.", None, "unnecessary_requirement"),
    ("You will work closely with the police.", None, "unnecessary_requirement"),
    (
        "Essential\n- Previous experience in customer service\n- Punctual",
        "Customer Services Adviser",
        "unnecessary_requirement",
    ),
    (
        "Full training given.\nEssential\n- Level 2 Food Hygiene, or willing to gain it\n- Punctual",
        "Catering Assistant",
        "unnecessary_requirement",
    ),
    ("Essential\n- Level 3 Early Years qualification", "Early Years Practitioner", "unnecessary_requirement"),
    ("Essential\n- A reading knowledge of Latin", "Archivist", "unnecessary_requirement"),
    ("You must be a chartered accountant (CCAB).", "Chief Accountant", "unnecessary_requirement"),
    ("We will support you to become chartered.", "Procurement Officer", "unnecessary_requirement"),
    ("About you\n- Good mental health awareness", None, "disability"),
    ("You will promote good physical and mental health in schools.", None, "disability"),
    # lawful neighbours of the second ring
    ("You will advise staff approaching retirement on their pension options.", None, "age"),
    ("We help residents nearing retirement age with benefits.", None, "age"),
    ("Women may find our menopause policy helpful.", None, "gendered_term"),
    ("Men will find a men's health clinic on site.", None, "gendered_term"),
    (
        "This post is a female role model for girls in the project, an occupational requirement under Schedule 9.",
        None,
        "gendered_term",
    ),
    ("We support genuine local businesses.", None, "race_nationality"),
    ("You will plant species that are native to the area.", None, "race_nationality"),
    ("You will work in the professional family support team.", None, "socioeconomic"),
    ("We provide a comfortable home for older residents.", None, "socioeconomic"),
    ("You will be well connected in the local community.", None, "socioeconomic"),
    ("The office is well-connected by bus and rail.", None, "socioeconomic"),
    ("We pay interview travel costs.", None, "socioeconomic"),
    ("You will help schools that are fee-paying and state schools alike.", None, "socioeconomic"),
    ("We're recruiting a Mother and Baby Unit nurse.", None, "gendered_term"),
    ("You will support a mum with her housing application.", None, "gendered_term"),
    ("Ideal for someone who enjoys working with people.", None, "age"),
    ("You'll be supporting women and girls.", None, "gendered_term"),
    ("You'll have a degree or equivalent experience.", "Policy Officer", "unnecessary_requirement"),
    ("You'll be working with older people.", None, "age"),
    ("The successful candidate will have a DBS check.", None, "race_nationality"),
    ("Full training given; no previous experience needed.", "Refuse Loader", "unnecessary_requirement"),
    ("You must have a HGV licence, as you will drive the gritter.", "Highways Operative", "disability"),
    # lawful neighbours of the third ring
    ("You must be at least 18.", None, "age"),
    ("You must be aged 18 or over to serve alcohol.", None, "age"),
    ("There is a full medical after a job offer.", None, "disability"),
    ("Tell us about any adjustments you need for the interview.", None, "disability"),
    ("You will record staff sickness absence over the last year for the report.", None, "disability"),
    ("We prioritise local suppliers.", None, "race_nationality"),
    ("We buy from local stock suppliers.", None, "race_nationality"),
    ("You will be from a finance or audit background.", None, "race_nationality"),
    ("We can lend you a suit for interview.", None, "socioeconomic"),
    ("You will run our internship programme, which pays the Real Living Wage.", None, "socioeconomic"),
    ("We have a suite of offices in the Town Hall.", None, "socioeconomic"),
    ("Essential\n- An MA in Museum Studies", "Curator", "unnecessary_requirement"),
    ("Ma and Pa Kettle visited the museum.", "Museum Assistant", "unnecessary_requirement"),
    ("Not for the first time, we are recruiting.", None, "exclusionary_jargon"),
    ("You will have broad knowledge of housing law.", None, "exclusionary_jargon"),
    ("No place for discrimination here.", None, "exclusionary_jargon"),
    ("You will need a head for figures.", None, "exclusionary_jargon"),
    ("You must have held a driving licence for two years.", "Minibus Driver", "unnecessary_requirement"),
    # partnership experience and compliance certificates are not backgrounds or academic screens
    (
        "What you need\n- Experience of working with the police and housing providers",
        "Community Safety Officer",
        "unnecessary_requirement",
    ),
    ("Essential\n- Level 2 Food Hygiene Certificate", "Catering Assistant", "unnecessary_requirement"),
    # lists of service users and offers are not requirements
    ("Who can use the gym\n- Over 60s\n- Under 25", None, "age"),
    ("What we offer\n- Over 25 days of leave", None, "age"),
    ("You can work any hours that suit you between 7am and 7pm.", None, "unnecessary_requirement"),
    # lawful formal neighbours
    ("You must have the right to work in the UK, for example settled status or a visa.", None, "race_nationality"),
    ("You will support parents with caring responsibilities.", None, "gendered_term"),
    ("We offer flexibility for people with young families.", None, "gendered_term"),
    ("You can use a personal vehicle and claim mileage.", None, "socioeconomic"),
    ("We offer total flexibility over your hours.", None, "unnecessary_requirement"),
    ("You will visit independent schools and state schools.", None, "socioeconomic"),
    ("We pay for your parking.", None, "socioeconomic"),
]


@pytest.mark.parametrize(("text", "title", "category"), CLASSES_FLAGGED)
def test_pattern_classes_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), CLASSES_QUIET)
def test_pattern_classes_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)


@pytest.mark.parametrize(("text", "phrase"), [
    ("You will undertake site inspections across the borough.", "undertake"),
    ("Invoices must be paid in a timely manner.", "in a timely manner"),
    ("In the first instance, please email the hiring manager.", "in the first instance"),
    ("Staff must adhere to the lone working policy.", "adhere to"),
    ("The aforementioned duties may change.", "aforementioned"),
    ("You will rectify faults reported by tenants.", "rectify"),
    ("The appointee will report to the Head of Service.", "appointee"),
    ("Keep contemporaneous notes of every visit.", "contemporaneous"),
    ("You will synthesise feedback from residents.", "synthesise"),
    ("We need someone who can deliver at pace.", "at pace"),
    ("Horizon-scanning for new legislation is part of the job.", "horizon-scanning"),
    ("We envisage the post holder will travel weekly.", "envisage"),
])
def test_more_plain_english_alternatives(text: str, phrase: str) -> None:
    assert ("complex_word", phrase.lower()) in flagged(text)


@pytest.mark.parametrize("text", [
    "You will ensure residents get the help they need.",
    "You will obtain quotes from contractors.",
    "You will advise tenants on their options.",
    "A degree or equivalent experience.",
    "The salary is £28,000 per annum.",
])
def test_everyday_words_the_batches_leave_unmarked_stay(text: str) -> None:
    assert "complex_word" not in categories(text)
