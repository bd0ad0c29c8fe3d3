"""All the text of a document, including the places naive extraction misses; none of its metadata.

DOCX and ODT are read straight from their XML parts (not through python-docx, which skips text boxes,
footnotes, comments and tracked changes), with defusedxml refusing any DTD: an office document never
needs one, and refusing it stops external entities and entity-expansion bombs.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import xml.etree.ElementTree as ET  # noqa: S405 - only the Element type; parsing goes through defusedxml
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTContainer, LTCurve, LTFigure, LTImage, LTPage, LTTextContainer
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSException
from pypdf import PasswordType, PdfReader
from pypdf.errors import PdfReadError
from striprtf.striprtf import rtf_to_text

from services.redaction.documents.limits import (
    DEFAULT_LIMITS,
    Deadline,
    DocumentTooLarge,
    EncryptedDocument,
    Limits,
    UnreadableDocument,
    check_size,
)
from services.redaction.documents.ocr import ocr_available, ocr_pages
from services.redaction.documents.sniff import DocumentKind, open_zip, read_part

__all__ = ["Extracted", "extract", "normalise"]


@dataclass(frozen=True)
class Extracted:
    text: str
    needs_manual_review: bool = False
    reason: str | None = None
    pages: int | None = None


# ---------------------------------------------------------------- text clean-up

# Characters that hide inside a name without showing: "Jo\u200bhn" must still read "John".
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    """NFKC (ligatures such as 'ﬃ' in 'Griﬃths' become letters), no invisible characters, tidy lines."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _parse_xml(data: bytes) -> ET.Element:
    try:
        root: ET.Element = SafeET.fromstring(data, forbid_dtd=True)
        return root
    except DefusedXmlException as exc:
        raise UnreadableDocument("the document contains an XML declaration FairHire refuses for safety "
                                 "(a DTD or entities); re-save it from a word processor, or send a PDF.") from exc
    except SafeET.ParseError as exc:
        raise UnreadableDocument("the document is damaged (its XML cannot be read); "
                                 "ask the candidate to re-save it and send it again.") from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


# ---------------------------------------------------------------- DOCX

_DOCX_TEXT = {"t", "delText"}  # w:t, w:delText (deleted text still identifies), DrawingML a:t
_DOCX_CHARS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
# Field codes carry hyperlink targets ('HYPERLINK "mailto:..."'); the visible result is kept.
# Paragraph and run properties hold tab stops, not text. Matched by local name, so Strict OOXML
# (another namespace) and DrawingML (a:pPr) are covered too.
_DOCX_SKIP = {"instrText", "delInstrText", "Fallback", "pPr", "rPr"}
_DOCX_NOT_TEXT = re.compile(
    r"word/(?:_rels/.*|theme/.*|styles|stylesWithEffects|settings|fontTable|webSettings|numbering|people"
    r"|commentsExtended|commentsIds|commentsExtensible)\.xml(?:\.rels)?$")
_DOCX_ORDER = ("word/document", "word/header", "word/footer", "word/footnotes", "word/endnotes", "word/comments")


def _docx_walk(el: ET.Element, lines: list[str], current: list[str]) -> None:
    for child in el:
        tag = _local(child.tag)
        if tag in _DOCX_SKIP:
            continue
        if tag == "p":  # w:p, a:p; a paragraph inside a text box is a line of its own
            own: list[str] = []
            _docx_walk(child, lines, own)
            lines.append("".join(own))
        elif tag in _DOCX_TEXT:
            current.append(child.text or "")
        elif tag in _DOCX_CHARS:
            current.append(_DOCX_CHARS[tag])
        else:
            _docx_walk(child, lines, current)


def _docx_part_order(name: str) -> tuple[int, str]:
    for i, prefix in enumerate(_DOCX_ORDER):
        if name.startswith(prefix):
            return i, name
    return len(_DOCX_ORDER), name


def _docx_text(data: bytes, limits: Limits, deadline: Deadline) -> Extracted:
    with open_zip(data, limits) as archive:
        names = [n for n in archive.namelist()
                 if n.startswith("word/") and n.endswith(".xml") and not _DOCX_NOT_TEXT.match(n)]
        if "word/document.xml" not in names:
            raise UnreadableDocument("the Word document has no main text part; ask the candidate to re-save it.")
        lines: list[str] = []
        for name in sorted(names, key=_docx_part_order):
            deadline.check()
            _docx_walk(_parse_xml(read_part(archive, name)), lines, [])
            lines.append("")
    return Extracted("\n".join(lines))


