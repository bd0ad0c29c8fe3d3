"""Browser tests: a real FairHire (`fairhire serve`) and Debian's Chromium driven by Playwright.

Needs: `apt-get install chromium`, `pip install playwright` (never `playwright install`), and
`npm install --prefix tests/e2e axe-core`. Skips when any of them is missing.
"""

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.servers import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("FAIRHIRE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# `make test` installs all three and sets FAIRHIRE_TESTS_REQUIRE_TOOLS=1, so there a missing one is an error,
# not a quiet skip; a bare `pytest` on a machine without them skips these tests.
_missing = [what for what, present in [
    ("pip install playwright", importlib.util.find_spec("playwright") is not None),
    (f"apt-get install chromium (looked at {CHROMIUM})", Path(CHROMIUM).exists()),
    ("npm install --prefix tests/e2e axe-core", AXE.exists()),
] if not present]
if _missing:
    if os.environ.get("FAIRHIRE_TESTS_REQUIRE_TOOLS") == "1":
        raise RuntimeError("browser tests cannot run: " + "; ".join(_missing))
    pytest.skip("browser tests need: " + "; ".join(_missing), allow_module_level=True)
playwright_sync = pytest.importorskip("playwright.sync_api")


@dataclass
class Server:
    url: str
    env: dict[str, str]

    def create_key(self, name: str, *roles: str) -> str:
        """A real key made by the CLI; its last output line is the key."""
        args = [sys.executable, "-m", "services.cli", "keys", "create", "--name", name]
        for role in roles:
            args += ["--role", role]
        out = subprocess.run(args, cwd=ROOT, env=self.env, check=True, capture_output=True, text=True).stdout
        return out.strip().splitlines()[-1].strip()

    def api(self, method: str, path: str, key: str, body: Any | None = None) -> Any:
        response = httpx.request(method, self.url + path, json=body, timeout=60,
                                 headers={"Authorization": f"Bearer {key}"})
        response.raise_for_status()
        return response.json() if response.content else None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """FairHire served by `python -m services.cli serve` over a fresh SQLite database."""
    tmp = tmp_path_factory.mktemp("fairhire")
    port = free_port()
    env = {**os.environ, "FAIRHIRE_DATABASE_URL": f"sqlite:///{tmp / 'fairhire.db'}",
           "FAIRHIRE_ENVIRONMENT": "development", "FAIRHIRE_LOG_LEVEL": "WARNING"}
    env.pop("FAIRHIRE_REDIS_URL", None)
    log = (tmp / "server.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "services.cli", "serve", "--host", "127.0.0.1",
                                "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: httpx.get(url + "/readyz", timeout=2).status_code == 200,
                 timeout=180, what="FairHire to start")
        yield Server(url, env)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_sync.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def new_page(browser: Any, server: Server) -> Iterator[Callable[[], Any]]:
    """A page in a fresh browser context (its own cookies). CSP is bypassed only so axe can be injected."""
    contexts: list[Any] = []

    def make() -> Any:
        context = browser.new_context(base_url=server.url, bypass_csp=True, viewport={"width": 1280, "height": 900})
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def sign_in(page: Any, key: str, next_path: str = "/") -> None:
    page.goto(f"/sign-in?next={next_path}")
    page.get_by_label("Your FairHire key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def snapshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations (WCAG 2.x A and AA, and best practice) on the page."""
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate("""async () => await axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}
    })""")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "targets": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]


def assert_accessible(page: Any, name: str) -> None:
    """Screenshot the page, then require no serious or critical axe violations."""
    snapshot(page, name)
    violations = axe_violations(page)
    assert violations == [], f"{name}: {json.dumps(violations, indent=1)}"


__all__ = ["Server", "assert_accessible", "axe_violations", "sign_in", "snapshot"]
