"""POST /v1/adverts/check end to end: auth, validation, size limits and the response contract."""

import pytest

URL = "/v1/adverts/check"
ADVERT = "We want a young, energetic administrator. Salary £24,000. Closing date 1 December."


@pytest.mark.parametrize("role", ["recruiter", "ats", "hr"])
def test_allowed_roles(client, auth_headers, role: str) -> None:  # type: ignore[no-untyped-def]
    response = client.post(URL, json={"text": ADVERT, "title": "Administrator"}, headers=auth_headers(role))
    assert response.status_code == 200
    body = response.json()
    assert 0 <= body["score"] <= 100 and body["grade"]
    assert {
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "reading_age",
        "average_sentence_length",
        "word_count",
    } <= set(body["readability"])
    young = next(f for f in body["findings"] if f["category"] == "age" and f["text"] == "young")
    assert ADVERT[young["start"] : young["end"]] == "young"
    assert young["severity"] in {"high", "medium", "low"}
    assert "salary" not in body["missing_signals"]
    assert set(body["missing_signals"]) == set(body["suggested_wording"])
    assert body["score_breakdown"]


def test_no_key_is_401(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post(URL, json={"text": ADVERT})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("role", ["panel", "admin"])
def test_wrong_role_is_403(client, auth_headers, role: str) -> None:  # type: ignore[no-untyped-def]
    assert client.post(URL, json={"text": ADVERT}, headers=auth_headers(role)).status_code == 403


@pytest.mark.parametrize("body", [{}, {"title": "x"}, {"text": 42}, {"text": None}, {"text": ["a"]}])
def test_bad_body_is_422(client, auth_headers, body: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert client.post(URL, json=body, headers=auth_headers("recruiter")).status_code == 422


@pytest.mark.parametrize("url", [URL, "/v1/adverts"])
def test_too_long_is_413(client, auth_headers, url: str) -> None:  # type: ignore[no-untyped-def]
    from services.advert_check.service import MAX_ADVERT_CHARS

    text = "word " * (MAX_ADVERT_CHARS // 5 + 10)
    response = client.post(url, json={"text": text}, headers=auth_headers("ats"))
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")


def test_empty_text_is_a_valid_response(client, auth_headers) -> None:  # type: ignore[no-untyped-def]
    response = client.post(URL, json={"text": "", "title": None}, headers=auth_headers("ats"))
    assert response.status_code == 200
    body = response.json()
    assert body["scored"] is False and "Nothing to score" in body["message"]
    assert body["findings"] == []
