"""Structure of published adverts and board templates: label lines, titles, bands (issue 15).

Each case is a layout the field study (docs/field-study.md §2) found, in words of our own.
"""

from __future__ import annotations

import pytest

from jdlint.document import BlockKind, Document, Line, Location, RawDocument
from jdlint.structure import assemble

P, H = BlockKind.PARAGRAPH, BlockKind.HEADING


def lines(*texts: str | tuple[str, BlockKind, int | None, bool]) -> Document:
    """Structure a document of lines: a text, or (text, kind, heading level, bold)."""
    items = []
    for n, spec in enumerate(texts, start=1):
        text, kind, level, bold = (spec, P, None, False) if isinstance(spec, str) else spec
        items.append(Line(text, kind, Location(line=n), heading_level=level, emphasis=bold))
    return assemble(RawDocument(path="jd.txt", format="txt", items=tuple(items)))


def bold(text: str) -> tuple[str, BlockKind, None, bool]:
    return (text, P, None, True)


def heading(text: str, level: int = 2) -> tuple[str, BlockKind, int, bool]:
    return (text, H, level, True)


def test_a_label_line_gives_its_value_on_the_next_line() -> None:
    doc = lines("Moorside Community NHS Trust", heading("Job description", 1), bold("Job title"),
                "Discharge Coordinator", bold("Band"), "Band 6", bold("Reports to"),
                "Patient Flow Manager", heading("Job purpose"), "To plan discharges.")
    assert (doc.title, doc.band) == ("Discharge Coordinator", "6")
    reports = next(b for b in doc.blocks if b.text == "Patient Flow Manager")
    assert reports.label == "Reports to" and reports.kind is not H


def test_label_lines_in_a_pdf_are_fields_however_bold() -> None:
    doc = lines(heading("JOB DESCRIPTION", 1), heading("Band", 2), "Band 9",
                heading("Directorate", 2), "Surgery", heading("1. Job purpose", 2), "To lead.")
    assert doc.band == "9" and doc.directorate == "Surgery"
    assert doc.title is None  # "Band" is a field, never the title


def test_an_empty_label_never_swallows_the_next_heading() -> None:
    doc = lines("Job title: Site Practitioner", "Band:", heading("Job summary"),
                "We run the site at night.")
    assert doc.band is None
    assert any(b.kind is H and b.text == "Job summary" for b in doc.blocks)


def test_nhs_jobs_details_block_of_label_and_value_lines() -> None:
    doc = lines(heading("Site Lead", 1), heading("Job summary"), "We run the site.",
                heading("Details"), "Date posted", "3 March 2026", "Pay scheme",
                "Agenda for change", "Band", "Band 8a", "Salary", "£55,000 a year",
                "Reference number", "XYZ-8A-01")
    assert (doc.title, doc.band, doc.reference) == ("Site Lead", "8a", "XYZ-8A-01")


def test_trac_title_is_the_heading_above_a_band_line() -> None:
    doc = lines(heading("Job summary"), bold("Main area"), "Frailty", bold("Grade"),
                "NHS AfC: Band 7", bold("Employer"), "Westfold NHS Trust",
                heading("Employer heading"), "Westfold NHS Trust", heading("Frailty Lead"),
                "Band 7", heading("Job overview"), "Leads the frailty unit.")
    assert (doc.title, doc.band) == ("Frailty Lead", "7")


def test_the_title_can_come_from_the_page_header() -> None:
    items = (Line("Riverholm NHS Trust | Job description | Head of Flow", BlockKind.HEADER,
                  Location(page=1, line=1)),
             Line("JOB DESCRIPTION", H, Location(page=1, line=2), heading_level=1),
             Line("1. Job purpose", H, Location(page=1, line=3), heading_level=2),
             Line("To lead flow.", P, Location(page=1, line=4)))
    doc = assemble(RawDocument(path="jd.pdf", format="pdf", items=items))
    assert doc.title == "Head of Flow"


@pytest.mark.parametrize(("written", "band"), [
    ("Band 8 (a)", "8a"), ("AfC band 8a", "8a"), ("NHS AfC: Band 6", "6"), ("BAND 8D", "8d"),
    ("Band 8", None),  # no letter: Band 8 is not one band
])
def test_band_as_written(written: str, band: str | None) -> None:
    assert lines("Job title: Lead Practitioner", f"Band: {written}").band == band


