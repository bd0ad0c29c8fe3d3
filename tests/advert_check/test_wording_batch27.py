"""Kinds from advert batches 27 and 28 (twelfth session, read after their blind scores at 10ae768), as fresh
sentences: a bar stated beside the people it turns away (by a condition, an aid, a treatment or an origin), being
about the age of the people served, the years left before a pension age, and compounds in "-man" or "-woman".
With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH27_FLAGGED = [
    ("Anyone who takes insulin is a no-go for this post.", "Crane Driver", "disability"),
    ("Applicants who use a wheelchair need not apply, as the site has steps.", "Site Officer", "disability"),
    ("We won't take on anyone with epilepsy.", "Lifeguard", "disability"),
    ("The post is closed to candidates with hearing loss.", "Call Handler", "disability"),
    ("Staff on antidepressants will not be considered.", "Support Worker", "disability"),
    ("Qualifications gained abroad will not be considered.", "Accounts Assistant", "race_nationality"),
    ("Experience overseas doesn't count towards the two years.", "Planning Officer", "race_nationality"),
    ("People on a visa need not apply.", "Receptionist", "race_nationality"),
    ("You'll get on with the students best if you're about their age.", "Ambassador", "age"),
    ("Applicants who would reach state pension age during the training are not accepted.", "Trainee", "age"),
    ("It suits someone in their late teens.", "Play Assistant", "age"),
    ("The linesmen and the ferrymen start at six.", "Operative", "gendered_term"),
    ("We pride ourselves on our craftsmanship and our trainmen.", "Technician", "gendered_term"),
]

BATCH27_QUIET = [
    ("We will make reasonable adjustments for applicants with a disability.", "Officer", "disability"),
    ("Applicants with a disability who meet the essential criteria will be offered an interview.", "Officer",
     "disability"),
    ("The team supports residents with diabetes and their carers.", "Community Nurse", "disability"),
    ("Applications received after the closing date will not be considered.", "Clerk", "race_nationality"),
    ("We can offer visa sponsorship for this post.", "Research Fellow", "race_nationality"),
    ("Equivalent qualifications gained abroad are welcome.", "Accountant", "race_nationality"),
    ("You will advise people approaching state pension age about their entitlement.", "Pensions Adviser", "age"),
    ("Children of primary school age attend the club.", "Play Worker", "age"),
    ("The human resources team checks every specimen register; contact Dan Freeman.", "Officer", "gendered_term"),
    ("Our regimen of training builds acumen.", "Coach", "gendered_term"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH27_FLAGGED)
def test_batch27_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH27_QUIET)
def test_batch27_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
