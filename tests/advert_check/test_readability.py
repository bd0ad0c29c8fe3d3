"""Sentence splitting, normalisation for textstat, reading age, long sentences and passive voice."""

import pytest

from services.advert_check.readability import normalise, readability, split_sentences
from services.advert_check.service import check_advert

LIST_ADVERT = """About the role
You will answer calls from residents
- Book repairs for council homes
- Keep records up to date
- Work with the repairs team
What we offer
- 27 days' leave
"""


def test_bullets_and_headings_end_sentences() -> None:
    sentences = split_sentences(LIST_ADVERT)
    texts = [s.text for s in sentences]
    assert texts == [
        "About the role",
        "You will answer calls from residents",
        "Book repairs for council homes",
        "Keep records up to date",
        "Work with the repairs team",
        "What we offer",
        "27 days' leave",
    ]
    assert [s.heading for s in sentences][:2] == [True, False]


def test_normalised_text_has_one_full_stop_per_item_and_no_headings() -> None:
    norm = normalise(split_sentences(LIST_ADVERT))
    assert "About the role" not in norm
    assert norm.count(".") == 5


def test_without_normalisation_a_list_is_one_long_sentence() -> None:
    # The reason for normalising: textstat on the raw list sees one sentence of 30 words.
    read = readability(split_sentences(LIST_ADVERT))
    assert read.average_sentence_length < 8
    assert read.longest_sentence_length == 6


def test_wrapped_lines_join_into_one_sentence() -> None:
    text = "We are looking for someone who\nenjoys helping residents. Apply now."
    assert [s.text for s in split_sentences(text)] == [
        "We are looking for someone who\nenjoys helping residents.",
        "Apply now.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Bring ID, e.g. a passport, to the interview. Then start."
    assert len(split_sentences(text)) == 2


def test_reading_age_is_fk_grade_plus_five() -> None:
    read = check_advert("You will help people find a home. You will answer the phone and reply to emails.").readability
    assert read.reading_age == pytest.approx(max(read.flesch_kincaid_grade, 0) + 5, abs=0.11)


def test_plain_text_reads_easier_than_jargon() -> None:
    plain = check_advert("You will help people find a home. You will answer calls and reply to emails.")
    dense = check_advert(
        "The postholder will facilitate the operationalisation of multi-agency accommodation pathways, "
        "ensuring organisational compliance with statutory homelessness legislation and regulations."
    )
    assert plain.readability.flesch_reading_ease > dense.readability.flesch_reading_ease
    assert plain.readability.reading_age < dense.readability.reading_age


def test_long_sentence_over_25_words() -> None:
    long = " ".join(["word"] * 30) + "."
    found = [f for f in check_advert(f"Short one. {long}").findings if f.category == "long_sentence"]
    assert len(found) == 1 and "30 words" in found[0].message


@pytest.mark.parametrize(
    ("text", "passive"),
    [
        ("Applications will be reviewed by the panel.", True),
        ("Interviews were held in March.", True),
        ("Shortlisted candidates will be contacted.", True),
        ("You will be based at the Town Hall.", False),
        ("We are committed to equality.", False),
        ("The panel will review applications.", False),
    ],
)
def test_passive_voice(text: str, passive: bool) -> None:
    found = any(f.category == "passive_voice" for f in check_advert(text).findings)
    assert found is passive


def test_word_count() -> None:
    assert check_advert("One two three four five.").readability.word_count == 5
