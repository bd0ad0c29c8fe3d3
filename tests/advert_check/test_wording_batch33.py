"""Kinds from advert batches 33 and 34 (thirteenth session, read after their blind scores at 274ae62), as fresh
sentences: more conditions and aids a bar turns away (tinnitus, long Covid, a prosthetic limb, sight), "rules out" and
"not taken on" as bars, maid and mayoress titles, a Golden Triangle university, a career just begun or a birth
century as the age wanted, and the "vibe check"; from batches 35 and 36, more bars ("unable to take on", "not
eligible", "kept off") and the mature students a post serves. With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH33_FLAGGED = [
    ("We are unable to appoint anyone with tinnitus to the range team.", "Range Officer", "disability"),
    ("The unit cannot take anyone with long Covid.", "Technician", "disability"),
    ("Rope work rules out candidates who are partially sighted.", "Arborist", "disability"),
    ("Glasses wearers are not taken on for this scheme.", "Trainee", "disability"),
    ("Our kennel maids start at 7am.", "Animal Care Assistant", "gendered_term"),
    ("You will brief the Lady Mayoress before each visit.", "Civic Officer", "gendered_term"),
    ("A first from a Golden Triangle university is preferred.", "Research Assistant", "socioeconomic"),
    ("Ideal for a designer barely out of college.", "Junior Designer", "age"),
    ("We'd love someone born this century.", "Content Officer", "age"),
    ("Every new starter has a vibe check with the crew.", "Crew Member", "exclusionary_jargon"),
    # batches 35 and 36 (read after their blind scores at 96a7259)
    ("We're unable to take on anyone with a heart condition or a stoma.", "Deckhand", "disability"),
    ("Applicants with severe allergies are not eligible for this post.", "Kitchen Assistant", "disability"),
    ("Anyone on prescribed medicine is kept off the night rota.", "Controller", "disability"),
    ("Staff who have had panic attacks can't be sent to the front desk.", "Receptionist", "disability"),
    ("We need someone with no history of depression.", "Support Worker", "disability"),
    ("Anyone with asthma will struggle in this role.", "Groundsperson", "disability"),
]

BATCH33_QUIET = [
    ("We work with blind and partially sighted residents every day.", "Rehabilitation Officer", "disability"),
    ("We cannot appoint anyone without a DBS check.", "Support Worker", "disability"),
    ("This rules out the need for weekend overtime.", "Clerk", "disability"),
    ("Our depot sits in the golden triangle of logistics.", "Transport Planner", "socioeconomic"),
    ("You will support the Mayor's office with civic events.", "Civic Officer", "gendered_term"),
    ("The building was born out of a merger this century.", "Facilities Officer", "age"),
    ("You will advise mature and part-time students on funding.", "Student Adviser", "age"),
    ("Mature Learners Coordinator", "Mature Learners Coordinator", "age"),
    ("Staff are kept off the rota on bank holidays.", "Clerk", "disability"),
    ("Residents with anxiety will struggle in the new building without support.", "Support Worker", "disability"),
    ("We want someone with no fear of heights.", "Arborist", "disability"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH33_FLAGGED)
def test_batch33_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH33_QUIET)
def test_batch33_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
