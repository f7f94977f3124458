"""JSON Schemas for the operator files, generated from the same models that validate them.

Editors that understand `# yaml-language-server: $schema=...` (VS Code with the YAML
extension, and others) then complete keys and flag mistakes while an operator types.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from bot.core.models import ContactsFile, FlowFile, RightsFile, SourcesFile

#: Schema file name -> the model it describes, and a title shown by editors.
SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "flow.schema.json": (FlowFile, "Referral bot: a conversation flow"),
    "contacts.schema.json": (ContactsFile, "Referral bot: the contact directory"),
    "rights.schema.json": (RightsFile, "Referral bot: rights and safety points"),
    "sources.schema.json": (SourcesFile, "Referral bot: entry-link partner codes"),
}
#: Which schema each YAML file under flows/ uses (any other YAML file there is a flow).
FILE_SCHEMAS = {
    "contacts.yaml": "contacts.schema.json",
    "rights.yaml": "rights.schema.json",
    "sources.yaml": "sources.schema.json",
}


def render(name: str) -> str:
    model, title = SCHEMAS[name]
    schema = model.model_json_schema(mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMAS:
        path = folder / name
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written


def modeline(yaml_name: str) -> str:
    """The first line of a file under flows/ that points editors at its schema."""
    return (
        f"# yaml-language-server: $schema=schemas/{FILE_SCHEMAS.get(yaml_name, 'flow.schema.json')}"
    )
