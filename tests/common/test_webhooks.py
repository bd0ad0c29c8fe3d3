"""Webhooks: the ATS hears when a job finishes, signed the Standard Webhooks way, retried until delivered."""

import base64
import hashlib
import hmac
import json

import pytest

from services.common.webhooks import sign
from tests.servers import WebhookReceiver, wait_for

ADVERT = "Join our friendly team as a library assistant. You will help people of all ages find books."


@pytest.fixture
def receiver():
    made: list[WebhookReceiver] = []

    def make(statuses: list[int] | None = None) -> WebhookReceiver:
        made.append(WebhookReceiver(statuses))
        return made[-1]

    yield make
    for r in made:
        r.close()


def _verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return hmac.compare_digest(headers["webhook-signature"], f"v1,{expected}")


def test_a_finished_job_is_announced_with_a_signed_thin_event(client, auth_headers, receiver):
    ats = auth_headers("ats")
    ats_endpoint = receiver()
    hook = client.post("/v1/webhooks", headers=ats, json={"url": ats_endpoint.url})
    assert hook.status_code == 201
    secret = hook.json()["secret"]
    assert secret.startswith("whsec_")

    advert = client.post("/v1/adverts", headers=ats, json={"text": ADVERT}).json()
    wait_for(lambda: len(ats_endpoint.received) == 1, timeout=30, what="the webhook call")
    headers, body = ats_endpoint.received[0]
    assert _verify(secret, headers, body)
    event = json.loads(body)
    assert event["type"] == "job.finished"
    assert event["data"] == {"job_id": advert["job_id"], "kind": "advert_check", "subject_id": advert["id"],
                             "status": "done"}
    assert ADVERT not in body.decode()

    wait_for(lambda: client.get(f"/v1/webhooks/{hook.json()['id']}/deliveries", headers=ats).json()[0]["status"]
             == "delivered", timeout=10, what="the delivery to be recorded")


def test_a_refused_delivery_is_retried_until_accepted(client, auth_headers, receiver):
    ats = auth_headers("ats")
    flaky = receiver([503])
    hook = client.post("/v1/webhooks", headers=ats, json={"url": flaky.url}).json()
    client.post("/v1/adverts", headers=ats, json={"text": ADVERT})
    deliveries = f"/v1/webhooks/{hook['id']}/deliveries"
    wait_for(lambda: client.get(deliveries, headers=ats).json()[0]["status"] == "delivered", timeout=30,
             what="the retried delivery")
    delivery = client.get(deliveries, headers=ats).json()[0]
    assert delivery["attempts"] == 2 and delivery["last_status_code"] == 200
    assert len(flaky.received) == 2
    assert flaky.received[0][0]["webhook-id"] == flaky.received[1][0]["webhook-id"]


def test_signature_matches_the_standard_webhooks_example():
    # The worked example from the Standard Webhooks specification's reference tests.
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    assert sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body) == \
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


@pytest.mark.parametrize(
    "url",
    ["ftp://ats.example/hook", "http://ats.example/hook", "https://user:pw@ats.example/hook", "not a url",
     "http://10.0.0.5/hook"],
)
def test_webhook_urls_must_be_https(client, auth_headers, url):
    response = client.post("/v1/webhooks", headers=auth_headers("ats"), json={"url": url})
    assert response.status_code == 422


def test_webhooks_belong_to_one_organisation(client, auth_headers, receiver):
    mine = client.post("/v1/webhooks", headers=auth_headers("ats"), json={"url": receiver().url}).json()
    theirs = auth_headers("ats", "admin", org="other")
    assert client.get("/v1/webhooks", headers=theirs).json() == []
    assert client.delete(f"/v1/webhooks/{mine['id']}", headers=theirs).status_code == 404
    assert client.get(f"/v1/webhooks/{mine['id']}/deliveries", headers=theirs).status_code == 404
