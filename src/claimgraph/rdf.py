"""RDF: one paper and its claims as quads in the paper's own named graph.

The vocabulary is ``ontology/claimgraph.ttl``; every graph written here passes the
SHACL shapes of ``ontology/shapes.ttl`` (see :func:`validate`).  Output is
deterministic: the same :class:`~claimgraph.records.PaperClaims` always gives the
same quads in the same order, so re-ingesting an input reproduces the same IRIs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox

from claimgraph.names import AliasTable, default_aliases, name_key
from claimgraph.records import METRICS, QUALIFIERS, Claim, Paper, PaperClaims
from claimgraph.resources import shipped_text
from claimgraph.sources import paper_id_for_title

if TYPE_CHECKING:
    import rdflib

__all__ = [
    "shapes_graph",
    "to_rdflib_term",
    "CG",
    "DCTERMS",
    "ID",
    "InvalidRecord",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "Namespace",
    "claim_iri",
    "harvest_iri",
    "metric_iri",
    "paper_iri",
    "paper_quads",
    "system_iri",
    "to_nquads",
    "to_rdflib",
    "validate",
]


class Namespace:
    """An IRI prefix; ``CG["beats"]`` or ``CG.beats`` is the :class:`pyoxigraph.NamedNode`."""

    __slots__ = ("iri",)

    def __init__(self, iri: str) -> None:
        self.iri = iri

    def __getitem__(self, local: str) -> ox.NamedNode:
        return ox.NamedNode(self.iri + local)

    def __getattr__(self, local: str) -> ox.NamedNode:
        if local.startswith("__"):
            raise AttributeError(local)
        return self[local]

    def __str__(self) -> str:
        return self.iri

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"


CG = Namespace("https://w3id.org/claimgraph/ns#")
ID = Namespace("https://w3id.org/claimgraph/id/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")

_A = RDF.type
_BASELINE_KINDS = ("named", "generic", "none")
_UNITS = ("x", "%")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


class InvalidRecord(ValueError):
    """A paper or claim that breaks the record contract (CLAIMS.md) and would fail the shapes."""


def paper_iri(paper_id: str) -> ox.NamedNode:
    """The paper node, which is also the name of the paper's graph."""
    if not paper_id:
        raise InvalidRecord("a paper needs a non-empty id")
    return ID[f"paper/{quote(paper_id, safe='')}"]


def harvest_iri(harvest_id: str) -> ox.NamedNode:
    """The ``prov:Activity`` of one harvest, which is also the name of the graph of its state."""
    if not harvest_id:
        raise InvalidRecord("a harvest needs a non-empty id")
    return ID[f"harvest/{quote(harvest_id, safe='')}"]


def system_iri(key: str) -> ox.NamedNode:
    """The system node shared by every paper that names the system (``key`` from ``name_key``)."""
    if not key:
        raise InvalidRecord("a system needs a non-empty key")
    return ID[f"system/{quote(key, safe='')}"]


def claim_iri(paper_id: str, n: int) -> ox.NamedNode:
    """The ``n``-th claim (1-based, in ``PaperClaims.claims`` order) of a paper."""
    if not paper_id:
        raise InvalidRecord("a paper needs a non-empty id")
    return ID[f"claim/{quote(paper_id, safe='')}/{n}"]


def metric_iri(metric: str) -> ox.NamedNode:
    """``cg:speedup``, ``cg:latency``, ... (one of ``records.METRICS``)."""
    if metric not in METRICS:
        raise InvalidRecord(f"unknown metric {metric!r}; expected one of {', '.join(METRICS)}")
    return CG[metric]


@dataclass
class _System:
    key: str
    label: str
    alt_labels: list[str] = field(default_factory=list)

    def add_alt(self, spelling: str) -> None:
        spelling = spelling.strip()
        if spelling and spelling != self.label and spelling not in self.alt_labels:
            self.alt_labels.append(spelling)


