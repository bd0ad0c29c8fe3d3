"""Whole applications: submitted by the ATS, read redacted by panels, revealed by HR after shortlisting."""

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from collections import Counter
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.common import audit, jobs
from services.common.auth import Principal, Role, require_roles
from services.common.crypto import decrypt_json, encrypt_json
from services.common.db import SessionDep, get_owned, utcnow
from services.common.errors import Conflict, Forbidden, InvalidInput
from services.common.settings import SettingsDep, get_settings
from services.guaranteed_interview.models import SchemeName
from services.redaction.api import RedactorDep
from services.redaction.document_jobs import add_document
from services.redaction.models import CandidateIdentity
from services.redaction.service import PersonNumbering, Redactor
from services.redaction.store import Application, Document

router = APIRouter(prefix="/v1", tags=["applications"])

Submitter = Annotated[Principal, Depends(require_roles(Role.ats))]
Reader = Annotated[Principal, Depends(require_roles(Role.panel, Role.hr))]
HumanResources = Annotated[Principal, Depends(require_roles(Role.hr))]

FIELD_NAME = r"^[a-z][a-z0-9_]{0,63}$"
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


class DocumentUpload(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content_base64: StrictStr = Field(description="The file, base64-encoded")
    content_type: StrictStr | None = Field(default=None, max_length=100,
                                           description="The declared MIME type; checked against the bytes")
    filename: StrictStr | None = Field(default=None, max_length=255,
                                       description="Used only to check the declared type; never stored")


class DocumentRef(BaseModel):
    id: str
    job_id: str | None
    status_url: str


class ApplicationSubmission(BaseModel):
    model_config = ConfigDict(extra="forbid")

    application_id: StrictStr = Field(min_length=1, max_length=100, description="The ATS's application id")
    vacancy_id: StrictStr = Field(min_length=1, max_length=100, description="The ATS's vacancy id")
    candidate: CandidateIdentity
    fields: dict[Annotated[str, Field(pattern=FIELD_NAME)], StrictStr] = Field(
        min_length=1, max_length=30,
        description="Named free-text fields: supporting_statement, employment_history, education, "
                    "additional_information, referees...",
    )
    guaranteed_interview_opt_ins: dict[SchemeName, StrictBool] = Field(
        default_factory=dict,
        description="Guaranteed-interview schemes the candidate opted into on the application itself "
                    "(never from the equality monitoring form)",
    )
    documents: list[DocumentUpload] = Field(default_factory=list, max_length=10,
                                            description="CVs and cover letters, redacted in the background")
    policy: StrictStr | None = None


class ApplicationReceipt(BaseModel):
    id: str
    application_id: str
    vacancy_id: str
    reference: str = Field(description="The candidate's stable anonymous reference, e.g. 'Candidate 4F7K'")
    policy: str
    redacted_fields: dict[str, str]
    entity_counts: dict[str, int]
    documents: list[DocumentRef] = Field(default_factory=list)


class ApplicationView(BaseModel):
    id: str
    reference: str
    vacancy_id: str
    submitted_at: datetime
    fields: dict[str, str] = Field(description="The redacted text of each field")


class OriginalView(ApplicationView):
    original_fields: dict[str, str]
    identity: CandidateIdentity


class RevealReason(StrEnum):
    shortlisting_complete = "shortlisting_complete"
    interview_arrangements = "interview_arrangements"
    pre_employment_checks = "pre_employment_checks"
    legal_obligation = "legal_obligation"


class RevealRequest(BaseModel):
    reason: RevealReason


class Revealed(BaseModel):
    id: str
    reference: str
    identity: CandidateIdentity
    revealed_at: datetime


class CandidateListItem(BaseModel):
    id: str
    reference: str
    submitted_at: datetime


def _digest(body: ApplicationSubmission) -> str:
    canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True).encode()
    return hmac.new(get_settings().secret_key.encode(), canonical, hashlib.sha256).hexdigest()


def redact_fields(redactor: Redactor, fields: dict[str, str], candidate: CandidateIdentity,
                  policy: str | None) -> tuple[str, dict[str, str], dict[str, int]]:
    """Redact every field with one numbering, so "[PERSON 1]" is the same person throughout."""
    numbering = PersonNumbering()
    redacted: dict[str, str] = {}
    counts: Counter[str] = Counter()
    used_policy = policy or ""
    for name, text in fields.items():
        result = redactor.redact(text, candidate, policy, numbering)
        redacted[name] = result.text
        used_policy = result.policy
        counts.update(entity.type for entity in result.entities)
    return used_policy, redacted, dict(counts)


def _new_reference(session: Session, organisation_id: int) -> str:
    while True:
        reference = "Candidate " + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(4))
        taken = session.scalar(select(Application.id).where(Application.organisation_id == organisation_id,
                                                            Application.reference == reference))
        if taken is None:
            return reference


def _receipt(session: Session, application: Application, request: Request) -> ApplicationReceipt:
    documents = session.scalars(select(Document).where(Document.application_id == application.id)
                                .order_by(Document.created_at))
    return ApplicationReceipt(
        id=application.id, application_id=application.ats_application_id, vacancy_id=application.vacancy_id,
        reference=application.reference, policy=application.policy,
        redacted_fields=application.redacted_fields, entity_counts=application.entity_counts,
        documents=[DocumentRef(id=d.id, job_id=d.job_id,
                               status_url=str(request.url_for("get_document", document_id=d.id).path))
                   for d in documents],
    )