# ---------------------------------------------------------------- ODT

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
# Authors and dates of comments and tracked changes are metadata; alt text belongs to images.
_ODT_SKIP = {(DC, "creator"), (DC, "date"), (SVG, "title"), (SVG, "desc"), (TEXT, "sequence-decls")}
_SPACES = re.compile(r"\s+")


def _odt_walk(el: ET.Element, lines: list[str], current: list[str]) -> None:
    # ODF collapses white space inside paragraphs; spaces it means to keep are text:s elements.
    if el.text:
        current.append(_SPACES.sub(" ", el.text))
    for child in el:
        ns, tag = _ns(child.tag), _local(child.tag)
        if (ns, tag) not in _ODT_SKIP:
            if ns == TEXT and tag in ("p", "h"):
                own: list[str] = []
                _odt_walk(child, lines, own)
                lines.append("".join(own).strip())
            elif ns == TEXT and tag == "s":
                current.append(" " * int(child.get(f"{{{TEXT}}}c", "1")))
            elif ns == TEXT and tag == "tab":
                current.append("\t")
            elif ns == TEXT and tag == "line-break":
                current.append("\n")
            else:
                _odt_walk(child, lines, current)
        if child.tail:
            current.append(_SPACES.sub(" ", child.tail))


def _odt_text(data: bytes, limits: Limits, deadline: Deadline) -> Extracted:
    with open_zip(data, limits) as archive:
        if "content.xml" not in archive.namelist():
            raise UnreadableDocument("the OpenDocument file has no content part; ask the candidate to re-save it.")
        lines: list[str] = []
        _odt_walk(_parse_xml(read_part(archive, "content.xml")), lines, [])
        if "styles.xml" in archive.namelist():
            deadline.check()
            # Headers and footers live in the master pages of styles.xml.
            for master in _parse_xml(read_part(archive, "styles.xml")).iter(f"{{{OFFICE}}}master-styles"):
                lines.append("")
                _odt_walk(master, lines, [])
    return Extracted("\n".join(lines))


# ---------------------------------------------------------------- RTF

# striprtf drops headers, footers, footnotes and comments with the metadata destinations; turning
# those control words into paragraph breaks keeps their text. Comment authors (\atnauthor) stay dropped.
_RTF_KEEP = re.compile(r"(?:\\\*)?\\(?:header[lrf]?|footer[lrf]?|footnote|annotation)(?![a-z])")


def _rtf_text(data: bytes) -> Extracted:
    source = _RTF_KEEP.sub(r"\\par ", data.decode("latin-1"))
    # \'xx escapes are bytes in the document's code page (Windows-1250 for Polish, for example).
    page = re.search(r"\\ansicpg(\d+)", source[:4096])
    encoding = f"cp{page[1]}" if page else "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        return Extracted(rtf_to_text(source, encoding=encoding, errors="replace"))  # type: ignore[no-untyped-call]
    except (ValueError, IndexError, LookupError) as exc:
        raise UnreadableDocument("the RTF document is damaged; ask the candidate to re-save it.") from exc


# ---------------------------------------------------------------- plain text

