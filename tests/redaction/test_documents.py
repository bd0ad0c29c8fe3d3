"""The document core: real PDF, DOCX, ODT, RTF and text fixtures built in code, everything extracted,
nothing of the metadata, images or link targets kept, and nothing of the candidate left after redaction."""

from __future__ import annotations

import io
import os
import sys
import zipfile
from functools import cache
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from services.redaction.documents import (
    DocumentKind,
    DocumentTypeMismatch,
    EncryptedDocument,
    UnreadableDocument,
    UnsupportedDocument,
    extract,
    find_leaks,
    ocr_available,
    pdf_text,
    render_pdf,
    sniff,
)

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_MIME = "application/vnd.oasis.opendocument.text"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

CANDIDATE = {
    "first_name": "Agnieszka", "last_name": "Wiśniewska", "email": "agnieszka.w@example.com",
    "phone": "07700 900123", "postcode": "CH41 6AB", "ni_number": "QQ123456C", "address_line1": "12 Acacia Road",
}
# Things that belong to the file, not to the text: none may come out of extraction.
METADATA = ["Meta Authorperson", "Meta Modifierperson", "Metadata Companyname", "metadata comment",
            "Tracker Personname", "Commenter Personname", "Annotator Personname", "hidden-target",
            "field-target", "HYPERLINK", "Photo of"]


# ---------------------------------------------------------------- fixtures, built in code

@cache
def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


