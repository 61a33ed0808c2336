"""The arXiv API (``/api/query``): Atom pages of a search, as papers.

Plain HTTP rather than the ``arxiv`` package: the package neither honours ``Retry-After``
nor lets the caller see an empty middle page, and both matter here.  Pages are asked
newest change first (``sortBy=lastUpdatedDate``), so an update can stop at the first
entry it has already seen.  The API answers at most :data:`MAX_RESULTS` results per query.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime

from claimgraph.harvest.http import MalformedResponse, parse_xml
from claimgraph.records import Paper
from claimgraph.sources import ARXIV_ID, arxiv_paper, clean_text

__all__ = ["MAX_RESULTS", "PAGE_SIZE", "ApiEntry", "ApiPage", "parse_feed", "search_params"]

MAX_RESULTS = 30_000
"""The most results the API gives for one query (arXiv's user manual)."""
PAGE_SIZE = 100

_ATOM = "{http://www.w3.org/2005/Atom}"
_OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
_ARXIV = "{http://arxiv.org/schemas/atom}"


@dataclass(frozen=True)
class ApiEntry:
    paper: Paper
    updated: str
    """When arXiv last changed the entry (ISO 8601): how far an update has to read."""


@dataclass
class ApiPage:
    total: int
    start: int
    entries: list[ApiEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def search_params(query: str, start: int, size: int) -> dict[str, str | int]:
    return {
        "search_query": query,
        "start": start,
        "max_results": size,
        "sortBy": "lastUpdatedDate",
        "sortOrder": "descending",
    }


def parse_feed(text: str) -> ApiPage:
    """One Atom page; raises :class:`MalformedResponse` for anything else or an API error."""
    root = parse_xml(text)
    if root.tag != f"{_ATOM}feed":
        raise MalformedResponse("not an Atom feed")
    total = _integer(root.findtext(f"{_OPENSEARCH}totalResults"), "totalResults")
    start = _integer(root.findtext(f"{_OPENSEARCH}startIndex"), "startIndex")
    page = ApiPage(total=total, start=start)
    for entry in root.findall(f"{_ATOM}entry"):
        entry_id = (entry.findtext(f"{_ATOM}id") or "").strip()
        if "/api/errors" in entry_id:
            summary = " ".join((entry.findtext(f"{_ATOM}summary") or "").split())
            raise MalformedResponse(f"arXiv API error: {summary or entry_id}")
        parsed = _entry(entry, entry_id)
        if isinstance(parsed, str):
            page.problems.append(parsed)
        else:
            page.entries.append(parsed)
    return page


def _integer(text: str | None, name: str) -> int:
    if text is None or not text.strip().isdigit():
        raise MalformedResponse(f"Atom feed without a valid opensearch:{name}")
    return int(text.strip())


def _entry(entry: ET.Element, entry_id: str) -> ApiEntry | str:
    match = ARXIV_ID.search(entry_id.rpartition("/abs/")[2])
    if match is None:
        return f"entry {entry_id!r}: no arXiv id; skipped"
    arxiv_id, version = match[1], match[2]
    published = (entry.findtext(f"{_ATOM}published") or "").strip()
    updated = (entry.findtext(f"{_ATOM}updated") or "").strip() or published
    try:
        submitted = datetime.fromisoformat(published).date()
        datetime.fromisoformat(updated)
    except ValueError:
        return f"entry {arxiv_id}: unknown date format {published!r}; skipped"
    title = clean_text(entry.findtext(f"{_ATOM}title") or "")
    abstract = clean_text(entry.findtext(f"{_ATOM}summary") or "")
    if not title or not abstract:
        return f"entry {arxiv_id}: no {'title' if not title else 'abstract'}; skipped"
    names = tuple(
        name
        for name in (
            clean_text(a.findtext(f"{_ATOM}name") or "") for a in entry.findall(f"{_ATOM}author")
        )
        if name
    )
    primary = entry.find(f"{_ARXIV}primary_category")
    categories = [c.get("term", "") for c in entry.findall(f"{_ATOM}category")]
    if primary is not None and primary.get("term") in categories:
        categories.remove(primary.get("term", ""))
        categories.insert(0, primary.get("term", ""))
    paper = arxiv_paper(
        arxiv_id,
        title=title,
        abstract=abstract,
        date=submitted.isoformat(),
        authors=names,
        arxiv_version=int(version) if version else None,
        categories=tuple(c for c in categories if c),
    )
    return ApiEntry(paper=paper, updated=updated)
