"""The README is executed: every ``$ claimgraph ...`` example prints what the README shows.

Lines the README elides with ``...`` are skipped; every other line it shows must appear in
the command's real output, in order.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"
REPO = README.parent


def console_examples() -> list[tuple[str, list[str]]]:
    """(command line, shown output lines) for each ``$ claimgraph`` in a console block."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", README.read_text(encoding="utf-8"), re.S):
        command: str | None = None
        shown: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    examples.append((command, shown))
                command, shown = line[2:], []
            elif command is not None:
                shown.append(line)
        if command is not None:
            examples.append((command, shown))
    return [(c, s) for c, s in examples if c.startswith("claimgraph ")]


@pytest.fixture(scope="module")
def readme_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readme") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_the_readme_has_examples_to_run() -> None:
    assert len(console_examples()) >= 4


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "shown"), console_examples(), ids=[c for c, _ in console_examples()]
)
def test_readme_example(
    command: str, shown: list[str], readme_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    args = shlex.split(command)[1:]
    takes_store = any(p.name == "store_path" for p in cli.commands[args[0]].params)
    if takes_store:
        args += ["--store", str(readme_store)]
    result = CliRunner().invoke(cli, args)
    output = (result.stdout + result.stderr).splitlines()
    position = 0
    for line in (s for s in shown if s.strip() and s.strip() != "..."):
        matches = [i for i in range(position, len(output)) if output[i].rstrip() == line.rstrip()]
        assert matches, f"README line not in the output of {command!r}:\n{line}"
        position = matches[0] + 1
