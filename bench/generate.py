"""Generate a corpus of N realistic job descriptions for the benchmark.

Half are .docx with a person-specification table, a third .pdf, the rest .txt/.md; each runs
to 2–6 pages. Content is drawn from pools of NHS-style sentences (duties, boilerplate,
criteria — some ringfenced, some inclusive) with a seeded random generator, so the same N
and seed give the same files.
"""

from __future__ import annotations

import os
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TITLES = [
    ("Head of Patient Flow", "8b"), ("Clinical Site Manager", "8a"), ("Safeguarding Lead", "8a"),
    ("Staff Nurse", "5"), ("Ward Manager", "7"), ("Discharge Team Lead", "7"),
    ("Deputy Director of Quality", "9"), ("Falls Prevention Lead", "7"),
    ("Physiotherapist", "6"), ("Head of Patient Safety", "8c"), ("Matron", "8a"),
    ("Infection Prevention Lead", "8a"), ("Service Manager", "8a"), ("Team Leader", "6"),
]
DIRECTORATES = ["Medicine", "Surgery", "Integrated Care", "Corporate Nursing", "Quality",
                "Women and Children", "Community Services", "Operations"]
DUTIES = [
    "Lead the day-to-day coordination of patient flow across the hospital site, working with "
    "bed managers, ward teams and the discharge team to make sure patients are in the right "
    "place at the right time.",
    "Line manage registered nurses, therapists and support workers, carrying out appraisals and "
    "supporting their professional development and revalidation.",
    "Analyse capacity and demand data and present recommendations to the operational "
    "management group each week.",
    "Ensure compliance with the NMC Code and HCPC standards within the teams you manage.",
    "Work alongside physiotherapists, occupational therapists and social workers to plan safe "
    "and timely discharges.",
    "Supervise Band 5 and Band 6 staff and act as a role model for compassionate care.",
    "Contribute to the trust's quality improvement programme, leading projects that reduce "
    "length of stay and improve patient experience.",
    "Chair the daily site safety huddle and escalate risks in line with the trust's escalation "
    "policy and OPEL framework.",
    "Manage the service budget, ensuring that resources are used efficiently and that "
    "financial targets are met.",
    "Take part in the senior manager on-call rota and deputise for the head of service.",
]
BOILERPLATE = [
    "Confidentiality: the postholder must maintain the confidentiality of information about "
    "patients, staff and other health service business in line with data protection law.",
    "Safeguarding: all staff have a responsibility to safeguard and promote the welfare of "
    "children and adults at risk, and to follow the trust's safeguarding policies.",
    "Equality and diversity: the trust is committed to equality of opportunity and to "
    "treating everyone with dignity and respect.",
    "Infection prevention and control: all staff must comply with infection prevention and "
    "control policies and complete mandatory training every year.",
    "Health and safety: the postholder must take reasonable care of their own health and "
    "safety and that of others affected by their work.",
]
CRITERIA = [
    ("Qualifications", "Current NMC registration", True),
    ("Qualifications", "Registered Nurse (Adult) with evidence of continuing professional "
     "development", True),
    ("Qualifications", "Current registration with a UK statutory health or care regulator "
     "(for example NMC, HCPC, GMC)", True),
    ("Qualifications", "Degree or equivalent experience in a health or care related subject", True),
    ("Qualifications", "Leadership or management qualification", False),
    ("Qualifications", "Non-medical prescribing qualification (V300)", False),
    ("Experience", "Experience as a ward sister or charge nurse", True),
    ("Experience", "Significant experience of leading a clinical team at a senior level", True),
    ("Experience", "Experience of managing patient flow in an acute hospital", True),
    ("Experience", "Experience of project management and service improvement", False),
    ("Knowledge", "Knowledge of national policy on urgent and emergency care", True),
    ("Knowledge", "Understanding of clinical governance and risk management", True),
    ("Skills", "Excellent communication skills, written and verbal", True),
    ("Skills", "Able to analyse complex information and make decisions under pressure", True),
    ("Skills", "IT skills including Microsoft Office and patient administration systems", True),
    ("Personal qualities", "Resilient and calm under pressure", True),
    ("Personal qualities", "Committed to the trust's values", True),
]


@dataclass(frozen=True)
class Spec:
    """One generated job description."""

    name: str
    title: str
    band: str
    directorate: str
    paragraphs: tuple[tuple[str, str], ...]  # (heading, text)
    criteria: tuple[tuple[str, str, bool], ...]


def make_spec(index: int, rng: random.Random) -> Spec:
    """Draw one job description of 2–6 pages."""
    title, band = rng.choice(TITLES)
    pages = rng.randint(2, 6)
    paragraphs: list[tuple[str, str]] = [("Job purpose", rng.choice(DUTIES))]
    while sum(len(t) for _, t in paragraphs) < pages * 2400:
        heading = rng.choice(["Key responsibilities", "Leadership and management",
                              "Quality and governance", "Education", "General"])
        text = rng.choice(DUTIES if heading != "General" else BOILERPLATE)
        paragraphs.append((heading, text))
    criteria = tuple(rng.sample(CRITERIA, k=rng.randint(10, len(CRITERIA))))
    return Spec(f"jd-{index:05d}", title, band, rng.choice(DIRECTORATES),
                tuple(paragraphs), criteria)


