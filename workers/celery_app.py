"""The Celery app, configured from the same settings as the API."""

from celery import Celery
from celery.signals import worker_process_init

from services.common.settings import get_settings

__all__ = ["celery_app"]


def make_celery() -> Celery:
    settings = get_settings()
    broker = settings.redis_url or "memory://"
    app = Celery("fairhire", broker=broker, include=["workers.tasks"])
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_time_limit=settings.task_time_limit_seconds,
        task_soft_time_limit=max(settings.task_time_limit_seconds - 30, 1),
        # Redelivery after a lost worker waits for the visibility timeout: keep it above the time limit.
        broker_transport_options={"visibility_timeout": settings.task_time_limit_seconds * 2},
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
    # Each worker process builds its own database connections (never shared across a fork).
    from services.common.db import engine_for

    engine_for(get_settings().database_url).dispose(close=False)
