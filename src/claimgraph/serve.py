"""Serve the claimgraph store over HTTP with the real Oxigraph server.

``claimgraph serve`` runs the ``oxigraph`` executable (the ``oxigraph`` package on
PyPI) on the store directory: the SPARQL 1.1 Protocol at ``/query`` (``/update`` and writes
to the graph store at ``/store`` only when writable), Oxigraph's query UI at ``/``.

**Read-only (the default)** runs ``oxigraph serve-read-only``.  It opens the RocksDB
store as a read-only instance, which takes no lock, so ``claimgraph ingest`` can write
the store while the server runs.  The server answers from the snapshot it opened at
start: it keeps every file of that snapshot open (files the writer deletes stay
readable to it), so it goes on answering, consistently, but it does **not** see the
papers ingested after it started -- restart it (:meth:`ServerProcess.restart`, or
stop and start ``claimgraph serve``) to serve them.  Updates get HTTP 403.  Disk space
of files the writer has deleted is only given back when the server stops.  (Observed
with Oxigraph 0.5 on Linux; Oxigraph calls reading beside a writer "undefined", so a
start that races an ingest is retried, and the store itself is never written.)

**Writable** (``writable=True``) runs ``oxigraph serve``, which takes the store's lock
like any writer: while it runs, ``claimgraph ingest`` stops at once with the one-line
"in use" :class:`~claimgraph.store.StoreError` of :func:`~claimgraph.store.open_store`
and writes nothing; a writable server cannot start while an ingest runs.

**Default graph.**  The server is started with ``--union-default-graph`` unless told
otherwise, so an ad-hoc query without ``GRAPH`` sees every paper, exactly as
``claimgraph query`` does; the shipped queries use ``GRAPH ?g`` and give the same rows
either way.

**Binding.**  Only loopback addresses (``127.0.0.1``, ``::1``, ``localhost``) are
allowed unless ``allow_remote=True``; port 0 picks a free port.

**Limits.**  Oxigraph listens on a private loopback port; the address above belongs to
:mod:`claimgraph.guard`, a small front that passes requests through and refuses what
Oxigraph cannot: a query stopped at ``timeout_s`` seconds (:data:`DEFAULT_TIMEOUT_S`)
gets HTTP 504 instead of a truncated 200, and a result larger than ``max_result_mb``
(:data:`DEFAULT_MAX_RESULT_MB`) gets HTTP 500, each with a one-line message.

Every failure raises :class:`~claimgraph.store.StoreError` (about the store) or
:class:`ServerError` (about the server), each with a one-line message.
"""

from __future__ import annotations

import dataclasses
import errno
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO

from claimgraph.guard import Guard, GuardLimits
from claimgraph.store import StoreError

__all__ = [
    "DEFAULT_BIND",
    "DEFAULT_MAX_MEMORY_MB",
    "DEFAULT_MAX_RESULT_MB",
    "DEFAULT_TIMEOUT_S",
    "ServerConfig",
    "ServerError",
    "ServerProcess",
    "find_oxigraph",
    "serve_forever",
    "start_server",
]

DEFAULT_BIND = "127.0.0.1:7878"
DEFAULT_TIMEOUT_S = 60
"""Seconds a SPARQL query may run on the server (Oxigraph's own default too)."""
DEFAULT_MAX_RESULT_MB = 100
"""The largest response the server passes on, in MB (2**20 bytes)."""
DEFAULT_MAX_MEMORY_MB = 2048
"""Memory Oxigraph may allocate (its data segment, RLIMIT_DATA).  Heavy shipped queries on a
100k-paper store need about 420 MB; a runaway sort of a cross join needs many GB."""
_OUT_OF_MEMORY = "memory allocation of"
_RESTARTS_PER_MINUTE = 5
_BACKOFF_S = 5.0
"""Past five restarts a minute, the next waits 5 s, then 10, 20, ... up to a minute."""
DEFAULT_READY_TIMEOUT_S = 15.0

