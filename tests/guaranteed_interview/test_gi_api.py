"""The guaranteed-interview endpoints end to end, with real keys and roles."""

from typing import Any

import pytest

from services.guaranteed_interview.config import default_config

ASSESS = "/v1/guaranteed-interview/assess"
SCHEMES = "/v1/guaranteed-interview/schemes"
PROBLEM = "application/problem+json"


def body(school_based: bool = False, met: bool | None = None, **opt_ins: bool) -> dict[str, Any]:
    """A request in the fixed contract's shape, with nothing more."""
    return {"vacancy": {"school_based": school_based}, "opt_ins": opt_ins, "minimum_criteria_met": met}


@pytest.mark.parametrize(
    ("request_body", "outcome", "schemes"),
    [
        (body(disability_confident=True, care_experienced=False), "pending", ["disability_confident"]),
        (body(met=True, disability_confident=True), "yes", ["disability_confident"]),
        (body(met=False, disability_confident=True), "no", ["disability_confident"]),
        (body(school_based=True, met=True, disability_confident=True), "no", []),
        (
            body(school_based=True, met=True, disability_confident=True, care_experienced=True),
            "yes",
            ["care_experienced"],
        ),
        (body(met=True, disability_confident=False, care_experienced=False), "no", []),
        (body(met=True), "no", []),
        (
            body(met=True, disability_confident=True, care_experienced=True),
            "yes",
            ["disability_confident", "care_experienced"],
        ),
    ],
)
def test_assess_fixed_contract(client, auth_headers, request_body, outcome, schemes):
    response = client.post(ASSESS, json=request_body, headers=auth_headers("ats"))
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["guaranteed_interview"] == outcome
    assert result["schemes"] == schemes
    assert result["reasons"] and all(isinstance(r, str) for r in result["reasons"])
    assert result["config_version"] == default_config().version


def test_assess_minimum_criteria_met_may_be_left_out(client, auth_headers):
    request_body = {
        "vacancy": {"school_based": False, "title": "ignored"},
        "opt_ins": {"care_experienced": True},
    }
    response = client.post(ASSESS, json=request_body, headers=auth_headers("hr"))
    assert response.json()["guaranteed_interview"] == "pending"


def test_assess_with_dates(client, auth_headers):
    request_body = {
        **body(met=True, armed_forces=True),
        "armed_forces_service": {"status": "veteran", "service_end_date": "2020-01-01"},
        "assessed_on": "2024-01-01",
    }
    admin = auth_headers("admin")
    client.put(
        SCHEMES, json=new_config(armed_forces={"enabled": True, "left_within_years": 3}), headers=admin
    )
    result = client.post(ASSESS, json=request_body, headers=auth_headers("ats")).json()
    assert result["guaranteed_interview"] == "no"
    assert result["reasons"][0] == "armed_forces: left the armed forces more than 3 years ago"


def test_assess_with_the_panel_marks(client, auth_headers):
    request_body = {
        "vacancy": {
            "school_based": False,
            "essential_criteria": [{"id": "C1", "max_mark": 4}, {"id": "C2", "max_mark": 4}],
            "minimum_criteria": {"rule": "marks_share", "min_share": 0.6, "floor": 1},
        },
        "opt_ins": {"disability_confident": True},
        "scores": {"C1": 1, "C2": 4},
    }
    result = client.post(ASSESS, json=request_body, headers=auth_headers("ats")).json()
    assert result["guaranteed_interview"] == "yes"
    assert result["reasons"][-1] == "meets the minimum criteria: 62% of essential marks, none below 1"


