"""The whole path in one call: files -> papers -> claims -> store.

The CLI commands ``extract`` and ``ingest`` are thin layers over these functions.
spaCy is imported only when extraction actually runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from claimgraph.names import AliasTable
from claimgraph.rdf import CG, InvalidRecord, paper_iri
from claimgraph.records import Paper, PaperClaims, SourceProblem
from claimgraph.resources import shipped
from claimgraph.sources import SourceReport, paper_id_for_title, read_papers
from claimgraph.store import IngestSummary, ingest

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["IngestReport", "bundled_corpus", "extract", "ingest_paths"]


def bundled_corpus() -> Path:
    """The folder of Daily Papers dumps that ships with claimgraph."""
    return Path(str(shipped("data")))


def extract(
    papers: Iterable[Paper],
    *,
    min_confidence: float = 0.0,
    nlp: Language | None = None,
    workers: int = 1,
) -> Iterator[PaperClaims]:
    """Claims of each paper, in input order (``workers`` > 1: in that many processes)."""
    from claimgraph.extraction import extract_papers

    yield from extract_papers(papers, nlp, min_confidence=min_confidence, workers=workers)


@dataclass
class IngestReport:
    """What an ingest did: what was read, what was written, and every problem on the way."""

    sources: SourceReport
    summary: IngestSummary
    problems: list[SourceProblem] = field(default_factory=list)
    kept_as_stored: int = 0
    """Papers left out because the store holds a better copy: a title-only paper (from a dump)
    that a harvest stored under its arXiv id, or an arXiv paper of which it holds a later
    version."""

    @property
    def skipped(self) -> int:
        """Inputs left out (files, lines, records); notes on inputs still read do not count."""
        return sum(problem.skipped for problem in self.problems)


def ingest_paths(
    store: ox.Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    min_confidence: float = 0.0,
    aliases: AliasTable | None = None,
    nlp: Language | None = None,
    workers: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_paper: Callable[[PaperClaims], None] | None = None,
) -> IngestReport:
    """Read ``paths``, extract claims and replace each paper's graph in ``store``.

    Unreadable inputs and records that break the contract become problems in the
    report; everything else is still written, one atomic update per paper.
    """
    sources = read_papers(paths)
    problems = list(sources.problems)
    papers = [paper for paper in sources.papers if not _better_copy_stored(store, paper)]
    if on_start is not None:
        on_start(len(papers))

    def invalid(result: PaperClaims, error: InvalidRecord) -> None:
        where = result.paper.source or result.paper.id
        problems.append(SourceProblem(where, None, f"not stored: {error}"))

    summary = ingest(
        store,
        extract(papers, min_confidence=min_confidence, nlp=nlp, workers=workers),
        aliases,
        on_paper=on_paper,
        on_invalid=invalid,
    )
    return IngestReport(
        sources=sources,
        summary=summary,
        problems=problems,
        kept_as_stored=len(sources.papers) - len(papers),
    )


def _better_copy_stored(store: ox.Store, paper: Paper) -> bool:
    """The store holds this paper in a form that wins over ``paper``: under its arXiv id
    while ``paper`` is known by its title only (its id is made from the title), or in a
    later arXiv version (a copy that does not say its version is not later)."""
    own = paper_iri(paper.id)
    if paper.arxiv_id is None:
        if paper.id != paper_id_for_title(paper.title):
            return False
        return any(
            quad.subject != own
            for quad in store.quads_for_pattern(None, CG.titleId, ox.Literal(paper.id), None)
        )
    stored = [
        int(quad.object.value)
        for quad in store.quads_for_pattern(own, CG.arxivVersion, None, own)
        if isinstance(quad.object, ox.Literal) and quad.object.value.isdigit()
    ]
    return bool(stored) and (paper.arxiv_version is None or paper.arxiv_version < max(stored))
