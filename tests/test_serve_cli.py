"""`claimgraph serve` as a user runs it: a real process, a real HTTP client, Ctrl-C to stop."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli

CLAIMGRAPH = [sys.executable, "-m", "claimgraph"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve-cli") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_serve_prints_the_url_answers_sparql_and_stops_on_ctrl_c(store: Path) -> None:
    with subprocess.Popen(
        [*CLAIMGRAPH, "serve", "--store", str(store), "--bind", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        _query_then_interrupt(process)
    assert process.returncode == 0


def _query_then_interrupt(process: subprocess.Popen[str]) -> None:
    try:
        assert process.stdout is not None
        endpoint = None
        deadline = time.monotonic() + 30
        while endpoint is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            found = re.search(r"SPARQL endpoint: (http://127\.0\.0\.1:\d+/query)", line)
            endpoint = found.group(1) if found else None
        assert endpoint is not None, "serve did not print its endpoint"
        query = (
            "SELECT (COUNT(DISTINCT ?c) AS ?n) "
            "WHERE { ?c a <https://w3id.org/claimgraph/ns#Claim> }"
        )
        request = urllib.request.Request(
            endpoint + "?" + urllib.parse.urlencode({"query": query}),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            rows = json.load(response)["results"]["bindings"]
        assert int(rows[0]["n"]["value"]) > 150
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()


def test_serve_refuses_a_remote_bind_without_the_flag(store: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(store), "--bind", "0.0.0.0:7878"])
    assert result.exit_code == 1
    assert "not a loopback address" in result.stderr
    assert "Traceback" not in result.output


def test_serve_on_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no claimgraph store at" in result.stderr


def test_a_runaway_query_hits_the_server_timeout(store: Path) -> None:
    """Oxigraph cancels the query at --timeout-s; the error text ends the (truncated) body."""
    from claimgraph.serve import start_server

    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with start_server(store, bind="127.0.0.1:0", timeout_s=1) as server:
        url = server.query_url + "?" + urllib.parse.urlencode({"query": query})
        started = time.monotonic()
        with urllib.request.urlopen(url, timeout=60) as response:
            body = response.read().decode("utf-8", "replace")
        elapsed = time.monotonic() - started
    assert "The SPARQL operation has been cancelled" in body
    assert elapsed < 15
