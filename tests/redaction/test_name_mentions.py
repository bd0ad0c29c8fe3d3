"""Names found once go everywhere they occur; names candidates give themselves; places named after people."""

import unicodedata

import pytest

from services.redaction.service import PersonNumbering, Redactor, _inferred_identity


@pytest.mark.parametrize(("text", "short"), [
    ("I reported to Tunde Bakare for two years. Later Tunde asked me to lead the team.", "Tunde"),
    ("I reported to Siobhan Kearney for three years; Ms Kearney's reference is attached.", "Kearney"),
    ("my supervisor was małgorzata wójcik and małgorzata trained me on agresso.", "małgorzata"),
])
def test_a_name_found_once_is_removed_everywhere(redactor: Redactor, text: str, short: str) -> None:
    result = redactor.redact(text)
    assert short.casefold() not in result.text.casefold(), result.text
    assert "[PERSON 1]" in result.text and "[PERSON 2]" not in result.text, result.text


def test_a_name_from_an_earlier_field_keeps_its_number(redactor: Redactor) -> None:
    numbering = PersonNumbering()
    first = redactor.redact("My manager was Chidi Obi.", numbering=numbering)
    second = redactor.redact("Chidi said I was the most reliable driver on the rota.", numbering=numbering)
    assert first.text == "My manager was [PERSON 1]."
    assert second.text.startswith("[PERSON 1] said")


@pytest.mark.parametrize(("text", "kept"), [
    ("I worked with Grace on the rota. We chopped wood and planted a grace garden.", "wood"),
    ("We moved the gas meters. Gas Safe rules apply.", "Gas Safe"),
])
def test_ordinary_words_are_not_spread(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("Most people call me Katka.", "Katka"),
    ("My friends and colleagues call me Amaka, and Amaka is on my badge.", "Amaka"),
    ("I go by Mide at work.", "Mide"),
    ("My full first name is Kwabena, after the day I was born.", "Kwabena"),
    ("i'm fatou and people call me fatou.", "fatou"),
    ("Forenames: Terence (known as Tez)\nI drove for Veolia.", "Tez"),
    ('My colleagues call me Aman or "Gilly".', "Gilly"),
    ("My name is Tomasz Kowalczyk (Tom at work). Tom drove HGVs for Veolia.", "Tom"),
    ("I look forward to hearing from you.\n\nKind regards,\nThu\n", "Thu"),
    ("Many thanks\nSigned F. Lacatus\n", "Lacatus"),
    ("A note on my name: it's pronounced KEER-a O-SULL-i-van.\n", "KEER-a"),
    ('Name: Niamh Ní Mhurchú (pronounced "Neeve Nee Wur-oo")', "Neeve"),
    # twelfth session (held-out 27): a site nickname after a dash; a lower-case second name ending the clause
    ("DAVIES, Gareth (Mr)  –  known on site as Gaz\nClerk of Works", "Gaz"),
    ("the name on my passport is patrick; everyone here calls me pádraig or paddy.\n", "paddy"),
])
def test_names_candidates_give_themselves(redactor: Redactor, text: str, name: str) -> None:
    result = redactor.redact(text)
    assert name not in result.text
    assert "[CANDIDATE]" in result.text


@pytest.mark.parametrize("text", [
    "Please call me on 07700 900123 after six.",
    "My colleagues call me reliable and calm under pressure.",
    "Please call me back if anything is unclear.",
])
def test_call_me_without_a_name_removes_nothing_else(redactor: Redactor, text: str) -> None:
    assert "[CANDIDATE]" not in redactor.redact(text).text


@pytest.mark.parametrize("place", [
    "Hugh Baird College", "Rowan Park School", "Crosby Lodge Care Home", "Edge Hill University",
    "Laing O'Rourke", "idverde",
])
def test_places_and_employers_named_like_people_stay(redactor: Redactor, place: str) -> None:
    text = f"From 2019 I worked at {place} as an administrator, keeping records in Agresso."
    assert place in redactor.redact(text).text


