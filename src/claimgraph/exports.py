"""Bulk exports: every claim as CSV or JSON Lines, and the store's RDF as N-Quads or Turtle.

A *selection* (:class:`Selection`) narrows both to the claims of one metric and/or the
systems within some claims of one system, as ``claimgraph export --metric/--system/--depth``
choose them; the comparison graph (:mod:`claimgraph.graph`) is narrowed the same way.

The RDF of a selection is exact: for each paper with a selected claim, the paper's own
triples, the selected claims' triples, the systems those claims name and their
``cg:beats`` links; a paper's other claims are left out.  Without a selection the
N-Quads are the store's quads as they are (one named graph per paper) and the Turtle is
the union of the paper graphs (Turtle has no named graphs; a system named by several
papers is written once).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from typing import IO, Literal, get_args

import networkx as nx
import pyoxigraph as ox

from claimgraph.graph import neighbourhood
from claimgraph.lookup import ClaimRow, claim_row, resolve_system
from claimgraph.queries import load_query, optional_str, run_query
from claimgraph.rdf import CG, RDF

__all__ = [
    "CLAIM_FORMATS",
    "RDF_FORMATS",
    "ClaimFormat",
    "ExportedClaim",
    "RdfFormat",
    "Selection",
    "exported_claims",
    "select",
    "select_graph",
    "write_claims",
    "write_rdf",
]

ClaimFormat = Literal["csv", "jsonl"]
CLAIM_FORMATS: tuple[str, ...] = get_args(ClaimFormat)
RdfFormat = Literal["nq", "ttl"]
RDF_FORMATS: tuple[str, ...] = get_args(RdfFormat)


@dataclass(frozen=True)
class ExportedClaim(ClaimRow):
    """One stored claim with every field of CLAIMS.md and its paper (:class:`ClaimRow`;
    ``paper_date`` is ``--MM-DD`` when the year is unknown), then its source and confidence."""

    source: str | None
    """The paper's URL, when the input gave one (or its arXiv id made one)."""
    confidence: float
    claim: str
    """The claim's IRI."""


FIELDS = tuple(f.name for f in fields(ExportedClaim))


@dataclass(frozen=True)
class Selection:
    """Which claims an export keeps: ``None`` everywhere keeps every claim."""

    metric: str | None = None
    systems: frozenset[str] | None = None
    """System keys: a claim is kept when its subject or named baseline is one of them."""

    @property
    def everything(self) -> bool:
        return self.metric is None and self.systems is None


def select(
    store: ox.Store, *, metric: str | None = None, system: str | None = None, depth: int = 1
) -> Selection:
    """The selection of ``claimgraph export``: claims of ``metric``, and claims that touch
    the systems within ``depth`` claims (of that metric) of ``system``.  Raises
    :class:`~claimgraph.lookup.SystemNameError` for a name that is no system."""
    if system is None:
        return Selection(metric=metric)
    from claimgraph.graph import comparison_graph

    key = resolve_system(store, system)
    graph = select_graph(comparison_graph(store), Selection(metric=metric))
    if key not in graph:
        return Selection(metric=metric, systems=frozenset({key}))
    return Selection(metric=metric, systems=frozenset(neighbourhood(graph, key, depth)))


def select_graph(graph: nx.MultiDiGraph, selection: Selection) -> nx.MultiDiGraph:
    """The comparison graph narrowed to the selected claims (and systems, when chosen)."""
    if selection.everything:
        return graph
    kept = nx.MultiDiGraph(name=graph.name)
    nodes = graph.nodes if selection.systems is None else selection.systems & set(graph.nodes)
    kept.add_nodes_from((node, graph.nodes[node]) for node in nodes)
    for source, target, key, data in graph.edges(keys=True, data=True):
        if source in kept and target in kept and selection.metric in (None, data.get("metric")):
            kept.add_edge(source, target, key=key, **data)
    return kept


