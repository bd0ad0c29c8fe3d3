"""The stateful guaranteed-interview flow: a vacancy's rules, the panel's marks, decisions, confirmation, report.

Decisions are re-made for the whole vacancy whenever its rules or any candidate's marks change (an interview
cap depends on every candidate), and made the first time they are read for an application that has none.
Panels see only a badge; schemes and reasons are health and care data, for HR.
"""

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from sqlalchemy.orm import Session

from services.common import audit
from services.common.auth import Principal, Role, require_roles
from services.common.crypto import decrypt_json
from services.common.db import SessionDep, utcnow
from services.common.errors import Conflict, NotFound
from services.guaranteed_interview.flow import (
    DECISION_FIELDS,
    applicant_from,
    check_confirmable,
    check_rules_fit_scores,
    decision_fields,
    is_breach,
    panel_badge,
    report,
)
from services.guaranteed_interview.models import (
    ConfirmRequest,
    DecisionHrView,
    DecisionPanelView,
    Outcome,
    ReportCandidate,
    SchemeName,
    ScoresRecorded,
    ScoresRequest,
    VacancyReport,
    VacancyRulesIn,
    VacancyRulesOut,
)
from services.guaranteed_interview.rules import assess_cohort, check_scores
from services.guaranteed_interview.store import (
    DecisionRecord,
    ScoreRecord,
    VacancyRules,
    cohort,
    current_config,
    decisions_for,
    flush_or_conflict,
    score_records,
    scores_for,
    vacancy_rules,
)
from services.redaction.applications import get_application
from services.redaction.store import Application

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["guaranteed_interview"])

RuleSetter = Annotated[Principal, Depends(require_roles(Role.ats, Role.hr))]
RuleReader = Annotated[Principal, Depends(require_roles(Role.ats, Role.hr, Role.panel))]
Panel = Annotated[Principal, Depends(require_roles(Role.panel))]
DecisionReader = Annotated[Principal, Depends(require_roles(Role.panel, Role.hr))]
HumanResources = Annotated[Principal, Depends(require_roles(Role.hr))]
VacancyId = Annotated[str, Path(min_length=1, max_length=100, description="The ATS's vacancy id")]

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Not in your organisation (problem+json)"}}
NO_RULES: dict[int | str, dict[str, Any]] = {
    409: {"description": "The vacancy's rules are not set yet, or a concurrent change (problem+json)"}
}
RULES_NOT_SET = (
    "the vacancy's guaranteed-interview rules are not set yet: PUT /v1/vacancies/{id}/guaranteed-interview-rules"
)


# --- The shell: gather stored facts, call the rules, store and audit what changed -----------------------


def _decide_vacancy(session: Session, principal: Principal, rules: VacancyRules) -> None:
    """Re-decide every application to the vacancy; store and audit each decision that changed."""
    applications = cohort(session, principal.organisation_id, rules.vacancy_id)
    if not applications:
        return
    config, _ = current_config(session, principal.organisation_id)
    marks = scores_for(session, principal.organisation_id, (a.id for a in applications))
    applicants = [applicant_from(decrypt_json(a.opt_ins_encrypted), marks[a.id]) for a in applications]
    decisions = assess_cohort(config, rules.vacancy(), applicants, datetime.now(UTC).date())
    stored = decisions_for(session, principal.organisation_id, (a.id for a in applications))
    for application, decision in zip(applications, decisions, strict=True):
        fields = decision_fields(decision)
        record = stored.get(application.id)
        if record is None:
            record = DecisionRecord(
                organisation_id=principal.organisation_id, application_id=application.id,
                vacancy_id=application.vacancy_id, **fields,
            )
            session.add(record)
        elif all(getattr(record, name) == fields[name] for name in DECISION_FIELDS):
            continue
        else:
            for name in DECISION_FIELDS:
                setattr(record, name, fields[name])
            record.decided_at = utcnow()
        cleared = record.confirmed_outcome is not None and record.confirmed_outcome != record.outcome
        if cleared:  # a person confirmed a recommendation that no longer stands
            record.confirmed_outcome = record.confirmed_config_version = None
            record.confirmed_by_key_id = record.confirmed_at = None
        audit.record(session, principal, "guaranteed_interview.decide", "application", application.id,
                     {"outcome": fields["outcome"], "config_version": fields["config_version"],
                      "cap_applied": fields["cap_applied"], "confirmation_cleared": cleared})
    flush_or_conflict(session)


