"""The HTTP front of ``claimgraph serve``: limits Oxigraph cannot set for itself.

Oxigraph cancels a query at ``--timeout-s``, but by then it has answered 200 and streamed
the start of the results, so a client reads a truncated body that ends in "The SPARQL
operation has been cancelled" -- easy to take for an answer.  And it has no limit on the
size of a result: a runaway query (a cross join) streams gigabytes to whoever asked.

So ``claimgraph serve`` runs Oxigraph on a private loopback port and puts this front on the
address the user asked for: an ASGI application served by uvicorn, which forwards every
request with httpx (method, path, headers, body) and reads the whole answer before passing
it on:

- an answer larger than ``max_result_bytes``: the upstream stream is closed, which stops
  the query, and the client gets HTTP 500 with a one-line message;
- an answer that ends in Oxigraph's cancellation message: HTTP 504;
- a JSON or XML answer that ends before its format does (an error met while streaming):
  HTTP 502 with the error's last line;
- anything else: passed on unchanged (status, headers, body).

Before that, requests are checked: a ``Host`` the server does not answer to (DNS
rebinding), a browser write from another site, and SERVICE or LOAD (requests to other
machines) are refused with 403; a query that names no graphs is asked for with the union of
the paper graphs as its default graph.  Refusals carry an ``X-Claimgraph-Error`` header for
programs.  At most :data:`MAX_CONCURRENT` answers are read from Oxigraph at once, which bounds
the memory the front needs; a read answer is spooled (to disk past 1 MB) and written to its
client by that client's own task, so a client that reads slowly or never costs only its own
connection; a client silent for :data:`IDLE_TIMEOUT_S` is disconnected.  Header parsing,
chunked bodies and keep-alive are uvicorn's.
"""

from __future__ import annotations

import asyncio
import socket
import tempfile
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any
from urllib.parse import parse_qs, urlsplit

import httpx
import uvicorn

from claimgraph.queries import sparql_clauses

__all__ = ["CANCELLED", "IDLE_TIMEOUT_S", "MAX_CONCURRENT", "Guard", "GuardLimits"]

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
        "content-length",
        "host",
    }
)
_PIECE = 1 << 16
IDLE_TIMEOUT_S = 60
"""Seconds a client may stay silent (or stall sending a body) before its connection closes."""
MAX_CONCURRENT = 8
"""Answers read from Oxigraph at once; each may be up to ``max_result_bytes``."""

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


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


class _Refusal(Exception):
    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


class _Stalled(Exception):
    """The client stopped sending its request body, or went away."""


