"""canvas-app's headless commands: output, exit codes, and files left as they were."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from cli_helpers import FROZEN_V1, digest, one_sentence, run

from canvas_app.model import Plan
from canvas_app.storage.project_file import load_plan, serialize
from canvas_app.storage.samples import list_templates

CORRUPT = {
    "truncated": FROZEN_V1.read_bytes()[:500],
    "garbage": bytes(range(256)) * 4,
    "not_a_plan": b'{"hello": "world"}\n',
    "deep": b"[" * 10_000 + b"]" * 10_000,
    "nan": FROZEN_V1.read_bytes().replace(b'"target": 3000', b'"target": NaN'),
    "dangling": FROZEN_V1.read_bytes().replace(b'"persona_id": "per-1",\n          "pains"', b'"persona_id": "per-x",\n          "pains"'),
    "wrong_type": FROZEN_V1.read_bytes().replace(b'"fiscal_year": 2026,', b'"fiscal_year": "2026",', 1),
    "huge_integer": FROZEN_V1.read_bytes().replace(b'"target": 3000', b'"target": ' + b"9" * 5000, 1),
    "infinity": FROZEN_V1.read_bytes().replace(b'"target": 3000', b'"target": -Infinity', 1),
}


def test_the_corruptions_really_differ_from_the_valid_file() -> None:
    assert all(data != FROZEN_V1.read_bytes() for data in CORRUPT.values())


def test_validate_ok(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    code, out, err = run(capsys, "validate", plan_file)
    assert (code, err) == (0, "")
    assert out == "OK: みどり製作所 マーケティング計画 2026 — 2 goals, 23 KPIs, 2 initiatives\n"


@pytest.mark.parametrize("command", ["validate", "check", "kpis", "funnel", "upgrade"])
@pytest.mark.parametrize("corruption", sorted(CORRUPT))
def test_corrupt_input_exits_3_with_one_sentence_and_the_file_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, corruption: str
) -> None:
    path = tmp_path / "broken.scanvas"
    path.write_bytes(CORRUPT[corruption])
    before = digest(path)
    code, out, err = run(capsys, command, path)
    assert code == 3 and out == ""
    assert "broken.scanvas" in one_sentence(err)
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["broken.scanvas"]


def test_missing_file_and_folder_as_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", tmp_path / "nowhere.scanvas")
    assert code == 3 and "does not exist" in one_sentence(err)
    code, _, err = run(capsys, "kpis", tmp_path)
    assert code == 3 and one_sentence(err)


def test_validate_a_newer_file_warns_but_passes(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    data = json.loads(plan_file.read_text(encoding="utf-8"))
    data["schema_version"] = 99
    plan_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "validate", plan_file)
    assert code == 0 and out.startswith("OK: ")
    assert one_sentence(err).startswith("Warning: ") and "read-only" in err


def test_templates_lists_blank_and_every_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "templates")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Name", "Title"] and set(lines[1]) == {"-", " "}
    assert lines[2].split(None, 1) == ["blank", "Blank plan"]
    for template in list_templates()[1:]:
        assert any(line.split(None, 1) == [template.name, template.title] for line in lines)


def test_new_writes_a_blank_plan_in_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "new.scanvas"
    code, out, err = run(capsys, "new", target, "--lang", "en")
    assert (code, err) == (0, "") and "new.scanvas" in out
    plan = load_plan(target).plan
    assert plan.settings.language == "en" and plan.strategy.goals == [] and plan.kpis.nodes == []


def test_new_from_each_sample_keeps_its_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    samples = list_templates()[1:]
    for template in samples:
        target = tmp_path / f"{template.name}.scanvas"
        code, _, err = run(capsys, "new", target, "--template", template.name)
        assert (code, err) == (0, "")
        assert load_plan(target).plan == load_plan(template.path).plan


def test_new_refuses_to_overwrite_unless_forced(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    before = plan_file.read_bytes()
    code, out, err = run(capsys, "new", plan_file)
    assert code == 4 and out == "" and "--force" in one_sentence(err)
    assert plan_file.read_bytes() == before
    code, _, err = run(capsys, "new", plan_file, "--force")
    assert (code, err) == (0, "")
    assert load_plan(plan_file).plan.strategy.goals == []
    assert (plan_file.parent / "plan.scanvas.bak").read_bytes() == before


def test_new_with_an_unknown_template_or_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "new", tmp_path / "x.scanvas", "--template", "no-such")
    assert code == 2 and "no-such" in one_sentence(err) and "blank" in err
    code, _, err = run(capsys, "new", tmp_path / "missing" / "x.scanvas")
    assert code == 4 and "does not exist" in one_sentence(err)
    assert list(tmp_path.iterdir()) == []


def test_schema_is_the_envelope_with_resolvable_refs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["required"] == ["format", "schema_version", "plan"]
    assert schema["properties"]["format"] == {"const": "strategy-canvas"}
    plan = schema["properties"]["plan"]
    assert set(Plan.model_fields) <= set(plan["properties"])
    refs = {m for m in _refs(schema)}
    assert refs and all(ref.startswith("#/$defs/") and ref.split("/")[-1] in schema["$defs"] for ref in refs)
    assert "KpiNode" in schema["$defs"] and "$defs" not in plan


def _refs(node: object):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_upgrade_rewrites_canonically_and_keeps_bak(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    messy = json.dumps(json.loads(plan_file.read_bytes()), ensure_ascii=True, sort_keys=True).encode()
    plan_file.write_bytes(messy)
    code, out, err = run(capsys, "upgrade", plan_file)
    assert (code, err) == (0, "") and "plan.scanvas.bak" in out
    assert (plan_file.parent / "plan.scanvas.bak").read_bytes() == messy
    loaded = load_plan(plan_file)
    assert plan_file.read_bytes() == serialize(loaded.plan, saved_at=loaded.saved_at)
    assert loaded.plan == load_plan(FROZEN_V1).plan


def test_upgrade_refuses_a_newer_file(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    data = json.loads(plan_file.read_text(encoding="utf-8"))
    data["schema_version"] = 2
    plan_file.write_text(json.dumps(data), encoding="utf-8")
    before = digest(plan_file)
    code, _, err = run(capsys, "upgrade", plan_file)
    assert code == 3 and "newer version" in err.splitlines()[-1]
    assert digest(plan_file) == before and not (plan_file.parent / "plan.scanvas.bak").exists()


def test_upgrade_that_cannot_write_exits_4_and_leaves_the_file(
    capsys: pytest.CaptureFixture[str], plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(plan_file)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    code, _, err = run(capsys, "upgrade", plan_file)
    monkeypatch.undo()
    assert code == 4 and "disk is full" in one_sentence(err)
    assert digest(plan_file) == before and sorted(p.name for p in plan_file.parent.iterdir()) == ["plan.scanvas"]


@pytest.mark.parametrize(
    "argv",
    [["check"], ["validate", "a", "b"], ["--lang", "fr", "templates"], ["kpis", "x", "--today", "tomorrow"],
     ["funnel", "x", "--jsn"], ["new"], ["x.scanvas", "--step", "9"], ["--screenshot", "out.png"]],
)
def test_bad_usage_exits_2_with_one_sentence(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert one_sentence(err).startswith("Invalid command line: ")


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    import canvas_app

    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"canvas-app {canvas_app.__version__}\n")
    code, out, _ = run(capsys, "--help")
    assert code == 0 and all(name in out for name in ("new", "templates", "validate", "check", "kpis", "funnel", "schema", "upgrade"))
    assert "--screenshot" in out
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0 and "--json" in out and "exit code 0 even with findings" in " ".join(out.split())


def test_an_unexpected_error_is_one_sentence_and_a_log_file(
    capsys: pytest.CaptureFixture[str], plan_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from canvas_app import cli_report

    def broken(*_args, **_kwargs):
        raise RuntimeError("calc bug")

    monkeypatch.setattr(cli_report, "kpi_report", broken)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    before = digest(plan_file)
    code, out, err = run(capsys, "kpis", plan_file)
    assert code == 1 and out == ""
    sentence = one_sentence(err)
    assert "RuntimeError" in sentence
    logs = list((tmp_path / "strategy-canvas").glob("canvas-app-error-*.log"))
    assert len(logs) == 1 and str(logs[0]) in sentence
    assert "calc bug" in logs[0].read_text(encoding="utf-8")
    assert digest(plan_file) == before
