"""Build the HELD-OUT redaction evaluation set (see docs/redaction_holdout.md).

A thin wrapper: it reuses the development set's builder (same markup, same validation and lint,
unchanged) and only points it at this directory's ``source/`` and ``applications/``.

    python benchmarks/data/redaction_holdout/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_BUILD = HERE.parent / "redaction" / "build.py"


def _load_builder():
    spec = importlib.util.spec_from_file_location("redaction_dev_build", DEV_BUILD)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def main() -> int:
    builder = _load_builder()
    builder.SOURCE = HERE / "source"
    builder.OUT = HERE / "applications"
    return builder.main()


if __name__ == "__main__":
    sys.exit(main())
