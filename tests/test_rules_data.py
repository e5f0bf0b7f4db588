"""The rule files and the lexicon are valid, unique, sorted and refer only to known things."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from jdlint.errors import RuleError
from jdlint.judge.lexicon import Role
from jdlint.judge.rules import load_ruleset, rules_dir

RULESET = load_ruleset()
LEXICON = RULESET.lexicon
LEXICON_FILES = sorted((rules_dir() / "lexicon").glob("*.toml"))

VALID_RULE = '''
code = "TR901"
name = "trust-own-rule"
severity = "warning"
message = "Requires {regulators} registration."
description = "Anti-pattern: a trust's own wording."
rationale = "Recruit for skills, not profession (NHS Improvement, 2019)."
suggestion = "Ask for the skills instead."
patterns = ["{regulators} badge"]

[[examples.fire]]
text = "NMC badge"

[[examples.pass]]
text = "A badge"
'''


def test_shipped_rules_load_with_unique_codes_and_names() -> None:
    codes = [r.code for r in RULESET.rules]
    names = [r.name for r in RULESET.rules]
    assert len(codes) >= 6
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    assert codes == sorted(codes)


@pytest.mark.parametrize("rule", RULESET.rules, ids=lambda r: r.code)
def test_rule_text_fields(rule: object) -> None:
    assert rule.path.endswith(f"{rule.code}-{rule.name}.toml"), "file is named CODE-name.toml"
    assert "\n" not in rule.message
    assert "Investing in chief allied health professionals" in " ".join(rule.rationale.split())
    assert "Anti-pattern" in rule.description and "Best practice" in rule.description


def test_get_accepts_code_and_name_in_any_case() -> None:
    rule = RULESET.rules[0]
    assert RULESET.get(rule.code.lower()) is rule
    assert RULESET.get(rule.name.upper()) is rule
    with pytest.raises(RuleError):
        RULESET.get("no-such-rule")


def test_the_22_professions_and_their_regulators_are_known() -> None:
    assert len(LEXICON.professions) == 22
    regulator_ids = {r.id for r in LEXICON.regulators}
    assert {"NMC", "GMC", "HCPC", "GPhC", "SWE"} <= regulator_ids
    for profession in LEXICON.professions:
        assert set(profession.regulators) <= regulator_ids
    assert LEXICON.families(["nursing", "midwifery"], []) == {"nmc"}
    assert LEXICON.families([], ["SWE", "SSSC"]) == {"social-work"}


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda p: p.name)
def test_lexicon_lists_are_sorted_and_unique(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    role = Role(data.pop("role"))
    data.pop("class", None)
    data.pop("people", None)
    data.pop("mentions", None)
    if role is Role.CUES:
        for kind, words in data.items():
            assert words == sorted(set(words), key=str.lower), f"{kind} unsorted or duplicated"
        return
    items = next(iter(data.values()))
    keys = [item.get("id") or item.get("professions", [""])[:1] for item in items]
    assert keys == sorted(keys), "entries are sorted by id or first profession"
    seen: set[str] = set()
    for item in items:
        for field in ("terms", "abbreviations", "names"):
            words = item.get(field, [])
            assert words == sorted(words, key=str.lower), f"{field} unsorted: {words}"
            for word in words:
                key = word if field == "abbreviations" else word.lower()
                assert key not in seen, f"{word!r} appears twice in {path.name}"
                seen.add(key)


def test_abbreviations_are_short_and_case_matters() -> None:
    for term_class in LEXICON.classes:
        for entry in term_class.entries:
            for abbreviation in entry.abbreviations:
                assert " " not in abbreviation and abbreviation != abbreviation.lower()


def test_every_role_the_judgement_reads_has_entries() -> None:
    for role in (Role.PROFESSION_TERMS, Role.OPEN_CLASS, Role.EXCEPTIONS, Role.POST_TITLES):
        assert any(c.entries for c in LEXICON.with_role(role)), role
    for kind in ("requirement", "condition", "duty", "negation", "hedge", "alternative"):
        assert getattr(LEXICON.cues, kind)


def test_behaviour_follows_the_declared_role_not_the_file_name(tmp_path: Path) -> None:
    """A trust file named anything, declaring an open class, makes a list inclusive."""
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "our-words.toml").write_text(
        'role = "open-class"\nclass = "trust-open"\n\n'
        '[[entry]]\nterms = ["any approved assessor"]\n')
    from jdlint.api import lint_bytes
    from jdlint.run.settings import Settings

    text = b"Person specification\n\nEssential: NMC registration or any approved assessor\n"
    assert lint_bytes(text, "a.txt", Settings()).findings
    assert not lint_bytes(text, "a.txt", Settings(extra_rules=(tmp_path,))).findings


def test_a_lexicon_file_without_a_role_is_refused(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "titles.toml").write_text('[[entry]]\nterms = ["x"]\n')
    with pytest.raises(RuleError, match=r"titles.toml: role: required, one of"):
        load_ruleset([tmp_path])


def test_fingerprint_is_stable_and_depends_on_files(tmp_path: Path) -> None:
    assert load_ruleset().fingerprint == RULESET.fingerprint
    (tmp_path / "TR901-trust-own-rule.toml").write_text(VALID_RULE)
    assert load_ruleset([tmp_path]).fingerprint != RULESET.fingerprint


def test_a_trust_folder_adds_a_rule_and_lexicon_terms_without_python(tmp_path: Path) -> None:
    from jdlint.document import Block, BlockKind, Document, Level, Location
    from jdlint.judge.engine import lint

    (tmp_path / "TR901-trust-own-rule.toml").write_text(VALID_RULE)
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "qualifications.toml").write_text(
        'role = "profession-terms"\nclass = "qualifications"\n'
        '[[entry]]\nprofessions = ["nursing"]\nterms = ["trust nursing passport"]\n')
    ruleset = load_ruleset([tmp_path])
    assert ruleset.get("TR901").name == "trust-own-rule"
    blocks = tuple(Block(text, BlockKind.CRITERION, ("Person specification",), Level.ESSENTIAL,
                         Location(line=n)) for n, text in enumerate(
                             ["NMC badge", "Trust nursing passport"], start=1))
    findings = lint(Document("a.txt", "txt", blocks), ruleset)
    assert [(f.rule, f.match) for f in findings] == [
        ("TR901", "NMC badge"), ("JD103", "Trust nursing passport")]


@pytest.mark.parametrize(("text", "field"), [
    (VALID_RULE.replace('code = "TR901"', 'code = "tr 901"'), "code"),
    (VALID_RULE.replace('name = "trust-own-rule"', 'name = "Trust Own"'), "name"),
    (VALID_RULE.replace('severity = "warning"', 'severity = "fatal"'), "severity"),
    (VALID_RULE.replace('{regulators} badge', '{nope} badge'), "patterns"),
    (VALID_RULE.replace('["{regulators} badge"]', '["badge"]'), "patterns"),
    (VALID_RULE.replace('Requires {regulators}', 'Requires {who}'), "message"),
    (VALID_RULE.replace('rationale = ', 'colour = "red"\nrationale = '), "colour"),
    (VALID_RULE.replace('suggestion = "Ask for the skills instead."\n', ''), "suggestion"),
    (VALID_RULE.replace('[[examples.pass]]\ntext = "A badge"', '[[examples.pass]]\ntxt = "A"'),
     "examples.pass.txt"),
    ("code = ", "not valid TOML"),
])
def test_rule_errors_name_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = tmp_path / "TR901-trust-own-rule.toml"
    path.write_text(text)
    with pytest.raises(RuleError) as error:
        load_ruleset([tmp_path])
    assert str(path) in str(error.value) and field in str(error.value)


def test_duplicate_code_or_name_is_an_error(tmp_path: Path) -> None:
    shipped = RULESET.rules[0]
    (tmp_path / "copy.toml").write_text(VALID_RULE.replace("TR901", shipped.code))
    with pytest.raises(RuleError, match="code"):
        load_ruleset([tmp_path])
    (tmp_path / "copy.toml").write_text(VALID_RULE.replace("trust-own-rule", shipped.name))
    with pytest.raises(RuleError, match="name"):
        load_ruleset([tmp_path])


def test_lexicon_errors_name_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    path = tmp_path / "lexicon" / "titles.toml"
    head = 'role = "profession-terms"\nclass = "titles"\n'
    path.write_text(head + '[[entry]]\nprofessions = ["astrology"]\nterms = ["astrologer"]\n')
    with pytest.raises(RuleError) as error:
        load_ruleset([tmp_path])
    assert str(path) in str(error.value) and "professions" in str(error.value)
    path.write_text(head + '[[entry]]\nprofessions = ["nursing"]\nterms = ["x"]\nlevel = 1\n')
    with pytest.raises(RuleError, match="level"):
        load_ruleset([tmp_path])


def test_cli_rules_lists_every_rule_as_text_and_json() -> None:
    import json

    from click.testing import CliRunner

    from jdlint.cli import main

    runner = CliRunner()
    text = runner.invoke(main, ["rules"])
    assert text.exit_code == 0
    assert [line.split()[0] for line in text.output.splitlines()] == [r.code for r in RULESET.rules]
    data = json.loads(runner.invoke(main, ["rules", "--format", "json"]).output)
    assert [row["name"] for row in data["rules"]] == [r.name for r in RULESET.rules]
    assert set(data["rules"][0]) == {"code", "name", "severity", "message", "summary"}


def test_cli_explain_by_code_or_name_and_unknown_rule() -> None:
    from click.testing import CliRunner

    from jdlint.cli import main

    runner = CliRunner()
    rule = RULESET.rules[0]
    for key in (rule.code, rule.name):
        result = runner.invoke(main, ["explain", key])
        assert result.exit_code == 0
        assert rule.code in result.output and "Why it matters" in result.output
        assert rule.examples_fire[0].text in result.output
    unknown = runner.invoke(main, ["explain", rule.name[:-2]])
    assert unknown.exit_code == 2 and rule.name in unknown.output


BROKEN_EXAMPLE = VALID_RULE + '\n[[examples.fire]]\ntext = "A shiny badge"\n'


def test_a_trust_rule_whose_example_does_not_fire_is_refused(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from jdlint.cli import main
    from jdlint.judge.catalogue import ruleset_for

    path = tmp_path / "TR901-trust-own-rule.toml"
    path.write_text(BROKEN_EXAMPLE)
    (tmp_path / "jd.txt").write_text("Essential: good humour\n")
    with pytest.raises(RuleError, match=r"TR901: example 'A shiny badge' must fire, but it did "
                                        r"not fire"):
        ruleset_for((tmp_path,))
    done = CliRunner().invoke(main, ["check", "--no-cache", "--extra-rules", str(tmp_path),
                                     str(tmp_path / "jd.txt")])
    assert done.exit_code == 2 and str(path) in done.output and "A shiny badge" in done.output


def test_rules_check_prints_every_example_and_fails_on_one(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from jdlint.cli import main

    (tmp_path / "TR901-trust-own-rule.toml").write_text(VALID_RULE)
    good = CliRunner().invoke(main, ["rules", "--check", str(tmp_path)])
    assert good.exit_code == 0, good.output
    assert "TR901 fires: 'NMC badge': ok" in good.output
    (tmp_path / "TR901-trust-own-rule.toml").write_text(BROKEN_EXAMPLE)
    bad = CliRunner().invoke(main, ["rules", "--check", str(tmp_path)])
    assert bad.exit_code == 1
    assert "TR901 fires: 'A shiny badge': FAILED: did not fire" in bad.output


def test_a_trust_lexicon_that_breaks_a_shipped_example_is_refused(tmp_path: Path) -> None:
    from jdlint.judge.catalogue import ruleset_for

    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "ours.toml").write_text(
        'role = "exceptions"\nclass = "trust-exceptions"\n\n[[entry]]\n'
        'terms = ["nmc registration"]\n')
    with pytest.raises(RuleError, match=r"JD101: example .* must fire"):
        ruleset_for((tmp_path,))


def test_a_slot_limited_to_one_profession_names_only_its_terms(tmp_path: Path) -> None:
    """``{titles:medicine}`` matches doctors' titles only; an unknown profession is refused."""
    from jdlint.document import Block, BlockKind, Document, Level, Location
    from jdlint.judge.engine import lint

    rule = VALID_RULE.replace('["{regulators} badge"]', '["rota of {titles:medicine}"]').replace(
        'text = "NMC badge"', 'text = "rota of surgeons"')
    (tmp_path / "TR901-trust-own-rule.toml").write_text(rule)
    ruleset = load_ruleset([tmp_path])
    blocks = tuple(Block(text, BlockKind.CRITERION, ("Person specification",), Level.ESSENTIAL,
                         Location(line=n)) for n, text in enumerate(
                             ["Rota of surgeons", "Rota of midwives"], start=1))
    found = [f.match for f in lint(Document("a.txt", "txt", blocks), ruleset)
             if f.rule == "TR901"]
    assert found == ["Rota of surgeons"]
    (tmp_path / "TR901-trust-own-rule.toml").write_text(rule.replace("medicine", "alchemy"))
    with pytest.raises(RuleError, match="unknown profession 'alchemy'"):
        load_ruleset([tmp_path])