@pytest.mark.parametrize("title", [
    "Head Chef", "Library Supervisor", "Digital Marketing Executive", "Graduate Management Trainee",
    "Speech and Language Therapy Assistant", "Youth Worker",
])
def test_job_titles_stay(redactor: Redactor, title: str) -> None:
    text = f"Sept 2018 – present | {title} | Sefton Council\nReferee: Jan Horrocks, {title}"
    result = redactor.redact(text)
    assert result.text.count(title) == 2, result.text
    assert "Jan Horrocks" not in result.text


@pytest.mark.parametrize(("text", "candidate"), [
    ("Tharindu (T.) Jayawardena\nICT Support Analyst", {"first_name": "Tharindu", "last_name": "Jayawardena"}),
    ("Yours sincerely,\nBridget (Biddy) McDonagh", None),
    ("Ó BRIAIN, Seán — Curriculum Vitae", {"first_name": "Seán", "last_name": "Ó Briain"}),
])
def test_the_whole_written_name_goes(redactor: Redactor, text: str, candidate: dict | None) -> None:
    first_line_or_signature = redactor.redact(text, candidate).text
    assert "[CANDIDATE]" in first_line_or_signature
    assert not any(part in first_line_or_signature for part in ("(T.)", "Biddy", "Ó"))


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_name_with_diacritics_goes_in_composed_and_decomposed_text(redactor: Redactor, form: str) -> None:
    # The name patterns allow combining marks only when the text has some (thirteenth session, for speed).
    text = unicodedata.normalize(form, "Statement by Nguyễn Thị Thu. I am writing as N. T. Nguyễn about the post.")
    result = redactor.redact(text, {"first_name": "Thu", "last_name": "Nguyễn"})
    assert "Nguy" not in result.text
    assert result.text.count("[CANDIDATE]") >= 2


@pytest.mark.parametrize(("text", "names"), [
    ("References\nAndrew Sumner, Payroll Manager, Sefton Council – 0151 496 0514\n"
     "Bernadette (Bernie) Flanagan, retired, ex-Knowsley\n", ["Andrew Sumner", "Bernadette", "Bernie", "Flanagan"]),
    ("References:\n1. Laura Pennington, Lead OT, Wirral Council\n2. Babatunde Akinola, Clinical Lead, LUHFT\n",
     ["Laura Pennington", "Babatunde Akinola"]),
    ("Referees: Anne-Marie Gorman, Superintendent Registrar, Liverpool; Pastor Winston Alleyne",
     ["Anne-Marie Gorman", "Winston Alleyne"]),
    ("Referees: Colm Ó Riada, Appeals Team Leader, LCC (colm@example.org)", ["Colm Ó Riada"]),
    ("i would love to work in the school.\n\nreferees:\nlorraine bradshaw (senco) - granby street primary\n"
     "abdirahman yusuf, community liaison, somali welfare centre\n", ["abdirahman yusuf"]),
])
def test_people_listed_as_referees(redactor: Redactor, text: str, names: list[str]) -> None:
    result = redactor.redact(text).text
    assert not [name for name in names if name in result], result
    assert "Sefton Council" in result or "Sefton" not in text


def test_a_team_signing_off_stays(redactor: Redactor) -> None:
    assert redactor.redact("Kind regards,\nThe Housing Team\n").text == "Kind regards,\nThe Housing Team\n"


def test_employers_in_a_references_section_stay(redactor: Redactor) -> None:
    result = redactor.redact("References\nAvailable on request from Sefton Council, Bootle Town Hall.\n").text
    assert "Sefton Council" in result and "Bootle Town Hall" in result


@pytest.mark.parametrize(("text", "name"), [
    ("my supervisor Craig Hesketh trust me to work alone on small sites.", "Craig Hesketh"),
    ("My line manager, Ewa Nowak, signed off my NVQ.", "Ewa Nowak"),
    ("I care for my mum Hope at weekends.", "Hope"),
    ("I'm married to a woman, Catrin, and we live in Splott.", "Catrin"),
])
def test_a_person_introduced_by_a_relation(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).text