class _App:
    """The ASGI application: one task a request, so slow peers cost only themselves."""

    def __init__(self, upstream: tuple[str, int], limits: GuardLimits, port: int) -> None:
        self.upstream = upstream
        self.limits = limits
        self.port = port
        self.explain: Callable[[], str | None] | None = None
        self._slots: asyncio.Semaphore | None = None
        self._client: httpx.AsyncClient | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            await self._forward(scope, receive, send)
        except _Refusal as refusal:
            await self._refuse(send, refusal, scope["method"])
        except _Stalled:
            # the client stopped sending its body: tell it, and uvicorn closes the connection
            stalled = _Refusal(408, "timeout", "the request body stopped arriving")
            await self._refuse(send, stalled, scope["method"])

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._slots = asyncio.Semaphore(MAX_CONCURRENT)
                self._client = httpx.AsyncClient(timeout=None)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._client is not None:
                    await self._client.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _forward(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self._slots is not None and self._client is not None
        limits = self.limits
        method: str = scope["method"]
        route: str = scope["path"]
        query_string = scope["query_string"].decode("latin-1")
        if not route.startswith("/"):
            raise _Refusal(400, "bad-request", "the request target must be a path")
        headers = Message()
        for name, value in scope["headers"]:
            headers[name.decode("latin-1")] = value.decode("latin-1")
        for single in ("Host", "Content-Type", "Content-Length"):
            if len(headers.get_all(single) or []) > 1:
                # what is checked must be what is forwarded: one value, or none
                raise _Refusal(400, "bad-request", f"the request has more than one {single}")
        refusal = _origin_refusal(method, route, headers, limits, self.port)
        if refusal is not None:
            raise _Refusal(403, *refusal)
        target = route + (f"?{query_string}" if query_string else "")
        body: bytes | AsyncIterator[bytes]
        if route in _SPARQL_ROUTES:
            body = await _read_body(receive, MAX_SPARQL_BYTES)
            request = _SparqlRequest.read(query_string, headers, body or None)
            if request.calls_out and not limits.allow_federation:
                raise _Refusal(
                    403,
                    "federation",
                    "SERVICE and LOAD (which make this server fetch other URLs) are off; "
                    "start claimgraph serve with --allow-federation to permit them",
                )
            if route == "/query" and limits.union_default_graph and not request.names_graphs:
                target = f"{route}?{query_string + '&' if query_string else ''}union-default-graph"
        else:
            body = _stream_body(receive)
        forwarded = [
            (name, value)
            for name, value in headers.items()
            if name.lower() not in _HOP_BY_HOP
            or (name.lower() == "content-length" and not isinstance(body, bytes))
        ]  # a streamed body keeps the length the client gave (else it goes chunked)
        host, port = self.upstream
        url = f"http://{host}:{port}{target}"
        async with self._slots:
            answer = tempfile.SpooledTemporaryFile(max_size=1024**2)
            try:
                async with self._client.stream(
                    method,
                    url,
                    headers=forwarded,
                    content=body,
                    timeout=httpx.Timeout(limits.timeout_s + 30),
                ) as response:
                    size, tail = 0, b""
                    async for piece in response.aiter_raw(_PIECE):
                        size += len(piece)
                        if size > limits.max_result_bytes:
                            answer.close()
                            megabytes = limits.max_result_bytes / 1024**2
                            raise _Refusal(
                                500,
                                "result-too-large",
                                f"the result is larger than {megabytes:g} MB (claimgraph serve "
                                "--max-result-mb) and was stopped; narrow the query, add a "
                                "LIMIT or raise the limit",
                            )
                        answer.write(piece)
                        tail = (tail + piece)[-400:]
                    status = response.status_code
                    reason = response.reason_phrase
                    answer_headers = [
                        (name.decode("latin-1"), value.decode("latin-1"))
                        for name, value in response.headers.raw
                    ]
            except _Refusal:
                raise
            except _Stalled:
                answer.close()
                raise
            except (httpx.TransportError, OSError):
                answer.close()
                why = await asyncio.to_thread(self.explain) if self.explain is not None else None
                if why is not None:
                    raise _Refusal(503, "out-of-memory", why) from None
                raise _Refusal(
                    502,
                    "unreachable",
                    "the Oxigraph server behind claimgraph serve is not answering",
                ) from None
        del reason
        if status == 500 and self.explain is not None:
            # a heavy query may fail inside Oxigraph before the allocator stops the process:
            # if the server then stopped for lack of memory, say so (not a bare 500)
            why = await asyncio.to_thread(self.explain)
            if why is not None:
                answer.close()
                raise _Refusal(503, "out-of-memory", why)
        with answer:
            if status == 200 and tail.endswith(CANCELLED):
                raise _Refusal(
                    504,
                    "timeout",
                    f"the query was stopped after {limits.timeout_s} s (claimgraph serve "
                    "--timeout-s); narrow the query or add a LIMIT",
                )
            content_type = next((v for k, v in answer_headers if k.lower() == "content-type"), "")
            broken = _cut_short(status, content_type, tail)
            if broken is not None:
                raise _Refusal(
                    502,
                    "upstream-error",
                    f"the Oxigraph server failed while writing the answer: {broken}",
                )
            await _pass_on(send, method, status, answer_headers, answer, size)

    async def _refuse(self, send: Send, refusal: _Refusal, method: str) -> None:
        data = f"claimgraph serve: {refusal.message}\n".encode()
        headers = [
            (b"Content-Type", b"text/plain; charset=utf-8"),
            (b"X-Claimgraph-Error", refusal.kind.encode()),
            (b"Content-Length", str(len(data)).encode()),
            (b"Connection", b"close"),
        ]
        if self.limits.cors:
            headers.append((b"Access-Control-Allow-Origin", b"*"))
        await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else data})


