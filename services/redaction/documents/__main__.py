"""The child process of `extract_isolated`: limits its own address space, extracts, answers in JSON."""

import dataclasses
import json
import resource
import sys
from typing import Any

from services.common.errors import FairHireError
from services.redaction.documents.extract import extract
from services.redaction.documents.limits import DocumentTooLarge, Limits
from services.redaction.documents.sniff import DocumentKind


def _child() -> int:
    kind, limits_json, memory_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
    size = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))
    data = sys.stdin.buffer.read()
    out: dict[str, Any]
    try:
        found = extract(data, DocumentKind(kind), Limits(**json.loads(limits_json)))
        out = {"extracted": dataclasses.asdict(found)}
    except MemoryError:
        out = {"error": DocumentTooLarge.__name__,
               "detail": "the document needs more memory to read than FairHire allows; it may be built to "
                         "exhaust memory. Ask the candidate for another copy (a PDF saved from a word processor)."}
    except FairHireError as exc:
        out = {"error": type(exc).__name__, "detail": exc.detail}
    sys.stdout.write(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(_child())
