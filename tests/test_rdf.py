"""paper_quads: exact quads for real corpus sentences, SHACL conformance, the ontology."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from claimgraph.names import AliasTable
from claimgraph.rdf import (
    CG,
    DCTERMS,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
    InvalidRecord,
    claim_iri,
    paper_iri,
    paper_quads,
    system_iri,
    to_nquads,
    to_rdflib,
    validate,
)
from claimgraph.records import Claim, Paper, PaperClaims
from claimgraph.resources import shipped_text

pytestmark = pytest.mark.usefixtures("pinned_aliases")

GOLD = Path(__file__).parent / "data" / "gold"
ID = "https://w3id.org/claimgraph/id/"


def gold_papers() -> dict[str, Paper]:
    papers = {}
    for line in (GOLD / "dev-papers.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        papers[record["id"]] = Paper(record["id"], record["title"], record["abstract"])
    return papers


def gold_results() -> list[PaperClaims]:
    """Every gold paper with its hand-read claims, as the extractor would hand them over."""
    papers = gold_papers()
    results = {paper_id: PaperClaims(paper) for paper_id, paper in papers.items()}
    for line in (GOLD / "dev-claims.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        abstract = papers[c["paper"]].abstract
        start = max(abstract.find(c["sentence"]), 0)
        results[c["paper"]].claims.append(
            Claim(
                paper=c["paper"],
                subject=c["subject"],
                baseline=c["baseline"],
                baseline_kind=c["baseline_kind"],
                value=c["value"],
                value_max=c["value_max"],
                unit=c["unit"],
                qualifier=c["qualifier"],
                metric=c["metric"],
                context=c["context"],
                sentence=c["sentence"],
                start=start,
                end=start + len(c["sentence"]),
            )
        )
    return list(results.values())


FSMOE_SENTENCE = (
    "FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel) "
    "by 1.18times-1.22times on 1458 MoE layers"
)


def fsmoe() -> PaperClaims:
    """s001-06, the FSMoE sentence of CLAIMS.md: two claims."""
    paper = gold_papers()["s001-06"]
    start = paper.abstract.index(FSMOE_SENTENCE)
    sentence = paper.abstract[paper.abstract.rindex("Experimental", 0, start) :]
    start = paper.abstract.index(sentence)
    claims = [
        Claim(
            paper="s001-06",
            subject="FSMoE",
            baseline=baseline,
            baseline_kind="named",
            value=1.18,
            value_max=1.22,
            unit="x",
            qualifier=None,
            metric="speedup",
            context="1458 MoE layers",
            sentence=sentence,
            start=start,
            end=start + len(sentence),
        )
        for baseline in ("DeepSpeed-MoE", "Tutel")
    ]
    return PaperClaims(
        paper, claims, {"MoE": "mixture-of-experts", "LLMs": "large language models"}
    )


def flashattention2() -> PaperClaims:
    """s000-11: "These yield around 2times speedup compared to FlashAttention, ..." """
    paper = gold_papers()["s000-11"]
    sentence = next(
        s + "." for s in paper.abstract.split(". ") if s.startswith("These yield around 2times")
    )
    start = paper.abstract.index(sentence)
    claim = Claim(
        paper="s000-11",
        subject="FlashAttention-2",
        baseline="FlashAttention",
        baseline_kind="named",
        value=2.0,
        value_max=None,
        unit="x",
        qualifier="approx",
        metric="speedup",
        context="A100",
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        confidence=0.9,
    )
    return PaperClaims(paper, [claim])


def triples(quads: list[ox.Quad]) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


def objects(quads: list[ox.Quad], subject: ox.NamedNode, predicate: ox.NamedNode) -> list[str]:
    return [
        q.object.value  # type: ignore[union-attr]
        for q in quads
        if q.subject == subject and q.predicate == predicate
    ]


# ---------------------------------------------------------------- IRIs


def test_iris_are_quoted_ids() -> None:
    assert paper_iri("s001-06").value == ID + "paper/s001-06"
    assert paper_iri("arXiv:2501/1 ü").value == ID + "paper/arXiv%3A2501%2F1%20%C3%BC"
    assert system_iri("c++").value == ID + "system/c%2B%2B"
    assert claim_iri("a/b", 3).value == ID + "claim/a%2Fb/3"
    with pytest.raises(InvalidRecord):
        paper_iri("")


# ---------------------------------------------------------------- FSMoE: two claims


def test_fsmoe_exact_quads() -> None:
    result = fsmoe()
    quads = paper_quads(result)
    g = paper_iri("s001-06")
    assert all(q.graph_name == g for q in quads)
    # paper 4 + 2 claims x 16 + 3 systems x 3 + 2 beats edges
    assert len(quads) == 4 + 2 * 16 + 3 * 3 + 2 == 47
    assert len(set(quads)) == len(quads)

    c1, c2 = claim_iri("s001-06", 1), claim_iri("s001-06", 2)
    assert c1.value == ID + "claim/s001-06/1"
    fsmoe_, deepspeed, tutel = (system_iri(k) for k in ("fsmoe", "deepspeedmoe", "tutel"))
    sentence = result.claims[0].sentence
    start = result.paper.abstract.index(sentence)
    expected_c1 = {
        (RDF.type, CG.Claim),
        (PROV.wasDerivedFrom, g),
        (CG.subject, fsmoe_),
        (CG.subjectLabel, ox.Literal("FSMoE")),
        (CG.baseline, deepspeed),
        (CG.baselineLabel, ox.Literal("DeepSpeed-MoE")),
        (CG.baselineKind, ox.Literal("named")),
        (CG.value, ox.Literal("1.18", datatype=XSD.double)),
        (CG.valueMax, ox.Literal("1.22", datatype=XSD.double)),
        (CG.unit, ox.Literal("x")),
        (CG.metric, CG.speedup),
        (CG.context, ox.Literal("1458 MoE layers")),
        (CG.sentence, ox.Literal(sentence)),
        (CG.sentenceStart, ox.Literal(str(start), datatype=XSD.integer)),
        (CG.sentenceEnd, ox.Literal(str(start + len(sentence)), datatype=XSD.integer)),
        (CG.confidence, ox.Literal("1", datatype=XSD.double)),
    }
    assert {(q.predicate, q.object) for q in quads if q.subject == c1} == expected_c1
    assert (CG.baseline, tutel) in {(q.predicate, q.object) for q in quads if q.subject == c2}

    assert {(q.predicate, q.object) for q in quads if q.subject == g} == {
        (RDF.type, CG.Paper),
        (DCTERMS.identifier, ox.Literal("s001-06")),
        (DCTERMS.title, ox.Literal(result.paper.title)),
        (DCTERMS.abstract, ox.Literal(result.paper.abstract)),
    }
    assert {(q.predicate, q.object) for q in quads if q.subject == tutel} == {
        (RDF.type, CG.System),
        (SKOS.prefLabel, ox.Literal("Tutel")),
        (CG.key, ox.Literal("tutel")),
    }
    assert {(q.object) for q in quads if q.predicate == CG.beats and q.subject == fsmoe_} == {
        deepspeed,
        tutel,
    }


def test_paper_quads_is_deterministic() -> None:
    assert paper_quads(fsmoe()) == paper_quads(fsmoe())
    assert to_nquads(paper_quads(fsmoe())) == to_nquads(paper_quads(fsmoe()))


# ---------------------------------------------------------------- names


def test_flashattention2_resolves_through_the_alias_table() -> None:
    quads = paper_quads(flashattention2())
    fa2 = system_iri("flashattention2")
    assert objects(quads, fa2, SKOS.prefLabel) == ["FlashAttention-2"]
    assert set(objects(quads, fa2, SKOS.altLabel)) == {"FA2", "FlashAttention 2", "FlashAttention2"}
    assert objects(quads, fa2, CG.beats) == [system_iri("flashattention").value]
    c = claim_iri("s000-11", 1)
    assert objects(quads, c, CG.qualifier) == ["approx"]
    assert objects(quads, c, CG.confidence) == ["0.9"]
    assert validate(quads)[0]


def test_alias_spelling_in_paper_becomes_alt_label() -> None:
    result = flashattention2()
    claim = result.claims[0]
    result.claims[0] = Claim(**{**claim.to_dict(), "subject": "FA2"})
    quads = paper_quads(result)
    c = claim_iri("s000-11", 1)
    assert objects(quads, c, CG.subject) == [system_iri("flashattention2").value]
    assert objects(quads, c, CG.subjectLabel) == ["FA2"]
    assert objects(quads, system_iri("flashattention2"), SKOS.prefLabel) == ["FlashAttention-2"]


def test_unaliased_spellings_share_one_node_first_spelling_is_label() -> None:
    result = fsmoe()
    c1, c2 = result.claims
    result.claims[1] = Claim(**{**c2.to_dict(), "baseline": "DeepSpeed MoE"})
    quads = paper_quads(result, AliasTable())
    deepspeed = system_iri("deepspeedmoe")
    assert objects(quads, deepspeed, SKOS.prefLabel) == ["DeepSpeed-MoE"]
    assert objects(quads, deepspeed, SKOS.altLabel) == ["DeepSpeed MoE"]
    assert objects(quads, claim_iri("s001-06", 2), CG.baselineLabel) == ["DeepSpeed MoE"]


def shufflemamba(baseline: str) -> PaperClaims:
    """s000-02: "... ShuffleMamba models can outperform the supervised ViTs ... by 0.8\\% ..."."""
    paper = gold_papers()["s000-02"]
    sentence = next(s + "." for s in paper.abstract.split(". ") if "ShuffleMamba models can" in s)
    start = paper.abstract.index(sentence)
    claim = Claim(
        "s000-02", "ShuffleMamba", baseline, "named", 0.8, None, "%", None, "accuracy",
        "base size, ImageNet1k classification", sentence, start, start + len(sentence),
    )  # fmt: skip
    return PaperClaims(paper, [claim], {"ViTs": "Vision Transformers", "Vim": "Vision Mamba"})


@pytest.mark.parametrize("baseline", ["ViTs", "Vision Transformers"])
def test_abbreviation_resolves_to_its_long_form(baseline: str) -> None:
    quads = paper_quads(shufflemamba(baseline))
    vit = system_iri("visiontransformers")
    assert objects(quads, claim_iri("s000-02", 1), CG.baseline) == [vit.value]
    assert objects(quads, claim_iri("s000-02", 1), CG.baselineLabel) == [baseline]
    assert objects(quads, vit, SKOS.prefLabel) == ["Vision Transformers"]
    assert objects(quads, vit, SKOS.altLabel) == ["ViTs"]
    # "Vim" -> "Vision Mamba" is defined but not mentioned: no node for it
    assert not [q for q in quads if q.subject == system_iri("visionmamba")]
    assert validate(quads)[0]


def test_generic_and_missing_baselines() -> None:
    paper = gold_papers()["s001-06"]
    sentence = paper.abstract[paper.abstract.index("Experimental") :]
    start = paper.abstract.index(sentence)
    generic = Claim(
        "s001-06", "FSMoE", "existing implementations", "generic", 1.42, None, "x", "up_to",
        "speedup", None, sentence, start, start + len(sentence),
    )  # fmt: skip
    none = Claim(**{**generic.to_dict(), "baseline": None, "baseline_kind": "none"})
    quads = paper_quads(PaperClaims(paper, [generic, none]))
    c1, c2 = claim_iri("s001-06", 1), claim_iri("s001-06", 2)
    assert objects(quads, c1, CG.baselineLabel) == ["existing implementations"]
    assert objects(quads, c1, CG.baselineKind) == ["generic"]
    assert objects(quads, c2, CG.baselineKind) == ["none"]
    for c in (c1, c2):
        assert objects(quads, c, CG.baseline) == []
        assert objects(quads, c, CG.context) == []
    assert objects(quads, c2, CG.baselineLabel) == []
    assert not [q for q in quads if q.predicate == CG.beats]
    assert len(quads) == 4 + 14 + 13 + 3
    assert validate(quads)[0]


# ---------------------------------------------------------------- paper metadata


def test_paper_metadata() -> None:
    paper = Paper(
        id="2501.10714",
        title="FSMoE",
        abstract="An abstract.",
        date="2025-01-18",
        authors=("Xinglin Pan", "Wenxiang Lin", "Xinglin Pan"),
        author_count=7,
        organization="HKUST",
        url="https://arxiv.org/abs/2501.10714 v2",
    )
    quads = paper_quads(PaperClaims(paper))
    g = paper_iri("2501.10714")
    assert objects(quads, g, DCTERMS.creator) == ["Xinglin Pan", "Wenxiang Lin"]
    assert objects(quads, g, CG.authorCount) == ["7"]
    assert objects(quads, g, CG.organization) == ["HKUST"]
    assert objects(quads, g, SCHEMA.url) == ["https://arxiv.org/abs/2501.10714%20v2"]
    dates = [q.object for q in quads if q.predicate == DCTERMS.date]
    assert dates == [ox.Literal("2025-01-18", datatype=XSD.date)]
    assert len(quads) == 4 + 1 + 2 + 1 + 1 + 1
    assert validate(quads)[0]

    month_day = paper_quads(PaperClaims(Paper("x", "t", "a", date="--12-24")))
    assert ox.Literal("--12-24", datatype=XSD.gMonthDay) in [q.object for q in month_day]
    assert validate(month_day)[0]


@pytest.mark.parametrize("date", ["2024", "2024-02-30", "12-24", "--13-01", "24 Dec"])
def test_bad_dates_are_refused(date: str) -> None:
    with pytest.raises(InvalidRecord, match="date"):
        paper_quads(PaperClaims(Paper("x", "t", "a", date=date)))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"baseline": None}, "without a baseline"),
        ({"baseline": "  "}, "without a baseline"),
        ({"baseline_kind": "none"}, "'none' with a baseline"),
        ({"metric": "speed"}, "metric"),
        ({"unit": "y"}, "unit"),
        ({"qualifier": "maybe"}, "qualifier"),
        ({"value": float("nan")}, "not finite"),
        ({"value_max": float("inf")}, "not finite"),
        ({"value_max": 1.0}, "below value"),
        ({"start": 500, "end": 10}, "offsets"),
        ({"confidence": 1.5}, "confidence"),
        ({"subject": ""}, "empty subject"),
    ],
)
def test_records_the_shapes_would_reject_raise(change: dict[str, object], message: str) -> None:
    result = fsmoe()
    result.claims[1] = Claim(**{**result.claims[1].to_dict(), **change})
    with pytest.raises(InvalidRecord, match=f"paper s001-06, claim 2: .*{message}"):
        paper_quads(result)


# ---------------------------------------------------------------- SHACL


def test_every_gold_paper_conforms() -> None:
    quads = [q for result in gold_results() for q in paper_quads(result)]
    conforms, report = validate(quads)
    assert conforms, report


def _replace(quads: list[ox.Quad], predicate: ox.NamedNode, obj: object | None) -> list[ox.Quad]:
    c = claim_iri("s001-06", 1)
    kept = [q for q in quads if not (q.subject == c and q.predicate == predicate)]
    if obj is not None:
        assert isinstance(obj, ox.NamedNode | ox.Literal)
        kept.append(ox.Quad(c, predicate, obj, paper_iri("s001-06")))
    return kept


BROKEN = {
    # case: (predicate of claim 1 to drop or replace, new object, the constraint that fires)
    "claim without a value": (CG.value, None, "MinCount"),
    "unit y": (CG.unit, ox.Literal("y"), "In"),
    "named claim without cg:baseline": (CG.baseline, None, "Xone"),
    "generic claim with cg:baseline": (CG.baselineKind, ox.Literal("generic"), "Xone"),
    "unknown baseline kind": (CG.baselineKind, ox.Literal("famous"), "In"),
    "value as a string": (CG.value, ox.Literal("1.18"), "Datatype"),
    "NaN value": (CG.value, ox.Literal("NaN", datatype=XSD.double), "Pattern"),
    "INF value": (CG.value, ox.Literal("INF", datatype=XSD.double), "Pattern"),
    "valueMax below value": (CG.valueMax, ox.Literal(1.0), "LessThanOrEquals"),
    "metric outside the ten": (CG.metric, CG.fastness, "In"),
    "metric as a literal": (CG.metric, ox.Literal("speedup"), "In"),
    "qualifier outside the four": (CG.qualifier, ox.Literal("maybe"), "In"),
    "sentence start after end": (CG.sentenceStart, ox.Literal(10**6), "LessThanOrEquals"),
    "no sentence": (CG.sentence, None, "MinCount"),
    "no wasDerivedFrom": (PROV.wasDerivedFrom, None, "MinCount"),
    "subject not a system": (CG.subject, ox.NamedNode("https://example.org/nobody"), "Class"),
    "confidence above 1": (CG.confidence, ox.Literal(1.5), "MaxInclusive"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_claims_do_not_conform(case: str) -> None:
    predicate, obj, constraint = BROKEN[case]
    quads = paper_quads(fsmoe())
    assert validate(quads)[0]
    conforms, report = validate(_replace(quads, predicate, obj))
    assert not conforms
    assert f"Constraint Violation in {constraint}ConstraintComponent" in report


def test_broken_papers_and_systems_do_not_conform() -> None:
    quads = paper_quads(fsmoe())
    g = paper_iri("s001-06")
    tutel = system_iri("tutel")
    second_label = ox.Quad(tutel, SKOS.prefLabel, ox.Literal("TUTEL"), g)
    stray_beats = ox.Quad(tutel, CG.beats, system_iri("fsmoe"), g)
    bad_date = ox.Quad(g, DCTERMS.date, ox.Literal("2024"), g)
    second_title = ox.Quad(g, DCTERMS.title, ox.Literal("Another title"), g)
    no_key = [q for q in quads if q.predicate != CG.key]
    for broken in (
        [*quads, second_label],
        [*quads, stray_beats],
        [*quads, bad_date],
        [*quads, second_title],
        no_key,
    ):
        assert not validate(broken)[0]


def test_each_graph_is_validated_on_its_own() -> None:
    """A system's prefLabel is unique per paper graph, not across papers."""
    other = fsmoe()
    other.paper = Paper("s001-06-copy", other.paper.title, other.paper.abstract)
    other.claims[1] = Claim(**{**other.claims[1].to_dict(), "baseline": "TUTEL"})
    quads = paper_quads(fsmoe()) + paper_quads(other)
    labels = {
        q.object
        for q in quads
        if q.subject == system_iri("tutel") and q.predicate == SKOS.prefLabel
    }
    assert labels == {ox.Literal("Tutel"), ox.Literal("TUTEL")}
    assert validate(quads)[0]


