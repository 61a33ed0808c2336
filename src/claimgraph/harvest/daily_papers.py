"""Hugging Face Daily Papers (``{hub}/api/daily_papers``): the JSON list, as papers.

Plain HTTP for one GET rather than ``huggingface_hub``, which would keep only one of the two
dates an item carries.  A period is a day (``2026-12-04``), an ISO week (``2026-W49``) or a
month (``2026-11``); the API takes each as it is (``date=``, ``week=``, ``month=``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from claimgraph.harvest.http import MalformedResponse
from claimgraph.records import Paper
from claimgraph.sources import ARXIV_ID, arxiv_paper, clean_text

__all__ = ["PAGE_SIZE", "DailyPage", "Period", "parse_daily_papers", "parse_period"]

PAGE_SIZE = 50

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Period:
    """A day, an ISO week or a month of Daily Papers, with the days it covers."""

    kind: str
    """``date``, ``week`` or ``month``: the API parameter."""
    text: str
    first: date
    last: date


def parse_period(kind: str, text: str) -> Period:
    """``("week", "2026-W49")`` -> the Period; raises ``ValueError`` with a one-line reason."""
    text = text.strip()
    if kind == "date":
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from None
        return Period(kind, day.isoformat(), day, day)
    if kind == "week":
        week = _WEEK.fullmatch(text)
        try:
            if week is None:
                raise ValueError
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            raise ValueError(f"not an ISO week (YYYY-Www, e.g. 2026-W49): {text!r}") from None
        return Period(kind, text, monday, monday + timedelta(days=6))
    if kind == "month":
        month = _MONTH.fullmatch(text)
        try:
            if month is None:
                raise ValueError
            first = date(int(month[1]), int(month[2]), 1)
        except ValueError:
            raise ValueError(f"not a month (YYYY-MM): {text!r}") from None
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return Period(kind, text, first, following - timedelta(days=1))
    raise ValueError(f"unknown period kind {kind!r}; expected date, week or month")


@dataclass
class DailyPage:
    papers: list[Paper] = field(default_factory=list)
    items: int = 0
    """Items in the answer (papers plus those skipped): a full page means another may follow."""
    problems: list[str] = field(default_factory=list)


def parse_daily_papers(text: str) -> DailyPage:
    """One answer of the API; raises :class:`MalformedResponse` when it is not a JSON list."""
    if text.lstrip()[:1] == "<":
        raise MalformedResponse("an HTML page, not JSON (an error page?)")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else type(error).__name__
        raise MalformedResponse(f"malformed JSON: {reason}") from None
    if not isinstance(value, list):
        raise MalformedResponse("JSON answer is not a list of papers")
    page = DailyPage(items=len(value))
    for number, item in enumerate(value, start=1):
        paper = _item_paper(item)
        if isinstance(paper, str):
            page.problems.append(f"item {number}: {paper}; skipped")
        else:
            page.papers.append(paper)
    return page


def _item_paper(item: Any) -> Paper | str:
    inner = item.get("paper") if isinstance(item, dict) else None
    if not isinstance(inner, dict):
        return "no paper object"
    raw_id = inner.get("id")
    match = ARXIV_ID.fullmatch(raw_id.strip()) if isinstance(raw_id, str) else None
    if match is None:
        return f"paper id {raw_id!r} is not an arXiv id"
    arxiv_id = match[1]
    title = inner.get("title", item.get("title"))
    abstract = inner.get("summary", item.get("summary"))
    if not isinstance(title, str) or not clean_text(title):
        return f"paper {arxiv_id} has no title"
    if not isinstance(abstract, str) or not clean_text(abstract):
        return f"paper {arxiv_id} has no abstract"
    published = inner.get("publishedAt")
    day: str | None = None
    if published is not None:
        try:
            day = datetime.fromisoformat(str(published).replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            return f"paper {arxiv_id}: unknown date format {published!r}"
    authors = inner.get("authors")
    names: tuple[str, ...] = ()
    if isinstance(authors, list):
        names = tuple(
            clean_text(a["name"])
            for a in authors
            if isinstance(a, dict) and isinstance(a.get("name"), str) and clean_text(a["name"])
        )
    organization = item.get("organization") or inner.get("organization")
    org_name: str | None = None
    if isinstance(organization, dict):
        name = organization.get("fullname") or organization.get("name")
        org_name = clean_text(name) or None if isinstance(name, str) else None
    return arxiv_paper(
        arxiv_id,
        title=clean_text(title),
        abstract=clean_text(abstract),
        date=day,
        authors=names,
        organization=org_name,
    )
