"""The README and the CLI agree: every command has help with an `Example:` and a README section;
the README opens with the two commands; .ci/run runs the README's test command."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_readme_commands_are_registered():
    assert set(COMMANDS) >= {"extract", "ingest", "events", "search", "show", "export", "annotate", "serve", "split"}


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_every_command_has_help_with_an_example(command, tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    r = subprocess.run([sys.executable, "-m", "rasd", command, "--help"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert r.returncode == 0, r.stderr
    m = re.search(r"Example:\s*(rasd [^\n│]+)", r.stdout)
    assert m, r.stdout
    assert m.group(1).split()[1] == command


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_every_command(command):
    section = re.search(rf"^### rasd {command}\n(.*?)(?=^##)", README, re.M | re.S)
    assert section, f"README has no '### rasd {command}' section"
    assert re.search(rf"^rasd {command}\b", section.group(1), re.M), f"no example of rasd {command}"


def test_readme_opens_with_the_two_commands():
    blocks = re.findall(r"```bash\n(.*?)\n```", README[:1500], re.S)
    assert blocks[0] == ("python3 -m venv .venv && .venv/bin/pip install -q . && "
                         ".venv/bin/rasd ingest examples/ && .venv/bin/rasd events")
    assert blocks[1] == "bash scripts/test"
    assert README.index(blocks[1]) < README.index("## ")


def test_readme_ci_runs_the_test_command():
    assert (ROOT / ".ci" / "run").read_text() == (
        '#!/usr/bin/env bash\nset -euo pipefail\ncd "$(dirname "$0")/.."\nexec bash scripts/test\n')
    script = (ROOT / "scripts" / "test").read_text()
    for needed in ("apt-get update -qq", "DEBIAN_FRONTEND=noninteractive", "postgresql", "chromium",
                   "pip install -q -e '.[test]'", 'pytest "$@"'):
        assert needed in script


def test_readme_settings_are_documented():
    from rasd.settings import _RENAME

    for (section, key) in _RENAME:
        assert f"`[{section}]`" in README and f"`{key}`" in README, (section, key)


def test_readme_links_exist():
    for link in re.findall(r"\]\(((?!https?:|#)[^)]+)\)", README):
        assert (ROOT / link).exists(), link