def test_a_short_criterion_marked_desirable_is_not_a_heading() -> None:
    doc = lines(heading("Person specification"), heading("Qualifications", 3),
                "Degree in a health subject (E)", "MRCGP (D)")
    marked = next(b for b in doc.blocks if b.text.startswith("MRCGP"))
    assert marked.kind is not H and marked.level.value == "desirable"


def read_text(text: str, name: str) -> Document:
    from jdlint.api import read_document

    return read_document(text.encode(), name)


def test_a_band_in_bold_markdown_and_a_leading_band_in_the_title() -> None:
    bold_band = read_text("# Discharge Lead\n\n**Band 7**\n\n## Job summary\n\nWe plan.\n", "a.md")
    assert (bold_band.title, bold_band.band) == ("Discharge Lead", "7")
    leading = read_text("Band 4 Assistant Practitioner\n\nJob summary\n\nWe help.\n", "b.txt")
    assert (leading.title, leading.band) == ("Assistant Practitioner", "4")


def test_a_section_heading_is_never_the_title() -> None:
    assert read_text("JOB SUMMARY\n\nThe post holder leads.\n\nBand: 7\n", "c.txt").title is None


def test_tab_numbered_criteria_keep_their_trailing_marks() -> None:
    doc = read_text("Job title: Team Lead\n\nPERSON SPECIFICATION\n\n1.\tDegree in a health "
                    "subject (E)\n2.\tLeadership course\t(D)\n", "d.txt")
    levels = {b.text: b.level.value for b in doc.blocks if b.kind is BlockKind.LIST_ITEM}
    assert levels == {"Degree in a health subject": "essential", "Leadership course": "desirable"}


# Fresh-advert check (docs/field-study.md, 2026-12-03): where adverts put the title when no
# "Job title" field and no heading carries it. Words of our own for each layout seen.

@pytest.mark.parametrize(("text", "title"), [
    # board copy: the title line, then the employer, then a place, then the summary
    ("Ward Coordinator\nKestrel Vale NHS Trust\nBrackenford\n\nJob summary\n\nWe seek a "
     "coordinator.\n", "Ward Coordinator"),
    # NHS Jobs copy: employer line, title line, closing-date sentence, then the summary
    ("Fernhollow Hospitals NHS Foundation Trust\n\nRespiratory Sister - Children's Assessment "
     "Unit\n\nThe closing date is 3 March 2026\n\nJob summary\n\nJoin us.\n",
     "Respiratory Sister - Children's Assessment Unit"),
    # a closed advert: the title, then a closed notice
    ("Admissions Co-ordinator (QX12)\nThis job is now closed\nJob summary\nWe plan.\n",
     "Admissions Co-ordinator (QX12)"),
    # a title with a trailing band and a title with a leading band
    ("Operations Manager - Elective Care - Band 8b\nDepartment: Surgery\n\nJob purpose\nTo run "
     "the service.\n", "Operations Manager - Elective Care"),
    ("Band 5 Flow Navigator- Acute Medicine\n\nThe closing date is 1 May 2026\n\nJob summary"
     "\n\nWe move patients.\n", "Flow Navigator- Acute Medicine"),
    # a board heading: title | employer
    ("Night Sister/Charge Nurse | Heronmere NHS Foundation Trust\nSummary\nA ward post.\n",
     "Night Sister/Charge Nurse"),
    # a Trac-powered page: the powered-by line ends in "for", then the employer, then the title
    ("Trac proudly powers the recruitment for\nLarkspur NHS Trust\nDay Unit Sister - SDEC\n"
     "Accepting applications until: 09-Feb-2026 23:59\nKey details\n", "Day Unit Sister - SDEC"),
])
def test_the_title_on_the_first_lines_of_an_advert(text: str, title: str) -> None:
    assert read_text(text, "advert.txt").title == title


def test_hospital_or_healthcare_in_a_title_is_not_an_employer_name() -> None:
    doc = read_text("Wrenfield NHS Trust\n\nCommunity Hospital Rehabilitation Lead\n\nThe closing "
                    "date is 2 June 2026\n\nJob summary\n\nLead the ward.\n", "a.txt")
    assert doc.title == "Community Hospital Rehabilitation Lead"


@pytest.mark.parametrize(("grade", "title"), [
    ("NHS AfC: Band 7", "Stroke Physiotherapy Team Lead"),
    ("NHS Medical & Dental: Consultant", "Retrieval Duty Consultant"),
])
def test_trac_employer_heading_then_a_title_line_then_its_grade(grade: str, title: str) -> None:
    text = (f"Job summary\n\nMain area\nStroke\nGrade\n{grade}\nEmployer\nOakhurst NHS Trust\n\n"
            f"Employer heading\n\n{title}\n\n{grade}\n\nJob overview\n\nWe lead.\n")
    assert read_text(text, "trac.txt").title == title


