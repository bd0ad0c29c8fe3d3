"""Batch 11 round: the kinds the blind batch 11 missed (scored once at c6900f6), each written as fresh
sentences, not copied from the batch. FLAGGED rows must give their category; QUIET rows are lawful
neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

BATCH11_FLAGGED = [
    # gendered: -men compounds, idioms with "man", the team as boys or girls, staff as mums
    ("We have more than 80 dustmen and postmen on the rota.", None, "gendered_term"),
    ("Explain the rules in layman's terms.", "Adviser", "gendered_term"),
    ("At Christmas it's all men on deck.", None, "gendered_term"),
    ("You'll have a laugh with the lads in the yard.", "Labourer", "gendered_term"),
    ("Most of our lunchtime team are nans themselves.", "Lunchtime Supervisor", "gendered_term"),
    # age: life stage, preferences stated as experience, limits on who is taken on, graduation years
    ("The pay suits someone still living at home with their parents.", "Apprentice", "age"),
    ("Younger staff tend to be better with the tills.", "Retail Assistant", "age"),
    ("For insurance reasons we cannot recruit drivers under 25.", "Driver", "age"),
    ("You will have graduated in 2023 or later.", "Graduate Officer", "age"),
    ("This role is for someone with a long working life still ahead of them.", None, "age"),
    # disability: a movement test, an exclusion stated outright, a licence the post holder never uses
    ("You must be able to kneel on the floor and stand up again unaided.", "Nursery Assistant", "disability"),
    ("The post is not suitable for people with epilepsy.", "Receptionist", "disability"),
    (
        "You will not drive: our drivers do that.\n\nYou'll also need:\n- A full driving licence",
        "Escort",
        "disability",
    ),
    # race and nationality: sounding local, overseas degrees, a British birth certificate
    ("We want callers to speak to people who sound local.", "Call Handler", "race_nationality"),
    ("We cannot accept nursing degrees from overseas universities.", None, "race_nationality"),
    ("Please bring your British birth certificate to interview.", None, "race_nationality"),
    # socioeconomic: upbringing, family trade, own kit, elite firms
    ("You'll ideally have a good upbringing and strong values.", None, "socioeconomic"),
    ("A family background in the building trade is a plus.", None, "socioeconomic"),
    ("You must provide your own desk, chair and broadband.", "Home-based Adviser", "socioeconomic"),
    ("Bring your own steel toecaps and waterproofs.", "Operative", "socioeconomic"),
    ("Ideally you'll have experience at a top law firm.", "Paralegal", "socioeconomic"),
    # jargon
    ("This is no role for shrinking violets.", None, "exclusionary_jargon"),
    ("You'll be a real culture vulture.", "Museum Assistant", "exclusionary_jargon"),
    # unnecessary requirements: a subject degree under "Essentials", a degree class from a named kind of university
    ("Essentials\n- A history degree\n- Good with people", "Museum Assistant", "unnecessary_requirement"),
    ("You will have a 2:1 English degree from a top university.", "Admin Officer", "unnecessary_requirement"),
]

BATCH11_QUIET = [
    ("You will drive the council minibus, so a full driving licence is essential.", "Minibus Driver", "disability"),
    ("Local people who sound confident on the phone do well here.", None, "race_nationality"),
    ("The sound local knowledge of our team helps residents.", None, "race_nationality"),
    ("Many of our residents are grans themselves and love a chat.", "Care Worker", "gendered_term"),
    ("We support young people still living at home with their parents.", "Youth Worker", "age"),
    ("The service is suitable for people with dyslexia; we provide coloured overlays.", None, "disability"),
    ("We accept qualifications from overseas universities and check them with UK ENIC.", None, "race_nationality"),
    ("We will provide your desk, chair and laptop.", "Home-based Adviser", "socioeconomic"),
    ("A degree in social work is essential.", "Social Worker", "unnecessary_requirement"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH11_FLAGGED)
def test_batch11_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH11_QUIET)
def test_batch11_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
