"""The redactor is built once per test session: loading spaCy is the slow part."""

import pytest

from services.common.settings import get_settings
from services.redaction.api import shared_redactor
from services.redaction.service import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return shared_redactor(get_settings())


def removed(redactor: Redactor, text: str, candidate: dict | None = None, policy: str | None = None
            ) -> list[tuple[str, str]]:
    """(surface, type) for every entity removed from the text."""
    result = redactor.redact(text, candidate, policy)
    return [(text[e.start:e.end], e.type) for e in result.entities]