@pytest.mark.parametrize(("text", "title"), [
    # a JD cover line that only introduces the title on the next line
    ("JOB DESCRIPTION FOR THE POST OF\nDay Hospital Coordinator\n\nBAND: 6\n\nJOB SUMMARY:\n\n"
     "The post holder runs the day hospital.\n", "Day Hospital Coordinator"),
    # a cover letter's heading that carries its own label
    ("Dear Candidate\n\nPOST: DECONTAMINATION SERVICES MANAGER\n\nHOURS: 37\n\nPlease find the "
     "pack enclosed.\n", "Decontamination Services Manager"),
])
def test_a_title_behind_a_cover_line_or_its_own_label(text: str, title: str) -> None:
    assert read_text(text, "pack.txt").title == title


def test_the_band_on_the_trac_line_below_the_title() -> None:
    text = ("Job summary\n\nEmployer heading\n\nTransfer Coordinator\n\nNHS AfC: Band 5\n\n"
            "Larchmoor NHS Trust is a community provider.\n")
    doc = read_text(text, "trac.txt")
    assert (doc.title, doc.band) == ("Transfer Coordinator", "5")


def test_a_title_named_only_in_the_adverts_own_words() -> None:
    text = ("Job summary\n\nWe are seeking a Lead Midwife to head our birth centre.\n\n"
            "Main duties of the job\n\nAs Lead Midwife, you will manage the unit and its staff.\n")
    assert read_text(text, "advert.txt").title == "Lead Midwife"


def test_as_a_profession_describes_the_person_not_the_post() -> None:
    text = ("Job summary\n\nJoin our site team.\n\nMain duties of the job\n\n"
            "As a Registered Nurse, you will lead the hospital out of hours.\n")
    assert read_text(text, "advert.txt").title is None


# Second fresh check (docs/field-study.md, 2026-12-03): lines of a page or a pack that stand
# where a title would and are never one. Words of our own for each layout seen.

@pytest.mark.parametrize(("text", "title"), [
    # a board page's web furniture above a Trac head
    ("Skip to main content\n\nThis site is independent of the NHS.\n\nPlease wait, loading\n\n"
     "Job summary\n\nMain area\nWards\nGrade\nBand 6\nEmployer\nBirchwell NHS Trust\n\n"
     "Employer heading\n\nBirchwell NHS Trust logo\n\nDischarge Hub Lead\n\nBand 6\n\n"
     "Job overview\n\nWe plan.\n",
     "Discharge Hub Lead"),
    # a status note and a contents list before a labelled post line
    ("Specialty Doctor in Old Age Psychiatry Community Services 10 PAs per week\n\nAwaiting "
     "College approval\n\nPage 1 of 20 Greyholt Trust\n\nCONTENTS\n\nPage 3 1. The post\n\n"
     "Page 5 2. Duties\n\nPost and specialty: Specialty Doctor in Old Age Psychiatry Base: Elm "
     "House,\n", "Specialty Doctor in Old Age Psychiatry"),
    # a document code as the first heading, then the title behind the genre words
    ("QX2019.4(V2)\n\nJob Description and Person Specification: Consultant in Old Age "
     "Psychiatry North Team\n\nBase: Ash Lodge\n\nRESPONSIBLE OFFICER\n",
     "Consultant in Old Age Psychiatry North Team"),
    # a pack cover: an editor's note, the board, a count of posts, then the title
    ("Cover page draft\n\nRowan NHS Board\n\nThree posts:\n\nService Manager, Surgery\n"
     "Rowan General Hospital\n\nCandidate information pack\n\nReference: R/12/24\n",
     "Service Manager, Surgery"),
    # a personnel specification flattened to one line: its post field runs on into the next
    ("PERSONNEL SPECIFICATION POST: Night Flow Lead Band 6 DEPARTMENT: Medicine LOCATION: "
     "Eastmoor Hospital FACTORS ESSENTIAL DESIRABLE Degree in a health subject 1\n",
     "Night Flow Lead"),
    # a board pack's application notice and a numbered form heading before the title field
    ("Important Job Application Information\n\nPlease read the pack.\n\n1. JOB IDENTIFICATION"
     "\n\nJob Title: Imaging Technologist\n", "Imaging Technologist"),
    # a pack's candidate-information heading, then a "Post of" label
    ("INFORMATION FOR APPLICANTS\n\nPOST OF: Flow Coordinator\n\nBASE: Hilltop Hospital\n",
     "Flow Coordinator"),
])
def test_page_furniture_and_pack_notes_are_never_the_title(text: str, title: str) -> None:
    assert read_text(text, "page.txt").title == title


