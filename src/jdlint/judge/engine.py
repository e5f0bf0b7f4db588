"""Glue: run a rule set over a structured document and return its findings.

One finding per rule per block: several hits of one rule in one criterion ("NMC registered …
current NMC PIN") make one finding whose ``match`` lists the words. A rule may *yield to* others
(``yields_to`` in its file): when one of those fires on the same block, its own finding is dropped,
so "Registered Nurse with current NMC registration" is reported once, as a registration
requirement.

Severity model (domain.md §5: essential > unspecified > desirable; leadership posts matter most):

- **error** — an essential restriction in a leadership post (Band 8a and above, or a title with
  Head of, Lead, Manager, Director, Deputy, Chief, Matron: ``leadership_*`` in ``cues.toml``);
- **warning** — any other restriction that is not hedged: essential in other posts, or a
  requirement whose level is not marked (a "must" sentence outside the person specification);
- **info** — a desirable criterion, or a hedged one ("nursing degree or equivalent").

A rule's ``severity`` is its ceiling: the computed severity never exceeds it. A severity set in
configuration (``severities``) replaces that ceiling, so ``JD105 = "info"`` turns every JD105
finding into info, and ``JD106 = "error"`` lets JD106 reach error where the context warrants.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from jdlint.document import Block, Document, Level
from jdlint.judge.context import Judgement, judge
from jdlint.judge.lexicon import Lexicon
from jdlint.judge.matching import BlockMatches, compile_rules
from jdlint.judge.matching.kinds import MentionKind
from jdlint.judge.nations import nation_of
from jdlint.judge.post import Post, post_for
from jdlint.judge.rules import Rule, RuleSet
from jdlint.results import Finding, Severity

SEVERITY_ORDER = (Severity.INFO, Severity.WARNING, Severity.ERROR)


@dataclass(frozen=True, slots=True)
class _Kept:
    """A hit that survived the context judgement."""

    start: int
    text: str
    judgement: Judgement


def lint(document: Document, ruleset: RuleSet, *, select: frozenset[str] | None = None,
         ignore: frozenset[str] = frozenset(), severities: Mapping[str, Severity] | None = None,
         ) -> tuple[Finding, ...]:
    """Return the document's findings in document order (rules named by code or name)."""
    chosen = ruleset.resolve(select) if select is not None else None
    ignored = ruleset.resolve(ignore)
    ceilings = {ruleset.get(k).code: Severity(v) for k, v in (severities or {}).items()}
    rules = [r for r in ruleset.rules
             if (chosen is None or r.code in chosen) and r.code not in ignored]
    if not rules or not document.blocks:
        return ()
    texts = [block.text for block in document.blocks]
    post = post_for(document.title, document.band, ruleset.lexicon,
                    nation_of(texts, ruleset.lexicon))
    compiled = compile_rules(ruleset)
    findings: list[Finding] = []
    offset = 0  # of the block in the document's text: the blocks joined by newlines
    for block, matches in zip(document.blocks, compiled.find_all(texts), strict=True):
        if matches.hits:
            findings += [replace(f, offset=offset + f.start) for f in _block_findings(
                block, matches, rules, post, ruleset.lexicon, ceilings)]
        offset += len(block.text) + 1
    return tuple(findings)


def _block_findings(block: Block, matches: BlockMatches, rules: list[Rule], post: Post,
                    lexicon: Lexicon, ceilings: Mapping[str, Severity]) -> list[Finding]:
    found: dict[str, tuple[Rule, list[_Kept]]] = {}
    for rule in rules:
        kept = [_Kept(hit.start, hit.text, judgement) for hit in matches.hits
                if hit.rule == rule.code
                for judgement in [judge(hit, matches, block, post, lexicon,
                                        inclusive_waives=rule.inclusive_waives,
                                        role_title_waives=rule.role_title_waives)]
                if judgement.is_finding]
        if kept:
            found[rule.name] = (rule, kept)
    results = [
        _finding(rule, kept, block, matches, post, lexicon,
                 ceilings.get(rule.code, rule.severity))
        for rule, kept in found.values()
        if not any(other in found for other in rule.yields_to)
    ]
    return sorted(results, key=lambda f: (_first(found[f.name][1]), f.rule))