@pytest.mark.parametrize(
    ("request_body", "detail"),
    [
        (body(met=True, veterans=True), "unknown scheme in opt_ins: veterans"),
        (
            {**body(disability_confident=True), "opt_in_source": "monitoring_form"},
            "does not match the schema",
        ),
        ({**body(disability_confident=True), "assessed_on": 0}, "does not match the schema"),
        (body(disability_confident=1), "does not match the schema"),
        (
            {
                **body(armed_forces=True),
                "armed_forces_service": {"status": "veteran", "service_end_date": "1/2/2020"},
            },
            "does not match the schema",
        ),
        (
            {
                "vacancy": {"school_based": False, "essential_criteria": [{"id": "C1"}]},
                "opt_ins": {"disability_confident": True},
                "scores": {"C7": 1},
            },
            "scores given for criteria the vacancy does not have: C7",
        ),
        (
            {
                "vacancy": {"school_based": False, "essential_criteria": [{"id": "C1", "max_mark": 4}]},
                "opt_ins": {"disability_confident": True},
                "scores": {"C1": 9},
            },
            "the score for C1 must be between 0 and 4",
        ),
        ({"vacancy": {}, "opt_ins": {"disability_confident": True}}, "does not match the schema"),
        ({"vacancy": {"school_based": False}, "opt_ins": {"disability_confident": "maybe"}}, "schema"),
    ],
)
def test_assess_bad_input_is_a_422_problem(client, auth_headers, request_body, detail):
    response = client.post(ASSESS, json=request_body, headers=auth_headers("ats"))
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert detail in response.json()["detail"]


@pytest.mark.parametrize(("roles", "status"), [((), 401), (("panel",), 403), (("recruiter", "admin"), 403)])
def test_assess_needs_ats_or_hr(client, auth_headers, roles, status):
    headers = auth_headers(*roles) if roles else {}
    response = client.post(ASSESS, json=body(met=True, disability_confident=True), headers=headers)
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM


# --- per-organisation scheme configuration --------------------------------------------------------------


def new_config(**changes: dict[str, Any]) -> dict[str, Any]:
    raw = default_config().model_dump(mode="json")
    for name, fields in changes.items():
        raw["schemes"][name].update(fields)
    return raw


def test_schemes_default_until_an_admin_sets_them(client, auth_headers):
    response = client.get(SCHEMES, headers=auth_headers("hr"))
    assert response.status_code == 200
    assert response.json() == {
        "source": "council_default",
        "config": default_config().model_dump(mode="json"),
    }


def test_put_schemes_makes_a_new_audited_version_used_by_decisions(client, auth_headers):
    admin = auth_headers("admin", "hr")
    armed_forces_on = new_config(armed_forces={"enabled": True})
    first = client.put(SCHEMES, json=armed_forces_on, headers=admin)
    assert first.status_code == 200, first.text
    assert first.json()["source"] == "organisation"
    v1 = first.json()["config"]["version"]
    assert v1.endswith("-v1")

    second = client.put(SCHEMES, json={**armed_forces_on, "description": "second"}, headers=admin)
    v2 = second.json()["config"]["version"]
    assert v2.endswith("-v2")
    assert client.get(SCHEMES, headers=admin).json()["config"]["version"] == v2

    result = client.post(ASSESS, json=body(met=True, armed_forces=True), headers=auth_headers("ats")).json()
    assert result == {
        "guaranteed_interview": "yes",
        "schemes": ["armed_forces"],
        "reasons": [
            "armed_forces: opted in; service details not given, so they are checked at interview",
            "meets the minimum criteria",
        ],
        "config_version": v2,
        "considered_first": False,
        "cap_applied": False,
    }

    events = client.get("/v1/audit-events", params={"target_type": "gi_scheme_config"}, headers=admin).json()
    assert [e["action"] for e in events] == ["guaranteed_interview.schemes.update"] * 2
    assert [e["details"]["version"] for e in events] == [v1, v2]
    assert events[0]["details"]["enabled"] == ["disability_confident", "care_experienced", "armed_forces"]


def test_schemes_are_per_organisation(client, auth_headers):
    client.put(
        SCHEMES, json=new_config(disability_confident={"enabled": False}), headers=auth_headers("admin")
    )
    other = auth_headers("hr", org="other-council")
    assert client.get(SCHEMES, headers=other).json()["source"] == "council_default"
    assert (
        client.post(ASSESS, json=body(met=True, disability_confident=True), headers=other).json()[
            "guaranteed_interview"
        ]
        == "yes"
    )
    mine = client.post(ASSESS, json=body(met=True, disability_confident=True), headers=auth_headers("ats"))
    assert mine.json()["guaranteed_interview"] == "no"


