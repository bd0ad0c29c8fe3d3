"""Guaranteed-interview routes: a stateless decision, and each organisation's scheme configuration."""

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from services.common import audit
from services.common.auth import Principal, Role, require_roles
from services.common.db import SessionDep
from services.guaranteed_interview.models import (
    AssessRequest,
    AssessResponse,
    CandidateFacts,
    CohortDecision,
    CohortRequest,
    CohortResponse,
    SchemeConfigIn,
    SchemeConfigOut,
)
from services.guaranteed_interview.rules import Applicant, Decision, assess, assess_cohort, parse_opt_ins
from services.guaranteed_interview.store import current_config, save_config

__all__ = ["router"]

router = APIRouter(prefix="/v1/guaranteed-interview", tags=["guaranteed_interview"])

Assessor = Annotated[Principal, Depends(require_roles(Role.ats, Role.hr))]
SchemeReader = Annotated[Principal, Depends(require_roles(Role.hr, Role.admin))]
Admin = Annotated[Principal, Depends(require_roles(Role.admin))]

PROBLEMS: dict[int | str, dict[str, Any]] = {422: {"description": "Invalid input (problem+json)"}}


def _applicant(facts: CandidateFacts, opt_in_source: str) -> Applicant:
    return Applicant(
        opt_ins=parse_opt_ins(facts.opt_ins, opt_in_source),
        minimum_criteria_met=facts.minimum_criteria_met,
        scores=facts.scores,
        age=facts.age,
        armed_forces_service=facts.armed_forces_service,
    )


def _response(decision: Decision) -> dict[str, Any]:
    return {
        "guaranteed_interview": decision.outcome,
        "schemes": list(decision.schemes),
        "reasons": list(decision.reasons),
        "config_version": decision.config_version,
        "considered_first": decision.considered_first,
        "cap_applied": decision.cap_applied,
    }


@router.post("/assess", responses=PROBLEMS)
def post_assess(body: AssessRequest, principal: Assessor, session: SessionDep) -> AssessResponse:
    """Decide whether one applicant is guaranteed an interview, under the organisation's schemes."""
    config, _ = current_config(session, principal.organisation_id)
    on = body.assessed_on or datetime.now(UTC).date()
    decision = assess(config, body.vacancy, _applicant(body, body.opt_in_source), on)
    return AssessResponse(**_response(decision))


@router.post("/assess-cohort", responses=PROBLEMS)
def post_assess_cohort(body: CohortRequest, principal: Assessor, session: SessionDep) -> CohortResponse:
    """Decide for every applicant to one vacancy at once, applying the vacancy's interview cap."""
    config, _ = current_config(session, principal.organisation_id)
    on = body.assessed_on or datetime.now(UTC).date()
    applicants = [_applicant(c, body.opt_in_source) for c in body.candidates]
    decisions = assess_cohort(config, body.vacancy, applicants, on)
    return CohortResponse(
        decisions=[
            CohortDecision(ref=c.ref, **_response(d)) for c, d in zip(body.candidates, decisions, strict=True)
        ]
    )


@router.get("/schemes")
def get_schemes(principal: SchemeReader, session: SessionDep) -> SchemeConfigOut:
    """The organisation's schemes in force (the council default until it sets its own)."""
    config, is_default = current_config(session, principal.organisation_id)
    return SchemeConfigOut(source="council_default" if is_default else "organisation", config=config)


@router.put("/schemes", responses={**PROBLEMS, 409: {"description": "Saved concurrently (problem+json)"}})
def put_schemes(body: SchemeConfigIn, principal: Admin, session: SessionDep) -> SchemeConfigOut:
    """Replace the organisation's schemes; each change is a new, audited version."""
    raw = body.model_dump(mode="json", exclude={"version"})
    record, config = save_config(session, principal.organisation_id, raw, principal.key_id)
    enabled = [name for name, scheme in body.schemes if scheme.enabled]
    audit.record(
        session,
        principal,
        "guaranteed_interview.schemes.update",
        "gi_scheme_config",
        str(record.id),
        {"version": config.version, "enabled": enabled},
    )
    session.commit()
    return SchemeConfigOut(source="organisation", config=config)
