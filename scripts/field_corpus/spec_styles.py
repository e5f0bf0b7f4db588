"""Lay out a person specification in each style seen in the field study."""

from __future__ import annotations

from collections.abc import Callable

from field_corpus.blocks import Block, Heading, Items, Para, Table
from field_corpus.model import Criterion, Doc

Groups = list[tuple[str, list[Criterion]]]


def groups(criteria: tuple[Criterion, ...]) -> Groups:
    """Return criteria grouped by their group name, in order of first appearance."""
    out: dict[str, list[Criterion]] = {}
    for c in criteria:
        out.setdefault(c.group, []).append(c)
    return list(out.items())


def _ess(cs: list[Criterion]) -> list[str]:
    return [c.text for c in cs if c.level == "essential"]


def _des(cs: list[Criterion]) -> list[str]:
    return [c.text for c in cs if c.level == "desirable"]


def stacked(doc: Doc) -> list[Block]:
    """NHS Jobs: each group carries an 'Essential criteria' and a 'Desirable criteria' list."""
    out: list[Block] = []
    for name, cs in groups(doc.criteria):
        out.append(Heading(name, 3))
        for label, texts in (("Essential criteria", _ess(cs)), ("Desirable criteria", _des(cs))):
            if texts:
                out += [Para(label), Items(tuple(texts), "-")]
    return out


def headed(doc: Doc) -> list[Block]:
    """Trac: group heading, then 'Essential' and 'Desirable' sub-lists."""
    out: list[Block] = []
    for name, cs in groups(doc.criteria):
        out.append(Heading(name, 3))
        for label, texts in (("Essential", _ess(cs)), ("Desirable", _des(cs))):
            if texts:
                out += [Para(label, bold=True), Items(tuple(texts), "•")]
    return out


def ticks(doc: Doc) -> list[Block]:
    """A table with separate Essential and Desirable columns holding a mark."""
    rows: list[tuple[str, ...]] = []
    for name, cs in groups(doc.criteria):
        rows.append((name.upper(), "", "", ""))
        for c in cs:
            e, d = (doc.tick, "") if c.level == "essential" else ("", doc.tick)
            rows.append((c.text, e, d, c.assess or "A/I"))
    return [Table(("Criteria", "Essential", "Desirable", "Assessed by"), tuple(rows),
                  (0.58, 0.12, 0.12, 0.18))]


def edcol(doc: Doc) -> list[Block]:
    """A table with one E/D column and a method-of-assessment column."""
    rows: list[tuple[str, ...]] = []
    for name, cs in groups(doc.criteria):
        for i, c in enumerate(cs):
            rows.append((name if i == 0 else "", c.text, "E" if c.level == "essential" else "D",
                         c.assess or "Application form / interview"))
    return [Table(("Factor", "Criteria", "E/D", "Method of assessment"), tuple(rows),
                  (0.18, 0.52, 0.08, 0.22))]


def textcols(doc: Doc) -> list[Block]:
    """A table whose Essential and Desirable columns hold the criteria text itself."""
    rows = tuple((name, "\n".join(_ess(cs)), "\n".join(_des(cs)))
                 for name, cs in groups(doc.criteria))
    return [Table(("", "Essential", "Desirable"), rows, (0.2, 0.4, 0.4))]


def cellsplit(doc: Doc) -> list[Block]:
    """One row per criterion: a label cell ('Registration'), then the text in its level column."""
    rows = []
    for c in doc.criteria:
        e, d = (c.text, "") if c.level == "essential" else ("", c.text)
        rows.append((c.assess or c.group, e, d))
    return [Table(("Requirement", "Essential", "Desirable"), tuple(rows), (0.26, 0.37, 0.37))]


def inline(doc: Doc) -> list[Block]:
    """Bullets per group with a trailing (E) or (D)."""
    out: list[Block] = []
    for name, cs in groups(doc.criteria):
        out += [Heading(name, 3), Items(tuple(
            f"{c.text} ({'E' if c.level == 'essential' else 'D'})" for c in cs), "-")]
    return out


def numbered(doc: Doc) -> list[Block]:
    """Tab-numbered criteria, numbering running through the groups, with a trailing (E)/(D)."""
    out: list[Block] = []
    n = 0
    for name, cs in groups(doc.criteria):
        lines = []
        for c in cs:
            n += 1
            lines.append(f"{n}.\t{c.text} ({'E' if c.level == 'essential' else 'D'})")
        out += [Heading(name, 3), Items(tuple(lines), "none")]
    return out


def prefix(doc: Doc) -> list[Block]:
    """'Essential:' / 'Desirable:' at the start of each criterion."""
    out: list[Block] = []
    for name, cs in groups(doc.criteria):
        marks = ("Essential" if c.level == "essential" else "Desirable" for c in cs)
        out += [Heading(name, 3),
                Items(tuple(f"{m}: {c.text}" for m, c in zip(marks, cs, strict=True)), "-")]
    return out


def keyed(doc: Doc) -> list[Block]:
    """A key line (E = essential, D = desirable) and a letter per criterion in its own column."""
    rows = []
    for name, cs in groups(doc.criteria):
        rows.append((name, ""))
        rows += [(c.text, "E" if c.level == "essential" else "D") for c in cs]
    return [Para("Key: E = essential for the post; D = desirable."),
            Table(("Criterion", "E / D"), tuple(rows), (0.85, 0.15))]


def flat(doc: Doc) -> list[Block]:
    """A table flattened by copying: every cell on its own line, marks apart from the text."""
    rows = []
    for _name, cs in groups(doc.criteria):
        rows += [(c.text, "Essential" if c.level == "essential" else "Desirable",
                  c.assess or "Application form") for c in cs]
    return [Table(("Criteria", "Essential/Desirable", "Stage assessed"), tuple(rows),
                  (0.6, 0.2, 0.2), flat=True)]


def ni_sections(doc: Doc) -> list[Block]:
    """HSC: notes to applicants, Section 1 essential table, Section 2 desirable table."""
    def table(level: str) -> Table:
        rows = []
        for name, cs in groups(doc.criteria):
            texts = [c.text for c in cs if c.level == level]
            if texts:
                rows.append((name, "\n".join(texts), "Shortlisting by application form"))
        header = ("Factor", "Essential Criteria" if level == "essential" else "Desirable Criteria",
                  "Method of Assessment")
        return Table(header, tuple(rows), (0.22, 0.5, 0.28))

    return [
        Heading("NOTES TO APPLICANTS", 3),
        Items((
            "Set out clearly on your application form how, and to what extent, you meet each "
            "criterion; the panel can only use what you write there.",
            "Criteria must be met by the closing date unless a criterion says otherwise.",
            "Shortlisting will be carried out on the essential criteria in Section 1. If many "
            "people apply, the panel may also apply the Section 2 criteria, in the order listed.",
        ), "-"),
        Heading("SECTION 1: ESSENTIAL CRITERIA", 3),
        Para("These are measured at shortlisting and may be explored further at interview."),
        table("essential"),
        Heading("SECTION 2: DESIRABLE CRITERIA", 3),
        table("desirable"),
    ]


STYLES: dict[str, Callable[[Doc], list[Block]]] = {
    "stacked": stacked, "headed": headed, "ticks": ticks, "edcol": edcol, "textcols": textcols,
    "cellsplit": cellsplit, "inline": inline, "numbered": numbered, "prefix": prefix,
    "keyed": keyed, "flat": flat, "ni-sections": ni_sections,
}
