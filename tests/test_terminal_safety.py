"""A crafted JD or file name cannot put a bidi override or an escape sequence on a terminal.

The text and ``github`` outputs (a terminal, a CI log) show controls, bidi overrides and
invisible format characters as visible escapes; JSON, SARIF and CSV keep them exact, escaped
as their formats require.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.outputs.terminal import visible

# A file name and a requirement that each hide something: ESC + colour, BEL, a one-byte CSI
# (U+009B), a right-to-left override (U+202E), an isolate (U+2066), a zero-width space.
NAME = "head of flow \x1b[31mred\x07 \u202egpj.\u2066 .txt"
LINE = "- Current NMC\u202e registration \x9b2J and\u200b \x1b]0;pwned\x07 leadership"
JD = f"Job title: Head of Patient Flow\nBand: 8b\n\nPerson specification\n\nEssential:\n{LINE}\n"
HIDDEN = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200b")


@pytest.fixture()
def crafted(tmp_path: Path) -> Path:
    path = tmp_path / NAME
    path.write_text(JD, encoding="utf-8")
    return path


def check(path: Path, fmt: str) -> str:
    """Return what ``check`` prints, standard output then standard error."""
    result = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--format", fmt,
                                       str(path)])
    assert result.exit_code == 1, result.output
    return result.stdout + result.stderr


def shows_nothing_hidden(output: str) -> None:
    for char in output:
        if char != "\n":
            assert unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp"), (
                f"U+{ord(char):04X} reached the terminal")


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_terminal_outputs_escape_what_the_file_hides(crafted: Path, fmt: str) -> None:
    output = check(crafted, fmt)
    shows_nothing_hidden(output)
    for marker in ("<U+001B>", "<U+0007>", "<U+202E>", "<U+2066>"):
        assert marker in output  # from the file name: shown, not hidden and not dropped
    assert "NMC" in output


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_outputs_keep_the_text_exact(crafted: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--format", fmt,
                                       str(crafted)])
    data = json.loads(result.stdout)
    text = json.dumps(data, ensure_ascii=False)
    assert "<U+" not in text
    if fmt == "json":
        assert data["documents"][0]["path"] == str(crafted)
    else:
        uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "artifactLocation"]["uri"]
        assert "%1B" in uri.upper() and "%E2%80%AE" in uri.upper()  # percent-encoded, exact


def test_summary_csv_keeps_the_name_exact(crafted: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    result = CliRunner().invoke(main, ["summary", "--no-cache", "--jobs", "1", "-o", str(out),
                                       str(crafted)])
    assert result.exit_code in (0, 1), result.output
    shows_nothing_hidden(result.output)
    [row] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert any(NAME in value for value in row.values())


def test_extract_shows_the_document_text_escaped(crafted: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(crafted)])
    assert result.exit_code == 0, result.output
    shows_nothing_hidden(result.output)


@pytest.mark.parametrize("char", HIDDEN)
def test_visible_escapes_each_hidden_character(char: str) -> None:
    assert visible(f"a{char}b") == f"a<U+{ord(char):04X}>b"


def test_visible_keeps_ordinary_text_and_layout() -> None:
    text = "Band 8a – Head of Flow, Ysbyty Gwynedd: café\tnaïve\n中文"
    assert visible(text) == text
    assert visible("a\rb") == "a<U+000D>b"  # a carriage return could overwrite the line


@pytest.mark.parametrize("command", ["fix", "annotate"])
def test_copy_commands_escape_file_names(tmp_path: Path, command: str) -> None:
    broken = tmp_path / "draft \x1b[31m\u202e.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    result = CliRunner().invoke(main, [command, "--no-cache", "--jobs", "1", "--output-dir",
                                       str(tmp_path / "out"), str(broken)])
    assert result.exit_code == 3, result.output
    shows_nothing_hidden(result.stdout + result.stderr)
    assert "<U+001B>" in result.stderr and "<U+202E>" in result.stderr