_READY_LINE = "Listening for requests"
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
_WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1"}
_START_ATTEMPTS = 4
_UPSTREAM_HOST = "127.0.0.1"


class ServerError(RuntimeError):
    """The server cannot be found, started or reached; the message is one line."""


def find_oxigraph() -> Path:
    """The ``oxigraph`` executable: beside ``sys.executable`` (the virtualenv's), else on PATH."""
    name = "oxigraph.exe" if sys.platform == "win32" else "oxigraph"
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise ServerError(
        "the Oxigraph server executable `oxigraph` was not found beside "
        f"{sys.executable} or on PATH; install it with `pip install oxigraph`"
    )


def _split_bind(bind: str) -> tuple[str, int]:
    text = bind.strip()
    host, sep, port_text = text.rpartition(":")
    if not sep:
        host, port_text = "127.0.0.1", text
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host or not port_text.isdigit() or int(port_text) > 65535:
        raise ServerError(f"cannot bind to {bind!r}: give HOST:PORT, e.g. {DEFAULT_BIND}")
    return host, int(port_text)


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost: not trusted to be local


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _host_in_url(host: str) -> str:
    """The host a local client uses: a wildcard bind is reached on loopback."""
    return _bracketed(_WILDCARDS.get(host, host))


@dataclass(frozen=True)
class ServerConfig:
    """What to serve and how; :meth:`command` is the ``oxigraph`` command line."""

    store_path: Path
    bind: str = DEFAULT_BIND
    """``HOST:PORT``; port 0 picks a free port when the server starts."""
    writable: bool = False
    """Run ``oxigraph serve`` (takes the store lock, accepts updates) instead of
    ``serve-read-only``."""
    timeout_s: int = DEFAULT_TIMEOUT_S
    """Query timeout in seconds."""
    max_result_mb: int = DEFAULT_MAX_RESULT_MB
    """The largest response passed on, in MB; a larger one is refused."""
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    """Memory Oxigraph may allocate, in MB; a query that needs more stops it (Linux)."""
    union_default_graph: bool = True
    """The default graph is the union of the paper graphs, as in ``claimgraph query``."""
    allow_remote: bool = False
    """Allow a non-loopback bind address (the server has no authentication)."""
    cors: bool = False
    """Allow cross-origin requests."""
    allow_federation: bool = False
    """Pass on SERVICE and LOAD (the server then fetches URLs that a query names)."""
    allowed_hosts: tuple[str, ...] = ()
    """Host names besides localhost, 127.0.0.1, ::1 and the bound host that requests may
    carry in ``Host`` (others are refused: DNS rebinding)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "store_path", Path(self.store_path).expanduser())
        host, port = _split_bind(self.bind)
        if not self.allow_remote and not _is_loopback(host):
            raise ServerError(
                f"refusing to listen on {host}, which is not a loopback address: the server "
                "has no authentication; add --allow-remote to listen there anyway"
            )
        if self.timeout_s < 1:
            raise ServerError(f"the query timeout must be at least 1 second, not {self.timeout_s}")
        if self.max_memory_mb < 256:
            raise ServerError(f"the memory limit must be at least 256 MB, not {self.max_memory_mb}")
        if self.max_result_mb < 1:
            raise ServerError(
                f"the result size limit must be at least 1 MB, not {self.max_result_mb}"
            )
        object.__setattr__(self, "bind", f"{_bracketed(host)}:{port}")

    @property
    def host(self) -> str:
        return _split_bind(self.bind)[0]

    @property
    def port(self) -> int:
        return _split_bind(self.bind)[1]

    @property
    def url(self) -> str:
        """The query UI, as a local client reaches it."""
        return f"http://{_host_in_url(self.host)}:{self.port}/"

    @property
    def limits(self) -> GuardLimits:
        hosts = {"localhost", "127.0.0.1", "::1", self.host.strip("[]").lower()}
        hosts.update(h.strip().strip("[]").lower() for h in self.allowed_hosts)
        return GuardLimits(
            self.timeout_s,
            self.max_result_mb * 1024**2,
            cors=self.cors,
            union_default_graph=self.union_default_graph,
            allow_federation=self.allow_federation,
            allowed_hosts=frozenset(hosts),
        )

    def command(
        self,
        executable: Path | str | None = None,
        *,
        bind: str | None = None,
        behind_front: bool = False,
    ) -> list[str]:
        """The ``oxigraph`` command line for this configuration, listening on ``bind``
        (the private address behind the front; :attr:`bind` when not given).  Behind the
        front, the union default graph is asked for per query (so FROM still works)."""
        args = [
            str(executable or find_oxigraph()),
            "serve" if self.writable else "serve-read-only",
            "--location",
            str(self.store_path),
            "--bind",
            bind or self.bind,
            "--timeout-s",
            str(self.timeout_s),
        ]
        if self.union_default_graph and not behind_front:
            args.append("--union-default-graph")
        if self.cors:
            args.append("--cors")
        return args


@dataclass
class ServerProcess:
    """A running ``oxigraph`` server; a context manager that stops it on exit."""

    config: ServerConfig
    """As asked for, with the port the front listens on."""
    process: subprocess.Popen[bytes]
    """The Oxigraph server, on a private loopback port behind :attr:`guard`."""
    guard: Guard
    _log: IO[bytes] = field(repr=False)
    _final_log: str | None = field(default=None, repr=False)
    # the front reads the log (why a request failed) while a restart closes and swaps it
    _log_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    restart_reason: str = "the Oxigraph server stopped"
    """Why it is restarting, as :func:`serve_forever` says it."""
    restarting: float = 0.0
    """Seconds until Oxigraph answers again while :func:`serve_forever` restarts it; 0
    when it runs."""

    @property
    def url(self) -> str:
        """The query UI."""
        return self.config.url

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return self.config.url + "query"

    @property
    def update_url(self) -> str:
        """The SPARQL 1.1 Protocol update endpoint (403 unless writable)."""
        return self.config.url + "update"

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def out_of_memory(self) -> bool:
        """Whether the server stopped because a query needed more than ``max_memory_mb``."""
        return not self.running and _OUT_OF_MEMORY in self.log()

    def _why_unreachable(self) -> str | None:
        """For the front, when Oxigraph dropped a request: the reason, if it is known.

        Said truthfully: Oxigraph stops as a whole, so a request in flight beside the heavy
        one is dropped too, and one that arrives during the restart was never seen."""
        process = self.process
        if not self.restarting:
            try:
                process.wait(1.0)
            except subprocess.TimeoutExpired:
                return None
        # (serve_forever may have begun the restart meanwhile: it says so before it stops
        # the process and swaps in the new one)
        if not self.restarting and process is self.process and self.out_of_memory():
            return (
                "a query needed more than "
                f"{self.config.max_memory_mb} MB (claimgraph serve --max-memory-mb) and stopped "
                "the server, which is restarting; if it was this query, narrow it, else retry"
            )
        if self.restarting:
            return f"{self.restart_reason}; it is restarting, retry in {self.restarting:g} s"
        return None

    def log(self) -> str:
        """What the server wrote to stdout and stderr so far."""
        with self._log_lock:
            if self._final_log is not None:
                return self._final_log
            self._log.flush()
            self._log.seek(0)
            text = self._log.read().decode("utf-8", "replace")
            self._log.seek(0, os.SEEK_END)
            return text

    def summary(self) -> str:
        """Lines for the user: the URLs and the mode."""
        mode = (
            "writable: the store is locked; a `claimgraph ingest` meanwhile stops at once and "
            "changes nothing"
            if self.config.writable
            else "read-only: serves the store as it was at start; restart it to see new ingests"
        )
        return (
            f"Serving the claimgraph store {self.config.store_path} ({mode}).\n"
            f"  query UI:        {self.url}\n"
            f"  SPARQL endpoint: {self.query_url}\n"
            f"Queries stop after {self.config.timeout_s} s or {self.config.max_memory_mb} MB of "
            f"memory; results over {self.config.max_result_mb} MB are refused.\n"
            "Press Ctrl-C to stop."
        )

    def wait_ready(self, timeout: float = DEFAULT_READY_TIMEOUT_S) -> None:
        """Wait until the server answers a query; raise if it exits or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        delay = 0.02
        while True:
            if not self.running:
                raise _start_error(self.config, self.log())
            if _READY_LINE in self.log() and self._answers():
                return
            if time.monotonic() >= deadline:
                self._stop_oxigraph()  # not the front: a restart keeps its address
                raise ServerError(
                    f"the Oxigraph server did not answer on {self.url} within {timeout:g} s"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.25)

    def _answers(self) -> bool:
        url = self.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                return int(response.status) == 200
        except (OSError, ValueError):
            return False

    def stop(self, timeout: float = 5.0) -> int:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout``) and the front; the
        server's exit status."""
        try:
            return self._stop_oxigraph(timeout)
        finally:
            self.guard.close()

    def _stop_oxigraph(self, timeout: float = 5.0) -> int:
        try:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout)
            return self.process.returncode
        finally:
            with self._log_lock:
                if self._final_log is None:
                    self._final_log = self.log()
                    self._log.close()

    def restart(self, ready_timeout: float = DEFAULT_READY_TIMEOUT_S) -> ServerProcess:
        """Stop and start again with the same configuration: a read-only server then
        serves what was ingested meanwhile.  Returns ``self``, now the new process; the
        front keeps its address."""
        self._stop_oxigraph()
        fresh = _start_oxigraph(self.config, self.guard, ready_timeout)
        with self._log_lock:
            self.process, self._log, self._final_log = fresh.process, fresh._log, None
        return self

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _last_error(log: str) -> str:
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("Error:")]
    line = (errors or lines or ["it exited without a message"])[-1]
    return " ".join(line.removeprefix("Error:").split())


