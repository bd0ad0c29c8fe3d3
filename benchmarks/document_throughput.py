"""Documents per second on real Celery workers through a real Redis, with 1 and 2 workers.

    python benchmarks/document_throughput.py                 # 40 applications, 1 then 2 workers
    python benchmarks/document_throughput.py --soak 1000     # kill and restart a worker midway; check exactly once

Each application carries a two-page CV (DOCX, about 700 words). The API runs in this process;
workers are real `fairhire worker` processes. Throughput is measured by filling the queue first and
then starting the workers (so the API's own redaction of each submission does not limit it);
p50/p95 are from submission to `done`, read from the jobs table.
"""

import argparse
import base64
import io
import json
import os
import signal
import statistics
import sys
import tempfile
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document as DocxDocument  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import select  # noqa: E402

from services.common.db import session_factory  # noqa: E402
from services.common.keys import create_key, ensure_organisation  # noqa: E402
from services.common.settings import get_settings  # noqa: E402
from services.common.store import Job  # noqa: E402
from services.migrate import upgrade  # noqa: E402
from tests.servers import WebhookReceiver, celery_worker, redis_server, wait_for  # noqa: E402

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CANDIDATE = {"first_name": "Chiamaka", "last_name": "Obi-Nwosu", "email": "chiamaka.obi@example.org",
             "phone": "07700 900765", "postcode": "L20 4AB"}
ROLES = ["Support worker, Sefton Council", "Care assistant, Merseycare", "Team leader, Knowsley MBC",
         "Reablement officer, Wirral Council"]


def two_page_cv() -> bytes:
    doc = DocxDocument()
    doc.sections[0].header.paragraphs[0].text = "Chiamaka Obi-Nwosu — CV"
    doc.add_paragraph("Chiamaka Obi-Nwosu, 14 Bridge Street, Bootle L20 4AB. 07700 900765. chiamaka.obi@example.org")
    for n in range(16):
        doc.add_paragraph(
            f"{ROLES[n % 4]} ({2010 + n}–{2011 + n}). I planned and delivered person-centred support for adults "
            "with learning disabilities, kept records in Mosaic, trained new staff and worked with district "
            "nurses and social workers. My manager Sarah Jenkins supervised my NVQ Level 3 in Health and "
            "Social Care.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(workers: int, count: int, soak: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, redis_server() as redis_url, ExitStack() as stack:
        database_url = f"sqlite:///{tmp}/bench.db"
        env = {"FAIRHIRE_DATABASE_URL": database_url, "FAIRHIRE_REDIS_URL": redis_url,
               "FAIRHIRE_TASK_TIME_LIMIT_SECONDS": "30", "FAIRHIRE_LOG_LEVEL": "WARNING"}
        os.environ.update(env)
        get_settings.cache_clear()
        upgrade(database_url)
        import workers.celery_app as celery_module

        celery_module.celery_app = celery_module.make_celery()
        with session_factory(database_url)() as session:
            key = create_key(session, ensure_organisation(session, "bench"), "bench", ["ats"]).plaintext
            session.commit()
        headers = {"Authorization": f"Bearer {key}"}
        from services.app import create_app

        client = stack.enter_context(TestClient(create_app()))
        events = WebhookReceiver()
        client.post("/v1/webhooks", headers=headers, json={"url": events.url}).raise_for_status()
        procs = [stack.enter_context(celery_worker(env, name=f"w{n}")) for n in range(workers)] if soak else []
        cv = base64.b64encode(two_page_cv()).decode()
        job_ids = []
        for n in range(count):
            receipt = client.post("/v1/applications", headers=headers, json={
                "application_id": f"A{n}", "vacancy_id": "V1", "candidate": CANDIDATE,
                "fields": {"statement": "I would like to apply for this role."},
                "documents": [{"content_base64": cv, "content_type": DOCX}]})
            receipt.raise_for_status()
            job_ids.append(receipt.json()["documents"][0]["job_id"])
            if soak and n == count // 3:
                os.killpg(procs[0].pid, signal.SIGKILL)
                procs[0].wait()
                print(f"  killed worker w0 after {n + 1} submissions; starting a replacement", flush=True)
                stack.enter_context(celery_worker(env, name="replacement"))

        if not soak:
            procs = [stack.enter_context(celery_worker(env, name=f"w{n}")) for n in range(workers)]

        def finished() -> int:
            with session_factory(database_url)() as session:
                return len(session.scalars(select(Job.id).where(Job.id.in_(job_ids),
                                                                 Job.status.in_(["done", "failed"]))).all())

        wait_for(lambda: finished() == count, timeout=60 + count * 5, interval=0.5, what="every document")
        wait_for(lambda: len(events.received) >= count, timeout=60, what="every event")
        with session_factory(database_url)() as session:
            jobs = session.scalars(select(Job).where(Job.id.in_(job_ids))).all()
        finished_events = Counter(e["data"]["job_id"] for e in events.events())
        events.close()
    statuses = Counter(j.status for j in jobs)
    latencies = [(j.finished_at - j.created_at).total_seconds() for j in jobs]
    span = (max(j.finished_at for j in jobs) - min(j.started_at for j in jobs)).total_seconds()
    twice = sum(1 for j in job_ids if finished_events[j] != 1)
    return {"workers": workers, "documents": count, "done": statuses["done"], "failed": statuses["failed"],
            "retried": sum(1 for j in jobs if j.attempts > 1), "events_not_exactly_once": twice,
            "docs_per_second": count / span, "p50_s": statistics.median(latencies),
            "p95_s": percentile(latencies, 95)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--soak", type=int, default=0, help="run N applications with a worker killed midway")
    args = parser.parse_args()
    if args.soak:
        result = run(2, args.soak, soak=True)
        print(json.dumps(result, indent=2))
        ok = result["done"] == args.soak and result["events_not_exactly_once"] == 0
        print("soak:", "every job done exactly once" if ok else "FAILED")
        sys.exit(0 if ok else 1)
    results = [run(n, args.count, soak=False) for n in (1, 2)]
    for r in results:
        print(f"{r['workers']} worker(s): {r['docs_per_second']:.2f} documents/s, p50 {r['p50_s']:.1f} s, "
              f"p95 {r['p95_s']:.1f} s from submission to done ({r['done']}/{r['documents']} done)")
    print(f"scaling 1 -> 2 workers: x{results[1]['docs_per_second'] / results[0]['docs_per_second']:.2f} "
          f"(on {os.cpu_count()} cores, with the API in the same machine)")


if __name__ == "__main__":
    main()