def test_a_genre_heading_with_its_section_words_is_not_a_title() -> None:
    text = ("Full job description and key responsibilities\n\nKEY RELATIONSHIPS\n\n"
            "The post holder works with ward staff.\n")
    assert read_text(text, "jd.txt").title is None


def test_a_column_of_labels_then_the_column_of_their_values() -> None:
    text = ("CANDIDATE NOTES\n\nPOST OF:\nBASE:\nREF NO:\nBed Bureau Lead\nWestholm Hospital\n"
            "Q/101/24\n\nThank you for your interest in this post.\n")
    doc = read_text(text, "pack.txt")
    assert (doc.title, doc.reference) == ("Bed Bureau Lead", "Q/101/24")


def test_a_training_grade_in_brackets_does_not_make_the_title_an_employer() -> None:
    doc = lines("Harbourside Hospitals NHS Foundation Trust",
                "Trainee Renal Practitioner (Foundation Year)", "The closing date is 3 May 2026",
                heading("Job summary"), "A two-year programme in renal care.")
    assert doc.title == "Trainee Renal Practitioner (Foundation Year)"


def test_the_line_above_the_closing_date_is_the_title_when_the_employer_has_no_trust_word() -> None:
    doc = lines(heading("Meadowgate Healthcare Group", 1),
                heading("RQ40213 Theatre Team Lead - Day Surgery", 1),
                "The closing date is 9 June 2026", heading("Job summary"),
                "Lead a day surgery theatre team.")
    assert doc.title == "Theatre Team Lead - Day Surgery"


def test_a_field_name_glossed_with_the_standard_label_in_brackets() -> None:
    doc = lines("Recruitment Team", "Job description for the following vacancy:",
                "OPENING (Post Title):", "Lead Nurse for Frailty", "Band 7",
                heading("Job purpose"), "To lead frailty nursing.")
    assert doc.title == "Lead Nurse for Frailty"


def test_a_board_field_list_ends_where_the_employer_heading_starts() -> None:
    text = ("Job summary\n- Grade\n- Band 5\n- Closing\n- 04/05/2026 23:59\nEmployer heading\n"
            "Occupational Therapy Technician for the Community Rehabilitation Team\nBand 5\n"
            "About our Trust\nWe are a community trust serving a large rural county.\n")
    doc = read_text(text, "jd.txt")
    assert (doc.title, doc.band) == (
        "Occupational Therapy Technician for the Community Rehabilitation Team", "5")


def test_a_numbered_details_heading_glued_to_the_first_field() -> None:
    doc = lines("NHS Borderside", "JOB DESCRIPTION",
                "1. JOB IDENTIFICATION Job Title: Falls Practitioner Responsible to: "
                "Lead Nurse Department(s): Older People's Medicine",
                "2. JOB PURPOSE", "To assess older people who fall.")
    assert doc.title == "Falls Practitioner"


# Fourth fresh check (docs/field-study.md, 2026-12-04): where recruitment packs and person
# specifications put the title. Words of our own for each layout seen.

@pytest.mark.parametrize(("text", "title"), [
    # a sharing site's file name above the pack, then a genre line, then the title line
    ("person specification - Heathervale Recruitment\n\nJob Description\nDay Surgery "
     "Coordinators\nApplications are invited for two coordinators to join the unit.\n",
     "Day Surgery Coordinators"),
    # an "Appointment of" heading names the post; the line below it is a term, not a title
    ("MOORCROFT HOSPITALS NHS TRUST\n\nJOB DESCRIPTION\n\nAPPOINTMENT OF TRUST GRADE DOCTOR – "
     "CARDIOLOGY\n\nSix Month Fixed Term\n\nINTRODUCTION\n\nThe trust serves the county.\n",
     "Trust Grade Doctor – Cardiology"),
    ("Welsh Government\n\nInformation pack for applicants\n\nFernvale Health Board\n\n"
     "Appointment of Vice Chair\n\nClosing date: 3 May 2026\n\nMaking an application\n\n"
     "Thank you for your interest.\n", "Vice Chair"),
    # a genre line written "Personal Specification" with the title after a dash
    ("Personal Specification - Locality Lead\n\nValues\n\nOur values guide the board.\n",
     "Locality Lead"),
    # a board seat: the NHS board's name qualifies the seat, it is not the employer line
    ("Personal Specification - NHS Board Vice Chair\n\nValues\n\nOur values guide us.\n",
     "NHS Board Vice Chair"),
])
def test_the_title_in_a_recruitment_pack_or_person_specification(text: str, title: str) -> None:
    assert read_text(text, "pack.txt").title == title