def _first(kept: list[_Kept]) -> int:
    return min(k.start for k in kept)


def _finding(rule: Rule, kept: list[_Kept], block: Block, matches: BlockMatches, post: Post,
             lexicon: Lexicon, ceiling: Severity) -> Finding:
    professions = frozenset().union(*(k.judgement.professions for k in kept))
    regulators = frozenset().union(*(k.judgement.regulators for k in kept))
    hedged = all(k.judgement.hedged for k in kept)
    computed = severity_for(block.level, hedged=hedged, leadership=post.leadership)
    severity = min(computed, ceiling, key=SEVERITY_ORDER.index)
    fields = _message_fields(professions, regulators, lexicon)
    start = min(k.start for k in kept)
    end = _closed(block.text, start, max(k.start + len(k.text) for k in kept))
    end = _with_alternatives(matches, end, lexicon.families(professions, regulators), lexicon)
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=severity,
        message=rule.message.format(**fields),
        professions=tuple(sorted(professions)),
        regulators=tuple(sorted(regulators)),
        level=block.level,
        section=block.section_path,
        text=block.text,
        match=block.text[start:end],
        location=block.location,
        suggestion=rule.suggestion.format(**fields),
        hedged=hedged,
        start=start,
        end=end,
        rewrite=rule.rewrite_for(block.text, start, end),
    )


def _with_alternatives(matches: BlockMatches, end: int, families: frozenset[str],
                       lexicon: Lexicon) -> int:
    """Return ``end`` moved over alternatives of the same family that follow the match ("RMN or
    Learning Disability Nurse"): the finding quotes, and its rewrite replaces, the whole list."""
    breaks = frozenset(lexicon.cues.breaks)
    while families and (gap := _OR_GAP.match(matches.text, end)):
        nxt = [m for m in matches.mentions if m.kind is MentionKind.PROFESSION
               and m.start >= gap.end()
               and _modifiers(matches.text[gap.end():m.start], breaks)
               and lexicon.families(m.professions, m.regulators) <= families]
        if not nxt:
            break
        end = min(nxt, key=lambda m: m.start).end
    return end


def _modifiers(text: str, breaks: frozenset[str]) -> bool:
    """Tell whether words before a profession word only describe it ("Learning Disability")."""
    words = text.split()
    return (len(words) <= 4 and not text.strip(" -").count(",")
            and not any(w.lower().strip("'") in breaks for w in words))


_OR_GAP = re.compile(r"\s*(?:or|/|and/or)\s*", re.I)


def _closed(text: str, start: int, end: int) -> int:
    """Return ``end`` moved past brackets the span opened and the text closes next."""
    for opening, closing in ("()", "[]"):
        while text.count(opening, start, end) > text.count(closing, start, end) and (
                text[end:end + 1] == closing):
            end += 1
    return end


def severity_for(level: Level, *, hedged: bool, leadership: bool) -> Severity:
    """Return the severity a restriction earns from its level, hedging and the post."""
    if hedged or level is Level.DESIRABLE:
        return Severity.INFO
    if level is Level.ESSENTIAL and leadership:
        return Severity.ERROR
    return Severity.WARNING


def _message_fields(professions: frozenset[str], regulators: frozenset[str],
                    lexicon: Lexicon) -> dict[str, str]:
    people = [lexicon.profession(p).people for p in sorted(professions)]
    names = [lexicon.profession(p).name.lower() for p in sorted(professions)]
    regulator_ids = sorted(regulators)
    if len(people) > 3:
        people_text = f"members of the {len(people)} professions {_join(regulator_ids)} registers"
    else:
        people_text = _join(people, "and")
    return {
        "profession_names": people_text or "one profession",
        "professions": _join(names, "and") or "one profession",
        "regulators": _join(regulator_ids) or "one regulator",
    }


def _join(items: list[str], word: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
