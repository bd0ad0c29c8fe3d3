"""The web pages at `/`: sign-in, advert preview, shortlisting, HR. Server-rendered, a little vanilla JS."""

import mimetypes
import random
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Form, Header, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from services.advert_check.models import AdvertCheckRequest, AdvertCheckResult
from services.advert_check.service import advert_limit, check_advert, ensure_checkable
from services.advert_check.store import Advert
from services.common import audit
from services.common.auth import Principal
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, InvalidInput, NotFound, Unauthorized
from services.common.keys import Role
from services.common.settings import get_settings
from services.guaranteed_interview.flow_api import (
    confirm_decision,
    get_decision,
    get_report,
    get_vacancy_rules,
    post_scores,
)
from services.guaranteed_interview.models import (
    ConfirmRequest,
    Criterion,
    DecisionHrView,
    Outcome,
    ScoresRecorded,
    ScoresRequest,
    VacancyReport,
)
from services.guaranteed_interview.store import scores_for
from services.redaction.applications import RevealReason, RevealRequest, get_application, reveal_identity
from services.redaction.documents_api import vacancy_progress
from services.redaction.store import Application
from services.web.session import (
    WebSession,
    check_csrf,
    clear_session,
    load_session,
    principal_of,
    save_session,
    sign_in,
)

__all__ = ["router"]

HERE = Path(__file__).parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=HERE / "templates")

router = APIRouter(include_in_schema=False)

ADVERT_ROLES = (Role.recruiter, Role.hr, Role.ats)
SHORTLIST_ROLES = (Role.panel, Role.hr)
HR_ROLES = (Role.hr,)
AUDIT_ROLES = (Role.hr, Role.admin)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")

REASON_LABELS = {
    RevealReason.shortlisting_complete: "Shortlisting is complete",
    RevealReason.interview_arrangements: "To arrange interviews",
    RevealReason.pre_employment_checks: "Pre-employment checks",
    RevealReason.legal_obligation: "A legal obligation",
}


def _headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _render(request: Request, web: WebSession, principal: Principal | None, name: str,
            context: dict[str, Any] | None = None, status: int = 200) -> Response:
    response = templates.TemplateResponse(request, name, {
        "csrf": web.csrf, "principal": principal, "roles": sorted(r.value for r in principal.roles)
        if principal else [], "Role": Role, **(context or {}),
    }, status_code=status)
    save_session(request, response, web)
    return _headers(response)


def _gate(request: Request, session: SessionDep, roles: tuple[Role, ...]
          ) -> tuple[WebSession, Principal] | Response:
    """The session and principal when signed in with an allowed role; else the sign-in redirect or a 403 page."""
    web, _ = load_session(request)
    principal = principal_of(session, web)
    if principal is None:
        response = RedirectResponse(f"/sign-in?next={request.url.path}", status_code=303)
        return _headers(response)
    if not principal.has_any(*roles):
        return _render(request, web, principal, "forbidden.html", {"needed": [r.value for r in roles]}, 403)
    return web, principal


def _vacancies(session: SessionDep, principal: Principal) -> list[str]:
    query = select(Application.vacancy_id).where(
        Application.organisation_id == principal.organisation_id).distinct().order_by(Application.vacancy_id)
    return list(session.scalars(query))


def _candidates(session: SessionDep, principal: Principal, vacancy_id: str) -> list[Application]:
    return list(session.scalars(select(Application).where(
        Application.organisation_id == principal.organisation_id, Application.vacancy_id == vacancy_id,
    ).order_by(Application.submitted_at, Application.reference)))


def reviewer_order(candidates: list[Application], key_id: int, vacancy_id: str) -> list[Application]:
    """Candidates in an order of their own for each reviewer and vacancy, the same on every reload."""
    ordered = sorted(candidates, key=lambda a: a.reference)
    random.Random(f"{key_id}:{vacancy_id}").shuffle(ordered)  # noqa: S311 - order, not secrecy
    return ordered


