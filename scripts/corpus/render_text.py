"""Render an outline as plain text (.txt) or Markdown (.md)."""

from __future__ import annotations

from corpus.boilerplate import TRUSTS
from corpus.model import Spec, plain
from corpus.outline import Element, build, grouped

MARK = {"essential": "E", "desirable": "D"}
WORD = {"essential": "Essential", "desirable": "Desirable"}


def _tick(spec: Spec, level: str, column: str) -> str:
    if spec.tick == "ED":
        return MARK[level] if level == column else ""
    return spec.tick if level == column else ""


def _spec_lines(spec: Spec, md: bool, bullet: str) -> list[str]:
    """Return the person specification in the spec's layout."""
    lines: list[str] = []
    groups = grouped(spec)
    sub = "### " if md else ""
    if spec.layout in ("ticks", "edcol", "textcols"):
        if not md:
            raise ValueError(f"{spec.slug}: table layout needs md or docx")
        if spec.layout == "ticks":
            lines += ["| Category | Criteria | Essential | Desirable | Assessment |",
                      "|---|---|:-:|:-:|:-:|"]
            for name, group in groups:
                for i, c in enumerate(group):
                    cat = f"**{name}**" if i == 0 else ""
                    lines.append(f"| {cat} | {plain(c.text)} | {_tick(spec, c.level, 'essential')}"
                                 f" | {_tick(spec, c.level, 'desirable')} | {c.assess} |")
        elif spec.layout == "edcol":
            lines += ["| Criteria | E/D | Method of assessment |", "|---|:-:|:-:|"]
            for name, group in groups:
                lines.append(f"| **{name}** | | |")
                lines += [f"| {plain(c.text)} | {MARK[c.level]} | {c.assess} |" for c in group]
        else:
            lines += ["| Category | Essential | Desirable |", "|---|---|---|"]
            for name, group in groups:
                cells = ["<br>".join(plain(c.text) for c in group if c.level == lvl)
                         for lvl in ("essential", "desirable")]
                lines.append(f"| **{name}** | {cells[0]} | {cells[1]} |")
        return lines
    for name, group in groups:
        lines += [f"{sub}{name}", ""]
        if spec.layout == "headings":
            for lvl in ("essential", "desirable"):
                items = [c for c in group if c.level == lvl]
                if items:
                    lines += [f"{WORD[lvl]} criteria:", ""]
                    lines += [f"{bullet} {plain(c.text)}" for c in items]
                    lines.append("")
        elif spec.layout == "inline":
            lines += [f"{bullet} {plain(c.text)} ({MARK[c.level]})" for c in group]
            lines.append("")
        elif spec.layout == "prefix":
            lines += [f"{bullet} {WORD[c.level]}: {plain(c.text)}" for c in group]
            lines.append("")
        else:
            raise ValueError(f"{spec.slug}: unknown layout {spec.layout}")
    return lines


def render(spec: Spec) -> str:
    """Return the whole document as .txt or .md text."""
    md = spec.fmt == "md"
    trust = TRUSTS[spec.trust]
    bullet = "-" if md else ("•", "-", "*")[trust.variant]
    lines: list[str] = [] if md else [trust.name.upper(), ""]
    number = 0
    for el in build(spec):
        lines += _element(spec, el, md, bullet, number)
        if el.kind == "heading":
            number += 1
    return "\n".join(lines).rstrip() + "\n"


def _element(spec: Spec, el: Element, md: bool, bullet: str, number: int) -> list[str]:
    trust = TRUSTS[spec.trust]
    if el.kind == "title":
        if md:
            return [f"# {plain(el.text)}", "", f"*{trust.name}*", ""]
        return [plain(el.text).upper(), ""]
    if el.kind == "details":
        if md and spec.details == "table":
            rows = ["| Job details | |", "|---|---|"]
            rows += [f"| {k} | {plain(v)} |" for k, v in el.rows]
            return [*rows, ""]
        if md:
            return [*(f"- **{k}:** {plain(v)}" for k, v in el.rows), ""]
        width = max(len(k) for k, _ in el.rows) + 2 if spec.details == "table" else 0
        return [*(f"{k + ':':<{width}} {plain(v)}" for k, v in el.rows), ""]
    if el.kind == "heading":
        return [f"## {el.text}" if md else f"{number + 1}. {el.text.upper()}", ""]
    if el.kind == "subheading":
        return [f"### {el.text}" if md else el.text, ""]
    if el.kind == "para":
        return [plain(el.text), ""]
    if el.kind == "bullets":
        return [*(f"{bullet} {plain(t)}" for t in el.items), ""]
    if el.kind == "numbered":
        return [*(f"{i}. {plain(t)}" for i, t in enumerate(el.items, 1)), ""]
    if el.kind == "break":
        return ["---" if md else "-" * 72, ""]
    if el.kind == "spec":
        return [*_spec_lines(spec, md, bullet), ""]
    raise ValueError(el.kind)
