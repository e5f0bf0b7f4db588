"""Tests of the committee summary CSV and the ``jdlint summary`` command."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.document import Level
from jdlint.outputs.summary import (
    COLUMNS,
    GROUP_COLUMNS,
    GroupBy,
    aggregate,
    document_row,
    neutralise,
    write_summary,
)
from jdlint.results import DocumentResult
from sample_results import NMC_SUGGESTION, finding, sample_results


def csv_text(results: list[DocumentResult], by: GroupBy | None = None) -> str:
    stream = io.StringIO(newline="")
    write_summary(results, stream, by=by)
    return stream.getvalue()


def parsed(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_one_row_per_document_in_the_documented_columns() -> None:
    text = csv_text(sample_results())
    assert text.startswith("\ufeff" + ",".join(COLUMNS) + "\r\n")
    rows = parsed(text)
    assert [r["path"] for r in rows] == sorted(r.path for r in sample_results())
    flow = rows[4]
    assert flow == {
        "path": "jds/zeta flow lead.txt", "title": "Head of Patient Flow",
        "band": "8a",
        "directorate": "Operations", "leadership": "yes", "status": "ringfenced",
        "professions": "nursing", "regulators": "NMC", "essential": "1", "desirable": "1",
        "unspecified": "0", "justified": "0", "first_requirement": "Current NMC registration",
        "suggestion": NMC_SUGGESTION, "error": "", "format": "txt",
    }


def test_rows_for_error_justified_mixed_and_clean_documents() -> None:
    broken, clean, matron, ward, _ = parsed(csv_text(sample_results()))
    assert (broken["status"], broken["error"]) == ("error", "corrupt: The PDF is damaged.")
    assert (clean["status"], clean["professions"], clean["leadership"]) == ("clean", "", "no")
    assert (matron["status"], matron["justified"], matron["first_requirement"]) == (
        "justified", "1", "")
    assert matron["professions"] == "nursing"  # the profession the justification covers
    assert (ward["status"], ward["unspecified"], ward["justified"]) == ("ringfenced", "1", "1")
    assert ward["first_requirement"] == "Experience as a charge nurse"


def test_professions_and_regulators_are_sorted_and_semicolon_separated() -> None:
    doc = DocumentResult(path="a.txt", format="txt", findings=(
        finding(professions=("physiotherapy", "occupational-therapy"), regulators=("HCPC",)),
        finding(professions=("nursing",), regulators=("NMC",), level=Level.DESIRABLE),
    ))
    row = document_row(doc)
    assert row.professions == "nursing;occupational-therapy;physiotherapy"
    assert row.regulators == "HCPC;NMC"
    assert (row.essential, row.desirable) == (1, 1)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("=SUM(A1)", "'=SUM(A1)"), ("+44 1234", "'+44 1234"), ("-1", "'-1"), ("@cmd", "'@cmd"),
     ("\tx", "'\tx"), ("\rx", "'\rx"), ("Band 8a", "Band 8a"), ("a=b", "a=b"), ("", "")],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_formula_cells_are_neutralised_in_the_csv() -> None:
    hostile = DocumentResult(
        path="=cmd|' /C calc'!A0.txt", format="txt", title="@Head", directorate="+Ops",
        findings=(finding(text="-NMC registration", suggestion="=HYPERLINK(x)"),),
    )
    [row] = parsed(csv_text([hostile]))
    assert row["path"] == "'=cmd|' /C calc'!A0.txt"
    assert (row["title"], row["directorate"]) == ("'@Head", "'+Ops")
    assert (row["first_requirement"], row["suggestion"]) == ("'-NMC registration", "'=HYPERLINK(x)")
    assert row["essential"] == "1"


def test_csv_is_utf8_with_bom_and_crlf_when_written_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "s.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        write_summary(sample_results(), handle)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfpath,title,")
    assert data.count(b"\r\n") == 6 and b"\n" not in data.replace(b"\r\n", b"")
    assert "Person specification" not in data.decode("utf-8-sig")
    assert "›" not in data.decode("utf-8-sig")


def test_by_band_in_agenda_for_change_order() -> None:
    results = [*sample_results(),
               DocumentResult(path="z.txt", format="txt", band="8C", leadership=True),
               DocumentResult(path="y.txt", format="txt", band="9", leadership=True,
                              findings=(finding(),))]
    rows = aggregate(results, GroupBy.BAND)
    assert [r.group for r in rows] == ["2", "7", "8a", "8c", "9", "none"]
    band8a = rows[2]
    assert (band8a.documents, band8a.leadership_posts, band8a.ringfenced,
            band8a.ringfenced_leadership, band8a.justified) == (2, 2, 1, 1, 1)
    assert band8a.share_leadership_ringfenced == "50.0"
    assert rows[1].share_leadership_ringfenced == ""  # no leadership posts in band 7
    assert (rows[-1].documents, rows[-1].errors) == (1, 1)


def test_by_profession_counts_a_document_in_each_profession() -> None:
    two = DocumentResult(path="two.txt", format="txt", leadership=True, findings=(
        finding(professions=("nursing", "midwifery"), regulators=("NMC",)),))
    rows = {r.group: r for r in aggregate([*sample_results(), two], GroupBy.PROFESSION)}
    assert list(rows) == ["midwifery", "nursing", "none"]
    assert (rows["midwifery"].documents, rows["midwifery"].ringfenced) == (1, 1)
    nursing = rows["nursing"]
    assert (nursing.documents, nursing.ringfenced, nursing.justified) == (4, 3, 1)
    assert (nursing.leadership_posts, nursing.ringfenced_leadership) == (3, 2)
    assert nursing.share_leadership_ringfenced == "66.7"
    assert (rows["none"].clean, rows["none"].errors) == (1, 1)


def test_by_directorate_csv() -> None:
    results = [*sample_results(), replace(sample_results()[0], path="b.txt", directorate="=evil")]
    text = csv_text(results, GroupBy.DIRECTORATE)
    assert text.startswith("\ufeff" + ",".join(GROUP_COLUMNS) + "\r\n")
    rows = parsed(text)
    assert [r["group"] for r in rows] == ["'=evil", "Medicine", "Operations", "none"]
    assert rows[1] == {
        "group": "Medicine", "documents": "2", "leadership_posts": "1", "ringfenced": "1",
        "ringfenced_leadership": "0", "justified": "1", "clean": "0", "errors": "0",
        "share_leadership_ringfenced": "0.0",
    }


def test_format_column_says_what_each_document_was_read_as() -> None:
    rows = parsed(csv_text(sample_results()))
    assert [(r["path"], r["format"]) for r in rows] == [
        (r.path, r.format) for r in sorted(sample_results(), key=lambda r: r.path)]
    assert COLUMNS[-1] == "format"  # added last: the earlier columns keep their positions
    legacy = DocumentResult(path="old/matron.doc", format="rtf", title="Matron")
    [row] = parsed(csv_text([legacy]))
    assert (row["path"], row["format"]) == ("old/matron.doc", "rtf")  # by content, not name


def test_format_column_from_a_real_run(tmp_path: Path) -> None:
    from jdlint.cli import main

    (tmp_path / "a.txt").write_text("Job title: Porter\nBand 2\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Porter\n\nBand 2\n", encoding="utf-8")
    (tmp_path / "c.pdf").write_text("Job title: Porter\n", encoding="utf-8")  # text, misnamed
    (tmp_path / "d.docx").write_bytes(b"")  # empty: an error row keeps the promised format
    result = CliRunner().invoke(main, ["summary", "--no-cache", "-j", "1", "-q", str(tmp_path)])
    formats = {Path(r["path"]).name: r["format"] for r in parsed(result.stdout)}
    assert formats == {"a.txt": "txt", "b.md": "md", "c.pdf": "txt", "d.docx": "docx"}


def test_summary_is_deterministic() -> None:
    results = sample_results()
    for by in (None, *GroupBy):
        assert csv_text(results, by) == csv_text(list(reversed(results)), by)


# --- the command -------------------------------------------------------------------------

@pytest.fixture
def canned_run(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Make ``jdlint summary`` lint nothing and return the sample results."""
    import jdlint.cli.summary as cli_summary
    from jdlint.cli.options import RunOutcome
    from jdlint.run.settings import Settings

    calls: list[tuple] = []

    def fake_prepare_run(paths: tuple[Path, ...], **options: object) -> RunOutcome:
        calls.append((paths, options))
        return RunOutcome(settings=Settings(quiet=bool(options["quiet"])),
                          results=sample_results())

    monkeypatch.setattr(cli_summary, "prepare_run", fake_prepare_run)
    return calls


