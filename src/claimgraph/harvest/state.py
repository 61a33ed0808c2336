"""What a harvest is and where it stopped, kept in the store as a ``prov:Activity``.

Each harvest (a source and its parameters) has an id made from exactly those, so running
the same ``claimgraph harvest`` again, or ``claimgraph update``, continues the same harvest.
Its activity and state live in the named graph ``id/harvest/{id}``, rewritten in one atomic
update after each page whose papers are already stored: a harvest killed at any point
resumes from the last page it finished, and re-storing a paper is idempotent.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from claimgraph.rdf import CG, PROV, RDF, RDFS, XSD, harvest_iri

__all__ = [
    "SOURCES",
    "HarvestSpec",
    "HarvestState",
    "load_harvests",
    "load_state",
    "save_state",
    "state_quads",
]

SOURCES = ("arxiv-oai", "arxiv-api", "daily-papers")


@dataclass(frozen=True)
class HarvestSpec:
    """A harvest's source and parameters: what ``claimgraph harvest`` was asked."""

    source: str
    categories: tuple[str, ...] = ()
    since: str | None = None
    """OAI-PMH: the first version-1 date taken (YYYY-MM-DD)."""
    query: str | None = None
    max_results: int | None = None
    period_kind: str | None = None
    """Daily Papers: ``date``, ``week`` or ``month``."""
    period: str | None = None

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"unknown harvest source {self.source!r}")
        object.__setattr__(self, "categories", tuple(sorted(set(self.categories))))

    def parameters(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "categories": list(self.categories),
            "since": self.since,
            "query": self.query,
            "max_results": self.max_results,
            "period_kind": self.period_kind,
            "period": self.period,
        }
        return {k: v for k, v in values.items() if v not in (None, [])}

    @property
    def id(self) -> str:
        """``{source}-`` and 12 hex digits of a hash of the parameters."""
        text = json.dumps([self.source, self.parameters()], sort_keys=True)
        digest = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12]
        return f"{self.source}-{digest}"

    def describe(self) -> str:
        """The command that starts this harvest."""
        if self.source == "arxiv-oai":
            options = " ".join(f"--category {c}" for c in self.categories)
            return f"harvest arxiv {options} --since {self.since}"
        if self.source == "arxiv-api":
            limit = f" --max {self.max_results}" if self.max_results is not None else ""
            return f"harvest arxiv --query {json.dumps(self.query)}{limit}"
        return f"harvest daily-papers --{self.period_kind} {self.period}"

    @classmethod
    def from_parameters(cls, source: str, parameters: dict[str, Any]) -> HarvestSpec:
        return cls(
            source=source,
            categories=tuple(parameters.get("categories", ())),
            since=parameters.get("since"),
            query=parameters.get("query"),
            max_results=parameters.get("max_results"),
            period_kind=parameters.get("period_kind"),
            period=parameters.get("period"),
        )


@dataclass
class HarvestState:
    """Where a harvest stands.  Fields named ``run_*`` belong to the run in progress."""

    spec: HarvestSpec
    endpoint: str = ""
    started_at: str | None = None
    """When the first run started (ISO 8601, UTC)."""
    ended_at: str | None = None
    """When the last run that finished did."""
    complete: bool = False
    """The last run finished: the next one starts afresh from ``resume_from`` and the like."""
    resume_from: str | None = None
    """OAI-PMH: the ``from`` of the next run, the date the last finished run began."""
    run_from: str | None = None
    run_response_date: str | None = None
    token: str | None = None
    """OAI-PMH: the resumption token of the next page of the run in progress."""
    sets_done: tuple[str, ...] = ()
    next_offset: int | None = None
    """arXiv API: the ``start`` of the next page of the run in progress."""
    watermark: str | None = None
    """arXiv API: the newest change seen by the finished runs; an update stops there."""
    run_watermark: str | None = None
    last_date_done: str | None = None
    """Daily Papers: the last day fetched whole (today is never done: it is not over)."""
    retry_dates: tuple[str, ...] = field(default=())
    """Daily Papers: days whose answer could not be read; the next update asks again."""

    def status(self) -> str:
        """One line: where the harvest stands and where the next run starts."""
        parts = [f"last finished {self.ended_at}" if self.ended_at else "never finished"]
        if self.spec.source == "arxiv-oai":
            if self.run_from is not None:
                parts.append("stopped mid-run (at a resumption token)" if self.token else "stopped")
            elif self.resume_from:
                parts.append(f"next from {self.resume_from}")
        elif self.spec.source == "arxiv-api":
            if self.next_offset is not None:
                parts.append(f"stopped mid-run at result {self.next_offset + 1}")
            if self.watermark:
                parts.append(f"seen up to {self.watermark}")
        else:
            if self.last_date_done:
                parts.append(f"last day done {self.last_date_done}")
            if self.retry_dates:
                parts.append(f"to retry: {', '.join(self.retry_dates)}")
        return "; ".join(parts)


