"""What a file really is, from its bytes; a declared type or file name only has to agree."""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from services.redaction.documents.limits import (
    DEFAULT_LIMITS,
    DocumentTypeMismatch,
    Limits,
    UnreadableDocument,
    UnsupportedDocument,
    check_size,
    check_zip,
)

__all__ = ["ACCEPTED", "DocumentKind", "open_zip", "read_part", "sniff"]


class DocumentKind(StrEnum):
    pdf = "pdf"
    docx = "docx"
    odt = "odt"
    rtf = "rtf"
    txt = "txt"


LABELS = {DocumentKind.pdf: "a PDF", DocumentKind.docx: "a Word (DOCX) document",
          DocumentKind.odt: "an OpenDocument text (ODT) document", DocumentKind.rtf: "an RTF document",
          DocumentKind.txt: "plain text"}
ACCEPTED = "PDF, DOCX, ODT, RTF or plain text"

MIME_TYPES = {
    "application/pdf": DocumentKind.pdf,
    "application/x-pdf": DocumentKind.pdf,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DocumentKind.docx,
    "application/vnd.oasis.opendocument.text": DocumentKind.odt,
    "application/rtf": DocumentKind.rtf,
    "application/x-rtf": DocumentKind.rtf,
    "text/rtf": DocumentKind.rtf,
    "text/plain": DocumentKind.txt,
}
EXTENSIONS = {"pdf": DocumentKind.pdf, "docx": DocumentKind.docx, "odt": DocumentKind.odt,
              "rtf": DocumentKind.rtf, "txt": DocumentKind.txt, "text": DocumentKind.txt}
# Declared types that claim nothing.
NO_CLAIM = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}
# Loose claims: many systems label any Word file "application/msword" or ".doc". A real legacy .doc is still
# refused by its bytes; a DOCX under that label is what it says, a Word document.
WORD_CLAIMS = {"application/msword", "doc"}

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# Magic numbers of files people send instead of a CV, and what to tell them.
REFUSED = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word (.doc) or other old Office file; save it as DOCX or PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image; send the CV as a PDF or Word document"),
    (b"\xff\xd8\xff", "a JPEG image; send the CV as a PDF or Word document"),
    (b"GIF8", "a GIF image; send the CV as a PDF or Word document"),
    (b"II*\x00", "a TIFF image; send the CV as a PDF or Word document"),
    (b"MM\x00*", "a TIFF image; send the CV as a PDF or Word document"),
    (b"RIFF", "an image or media file; send the CV as a PDF or Word document"),
    (b"MZ", "a Windows program, which is never accepted"),
    (b"\x7fELF", "a program, which is never accepted"),
    (b"Rar!", "a RAR archive; send the CV itself"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; send the CV itself"),
    (b"\x1f\x8b", "a gzip archive; send the CV itself"),
]


def _unsupported(what: str) -> UnsupportedDocument:
    return UnsupportedDocument(f"the file is {what}. FairHire accepts {ACCEPTED}.")


def open_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The archive, once its directory has passed the zip-bomb limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableDocument("the document is damaged (its zip structure cannot be read); "
                                 "ask the candidate to re-save it and send it again.") from exc
    check_zip(archive, limits)
    return archive


def read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """One entry, inflated no further than its declared size (zipfile stops there and checks the CRC)."""
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise UnreadableDocument("the document is damaged (a part fails its checks); "
                                 "ask the candidate to re-save it and send it again.") from exc


def _zip_kind(data: bytes, limits: Limits) -> DocumentKind:
    with open_zip(data, limits) as archive:
        names = set(archive.namelist())
        if "mimetype" in names:
            mimetype = read_part(archive, "mimetype").strip()
            if mimetype == ODT_MIMETYPE:
                return DocumentKind.odt
            raise _unsupported("an OpenDocument file that is not a text document (a spreadsheet or slides?)")
        if "[Content_Types].xml" in names:
            try:
                root = SafeET.fromstring(read_part(archive, "[Content_Types].xml"))
            except (SafeET.ParseError, DefusedXmlException) as exc:
                raise UnreadableDocument("the document's type list cannot be read safely; "
                                         "ask the candidate to re-save it and send it again.") from exc
            types = {el.get("ContentType") for el in root}  # Override and Default entries
            if DOCX_MAIN in types:
                return DocumentKind.docx
            if any(t and "wordprocessingml" in t or t and "ms-word" in t for t in types):
                raise _unsupported("a Word template or macro-enabled document; save it as a plain DOCX or PDF")
            raise _unsupported("an Office file that is not a Word document (a spreadsheet or slides?)")
    raise _unsupported("a zip archive; send the CV itself")


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return False
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    return controls <= len(text) // 100


def _content_kind(data: bytes, limits: Limits) -> DocumentKind:
    if b"%PDF-" in data[:1024]:
        return DocumentKind.pdf
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return DocumentKind.rtf
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, limits)
    for magic, what in REFUSED:
        if data.startswith(magic):
            raise _unsupported(what)
    if not data.strip():
        raise UnreadableDocument("the document is empty; ask the candidate to send it again.")
    if _looks_like_text(data):
        return DocumentKind.txt
    raise _unsupported("of a kind FairHire does not recognise")


def _claimed(declared: str | None) -> DocumentKind | None | str:
    """The kind a declared MIME type or extension names; None when it claims nothing; 'other' otherwise."""
    if declared is None:
        return None
    value = declared.split(";", 1)[0].strip().lower()
    if value in NO_CLAIM:
        return None
    if value.lstrip(".") in WORD_CLAIMS:
        return DocumentKind.docx
    if "/" in value:
        return MIME_TYPES.get(value, "other")
    return EXTENSIONS.get(value.lstrip("."), "other")


def sniff(data: bytes, declared: str | None = None, filename: str | None = None,
          limits: Limits = DEFAULT_LIMITS) -> DocumentKind:
    """The document's real type from its bytes; raises if it is refused or the declared type disagrees."""
    check_size(data, limits)
    kind = _content_kind(data, limits)
    claimed = _claimed(declared)
    if claimed is not None and claimed != kind:
        named = f"says {LABELS[claimed]}" if isinstance(claimed, DocumentKind) else "is not one FairHire accepts"
        raise DocumentTypeMismatch(
            f"the declared type {named}, but the content is {LABELS[kind]}. "
            "Send the file with its real type, or leave the type out.")
    if filename and "." in filename:
        by_name = _claimed(filename.rsplit(".", 1)[1])
        by_name = by_name if isinstance(by_name, DocumentKind) else None
        # An unknown extension ("CV v2.3") is no claim; a known one must agree.
        if by_name is not None and by_name != kind:
            raise DocumentTypeMismatch(
                f"the file name's extension says {LABELS[by_name]}, but the content is {LABELS[kind]}. "
                "Rename the file to match its content, or send the document in the format its name says.")
    return kind
