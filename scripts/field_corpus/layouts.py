"""Turn a document into blocks in one of the published layouts the field study found."""

from __future__ import annotations

from collections.abc import Callable

from field_corpus import boilerplate
from field_corpus.blocks import Block, Heading, Items, Page, PageBreak, Pairs, Para
from field_corpus.model import Doc
from field_corpus.spec_styles import STYLES


def _spec(doc: Doc) -> list[Block]:
    return STYLES[doc.spec_style](doc)


def _paras(texts: tuple[str, ...]) -> list[Block]:
    return [Para(t) for t in texts]


def _extra(doc: Doc, level: int = 3) -> list[Block]:
    out: list[Block] = []
    for heading, paragraphs in doc.extra:
        out.append(Heading(heading, level))
        out += _paras(paragraphs)
    return out


def _wrap(doc: Doc) -> int:
    return 74 if "hard-wrap" in doc.features else 0


def _title_heading(doc: Doc) -> list[Block]:
    return [] if "title-header-only" in doc.features or "title-field-only" in doc.features \
        else [Heading(doc.shown_title, 1)]


def nhsjobs(doc: Doc) -> Page:
    """NHS Jobs: employer line, title, Job summary, Main duties, About us, Details, Job
    description, Person Specification with stacked Essential/Desirable lists per group."""
    e = doc.employer
    blocks: list[Block] = [Para(e.name), *_title_heading(doc),
                           Para(boilerplate.closing(doc.slug)),
                           Heading("Job summary"), *_paras(doc.summary),
                           Heading("Main duties of the job"), Items(doc.duties, "•"),
                           Heading("About us"), Para(e.about)]
    if doc.details:
        blocks += [Heading("Details"), Pairs(doc.details, doc.details_style)]
    blocks += [Heading("Job description"), Heading("Job responsibilities", 3), *_extra(doc, 4),
               Heading("Person Specification"), *_spec(doc),
               Heading("Employer details"), Para(f"{e.name}\n{e.site}")]
    return Page(tuple(blocks), wrap=_wrap(doc))


def trac(doc: Doc) -> Page:
    """Trac board: Job summary block of label/value lines, employer heading, title then band
    line, Job overview, Main duties, Working for our organisation, person specification."""
    e = doc.employer
    blocks: list[Block] = [Heading("Job summary", 2), Pairs(doc.details, doc.details_style),
                           Heading("Employer heading", 3), Para(e.name),
                           *_title_heading(doc)]
    if doc.band and "no-band-line" not in doc.features:
        blocks.append(Para(f"Band {doc.band}"))
    blocks += [Para(boilerplate.values(e)), Heading("Job overview"), *_paras(doc.summary),
               Heading("Main duties of the job"), Items(doc.duties, "•"),
               Heading("Working for our organisation"), Para(e.about),
               Heading("Detailed job description and main responsibilities"), *_extra(doc),
               Heading("Person specification"), *_spec(doc)]
    return Page(tuple(blocks), wrap=_wrap(doc))


def jobboard(doc: Doc) -> Page:
    """A job board's copy: title, employer, the board's own fields, the advert body."""
    e = doc.employer
    blocks: list[Block] = [*_title_heading(doc), Para(e.name), Pairs(doc.details, "colon"),
                           Heading("Job overview"), *_paras(doc.summary),
                           Heading("Main duties of the job"), Items(doc.duties, "-"),
                           *_extra(doc, 2), Heading("Working for our organisation"),
                           Para(e.about), Heading("Person Specification"), *_spec(doc)]
    return Page(tuple(blocks), wrap=_wrap(doc))


def trust_jd(doc: Doc) -> Page:
    """A trust JD: job details, purpose, responsibilities, general duties, then a person
    specification table after a page break."""
    e = doc.employer
    head = f"{e.name} | Job description" + (
        f" | {doc.title}" if "title-header-only" in doc.features else "")
    blocks: list[Block] = [Para(e.name.upper(), bold=True), Heading("JOB DESCRIPTION", 2)]
    if "title-header-only" not in doc.features:
        blocks.append(Pairs((("Job title", doc.shown_title), *doc.details), doc.details_style))
    else:
        blocks.append(Pairs(doc.details, doc.details_style))
    blocks += [Heading("1. Job purpose"), *_paras(doc.summary),
               Heading("2. Key responsibilities"), Items(doc.duties, "•"), *_extra(doc),
               Heading("3. General responsibilities"), *boilerplate.general(e),
               PageBreak(), Heading("PERSON SPECIFICATION", 2), *_spec(doc)]
    return Page(tuple(blocks), header=head, footer=f"{e.prefix} job description",
                wrap=_wrap(doc))


