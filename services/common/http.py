"""The HTTP shell every app shares: problem+json errors, request ids, body limits, idempotency."""

import hashlib
import logging
import re
import time
import uuid
from typing import Any

import anyio
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.common.db import session_factory
from services.common.errors import FairHireError, problem
from services.common.logs import request_id_var
from services.common.store import IdempotencyRecord

__all__ = ["install", "locate"]

log = logging.getLogger("fairhire.http")

PROBLEM_JSON = "application/problem+json"
BODY_METHODS = {"POST", "PUT", "PATCH"}
JSON_TYPE = re.compile(r"^application/([\w.+-]+\+)?json$")
FORM_TYPES = {"multipart/form-data", "application/x-www-form-urlencoded"}
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def locate(request: Request, response: Response, route: str, **params: str) -> str:
    """The path of the resource a 201/202 reply created, also set as its Location header."""
    path = str(request.url_for(route, **params).path)
    response.headers["Location"] = path
    return path


def problem_response(status: int, detail: str | None = None, headers: dict[str, str] | None = None,
                     **extra: Any) -> JSONResponse:
    return JSONResponse(problem(status, detail, **extra), status_code=status, headers=headers,
                        media_type=PROBLEM_JSON)


async def _send_problem(send: Send, status: int, detail: str) -> None:
    await problem_response(status, detail)({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


class RequestMiddleware:
    """Request id, access log, body size limit and content type check, in one pass over the body."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        presented = headers.get("x-request-id", "")
        request_id = presented if REQUEST_ID.match(presented) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            body_receive = await self._checked_body(scope, headers, receive, send_with_id)
            if body_receive is not None:
                await self.app(scope, body_receive, send_with_id)
        finally:
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status_holder["status"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            request_id_var.reset(token)

    async def _checked_body(self, scope: Scope, headers: dict[str, str], receive: Receive,
                            send: Send) -> Receive | None:
        """A receive that replays the buffered body, or None when a problem was already sent."""
        if scope["method"] not in BODY_METHODS:
            return receive
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await _send_problem(send, 413, f"the request body is larger than {self.max_body_bytes} bytes")
            return None
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await _send_problem(send, 413, f"the request body is larger than {self.max_body_bytes} bytes")
                return None
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if body and not (JSON_TYPE.match(media_type) or media_type in FORM_TYPES):
            await _send_problem(send, 415, "send the request body as application/json")
            return None
        scope.setdefault("state", {})["body"] = body
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay


class IdempotencyMiddleware:
    """Replays the stored response of a POST sent again with the same Idempotency-Key and body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers", []))
        key = headers.get(b"idempotency-key", b"").decode("latin-1").strip()
        if scope["type"] != "http" or scope["method"] != "POST" or not key:
            await self.app(scope, receive, send)
            return
        if len(key) > 255:
            await _send_problem(send, 400, "the Idempotency-Key header is longer than 255 characters")
            return
        # Keys are scoped to the caller's credential, so one caller never sees another's responses.
        scope_id = hashlib.sha256(headers.get(b"authorization", b"")).hexdigest()
        body = scope.get("state", {}).get("body", b"")
        request_hash = hashlib.sha256(scope["path"].encode() + b"\n" + body).hexdigest()
        outcome = await anyio.to_thread.run_sync(_claim, scope_id, key, request_hash)
        if outcome == "mismatch":
            await _send_problem(send, 422, "this Idempotency-Key was used with a different request body")
            return
        if outcome == "in_flight":
            await _send_problem(send, 409, "a request with this Idempotency-Key is still being processed")
            return
        if isinstance(outcome, IdempotencyRecord):
            replay = JSONResponse(None, status_code=outcome.status_code or 200)
            replay.body = outcome.body or b""
            replay.init_headers({"content-type": outcome.content_type or "application/json",
                                 "idempotent-replayed": "true"})
            await replay(scope, receive, send)
            return

        captured: dict[str, Any] = {"status": 500, "content_type": None, "body": []}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        captured["content_type"] = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            await anyio.to_thread.run_sync(
                _settle, scope_id, key, captured["status"], captured["content_type"], b"".join(captured["body"])
            )


def _claim(scope_id: str, key: str, request_hash: str) -> str | IdempotencyRecord:
    """Claim the key for this request: 'new', 'mismatch', 'in_flight', or the stored record to replay."""
    with session_factory()() as session:
        session.add(IdempotencyRecord(scope=scope_id, key=key, request_hash=request_hash))
        try:
            session.commit()
            return "new"
        except IntegrityError:
            session.rollback()
        existing = session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.scope == scope_id, IdempotencyRecord.key == key)
        )
        if existing is None:  # released between our insert and our read
            return _claim(scope_id, key, request_hash)
        if existing.request_hash != request_hash:
            return "mismatch"
        if existing.status_code is None:
            return "in_flight"
        return existing


