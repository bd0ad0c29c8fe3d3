"""Paraphrase round 16: fresh advert snippets written before they were run (as UK employers, councils, charities,
retailers, care providers and trades firms write them), not taken from the benchmark adverts or earlier tests.
FLAGGED rows must give their category; QUIET rows are lawful neighbours that must not ("bias" means none of the
bias categories)."""

import pytest

from ..known_misses import with_known_misses
from .test_wording import categories, quiet

UR = "unnecessary_requirement"
SE = "socioeconomic"

ROUND16_FLAGGED = [
    # unnecessary requirements: asks the job given by the title plainly does not need
    ("Applicants should hold a 2:1 degree or above in any discipline.", "Warehouse Operative", UR),
    ("You must have A levels in Maths and English at grade B or higher.", "Delivery Driver", UR),
    ("A minimum of seven GCSEs at grades 9-6, including a modern foreign language.", "Cleaner", UR),
    ("Chartered membership of the CIPD is essential for this post.", "HR Administrator", UR),
    ("The successful candidate will be a qualified accountant (ACA, ACCA or CIMA).", "Finance Assistant", UR),
    # relabelled by the main session: the issue files a licence the job does not use under disability
    ("You will hold a full UK driving licence and have access to a car.", "Call Centre Agent", "disability"),
    ("We require a minimum of ten years' experience in hospitality.", "Waiting Staff", UR),
    ("Essential: MBA or equivalent postgraduate management qualification.", "Team Leader", UR),
    ("Candidates must have a CSCS Black Card (Manager).", "Labourer", UR),
    ("Must hold SIA Close Protection licence.", "Receptionist", UR),
    ("Microsoft Certified: Azure Solutions Architect Expert – essential", "Data Entry Clerk", UR),
    ("- Level 5 Diploma in Leadership for Health and Social Care (essential)", "Care Assistant", UR),
    ("You must be a member of the Chartered Institute of Building.", "Site Labourer", UR),
    ("A PhD in a relevant subject is required.", "Library Assistant", UR),
    ("At least 8 years' post-qualification experience is essential.", "Apprentice Electrician", UR),
    ("Applicants must hold Grade 8 piano or equivalent.", "Nursery Assistant", UR),
    ("- Latin GCSE at grade 7 or above", "Shop Assistant", UR),
    ("You'll need a CPC Driver Qualification and a Category C+E licence.", "Post Room Assistant", UR),
    ("Essential: Full membership of the Institute of Leadership and Management.", "Kitchen Assistant", UR),
    ("Candidates must be educated to degree level, ideally from a Russell Group university.", "Porter", UR),
    ("You should have a minimum of five years' supervisory experience.", "Trainee Customer Adviser", UR),
    ("Holding a NEBOSH General Certificate is essential.", "Apprentice Florist", UR),
    ("A Level 7 Diploma in Strategic Management is required.", "Housing Officer", UR),
    ("You will be a Fellow of the Chartered Management Institute.", "Administrative Officer", UR),
    ("Must have a forklift counterbalance licence (essential).", "Marketing Assistant", UR),
    ("Applicants must possess a degree in English Literature.", "Car Park Attendant", UR),
    ("Requirements:\n- Minimum 15 years' retail experience\n- Good communication", "Retail Assistant", UR),
    ("PRINCE2 and MSP certification are both essential for this role.", "Project Support Apprentice", UR),
    ("You'll need a personal licence holder qualification (APLH).", "Office Cleaner", UR),
    ("ITIL v4 Expert certification required.", "IT Apprentice", UR),
    ("We are looking for someone with a law degree.", "Parking Enforcement Officer", UR),
    ("You must have passed the Chartered Insurance Institute Diploma.", "Mailroom Assistant", UR),
    ("Essential: Qualified Teacher Status.", "Lunchtime Supervisor", UR),
    ("Must hold a full CIPFA qualification.", "Accounts Clerk", UR),
    ("A pass in the Life in the UK test and an IELTS score of 8.0 are essential.", "Warehouse Picker", UR),
    ("At least 3 years' experience at board level is desirable.", "Receptionist", UR),
    # age: subtle signals
    ("We're a Gen Z-led business and want someone who gets our vibe.", None, "age"),
    ("Ideal for someone in the early stages of their career.", "Sales Executive", "age"),
    ("You'll be a recent graduate who finished university in the last two years.", "Analyst", "age"),
    ("We want fresh faces with boundless energy.", "Retail Assistant", "age"),
    ("Our millennial team thrives on banter and Friday drinks.", None, "age"),
    ("This role would suit a digital native who has grown up with social media.", "Social Media Officer", "age"),
    ("Perfect for a seasoned professional looking to wind down before retirement.", "Consultant", "age"),
    ("Applicants should be no older than 35.", "Trainee Manager", "age"),
    ("We are a youthful, vibrant company.", None, "age"),
    ("You'll have graduated in 2024 or 2025.", "Graduate Trainee", "age"),
    ("This is not a role for someone who is winding down their career.", "Operations Manager", "age"),
    ("You'll need the stamina of a twenty-something to keep up with us.", "Events Assistant", "age"),
    ("We're looking for a young, hungry go-getter.", "Sales Executive", "age"),
    ("Would suit a school leaver or someone in their first job.", "Administrator", "age"),
    ("Applicants must be under 30 to join our graduate scheme.", "Graduate Trainee", "age"),
    ("We'd love to hear from energetic young people.", "Waiting Staff", "age"),
    ("Would suit an older, mature person.", "Receptionist", "age"),
    ("Our staff are aged 18 to 25, so you'll fit right in.", "Barista", "age"),
    ("You'll have no more than five years' experience since graduating.", "Junior Analyst", "age"),
    ("This job would suit a retired person looking for something to do.", "Driver", "age"),
    ("We're after fresh blood to shake up the department.", "Team Leader", "age"),
    ("You will be in the prime of your career, not the end of it.", "Manager", "age"),
    ("The role suits someone young at heart and young in years.", None, "age"),
    ("Join a young team of go-getters.", None, "age"),
    ("We prefer candidates with a youthful outlook and recent qualifications.", "Officer", "age"),
    ("Great first job for a 16 or 17 year old.", "Shop Assistant", "age"),
    ("Not suitable for people approaching retirement age.", "Warehouse Operative", "age"),
    ("We're a team of young professionals who work hard and play hard.", None, "age"),
    ("Candidates born after 1995 preferred.", None, "age"),
    ("The ideal candidate will be a Millennial or Gen Z.", None, "age"),
    # socioeconomic: money, housing, schooling, unpaid work, kit, travel costs, class codes, networks
    ("You must be able to work unpaid for the first three months.", "Marketing Assistant", SE),
    ("Candidates should have attended a leading independent school.", "Trainee Solicitor", SE),
    ("Applicants must own their own home.", "Sales Representative", SE),
    ("You will need to buy your own uniform and steel toe-capped boots before you start.", "Labourer", SE),
    ("A good credit history is essential.", "Kitchen Porter", SE),
    ("You'll need your own laptop and a reliable home broadband connection.", "Retail Assistant", SE),
    ("Travel costs to client sites are not reimbursed.", "Care Worker", SE),
    ("Candidates should be comfortable at polo, shooting weekends and the opera.", "Account Manager", SE),
    ("Previous unpaid internships at top firms will be looked on favourably.", "Junior Researcher", SE),
    ("The post is open only to applicants with a private address in the borough, not rented.", None, SE),
    ("You'll need to fund your own training course, costing £1,200.", "Trainee Dog Groomer", SE),
    ("Our people come from the right backgrounds and know how to behave at dinner.", None, SE),
    ("Applicants should provide the name of the school they attended at 11 to 18.", "Administrator", SE),
    ("We favour candidates who were introduced by existing partners or family friends.", "Trainee Analyst", SE),
    ("You must have your own van and tools (not supplied).", "Apprentice Plumber", SE),
    ("Applicants must not be in receipt of benefits.", "Cleaner", SE),
    ("A deposit of £250 is required for your uniform and kit.", "Security Officer", SE),
    ("Ideally you'll have spent a gap year travelling or volunteering abroad.", "Graduate Trainee", SE),
    ("We look for polished candidates with a received pronunciation accent.", "Receptionist", SE),
    ("No applicants from council estates, please.", None, SE),
    ("Must have a home in a good postcode.", "Estate Agent", SE),
    ("This role is unpaid but offers excellent exposure.", "Editorial Assistant", SE),
    ("You'll be expected to pay for your own DBS check and training.", "Care Assistant", SE),
    ("Applicants must be able to cover their own accommodation in London during the placement.", "Intern", SE),
    ("Membership of a private members' club would be an advantage.", "Business Development Executive", SE),
]