def _start_error(config: ServerConfig, log: str) -> StoreError | ServerError:
    message = _last_error(log)
    if "LOCK" in message:
        return StoreError(
            f"the claimgraph store at {config.store_path} is in use by another claimgraph "
            "process (an ingest or a writable `claimgraph serve`); wait for it to finish or "
            "stop it, or serve read-only"
        )
    if "Address already in use" in message:
        return ServerError(f"cannot listen on {config.bind}: the address is already in use")
    if "assign requested address" in message:
        return ServerError(f"cannot listen on {config.bind}: no such local address")
    return ServerError(f"the Oxigraph server failed to start: {message}")


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((_WILDCARDS.get(host, host), 0))
        port: int = probe.getsockname()[1]
        return port


def _launch(config: ServerConfig, ready_timeout: float) -> ServerProcess:
    """Open the front on the asked-for address, then start Oxigraph behind it."""
    try:
        guard = Guard(config.host, config.port, (_UPSTREAM_HOST, 0), config.limits)
    except OSError as error:
        raise _bind_error(config, error) from None
    public = _with_bind(config, f"{_bracketed(config.host)}:{guard.port}")
    try:
        server = _start_oxigraph(public, guard, ready_timeout)
    except BaseException:
        guard.close()
        raise
    # bound to the one object that lives through restarts (and says when one is under way),
    # never to the process of a restart still starting
    guard.explain = server._why_unreachable
    return server