def write_docx(spec: Spec, path: Path) -> None:
    """Write a .docx with a job-details table and an Essential/Desirable tick table."""
    from docx import Document

    doc = Document()
    doc.add_heading("Job description", level=1)
    details = doc.add_table(rows=0, cols=2)
    for label, value in (("Job title", spec.title), ("Band", spec.band),
                         ("Directorate", spec.directorate), ("Reports to", "Head of Service")):
        cells = details.add_row().cells
        cells[0].text, cells[1].text = label, value
    # The bullet style's id, looked up once: python-docx's ``style=`` scans every style in
    # styles.xml per paragraph (two thirds of the writing time); the XML written is the same.
    bullet = doc.styles["List Bullet"].style_id
    last = None
    for heading, text in spec.paragraphs:
        if heading != last:
            doc.add_heading(heading, level=2)
            last = heading
        paragraph = doc.add_paragraph(text)
        if heading != "Job purpose":
            paragraph._p.style = bullet
    doc.add_heading("Person specification", level=1)
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Criteria", "Essential", "Desirable",
                                                "How assessed"), strict=True):
        cell.text = text
    for category, text, essential in spec.criteria:
        row = table.add_row().cells
        row[0].text = f"{category}: {text}"
        row[1 if essential else 2].text = "✓"
        row[3].text = "A/I"
    doc.core_properties.title = spec.title
    doc.save(str(path))


def write_pdf(spec: Spec, path: Path) -> None:
    """Write a PDF with running header/footer and a person-specification table."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    font = _font(pdf)
    pdf.add_page()
    pdf.set_font(font, "B", 16)
    pdf.cell(0, 10, "Job description", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 10)
    for label, value in (("Job title", spec.title), ("Band", spec.band),
                         ("Directorate", spec.directorate)):
        pdf.cell(0, 6, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
    last = None
    for heading, text in spec.paragraphs:
        if heading != last:
            pdf.set_font(font, "B", 12)
            pdf.cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", 10)
            last = heading
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.add_page()
    pdf.set_font(font, "B", 12)
    pdf.cell(0, 9, "Person specification", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 10)
    with pdf.table(col_widths=(110, 25, 25, 30)) as table:
        table.row(("Criteria", "Essential", "Desirable", "How assessed"))
        for _category, text, essential in spec.criteria:
            mark = "Yes"
            table.row((text, mark if essential else "", "" if essential else mark, "A/I"))
    pdf.output(str(path))


def _font(pdf: object) -> str:
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        pdf.add_font("DejaVu", "", str(dejavu))  # type: ignore[attr-defined]
        pdf.add_font("DejaVu", "B", str(dejavu.with_name("DejaVuSans-Bold.ttf")))  # type: ignore[attr-defined]
        return "DejaVu"
    return "Helvetica"


def write_text(spec: Spec, path: Path) -> None:
    """Write a .txt or .md job description with labelled essential/desirable criteria."""
    markdown = path.suffix == ".md"
    head = "# " if markdown else ""
    sub = "## " if markdown else ""
    lines = [f"{head}{spec.title}", "", f"Job title: {spec.title}", f"Band: {spec.band}",
             f"Directorate: {spec.directorate}", ""]
    last = None
    for heading, text in spec.paragraphs:
        if heading != last:
            lines += ["", f"{sub}{heading}", ""]
            last = heading
        lines.append(f"- {text}")
    lines += ["", f"{sub}Person specification", ""]
    for level in (True, False):
        lines += ["", "Essential criteria:" if level else "Desirable criteria:", ""]
        lines += [f"- {text}" for _c, text, essential in spec.criteria if essential is level]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def generate(folder: Path, count: int, seed: int = 2019, jobs: int | None = None) -> list[Path]:
    """Write ``count`` documents into ``folder``: 1/2 docx, 1/3 pdf, the rest txt/md.

    The specs are drawn in order from one seeded generator, then written by ``jobs`` processes
    (default: one per core): embedding the PDF font makes writing the slow part.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    n_docx, n_pdf = count // 2, count // 3
    work = []
    for index in range(count):
        spec = make_spec(index, rng)
        if index < n_docx:
            suffix = "docx"
        elif index < n_docx + n_pdf:
            suffix = "pdf"
        else:
            suffix = "md" if index % 2 else "txt"
        work.append((spec, folder / f"{spec.name}.{suffix}"))
    with ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
        list(pool.map(_write, work, chunksize=16))
    return [path for _, path in work]


def _write(item: tuple[Spec, Path]) -> None:
    spec, path = item
    writer = {".docx": write_docx, ".pdf": write_pdf}.get(path.suffix, write_text)
    writer(spec, path)
