"""The stateful flow's rules: pure functions over stored facts (no database, clock or request).

What a decision stores, when a re-decision changes it, what a person may confirm, whether a vacancy's new
rules still fit the marks already given, and the breach report.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from services.common.errors import Conflict
from services.guaranteed_interview.models import (
    Outcome,
    ReportBreach,
    ReportCandidate,
    ReportSummary,
    Vacancy,
    VacancyReport,
)
from services.guaranteed_interview.rules import Applicant, Decision, parse_opt_ins

__all__ = [
    "DECISION_FIELDS",
    "applicant_from",
    "check_confirmable",
    "check_rules_fit_scores",
    "decision_fields",
    "is_breach",
    "panel_badge",
    "report",
]

# The columns of a stored decision that a re-decision can change.
DECISION_FIELDS = (
    "outcome", "schemes", "reasons", "config_version", "meets_minimum", "considered_first", "cap_applied"
)


def applicant_from(opt_ins: Mapping[str, bool], scores: Mapping[str, int]) -> Applicant:
    """An applicant from the application's own opt-ins and the panel's marks (none yet: not assessed)."""
    return Applicant(opt_ins=parse_opt_ins(opt_ins), scores=dict(scores) or None)


def decision_fields(decision: Decision) -> dict[str, Any]:
    """A decision as the columns it is stored in."""
    return {
        "outcome": decision.outcome.value,
        "schemes": [s.value for s in decision.schemes],
        "reasons": list(decision.reasons),
        "config_version": decision.config_version,
        "meets_minimum": decision.meets_minimum,
        "considered_first": decision.considered_first,
        "cap_applied": decision.cap_applied,
    }


def panel_badge(outcome: str) -> bool:
    """The panel's badge: an interview is guaranteed. `pending` shows as false, because a pending badge
    before marking would tell the panel who opted into a scheme while they are still scoring blind."""
    return outcome == Outcome.yes


def check_confirmable(current: str, confirmed: str) -> None:
    """A person may confirm only the current recommendation, and only once the criteria are assessed."""
    if current == Outcome.pending:
        raise Conflict("the recommendation is pending: the minimum criteria are not assessed yet")
    if current != confirmed:
        raise Conflict(f"the current recommendation is '{current}', not '{confirmed}': read it again and confirm")


def check_rules_fit_scores(vacancy: Vacancy, marks: Mapping[str, Mapping[str, int]]) -> None:
    """New rules must still fit every mark already given for the vacancy (Conflict naming the criteria)."""
    maxima = {c.id: c.max_mark for c in vacancy.essential_criteria}
    misfits = sorted(
        {cid for scores in marks.values() for cid, mark in scores.items() if cid not in maxima or mark > maxima[cid]}
    )
    if misfits:
        raise Conflict(
            f"marks already given for {', '.join(misfits)} do not fit these rules "
            "(criterion removed or its max_mark lowered)"
        )


def is_breach(outcome: str, meets_minimum: bool | None, invited: bool | None) -> bool:
    """A guaranteed candidate who met the minimum criteria and was recorded as not invited."""
    return outcome == Outcome.yes and meets_minimum is True and invited is False


def report(vacancy_id: str, candidates: Sequence[ReportCandidate]) -> VacancyReport:
    """The vacancy's guaranteed-interview report: every candidate under a scheme, and every breach."""
    under_a_scheme = [c for c in candidates if c.schemes]
    breaches = [
        ReportBreach(application_id=c.application_id, reference=c.reference) for c in under_a_scheme if c.breach
    ]
    guaranteed = [c for c in under_a_scheme if c.guaranteed_interview == Outcome.yes]
    summary = ReportSummary(
        candidates=len(under_a_scheme),
        guaranteed=len(guaranteed),
        met_minimum_criteria=sum(1 for c in under_a_scheme if c.met_minimum_criteria),
        invited=sum(1 for c in guaranteed if c.invited is True),
        not_invited=sum(1 for c in guaranteed if c.invited is False),
        invitation_not_recorded=sum(1 for c in guaranteed if c.invited is None),
        breaches=len(breaches),
    )
    return VacancyReport(vacancy_id=vacancy_id, candidates=under_a_scheme, breaches=breaches, summary=summary)
