"""The JSON Schemas editors use: in step with the models, and accepting the real files."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from bot.ops.schema import FILE_SCHEMAS, SCHEMAS, modeline, render
from testkit import FLOWS
from testkit.command import invoke

YAML_FILES = sorted(FLOWS.glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_current(name: str) -> None:
    committed = (FLOWS / "schemas" / name).read_text(encoding="utf-8")
    assert committed == render(name), f"flows/schemas/{name} is stale: run `referral-bot schema`"


@pytest.mark.parametrize("path", YAML_FILES, ids=[p.name for p in YAML_FILES])
def test_each_file_points_editors_at_its_schema_and_passes_it(path: object) -> None:
    from pathlib import Path

    assert isinstance(path, Path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == modeline(path.name)
    schema_name = FILE_SCHEMAS.get(path.name, "flow.schema.json")
    schema = json.loads((FLOWS / "schemas" / schema_name).read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(text), schema)


def test_schema_flags_a_typo_an_editor_would_show() -> None:
    schema = json.loads((FLOWS / "schemas" / "sources.schema.json").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"sources": [{"code": "Bad Code", "partner": "x"}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"sources": [], "extra": 1}, schema)


def test_schema_command_writes_the_same_files(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    result = invoke("schema", "--out", str(tmp_path))
    assert result.returncode == 0
    for name in SCHEMAS:
        assert (tmp_path / name).read_text(encoding="utf-8") == render(name)