def test_an_appendix_label_is_never_the_title() -> None:
    text = ("Appendix 2\n\nKestrel Vale NHS Trust\n\nPERSON SPECIFICATION\n\nREQUIREMENTS / "
            "ESSENTIAL / DESIRABLE\n\nQUALIFICATIONS / A degree\n")
    assert read_text(text, "spec.txt").title is None


def test_a_template_s_instruction_to_its_editor_is_never_the_title() -> None:
    text = ("PERSON SPECIFICATION\n\nPOST\n\nSKILLS / TO BE FILLED IN BY THE SERVICE\n"
            "Insert or delete as appropriate\n\nEXPERIENCE / TO BE COMPLETED BY THE SPECIALTY\n")
    assert read_text(text, "spec.txt").title is None


def test_a_band_in_lower_case_under_the_title_does_not_run_on_into_it() -> None:
    text = ("Job summary\n\nEmployer heading\n\nPatient transport coordinator, admissions unit\n"
            "band 4\nAs a two site trust we serve the county.\n")
    doc = read_text(text, "trac.txt")
    assert (doc.title, doc.band) == ("Patient transport coordinator, admissions unit", "4")


def test_a_heading_for_the_qualities_required_is_never_the_title() -> None:
    text = ("Evening Ward Clerk (Surgery)\nSupport the ward team with admissions and records on "
            "every evening shift.\n* Keep the ward's records up to date.\nKey skills required:\n"
            "* Accurate typing.\n")
    assert read_text(text, "board.txt").title == "Evening Ward Clerk (Surgery)"


# Fourth fresh check (docs/field-study.md, 2026-12-04): the five titles still wrong, each in a
# layout of its own written in words of our own.

@pytest.mark.parametrize(("text", "title"), [
    # a flattened label row: every label first, then every value, the title the first of them
    ("Job description job title: accountable to: responsible to: Family Support Coordinator "
     "Chief Executive Head of Care hours: 37.5 salary: £28,000 to £31,000\nCore purpose\n"
     "To support families at home.\n", "Family Support Coordinator"),
    # a model role description whose title runs to fourteen words before "job description"
    ("Level 3 lead doctor and nurse for adults and older people in care homes job "
     "description\n\nThis description is read with the competences.\n",
     "Level 3 lead doctor and nurse for adults and older people in care homes"),
    # a flattened cover line: a logo's alt text, the title split around an image placeholder
    ("Charity logo JOB DESCRIPTION FOR Wellbeing Practitioner / Support Worker [image: logo] "
     "IN DAY SERVICES At Rowan Hill Hospice in North Dale SUMMARY This post suits someone who "
     "wants to grow.\n", "Wellbeing Practitioner / Support Worker in Day Services"),
    # a flattened public-appointments letter: the seat is named only as what is appointed
    ("Ref: AB1/26/1234 March 2026 DEPARTMENT OF HEALTH Public Appointments Information Pack "
     "NORTHVALE HEALTH AND SOCIAL CARE TRUST 3/26 ONE LAY MEMBER (WITH LEGAL EXPERIENCE) POST "
     "Dear Applicant APPOINTMENT OF ONE LAY MEMBER WITH LEGAL EXPERIENCE TO THE NORTHVALE "
     "HEALTH AND SOCIAL CARE TRUST. Thank you for your interest in the post.\n",
     "Lay Member with Legal Experience"),
    # an "<employer> <title> Recruitment Pack" heading
    ("NHS Westmoor Director of Public Protection Recruitment Pack\n\nContents\n\nA message from "
     "our chair\n", "Director of Public Protection"),
    ("Kestrel Vale NHS Foundation Trust Head of Patient Flow Candidate Pack\n\nWelcome\n\n"
     "Thank you for your interest.\n", "Head of Patient Flow"),
])
def test_the_fourth_fresh_checks_remaining_title_layouts(text: str, title: str) -> None:
    assert read_text(text, "pack.txt").title == title