def test_a_bracketed_aside_after_a_name_stays(redactor: Redactor) -> None:
    assert redactor.redact("I worked with Tunde Bakare (my manager) for years.").text \
        == "I worked with [PERSON 1] (my manager) for years."


@pytest.mark.parametrize(("text", "name"), [
    ("Supporting statement\n\ni reported to duarte ferreira at the depot and he trained me on the routes.",
     "duarte"),
    ("Supporting statement\n\ni worked with layla nasser for two years on the housing register.", "layla"),
])
def test_lower_case_names_in_a_lower_case_sentence(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).text


def test_lower_case_words_in_a_normal_sentence_stay(redactor: Redactor) -> None:
    text = "I cleaned the wood floors and checked the gas meters before the Youth Club opened."
    assert redactor.redact(text).text == text


def test_names_in_the_candidates_email_are_the_candidates() -> None:
    text = ("Sports Development Officer\n\nEmail: javier.martinez.ruiz@gmail.com\n\n"
            "I am Javier. Martínez is my father's surname. I coach at Sefton Council.")
    identity = _inferred_identity(text)
    assert identity is not None and identity["first_name"].split() == ["Javier", "Martínez"]


def test_an_emails_sender_gives_the_names_and_initials_of_attached_files(redactor: Redactor) -> None:
    text = ("From: Jerome Clarke-Hinds <jerome.ch@outlook.com>\nAttachments: JClarkeHinds_CV.pdf; form_JCH.pdf; "
            "DBS_JC.pdf\n\nI run clinics at Cardiff Royal Infirmary. J. Clarke-Hinds")
    assert _inferred_identity(text) == {"first_name": "Jerome Clarke-Hinds", "last_name": "Clarke-Hinds",
                                        "preferred_name": ""}
    redacted = redactor.redact(text).text
    assert not [w for w in ("Jerome", "Clarke", "JCH", "JC.pdf") if w in redacted], redacted
    assert "DBS_" in redacted and "Cardiff Royal Infirmary" in redacted


def test_titles_letters_after_a_name_and_words_of_the_address_are_not_the_name(redactor: Redactor) -> None:
    text = ("Faisal M. Qassem MA, LRTPI\n5 Lodge Lane, Liverpool L8 0QE\n07700 900702 | faisal.q.admissions@gmail.com"
            "\n\nI hold an MA in town planning and I worked in Admissions.\n\nEnc.: CV (Qassem_F_CV.pdf)")
    identity = _inferred_identity(text)
    assert identity is not None and identity["first_name"].startswith("Faisal M Qassem")
    assert identity["last_name"] == "Qassem"
    redacted = redactor.redact(text).text
    assert "an MA in town planning" in redacted and "Admissions" in redacted and "Qassem" not in redacted, redacted
    assert "_F_" not in redacted, redacted


@pytest.mark.parametrize("text", [
    "Contact\n07700 900123\nMs F. O. Adebisi\n\nReferences\nMrs J. Smith, Head of HR",
    "Yours faithfully\n\nMandy Sykes\n(Amanda J. Sykes, Ms)\n\nReferees: Mrs J. Smith, Head of HR",
])
def test_the_candidates_own_title_goes_wherever_it_is(redactor: Redactor, text: str) -> None:
    identity = {"first_name": "Amanda" if "Sykes" in text else "Funmi",
                "last_name": "Sykes" if "Sykes" in text else "Adebisi"}
    redacted = redactor.redact(text, identity).text
    assert "Ms" not in redacted and "[removed: gender]" in redacted and "Mrs" in redacted, redacted


@pytest.mark.parametrize("text", [
    "Sports Development Officer\n\nEmail: j.m.ruiz@gmail.com\n07700 900123\n\nI coach at Sefton Council.",
    "Cleaner\nemail sefton.cleaner@gmail.com\nI cleaned Sefton Council offices.",
])
def test_a_job_title_at_the_top_is_not_the_candidates_name(redactor: Redactor, text: str) -> None:
    result = redactor.redact(text)
    assert "[CANDIDATE]" not in result.text and "Sefton Council" in result.text


