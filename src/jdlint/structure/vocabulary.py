"""The words NHS job descriptions use for their parts: the structure stage's only word lists.

Everything the structure stage recognises by name lives here as data — job-detail labels,
person-specification headings and categories, level labels and marks, assessment columns —
so that a new way of writing a JD is one more entry, not one more ``elif``. Keys are
compared after :func:`key` (lower case, punctuation and extra spaces removed).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Job-detail field names: the normalised label, then the ways JDs write it.
LABELS: dict[str, tuple[str, ...]] = {
    "Job title": ("job title", "post title", "title of post", "job role", "role title",
                  "title", "post", "position", "job title and band", "post of",
                  "post and specialty", "post and speciality", "designation", "role"),
    "Band": ("band", "pay band", "banding", "afc band", "agenda for change band", "salary band",
             "band grade"),
    "Grade": ("grade", "pay grade", "grade band", "medical grade", "grade of post"),
    "Directorate": ("directorate", "clinical directorate"),
    "Division": ("division", "clinical division"),
    "Care group": ("care group", "clinical care group", "business unit", "clinical business unit"),
    "Department": ("department", "service", "ward department", "specialty", "speciality"),
    "Reference": ("reference", "job reference", "ref", "reference number", "job ref",
                  "job reference number", "jd reference", "jd ref", "post reference",
                  "vacancy reference", "job description reference", "job no", "jd number",
                  "ref no", "reference no"),
    "Reports to": ("reports to", "reporting to", "responsible to", "line manager",
                   "managerially accountable to", "managerially responsible to"),
    "Accountable to": ("accountable to", "professionally accountable to",
                       "professionally responsible to"),
    "Responsible for": ("responsible for", "staff responsible for", "line management of",
                        "manages", "line manages"),
    "Base": ("base", "based at", "work base", "location", "place of work", "site",
             "main site of activity"),
    "Hours": ("hours", "hours of work", "working hours", "contracted hours", "hours per week"),
    "Contract": ("contract", "contract type", "type of contract", "tenure"),
    "Salary": ("salary", "pay", "salary range", "salary scale", "salary period"),
    # Fields of NHS Jobs and Trac adverts (a label line, its value on the next line).
    "Main area": ("main area", "area of work", "staff group"),
    "Employer": ("employer", "employer name", "organisation", "employer type"),
    "Town": ("town", "city"),
    "Closing date": ("closing date", "closing", "date posted", "interview date",
                     "expected shortlisting date", "planned interview date"),
    "Working pattern": ("working pattern", "pay scheme", "job type", "job locations"),
}

# Read only with a value on the same line ("Role: X"): alone, as often a heading ("Role", …).
INLINE_LABELS = frozenset({"role"})

# Headings that open the person specification (matched on the heading's start).
PERSON_SPECIFICATION = (
    "person specification", "person spec", "personal specification", "selection criteria",
    "essential and desirable criteria", "shortlisting criteria", "person specifications",
)
# A heading that names both documents is the title of the whole file, not the spec.
NOT_PERSON_SPECIFICATION = ("job description",)

# Person-specification categories: the canonical name, then the ways JDs write it.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Qualifications": ("qualifications", "qualification", "education", "education and training",
                       "qualifications and training", "training", "education qualifications",
                       "qualifications education", "education qualifications and training",
                       "qualifications and education", "professional qualifications",
                       "qualifications and professional registration", "registration",
                       "professional registration", "education and qualifications"),
    "Experience": ("experience", "previous experience", "work experience",
                   "knowledge and experience", "experience and knowledge"),
    "Knowledge": ("knowledge", "specialist knowledge", "knowledge and understanding"),
    "Skills": ("skills", "skills and abilities", "abilities", "skills and knowledge",
               "knowledge and skills", "aptitudes", "skills abilities", "key skills",
               "communication skills", "skills and competencies", "competencies",
               "skills and aptitudes", "abilities and skills"),
    "Personal qualities": ("personal qualities", "personal attributes", "attributes",
                           "personal skills", "personal qualities and attributes",
                           "values and behaviours", "values", "behaviours", "disposition",
                           "personal characteristics", "personal", "personal qualities and values",
                           "attributes and values", "personal attributes and values"),
    "Other": ("other", "other requirements", "additional requirements", "special requirements",
              "circumstances", "physical requirements", "other factors", "additional"),
}

# Level labels: a line or heading that sets the level of the criteria under it.
LEVEL_LABELS: dict[str, tuple[str, ...]] = {
    "essential": ("essential", "essential criteria", "essential requirements", "essential skills",
                  "essential qualifications", "essential experience", "essential knowledge",
                  "minimum criteria", "minimum requirements", "the successful candidate must"),
    "desirable": ("desirable", "desirable criteria", "desirable requirements", "desirable skills",
                  "desirable qualifications", "desirable experience", "desirable knowledge",
                  "preferred criteria", "desirable but not essential", "it would be desirable",
                  "additional criteria"),
}

# A tick, cross or word in an Essential or Desirable column that means "this column applies".
MARKS_YES = frozenset({"✓", "✔", "☑", "✅", "√", "x", "✗", "✘", "yes", "y", "e", "d", "*", "●",
                       "•", "■", "essential", "desirable", "ticked", "tick", "true", "1"})
# What an E/D column holds for each level.
ED_VALUES: dict[str, tuple[str, ...]] = {
    "essential": ("e", "essential", "ess", "esst", "(e)", "e*", "required", "req"),
    "desirable": ("d", "desirable", "des", "(d)", "d*", "preferred", "pref"),
}

# Table header cells. NHS specifications also write "Required" / "Preferred", "Ess" / "Des",
# and "Minimum" / "Additional criteria" for the two levels. ("Additional requirements" alone
# stays a category: it is the name of the "Other" row in many.)
ESSENTIAL_HEADERS = ("essential", "essential criteria", "essential requirements", "e",
                     "required", "ess", "minimum criteria", "minimum requirements",
                     "required criteria")
DESIRABLE_HEADERS = ("desirable", "desirable criteria", "desirable requirements", "d",
                     "preferred", "des", "additional criteria", "preferred criteria")
ED_HEADERS = ("e d", "e or d", "essential desirable", "essential or desirable", "level",
              "essential e or desirable d", "e d?", "priority", "ed", "essential desirable e d",
              "e d required", "requirement level", "essential e desirable d", "ess des",
              "ess or des", "required preferred", "required or preferred")
# A column that only numbers the criteria ("No.", "Ref"): neither a level nor criteria.
NUMBER_HEADERS = ("no", "number", "ref", "ref no", "item", "item no", "criterion no")
ASSESSMENT_HEADERS = ("how assessed", "method of assessment", "assessment", "assessed by",
                      "measured by", "how identified", "how evidenced", "evidence", "how tested",
                      "method", "assessment method", "a i t r", "application interview",
                      "how measured", "means of assessment", "identified by", "a i", "a i r",
                      "how will this be assessed", "assessment stage", "tested by")
# What a method-of-assessment cell names ("Application form / interview").
ASSESSMENT_METHODS = ("application", "application form", "interview", "test", "tests",
                      "presentation", "references", "reference", "certificate", "certificates",
                      "certificates seen", "portfolio", "assessment", "shortlisting",
                      "observation", "occupational health", "documentation", "a", "i", "t",
                      "r", "p", "af", "cv", "selection process", "pre employment checks",
                      "exercise", "group exercise", "in tray exercise", "written test")
CATEGORY_HEADERS = ("category", "area", "attribute", "attributes", "factor", "requirements",
                    "requirement", "criteria type", "heading", "domain", "competence")
CRITERIA_HEADERS = ("criteria", "criterion", "requirement", "requirements", "description",
                    "specification", "person specification", "details", "essential and desirable")

# Headings that are never a job's title (the first heading of a file often is).
NOT_TITLES = ("job description", "person specification", "job description and person specification",
              "job profile", "role profile", "job details", "private and confidential",
              "confidential", "agenda for change", "draft", "job summary", "main duties")
TRUST_WORDS = re.compile(r"\b(nhs|trust|foundation|health board|hospitals?|healthcare|university"
                         r"|council|ics|icb|integrated care board|partnership)\b"
                         r"|\bcommunity health\W*$|\bintegrated care\W*$", re.I)
# Of those, words that also begin or end posts ("Healthcare Assistant", "Head of Integrated Care").
PLACE_WORDS = re.compile(r"(?i)\b(hospitals?|healthcare|university|partnership|integrated care)\b")
ROLE_WORDS = (r"(?:lead|leader|manager|co-?ordinator|assistant|practitioner|therapist|nurse|"
              r"officer|director|specialist|facilitator|worker|administrator|sister|matron|"
              r"consultant|adviser|advisor|assessor|educator|navigator|technician|liaison|"
              r"supervisor|head)")
ROLE_ENDS = re.compile(rf"\b{ROLE_WORDS}\W*(\([^)]*\))?\W*$", re.I)
# Lines that stand where a title would and never are one: a web page's furniture, a pack's
# editorial notes and cover headings, a count of posts, a contents line, a status note.
_NEVER_TITLE = re.compile(
    r"^(?:skip to (?:the )?(?:main )?content|please wait|menu$|cover page\b|contents$|page \d"
    r"|(?:pending|awaiting)\b|(?:one|two|three|four|five|six|\d+) (?:posts?|vacanc(?:y|ies))\W*$"
    r"|(?:candidate|applicant)s?(?:'s)? information"
    r"|information (?:for|to) (?:candidates|applicants)|(?:important )?(?:job )?application "
    r"information|(?:\d+\W*)?job identification$|(?:appendix|annex|schedule) \w{1,3}\W*$)"
    r"|\bapproval$|\bis independent of the nhs\b|\bjob description\b|\bresponsibilities$"
    r"|\bessential\b.*\bdesirable\b"  # a criteria table's column headings
    r"|\b(?:qualities|skills|attributes|qualifications|experience) required\W*$"
    r"|\bto be (?:completed|filled in)\b"  # a template's notes to its editor
    r"|\b(?:insert|delete)\W+(?:or\W+)?(?:insert|delete)\b",
    re.I)


def never_title(text: str) -> bool:
    """Tell whether a line is page furniture, a pack note or a code, never a post's title."""
    return bool(_NEVER_TITLE.search(text.strip())) or not re.search(r"[A-Za-z]{3}", text)


