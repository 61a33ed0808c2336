"""Every code block of the README runs as written.

``$ claimgraph ...`` examples, whose output the README shows, are checked line by line in
``test_readme.py``.  Here the other blocks run: console blocks of bare commands (each
``claimgraph``/``oxigraph`` line, in order, in a scratch folder against a copy of a store
of the bundled corpus) and Python blocks, saved as scripts and run with this Python.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from claimgraph.cli import cli
from claimgraph.serve import start_server
from claimgraph.store import open_store, store_stats

README = Path(__file__).resolve().parents[1] / "README.md"
REPO = README.parent
GOLD_PAPERS = REPO / "tests" / "data" / "gold" / "dev-papers.jsonl"
CORPUS_PAGE = REPO / "data" / "000_b6b2c6689760e1b4.txt"
BIN = Path(sys.executable).parent

_BLOCK = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.M | re.S)

NOT_RUN = {
    "make demo": "the quickstart: `make demo` and `make test` are what CI itself runs",
    "python -m benchmarks.quality": "the quality table: benchmarks/quality.py, run by `make bench`",
}
"""Blocks this test leaves out, by their first words, and why."""


def blocks() -> list[tuple[str, str]]:
    """(language, text) of every fenced block, indented blocks dedented."""
    text = README.read_text(encoding="utf-8")
    return [(m[2], textwrap.dedent(m[3])) for m in _BLOCK.finditer(text)]


def commands(block: str) -> list[list[str]]:
    """The ``claimgraph``/``oxigraph`` command lines of a block without ``$`` prompts."""
    lines = [shlex.split(line, comments=True) for line in block.splitlines()]
    return [words for words in lines if words and words[0] in ("claimgraph", "oxigraph")]


def has_prompt(block: str) -> bool:
    return any(line.startswith("$ ") for line in block.splitlines())


def skipped_reason(block: str) -> str | None:
    first = block.lstrip().lstrip("$ ")
    return next((why for words, why in NOT_RUN.items() if first.startswith(words)), None)


COMMAND_BLOCKS = [
    b
    for lang, b in blocks()
    if lang == "console" and not has_prompt(b) and skipped_reason(b) is None
]
PYTHON_BLOCKS = [b for lang, b in blocks() if lang == "python"]


def test_every_block_is_run_or_said_why_not() -> None:
    found = blocks()
    assert len(found) >= 9
    for lang, block in found:
        assert lang in ("console", "python"), block
        if skipped_reason(block) is not None:
            continue
        if lang == "console" and has_prompt(block):
            assert "$ claimgraph " in block, block  # test_readme.py runs it
        elif lang == "console":
            assert commands(block), block
    assert len(COMMAND_BLOCKS) == 4
    assert len(PYTHON_BLOCKS) == 2


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readme-blocks") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


HARVEST_DATA = REPO / "tests" / "data" / "harvest"


def serve_every_source(server: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The harvest block's three services on loopback, whatever it asks them (nothing in the
    tests touches the internet): one last OAI-PMH page, one last API page, empty days."""
    data = HARVEST_DATA
    # the last page of each listing: no resumption token, no page after it
    server.expect_request("/oai").respond_with_data(
        (data / "oai" / "page3.xml").read_text(encoding="utf-8"), content_type="text/xml"
    )
    feed = (data / "api" / "start-4.xml").read_text(encoding="utf-8")
    feed = re.sub(r"<opensearch:totalResults>\d+", "<opensearch:totalResults>1", feed)
    feed = re.sub(r"<opensearch:startIndex>\d+", "<opensearch:startIndex>0", feed)
    server.expect_request("/api/query").respond_with_data(feed, content_type="application/atom+xml")
    server.expect_request("/api/daily_papers").respond_with_data(
        "[]", content_type="application/json"
    )
    monkeypatch.setenv("CLAIMGRAPH_ARXIV_OAI_URL", server.url_for("/oai"))
    monkeypatch.setenv("CLAIMGRAPH_ARXIV_API_URL", server.url_for("/api/query"))
    monkeypatch.setenv("CLAIMGRAPH_HF_URL", server.url_for("").rstrip("/"))
    monkeypatch.setenv("CLAIMGRAPH_HARVEST_DELAY_S", "0")


def takes_a_store(args: list[str]) -> bool:
    """Whether the command (or the group's subcommand: ``harvest arxiv``) has ``--store``."""
    command = cli.commands[args[0]]
    if isinstance(command, click.Group) and len(args) > 1 and args[1] in command.commands:
        command = command.commands[args[1]]
    return any(p.name == "store_path" for p in command.params)


@pytest.mark.slow
@pytest.mark.parametrize("block", COMMAND_BLOCKS, ids=lambda b: commands(b)[0][1])
def test_command_block(
    block: str,
    corpus_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
) -> None:
    store = tmp_path / "the-store"
    shutil.copytree(corpus_store, store)
    (tmp_path / "corpus").mkdir()
    shutil.copy(CORPUS_PAGE, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    # never the user's own store, whatever a command forgets
    monkeypatch.setenv("CLAIMGRAPH_STORE", str(store))
    serve_every_source(httpserver, monkeypatch)
    for words in commands(block):
        if words[0] == "oxigraph":
            run = subprocess.run(
                [str(BIN / "oxigraph"), *words[1:]], capture_output=True, text=True, timeout=120
            )
            assert run.returncode == 0, f"{shlex.join(words)}: {run.stderr}"
            continue
        args = words[1:]
        if takes_a_store(args):
            args += ["--store", str(store)]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, f"{shlex.join(words)}: {result.output}"
        for option in ("-o", "--output"):
            if option in args:
                written = Path(args[args.index(option) + 1])
                assert written.stat().st_size > 1000, shlex.join(words)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run_script(text: str, cwd: Path) -> str:
    script = cwd / "readme_example.py"
    script.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.mark.slow
def test_sparqlwrapper_block(corpus_store: Path, tmp_path: Path) -> None:
    """Against a real server; the README's port 7878 becomes a free one (the tests must not
    take a port someone may be using)."""
    (block,) = [b for b in PYTHON_BLOCKS if "SPARQLWrapper" in b]
    port = free_port()
    shutil.copytree(REPO / "queries", tmp_path / "queries")
    expected = CliRunner().invoke(
        cli, ["query", "who-beats-whom", "--format", "json", "--store", str(corpus_store)]
    )
    with start_server(corpus_store, bind=f"127.0.0.1:{port}", ready_timeout=20.0):
        script = block.replace(":7878/", f":{port}/") + "\nprint(len(rows))\n"
        out = run_script(script, tmp_path)
    assert int(out) == len(json.loads(expected.stdout)) == 68


@pytest.mark.slow
def test_dask_block(tmp_path: Path) -> None:
    (block,) = [b for b in PYTHON_BLOCKS if "dask_extract_to_shards" in b]
    papers = GOLD_PAPERS.read_text(encoding="utf-8").splitlines()[:6]
    (tmp_path / "part-1.jsonl").write_text("\n".join(papers[:3]) + "\n", encoding="utf-8")
    (tmp_path / "part-2.jsonl").write_text("\n".join(papers[3:]) + "\n", encoding="utf-8")
    run_script(block, tmp_path)
    assert store_stats(open_store(tmp_path / "store", read_only=True)).papers == 6
