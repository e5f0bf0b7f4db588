"""Find LibreOffice and run one ``soffice --convert-to docx`` call, leaving nothing behind.

Where it looks: ``JDLINT_SOFFICE`` when set (a path to the ``soffice`` program; empty or
``none`` means "do as if LibreOffice were not installed", for tests and for sites that do not
want it started), then ``soffice`` / ``libreoffice`` on ``PATH``, then the usual install
folders of Linux, macOS and Windows.

Every call gets a private profile folder (``-env:UserInstallation``) per process: two
LibreOffice instances sharing one profile hand their work to each other or wait on its lock,
so parallel workers would collide. The call runs in a session of its own so that the whole
process tree (``soffice`` → ``oosplash`` → ``soffice.bin``) is killed with one ``killpg``
on a time-out, an alarm or Ctrl-C; its process-group id is written into the scratch folder
while it runs, and on Linux its environment names the scratch folder, so that the process which
made the scratch folder can kill what a worker killed outright (``SIGKILL``) left running
before it removes the folder (:func:`sweep`), even one started a moment before the worker died.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path

ENVIRONMENT = "JDLINT_SOFFICE"
INSTALL = ("Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; "
           "otherwise https://www.libreoffice.org/download/) or set JDLINT_SOFFICE to its "
           "soffice program")
_OFF = ("", "none", "0", "off")
_PLACES = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/usr/local/bin/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
_PIDS = "soffice-{}.pgid"
_STARTED = "started"  # made before the first conversion: sweep() then looks for strays
_MARKER = "JDLINT_CONVERSION_SCRATCH"  # in each conversion's environment, for sweep()
_root: Path | None = None  # the scratch folder of this run (inherited by forked workers)


def locate() -> str | None:
    """Return the path of the ``soffice`` program to use, or ``None`` if there is none."""
    wanted = os.environ.get(ENVIRONMENT)
    if wanted is not None:
        if wanted.strip().lower() in _OFF:
            return None
        found = shutil.which(wanted)
        return found if found else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _PLACES if os.access(p, os.X_OK)), None)


def available() -> bool:
    """Tell whether LibreOffice can be used to convert files."""
    return locate() is not None


@lru_cache(maxsize=4)
def version(program: str) -> str | None:
    """Return LibreOffice's version line (e.g. ``LibreOffice 7.4.7.2 …``), or ``None``."""
    try:
        done = subprocess.run([program, "--version"], capture_output=True, timeout=60,
                              check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    line = done.stdout.decode("utf-8", "replace").strip().splitlines()
    return line[0].strip() if line else None


@contextmanager
def scratch() -> Iterator[Path]:
    """Name this run's scratch folder; on leaving, kill leftover conversions and remove it.

    The folder is only named here (the workers forked later inherit the name): the first
    conversion makes it, so a run with no .doc or .rtf file never touches the disk for it.
    """
    global _root
    previous = _root
    _root = Path(tempfile.gettempdir()) / f"jdlint-convert-{secrets.token_hex(8)}"
    try:
        yield _root
    finally:
        here, _root = _root, previous
        sweep(here)


def sweep(folder: Path) -> None:
    """Kill the conversions still running for ``folder``, then remove the folder."""
    for record in folder.glob(_PIDS.format("*")):
        with suppress(OSError, ValueError):  # finished, or not ours to kill
            os.killpg(int(record.read_text(encoding="ascii")), signal.SIGKILL)
    if (folder / _STARTED).exists():
        for pid in _marked(folder):  # started by a worker killed before it wrote the record
            with suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    shutil.rmtree(folder, ignore_errors=True)


def _marked(folder: Path) -> list[int]:
    """Return the processes (Linux) whose environment names ``folder`` as their scratch."""
    marker = f"{_MARKER}={folder}".encode() + b"\0"
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        with suppress(OSError, ValueError):
            if marker in (entry / "environ").read_bytes() + b"\0":
                found.append(int(entry.name))
    return [pid for pid in found if pid != os.getpid()]


def scratch_root() -> Path:
    """Return the folder conversions work in: the run's, or one for this process."""
    global _root
    if _root is not None and not _root.is_dir():
        with suppress(FileExistsError):  # another worker of the run made it first
            _root.mkdir(mode=0o700)
    if _root is None or not _owned(_root):
        _root = Path(tempfile.mkdtemp(prefix="jdlint-convert-"))
        import atexit

        atexit.register(sweep, _root)
    return _root


def convert(program: str, inputs: Sequence[Path], outdir: Path, timeout: float) -> int | None:
    """Convert ``inputs`` to .docx files in ``outdir`` with one LibreOffice call.

    Return LibreOffice's exit status, or ``None`` if it ran past ``timeout`` seconds (0: no
    limit) and was killed; the caller looks for the outputs either way (LibreOffice skips a
    file it cannot convert, exit status 0, and goes on with the others).
    """
    profile = scratch_root() / f"profile-{os.getpid()}"
    command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--nolockcheck", "--convert-to", "docx", "--outdir",
               str(outdir), *map(str, inputs)]
    (scratch_root() / _STARTED).touch()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=_posix(),
                               env={**_environment(), _MARKER: str(scratch_root())})
    record = scratch_root() / _PIDS.format(process.pid)
    try:
        if _posix():
            record.write_text(str(process.pid), encoding="ascii")
        process.wait(timeout=timeout if timeout > 0 else None)
    except subprocess.TimeoutExpired:
        return None
    finally:  # a time-out, the file's alarm, Ctrl-C: the whole tree goes, at once
        _kill(process)
        record.unlink(missing_ok=True)
    return process.returncode


def _owned(folder: Path) -> bool:
    """Tell whether ``folder`` is a real folder of this user's that only this user can enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return folder.is_dir()
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _kill(process: subprocess.Popen[bytes]) -> None:
    if _posix():
        with suppress(OSError):  # also soffice.bin, should it linger
            os.killpg(process.pid, signal.SIGKILL)
    elif process.poll() is None:
        process.kill()
    process.wait()


def _environment() -> dict[str, str]:
    # No desktop session, no Java start-up: a plain, quick, headless conversion.
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    return env


def _posix() -> bool:
    return sys.platform != "win32"
