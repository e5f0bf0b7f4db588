"""The test install stays light (issue 16, item 10): pyspark only in its own extra, which CI
installs, and the README's test command does without it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_pyspark_is_only_in_the_spark_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert not any("pyspark" in d for d in project["dependencies"] + extras["test"])
    assert any("pyspark" in d for d in extras["spark"])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r'pip install [^\n]*"\.\[[^\]]*\bspark\b', ci)  # CI runs the Spark tests


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "-m pytest" in line)
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_readme_test_command_does_not_pull_spark() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "-m pytest" in line)
    extras = re.search(r'\.\[([^\]]*)\]', command)
    assert extras is not None and "spark" not in extras.group(1).split(",")
