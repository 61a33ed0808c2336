"""A claim as a person reads it, counts and dates: claimgraph.phrasing."""

from __future__ import annotations

import pytest

from claimgraph.phrasing import claim_phrase, count, readable_date


@pytest.mark.parametrize(
    ("value", "value_max", "unit", "qualifier", "metric", "phrase"),
    [
        (3.7, None, "x", None, "latency", "3.7x lower latency"),
        (2.0, None, "x", None, "throughput", "2x higher throughput"),
        (51.0, None, "%", None, "memory", "51% less memory"),
        (1.8, None, "x", None, "speedup", "1.8x faster"),
        (8.33, None, "x", "up_to", "speedup", "up to 8.33x faster"),
        (2.0, None, "x", "approx", "speedup", "about 2x faster"),
        (1.58, None, "x", "average", "speedup", "1.58x faster on average"),
        (90.0, None, "%", "at_least", "latency", "at least 90% lower latency"),
        (1.18, 1.22, "x", None, "speedup", "1.18-1.22x faster"),
        (3.0, None, "%", None, "accuracy", "3% better accuracy"),
        (10.0, None, "x", None, "parameters", "10x fewer parameters"),
        (1.5, None, "x", None, "other", "1.5x better"),
        (0.8, None, "x", None, "latency", "0.8x on latency"),
        (-5.0, None, "%", None, "throughput", "-5% on throughput"),
        (0.9, 1.7, "x", None, "speedup", "0.9-1.7x faster"),
    ],
)
def test_claim_phrase(
    value: float,
    value_max: float | None,
    unit: str,
    qualifier: str | None,
    metric: str,
    phrase: str,
) -> None:
    assert claim_phrase(value, value_max, unit, qualifier, metric) == phrase


def test_count() -> None:
    assert [count(n, "paper") for n in (0, 1, 2)] == ["0 papers", "1 paper", "2 papers"]
    assert count(1, "chain") == "1 chain"
    assert count(3, "analysis", "analyses") == "3 analyses"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("--10-01", "Oct 1 (year unknown)"),
        ("--02-29", "Feb 29 (year unknown)"),
        ("2023-07-17", "2023-07-17"),
        ("--13-01", "--13-01"),
    ],
)
def test_readable_date(stored: str, shown: str) -> None:
    assert readable_date(stored) == shown
