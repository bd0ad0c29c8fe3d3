"""Kinds of wording widened after blind batch 6: each row is a paraphrase a recruiter might plausibly write,
not a phrase copied from the evaluation adverts, so the table checks the pattern class and not one example.
QUIET rows are the lawful neighbours each class must leave alone."""

import pytest

from services.advert_check.service import check_advert

from .test_wording import categories

KINDS_FLAGGED = [
    # requirement cues: the attribute comes after wording that makes it a condition or a preference
    ("This role is tailor-made for students.", None, "age"),
    ("This role is tailor-made for someone in their twenties.", None, "age"),
    ("Priority will be given to women.", "Caretaker", "gendered_term"),
    ("We're on the lookout for students.", None, "age"),
    ("Christians get priority.", "Receptionist", "race_nationality"),
    ("Practising Muslims will have the edge.", "Receptionist", "race_nationality"),
    ("Male applicants will have the edge.", None, "gendered_term"),
    ("We need someone with a degree.", "Admin Assistant", "unnecessary_requirement"),
    # age bounds written after any cue, not only as a list line
    ("The team would prefer someone ideally under 35.", None, "age"),
    ("Applicants preferably over 40, please.", None, "age"),
    ("We're after a trainee who is preferably under 28.", None, "age"),
    ("Candidates preferably 35 or under, please.", None, "age"),
    # age as a verb phrase
    ("Ideal if you have not yet turned 30.", None, "age"),
    ("Apply before you hit 40!", None, "age"),
    # the team described by its ages
    ("We are a crew in our late twenties, so you'll fit right in.", None, "age"),
    ("Most of us are in our thirties and forties.", None, "age"),
    ("The average age of the team is 26.", None, "age"),
    # the applicant as one of the audience's age group
    ("You'll get what teenagers like, as you're one of them yourself.", None, "age"),
    ("You get what our older visitors like, especially if you are from the same generation.", None, "age"),
    # age idioms, either way round
    ("We want an applicant who's been round the block once or twice.", None, "age"),
    ("You don't have to be long in the tooth, but an old hand would be great.", None, "age"),
    ("Applicants who are still wet behind the ears will struggle.", None, "age"),
    ("Old timers need not apply.", None, "age"),
    # experience ranges read as a ceiling; leavers of any kind
    ("You will have 2-4 years' experience in a similar post.", None, "age"),
    ("Up to three years of office experience.", None, "age"),
    ("Ideal for university leavers.", None, "age"),
    ("This post would suit someone newly qualified.", "Planning Officer", "age"),
    # start and end of career
    ("Perfect for someone who has just started their career.", None, "age"),
    ("You'll be near the beginning of your working life.", None, "age"),
    ("Ideal if you recently finished your A levels.", None, "age"),
    ("Ideal if this will be your first proper job after college.", None, "age"),
    ("Suits someone late in their career.", None, "age"),
    # disability: stamina as a task, health as a possession
    ("You must be able to sit at a desk for six hours at a time.", None, "disability"),
    ("Able to type continuously without a rest break.", None, "disability"),
    ("We need someone with good mental health.", None, "disability"),
    ("You'll need steady hands and nimble fingers.", None, "disability"),
    ("You must have no speech impediment.", None, "disability"),
    ("Perfect diction is essential.", None, "disability"),
    ("You'll lead an active lifestyle.", None, "disability"),
    # nationality, residence, accent, qualifications gained abroad
    ("Essential\n- Degree obtained from a UK university", "Policy Officer", "race_nationality"),
    ("You must have qualifications awarded in England.", None, "race_nationality"),
    ("Only UK residents should apply.", None, "race_nationality"),
    ("Essential\n- A good London accent", None, "race_nationality"),
    ("Ideally a local accent.", None, "race_nationality"),
    ("Experience gained in this country is essential.", None, "race_nationality"),
    ("Applicants must hold a British or Irish passport.", None, "race_nationality"),
    ("You will have a great British sense of humour.", None, "race_nationality"),
    # class signals
    ("You will be well travelled and plummy-voiced.", None, "socioeconomic"),
    ("The right connections will help.", None, "socioeconomic"),
    ("Essential\n- Evidence of extracurricular achievement", "Graduate Trainee", "socioeconomic"),
    ("A Duke of Edinburgh Award is preferred.", None, "socioeconomic"),
    ("You must have lived at your current address for three years.", None, "socioeconomic"),
    # unpaid work or volunteering as an entry ticket; owning a vehicle
    ("Shortlisted candidates will work a weekend for free before any job offer.", None, "socioeconomic"),
    ("You must be willing to help out unpaid at our open day.", None, "socioeconomic"),
    ("Candidates are expected to have volunteered for us for at least a year.", None, "socioeconomic"),
    ("Essential\n- Previously volunteered with the museum", "Museum Assistant", "socioeconomic"),
    ("You'll need your own pick-up truck.", None, "socioeconomic"),
    ("You must own a motorbike.", None, "socioeconomic"),
    # jargon: the negative is part of the idiom; insider and lads' culture
    ("There is no place for whingers here.", None, "exclusionary_jargon"),
    ("This team isn't for the thin-skinned.", None, "exclusionary_jargon"),
    ("We have no time for clock-watchers or part-timers.", None, "exclusionary_jargon"),
    ("You'll understand how things work round here.", None, "exclusionary_jargon"),
    ("You'll soon feel like one of the gang.", None, "exclusionary_jargon"),
    ("You will thrive in a frantic environment.", None, "exclusionary_jargon"),
    ("Lunch is for wimps here.", None, "exclusionary_jargon"),
    ("You'll need to be a tough cookie.", None, "exclusionary_jargon"),
    ("Essential\n- No gaps in your employment history", None, "unnecessary_requirement"),
    ("You must have a continuous work record.", None, "unnecessary_requirement"),
    # gendered role nouns
    ("You will be our frontman at events.", None, "gendered_term"),
    ("We need a ferryman for the summer.", None, "gendered_term"),
    ("The role needs a real countryman.", None, "gendered_term"),
    ("Someone to man the front desk.", None, "gendered_term"),
    # unnecessary requirements: top grades, years in a role, site cards, qualifications where we train
    ("Essential\n- Six GCSEs at grades 8 or above", "Clerk", "unnecessary_requirement"),
    ("Essential\n- Grade 9 in GCSE maths", "Clerk", "unnecessary_requirement"),
    ("Essential\n- 7+ years in a customer service role", "Receptionist", "unnecessary_requirement"),
    ("You need at least five years working in a busy office.", "Receptionist", "unnecessary_requirement"),
    ("Essential\n- Eight years in a similar team", "Officer", "unnecessary_requirement"),
    ("Essential\n- A valid CSCS card", "Repairs Scheduler", "unnecessary_requirement"),
    ("Essential\n- CIH Level 4 Certificate\n\nFull training given.", "Housing Officer", "unnecessary_requirement"),
]

