"""The trained sentence model beside the word lists: what its findings look like, that it can be switched off, and
that the quiet rows of every wording table stay quiet with it on."""

from pathlib import Path

import pytest

from services.advert_check.lexicon import BIAS_CATEGORIES
from services.advert_check.sentence_model import LABELS, SentenceModel
from services.advert_check.service import SENTENCE_MODEL, check_advert
from services.common.settings import get_settings

from .tables import table_rows

# A sentence the word lists have no entry for and the model flags (advert 181 of the evaluation set).
STRESS = "No time off for stress or anxiety in the last three years."
ADVERT = f"Port Health Officer\n\nAbout you\n\n- {STRESS}\n- A good eye for detail.\n\nWe pay £32,000 a year."


def model_findings(text: str, title: str | None = None) -> list:  # type: ignore[type-arg]
    return [f for f in check_advert(text, title).findings if f.rule.startswith("model.")]


def test_a_flagged_sentence_is_one_medium_finding_over_the_whole_sentence() -> None:
    [finding] = model_findings(ADVERT, "Port Health Officer")
    assert finding.category == "disability"
    assert finding.severity == "medium"
    assert finding.rule == "model.disability"
    assert finding.text == STRESS
    assert ADVERT[finding.start : finding.end] == STRESS
    assert "health" in finding.message and finding.suggestion
    assert "Equality Act 2010" in finding.source and "sentence model" in finding.source


def test_the_finding_costs_points_in_the_breakdown() -> None:
    on = check_advert(ADVERT, "Port Health Officer")
    off = check_advert(ADVERT, "Port Health Officer", sentence_model=False)
    assert on.score < off.score
    assert any("disability" in b.reason for b in on.score_breakdown)


def test_switched_off_it_adds_nothing_and_says_so() -> None:
    off = check_advert(ADVERT, "Port Health Officer", sentence_model=False)
    assert not [f for f in off.findings if f.rule.startswith("model.")]
    assert off.sentence_model_version is None
    assert check_advert(ADVERT, "Port Health Officer").sentence_model_version == SENTENCE_MODEL.version


def test_the_setting_switches_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAIRHIRE_ADVERT_SENTENCE_MODEL", "false")
    get_settings.cache_clear()
    try:
        assert model_findings(ADVERT, "Port Health Officer") == []
    finally:
        monkeypatch.delenv("FAIRHIRE_ADVERT_SENTENCE_MODEL")
        get_settings.cache_clear()
    assert model_findings(ADVERT, "Port Health Officer")


def test_it_does_not_repeat_a_word_list_finding_of_the_same_category() -> None:
    text = "You must be young and energetic, with no time off for stress or anxiety in the last three years."
    for f in model_findings(text):
        assert not [g for g in check_advert(text, sentence_model=False).findings
                    if g.category == f.category and g.start < f.end and f.start < g.end]


def test_headings_and_empty_adverts_are_not_read() -> None:
    assert model_findings("Young Persons Support Worker\n\nAbout the role\n\nYou will run groups.") == []
    assert check_advert("   ").findings == []


def test_the_weights_are_the_packaged_ones_and_load_from_a_local_path() -> None:
    model = SentenceModel()
    assert model.version.startswith("fairhire_advert_sentences-")
    assert (Path(__file__).resolve().parents[2] / "services/advert_check/data/sentence_model/meta.json").exists()
    assert set(LABELS) <= set(BIAS_CATEGORIES)


# Quiet rows the model still flags, kept as strict xfails so a fix shows.
KNOWN_LOUD = {
    "Essential\n- A degree in building surveying": (
        "the degree the job needs, judged against the title: a bag of words does not know which degree fits which job"
    ),
}


def _quiet_rows() -> list:  # type: ignore[type-arg]
    """Every quiet row of the wording tables for the model's categories: (text, title, category or "bias")."""
    return [pytest.param(row.text, row.title, row.category, id=f"{row.module}-{row.text[:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_LOUD[row.text])]
                         if row.text in KNOWN_LOUD else [])
            for row in table_rows() if not row.flagged and (row.category in LABELS or row.category == "bias")]


@pytest.mark.parametrize(("text", "title", "category"), _quiet_rows())
def test_quiet_rows_stay_quiet_with_the_model_on(text: str, title: str | None, category: str) -> None:
    found = {f.category for f in model_findings(text, title)}
    assert not (found & set(LABELS) if category == "bias" else category in found)
