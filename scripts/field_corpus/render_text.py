"""Write a page as plain text (.txt) or Markdown (.md)."""

from __future__ import annotations

import textwrap

from field_corpus.blocks import Heading, Items, Page, PageBreak, Pairs, Para, Table
from field_corpus.model import plain


def _wrap(text: str, width: int, indent: str = "") -> str:
    lines = []
    for part in text.split("\n"):
        if width:
            lines += textwrap.wrap(part, width, initial_indent=indent,
                                   subsequent_indent=" " * len(indent), break_on_hyphens=False)
        else:
            lines.append(indent + part)
    return "\n".join(lines)


def _table_txt(t: Table) -> list[str]:
    rows = ([t.header] if t.header else []) + list(t.rows)
    if t.flat:
        out = [cell for row in rows for cell in row if cell]
        return ["\n".join(out)]
    cols = len(rows[0])
    width = [max(len(line) for r in rows for line in (r[i] or " ").split("\n"))
             for i in range(cols)]
    out = []
    for r in rows:
        height = max(len(c.split("\n")) for c in r)
        cells = [c.split("\n") + [""] * (height - len(c.split("\n"))) for c in r]
        for k in range(height):
            out.append("  ".join(cells[i][k].ljust(width[i]) for i in range(cols)).rstrip())
    return ["\n".join(out)]


def txt(page: Page) -> str:
    """Return the page as plain text."""
    out: list[str] = []
    if page.header:
        out.append(page.header)
    for b in page.blocks:
        if isinstance(b, Heading):
            text = plain(b.text)
            out.append(text + ("\n" + "=" * len(text) if b.level == 1 else ""))
        elif isinstance(b, Para):
            out.append(_wrap(plain(b.text), page.wrap))
        elif isinstance(b, Items):
            if b.marker == "none":
                out.append("\n".join(_wrap(plain(i), page.wrap) for i in b.items))
            else:
                out.append("\n".join(_wrap(plain(i), page.wrap, f"{b.marker} ")
                                     for i in b.items))
        elif isinstance(b, Pairs):
            out.append(_pairs_txt(b))
        elif isinstance(b, Table):
            out += _table_txt(Table(b.header, tuple(tuple(plain(c) for c in r) for r in b.rows),
                                    b.widths, b.flat))
        elif isinstance(b, PageBreak):
            out.append("\f")
    if page.footer:
        out.append(page.footer)
    return "\n\n".join(out).replace("\n\n\f\n\n", "\n\f\n") + "\n"


def _pairs_txt(b: Pairs) -> str:
    pairs = [(plain(k), plain(v)) for k, v in b.pairs]
    if b.style == "lines":
        return "\n".join(f"{k}\n{v}" for k, v in pairs)
    if b.style == "dash":
        return "\n".join(f"- {k}\n- {v}" for k, v in pairs)
    if b.style == "table":
        w = max(len(k) for k, _ in pairs) + 3
        return "\n".join(f"{k.ljust(w)}{v}" for k, v in pairs)
    return "\n".join(f"{k}: {v}" for k, v in pairs)


def _md_cell(text: str) -> str:
    return plain(text).replace("|", "\\|").replace("\n", "<br>")


def md(page: Page) -> str:
    """Return the page as Markdown."""
    out: list[str] = []
    if page.header:
        out.append(f"*{plain(page.header)}*")
    for b in page.blocks:
        if isinstance(b, Heading):
            out.append("#" * b.level + " " + plain(b.text))
        elif isinstance(b, Para):
            text = plain(b.text).replace("\n", "  \n")
            out.append(f"**{text}**" if b.bold else text)
        elif isinstance(b, Items):
            if b.marker == "none":
                out.append("\n".join(plain(i) for i in b.items))
            else:
                marker = "-" if b.marker in ("-", "•") else "*"
                out.append("\n".join(f"{marker} {plain(i)}" for i in b.items))
        elif isinstance(b, Pairs):
            out.append(_pairs_md(b))
        elif isinstance(b, Table):
            out.append(_table_md(b))
        elif isinstance(b, PageBreak):
            out.append("---")
    if page.footer:
        out.append(f"*{plain(page.footer)}*")
    return "\n\n".join(out) + "\n"


def _pairs_md(b: Pairs) -> str:
    pairs = [(plain(k), plain(v)) for k, v in b.pairs]
    if b.style == "lines":
        return "\n\n".join(f"**{k}**  \n{v}" for k, v in pairs)
    if b.style == "dash":
        return "\n".join(f"- {k}\n- {v}" for k, v in pairs)
    if b.style == "table":
        rows = "\n".join(f"| {k} | {v} |" for k, v in pairs)
        return "| | |\n|---|---|\n" + rows
    return "\n".join(f"- **{k}:** {v}" for k, v in pairs)


def _table_md(t: Table) -> str:
    if t.flat:
        return "\n\n".join(plain(c) for r in ((t.header or ()), *t.rows) for c in r if c)
    cols = len(t.rows[0])
    header = t.header or ("",) * cols
    lines = ["| " + " | ".join(_md_cell(c) for c in header) + " |",
             "|" + "---|" * cols]
    lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in t.rows]
    return "\n".join(lines)
