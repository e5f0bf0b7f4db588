"""Wall time and peak memory of a command's whole process tree, for the benchmark.

Peak memory is PSS (proportional set size: pages shared by forked workers counted once),
summed over the process and its descendants from ``/proc/PID/smaps_rollup`` every 50 ms; the
plain RSS sum, which counts shared pages once per process, is kept beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time


def tree_memory_mb(root: int) -> tuple[float, float]:
    """Return the PSS and the RSS of ``root`` and its descendants, summed, in MB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            pid, ppid = int(entry.name), int(fields[1])
            rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            children.setdefault(ppid, []).append(pid)
        except (OSError, IndexError, ValueError):
            continue
    pss = resident = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        resident += rss.get(pid, 0)
        pss += _pss(pid)
        stack.extend(children.get(pid, []))
    return pss / 1024 / 1024, resident / 1024 / 1024


def _pss(pid: int) -> int:
    """Return a process's proportional set size in bytes (0 if it has gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def timed(cmd: list[str], env: dict[str, str], *, watch_memory: bool = True,
          ) -> tuple[float, tuple[float, float], int]:
    """Run a command; return wall seconds, peak tree memory (PSS, RSS in MB), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = (0.0, 0.0)
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak
        while watch_memory and not stop.is_set():
            pss, rss = tree_memory_mb(proc.pid)
            peak = (max(peak[0], pss), max(peak[1], rss))
            stop.wait(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    watcher.join()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-2000:])
    return wall, peak, proc.returncode