ROUND16_QUIET = [
    # requirements the titled job really needs
    ("You must be on the Gas Safe Register.", "Gas Engineer", UR),
    ("A current practising certificate from the SRA is essential.", "Solicitor", UR),
    ("You will hold a Category C licence and a valid Driver CPC card.", "HGV Driver", UR),
    ("You must hold a degree in Social Work and be registered with Social Work England.", "Social Worker", UR),
    ("CIPFA, ACCA or CIMA qualified (essential).", "Finance Manager", UR),
    ("Applicants must hold NMC registration as an adult nurse.", "Staff Nurse", UR),
    ("You'll need an SIA Door Supervisor licence.", "Door Supervisor", UR),
    ("A valid counterbalance forklift licence is essential.", "Forklift Driver", UR),
    ("You must hold Qualified Teacher Status.", "Secondary Maths Teacher", UR),
    ("18th Edition Wiring Regulations (BS 7671) is essential.", "Electrician", UR),
    ("You must hold a CSCS card.", "Site Labourer", UR),
    ("HCPC registration as a physiotherapist is required.", "Physiotherapist", UR),
    ("Chartered CIPD membership (Level 7) is essential.", "Head of HR", UR),
    ("A full UK driving licence is essential as the role involves driving our vans.", "Delivery Driver", UR),
    (
        "You must be a qualified accountant (ACA or ACCA) with post-qualification experience.",
        "Financial Controller",
        UR,
    ),
    ("Applicants must hold a Personal Licence.", "Pub Manager", UR),
    ("Registration with the General Pharmaceutical Council is essential.", "Pharmacist", UR),
    ("You'll need a Level 2 Food Hygiene certificate, or we'll train you.", "Kitchen Assistant", UR),
    ("Must hold RICS chartered membership.", "Chartered Surveyor", UR),
    ("A valid Paediatric First Aid certificate is required.", "Nursery Practitioner", UR),
    ("You must hold a current Early Years Level 3 qualification.", "Nursery Room Leader", UR),
    ("No qualifications are needed; full training is given.", "Warehouse Operative", UR),
    # lawful age limits and service users described by age
    ("By law you must be 18 or over to sell alcohol without supervision.", "Bar Staff", "age"),
    ("You must be at least 18 to hold an SIA licence.", "Door Supervisor", "age"),
    ("You will support older people living at home with dementia.", "Home Carer", "age"),
    ("Our youth club serves young people aged 11 to 19.", "Youth Worker", "age"),
    ("You'll work with children aged 0 to 5 in our nursery.", "Nursery Practitioner", "age"),
    ("We welcome applicants of all ages, including those returning to work later in life.", None, "age"),
    ("The service supports young adults leaving care.", "Support Worker", "age"),
    # kit, travel and costs the employer pays for, or supportive pay notes
    ("We provide all uniform and safety boots free of charge.", "Labourer", SE),
    ("Mileage is paid at 45p per mile and travel time between visits is paid.", "Care Worker", SE),
    ("A company laptop and phone will be provided.", "Field Sales Executive", SE),
    ("We cover the full cost of your DBS check.", "Support Worker", SE),
    ("All tools and a fully fuelled company van are provided.", "Maintenance Operative", SE),
    ("This is a paid internship at the London Living Wage.", "Intern", SE),
    ("We welcome applicants from all backgrounds, including those who are the first in their family "
     "to go to university.", None, SE),
    ("Interview travel expenses will be reimbursed.", None, SE),
    ("We pay for your training and exam fees in full.", "Trainee Accountant", SE),
    ("Relocation support and a season ticket loan are available.", "Analyst", "bias"),
]


# Still missed after the round, kept visible (strict): "or equivalent" is read as the inclusive wording even
# when the thing itself is unnecessary.
FLAGGED_ROWS = with_known_misses(
    ROUND16_FLAGGED,
    lambda row: "'or equivalent' reads as inclusive wording"
    if row[0] == "Applicants must hold Grade 8 piano or equivalent."
    else None,
)


@pytest.mark.parametrize(("text", "title", "category"), FLAGGED_ROWS)
def test_round16_flags(text: str, title: str | None, category: str) -> None:
    assert category in categories(text, title)


@pytest.mark.parametrize(("text", "title", "category"), ROUND16_QUIET)
def test_round16_stays_quiet(text: str, title: str | None, category: str) -> None:
    assert quiet(text, title, category)
