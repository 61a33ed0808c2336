"""The on-disk store: opening, locking, idempotent and atomic per-paper replacement."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.names import AliasTable
from claimgraph.rdf import (
    CG,
    DCTERMS,
    SKOS,
    claim_iri,
    paper_iri,
    paper_quads,
    system_iri,
    validate,
)
from claimgraph.records import Claim, Paper, PaperClaims
from claimgraph.store import (
    IngestSummary,
    StoreError,
    StoreStats,
    default_store_path,
    ingest,
    open_store,
    replace_paper,
    store_stats,
)

pytestmark = pytest.mark.usefixtures("pinned_aliases")

FSMOE = (
    "FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel) "
    "by 1.18times-1.22times on 1458 MoE layers."
)
FA2 = (
    "These yield around 2times speedup compared to FlashAttention, reaching 50-73\\% of the "
    "theoretical maximum FLOPs/s on A100 and getting close to the efficiency of GEMM operations."
)


def claim(paper: str, sentence: str, start: int, **fields: object) -> Claim:
    base: dict[str, object] = {
        "paper": paper,
        "subject": "FSMoE",
        "baseline": "Tutel",
        "baseline_kind": "named",
        "value": 1.18,
        "value_max": 1.22,
        "unit": "x",
        "qualifier": None,
        "metric": "speedup",
        "context": "1458 MoE layers",
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
    }
    return Claim(**{**base, **fields})  # type: ignore[arg-type]


def fsmoe_result() -> PaperClaims:
    abstract = "We introduce FSMoE, a flexible training system. " + FSMOE
    start = abstract.index(FSMOE)
    paper = Paper(
        "s001-06",
        "FSMoE: A Flexible and Scalable Training System for Sparse Mixture-of-Experts Models",
        abstract,
        date="2024-12-24",
    )
    claims = [
        claim("s001-06", FSMOE, start, baseline="DeepSpeed-MoE"),
        claim("s001-06", FSMOE, start, baseline="Tutel"),
    ]
    return PaperClaims(paper, claims, {"MoE": "mixture-of-experts"})


def fa2_result() -> PaperClaims:
    abstract = "We propose FlashAttention-2, with better work partitioning. " + FA2
    start = abstract.index(FA2)
    paper = Paper(
        "s000-11",
        "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning",
        abstract,
    )
    fa2 = claim(
        "s000-11",
        FA2,
        start,
        subject="FlashAttention-2",
        baseline="FlashAttention",
        value=2.0,
        value_max=None,
        qualifier="approx",
        context="A100",
    )
    # a second paper that also names Tutel: the system node is shared
    tutel = claim("s000-11", FA2, start, subject="FlashAttention-2", baseline="Tutel")
    return PaperClaims(paper, [fa2, tutel])


def all_quads(store: ox.Store) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, None))


# ---------------------------------------------------------------- paths and opening


def test_default_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMGRAPH_STORE", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "explicit"
    monkeypatch.delenv("CLAIMGRAPH_STORE")
    assert default_store_path() == tmp_path / "xdg" / "claimgraph" / "store"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_store_path() == tmp_path / "home" / ".local" / "share" / "claimgraph" / "store"


def test_open_store_creates_missing_parents(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store"
    store = open_store(path)
    assert len(store) == 0
    assert (path / "CURRENT").is_file()


def test_read_only_open_of_a_missing_store(tmp_path: Path) -> None:
    for path in (tmp_path / "missing", tmp_path):
        with pytest.raises(StoreError) as error:
            open_store(path, read_only=True)
        assert str(error.value) == f"no claimgraph store at {path}; run `claimgraph ingest` first"
    assert not (tmp_path / "missing").exists()


def test_refuses_a_directory_that_holds_something_else(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not empty and holds no store"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="not a directory"):
        open_store(tmp_path / "notes.txt")


HOLDER = textwrap.dedent(
    """
    import sys
    import pyoxigraph
    store = pyoxigraph.Store(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def test_store_locked_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = open_store(path)
    replace_paper(store, fsmoe_result())
    del store  # closes the store and frees the lock
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "ready"
            with pytest.raises(StoreError) as error:
                open_store(path)
            message = str(error.value)
            assert "\n" not in message
            assert message.startswith(f"the claimgraph store at {path} is in use by another")
            assert "`claimgraph serve`" in message
            # reading beside the writer still works (a snapshot)
            reader = open_store(path, read_only=True)
            assert store_stats(reader).claims == 2
            del reader
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)
    assert holder.returncode == 0
    assert store_stats(open_store(path)).claims == 2  # the lock is gone with the process


