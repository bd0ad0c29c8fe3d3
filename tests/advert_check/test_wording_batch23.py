"""Kinds from advert batches 23 and 24 (eleventh session, read after their blind scores), as fresh sentences.

- "he", "she", "his", "him" or "her" for a manager, a colleague or the post holder who is not named. The writers
  flagged "your team leader ... he'll give you feedback" as well as "he will" for the applicant; a pronoun after a
  named person, for the outgoing holder, or for a client stays quiet.
- A driving licence the advert gives a reason for (a pool car, a van, "as the holdings are reached by lanes")
  stays quiet; a car licence the advert says is not for driving is flagged."""

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

BATCH23_DRIVING_FLAGGED = [
    ("- A full car driving licence. You will not drive for us, but it shows commitment.", "Porter", "disability"),
]

BATCH23_DRIVING_QUIET = [
    ("- A full driving licence, as most of the farms are reached by narrow lanes with no bus.", "Farm Adviser",
     "disability"),
    ("You will spend most days in a pool car, so a full driving licence is essential.", "Enforcement Officer",
     "disability"),
    ("You'll have a van and drive round the estates all day, so a full driving licence is a must.", "Surveyor",
     "disability"),
    ("A full driving licence is needed because the on-call officer drives the council's response vehicle.",
     "Emergency Planner", "disability"),
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


@pytest.mark.parametrize(("text", "title", "category"), BATCH23_DRIVING_FLAGGED)
def test_batch23_driving_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH23_DRIVING_QUIET)
def test_batch23_driving_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)


@pytest.mark.parametrize(("text", "title", "category"), BATCH23_QUIET)
def test_batch23_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
