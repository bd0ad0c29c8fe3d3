"""The guaranteed-interview rules: pure functions from configuration, vacancy and applicant to a decision.

Nothing here reads the clock, the database or the request: the caller passes the date to judge time
windows by, and gets back a `Decision` whose reasons say why. Reasons name schemes and rules, never the
applicant's personal data.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from services.common.errors import InvalidInput
from services.guaranteed_interview.models import (
    ArmedForces,
    ArmedForcesService,
    CareExperienced,
    Outcome,
    Redeployment,
    SchemeConfig,
    SchemeName,
    Vacancy,
)

__all__ = [
    "Applicant",
    "CriteriaResult",
    "Decision",
    "assess",
    "assess_cohort",
    "check_scores",
    "eligible_schemes",
    "minimum_criteria",
    "parse_opt_ins",
]


@dataclass(frozen=True)
class Applicant:
    """What the application says, plus the panel's marks once shortlisting has happened."""

    opt_ins: frozenset[SchemeName]
    minimum_criteria_met: bool | None = None
    scores: Mapping[str, int] | None = None
    age: int | None = None
    armed_forces_service: ArmedForcesService | None = None


@dataclass(frozen=True)
class CriteriaResult:
    met: bool | None
    share: float | None
    reason: str


@dataclass(frozen=True)
class Decision:
    """A recommendation a person confirms; `cappable` is true when every scheme held allows a cap."""

    outcome: Outcome
    schemes: tuple[SchemeName, ...]
    reasons: tuple[str, ...]
    config_version: str
    meets_minimum: bool | None = None
    marks_share: float | None = None
    considered_first: bool = False
    cap_applied: bool = False
    cappable: bool = field(default=False, repr=False)


def parse_opt_ins(opt_ins: Mapping[str, bool], source: str = "application") -> frozenset[SchemeName]:
    """The schemes opted into, from the application only; unknown scheme names are an error."""
    if source != "application":
        raise InvalidInput(
            "opt-ins must come from the application itself, never from the equality monitoring form"
        )
    known = {s.value for s in SchemeName}
    unknown = sorted(name for name in opt_ins if name not in known)
    if unknown:
        raise InvalidInput(
            f"unknown scheme in opt_ins: {', '.join(unknown)}; schemes are {', '.join(sorted(known))}"
        )
    return frozenset(SchemeName(name) for name, chosen in opt_ins.items() if chosen)


def _within_years(start: date, on: date, years: int) -> bool:
    """True when `on` is no more than `years` whole years after `start` (no date arithmetic to overflow)."""
    elapsed = on.year - start.year
    if elapsed != years:
        return elapsed < years
    return (on.month, on.day) <= (start.month, start.day)


def _care_experienced(scheme: CareExperienced, applicant: Applicant) -> tuple[bool, str]:
    if scheme.eligibility == "care_experienced":
        return True, "care_experienced: opted in on the application; evidence is checked at interview"
    limit = scheme.max_age
    if applicant.age is None:
        return True, (
            f"care_experienced: statutory care leaver scheme (up to age {limit}); age not given, "
            "so eligibility is checked at interview with the other evidence"
        )
    if limit is not None and applicant.age > limit:
        return False, f"care_experienced: the scheme is for statutory care leavers up to age {limit}"
    return True, f"care_experienced: opted in as a statutory care leaver within the age limit of {limit}"


def _armed_forces(scheme: ArmedForces, service: ArmedForcesService | None, on: date) -> tuple[bool, str]:
    if service is None:
        return True, "armed_forces: opted in; service details not given, so they are checked at interview"
    if service.status == "spouse_or_partner":
        if scheme.include_spouses_partners:
            return True, "armed_forces: spouses and partners are included in this scheme"
        return False, "armed_forces: this scheme does not include spouses and partners"
    end = service.service_end_date
    if end is None:
        return True, f"armed_forces: {service.status}; dates not given, so they are checked at interview"
    weeks = scheme.serving_weeks_before_discharge
    if end > on:
        if end - on <= timedelta(weeks=weeks):
            return True, f"armed_forces: serving, within {weeks} weeks of discharge"
        return False, f"armed_forces: serving, but more than {weeks} weeks before discharge"
    years = scheme.left_within_years
    if years is None:
        return True, "armed_forces: has left the armed forces (no time limit in this scheme)"
    if _within_years(end, on, years):
        return True, f"armed_forces: left the armed forces within {years} years"
    return False, f"armed_forces: left the armed forces more than {years} years ago"


def eligible_schemes(
    config: SchemeConfig, vacancy: Vacancy, applicant: Applicant, on: date
) -> tuple[list[SchemeName], list[str], bool]:
    """The schemes this applicant qualifies under, the reasons, and whether they are considered first."""
    schemes: list[SchemeName] = []
    reasons: list[str] = []
    considered_first = False
    if not applicant.opt_ins:
        return schemes, ["no guaranteed interview scheme was opted into on the application"], False
    for name in SchemeName:  # a fixed order, so reasons read the same every time
        if name not in applicant.opt_ins:
            continue
        scheme = config.schemes.get(name)
        if not scheme.enabled:
            reasons.append(f"{name}: this organisation does not run this scheme")
            continue
        if vacancy.school_based and not scheme.applies_to_school_based:
            reasons.append(f"{name}: does not apply to school-based vacancies")
            continue
        if isinstance(scheme, CareExperienced):
            ok, reason = _care_experienced(scheme, applicant)
        elif isinstance(scheme, ArmedForces):
            ok, reason = _armed_forces(scheme, applicant.armed_forces_service, on)
        elif isinstance(scheme, Redeployment):
            ok, reason = True, "redeployment: at risk of redundancy"
            if scheme.considered_before_external:
                considered_first = True
                reason += "; considered before external candidates"
        else:
            ok, reason = True, f"{name}: opted in on the application"
        reasons.append(reason)
        if ok:
            schemes.append(name)
    return schemes, reasons, considered_first


