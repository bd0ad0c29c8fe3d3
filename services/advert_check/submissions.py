"""Adverts submitted by the ATS and checked in the background (a Celery worker, or in-process)."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from services.advert_check.service import check_advert, ensure_checkable
from services.advert_check.store import Advert
from services.common import audit, jobs, webhooks
from services.common.auth import Principal, Role, require_roles
from services.common.db import SessionDep, get_owned
from services.common.http import locate
from services.common.settings import SettingsDep
from services.common.store import Job

router = APIRouter(prefix="/v1", tags=["advert_check"])

Submitter = Annotated[Principal, Depends(require_roles(Role.ats, Role.recruiter, Role.hr))]

JOB_KIND = "advert_check"
webhooks.NOTIFIED_KINDS.add(JOB_KIND)


class AdvertSubmission(BaseModel):
    text: str = Field(max_length=100_000)
    title: str | None = Field(default=None, max_length=300)
    ats_advert_id: str | None = Field(default=None, max_length=100)


class AdvertAccepted(BaseModel):
    id: str
    job_id: str
    status: str
    status_url: str


class AdvertOut(BaseModel):
    id: str
    ats_advert_id: str | None
    title: str | None
    status: str
    reason: str | None = None
    result: dict[str, Any] | None = None


@router.post("/adverts", status_code=202, responses={413: {"description": "The advert is longer than the limit"}})
def submit_advert(
    body: AdvertSubmission, principal: Submitter, session: SessionDep, settings: SettingsDep, request: Request,
    response: Response,
) -> AdvertAccepted:
    """Submit an advert to be checked in the background; poll its status URL for the result."""
    ensure_checkable(body.text, settings.max_text_chars)
    advert = Advert(
        id=str(uuid.uuid4()),
        organisation_id=principal.organisation_id,
        ats_advert_id=body.ats_advert_id,
        title=body.title,
        text=body.text,
    )
    session.add(advert)
    job = jobs.submit(session, principal.organisation_id, JOB_KIND, advert.id)
    advert.job_id = job.id
    audit.record(session, principal, "advert.submit", "advert", advert.id)
    session.commit()
    jobs.dispatch(job.id)
    status_url = locate(request, response, "get_advert", advert_id=advert.id)
    return AdvertAccepted(id=advert.id, job_id=job.id, status=job.status, status_url=status_url)


@router.get("/adverts/{advert_id}", responses={404: {"description": "No such advert"}})
def get_advert(advert_id: str, principal: Submitter, session: SessionDep) -> AdvertOut:
    """A submitted advert's check: its status and, once done, the result."""
    advert = get_owned(session, Advert, advert_id, principal.organisation_id, "advert")
    job = session.get(Job, advert.job_id) if advert.job_id else None
    return AdvertOut(
        id=advert.id,
        ats_advert_id=advert.ats_advert_id,
        title=advert.title,
        status=job.status if job else "done",
        reason=job.reason if job else None,
        result=advert.result,
    )


@jobs.register(JOB_KIND)
def run_advert_check(session: Session, job: Job) -> jobs.JobOutcome:
    """Check the advert and keep the result; a result already kept is not computed again."""
    advert = session.get(Advert, job.subject_id)
    if advert is None:
        return jobs.JobOutcome("failed", "the advert was deleted before it could be checked")
    if advert.result is None:
        advert.result = check_advert(advert.text, advert.title).model_dump(mode="json")
    return jobs.JobOutcome("done")