@pytest.mark.parametrize("text", [
    "Please read the attached job description\n\nWe are a busy unit.\n",
    "Download the job description\n\nJob summary\n\nWe help.\n",
    "Job title: Accountable to: please see the attached chart hours: 37.5\n\nJob summary\n",
])
def test_a_sentence_about_the_job_description_is_not_a_run_on_title(text: str) -> None:
    assert read_text(text, "page.txt").title is None


def test_a_role_field_names_the_post_but_a_bare_role_heading_is_no_label() -> None:
    doc = read_text("Role: Lead Healthcare Scientist\nBand: 8b\n\nJob purpose\nLead the lab.\n",
                    "jd.txt")
    assert (doc.title, doc.band) == ("Lead Healthcare Scientist", "8b")
    bare = lines(heading("Clinic Manager", 1), heading("Role"), "To run the weekly clinics.",
                 heading("Duties"), "Plan the rota.")
    assert bare.title == "Clinic Manager"
    assert all(b.label is None for b in bare.blocks)


def test_the_band_on_the_title_line_of_a_person_specification() -> None:
    doc = read_text("Person Specification – Audit Lead, Band 6\n\nEssential criteria\n\n"
                    "Experience of clinical audit.\n", "spec.txt")
    assert (doc.title, doc.band) == ("Audit Lead", "6")


@pytest.mark.parametrize("body", ["Role: To run the weekly clinics and support the clinic staff.",
                                  "Role: lead the clinic team day to day"])
def test_a_role_line_that_describes_the_work_is_not_the_title(body: str) -> None:
    doc = read_text(f"# Clinic Manager\n\nBand 7\n\n## Duties\n\n{body}\n", "jd.md")
    assert doc.title == "Clinic Manager"


@pytest.mark.parametrize("employer", ["Lowfield and Ashby ICB", "Marram Bay Community Health"])
def test_a_title_above_an_icb_or_community_health_employer_line(employer: str) -> None:
    # a saved advert whose employer is an ICB or a community health provider, after the title
    doc = lines(heading("Continence Service Lead", 1), heading(employer, 2),
                "The closing date is 2 March 2027", heading("Job summary"),
                "Lead the continence service across the county.")
    assert doc.title == "Continence Service Lead"


# Fifth fresh check (docs/field-study.md, 2026-12-05): title forms still wrong, in words of ours.

@pytest.mark.parametrize(("text", "title"), [
    # a flattened "Title of Post:" row whose next field is the post's main site
    ("THE POST\n\nTitle of Post: Locum Consultant in Rheumatology Main site of activity: "
     "Northvale Hospital Responsible to: Clinical Director\n\nBackground\n\nTwo clinics.\n",
     "Locum Consultant in Rheumatology"),
])
def test_the_fifth_fresh_checks_title_forms(text: str, title: str) -> None:
    assert read_text(text, "advert.txt").title == title



@pytest.mark.parametrize(("text", "title"), [
    # a public-appointments page: the seat and the body it sits on, either way round a dash
    ("Appointment of an Associate Member Social Care - Northvale Teaching Health Board\n\n"
     "Body: Northvale Teaching Health Board\nNumber of Vacancies: 1\n\nCampaign Timeline\n\n"
     "Vacancy Description\n\nNorthvale is a rural county.\n", "Associate Member Social Care"),
    ("Kestrel Vale NHS Trust - Appointment of Vice Chair\n\nBody: Kestrel Vale NHS Trust\n"
     "Number of Vacancies: 1\n\nCampaign Timeline\n\nVacancy Description\n\nThe Board leads.\n",
     "Vice Chair"),
])
def test_an_appointment_line_with_its_body_behind_a_dash(text: str, title: str) -> None:
    assert read_text(text, "page.txt").title == title


@pytest.mark.parametrize(("text", "title"), [
    # the word "Vacancy" before or after the post's name in a page's first line
    ("Vacancy -- Lay Members of the Northvale Patient Panel\n\nVacancy details\n\nThe panel "
     "meets monthly.\n", "Lay Members of the Northvale Patient Panel"),
    ("CONSULTANT RADIOLOGIST Breast Imaging VACANCY\n\nConsultant Radiologist, Northvale "
     "Hospital, 40 hours per week\n\nThe post is based in the breast unit.\n",
     "CONSULTANT RADIOLOGIST Breast Imaging"),
])
def test_a_vacancy_word_around_the_first_line_title(text: str, title: str) -> None:
    assert read_text(text, "page.txt").title == title


# forms15 (issue 15): council pay grades, "Job overview" and employer lines that blind probes
# got wrong. Words of our own for each layout.