def _bind_error(config: ServerConfig, error: OSError) -> ServerError:
    if error.errno == errno.EADDRINUSE:
        return ServerError(f"cannot listen on {config.bind}: the address is already in use")
    if error.errno == errno.EADDRNOTAVAIL:
        return ServerError(f"cannot listen on {config.bind}: no such local address")
    return ServerError(f"cannot listen on {config.bind}: {error.strerror or error}")


def _start_oxigraph(config: ServerConfig, guard: Guard, ready_timeout: float) -> ServerProcess:
    """Start Oxigraph on a free private port, point ``guard`` at it and wait until a
    query through the front is answered; a start that lost a race is retried."""
    executable = find_oxigraph()
    environment = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
    last: StoreError | ServerError | None = None
    for attempt in range(_START_ATTEMPTS):
        port = _free_port(_UPSTREAM_HOST)
        command = config.command(executable, bind=f"{_UPSTREAM_HOST}:{port}", behind_front=True)
        command = _limited(config, command)
        log = tempfile.TemporaryFile()
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=environment,
                start_new_session=True,  # Ctrl-C reaches claimgraph, which stops the server
            )
        except OSError as error:
            log.close()
            raise ServerError(f"cannot run {command[0]}: {error.strerror or error}") from None
        guard.upstream = (_UPSTREAM_HOST, port)
        server = ServerProcess(config, process, guard, log)
        try:
            server.wait_ready(ready_timeout)
            return server
        except (StoreError, ServerError) as error:
            server._stop_oxigraph()
            last = error
            if not _worth_retrying(config, error):
                raise
        except BaseException:  # Ctrl-C while starting: the server is in its own session
            server._stop_oxigraph()
            raise
        time.sleep(0.1 * (attempt + 1))
    assert last is not None
    raise last