def _rules_or_conflict(session: Session, principal: Principal, vacancy_id: str) -> VacancyRules:
    rules = vacancy_rules(session, principal.organisation_id, vacancy_id, lock=True)
    if rules is None:
        raise Conflict(RULES_NOT_SET)
    return rules


def _decision(session: Session, principal: Principal, application: Application) -> DecisionRecord:
    """The application's stored decision, made (for its whole vacancy) if it has none yet."""
    record = decisions_for(session, principal.organisation_id, [application.id]).get(application.id)
    if record is None:
        _decide_vacancy(session, principal, _rules_or_conflict(session, principal, application.vacancy_id))
        session.commit()
        record = decisions_for(session, principal.organisation_id, [application.id])[application.id]
    return record


def _rules_out(rules: VacancyRules) -> VacancyRulesOut:
    return VacancyRulesOut(vacancy_id=rules.vacancy_id, updated_at=rules.updated_at,
                           **rules.vacancy().model_dump())


def _hr_view(application: Application, record: DecisionRecord) -> DecisionHrView:
    return DecisionHrView(
        application_id=application.id, reference=application.reference, vacancy_id=application.vacancy_id,
        guaranteed_interview=Outcome(record.outcome), schemes=[SchemeName(n) for n in record.schemes],
        reasons=record.reasons,
        config_version=record.config_version, meets_minimum_criteria=record.meets_minimum,
        considered_first=record.considered_first, cap_applied=record.cap_applied, decided_at=record.decided_at,
        confirmed_outcome=Outcome(record.confirmed_outcome) if record.confirmed_outcome else None,
        confirmed_at=record.confirmed_at, invited=record.invited,
    )


# --- The routes --------------------------------------------------------------------------------------------


@router.put("/vacancies/{vacancy_id}/guaranteed-interview-rules", responses=NO_RULES)
def put_vacancy_rules(vacancy_id: VacancyId, body: VacancyRulesIn, principal: RuleSetter,
                      session: SessionDep) -> VacancyRulesOut:
    """Set a vacancy's rules (school-based, essential criteria, minimum-criteria rule, cap); re-decides it."""
    rules = vacancy_rules(session, principal.organisation_id, vacancy_id, lock=True)
    applications = cohort(session, principal.organisation_id, vacancy_id)
    check_rules_fit_scores(body, scores_for(session, principal.organisation_id, (a.id for a in applications)))
    if rules is None:
        rules = VacancyRules(organisation_id=principal.organisation_id, vacancy_id=vacancy_id, rules={})
        session.add(rules)
    rules.rules = body.model_dump(mode="json")
    rules.updated_at, rules.updated_by_key_id = utcnow(), principal.key_id
    flush_or_conflict(session)
    audit.record(session, principal, "guaranteed_interview.vacancy_rules.update", "vacancy", vacancy_id,
                 {"criteria": [c.id for c in body.essential_criteria], "rule": body.minimum_criteria.rule,
                  "school_based": body.school_based, "interview_cap": body.interview_cap})
    _decide_vacancy(session, principal, rules)
    session.commit()
    return _rules_out(rules)


@router.get("/vacancies/{vacancy_id}/guaranteed-interview-rules", responses=NOT_FOUND)
def get_vacancy_rules(vacancy_id: VacancyId, principal: RuleReader, session: SessionDep) -> VacancyRulesOut:
    """A vacancy's rules: the panel reads the essential criteria and their maximum marks here."""
    rules = vacancy_rules(session, principal.organisation_id, vacancy_id)
    if rules is None:
        raise NotFound("no guaranteed-interview rules for that vacancy in your organisation")
    return _rules_out(rules)