def check_scores(vacancy: Vacancy, scores: Mapping[str, int]) -> None:
    """Refuse marks for criteria the vacancy does not have, and marks out of range (InvalidInput)."""
    criteria = {c.id: c for c in vacancy.essential_criteria}
    if not criteria:
        raise InvalidInput("scores given, but the vacancy lists no essential_criteria")
    unknown = sorted(set(scores) - set(criteria))
    if unknown:
        raise InvalidInput(f"scores given for criteria the vacancy does not have: {', '.join(unknown)}")
    for cid, mark in scores.items():
        if not 0 <= mark <= criteria[cid].max_mark:
            raise InvalidInput(f"the score for {cid} must be between 0 and {criteria[cid].max_mark}")


def minimum_criteria(vacancy: Vacancy, applicant: Applicant) -> CriteriaResult:
    """Whether the applicant meets the vacancy's minimum criteria: from the panel's marks, or as given."""
    scores = applicant.scores or None  # no marks yet is the same as no scores
    if scores is None:
        met = applicant.minimum_criteria_met
        if met is None:
            return CriteriaResult(None, None, "minimum criteria not yet assessed")
        return CriteriaResult(
            met, None, "meets the minimum criteria" if met else "does not meet the minimum criteria"
        )
    if applicant.minimum_criteria_met is not None:
        raise InvalidInput("send either minimum_criteria_met or scores, not both")
    check_scores(vacancy, scores)
    criteria = {c.id: c for c in vacancy.essential_criteria}
    missing = [cid for cid in criteria if cid not in scores]
    if missing:
        return CriteriaResult(
            None, None, f"minimum criteria not yet assessed: no score for {', '.join(missing)}"
        )
    share = sum(scores.values()) / sum(c.max_mark for c in criteria.values())
    rule = vacancy.minimum_criteria
    if rule.rule == "all_essential":
        below = [cid for cid in criteria if scores[cid] < rule.pass_mark]
        if below:
            return CriteriaResult(False, share, f"does not meet the essential criteria: {', '.join(below)}")
        return CriteriaResult(True, share, "meets every essential criterion")
    below = [cid for cid in criteria if scores[cid] < rule.floor]
    if below:
        return CriteriaResult(
            False, share, f"does not meet the minimum criteria: {', '.join(below)} scored below {rule.floor}"
        )
    if share < rule.min_share:
        return CriteriaResult(
            False,
            share,
            f"does not meet the minimum criteria: {share:.0%} of essential marks, below {rule.min_share:.0%}",
        )
    return CriteriaResult(
        True, share, f"meets the minimum criteria: {share:.0%} of essential marks, none below {rule.floor}"
    )


def assess(config: SchemeConfig, vacancy: Vacancy, applicant: Applicant, on: date) -> Decision:
    """One applicant's decision, before any interview cap (see `assess_cohort`)."""
    schemes, reasons, considered_first = eligible_schemes(config, vacancy, applicant, on)
    criteria = minimum_criteria(vacancy, applicant)
    if not schemes:
        outcome = Outcome.no
    else:
        reasons.append(criteria.reason)
        outcome = {None: Outcome.pending, True: Outcome.yes, False: Outcome.no}[criteria.met]
    return Decision(
        outcome=outcome,
        schemes=tuple(schemes),
        reasons=tuple(reasons),
        config_version=config.version,
        meets_minimum=criteria.met,
        marks_share=criteria.share,
        considered_first=considered_first and bool(schemes),
        cappable=bool(schemes) and all(config.schemes.get(s).cap_allowed for s in schemes),
    )


def assess_cohort(
    config: SchemeConfig, vacancy: Vacancy, applicants: Sequence[Applicant], on: date
) -> list[Decision]:
    """Every applicant's decision, with the vacancy's interview cap applied across them.

    Under a cap, the guaranteed candidates who best meet the criteria (highest share of essential marks)
    are interviewed; candidates tied at the cut-off are all interviewed, and a candidate guaranteed under
    a scheme that does not allow a cap is always interviewed.
    """
    decisions = [assess(config, vacancy, a, on) for a in applicants]
    cap = vacancy.interview_cap
    guaranteed = [i for i, d in enumerate(decisions) if d.outcome is Outcome.yes]
    if cap is None or len(guaranteed) <= cap:
        return decisions
    if any(decisions[i].marks_share is None for i in guaranteed):
        note = f"interview cap of {cap} not applied: ranking needs the panel's scores for every candidate"
        for i in guaranteed:
            decisions[i] = replace(decisions[i], reasons=(*decisions[i].reasons, note))
        return decisions
    shares = sorted((decisions[i].marks_share or 0.0 for i in guaranteed), reverse=True)
    cut_off = shares[cap - 1]
    for i in guaranteed:
        d = decisions[i]
        share = d.marks_share or 0.0
        if share >= cut_off:
            reason = f"interview cap of {cap} applied: among the candidates who best meet the criteria"
            decisions[i] = replace(d, cap_applied=True, reasons=(*d.reasons, reason))
        elif not d.cappable:
            reason = f"interview cap of {cap} applied, but a scheme held does not allow a cap"
            decisions[i] = replace(d, cap_applied=True, reasons=(*d.reasons, reason))
        else:
            reason = f"interview cap of {cap} applied: other guaranteed candidates met the criteria better"
            decisions[i] = replace(d, outcome=Outcome.no, cap_applied=True, reasons=(*d.reasons, reason))
    return decisions
