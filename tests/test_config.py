"""Settings: configuration discovery, precedence, command-line flags, validation, exclude globs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jdlint.errors import ConfigError, RuleError
from jdlint.results import FailOn, Severity
from jdlint.run.config import find_config, load_config
from jdlint.run.patterns import anchored_matcher, gitignore_matcher
from jdlint.run.settings import Settings, build_settings, resolve_rule_refs

RULES = {"JD101": "JD101", "nmc-registration": "JD101", "JD201": "JD201", "hcpc-only": "JD201"}


def settings(paths: list[Path], flags: dict[str, object] | None = None) -> Settings:
    """Build settings in which every rule reference is its own code."""
    return build_settings(paths, flags, rules=lambda ref: ref)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- discovery -----------------------------------------------------------------------------


def test_walks_up_from_a_file_to_the_nearest_configuration(tree: Path) -> None:
    source = write(tree / ".jdlint.toml", 'fail-on = "error"\n')
    jd = write(tree / "jds" / "nursing" / "matron.docx", "")
    config = settings([jd])
    assert config.config_file == source
    assert config.fail_on is FailOn.ERROR
    assert config.root == tree


def test_nearest_configuration_wins(tree: Path) -> None:
    write(tree / "pyproject.toml", '[tool.jdlint]\nfail-on = "error"\n')
    inner = write(tree / "jds" / ".jdlint.toml", 'fail-on = "info"\n')
    (tree / "jds" / "estates").mkdir()
    config = settings([tree / "jds" / "estates"])
    assert (config.config_file, config.fail_on) == (inner, "info")


def test_dot_jdlint_toml_beats_pyproject_in_the_same_folder(tree: Path) -> None:
    write(tree / "pyproject.toml", '[tool.jdlint]\nfail-on = "error"\n')
    write(tree / ".jdlint.toml", 'fail-on = "never"\n')
    assert settings([tree]).fail_on == "never"


def test_pyproject_without_tool_jdlint_is_passed_over(tree: Path) -> None:
    outer = write(tree / ".jdlint.toml", 'fail-on = "info"\n')
    write(tree / "sub" / "pyproject.toml", '[tool.ruff]\nline-length = 100\n')
    assert find_config(tree / "sub") == outer


def test_a_git_folder_does_not_stop_the_walk(tree: Path) -> None:
    outer = write(tree / ".jdlint.toml", 'fail-on = "info"\n')
    (tree / "repo" / ".git").mkdir(parents=True)
    assert find_config(tree / "repo") == outer


def test_no_configuration_gives_the_defaults(tree: Path) -> None:
    config = settings([tree])
    assert config.config_file is None
    assert (config.fail_on, config.select, config.max_file_mb, config.timeout_seconds,
            config.jobs) == ("warning", None, 50.0, 60.0, None)
    assert config == Settings(root=tree)  # the defaults, written once in Settings
    assert config.root == tree
    assert config.justifications is None


def test_paths_under_different_configurations_are_refused(tree: Path) -> None:
    write(tree / "a" / ".jdlint.toml", "")
    write(tree / "b" / ".jdlint.toml", "")
    with pytest.raises(ConfigError, match="different configurations"):
        load_config([tree / "a", tree / "b"])


def test_paths_under_one_configuration_share_it(tree: Path) -> None:
    source = write(tree / ".jdlint.toml", "jobs = 2\n")
    (tree / "a").mkdir()
    (tree / "b").mkdir()
    assert settings([tree / "a", tree / "b"]).config_file == source


def test_explicit_file_is_read_at_top_level_and_skips_discovery(tree: Path) -> None:
    write(tree / ".jdlint.toml", 'fail-on = "info"\n')
    explicit = write(tree / "ci" / "strict.toml", 'fail-on = "error"\nexclude = ["old/**"]\n')
    config = build_settings([tree], config_file=explicit, rules=lambda ref: ref)
    assert (config.config_file, config.fail_on, config.root) == (explicit, "error", tree / "ci")


def test_explicit_pyproject_needs_the_table(tree: Path) -> None:
    explicit = write(tree / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"^pyproject.toml: has no \[tool.jdlint\] table$"):
        load_config([tree], explicit=explicit)


def test_explicit_file_must_exist(tree: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.toml: configuration file not found"):
        load_config([tree], explicit=tree / "missing.toml")


# --- values --------------------------------------------------------------------------------


def test_every_key_is_read_with_paths_relative_to_the_file(tree: Path) -> None:
    (tree / "cfg" / "trust-rules").mkdir(parents=True)
    write(tree / "cfg" / "reviewed.toml", "")
    write(tree / "cfg" / "pyproject.toml", """