def _criteria(session: SessionDep, principal: Principal, vacancy_id: str) -> list[Criterion] | None:
    """The vacancy's essential criteria, or None while its rules are not set."""
    try:
        return list(get_vacancy_rules(vacancy_id, principal, session).essential_criteria)
    except NotFound:
        return None


def _badge(session: SessionDep, principal: Principal, application_id: str) -> bool:
    """The panel's badge only: guaranteed or not. Never the scheme or the reason, whoever is reading."""
    try:
        view = get_decision(application_id, principal, session)
    except Conflict:
        return False
    if isinstance(view, DecisionHrView):
        return view.guaranteed_interview == Outcome.yes
    return bool(view.guaranteed_interview)


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep) -> Response:
    """What the signed-in person can do, by role."""
    gate = _gate(request, session, tuple(Role))
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    vacancies = _vacancies(session, principal) if principal.has_any(*SHORTLIST_ROLES) else []
    return _render(request, web, principal, "home.html", {"vacancies": vacancies})


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, session: SessionDep, next: str | None = None) -> Response:  # noqa: A002
    """The sign-in form."""
    web, _ = load_session(request)
    return _render(request, web, principal_of(session, web), "sign_in.html", {"next": _safe_next(next)})


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in_submit(request: Request, session: SessionDep, api_key: Annotated[str, Form()] = "",
                   csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:  # noqa: A002
    """Exchange an API key for a session cookie."""
    web, _ = load_session(request)
    try:
        check_csrf(web, csrf_token)
    except Forbidden as exc:
        return _render(request, web, None, "sign_in.html", {"error": exc.detail, "next": _safe_next(next)}, 403)
    try:
        new = sign_in(session, api_key)
    except Unauthorized:
        return _render(request, web, None, "sign_in.html",
                       {"error": "That key is not valid or has been revoked.", "next": _safe_next(next)}, 401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    save_session(request, response, new)
    return _headers(response)


@router.post("/sign-out")
def sign_out(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    """End the session."""
    web, _ = load_session(request)
    if web.key_id is not None:
        check_csrf(web, csrf_token)
    response = RedirectResponse("/sign-in", status_code=303)
    clear_session(request, response)
    return _headers(response)


@router.get("/adverts/preview", response_class=HTMLResponse)
def advert_preview(request: Request, session: SessionDep, advert: str | None = None) -> Response:
    """Type or paste an advert, or open one the ATS submitted (`?advert=<id>`); it is scored as you type."""
    gate = _gate(request, session, ADVERT_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    loaded = None
    if advert:
        loaded = session.scalar(select(Advert).where(Advert.id == advert,
                                                     Advert.organisation_id == principal.organisation_id))
        if loaded is None:
            return _render(request, web, principal, "not_found.html", {}, 404)
    return _render(request, web, principal, "advert_preview.html", {
        "max_chars": advert_limit(get_settings().max_text_chars),
        "advert_text": loaded.text if loaded else "", "advert_title": (loaded.title or "") if loaded else ""})


@router.post("/web/adverts/check", response_model=AdvertCheckResult)
def web_advert_check(request: Request, session: SessionDep, body: Annotated[AdvertCheckRequest, Body()],
                     x_csrf_token: Annotated[str | None, Header()] = None) -> AdvertCheckResult:
    """The advert preview's scorer: the session cookie and X-CSRF-Token instead of a bearer key."""
    web, _ = load_session(request)
    principal = principal_of(session, web)
    if principal is None:
        raise Unauthorized("sign in again: the session has ended")
    check_csrf(web, x_csrf_token)
    if not principal.has_any(*ADVERT_ROLES):
        raise Forbidden("this needs one of the roles: recruiter, hr, ats")
    ensure_checkable(body.text, get_settings().max_text_chars)
    return check_advert(body.text, body.title)


@router.get("/vacancies/{vacancy_id}/shortlist", response_class=HTMLResponse)
def shortlist(request: Request, session: SessionDep, vacancy_id: str, candidate: str | None = None) -> Response:
    """One redacted application at a time, with the vacancy's anonymous candidates beside it."""
    gate = _gate(request, session, SHORTLIST_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    candidates = reviewer_order(_candidates(session, principal, vacancy_id), principal.key_id, vacancy_id)
    current = next((c for c in candidates if c.id == candidate), candidates[0] if candidates else None)
    if candidate and (current is None or current.id != candidate):
        return _render(request, web, principal, "not_found.html", {}, 404)
    index = candidates.index(current) if current else 0
    criteria = _criteria(session, principal, vacancy_id)
    marks = scores_for(session, principal.organisation_id, [c.id for c in candidates]) if criteria else {}
    return _render(request, web, principal, "shortlist.html", {
        "vacancy_id": vacancy_id, "candidates": candidates, "current": current,
        "criteria": criteria, "marks": marks, "can_score": principal.has_any(Role.panel),
        "badge": _badge(session, principal, current.id) if current and criteria is not None else False,
        "previous": candidates[index - 1] if current and index > 0 else None,
        "following": candidates[index + 1] if current and index + 1 < len(candidates) else None,
        "position": index + 1,
    })


@router.get("/vacancies/{vacancy_id}/by-question", response_class=HTMLResponse)
def by_question(request: Request, session: SessionDep, vacancy_id: str, field: str | None = None) -> Response:
    """One question across every candidate, in this reviewer's own order."""
    gate = _gate(request, session, SHORTLIST_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    candidates = reviewer_order(_candidates(session, principal, vacancy_id), principal.key_id, vacancy_id)
    fields: list[str] = []
    for application in candidates:
        fields.extend(name for name in application.redacted_fields if name not in fields)
    current = field if field in fields else (fields[0] if fields else None)
    if field and current != field:
        return _render(request, web, principal, "not_found.html", {}, 404)
    criteria = _criteria(session, principal, vacancy_id)
    marks = scores_for(session, principal.organisation_id, [c.id for c in candidates]) if criteria else {}
    return _render(request, web, principal, "by_question.html", {
        "vacancy_id": vacancy_id, "candidates": candidates, "fields": fields, "field": current,
        "criteria": criteria, "marks": marks, "can_score": principal.has_any(Role.panel),
    })


@router.post("/web/applications/{application_id}/scores", response_model=ScoresRecorded)
def web_scores(request: Request, session: SessionDep, application_id: str, body: Annotated[ScoresRequest, Body()],
               x_csrf_token: Annotated[str | None, Header()] = None) -> ScoresRecorded:
    """Save a panel member's marks as they are entered (session cookie and X-CSRF-Token)."""
    web, _ = load_session(request)
    principal = principal_of(session, web)
    if principal is None:
        raise Unauthorized("sign in again: the session has ended")
    check_csrf(web, x_csrf_token)
    if not principal.has_any(Role.panel):
        raise Forbidden("only a shortlisting panel member may score")
    return post_scores(application_id, body, principal, session)


@router.post("/vacancies/{vacancy_id}/applications/{application_id}/scores", response_class=HTMLResponse)
async def form_scores(request: Request, session: SessionDep, vacancy_id: str, application_id: str) -> Response:
    """The same, from the plain form when JavaScript is off; back to where the reviewer was."""
    gate = _gate(request, session, (Role.panel,))
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    form = await request.form()
    check_csrf(web, str(form.get("csrf_token", "")))
    marks: dict[str, int] = {}
    for name, value in form.items():
        if name.startswith("mark:") and str(value).strip():
            try:
                marks[name[5:]] = int(str(value))
            except ValueError as exc:
                raise InvalidInput("a mark must be a whole number") from exc
    if marks:
        post_scores(application_id, ScoresRequest(scores=marks), principal, session)
    back = _safe_next(str(form.get("back", "")) or f"/vacancies/{vacancy_id}/shortlist")
    return _headers(RedirectResponse(back, status_code=303))


@router.get("/hr/vacancies/{vacancy_id}", response_class=HTMLResponse)
def hr_vacancy(request: Request, session: SessionDep, vacancy_id: str) -> Response:
    """HR's view of a vacancy: candidates, and revealing identities after shortlisting."""
    gate = _gate(request, session, HR_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    candidates = _candidates(session, principal, vacancy_id)
    events = audit.events_for(session, principal.organisation_id, "application")
    ids = {c.id for c in candidates}
    report: VacancyReport | None
    try:
        report = get_report(vacancy_id, principal, session)
    except NotFound:
        report = None
    return _render(request, web, principal, "hr_vacancy.html", {
        "vacancy_id": vacancy_id, "candidates": candidates, "reasons": REASON_LABELS,
        "events": [e for e in events if e.target_id in ids], "report": report,
        "breached": {b.application_id for b in report.breaches} if report else set(),
        "progress": vacancy_progress(session, principal.organisation_id, vacancy_id),
    })


@router.post("/hr/vacancies/{vacancy_id}/applications/{application_id}/confirm", response_class=HTMLResponse)
def hr_confirm(request: Request, session: SessionDep, vacancy_id: str, application_id: str,
               outcome: Annotated[str, Form()] = "", invited: Annotated[str, Form()] = "",
               csrf_token: Annotated[str, Form()] = "") -> Response:
    """Confirm a guaranteed-interview recommendation and record the invitation (audited by the flow)."""
    gate = _gate(request, session, HR_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    check_csrf(web, csrf_token)
    if outcome not in (Outcome.yes, Outcome.no):
        raise InvalidInput("confirm a recommendation of yes or no")
    invited_value = {"yes": True, "no": False}.get(invited)
    confirm_decision(application_id, ConfirmRequest.model_validate(
        {"outcome": Outcome(outcome), "invited": invited_value}), principal, session)
    return _headers(RedirectResponse(f"/hr/vacancies/{vacancy_id}#gi-h", status_code=303))


@router.post("/hr/vacancies/{vacancy_id}/applications/{application_id}/reveal", response_class=HTMLResponse)
def hr_reveal(request: Request, session: SessionDep, vacancy_id: str, application_id: str,
              reason: Annotated[str, Form()] = "", csrf_token: Annotated[str, Form()] = "") -> Response:
    """Reveal one candidate's identity, with a reason (audited by the applications service)."""
    gate = _gate(request, session, HR_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    check_csrf(web, csrf_token)
    try:
        chosen = RevealReason(reason)
    except ValueError as exc:
        raise InvalidInput("choose a reason for revealing the identity") from exc
    try:
        application = get_application(session, principal, application_id)
    except NotFound:
        return _render(request, web, principal, "not_found.html", {}, 404)
    if application.vacancy_id != vacancy_id:
        return _render(request, web, principal, "not_found.html", {}, 404)
    revealed = reveal_identity(application_id, RevealRequest(reason=chosen), principal, session)
    identity = {k: v for k, v in revealed.identity.model_dump().items() if v}
    return _render(request, web, principal, "revealed.html", {
        "vacancy_id": vacancy_id, "revealed": revealed, "identity": identity, "reason": REASON_LABELS[chosen],
    })


@router.get("/hr/audit", response_class=HTMLResponse)
def hr_audit(request: Request, session: SessionDep) -> Response:
    """The organisation's audit log, newest first."""
    gate = _gate(request, session, AUDIT_ROLES)
    if isinstance(gate, Response):
        return gate
    web, principal = gate
    events = list(reversed(audit.events_for(session, principal.organisation_id)))[:500]
    return _render(request, web, principal, "audit.html", {"events": events})


@router.get("/static/{name}")
def static(name: str) -> Response:
    """FairHire's own CSS and JavaScript (no CDN)."""
    path = STATIC / name
    if "/" in name or name.startswith(".") or not path.is_file():
        return Response(status_code=404)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(path, media_type=media_type)
    response.headers["Cache-Control"] = "public, max-age=300"
    response.headers["X-Content-Type-Options"] = "nosniff"
    if name.startswith("fairhire-advert-check"):
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response