# Lines of an advert's head that are never its title: dates, notices, the board's furniture.
ADVERT_FURNITURE = re.compile(
    r"\b(closing date|is now closed|accepting applications|proudly powers|posting date|"
    r"posted on|apply (now|online|by))\b", re.I)

# Headings of the job-details area: the title and band may still follow them.
DETAIL_HEADINGS = ("job details", "job information", "post details", "role details",
                   "details of post", "job identification", "job description", "about the role")

# Heading names common enough to be recognised even without emphasis or capitals.
SECTION_WORDS = ("job purpose", "job summary", "job overview", "main purpose",
                 "purpose of the role", "role summary", "key responsibilities", "main duties",
                 "key requirements", "duties and responsibilities", "key duties",
                 "main duties and responsibilities", "responsibilities", "job details",
                 "organisational chart", "working relationships", "key working relationships",
                 "key relationships", "key result areas", "communication", "clinical",
                 "leadership", "management", "leadership and management", "education", "research",
                 "finance", "quality and governance", "general", "confidentiality",
                 "safeguarding", "infection prevention and control", "equality and diversity",
                 "health and safety", "our values", "trust values", "values", "dimensions",
                 "scope of the role", "additional information", "general information", "summary",
                 "disclosure scotland", "protection of vulnerable groups (pvg) scheme")