@router.post("/applications/{application_id}/shortlisting-scores", responses={**NOT_FOUND, **NO_RULES})
def post_scores(application_id: str, body: ScoresRequest, principal: Panel, session: SessionDep) -> ScoresRecorded:
    """Record the panel's marks per essential criterion; re-decides the whole vacancy (caps span it)."""
    application = get_application(session, principal, application_id)
    rules = _rules_or_conflict(session, principal, application.vacancy_id)
    vacancy = rules.vacancy()
    check_scores(vacancy, body.scores)
    existing = score_records(session, principal.organisation_id, application.id)
    for criterion_id, mark in body.scores.items():
        score = existing.get(criterion_id)
        if score is None:
            score = ScoreRecord(organisation_id=principal.organisation_id, application_id=application.id,
                                criterion_id=criterion_id, mark=mark)
            session.add(score)
            existing[criterion_id] = score
        score.mark, score.panel_key_id, score.scored_at = mark, principal.key_id, utcnow()
    flush_or_conflict(session)
    audit.record(session, principal, "guaranteed_interview.scores.record", "application", application.id,
                 {"criteria": sorted(body.scores)})
    _decide_vacancy(session, principal, rules)
    session.commit()
    marks = {cid: s.mark for cid, s in existing.items()}
    return ScoresRecorded(application_id=application.id, reference=application.reference, scores=marks,
                          missing=[c.id for c in vacancy.essential_criteria if c.id not in marks])


@router.get("/applications/{application_id}/guaranteed-interview",
            response_model=DecisionHrView | DecisionPanelView, responses={**NOT_FOUND, **NO_RULES})
def get_decision(application_id: str, principal: DecisionReader, session: SessionDep) -> Any:
    """The recommendation: HR sees schemes and reasons; a panel sees only whether an interview is guaranteed."""
    application = get_application(session, principal, application_id)
    record = _decision(session, principal, application)
    if principal.has_any(Role.hr):
        return _hr_view(application, record)
    return DecisionPanelView(guaranteed_interview=panel_badge(record.outcome))


@router.post("/applications/{application_id}/guaranteed-interview/confirm", responses={**NOT_FOUND, **NO_RULES})
def confirm_decision(application_id: str, body: ConfirmRequest, principal: HumanResources,
                     session: SessionDep) -> DecisionHrView:
    """A person confirms the current recommendation and records whether the candidate was invited (audited)."""
    application = get_application(session, principal, application_id)
    record = _decision(session, principal, application)
    check_confirmable(record.outcome, body.outcome)
    record.confirmed_outcome, record.confirmed_config_version = record.outcome, record.config_version
    record.confirmed_by_key_id, record.confirmed_at, record.invited = principal.key_id, utcnow(), body.invited
    audit.record(session, principal, "guaranteed_interview.confirm", "application", application.id,
                 {"outcome": record.outcome, "config_version": record.config_version, "invited": body.invited})
    session.commit()
    return _hr_view(application, record)


@router.get("/vacancies/{vacancy_id}/guaranteed-interview-report", responses=NOT_FOUND)
def get_report(vacancy_id: VacancyId, principal: HumanResources, session: SessionDep) -> VacancyReport:
    """Every candidate under a scheme: met the minimum criteria?, invited?, and every breach."""
    rules = vacancy_rules(session, principal.organisation_id, vacancy_id, lock=True)
    if rules is None:
        raise NotFound("no guaranteed-interview rules for that vacancy in your organisation")
    applications = cohort(session, principal.organisation_id, vacancy_id)
    stored = decisions_for(session, principal.organisation_id, (a.id for a in applications))
    if len(stored) < len(applications):
        _decide_vacancy(session, principal, rules)
        session.commit()
        stored = decisions_for(session, principal.organisation_id, (a.id for a in applications))
    candidates = [
        ReportCandidate(
            application_id=a.id, reference=a.reference, schemes=[SchemeName(n) for n in d.schemes],
            guaranteed_interview=Outcome(d.outcome),
            met_minimum_criteria=d.meets_minimum, cap_applied=d.cap_applied, config_version=d.config_version,
            confirmed=d.confirmed_outcome == d.outcome, invited=d.invited,
            breach=is_breach(d.outcome, d.meets_minimum, d.invited),
        )
        for a in applications
        for d in [stored[a.id]]
    ]
    return report(vacancy_id, candidates)
