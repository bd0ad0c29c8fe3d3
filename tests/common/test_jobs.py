"""Background jobs on the embedded default: submitted through the API, run in-process, done once."""

from services.common import jobs
from services.common.db import session_factory
from services.common.store import Job
from tests.servers import wait_for

ADVERT = "We are looking for a friendly care worker to join our team. The salary is £24,000 a year."


def _wait_done(client, headers, status_url):
    wait_for(lambda: client.get(status_url, headers=headers).json()["status"] in jobs.FINISHED, timeout=60,
             what="advert job to finish")
    return client.get(status_url, headers=headers).json()


def test_advert_submitted_through_the_api_is_checked_in_process(client, auth_headers):
    ats = auth_headers("ats")
    accepted = client.post("/v1/adverts", headers=ats, json={"text": ADVERT, "title": "Care worker"})
    assert accepted.status_code == 202
    body = accepted.json()
    assert accepted.headers["location"] == body["status_url"]

    done = _wait_done(client, ats, body["status_url"])
    assert done["status"] == "done"
    assert 0 <= done["result"]["score"] <= 100
    assert client.get(f"/v1/jobs/{body['job_id']}", headers=ats).json()["status"] == "done"


def test_a_finished_job_run_again_is_a_no_op(client, auth_headers, database_url):
    ats = auth_headers("ats")
    body = client.post("/v1/adverts", headers=ats, json={"text": ADVERT}).json()
    _wait_done(client, ats, body["status_url"])
    assert jobs.run_job(body["job_id"]) == "done"
    with session_factory(database_url)() as session:
        job = session.get(Job, body["job_id"])
        assert job is not None and job.attempts == 1


def test_adverts_and_jobs_of_another_organisation_are_not_found(client, auth_headers):
    council = auth_headers("ats", org="council")
    body = client.post("/v1/adverts", headers=council, json={"text": ADVERT}).json()
    other = auth_headers("ats", org="charity")
    assert client.get(body["status_url"], headers=other).status_code == 404
    assert client.get(f"/v1/jobs/{body['job_id']}", headers=other).status_code == 404


def test_panel_cannot_submit_adverts(client, auth_headers):
    assert client.post("/v1/adverts", headers=auth_headers("panel"), json={"text": ADVERT}).status_code == 403