KINDS_QUIET = [
    # lawful neighbours of the widened classes
    ("We offer free swimming to residents over 60.", None, "age"),
    ("Ideally you will manage over 40 cases a week.", None, "age"),
    ("We are after someone to manage over 30 volunteers.", None, "age"),
    ("Shifts are no longer than 8 hours, with breaks.", None, "disability"),
    ("You will work in a team that supports people with poor mental health.", None, "disability"),
    ("We will train you; the course takes three hours at a time.", None, "disability"),
    ("You will help young people get their first job out of school.", None, "age"),
    ("In turn you will return 30 calls a day.", None, "age"),
    ("In our team we share the workload.", None, "age"),
    ("We support residents in the early stages of their career change.", None, "age"),
    ("You will advise staff at the end of their career on pensions.", "Pensions Officer", "age"),
    ("Our Gen Z audience is growing fast.", None, "age"),
    ("You will coordinate volunteers who work unpaid at our events.", None, "socioeconomic"),
    ("You can claim mileage if you use your own car; pool cars are available.", None, "socioeconomic"),
    ("Experience of working with UK and overseas suppliers.", None, "race_nationality"),
    ("A degree or qualifications gained in the UK or overseas.", None, "race_nationality"),
    ("You will help residents who have lived in the UK for years.", None, "race_nationality"),
    ("You will support residents with a stammer or other speech difficulties.", None, "disability"),
    ("Passport or driving licence for the right-to-work check.", None, "race_nationality"),
    ("Newly qualified social workers join our ASYE programme.", "Newly Qualified Social Worker", "age"),
    ("Essential\n- Social Work England registration\n\nNewly qualified? We welcome you.", "Social Worker", "age"),
    ("Essential\n- Good IT skills\n\nRecently qualified? Apply anyway.", "Planning Officer", "age"),
    ("Please explain any gaps in your employment history.", None, "unnecessary_requirement"),
    ("Previous continuous service with local government counts.", None, "unnecessary_requirement"),
    ("You will run our Duke of Edinburgh Award groups.", "Youth Worker", "socioeconomic"),
    ("There is no room for error in payroll.", None, "exclusionary_jargon"),
    ("Port health is a high-pressure environment; we will support you.", None, "exclusionary_jargon"),
    ("You will learn how things are done here during your induction.", None, "exclusionary_jargon"),
    ("Abuse from men is the focus of this service. The post holder must be a woman: "
     "an occupational requirement under Schedule 9.", None, "gendered_term"),
    ("Our data-driven team is friendly.", None, "gender_masculine"),
    ("Essential\n- A degree in environmental health, or the Higher Certificate in Food Control",
     "Port Health Officer", "unnecessary_requirement"),
    ("Essential\n- A CSCS card", "Multi-trade Operative", "unnecessary_requirement"),
    ("Essential\n- CIPD Level 5", "HR Business Partner", "unnecessary_requirement"),
    ("The service has run for over 20 years in the borough.", "Officer", "unnecessary_requirement"),
]


