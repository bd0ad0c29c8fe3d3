"""Limits on hostile files, and the errors raised when a document breaks one.

    FairHireError
    ├── PayloadTooLarge (413)
    │   └── DocumentTooLarge      the file, its unzipped contents, its pages or its text are too big
    ├── UnsupportedMediaType (415)
    │   └── UnsupportedDocument   not a PDF, DOCX, ODT, RTF or plain-text file
    └── InvalidInput (422)
        ├── DocumentTypeMismatch  the declared type or the file name's extension says otherwise
        ├── EncryptedDocument     a password-protected PDF
        ├── UnreadableDocument    damaged, or built to attack the parser (external entities, entity expansion)
        └── DocumentTimeout       extraction took longer than the per-document time limit

Details are written for a person to act on and never carry the document's content or file name.
"""

from __future__ import annotations

import time
import zipfile
from dataclasses import dataclass

from services.common.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType

__all__ = [
    "DEFAULT_LIMITS",
    "Deadline",
    "DocumentTimeout",
    "DocumentTooLarge",
    "DocumentTypeMismatch",
    "EncryptedDocument",
    "Limits",
    "UnreadableDocument",
    "UnsupportedDocument",
    "check_size",
    "check_zip",
]

MB = 1024 * 1024


class DocumentTooLarge(PayloadTooLarge):
    pass


class UnsupportedDocument(UnsupportedMediaType):
    pass


class DocumentTypeMismatch(InvalidInput):
    pass


class EncryptedDocument(InvalidInput):
    pass


class UnreadableDocument(InvalidInput):
    pass


class DocumentTimeout(InvalidInput):
    pass


@dataclass(frozen=True)
class Limits:
    """How much a single document may cost. The defaults fit a CV or cover letter many times over."""

    max_bytes: int = 10 * MB
    max_zip_entries: int = 1_000
    max_unzipped_bytes: int = 100 * MB
    max_compression_ratio: int = 100
    max_pages: int = 50
    max_chars: int = 100_000  # the redactor's own text limit (Settings.max_text_chars)
    max_seconds: float = 60.0
    ocr_dpi: int = 300
    min_ocr_confidence: float = 60.0


DEFAULT_LIMITS = Limits()


def check_size(data: bytes, limits: Limits) -> None:
    """Refuse a file bigger than the limit, before anything parses it."""
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            f"the document is {len(data) / MB:.1f} MB; the limit is {limits.max_bytes / MB:.0f} MB. "
            "Ask the candidate for a smaller copy (for example without embedded photos).")


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip bomb from its central directory alone, before any entry is decompressed.

    The sizes in the directory are the archive's own claims; zipfile stops reading an entry at its declared
    size (and fails its CRC check if the data was longer), so a lie here cannot make us inflate more.
    """
    entries = archive.infolist()
    if len(entries) > limits.max_zip_entries:
        raise DocumentTooLarge(
            f"the document holds {len(entries)} parts; the limit is {limits.max_zip_entries}. "
            "Re-save it from a word processor, or send a PDF.")
    total = sum(e.file_size for e in entries)
    if total > limits.max_unzipped_bytes:
        raise DocumentTooLarge(
            f"the document unpacks to {total / MB:.0f} MB; the limit is {limits.max_unzipped_bytes / MB:.0f} MB. "
            "Re-save it without embedded media, or send a PDF.")
    for entry in entries:
        # Tiny entries compress absurdly well without being dangerous; judge ratios only past 1 MB.
        if entry.file_size > MB and entry.file_size > limits.max_compression_ratio * max(entry.compress_size, 1):
            raise DocumentTooLarge(
                f"a part of the document is compressed more than {limits.max_compression_ratio} to 1, "
                "which ordinary documents never are; it looks built to exhaust memory. Ask for another copy.")


class Deadline:
    """A per-document time limit, checked between pages and parts (see docs/documents.md)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(self._end - time.monotonic(), 0.0)

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise DocumentTimeout(
                f"reading the document took longer than the {self.seconds:.0f}-second limit. "
                "Ask the candidate for a simpler copy (a PDF saved from a word processor).")