W_NS = " ".join([nsdecls("w", "r", "wp", "a"), 'xmlns:v="urn:schemas-microsoft-com:vml"',
                 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
                 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'])


def _w(xml: str):  # type: ignore[no-untyped-def]
    return parse_xml(xml.replace("NS", W_NS))


TEXT_BOX = """<w:r NS><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>
  <wp:extent cx="1828800" cy="457200"/><wp:docPr id="50" name="Text Box 1"/>
  <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
  <wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Text box: Liverpool John Moores University</w:t></w:r></w:p>
  </w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>
  </mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>
  <w:t>Text box: Liverpool John Moores University</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>
  </mc:Fallback></mc:AlternateContent></w:r>"""
TRACKED = """<w:p NS><w:r><w:t xml:space="preserve">Experience: </w:t></w:r>
  <w:ins w:id="1" w:author="Tracker Personname" w:date="2024-01-01T00:00:00Z"><w:r><w:t>worked at Wirral Council</w:t>
  </w:r></w:ins><w:del w:id="2" w:author="Tracker Personname" w:date="2024-01-01T00:00:00Z"><w:r>
  <w:delText xml:space="preserve"> formerly Agnieszka Nowak</w:delText></w:r></w:del></w:p>"""
FIELD_LINK = """<w:p NS><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>
  <w:instrText xml:space="preserve"> HYPERLINK "mailto:field-target@example.com" </w:instrText></w:r>
  <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>email me</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"""
FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes NS><w:footnote w:id="1"><w:p><w:r><w:t>Footnote: references from Mrs Kowalczyk</w:t></w:r></w:p>
</w:footnote></w:footnotes>"""


def _rewrite_zip(data: bytes, change: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> bytes:
    """A copy of a zip with some entries replaced (None: removed) and some added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = change.get(item.filename, src.read(item.filename))
            if body is not None:
                dst.writestr(item.filename, body)
        for name, body in (add or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


@cache
def cv_docx() -> bytes:
    """A CV with everything naive extraction misses, metadata naming people, a photo and links."""
    doc = Document()
    props = doc.core_properties
    props.author, props.last_modified_by = "Meta Authorperson", "Meta Modifierperson"
    props.comments, props.title = "metadata comment", "metadata comment title"
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Agnieszka Wiśniewska, curriculum vitae"
    section.footer.paragraphs[0].text = "agnieszka.w@example.com · 07700 900123"
    name = doc.add_paragraph("Name: ")
    for i, part in enumerate(("Agn", "ieszka Wiś", "niew", "ska")):  # one name, four runs
        name.add_run(part).bold = i % 2 == 0
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Address", "12 Acacia Road, Birkenhead CH41 6AB"
    table.cell(1, 0).text, table.cell(1, 1).text = "NI number", "QQ 12 34 56 C"
    doc.add_picture(io.BytesIO(png()))
    doc.inline_shapes[0]._inline.docPr.set("descr", "Photo of the candidate")
    link = doc.add_paragraph("Profile: ")
    rid = doc.part.relate_to("https://www.linkedin.com/in/hidden-target", RT.HYPERLINK, is_external=True)
    link._p.append(_w(f'<w:hyperlink NS r:id="{rid}"><w:r><w:t>my LinkedIn page</w:t></w:r></w:hyperlink>'))
    doc.element.body.append(_w(FIELD_LINK))
    doc.element.body.append(_w(TRACKED))
    box = doc.add_paragraph("Education: ")
    box._p.append(_w(TEXT_BOX))
    note = doc.add_paragraph("Referees on request.")
    note._p.append(_w('<w:r NS><w:footnoteReference w:id="1"/></w:r>'))
    commented = doc.add_paragraph("I volunteer at a food bank.")
    doc.add_comment(commented.runs, text="Comment: ask Agnieszka about the food bank",
                    author="Commenter Personname", initials="CP")
    out = io.BytesIO()
    doc.save(out)
    with zipfile.ZipFile(out) as z:
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        app = z.read("docProps/app.xml").decode()
    types = types.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    app = app.replace("</Properties>", "<Company>Metadata Companyname Ltd</Company></Properties>")
    return _rewrite_zip(out.getvalue(), {"[Content_Types].xml": types.encode(), "docProps/app.xml": app.encode(),
                                         "word/_rels/document.xml.rels": rels.encode()},
                        {"word/footnotes.xml": FOOTNOTES.replace("NS", W_NS).encode()})


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" '
          'office:version="1.3"')
ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS}><office:body><office:text>
  <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>
    <dc:creator>Tracker Personname</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info>
    <text:p>formerly Agnieszka Nowak</text:p></text:deletion></text:changed-region></text:tracked-changes>
  <text:h text:outline-level="1">Agn<text:span>ieszka</text:span> Wi<text:span>śniewska</text:span></text:h>
  <text:p>Phone:<text:s/>07700<text:s text:c="2"/>900123<text:tab/>Email: agnieszka.w@example.com</text:p>
  <table:table><table:table-row><table:table-cell><text:p>Address</text:p></table:table-cell>
    <table:table-cell><text:p>12 Acacia Road, Birkenhead CH41 6AB</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p>Profile: <text:a xlink:href="https://www.linkedin.com/in/hidden-target">my LinkedIn page</text:a>
    <office:annotation><dc:creator>Annotator Personname</dc:creator><dc:date>2024-01-01T00:00:00</dc:date>
    <text:p>Comment: ask Agnieszka about the food bank</text:p></office:annotation></text:p>
  <text:p>Referees<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
    <text:note-body><text:p>Footnote: references from Mrs Kowalczyk</text:p></text:note-body></text:note></text:p>
  <text:p><draw:frame><svg:title>Photo of the candidate</svg:title><draw:text-box>
    <text:p>Text box: Liverpool John Moores University</text:p></draw:text-box></draw:frame></text:p>
  <text:p><text:change-start text:change-id="ct1"/>Experience: worked at Wirral Council</text:p>
</office:text></office:body></office:document-content>"""
ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}><office:master-styles><style:master-page style:name="Standard">
  <style:header><text:p>Agnieszka Wiśniewska, curriculum vitae</text:p></style:header>
  <style:footer><text:p>Page footer text</text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>"""
ODT_META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODT_NS}><office:meta><meta:initial-creator>Meta Authorperson</meta:initial-creator>
  <dc:creator>Meta Modifierperson</dc:creator></office:meta></office:document-meta>"""
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="Pictures/photo.png" manifest:media-type="image/png"/>
</manifest:manifest>"""