_KEY_WORD = re.compile(r"[a-z0-9?*]+")


@lru_cache(maxsize=16384)
def key(text: str) -> str:
    """Return text as the tables above are keyed: lower case, words only, single spaces."""
    text = text.lower().replace("&", " and ")
    return " ".join(_KEY_WORD.findall(text))


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, aliases in table.items():
        for alias in (name, *aliases):
            index.setdefault(key(alias), name)
    return index


LABEL_INDEX = _index(LABELS)
CATEGORY_INDEX = _index(CATEGORIES)
LEVEL_INDEX = _index(LEVEL_LABELS)
ED_INDEX = _index(ED_VALUES)


def label_of(text: str) -> str | None:
    """Return the normalised job-detail label a field name stands for, or ``None``.

    A form may gloss its own field name with the standard one in brackets: "Vacancy (Post
    title)" is the title field.
    """
    glossed = _GLOSSED_LABEL.match(text.strip())
    return LABEL_INDEX.get(key(text)) or (LABEL_INDEX.get(key(glossed.group(1)))
                                          if glossed else None)


_GLOSSED_LABEL = re.compile(r"^[A-Za-z][\w ]{0,24}\(([^()]{3,30})\)\s*:?$")


def category_of(text: str) -> str | None:
    """Return the canonical person-specification category a heading names, or ``None``."""
    return CATEGORY_INDEX.get(key(text))


