"""CVs and cover letters: uploaded by the ATS, redacted in the background, read by panels as a new PDF."""

import uuid
from collections import Counter
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, Response, UploadFile
from pydantic import BaseModel, Field, StrictStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.common import audit, jobs
from services.common.auth import Principal, Role, require_roles
from services.common.db import SessionDep, get_owned
from services.common.errors import Conflict, InvalidInput
from services.common.http import locate
from services.common.settings import SettingsDep
from services.common.store import Job
from services.redaction.api import RedactorDep
from services.redaction.applications import get_application
from services.redaction.document_jobs import APPLICATION_JOB, add_document
from services.redaction.store import Application, Document, RedactionBatch

router = APIRouter(prefix="/v1", tags=["documents"])

Submitter = Annotated[Principal, Depends(require_roles(Role.ats))]
Reader = Annotated[Principal, Depends(require_roles(Role.ats, Role.panel, Role.hr))]
PanelOrHr = Annotated[Principal, Depends(require_roles(Role.panel, Role.hr))]
Coordinator = Annotated[Principal, Depends(require_roles(Role.ats, Role.hr))]


class DocumentAccepted(BaseModel):
    id: str
    job_id: str
    status: str
    status_url: str


class DocumentStatus(BaseModel):
    id: str
    application_id: str
    reference: str
    kind: str
    status: str = Field(description="queued, running, done, failed or needs_manual_review")
    reason: str | None = Field(description="Why it failed or needs review, in words a person can act on")
    pdf_url: str | None


class BatchRequest(BaseModel):
    policy: StrictStr | None = Field(default=None, description="'standard' (default) or 'strict'")


class BatchStatus(BaseModel):
    id: str
    vacancy_id: str
    policy: str
    status: str = Field(description="running until every application is finished, then done")
    total: int
    counts: dict[str, int] = Field(description="applications by status: queued, running, done, failed, "
                                               "needs_manual_review")
    created_at: datetime


def _document(session: Session, principal: Principal, document_id: str) -> tuple[Document, Application]:
    document = get_owned(session, Document, document_id, principal.organisation_id, "document")
    application = session.get(Application, document.application_id)
    assert application is not None
    return document, application


def _status(session: Session, document: Document, application: Application, request: Request) -> DocumentStatus:
    job = session.get(Job, document.job_id) if document.job_id else None
    done = document.redacted_pdf is not None
    return DocumentStatus(
        id=document.id, application_id=application.id, reference=application.reference, kind=document.kind,
        status=job.status if job else ("done" if done else "queued"), reason=job.reason if job else None,
        pdf_url=str(request.url_for("get_redacted_pdf", document_id=document.id).path) if done else None,
    )


@router.post("/applications/{application_id}/documents", status_code=202,
             responses={404: {"description": "No such application"}})
def upload_document(application_id: str, principal: Submitter, session: SessionDep, settings: SettingsDep,
                    request: Request, response: Response, file: Annotated[UploadFile, File()],
                    content_type: Annotated[str | None, Form(max_length=100)] = None) -> DocumentAccepted:
    """Upload a CV or cover letter (PDF, DOCX, ODT, RTF or text); it is redacted in the background."""
    application = get_application(session, principal, application_id)
    data = file.file.read(settings.max_document_bytes + 1)
    declared = content_type or (file.content_type if file.content_type != "application/octet-stream" else None)
    document, job = add_document(session, application, data, declared, file.filename, settings.max_document_bytes)
    audit.record(session, principal, "document.upload", "document", document.id, {"kind": document.kind})
    session.commit()
    jobs.dispatch(job.id)
    status_url = locate(request, response, "get_document", document_id=document.id)
    return DocumentAccepted(id=document.id, job_id=job.id, status=job.status, status_url=status_url)


@router.get("/applications/{application_id}/documents", responses={404: {"description": "No such application"}})
def list_documents(application_id: str, principal: Reader, session: SessionDep,
                   request: Request) -> list[DocumentStatus]:
    """An application's documents and where each stands."""
    application = get_application(session, principal, application_id)
    documents = session.scalars(select(Document).where(Document.application_id == application.id)
                                .order_by(Document.created_at))
    return [_status(session, d, application, request) for d in documents]


@router.get("/documents/{document_id}", responses={404: {"description": "No such document"}})
def get_document(document_id: str, principal: Reader, session: SessionDep, request: Request) -> DocumentStatus:
    """A document's redaction status."""
    document, application = _document(session, principal, document_id)
    return _status(session, document, application, request)


@router.get("/documents/{document_id}/redacted.pdf", response_class=Response,
            responses={200: {"content": {"application/pdf": {}}, "description": "The redacted document"},
                       404: {"description": "No such document"},
                       409: {"description": "Not redacted (yet)"}})
