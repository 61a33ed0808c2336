"""The front of `claimgraph serve` at its edges, against a plain HTTP upstream of known sizes.

The real Oxigraph server behind it is tested in test_serve.py and test_serve_cli.py; here the
upstream is a small stdlib server so that a response can be exactly at the limit or one byte over.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.guard import CANCELLED, Guard, GuardLimits

LIMIT = 1000


class _Upstream(BaseHTTPRequestHandler):
    """GET /bytes/N answers N bytes (chunked for /chunked/N); /cancelled ends like Oxigraph."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        kind, _, size = self.path.strip("/").partition("/")
        if kind == "cancelled":
            body = b'{"head":{"vars":["n"]},"results":{"bindings":[' + CANCELLED
        else:
            body = b"x" * int(size)
        self.send_response(200)
        self.send_header("Content-Type", "text/csv; charset=utf-8")
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

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[::-1])

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def guard() -> Iterator[Guard]:
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=upstream.serve_forever, daemon=True)
    thread.start()
    front = Guard("127.0.0.1", 0, ("127.0.0.1", upstream.server_address[1]), GuardLimits(7, LIMIT))
    yield front
    front.close()
    upstream.shutdown()
    upstream.server_close()


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
