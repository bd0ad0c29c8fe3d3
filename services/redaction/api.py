"""POST /v1/redact: a thin shell over `Redactor.redact`."""

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request

from services.common.auth import Principal, Role, require_roles
from services.common.settings import get_settings

from .models import EntityOut, RedactRequest, RedactResponse
from .service import Redactor, build_redactor

__all__ = ["get_redactor", "on_startup", "router", "shared_redactor"]

router = APIRouter(tags=["redaction"])

Redacter = Annotated[Principal, Depends(require_roles(Role.ats, Role.hr))]

_lock = threading.Lock()
_shared: dict[tuple[Any, ...], Redactor] = {}


def shared_redactor(settings: Any = None) -> Redactor:
    """The process's one redactor for these settings (the spaCy model is loaded once, not per app)."""
    names = ("redaction_spacy_model", "redaction_ner", "max_text_chars")
    key = tuple(getattr(settings, name, None) for name in names)
    with _lock:
        if key not in _shared:
            _shared[key] = build_redactor(settings)
        return _shared[key]


def on_startup(app: FastAPI) -> None:
    """Build the redactor before the first request (called by the app's lifespan)."""
    app.state.redactor = shared_redactor(get_settings())


def get_redactor(request: Request) -> Redactor:
    """The redactor built at start-up; built here, once, if the app started without it."""
    redactor = getattr(request.app.state, "redactor", None)
    if redactor is None:
        redactor = request.app.state.redactor = shared_redactor(get_settings())
    return redactor


RedactorDep = Annotated[Redactor, Depends(get_redactor)]


@router.post(
    "/v1/redact",
    response_model=RedactResponse,
    summary="Remove names, contact details and self-disclosed protected characteristics from a text",
    responses={413: {"description": "The text is longer than the limit"},
               422: {"description": "Missing or non-string text, or an unknown policy"}},
)
def redact(body: RedactRequest, principal: Redacter, redactor: RedactorDep) -> RedactResponse:
    """Redact one text; entity offsets point into the input text."""
    result = redactor.redact(body.text, body.candidate, body.policy)
    return RedactResponse(
        text=result.text,
        policy=result.policy,
        entities=[EntityOut(type=e.type, start=e.start, end=e.end, replacement=e.replacement)
                  for e in result.entities],
    )