@pytest.mark.parametrize(("text", "left_out"), [
    ("Ó BRIAIN, Seán — Curriculum Vitae\nApartment 4, 31 Rodney Street, Liverpool L1 9EH\n\nMr Ó Briain is my father.",
     ("Ó", "BRIAIN", "Seán", "Briain")),
    ("My name is Tran T. Mai and I am a cleaner. Mai is my given name.", ("Tran", "Mai", "T.")),
])
def test_one_letter_parts_of_an_inferred_name(redactor: Redactor, text: str, left_out: tuple[str, ...]) -> None:
    redacted = redactor.redact(text).text
    assert not [part for part in left_out if part in redacted], redacted


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("My referee is Dave Formby, my supervisor at the depot.", "Dave Formby", ""),
    ("My manager Jane Kirkby signed off my training.", "Jane Kirkby", ""),
    ("Reference: Mrs Crosby (Team Leader)", "Crosby", "Team Leader"),
    ("I lived in Formby and Crosby for years.", "", "Formby and Crosby"),
    ("I worked in Bootle Strand shopping centre and cleaned Crosby Lodge.", "", "Bootle Strand"),
])
def test_a_place_name_that_is_a_surname(redactor: Redactor, text: str, gone: str, kept: str) -> None:
    redacted = redactor.redact(text).text
    assert (not gone or gone not in redacted) and kept in redacted, redacted


@pytest.mark.parametrize(("text", "name"), [
    ("APPLICATION FORM\nSurname .............. Okafor\nForename(s) ........... Adaeze\n\nAdaeze is my name.",
     ["Okafor", "Adaeze"]),
    ("| Field | Answer |\n| Surname | Nwachukwu |\n| Forenames | Chidinma |\n\nChidinma here.",
     ["Nwachukwu", "Chidinma"]),
    ("**Name:** Pádraig Ó Súilleabháin\n**Post:** Caretaker\n\nPádraig is keen.", ["Pádraig", "Súilleabháin"]),
    ("# Nour El Houda BENALI\n07700 900111\n\nNour has worked in housing.", ["Nour", "BENALI"]),
])
def test_names_in_council_form_layouts(redactor: Redactor, text: str, name: list[str]) -> None:
    redacted = redactor.redact(text).text
    assert not [part for part in name if part in redacted], redacted
    assert "[CANDIDATE]" in redacted


@pytest.mark.parametrize(("text", "name"), [
    ("After training, Duarte asked me to cover the late shift.", "Duarte"),
    ("After training, Shanice asked me to cover the late shift.", "Shanice"),
    ("On my first day, Youssef showed me the round.", "Youssef"),
])
def test_a_first_name_alone_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("kept", [
    "Natasha's Law", "Alzheimer's Society", "ASYE", "MiDAS", "Pool Plant Operator",
])
def test_laws_charities_acronyms_and_jobs_named_like_people_stay(redactor: Redactor, kept: str) -> None:
    text = f"I completed my training on {kept} last year and use it every week."
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize(("text", "condition"), [
    ("I should mention that I have Type 1 diabetes and need short breaks.", "Type 1 diabetes"),
    ("I have Crohn's disease, which is well managed.", "Crohn"),
    ("I was diagnosed with Parkinson's in 2019.", "Parkinson"),
    ("I have Asperger's.", "Asperger"),
    ("I live with Multiple Sclerosis.", "Multiple Sclerosis"),
])
def test_capitalised_conditions_are_health_disclosures_not_people(redactor: Redactor, text: str,
                                                                  condition: str) -> None:
    result = redactor.redact(text).text
    assert condition not in result and "[removed: health]" in result and "PERSON" not in result, result


@pytest.mark.parametrize("text", [
    "My son has Down's syndrome, so I know how the SEN system works.",
    "I volunteer for Diabetes UK and the MS Society.",
])
def test_a_condition_named_after_someone_is_not_a_person(redactor: Redactor, text: str) -> None:
    assert "PERSON" not in redactor.redact(text).text


