"""Write the committed OpenAPI documents: the all-in-one app and each service alone.

    python -m contracts.export          # rewrite contracts/openapi*.json from the code
"""

import json
import os
from pathlib import Path
from typing import Any

from services.registry import SERVICES

HERE = Path(__file__).parent


def documents() -> dict[str, dict[str, Any]]:
    """The OpenAPI document of every app, by file name."""
    os.environ.setdefault("FAIRHIRE_DATABASE_URL", "sqlite:///:memory:")
    from services.app import create_app

    docs = {"openapi.json": create_app().openapi()}
    for name in SERVICES:
        docs[f"openapi.{name}.json"] = create_app([name]).openapi()
    return docs


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def main() -> None:
    for name, document in documents().items():
        (HERE / name).write_text(render(document))
        print(f"wrote contracts/{name}")


if __name__ == "__main__":
    main()