def test_version_sent_is_ignored(client, auth_headers):
    raw = {**new_config(), "version": "my-own-label"}
    response = client.put(SCHEMES, json=raw, headers=auth_headers("admin"))
    assert response.json()["config"]["version"].endswith("-v1")


@pytest.mark.parametrize(
    "change",
    [
        {"care_experienced": {"eligibility": "statutory_care_leaver"}},
        {"disability_confident": {"sources": []}},
        {"armed_forces": {"unknown_setting": 1}},
        {"care_experienced": {"max_age": 25}},
    ],
)
def test_put_invalid_schemes_is_a_422_problem(client, auth_headers, change):
    admin = auth_headers("admin")
    response = client.put(SCHEMES, json=new_config(**change), headers=admin)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert client.get(SCHEMES, headers=auth_headers("hr")).json()["source"] == "council_default"


@pytest.mark.parametrize(
    ("method", "roles", "status"),
    [
        ("get", (), 401),
        ("get", ("ats",), 403),
        ("get", ("panel",), 403),
        ("get", ("admin",), 200),
        ("put", (), 401),
        ("put", ("hr",), 403),
        ("put", ("ats",), 403),
    ],
)
def test_schemes_roles(client, auth_headers, method, roles, status):
    headers = auth_headers(*roles) if roles else {}
    kwargs: dict[str, Any] = {"json": new_config()} if method == "put" else {}
    response = client.request(method.upper(), SCHEMES, headers=headers, **kwargs)
    assert response.status_code == status


# --- a whole cohort, with the vacancy's interview cap ---------------------------------------------------

COHORT = "/v1/guaranteed-interview/assess-cohort"
CAPPED_VACANCY = {
    "school_based": False,
    "essential_criteria": [{"id": "C1", "max_mark": 4}, {"id": "C2", "max_mark": 4}],
    "interview_cap": 1,
}


def candidate(ref: str, c1: int, c2: int, **opt_ins: bool) -> dict[str, Any]:
    return {"ref": ref, "opt_ins": opt_ins, "scores": {"C1": c1, "C2": c2}}


def test_cohort_applies_the_interview_cap(client, auth_headers):
    candidates = [
        candidate("a", 2, 2, disability_confident=True),
        candidate("b", 4, 3, disability_confident=True),
        candidate("c", 1, 1, care_experienced=True),
        candidate("d", 4, 4),
    ]
    response = client.post(
        COHORT, json={"vacancy": CAPPED_VACANCY, "candidates": candidates}, headers=auth_headers("ats")
    )
    assert response.status_code == 200, response.text
    decisions = {d["ref"]: d for d in response.json()["decisions"]}
    assert {ref: d["guaranteed_interview"] for ref, d in decisions.items()} == {
        "a": "no",
        "b": "yes",
        "c": "yes",
        "d": "no",
    }
    assert decisions["a"]["cap_applied"] and decisions["b"]["cap_applied"] and decisions["c"]["cap_applied"]
    assert not decisions["d"]["cap_applied"]
    assert "interview cap of 1 applied" in decisions["a"]["reasons"][-1]


@pytest.mark.parametrize(
    ("candidates", "detail"),
    [
        ([candidate("a", 1, 1, veterans=True)], "unknown scheme in opt_ins: veterans"),
        ([candidate("a", 1, 1), candidate("a", 2, 2)], "does not match the schema"),
        ([], "does not match the schema"),
        ([candidate("a", 1, 9, disability_confident=True)], "the score for C2 must be between 0 and 4"),
    ],
)
def test_cohort_bad_input_is_a_422_problem(client, auth_headers, candidates, detail):
    response = client.post(
        COHORT, json={"vacancy": CAPPED_VACANCY, "candidates": candidates}, headers=auth_headers("hr")
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert detail in response.json()["detail"]


def test_cohort_needs_ats_or_hr(client, auth_headers):
    request_body = {"vacancy": CAPPED_VACANCY, "candidates": [candidate("a", 1, 1)]}
    assert client.post(COHORT, json=request_body, headers=auth_headers("panel")).status_code == 403
    assert client.post(COHORT, json=request_body).status_code == 401