def get_redacted_pdf(document_id: str, principal: PanelOrHr, session: SessionDep) -> Response:
    """The panel's copy: a new PDF rendered from the redacted text, headed with the anonymous reference only."""
    document, application = _document(session, principal, document_id)
    if document.redacted_pdf is None:
        raise Conflict("the document has not been redacted; check its status")
    audit.record(session, principal, "document.read_redacted", "document", document.id)
    session.commit()
    name = application.reference.replace(" ", "-")
    return Response(document.redacted_pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'})


@router.post("/vacancies/{vacancy_id}/redaction-batches", status_code=202)
def start_batch(vacancy_id: str, body: BatchRequest, principal: Coordinator, session: SessionDep,
                redactor: RedactorDep, request: Request, response: Response) -> BatchStatus:
    """Redact every application of a vacancy again (fields and documents), e.g. under the strict policy."""
    policy = body.policy or redactor.lexicon.default_policy
    if policy not in redactor.policies:
        raise InvalidInput(f"unknown policy; expected one of: {', '.join(redactor.policies)}")
    batch = RedactionBatch(id=str(uuid.uuid4()), organisation_id=principal.organisation_id, vacancy_id=vacancy_id,
                           policy=policy)
    session.add(batch)
    applications = session.scalars(select(Application.id).where(
        Application.organisation_id == principal.organisation_id, Application.vacancy_id == vacancy_id))
    job_ids = [jobs.submit(session, principal.organisation_id, APPLICATION_JOB, a, batch.id).id for a in applications]
    audit.record(session, principal, "redaction_batch.start", "vacancy", vacancy_id,
                 {"batch_id": batch.id, "policy": policy, "applications": len(job_ids)})
    session.commit()
    for job_id in job_ids:
        jobs.dispatch(job_id)
    locate(request, response, "get_batch", batch_id=batch.id)
    return _batch_status(session, batch)


@router.get("/redaction-batches/{batch_id}", responses={404: {"description": "No such batch"}})
def get_batch(batch_id: str, principal: Coordinator, session: SessionDep) -> BatchStatus:
    """A batch's progress: how many applications are done out of how many."""
    batch = get_owned(session, RedactionBatch, batch_id, principal.organisation_id, "redaction batch")
    return _batch_status(session, batch)


def _batch_status(session: Session, batch: RedactionBatch) -> BatchStatus:
    counts = Counter(session.scalars(select(Job.status).where(Job.batch_id == batch.id)))
    total = sum(counts.values())
    finished = sum(counts[s] for s in jobs.FINISHED)
    return BatchStatus(id=batch.id, vacancy_id=batch.vacancy_id, policy=batch.policy,
                       status="done" if finished == total else "running", total=total,
                       counts={s: counts.get(s, 0) for s in ("queued", "running", *sorted(jobs.FINISHED))},
                       created_at=batch.created_at)


class DocumentProgress(BaseModel):
    document_id: str
    reference: str
    kind: str
    status: str
    reason: str | None


class VacancyProgress(BaseModel):
    vacancy_id: str
    counts: dict[str, int] = Field(description="documents by status")
    documents: list[DocumentProgress]
    batches: list[BatchStatus]


def vacancy_progress(session: Session, organisation_id: int, vacancy_id: str) -> VacancyProgress:
    """Where every document of a vacancy stands, and its redaction batches, newest first."""
    rows = session.execute(
        select(Document, Application.reference, Job.status, Job.reason)
        .join(Application, Document.application_id == Application.id)
        .outerjoin(Job, Job.id == Document.job_id)
        .where(Application.organisation_id == organisation_id, Application.vacancy_id == vacancy_id)
        .order_by(Application.reference, Document.created_at))
    documents = [DocumentProgress(document_id=d.id, reference=reference, kind=d.kind,
                                  status=status or ("done" if d.redacted_pdf is not None else "queued"),
                                  reason=reason) for d, reference, status, reason in rows]
    batches = session.scalars(select(RedactionBatch).where(RedactionBatch.organisation_id == organisation_id,
                                                           RedactionBatch.vacancy_id == vacancy_id)
                              .order_by(RedactionBatch.created_at.desc()))
    return VacancyProgress(vacancy_id=vacancy_id, counts=dict(Counter(d.status for d in documents)),
                           documents=documents, batches=[_batch_status(session, b) for b in batches])


@router.get("/vacancies/{vacancy_id}/redaction-progress")
def get_vacancy_progress(vacancy_id: str, principal: Coordinator, session: SessionDep) -> VacancyProgress:
    """Progress of a vacancy's document redaction jobs and batches (for the ATS and HR)."""
    return vacancy_progress(session, principal.organisation_id, vacancy_id)
