"""Thin tasks: they take a job id and call the services' code."""

from celery import Task

from services.common import jobs
from services.registry import load_job_handlers
from workers.celery_app import celery_app

load_job_handlers()


@celery_app.task(
    name="fairhire.run_job",
    bind=True,
    autoretry_for=(jobs.TransientError,),
    retry_backoff=True,
    retry_backoff_max=300,
    max_retries=5,
)
def run_job(self: Task, job_id: str) -> str:
    """Run one job by id; a redelivered job that is already finished is a no-op."""
    return jobs.run_job(job_id)
