"""The front of `claimgraph serve` at its edges, against a plain HTTP upstream of known sizes.

The real Oxigraph server behind it is tested in test_serve.py and test_serve_cli.py; here the
upstream is a small stdlib server so that a response can be exactly at the limit or one byte over.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.guard import CANCELLED, MAX_CONCURRENT, Guard, GuardLimits

LIMIT = 1000


class _Upstream(BaseHTTPRequestHandler):
    """GET /bytes/N answers N bytes (chunked for /chunked/N); /cancelled ends like Oxigraph."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        kind, _, size = self.path.strip("/").partition("/")
        if kind == "cancelled":
            body = b'{"head":{"vars":["n"]},"results":{"bindings":[' + CANCELLED
        elif kind == "failing":  # an error met mid-stream, after the 200 went out
            body = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":' + b"Error: backend lost"
        elif kind == "whole":
            body = b'{"head":{"vars":["n"]},"results":{"bindings":[]}}\n'
        else:
            body = b"x" * int(size)
        self.send_response(200)
        json_kinds = ("failing", "whole")
        content_type = "application/sparql-results+json" if kind in json_kinds else "text/csv"
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("X-Upstream", "yes")
        if kind == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 300):
                piece = body[start : start + 300]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[::-1])

    def handle(self) -> None:
        # the guard hangs up on what it refuses, mid-answer: that is what is tested, no error
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[tuple[str, int]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "127.0.0.1", server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture
def guard(upstream: tuple[str, int]) -> Iterator[Guard]:
    front = Guard("127.0.0.1", 0, upstream, GuardLimits(7, LIMIT))
    yield front
    front.close()


def _get(guard: Guard, path: str, data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(f"http://127.0.0.1:{guard.port}{path}", data=data)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


@pytest.mark.parametrize("kind", ["bytes", "chunked"])
def test_a_response_at_the_limit_passes_whole(guard: Guard, kind: str) -> None:
    status, headers, body = _get(guard, f"/{kind}/{LIMIT}")
    assert (status, body) == (200, b"x" * LIMIT)
    assert headers["Content-Type"] == "text/csv; charset=utf-8" and headers["X-Upstream"] == "yes"
    assert headers["Content-Length"] == str(LIMIT) and "Transfer-Encoding" not in headers


@pytest.mark.parametrize("kind", ["bytes", "chunked"])
def test_one_byte_over_the_limit_is_refused(guard: Guard, kind: str) -> None:
    status, headers, body = _get(guard, f"/{kind}/{LIMIT + 1}")
    assert status == 500 and headers["X-Claimgraph-Error"] == "result-too-large"
    megabytes = f"{LIMIT / 1024**2:g}"
    assert body.decode() == (
        f"claimgraph serve: the result is larger than {megabytes} MB (claimgraph serve "
        "--max-result-mb) and was stopped; narrow the query, add a LIMIT or raise the limit\n"
    )


def test_a_cancelled_query_is_a_504(guard: Guard) -> None:
    status, headers, body = _get(guard, "/cancelled")
    assert status == 504 and headers["X-Claimgraph-Error"] == "timeout"
    assert body.decode().startswith("claimgraph serve: the query was stopped after 7 s")


def test_a_request_body_and_the_status_pass_through(guard: Guard) -> None:
    status, _, body = _get(guard, "/echo", data=b"ASK {}")
    assert (status, body) == (201, b"}{ KSA")


def test_an_upstream_that_is_gone_is_a_502(guard: Guard) -> None:
    guard.upstream = ("127.0.0.1", 1)
    status, headers, body = _get(guard, "/bytes/1")
    assert status == 502 and headers["X-Claimgraph-Error"] == "unreachable"
    assert b"not answering" in body


def _raw(guard: Guard, request: bytes, timeout: float = 10) -> bytes:
    """What the front sends back for raw request bytes, until it closes the connection."""
    with socket.create_connection(("127.0.0.1", guard.port), timeout=timeout) as connection:
        connection.sendall(request)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    return received


def test_a_malformed_content_length_is_a_400(guard: Guard) -> None:
    # uvicorn's HTTP parser refuses it: nothing reaches the upstream
    answer = _raw(guard, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: ²\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_a_no_content_answer_has_no_length(guard: Guard) -> None:
    answer = _raw(guard, b"OPTIONS /query HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head = answer.split(b"\r\n\r\n")[0].lower()
    assert head.startswith(b"http/1.1 204 ") and b"content-length" not in head
    assert b"access-control-allow-origin: *" in head


def test_refusals_allow_cross_origin_reads_when_cors_is_on(upstream: tuple[str, int]) -> None:
    front = Guard("127.0.0.1", 0, upstream, GuardLimits(7, LIMIT, cors=True))
    try:
        status, headers, _ = _get(front, f"/bytes/{LIMIT + 1}")
    finally:
        front.close()
    assert status == 500 and headers["Access-Control-Allow-Origin"] == "*"


def test_a_silent_client_is_disconnected(guard: Guard, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimgraph.guard

    monkeypatch.setattr(claimgraph.guard, "IDLE_TIMEOUT_S", 1)
    started = time.monotonic()
    # Promises a 100-byte body and sends one byte: the front must not wait forever.
    answer = _raw(guard, b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nA")
    assert time.monotonic() - started < 8
    assert answer.startswith(b"HTTP/1.1 408 ") and b"X-Claimgraph-Error: timeout" in answer


def test_clients_that_never_read_cost_only_their_own_connections(upstream: tuple[str, int]) -> None:
    """More clients than the front has slots ask for a large answer and never read it; a
    further client is still answered at once (before, each slot stayed held while writing)."""
    import socket
    import time

    big = 8 * 1024**2  # far more than the socket buffers take in
    front = Guard("127.0.0.1", 0, upstream, GuardLimits(7, 2 * big))
    stalled = []
    try:
        for _ in range(MAX_CONCURRENT + 2):
            client = socket.create_connection(("127.0.0.1", front.port))
            client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            client.sendall(f"GET /bytes/{big} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            stalled.append(client)
        time.sleep(1)  # every stalled answer has been read from the upstream by now
        started = time.monotonic()
        request = urllib.request.Request(f"http://127.0.0.1:{front.port}/bytes/10")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.read() == b"x" * 10
        assert time.monotonic() - started < 2
    finally:
        for client in stalled:
            client.close()
        front.close()


def test_an_answer_cut_short_by_an_error_is_a_502_not_a_200(guard: Guard) -> None:
    status, headers, body = _get(guard, "/failing/0")
    assert status == 502 and headers["X-Claimgraph-Error"] == "upstream-error"
    assert body.decode().strip().endswith("Error: backend lost")
    assert _get(guard, "/whole/0")[0] == 200  # a complete answer passes


def test_an_absolute_target_and_doubled_headers_are_refused(guard: Guard) -> None:
    # the route checked must be the route forwarded, and the body type checked the one sent
    absolute = _raw(guard, b"GET http://x/bytes/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert absolute.startswith(b"HTTP/1.1 400 ")
    doubled = _raw(
        guard,
        b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        b"Content-Type: application/sparql-query\r\nContent-Length: 6\r\n"
        b"Connection: close\r\n\r\nASK {}",
    )
    assert doubled.startswith(b"HTTP/1.1 400 ") and b"more than one Content-Type" in doubled
