"""`claimgraph export --format csv|jsonl|nq|ttl` and `rank --context`, on the bundled corpus.

The RDF is read back by rdflib and by Oxigraph's own loader (`oxigraph load`), as a user
of either would.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from conftest import CLAIMS_MD_FIELDS

from claimgraph.cli import cli
from claimgraph.exports import FIELDS
from claimgraph.rdf import CG, validate
from claimgraph.store import open_store

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def export(store: Path, *args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, ["export", *args, "--store", str(store)])
    return result.exit_code, result.stdout_bytes, result.stderr


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_every_claim_with_every_field(store: Path) -> None:
    code, out, err = export(store, "--format", "csv")
    assert (code, err) == (0, "")
    rows = csv_rows(out.decode("utf-8"))
    assert len(rows) == 204  # every claim of the corpus, generic baselines and none included
    assert tuple(rows[0]) == FIELDS
    assert set(CLAIMS_MD_FIELDS) | {"paper_title", "paper_date", "source", "confidence"} <= set(
        rows[0]
    )
    fa2 = [r for r in rows if r["subject"] == "FlashAttention-2"]
    assert len(fa2) == 1
    assert {k: fa2[0][k] for k in ("baseline", "value", "unit", "qualifier", "metric")} == {
        "baseline": "FlashAttention",
        "value": "2.0",
        "unit": "x",
        "qualifier": "approx",
        "metric": "speedup",
    }
    assert fa2[0]["paper_date"] == "2023-07-17"
    assert fa2[0]["sentence"].startswith("These yield around 2times speedup")
    assert 0 < float(fa2[0]["confidence"]) <= 1
    kinds = {r["baseline_kind"] for r in rows}
    assert kinds == {"named", "generic", "none"}


def test_jsonl_holds_the_same_claims(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    code, _, err = export(store, "--format", "jsonl", "-o", str(target))
    assert (code, err) == (0, f"Wrote {target}: 204 claims.\n")
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    rows = csv_rows(export(store, "--format", "csv")[1].decode("utf-8"))
    assert [tuple(r) for r in records] == [FIELDS] * 204
    assert [r["claim"] for r in records] == [r["claim"] for r in rows]
    assert sum(r["value_max"] is None for r in records) == sum(r["value_max"] == "" for r in rows)


def test_metric_and_system_narrow_the_claims(store: Path) -> None:
    every = csv_rows(export(store, "--format", "csv")[1].decode("utf-8"))
    latency = csv_rows(export(store, "--format", "csv", "--metric", "latency")[1].decode("utf-8"))
    assert len(latency) == sum(r["metric"] == "latency" for r in every) > 0
    assert {r["metric"] for r in latency} == {"latency"}
    near = csv_rows(export(store, "--format", "csv", "--system", "fa2")[1].decode("utf-8"))
    # every claim of a system within one claim of FlashAttention-2, spelled as its paper does
    assert {(r["subject"], r["baseline"]) for r in near} == {
        ("FlashAttention-2", "FlashAttention"),
        ("FlashAttention", "optimized baselines"),
        ("FLASHSIGMOID", "FLASHATTENTION2"),
        ("LeanAttention", "FlashAttention-2"),
        ("JRT-RNN", "FA2"),
        ("JRT-Prompt", "FlashAttention-2"),
    }


def rdflib_quads(path: Path) -> list[tuple[object, ...]]:
    dataset = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib 7.x parsing into a Dataset warns about itself
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(path, format="nquads")
        return list(dataset.quads())


def load_with_oxigraph(path: Path, location: Path) -> ox.Store:
    run = subprocess.run(
        [str(OXIGRAPH), "load", "--location", str(location), "--file", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return ox.Store.read_only(str(location))


def test_nquads_of_the_whole_store_read_back_by_rdflib_and_oxigraph(
    store: Path, tmp_path: Path
) -> None:
    target = tmp_path / "store.nq"
    code, _, err = export(store, "--format", "nq", "-o", str(target))
    original = open_store(store, read_only=True)
    quads = len(original)
    assert (code, err) == (0, f"Wrote {target}: {quads} quads.\n")
    read = rdflib_quads(target)
    assert len(read) == quads
    assert len({str(getattr(g, "identifier", g)) for *_, g in read}) == 190  # a graph a paper
    loaded = load_with_oxigraph(target, tmp_path / "loaded")
    assert set(loaded) == set(original)


def test_turtle_is_the_union_read_back_by_rdflib_and_oxigraph(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.ttl"
    code, _, err = export(store, "--format", "ttl", "-o", str(target))
    original = open_store(store, read_only=True)
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in original}
    assert (code, err) == (0, f"Wrote {target}: {len(union)} triples.\n")
    graph = rdflib.Graph()
    graph.parse(target, format="turtle")
    assert len(graph) == len(union) < len(original)  # a system named by two papers, once
    loaded = load_with_oxigraph(target, tmp_path / "loaded")
    assert {ox.Triple(q.subject, q.predicate, q.object) for q in loaded} == union


def test_rdf_of_a_selection_holds_just_its_claims_and_conforms(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "fa2.nq"
    code, _, _ = export(store, "--format", "nq", "--system", "FlashAttention-2", "-o", str(target))
    assert code == 0
    quads = list(ox.parse(path=str(target), format=ox.RdfFormat.N_QUADS))
    claims = {q.subject.value for q in quads if q.predicate == CG.subjectLabel}
    near = csv_rows(export(store, "--format", "csv", "--system", "FlashAttention-2")[1].decode())
    assert claims == {r["claim"] for r in near} and len(claims) == 7
    assert len({q.graph_name for q in quads}) == 4  # the papers of those claims
    conforms, report = validate(quads)
    assert conforms, report
    assert len(rdflib_quads(target)) == len(quads)
    loaded = load_with_oxigraph(target, tmp_path / "loaded")
    assert len(loaded) == len(quads)
    by_metric = tmp_path / "latency.ttl"
    assert export(store, "--format", "ttl", "--metric", "latency", "-o", str(by_metric))[0] == 0
    graph = rdflib.Graph()
    graph.parse(by_metric, format="turtle")
    metrics = set(graph.objects(None, rdflib.URIRef(CG.metric.value)))
    assert (
        metrics == {rdflib.URIRef(CG.iri.replace("ns#", "metric#") + "latency")}
        or len(metrics) == 1
    )


def test_rank_by_context_word(store: Path) -> None:
    result = CliRunner().invoke(
        cli, ["rank", "--context", "PREFILL", "--format", "csv", "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "metric,component,position,label,factor,claims,wins,losses",
        "throughput,1,1,JRT-RNN,19.2,1,1,0",
        "throughput,1,2,JRT-Prompt,11.9,1,1,0",
        "throughput,1,3,FlashAttention-2,1.0,2,0,2",
    ]
    none = CliRunner().invoke(cli, ["rank", "--context", "pre", "--store", str(store)])
    assert none.exit_code == 0 and "JRT" not in none.stdout  # whole words only
