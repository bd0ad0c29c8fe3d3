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
    ("flexible_working", "We work flexibly: most of the team works from home some days."),
    ("flexible_working", "Part-time contracts of 30 hours or more are considered."),
    ("flexible_working", "We can be flexible about which days and hours you work."),
    ("flexible_working", "You choose which weekdays you work."),
    ("flexible_working", "We're happy to fit your hours around the school run."),
    (
        "care_experienced_gis",
        "If you are care experienced and meet the essential criteria we will offer you an interview.",
    ),
    ("apply_anyway", "If you don't meet every criterion, we want to hear from you anyway."),
    ("apply_anyway", "Not sure if you meet all of the criteria? Apply anyway."),
    ("closing_date", "Closing date: 5 December 2026."),
    ("closing_date", "The advert closes on Friday."),
    ("contact_for_informal_chat", "For an informal chat, call Aisha Khan on 0151 000 0000."),
    # a named person to ask, however the advert words it (the adverts' "For a chat ..." lines, second session 10)
    ("contact_for_informal_chat", "For a chat about the job, call Debbie Lang, Team Leader, on 01632 960 801."),
    ("contact_for_informal_chat", "Questions? Ring Gary Tindall on 01632 960 288."),
    ("contact_for_informal_chat", "Want to know more? Give Bev Thornley, Town Clerk, a ring on 01632 960 214."),
    ("contact_for_informal_chat", "Ring Dave Pellow on 07700 900 414 for a chat."),
    ("contact_for_informal_chat", "For a chat, call our Chief Officer, Margaret Lowe, on 01632 960 145."),
    (
        "contact_for_informal_chat",
        "Interested? Drop our Head of Communications, Jess Harker, a line at\njess.harker@example.gov.uk.",
    ),
    ("contact_for_informal_chat", "Enquiries about this post may be directed to Mrs Caroline Dwyer on 01632 960 155."),
    ("closing_date", "Apply online at carnford.example/jobs by 5pm on Friday 18 December 2026."),
    ("closing_date", "Completed forms should be returned to the school office by 12 noon on Wednesday 9 December."),
    ("closing_date", "Send us a CV and a short note about why you want to do this by Friday 15 January."),
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
    ("flexible_working", "Full-time, 37 hours a week, Monday to Friday. Part-time work experience is an advantage."),
    ("contact_for_informal_chat", "Questions? Contact Human Resources on 01632 960 000."),
    ("contact_for_informal_chat", "Come to Hexley Library for a chat about volunteering."),
    ("closing_date", "We recruit all year round, so there's no closing date."),
    ("closing_date", "Apply online. Interviews will be held by the panel on Friday."),
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