async def _read_body(receive: Receive, limit: int) -> bytes:
    data = bytearray()
    async for piece in _stream_body(receive):
        data += piece
        if len(data) > limit:
            raise _Refusal(413, "too-large", "a SPARQL request body is limited to 4 MB")
    return bytes(data)


async def _stream_body(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        try:
            message = await asyncio.wait_for(receive(), IDLE_TIMEOUT_S)
        except TimeoutError:
            raise _Stalled from None
        if message["type"] == "http.disconnect":
            raise _Stalled
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return


async def _pass_on(
    send: Send,
    method: str,
    status: int,
    headers: list[tuple[str, str]],
    answer: IO[bytes],
    size: int,
) -> None:
    out = [
        (name.encode("latin-1"), value.encode("latin-1"))
        for name, value in headers
        if name.lower() not in _HOP_BY_HOP
    ]
    upstream_length = next((v for k, v in headers if k.lower() == "content-length"), None)
    if status >= 200 and status not in (204, 304):
        length = upstream_length if method == "HEAD" and upstream_length else str(size)
        out.append((b"Content-Length", length.encode()))
    await send({"type": "http.response.start", "status": status, "headers": out})
    if method == "HEAD" or status in (204, 304):
        await send({"type": "http.response.body", "body": b""})
        return
    answer.seek(0)
    while piece := answer.read(_PIECE):
        await send({"type": "http.response.body", "body": piece, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


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


def _cut_short(status: int, content_type: str, tail: bytes) -> str | None:
    """What Oxigraph wrote at the end of a 200 answer it could not finish (an error met while
    streaming results), or ``None`` when the answer ends as its format must."""
    if status != 200:
        return None
    endings = _ENDINGS.get(content_type.split(";")[0].strip().lower())
    if endings is None or not tail:
        return None
    if tail.rstrip().endswith(endings):
        return None
    last = tail.decode("utf-8", "replace").rstrip().rsplit("\n", 1)[-1]
    return " ".join(last.split())[-200:] or "the answer ends early"


class Guard:
    """The front: listens on ``(host, port)`` (port 0 picks one) and forwards to Oxigraph."""

    def __init__(self, host: str, port: int, upstream: tuple[str, int], limits: GuardLimits):
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        listener = socket.socket(family, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind((host, port))
        except OSError:
            listener.close()
            raise
        listener.listen(128)
        listener.setblocking(False)
        self._socket = listener
        self._app = _App(upstream, limits, listener.getsockname()[1])
        config = uvicorn.Config(
            self._app,
            lifespan="on",
            log_level="critical",
            access_log=False,
            timeout_keep_alive=IDLE_TIMEOUT_S,
            h11_max_incomplete_event_size=64 * 1024,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self._server.serve(sockets=[listener])),
            name="claimgraph-guard",
            daemon=True,
        )
        self._thread.start()
        while not self._server.started and self._thread.is_alive():
            threading.Event().wait(0.01)

    @property
    def port(self) -> int:
        return self._app.port

    @property
    def upstream(self) -> tuple[str, int]:
        return self._app.upstream

    @upstream.setter
    def upstream(self, address: tuple[str, int]) -> None:
        self._app.upstream = address

    @property
    def explain(self) -> Callable[[], str | None] | None:
        """Called when the upstream drops a request: the reason to give, if known."""
        return self._app.explain

    @explain.setter
    def explain(self, explain: Callable[[], str | None] | None) -> None:
        self._app.explain = explain

    def close(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._socket.close()