def _odf(mimetype: str, content: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as ODF requires
        z.writestr("META-INF/manifest.xml", ODT_MANIFEST)
        z.writestr("content.xml", content)
        z.writestr("styles.xml", ODT_STYLES)
        z.writestr("meta.xml", ODT_META)
        z.writestr("Pictures/photo.png", png())
    return out.getvalue()


@cache
def cv_odt() -> bytes:
    return _odf(ODT_MIME, ODT_CONTENT)


# \'9c is ś in Windows-1250, the code page Word uses for Polish.
CV_RTF = (rb"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0 Calibri;}}{\info{\author Meta Authorperson}"
          rb"{\company Metadata Companyname}}{\header\pard Agnieszka Wi\'9cniewska, curriculum vitae\par}"
          rb"{\footer\pard agnieszka.w@example.com\par}\pard Name: Agnieszka Wi\'9cniewska\par "
          rb"Profile: {\field{\*\fldinst HYPERLINK \"https://www.linkedin.com/in/hidden-target\"}"
          rb"{\fldrslt my LinkedIn page}}\par Referees{\footnote\pard Footnote: references from Mrs Kowalczyk}\par "
          rb"{\*\atnauthor Annotator Personname}{\*\annotation Comment: ask about the food bank}"
          rb"{\pict\pngblip 89504e470d0a1a0a}\par Experience: worked at Wirral Council\par}")
CV_TXT = "Agnieszka Wiśniewska\nagnieszka.w@example.com\n\nExperience: worked at Wirral Council\n"
CV_TXT_WESTERN = CV_TXT.replace("Wiśniewska", "Brontë")  # what Windows-1252 can hold


def _pdf(draw, **meta: str) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    for key, value in meta.items():
        getattr(canvas, f"set{key}")(value)
    draw(canvas)
    canvas.save()
    return out.getvalue()


@cache
def cv_pdf() -> bytes:
    """One page of text with a photo, a link annotation and metadata naming the candidate."""
    def draw(c: Canvas) -> None:
        c.setFont("Helvetica", 12)
        c.drawString(72, 780, "Agnieszka Wiśniewska".replace("ś", "s"))
        c.drawString(72, 760, "Email: agnieszka.w@example.com  Phone: 07700 900123")
        c.drawString(72, 740, "Profile: my LinkedIn page")
        c.linkURL("https://www.linkedin.com/in/hidden-target", (72, 735, 250, 752))
        c.drawImage(ImageReader(io.BytesIO(png())), 450, 720, 80, 80)
        c.drawString(72, 700, "Experience: worked at Wirral Council")
    return _pdf(draw, Author="Meta Authorperson", Title="metadata comment", Subject="Photo of the candidate")


LEFT = [f"Left column line {i}" for i in range(1, 13)]
RIGHT = [f"Right column line {i}" for i in range(1, 13)]


@cache
def two_column_pdf() -> bytes:
    def draw(c: Canvas) -> None:
        c.setFont("Helvetica", 11)
        for i, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
            c.drawString(60, 760 - i * 15, left)
            c.drawString(330, 760 - i * 15, right)
        c.showPage()
        c.setFont("Helvetica", 11)
        c.drawString(60, 760, "Second page text")
    return _pdf(draw)


def _encrypted(user: str, owner: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(cv_pdf()))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@cache
def scanned_pdf() -> bytes:
    """A photo of a CV: a page that is one image and has no text layer."""
    image = Image.new("L", (1700, 900), 255)
    font = ImageFont.truetype(str(DEJAVU), 64) if DEJAVU.exists() else ImageFont.load_default(64)
    ImageDraw.Draw(image).multiline_text((80, 80), "Curriculum Vitae\nJan Kowalski\nSocial worker, Wirral",
                                         font=font, fill=0, spacing=30)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return _pdf(lambda c: c.drawImage(ImageReader(buffer), 40, 400, 515, 272))


# ---------------------------------------------------------------- sniffing

ZIP_ONLY = _rewrite_zip(_odf(ODT_MIME, ODT_CONTENT), {"mimetype": None, "content.xml": None})
XLSX_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              b'spreadsheetml.sheet.main+xml"/></Types>')


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in entries.items():
            z.writestr(name, body)
    return out.getvalue()