def exported_claims(store: ox.Store, selection: Selection | None = None) -> Iterator[ExportedClaim]:
    """Every claim of the store (or of ``selection``), by paper and place in the abstract."""
    selection = selection or Selection()
    for row in run_query(store, load_query("claims")).to_dicts():
        if selection.metric is not None and row["metric"] != selection.metric:
            continue
        if selection.systems is not None and not (
            {row["subject_key"], row["baseline_key"]} & selection.systems
        ):
            continue
        shown = claim_row(row)
        if shown is None:
            continue
        yield ExportedClaim(
            **asdict(shown),
            source=optional_str(row["source"]),
            confidence=float(row["confidence"] or 0.0),
            claim=str(row["claim"]),
        )


def write_claims(
    store: ox.Store, fmt: ClaimFormat, stream: IO[str], selection: Selection | None = None
) -> int:
    """Write the claims as ``csv`` (a header row, an empty cell for a missing value) or
    ``jsonl`` (one object a line, ``null`` for a missing value); return how many."""
    if fmt not in CLAIM_FORMATS:
        raise ValueError(f"unknown claim format {fmt!r}; expected one of {CLAIM_FORMATS}")
    written = 0
    writer = csv.writer(stream, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writerow(FIELDS)
    for claim in exported_claims(store, selection):
        if writer is not None:
            writer.writerow(["" if v is None else v for v in asdict(claim).values()])
        else:
            stream.write(json.dumps(asdict(claim), ensure_ascii=False) + "\n")
        written += 1
    return written


_RDF = {"nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE}
_PREFIXES = {
    "cg": CG.iri,
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _selected_quads(store: ox.Store, selection: Selection) -> Iterator[ox.Quad]:
    wanted = {claim.claim for claim in exported_claims(store, selection)}
    graphs: set[ox.NamedNode] = set()
    for iri in wanted:
        for quad in store.quads_for_pattern(ox.NamedNode(iri), CG.subject, None, None):
            if isinstance(quad.graph_name, ox.NamedNode):
                graphs.add(quad.graph_name)
    for graph in sorted(graphs, key=lambda g: g.value):
        quads = list(store.quads_for_pattern(None, None, None, graph))
        claims = {q.subject for q in quads if q.predicate == RDF.type and q.object == CG.Claim}
        kept = {c for c in claims if isinstance(c, ox.NamedNode) and c.value in wanted}
        roles = {
            (q.subject, q.predicate): q.object
            for q in quads
            if q.subject in kept and q.predicate in (CG.subject, CG.baseline)
        }
        named = set(roles.values())
        links = {
            (roles[(c, CG.subject)], roles[(c, CG.baseline)])
            for c in kept
            if (c, CG.baseline) in roles
        }
        systems = {q.subject for q in quads if q.predicate == CG.key}
        for quad in quads:
            if quad.subject in claims:
                keep = quad.subject in kept
            elif quad.subject in systems:
                keep = quad.subject in named and (
                    quad.predicate != CG.beats or (quad.subject, quad.object) in links
                )
            else:  # the paper's own triples
                keep = True
            if keep:
                yield quad


def write_rdf(
    store: ox.Store, fmt: RdfFormat, stream: IO[bytes], selection: Selection | None = None
) -> int:
    """Write the store's RDF (or the selection's, see the module docstring) as ``nq``
    (N-Quads, one named graph per paper) or ``ttl`` (Turtle, the union of the graphs);
    return the number of quads (``nq``) or distinct triples (``ttl``) written."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {RDF_FORMATS}")
    selection = selection or Selection()
    quads: Iterator[ox.Quad] = (
        iter(store.quads_for_pattern(None, None, None, None))
        if selection.everything
        else _selected_quads(store, selection)
    )
    if fmt == "nq":
        kept = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
        ox.serialize(kept, stream, _RDF[fmt])
        return len(kept)
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    ox.serialize(triples, stream, _RDF[fmt], prefixes=_PREFIXES)
    return len(triples)
