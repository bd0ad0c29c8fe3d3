"""The document core for CVs and cover letters: pure functions, bytes in and values out.

    kind = sniff(data, declared="application/pdf", filename="cv.pdf")   # 413 / 415 / 422 on refusal
    found = extract(data, kind)          # Extracted(text, needs_manual_review, reason, pages)
    found = extract_isolated(data, kind) # the same in a child process with hard memory and time limits
    pdf = render_pdf(redacted_text, "Candidate 4F7K")
    if find_leaks(pdf, candidate_identity): fail the job

No FastAPI, no database; errors are FairHireError subclasses (see limits.py) with details a person can act on.
"""

from services.redaction.documents.extract import Extracted, extract
from services.redaction.documents.isolated import DEFAULT_MEMORY_MB, extract_isolated
from services.redaction.documents.leaks import find_leaks, pdf_text
from services.redaction.documents.limits import (
    DEFAULT_LIMITS,
    DocumentTimeout,
    DocumentTooLarge,
    DocumentTypeMismatch,
    EncryptedDocument,
    Limits,
    UnreadableDocument,
    UnsupportedDocument,
)
from services.redaction.documents.ocr import ocr_available
from services.redaction.documents.render import render_pdf
from services.redaction.documents.sniff import DocumentKind, sniff

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MEMORY_MB",
    "DocumentKind",
    "DocumentTimeout",
    "DocumentTooLarge",
    "DocumentTypeMismatch",
    "EncryptedDocument",
    "Extracted",
    "Limits",
    "UnreadableDocument",
    "UnsupportedDocument",
    "extract",
    "extract_isolated",
    "find_leaks",
    "ocr_available",
    "pdf_text",
    "render_pdf",
    "sniff",
]
