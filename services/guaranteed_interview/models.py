"""Guaranteed-interview data: scheme configuration, vacancy and applicant facts, request and response."""

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

__all__ = [
    "ArmedForces",
    "ArmedForcesService",
    "AssessRequest",
    "AssessResponse",
    "CandidateFacts",
    "CohortCandidate",
    "CohortDecision",
    "CohortRequest",
    "CohortResponse",
    "CareExperienced",
    "ConfirmRequest",
    "Criterion",
    "DecisionHrView",
    "DecisionPanelView",
    "DisabilityConfident",
    "MinimumCriteria",
    "Outcome",
    "Redeployment",
    "ReportBreach",
    "ReportCandidate",
    "ReportSummary",
    "SchemeConfig",
    "SchemeConfigIn",
    "SchemeConfigOut",
    "SchemeName",
    "Schemes",
    "ScoresRecorded",
    "ScoresRequest",
    "Source",
    "Vacancy",
    "VacancyReport",
    "VacancyRulesIn",
    "VacancyRulesOut",
]


class SchemeName(StrEnum):
    disability_confident = "disability_confident"
    care_experienced = "care_experienced"
    armed_forces = "armed_forces"
    redeployment = "redeployment"


class Outcome(StrEnum):
    yes = "yes"
    no = "no"
    pending = "pending"


# Input is strict: `1` is not `true` and `0` is not a date, so a mistake in the ATS shows at once.
STRICT = ConfigDict(strict=True)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_only(value: object) -> object:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not ISO_DATE.match(value):
        raise ValueError("a date must be a string YYYY-MM-DD")
    return value


IsoDate = Annotated[date, Field(strict=False), BeforeValidator(_iso_date_only)]


# --- Scheme configuration: validated, versioned data -------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(_Strict):
    """Where a rule comes from: the policy text it implements."""

    rule: str = Field(min_length=1, description="which setting this source supports")
    text: str = Field(min_length=1, description="the policy or guidance text, quoted")
    reference: str = Field(min_length=1, description="the document it is quoted from")


class _Scheme(_Strict):
    enabled: bool
    applies_to_school_based: bool = True
    cap_allowed: bool = Field(
        default=False,
        description="high-volume recruitment: may interviews go only to those who best meet the criteria",
    )
    sources: list[Source] = Field(default_factory=list)

    @model_validator(mode="after")
    def _enabled_scheme_has_a_source(self) -> Self:
        if self.enabled and not self.sources:
            raise ValueError("an enabled scheme needs at least one source for its rules")
        return self


class DisabilityConfident(_Scheme):
    pass


class CareExperienced(_Scheme):
    eligibility: Literal["care_experienced", "statutory_care_leaver"] = "care_experienced"
    max_age: int | None = Field(default=None, ge=16, le=100)

    @model_validator(mode="after")
    def _age_limit_only_for_care_leavers(self) -> Self:
        if self.eligibility == "statutory_care_leaver" and self.max_age is None:
            raise ValueError("a statutory_care_leaver scheme needs max_age")
        if self.eligibility == "care_experienced" and self.max_age is not None:
            raise ValueError("max_age applies only when eligibility is statutory_care_leaver")
        return self


class ArmedForces(_Scheme):
    serving_weeks_before_discharge: int = Field(default=12, ge=0, le=104)
    left_within_years: int | None = Field(default=None, ge=0, le=100, description="None: any time since")
    include_spouses_partners: bool = False


class Redeployment(_Scheme):
    considered_before_external: bool = True


class Schemes(_Strict):
    disability_confident: DisabilityConfident
    care_experienced: CareExperienced
    armed_forces: ArmedForces
    redeployment: Redeployment

    def get(self, name: SchemeName) -> _Scheme:
        scheme: _Scheme = getattr(self, name.value)
        return scheme


class SchemeConfig(_Strict):
    """One organisation's guaranteed-interview schemes; every decision records `version`."""

    version: str = Field(min_length=1, max_length=64)
    description: str = Field(default="", max_length=2000)
    schemes: Schemes


