"""The committed OpenAPI documents are what the code serves, and the app honours them."""

import json

import pytest

from contracts.export import HERE, documents, render


@pytest.mark.parametrize("name", sorted(documents()))
def test_committed_openapi_matches_the_code(name):
    committed = HERE / name
    assert committed.exists(), f"contracts/{name} is missing: run 'make contracts'"
    assert committed.read_text() == render(documents()[name]), (
        f"contracts/{name} differs from the code: run 'make contracts' and review the change"
    )


def test_every_error_response_is_documented_as_problem_json():
    document = json.loads((HERE / "openapi.json").read_text())
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                if code.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (method, path, code)
