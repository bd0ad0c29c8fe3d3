"""Kinds from advert batches 43 and 44 (fifteenth session, read after their blind scores at 3fdd998), as fresh
sentences: more bar wordings ("turns down", "won't be taking on", "will not be suitable", "is unsuited", "is ruled
out") and the conditions and origins they turn away, citizens of one country only, costs that are "for you to buy" or
"paid from your wallet", and ages told as a band, a warning, the person pictured or the teens just left; from
batches 45 and 46, more bar wordings ("is a bar to", "is no good to us", "will not be entertained") and conditions,
an age asked or given as a range, parents' country of birth asked, costs that are someone's "own expense" or
"lookout", deducted from wages or needing savings, and an unpaid trial shift. With quiet neighbours."""

import pytest

from .test_wording import categories, quiet

BATCH43_FLAGGED = [
    ("Because of the solvent fumes, the workshop turns down applicants with asthma.", "Technician", "disability"),
    ("Applicants with arthritis will not be suitable for the cold store.", "Assistant", "disability"),
    ("Anyone who has had an anxiety disorder is unsuited to the control room.", "Call Handler", "disability"),
    ("Anyone whose medication carries a drowsiness warning is ruled out.", "Driver", "disability"),
    ("Only citizens of the UK or Ireland may apply.", "Clerk", "race_nationality"),
    ("We won't be taking on anyone from the Travelling community.", "Labourer", "race_nationality"),
    ("Applicants of foreign extraction will not find the post congenial.", "Archivist", "race_nationality"),
    ("Waders and a head torch are for you to buy before the season.", "Bailiff", "socioeconomic"),
    ("The first-aid course is paid out of your own pocket.", "Instructor", "socioeconomic"),
    ("The postholder funds the annual medical personally.", "Pilot", "socioeconomic"),
    ("We cannot accept anyone aged 50 or over onto the scheme.", "Trainee", "age"),
    ("If you're over forty, the ladders will tell on you.", "Roofer", "age"),
    ("We imagine an assistant of around 30 to fit the team.", "Assistant", "age"),
    ("It suits people who have only just left their teens.", "Steward", "age"),
    # batches 45 and 46 (read after their blind scores at 7dcfd9a)
    ("The post is closed to people with Crohn's disease.", "Porter", "disability"),
    ("Anyone diagnosed with sleep apnoea will not be considered.", "Driver", "disability"),
    ("Epilepsy is a bar to this job.", "Lifeguard", "disability"),
    ("The workshop is unable to accommodate deaf candidates.", "Joiner", "disability"),
    ("A fitter with poor hearing is no good to us on the line.", "Fitter", "disability"),
    ("Applications from persons with a physical impairment will not be entertained.", "Clerk", "disability"),
    ("Tell us how old you are on the form.", "Assistant", "age"),
    ("The ideal warden is somewhere between forty and sixty.", "Warden", "age"),
    ("Please say which country your parents were born in.", "Cleaner", "race_nationality"),
    ("Saws and chisels are the joiner's own expense.", "Joiner", "socioeconomic"),
    ("Boots and gloves are your own lookout.", "Labourer", "socioeconomic"),
    ("We deduct £150 for the first-aid course from your wages.", "Trainee", "socioeconomic"),
    ("Trainees pay £300 towards their tool kit.", "Trainee", "socioeconomic"),
    ("Wages come at the end of the season, so you'll need savings to see you through.", "Deckhand",
     "socioeconomic"),
    ("The trial shift lasts a day and it's unpaid.", "Barista", "socioeconomic"),
]

BATCH43_QUIET = [
    ("Our clinic supports people with asthma and arthritis.", "Nurse", "disability"),
    ("You will help travellers find their connecting ferry.", "Customer Host", "race_nationality"),
    ("The service supports people aged 65 and over.", "Care Coordinator", "age"),
    ("Free swimming for anyone aged 60 or over.", "Leisure Assistant", "age"),
    ("We have a team of about 25 officers.", "Team Leader", "age"),
    ("Your uniform and boots are provided, and we pay for the course.", "Operative", "socioeconomic"),
    ("You will check that visitors hold tickets, and turn down requests for refunds politely.", "Guide",
     "disability"),
    ("Many tenants have lived in the same flat for 30 years.", "Housing Officer", "race_nationality"),
    ("Pension contributions are deducted from your pay each month.", "Clerk", "socioeconomic"),
    ("The team is between 20 and 30 people.", "Manager", "age"),
    ("We support people with Crohn's disease and colitis.", "Dietitian", "disability"),
]


@pytest.mark.parametrize(("text", "title", "category"), BATCH43_FLAGGED)
def test_batch43_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), BATCH43_QUIET)
def test_batch43_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
