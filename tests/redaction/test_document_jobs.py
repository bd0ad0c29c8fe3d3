"""Documents end to end on the embedded default: uploaded, redacted in the background, read as a new PDF."""

import base64

import pytest

from services.redaction.documents import pdf_text
from tests.redaction.test_documents import CANDIDATE, DOCX_MIME, _encrypted, cv_docx, cv_pdf
from tests.servers import wait_for

FIELDS = {"supporting_statement": "I have worked in adult social care for nine years at Wirral Council."}


def _submit(client, headers, application_id="ATS-DOC-1", vacancy_id="VAC-D", documents=()):
    body = {"application_id": application_id, "vacancy_id": vacancy_id, "candidate": CANDIDATE, "fields": FIELDS,
            "documents": list(documents)}
    response = client.post("/v1/applications", headers=headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def _finished(client, headers, status_url):
    wait_for(lambda: client.get(status_url, headers=headers).json()["status"] not in ("queued", "running"),
             timeout=60, what="the document job")
    return client.get(status_url, headers=headers).json()


@pytest.fixture
def application(client, auth_headers):
    return _submit(client, auth_headers("ats"))


def test_an_uploaded_docx_becomes_a_new_redacted_pdf_for_the_panel(client, auth_headers, application):
    ats, panel = auth_headers("ats"), auth_headers("panel")
    upload = client.post(f"/v1/applications/{application['id']}/documents", headers=ats,
                         files={"file": ("Agnieszka-Wisniewska-CV.docx", cv_docx(), DOCX_MIME)})
    assert upload.status_code == 202, upload.text
    status = _finished(client, ats, upload.json()["status_url"])
    assert status["status"] == "done", status

    pdf = client.get(status["pdf_url"], headers=panel)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and pdf.content != cv_docx()
    text = pdf_text(pdf.content)
    assert application["reference"] in text
    for identifier in ("Agnieszka", "Wiśniewska", "Wisniewska", "07700", "CH41", "Acacia", "QQ"):
        assert identifier.lower() not in text.lower()
    assert "Agnieszka" not in pdf.headers["content-disposition"]


def test_documents_sent_as_base64_with_the_application_are_redacted(client, auth_headers):
    ats = auth_headers("ats")
    receipt = _submit(client, ats, documents=[
        {"content_base64": base64.b64encode(cv_pdf()).decode(), "content_type": "application/pdf",
         "filename": "cv.pdf"}])
    assert len(receipt["documents"]) == 1
    assert _finished(client, ats, receipt["documents"][0]["status_url"])["status"] == "done"
    listed = client.get(f"/v1/applications/{receipt['id']}/documents", headers=auth_headers("panel")).json()
    assert [d["status"] for d in listed] == ["done"]


def test_a_password_protected_pdf_fails_with_a_reason_a_person_can_act_on(client, auth_headers, application):
    ats = auth_headers("ats")
    upload = client.post(f"/v1/applications/{application['id']}/documents", headers=ats,
                         files={"file": ("cv.pdf", _encrypted("secret", "owner"), "application/pdf")}).json()
    status = _finished(client, ats, upload["status_url"])
    assert status["status"] == "failed"
    assert "password" in status["reason"]
    assert client.get(f"/v1/documents/{upload['id']}/redacted.pdf", headers=auth_headers("hr")).status_code == 409


@pytest.mark.parametrize(
    ("content", "declared", "status"),
    [(cv_docx(), "application/pdf", 422), (b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image/png", 415),
     (b"", "text/plain", 422)],
)
def test_uploads_of_the_wrong_type_are_refused_at_once(client, auth_headers, application, content, declared, status):
    response = client.post(f"/v1/applications/{application['id']}/documents", headers=auth_headers("ats"),
                           files={"file": ("upload", content, declared)})
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert client.get(f"/v1/applications/{application['id']}/documents", headers=auth_headers("hr")).json() == []


def test_a_document_over_the_size_limit_is_413(client, auth_headers, application, monkeypatch):
    from services.common.settings import get_settings

    monkeypatch.setattr(get_settings(), "max_document_bytes", 1000)
    response = client.post(f"/v1/applications/{application['id']}/documents", headers=auth_headers("ats"),
                           files={"file": ("cv.txt", b"a" * 1001, "text/plain")})
    assert response.status_code == 413


def test_base64_that_is_not_base64_is_422_and_stores_nothing(client, auth_headers):
    body = {"application_id": "X", "vacancy_id": "V", "candidate": CANDIDATE, "fields": FIELDS,
            "documents": [{"content_base64": "not base64!!"}]}
    assert client.post("/v1/applications", headers=auth_headers("ats"), json=body).status_code == 422
    assert client.get("/v1/vacancies/V/applications", headers=auth_headers("hr")).json() == []


def test_only_the_panel_and_hr_read_the_redacted_pdf_and_other_organisations_see_nothing(client, auth_headers,
                                                                                         application):
    ats = auth_headers("ats")
    upload = client.post(f"/v1/applications/{application['id']}/documents", headers=ats,
                         files={"file": ("cv.docx", cv_docx(), DOCX_MIME)}).json()
    status = _finished(client, ats, upload["status_url"])
    assert client.get(status["pdf_url"], headers=ats).status_code == 403
    stranger = auth_headers("panel", "hr", "ats", org="elsewhere")
    assert client.get(status["pdf_url"], headers=stranger).status_code == 404
    assert client.get(upload["status_url"], headers=stranger).status_code == 404


def test_a_vacancy_batch_redacts_every_application_again_and_reports_progress(client, auth_headers):
    ats, hr = auth_headers("ats"), auth_headers("hr")
    docx = base64.b64encode(cv_docx()).decode()
    for n in range(3):
        _submit(client, ats, application_id=f"ATS-B{n}", vacancy_id="VAC-BATCH",
                documents=[{"content_base64": docx, "content_type": DOCX_MIME}])
    started = client.post("/v1/vacancies/VAC-BATCH/redaction-batches", headers=hr, json={"policy": "strict"})
    assert started.status_code == 202
    url = started.headers["location"]
    wait_for(lambda: client.get(url, headers=hr).json()["status"] == "done", timeout=120, what="the batch")
    batch = client.get(url, headers=hr).json()
    assert batch["total"] == 3 and batch["counts"]["done"] == 3 and batch["policy"] == "strict"
    assert client.post("/v1/vacancies/VAC-BATCH/redaction-batches", headers=hr,
                       json={"policy": "lenient"}).status_code == 422


def test_vacancy_progress_shows_every_document_and_batch(client, auth_headers):
    ats, hr = auth_headers("ats"), auth_headers("hr")
    good = {"content_base64": base64.b64encode(cv_docx()).decode(), "content_type": DOCX_MIME}
    locked = {"content_base64": base64.b64encode(_encrypted("pw", "owner")).decode(), "content_type": "application/pdf"}
    receipt = _submit(client, ats, application_id="P1", vacancy_id="VAC-P", documents=[good, locked])
    for document in receipt["documents"]:
        _finished(client, ats, document["status_url"])
    progress = client.get("/v1/vacancies/VAC-P/redaction-progress", headers=hr).json()
    assert progress["counts"] == {"done": 1, "failed": 1}
    assert {d["reference"] for d in progress["documents"]} == {receipt["reference"]}
    assert any("password" in (d["reason"] or "") for d in progress["documents"])
    assert client.get("/v1/vacancies/VAC-P/redaction-progress", headers=auth_headers("panel")).status_code == 403
