"""The command line as a user meets it: exit codes, JSON on stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nqparse import __version__
from nqparse.cli import main

from .conftest import ROOT, sample


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_extract_prints_json_with_the_contract_fields() -> None:
    code, out, _ = run("extract", str(sample("kienan")))
    assert code == 0
    data = json.loads(out)
    assert data["document"]["number"] == "02-NQ/QU"
    for key in ("document", "issuer", "meeting", "themes", "indicators", "assignments", "recipients",
                "signature", "references"):
        assert key in data


def test_extract_keeps_vietnamese_unescaped_and_pretty_indents() -> None:
    code, out, _ = run("extract", "--pretty", str(sample("kienan")))
    assert code == 0
    assert "BÍ THƯ" in out
    assert out.startswith("{\n  ")


def test_extract_reads_stdin() -> None:
    code, out, _ = run("extract", "-", input=sample("thanhuy-ket-luan").read_bytes())
    assert code == 0
    assert json.loads(out)["source"]["format"] == "stdin"


def test_with_text_spans_point_at_their_values() -> None:
    code, out, _ = run("extract", "--with-text", str(sample("kienan")))
    data = json.loads(out)
    text = data["text"]
    sig = data["signature"]
    assert text[sig["spans"]["signer"]["start"]:sig["spans"]["signer"]["end"]] == sig["signer"]
    for ref in data["references"]:
        assert text[ref["span"]["start"]:ref["span"]["end"]] == ref["number"]
    for rec in data["recipients"]:
        assert text[rec["span"]["start"]:rec["span"]["end"]] == rec["name"]
    for theme in data["themes"]:
        assert text[theme["span"]["start"]:theme["span"]["end"]] == theme["text"]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \n\t \n", "white space"),
    (bytes(range(256)) * 20, "binary"),
], ids=["empty", "whitespace", "binary"])
def test_unusable_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run("extract", str(path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and str(path) in err and message in err


def test_missing_file_is_exit_2() -> None:
    code, _, err = run("extract", "no/such/file.txt")
    assert code == 2 and "no such file" in err


def test_version_and_help() -> None:
    assert run("--version")[1].strip().endswith(__version__)
    code, out, _ = run("--help")
    assert code == 0 and "extract" in out


def test_every_command_has_help() -> None:
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help text"
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage" in out


def test_python_dash_m() -> None:
    proc = subprocess.run([sys.executable, "-m", "nqparse", "--version"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_schema_file_matches_the_models() -> None:
    from nqparse.schema import schema_text

    committed = (ROOT / "schemas" / "resolution.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "schemas/ is stale: run 'nqparse schema -o schemas/resolution.schema.json'"
