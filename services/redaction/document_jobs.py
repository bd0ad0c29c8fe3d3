"""Background redaction of documents and whole applications (Celery workers, or in-process).

Tasks carry job ids only; everything else is read here from the database. A job whose work is
already done (a redelivered task) finds it done and changes nothing.
"""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.common import jobs, webhooks
from services.common.crypto import decrypt_bytes, decrypt_json, encrypt_bytes
from services.common.errors import InvalidInput, PayloadTooLarge
from services.common.settings import get_settings
from services.common.store import Job
from services.redaction.api import shared_redactor
from services.redaction.documents import DocumentKind, extract_isolated, find_leaks, render_pdf, sniff
from services.redaction.service import PersonNumbering, Redactor
from services.redaction.store import Application, Document, RedactionBatch

__all__ = ["APPLICATION_JOB", "DOCUMENT_JOB", "add_document", "redact_application", "redact_document"]

DOCUMENT_JOB = "document_redaction"
APPLICATION_JOB = "application_redaction"
webhooks.NOTIFIED_KINDS.update({DOCUMENT_JOB, APPLICATION_JOB})


class LeakFound(Exception):
    """The rendered document still shows one of the candidate's known identifiers."""

    def __init__(self, kinds: list[str]) -> None:
        super().__init__("leak")
        self.public_reason = (
            f"the leak check found the candidate's {', '.join(kinds)} in the rendered document, so it was not "
            "released to the panel; redact it by hand or ask the candidate for another copy"
        )


def _redactor() -> Redactor:
    return shared_redactor(get_settings())


def redact_document(document: Document, application: Application, identity: dict[str, Any],
                    numbering: PersonNumbering, policy: str) -> jobs.JobOutcome:
    """Extract, redact, render afresh and leak-check one document; keeps the result on the row."""
    # In a child process with a memory cap and a deadline: a hostile file must not take the worker down
    # (with late acknowledgement it would then take down the next worker too).
    extracted = extract_isolated(decrypt_bytes(document.original_encrypted), DocumentKind(document.kind))
    if extracted.needs_manual_review:
        return jobs.JobOutcome("needs_manual_review", extracted.reason)
    redactor = _redactor()
    redaction = redactor.redact(extracted.text, identity, policy, numbering)
    pdf = render_pdf(redaction.text, application.reference)
    leaks = find_leaks(pdf, identity, ambiguous=redactor.lexicon.common_word_names)
    if leaks:
        raise LeakFound(leaks)
    document.redacted_text, document.redacted_pdf, document.policy = redaction.text, pdf, policy
    return jobs.JobOutcome("done")


@jobs.register(DOCUMENT_JOB)
def run_document_job(session: Session, job: Job) -> jobs.JobOutcome:
    document = session.get(Document, job.subject_id)
    if document is None:
        return jobs.JobOutcome("failed", "the document was deleted before it could be redacted")
    if document.redacted_pdf is not None:
        return jobs.JobOutcome("done")
    application = session.get(Application, document.application_id)
    assert application is not None
    identity = decrypt_json(application.identity_encrypted)
    return redact_document(document, application, identity, PersonNumbering(), application.policy)


def redact_application(session: Session, application: Application, policy: str) -> jobs.JobOutcome:
    """Redact an application's fields and documents again under `policy`, numbering people across all."""
    identity = decrypt_json(application.identity_encrypted)
    numbering = PersonNumbering()
    originals: dict[str, str] = decrypt_json(application.original_encrypted)
    application.redacted_fields = {name: _redactor().redact(text, identity, policy, numbering).text
                                   for name, text in originals.items()}
    application.policy = policy
    outcomes = [redact_document(document, application, identity, numbering, policy)
                for document in session.scalars(select(Document).where(Document.application_id == application.id)
                                                .order_by(Document.created_at))]
    review = [o for o in outcomes if o.status == "needs_manual_review"]
    if review:
        return jobs.JobOutcome("needs_manual_review", review[0].reason)
    return jobs.JobOutcome("done")


@jobs.register(APPLICATION_JOB)
def run_application_job(session: Session, job: Job) -> jobs.JobOutcome:
    application = session.get(Application, job.subject_id)
    batch = session.get(RedactionBatch, job.batch_id) if job.batch_id else None
    if application is None or batch is None:
        return jobs.JobOutcome("failed", "the application or its batch no longer exists")
    # A redelivered job that already finished never gets here (run_job leaves finished jobs alone), and
    # one whose worker died mid-way committed nothing, so running it again is the right thing.
    return redact_application(session, application, batch.policy)


def add_document(session: Session, application: Application, data: bytes, declared: str | None,
                 filename: str | None, max_bytes: int) -> tuple[Document, Job]:
    """Check an upload's real type, keep it encrypted and queue its redaction. The filename is not kept."""
    if len(data) > max_bytes:
        raise PayloadTooLarge(f"the document is larger than {max_bytes} bytes")
    if not data:
        raise InvalidInput("the document is empty")
    kind = sniff(data, declared, filename)
    document = Document(id=str(uuid.uuid4()), organisation_id=application.organisation_id,
                        application_id=application.id, kind=kind.value, size_bytes=len(data),
                        original_encrypted=encrypt_bytes(data))
    session.add(document)
    job = jobs.submit(session, application.organisation_id, DOCUMENT_JOB, document.id)
    document.job_id = job.id
    return document, job
