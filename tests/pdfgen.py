"""Draw small PDF fixtures for the PDF reader tests with fpdf2 (test dependency only)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
HAVE_DEJAVU = (DEJAVU / "DejaVuSans.ttf").exists() and (DEJAVU / "DejaVuSans-Bold.ttf").exists()
TICK = "✓" if HAVE_DEJAVU else "X"  # core PDF fonts have no tick glyph
BULLET = "•" if HAVE_DEJAVU else "-"
FONT = "dejavu" if HAVE_DEJAVU else "helvetica"

LINE_H = 5.0  # mm between baselines of body text (10 pt type)
PAD = 1.5  # mm of cell padding


class Pdf(FPDF):
    """An A4 page set with optional running header and footer ("Page n of N")."""

    def __init__(self, header: str | None = None, footer: bool = False) -> None:
        super().__init__(format="A4", unit="mm")
        self.header_text = header
        self.footer_on = footer
        if HAVE_DEJAVU:
            self.add_font(FONT, "", str(DEJAVU / "DejaVuSans.ttf"))
            self.add_font(FONT, "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(20, 25, 20)
        self.alias_nb_pages()

    def header(self) -> None:
        """Draw the running header, if any, in the top margin."""
        if self.header_text:
            self.set_font(FONT, "", 8)
            self.set_xy(20, 10)
            self.cell(170, 4, self.header_text, align="R")

    def footer(self) -> None:
        """Draw "Page n of N" in the bottom margin."""
        if self.footer_on:
            self.set_font(FONT, "", 8)
            self.set_xy(20, 284)
            self.cell(170, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    def start(self) -> None:
        """Add a page and put the cursor at the top of the body."""
        self.add_page()
        self.set_xy(20, 25)

    def heading(self, text: str, size: float = 14) -> None:
        """Write a bold heading line and some space after it."""
        self.set_font(FONT, "B", size)
        self.set_x(20)
        self.cell(170, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def para(self, text: str, *, bold: bool = False, x: float = 20, width: float = 170) -> None:
        """Write a paragraph wrapped to ``width`` and a paragraph gap after it."""
        self.set_font(FONT, "B" if bold else "", 10)
        self.set_x(x)
        self.multi_cell(width, LINE_H, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def lines(self, rows: Sequence[str], x: float = 20) -> None:
        """Write pre-broken lines exactly as given (for hyphenation), then a paragraph gap."""
        self.set_font(FONT, "", 10)
        for row in rows:
            self.text(x, self.get_y() + 3.6, row)
            self.set_y(self.get_y() + LINE_H)
        self.ln(3)

    def bullet(self, text: str, glyph: str = BULLET, width: float = 160) -> None:
        """Write a hanging list item: glyph at 22 mm, text wrapped at 28 mm."""
        self.set_font(FONT, "", 10)
        y = self.get_y()
        self.text(22, y + 3.6, glyph)
        self.set_xy(28, y)
        self.multi_cell(width, LINE_H, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def label(self, label: str, value: str) -> None:
        """Write a job-details pair: a bold label at 20 mm, its value at 70 mm."""
        y = self.get_y()
        self.set_font(FONT, "B", 10)
        self.text(20, y + 3.6, label)
        self.set_font(FONT, "", 10)
        self.set_xy(70, y)
        self.multi_cell(120, LINE_H, value, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def wrap(self, text: str, width: float) -> list[str]:
        """Return ``text`` broken into lines that fit ``width`` mm of the current font."""
        lines: list[str] = []
        for part in text.split("\n"):
            lines.extend(
                self.multi_cell(width - 2 * PAD, LINE_H, part, dry_run=True, output="LINES")
            )
        return lines

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        rules: bool = True,
        centre: Sequence[int] = (),
        repeat_header: bool = True,
        bottom: float = 270,
    ) -> None:
        """Draw a table (a one-cell row spans all columns), breaking to a new page at ``bottom``."""
        self._row(widths, header, rules, centre, bold=True)
        for row in rows:
            height = self._height(widths, row)
            if self.get_y() + height > bottom:
                self.start()
                if repeat_header:
                    self._row(widths, header, rules, centre, bold=True)
            self._row(widths, row, rules, centre, bold=len(row) == 1)
        self.ln(4)

    def _height(self, widths: Sequence[float], row: Sequence[str]) -> float:
        spans = [sum(widths)] if len(row) == 1 else widths
        self.set_font(FONT, "", 10)
        pairs = zip(row, spans, strict=False)
        count = max(len(self.wrap(text, w)) if text else 1 for text, w in pairs)
        return count * LINE_H + 2 * PAD

    def _row(
        self,
        widths: Sequence[float],
        row: Sequence[str],
        rules: bool,
        centre: Sequence[int],
        *,
        bold: bool,
    ) -> None:
        spans = [sum(widths)] if len(row) == 1 else list(widths)
        height = self._height(widths, row)
        y, x = self.get_y(), 20.0
        self.set_font(FONT, "B" if bold else "", 10)
        for index, (text, width) in enumerate(zip(row, spans, strict=False)):
            for number, line in enumerate(self.wrap(text, width) if text else []):
                baseline = y + PAD + number * LINE_H + 3.6
                if index in centre and len(row) > 1:
                    self.text(x + (width - self.get_string_width(line)) / 2, baseline, line)
                else:
                    self.text(x + PAD, baseline, line)
            if rules:
                self.rect(x, y, width, height)
            x += width
        self.set_y(y + height)


def document() -> bytes:
    """Return bytes of a 3-page JD with running header/footer, headings, prose, lists, labels."""
    pdf = Pdf(header="Job description - Head of Patient Flow - Ref 123-456", footer=True)
    pdf.start()
    pdf.heading("Job Description", size=18)
    pdf.label("Job title", "Head of Patient Flow")
    pdf.label("Band", "8a")
    pdf.label("Reports to", "Deputy Chief Operating Officer for the Urgent and Emergency "
              "Care Division and Associate Director of Operations")
    pdf.ln(3)
    pdf.heading("Job purpose", size=14)
    pdf.para("The post holder will lead the patient flow team across the hospital site, working "
             "closely with clinical and operational colleagues to ensure that patients are cared "
             "for in the right place at the right time. They will manage the site team.")
    pdf.para("A second paragraph follows after a gap.")
    pdf.lines([
        "The post holder works in a multi-",
        "disciplinary team and keeps a self-",
        "motivated approach to post-",
        "registration learning for a Band 8a-",
        "level role.",
    ])
    pdf.heading("Key responsibilities", size=12)
    pdf.bullet("Lead the daily bed meetings and escalate capacity risks to the on-call "
               "manager in line with the trust escalation policy and procedures.")
    pdf.bullet("Manage the site team.")
    pdf.bullet("Report weekly on delayed discharges.", glyph="-")
    pdf.bullet("Chair the discharge group.", glyph="1.")
    pdf.bullet("Audit the flow dashboard.", glyph="a)")
    pdf.para("This bold sentence is a long emphasised paragraph rather than a heading, so it stays "
             "a paragraph.", bold=True)
    pdf.start()
    pdf.heading("Working relationships", size=12)
    pdf.para("Work alongside matrons, therapists and the discharge team across the trust.")
    pdf.start()
    pdf.heading("Values", size=12)
    pdf.para("Work to the trust values every day.")
    return bytes(pdf.output())


def tick_table(*, rules: bool = True) -> bytes:
    """Return a person specification with separate Essential and Desirable tick columns."""
    pdf = Pdf()
    pdf.start()
    pdf.heading("Person specification", size=14)
    pdf.table(
        (110, 30, 30),
        ("Criteria", "Essential", "Desirable"),
        (
            ("Qualifications",),
            ("Current NMC registration", TICK, ""),
            ("Evidence of continuing professional development in leadership and service "
             "improvement at master's level or equivalent experience", TICK, ""),
            ("Prince2 qualification", "", TICK),
            ("Experience",),
            ("Experience of managing patient flow", "Yes", ""),
            ("Experience of budget management", "", "X"),
        ),
        rules=rules,
        centre=(1, 2),
    )
    pdf.para("Signed by the recruiting manager after the table.")
    return bytes(pdf.output())


def ed_table() -> bytes:
    """Return a person specification with one E/D column and a method-of-assessment column."""
    pdf = Pdf()
    pdf.start()
    pdf.table(
        (100, 20, 50),
        ("Attribute", "E/D", "How assessed"),
        (
            ("Degree in a health or management subject", "E", "Application"),
            ("Evidence of working across organisational boundaries with partners in health and "
             "social care", "D", "Application / Interview"),
        ),
        centre=(1,),
    )
    return bytes(pdf.output())


def text_columns() -> bytes:
    """Return a person specification whose Essential and Desirable columns hold the criteria."""
    pdf = Pdf()
    pdf.start()
    pdf.table(
        (40, 65, 65),
        ("", "Essential", "Desirable"),
        (
            ("Qualifications",
             f"{BULLET} Registered healthcare professional with a current registration\n"
             f"{BULLET} Degree",
             "Master's degree in a relevant subject"),
            ("Experience",
             "Leading a team at a senior level in an acute trust setting\nManaging budgets",
             ""),
            ("Skills",
             "Ability to make sound decisions under pressure using incomplete information\n"
             "Excellent written and verbal communication skills\n"
             "Registered with the Nursing & Midwifery Council without conditions",
             ""),
        ),
    )
    return bytes(pdf.output())


def long_table(*, repeat_header: bool = True) -> bytes:
    """Return a tick table that breaks onto a second page."""
    pdf = Pdf(footer=True)
    pdf.start()
    pdf.heading("Person specification", size=14)
    rows = [(f"Criterion number {n} about service improvement", TICK if n % 2 else "",
             "" if n % 2 else TICK) for n in range(1, 31)]
    pdf.table((110, 30, 30), ("Criteria", "Essential", "Desirable"), rows, centre=(1, 2),
              repeat_header=repeat_header)
    pdf.para("Closing paragraph after the table.")
    return bytes(pdf.output())


def blank() -> bytes:
    """Return a PDF with a drawing and no text (what a scan looks like to a text reader)."""
    pdf = Pdf()
    pdf.start()
    pdf.rect(30, 30, 100, 60, style="F")
    return bytes(pdf.output())


def encrypted() -> bytes:
    """Return a PDF that needs a user password."""
    pdf = Pdf()
    pdf.start()
    pdf.para("Secret text.")
    pdf.set_encryption(owner_password="owner", user_password="user")
    return bytes(pdf.output())


def owner_locked() -> bytes:
    """Return a PDF encrypted with an owner password only (opens without a password)."""
    pdf = Pdf()
    pdf.start()
    pdf.para("Readable text behind an owner password.")
    pdf.set_encryption(owner_password="owner")
    return bytes(pdf.output())


def merged_category() -> bytes:
    """Return a ruled table whose category cell spans two criteria rows."""
    pdf = Pdf()
    pdf.start()
    pdf.set_font(FONT, "B", 10)
    xs, top = (20, 55, 160, 190), 30.0
    heights = (8.0, 8.0, 8.0, 8.0)
    ys = [top]
    for height in heights:
        ys.append(ys[-1] + height)
    cells = [
        ("Category", "Criteria", "E/D"),
        ("Experience", "Managing a site team", "E"),
        ("", "Leading improvement projects", "D"),
        ("Skills", "Negotiating with partners", "E"),
    ]
    for number, row in enumerate(cells):
        pdf.set_font(FONT, "B" if number == 0 else "", 10)
        for x, text in zip(xs, row, strict=False):
            if text:
                pdf.text(x + PAD, ys[number] + 5.5, text)
    for x in xs:
        pdf.line(x, ys[0], x, ys[-1])
    pdf.line(xs[0], ys[0], xs[-1], ys[0])
    pdf.line(xs[0], ys[1], xs[-1], ys[1])
    pdf.line(xs[1], ys[2], xs[-1], ys[2])  # the category cell spans rows 2 and 3
    pdf.line(xs[0], ys[3], xs[-1], ys[3])
    pdf.line(xs[0], ys[4], xs[-1], ys[4])
    return bytes(pdf.output())


def marked_lines() -> bytes:
    """Return criteria one per line, each ending with its level, as long as the lines around."""
    pdf = Pdf()
    pdf.start()
    pdf.heading("Person specification", size=14)
    pdf.heading("Experience", size=12)
    pdf.lines([
        "Leading the operational response to surges in demand across the hospital - E",
        "Negotiating discharge dates with partners in community health services (D)",
        "Presenting capacity forecasts to the executive team – Desirable",
        "Registered with a professional body",
    ])
    return bytes(pdf.output())


def one_page() -> bytes:
    """Return a one-page letter with "Page 1 of 1" in the footer."""
    pdf = Pdf(footer=True)
    pdf.start()
    pdf.para("Only one page of text here.")
    return bytes(pdf.output())