def test_command_writes_the_file_atomically_and_exits_3_on_unreadable_files(
    tmp_path: Path, canned_run: list[tuple]
) -> None:
    from jdlint.cli import main

    out = tmp_path / "summary.csv"
    out.write_text("old content", encoding="utf-8")
    result = CliRunner().invoke(main, ["summary", str(tmp_path), "-o", str(out), "-j", "1"])
    assert result.exit_code == 3, result.output
    assert "1 file could not be read" in result.stderr
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["summary.csv"]  # no temporary file left
    assert out.read_bytes() == csv_text(sample_results()).encode("utf-8")
    [(paths, options)] = canned_run
    assert paths == (tmp_path,) and options["jobs"] == 1


def test_command_writes_grouped_csv_to_stdout_with_bom(canned_run: list[tuple]) -> None:
    from jdlint.cli import main

    result = CliRunner().invoke(main, ["summary", "--by", "profession", "-q", "."])
    assert result.exit_code == 3
    assert result.stderr == ""  # --quiet
    assert result.stdout_bytes == csv_text(sample_results(), GroupBy.PROFESSION).encode("utf-8")
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfgroup,")


def test_command_refuses_to_overwrite_an_input(tmp_path: Path, canned_run: list[tuple]) -> None:
    from jdlint.cli import main

    source = tmp_path / "jd.txt"
    source.write_text("Band 5", encoding="utf-8")
    result = CliRunner().invoke(main, ["summary", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert source.read_text(encoding="utf-8") == "Band 5"
    assert canned_run == []


def test_command_end_to_end(tmp_path: Path) -> None:
    """Run the real pipeline (needs jdlint.run.discover, jdlint.run.session and the engine)."""
    from jdlint.cli import main

    jds = tmp_path / "jds"
    jds.mkdir()
    (jds / "porter.txt").write_text("Job title: Porter\nBand 2\n\nDuties: move patients.\n",
                                    encoding="utf-8")
    (jds / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)  # a truncated zip
    out = tmp_path / "out" / "summary.csv"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["summary", str(jds), "-o", str(out), "--no-cache"])
    assert result.exit_code == 3, result.output
    assert [p.name for p in out.parent.iterdir()] == ["summary.csv"]
    rows = parsed(out.read_bytes().decode("utf-8"))
    assert [Path(r["path"]).name for r in rows] == ["broken.docx", "porter.txt"]
    assert rows[0]["status"] == "error" and rows[0]["error"].startswith("corrupt: ")
    assert (rows[1]["status"], rows[1]["band"]) == ("clean", "2")

    grouped = CliRunner().invoke(main, ["summary", str(jds / "porter.txt"), "--by", "band",
                                        "--no-cache"])
    assert grouped.exit_code == 0, grouped.output
    assert grouped.stdout_bytes.startswith(b"\xef\xbb\xbfgroup,documents,")
    assert b"\r\n2,1,0,0,0,0,1,0,\r\n" in grouped.stdout_bytes