@pytest.mark.parametrize("written", ["Grade 9", "Grade: 9", "GRADE 10", "Council Grade 7"])
def test_a_council_pay_grade_is_not_an_afc_band(written: str) -> None:
    doc = read_text(f"Job title: Senior Practitioner, Adult Social Care\n{written}\n\nJob purpose"
                    "\n\nTo assess need.\n", "council.txt")
    assert doc.band is None


@pytest.mark.parametrize(("written", "band"), [
    ("Grade: Band 6", "6"), ("AfC Grade 7", "7"), ("Pay band 5", "5"), ("Band: 8c", "8c"),
])
def test_a_band_word_or_afc_wording_still_gives_the_band(written: str, band: str) -> None:
    assert read_text(f"Job title: Flow Lead\n{written}\n\nJob purpose\n\nTo run flow.\n",
                     "jd.txt").band == band


@pytest.mark.parametrize("text", [
    "Job overview\n\nWe are a busy community service in the north of the county.\n",
    "JOB OVERVIEW\n\nThe team supports discharge.\n\nBand: 5\n",
])
def test_job_overview_is_a_section_heading_not_a_title(text: str) -> None:
    assert read_text(text, "board.txt").title is None


@pytest.mark.parametrize(("text", "title"), [
    # an integrated care board line under the title
    ("Continuing Healthcare Assessor\nMarshwick and Tolley Integrated Care\n\nThe closing date is"
     " 4 April 2026\n\nJob summary\n\nWe assess.\n", "Continuing Healthcare Assessor"),
    ("Quality Assurance Lead\nFenby Integrated Care Board\n\nJob summary\n\nWe assure.\n",
     "Quality Assurance Lead"),
    # long titles above an NHS employer line
    ("Tissue Viability and Wound Care Service Lead\nBramcote Community Health NHS Trust\n\nThe "
     "closing date is 8 May 2026\n\nJob summary\n\nWe heal.\n",
     "Tissue Viability and Wound Care Service Lead"),
    ("Crisis Resolution and Home Treatment Team Manager\nSallowfield NHS Foundation Trust\n\n"
     "Job summary\n\nWe treat at home.\n", "Crisis Resolution and Home Treatment Team Manager"),
    # a post that itself ends "Integrated Care" stays a title
    ("Head of Integrated Care\nHollin NHS Trust\n\nJob summary\n\nWe join services.\n",
     "Head of Integrated Care"),
])
def test_the_title_above_an_employer_line(text: str, title: str) -> None:
    body = ("\n\nMain duties of the job\n\nYou will plan the team's work across three sites, keep "
            "its records and report on performance to the operations board each month.\n")
    assert read_text(text + body, "advert.txt").title == title


@pytest.mark.parametrize(("sentence", "band"), [
    ("This is a Band 6 post based at the county hospital.", "6"),
    ("The post is banded at 8a and is full time.", "8a"),
    ("This is a permanent, full-time Band 7 position in the hub.", "7"),
    ("The role is a Band 5 secondment for twelve months.", "5"),
    # other posts' bands in a summary are not the post's
    ("You will report to the Band 8a matron and supervise Band 5 staff.", None),
    ("Applicants need experience at Band 6 or above.", None),
])
def test_a_band_stated_only_in_the_adverts_prose(sentence: str, band: str | None) -> None:
    text = ("Discharge Coordinator\nWillowmere NHS Trust\n\nThe closing date is 9 June 2026\n\n"
            f"Job summary\n\n{sentence} We are looking for an organised coordinator to join the "
            "discharge hub and work with wards across the hospital.\n")
    assert read_text(text, "advert.txt").band == band


@pytest.mark.parametrize(("sentence", "band"), [
    ("The Band 6 Discharge Coordinator is the hub's link with the wards.", "6"),
    ("As a band 7 discharge coordinator you will lead the morning huddle.", "7"),
    ("Our AfC Band 8a Discharge Coordinator will chair the weekly review.", "8a"),
    # a band before another post, or before the title inside another post's name, is not it
    ("The Band 7 discharge lead supervises the team.", None),
    ("You will work with the Band 7 Discharge Coordinator lead on call.", None),
])
def test_a_band_before_the_post_s_own_title_in_its_prose(sentence: str, band: str | None) -> None:
    text = ("Discharge Coordinator\nWillowmere NHS Trust\n\nThe closing date is 9 June 2026\n\n"
            f"Job summary\n\n{sentence} We are looking for an organised coordinator to join the "
            "discharge hub and work with wards across the hospital.\n")
    assert read_text(text, "advert.txt").band == band