@pytest.mark.parametrize(("text", "title", "category"), KINDS_FLAGGED)
def test_widened_kinds_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), KINDS_QUIET)
def test_widened_kinds_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)


def test_one_of_the_lads_is_both_jargon_and_a_gendered_term() -> None:
    found = {(f.category, f.text.lower()) for f in check_advert("You will need to be one of the lads.", None).findings}
    assert ("exclusionary_jargon", "one of the lads") in found
    assert any(c == "gendered_term" for c, _t in found)


def test_top_gcse_grades_are_a_requirement_and_naming_gcses_stays_an_age_risk() -> None:
    cats = categories("Essential\n- Five GCSEs at grade 7 or above, including English and Maths", "Clerk")
    assert {"unnecessary_requirement", "age"} <= cats


def test_fearless_is_masculine_coded_not_jargon() -> None:
    cats = categories("We are seeking a decisive, fearless officer.", None)
    assert "gender_masculine" in cats
    assert "exclusionary_jargon" not in cats


PROBES_FLAGGED = [
    # a second round of paraphrases, written before checking the rules against them
    ("Perfect for a graduate in their first role.", None, "age"),
    ("We need a no-nonsense foreman type.", None, "gendered_term"),
    ("You'll need 20/20 eyesight for this desk role.", None, "disability"),
    ("Not suitable for anyone with a heart condition.", None, "disability"),
    ("You must be able to hear a phone ringing across a busy room.", None, "disability"),
    ("Able to read small print without glasses.", None, "disability"),
    ("Interns are unpaid but receive lunch.", None, "socioeconomic"),
    ("Trial shifts are unpaid.", None, "socioeconomic"),
    ("You'll need to be a bit of a machine.", None, "exclusionary_jargon"),
    ("You must be happy to work late most nights.", None, "exclusionary_jargon"),
    ("If you need your hand held, this isn't for you.", None, "exclusionary_jargon"),
    # third round
    ("You'll be someone with plenty of get-up-and-go.", None, "age"),
    ("This is a great role for someone winding down their career.", None, "age"),
    ("Max age 40.", None, "age"),
    ("Applicants should have grown up in the digital age.", None, "age"),
    ("Candidates must be able to lift 25kg repeatedly.", "Officer", "disability"),
    ("Only those with a British passport need apply.", None, "race_nationality"),
    ("You must be a native of Yorkshire.", None, "race_nationality"),
    ("Must be a practising member of the Church of England.", "Officer", "race_nationality"),
    ("You won't last five minutes if you're soft.", None, "exclusionary_jargon"),
    ("You'll have fire in your belly.", None, "exclusionary_jargon"),
    ("Our team works hard and socialises harder.", None, "exclusionary_jargon"),
    # fourth round
    ("We're looking for a couple of burly blokes.", None, "gendered_term"),
    ("We're looking for a couple of burly blokes.", None, "gender_masculine"),
    ("Must be free to travel at a moment's notice.", None, "unnecessary_requirement"),
    ("An MBA from a top business school is essential.", None, "socioeconomic"),
    ("Candidates must have a home landline.", None, "socioeconomic"),
    ("We can't make adjustments for this role.", None, "disability"),
    ("You must not have dyslexia.", None, "disability"),
    ("The role suits someone looking to wind down.", None, "age"),
    ("The team are all under 30.", None, "age"),
    ("This is a job for someone with decades ahead of them.", None, "age"),
]

PROBES_QUIET = [
    ("No-one needs a degree for this job.", "Admin Assistant", "unnecessary_requirement"),
    ("Volunteers are unpaid and we thank them.", None, "socioeconomic"),
    ("You will help residents with heart conditions stay well at home.", None, "disability"),
    ("You will read reports and see residents across the borough.", None, "disability"),
    ("Our machine room needs a technician.", None, "exclusionary_jargon"),
    ("The hoist can lift 150kg safely.", None, "disability"),
    ("Members of the Church of England run the food bank with us.", "Officer", "race_nationality"),
    ("You will plant species native to Yorkshire.", None, "race_nationality"),
    ("Mothers with young children need not apply.", None, "exclusionary_jargon"),
    ("We can't make adjustments to the rota after Friday.", None, "disability"),
    ("We advise owners looking to wind down their business.", None, "age"),
    ("You'll be free to travel on the bus network with your pass.", None, "unnecessary_requirement"),
    ("We are looking for a couple of venues for the festival.", None, "gendered_term"),
    ("You will visit schools across the borough, including top business schools.", None, "socioeconomic"),
]


@pytest.mark.parametrize(("text", "title", "category"), PROBES_FLAGGED)
def test_second_round_paraphrases_flag(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), PROBES_QUIET)
def test_second_round_neighbours_stay_quiet(text: str, title: str | None, category: str) -> None:
    assert category not in categories(text, title)
