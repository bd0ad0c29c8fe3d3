"""The Celery app, configured from the same settings as the API."""

from celery import Celery
from celery.signals import worker_process_init

from services.common.settings import get_settings

__all__ = ["celery_app"]


def make_celery() -> Celery:
    settings = get_settings()
    broker = settings.redis_url or "memory://"
    visibility_timeout = settings.task_time_limit_seconds * 2
    app = Celery("fairhire", broker=broker, include=["workers.tasks"])
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_time_limit=settings.task_time_limit_seconds,
        task_soft_time_limit=max(1, int(settings.task_time_limit_seconds * 0.9)),
        # Redelivery after a lost worker waits for the visibility timeout: keep it above the time limit,
        # and sweep for abandoned messages often enough that recovery takes about that long, not longer.
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            "unacked_restore_interval": max(1, min(60, visibility_timeout // 10)),
            "unacked_restore_throttle": 1,
        },
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
    )
    return app


celery_app = make_celery()


@worker_process_init.connect
def _init_worker_process(**_: object) -> None:
    """Per worker process: fresh database connections (never shared across a fork) and the NLP engine, once."""
    from services.common.db import engine_for
    from services.redaction.api import shared_redactor

    settings = get_settings()
    engine_for(settings.database_url).dispose(close=False)
    shared_redactor(settings)