# Sixth fresh check (2026-12-06): title forms of stored adverts and packs, in words of our own.
def test_a_board_copy_s_summary_heading_is_not_the_title() -> None:
    text = ("Menu\n\nWard Sister | Foxley Vale NHS Foundation Trust\n\nJob details\n"
            "Posting date: 3 March 2026\nHours: Full time\n\nSummary\n\n"
            "The ward sister leads the day unit.\n")
    assert read_text(text, "board.txt").title == "Ward Sister"


def test_a_trac_page_title_above_its_closed_notice() -> None:
    text = ("Trac proudly powers the recruitment for\nBirchmere NHS Trust\n\nAbout\nContact\n"
            "- Address\n- Trust Offices\n\nTheatre Scheduling Administrator - Riverside Site\n"
            "Closed for applications on: 14-Apr-2025 00:00\nVacancy status: Closed\n"
            "Key details\n")
    assert read_text(text, "trac.txt").title == "Theatre Scheduling Administrator - Riverside Site"


def test_a_job_title_label_without_its_colon_in_a_job_identification_block() -> None:
    text = ("JOB DESCRIPTION\n1. JOB IDENTIFICATION\nJob Title Endoscopy Unit Coordinator\n"
            "Department(s)/Location Surgical Directorate\nNumber of Job Holders 2\n"
            "2. JOB PURPOSE\nThe post holder runs the unit's lists.\n")
    assert read_text(text, "jd.txt").title == "Endoscopy Unit Coordinator"


def test_a_post_with_its_hospital_behind_a_dash_is_not_an_employer() -> None:
    text = ("Trac proudly powers the recruitment for\nBirchmere NHS Trust\n\n"
            "Outpatient Booking Administrator - Northgate Hospital\n"
            "Closed for applications on: 2-May-2025 00:00\nKey details\n")
    title = "Outpatient Booking Administrator - Northgate Hospital"
    assert read_text(text, "trac.txt").title == title


def test_a_trac_key_details_list_gives_its_grade_bullet_s_band() -> None:
    text = ("Trac proudly powers the recruitment for\nBirchmere NHS Trust\n\n"
            "Outpatient Booking Administrator - Northgate Hospital\n"
            "Closed for applications on: 2-May-2025 00:00\nKey details\n- Job type\n- Permanent\n"
            "- Grade\n- (NHS AfC: Band 4)\n- Salary\n- £26,530 to £29,114 a year\n\n"
            "Job overview\nThe booking team runs the outpatient lists.\n")
    assert read_text(text, "trac.txt").band == "4"


def test_a_bulleted_grade_among_criteria_is_no_field() -> None:
    text = ("Booking Administrator\nBirchmere NHS Trust\n\nPerson specification\n\n"
            "Essential\n- Band\n- 5 GCSEs including English and maths\n")
    assert read_text(text, "spec.txt").band is None


def test_a_job_title_label_without_its_colon_below_a_pack_s_opening_paragraph() -> None:
    text = ("Applying for this post: please read the job description and the conditions of "
            "service below, and complete every part of the form.\nJOB DESCRIPTION\n"
            "1. JOB IDENTIFICATION\nJob Title Endoscopy Unit Coordinator\n"
            "Department(s)/Location Surgical Directorate\n2. JOB PURPOSE\n"
            "The post holder runs the unit's lists.\n")
    assert read_text(text, "jd.txt").title == "Endoscopy Unit Coordinator"


@pytest.mark.parametrize("line", ["Job title changes are agreed with the post holder.",
                                  "Job Title Holders are listed in the annex to this pack."])
def test_a_sentence_that_opens_with_job_title_is_no_field(line: str) -> None:
    text = (f"Endoscopy Unit Coordinator\n\nJob purpose\n\n{line}\n")
    assert read_text(text, "jd.txt").title == "Endoscopy Unit Coordinator"


def test_a_board_copy_s_title_above_its_grade_field_s_value() -> None:
    # A Trac board copy repeats the Grade field's value under the title, whatever the grade is.
    text = ("Job summary\n\nMain area\nSurgery\nGrade\nDeanery Lead (sessional)\nContract\n"
            "Secondment\nEmployer\nWillowmere NHS Trust\n\nEmployer heading\n\n"
            "Lead for Surgical Training – North Region\n\nDeanery Lead (sessional)\n\n"
            "Job overview\n\nThe lead works with the dean on the region's training.\n")
    assert read_text(text, "board.txt").title == "Lead for Surgical Training – North Region"
