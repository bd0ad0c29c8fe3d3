"""The stateful guaranteed-interview flow end to end: vacancy rules, panel marks, decisions, confirmation, report."""

import re
from typing import Any

import pytest

from services.guaranteed_interview.config import default_config
from services.guaranteed_interview.models import SchemeName

VACANCY = "VAC-GI-1"
RULES = f"/v1/vacancies/{VACANCY}/guaranteed-interview-rules"
REPORT = f"/v1/vacancies/{VACANCY}/guaranteed-interview-report"
PROBLEM = "application/problem+json"
CANDIDATE = {"first_name": "Agnieszka", "last_name": "Kowalczyk", "email": "a.k@example.com"}
FIELDS = {"supporting_statement": "I have run a busy reception desk for five years and trained new staff."}
# Words that would tell a panel which scheme a candidate holds, or why.
SCHEME_WORDS = [*(s.value for s in SchemeName), "schemes", "reasons", "disab", "care exp", "care leaver",
                "armed forces", "redeploy", "config_version"]


def scores_url(application_id: str) -> str:
    return f"/v1/applications/{application_id}/shortlisting-scores"


def decision_url(application_id: str) -> str:
    return f"/v1/applications/{application_id}/guaranteed-interview"


def rules(**changes: Any) -> dict[str, Any]:
    return {
        "school_based": False,
        "essential_criteria": [{"id": "C1", "max_mark": 4}, {"id": "C2", "max_mark": 4}],
        "minimum_criteria": {"rule": "all_essential", "pass_mark": 2},
        **changes,
    }


class Flow:
    """A vacancy with keys for each role, and helpers to drive it."""

    def __init__(self, client: Any, auth_headers: Any) -> None:
        self.client = client
        self.ats = auth_headers("ats")
        self.hr = auth_headers("hr", name="hr-officer")
        self.panel = auth_headers("panel", name="panel-chair")
        self.count = 0

    def set_rules(self, **changes: Any) -> Any:
        return self.client.put(RULES, json=rules(**changes), headers=self.hr)

    def apply(self, vacancy: str = VACANCY, **opt_ins: bool) -> dict[str, Any]:
        self.count += 1
        body = {"application_id": f"ATS-{self.count}", "vacancy_id": vacancy, "candidate": CANDIDATE,
                "fields": FIELDS, "guaranteed_interview_opt_ins": opt_ins}
        response = self.client.post("/v1/applications", json=body, headers=self.ats)
        assert response.status_code == 201, response.text
        receipt: dict[str, Any] = response.json()
        return receipt

    def score(self, application: dict[str, Any], **marks: int) -> Any:
        return self.client.post(scores_url(application["id"]), json={"scores": marks}, headers=self.panel)

    def hr_view(self, application: dict[str, Any]) -> dict[str, Any]:
        response = self.client.get(decision_url(application["id"]), headers=self.hr)
        assert response.status_code == 200, response.text
        view: dict[str, Any] = response.json()
        return view

    def badge(self, application: dict[str, Any]) -> Any:
        response = self.client.get(decision_url(application["id"]), headers=self.panel)
        assert response.status_code == 200, response.text
        return response.json()

    def confirm(self, application: dict[str, Any], outcome: str, invited: bool | None) -> Any:
        return self.client.post(f"{decision_url(application['id'])}/confirm", headers=self.hr,
                                json={"outcome": outcome, "invited": invited})


@pytest.fixture
def flow(client, auth_headers) -> Flow:
    return Flow(client, auth_headers)


