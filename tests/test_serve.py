"""``claimgraph.serve``: the real Oxigraph server on a claimgraph store, queried over HTTP.

Every server here is the real ``oxigraph`` executable on 127.0.0.1 and a free port, queried
by independent clients (SPARQLWrapper, rdflib's SPARQLStore, urllib).  Servers are started
through the ``servers`` fixture, whose finalizer stops (and if need be kills) every one.
"""

from __future__ import annotations

import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.client import HTTPConnection
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from conftest import fixture_papers, store_dump
from rdflib import Literal as RdfLiteral
from rdflib import URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import ResultRow
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from claimgraph.queries import load_query, run_query, term_value
from claimgraph.rdf import paper_quads
from claimgraph.serve import (
    DEFAULT_BIND,
    DEFAULT_TIMEOUT_S,
    ServerConfig,
    ServerError,
    ServerProcess,
    find_oxigraph,
    start_server,
)
from claimgraph.store import StoreError, ingest, open_store

PAPERS_COUNT = (
    "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/claimgraph/ns#Paper> }"
)
NEW_TRIPLE = 'INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> "written over HTTP" } }'

Row = tuple[str | None, ...]


# ---------------------------------------------------------------- helpers and fixtures


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def local_bind() -> str:
    return f"127.0.0.1:{free_port()}"


def make_store(path: Path, papers: int = 4) -> Path:
    """An on-disk store of the first ``papers`` fixture papers, one update per paper; closed."""
    store = open_store(path)
    for result in fixture_papers()[:papers]:
        store.extend(paper_quads(result))
    store.flush()
    del store  # releases the lock
    return path


def dump(path: Path) -> list[str]:
    return store_dump(open_store(path, read_only=True))


def as_text(value: object) -> str | None:
    return None if value is None else str(value)


def run_query_rows(path: Path, text: str) -> list[Row]:
    result = run_query(open_store(path, read_only=True), text)
    return [tuple(as_text(v) for v in row) for row in result]


def json_cell(binding: dict[str, str] | None) -> str | None:
    """A SPARQL JSON results cell, converted as ``run_query`` converts terms."""
    if binding is None:
        return None
    if binding["type"] == "uri":
        return as_text(term_value(ox.NamedNode(binding["value"])))
    if "datatype" in binding:
        literal = ox.Literal(binding["value"], datatype=ox.NamedNode(binding["datatype"]))
    else:
        literal = ox.Literal(binding["value"], language=binding.get("xml:lang"))
    return as_text(term_value(literal))