def level_label_of(text: str) -> str | None:
    """Return ``essential``/``desirable`` when the text is a level label, else ``None``."""
    return LEVEL_INDEX.get(key(text))


def is_person_specification(text: str) -> bool:
    """Tell whether a heading opens the person specification."""
    k = key(text)
    if k.startswith(_NOT_PERSON_SPECIFICATION_KEYS):
        return False
    return k in _PERSON_SPECIFICATION_KEYS or k.startswith(_PERSON_SPECIFICATION_PREFIXES)


_NOT_PERSON_SPECIFICATION_KEYS = tuple(key(word) for word in NOT_PERSON_SPECIFICATION)
_PERSON_SPECIFICATION_KEYS = frozenset(key(word) for word in PERSON_SPECIFICATION)
_PERSON_SPECIFICATION_PREFIXES = tuple(key(word) + " " for word in PERSON_SPECIFICATION)


def is_section_word(text: str) -> bool:
    """Tell whether a short line is a common JD heading."""
    k = key(text)
    return k in _SECTION_KEYS or is_person_specification(text) or k in CATEGORY_INDEX


_SECTION_KEYS = frozenset(key(word) for word in SECTION_WORDS)


def is_assessment(text: str) -> bool:
    """Tell whether a line only names how criteria are assessed ("Application / interview")."""
    parts = [key(part) for part in re.split(r"\s*(?:/|,|&|\band\b|\bor\b|\+)\s*", text)]
    parts = [part for part in parts if part]
    return bool(parts) and all(part in _ASSESSMENT_KEYS for part in parts)


def header_role(text: str) -> str | None:
    """Return the role a table header cell names (essential, desirable, ed, assessment...)."""
    k = key(text).rstrip(" *")  # "E/D*": a footnote mark pointing to a key below the table
    for role, keys in _HEADER_KEYS:
        if k in keys:
            return role
    closed = k.replace(" ", "")  # "essenti al": a narrow column broke the word in two
    if closed != k and closed in _ONE_WORD_HEADERS:
        return _ONE_WORD_HEADERS[closed]
    if k.startswith("essential") and "desirable" not in k:
        return "essential"
    if k.startswith("desirable"):
        return "desirable"
    if "assess" in k or k.startswith("how "):
        return "assessment"
    return None


_HEADER_KEYS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (role, frozenset(key(word) for word in words))
    for role, words in (("essential", ESSENTIAL_HEADERS), ("desirable", DESIRABLE_HEADERS),
                        ("ed", ED_HEADERS), ("assessment", ASSESSMENT_HEADERS),
                        ("category", CATEGORY_HEADERS), ("criteria", CRITERIA_HEADERS),
                        ("number", NUMBER_HEADERS))
)
_ONE_WORD_HEADERS = {k: role for role, keys in _HEADER_KEYS for k in keys
                     if " " not in k and len(k) >= 4}
NOT_TITLE_KEYS = frozenset(key(word) for word in NOT_TITLES)
_ASSESSMENT_KEYS = frozenset(key(word) for word in ASSESSMENT_METHODS)
