"""The typed records that cross stages: sources -> extraction -> RDF -> store -> queries."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BaselineKind = Literal["named", "generic", "none"]
Unit = Literal["x", "%"]
Qualifier = Literal["up_to", "average", "at_least", "approx"]

METRICS = (
    "speedup",
    "throughput",
    "latency",
    "memory",
    "communication",
    "cost",
    "compute",
    "parameters",
    "accuracy",
    "other",
)
QUALIFIERS = ("up_to", "average", "at_least", "approx")


@dataclass(frozen=True)
class Provenance:
    """Where a harvested paper came from (written as PROV triples in its graph)."""

    source: str
    """The service: ``arxiv-oai``, ``arxiv-api`` or ``daily-papers``."""
    record_url: str
    """A URL that gives back this one record (``prov:wasDerivedFrom``)."""
    fetched_at: str
    """When it was fetched, ISO 8601 in UTC (``prov:generatedAtTime``)."""
    harvest: str
    """The id of the harvest that fetched it (its ``prov:Activity``)."""


@dataclass(frozen=True)
class Paper:
    """One paper as read from an input file or fetched by a harvest."""

    id: str
    title: str
    abstract: str
    date: str | None = None
    """ISO ``YYYY-MM-DD`` with a year, else ``--MM-DD`` (xsd:gMonthDay)."""
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    organization: str | None = None
    url: str | None = None
    source: str | None = None
    """Where the paper was read from, as ``path:line`` (or the request, for a harvest)."""
    arxiv_id: str | None = None
    """The arXiv identifier without version ("2501.00001", "cs/0112017")."""
    arxiv_version: int | None = None
    """The arXiv version the text is from (2 for "v2"); ``None`` when the source does not say."""
    categories: tuple[str, ...] = ()
    """arXiv categories ("cs.DC", "cs.LG"), primary first."""
    provenance: Provenance | None = None


@dataclass(frozen=True)
class SourceProblem:
    """An input that could not be read, with the place to look."""

    path: str
    line: int | None
    message: str
    skipped: bool = True
    """Whether something was left out (a file, a line, a record); ``False`` for a note on
    an input that was still read ("NUL byte read as a space", "authors ignored")."""

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Claim:
    """One comparative numeric claim, with the field names of CLAIMS.md."""

    paper: str
    subject: str
    baseline: str | None
    baseline_kind: BaselineKind
    value: float
    value_max: float | None
    unit: Unit
    qualifier: Qualifier | None
    metric: str
    context: str | None
    sentence: str
    start: int
    """Character offset of ``sentence`` in the paper's abstract."""
    end: int
    confidence: float = 1.0
    evidence: str = ""
    """How the extractor found each argument ("value=unit baseline=following subject=own
    metric=named"); ``confidence`` is computed from it."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PaperClaims:
    """A paper together with the claims extracted from it.

    ``abbreviations`` maps each short form the abstract defines to its long form
    ("MoE" -> "Mixture-of-Experts"): the short form is an alias of the long one.
    """

    paper: Paper
    claims: list[Claim] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
