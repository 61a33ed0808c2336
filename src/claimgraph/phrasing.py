"""Wording for people: a claim as a person reads it, a count with its noun, a date.

One function per phrase, used by every command and picture that shows one (lookup,
compare, contradictions, rank, the HTML page, the SVG/PNG pictures), so that a claim
reads the same wherever it is shown.
"""

from __future__ import annotations

import re

__all__ = ["claim_phrase", "count", "readable_date"]

# What a factor or a percentage *of the subject over the baseline* means on each metric.
# Claims are stored as wins of the subject (CLAIMS.md), so "3.7x" on latency is 3.7x lower.
_BETTER: dict[str, str] = {
    "speedup": "faster",
    "throughput": "higher throughput",
    "latency": "lower latency",
    "memory": "less memory",
    "communication": "less communication",
    "cost": "lower cost",
    "compute": "less compute",
    "parameters": "fewer parameters",
    "accuracy": "better accuracy",
    "other": "better",
}
_BEFORE = {"up_to": "up to ", "approx": "about ", "at_least": "at least "}
_AFTER = {"average": " on average"}


def _number(value: float) -> str:
    return f"{value:g}"


def claim_phrase(
    value: float,
    value_max: float | None,
    unit: str,
    qualifier: str | None,
    metric: str,
) -> str:
    """ "3.7x lower latency", "up to 2x higher throughput", "about 51% less memory",
    "1.18-1.22x faster", "1.58x faster on average".

    A value that is a loss as written (a factor below 1, a negative percentage) is
    not turned into a win: it reads "0.8x on latency".
    """
    amount = _number(value)
    if value_max is not None:
        amount += f"-{_number(value_max)}"
    amount += unit
    high = value if value_max is None else value_max
    is_loss = (unit == "x" and high < 1) or (unit != "x" and high < 0)
    if is_loss or metric not in _BETTER:
        words = f"{amount} on {metric}"
    else:
        words = f"{amount} {_BETTER[metric]}"
    return f"{_BEFORE.get(qualifier or '', '')}{words}{_AFTER.get(qualifier or '', '')}"


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``1 paper``, ``2 papers``, ``0 papers`` (``plural`` for nouns not made with -s)."""
    if number == 1:
        return f"{number} {noun}"
    return f"{number} {plural or noun + 's'}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")


def readable_date(value: str) -> str:
    """``2023-07-17`` as it is; a date without a year (``--10-01``, xsd:gMonthDay) as
    ``Oct 1 (year unknown)``; anything else unchanged."""
    match = _NO_YEAR.fullmatch(value)
    if match is None or not 1 <= int(match[1]) <= 12:
        return value
    return f"{_MONTHS[int(match[1]) - 1]} {int(match[2])} (year unknown)"
