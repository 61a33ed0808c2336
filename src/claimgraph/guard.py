"""The HTTP front of ``claimgraph serve``: limits Oxigraph cannot set for itself.

Oxigraph cancels a query at ``--timeout-s``, but by then it has answered 200 and streamed
the start of the results, so a client reads a truncated body that ends in "The SPARQL
operation has been cancelled" -- easy to take for an answer.  And it has no limit on the
size of a result: a runaway query (a cross join) streams gigabytes to whoever asked.

So ``claimgraph serve`` runs Oxigraph on a private loopback port and puts this front on the
address the user asked for.  It forwards every request as it came (method, path, headers,
body) and reads the whole response before passing it on:

- a response larger than ``max_result_bytes``: the connection to Oxigraph is closed, which
  stops the query, and the client gets HTTP 500 with a one-line message;
- a response that ends in Oxigraph's cancellation message: HTTP 504 with a one-line message;
- anything else: passed on unchanged (status, headers, body).

Refusals carry an ``X-Claimgraph-Error`` header (``result-too-large`` or ``timeout``) for
programs.  At most :data:`MAX_CONCURRENT` responses are read from Oxigraph at once (others wait
their turn), which bounds the memory the front needs; an answer read is spooled (to disk past
1 MB) and the slot freed before it is written, so a client that reads slowly or never costs only
its own connection; a client silent for 60 s is disconnected.
Oxigraph's own errors (400 for bad SPARQL, 403 for an update to the read-only server) pass
through as they are, and request bodies are streamed to it (a chunked one is refused: 411).
"""

from __future__ import annotations

import http.client
import io
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO
from urllib.parse import parse_qs, urlsplit

from claimgraph.queries import sparql_clauses

__all__ = ["CANCELLED", "MAX_CONCURRENT", "Guard", "GuardLimits"]

CANCELLED = b"The SPARQL operation has been cancelled"
"""What Oxigraph writes at the end of a response whose query it cancelled at its timeout."""

_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_PIECE = 1 << 16
_IDLE_TIMEOUT_S = 60
"""Seconds a client may stay silent (or stall sending a body) before its connection closes."""
MAX_CONCURRENT = 8
"""Responses held at once; each may be up to ``max_result_bytes``, so this bounds memory."""


