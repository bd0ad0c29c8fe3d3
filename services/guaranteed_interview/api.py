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
    SchemeConfigIn,
    SchemeConfigOut,
)
from services.guaranteed_interview.rules import Applicant, assess, parse_opt_ins
from services.guaranteed_interview.store import current_config, save_config

__all__ = ["router"]

router = APIRouter(prefix="/v1/guaranteed-interview", tags=["guaranteed_interview"])

Assessor = Annotated[Principal, Depends(require_roles(Role.ats, Role.hr))]
SchemeReader = Annotated[Principal, Depends(require_roles(Role.hr, Role.admin))]
Admin = Annotated[Principal, Depends(require_roles(Role.admin))]

PROBLEMS: dict[int | str, dict[str, Any]] = {422: {"description": "Invalid input (problem+json)"}}


@router.post("/assess", responses=PROBLEMS)
def post_assess(body: AssessRequest, principal: Assessor, session: SessionDep) -> AssessResponse:
    """Decide whether an applicant is guaranteed an interview, under the organisation's schemes."""
    config, _ = current_config(session, principal.organisation_id)
    applicant = Applicant(
        opt_ins=parse_opt_ins(body.opt_ins, body.opt_in_source),
        minimum_criteria_met=body.minimum_criteria_met,
        scores=body.scores,
        age=body.age,
        armed_forces_service=body.armed_forces_service,
    )
    on = body.assessed_on or datetime.now(UTC).date()
    decision = assess(config, body.vacancy, applicant, on)
    return AssessResponse(
        guaranteed_interview=decision.outcome,
        schemes=list(decision.schemes),
        reasons=list(decision.reasons),
        config_version=decision.config_version,
        considered_first=decision.considered_first,
        cap_applied=decision.cap_applied,
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