def person_spec(doc: Doc) -> Page:
    """A separate person-specification document."""
    e = doc.employer
    blocks: list[Block] = [Para(e.name), Heading("Person Specification", 1)]
    blocks.append(Pairs((("Post", doc.shown_title), *doc.details), doc.details_style))
    blocks += _paras(doc.summary)
    blocks += _spec(doc)
    return Page(tuple(blocks), header=f"{e.name} person specification",
                wrap=_wrap(doc))


def scot_pack(doc: Doc) -> Page:
    """NHS Scotland information pack: comma title line, upper-case label lines, PVG note,
    the AfC JD form ('1. JOB IDENTIFICATION'), then the person specification."""
    e = doc.employer
    line = ", ".join(p for p in (doc.shown_title, f"Band {doc.band}" if doc.band else "",
                                 doc.directorate or "") if p).upper()
    blocks: list[Block] = [Heading(line, 1), Para("Information Pack"),
                           Pairs(doc.details, "colon"), Para(boilerplate.PVG),
                           Heading(f"{e.name.upper()} - AGENDA FOR CHANGE JOB DESCRIPTION", 2),
                           Heading("1. JOB IDENTIFICATION", 3),
                           Pairs((("Job Title", doc.title),
                                  ("Department(s)/Location", doc.directorate or e.site),
                                  ("Number of job holders", "1")), "lines"),
                           Heading("2. JOB PURPOSE", 3), *_paras(doc.summary),
                           Heading("3. KEY DUTIES / RESPONSIBILITIES", 3), Items(doc.duties, "•"),
                           *_extra(doc), PageBreak(),
                           Heading("PERSON SPECIFICATION", 2), *_spec(doc)]
    return Page(tuple(blocks), footer=f"{e.name} | {e.prefix}", wrap=_wrap(doc))


def wales_jd(doc: Doc) -> Page:
    """A Welsh health board JD: JOB DETAILS, ORGANISATIONAL ARRANGEMENTS, purpose, duties,
    Welsh language level, person specification with a method of assessment."""
    e = doc.employer
    blocks: list[Block] = [Para(e.name, bold=True), Heading("JOB DESCRIPTION", 2),
                           Heading("JOB DETAILS", 3),
                           Pairs((("Job Title", doc.shown_title), *doc.details[:3]), "colon"),
                           Heading("ORGANISATIONAL ARRANGEMENTS", 3),
                           Pairs(doc.details[3:], "colon"),
                           Heading("Job Summary / Job Purpose", 3), *_paras(doc.summary),
                           Heading("DUTIES AND RESPONSIBILITIES", 3), Items(doc.duties, "•"),
                           *_extra(doc), Para(boilerplate.welsh(doc.slug)), PageBreak(),
                           Heading("PERSON SPECIFICATION", 2), *_spec(doc)]
    return Page(tuple(blocks), header=f"{e.name} | {e.prefix}", wrap=_wrap(doc))


def ni_hsc(doc: Doc) -> Page:
    """An HSC Trust JD and personnel specification (Section 1 essential, Section 2 desirable)."""
    e = doc.employer
    blocks: list[Block] = [Para(e.name.upper(), bold=True), Heading("JOB DESCRIPTION", 2),
                           Pairs((("JOB TITLE", doc.shown_title), *doc.details), "colon"),
                           Heading("JOB SUMMARY", 3), *_paras(doc.summary),
                           Heading("KEY RESULT AREAS", 3), Items(doc.duties, "-"),
                           *_extra(doc), PageBreak(),
                           Heading("PERSONNEL SPECIFICATION", 2),
                           Para(f"JOB TITLE AND BAND: {doc.title}, Band {doc.band}"
                                if doc.band else f"JOB TITLE: {doc.title}"),
                           *_spec(doc)]
    return Page(tuple(blocks), footer=f"{e.name} | {e.prefix}", wrap=_wrap(doc))


LAYOUTS: dict[str, Callable[[Doc], Page]] = {
    "nhsjobs": nhsjobs, "trac": trac, "jobboard": jobboard, "trust-jd": trust_jd,
    "person-spec": person_spec, "scot-pack": scot_pack, "wales-jd": wales_jd, "ni-hsc": ni_hsc,
}


def page(doc: Doc) -> Page:
    """Return the document laid out in its layout."""
    return LAYOUTS[doc.layout](doc)
