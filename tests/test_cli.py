"""The command line as a user meets it: exit codes, JSON on stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nqparse import __version__
from nqparse.cli.main import main

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


# --- extract as users of pdfplumber's CLI, sqlite-utils and csvkit expect it -----------------


def test_extract_writes_to_a_file_with_o(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run("extract", str(sample("kienan")), "-o", str(target), "--pretty")
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["document"]["number"] == "02-NQ/QU"


def test_extract_of_several_files_prints_json_lines_and_reports_a_bad_one(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code, out, err = run("extract", str(sample("kienan")), str(bad), str(sample("thanhuy-ket-luan")))
    assert code == 2
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"]["path"] for line in lines] == [str(sample("kienan")), str(sample("thanhuy-ket-luan"))]
    assert err.count("\n") == 1 and str(bad) in err


def test_extract_expands_a_glob_the_shell_left_alone(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(sample("kienan").read_bytes())
    code, out, _ = run("extract", str(tmp_path / "*.txt"))
    assert code == 0
    assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    code, _, err = run("extract", str(tmp_path / "*.pdf"))
    assert code == 2 and "no file matches" in err


def test_extract_without_spans_is_compact() -> None:
    full = run("extract", str(sample("kienan")))[1]
    code, out, _ = run("extract", "--no-spans", str(sample("kienan")))
    assert code == 0
    assert '"span":' not in out and '"spans":' not in out and len(out) < len(full) * 0.8
    assert json.loads(out)["indicators"][0]["targets"]


# --- the library ---------------------------------------------------------------------------


def test_dir_lists_the_public_verbs() -> None:
    import nqparse

    names = dir(nqparse)
    for verb in ("extract", "extract_text", "extract_batch", "run_batch", "diff", "Resolution"):
        assert verb in names
    assert "import_module" not in names


def test_extract_text_refuses_bytes_with_a_clear_type_error() -> None:
    import nqparse

    with pytest.raises(TypeError, match="str, not bytes"):
        nqparse.extract_text(b"NGH\xe1\xbb\x8a QUY\xe1\xba\xbeT")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " \n\t"], ids=["empty", "white-space"])
def test_extract_text_of_nothing_is_an_input_error_as_on_the_command_line(text: str) -> None:
    import nqparse

    with pytest.raises(nqparse.InputError, match="<text>: text"):
        nqparse.extract_text(text)
    code, _, err = run("extract", "-", input=text.encode())
    assert code == 2 and "<stdin>" in err


# --- the other commands --------------------------------------------------------------------


def test_bench_finds_the_samples_from_any_folder_or_says_what_it_needs(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from nqparse.cli import bench

    monkeypatch.chdir(tmp_path)
    assert bench.default_samples().resolve() == (ROOT / "samples").resolve()
    monkeypatch.setattr(bench, "__file__", str(tmp_path / "a" / "b" / "c" / "bench.py"))
    code, _, err = run("bench", "--only", "startup")
    assert code == 2 and "--samples" in err and err.count("\n") == 1


def test_pytest_prints_its_pass_count() -> None:
    import tomllib

    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    # '-q' in addopts doubles a command line's '-q' into '-qq', which drops the "N passed" line
    assert "-q" not in options.get("addopts", "").split()


def test_the_readme_exit_code_table_covers_every_command_and_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| command | 0 |"):].split("\n\n")[0].splitlines()
    header = [cell.strip() for cell in table[0].strip("|").split("|")]
    assert header[1:] == ["0", "1", "2", "3", "4", "130"]
    commands = {row.split("|")[1].strip(" `") for row in table[2:]}
    assert commands == set(main.commands)
