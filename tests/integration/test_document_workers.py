"""Documents on real Celery workers through a real Redis: nothing lost when a worker dies mid-job."""

import base64
import io
import os
import signal

import pytest
from docx import Document as DocxDocument
from fastapi.testclient import TestClient

from services.common.db import session_factory
from services.common.keys import create_key, ensure_organisation
from services.common.settings import get_settings
from services.common.store import Job, WebhookDelivery
from services.migrate import upgrade
from services.redaction.documents import pdf_text
from tests.redaction.test_documents import CANDIDATE, DOCX_MIME
from tests.servers import WebhookReceiver, celery_worker, redis_server, wait_for

pytestmark = pytest.mark.integration

TIME_LIMIT = 12  # seconds; the broker redelivers an unacknowledged job after twice this


def long_cv() -> bytes:
    """A long CV (about 5,000 words): its redaction takes a few seconds, long enough to kill a worker in the
    middle and well inside the time limit."""
    doc = DocxDocument()
    doc.sections[0].header.paragraphs[0].text = "Agnieszka Wiśniewska — curriculum vitae"
    for n in range(120):
        doc.add_paragraph(
            f"Role {n}: support worker at Wirral Council. I supported adults with learning disabilities to live "
            "independently, planned visits with families and wrote reviews under the Care Act 2014. "
            "Contact Agnieszka on 07700 900123 or agnieszka.w@example.com for references.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.fixture
def scaled_out(tmp_path, monkeypatch):
    database_url = f"sqlite:///{tmp_path / 'shared.db'}"
    upgrade(database_url)
    with redis_server() as redis_url:
        env = {"FAIRHIRE_DATABASE_URL": database_url, "FAIRHIRE_REDIS_URL": redis_url,
               "FAIRHIRE_TASK_TIME_LIMIT_SECONDS": str(TIME_LIMIT)}
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        import workers.celery_app as celery_module

        monkeypatch.setattr(celery_module, "celery_app", celery_module.make_celery())
        with session_factory(database_url)() as session:
            key = create_key(session, ensure_organisation(session, "council"), "ats", ["ats", "hr"]).plaintext
            session.commit()
        from services.app import create_app

        with TestClient(create_app(), raise_server_exceptions=False) as client:
            yield client, {"Authorization": f"Bearer {key}"}, env, database_url
    get_settings.cache_clear()


def _submit(client, headers, application_id, document):
    body = {"application_id": application_id, "vacancy_id": "VAC-W", "candidate": CANDIDATE,
            "fields": {"statement": "I would like to apply."},
            "documents": [{"content_base64": base64.b64encode(document).decode(), "content_type": DOCX_MIME}]}
    receipt = client.post("/v1/applications", headers=headers, json=body)
    assert receipt.status_code == 201, receipt.text
    return receipt.json()["documents"][0]


def test_a_worker_killed_mid_document_leaves_the_job_to_another_worker_done_exactly_once(scaled_out):
    client, headers, env, database_url = scaled_out
    events = WebhookReceiver()
    assert client.post("/v1/webhooks", headers=headers, json={"url": events.url}).status_code == 201

    with celery_worker(env, name="doomed") as doomed:
        document = _submit(client, headers, "ATS-KILL", long_cv())
        wait_for(lambda: client.get(document["status_url"], headers=headers).json()["status"] == "running",
                 timeout=60, interval=0.02, what="the worker to start the job")
        os.killpg(doomed.pid, signal.SIGKILL)
        doomed.wait()
    assert client.get(document["status_url"], headers=headers).json()["status"] == "running"

    with celery_worker(env, name="rescuer"):
        wait_for(lambda: client.get(document["status_url"], headers=headers).json()["status"] == "done",
                 timeout=TIME_LIMIT * 2 + 90, what="another worker to finish the abandoned job")
        wait_for(lambda: len(events.received) >= 1, timeout=30, what="the job.finished event")

    with session_factory(database_url)() as session:
        job = session.get(Job, document["job_id"])
        assert job is not None and job.status == "done" and job.attempts == 2
        deliveries = session.query(WebhookDelivery).all()
    finished = [e for e in events.events() if e["data"]["job_id"] == document["job_id"]]
    assert len(finished) == 1 and len(deliveries) == 1
    pdf = client.get(client.get(document["status_url"], headers=headers).json()["pdf_url"], headers=headers)
    assert "Agnieszka" not in pdf_text(pdf.content) and "07700" not in pdf_text(pdf.content)
    events.close()


def test_two_workers_share_a_vacancy_and_every_document_is_done(scaled_out):
    client, headers, env, _ = scaled_out
    short = DocxDocument()
    short.add_paragraph("Agnieszka Wiśniewska. Care worker at Sefton Council since 2019. Phone 07700 900123.")
    out = io.BytesIO()
    short.save(out)
    with celery_worker(env, name="one"), celery_worker(env, name="two"):
        documents = [_submit(client, headers, f"ATS-{n}", out.getvalue()) for n in range(6)]
        wait_for(lambda: all(client.get(d["status_url"], headers=headers).json()["status"] == "done"
                             for d in documents), timeout=120, what="every document")
