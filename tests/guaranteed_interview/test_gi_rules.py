"""The guaranteed-interview rules as a decision table."""

from datetime import date, timedelta
from typing import Any

import pytest

from services.common.errors import InvalidInput
from services.guaranteed_interview.config import default_config
from services.guaranteed_interview.models import (
    ArmedForcesService,
    Outcome,
    SchemeConfig,
    SchemeName,
    Vacancy,
)
from services.guaranteed_interview.rules import Applicant, assess, assess_cohort, parse_opt_ins

ON = date(2026, 11, 23)
DC = SchemeName.disability_confident
CE = SchemeName.care_experienced
AF = SchemeName.armed_forces
RD = SchemeName.redeployment
SRC = [{"rule": "test", "text": "test", "reference": "test"}]


def config(**schemes: dict[str, Any]) -> SchemeConfig:
    """The council default with some schemes' settings changed."""
    raw = default_config().model_dump()
    for name, changes in schemes.items():
        raw["schemes"][name].update(changes)
    return SchemeConfig.model_validate(raw)


def vacancy(**fields: Any) -> Vacancy:
    return Vacancy.model_validate({"school_based": False, **fields})


def applicant(
    *opt_ins: SchemeName, met: bool | None = None, service: ArmedForcesService | None = None, **fields: Any
) -> Applicant:
    return Applicant(frozenset(opt_ins), minimum_criteria_met=met, armed_forces_service=service, **fields)


CRITERIA = [{"id": "C1", "max_mark": 4}, {"id": "C2", "max_mark": 4}, {"id": "C3", "max_mark": 4}]
SHARE = {"rule": "marks_share", "min_share": 0.6, "floor": 1}
AF_ON = {"enabled": True}
STATUTORY = {"eligibility": "statutory_care_leaver", "max_age": 25}


def served(status: str, days_from_now: int | None) -> ArmedForcesService:
    end = None if days_from_now is None else ON + timedelta(days=days_from_now)
    return ArmedForcesService.model_validate({"status": status, "service_end_date": end})


