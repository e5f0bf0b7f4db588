"""Start-up stays light: commands that need no document reading import no heavy library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "thinc", "numpy", "pdfminer", "pypdfium2", "docx", "lxml")
CORPUS = Path(__file__).resolve().parents[1] / "corpora"

# Run the CLI in a fresh interpreter, then list the heavy top-level packages it imported.
PROBE = """
import json, sys
heavy = {heavy!r}
try:
    from jdlint.cli import main
    main(args={args!r}, prog_name="jdlint", standalone_mode=False)
except SystemExit:
    pass
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))
sys.stderr.write("\\nLOADED " + json.dumps(loaded) + "\\n")
"""


def loaded_by(args: list[str], cwd: Path) -> list[str]:
    """Return the heavy packages a ``jdlint`` command line imports."""
    code = PROBE.format(heavy=HEAVY, args=args)
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False)
    marker = [line for line in done.stderr.splitlines() if line.startswith("LOADED ")]
    assert marker, done.stderr
    loaded: list[str] = json.loads(marker[-1][len("LOADED "):])
    return loaded


def imported_by(statement: str) -> list[str]:
    """Return the heavy packages a Python statement imports."""
    code = (f"import sys\n{statement}\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    found: list[str] = eval(done.stdout.strip())  # a printed list of names
    return found


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["rules", "--format", "json"],
                                  ["explain", "JD101"]])
def test_commands_that_read_no_document_import_nothing_heavy(args: list[str],
                                                             tmp_path: Path) -> None:
    assert loaded_by(args, tmp_path) == []


def test_a_fully_cached_run_imports_nothing_heavy(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for pattern in ("*.docx", "*.pdf", "*.txt"):
        source = sorted(CORPUS.glob(pattern))[0]
        (docs / source.name).write_bytes(source.read_bytes())
    check = ["check", str(docs), "-q", "--cache-dir", str(tmp_path / "cache"),
             "--format", "json", "-o", str(tmp_path / "out.json")]
    cold = loaded_by(check, tmp_path)
    assert "lxml" in cold  # the probe sees a real run's imports (the .docx reader)
    assert loaded_by(check, tmp_path) == []


@pytest.mark.parametrize("pattern", ["*.docx", "*.pdf", "*.txt"])
def test_a_new_file_is_linted_without_spacy(pattern: str, tmp_path: Path) -> None:
    """A pre-commit hook's run: one changed file, on a machine where jdlint never ran."""
    cache = ["--cache-dir", str(tmp_path / "cache"), "-q", "--format", "json"]
    changed = sorted(CORPUS.glob(pattern))[1]
    assert "spacy" not in loaded_by(["check", str(changed), *cache, "-o",
                                     str(tmp_path / "2.json")], tmp_path)
    found = json.loads((tmp_path / "2.json").read_text(encoding="utf-8"))
    uncached = tmp_path / "3.json"
    loaded_by(["check", str(changed), "--no-cache", "-q", "--format", "json", "-o",
               str(uncached)], tmp_path)
    assert found == json.loads(uncached.read_text(encoding="utf-8"))


@pytest.mark.parametrize("module", ["jdlint.judge.rules", "jdlint.judge.lexicon",
                                    "jdlint.judge.matching", "jdlint.judge.engine",
                                    "jdlint.run.runner", "jdlint.run.cache",
                                    "jdlint.read", "jdlint.read.pdf"])
def test_library_modules_import_nothing_heavy(module: str) -> None:
    assert imported_by(f"import {module}") == []


def test_loading_the_rules_needs_no_spacy() -> None:
    assert imported_by("from jdlint.api import ruleset_for; ruleset_for(())") == []


def test_no_cache_neither_reads_nor_writes_the_cache_folder(tmp_path: Path) -> None:
    source = sorted(CORPUS.glob("*.txt"))[0]
    cache = tmp_path / "cache"
    loaded = loaded_by(["check", str(source), "--no-cache", "--cache-dir", str(cache), "-q",
                        "--format", "json", "-o", str(tmp_path / "out.json")], tmp_path)
    assert "spacy" not in loaded  # the tokenizer rules are shipped, never rebuilt
    assert not cache.exists()
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["documents"]