class SchemeConfigIn(_Strict):
    """A new configuration; the server numbers the version (any version sent is ignored)."""

    version: str | None = Field(default=None, description="ignored: the server assigns the version")
    description: str = Field(default="", max_length=2000)
    schemes: Schemes


class SchemeConfigOut(BaseModel):
    source: Literal["organisation", "council_default"] = Field(
        description="council_default when the organisation has not configured its own schemes"
    )
    config: SchemeConfig


# --- The vacancy and the applicant ---------------------------------------------------------------------


class Criterion(BaseModel):
    model_config = STRICT

    id: str = Field(min_length=1, max_length=20)
    max_mark: int = Field(default=4, gt=0, le=100)


class MinimumCriteria(BaseModel):
    """How this vacancy decides that a candidate meets the minimum criteria."""

    model_config = ConfigDict(extra="forbid", strict=True)

    rule: Literal["all_essential", "marks_share"] = "all_essential"
    pass_mark: int = Field(default=1, ge=0, description="all_essential: each essential criterion scores this")
    min_share: float = Field(default=0.6, gt=0, le=1, description="marks_share: share of all essential marks")
    floor: int = Field(default=1, ge=0, description="marks_share: no essential criterion scores below this")


class Vacancy(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)

    school_based: bool
    essential_criteria: list[Criterion] = Field(default_factory=list)
    minimum_criteria: MinimumCriteria = Field(default_factory=MinimumCriteria)
    interview_cap: int | None = Field(default=None, gt=0, description="most guaranteed interviews held")

    @model_validator(mode="after")
    def _criteria_ids_unique(self) -> Self:
        ids = [c.id for c in self.essential_criteria]
        if len(ids) != len(set(ids)):
            raise ValueError("essential criteria ids must be unique")
        return self


