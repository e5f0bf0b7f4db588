"""The rule set a process uses: loaded once per set of rule folders, a trust's checked first.

Loading parses the TOML files only (no matching is compiled, no library is imported), so
commands that read no document stay light; :func:`jdlint.judge.matching.compile_rules` compiles
what a run needs once per process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jdlint.errors import RuleError
from jdlint.judge.rules import RuleSet, load_ruleset


@lru_cache(maxsize=4)
def ruleset_for(extra_rules: tuple[Path, ...]) -> RuleSet:
    """Load (once per process) the shipped rules plus a trust's own folders.

    With a trust's folders, every rule's examples are run first (its own rules, and the
    shipped ones under its lexicon entries): a rule whose example fails is refused with a
    RuleError naming the file, the rule and the example, never silently left not firing.
    """
    ruleset = load_ruleset(extra_rules)
    if extra_rules:
        from jdlint.judge.examples import check_examples

        failed = [o for o in check_examples(ruleset) if o.problem is not None]
        if failed:
            first = failed[0]
            more = f" (and {len(failed) - 1} more; see jdlint rules --check)" if failed[1:] else ""
            expected = "must fire" if first.must_fire else "must not fire"
            raise RuleError(f"{first.rule.path}: {first.rule.code}: example "
                            f"{first.example.text!r} {expected}, but it {first.problem}{more}")
    return ruleset