SNIFF_OK = [
    # (fixture, declared, filename, kind)
    (cv_pdf, None, None, DocumentKind.pdf),
    (cv_pdf, "application/pdf", "cv.pdf", DocumentKind.pdf),
    (cv_pdf, "application/octet-stream", "CV v2.3", DocumentKind.pdf),  # no claim; unknown extension
    (cv_pdf, ".pdf", None, DocumentKind.pdf),
    (cv_docx, DOCX_MIME, "cv.docx", DocumentKind.docx),
    (cv_docx, None, "CV.DOCX", DocumentKind.docx),
    (cv_docx, "application/msword", "cv.doc", DocumentKind.docx),  # a Word file under the loose old label
    (cv_odt, ODT_MIME, "cv.odt", DocumentKind.odt),
    (lambda: CV_RTF, "application/rtf", "cv.rtf", DocumentKind.rtf),
    (lambda: CV_RTF, "text/rtf", None, DocumentKind.rtf),
    (lambda: CV_TXT.encode(), "text/plain; charset=utf-8", "cv.txt", DocumentKind.txt),
    (lambda: CV_TXT.encode("utf-16"), "text/plain", None, DocumentKind.txt),
    (lambda: CV_TXT_WESTERN.encode("cp1252"), None, None, DocumentKind.txt),
]
SNIFF_REFUSED = [
    # (fixture, declared, filename, error, status)
    (cv_pdf, DOCX_MIME, None, DocumentTypeMismatch, 422),
    (cv_docx, "application/pdf", None, DocumentTypeMismatch, 422),
    (cv_pdf, None, "Agnieszka_Wisniewska_CV.docx", DocumentTypeMismatch, 422),
    (cv_pdf, "image/png", None, DocumentTypeMismatch, 422),
    (lambda: CV_TXT.encode(), "docx", None, DocumentTypeMismatch, 422),
    (cv_pdf, "application/msword", None, DocumentTypeMismatch, 422),
    (png, None, "photo.png", UnsupportedDocument, 415),
    (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), None, None, UnsupportedDocument, 415),
    (lambda: b"MZ\x90\x00" + bytes(200), "application/pdf", "cv.pdf", UnsupportedDocument, 415),
    (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "application/msword", "cv.doc",
     UnsupportedDocument, 415),
    (lambda: _zip({"[Content_Types].xml": XLSX_TYPES, "xl/workbook.xml": b"<x/>"}), None, None,
     UnsupportedDocument, 415),
    (lambda: _odf("application/vnd.oasis.opendocument.spreadsheet", ODT_CONTENT), None, None,
     UnsupportedDocument, 415),
    (lambda: ZIP_ONLY, None, None, UnsupportedDocument, 415),
    (lambda: bytes(range(256)) * 16, None, None, UnsupportedDocument, 415),
    (lambda: b"", None, None, UnreadableDocument, 422),
    (lambda: b"PK\x03\x04 this is not really a zip", None, None, UnreadableDocument, 422),
]


@pytest.mark.parametrize(("fixture", "declared", "filename", "kind"), SNIFF_OK)
def test_sniff_finds_the_real_type(fixture, declared, filename, kind) -> None:  # type: ignore[no-untyped-def]
    assert sniff(fixture(), declared, filename) is kind


