"""The trained marker model, switched on (`FAIRHIRE_REDACTION_MARKER_MODEL=true`): what it adds to the rules, how
its spans are shaped, and the cost it is known for (docs/redaction.md, eighth session)."""

from types import SimpleNamespace

import pytest

from services.redaction.marker_model import MODEL_REPLACEMENT
from services.redaction.service import Redactor, build_redactor


@pytest.fixture(scope="module")
def with_model() -> Redactor:
    return build_redactor(SimpleNamespace(redaction_marker_model=True))


def test_it_is_off_unless_asked_for(redactor: Redactor) -> None:
    names = {r.name for r in redactor.analyzer.registry.recognizers}
    assert "MarkerModel" not in names


RETRAINED = ("the retrained weights (ninth session: up to held-out 15; fifteenth: up to held-out 41) miss this "
             "wording, which the first ones found")


@pytest.mark.parametrize(("text", "disclosure"), [
    pytest.param("I had DSA myself as a student, so I know the assessment from the other side.", "DSA myself",
                 marks=pytest.mark.xfail(strict=True, reason=RETRAINED)),
    pytest.param("I still see my GP every few months but I have been well for a long time.", "see my GP",
                 marks=pytest.mark.xfail(strict=True, reason=RETRAINED)),
    ("I came over to train in 1991 and stayed.", "came over to train"),
])
def test_it_removes_disclosures_worded_past_the_rules(with_model: Redactor, text: str, disclosure: str) -> None:
    result = with_model.redact(text)
    assert disclosure not in result.text
    assert MODEL_REPLACEMENT in result.text  # it is sure of a disclosure, not of its kind


def test_a_rule_names_the_kind_where_both_find_it(with_model: Redactor) -> None:
    result = with_model.redact("I still see my GP every few months for my depression, and it is well controlled.")
    assert "depression" not in result.text
    assert "[removed: health]" in result.text
    assert MODEL_REPLACEMENT not in result.text


def test_its_spans_stay_on_one_line_and_skip_bare_answers(with_model: Redactor) -> None:
    text = "Religion: Buddhist   Veteran: Yes\nDisability: No\nI had DSA myself as a student."
    result = with_model.redact(text)
    for entity in result.entities:
        assert "\n" not in text[entity.start:entity.end]
        if entity.replacement == MODEL_REPLACEMENT:  # the rules take a monitoring "No" since the twelfth session
            assert text[entity.start:entity.end].strip().casefold() not in ("yes", "no")


def test_a_move_between_employers_stays(with_model: Redactor) -> None:
    # the first weights read this as national origin; the retrained ones (ninth session) keep it for the panel
    text = "I moved from Merseyrail to Sefton Council in 2019."
    assert with_model.redact(text).text == text


def test_being_first_in_the_family_at_university_stays(with_model: Redactor) -> None:
    # background, not a protected characteristic: the ninth session's weights took it, the fifteenth's keep it
    text = "I was the first in my family to go to university."
    assert with_model.redact(text).text == text