# Run as ``python -I -S -c _LIMITED_EXEC <data bytes> <parent pid> <oxigraph command...>``:
# a fresh interpreter sets the limits and execs Oxigraph.  Setting them in a preexec_fn
# instead would fork this (threaded) process with Python's at-fork handlers, and those race
# with the event loop's thread pool: a restart after an out-of-memory query could break
# the front's request for why (RuntimeError: release unlocked lock, a bare HTTP 500).
_LIMITED_EXEC = """
import ctypes, os, resource, signal, sys
data_bytes, parent = int(sys.argv[1]), int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_DATA, (data_bytes, data_bytes))
for name in ("SIGPIPE", "SIGXFSZ"):  # Python ignores them, and exec would keep that
    signal.signal(getattr(signal, name), signal.SIG_DFL)
ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
if os.getppid() != parent:
    sys.exit("claimgraph stopped before the Oxigraph server started")
try:
    os.execv(sys.argv[3], sys.argv[3:])
except OSError as error:
    sys.exit(f"cannot run {sys.argv[3]}: {error.strerror}")
"""


def _limited(config: ServerConfig, command: list[str]) -> list[str]:
    """``command`` run with Oxigraph's memory limit, and with a SIGTERM when claimgraph
    dies, even by SIGKILL, so that no server is left serving (or holding the store's lock)
    on its private port.  Linux only; elsewhere ``command`` as it is."""
    if sys.platform != "linux" or not sys.executable:
        return command
    data_bytes = config.max_memory_mb * 1024**2
    launcher = [sys.executable, "-I", "-S", "-c", _LIMITED_EXEC]
    return [*launcher, str(data_bytes), str(os.getpid()), *command]


def _worth_retrying(config: ServerConfig, error: Exception) -> bool:
    text = str(error)
    if "cannot run" in text:
        return False  # (the launcher could not exec Oxigraph: it will not next time either)
    if "already in use" in text:
        return True  # another process took the private port picked for Oxigraph
    # a read-only open can race a writer's compaction; a lock held is not worth waiting for
    return not config.writable and "failed to start" in text


def _with_bind(config: ServerConfig, bind: str) -> ServerConfig:
    return dataclasses.replace(config, bind=bind)