@pytest.mark.parametrize(("fixture", "declared", "filename", "error", "status"), SNIFF_REFUSED)
def test_sniff_refuses_with_a_clear_status(fixture, declared, filename, error, status) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error) as caught:
        sniff(fixture(), declared, filename)
    assert caught.value.status == status
    assert "Agnieszka" not in caught.value.detail and "Wisniewska" not in caught.value.detail
    assert "png" not in caught.value.detail.split("PNG")[0]  # the declared value is not echoed back


# ---------------------------------------------------------------- extraction

EVERYWHERE = ["Agnieszka Wiśniewska", "agnieszka.w@example.com", "Acacia Road", "my LinkedIn page",
              "Footnote: references from Mrs Kowalczyk", "worked at Wirral Council"]
DOCX_ODT = ["curriculum vitae", "CH41 6AB", "Text box: Liverpool John Moores University",
            "Comment: ask Agnieszka about the food bank", "formerly Agnieszka Nowak"]


def test_docx_everything_extracted_and_no_metadata() -> None:
    found = extract(cv_docx(), DocumentKind.docx)
    for expected in [*EVERYWHERE, *DOCX_ODT, "QQ 12 34 56 C", "email me", "I volunteer at a food bank"]:
        assert expected in found.text
    assert found.text.count("Text box: Liverpool") == 1  # the drawing and its VML fallback hold the same box
    for unwanted in METADATA:
        assert unwanted not in found.text
    assert not found.needs_manual_review


def test_odt_everything_extracted_and_no_metadata() -> None:
    found = extract(cv_odt(), DocumentKind.odt)
    for expected in [*EVERYWHERE, *DOCX_ODT, "Page footer text"]:
        assert expected in found.text
    assert "Phone: 07700  900123" in found.text  # text:s c="2" is two spaces
    for unwanted in METADATA:
        assert unwanted not in found.text


def test_rtf_keeps_headers_footers_footnotes_and_comments_but_no_metadata() -> None:
    found = extract(CV_RTF, DocumentKind.rtf)
    for expected in [*EVERYWHERE[:2], "curriculum vitae", "my LinkedIn page", "Footnote: references",
                     "Comment: ask about the food bank", "worked at Wirral Council"]:
        assert expected in found.text
    for unwanted in [*METADATA, "89504e47"]:
        assert unwanted not in found.text


@pytest.mark.parametrize(("text", "encoding"), [(CV_TXT, "utf-8"), (CV_TXT, "utf-8-sig"), (CV_TXT, "utf-16"),
                                              (CV_TXT_WESTERN, "cp1252")])
def test_plain_text_in_common_encodings(text: str, encoding: str) -> None:
    assert extract(text.encode(encoding), DocumentKind.txt).text == text.strip()


def test_pdf_text_without_link_targets_or_metadata() -> None:
    found = extract(cv_pdf(), DocumentKind.pdf)
    for expected in ["Agnieszka Wisniewska", "agnieszka.w@example.com", "my LinkedIn page", "Wirral Council"]:
        assert expected in found.text
    for unwanted in METADATA:
        assert unwanted not in found.text
    assert found.pages == 1 and not found.needs_manual_review


def test_pdf_form_field_values_are_extracted() -> None:
    def draw(c: Canvas) -> None:
        c.drawString(72, 760, "Application form")
        c.acroForm.textfield(name="surname", value="Kowalski", x=72, y=700, width=200, height=20)
        c.acroForm.checkbox(name="disability", checked=True, x=72, y=660)
        c.acroForm.checkbox(name="veteran", checked=False, x=72, y=630)
    text = extract(_pdf(draw), DocumentKind.pdf).text
    assert "surname: Kowalski" in text and "disability: Yes" in text and "veteran" not in text


def test_pdf_text_drawn_inside_a_form_xobject_is_extracted() -> None:
    def draw(c: Canvas) -> None:
        c.beginForm("letterhead")
        c.drawString(72, 800, "Letterhead: Agnieszka Wisniewska")
        c.endForm()
        c.doForm("letterhead")
        c.drawString(72, 700, "Body text")
    assert "Letterhead: Agnieszka Wisniewska" in extract(_pdf(draw), DocumentKind.pdf).text


