"""`claimgraph serve` as a user runs it: a real process, a real HTTP client, Ctrl-C to stop."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
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


def _printed_endpoint(process: subprocess.Popen[str]) -> str:
    """The SPARQL endpoint `claimgraph serve` prints once the server answers."""
    assert process.stdout is not None
    while True:
        line = process.stdout.readline()
        assert line, "serve did not print its endpoint"
        found = re.search(r"SPARQL endpoint: (http://127\.0\.0\.1:\d+/query)", line)
        if found:
            return found.group(1)


def _interrupt(process: subprocess.Popen[str]) -> None:
    """Ctrl-C, as a user stops `claimgraph serve`; killed if it does not stop."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()


def _query_then_interrupt(process: subprocess.Popen[str]) -> None:
    try:
        endpoint = _printed_endpoint(process)
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
        _interrupt(process)


def test_serve_refuses_a_remote_bind_without_the_flag(store: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(store), "--bind", "0.0.0.0:7878"])
    assert result.exit_code == 1
    assert "not a loopback address" in result.stderr
    assert "Traceback" not in result.output


def test_serve_on_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no claimgraph store at" in result.stderr


def _refusal(url: str) -> tuple[int, str, str, float]:
    """Status, X-Claimgraph-Error header, body and seconds of a request the server refuses."""
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=60).close()
    error = refused.value
    with error:
        body = error.read().decode("utf-8")
    return error.code, error.headers.get("X-Claimgraph-Error", ""), body, time.monotonic() - started


def test_a_runaway_query_hits_the_server_timeout(store: Path) -> None:
    """Oxigraph cancels at --timeout-s after answering 200; the client gets a 504 instead."""
    from claimgraph.serve import start_server

    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with start_server(store, bind="127.0.0.1:0", timeout_s=1) as server:
        url = server.query_url + "?" + urllib.parse.urlencode({"query": query})
        status, kind, body, elapsed = _refusal(url)
        assert server.running
    assert (status, kind) == (504, "timeout")
    assert body == (
        "claimgraph serve: the query was stopped after 1 s (claimgraph serve --timeout-s); "
        "narrow the query or add a LIMIT\n"
    )
    assert elapsed < 15


def test_a_runaway_result_hits_the_size_limit(store: Path) -> None:
    """A cross join of every triple with every triple (21 million rows) is cut at 1 MB."""
    from claimgraph.serve import start_server

    query = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
    with start_server(store, bind="127.0.0.1:0", max_result_mb=1) as server:
        url = server.query_url + "?" + urllib.parse.urlencode({"query": query})
        status, kind, body, elapsed = _refusal(url)
        assert (status, kind) == (500, "result-too-large")
        assert body.startswith("claimgraph serve: the result is larger than 1 MB")
        assert elapsed < 15
        # The server goes on answering, and a result under the limit passes whole.
        small = "SELECT ?s WHERE { ?s a <https://w3id.org/claimgraph/ns#Paper> }"
        request = urllib.request.Request(
            server.query_url + "?" + urllib.parse.urlencode({"query": small}),
            headers={"Accept": "text/csv"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["Content-Type"].startswith("text/csv")
            lines = response.read().decode().splitlines()
    assert lines[0] == "s" and len(lines) == 1 + 190


def test_serve_help_names_the_limits() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert "--timeout-s" in result.output and "--max-result-mb" in result.output
    assert "--max-memory-mb" in result.output
    refused = CliRunner().invoke(cli, ["serve", "--max-result-mb", "0"])
    assert refused.exit_code == 2 and "0 is not in the range x>=1" in refused.output


def test_a_query_that_needs_too_much_memory_gets_a_503_and_the_server_comes_back(
    store: Path,
) -> None:
    """Sorting every triple against every triple (21 million rows) needs far more than 256 MB:
    Oxigraph hits its memory limit and stops; the client is told why and `claimgraph serve`
    starts it again on the same address."""
    runaway = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?o ?c LIMIT 10"
    with subprocess.Popen(
        [*CLAIMGRAPH, "serve", "--store", str(store), "--bind", "127.0.0.1:0"]
        + ["--max-memory-mb", "256"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stderr is not None
            endpoint = _printed_endpoint(process)
            status, kind, body, _ = _refusal(
                endpoint + "?" + urllib.parse.urlencode({"query": runaway})
            )
            assert (status, kind) == (503, "out-of-memory")
            assert "needed more than 256 MB" in body
            assert "restarting it" in process.stderr.readline()
            _wait_until_answering(endpoint, seconds=20)  # on the same address
        finally:
            _interrupt(process)
    assert process.returncode == 0


def _wait_until_answering(endpoint: str, *, seconds: float) -> None:
    """While Oxigraph restarts the front refuses with 503; ASK must come true within `seconds`."""
    ask = endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(ask, timeout=5) as response:
                assert json.load(response) == {"head": {}, "boolean": True}
            return
        except urllib.error.HTTPError as refused:
            refused.close()
            assert time.monotonic() < deadline
            time.sleep(0.2)


def _oxigraph_child(pid: int) -> int:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    (child,) = [int(c) for c in children if "oxigraph" in Path(f"/proc/{c}/cmdline").read_text()]
    return child


def test_the_service_outlives_any_number_of_oxigraph_deaths(store: Path) -> None:
    """Oxigraph killed six times in a row: each death is said as it is, the sixth restart
    backs off instead of ending `claimgraph serve`, and the server then answers again."""
    with subprocess.Popen(
        [*CLAIMGRAPH, "serve", "--store", str(store), "--bind", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stderr is not None
            endpoint = _printed_endpoint(process)
            ask = endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
            lines = []
            for _ in range(6):
                _wait_until_answering(endpoint, seconds=30)  # a fresh Oxigraph is there
                os.kill(_oxigraph_child(process.pid), signal.SIGKILL)
                lines.append(process.stderr.readline())
            assert all("exited with status -9" in line for line in lines), lines
            assert all("restarting it" in line for line in lines)
            assert "restarting it in 5 s (6 restarts in a minute)" in lines[-1]
            status, kind, body, _ = _refusal(ask)
            assert (status, kind) == (503, "out-of-memory") and "retry in 5 s" in body
            time.sleep(7)
            with urllib.request.urlopen(ask, timeout=15) as response:
                assert json.load(response)["boolean"] is True
            assert process.poll() is None
        finally:
            _interrupt(process)
    assert process.returncode == 0


def test_a_public_bind_names_the_option_that_allows_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--bind", "0.0.0.0:7878", "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: refusing to listen on 0.0.0.0, which is not a loopback address: the server has "
        "no authentication; add --allow-remote to listen there anyway\n"
    )