def test_a_capitalised_legal_term_in_a_first_person_disclosure_goes(redactor: Redactor) -> None:
    result = redactor.redact("I grew up in kinship care: my nan had a Special Guardianship Order for me.").text
    assert "Special Guardianship Order" not in result, result


@pytest.mark.parametrize("text", [
    "2015–present: Front of House Supervisor, Everyman Theatre (box office on Spektrix).",
    "Qualifications: CSCS card (green), Manual Handling, Allergen Awareness.",
    "Before that I ordered stock from Bidfood and trained with Highfield.",
    "I grew up between Osaka and Wallasey, and I use Genesys and Salesforce.",
    "I came to the UK from Nigeria in 2009 and lived on Bold Street, near Lord Street.",
    "Laurea Magistrale in Architettura, Università di Bologna, 2012.",
    "I volunteer at Wigan Youth Zone and manage accounts in Active Directory.",
])
def test_workplaces_courses_and_suppliers_are_not_people(redactor: Redactor, text: str) -> None:
    assert "PERSON" not in redactor.redact(text).text


def test_a_signature_line_with_a_bracketed_short_form(redactor: Redactor) -> None:
    result = redactor.redact("I have an MCSE.\n\nTharindu (T.) Jayawardena\nBootle, L20 5BN").text
    assert "Tharindu" not in result and "Jayawardena" not in result, result