def test_two_column_pdf_in_reading_order() -> None:
    found = extract(two_column_pdf(), DocumentKind.pdf)
    positions = [found.text.index(line + "\n") for line in [*LEFT, *RIGHT]]
    assert positions == sorted(positions), "the left column must be read top to bottom, then the right"
    assert found.text.endswith("Second page text") and found.pages == 2


def test_password_protected_pdf_is_refused_with_what_to_do() -> None:
    with pytest.raises(EncryptedDocument) as caught:
        extract(_encrypted("secret", "owner"), DocumentKind.pdf)
    assert caught.value.status == 422
    assert "password-protected" in caught.value.detail and "unprotected copy" in caught.value.detail


def test_pdf_with_only_an_owner_password_is_read() -> None:
    data = _encrypted("", "owner")
    assert sniff(data, "application/pdf") is DocumentKind.pdf
    assert "Wirral Council" in extract(data, DocumentKind.pdf).text


def test_scanned_pdf_without_ocr_needs_manual_review(monkeypatch: pytest.MonkeyPatch) -> None:
    # The package's `extract` is the function; the module is reached through sys.modules.
    monkeypatch.setattr(sys.modules["services.redaction.documents.extract"], "ocr_available", lambda: False)
    found = extract(scanned_pdf(), DocumentKind.pdf)
    assert found.needs_manual_review and found.reason and "OCR is not installed" in found.reason
    assert found.pages == 1


@pytest.mark.skipif(not ocr_available() and os.environ.get("FAIRHIRE_TESTS_REQUIRE_TOOLS") != "1",
                    reason="tesseract-ocr and poppler-utils are not installed")
def test_scanned_pdf_is_ocrd_skipped_without_tesseract() -> None:
    found = extract(scanned_pdf(), DocumentKind.pdf)
    assert "Jan Kowalski" in found.text and "Social worker" in found.text
    assert not found.needs_manual_review


def test_invisible_characters_and_ligatures_do_not_hide_a_name() -> None:
    text = "Gri\ufb03ths and Jo\u200bhn Kowal\u00adski"
    assert extract(text.encode(), DocumentKind.txt).text == "Griffiths and John Kowalski"


# ---------------------------------------------------------------- rendering and the leak check

def _naive_redaction(text: str) -> str:
    """Enough of a redactor for the document tests: the candidate's details as written in the fixtures."""
    for surface in ["Agnieszka", "Wiśniewska", "Wisniewska", "agnieszka.w@example.com", "07700 900123",
                    "07700  900123", "12 Acacia Road", "CH41 6AB", "QQ 12 34 56 C"]:
        text = text.replace(surface, "[REDACTED]")
    return text


@pytest.mark.parametrize(("fixture", "kind"), [(cv_docx, DocumentKind.docx), (cv_odt, DocumentKind.odt),
                                               (lambda: CV_RTF, DocumentKind.rtf), (cv_pdf, DocumentKind.pdf)])
def test_rendered_redaction_leaks_nothing(fixture, kind) -> None:  # type: ignore[no-untyped-def]
    text = extract(fixture(), kind).text
    assert find_leaks(text, CANDIDATE), "the fixture must hold the candidate's details to begin with"
    pdf = render_pdf(_naive_redaction(text), "Candidate 4F7K")
    assert find_leaks(pdf, CANDIDATE) == []
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.author == "FairHire"
    assert reader.metadata.title == "Candidate 4F7K"
    for unwanted in METADATA:
        assert unwanted.encode() not in pdf
    assert b"/Subtype /Image" not in pdf and b"/URI" not in pdf  # no photo, no link targets


def test_leak_check_names_the_kinds_that_leaked_never_the_values() -> None:
    text = extract(cv_docx(), DocumentKind.docx).text
    leaked = find_leaks(render_pdf(text, "Candidate 4F7K"), CANDIDATE)
    assert leaked == sorted(CANDIDATE)


