"""What one line's text says as a job title: cleaned of "Job description" words and bands,
told apart from an employer, a field's name, a grade line or a sentence.

:mod:`jdlint.structure.titles` decides *where* the title is; this module judges a candidate.
"""

from __future__ import annotations

import re

from jdlint.structure import labels
from jdlint.structure import vocabulary as vocab

_TITLE_NOISE = re.compile(
    r"^(?:job\s+description|person(?:nel|al)?\s+specification|job\s+profile|role\s+profile|jd)"
    r"(?:\s+(?:and|&)\s+person\s+specification)?"
    r"(?:\s+for(?:\s+the\s+(?:post|role|position)(?:\s+of)?)?)?\s*[:\-–—|]*\s*"
    r"|^(?:post|job\s+title|title)\s*:\s*|^job\s+title\s+(?=\S)"  # "Job Title X": no colon
    r"|^vacancy\s*[-–—:]+\s*|\s+vacancy\s*$"  # a page's "Vacancy -- <post>", "<POST> VACANCY"
    r"|\s*[:\-–—|,]*\s*(?:job\s+description|person\s+specification|job\s+profile|jd)"
    r"(?:\s+(?:and|&)\s+person\s+specification)?\s*$",
    re.I,
)
_TITLE_BAND = re.compile(
    r"\s*[,(\[\-–—|:]*\s*(?:afc\s+|agenda\s+for\s+change\s+)?(?:band|grade)\s*:?\s*[1-9]\s*[a-d]?\b[)\]]?",
    re.I,
)


def only_grade(text: str) -> bool:
    return _only_band(_AFC_PREFIX.sub("", text)) or bool(_MEDICAL_GRADE.match(text))


_AFC_PREFIX = re.compile(r"^\s*NHS\s+(?:AfC|Agenda\s+for\s+Change)\s*:\s*", re.I)
_MEDICAL_GRADE = re.compile(r"\s*NHS\s+Medical\s*(?:&|and)\s*Dental\s*:\s*[\w ]{1,40}$", re.I)


def reads_as_title(text: str) -> bool:
    """Tell whether a line of an advert's head reads as a post's name, not a sentence."""
    words = text.split()
    return (not vocab.ADVERT_FURNITURE.search(text) and not text.rstrip().endswith((".", "!", "?"))
            and words[-1].lower() not in _SMALL_WORDS and words[0].lower() not in _OPENERS)


_OPENERS = frozenset({"we", "you", "our", "are", "do", "this", "the", "join", "apply", "please"})


def _only_band(text: str) -> bool:
    band = labels.band_in(text)
    return band is not None and not _TITLE_BAND.sub("", text).strip(" ,:-–—|()")


def clean_title(text: str) -> str:
    """Return a title without "Job description" words or a band around it."""
    previous = None
    while previous != text:
        previous = text
        text = _TITLE_NOISE.sub("", text).strip()
    leading = _LEADING_FIELD.match(text)
    if leading and vocab.label_of(leading.group(1)):
        return ""  # labels run together before their values: the next label is no title
    for field in _NEXT_FIELD.finditer(text):  # a flattened details row: "Post: X Base: Y"
        if field.start() and vocab.label_of(field.group(1)):
            text = text[:field.start()]
            break
    text = _TITLE_BAND.sub("", _REQUISITION.sub("", text)).strip(" ,:-–—|")
    return _from_capitals(text) if _all_capitals(text) else text


# A recruitment system's requisition code before the title ("RQ40213 Theatre Lead").
_REQUISITION = re.compile(r"^[A-Z]{1,4}\d{4,}\s+(?=[A-Z])")
_LEADING_FIELD = re.compile(r"^([A-Za-z][A-Za-z/ ]{1,24}?)\s*:")
_NEXT_FIELD = re.compile(r"(?=\s([A-Z][A-Za-z/ ]{1,24}?)\s*:)")


