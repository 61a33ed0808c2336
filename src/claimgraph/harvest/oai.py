"""arXiv OAI-PMH: ``ListRecords`` pages in the ``arXivRaw`` format, as papers.

OAI-PMH selects records by their last change (``from`` is a datestamp), not by submission,
and exposes only the latest version of each paper with its whole version history.  So a
page gives every record that changed, and :func:`wanted` keeps the ones first submitted
(version 1) on or after the harvest's date in one of its categories.  Deleted records
(``<header status="deleted">``) are counted and skipped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime

from claimgraph.harvest.http import MalformedResponse, parse_xml
from claimgraph.records import Paper
from claimgraph.sources import ARXIV_ID, arxiv_paper, clean_text

__all__ = [
    "METADATA_PREFIX",
    "OaiPage",
    "list_records_params",
    "oai_sets",
    "parse_list_records",
    "resume_params",
    "wanted",
]

METADATA_PREFIX = "arXivRaw"
_OAI = "{http://www.openarchives.org/OAI/2.0/}"
_RAW = "{http://arxiv.org/OAI/arXivRaw/}"

_PHYSICS_ARCHIVES = frozenset(
    "astro-ph cond-mat gr-qc hep-ex hep-lat hep-ph hep-th math-ph nlin nucl-ex nucl-th "
    "physics quant-ph".split()
)


class BadResumptionToken(MalformedResponse):
    """The service no longer knows the token (it expired): the listing must start over."""


@dataclass
class OaiPage:
    response_date: str
    """The server's ``responseDate`` (ISO 8601): the next incremental run starts there."""
    papers: list[Paper] = field(default_factory=list)
    deleted: int = 0
    token: str | None = None
    """The resumption token of the next page; ``None`` on the last page."""
    problems: list[str] = field(default_factory=list)
    """Records that were skipped, one line each (an unknown date format, no abstract)."""


def oai_sets(categories: Iterable[str]) -> list[str]:
    """The OAI sets that hold these categories: ``cs.DC`` and ``cs.LG`` are both in ``cs``,
    ``hep-th`` is in ``physics:hep-th``; sorted, each once."""
    sets: set[str] = set()
    for category in categories:
        archive = category.split(".", 1)[0]
        sets.add(f"physics:{archive}" if archive in _PHYSICS_ARCHIVES else archive)
    return sorted(sets)


def list_records_params(set_spec: str, from_date: str) -> dict[str, str | int]:
    return {
        "verb": "ListRecords",
        "metadataPrefix": METADATA_PREFIX,
        "set": set_spec,
        "from": from_date,
    }


def resume_params(token: str) -> dict[str, str | int]:
    """The next page asks for the token alone, as OAI-PMH requires."""
    return {"verb": "ListRecords", "resumptionToken": token}


def wanted(paper: Paper, categories: Iterable[str], since: str) -> bool:
    """First submitted on or after ``since`` (``paper.date`` is the version-1 date) and in
    one of ``categories`` (an archive such as ``cs`` takes all of its categories)."""
    if paper.date is None or paper.date < since:
        return False
    return any(
        own == category or own.startswith(category + ".")
        for own in paper.categories
        for category in categories
    )


def parse_list_records(text: str) -> OaiPage:
    """One ``ListRecords`` answer; raises :class:`MalformedResponse` when it is not one."""
    root = parse_xml(text)
    if root.tag != f"{_OAI}OAI-PMH":
        raise MalformedResponse(f"not an OAI-PMH answer (root element {_local(root.tag)!r})")
    response_date = (root.findtext(f"{_OAI}responseDate") or "").strip()
    if not response_date:
        raise MalformedResponse("OAI-PMH answer without a responseDate")
    page = OaiPage(response_date=response_date)
    error = root.find(f"{_OAI}error")
    if error is not None:
        code = error.get("code", "")
        if code == "noRecordsMatch":
            return page
        message = f"OAI-PMH error {code}: {' '.join((error.text or '').split())}"
        if code == "badResumptionToken":
            raise BadResumptionToken(message)
        raise MalformedResponse(message)
    listing = root.find(f"{_OAI}ListRecords")
    if listing is None:
        raise MalformedResponse("OAI-PMH answer without ListRecords")
    for record in listing.findall(f"{_OAI}record"):
        header = record.find(f"{_OAI}header")
        if header is not None and header.get("status") == "deleted":
            page.deleted += 1
            continue
        paper_or_problem = _record_paper(record)
        if isinstance(paper_or_problem, str):
            page.problems.append(paper_or_problem)
        else:
            page.papers.append(paper_or_problem)
    token = listing.find(f"{_OAI}resumptionToken")
    if token is not None and (token.text or "").strip():
        page.token = (token.text or "").strip()
    return page


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _record_paper(record: ET.Element) -> Paper | str:
    raw = record.find(f"{_OAI}metadata/{_RAW}arXivRaw")
    identifier = (record.findtext(f"{_OAI}header/{_OAI}identifier") or "").strip()
    if raw is None:
        return f"record {identifier or '?'}: no arXivRaw metadata; skipped"
    arxiv_id = (raw.findtext(f"{_RAW}id") or "").strip()
    match = ARXIV_ID.fullmatch(arxiv_id)
    if match is None:
        return f"record {identifier or '?'}: {arxiv_id!r} is not an arXiv id; skipped"
    arxiv_id = match[1]
    versions: dict[int, str] = {}
    for version in raw.findall(f"{_RAW}version"):
        number = (version.get("version") or "").lstrip("v")
        if number.isdigit():
            versions[int(number)] = (version.findtext(f"{_RAW}date") or "").strip()
    if 1 not in versions:
        return f"record {arxiv_id}: no version 1 with a date; skipped"
    submitted = _rfc822_date(versions[1])
    if submitted is None:
        return f"record {arxiv_id}: unknown date format {versions[1]!r}; skipped"
    title = clean_text(raw.findtext(f"{_RAW}title") or "")
    abstract = clean_text(raw.findtext(f"{_RAW}abstract") or "")
    if not title or not abstract:
        return f"record {arxiv_id}: no {'title' if not title else 'abstract'}; skipped"
    latest = max(versions)
    authors = clean_text(raw.findtext(f"{_RAW}authors") or "")
    names = tuple(
        n for n in (clean_text(a) for a in authors.replace(" and ", ", ").split(",")) if n
    )
    return arxiv_paper(
        arxiv_id,
        title=title,
        abstract=abstract,
        date=submitted.isoformat(),
        authors=names,
        arxiv_version=latest,
        categories=tuple((raw.findtext(f"{_RAW}categories") or "").split()),
    )


def _rfc822_date(text: str) -> date | None:
    """``Mon, 07 Oct 2024 10:45:05 GMT`` -> 2024-10-07; None for anything else."""
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
