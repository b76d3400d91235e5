"""The JSON Schema of nqparse's output, generated from ``models.Resolution``."""

from __future__ import annotations

import json

from .models import Resolution

SCHEMA_ID = "https://github.com/nqparse/nqparse/schemas/resolution.schema.json"


def resolution_schema() -> dict[str, object]:
    schema = Resolution.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    return json.dumps(resolution_schema(), ensure_ascii=False, indent=2) + "\n"
