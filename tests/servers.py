"""Real servers for integration tests: redis-server, PostgreSQL and Celery workers, on free loopback ports."""

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

__all__ = ["WebhookReceiver", "celery_worker", "free_port", "postgres_server", "redis_server", "wait_for"]

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.1, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:  # noqa: BLE001 - not ready yet
            pass
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server; yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: run 'make test', which installs it")
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", workdir],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(lambda: _port_open(port), what="redis-server")
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise RuntimeError("PostgreSQL is not installed: run 'make test', which installs it")
    return path


@contextmanager
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster (as the "postgres" user when we are root: initdb refuses root)."""
    port = free_port()
    datadir = tempfile.mkdtemp(prefix="fairhire-pg-")
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(datadir, "postgres", "postgres")
        as_user = ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
    subprocess.run([*as_user, _pg_bin("initdb"), "-D", datadir, "-U", "fairhire", "--auth=trust", "-E", "UTF8"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc = subprocess.Popen(
        [*as_user, _pg_bin("postgres"), "-D", datadir, "-p", str(port), "-c", "listen_addresses=127.0.0.1",
         "-c", f"unix_socket_directories={datadir}", "-c", "fsync=off"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: _port_open(port), what="postgres")
        url = f"postgresql://fairhire@127.0.0.1:{port}/postgres"
        import psycopg

        wait_for(lambda: psycopg.connect(url).close() is None, what="postgres accepting connections")
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        shutil.rmtree(datadir, ignore_errors=True)


@contextmanager
def celery_worker(env: dict[str, str], name: str = "w1", concurrency: int = 1) -> Iterator[subprocess.Popen[bytes]]:
    """A real `fairhire worker` process with the given environment; yields the process."""
    log = tempfile.NamedTemporaryFile(prefix=f"fairhire-worker-{name}-", suffix=".log", delete=False)
    proc = subprocess.Popen(
        [sys.executable, "-m", "services.cli", "worker", f"--concurrency={concurrency}",
         f"--hostname={name}@%h", "--loglevel=INFO"],
        cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        wait_for(lambda: b"ready" in Path(log.name).read_bytes(), timeout=60, what=f"celery worker {name}")
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()
        os.unlink(log.name)


class WebhookReceiver:
    """A real HTTP endpoint on loopback standing in for the ATS's webhook; answers with the queued statuses
    (then 200) and keeps every request's headers and body."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/fairhire-events"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self) -> list[dict]:  # type: ignore[type-arg]
        import json

        return [json.loads(body) for _, body in self.received]

    def close(self) -> None:
        self.server.shutdown()
