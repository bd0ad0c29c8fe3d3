"""The candidate's name in every form, for names of many origins; other people numbered consistently."""

import pytest

from services.redaction.names import fold, name_tokens
from services.redaction.service import PersonNumbering, Redactor

from .conftest import removed


@pytest.mark.parametrize(("text", "folded"), [
    ("Nguyễn Thị Thu", "Nguyen Thi Thu"),
    ("Małgorzata Wójcik", "Malgorzata Wojcik"),
    ("Siobhán Ó Súilleabháin", "Siobhan O Suilleabhain"),
    ("Zoë Brontë", "Zoe Bronte"),
    ("Çelik Ağaoğlu", "Celik Agaoglu"),
])
def test_fold_removes_diacritics_and_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_name_tokens_split_hyphenated_names() -> None:
    tokens = set(name_tokens("Oluwaseun", "Adebayo-Okafor"))
    assert tokens == {"Oluwaseun", "Adebayo-Okafor", "Adebayo", "Okafor"}


# (first, last, preferred, text, the mention that must go)
NAMES = [
    ("Grace", "Wood", None, "My name is Grace Wood and I apply.", "Grace Wood"),
    ("Grace", "Wood", None, "WOOD, Grace\nCare Worker", "WOOD, Grace"),
    ("Grace", "Wood", None, "grace wood, care worker", "grace wood"),
    ("Grace", "Wood", None, "Grace's manager said so.", "Grace"),
    ("Grace", "Wood", None, "Signed: G. Wood", "G. Wood"),
    ("Grace", "Wood", None, "Initials: GW", "GW"),
    ("Grace", "Wood", None, "Applicant: Grace\nWood", "Grace\nWood"),
    ("Oluwaseun", "Adebayo-Okafor", "Seun", "Seun Adebayo-Okafor applies.", "Seun Adebayo-Okafor"),
    ("Oluwaseun", "Adebayo-Okafor", "Seun", "Mrs Okafor wrote.", "Okafor"),
    ("Oluwaseun", "Adebayo-Okafor", "Seun", "ask for Seun", "Seun"),
    ("Oluwaseun", "Adebayo-Okafor", None, "O. Adebayo-Okafor", "O. Adebayo-Okafor"),
    ("Thị Thu", "Nguyễn", None, "I, Nguyễn Thị Thu, confirm.", "Nguyễn Thị Thu"),
    ("Thị Thu", "Nguyễn", None, "nguyen thi thu confirms", "nguyen thi thu"),
    ("Małgorzata", "Wójcik", "Gosia", "Malgorzata Wojcik (Gosia)", "Malgorzata Wojcik"),
    ("Małgorzata", "Wójcik", "Gosia", "Malgorzata Wojcik (Gosia)", "Gosia"),
    ("Siobhán", "O'Brien", None, "Siobhán O'Brien's statement", "Siobhán O'Brien"),
    ("Muhammad", "Iqbal", "Mo", "MUHAMMAD IQBAL\nSupporting statement", "MUHAMMAD IQBAL"),
    ("Priya", "Ramasubramanian", None, "Priya Ramasubramanian, Bootle", "Priya Ramasubramanian"),
    ("Wei", "Zhang", None, "Zhang Wei (Wei Zhang)", "Zhang Wei"),
    ("Kwame", "Mensah", None, "Mensah, Kwame", "Mensah, Kwame"),
    ("Amina", "Abdullahi", None, "Amina Abdullahi joined in 2019.", "Amina Abdullahi"),
    ("Delroy", "Campbell", None, "delroy.campbell@gmail.com", "delroy.campbell@gmail.com"),
    ("João", "Pereira", None, "Joao Pereira", "Joao Pereira"),
    ("Layla", "Al-Hashimi", None, "Layla Al-Hashimi", "Layla Al-Hashimi"),
    ("Rosa", "Esposito", None, "esposito, rosa", "esposito, rosa"),
    ("Will", "Young", None, "Will Young will apply.", "Will Young"),
]


@pytest.mark.parametrize(("first", "last", "preferred", "text", "mention"), NAMES)
def test_candidate_name_every_form(redactor: Redactor, first: str, last: str, preferred: str | None,
                                   text: str, mention: str) -> None:
    candidate = {"first_name": first, "last_name": last, "preferred_name": preferred,
                 "email": "delroy.campbell@gmail.com" if first == "Delroy" else None}
    result = redactor.redact(text, candidate)
    start = text.index(mention)
    covered = [e for e in result.entities if e.start <= start and start + len(mention) <= e.end]
    assert covered, (text, result.entities)


@pytest.mark.parametrize(("first", "last", "text", "kept"), [
    ("Grace", "Wood", "treats you with a bit of grace and patience", "grace"),
    ("Will", "Young", "I will support young people", "will"),
    ("Will", "Young", "I will support young people", "young"),
    ("Hope", "Baker", "I hope to work with the bakery team", "hope"),
])
def test_ordinary_words_that_are_names_stay(redactor: Redactor, first: str, last: str, text: str,
                                            kept: str) -> None:
    result = redactor.redact(text, {"first_name": first, "last_name": last})
    start = text.index(kept)
    assert not any(e.start <= start < e.end for e in result.entities), result.entities