@dataclass(frozen=True)
class GuardLimits:
    timeout_s: int
    """Oxigraph's query timeout (quoted in the timeout message)."""
    max_result_bytes: int
    """The largest response passed on."""
    cors: bool = False
    """Refusals carry ``Access-Control-Allow-Origin: *`` (as Oxigraph's answers do with --cors)."""
    union_default_graph: bool = False
    """Ask Oxigraph for the union of the graphs as default graph on each query that names
    no graphs itself (FROM, FROM NAMED, default-graph-uri, named-graph-uri)."""
    allow_federation: bool = False
    """Pass on SERVICE and LOAD, which make the server fetch other URLs."""
    allowed_hosts: frozenset[str] = frozenset()
    """Names a request's ``Host`` (and a write's ``Origin``) may carry; empty: any."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    upstream: tuple[str, int]
    limits: GuardLimits
    slots: threading.BoundedSemaphore
    explain: Callable[[], str | None] | None = None


class _ClientStalled(Exception):
    """The client stopped sending its request body (or went away)."""


class _Body:
    """The request body as a file for http.client: exactly ``length`` bytes, streamed."""

    def __init__(self, source: io.BufferedIOBase, length: int) -> None:
        self._source, self._left = source, length

    def read(self, size: int = -1) -> bytes:
        size = self._left if size < 0 else min(size, self._left)
        try:
            data = self._source.read(size) if size else b""
        except OSError as error:
            raise _ClientStalled from error
        if size and not data:
            raise _ClientStalled
        self._left -= len(data)
        return data


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = _IDLE_TIMEOUT_S
    server: _Server

    def do_GET(self) -> None:
        self._forward()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: Oxigraph's own log has the requests."""

    def _forward(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._refuse(411, "length-required", "send the request body with a Content-Length")
            return
        length_text = (self.headers.get("Content-Length") or "0").strip()
        if not (length_text.isascii() and length_text.isdigit()):
            self._refuse(400, "bad-request", "the request's Content-Length is not a number")
            return
        limits = self.server.limits
        refusal = _origin_refusal(
            self.command, self.path, self.headers, limits, self.server.server_address[1]
        )
        if refusal is not None:
            self._refuse(403, *refusal)
            return
        length = int(length_text)
        route, _, query_string = self.path.partition("?")
        body: _Body | bytes | None = _Body(self.rfile, length) if length else None
        target = self.path
        if route in _SPARQL_ROUTES:
            if length > MAX_SPARQL_BYTES:
                self._refuse(413, "too-large", "a SPARQL request body is limited to 4 MB")
                return
            try:
                body = self.rfile.read(length) if length else None
            except OSError:
                self.close_connection = True
                return
            if body is not None and len(body) < length:
                self.close_connection = True  # the client went away mid-body
                return
            request = _SparqlRequest.read(query_string, self.headers, body)
            if request.calls_out and not limits.allow_federation:
                self._refuse(
                    403,
                    "federation",
                    "SERVICE and LOAD (which make this server fetch other URLs) are off; "
                    "start claimgraph serve with --allow-federation to permit them",
                )
                return
            if route == "/query" and limits.union_default_graph and not request.names_graphs:
                target = f"{route}?{query_string + '&' if query_string else ''}union-default-graph"
        host, port = self.server.upstream
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        with self.server.slots:
            upstream = http.client.HTTPConnection(host, port, timeout=limits.timeout_s + 30)
            try:
                upstream.request(self.command, target, body=body, headers=headers)
                response = upstream.getresponse()
                pieces = self._read_limited(response, limits.max_result_bytes)
            except _ClientStalled:
                self.close_connection = True  # nobody to answer
                return
            except (OSError, http.client.HTTPException):
                reason = self.server.explain() if self.server.explain is not None else None
                if reason is not None:
                    self._refuse(503, "out-of-memory", reason)
                else:
                    self._refuse(
                        502,
                        "unreachable",
                        "the Oxigraph server behind claimgraph serve is not answering",
                    )
                return
            finally:
                upstream.close()  # a body left unread: Oxigraph sees the reader gone and stops
            if pieces is None:
                megabytes = limits.max_result_bytes / 1024**2
                self._refuse(
                    500,
                    "result-too-large",
                    f"the result is larger than {megabytes:g} MB (claimgraph serve "
                    "--max-result-mb) and was stopped; narrow the query, add a LIMIT or raise "
                    "the limit",
                )
                return
            if response.status == 200 and _ends_with(pieces, CANCELLED):
                self._refuse(
                    504,
                    "timeout",
                    f"the query was stopped after {limits.timeout_s} s (claimgraph serve "
                    "--timeout-s); narrow the query or add a LIMIT",
                )
                return
            broken = _cut_short(response, pieces)
            if broken is not None:
                self._refuse(
                    502,
                    "upstream-error",
                    f"the Oxigraph server failed while writing the answer: {broken}",
                )
                return
            # A client that reads slowly (or never) must cost only its own connection: the
            # answer moves to a spooled file (on disk past 1 MB) and the slot is free again
            # before a byte of it is written to the client.
            answer = tempfile.SpooledTemporaryFile(max_size=1024**2)
            answer.writelines(pieces)
            del pieces
        with answer:
            answer.seek(0)
            self._pass_on(response, answer)

    @staticmethod
    def _read_limited(response: http.client.HTTPResponse, limit: int) -> list[bytes] | None:
        pieces: list[bytes] = []
        size = 0
        while piece := response.read(_PIECE):
            size += len(piece)
            if size > limit:
                return None
            pieces.append(piece)
        return pieces

    def _pass_on(self, response: http.client.HTTPResponse, answer: IO[bytes]) -> None:
        size = answer.seek(0, io.SEEK_END)
        answer.seek(0)
        self.send_response_only(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in _HOP_BY_HOP and name.lower() != "content-length":
                self.send_header(name, value)
        if response.status >= 200 and response.status not in (204, 304):
            length = response.getheader("Content-Length") if self.command == "HEAD" else None
            self.send_header("Content-Length", length or str(size))
        self.end_headers()
        if self.command != "HEAD":
            while piece := answer.read(_PIECE):
                self.wfile.write(piece)

    def _refuse(self, status: int, kind: str, message: str) -> None:
        data = f"claimgraph serve: {message}\n".encode()
        self.send_response_only(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("X-Claimgraph-Error", kind)
        if self.server.limits.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self.wfile.write(data)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True  # the client went away or went quiet


_SPARQL_ROUTES = frozenset({"/query", "/update"})
_WRITE_ROUTES = frozenset({"/update", "/store"})
MAX_SPARQL_BYTES = 4 * 1024**2
"""The largest query or update body read (to check it) before it is passed on."""


@dataclass(frozen=True)
class _SparqlRequest:
    """What a SPARQL protocol request asks for, as far as the front's policy goes."""

    calls_out: bool
    """It uses SERVICE or LOAD."""
    names_graphs: bool
    """It chooses its own dataset (FROM, FROM NAMED, default-graph-uri, named-graph-uri)."""

    @classmethod
    def read(cls, query_string: str, headers: Message, body: bytes | None) -> _SparqlRequest:
        fields = parse_qs(query_string, keep_blank_values=True)
        content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        texts = fields.get("query", []) + fields.get("update", [])
        if body is not None:
            decoded = body.decode("utf-8", errors="replace")
            if content_type == "application/x-www-form-urlencoded":
                posted = parse_qs(decoded, keep_blank_values=True)
                texts += posted.get("query", []) + posted.get("update", [])
                fields.update({k: v for k, v in posted.items() if k.endswith("graph-uri")})
            elif content_type in ("application/sparql-query", "application/sparql-update"):
                texts.append(decoded)
        clauses = set().union(*(sparql_clauses(text) for text in texts)) if texts else set()
        dataset = any(k in fields for k in ("default-graph-uri", "named-graph-uri"))
        return cls(bool(clauses & {"SERVICE", "LOAD"}), dataset or "FROM" in clauses)


def _host_name(value: str) -> str:
    """ "localhost:7878" -> "localhost", "[::1]:7878" -> "::1"."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _origin_refusal(
    method: str, path: str, headers: Message, limits: GuardLimits, port: int
) -> tuple[str, str] | None:
    """Why a request is refused before it reaches Oxigraph, if it is.

    A ``Host`` the server does not answer to is DNS rebinding: a page on another name made
    the browser talk to this port.  A write (``/update``, ``/store`` other than GET/HEAD)
    whose ``Origin`` or ``Referer`` names another site is a cross-site form post.
    """
    allowed = limits.allowed_hosts
    if not allowed:
        return None
    host = headers.get("Host")
    if host is not None and _host_name(host) not in allowed:
        return ("bad-host", f"this server does not answer to the host {host!r} (--allow-host)")
    route = path.partition("?")[0]
    if method in ("GET", "HEAD", "OPTIONS") or route not in _WRITE_ROUTES:
        return None
    origin = headers.get("Origin") or headers.get("Referer")
    if origin is None:
        return None  # not a browser: curl, SPARQLWrapper, rdflib
    parsed = urlsplit(origin)
    try:
        origin_port = parsed.port or {"https": 443}.get(parsed.scheme, 80)
    except ValueError:
        origin_port = -1
    if origin == "null" or (parsed.hostname or "").lower() not in allowed or origin_port != port:
        return ("cross-site", f"a write from another site ({origin}) is refused")
    return None


_ENDINGS = {
    "application/sparql-results+json": (b"}",),
    "application/json": (b"}", b"]"),
    "application/sparql-results+xml": (b"</sparql>",),
}


def _cut_short(response: http.client.HTTPResponse, pieces: list[bytes]) -> str | None:
    """What Oxigraph wrote at the end of a 200 answer it could not finish (an error met while
    streaming results), or ``None`` when the answer ends as its format must."""
    if response.status != 200:
        return None
    content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
    endings = _ENDINGS.get(content_type)
    if endings is None or not pieces:
        return None
    tail = b"".join(pieces[-2:])[-400:]
    if tail.rstrip().endswith(endings):
        return None
    last = tail.decode("utf-8", "replace").rstrip().rsplit("\n", 1)[-1]
    return " ".join(last.split())[-200:] or "the answer ends early"


def _ends_with(pieces: list[bytes], suffix: bytes) -> bool:
    tail = b""
    for piece in reversed(pieces):
        tail = piece + tail
        if len(tail) >= len(suffix):
            break
    return tail.endswith(suffix)


class Guard:
    """The front: listens on ``(host, port)`` (port 0 picks one) and forwards to Oxigraph."""

    def __init__(self, host: str, port: int, upstream: tuple[str, int], limits: GuardLimits):
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        server_class = type("_FamilyServer", (_Server,), {"address_family": family})
        self._server: _Server = server_class((host, port), _Handler)
        self._server.upstream = upstream
        self._server.limits = limits
        self._server.slots = threading.BoundedSemaphore(MAX_CONCURRENT)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="claimgraph-guard", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        port: int = self._server.server_address[1]
        return port

    @property
    def upstream(self) -> tuple[str, int]:
        return self._server.upstream

    @upstream.setter
    def upstream(self, address: tuple[str, int]) -> None:
        self._server.upstream = address

    @property
    def explain(self) -> Callable[[], str | None] | None:
        """Called when the upstream drops a request: the reason to give, if known."""
        return self._server.explain

    @explain.setter
    def explain(self, explain: Callable[[], str | None] | None) -> None:
        self._server.explain = explain

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
