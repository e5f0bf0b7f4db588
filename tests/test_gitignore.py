"""Walking a folder passes over what its .gitignore files ignore (issue 16, item 3)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from jdlint.cli import main
from jdlint.run.discover import discover

JD = "Person specification\nEssential: current NMC registration\n"


def tree(root: Path) -> Path:
    (root / ".git").mkdir()
    (root / ".gitignore").write_text("annotated/\n*.draft.txt\n", encoding="utf-8")
    for name in ("jds/a.txt", "jds/b.draft.txt", "jds/keep.draft.txt", "annotated/a.txt",
                 "jds/old/c.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(JD, encoding="utf-8")
    (root / "jds" / ".gitignore").write_text("old/\n!keep.draft.txt\n", encoding="utf-8")
    return root


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_gitignore_files_from_the_repository_root_down(tmp_path: Path) -> None:
    root = tree(tmp_path)
    assert names(discover([root]), root) == ["jds/a.txt", "jds/keep.draft.txt"]
    assert names(discover([root / "jds"]), root) == ["jds/a.txt", "jds/keep.draft.txt"]


def test_no_respect_gitignore_and_named_files(tmp_path: Path) -> None:
    root = tree(tmp_path)
    assert len(discover([root], respect_gitignore=False)) == 5
    assert names(discover([root / "annotated" / "a.txt"]), root) == ["annotated/a.txt"]


def test_show_files_follows_gitignore(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = tree(tmp_path)
    monkeypatch.chdir(root)
    shown = CliRunner().invoke(main, ["check", "--show-files", "."]).stdout.split()
    assert [Path(p).as_posix() for p in shown] == ["jds/a.txt", "jds/keep.draft.txt"]
    every = CliRunner().invoke(main, ["check", "--show-files", "--no-respect-gitignore", "."])
    assert len(every.stdout.split()) == 5


def test_extend_exclude_adds_to_exclude(tmp_path: Path) -> None:
    from jdlint.run.config import load_config

    (tmp_path / ".jdlint.toml").write_text(
        'exclude = ["drafts/"]\nextend-exclude = ["*.old.docx"]\n', encoding="utf-8")
    assert load_config([tmp_path]).values["exclude"] == ("drafts/", "*.old.docx")
