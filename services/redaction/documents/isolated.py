"""`extract` in a child process with hard limits on memory and time.

The in-process `extract` checks its time limit between pages and parts, which cannot stop one hostile page:
a 200 KB PDF whose content stream inflates to 200 MB of spaces costs pdfminer 450 MB and four seconds, and
a 10 MB one would take the worker down (and, with late acknowledgement, come back to take the next one down).
Here the child gets an address-space limit (RLIMIT_AS) and is killed at the deadline, so the worst a file
can do is fail its own job with a 413 or 422. It costs a process start (about 0.3 s) per document.

    python -m services.redaction.documents KIND LIMITS_JSON MEMORY_MB < document > result.json  (see __main__.py)
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

from services.common.errors import FairHireError
from services.redaction.documents import limits as limits_module
from services.redaction.documents.extract import Extracted
from services.redaction.documents.limits import (
    DEFAULT_LIMITS,
    DocumentTimeout,
    Limits,
    UnreadableDocument,
    check_size,
)
from services.redaction.documents.sniff import DocumentKind

__all__ = ["DEFAULT_MEMORY_MB", "extract_isolated"]

DEFAULT_MEMORY_MB = 1024
GRACE_SECONDS = 5.0  # the child's start-up and imports, on top of the document's own time limit
ROOT = Path(__file__).resolve().parents[3]
ERRORS = {name: error for name in limits_module.__all__
          if isinstance(error := getattr(limits_module, name), type) and issubclass(error, FairHireError)}


def extract_isolated(data: bytes, kind: DocumentKind, limits: Limits = DEFAULT_LIMITS,
                     memory_mb: int = DEFAULT_MEMORY_MB) -> Extracted:
    """Like `extract`, in a child process limited to `memory_mb` of address space and killed at the deadline."""
    check_size(data, limits)
    args = [sys.executable, "-m", "services.redaction.documents", DocumentKind(kind).value,
            json.dumps(dataclasses.asdict(limits)), str(memory_mb)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=limits.max_seconds + GRACE_SECONDS,  # noqa: S603
                              check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        raise DocumentTimeout(
            f"reading the document took longer than the {limits.max_seconds:.0f}-second limit. "
            "Ask the candidate for a simpler copy (a PDF saved from a word processor).") from exc
    try:
        result = json.loads(done.stdout)
    except ValueError:
        result = None
    if done.returncode != 0 or not isinstance(result, dict):
        # Killed for memory, or crashed inside a parser: the file is the cause either way.
        raise UnreadableDocument(
            "the document could not be read within FairHire's memory limit; it may be damaged or built to "
            "exhaust memory. Ask the candidate for another copy (a PDF saved from a word processor).")
    if "error" in result:
        error = ERRORS.get(result["error"], UnreadableDocument)
        raise error(result["detail"])
    return Extracted(**result["extracted"])
