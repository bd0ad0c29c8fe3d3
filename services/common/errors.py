"""The errors domain code raises, and their one mapping to RFC 9457 problem details.

    FairHireError
    ├── BadRequest            400
    ├── Unauthorized          401
    ├── Forbidden             403
    ├── NotFound              404
    ├── Conflict              409
    ├── PayloadTooLarge       413
    ├── UnsupportedMediaType  415
    └── InvalidInput          422

Details are written for the person integrating, and never carry personal data.
"""

from http import HTTPStatus
from typing import Any

__all__ = [
    "BadRequest",
    "Conflict",
    "FairHireError",
    "Forbidden",
    "InvalidInput",
    "NotFound",
    "PayloadTooLarge",
    "Unauthorized",
    "UnsupportedMediaType",
    "problem",
]

PROBLEM_TYPE_BASE = "https://fairhire.example/problems/"


def problem(status: int, detail: str | None = None, **extra: Any) -> dict[str, Any]:
    """An RFC 9457 problem document for a status code."""
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + phrase.lower().replace(" ", "-").replace("'", ""),
        "title": phrase,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    body.update(extra)
    return body


class FairHireError(Exception):
    status = 500

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra

    def to_problem(self) -> dict[str, Any]:
        return problem(self.status, self.detail, **self.extra)


class BadRequest(FairHireError):
    status = 400


class Unauthorized(FairHireError):
    status = 401


class Forbidden(FairHireError):
    status = 403


class NotFound(FairHireError):
    status = 404


class Conflict(FairHireError):
    status = 409


class PayloadTooLarge(FairHireError):
    status = 413


class UnsupportedMediaType(FairHireError):
    status = 415


class InvalidInput(FairHireError):
    status = 422
