"""Polite HTTP for the harvests: one connection, one request per delay, and patience with a
busy service.

arXiv asks for at most one request every 3 seconds on a single connection, and answers a
client that asks too often with 503 or 429 and a ``Retry-After``.  :class:`PoliteClient`
keeps the delay between the starts of two requests, waits what ``Retry-After`` says (or
backs off, doubling from the delay), and after a bounded number of tries raises
:class:`ServiceUnavailable`, whose message says how to resume.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from claimgraph import __version__

__all__ = [
    "FetchError",
    "MalformedResponse",
    "PoliteClient",
    "Response",
    "ServiceUnavailable",
    "parse_xml",
    "request_url",
]

BUSY_STATUSES = frozenset({429, 503})
"""The answers of a service asking the client to come back later."""

MAX_WAIT_S = 600.0
"""The longest a single ``Retry-After`` is obeyed; a service asking more is out of order."""


class FetchError(Exception):
    """One request failed for good (an HTTP error status, a broken connection after the
    retries); the message is one line naming the request."""


class MalformedResponse(FetchError):
    """An answer that is not what the service documents (broken XML or JSON, a truncated
    body, an HTML error page, an unknown date format in a place that decides paging)."""


class ServiceUnavailable(FetchError):
    """The service stayed busy (503/429) or unreachable through every retry: the harvest
    must stop here and be resumed later."""


@dataclass(frozen=True)
class Response:
    url: str
    """The URL requested, parameters included: what a problem line names."""
    status: int
    text: str
    content_type: str


def request_url(url: str, params: Mapping[str, str | int] | None = None) -> str:
    """The URL httpx sends for ``url`` with ``params`` (for messages and provenance)."""
    return str(httpx.URL(url, params=dict(params or {})))


class PoliteClient:
    """GET requests at most one per ``delay_s`` on one connection, retrying busy answers.

    ``retries`` bounds the extra tries a request gets after a 503, 429, a timeout or a
    broken connection; without ``Retry-After`` the waits are ``delay_s``, then twice that,
    and so on.  ``sleep`` and ``clock`` are seams for tests that must not wait.
    """

    def __init__(
        self,
        *,
        delay_s: float = 3.0,
        retries: int = 4,
        timeout_s: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay_s = max(0.0, delay_s)
        self.retries = max(0, retries)
        self.requests = 0
        self._sleep = sleep
        self._clock = clock
        self._last_start: float | None = None
        self._http = httpx.Client(
            timeout=timeout_s,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
            headers={"User-Agent": f"claimgraph/{__version__} (harvest)"},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(self, url: str, params: Mapping[str, str | int] | None = None) -> Response:
        """The answer to one GET; raises :class:`FetchError` or :class:`ServiceUnavailable`."""
        shown = request_url(url, params)
        reason = ""
        for attempt in range(self.retries + 1):
            self._wait_turn()
            try:
                answer = self._http.get(url, params=dict(params or {}))
            except httpx.TimeoutException:
                reason = "timed out"
                wait = self._backoff(attempt)
            except httpx.HTTPError as error:
                reason = f"cannot connect ({_one_line(error) or type(error).__name__})"
                wait = self._backoff(attempt)
            else:
                if answer.status_code not in BUSY_STATUSES:
                    if answer.status_code >= 400:
                        raise FetchError(f"{shown}: HTTP {answer.status_code}")
                    return Response(
                        url=shown,
                        status=answer.status_code,
                        text=answer.text,
                        content_type=answer.headers.get("content-type", ""),
                    )
                reason = f"HTTP {answer.status_code}"
                asked = retry_after_s(answer.headers.get("retry-after"))
                wait = self._backoff(attempt) if asked is None else max(asked, self.delay_s)
                if wait > MAX_WAIT_S:
                    reason += f" asking to wait {wait:.0f} s"
                    break
            if attempt < self.retries:
                self._sleep(wait)
        raise ServiceUnavailable(f"{shown}: {reason} after {self.retries + 1} tries")

    def _wait_turn(self) -> None:
        now = self._clock()
        if self._last_start is not None:
            remaining = self._last_start + self.delay_s - now
            if remaining > 0:
                self._sleep(remaining)
                now = self._clock()
        self._last_start = now
        self.requests += 1

    def _backoff(self, attempt: int) -> float:
        return float(min(self.delay_s * 2**attempt, MAX_WAIT_S))


def retry_after_s(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for: a number of seconds or an HTTP date."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def parse_xml(text: str) -> ET.Element:
    """The root element of an XML answer; raises :class:`MalformedResponse` for an HTML
    page, broken XML or a document type declaration (refused: entity expansion)."""
    head = text.lstrip()[:200].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        raise MalformedResponse("an HTML page, not XML (an error page?)")
    if "<!doctype" in text[:2000].lower() or "<!entity" in text[:2000].lower():
        raise MalformedResponse("XML with a document type declaration, refused")
    try:
        return ET.fromstring(text)
    except ET.ParseError as error:
        raise MalformedResponse(f"malformed XML: {error}") from None
