"""Kinds from advert batches 31 and 32 (twelfth session, read after their blind scores at 721807a), as fresh
sentences: more bars beside the group they turn away ("is barred", "will not suit", "isn't the job for you",
"should think carefully", "excludes anyone who"), an age range, being far from a pension age, kit of one's own and
training the employer will not fund, and a stated count of essential criteria. With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH31_FLAGGED = [
    ("We cannot place volunteers who use an inhaler.", "Warden", "disability"),
    ("Anyone who has had counselling, even once, is barred from the team.", "Officer", "disability"),
    ("People with a long-term health condition should think carefully before applying.", "Porter", "disability"),
    ("Shortlisting excludes anyone who has been off sick this year.", "Clerk", "disability"),
    ("Nurses who joined the register through the international route are not considered.", "Nurse",
     "race_nationality"),
    ("We'd prefer a warden aged about 25 to 40.", "Warden", "age"),
    ("Applicants must be far enough from retirement to complete the ten-year scheme.", "Trainee", "age"),
    ("- A camera of your own, with two lenses.", "Photographer", "socioeconomic"),
    ("The council does not fund this training.", "Surveyor", "socioeconomic"),
    ("You must meet all fourteen essential criteria below.", "Officer", "unnecessary_requirement"),
]

BATCH31_QUIET = [
    ("We support staff with stress and anxiety, and anyone can ask for help.", "Officer", "disability"),
    ("Applicants with a health condition will be offered an interview if they meet the essential criteria.",
     "Officer", "disability"),
    ("Most of our visitors are aged 60 to 80.", "Museum Assistant", "age"),
    ("A free allotment plot of your own comes with the job.", "Gardener", "socioeconomic"),
    ("A desk of your own is provided on site.", "Administrator", "socioeconomic"),
    ("We will fund this training in full.", "Surveyor", "socioeconomic"),
    ("There are five essential criteria below.", "Officer", "unnecessary_requirement"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH31_FLAGGED)
def test_batch31_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH31_QUIET)
def test_batch31_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