@pytest.mark.parametrize(("text", "name"), [
    ("Ó CONCHÚIR, Seán  BSc (Hons) Environmental Health\n", "CONCHÚIR"),
    ("KOWALCZYK, Tomasz\nHGV Driver", "KOWALCZYK"),
])
def test_surname_comma_forename_cv_headers(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text", ["BSC, Environmental Health\n", "LIVERPOOL, Merseyside\n", "NOTE, Please read.\n"])
def test_capitalised_headers_that_are_not_names_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Yours sincerely,\nA. Siddiqui\n", "Siddiqui"),
    ("Signed: M. S. Islam", "Islam"),
    ("J.M.T. Pinto, Lifeguard", "Pinto"),
])
def test_initials_and_a_surname(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text", ["I worked for the U.K. Border Agency.", "A. Level results: B, C."])
def test_initials_that_are_not_a_person_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "expected"), [
    # who looked after a child in care is part of the disclosure, with when (see test_protected_markers)
    ("I was looked after by Liverpool City Council from the age of nine.",
     "I was [removed: care experience]."),
    ("I know the Children Act 1989 well.", "I know the Children Act 1989 well."),
    ("I worked with Action for Children for two years.", "I worked with Action for Children for two years."),
    ("I worked in the Looked After Children team.", "I worked in the Looked After Children team."),
])
def test_a_disclosure_stops_where_a_proper_name_starts_unless_it_names_a_carer(redactor: Redactor, text: str,
                                                                              expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(("text", "names"), [
    ("I checked new starters' work, including Thandiwe, Gintarė and Samira Haddad, for three months.",
     ["Thandiwe", "Gintarė", "Samira Haddad"]),
    ("I cooked for forty older people with Fátima Gonçalves and Teresa.", ["Fátima", "Teresa"]),
    ("I work most shifts with Nguyen Van Long, Abdel-Rahman Saleh and Sunita Chauhan.",
     ["Abdel-Rahman Saleh", "Sunita Chauhan"]),
    ('2. Leon "Tiny" Grant, Building Services Supervisor (retired), Lambeth', ["Leon", "Tiny", "Grant"]),
])
def test_people_in_a_list_with_a_found_name(redactor: Redactor, text: str, names: list[str]) -> None:
    result = redactor.redact(text).text
    assert not [name for name in names if name in result], result


@pytest.mark.parametrize(("text", "kept"), [
    ("2. Dr Farah Hashim, Lecturer, Newcastle College", "Lecturer"),
    ("I worked closely with the GP, Dr Emily Hargreaves, on reviews.", "GP"),
    ("Referees – Jo Mercer (Shelter), Ahmed Farah (YMCA)", "(Shelter)"),
    ("With Reverend Sarah Bishop and the SENCo, Mrs Helen Marsh, we planned it.", "SENCo"),
])
def test_job_titles_and_employers_next_to_a_name_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


def test_i_am_after_a_faith_word_is_not_part_of_a_name(redactor: Redactor) -> None:
    result = redactor.redact("As a Muslim I'm happy to work on Christmas Day.").text
    assert "Muslim" not in result and "[removed: religion]" in result, result


def test_a_partner_introduced_as_boyfriend(redactor: Redactor) -> None:
    assert "Minh" not in redactor.redact("I am engaged to my boyfriend Minh; we marry next summer.").text


@pytest.mark.parametrize("text", ["I worked for the Royal Borough of Greenwich.", "thank you\n"])
def test_boroughs_and_pronouns_are_not_people(redactor: Redactor, text: str) -> None:
    assert "PERSON" not in redactor.redact(text).text


@pytest.mark.parametrize(("text", "removed", "kept"), [
    ("i am engaged to my boyfriend minh, we marry next summer. minh works as a chef.", "minh", "chef"),
    ("i can do some evenings if my sister-in-law latifa helps with the children.", "latifa", "evenings"),
    ("i go to mass sometimes with my friend's mum danutė, but not every week.", "danutė", "week"),
    ("my husband works nights and my mum too, so my manager said i could start at ten.", None, "works"),
])
def test_a_name_after_a_relation_in_a_lower_case_text(redactor: Redactor, text: str, removed: str | None,
                                                      kept: str) -> None:
    result = redactor.redact(text).text
    assert kept in result, result
    if removed:
        assert removed not in result and "[PERSON 1]" in result, result
    else:
        assert "PERSON" not in result, result


@pytest.mark.parametrize(("text", "candidate", "gone"), [
    # a nickname that is also in the candidate's own e-mail address
    ("WANJIRU KAMAU (SHIRU)\nFinance Officer\n", {"first_name": "Wanjiru", "last_name": "Kamau",
                                                    "email": "shiru.kamau@outlook.com"}, "SHIRU"),
    ("Kind regards,\nRosalind Villanueva-Santos (Roz)\n", {"first_name": "Rosalind", "last_name": "Villanueva",
                                                           "email": "roz.villanueva.santos@yahoo.co.uk"}, "Roz"),
    # a birth name, and a name split over two lines at its particle
    ("Applicant: Kanokwan Whitehead (née Srisuk)\n", {"first_name": "Kanokwan", "last_name": "Srisuk"}, "née"),
    ("on your system it will be Pádraig Ó\nMurchú, which I use", {"first_name": "Pádraig",
                                                                  "last_name": "Ó Murchú"}, "Ó"),
    # names given after "know me as" and "or"
    ("everyone knows me as andy or \"lithuanian andy\". i am writing", None, "andy"),
    ("Most people in Preston know me as Chalky, though.", None, "Chalky"),
    ("On site everyone calls me Bogdan or just Bogdi.", None, "Bogdi"),
])
def test_names_the_candidate_goes_by(redactor: Redactor, text: str, candidate: dict | None, gone: str) -> None:
    result = redactor.redact(text, candidate).text
    assert gone not in result, result


def test_a_town_in_the_email_address_is_not_a_name(redactor: Redactor) -> None:
    candidate = {"first_name": "John", "last_name": "Smith", "email": "j.smith.leeds@gmail.com"}
    result = redactor.redact("I work at Leeds City Council; email j.smith.leeds@gmail.com", candidate).text
    assert "Leeds City Council" in result, result


@pytest.mark.parametrize(("text", "candidate", "expected"), [
    ("i am reliable.\n\nthank you\nhà\n", {"first_name": "Thanh Hà", "last_name": "Phạm", "preferred_name": "Hà"},
     "i am reliable.\n\nthank you\n[CANDIDATE]\n"),
    ("i am reliable.\n\nkind regards,\nmariam hassan\n", None, "i am reliable.\n\nkind regards,\n[CANDIDATE]\n"),
    ("i am reliable.\n\nthank you\n\nreferences on request\n", None,
     "i am reliable.\n\nthank you\n\nreferences on request\n"),
    ("Thank you,\nMª del Carmen Ruiz Olmedo\n", {"first_name": "María del Carmen", "last_name": "Ruiz Olmedo"},
     "Thank you,\n[CANDIDATE]\n"),
    ("My referees are Ma. Teresa Dizon and the head.", None, "My referees are [PERSON 1] and the head."),
])
def test_lower_case_sign_offs_and_abbreviated_forenames(redactor: Redactor, text: str, candidate: dict | None,
                                                        expected: str) -> None:
    assert redactor.redact(text, candidate).text == expected


@pytest.mark.parametrize(("text", "candidate", "names"), [
    # a nickname in quotes between the parts of a CV header's name
    ('Babatunde "Tunde" Adeyemi\n07700 900512 | tunde.adeyemi@example.com\n\nTunde has run the depot since 2019.',
     None, ["Babatunde", "Tunde", "Adeyemi"]),
    # a name the candidate gives in brackets, which the ATS block does not hold
    ("Applicant: Rosalinda Cruz Mendoza (preferred name: Linda)\nLinda is what everyone calls me.",
     None, ["Rosalinda", "Linda"]),
    ("My name is Kim Nguyen (Nguyễn Thị Kim on my passport).", {"first_name": "Kim", "last_name": "Nguyen"},
     ["Kim", "Nguyễn Thị"]),
    # the candidate's name inside an attached file's name, and their initials there
    ("Attachments: CV_SOkonjo_2026.pdf, Okonjo-cover-letter.docx", {"first_name": "Simi", "last_name": "Okonjo"},
     ["SOkonjo", "Okonjo-"]),
    ("Attached: CV_Esposito.pdf; Statement_MRE.docx", {"first_name": "Maria Rosa", "last_name": "Esposito"},
     ["Esposito", "_MRE"]),
    # initials before the surname without dots, and after a family name written first
    ("My payslips say T J K Brennan, so the checks may too.", {"first_name": "Tara", "last_name": "Brennan"},
     ["T J K", "Brennan"]),
    ("Signed:   Lam K M        Date: 03/11/26", {"first_name": "Ka Man", "last_name": "Lam"}, ["Lam K M"]),
    # a former surname from the form
    ("Surname: OKAFOR\nPrevious surname(s): NWOSU\nThe checks may find me as Nwosu.",
     {"first_name": "Ada", "last_name": "Okafor"}, ["NWOSU", "Nwosu"]),
    ("Ada Okafor (née Nwosu)", {"first_name": "Ada", "last_name": "Okafor"}, ["Nwosu"]),
    # a bracketed short form of a name in the block, a trailing initial in a file name, the family by its name
    ("Regards,\nMohammedamin Yusuf\n(Mohammed to colleagues)", {"first_name": "Mohammedamin", "last_name": "Yusuf"},
     ["Mohammed"]),
    ("Attachments: Kowalski_M_statement.docx", {"first_name": "Marta", "last_name": "Kowalski"}, ["Kowalski_M"]),
    ("Between the Doyles and the Mahons I grew up with two languages.", {"first_name": "Niamh", "last_name": "Doyle"},
     ["Doyles"]),
    # tenth session: middle names the block leaves out, a lower-case sign-off's initial, a file's initial
    ("full name: trần thị mai anh (passport TRAN THI MAI ANH)", {"first_name": "Anh", "last_name": "Tran"},
     ["thị mai", "THI MAI"]),
    ("many thanks\nmaricel (mrs m. dela cruz)", {"first_name": "Maricel", "last_name": "Dela Cruz"}, ["m."]),
    ("thanks\nbhavna (mrs b mistry)", {"first_name": "Bhavna", "last_name": "Mistry"}, ["mrs b "]),
    ("Attachments: E_Asamoah_CV.pdf", {"first_name": "Emmanuel", "last_name": "Asamoah"}, ["E_"]),
    # held-out 22 (read after its score): the form's own name fields beside the block, two initials in a file name
    ("Surname ........ GHEBREMEDHIN\nFirst names .... YONAS TESFAMARIAM\nKnown as ....... Yoni\nI am Tesfamariam.",
     {"first_name": "Yonas", "last_name": "Ghebremedhin"}, ["TESFAMARIAM", "Yoni", "Tesfamariam"]),
    ("Attachments: PRC_licence_JM_Dizon.pdf", {"first_name": "John Mark", "last_name": "Dizon"}, ["JM_"]),
    ("I have been married to Clive for twenty-four years.", None, ["Clive"]),
    # held-out 24 (read after its score): a maiden name beside another field, a zipped file, a fiancée, care of
    ("Surname: REID              Maiden name (if applicable): MCALLISTER\nSchool records say McAllister.",
     {"first_name": "Fiona", "last_name": "Reid"}, ["MCALLISTER", "McAllister"]),
    ("Attachments: sea_service_testimonials_Oyelaran.zip", {"first_name": "Tunde", "last_name": "Oyelaran"},
     ["Oyelaran"]),
    ("I am engaged to Kwabena, who works at the port.", None, ["Kwabena"]),
    # held-out 23 (read after its score): a name the candidate says they go by, in a sentence
    ("I was christened Margaret Ann Telford, but I have always gone by Annie.",
     {"first_name": "Margaret", "last_name": "Telford"}, ["Annie"]),
    ("Everyone at the depot calls me Gaz.", {"first_name": "Gareth", "last_name": "Pryce"}, ["Gaz"]),
    # held-out 25 and 26 (read after their scores): a respelling in quotes, a spouse after "married" or "lost" or
    # before "my husband"
    ('Niamh Ó Broin (colleagues use "Neev-oh")', {"first_name": "Niamh", "last_name": "Ó Broin"}, ["Neev-oh"]),
    ("When I was nine my dad married Roberto, and we moved to Luton.", None, ["Roberto"]),
    ("I lost Desmond in 2020 and went back to work the year after.", None, ["Desmond"]),
    ("Ji-woo, my wife, works at the same trust.", None, ["Ji-woo"]),
])
def test_names_given_beside_the_name(redactor: Redactor, text: str, candidate: dict | None, names: list[str]) -> None:
    redacted = redactor.redact(text, candidate).text
    for name in names:
        assert name not in redacted, redacted


@pytest.mark.parametrize("text", [
    "Also, my husband works nights.",
    "We lost Merseyrail as a client in 2020.",
    'We ran the programme (our "Step-Up" scheme) twice.',
])
def test_words_beside_a_relation_are_not_names(redactor: Redactor, text: str) -> None:
    names = [e for e in redactor.redact(text).entities if e.type in ("PERSON", "CANDIDATE_NAME")]
    assert names == [], names


def test_file_names_without_the_name_stay(redactor: Redactor) -> None:
    text = "I attach Annual_Report_2025.pdf and the Care_Act_2014_summary.docx."
    assert redactor.redact(text, {"first_name": "Simi", "last_name": "Okonjo"}).text == text


def test_a_common_word_surname_in_the_plural_stays(redactor: Redactor) -> None:
    text = "I walked the dogs through the Woods estate every morning."
    assert redactor.redact(text, {"first_name": "Anna", "last_name": "Wood"}).text == text


def test_other_words_between_the_name_parts_stay(redactor: Redactor) -> None:
    text = "Okafor and Adaeze spoke to the panel; Adaeze at the Okafor Centre."
    redacted = redactor.redact(text, {"first_name": "Adaeze", "last_name": "Okafor"}).text
    assert " and " in redacted and " at the " in redacted, redacted


def test_letters_that_are_not_the_candidates_initials_stay(redactor: Redactor) -> None:
    text = "I ran the TJ contract, the SMG bids and the KM returns; Previous employers: see below."
    assert redactor.redact(text, {"first_name": "Tara", "last_name": "Brennan"}).text == text