def _txt_text(data: bytes) -> Extracted:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Extracted(data.decode("utf-16", "replace"))
    try:
        return Extracted(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Extracted(data.decode("cp1252", "replace"))


# ---------------------------------------------------------------- PDF

_CID = re.compile(r"\(cid:\d+\)")
MIN_PAGE_CHARS = 10  # fewer letters than this on a page with images: treat it as a scan


def _form_values(reader: PdfReader) -> list[str]:
    """Filled-in form fields ("surname: Kowalski", "disability: Yes"): pdfminer does not read them."""
    values = []
    for name, field in (reader.get_fields() or {}).items():
        value = field.get("/V")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        value = str(value).lstrip("/") if value is not None else ""
        if value.strip() and value != "Off":
            values.append(f"{name}: {value}")
    return values


def _pdf_structure(data: bytes, limits: Limits) -> tuple[int, list[str]]:
    """The page count and any filled-in form values; refuses a password-protected or damaged PDF."""
    try:
        reader = PdfReader(io.BytesIO(data))
        # Owner-password-only PDFs (printing or copying restricted) open with the empty password.
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise EncryptedDocument("the PDF is password-protected; ask the candidate for an unprotected copy.")
        count = len(reader.pages)
        if count > limits.max_pages:
            raise DocumentTooLarge(f"the PDF has {count} pages; the limit is {limits.max_pages}. "
                                   "Ask the candidate for a shorter document.")
        return count, _form_values(reader)
    except (EncryptedDocument, DocumentTooLarge):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise UnreadableDocument("the PDF is damaged and cannot be read; ask the candidate to send it again "
                                 "(saved or exported from a word processor).") from exc


def _layout_text(item: LTContainer) -> Iterator[str]:  # type: ignore[type-arg]
    for child in item:
        if isinstance(child, LTTextContainer):
            yield child.get_text()
        elif isinstance(child, LTFigure):
            yield from _layout_text(child)


def _has_graphics(item: LTContainer) -> bool:  # type: ignore[type-arg]
    return any(isinstance(c, LTImage | LTCurve) or isinstance(c, LTFigure) and not _figure_is_text(c)
               for c in item)


def _figure_is_text(figure: LTFigure) -> bool:
    return all(isinstance(c, LTChar | LTTextContainer) for c in figure)


def _pdf_pages(data: bytes, deadline: Deadline) -> Iterator[LTPage]:
    try:
        # all_texts: lay out text inside form XObjects too; boxes_flow keeps columns in reading order.
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True)):
            deadline.check()
            yield page
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedDocument("the PDF is password-protected; ask the candidate for an unprotected copy.") from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument("the PDF is damaged and cannot be read; ask the candidate to send it again "
                                 "(saved or exported from a word processor).") from exc


def _pdf_text(data: bytes, limits: Limits, deadline: Deadline) -> Extracted:
    count, form = _pdf_structure(data, limits)
    texts: list[str] = []
    scanned: list[int] = []
    for number, page in enumerate(_pdf_pages(data, deadline), start=1):
        text = "".join(_layout_text(page))
        readable = _CID.sub("", text)
        if sum(c.isalnum() for c in readable) < MIN_PAGE_CHARS and (_has_graphics(page) or _CID.search(text)):
            scanned.append(number)
        texts.append(readable)
    if form:
        texts.append("\n".join(form))
    if not scanned:
        return Extracted("\n\n".join(texts), pages=count)
    if not ocr_available():
        return Extracted("\n\n".join(texts), needs_manual_review=True, pages=count,
                         reason=f"{len(scanned)} page(s) have no text layer (a scan or photo) and OCR is not "
                                "installed on this server; a person must redact this document.")
    read = ocr_pages(data, scanned, limits.ocr_dpi, deadline)
    for number, page_ocr in read.items():
        texts[number - 1] = page_ocr.text
    low = [n for n, p in read.items() if p.text.strip() and p.confidence < limits.min_ocr_confidence]
    if low:
        return Extracted("\n\n".join(texts), needs_manual_review=True, pages=count,
                         reason=f"OCR read {len(low)} scanned page(s) with low confidence; "
                                "a person must check the redaction of this document.")
    return Extracted("\n\n".join(texts), pages=count)


# ---------------------------------------------------------------- entry point

def extract(data: bytes, kind: DocumentKind, limits: Limits = DEFAULT_LIMITS) -> Extracted:
    """All the text of a document of a sniffed kind, normalised; raises on a hostile or damaged file."""
    check_size(data, limits)
    deadline = Deadline(limits.max_seconds)
    readers: dict[DocumentKind, Callable[[], Extracted]] = {
        DocumentKind.pdf: lambda: _pdf_text(data, limits, deadline),
        DocumentKind.docx: lambda: _docx_text(data, limits, deadline),
        DocumentKind.odt: lambda: _odt_text(data, limits, deadline),
        DocumentKind.rtf: lambda: _rtf_text(data),
        DocumentKind.txt: lambda: _txt_text(data),
    }
    try:
        found = readers[DocumentKind(kind)]()
    except RecursionError as exc:
        raise UnreadableDocument("the document is nested more deeply than any real document; it may be built to "
                                 "crash parsers. Ask the candidate to re-save it, or send a PDF.") from exc
    deadline.check()
    text = normalise(found.text)
    if len(text) > limits.max_chars:
        raise DocumentTooLarge(f"the document holds {len(text)} characters of text; the limit is {limits.max_chars}. "
                               "Ask the candidate for a shorter document.")
    if not text and not found.needs_manual_review:
        return Extracted("", needs_manual_review=True, pages=found.pages,
                         reason="no text was found in the document; a person must look at it.")
    return Extracted(text, found.needs_manual_review, found.reason, found.pages)
