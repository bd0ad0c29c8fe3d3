"""Background work. A job is a row; the task that runs it carries only the row's id.

Embedded default (no FAIRHIRE_REDIS_URL): jobs run in a small in-process thread pool.
Scale-out: jobs are sent to Celery workers through Redis (workers/celery_app.py).
Either way the same `run_job` does the work, and does nothing when the job is already finished.
"""

import logging
import random
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy.orm import Session

from services.common.db import get_owned, session_factory, utcnow
from services.common.settings import get_settings
from services.common.store import Job

__all__ = [
    "FINISHED",
    "MAX_ATTEMPTS",
    "JobOutcome",
    "TransientError",
    "backoff_seconds",
    "dispatch",
    "get_job",
    "give_up",
    "on_finished",
    "register",
    "run_job",
    "submit",
]

log = logging.getLogger("fairhire.jobs")

FINISHED = frozenset({"done", "failed", "needs_manual_review"})
MAX_ATTEMPTS = 6


class TransientError(Exception):
    """A failure worth retrying (a lost connection, a busy database); anything else fails the job.

    `public_reason` says what happened in words a person can act on, with no personal data.
    """

    def __init__(self, public_reason: str) -> None:
        super().__init__(public_reason)
        self.public_reason = public_reason


def backoff_seconds(attempt: int, base: float = 2.0, cap: float = 300.0) -> float:
    """Exponential backoff with full jitter: attempt 1 waits up to `base`, then doubling, up to `cap`."""
    return random.uniform(0, min(cap, base * 2 ** max(attempt - 1, 0)))  # noqa: S311 - not security


@dataclass(frozen=True)
class JobOutcome:
    status: str = "done"
    reason: str | None = None


Handler = Callable[[Session, Job], JobOutcome]
_handlers: dict[str, Handler] = {}


def register(kind: str) -> Callable[[Handler], Handler]:
    """Register the function that does one kind of job."""

    def decorator(handler: Handler) -> Handler:
        _handlers[kind] = handler
        return handler

    return decorator


def submit(session: Session, organisation_id: int, kind: str, subject_id: str, batch_id: str | None = None) -> Job:
    """Add a queued job to the session; call `dispatch` after the commit."""
    if kind not in _handlers:
        raise ValueError(f"no handler registered for job kind {kind!r}")
    job = Job(id=str(uuid.uuid4()), organisation_id=organisation_id, kind=kind, subject_id=subject_id,
              batch_id=batch_id)
    session.add(job)
    return job


def get_job(session: Session, organisation_id: int, job_id: str) -> Job:
    return get_owned(session, Job, job_id, organisation_id, "job")


@lru_cache(maxsize=1)
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="fairhire-job")


def dispatch(job_id: str) -> None:
    """Start a committed job: on a Celery worker when Redis is configured, else in this process."""
    if get_settings().embedded:
        _pool().submit(_run_logged, job_id)
        return
    from workers.celery_app import celery_app

    celery_app.send_task("fairhire.run_job", args=[job_id])


def _run_logged(job_id: str) -> None:
    """The embedded runner: run the job, and retry transient failures later on a timer."""
    try:
        run_job(job_id)
    except TransientError as exc:
        attempts = _attempts(job_id)
        if attempts >= MAX_ATTEMPTS:
            give_up(job_id, exc.public_reason)
            return
        timer = threading.Timer(backoff_seconds(attempts), dispatch, args=[job_id])
        timer.daemon = True
        timer.start()
    except Exception:
        log.exception("job failed", extra={"job_id": job_id})


def _attempts(job_id: str) -> int:
    with session_factory()() as session:
        job = session.get(Job, job_id)
        return job.attempts if job else MAX_ATTEMPTS


def give_up(job_id: str, reason: str) -> None:
    """Mark a job failed after its last retry."""
    with session_factory()() as session:
        job = session.get(Job, job_id)
        if job is not None and job.status not in FINISHED:
            job.status, job.finished_at = "failed", utcnow()
            job.reason = f"{reason} (gave up after {job.attempts} attempts)"
            session.commit()
            _finished(job)


def run_job(job_id: str) -> str:
    """Do a job once; a job already finished is left alone. Returns the job's final status."""
    make_session = session_factory()
    with make_session() as session:
        job = session.get(Job, job_id)
        if job is None:
            log.warning("job not found", extra={"job_id": job_id})
            return "missing"
        if job.status in FINISHED:
            return job.status
        job.status, job.started_at, job.attempts = "running", utcnow(), job.attempts + 1
        session.commit()
        handler = _handlers[job.kind]
        try:
            outcome = handler(session, job)
        except TransientError:
            session.rollback()
            job = session.get(Job, job_id)
            assert job is not None
            job.status = "queued"
            session.commit()
            raise
        except Exception as exc:
            session.rollback()
            job = session.get(Job, job_id)
            assert job is not None
            job.status, job.finished_at = "failed", utcnow()
            job.reason = _public_reason(exc)
            session.commit()
            log.error("job failed", extra={"job_id": job_id, "kind": job.kind, "error": type(exc).__name__})
            _finished(job)
            return "failed"
        job.status, job.reason, job.finished_at = outcome.status, outcome.reason, utcnow()
        session.commit()
        log.info("job finished", extra={"job_id": job_id, "kind": job.kind, "status": job.status})
        _finished(job)
        return job.status


def _public_reason(exc: Exception) -> str:
    """What a person can act on: a domain error's detail, else a generic line (never the exception's text)."""
    from services.common.errors import FairHireError

    if isinstance(exc, FairHireError):
        return exc.detail
    return getattr(exc, "public_reason", None) or "the job failed unexpectedly; it can be resubmitted"


FinishedListener = Callable[[Job], None]
_listeners: list[FinishedListener] = []


def on_finished(listener: FinishedListener) -> FinishedListener:
    """Call `listener(job)` after any job reaches a final status (e.g. to notify the ATS)."""
    _listeners.append(listener)
    return listener


def _finished(job: Job) -> None:
    for listener in _listeners:
        try:
            listener(job)
        except Exception:
            log.exception("job listener failed", extra={"job_id": job.id})