_TEXT_FIELDS = {
    "resume_from": CG.resumeFrom,
    "run_from": CG.runFrom,
    "run_response_date": CG.runResponseDate,
    "token": CG.resumptionToken,
    "watermark": CG.watermark,
    "run_watermark": CG.runWatermark,
}


def state_quads(state: HarvestState) -> list[ox.Quad]:
    """The harvest's graph: the ``prov:Activity`` with its parameters, and its state."""
    spec = state.spec
    h = harvest_iri(spec.id)
    triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = [
        (h, RDF.type, PROV.Activity),
        (h, RDF.type, CG.Harvest),
        (h, RDFS.label, ox.Literal(spec.describe())),
        (h, CG.harvestSource, ox.Literal(spec.source)),
        (h, CG.parameters, ox.Literal(json.dumps(spec.parameters(), sort_keys=True))),
        *((h, CG.category, ox.Literal(c)) for c in spec.categories),
    ]
    if spec.since is not None:
        triples.append((h, CG.since, ox.Literal(spec.since, datatype=XSD.date)))
    if spec.query is not None:
        triples.append((h, CG.query, ox.Literal(spec.query)))
    if spec.max_results is not None:
        triples.append((h, CG.maxResults, ox.Literal(spec.max_results)))
    if spec.period is not None:
        triples.append((h, CG.period, ox.Literal(spec.period)))
    if state.endpoint:
        triples.append((h, PROV.used, ox.NamedNode(state.endpoint)))
    if state.started_at is not None:
        triples.append((h, PROV.startedAtTime, _datetime(state.started_at)))
    if state.ended_at is not None:
        triples.append((h, PROV.endedAtTime, _datetime(state.ended_at)))
    triples.append((h, CG.complete, ox.Literal(state.complete)))
    for name, predicate in _TEXT_FIELDS.items():
        value = getattr(state, name)
        if value is not None:
            triples.append((h, predicate, ox.Literal(value)))
    triples += [(h, CG.setDone, ox.Literal(s)) for s in state.sets_done]
    if state.next_offset is not None:
        triples.append((h, CG.nextOffset, ox.Literal(state.next_offset)))
    if state.last_date_done is not None:
        triples.append((h, CG.lastDateDone, ox.Literal(state.last_date_done, datatype=XSD.date)))
    triples += [(h, CG.retryDate, ox.Literal(d, datatype=XSD.date)) for d in state.retry_dates]
    return [ox.Quad(s, p, o, h) for s, p, o in triples]


def _datetime(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=XSD.dateTime)


def save_state(store: ox.Store, state: HarvestState) -> None:
    """Replace the harvest's graph by ``state``, in one atomic update."""
    from claimgraph.store import replace_graph

    replace_graph(store, harvest_iri(state.spec.id), state_quads(state))


def load_state(store: ox.Store, spec: HarvestSpec) -> HarvestState | None:
    return _state_from_graph(store, harvest_iri(spec.id))


def load_harvests(store: ox.Store) -> list[HarvestState]:
    """Every harvest the store knows, in order of their first run."""
    graphs = {q.graph_name for q in store.quads_for_pattern(None, RDF.type, CG.Harvest, None)}
    states = [
        state
        for graph in graphs
        if isinstance(graph, ox.NamedNode)
        and (state := _state_from_graph(store, graph)) is not None
    ]
    return sorted(states, key=lambda s: (s.started_at or "", s.spec.id))


def _state_from_graph(store: ox.Store, h: ox.NamedNode) -> HarvestState | None:
    values: dict[str, list[str]] = {}
    for quad in store.quads_for_pattern(h, None, None, h):
        if isinstance(quad.object, ox.NamedNode | ox.Literal):
            values.setdefault(quad.predicate.value, []).append(quad.object.value)
    if not values:
        return None

    def one(predicate: ox.NamedNode) -> str | None:
        found = values.get(predicate.value)
        return min(found) if found else None

    source, parameters = one(CG.harvestSource), one(CG.parameters)
    if source is None or parameters is None:
        return None
    try:
        spec = HarvestSpec.from_parameters(source, json.loads(parameters))
    except (ValueError, TypeError):
        return None
    offset = one(CG.nextOffset)
    state = HarvestState(
        spec=spec,
        endpoint=one(PROV.used) or "",
        started_at=one(PROV.startedAtTime),
        ended_at=one(PROV.endedAtTime),
        complete=one(CG.complete) == "true",
        sets_done=tuple(sorted(values.get(CG.setDone.value, []))),
        next_offset=int(offset) if offset is not None and offset.isdigit() else None,
        last_date_done=one(CG.lastDateDone),
        retry_dates=tuple(sorted(values.get(CG.retryDate.value, []))),
    )
    for name, predicate in _TEXT_FIELDS.items():
        setattr(state, name, one(predicate))
    return state
