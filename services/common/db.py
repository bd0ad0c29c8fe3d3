"""The database: declarative base, engine per URL, a session per request."""

from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Protocol, TypeVar

from fastapi import Depends
from sqlalchemy import DateTime, ForeignKey, MetaData, create_engine, event
from sqlalchemy.engine import Dialect, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from services.common.errors import NotFound
from services.common.settings import get_settings

__all__ = ["Base", "OrgScoped", "SessionDep", "engine_for", "get_owned", "get_session", "session_factory", "utcnow"]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored and returned in UTC, also on SQLite (which keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime}


class OrgScoped:
    """Every record belongs to one organisation."""

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)


class _Owned(Protocol):
    organisation_id: Mapped[int]


OwnedT = TypeVar("OwnedT", bound=_Owned)


def get_owned(session: Session, model: type[OwnedT], record_id: str, organisation_id: int, what: str) -> OwnedT:
    """The organisation's record with this primary key; NotFound for a missing one and for another
    organisation's alike, so a key never learns that another organisation's record exists."""
    record = session.get(model, record_id)
    if record is None or record.organisation_id != organisation_id:
        raise NotFound(f"no {what} with that id in your organisation")
    return record


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per database URL per process."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":
        url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
    return create_engine(url, pool_pre_ping=True)


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    return sessionmaker(engine_for(url or get_settings().database_url), expire_on_commit=False)


def get_session() -> Iterator[Session]:
    """A session per request; the route commits what it means to keep."""
    with session_factory()() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