# ---------------------------------------------------------------- rdflib and escaping

HOSTILE = (
    'quotes " and \' , backslash \\ and \\" , newline\nand\r\ttab, braces } { }} ,'
    " a dot . > < and ; GRAPH <x> { } , unicode é ß 中文 😀 \u2028, control \x00 \x07 \x7f"
)


def test_to_rdflib_round_trips_hostile_strings() -> None:
    paper = Paper(HOSTILE, HOSTILE, HOSTILE, authors=(HOSTILE,), organization=HOSTILE)
    claim = Claim(
        HOSTILE, HOSTILE, HOSTILE, "named", 1.5, None, "x", None, "other", HOSTILE, HOSTILE, 0, 1
    )
    quads = paper_quads(PaperClaims(paper, [claim]))
    dataset = to_rdflib(quads)
    assert isinstance(dataset, rdflib.Dataset)
    assert len(list(dataset.quads((None, None, None, None)))) == len(quads)
    graph = dataset.graph(rdflib.URIRef(paper_iri(HOSTILE).value))
    titles = list(graph.objects(None, rdflib.URIRef(DCTERMS.title.value)))
    assert [str(t) for t in titles] == [HOSTILE]
    assert validate(quads)[0]


# ---------------------------------------------------------------- ontology


def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=shipped_text("ontology", "claimgraph.ttl"), format="turtle")