def test_scores_decision_confirm_and_a_report_with_a_breach(flow):
    assert flow.set_rules().status_code == 200
    disabled, care_leaver, neither, not_met = (
        flow.apply(disability_confident=True), flow.apply(care_experienced=True), flow.apply(),
        flow.apply(disability_confident=True, care_experienced=True),
    )
    for application, c1, c2 in [(disabled, 3, 3), (care_leaver, 2, 4), (neither, 4, 4), (not_met, 1, 4)]:
        response = flow.score(application, C1=c1, C2=c2)
        assert response.status_code == 200, response.text
        assert response.json() == {"application_id": application["id"], "reference": application["reference"],
                                   "scores": {"C1": c1, "C2": c2}, "missing": []}

    view = flow.hr_view(disabled)
    assert (view["guaranteed_interview"], view["schemes"]) == ("yes", ["disability_confident"])
    assert view["config_version"] == default_config().version
    assert view["meets_minimum_criteria"] is True and view["confirmed_outcome"] is None
    assert "meets every essential criterion" in view["reasons"]
    assert flow.hr_view(care_leaver)["schemes"] == ["care_experienced"]
    assert (flow.hr_view(neither)["guaranteed_interview"], flow.hr_view(neither)["schemes"]) == ("no", [])
    assert flow.hr_view(not_met)["guaranteed_interview"] == "no"

    assert flow.badge(disabled) == {"guaranteed_interview": True}
    assert flow.badge(neither) == {"guaranteed_interview": False}

    confirmed = flow.confirm(disabled, "yes", True)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["confirmed_outcome"] == "yes" and confirmed.json()["invited"] is True
    assert flow.confirm(care_leaver, "yes", False).status_code == 200  # guaranteed, met, not invited
    assert flow.confirm(not_met, "no", False).status_code == 200  # not met: not a breach

    report = flow.client.get(REPORT, headers=flow.hr)
    assert report.status_code == 200, report.text
    body = report.json()
    rows = {row["reference"]: row for row in body["candidates"]}
    assert set(rows) == {disabled["reference"], care_leaver["reference"], not_met["reference"]}
    assert rows[disabled["reference"]] | {"application_id": "-"} == {
        "application_id": "-", "reference": disabled["reference"], "schemes": ["disability_confident"],
        "guaranteed_interview": "yes", "met_minimum_criteria": True, "cap_applied": False,
        "config_version": default_config().version, "confirmed": True, "invited": True, "breach": False}
    assert rows[care_leaver["reference"]]["breach"] is True
    assert rows[not_met["reference"]]["met_minimum_criteria"] is False
    assert body["breaches"] == [{"application_id": care_leaver["id"], "reference": care_leaver["reference"]}]
    assert body["summary"] == {"candidates": 3, "guaranteed": 2, "met_minimum_criteria": 2, "invited": 1,
                               "not_invited": 1, "invitation_not_recorded": 0, "breaches": 1}


def test_every_step_is_audited_with_ids_and_codes_only(flow):
    flow.set_rules()
    application = flow.apply(care_experienced=True)
    flow.score(application, C1=4, C2=4)
    flow.confirm(application, "yes", True)
    events = flow.client.get("/v1/audit-events", headers=flow.hr).json()
    actions = [(e["action"], e["target_id"]) for e in events if e["action"].startswith("guaranteed_interview")]
    assert actions == [
        ("guaranteed_interview.vacancy_rules.update", VACANCY),
        ("guaranteed_interview.scores.record", application["id"]),
        ("guaranteed_interview.decide", application["id"]),
        ("guaranteed_interview.confirm", application["id"]),
    ]
    decide = next(e for e in events if e["action"] == "guaranteed_interview.decide")
    assert decide["details"] == {"outcome": "yes", "config_version": default_config().version,
                                 "cap_applied": False, "confirmation_cleared": False}
    confirm = next(e for e in events if e["action"] == "guaranteed_interview.confirm")
    assert confirm["actor_name"] == "hr-officer" and confirm["details"]["invited"] is True
    text = str(events)
    assert "care_experienced" not in text and "Kowalczyk" not in text and "Agnieszka" not in text


def test_pending_until_every_criterion_is_marked_and_a_pending_one_cannot_be_confirmed(flow):
    flow.set_rules()
    application = flow.apply(disability_confident=True)
    assert flow.hr_view(application)["guaranteed_interview"] == "pending"  # decided when first read
    assert flow.badge(application) == {"guaranteed_interview": False}  # pending never shows to a panel
    partial = flow.score(application, C1=3)
    assert partial.json()["missing"] == ["C2"]
    assert flow.hr_view(application)["guaranteed_interview"] == "pending"
    refused = flow.confirm(application, "yes", True)
    assert refused.status_code == 409 and refused.headers["content-type"] == PROBLEM
    flow.score(application, C2=2)
    assert flow.hr_view(application)["guaranteed_interview"] == "yes"


def test_the_cap_is_re_decided_for_the_whole_vacancy_and_a_stale_confirmation_is_cleared(flow):
    flow.set_rules(interview_cap=1)
    first, second = flow.apply(disability_confident=True), flow.apply(disability_confident=True)
    flow.score(first, C1=4, C2=4)
    flow.score(second, C1=3, C2=3)
    assert (flow.hr_view(first)["guaranteed_interview"], flow.hr_view(second)["guaranteed_interview"]) == ("yes", "no")
    assert flow.hr_view(second)["cap_applied"] is True
    assert flow.confirm(first, "yes", None).status_code == 200

    flow.score(first, C1=2, C2=2)  # the first candidate's marks fall: the cap now favours the second
    first_view, second_view = flow.hr_view(first), flow.hr_view(second)
    assert (first_view["guaranteed_interview"], second_view["guaranteed_interview"]) == ("no", "yes")
    assert first_view["confirmed_outcome"] is None  # the person confirmed a recommendation that no longer stands
    assert flow.badge(second) == {"guaranteed_interview": True}
    stale = flow.confirm(first, "yes", True)
    assert stale.status_code == 409 and "'no'" in stale.json()["detail"]


