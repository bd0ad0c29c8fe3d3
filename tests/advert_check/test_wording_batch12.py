"""Batch 12 round (sixth session): the kinds the blind batch 12 missed (scored once at 81e7b36), each written
as fresh sentences, not copied from the batch. FLAGGED rows must give their category; QUIET rows are lawful
neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

BATCH12_FLAGGED = [
    # socioeconomic: costs the applicant carries, a cash deposit, unpaid work first, elite universities, manner
    ("Accommodation and travel expenses will not be reimbursed.", "Trainee", "socioeconomic"),
    ("Training course fees are not covered by the trust.", None, "socioeconomic"),
    ("Your tabard and fleece come with a refundable £40 deposit.", "Cleaner", "socioeconomic"),
    ("New coaches volunteer with us for six weeks before paid coaching starts.", "Coach", "socioeconomic"),
    ("A graduate of one of the ancient universities would suit us.", "Guide", "socioeconomic"),
    ("We want a cultivated accent on the phones.", "Receptionist", "socioeconomic"),
    # race and nationality: where someone was raised or schooled, the language at home
    ("Ideally you will be UK-educated.", "Officer", "race_nationality"),
    ("Schooling in Britain is preferred.", None, "race_nationality"),
    ("Candidates should speak English at home.", None, "race_nationality"),
    # disability and age
    ("We need a gatekeeper of sound mind.", "Gatekeeper", "disability"),
    ("Everyone passes a shuttle-run test on their first day.", "Office Assistant", "disability"),
    ("You'll be down with the kids and their slang.", "Youth Worker", "age"),
    # jargon: closed-culture idioms
    ("This is no place for 9-to-5ers.", None, "exclusionary_jargon"),
    ("Our people bleed blue.", None, "exclusionary_jargon"),
    ("Whoever gets this will rule the roost.", None, "exclusionary_jargon"),
    ("It comes down to whether your face fits.", None, "exclusionary_jargon"),
    ("We party hard and we play hard.", None, "exclusionary_jargon"),
]

BATCH12_QUIET = [
    ("Travel costs are reimbursed at 45p a mile.", None, "socioeconomic"),
    ("A deposit scheme protects tenants' money.", "Housing Officer", "bias"),
    ("You can volunteer with us for a few weeks if you want to see the work, with expenses paid.", None, "bias"),
    ("You will pass a bleep test as part of recruitment.", "Firefighter", "disability"),
    ("Our ancient monuments team looks after the castle walls.", "Conservator", "bias"),
    ("Support families whose home language is not English.", "Family Support Worker", "race_nationality"),
    ("Kids love the Saturday club.", "Play Worker", "bias"),
    # batch 13, read after its blind score: young people as the service's users, not the applicant
    ("You will run sessions for new and young drivers.", "Road Safety Officer", "age"),
    ("Help young parents find childcare.", "Family Support Worker", "age"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH12_FLAGGED)
def test_batch12_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH12_QUIET)
def test_batch12_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
