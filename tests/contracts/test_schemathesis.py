"""Schemathesis drives the app from the committed OpenAPI document: every response is documented."""

import schemathesis
from hypothesis import HealthCheck, settings

from contracts.export import HERE
from services.common.keys import Role

schema = schemathesis.openapi.from_path(HERE / "openapi.json")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_app_honours_its_committed_contract(case, app, auth_headers):
    schema.app = app
    headers = auth_headers(*Role)
    case.call_and_validate(headers=headers)
