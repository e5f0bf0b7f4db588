"""User mistakes and environment failures are one-line messages with documented exit codes
(issue 16, item 1): never "internal error", never a stack trace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main

RINGFENCED = (
    "Job title: Head of Patient Flow\nBand: 8b\n\nPerson specification\n\n"
    "Essential criteria:\n- Current NMC registration\n"
)


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [*args, "--no-cache", "--jobs", "1"])


def test_output_into_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(RINGFENCED, encoding="utf-8")
    target = tmp_path / "missing" / "dir" / "out.json"
    result = invoke("check", str(jd), "--format", "json", "-o", str(target))
    assert result.exit_code == 2
    assert "internal error" not in result.output
    assert f"cannot write {target}" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_output_into_a_read_only_folder_is_a_usage_error(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(RINGFENCED, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = invoke("check", str(jd), "--format", "json", "-o", str(locked / "out.json"))
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 2
    assert "internal error" not in result.output
    assert "cannot write" in result.output


def test_a_missing_input_path_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    result = invoke("check", str(tmp_path / "nope.docx"))
    assert result.exit_code == 2
    assert "nope.docx" in result.output
    assert "vanished" not in result.output


def test_an_empty_folder_warns_and_passes(tmp_path: Path) -> None:
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 0
    assert "warning: no job descriptions found in" in result.output
    assert str(tmp_path) in result.output and ".docx" in result.output


@pytest.mark.skipif(os.name != "posix", reason="needs a POSIX pipe")
def test_a_closed_pipe_is_a_silent_exit(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"jd{i:03}.txt").write_text(RINGFENCED, encoding="utf-8")
    check = subprocess.Popen([sys.executable, "-m", "jdlint", "check", str(tmp_path),
                              "--no-cache", "--jobs", "1", "--format", "json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert check.stdout is not None and check.stderr is not None
    check.stdout.close()  # as ``head`` does once it has read enough: every write now fails
    stderr = check.stderr.read().decode()
    check.wait(timeout=300)
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert check.returncode == 141


def test_exit_zero_passes_a_run_with_findings(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(RINGFENCED, encoding="utf-8")
    assert invoke("check", str(jd)).exit_code == 1
    assert invoke("check", str(jd), "--exit-zero").exit_code == 0
    assert invoke("check", str(tmp_path / "gone.txt"), "--exit-zero").exit_code == 2


def test_output_format_is_the_long_name_of_format(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(RINGFENCED, encoding="utf-8")
    result = invoke("check", str(jd), "--output-format", "json", "-q")
    assert result.output.lstrip().startswith(("{", "["))


def test_statistics_counts_findings_per_rule(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(RINGFENCED, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", str(tmp_path), "--statistics", "-q", "--no-cache", "--jobs", "1"])
    lines = result.stdout.strip().splitlines()
    assert lines, result.output
    count, rule, _name = lines[0].split(maxsplit=2)
    assert int(count) == 2 and rule[0].isalpha()
    assert "Current NMC registration" not in result.stdout  # counts, not the findings


def test_extend_select_adds_rules_to_the_selection(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(RINGFENCED, encoding="utf-8")
    assert "JD101" not in invoke("check", str(jd), "--select", "JD102").output
    extended = invoke("check", str(jd), "--select", "JD102", "--extend-select", "JD101")
    assert "JD101" in extended.output and extended.exit_code == 1
    assert invoke("check", str(jd), "--extend-select", "JD999").exit_code == 2


def test_force_exclude_applies_excludes_to_named_files(tmp_path: Path) -> None:
    draft = tmp_path / "matron.draft.txt"
    draft.write_text(RINGFENCED, encoding="utf-8")
    (tmp_path / ".jdlint.toml").write_text('exclude = ["*.draft.txt"]\n', encoding="utf-8")
    assert invoke("check", str(draft)).exit_code == 1  # named: checked, as before
    forced = invoke("check", str(draft), "--force-exclude")
    assert forced.exit_code == 0, forced.output
    assert "pre-commit" not in forced.output
    hook = (Path(__file__).parents[1] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "--force-exclude" in hook


def test_show_files_lists_what_would_be_checked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RINGFENCED, encoding="utf-8")
    (tmp_path / "b.draft.txt").write_text(RINGFENCED, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    (tmp_path / ".jdlint.toml").write_text('exclude = ["*.draft.txt"]\n', encoding="utf-8")
    result = invoke("check", str(tmp_path), "--show-files")
    assert result.exit_code == 0
    assert result.output.splitlines() == [str(tmp_path / "a.txt")]


def test_annotate_says_once_how_many_files_it_skipped(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a.txt", "b.txt", "c.md"):
        (inputs / name).write_text(RINGFENCED, encoding="utf-8")
    (inputs / "d.html").write_text(f"<html><body><p>{RINGFENCED}</p></body></html>",
                                   encoding="utf-8")
    result = invoke("annotate", str(inputs), "--output-dir", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if "skipped" in line]
    assert skipped == ["jdlint: 4 files were skipped: only .docx can be annotated, not .pdf, "
                       ".txt, .md, .odt or .html (use `jdlint report` or `jdlint check` for "
                       "those)."]


def test_check_dash_reads_one_document_from_standard_input() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["check", "-", "--no-cache", "--jobs", "1"], input=RINGFENCED)
    assert result.exit_code == 1, result.output
    assert "JD101" in result.output and "-:" in result.output
    named = runner.invoke(main, ["check", "-", "--stdin-filename", "jds/matron.md", "--no-cache",
                                 "--jobs", "1", "--format", "json"], input=RINGFENCED)
    assert named.exit_code == 1, named.output
    assert '"jds/matron.md"' in named.output
