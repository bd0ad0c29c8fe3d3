"""Batch 14 round (seventh session): the kinds the blind batch 14 missed (scored once at 6882f42, read after),
each written as fresh sentences, not copied from the batch. FLAGGED rows must give their category; QUIET rows
are lawful neighbours that must not ("bias" means none of the bias categories)."""

import pytest

from .test_wording import categories, quiet

BATCH14_FLAGGED = [
    ("Ideally you'll be Norton-born and bred.", "Porter", "race_nationality"),
    ("An English-born presenter would suit our heritage brand.", "Guide", "race_nationality"),
    ("Please have a name our callers can easily pronounce.", "Call Handler", "race_nationality"),
    ("We take references from UK employers only.", "Cleaner", "race_nationality"),
    ("You must be sound in mind and body.", "Clerk", "disability"),
    ("No more than two spells of sickness absence in the last year.", "Receptionist", "disability"),
    ("You'll need to read the screens without wearing glasses.", "Controller", "disability"),
    ("No history of asthma, please: the kitchen is dusty.", "Kitchen Porter", "disability"),
    ("Everyone starts with three unpaid taster sessions.", "Barista", "socioeconomic"),
    ("The first month of training is unpaid.", "Trainee Adviser", "socioeconomic"),
    ("You'll pay for your licence up front yourself.", "Door Supervisor", "socioeconomic"),
    ("Sorry, we cannot take applicants who live on the Riverside estate.", "Porter", "socioeconomic"),
    ("We need someone who will take it on the chin when the public shout.", "Officer", "exclusionary_jargon"),
    ("Bleeding hearts won't last long in this team.", "Enforcement Officer", "exclusionary_jargon"),
    ("We want an uncompromising, single-minded person to run the site.", "Site Supervisor", "gender_masculine"),
]

BATCH14_QUIET = [
    ("We support people who live on the estates we manage.", "Housing Officer", "socioeconomic"),
    ("Reading glasses are fine; the screens are large.", "Controller", "disability"),
    ("All training is paid, including your first month.", "Trainee Adviser", "socioeconomic"),
    ("We take references from any employer, in the UK or abroad.", "Cleaner", "race_nationality"),
    # read back over this session's wider patterns before stopping: ordinary advert sentences they must not catch
    ("We have no pay gap between men and women.", None, "socioeconomic"),
    ("Summers in the park are busy with families.", "Park Ranger", "socioeconomic"),
    ("We're somewhere nice to work, with a garden for breaks.", None, "socioeconomic"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH14_FLAGGED)
def test_batch14_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH14_QUIET)
def test_batch14_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
