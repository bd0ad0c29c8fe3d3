"""POST /v1/adverts/check: a thin shell over `check_advert`."""

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI

from services.common.auth import Principal, Role, require_roles
from services.common.settings import SettingsDep

from .models import AdvertCheckRequest, AdvertCheckResult
from .service import check_advert, ensure_checkable, warm_up

__all__ = ["on_startup", "router"]

router = APIRouter(tags=["advert_check"])

CheckerDep = Annotated[Principal, Depends(require_roles(Role.recruiter, Role.ats, Role.hr))]


def on_startup(app: FastAPI) -> None:
    """Load the word lists and CMUdict once, before the first request."""
    warm_up()


@router.post(
    "/v1/adverts/check",
    response_model=AdvertCheckResult,
    summary="Check a job advert for readability, biased wording and missing inclusion signals",
    responses={413: {"description": "The advert is longer than the limit"}},
)
def check(body: AdvertCheckRequest, principal: CheckerDep, settings: SettingsDep) -> AdvertCheckResult:
    """Score an advert; findings carry offsets into `text`, a reason, a source and a suggestion."""
    ensure_checkable(body.text, settings.max_text_chars)
    return check_advert(body.text, body.title)
