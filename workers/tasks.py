"""Thin tasks: they take a job id and call the services' code."""

from celery import Task

from services.common import jobs
from services.registry import load_job_handlers
from workers.celery_app import celery_app

load_job_handlers()


@celery_app.task(name="fairhire.run_job", bind=True, max_retries=jobs.MAX_ATTEMPTS - 1)
def run_job(self: Task, job_id: str) -> str:
    """Run one job by id; a redelivered job that is already finished is a no-op."""
    try:
        return jobs.run_job(job_id)
    except jobs.TransientError as exc:
        if self.request.retries >= self.max_retries:
            jobs.give_up(job_id, exc.public_reason)
            return "failed"
        raise self.retry(exc=exc, countdown=jobs.backoff_seconds(self.request.retries + 1)) from exc