def rdflib_cell(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return as_text(term_value(ox.NamedNode(str(term))))
    assert isinstance(term, RdfLiteral), term
    if term.datatype is not None:
        literal = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    else:
        literal = ox.Literal(str(term), language=term.language)
    return as_text(term_value(literal))


def sparqlwrapper_rows(server: ServerProcess, text: str) -> list[Row]:
    client = SPARQLWrapper(server.query_url)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    client.setMethod(POST)
    results: Any = client.queryAndConvert()
    columns = results["head"]["vars"]
    return [tuple(json_cell(b.get(c)) for c in columns) for b in results["results"]["bindings"]]


def rdflib_rows(server: ServerProcess, text: str) -> list[Row]:
    store = SPARQLStore(query_endpoint=server.query_url, returnFormat="json")
    result = store.query(text)
    columns = [str(v) for v in result.vars or []]
    rows: list[Row] = []
    for row in result:
        assert isinstance(row, ResultRow)
        cells = row.asdict()
        rows.append(tuple(rdflib_cell(cells.get(c)) for c in columns))
    return rows


def http(url: str, data: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Status, content type and body of a GET (or a form POST when ``data`` is given)."""
    body = None if data is None else urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(url, data=body)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read().decode("utf-8", "replace")
            return int(response.status), response.headers.get("Content-Type", ""), text
    except urllib.error.HTTPError as error:
        with error:
            text = error.read().decode("utf-8", "replace")
            return error.code, error.headers.get("Content-Type", ""), text


def paper_count(server: ServerProcess) -> int:
    (row,) = sparqlwrapper_rows(server, PAPERS_COUNT)
    return int(str(row[0]))


def alive(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie counts as dead)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


Start = Callable[..., ServerProcess]


@pytest.fixture
def servers() -> Iterator[Start]:
    """``start(path, **options)``: a real server on a free 127.0.0.1 port, always stopped."""
    started: list[ServerProcess] = []

    def start(path: Path, **options: Any) -> ServerProcess:
        options.setdefault("bind", local_bind())
        options.setdefault("ready_timeout", 20.0)
        server = start_server(path, **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop(timeout=5)
        if server.process.returncode is None:  # pragma: no cover - stop() kills after 5 s
            server.process.kill()
            server.process.wait(5)
    assert not any(alive(s.pid) for s in started)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def shared_server(shared_store: Path) -> Iterator[ServerProcess]:
    """One read-only server on the fixture papers for the query tests."""
    with start_server(shared_store, bind=local_bind(), ready_timeout=20.0) as server:
        yield server
    assert not alive(server.pid)


# ---------------------------------------------------------------- configuration


def test_find_oxigraph_prefers_the_one_beside_python() -> None:
    found = find_oxigraph()
    assert found.name == "oxigraph"
    assert os.access(found, os.X_OK)
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        assert found == beside


def test_missing_oxigraph_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerError, match="`oxigraph` was not found.*pip install oxigraph"):
        find_oxigraph()


def test_default_command_is_read_only_on_loopback(tmp_path: Path) -> None:
    config = ServerConfig(tmp_path / "store")
    assert config.bind == DEFAULT_BIND == "127.0.0.1:7878"
    assert config.url == "http://127.0.0.1:7878/"
    command = config.command("oxigraph")
    assert command == [
        "oxigraph",
        "serve-read-only",
        "--location",
        str(tmp_path / "store"),
        "--bind",
        "127.0.0.1:7878",
        "--timeout-s",
        str(DEFAULT_TIMEOUT_S),
        "--union-default-graph",
    ]


def test_writable_and_options_command(tmp_path: Path) -> None:
    config = ServerConfig(
        tmp_path, bind="[::1]:9000", writable=True, timeout_s=5, union_default_graph=False
    )
    assert config.url == "http://[::1]:9000/"
    command = config.command("oxigraph")
    assert command[1] == "serve"
    assert command[command.index("--timeout-s") + 1] == "5"
    assert "--union-default-graph" not in command
    assert ServerConfig(tmp_path, bind="localhost:80").url == "http://localhost:80/"


@pytest.mark.parametrize(
    "bind", ["0.0.0.0:7878", "192.168.1.10:7878", "[::]:7878", "example.org:1"]
)
def test_non_loopback_bind_is_refused(tmp_path: Path, bind: str) -> None:
    with pytest.raises(ServerError, match="not a loopback address.*add --allow-remote to"):
        ServerConfig(tmp_path, bind=bind)
    make_store(tmp_path / "store", papers=1)
    with pytest.raises(ServerError, match="not a loopback address"):
        start_server(tmp_path / "store", bind=bind)


def test_non_loopback_bind_with_allow_remote(tmp_path: Path) -> None:
    """Only configured, never started: the tests listen on 127.0.0.1 only."""
    config = ServerConfig(tmp_path, bind="0.0.0.0:7878", allow_remote=True)
    assert "0.0.0.0:7878" in config.command("oxigraph")
    assert config.url == "http://127.0.0.1:7878/"  # how a local client reaches it


@pytest.mark.parametrize("bind", ["7878x", "127.0.0.1:", "127.0.0.1:70000", ":"])
def test_malformed_bind(tmp_path: Path, bind: str) -> None:
    with pytest.raises(ServerError, match="HOST:PORT"):
        ServerConfig(tmp_path, bind=bind)


def test_missing_store_is_refused(tmp_path: Path) -> None:
    for writable in (False, True):
        with pytest.raises(StoreError, match="no claimgraph store at .*run `claimgraph ingest`"):
            start_server(tmp_path / "nothing", bind=local_bind(), writable=writable)
    assert not (tmp_path / "nothing").exists()


# ---------------------------------------------------------------- queries over HTTP


def test_who_beats_whom_over_http_matches_the_cli(
    shared_server: ServerProcess, shared_store: Path
) -> None:
    text = load_query("who-beats-whom").text
    expected = run_query_rows(shared_store, text)
    assert len(expected) == 9  # the claims with a named baseline in the fixture papers
    by_wrapper = sparqlwrapper_rows(shared_server, text)
    by_rdflib = rdflib_rows(shared_server, text)
    assert set(by_wrapper) == set(expected)
    assert set(by_rdflib) == set(expected)
    assert len(by_wrapper) == len(by_rdflib) == len(expected)


@pytest.mark.parametrize("query", ["papers", "systems", "top-claims"])
def test_other_shipped_queries_over_http_match_the_cli(
    shared_server: ServerProcess, shared_store: Path, query: str
) -> None:
    named = load_query(query)
    if any(not p.optional for p in named.params):  # pragma: no cover - guarded for new files
        pytest.skip(f"{query} needs parameters")
    expected = run_query_rows(shared_store, named.text)
    assert expected
    assert set(sparqlwrapper_rows(shared_server, named.text)) == set(expected)


def test_ad_hoc_query_without_graph_sees_the_union(
    shared_server: ServerProcess, shared_store: Path
) -> None:
    """``--union-default-graph``: the same answer as ``claimgraph query`` without GRAPH."""
    assert paper_count(shared_server) == 4
    assert rdflib_rows(shared_server, PAPERS_COUNT) == run_query_rows(shared_store, PAPERS_COUNT)


def test_query_ui_at_root(shared_server: ServerProcess) -> None:
    status, content_type, body = http(shared_server.url)
    assert status == 200
    assert content_type.startswith("text/html")
    assert "<html" in body.lower()


def test_read_only_server_refuses_updates(shared_server: ServerProcess, shared_store: Path) -> None:
    before = sparqlwrapper_rows(shared_server, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    status, _, body = http(shared_server.update_url, {"update": NEW_TRIPLE})
    assert status == 403, body
    status, _, _ = http(shared_server.url + "store?default", None)
    assert status == 200
    client = SPARQLWrapper(shared_server.query_url, updateEndpoint=shared_server.update_url)
    client.setMethod(POST)
    client.setQuery(NEW_TRIPLE)
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    refused.value.close()
    after = sparqlwrapper_rows(shared_server, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert before == after
    assert not any("written over HTTP" in line for line in dump(shared_store))


def test_invalid_query_is_a_400(shared_server: ServerProcess) -> None:
    status, _, _ = http(shared_server.query_url, {"query": "SELECT WHERE {"})
    assert status == 400


# ---------------------------------------------------------------- ingest beside the server


def test_ingest_while_read_only_server_runs(servers: Start, tmp_path: Path) -> None:
    """The ingest works; the running server keeps its snapshot; a restart serves the new paper."""
    path = make_store(tmp_path / "store", papers=3)
    server = servers(path)
    assert paper_count(server) == 3

    store = open_store(path)  # a read-only server holds no lock
    summary = ingest(store, fixture_papers()[3:])
    store.flush()
    store.optimize()  # compaction deletes the files the server opened
    del store
    assert summary.papers == 1

    assert paper_count(server) == 3  # still answering, from the snapshot it opened
    assert server.running
    assert run_query_rows(path, PAPERS_COUNT) == [("4",)]  # nothing lost

    server.restart()
    assert paper_count(server) == 4
    text = load_query("who-beats-whom").text
    assert set(sparqlwrapper_rows(server, text)) == set(run_query_rows(path, text))


def test_claimgraph_ingest_command_while_read_only_server_runs(
    servers: Start, tmp_path: Path
) -> None:
    """The real ``claimgraph ingest`` in its own process, as a user would run it."""
    path = make_store(tmp_path / "store", papers=1)
    server = servers(path)
    lean = fixture_papers()[3].paper
    source = tmp_path / "lean.txt"
    source.write_text(f"{lean.title}\n\n{lean.abstract}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "claimgraph", "ingest", str(source), "--store", str(path), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Ingested 1 paper:" in done.stdout
    assert paper_count(server) == 1
    server.restart()
    assert paper_count(server) == 2


def test_read_only_server_starts_while_an_ingest_holds_the_store(
    servers: Start, tmp_path: Path
) -> None:
    path = make_store(tmp_path / "store", papers=2)
    writer = open_store(path)
    server = servers(path)
    assert paper_count(server) == 2
    writer.extend(paper_quads(fixture_papers()[2]))
    writer.flush()
    assert paper_count(server) == 2
    del writer


def test_ingest_while_writable_server_runs_is_refused(servers: Start, tmp_path: Path) -> None:
    path = make_store(tmp_path / "store")
    before = dump(path)
    server = servers(path, writable=True)
    with pytest.raises(StoreError) as refused:
        open_store(path)
    message = str(refused.value)
    assert "\n" not in message
    assert "in use by another claimgraph process" in message
    done = subprocess.run(
        [sys.executable, "-m", "claimgraph", "ingest", "--store", str(path), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"Error: {message}"]
    assert paper_count(server) == 4
    # the banner said what just happened
    assert "a `claimgraph ingest` meanwhile stops at once and changes nothing" in server.summary()
    server.stop()
    assert dump(path) == before


def test_writable_server_accepts_updates(servers: Start, tmp_path: Path) -> None:
    path = make_store(tmp_path / "store", papers=1)
    server = servers(path, writable=True)
    client = SPARQLWrapper(server.query_url, updateEndpoint=server.update_url)
    client.setMethod(POST)
    client.setQuery(NEW_TRIPLE)
    client.query().response.close()
    server.stop()
    assert any("written over HTTP" in line for line in dump(path))


def test_writable_server_cannot_start_while_an_ingest_runs(servers: Start, tmp_path: Path) -> None:
    path = make_store(tmp_path / "store", papers=1)
    writer = open_store(path)
    with pytest.raises(StoreError, match="in use by another claimgraph process") as refused:
        servers(path, writable=True)
    assert "\n" not in str(refused.value)
    del writer


# ---------------------------------------------------------------- the process


def test_busy_port_is_a_clear_error(servers: Start, shared_store: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServerError, match="already in use"):
            servers(shared_store, bind=f"127.0.0.1:{port}")


def test_port_zero_picks_a_free_port(servers: Start, shared_store: Path) -> None:
    server = servers(shared_store, bind="127.0.0.1:0")
    assert server.config.port != 0
    assert str(server.config.port) in server.url
    assert paper_count(server) == 4
    assert "read-only" in server.summary() and server.query_url in server.summary()


def test_server_stops_cleanly(shared_store: Path) -> None:
    with start_server(shared_store, bind=local_bind()) as server:
        pid = server.pid
        assert alive(pid)
        assert http(server.query_url + "?query=ASK%7B%7D")[0] == 200
    assert not server.running
    assert not alive(pid)
    assert server.stop() == server.process.returncode  # stopping twice is harmless
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.query_url + "?query=ASK%7B%7D", timeout=2)


SERVE_FOREVER = """
import sys
import threading
from claimgraph.serve import ServerConfig, serve_forever

def ready(server):
    print(server.pid, server.query_url, flush=True)

sys.exit(serve_forever(ServerConfig(sys.argv[1], bind=sys.argv[2]), on_ready=ready))
"""


@contextmanager
def serve_forever_process(store: Path) -> Iterator[tuple[subprocess.Popen[str], int, str]]:
    """``serve_forever`` in a child process: (the process, the server's pid, its query URL);
    afterwards the child is gone, no server is left, and the child printed no traceback."""
    runner = subprocess.Popen(
        [sys.executable, "-c", SERVE_FOREVER, str(store), local_bind()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    server_pid = 0
    try:
        assert runner.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(runner.stdout, selectors.EVENT_READ)
            assert selector.select(timeout=30), "serve_forever did not report the server ready"
        pid_text, query_url = runner.stdout.readline().split()
        server_pid = int(pid_text)
        yield runner, server_pid, query_url
    finally:
        if runner.poll() is None:  # pragma: no cover - only if the test failed
            runner.kill()
        _, errors = runner.communicate(timeout=15)
        if server_pid and alive(server_pid):  # pragma: no cover - only if the test failed
            os.kill(server_pid, signal.SIGKILL)
    assert "Traceback" not in errors


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_serve_forever_stops_the_server_on_a_signal(shared_store: Path, signum: int) -> None:
    with serve_forever_process(shared_store) as (runner, server_pid, query_url):
        assert http(query_url + "?query=ASK%7B%7D")[0] == 200
        runner.send_signal(signum)
        assert runner.wait(timeout=15) == 0
        assert not alive(server_pid)


def test_a_killed_claimgraph_takes_its_server_along(shared_store: Path) -> None:
    """SIGKILL gives claimgraph no chance to stop Oxigraph; the kernel's parent-death signal
    does, so no server is left on the private port (or holding a writable store's lock)."""
    with serve_forever_process(shared_store) as (runner, server_pid, _):
        runner.kill()
        runner.wait(timeout=15)
        deadline = time.monotonic() + 10
        while alive(server_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(server_pid)


def test_a_restart_that_times_out_keeps_the_address(servers: Start, shared_store: Path) -> None:
    server = servers(shared_store)
    with pytest.raises(ServerError, match="did not answer"):
        server.restart(ready_timeout=0.0)
    server.restart()
    assert paper_count(server) == 4


def test_ctrl_c_while_starting_leaves_no_server(
    shared_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[ServerProcess] = []

    def interrupted(self: ServerProcess, timeout: float = 0.0) -> None:
        started.append(self)
        raise KeyboardInterrupt

    monkeypatch.setattr(ServerProcess, "wait_ready", interrupted)
    with pytest.raises(KeyboardInterrupt):
        start_server(shared_store, bind=local_bind())
    (server,) = started
    assert not server.running and not alive(server.pid)
    with pytest.raises(urllib.error.URLError):  # the front is closed too
        urllib.request.urlopen(server.query_url + "?query=ASK%7B%7D", timeout=2)


def test_the_server_runs_with_its_memory_limit(servers: Start, shared_store: Path) -> None:
    server = servers(shared_store, max_memory_mb=300)
    limits = Path(f"/proc/{server.pid}/limits").read_text()
    (data,) = [line for line in limits.splitlines() if line.startswith("Max data size")]
    assert data.split()[3:5] == [str(300 * 1024**2)] * 2
    # the launcher that sets the limit gives back the signals Python ignores ("File size limit
    # exceeded" must stop Oxigraph as it stops any program)
    status = Path(f"/proc/{server.pid}/status").read_text()
    (ignored,) = [line.split()[1] for line in status.splitlines() if line.startswith("SigIgn")]
    assert not int(ignored, 16) & 1 << (signal.SIGXFSZ - 1)
    assert paper_count(server) == 4
    with pytest.raises(ServerError, match="at least 256 MB"):
        ServerConfig(shared_store, max_memory_mb=100)


def test_the_log_can_be_read_while_a_restart_closes_and_swaps_it(
    servers: Start, shared_store: Path
) -> None:
    """The front reads the log (was it out of memory?) from its own thread while
    serve_forever restarts Oxigraph; it once read a file the restart had just closed."""
    server = servers(shared_store)
    errors: list[BaseException] = []
    done = threading.Event()

    def read_all_the_time() -> None:
        while not done.is_set():
            try:
                server.log()
            except Exception as error:  # (reported below)
                errors.append(error)
                return

    reader = threading.Thread(target=read_all_the_time)
    reader.start()
    try:
        for _ in range(5):
            server.restart(20.0)
    finally:
        done.set()
        reader.join()
    assert errors == []
    assert paper_count(server) == 4


_FORKS_WITH_PYTHON_HANDLERS: list[int] = []
os.register_at_fork(after_in_parent=lambda: _FORKS_WITH_PYTHON_HANDLERS.append(os.getpid()))


def test_starting_and_restarting_oxigraph_runs_no_python_at_fork_handlers(
    servers: Start, shared_store: Path
) -> None:
    """A fork that runs Python's at-fork handlers (as a preexec_fn does) races with the
    front's thread pool: an out-of-memory restart once left a client with a bare HTTP 500
    ("release unlocked lock" inside asyncio.to_thread).  The limits are set after exec."""
    before = len(_FORKS_WITH_PYTHON_HANDLERS)
    server = servers(shared_store, max_memory_mb=300)
    server.restart(20.0)
    assert len(_FORKS_WITH_PYTHON_HANDLERS) == before
    assert paper_count(server) == 4


# ---------------------------------------------------------------- what the front refuses
# SERVICE and LOAD (requests to other machines), unknown Host names (DNS rebinding),
# cross-site writes; and FROM, kept working while the default graph is the union.


def request(
    server: ServerProcess,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], str]:
    connection = HTTPConnection(server.config.host.strip("[]"), server.config.port)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def query(server: ServerProcess, text: str, **headers: str) -> tuple[int, dict[str, str], str]:
    path = "/query?" + urllib.parse.urlencode({"query": text})
    return request(server, "GET", path, headers={"Accept": "text/csv", **headers})


@pytest.fixture(scope="module")
def policy_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("policy") / "store")


def test_from_is_honoured_and_no_from_sees_the_union(servers: Start, policy_store: Path) -> None:
    server = servers(policy_store, bind=local_bind())
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
    status, _, everything = query(server, count.format(""))
    assert status == 200 and int(everything.split()[1]) > 0
    status, _, none = query(server, count.format("FROM <urn:none>"))
    assert status == 200 and none.split() == ["n", "0"]


def test_service_is_refused_and_nothing_reaches_the_listener(
    servers,
    policy_store: Path,
    listener: tuple[int, list[bytes]],  # noqa: F811
) -> None:
    port, received = listener
    server = servers(policy_store, bind=local_bind())
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    status, headers, body = query(server, text)
    assert status == 403
    assert headers["X-Claimgraph-Error"] == "federation" and "--allow-federation" in body
    form = urllib.parse.urlencode({"query": text}).encode()
    status, _, _ = request(
        server,
        "POST",
        "/query",
        form,
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 403
    assert received == []


def test_service_reaches_the_listener_when_federation_is_allowed(
    servers,
    policy_store: Path,
    listener: tuple[int, list[bytes]],  # noqa: F811
) -> None:
    port, received = listener
    server = servers(policy_store, bind=local_bind(), allow_federation=True)
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    query(server, text)
    assert received  # the listener can see a request: the refusal above is real


def test_load_on_a_writable_server_is_refused(
    servers,
    tmp_path: Path,
    listener: tuple[int, list[bytes]],  # noqa: F811
) -> None:
    port, received = listener
    store = make_store(tmp_path / "store", papers=1)
    server = servers(store, bind=local_bind(), writable=True)
    status, headers, _ = request(
        server,
        "POST",
        "/update",
        f"LOAD <http://127.0.0.1:{port}/data.ttl>".encode(),
        {"Content-Type": "application/sparql-update"},
    )
    assert status == 403 and headers["X-Claimgraph-Error"] == "federation"
    assert received == []


def test_unknown_host_is_refused(servers: Start, policy_store: Path) -> None:
    server = servers(policy_store, bind=local_bind())
    status, headers, _ = query(server, "ASK {}", Host=f"attacker.example:{server.config.port}")
    assert status == 403 and headers["X-Claimgraph-Error"] == "bad-host"
    assert query(server, "ASK {}", Host=f"localhost:{server.config.port}")[0] == 200
    allowed = servers(policy_store, bind=local_bind(), allowed_hosts=("claims.lan",))
    assert query(allowed, "ASK {}", Host=f"claims.lan:{allowed.config.port}")[0] == 200


def test_a_cross_site_form_cannot_empty_a_writable_store(
    servers,
    tmp_path: Path,  # noqa: F811
) -> None:
    store = make_store(tmp_path / "store", papers=1)
    server = servers(store, bind=local_bind(), writable=True)
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    form_headers = {"Content-Type": "application/x-www-form-urlencoded"}
    for origin in ("Origin", "Referer"):
        status, headers, _ = request(
            server, "POST", "/update", form, {**form_headers, origin: "http://evil.example/"}
        )
        assert status == 403 and headers["X-Claimgraph-Error"] == "cross-site"
    status, _, _ = request(server, "POST", "/update", form, {**form_headers, "Origin": "null"})
    assert status == 403
    own = f"http://127.0.0.1:{server.config.port}"
    insert = urllib.parse.urlencode({"update": NEW_TRIPLE}).encode()
    status, _, _ = request(server, "POST", "/update", insert, {**form_headers, "Origin": own})
    assert status == 204
    status, _, _ = request(server, "POST", "/update", insert, form_headers)  # curl, no Origin
    assert status == 204
    server.stop()
    assert any("written over HTTP" in line for line in dump(store))