def _settle(scope_id: str, key: str, status: int, content_type: str | None, body: bytes) -> None:
    """Keep a final outcome for replay; release the key after auth failures and server faults."""
    with session_factory()() as session:
        where = (IdempotencyRecord.scope == scope_id, IdempotencyRecord.key == key)
        if status >= 500 or status in (401, 403):
            session.execute(delete(IdempotencyRecord).where(*where))
        else:
            record = session.scalar(select(IdempotencyRecord).where(*where))
            if record is not None:
                record.status_code, record.content_type, record.body = status, content_type, body
        session.commit()


def _allowed_methods(app: FastAPI, path: str) -> list[str]:
    """The methods served at this path (Starlette's own Allow names only the first route's).

    A literal path (/v1/adverts/check) wins over a template that also matches it (/v1/adverts/{id}).
    """
    paths = app.openapi()["paths"]
    if path in paths:
        return sorted(m.upper() for m in paths[path])
    methods: set[str] = set()
    for template, operations in paths.items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path):
            methods.update(m.upper() for m in operations)
    return sorted(methods)


def _validation_detail(exc: RequestValidationError) -> tuple[int, str, list[dict[str, Any]]]:
    # Never echo the input back: it may be an applicant's text.
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in exc.errors()]
    if any(e["type"] == "json_invalid" for e in errors):
        return 400, "the request body is not valid JSON", []
    return 422, "the request does not match the schema", errors


def _problem_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "title": "Problem",
        "description": "RFC 9457 problem details",
        "required": ["type", "title", "status"],
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "errors": {"type": "array", "items": {"type": "object"}},
        },
    }


COMMON_ERRORS = {
    400: "Malformed request (e.g. invalid JSON)",
    401: "Missing, invalid or revoked API key",
    403: "The key lacks a role this needs",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Validation failed",
    500: "Server fault",
}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, with every error documented as problem+json."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = _problem_schema()
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    problem_content = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            public = path in ("/healthz", "/readyz", "/openapi.json") or not path.startswith("/v1/")
            codes = dict(COMMON_ERRORS)
            if public:
                codes = {500: COMMON_ERRORS[500]}
            if method.upper() not in BODY_METHODS:
                for code in (413, 415):
                    codes.pop(code, None)
            if method.upper() == "POST":
                codes[409] = "Conflict, or a request with the same Idempotency-Key still in flight"
            for code, description in codes.items():
                responses.setdefault(str(code), {"description": description})
            for code, response in responses.items():
                if code.startswith(("4", "5")):
                    response["content"] = problem_content
    app.openapi_schema = schema
    return schema


def install(app: FastAPI, max_body_bytes: int, cors_origins: list[str] | None = None) -> None:
    """Error handlers, middlewares and the OpenAPI document, in one place for every app."""

    @app.exception_handler(FairHireError)
    async def _domain(_: Request, exc: FairHireError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(exc.to_problem(), status_code=exc.status, headers=headers, media_type=PROBLEM_JSON)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail != problem(exc.status_code)["title"] \
            else None
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(app, request.url.path))
        return problem_response(exc.status_code, detail, headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        status, detail, errors = _validation_detail(exc)
        return problem_response(status, detail, **({"errors": errors} if errors else {}))

    @app.exception_handler(Exception)
    async def _fault(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=(type(exc), exc, None))
        return problem_response(500, "an internal error occurred; quote the X-Request-ID when reporting it")

    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(RequestMiddleware, max_body_bytes=max_body_bytes)
    if cors_origins:
        # For the advert checker widget embedded in an ATS's own pages: API keys, never cookies.
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "Idempotency-Key"],
                           allow_credentials=False)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