[tool.jdlint]
select = ["JD101", "hcpc-only"]
ignore = ["JD301"]
fail-on = "error"
extra-rules = ["trust-rules"]
exclude = ["archive/**", "*.draft.docx"]
justifications = "reviewed.toml"
max-file-size-mb = 20
timeout_seconds = 30
jobs = 4

[tool.jdlint.severity]
nmc-registration = "info"
""")
    config = settings([tree / "cfg"])
    assert config.select == {"JD101", "hcpc-only"}
    assert config.ignore == {"JD301"}
    assert config.severities == {"nmc-registration": Severity.INFO}
    assert config.extra_rules == (tree / "cfg" / "trust-rules",)
    assert config.exclude == ("archive/**", "*.draft.docx")
    assert config.justifications == tree / "cfg" / "reviewed.toml"
    assert (config.max_file_mb, config.timeout_seconds, config.jobs) == (20.0, 30.0, 4)


def test_per_rule_severity_is_an_alias_of_severity(tree: Path) -> None:
    write(tree / ".jdlint.toml", 'per-rule-severity = { JD101 = "error" }\n')
    assert settings([tree]).severities == {"JD101": Severity.ERROR}


def test_justifications_file_beside_the_configuration_is_the_default(tree: Path) -> None:
    write(tree / ".jdlint.toml", "")
    found = write(tree / "jdlint-justifications.toml", "")
    assert settings([tree]).justifications == found


BAD = [
    ('fail-on = "sometimes"',
     "fail-on: expected one of error, warning, info, never, got 'sometimes'"),
    ('select = "JD101"', "select: expected a list of strings, got 'JD101'"),
    ("ignore = [1]", "ignore: expected non-empty strings, got 1"),
    ('ignore = [""]', "ignore: expected non-empty strings, got ''"),
    ('severity = { JD101 = "high" }',
     "severity: JD101: expected one of error, warning, info, got 'high'"),
    ('severity = "error"', "severity: expected a table of rule = level"),
    ('severity = {}\nper-rule-severity = {}', "per-rule-severity: also given as 'severity'"),
    ('fail_on = "info"\nfail-on = "info"', "fail-on: also given as 'fail_on'"),
    ('extra-rules = ["no-such-folder"]', "extra-rules: no-such-folder is not a folder"),
    (r'exclude = ["archive\\old"]', "exclude: use forward slashes"),
    ('justifications = "nope.toml"', "justifications: nope.toml not found"),
    ("max-file-size-mb = 0", "max-file-size-mb: expected a positive number, got 0"),
    ('max-file-size-mb = "big"', "max-file-size-mb: expected a positive number, got 'big'"),
    ("timeout-seconds = -1",
     "timeout-seconds: expected a number of seconds (0 = no limit), got -1"),
    ("jobs = 0", "jobs: expected a whole number of at least 1, got 0"),
    ("jobs = true", "jobs: expected a whole number of at least 1, got True"),
    ("jobs = 1.5", "jobs: expected a whole number of at least 1, got 1.5"),
    ('fail-onn = "error"', "fail-onn: unknown key (did you mean 'fail-on'?"),
]


@pytest.mark.parametrize(("body", "message"), BAD)
def test_bad_pyproject_value_names_file_table_and_key(tree: Path, body: str, message: str) -> None:
    write(tree / "pyproject.toml", f"[tool.jdlint]\n{body}\n")
    with pytest.raises(ConfigError) as caught:
        load_config([tree])
    assert str(caught.value).startswith(f"pyproject.toml: [tool.jdlint] {message}")


@pytest.mark.parametrize(("body", "message"), BAD)
def test_bad_dot_jdlint_value_names_file_and_key(tree: Path, body: str, message: str) -> None:
    write(tree / ".jdlint.toml", f"{body}\n")
    with pytest.raises(ConfigError) as caught:
        load_config([tree])
    assert str(caught.value).startswith(f".jdlint.toml: {message}")


def test_a_jdlint_table_in_dot_jdlint_toml_gets_a_hint(tree: Path) -> None:
    write(tree / ".jdlint.toml", '[jdlint]\nfail-on = "error"\n')
    with pytest.raises(ConfigError, match=r"at the top level, without a \[jdlint\] table"):
        load_config([tree])


def test_invalid_toml_names_the_file(tree: Path) -> None:
    write(tree / "pyproject.toml", "[tool.jdlint\n")
    with pytest.raises(ConfigError, match=r"^pyproject.toml: not valid TOML"):
        load_config([tree])


def test_tool_jdlint_must_be_a_table(tree: Path) -> None:
    write(tree / "pyproject.toml", "[tool]\njdlint = 3\n")
    with pytest.raises(ConfigError, match=r"\[tool.jdlint\] must be a table"):
        load_config([tree])


# --- command-line overrides ----------------------------------------------------------------


def test_command_line_overrides_the_file_and_none_means_not_given(tree: Path) -> None:
    write(tree / ".jdlint.toml", 'fail-on = "info"\njobs = 3\nselect = ["JD101"]\n'
          'ignore = ["JD301"]\n')
    config = settings([tree], {"fail_on": "error", "select": ("JD201",), "jobs": None,
                               "severities": {"JD101": "info"}, "ignore": ("JD302",)})
    assert (config.fail_on, config.select, config.jobs) == ("error", {"JD201"}, 3)
    assert config.severities == {"JD101": Severity.INFO}
    assert config.ignore == {"JD301", "JD302"}  # a flag's list adds to the file's


@pytest.mark.parametrize(("flags", "where"), [
    ({"fail_on": "error"}, None),
    ({"ignore": ("JD999",)}, "command line: --ignore"),
    ({"select": ("JD999",)}, ".jdlint.toml: select or command line --select"),
])
def test_unknown_rules_say_where_they_were_given(tree: Path, flags: dict[str, object],
                                                 where: str | None) -> None:
    write(tree / ".jdlint.toml", 'select = ["JD101"]\n')
    if where is None:
        assert build_settings([tree], flags, rules=RULES.get).select == {"JD101"}
        return
    with pytest.raises(ConfigError, match=rf"^{re.escape(where)}: unknown rule 'JD999'"):
        build_settings([tree], flags, rules=RULES.get)


def test_bad_command_line_value_names_the_option(tree: Path) -> None:
    with pytest.raises(ConfigError, match=r"^command line: --fail-on: expected one of"):
        settings([tree], {"fail_on": "sometimes"})
    with pytest.raises(ConfigError, match=r"^command line: --max-file-size: expected a"):
        settings([tree], {"max_file_mb": 0})


def test_unknown_flags_are_refused(tree: Path) -> None:
    with pytest.raises(TypeError, match="colour"):
        settings([tree], {"colour": True})


@pytest.mark.parametrize(("fail_on", "severity", "fails"), [
    ("warning", Severity.WARNING, True), ("warning", Severity.INFO, False),
    ("error", Severity.WARNING, False), ("info", Severity.INFO, True),
    ("never", Severity.ERROR, False),
])
def test_fail_on_threshold(fail_on: str, severity: Severity, fails: bool) -> None:
    assert FailOn(fail_on).fails(severity) is fails


# --- rule references -----------------------------------------------------------------------


def test_rule_names_and_codes_resolve_to_codes() -> None:
    assert resolve_rule_refs(["nmc-registration", "JD201"], RULES.get) == {"JD101", "JD201"}


def test_unknown_rule_names_the_key(tree: Path) -> None:
    write(tree / "pyproject.toml", '[tool.jdlint]\nignore = ["JD999"]\n')
    with pytest.raises(ConfigError,
                       match=r"^pyproject.toml: \[tool.jdlint\] ignore: unknown rule 'JD999'"):
        build_settings([tree], rules=RULES.get)


def test_settings_hold_rule_codes_not_names(tree: Path) -> None:
    config = build_settings([tree], {"select": ("nmc-registration",), "ignore": ("hcpc-only",),
                                     "severities": {"nmc-registration": "info"}},
                            rules=RULES.get)
    assert (config.select, config.ignore, config.severities) == (
        frozenset({"JD101"}), frozenset({"JD201"}), {"JD101": Severity.INFO})


def test_a_getter_raising_key_error_counts_as_unknown() -> None:
    with pytest.raises(ConfigError, match="select: unknown rule 'x'"):
        resolve_rule_refs(["x"], RULES.__getitem__)


def test_a_getter_raising_rule_error_counts_as_unknown() -> None:
    class Rule:
        code = "JD101"

    def get(ref: str) -> Rule:  # the behaviour of RuleSet.get
        if ref.lower() in ("jd101", "nmc-registration"):
            return Rule()
        raise RuleError(f"unknown rule {ref!r}")

    assert resolve_rule_refs(["nmc-registration", "jd101"], get) == {"JD101"}
    with pytest.raises(ConfigError, match=r"^ignore: unknown rule 'no-such-rule'"):
        resolve_rule_refs(["no-such-rule"], get, where="ignore")


# --- exclude globs -------------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "path", "excluded"), [
    ("archive/**", "archive/2019/matron.docx", True),
    ("archive/**", "jds/archive/matron.docx", False),  # a slash anchors the pattern
    ("archive", "jds/archive/matron.docx", True),  # a bare name matches at any depth
    ("archive/", "jds/archive/matron.docx", True),
    ("*.draft.docx", "jds/nursing/matron.draft.docx", True),
    ("*.draft.docx", "jds/nursing/matron.docx", False),
    ("/top.docx", "top.docx", True),
    ("/top.docx", "sub/top.docx", False),
    ("jds/**/old-*.pdf", "jds/old-ward.pdf", True),
    ("jds/**/old-*.pdf", "jds/a/b/old-ward.pdf", True),
    ("jds/*.pdf", "jds/a/ward.pdf", False),
    ("band-[78]*.docx", "x/band-7-lead.docx", True),
    ("band-[!78]*.docx", "x/band-7-lead.docx", False),
    ("?.txt", "a.txt", True),
])
def test_exclude_globs_are_gitignore_like(tree: Path, pattern: str, path: str,
                                          excluded: bool) -> None:
    assert gitignore_matcher([pattern])(path) is excluded
    config = Settings(exclude=(pattern,), root=tree)
    assert config.is_excluded(tree / path) is excluded


def test_exclude_is_relative_to_the_configuration_folder(tree: Path) -> None:
    write(tree / "trust" / ".jdlint.toml", 'exclude = ["archive/**"]\n')
    config = settings([tree / "trust"])
    assert config.is_excluded(tree / "trust" / "archive" / "a.docx")
    assert not config.is_excluded(tree / "archive" / "a.docx")  # outside the root


def test_anchored_globs_do_not_match_at_depth() -> None:
    matches = anchored_matcher(["*.docx", "nursing/**"])
    assert matches("matron.docx")
    assert not matches("estates/matron.docx")
    assert matches("nursing/wards/matron.pdf")


def test_dot_dot_in_a_start_path_is_resolved_before_walking_up(tree: Path) -> None:
    source = write(tree / "trust" / ".jdlint.toml", "")
    (tree / "trust" / "jds").mkdir()
    (tree / "elsewhere").mkdir()
    assert find_config(tree / "elsewhere" / ".." / "trust" / "jds") == source


def test_exclude_takes_a_path_back_with_negation(tree: Path) -> None:
    matches = gitignore_matcher(["archive/", "!archive/keep.docx"])
    assert matches("archive/old.docx")
    assert not matches("archive/keep.docx")
    assert gitignore_matcher(["*.docx", "!keep.docx"])("a/old.docx")
    assert not gitignore_matcher(["*.docx", "!keep.docx"])("a/keep.docx")
