"""Kinds from advert batches 29 and 30 (twelfth session, read after their blind scores at 373fb5c), as fresh
sentences: more bars beside the group they turn away ("this isn't the job for you", "would not be suited", "are not
regarded as equivalent"), an age limit stated as who is not taken on, and equipment the applicant must already own
or pay for. With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH29_FLAGGED = [
    ("If you rely on a hearing aid, this isn't the job for you.", "Call Handler", "disability"),
    ("Applicants who have heart or lung conditions will not be shortlisted.", "Groundsperson", "disability"),
    ("Anyone who uses crutches would not be suited to the gallery floor.", "Gallery Assistant", "disability"),
    ("Overseas degrees are not regarded as equivalent.", "Staff Nurse", "race_nationality"),
    ("We never recruit drivers over 55.", "Bus Driver", "age"),
    ("You will need a laptop you already own.", "Research Assistant", "socioeconomic"),
    ("A bicycle and helmet, paid for by you.", "Courier", "socioeconomic"),
]

BATCH29_QUIET = [
    ("We will make adjustments for anyone who uses a hearing aid.", "Call Handler", "disability"),
    ("Our partners overseas will not be considered as suppliers for this contract.", "Buyer", "race_nationality"),
    ("We train drivers over 55 every year and value their experience.", "Bus Driver", "age"),
    ("You can use a pool car at no cost to you.", "Officer", "socioeconomic"),
    ("A laptop and phone are provided.", "Officer", "socioeconomic"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH29_FLAGGED)
def test_batch29_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH29_QUIET)
def test_batch29_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
