"""The benchmark's report: the machine it ran on, and the figures as a small table."""

from __future__ import annotations

import os
import platform
from typing import Any

TARGETS = {  # issue 18, on the same machine and in the same run
    "cold / floor": 2.5, "re-run (s)": 0.5, "one .docx / import spacy": 1.5,
    "one .pdf / import spacy": 1.5, "first run / floor": 2.5,
    "time per doc, largest / smallest": 1.1, "peak PSS, largest / smallest": 1.2,
}


def machine() -> dict[str, Any]:
    """Return the machine: processor model, cores, memory, Python, and the load average now."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info
                          if line.startswith("model name")), "")
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": model or platform.processor() or platform.machine(),
            "cores": os.cpu_count(), "memory_gib": round(memory, 1),
            "python": platform.python_version(),
            "load": [round(x, 2) for x in os.getloadavg()]}


def _run(label: str, run: dict[str, Any], n: int, pages: int) -> str:
    return (f"{label:>18}: {run['wall_s']:7.2f} s  {1000 * run['wall_s'] / n:6.2f} ms/doc  "
            f"{pages / run['wall_s']:7.1f} pages/s  peak {run['peak_pss_mb']:5.0f} MB PSS "
            f"({run['peak_rss_sum_mb']:.0f} MB RSS summed)")


def print_report(f: dict[str, Any]) -> None:
    """Print the figures, each corpus size in turn, then the growth and the targets."""
    m = f["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python "
          f"{m['python']}; load average {m['load']} before, {f['load_after']} after; "
          f"--jobs {f['jobs']}")
    sizes = f["sizes"]
    for s in sizes.values():
        n, pages = s["documents"], s["pages"]
        print(f"--- {n} documents, {pages} pages")
        print(f"{'floor':>18}: {s['floor_s']:7.2f} s  {1000 * s['floor_s'] / n:6.2f} ms/doc  "
              "(raw extraction, one process)")
        for key, label in (("cold", "cold"), ("cached", "re-run"),
                           ("one_new_file", "one new file"), ("first_run", "first run")):
            print(_run(label, s[key], n, pages))
        print(f"{'':>18}  re-runs {', '.join(f'{r:.2f}' for r in s['cached_runs_s'])} s; "
              f"cold / floor {s['cold_to_floor']:.2f}x (pairs "
              f"{', '.join(f'{r:.2f}' for r in s['cold_to_floor_runs'])}); first run / floor "
              f"{s['first_run_to_floor']:.2f}x")
    spacy = f["import_spacy_median_s"]
    print(f"{'import spacy':>18}: {spacy:7.2f} s median wall (bare python -c)")
    for suffix in (".docx", ".pdf"):
        print(f"{'one ' + suffix:>18}: {f[f'single{suffix}_median_s']:7.2f} s median wall "
              f"(as a hook; first run after install "
              f"{f[f'single{suffix}_first_run_median_s']:.2f} s, "
              f"--no-cache {f[f'single{suffix}_no_cache_median_s']:.2f} s)")
    stages = f["stages_s"]
    total = sum(stages.values()) or 1.0
    split = ", ".join(f"{k} {v:.2f} s ({100 * v / total:.0f}%)" for k, v in stages.items())
    print(f"{'stages':>18}: {split} (one process, {f['stage_files']} files)")
    for label, value in f.get("distributed", {}).items():
        print(f"{label:>22}: {value:6.2f}")
    runs = list(sizes.values())
    first, last = runs[0], runs[-1]
    per_doc = ((last["cold"]["wall_s"] / last["documents"])
               / (first["cold"]["wall_s"] / first["documents"]))
    memory = last["cold"]["peak_pss_mb"] / first["cold"]["peak_pss_mb"]
    worst_single = {s: max(f[f"single{s}_median_s"], f[f"single{s}_no_cache_median_s"]) / spacy
                    for s in (".docx", ".pdf")}
    measured = {
        "cold / floor": max(s["cold_to_floor"] for s in sizes.values()),
        "re-run (s)": max(s["cached"]["wall_s"] for s in sizes.values()),
        "one .docx / import spacy": worst_single[".docx"],
        "one .pdf / import spacy": worst_single[".pdf"],
        "first run / floor": max(s["first_run_to_floor"] for s in sizes.values()),
        "time per doc, largest / smallest": per_doc,
        "peak PSS, largest / smallest": memory,
    }
    verdicts = [f"{k} {v:.2f} {'<=' if v <= TARGETS[k] else '>'} {TARGETS[k]:g}"
                for k, v in measured.items()]
    print(f"{'targets':>18}: " + "; ".join(verdicts))
