"""Rule messages shown before a finding fills them read as sentences (issue 16, item 6)."""

from __future__ import annotations

import io
import json

from click.testing import CliRunner

from jdlint.cli import main
from jdlint.judge.catalogue import ruleset_for
from jdlint.judge.messages import readable
from jdlint.outputs import RenderContext, sarif


def test_jdlint_rules_shows_no_raw_template() -> None:
    listed = CliRunner().invoke(main, ["rules"]).stdout
    assert "{" not in listed and "}" not in listed
    assert "Requires a single regulator's registration, which only members of one profession" in (
        listed)


def test_sarif_rule_descriptions_are_plain_sentences() -> None:
    rules = ruleset_for(()).rules
    stream = io.StringIO()
    sarif.render([], stream, RenderContext(rules=rules, tool_version="0"))
    for descriptor in json.loads(stream.getvalue())["runs"][0]["tool"]["driver"]["rules"]:
        for key in ("shortDescription", "fullDescription"):
            text = descriptor[key]["text"]
            assert "{" not in text and text[0].isupper() and text.endswith(".")


def test_every_shipped_template_fills() -> None:
    for rule in ruleset_for(()).rules:
        assert "{" not in readable(rule.message), rule.code
