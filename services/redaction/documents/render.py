"""A new PDF rendered from redacted text: never the original file edited.

reportlab (BSD) rather than fpdf2 (LGPL): a permissive licence, and its platypus layer wraps paragraphs and
splits them across pages on its own. The body font is DejaVu Sans (Debian `fonts-dejavu-core`), embedded as
a subset, because the standard PDF fonts only cover Windows-1252: Polish and Czech letters (ł, ś, ž), common
in this borough's place and school names, would come out as missing glyphs. Without DejaVu the standard
Helvetica is used and letters outside Windows-1252 are shown without their accents.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from services.redaction.names import fold

__all__ = ["FONT_PATHS", "body_font", "render_pdf"]

FONT_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
AUTHOR = "FairHire"
MARGIN = 20 * mm


@lru_cache(maxsize=1)
def body_font() -> str:
    """The registered font name: DejaVuSans when installed, else the standard Helvetica."""
    for path in FONT_PATHS:
        if path.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
            return "DejaVuSans"
    return "Helvetica"


def _displayable(text: str, font: str) -> str:
    if font != "Helvetica":
        return text
    # Helvetica has only Windows-1252 glyphs; drop accents it cannot show rather than print boxes.
    return "".join(c if c.encode("cp1252", "ignore") else fold(c) for c in text)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws the header and 'Page n of m' once every page is laid out, so the total is known."""

    def __init__(self, *args: Any, reference: str, font: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reference, self._font = reference, font
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            width, height = A4
            self.setFont(self._font, 9)
            self.drawString(MARGIN, height - 12 * mm, self._reference)
            self.drawRightString(width - MARGIN, 10 * mm, f"Page {number} of {total}")
            super().showPage()
        super().save()


def render_pdf(text: str, reference: str) -> bytes:
    """An A4 PDF of the text, headed on every page by the anonymous reference and nothing else."""
    font = body_font()
    style = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=14, spaceAfter=6)
    reference = _displayable(reference, font)
    story: list[Any] = []
    for block in _displayable(text, font).replace("\r\n", "\n").split("\n\n"):
        lines = [escape(line).replace("\t", "    ") for line in block.split("\n")]
        if any(line.strip() for line in lines):
            story.append(Paragraph("<br/>".join(lines), style))
    if not story:
        story.append(Spacer(1, 1))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=reference, author=AUTHOR, creator=AUTHOR, producer=AUTHOR, subject="", keywords="",
        invariant=True,  # no timestamps or random ids: the same text renders to the same bytes
    )
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, reference=reference, font=font, **k))
    return out.getvalue()
