"""The pre-commit hook, run for real by the pre-commit tool in a temporary git repository.

The hook definition is read from the repository's own ``.pre-commit-hooks.yaml``; only its
``language`` is switched to ``system`` so the test uses the jdlint under test instead of
pre-commit building a fresh environment from the network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CORPORA = ROOT / "corpora"
RINGFENCED = CORPORA / "northmoor-head-of-patient-flow-8b.docx"
CLEAN_TEXT = (
    "Job title: Head of Patient Flow\nBand: 8b\n\nPerson specification\n\n"
    "Essential criteria:\n"
    "- Current registration with a UK statutory health or care regulator (NMC, HCPC or GMC)\n"
    "- Experience of leading a clinical team at a senior level\n"
)

yaml = pytest.importorskip("yaml", reason="pre-commit (and PyYAML) are test dependencies")
if shutil.which("git") is None:
    pytest.skip("git is not installed", allow_module_level=True)


def _pre_commit() -> list[str]:
    pytest.importorskip("pre_commit", reason="pre-commit is a test dependency")
    return [sys.executable, "-m", "pre_commit"]


def _hook() -> dict[str, object]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "jdlint"]
    return {**hook, "language": "system"}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    env = _env(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    config = {"repos": [{"repo": "local", "hooks": [_hook()]}]}
    (tmp_path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(tmp_path, "add", ".pre-commit-config.yaml")
    _git(tmp_path, "commit", "-q", "--no-verify", "-m", "config")
    subprocess.run([*_pre_commit(), "install"], cwd=tmp_path, check=True, env=env,
                   capture_output=True)
    return tmp_path


def _env(home: Path) -> dict[str, str]:
    scripts = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": scripts + os.pathsep + os.environ.get("PATH", ""),
            "PRE_COMMIT_HOME": str(home / ".pre-commit-home"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "GIT_AUTHOR_NAME": "HR", "GIT_AUTHOR_EMAIL": "hr@example.org",
            "GIT_COMMITTER_NAME": "HR", "GIT_COMMITTER_EMAIL": "hr@example.org"}


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, env=_env(repo), text=True,
                          capture_output=True)


def test_hook_matches_word_and_pdf_files_by_name() -> None:
    import re

    hook = _hook()
    pattern = re.compile(str(hook["files"]))
    for name in ("jd.docx", "JD.DOCX", "a/b.pdf", "c.txt", "d.md"):
        assert pattern.search(name), name
    assert not pattern.search("notes.xlsx")
    assert hook["types"] == ["file"]


def test_commit_with_a_ringfenced_jd_is_refused(repo: Path) -> None:
    shutil.copy(RINGFENCED, repo / "head-of-patient-flow.docx")
    _git(repo, "add", "head-of-patient-flow.docx")
    result = _git(repo, "commit", "-m", "add JD")
    assert result.returncode != 0, result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert "JD101" in output
    assert "head-of-patient-flow.docx" in output
    assert _git(repo, "log", "--oneline").stdout.count("\n") == 1  # only the config commit


def test_commit_with_a_clean_jd_goes_through(repo: Path) -> None:
    (repo / "clean-head-of-patient-flow.txt").write_text(CLEAN_TEXT, encoding="utf-8")
    _git(repo, "add", "clean-head-of-patient-flow.txt")
    result = _git(repo, "commit", "-m", "add JD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout + result.stderr
