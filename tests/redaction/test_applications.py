"""Whole applications end to end: stored encrypted, read redacted by panels, revealed by HR with an audit."""

import pytest
from sqlalchemy import select

from services.common.db import session_factory
from services.redaction.store import Application

CANDIDATE = {"first_name": "Oluwaseun", "last_name": "Adebayo-Okafor", "email": "seun.okafor@example.com",
             "phone": "07700 900123", "postcode": "L20 3NJ", "ni_number": "QQ 12 34 56 C"}
FIELDS = {
    "supporting_statement": "My name is Oluwaseun Adebayo-Okafor and I have worked at Sefton Council since 2019. "
                            "My manager Sarah Jenkins can confirm this. Call me on 07700 900123.",
    "referees": "Sarah Jenkins, Team Manager, Sefton Council. Email sarah.jenkins@sefton.gov.uk",
}


def submission(application_id="ATS-1001", vacancy_id="VAC-7", **overrides):
    return {"application_id": application_id, "vacancy_id": vacancy_id, "candidate": CANDIDATE,
            "fields": FIELDS, "guaranteed_interview_opt_ins": {"disability_confident": True}, **overrides}


@pytest.fixture
def submitted(client, auth_headers):
    response = client.post("/v1/applications", headers=auth_headers("ats"), json=submission())
    assert response.status_code == 201, response.text
    return response.json()


def test_submission_returns_an_anonymous_reference_and_a_redacted_view(submitted):
    assert submitted["reference"].startswith("Candidate ") and len(submitted["reference"]) == len("Candidate 4F7K")
    statement = submitted["redacted_fields"]["supporting_statement"]
    assert "Oluwaseun" not in statement and "Okafor" not in statement and "07700" not in statement
    assert "[CANDIDATE]" in statement and "Sefton Council" in statement


def test_the_same_other_person_has_the_same_number_in_every_field(submitted):
    statement, referees = submitted["redacted_fields"]["supporting_statement"], submitted["redacted_fields"]["referees"]
    assert "Sarah" not in statement + referees and "Jenkins" not in statement + referees
    assert "[PERSON 1]" in statement and "[PERSON 1]" in referees


def test_identity_and_original_text_are_stored_encrypted(submitted, database_url):
    with session_factory(database_url)() as session:
        row = session.scalar(select(Application).where(Application.id == submitted["id"]))
        stored = row.identity_encrypted + row.original_encrypted + row.opt_ins_encrypted
    assert b"Oluwaseun" not in stored and b"07700" not in stored and b"disability" not in stored


def test_resubmitting_the_same_application_is_idempotent(client, auth_headers, submitted):
    again = client.post("/v1/applications", headers=auth_headers("ats"), json=submission())
    assert again.status_code == 200
    assert again.json() == submitted


def test_resubmitting_different_content_under_the_same_id_is_a_conflict(client, auth_headers, submitted):
    changed = submission(fields={"supporting_statement": "Something else entirely."})
    response = client.post("/v1/applications", headers=auth_headers("ats"), json=changed)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"


def test_panel_reads_only_the_redacted_view(client, auth_headers, submitted):
    panel = auth_headers("panel")
    view = client.get(f"/v1/applications/{submitted['id']}", headers=panel)
    assert view.status_code == 200
    assert "Oluwaseun" not in view.text and "disability" not in view.text
    assert set(view.json()) == {"id", "reference", "vacancy_id", "submitted_at", "fields"}
    assert client.get(f"/v1/applications/{submitted['id']}?view=original", headers=panel).status_code == 403
    assert client.post(f"/v1/applications/{submitted['id']}/reveal", headers=panel,
                       json={"reason": "shortlisting_complete"}).status_code == 403


def test_hr_reads_the_original_and_reveals_with_an_audit_trail(client, auth_headers, submitted):
    hr = auth_headers("hr", name="hr-officer")
    original = client.get(f"/v1/applications/{submitted['id']}?view=original", headers=hr)
    assert original.status_code == 200
    assert original.json()["identity"]["first_name"] == "Oluwaseun"
    revealed = client.post(f"/v1/applications/{submitted['id']}/reveal", headers=hr,
                           json={"reason": "shortlisting_complete"})
    assert revealed.status_code == 200
    assert revealed.json()["identity"]["last_name"] == "Adebayo-Okafor"

    events = client.get(f"/v1/audit-events?target_id={submitted['id']}", headers=hr).json()
    assert [(e["action"], e["actor_name"]) for e in events[1:]] == [
        ("application.read_original", "hr-officer"), ("application.reveal", "hr-officer")]
    assert events[2]["details"] == {"reason": "shortlisting_complete"}
    assert "Oluwaseun" not in str(events)


def test_the_panel_list_shows_references_only_and_only_for_the_vacancy(client, auth_headers, submitted):
    client.post("/v1/applications", headers=auth_headers("ats"),
                json=submission(application_id="ATS-2", vacancy_id="VAC-8"))
    listed = client.get("/v1/vacancies/VAC-7/applications", headers=auth_headers("panel")).json()
    assert listed == [{"id": submitted["id"], "reference": submitted["reference"],
                       "submitted_at": listed[0]["submitted_at"]}]


def test_another_organisation_cannot_read_or_list_it(client, auth_headers, submitted):
    other = auth_headers("hr", "panel", org="another-employer")
    assert client.get(f"/v1/applications/{submitted['id']}", headers=other).status_code == 404
    assert client.post(f"/v1/applications/{submitted['id']}/reveal", headers=other,
                       json={"reason": "shortlisting_complete"}).status_code == 404
    assert client.get("/v1/vacancies/VAC-7/applications", headers=other).json() == []


@pytest.mark.parametrize(
    "change",
    [{"fields": {}}, {"fields": {"Bad Name!": "x"}}, {"fields": {"statement": 42}}, {"application_id": ""},
     {"candidate": None}, {"guaranteed_interview_opt_ins": {"disability_confident": "yes please"}},
     {"guaranteed_interview_opt_ins": {"veteran_of_the_month": True}}, {"policy": "lenient"},
     {"unexpected": 1}, {"documents": [{"content_base64": "Zöë"}]}],
)
def test_bad_submissions_are_422_and_store_nothing(client, auth_headers, database_url, change):
    response = client.post("/v1/applications", headers=auth_headers("ats"), json=submission(**change))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    with session_factory(database_url)() as session:
        assert session.scalar(select(Application.id)) is None
