"""Kinds from advert batches 23 and 24 (eleventh session, read after their blind scores), as fresh sentences:
"he", "she", "his", "him" or "her" for a manager, a colleague or the post holder who is not named. The writers
flagged "your team leader ... he'll give you feedback" as well as "he will" for the applicant; a pronoun after a
named person, for the outgoing holder, or for a client stays quiet."""

import pytest

from .test_wording import categories, quiet

BATCH23_FLAGGED = [
    ("Your mentor will sit in on your first visits, and she'll sign off your induction.", "Housing Officer",
     "gendered_term"),
    ("For the first fortnight you'll shadow an experienced operator. He'll show you the checks.", "Operator",
     "gendered_term"),
    ("You will report to the Estates Manager. He expects the logs done by Friday.", "Estates Assistant",
     "gendered_term"),
    ("The Coroner and his officers rely on accurate files.", "Coroner's Clerk", "gendered_term"),
    ("You will support the Returning Officer and assist him on polling day.", "Elections Assistant",
     "gendered_term"),
    ("The duty manager will brief you, and she decides who covers the pool.", "Lifeguard", "gendered_term"),
    ("Each driver keeps his cab clean and his log up to date.", "HGV Driver", "gendered_term"),
    ("Our new receptionist will find that she is the first face residents see.", "Receptionist", "gendered_term"),
    ("The successful candidate will manage a team of four, and he'll report to the board.", "Finance Lead",
     "gendered_term"),
]

BATCH23_QUIET = [
    ("For a chat, contact Priya Nair, Library Manager, or email her at the address below.", "Library Assistant",
     "gendered_term"),
    ("Ring Declan in the depot and he'll tell you more.", "Loader", "gendered_term"),
    ("Our caretaker, Winston, retires in May after 30 years, and he'll show you round before he goes.",
     "Caretaker", "gendered_term"),
    ("Our current cook is retiring, and she has kept the kitchen spotless.", "Cook", "gendered_term"),
    ("Our head gardener is hanging up his spade after 25 years.", "Gardener", "gendered_term"),
    ("You will work at His Majesty's Prison Fenwick.", "Prison Officer", "gendered_term"),
    ("You will help each tenant sort out her benefits and his rent account.", "Tenancy Officer", "gendered_term"),
    ("You will support a young man with autism to cook his own meals.", "Support Worker", "gendered_term"),
    ("You'll visit an older lady each week and help her with shopping.", "Befriender", "gendered_term"),
    ("Your team leader will check your calls every week and give you feedback.", "Call Handler",
     "gendered_term"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH23_FLAGGED)
def test_batch23_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH23_QUIET)
def test_batch23_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