class _Systems:
    """The systems one paper mentions, resolved through its abbreviations and the alias table."""

    def __init__(self, result: PaperClaims, aliases: AliasTable) -> None:
        self._aliases = aliases
        self._abbreviations = {
            short.strip(): long.strip()
            for short, long in result.abbreviations.items()
            if name_key(short) and name_key(long)
        }
        self._long_by_short_key: dict[str, str] = {}
        for short, long in self._abbreviations.items():
            self._long_by_short_key.setdefault(name_key(short), long)
        self.by_key: dict[str, _System] = {}

    def _resolve(self, name: str) -> tuple[str, str, tuple[str, ...]]:
        resolved = self._aliases.resolve(name)
        # A name without ASCII letters or digits ("模型") has an empty name_key; fall
        # back to its lower-cased spelling so that it still gets a node of its own.
        key = resolved.key or " ".join(name.lower().split())
        return key, resolved.label, resolved.aliases

    def add(self, name: str) -> ox.NamedNode:
        name = name.strip()
        long = self._abbreviations.get(name) or self._long_by_short_key.get(name_key(name))
        key, label, aliases = self._resolve(long if long is not None else name)
        system = self.by_key.get(key)
        if system is None:
            system = self.by_key[key] = _System(key=key, label=label)
        for alias in aliases:
            system.add_alt(alias)
        system.add_alt(name)
        if long is not None:
            system.add_alt(long)
        return system_iri(key)

    def finish(self) -> None:
        """Add every short form the paper defines for one of these systems' long forms."""
        for short, long in self._abbreviations.items():
            system = self.by_key.get(self._resolve(long)[0])
            if system is not None:
                system.add_alt(short)


def _check_claim(claim: Claim, where: str) -> None:
    problems: list[str] = []
    if not claim.subject.strip():
        problems.append("empty subject")
    if claim.baseline_kind not in _BASELINE_KINDS:
        problems.append(f"baseline_kind {claim.baseline_kind!r} not in {_BASELINE_KINDS}")
    elif claim.baseline_kind == "none" and claim.baseline is not None:
        problems.append("baseline_kind 'none' with a baseline")
    elif claim.baseline_kind != "none" and not (claim.baseline or "").strip():
        problems.append(f"baseline_kind {claim.baseline_kind!r} without a baseline")
    if not math.isfinite(claim.value):
        problems.append(f"value {claim.value!r} is not finite")
    if claim.value_max is not None and not math.isfinite(claim.value_max):
        problems.append(f"value_max {claim.value_max!r} is not finite")
    elif claim.value_max is not None and claim.value_max < claim.value:
        problems.append(f"value_max {claim.value_max} below value {claim.value}")
    if claim.unit not in _UNITS:
        problems.append(f"unit {claim.unit!r} not in {_UNITS}")
    if claim.qualifier is not None and claim.qualifier not in QUALIFIERS:
        problems.append(f"qualifier {claim.qualifier!r} not in {QUALIFIERS}")
    if claim.metric not in METRICS:
        problems.append(f"metric {claim.metric!r} not in {METRICS}")
    if not 0 <= claim.start <= claim.end:
        problems.append(f"sentence offsets {claim.start}..{claim.end}")
    if not 0.0 <= claim.confidence <= 1.0:
        problems.append(f"confidence {claim.confidence!r} outside 0..1")
    if problems:
        raise InvalidRecord(f"{where}: {'; '.join(problems)}")


def _date_literal(value: str, paper_id: str) -> ox.Literal:
    try:
        if _DATE.fullmatch(value):
            date.fromisoformat(value)
            return ox.Literal(value, datatype=XSD.date)
        month_day = _MONTH_DAY.fullmatch(value)
        if month_day:
            date(2000, int(month_day[1]), int(month_day[2]))  # 2000 is a leap year
            return ox.Literal(value, datatype=XSD.gMonthDay)
    except ValueError:
        pass
    raise InvalidRecord(f"paper {paper_id}: date {value!r} is neither YYYY-MM-DD nor --MM-DD")


