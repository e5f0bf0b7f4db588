"""What the reading libraries say about a file is kept with that file, never printed bare."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import warnings
from pathlib import Path

import jsonschema

from jdlint.api import lint_bytes
from jdlint.run.diagnostics import MAX_WARNINGS, captured

DATA = Path(__file__).parent / "data"
DAMAGED = DATA / "damaged-font-descriptor.pdf"
FONT = "Could not get FontBBox from font descriptor"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    extra = ["--no-cache"] if args[0] == "check" else []
    return subprocess.run([sys.executable, "-m", "jdlint", *args, *extra],
                          capture_output=True, text=True, timeout=300, check=False)


def test_captured_collects_warnings_and_log_records_and_folds_repeats() -> None:
    with captured() as said:
        warnings.warn("a font without metrics", stacklevel=1)
        for _ in range(3):
            logging.getLogger("pdfminer.pdffont").warning("stream %s damaged", 7)
        logging.getLogger("pdfminer.pdfpage").info("not a warning: left out")
    assert said == ["stream 7 damaged (×3)", "a font without metrics"]  # log lines, then warnings
    with captured() as said:
        for number in range(MAX_WARNINGS + 5):
            logging.getLogger("lxml").error("line %d", number)
    assert len(said) == MAX_WARNINGS


def test_a_damaged_pdf_carries_its_warnings() -> None:
    result = lint_bytes(DAMAGED.read_bytes(), "jd.pdf")
    assert result.warnings and FONT in result.warnings[0]
    assert result.as_dict()["warnings"] == list(result.warnings)
    assert "warnings" not in lint_bytes(b"Person specification\n", "a.txt").as_dict()


def test_no_library_line_reaches_stderr_and_text_says_how_many() -> None:
    checked = run("check", str(DAMAGED))
    assert FONT not in checked.stderr and FONT not in checked.stdout
    assert "1 file had reading warnings (use --verbose to see them)." in checked.stdout
    verbose = run("check", "--verbose", str(DAMAGED))
    assert f"{DAMAGED}: reading warning: {FONT}" in verbose.stdout
    assert FONT not in verbose.stderr


def test_extract_names_the_file_a_warning_is_about() -> None:
    extracted = run("extract", str(DAMAGED))
    lines = [line for line in extracted.stderr.splitlines() if FONT in line]
    assert lines and all(line.startswith(f"jdlint: {DAMAGED}: reading warning: ") for line in lines)


def test_json_and_sarif_carry_the_warnings() -> None:
    record = json.loads(run("check", "--format", "json", str(DAMAGED)).stdout)
    assert FONT in record["documents"][0]["warnings"][0]
    schema = json.loads((Path(__file__).parents[1] / "docs" / "json-schema.json").read_text())
    jsonschema.validate(record, schema)
    log = json.loads(run("check", "--format", "sarif", str(DAMAGED)).stdout)
    jsonschema.validate(log, json.loads((DATA / "sarif-schema-2.1.0.json").read_text()))
    [invocation] = log["runs"][0]["invocations"]
    notes = invocation["toolExecutionNotifications"]
    assert invocation["executionSuccessful"] is True  # warned, but read
    assert {n["level"] for n in notes} == {"warning"} and FONT in notes[0]["message"]["text"]
