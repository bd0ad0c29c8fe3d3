"""Inclusion signals, present or missing, with suggested wording for each missing one."""

import pytest

from services.advert_check.lexicon import SIGNALS
from services.advert_check.service import check_advert

PRESENT = [
    ("salary", "Salary: £24,294 to £25,979 a year."),
    ("salary", "Grade 5, SCP 12 to 17."),
    (
        "disability_confident",
        "As a Disability Confident employer we guarantee an interview to disabled applicants "
        "who meet the essential criteria.",
    ),
    ("reasonable_adjustments", "Tell us about any reasonable adjustments you need."),
    ("reasonable_adjustments", "This advert is available in large print."),
    ("flexible_working", "We offer flexible working and job sharing."),
    ("flexible_working", "Hybrid working: two days in the office."),
    (
        "care_experienced_gis",
        "If you are care experienced and meet the essential criteria we will offer you an interview.",
    ),
    ("apply_anyway", "If you don't meet every criterion, we want to hear from you anyway."),
    ("apply_anyway", "Not sure if you meet all of the criteria? Apply anyway."),
    ("closing_date", "Closing date: 5 December 2026."),
    ("closing_date", "The advert closes on Friday."),
    ("contact_for_informal_chat", "For an informal chat, call Aisha Khan on 0151 000 0000."),
    ("interview_format_options", "Interviews can be face-to-face or online."),
    ("interview_format_options", "You can choose whether your interview is at the Town Hall or on Teams."),
]


@pytest.mark.parametrize(("signal", "text"), PRESENT)
def test_signal_present(signal: str, text: str) -> None:
    assert signal not in check_advert(text).missing_signals


MISSING = [
    ("salary", "Competitive pay and benefits."),
    (
        "disability_confident",
        "We are a Disability Confident employer.",
    ),  # the scheme without the interview offer
    ("care_experienced_gis", "We support care leavers."),
    ("interview_format_options", "Interviews will be held at the Town Hall."),
    ("contact_for_informal_chat", "Apply online."),
]


@pytest.mark.parametrize(("signal", "text"), MISSING)
def test_signal_missing(signal: str, text: str) -> None:
    result = check_advert(text)
    assert signal in result.missing_signals
    assert result.suggested_wording[signal]


def test_bare_advert_misses_every_signal_with_wording() -> None:
    result = check_advert("We are hiring an administrator. Apply online.")
    assert set(result.missing_signals) == set(SIGNALS)
    assert set(result.suggested_wording) == set(SIGNALS)
    assert all(s.suggestion for s in result.signals if not s.present)