def _url_node(url: str) -> ox.NamedNode | None:
    """The URL as an IRI, with stray spaces and the like percent-encoded; None if hopeless."""
    try:
        return ox.NamedNode(url.strip())
    except ValueError:
        pass
    try:
        return ox.NamedNode(quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~"))
    except ValueError:
        return None


def _arxiv_triples(
    paper: Paper, p: ox.NamedNode
) -> list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    """arXiv id, version and categories, and the PROV record of the harvest that fetched it."""
    triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = []
    if paper.arxiv_id:
        triples.append((p, CG.arxivId, ox.Literal(paper.arxiv_id)))
        # the id a title-only copy of this paper (a Daily Papers dump) would get: such a
        # copy is then known to be this paper
        triples.append((p, CG.titleId, ox.Literal(paper_id_for_title(paper.title))))
    if paper.arxiv_version is not None:
        if paper.arxiv_version < 1:
            raise InvalidRecord(f"paper {paper.id}: arXiv version {paper.arxiv_version} below 1")
        triples.append((p, CG.arxivVersion, ox.Literal(paper.arxiv_version)))
    triples += [(p, CG.category, ox.Literal(c)) for c in paper.categories if c.strip()]
    origin = paper.provenance
    if origin is not None:
        record = _url_node(origin.record_url)
        if record is not None:
            triples.append((p, PROV.wasDerivedFrom, record))
        try:
            fetched = ox.Literal(origin.fetched_at, datatype=XSD.dateTime)
        except ValueError:
            raise InvalidRecord(
                f"paper {paper.id}: fetch time {origin.fetched_at!r} is not an xsd:dateTime"
            ) from None
        triples += [
            (p, PROV.generatedAtTime, fetched),
            (p, PROV.wasGeneratedBy, harvest_iri(origin.harvest)),
            (p, CG.harvestSource, ox.Literal(origin.source)),
        ]
    return triples


def paper_quads(result: PaperClaims, aliases: AliasTable | None = None) -> list[ox.Quad]:
    """The quads of one paper's named graph: the paper, its claims, the systems they name.

    Deterministic and free of duplicates.  Raises :class:`InvalidRecord` for a
    record the shapes would reject (unknown metric, named baseline kind without a
    baseline, non-finite value, malformed date, ...).
    """
    aliases = default_aliases() if aliases is None else aliases
    paper = result.paper
    p = paper_iri(paper.id)
    triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = [
        (p, _A, CG.Paper),
        (p, DCTERMS.identifier, ox.Literal(paper.id)),
        (p, DCTERMS.title, ox.Literal(paper.title)),
        (p, DCTERMS.abstract, ox.Literal(paper.abstract)),
    ]
    if paper.date:
        triples.append((p, DCTERMS.date, _date_literal(paper.date, paper.id)))
    for author in paper.authors:
        if author.strip():
            triples.append((p, DCTERMS.creator, ox.Literal(author.strip())))
    if paper.author_count is not None:
        if paper.author_count < 0:
            raise InvalidRecord(f"paper {paper.id}: negative author_count")
        triples.append((p, CG.authorCount, ox.Literal(paper.author_count)))
    if paper.organization and paper.organization.strip():
        triples.append((p, CG.organization, ox.Literal(paper.organization.strip())))
    if paper.url and paper.url.strip():
        url = _url_node(paper.url)
        if url is not None:
            triples.append((p, SCHEMA.url, url))
    triples += _arxiv_triples(paper, p)

    systems = _Systems(result, aliases)
    beats: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]] = []
    for n, claim in enumerate(result.claims, start=1):
        _check_claim(claim, f"paper {paper.id}, claim {n}")
        c = claim_iri(paper.id, n)
        subject = systems.add(claim.subject)
        triples += [
            (c, _A, CG.Claim),
            (c, PROV.wasDerivedFrom, p),
            (c, CG.subject, subject),
            (c, CG.subjectLabel, ox.Literal(claim.subject)),
        ]
        if claim.baseline is not None:
            if claim.baseline_kind == "named":
                baseline = systems.add(claim.baseline)
                triples.append((c, CG.baseline, baseline))
                beats.append((subject, CG.beats, baseline))
            triples.append((c, CG.baselineLabel, ox.Literal(claim.baseline)))
        triples += [
            (c, CG.baselineKind, ox.Literal(claim.baseline_kind)),
            (c, CG.value, ox.Literal(float(claim.value))),
        ]
        if claim.value_max is not None:
            triples.append((c, CG.valueMax, ox.Literal(float(claim.value_max))))
        triples.append((c, CG.unit, ox.Literal(claim.unit)))
        if claim.qualifier is not None:
            triples.append((c, CG.qualifier, ox.Literal(claim.qualifier)))
        triples.append((c, CG.metric, metric_iri(claim.metric)))
        if claim.context is not None and claim.context.strip():
            triples.append((c, CG.context, ox.Literal(claim.context)))
        triples += [
            (c, CG.sentence, ox.Literal(claim.sentence)),
            (c, CG.sentenceStart, ox.Literal(claim.start)),
            (c, CG.sentenceEnd, ox.Literal(claim.end)),
            (c, CG.confidence, ox.Literal(float(claim.confidence))),
        ]
    systems.finish()

    for system in systems.by_key.values():
        s = system_iri(system.key)
        triples += [
            (s, _A, CG.System),
            (s, SKOS.prefLabel, ox.Literal(system.label)),
            *((s, SKOS.altLabel, ox.Literal(alt)) for alt in system.alt_labels),
            (s, CG.key, ox.Literal(system.key)),
        ]
    triples += beats

    quads: list[ox.Quad] = []
    seen: set[ox.Quad] = set()
    for s_, p_, o_ in triples:
        quad = ox.Quad(s_, p_, o_, p)
        if quad not in seen:
            seen.add(quad)
            quads.append(quad)
    return quads