# ---------------------------------------------------------------- writing


def test_replace_paper_writes_one_named_graph(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    result = fsmoe_result()
    written = replace_paper(store, result)
    assert written == len(paper_quads(result)) == 48
    assert all_quads(store) == set(paper_quads(result))
    assert list(store.named_graphs()) == [paper_iri("s001-06")]
    assert replace_paper(store, result) == 0  # unchanged: nothing written


def test_ingest_twice_on_disk_leaves_the_same_quads(tmp_path: Path) -> None:
    path = tmp_path / "store"
    seen: list[str] = []
    store = open_store(path)
    first = ingest(
        store, [fsmoe_result(), fa2_result()], on_paper=lambda r: seen.append(r.paper.id)
    )
    assert seen == ["s001-06", "s000-11"]
    expected = set(paper_quads(fsmoe_result())) | set(paper_quads(fa2_result()))
    assert first == IngestSummary(papers=2, claims=4, systems=5, triples_written=len(expected))
    snapshot = all_quads(store)
    assert snapshot == expected
    del store

    store = open_store(path)
    assert all_quads(store) == snapshot  # persisted
    second = ingest(store, [fsmoe_result(), fa2_result()])
    assert second == IngestSummary(papers=2, claims=4, systems=5, triples_written=0)
    assert all_quads(store) == snapshot
    assert store_stats(store) == StoreStats(papers=2, claims=4, systems=5, triples=len(snapshot))
    conforms, report = validate(list(store))
    assert conforms, report


def test_shared_system_node_is_labelled_in_every_paper_graph(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    ingest(store, [fsmoe_result(), fa2_result()])
    tutel = system_iri("tutel")
    graphs = {q.graph_name for q in store.quads_for_pattern(tutel, SKOS.prefLabel, None, None)}
    assert graphs == {paper_iri("s001-06"), paper_iri("s000-11")}
    beaten_by = {q.subject for q in store.quads_for_pattern(None, CG.beats, tutel, None)}
    assert beaten_by == {system_iri("fsmoe"), system_iri("flashattention2")}


def test_changed_claims_replace_the_paper_graph(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    ingest(store, [fsmoe_result(), fa2_result()])
    before_fa2 = set(store.quads_for_pattern(None, None, None, paper_iri("s000-11")))

    changed = fsmoe_result()
    changed.claims = [replace(changed.claims[1], value=1.19, value_max=3.01, context="GPT-2")]
    written = replace_paper(store, changed)
    assert written == len(paper_quads(changed))
    graph = set(store.quads_for_pattern(None, None, None, paper_iri("s001-06")))
    assert graph == set(paper_quads(changed))
    c1 = claim_iri("s001-06", 1)
    assert [q.object for q in store.quads_for_pattern(c1, CG.value, None, None)] == [
        ox.Literal(1.19)
    ]
    assert not list(store.quads_for_pattern(claim_iri("s001-06", 2), None, None, None))
    assert not list(store.quads_for_pattern(system_iri("deepspeedmoe"), None, None, None))
    # the other paper is untouched
    assert set(store.quads_for_pattern(None, None, None, paper_iri("s000-11"))) == before_fa2
    assert store_stats(store) == StoreStats(
        papers=2, claims=3, systems=4, triples=len(graph) + len(before_fa2)
    )

    no_claims = PaperClaims(changed.paper)
    assert replace_paper(store, no_claims) == 4 + 1  # identifier, title, abstract, type, date
    assert store_stats(store).claims == 2


class CountingStore:
    """A store that records its write calls: one paper must be one atomic write."""

    def __init__(self) -> None:
        self.store = ox.Store()
        self.writes: list[str] = []

    def quads_for_pattern(self, *pattern: object) -> object:
        return self.store.quads_for_pattern(*pattern)  # type: ignore[arg-type]

    def update(self, update: str) -> None:
        self.writes.append(update)
        self.store.update(update)

    def extend(self, quads: list[ox.Quad]) -> None:
        graphs = {q.graph_name for q in quads}
        self.writes.append(f"extend {len(graphs)} graph(s)")
        self.store.extend(quads)

    def flush(self) -> None:
        self.store.flush()


def test_each_paper_is_written_in_one_call() -> None:
    counting = CountingStore()
    ingest(counting, [fsmoe_result(), fa2_result()])  # type: ignore[arg-type]
    # New papers: one transactional extend each, never spread over two graphs.
    assert counting.writes == ["extend 1 graph(s)", "extend 1 graph(s)"]
    ingest(counting, [fsmoe_result(), fa2_result()])  # type: ignore[arg-type]
    assert len(counting.writes) == 2  # nothing changed, nothing written
    changed = fsmoe_result()
    changed.claims.pop()
    replace_paper(counting, changed)  # type: ignore[arg-type]
    assert len(counting.writes) == 3
    # A paper already there is replaced by one update: drop and insert together.
    assert counting.writes[2].startswith(f"DROP SILENT GRAPH {paper_iri('s001-06')} ;")


HOSTILE = [
    'double " quote',
    "single ' quote",
    "back\\slash \\n \\u0041 \\",
    "new\nline\r\n and\ttab",
    "} } INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }",
    '" . } ; DROP ALL ; INSERT DATA { <a> <b> "',
    "unicode é ß 中文 😀 \u2028 \u00a0",
    "control \x00 \x07 \x1b \x7f",
    "<http://example.org/> # comment",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_round_trip_through_the_store(tmp_path: Path, text: str) -> None:
    abstract = f"{text} {FSMOE}"
    paper = Paper(
        f"id {text}/x" if text else "plain",
        text,
        abstract,
        authors=(text or "A. Author",),
        organization=text or None,
        url=f"https://example.org/{text}",
    )
    c = claim(
        paper.id,
        FSMOE,
        abstract.index(FSMOE),
        subject=f"FSMoE {text}",
        baseline=f"Tutel {text}",
        context=text or None,
    )
    result = PaperClaims(paper, [c])
    store = open_store(tmp_path / "store")
    written = replace_paper(store, result)
    quads = set(paper_quads(result))
    assert written == len(quads)
    assert all_quads(store) == quads
    titles = list(store.quads_for_pattern(paper_iri(paper.id), DCTERMS.title, None, None))
    assert [q.object.value for q in titles] == [text]  # type: ignore[union-attr]
    assert replace_paper(store, result) == 0
    assert len(store) == len(quads)


def test_custom_alias_table(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    aliases = AliasTable({"Tutel": ("Microsoft Tutel",)})
    result = fsmoe_result()
    result.claims[1] = replace(result.claims[1], baseline="Microsoft Tutel")
    summary = ingest(store, [result], aliases=aliases)
    assert summary.systems == 3
    labels = {
        (q.predicate, q.object)
        for q in store.quads_for_pattern(system_iri("tutel"), None, None, None)
    }
    assert (SKOS.prefLabel, ox.Literal("Tutel")) in labels
    assert (SKOS.altLabel, ox.Literal("Microsoft Tutel")) in labels