# (case, config, vacancy, applicant, outcome, schemes)
# fmt: off
TABLE = [
    ("no opt-in", config(), vacancy(), applicant(met=True), Outcome.no, []),
    ("DC, criteria met", config(), vacancy(), applicant(DC, met=True), Outcome.yes, [DC]),
    ("DC, criteria not met", config(), vacancy(), applicant(DC, met=False), Outcome.no, [DC]),
    ("DC, criteria unknown", config(), vacancy(), applicant(DC), Outcome.pending, [DC]),
    ("DC, school-based", config(), vacancy(school_based=True), applicant(DC, met=True),
     Outcome.no, []),
    ("DC, school-based, unknown", config(), vacancy(school_based=True), applicant(DC), Outcome.no, []),
    ("CE, school-based", config(), vacancy(school_based=True), applicant(CE, met=True),
     Outcome.yes, [CE]),
    ("CE, unknown", config(), vacancy(), applicant(CE), Outcome.pending, [CE]),
    ("CE, no age limit by default", config(), vacancy(), applicant(CE, met=True, age=60),
     Outcome.yes, [CE]),
    ("both schemes", config(), vacancy(), applicant(DC, CE, met=True), Outcome.yes, [DC, CE]),
    ("both, not met", config(), vacancy(), applicant(DC, CE, met=False), Outcome.no, [DC, CE]),
    ("both, school-based: CE only", config(), vacancy(school_based=True),
     applicant(DC, CE, met=True), Outcome.yes, [CE]),
    ("opted out explicitly is no opt-in", config(), vacancy(), Applicant(frozenset(), True), Outcome.no, []),
    # statutory care leaver with a maximum age
    ("care leaver at the age limit", config(care_experienced=STATUTORY), vacancy(),
     applicant(CE, met=True, age=25), Outcome.yes, [CE]),
    ("care leaver over the age limit", config(care_experienced=STATUTORY), vacancy(),
     applicant(CE, met=True, age=26), Outcome.no, []),
    ("care leaver, age not given: checked at interview", config(care_experienced=STATUTORY), vacancy(),
     applicant(CE, met=True), Outcome.yes, [CE]),
    # schemes the organisation does not run
    ("armed forces off by default", config(), vacancy(), applicant(AF, met=True), Outcome.no, []),
    ("redeployment off by default", config(), vacancy(), applicant(RD, met=True), Outcome.no, []),
    ("DC turned off", config(disability_confident={"enabled": False}), vacancy(),
     applicant(DC, met=True), Outcome.no, []),
    # armed forces windows
    ("serving, 12 weeks to discharge", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("serving", 84)), Outcome.yes, [AF]),
    ("serving, 12 weeks and a day", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("serving", 85)), Outcome.no, []),
    ("veteran, left 3 years ago to the day", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("veteran", -1096)), Outcome.yes, [AF]),
    ("veteran, left over 3 years ago", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("veteran", -1097)), Outcome.no, []),
    ("veteran, no time limit", config(armed_forces={"enabled": True, "left_within_years": None}), vacancy(),
     applicant(AF, met=True, service=served("veteran", -9000)), Outcome.yes, [AF]),
    ("serving, discharge date passed: treated as left", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("serving", -10)), Outcome.yes, [AF]),
    ("armed forces, details not given", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True), Outcome.yes, [AF]),
    ("veteran, date not given", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("veteran", None)), Outcome.yes, [AF]),
    ("spouse, not included", config(armed_forces=AF_ON), vacancy(),
     applicant(AF, met=True, service=served("spouse_or_partner", None)),
     Outcome.no, []),
    ("spouse, included", config(armed_forces={"enabled": True, "include_spouses_partners": True}), vacancy(),
     applicant(AF, met=True, service=served("spouse_or_partner", None)),
     Outcome.yes, [AF]),
    # redeployment
    ("redeployment on, met", config(redeployment={"enabled": True}), vacancy(),
     applicant(RD, met=True), Outcome.yes, [RD]),
    ("redeployment on, not met", config(redeployment={"enabled": True}), vacancy(),
     applicant(RD, met=False), Outcome.no, [RD]),
    # minimum criteria from the panel's marks: every essential criterion at the pass mark
    ("all essential met", config(), vacancy(essential_criteria=CRITERIA),
     applicant(DC, scores={"C1": 1, "C2": 1, "C3": 4}), Outcome.yes, [DC]),
    ("one essential not met", config(), vacancy(essential_criteria=CRITERIA),
     applicant(DC, scores={"C1": 0, "C2": 4, "C3": 4}), Outcome.no, [DC]),
    ("pass mark raised", config(), vacancy(essential_criteria=CRITERIA, minimum_criteria={"pass_mark": 2}),
     applicant(DC, scores={"C1": 1, "C2": 4, "C3": 4}), Outcome.no, [DC]),
    ("partly scored: pending", config(), vacancy(essential_criteria=CRITERIA),
     applicant(DC, scores={"C1": 4}), Outcome.pending, [DC]),
    # share of marks with a floor
    ("share 60%, floor met", config(), vacancy(essential_criteria=CRITERIA, minimum_criteria=SHARE),
     applicant(DC, scores={"C1": 1, "C2": 3, "C3": 4}), Outcome.yes, [DC]),
    ("share below 60%", config(), vacancy(essential_criteria=CRITERIA, minimum_criteria=SHARE),
     applicant(DC, scores={"C1": 1, "C2": 2, "C3": 4}), Outcome.no, [DC]),
    ("share high, one below floor", config(), vacancy(essential_criteria=CRITERIA, minimum_criteria=SHARE),
     applicant(DC, scores={"C1": 0, "C2": 4, "C3": 4}), Outcome.no, [DC]),
]
# fmt: on


@pytest.mark.parametrize(
    ("cfg", "vac", "app", "outcome", "schemes"), [t[1:] for t in TABLE], ids=[t[0] for t in TABLE]
)
def test_decision_table(
    cfg: SchemeConfig, vac: Vacancy, app: Applicant, outcome: Outcome, schemes: list[SchemeName]
) -> None:
    decision = assess(cfg, vac, app, ON)
    assert decision.outcome is outcome
    assert list(decision.schemes) == schemes
    assert decision.reasons
    assert decision.config_version == cfg.version


def test_reasons_say_why() -> None:
    d = assess(config(), vacancy(school_based=True), applicant(DC, CE, met=True), ON)
    assert "disability_confident: does not apply to school-based vacancies" in d.reasons
    assert "meets the minimum criteria" in d.reasons
    d = assess(
        config(),
        vacancy(essential_criteria=CRITERIA, minimum_criteria=SHARE),
        applicant(DC, scores={"C1": 0, "C2": 4, "C3": 4}),
        ON,
    )
    assert d.reasons[-1] == "does not meet the minimum criteria: C1 scored below 1"
    assert d.marks_share == pytest.approx(8 / 12)


def test_redeployment_considered_first() -> None:
    cfg = config(redeployment={"enabled": True})
    assert assess(cfg, vacancy(), applicant(RD, met=True), ON).considered_first
    assert not assess(cfg, vacancy(), applicant(DC, met=True), ON).considered_first
    off = config(redeployment={"enabled": True, "considered_before_external": False})
    assert not assess(off, vacancy(), applicant(RD, met=True), ON).considered_first