def test_care_experience_is_never_capped(flow):
    flow.set_rules(interview_cap=1)
    disabled, care = flow.apply(disability_confident=True), flow.apply(care_experienced=True)
    flow.score(disabled, C1=4, C2=4)
    flow.score(care, C1=2, C2=2)
    assert flow.hr_view(care)["guaranteed_interview"] == "yes" and flow.hr_view(care)["cap_applied"] is True


def test_school_based_vacancy_and_changing_rules_re_decides(flow):
    flow.set_rules(school_based=True)
    application = flow.apply(disability_confident=True)
    flow.score(application, C1=4, C2=4)
    assert flow.hr_view(application)["guaranteed_interview"] == "no"
    assert flow.set_rules(school_based=False).status_code == 200
    assert flow.hr_view(application)["guaranteed_interview"] == "yes"


def test_decisions_record_the_configuration_version_they_used(flow, auth_headers):
    flow.set_rules()
    application = flow.apply(disability_confident=True)
    flow.score(application, C1=4, C2=4)
    assert flow.hr_view(application)["config_version"] == default_config().version
    config = default_config().model_dump(mode="json")
    saved = flow.client.put("/v1/guaranteed-interview/schemes", json=config, headers=auth_headers("admin"))
    assert saved.status_code == 200, saved.text
    flow.score(application, C2=3)
    assert flow.hr_view(application)["config_version"] == saved.json()["config"]["version"]


def test_rules_read_back_and_changes_that_orphan_marks_are_refused(flow):
    assert flow.client.get(RULES, headers=flow.panel).status_code == 404
    flow.set_rules()
    read = flow.client.get(RULES, headers=flow.panel).json()
    assert read["vacancy_id"] == VACANCY and [c["id"] for c in read["essential_criteria"]] == ["C1", "C2"]
    flow.score(flow.apply(), C1=4, C2=4)
    for change in [{"essential_criteria": [{"id": "C1", "max_mark": 4}]},
                   {"essential_criteria": [{"id": "C1", "max_mark": 4}, {"id": "C2", "max_mark": 3}]}]:
        response = flow.set_rules(**change)
        assert response.status_code == 409 and "C2" in response.json()["detail"]
    assert flow.set_rules(essential_criteria=[{"id": "C1", "max_mark": 5}, {"id": "C2", "max_mark": 4},
                                              {"id": "C3", "max_mark": 4}]).status_code == 200


def test_scores_and_decisions_need_the_vacancy_rules_first(flow):
    application = flow.apply(disability_confident=True)
    for response in [flow.score(application, C1=1), flow.client.get(decision_url(application["id"]), headers=flow.hr)]:
        assert response.status_code == 409 and "rules are not set" in response.json()["detail"]
    assert flow.client.get(REPORT, headers=flow.hr).status_code == 404


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"scores": {"C7": 2}}, "criteria the vacancy does not have: C7"),
        ({"scores": {"C1": 5}}, "between 0 and 4"),
        ({"scores": {"C1": -1}}, "between 0 and 4"),
        ({"scores": {"C1": "3"}}, "does not match the schema"),
        ({"scores": {"C1": 2.5}}, "does not match the schema"),
        ({"scores": {"C1": True}}, "does not match the schema"),
        ({"scores": {}}, "does not match the schema"),
        ({"scores": {"C1": 2}, "scheme": "x"}, "does not match the schema"),
        ({}, "does not match the schema"),
    ],
)
def test_bad_scores_are_a_422_problem_and_store_nothing(flow, body, detail):
    flow.set_rules()
    application = flow.apply(disability_confident=True)
    response = flow.client.post(scores_url(application["id"]), json=body, headers=flow.panel)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM and detail in response.json()["detail"]
    assert flow.hr_view(application)["guaranteed_interview"] == "pending"


@pytest.mark.parametrize(
    "change",
    [
        {"school_based": "yes"},
        {"school_based": None},
        {"essential_criteria": [{"id": "C1", "max_mark": 0}]},
        {"essential_criteria": [{"id": "C1", "max_mark": 4}, {"id": "C1", "max_mark": 4}]},
        {"essential_criteria": [{"id": "C1", "max_mark": 1}]},  # pass_mark 2 cannot be reached
        {"minimum_criteria": {"rule": "marks_share", "floor": 5}},
        {"minimum_criteria": {"rule": "marks_share", "min_share": 1.5}},
        {"minimum_criteria": {"rule": "best_guess"}},
        {"interview_cap": 0},
        {"interview_cap": "3"},
        {"title": "extra fields are refused"},
    ],
)
def test_bad_vacancy_rules_are_a_422_problem(flow, change):
    response = flow.set_rules(**change)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert flow.client.get(RULES, headers=flow.hr).status_code == 404


