"""Build the SECOND HELD-OUT redaction evaluation set (benchmarks/data/redaction_holdout2/).

Written without reading the redactor or its rules; see issue 3 and docs/redaction_eval_data.md for the markup.

A thin wrapper: it reuses the development set's builder (same markup, same validation and lint,
unchanged) and only points it at this directory's ``source/`` and ``applications/``.

    python benchmarks/data/redaction_holdout2/build.py
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