def _all_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _from_capitals(text: str) -> str:
    """Return a title written in capitals as people write titles: ``Head of Nursing (ICU)``."""
    out: list[str] = []
    for index, word in enumerate(text.split(" ")):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if letters.lower() in _SMALL_WORDS and index:
            out.append(word.lower())
        elif len(letters) <= 3 or letters in _ACRONYMS:
            out.append(word)  # NHS, ICU, A&E, AHP
        else:
            out.append(re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), word))
    return " ".join(out)


def from_capital_runs(text: str) -> str:
    """Return a title whose runs of words in capitals are written as people write titles, the
    rest kept ("Support Worker IN DAY SERVICES" -> "Support Worker in Day Services")."""
    def recase(run: re.Match[str]) -> str:
        out = []
        for index, word in enumerate(run.group(0).split(" ")):
            letters = re.sub(r"[^A-Za-z]", "", word)
            if letters.lower() in _SMALL_WORDS and (index or run.start()):
                out.append(word.lower())
            elif len(letters) <= 2 or letters in _ACRONYMS or letters in _SHORT_ACRONYMS:
                out.append(word)
            else:
                out.append(re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), word))
        return " ".join(out)
    return _CAPITAL_RUN.sub(recase, text)


# Two or more words in capitals; a lone capital word is more often an acronym than a shout.
_CAPITAL_RUN = re.compile(r"\b[A-Z][A-Z&'’-]*(?:\s+[A-Z][A-Z&'’-]*)+\b")
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or",
                          "the", "to", "with"})
_SHORT_ACRONYMS = frozenset({"NHS", "ICU", "ITU", "HDU", "AHP", "A&E", "AE", "CCU", "AMU",
                             "SAU", "MAU", "ENT", "GUM", "OPD"})
_ACRONYMS = frozenset({"CAMHS", "IAPT", "NICU", "PICU", "SCBU", "AMHP", "MASH", "SDEC"})


def could_be_title(text: str, words: int = 12) -> bool:
    """Tell whether a cleaned line could be a post's title (``words`` keeps sentences out)."""
    k = vocab.key(text)
    return (
        bool(k)
        and k not in vocab.NOT_TITLE_KEYS
        and not employer(text)
        and not re.match(r"dear\b", text, re.I)  # a cover letter's salutation
        and not vocab.never_title(text)
        and vocab.label_of(text) is None  # a field's name ("Post of") is not its value
        and vocab.level_label_of(text) is None
        and vocab.category_of(text) is None
        and len(text.split()) <= words
        and text.split()[-1].lower() not in _SMALL_WORDS  # "Download the" (job description)
    )


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_TRUST_GRADE = re.compile(r"\btrust\s+(?:grade|doctor|fellow)s?\b", re.I)
_BOARD_SEAT = re.compile(r"^(?:nhs\s+)?(?:board|trust)\s+(?=(?:vice[\s-]+)?chair\b|member\b|"
                         r"secretary\b|non-executive\b)", re.I)


# A post's head at a line's start ("Head of Integrated Care"): the line is a post, not a body.
_ROLE_STARTS = re.compile(r"^\W*(?:(?:deputy|assistant|associate)\s+)?(?:head|director|lead|"
                          r"manager|chief)\s+(?:of|for)\b", re.I)


def employer(text: str) -> bool:
    """Tell whether a line names an employer rather than a post."""
    text = _TRAILING_BRACKET.sub("", text)  # "(Foundation Year)" qualifies a post, not a trust
    text = _TRUST_GRADE.sub("", text)  # "Trust Grade Doctor" is a medical grade, not a trust
    text = _BOARD_SEAT.sub("", text)  # "NHS Board Vice Chair": the board names the seat
    if not vocab.TRUST_WORDS.search(text):
        return False
    weak_only = not vocab.TRUST_WORDS.search(vocab.PLACE_WORDS.sub("", text))
    post = _SITE_AFTER_DASH.sub("", text)  # "<post> - <name> Hospital": the post's site
    return not (weak_only and (vocab.ROLE_ENDS.search(text) or vocab.ROLE_ENDS.search(post)
                               or _ROLE_STARTS.search(text)))


_SITE_AFTER_DASH = re.compile(r"\s+[-–—]\s+[^-–—]*$")