class ArmedForcesService(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    status: Literal["serving", "veteran", "spouse_or_partner"]
    service_end_date: IsoDate | None = Field(
        default=None, description="serving: expected discharge date; veteran: the date they left"
    )


# --- The stateless endpoints ---------------------------------------------------------------------------


class CandidateFacts(BaseModel):
    """What one application says, and the panel's marks once shortlisted."""

    model_config = STRICT

    opt_ins: dict[str, bool] = Field(description="scheme name -> opted in on the application")
    minimum_criteria_met: bool | None = Field(default=None, description="null: not yet assessed")
    scores: dict[str, int] | None = Field(default=None, description="criterion id -> the panel's mark")
    age: int | None = Field(default=None, ge=14, le=120, description="needed only for age-limited schemes")
    armed_forces_service: ArmedForcesService | None = None


class _Context(BaseModel):
    model_config = STRICT

    vacancy: Vacancy
    opt_in_source: Literal["application"] = Field(
        default="application",
        description="where the opt-ins were read: only the application, never the equality monitoring form",
    )
    assessed_on: IsoDate | None = Field(default=None, description="the date to judge time windows by; today")


class AssessRequest(_Context, CandidateFacts):
    pass


class AssessResponse(BaseModel):
    guaranteed_interview: Outcome
    schemes: list[SchemeName] = Field(description="the schemes the candidate qualifies under")
    reasons: list[str]
    config_version: str = Field(description="the scheme configuration the decision used")
    considered_first: bool = Field(description="redeployment: consider before external candidates")
    cap_applied: bool = Field(
        description="the vacancy's interview cap decided or was weighed in this outcome"
    )


class CohortCandidate(CandidateFacts):
    ref: str = Field(min_length=1, max_length=100, description="the ATS's id for the application")


class CohortRequest(_Context):
    candidates: list[CohortCandidate] = Field(min_length=1, max_length=5000)

    @model_validator(mode="after")
    def _refs_unique(self) -> Self:
        if len({c.ref for c in self.candidates}) != len(self.candidates):
            raise ValueError("candidate refs must be unique")
        return self


class CohortDecision(AssessResponse):
    ref: str


class CohortResponse(BaseModel):
    decisions: list[CohortDecision]


# --- The stateful flow: a vacancy's rules, the panel's marks, decisions, confirmation, report ----------

CriterionId = Annotated[str, Field(min_length=1, max_length=20)]


class VacancyRulesIn(Vacancy):
    """A vacancy's guaranteed-interview rules, as the ATS or HR sets them."""

    model_config = ConfigDict(extra="forbid", strict=True)

    essential_criteria: list[Criterion] = Field(default_factory=list, max_length=50)
    interview_cap: int | None = Field(default=None, gt=0, le=100_000, description="most guaranteed interviews held")

    @model_validator(mode="after")
    def _passable(self) -> Self:
        rule = self.minimum_criteria
        needed = rule.pass_mark if rule.rule == "all_essential" else rule.floor
        too_high = [c.id for c in self.essential_criteria if needed > c.max_mark]
        if too_high:
            raise ValueError(f"no candidate could reach the mark the rule needs ({needed}) on: {', '.join(too_high)}")
        return self


class VacancyRulesOut(Vacancy):
    vacancy_id: str
    updated_at: datetime


class ScoresRequest(BaseModel):
    """The panel's marks for some or all of the vacancy's essential criteria; a new mark replaces the old."""

    model_config = ConfigDict(extra="forbid", strict=True)

    scores: dict[CriterionId, int] = Field(min_length=1, max_length=50, description="criterion id -> mark")


class ScoresRecorded(BaseModel):
    application_id: str
    reference: str
    scores: dict[str, int] = Field(description="every mark recorded for this application so far")
    missing: list[str] = Field(description="essential criteria with no mark yet")


class DecisionPanelView(BaseModel):
    """What a shortlisting panel may know: only whether an interview is guaranteed."""

    guaranteed_interview: bool = Field(
        description="true when an interview is guaranteed; false when it is not, or not yet decided"
    )


class DecisionHrView(BaseModel):
    """The recommendation with its schemes and reasons (health and care data: HR only)."""

    application_id: str
    reference: str
    vacancy_id: str
    guaranteed_interview: Outcome
    schemes: list[SchemeName]
    reasons: list[str]
    config_version: str = Field(description="the scheme configuration the decision used")
    meets_minimum_criteria: bool | None
    considered_first: bool
    cap_applied: bool
    decided_at: datetime
    confirmed_outcome: Outcome | None = Field(description="the outcome a person confirmed; null until then")
    confirmed_at: datetime | None
    invited: bool | None = Field(description="invited to interview; null until recorded")


class ConfirmRequest(BaseModel):
    """A person confirms the current recommendation, and may record whether the candidate was invited."""

    model_config = ConfigDict(extra="forbid", strict=True)

    outcome: Literal[Outcome.yes, Outcome.no] = Field(
        description="the recommendation being confirmed: must be the current one (a pending one cannot be)"
    )
    invited: bool | None = Field(default=None, description="invited to interview; null: not yet known")


class ReportCandidate(BaseModel):
    application_id: str
    reference: str
    schemes: list[SchemeName]
    guaranteed_interview: Outcome
    met_minimum_criteria: bool | None
    cap_applied: bool
    config_version: str
    confirmed: bool = Field(description="a person confirmed the current recommendation")
    invited: bool | None
    breach: bool


class ReportBreach(BaseModel):
    application_id: str
    reference: str


class ReportSummary(BaseModel):
    candidates: int = Field(description="applications under at least one scheme")
    guaranteed: int
    met_minimum_criteria: int
    invited: int
    not_invited: int
    invitation_not_recorded: int
    breaches: int


class VacancyReport(BaseModel):
    vacancy_id: str
    candidates: list[ReportCandidate] = Field(description="every candidate who qualifies under a scheme")
    breaches: list[ReportBreach] = Field(
        description="guaranteed, met the minimum criteria, and recorded as not invited"
    )
    summary: ReportSummary