@pytest.mark.parametrize(
    ("scores", "minimum_criteria_met", "message"),
    [
        ({"C1": 4, "C7": 1}, None, "scores given for criteria the vacancy does not have: C7"),
        ({"C1": 5}, None, "the score for C1 must be between 0 and 4"),
        ({"C1": -1}, None, "the score for C1 must be between 0 and 4"),
        ({"C1": 4}, True, "send either minimum_criteria_met or scores, not both"),
    ],
)
def test_bad_scores(scores: dict[str, int], minimum_criteria_met: bool | None, message: str) -> None:
    app = applicant(DC, scores=scores, met=minimum_criteria_met)
    with pytest.raises(InvalidInput, match=message):
        assess(config(), vacancy(essential_criteria=CRITERIA), app, ON)


def test_scores_without_criteria() -> None:
    with pytest.raises(InvalidInput, match="no essential_criteria"):
        assess(config(), vacancy(), applicant(DC, scores={"C1": 1}), ON)


def test_opt_ins() -> None:
    assert parse_opt_ins({"disability_confident": True, "care_experienced": False}) == {DC}
    with pytest.raises(InvalidInput, match="unknown scheme in opt_ins: veterans"):
        parse_opt_ins({"veterans": True})
    with pytest.raises(InvalidInput, match="never from the equality monitoring form"):
        parse_opt_ins({"disability_confident": True}, source="monitoring_form")


# --- interview caps across a cohort ---------------------------------------------------------------------


def scored(*opt_ins: SchemeName, marks: int) -> Applicant:
    """An applicant whose three essential criteria add up to `marks` out of 12, none below 1."""
    first = marks - 2 if marks > 2 else 1
    return applicant(*opt_ins, scores={"C1": min(first, 4), "C2": 1 + max(0, first - 4), "C3": 1})


def outcomes(decisions: list[Any]) -> list[str]:
    return [d.outcome.value for d in decisions]


def test_cap_keeps_those_who_best_meet_the_criteria() -> None:
    vac = vacancy(essential_criteria=CRITERIA, interview_cap=2)
    cohort = [scored(DC, marks=6), scored(DC, marks=9), scored(DC, marks=3), scored(DC, marks=8)]
    decisions = assess_cohort(config(), vac, cohort, ON)
    assert outcomes(decisions) == ["no", "yes", "no", "yes"]
    assert all(d.cap_applied for d in decisions)
    assert "interview cap of 2 applied" in decisions[0].reasons[-1]


def test_cap_ties_at_the_cut_off_are_all_interviewed() -> None:
    vac = vacancy(essential_criteria=CRITERIA, interview_cap=1)
    decisions = assess_cohort(
        config(), vac, [scored(DC, marks=7), scored(DC, marks=7), scored(DC, marks=5)], ON
    )
    assert outcomes(decisions) == ["yes", "yes", "no"]


def test_cap_not_needed() -> None:
    vac = vacancy(essential_criteria=CRITERIA, interview_cap=3)
    decisions = assess_cohort(config(), vac, [scored(DC, marks=7), scored(DC, marks=5)], ON)
    assert outcomes(decisions) == ["yes", "yes"]
    assert not any(d.cap_applied for d in decisions)


def test_cap_does_not_touch_schemes_that_forbid_it() -> None:
    vac = vacancy(essential_criteria=CRITERIA, interview_cap=1)
    cohort = [scored(DC, marks=9), scored(CE, marks=4), scored(DC, CE, marks=3), scored(DC, marks=5)]
    decisions = assess_cohort(config(), vac, cohort, ON)
    assert outcomes(decisions) == ["yes", "yes", "yes", "no"]


def test_cap_ignores_candidates_who_are_not_guaranteed() -> None:
    vac = vacancy(essential_criteria=CRITERIA, interview_cap=1)
    cohort = [applicant(scores={"C1": 4, "C2": 4, "C3": 4}), scored(DC, marks=4), scored(DC, marks=3)]
    decisions = assess_cohort(config(), vac, cohort, ON)
    assert outcomes(decisions) == ["no", "yes", "no"]


def test_cap_without_scores_is_not_applied() -> None:
    vac = vacancy(interview_cap=1)
    cohort = [applicant(DC, met=True), applicant(DC, met=True)]
    decisions = assess_cohort(config(), vac, cohort, ON)
    assert outcomes(decisions) == ["yes", "yes"]
    assert "not applied" in decisions[0].reasons[-1]


@pytest.mark.parametrize(
    ("left", "on", "eligible"),
    [
        (date(2024, 2, 29), date(2027, 2, 28), True),
        (date(2024, 2, 29), date(2027, 3, 1), False),
        (date(2023, 12, 31), date(2026, 1, 1), True),
        (date(9999, 1, 1), date(9999, 12, 31), True),
        (date(1, 1, 1), date(9999, 12, 31), False),
    ],
)
def test_veteran_window_at_the_edges_of_the_calendar(left: date, on: date, eligible: bool) -> None:
    service = ArmedForcesService(status="veteran", service_end_date=left)
    decision = assess(config(armed_forces=AF_ON), vacancy(), applicant(AF, met=True, service=service), on)
    assert (decision.outcome is Outcome.yes) is eligible