def start_server(
    store_path: Path | str | ServerConfig,
    *,
    bind: str = DEFAULT_BIND,
    writable: bool = False,
    timeout_s: int = DEFAULT_TIMEOUT_S,
    max_result_mb: int = DEFAULT_MAX_RESULT_MB,
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
    union_default_graph: bool = True,
    allow_remote: bool = False,
    cors: bool = False,
    allow_federation: bool = False,
    allowed_hosts: tuple[str, ...] = (),
    ready_timeout: float = DEFAULT_READY_TIMEOUT_S,
) -> ServerProcess:
    """Start the Oxigraph server on the store and return once it answers queries.

    ``store_path`` may be a :class:`ServerConfig` (the other settings are then ignored,
    except ``ready_timeout``).  The store must exist: a missing one raises
    :class:`StoreError`.  Use the result as a context manager, or call
    :meth:`ServerProcess.stop`.
    """
    if isinstance(store_path, ServerConfig):
        config = store_path
    else:
        config = ServerConfig(
            Path(store_path),
            bind=bind,
            writable=writable,
            timeout_s=timeout_s,
            max_result_mb=max_result_mb,
            max_memory_mb=max_memory_mb,
            union_default_graph=union_default_graph,
            allow_remote=allow_remote,
            cors=cors,
            allow_federation=allow_federation,
            allowed_hosts=allowed_hosts,
        )
    if not (config.store_path / "CURRENT").is_file():
        raise StoreError(
            f"no claimgraph store at {config.store_path}; run `claimgraph ingest` first"
        )
    return _launch(config, ready_timeout)


class _Stop(Exception):
    """SIGTERM while serving."""


@contextmanager
def _sigterm_stops() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Stop

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve_forever(
    config: ServerConfig,
    *,
    on_ready: Callable[[ServerProcess], None] | None = None,
    on_restart: Callable[[str], None] | None = None,
    ready_timeout: float = DEFAULT_READY_TIMEOUT_S,
) -> int:
    """Run the server until Ctrl-C or SIGTERM, then stop it; for ``claimgraph serve``.

    ``on_ready`` is called once the server answers (the CLI prints
    :meth:`ServerProcess.summary` there).  A server that a query ran out of memory is
    started again (``on_restart`` gets the one-line reason).  Returns 0 after a stop asked
    for.  Whatever stops Oxigraph (a query out of memory, a crash) it is started again;
    past five restarts a minute the restarts back off (up to a minute apart) instead of
    ending the service.  Raises :class:`ServerError` only when it cannot start again.
    """
    restarts: list[float] = []
    with _sigterm_stops():
        server = start_server(config, ready_timeout=ready_timeout)
        try:
            if on_ready is not None:
                on_ready(server)
            while True:
                status = server.process.wait()
                now = time.monotonic()
                restarts = [t for t in restarts if now - t < 60]
                if server.out_of_memory():
                    reason = (
                        f"a query needed more than {config.max_memory_mb} MB "
                        "(--max-memory-mb) and stopped the Oxigraph server"
                    )
                else:
                    reason = (
                        f"the Oxigraph server exited with status {status}: "
                        f"{_last_error(server.log())}"
                    )
                # Heavy queries must not take the service down: past the budget the
                # restarts back off (the front answers 503 meanwhile), they never stop.
                excess = len(restarts) - _RESTARTS_PER_MINUTE
                delay = 0.0 if excess < 0 else min(60.0, _BACKOFF_S * 2.0**excess)
                restarts.append(now)
                server.restart_reason = reason  # (before restarting: the front reads both)
                server.restarting = delay or 1.0
                if on_restart is not None:
                    when = f"in {delay:g} s ({len(restarts)} restarts in a minute)" if delay else ""
                    on_restart(f"{reason}; restarting it {when}".rstrip())
                time.sleep(delay)
                try:
                    server.restart(ready_timeout)
                except (ServerError, StoreError) as error:
                    # a restart that fails (a slow start under memory pressure) is retried
                    # with the back-off, never the end of the service
                    if on_restart is not None:
                        on_restart(f"starting Oxigraph again failed: {error}; retrying")
                    continue
                server.restarting = 0.0
        except (KeyboardInterrupt, _Stop):
            return 0
        finally:
            server.stop()
