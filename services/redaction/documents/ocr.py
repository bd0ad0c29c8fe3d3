"""OCR for PDF pages without a text layer: poppler's pdftoppm rasterises a page, Tesseract reads it.

Both are external programs (Debian `poppler-utils` and `tesseract-ocr`), run without a shell and with the
document's remaining time as their timeout.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from services.redaction.documents.limits import Deadline, DocumentTimeout, UnreadableDocument

__all__ = ["OcrPage", "ocr_available", "ocr_pages"]

LANGUAGE = "eng"


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # Tesseract's mean word confidence, 0-100; 0 when it found no words


def ocr_available() -> bool:
    """True when both pdftoppm and tesseract are on the PATH."""
    return shutil.which("pdftoppm") is not None and shutil.which("tesseract") is not None


def _run(args: list[str], deadline: Deadline) -> bytes:
    # One thread per Tesseract: the workers already run one document per process.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(args, capture_output=True, timeout=max(deadline.remaining(), 0.1),  # noqa: S603
                              check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        deadline.check()
        raise DocumentTimeout("OCR of the scanned document ran out of time. Ask the candidate for a PDF "
                              "saved from a word processor rather than a scan.") from exc
    if done.returncode != 0:
        raise UnreadableDocument("a scanned page could not be converted for OCR; the PDF may be damaged. "
                                 "Ask the candidate to send it again.")
    return done.stdout


def _page_from_tsv(tsv: str) -> OcrPage:
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        lines.setdefault((row["block_num"], row["par_num"], row["line_num"]), []).append(word)
        confidences.append(float(row["conf"]))
    text = "\n".join(" ".join(words) for words in lines.values())
    return OcrPage(text, sum(confidences) / len(confidences) if confidences else 0.0)


def ocr_pages(pdf: bytes, page_numbers: list[int], dpi: int, deadline: Deadline) -> dict[int, OcrPage]:
    """The OCR'd text of the given pages (1-based), each rasterised at `dpi`."""
    pdftoppm, tesseract = shutil.which("pdftoppm"), shutil.which("tesseract")
    if pdftoppm is None or tesseract is None:
        raise RuntimeError("OCR is not installed")
    found: dict[int, OcrPage] = {}
    with tempfile.TemporaryDirectory(prefix="fairhire-ocr-") as tmp:
        source = Path(tmp, "in.pdf")
        source.write_bytes(pdf)
        for number in page_numbers:
            deadline.check()
            image = Path(tmp, f"page-{number}")
            _run([pdftoppm, "-r", str(dpi), "-f", str(number), "-l", str(number), "-png", "-singlefile",
                  str(source), str(image)], deadline)
            tsv = _run([tesseract, f"{image}.png", "stdout", "-l", LANGUAGE, "tsv"], deadline)
            found[number] = _page_from_tsv(tsv.decode("utf-8", "replace"))
    return found