@pytest.mark.parametrize(
    ("body", "status"),
    [({"outcome": "pending"}, 422), ({"outcome": "yes", "invited": "no"}, 422), ({"invited": True}, 422),
     ({"outcome": "no"}, 409), ({"outcome": "yes"}, 200)],
)
def test_confirm_input(flow, body, status):
    flow.set_rules()
    application = flow.apply(care_experienced=True)
    flow.score(application, C1=3, C2=3)
    response = flow.client.post(f"{decision_url(application['id'])}/confirm", json=body, headers=flow.hr)
    assert response.status_code == status, response.text


def test_another_organisation_gets_404_everywhere(flow, auth_headers):
    flow.set_rules()
    application = flow.apply(disability_confident=True)
    flow.score(application, C1=4, C2=4)
    other = auth_headers("hr", "panel", "ats", org="another-employer")
    client = flow.client
    assert client.post(scores_url(application["id"]), json={"scores": {"C1": 1}}, headers=other).status_code == 404
    assert client.get(decision_url(application["id"]), headers=other).status_code == 404
    assert client.post(f"{decision_url(application['id'])}/confirm", json={"outcome": "yes"},
                       headers=other).status_code == 404
    assert client.get(REPORT, headers=other).status_code == 404
    assert client.get(RULES, headers=other).status_code == 404
    # Its own rules for a vacancy with the same ATS id are its own, and do not touch ours.
    assert client.put(RULES, json=rules(school_based=True), headers=other).status_code == 200
    assert flow.hr_view(application)["guaranteed_interview"] == "yes"


@pytest.mark.parametrize(
    ("method", "path", "roles", "status"),
    [
        ("put", RULES, ("panel",), 403),
        ("put", RULES, ("ats",), 200),
        ("get", RULES, ("recruiter",), 403),
        ("post", "scores", ("hr",), 403),
        ("post", "scores", ("ats",), 403),
        ("get", "decision", ("ats",), 403),
        ("get", "decision", ("recruiter",), 403),
        ("post", "confirm", ("panel",), 403),
        ("post", "confirm", ("admin",), 403),
        ("get", REPORT, ("panel",), 403),
        ("get", REPORT, ("ats",), 403),
    ],
)
def test_roles(flow, auth_headers, method, path, roles, status):
    flow.set_rules()
    application = flow.apply(disability_confident=True)
    url = {"scores": scores_url(application["id"]), "decision": decision_url(application["id"]),
           "confirm": f"{decision_url(application['id'])}/confirm"}.get(path, path)
    body = {"put": rules(), "post": {"scores": {"C1": 1}} if path == "scores" else {"outcome": "yes"}}.get(method)
    response = flow.client.request(method.upper(), url, json=body, headers=auth_headers(*roles))
    assert response.status_code == status, response.text


def test_a_panel_key_cannot_learn_the_scheme_from_any_route(flow):
    """Call every operation in the app's OpenAPI document with a panel key, and read every response."""
    flow.set_rules()
    applications = [flow.apply(disability_confident=True), flow.apply(care_experienced=True),
                    flow.apply(armed_forces=True, redeployment=True)]
    for application in applications:
        flow.score(application, C1=4, C2=4)
    flow.confirm(applications[0], "yes", False)
    bodies: dict[str, Any] = {
        "/v1/applications/{application_id}/shortlisting-scores": {"scores": {"C1": 4}},
        "/v1/vacancies/{vacancy_id}/guaranteed-interview-rules": rules(),
        "/v1/applications/{application_id}/guaranteed-interview/confirm": {"outcome": "yes", "invited": True},
    }
    reached: set[tuple[str, str]] = set()
    operations = flow.client.app.openapi()["paths"]
    for template, methods in operations.items():
        for method in methods:
            for application in applications:
                url = template.replace("{application_id}", application["id"]).replace("{vacancy_id}", VACANCY)
                url = re.sub(r"\{[^}]+\}", "x", url)
                for query in ("", "?view=original"):
                    response = flow.client.request(method.upper(), url + query, headers=flow.panel,
                                                   json=bodies.get(template, {}) if method != "get" else None)
                    text = response.text.lower()
                    leaked = [word for word in SCHEME_WORDS if word in text]
                    assert not leaked, (method, url + query, response.status_code, leaked)
                    if response.status_code < 400:
                        reached.add((method, template))
    assert {
        ("get", "/v1/applications/{application_id}"),
        ("get", "/v1/applications/{application_id}/guaranteed-interview"),
        ("post", "/v1/applications/{application_id}/shortlisting-scores"),
        ("get", "/v1/vacancies/{vacancy_id}/guaranteed-interview-rules"),
        ("get", "/v1/vacancies/{vacancy_id}/applications"),
    } <= reached