def to_nquads(quads: Iterable[ox.Quad]) -> str:
    """The quads as N-Quads text, serialized by pyoxigraph."""
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert data is not None
    return data.decode("utf-8")


def to_rdflib_term(term: object) -> rdflib.term.Node:
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = None if term.datatype == XSD.string else rdflib.URIRef(term.datatype.value)
        return rdflib.Literal(term.value, datatype=datatype)
    raise TypeError(f"no rdflib term for {term!r}")


def to_rdflib(quads: Iterable[ox.Quad]) -> rdflib.Dataset:
    """The quads as an :class:`rdflib.Dataset` (for SHACL validation and rdflib users)."""
    import rdflib

    dataset = rdflib.Dataset()
    graphs: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, rdflib.Graph] = {}
    for quad in quads:
        graph = graphs.get(quad.graph_name)
        if graph is None:
            name = quad.graph_name
            if isinstance(name, ox.DefaultGraph):
                graph = dataset.default_graph
            elif isinstance(name, ox.NamedNode):
                graph = dataset.graph(rdflib.URIRef(name.value))
            else:
                graph = dataset.graph(rdflib.BNode(name.value))
            graphs[quad.graph_name] = graph
        graph.add(
            (
                to_rdflib_term(quad.subject),
                to_rdflib_term(quad.predicate),
                to_rdflib_term(quad.object),
            )
        )
    return dataset


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    """The shipped SHACL shapes, parsed once."""
    import rdflib

    return rdflib.Graph().parse(data=shipped_text("ontology", "shapes.ttl"), format="turtle")


def validate(quads: Iterable[ox.Quad]) -> tuple[bool, str]:
    """Check the quads against the shipped shapes, each named graph on its own.

    Needs pyshacl (a test dependency), imported here so that claimgraph itself does not.
    Returns ``(conforms, report_text)``.
    """
    import pyshacl
    import rdflib

    shapes = shapes_graph()
    by_graph: dict[str, list[ox.Quad]] = {}
    for quad in quads:
        by_graph.setdefault(str(quad.graph_name), []).append(quad)
    conforms = True
    reports: list[str] = []
    for name, graph_quads in sorted(by_graph.items()):
        data = rdflib.Graph()
        for q in graph_quads:
            data.add(
                (to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object))
            )
        ok, _, text = pyshacl.validate(
            data,
            shacl_graph=shapes,
            inference="none",
            advanced=True,
            allow_warnings=False,
        )
        conforms = conforms and bool(ok)
        reports.append(f"graph {name}:\n{text}")
    return conforms, "\n".join(reports)