def _decoded(upload: DocumentUpload) -> bytes:
    try:
        return base64.b64decode(upload.content_base64, validate=True)
    except ValueError as exc:  # binascii.Error, or characters outside ASCII
        raise InvalidInput("a document's content_base64 is not valid base64") from exc


def _existing(session: Session, organisation_id: int, ats_application_id: str) -> Application | None:
    return session.scalar(select(Application).where(Application.organisation_id == organisation_id,
                                                    Application.ats_application_id == ats_application_id))


def _same_or_conflict(session: Session, existing: Application, digest: str, request: Request) -> ApplicationReceipt:
    if not hmac.compare_digest(existing.content_digest, digest):
        raise Conflict("this application id was already submitted with different content")
    return _receipt(session, existing, request)


def get_application(session: Session, principal: Principal, application_id: str) -> Application:
    return get_owned(session, Application, application_id, principal.organisation_id, "application")


@router.post("/applications", status_code=201, responses={200: {"description": "Already submitted: the same receipt"},
                                                          409: {"description": "Same id, different content"}})
def submit_application(body: ApplicationSubmission, principal: Submitter, session: SessionDep,
                       redactor: RedactorDep, settings: SettingsDep, request: Request,
                       response: Response) -> ApplicationReceipt:
    """Store an application: identity encrypted, redacted view apart. Idempotent on the ATS application id."""
    digest = _digest(body)
    existing = _existing(session, principal.organisation_id, body.application_id)
    if existing is not None:
        response.status_code = 200
        return _same_or_conflict(session, existing, digest, request)
    uploads = [(_decoded(upload), upload) for upload in body.documents]
    policy, redacted, counts = redact_fields(redactor, body.fields, body.candidate, body.policy)
    application = Application(
        id=str(uuid.uuid4()), organisation_id=principal.organisation_id,
        ats_application_id=body.application_id, vacancy_id=body.vacancy_id,
        reference=_new_reference(session, principal.organisation_id), content_digest=digest, policy=policy,
        identity_encrypted=encrypt_json(body.candidate.model_dump(exclude_none=True)),
        original_encrypted=encrypt_json(body.fields),
        opt_ins_encrypted=encrypt_json(body.guaranteed_interview_opt_ins),
        redacted_fields=redacted, entity_counts=counts,
    )
    session.add(application)
    queued = [add_document(session, application, data, upload.content_type, upload.filename,
                           settings.max_document_bytes)[1] for data, upload in uploads]
    audit.record(session, principal, "application.submit", "application", application.id,
                 {"vacancy_id": body.vacancy_id, "documents": len(queued)})
    try:
        session.commit()
    except IntegrityError:
        # A concurrent submission of the same application won the race.
        session.rollback()
        existing = _existing(session, principal.organisation_id, body.application_id)
        if existing is None:
            raise
        response.status_code = 200
        return _same_or_conflict(session, existing, digest, request)
    for job in queued:
        jobs.dispatch(job.id)
    return _receipt(session, application, request)


@router.get("/applications/{application_id}", response_model=ApplicationView | OriginalView,
            responses={404: {"description": "No such application"}})
def read_application(application_id: str, principal: Reader, session: SessionDep,
                     view: Annotated[str, Field(pattern="^(redacted|original)$")] = "redacted") -> Any:
    """The redacted application; HR may ask for `view=original` (audited)."""
    application = get_application(session, principal, application_id)
    redacted = ApplicationView(id=application.id, reference=application.reference,
                               vacancy_id=application.vacancy_id, submitted_at=application.submitted_at,
                               fields=application.redacted_fields)
    if view == "redacted":
        return redacted
    if not principal.has_any(Role.hr):
        raise Forbidden("only HR may read the original application")
    audit.record(session, principal, "application.read_original", "application", application.id)
    session.commit()
    return OriginalView(**redacted.model_dump(), original_fields=decrypt_json(application.original_encrypted),
                        identity=CandidateIdentity(**decrypt_json(application.identity_encrypted)))


@router.post("/applications/{application_id}/reveal", responses={404: {"description": "No such application"}})
def reveal_identity(application_id: str, body: RevealRequest, principal: HumanResources,
                    session: SessionDep) -> Revealed:
    """Record that shortlisting is complete and reveal who the candidate is (audited)."""
    application = get_application(session, principal, application_id)
    if application.revealed_at is None:
        application.revealed_at, application.revealed_by_key_id = utcnow(), principal.key_id
    audit.record(session, principal, "application.reveal", "application", application.id,
                 {"reason": body.reason.value})
    session.commit()
    return Revealed(id=application.id, reference=application.reference,
                    identity=CandidateIdentity(**decrypt_json(application.identity_encrypted)),
                    revealed_at=application.revealed_at)


@router.get("/vacancies/{vacancy_id}/applications")
def list_candidates(vacancy_id: str, principal: Reader, session: SessionDep) -> list[CandidateListItem]:
    """The vacancy's anonymous candidates, in order of submission."""
    applications = session.scalars(select(Application).where(
        Application.organisation_id == principal.organisation_id, Application.vacancy_id == vacancy_id,
    ).order_by(Application.submitted_at, Application.reference))
    return [CandidateListItem(id=a.id, reference=a.reference, submitted_at=a.submitted_at) for a in applications]
