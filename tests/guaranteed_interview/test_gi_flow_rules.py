"""The stateful flow's pure rules, as tables: breaches, confirmation, new rules against old marks, the report."""

import pytest

from services.common.errors import Conflict
from services.guaranteed_interview.flow import (
    applicant_from,
    check_confirmable,
    check_rules_fit_scores,
    is_breach,
    panel_badge,
    report,
)
from services.guaranteed_interview.models import Criterion, Outcome, ReportCandidate, SchemeName, Vacancy


@pytest.mark.parametrize(
    ("outcome", "meets_minimum", "invited", "breach"),
    [
        ("yes", True, False, True),
        ("yes", True, True, False),
        ("yes", True, None, False),  # not recorded yet
        ("no", True, False, False),  # a cap left them out, as the scheme allows
        ("no", False, False, False),  # did not meet the minimum criteria
        ("pending", None, False, False),
    ],
)
def test_breach(outcome, meets_minimum, invited, breach):
    assert is_breach(outcome, meets_minimum, invited) is breach


@pytest.mark.parametrize(("outcome", "badge"), [("yes", True), ("no", False), ("pending", False)])
def test_panel_badge(outcome, badge):
    assert panel_badge(outcome) is badge


@pytest.mark.parametrize(
    ("current", "confirmed", "error"),
    [("yes", "yes", None), ("no", "no", None), ("yes", "no", "'yes', not 'no'"), ("no", "yes", "'no', not 'yes'"),
     ("pending", "yes", "pending"), ("pending", "no", "pending")],
)
def test_confirmable(current, confirmed, error):
    if error is None:
        check_confirmable(current, confirmed)
    else:
        with pytest.raises(Conflict, match=error):
            check_confirmable(current, confirmed)


VACANCY = Vacancy(school_based=False, essential_criteria=[Criterion(id="C1", max_mark=4), Criterion(id="C2")])


@pytest.mark.parametrize(
    ("marks", "misfits"),
    [
        ({}, None),
        ({"a": {"C1": 4, "C2": 0}}, None),
        ({"a": {"C1": 5}}, "C1"),
        ({"a": {"C3": 1}, "b": {"C1": 9}}, "C1, C3"),
    ],
)
def test_rules_fit_scores(marks, misfits):
    if misfits is None:
        check_rules_fit_scores(VACANCY, marks)
    else:
        with pytest.raises(Conflict, match=misfits):
            check_rules_fit_scores(VACANCY, marks)


def test_applicant_from_the_application_and_marks():
    applicant = applicant_from({"disability_confident": True, "care_experienced": False}, {})
    assert applicant.opt_ins == frozenset({SchemeName.disability_confident}) and applicant.scores is None
    assert applicant_from({}, {"C1": 2}).scores == {"C1": 2}


def row(ref: str, outcome: Outcome, invited: bool | None, schemes: tuple[SchemeName, ...] = (
        SchemeName.disability_confident,), met: bool | None = True) -> ReportCandidate:
    return ReportCandidate(application_id=ref, reference=ref, schemes=list(schemes), guaranteed_interview=outcome,
                           met_minimum_criteria=met, cap_applied=False, config_version="v", confirmed=False,
                           invited=invited, breach=is_breach(outcome, met, invited))


def test_report_lists_scheme_candidates_and_breaches():
    result = report("V", [
        row("A", Outcome.yes, True), row("B", Outcome.yes, False), row("C", Outcome.yes, None),
        row("D", Outcome.no, False, met=False), row("E", Outcome.pending, None, met=None),
        row("F", Outcome.no, False, schemes=()),  # no scheme: not in the report
    ])
    assert [c.reference for c in result.candidates] == ["A", "B", "C", "D", "E"]
    assert [b.reference for b in result.breaches] == ["B"]
    assert result.summary.model_dump() == {"candidates": 5, "guaranteed": 3, "met_minimum_criteria": 3,
                                           "invited": 1, "not_invited": 1, "invitation_not_recorded": 1,
                                           "breaches": 1}
