"""Scheme configurations (one row per version), and the flow's vacancies, marks and decisions."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from services.common.db import Base, OrgScoped, utcnow
from services.common.errors import Conflict
from services.guaranteed_interview.config import default_config, parse_config
from services.guaranteed_interview.models import SchemeConfig, Vacancy
from services.redaction.store import Application

__all__ = [
    "DecisionRecord",
    "SchemeConfigRecord",
    "ScoreRecord",
    "VacancyRules",
    "cohort",
    "current_config",
    "current_record",
    "decisions_for",
    "flush_or_conflict",
    "save_config",
    "score_records",
    "scores_for",
    "vacancy_rules",
    "version_label",
]


class SchemeConfigRecord(OrgScoped, Base):
    __tablename__ = "gi_scheme_configs"
    __table_args__ = (UniqueConstraint("organisation_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int]
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)


def version_label(organisation_id: int, version: int) -> str:
    """The version string decisions record: unique across organisations and the default."""
    return f"org{organisation_id}-v{version}"


def current_record(session: Session, organisation_id: int) -> SchemeConfigRecord | None:
    query = (
        select(SchemeConfigRecord)
        .where(SchemeConfigRecord.organisation_id == organisation_id)
        .order_by(SchemeConfigRecord.version.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def current_config(session: Session, organisation_id: int) -> tuple[SchemeConfig, bool]:
    """The organisation's configuration in force, and whether it is the council default."""
    record = current_record(session, organisation_id)
    if record is None:
        return default_config(), True
    return parse_config(record.config), False


def save_config(
    session: Session, organisation_id: int, raw: dict[str, Any], key_id: int | None
) -> tuple[SchemeConfigRecord, SchemeConfig]:
    """Validate and store a new version of the organisation's configuration; the server numbers it."""
    latest = session.scalar(
        select(func.max(SchemeConfigRecord.version)).where(
            SchemeConfigRecord.organisation_id == organisation_id
        )
    )
    number = (latest or 0) + 1
    config = parse_config({**raw, "version": version_label(organisation_id, number)})
    record = SchemeConfigRecord(
        organisation_id=organisation_id,
        version=number,
        config=config.model_dump(mode="json"),
        created_by_key_id=key_id,
    )
    session.add(record)
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(
            "another change to the schemes was saved at the same time; fetch and try again"
        ) from exc
    return record, config


# --- The stateful flow ---------------------------------------------------------------------------------


class VacancyRules(OrgScoped, Base):
    """A vacancy's rules, keyed by the ATS's vacancy id; `rules` is shaped like `models.Vacancy`."""

    __tablename__ = "gi_vacancies"
    __table_args__ = (UniqueConstraint("organisation_id", "vacancy_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[str] = mapped_column(String(100))
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)

    def vacancy(self) -> Vacancy:
        return Vacancy.model_validate(self.rules)


class ScoreRecord(OrgScoped, Base):
    """The panel's mark for one essential criterion of one application; a new mark replaces the old."""

    __tablename__ = "gi_scores"
    __table_args__ = (UniqueConstraint("application_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"))
    criterion_id: Mapped[str] = mapped_column(String(20))
    mark: Mapped[int]
    panel_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    scored_at: Mapped[datetime] = mapped_column(default=utcnow)


class DecisionRecord(OrgScoped, Base):
    """The current recommendation for one application, and what a person confirmed and recorded."""

    __tablename__ = "gi_decisions"
    __table_args__ = (UniqueConstraint("application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"))
    vacancy_id: Mapped[str] = mapped_column(String(100), index=True)
    outcome: Mapped[str] = mapped_column(String(10))
    schemes: Mapped[list[str]] = mapped_column(JSON)
    reasons: Mapped[list[str]] = mapped_column(JSON)
    config_version: Mapped[str] = mapped_column(String(64))
    meets_minimum: Mapped[bool | None] = mapped_column(default=None)
    considered_first: Mapped[bool] = mapped_column(default=False)
    cap_applied: Mapped[bool] = mapped_column(default=False)
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_outcome: Mapped[str | None] = mapped_column(String(10), default=None)
    confirmed_config_version: Mapped[str | None] = mapped_column(String(64), default=None)
    confirmed_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    invited: Mapped[bool | None] = mapped_column(default=None)


def vacancy_rules(session: Session, organisation_id: int, vacancy_id: str, lock: bool = False) -> VacancyRules | None:
    """The vacancy's rules row; `lock` serialises re-decisions of one vacancy (PostgreSQL row lock)."""
    query = select(VacancyRules).where(
        VacancyRules.organisation_id == organisation_id, VacancyRules.vacancy_id == vacancy_id
    )
    return session.scalars(query.with_for_update() if lock else query).first()


def cohort(session: Session, organisation_id: int, vacancy_id: str) -> list[Application]:
    """Every application to the vacancy, in a stable order."""
    query = (
        select(Application)
        .where(Application.organisation_id == organisation_id, Application.vacancy_id == vacancy_id)
        .order_by(Application.submitted_at, Application.id)
    )
    return list(session.scalars(query))


def scores_for(session: Session, organisation_id: int, application_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """Each application's recorded marks, by criterion id."""
    ids = list(application_ids)
    marks: dict[str, dict[str, int]] = {i: {} for i in ids}
    query = select(ScoreRecord).where(
        ScoreRecord.organisation_id == organisation_id, ScoreRecord.application_id.in_(ids)
    )
    for score in session.scalars(query):
        marks[score.application_id][score.criterion_id] = score.mark
    return marks


def score_records(session: Session, organisation_id: int, application_id: str) -> dict[str, ScoreRecord]:
    query = select(ScoreRecord).where(
        ScoreRecord.organisation_id == organisation_id, ScoreRecord.application_id == application_id
    )
    return {s.criterion_id: s for s in session.scalars(query)}


def decisions_for(session: Session, organisation_id: int, application_ids: Iterable[str]) -> dict[str, DecisionRecord]:
    """The stored decision of each application that has one."""
    query = select(DecisionRecord).where(
        DecisionRecord.organisation_id == organisation_id, DecisionRecord.application_id.in_(list(application_ids))
    )
    return {d.application_id: d for d in session.scalars(query)}


def flush_or_conflict(session: Session) -> None:
    """Flush, turning a lost race on a unique key into a Conflict the client can retry."""
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict("another change to this vacancy was saved at the same time; try again") from exc