def test_ontology_parses_with_both_libraries() -> None:
    graph = ontology()
    onto = rdflib.URIRef("https://w3id.org/claimgraph/ns")
    assert (onto, rdflib.RDF.type, rdflib.OWL.Ontology) in graph
    store = ox.Store()
    store.load(shipped_text("ontology", "claimgraph.ttl"), format=ox.RdfFormat.TURTLE)
    store.load(shipped_text("ontology", "shapes.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) > 100


def test_ontology_declares_every_term_paper_quads_uses() -> None:
    graph = ontology()
    quads = [q for result in gold_results() for q in paper_quads(result)]
    quads += paper_quads(shufflemamba("ViTs")) + paper_quads(flashattention2())
    properties = {
        rdflib.OWL.ObjectProperty,
        rdflib.OWL.DatatypeProperty,
        rdflib.OWL.AnnotationProperty,
    }
    predicates = {q.predicate.value for q in quads} - {RDF.type.value}
    for predicate in sorted(predicates):
        types = set(graph.objects(rdflib.URIRef(predicate), rdflib.RDF.type))
        assert types & properties, f"{predicate} is not declared"
    classes = {q.object.value for q in quads if q.predicate == RDF.type}  # type: ignore[union-attr]
    assert classes == {CG.Paper.value, CG.Claim.value, CG.System.value}
    for cls in classes:
        assert (rdflib.URIRef(cls), rdflib.RDF.type, rdflib.OWL.Class) in graph
    cg_terms = {p for p in predicates if p.startswith(CG.Paper.value[: -len("Paper")])}
    for term in cg_terms | classes:
        subject = rdflib.URIRef(term)
        assert graph.value(subject, rdflib.RDFS.label) is not None, term
        assert graph.value(subject, rdflib.RDFS.comment) is not None, term
        assert graph.value(subject, rdflib.RDFS.domain) is not None or term in classes, term


def test_ontology_reuses_standard_vocabularies() -> None:
    graph = ontology()

    def sub(cls: ox.NamedNode) -> set[str]:
        return {str(o) for o in graph.objects(rdflib.URIRef(cls.value), rdflib.RDFS.subClassOf)}

    assert sub(CG.Paper) == {"https://schema.org/ScholarlyArticle"}
    assert sub(CG.System) == {SKOS.Concept.value}
    assert sub(CG.Claim) == {PROV.Entity.value}


def test_ontology_declares_the_ten_metrics() -> None:
    from claimgraph.records import METRICS

    graph = ontology()
    metric_class = rdflib.URIRef(CG.Metric.value)
    declared = {str(s) for s in graph.subjects(rdflib.RDF.type, metric_class)}
    assert declared == {CG[m].value for m in METRICS}
    for m in METRICS:
        assert str(graph.value(rdflib.URIRef(CG[m].value), rdflib.RDFS.label)) == m
    shapes = shipped_text("ontology", "shapes.ttl")
    for m in METRICS:
        assert f"cg:{m}" in shapes


def test_default_aliases_are_used_by_default(pinned_aliases: AliasTable) -> None:
    # pinned_aliases stands in for the shipped table (see conftest.py).
    assert paper_quads(flashattention2()) == paper_quads(flashattention2(), pinned_aliases)
    assert paper_quads(flashattention2()) != paper_quads(flashattention2(), AliasTable())
