"""Generate the JSON Schema files in ``schemas/`` from the pydantic models (``electext schema``)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from electext.core.records import ArticleResult, ErrorRecord

SCHEMAS: dict[str, type[BaseModel]] = {
    "article-result.schema.json": ArticleResult,
    "error-record.schema.json": ErrorRecord,
}


def render_schemas() -> dict[str, str]:
    """File name -> schema text, deterministic."""
    rendered = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema(mode="serialization")
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": name, **schema}
        rendered[name] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return rendered


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
