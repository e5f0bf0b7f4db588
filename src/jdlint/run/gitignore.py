"""The ``.gitignore`` files that apply while a folder is walked, read with ``pathspec``.

A repository of JDs ignores what it does not track (annotate's and fix's output folders,
drafts, exports), and jdlint, walking a folder, should pass over the same files, as ruff and
other linters do. The files that apply to a path are the ``.gitignore`` of each folder from
the repository root (the nearest parent holding ``.git``; outside a repository, the folder
walked) down to the path's own folder; as in git, a deeper file's answer wins over a shallower
one's, ``!pattern`` takes a path back in, and nothing below an ignored folder is searched.
Files named on the command line are not affected (only ``--force-exclude`` applies excludes
to them).
"""

from __future__ import annotations

from pathlib import Path

import pathspec

GITIGNORE = ".gitignore"


class GitIgnores:
    """Answer "is this path ignored?" for one walk, reading each ``.gitignore`` once."""

    def __init__(self, walked: Path) -> None:
        walked = walked.absolute()
        self.top = _repository_root(walked) or walked
        self._specs: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    def any_in(self, folder: Path) -> bool:
        """Tell whether any ``.gitignore`` applies inside ``folder`` (from the top down to it):
        when none does, a walk need not ask about each of its files."""
        folder = folder.absolute()
        try:
            parts = folder.relative_to(self.top).parts
        except ValueError:
            return False
        here = self.top
        found = self._spec(here) is not None
        for part in parts:
            here = here / part
            found = found or self._spec(here) is not None
        return found

    def ignored(self, path: Path, *, folder: bool) -> bool:
        """Tell whether ``path`` (a folder if ``folder``) is ignored by the files above it."""
        path = path.absolute()
        try:
            parts = path.parent.relative_to(self.top).parts
        except ValueError:
            return False
        decision = False
        here = self.top
        for part in (None, *parts):
            if part is not None:
                here = here / part
            spec = self._spec(here)
            if spec is None:
                continue
            relative = path.relative_to(here).as_posix() + ("/" if folder else "")
            answer = spec.check_file(relative).include
            if answer is not None:
                decision = answer
        return decision

    def _spec(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._specs:
            try:
                lines = (folder / GITIGNORE).read_text(encoding="utf-8",
                                                       errors="replace").splitlines()
                self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines)
            except (OSError, ValueError):  # none there, unreadable, or a broken pattern
                self._specs[folder] = None
        return self._specs[folder]


def _repository_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None