def test_candidate_is_candidate_and_others_are_numbered(redactor: Redactor) -> None:
    text = ("My manager, Denise Halliwell, supported me. Grace Wood is my name. "
            "Karen Moss wrote a letter. Denise also trained me, and Mrs Halliwell signed it off.")
    result = redactor.redact(text, {"first_name": "Grace", "last_name": "Wood"})
    replaced = {text[e.start:e.end]: e.replacement for e in result.entities}
    assert replaced["Grace Wood"] == "[CANDIDATE]"
    assert replaced["Denise Halliwell"] == "[PERSON 1]"
    assert replaced["Karen Moss"] == "[PERSON 2]"
    assert replaced.get("Denise") == "[PERSON 1]"
    assert replaced.get("Halliwell") == "[PERSON 1]"  # "Mrs [PERSON 1]": another person's title stays


def test_numbering_is_shared_across_fields_of_one_application(redactor: Redactor) -> None:
    numbering = PersonNumbering()
    first = redactor.redact("My referee is Denise Halliwell.", None, numbering=numbering)
    second = redactor.redact("I worked with Karen Moss, then with Denise Halliwell.", None,
                             numbering=numbering)
    assert "[PERSON 1]" in first.text
    assert second.text == "I worked with [PERSON 2], then with [PERSON 1]."


def test_without_identity_the_header_name_is_the_candidate(redactor: Redactor) -> None:
    text = "Applicant: Oluwaseun Adebayo-Okafor\n\nI am Oluwaseun and my manager was Karen Moss."
    result = redactor.redact(text)
    assert result.text == "Applicant: [CANDIDATE]\n\nI am [CANDIDATE] and my manager was [PERSON 1]."


def test_offsets_point_into_the_input(redactor: Redactor) -> None:
    text = "Nguyễn Thị Thu\n07700 900214 · thu.nguyen@example.co.uk\nMy husband and I live in L20 6EU."
    result = redactor.redact(text, {"first_name": "Thị Thu", "last_name": "Nguyễn"})
    assert [text[e.start:e.end] for e in result.entities] == [
        "Nguyễn Thị Thu", "07700 900214", "thu.nguyen@example.co.uk", "My husband", "L20 6EU"]
    rebuilt, cursor = [], 0
    for e in result.entities:
        rebuilt += [text[cursor:e.start], e.replacement]
        cursor = e.end
    assert "".join(rebuilt) + text[cursor:] == result.text


def test_found_by_detection_too(redactor: Redactor) -> None:
    # The ATS does not know the nickname; detection still removes the other people.
    found = removed(redactor, "My supervisor Mr Tomasz Kowalczyk and Dr. Adaeze Obi were referees.")
    assert {s for s, t in found if t == "PERSON"} >= {"Tomasz Kowalczyk", "Adaeze Obi"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Dear Mrs Costello,\nThank you.", "Dear Mrs [PERSON 1],\nThank you."),
    ("Referee: Dr Sarah McGowan, GP", "Referee: Dr [PERSON 1], GP"),
    ("Fr. Elie Khoury wrote my reference.", "Fr. [PERSON 1] wrote my reference."),
    ("Reference: Mrs Crosby (Team Leader)", "Reference: Mrs [PERSON 1] (Team Leader)"),
    ("A. Personal details\nB. Present employment\nE. References\n", "A. Personal details\nB. Present employment\n"
     "E. References\n"),
    ("I worked for Persimmon Homes and at the Hilton Garden Inn Guildford.",
     "I worked for Persimmon Homes and at the Hilton Garden Inn Guildford."),
])
def test_other_peoples_titles_form_headings_and_employers_stay(redactor: Redactor, text: str,
                                                               expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_a_name_ends_at_the_next_column_of_a_form(redactor: Redactor) -> None:
    text = "Name: J. E. Hunter     Date: 4/11/26"
    assert redactor.redact(text, {"first_name": "Jane", "last_name": "Hunter"}).text \
        == "Name: [CANDIDATE]     Date: 4/11/26"


@pytest.mark.parametrize(("first", "text", "mention"), [
    ("William", "Everyone calls me Bill.", "Bill"),
    ("Bill", "William Marsh, school crossing patrol", "William"),
    ("Małgorzata", "Ask for Gosia on reception.", "Gosia"),
    ("Oluwaseun", "Friends call me Seun.", "Seun"),
])
def test_familiar_forms_of_the_given_name(redactor: Redactor, first: str, text: str, mention: str) -> None:
    result = redactor.redact(text, {"first_name": first, "last_name": "Marsh"})
    start = text.index(mention)
    assert any(e.start <= start and start + len(mention) <= e.end and e.type == "CANDIDATE_NAME"
               for e in result.entities), result.entities


@pytest.mark.parametrize(("text", "expected"), [
    ("File ref: YBA-KC-HR-88\n", "File ref: [CANDIDATE]-KC-HR-88\n"),
    ("Signed Y.B.A. on 3 May", "Signed [CANDIDATE] on 3 May"),
    ("I used the YMCA gym and the YBS account.", "I used the YMCA gym and the YBS account."),
])
def test_initials_of_a_three_part_name(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text, {"first_name": "Yaw", "last_name": "Boateng Agyeman"}).text == expected