LEAK_TABLE = [
    # (text, identifiers, kinds found)
    ("Written by WISNIEWSKA", {"last_name": "Wiśniewska"}, ["last_name"]),
    ("Written by wiśniewska", {"last_name": "Wisniewska"}, ["last_name"]),
    ("Written by Mary-Jane O'Neil", {"first_name": "Mary-Jane"}, ["first_name"]),
    ("Jane", {"first_name": "Mary-Jane"}, ["first_name"]),
    ("Ann planning", {"first_name": "Anna"}, []),
    ("I will apply", {"first_name": "Will"}, []),
    ("Will Smith applied", {"first_name": "Will"}, ["first_name"]),
    ("write to A.Kowalska@Example.com", {"email": "a.kowalska@example.com"}, ["email"]),
    ("call +44 (0)7700 900-123", {"phone": "07700900123"}, ["phone"]),
    ("call 07700 900 123", {"phone": "+44 7700 900123"}, ["phone"]),
    ("order 0770090012345", {"phone": "07700 900123"}, []),
    ("CH416AB", {"postcode": "CH41 6AB"}, ["postcode"]),
    ("ch41 6ab", {"postcode": "CH416AB"}, ["postcode"]),
    ("NI: QQ 12 34 56 C", {"ni_number": "QQ123456C"}, ["ni_number"]),
    ("born 03/07/1990", {"date_of_birth": "1990-07-03"}, ["date_of_birth"]),
    ("born 3rd July 1990", {"date_of_birth": "1990-07-03"}, ["date_of_birth"]),
    ("at 12  acacia road, Wirral", {"address_line1": "12 Acacia Road"}, ["address_line1"]),
    ("[CANDIDATE] at [ADDRESS]", CANDIDATE, []),
]


@pytest.mark.parametrize(("text", "identifiers", "kinds"), LEAK_TABLE)
def test_leak_check_table(text: str, identifiers: dict[str, str], kinds: list[str]) -> None:
    assert find_leaks(text, identifiers, ambiguous=frozenset({"will", "grace"})) == kinds


def test_render_heads_every_page_with_the_reference_only_and_numbers_pages() -> None:
    body = "\n\n".join(f"Paragraph {i}: Łódź, Gdańsk and Żywiec. " + "word " * 80 for i in range(40))
    pdf = render_pdf(body + "\n\n<b>not markup</b> & " + "x" * 400, "Candidate 4F7K")
    reader = PdfReader(io.BytesIO(pdf))
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert "Candidate 4F7K" in page and f"Page {number} of {len(pages)}" in page
    text = "".join(pages)
    assert "Łódź, Gdańsk and Żywiec" in text and "<b>not markup</b> &" in text
    assert pdf == render_pdf(body + "\n\n<b>not markup</b> & " + "x" * 400, "Candidate 4F7K")  # deterministic
    assert reader.pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_render_empty_text_gives_a_valid_pdf() -> None:
    assert "Candidate 4F7K" in PdfReader(io.BytesIO(render_pdf("", "Candidate 4F7K"))).pages[0].extract_text()


@pytest.mark.parametrize(("fixture", "kind"), [(cv_docx, DocumentKind.docx), (cv_odt, DocumentKind.odt),
                                               (lambda: CV_RTF, DocumentKind.rtf), (cv_pdf, DocumentKind.pdf)])
def test_the_real_redactor_leaves_nothing_for_the_leak_check(redactor, fixture, kind) -> None:  # type: ignore[no-untyped-def]
    text = extract(fixture(), kind).text
    redacted = redactor.redact(text, CANDIDATE).text
    pdf = render_pdf(redacted, "Candidate 4F7K")
    assert find_leaks(pdf, CANDIDATE, ambiguous=redactor.lexicon.common_word_names) == []
    assert "Wirral Council" in pdf_text(pdf)  # the rest of the CV is still there for the panel
