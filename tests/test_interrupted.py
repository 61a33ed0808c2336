"""An ingest killed (SIGKILL) part-way leaves a store that opens, holds only whole papers, and
that re-running the ingest completes to exactly the triples of an uninterrupted run.

The corpus is "large" and synthetic (:func:`write_corpus`): the bundled papers, then
recombinations of their sentences with the system names renamed, one JSON line each.  It and
its reference store (one uninterrupted ``claimgraph ingest``) are built once per session by
:func:`large_corpus`, which ``test_concurrency.py`` shares.

Every paper graph left by a killed ingest is compared with the same graph of the reference
store: one quad missing or extra is a half-written paper.  ``test_check_catches_a_non_atomic_
writer`` shows that check has teeth, with a writer that puts one paper in three calls.
"""

from __future__ import annotations

import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.quantities import split_sentences
from claimgraph.sources import read_papers
from claimgraph.store import open_store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
DATA = ROOT / "data"
CLI_ENV = {**os.environ, "PYTHONPATH": str(SRC)}
CLI_ENV.pop("CLAIMGRAPH_STORE", None)

CORPUS_SIZE = 1500
INGEST_TIMEOUT = 300.0
"""Seconds any one ingest may take before the test gives up (the reference run takes ~10)."""

Graphs = dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, frozenset[ox.Quad]]


# -- the large corpus and its reference store -------------------------------------------------

_NAME = re.compile(r"\b(?:[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*)\b")
"""System-like names: FlashAttention, DeepSpeed, FSMoE, ZeRO (not GPU, A100 or Transformer)."""


def write_corpus(path: Path, size: int, seed: int = 1729) -> Path:
    """``size`` JSONL papers: the bundled papers as they are, then recombinations.

    Paper ``k`` past the bundled ones takes the first half of one bundled abstract and the
    second half of another (drawn from a seeded RNG), and renames every system-like name
    ``X`` of title and abstract to ``XQk``; ids (``syn-00042``) and titles are unique.
    """
    papers = read_papers([DATA]).papers
    sentences = [[p.abstract[s:e] for s, e in split_sentences(p.abstract)] for p in papers]
    rng = random.Random(seed)
    lines = []
    for k in range(size):
        base = k % len(papers)
        title, abstract = papers[base].title, papers[base].abstract
        if k >= len(papers):
            head = sentences[base][: max(1, len(sentences[base]) // 2)]
            donor = sentences[rng.randrange(len(papers))]
            tail = donor[len(donor) // 2 :]
            tag = f"Q{k}"
            renamed = rf"\g<0>{tag}"
            title = _NAME.sub(renamed, title) + f" ({tag})"
            abstract = _NAME.sub(renamed, " ".join(head + tail))
        record = {"id": f"syn-{k:05d}", "title": title, "abstract": abstract}
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class LargeCorpus:
    corpus: Path
    reference: Path
    """The store of one uninterrupted ingest of ``corpus``."""
    seconds: float
    """How long that ingest took, start to exit."""
    papers: int


def ingest_command(corpus: Path, store: Path) -> list[str]:
    return [
        sys.executable,
        *("-m", "claimgraph", "ingest", str(corpus)),
        *("--store", str(store), "-q", "--workers", "1"),
    ]


def large_corpus(tmp_path_factory: pytest.TempPathFactory) -> LargeCorpus:
    """The corpus and its reference store, built on first use in the session."""
    root = tmp_path_factory.getbasetemp() / "claimgraph-large-corpus"
    done = root / "reference.json"
    if not done.is_file():
        root.mkdir(exist_ok=True)
        corpus = write_corpus(root / "papers.jsonl", CORPUS_SIZE)
        start = time.monotonic()
        run = subprocess.run(
            ingest_command(corpus, root / "reference"),
            env=CLI_ENV,
            capture_output=True,
            text=True,
            timeout=INGEST_TIMEOUT,
        )
        seconds = time.monotonic() - start
        assert run.returncode == 0, run.stderr
        assert f"Ingested {CORPUS_SIZE} papers" in run.stdout, run.stdout
        done.write_text(json.dumps({"seconds": seconds}), encoding="utf-8")
    return LargeCorpus(
        corpus=root / "papers.jsonl",
        reference=root / "reference",
        seconds=json.loads(done.read_text(encoding="utf-8"))["seconds"],
        papers=CORPUS_SIZE,
    )


def graphs_of(store: ox.Store) -> Graphs:
    """Every quad of the store, by graph."""
    graphs: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, set[ox.Quad]] = {}
    for quad in store:
        graphs.setdefault(quad.graph_name, set()).add(quad)
    return {name: frozenset(quads) for name, quads in graphs.items()}


def reference_graphs(large: LargeCorpus) -> Graphs:
    return graphs_of(ox.Store.read_only(str(large.reference)))


def stored_graphs(path: Path) -> Graphs:
    """The graphs of the store at ``path``, opened for writing (as the next ingest will)."""
    store = open_store(path)
    try:
        return graphs_of(store)
    finally:
        del store  # releases the lock before the next ingest


def incomplete(graphs: Graphs, reference: Graphs) -> list[str]:
    """The graphs that differ from the reference's graph of the same name, in any quad."""
    return sorted(str(name) for name, quads in graphs.items() if reference.get(name) != quads)


def assert_same_quads(graphs: Graphs, reference: Graphs) -> None:
    actual = frozenset().union(*graphs.values())
    expected = frozenset().union(*reference.values())
    missing, extra = expected - actual, actual - expected
    assert not missing and not extra, (
        f"{len(missing)} quads missing (e.g. {sorted(map(str, missing))[:2]}), "
        f"{len(extra)} extra (e.g. {sorted(map(str, extra))[:2]})"
    )


# -- processes ----------------------------------------------------------------------------------


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts; whatever still runs at teardown is killed and reaped."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def start(
    command: list[str], procs: list[subprocess.Popen[bytes]], log: Path
) -> subprocess.Popen[bytes]:
    """Start ``command``; its stdout and stderr go to ``log`` (no pipe to fill up)."""
    with log.open("wb") as out:
        proc = subprocess.Popen(command, env=CLI_ENV, stdout=out, stderr=subprocess.STDOUT)
    procs.append(proc)
    return proc


def kill_after(proc: subprocess.Popen[bytes], seconds: float) -> int:
    """SIGKILL ``proc`` after ``seconds`` unless it exits first; its exit status."""
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
    return proc.returncode


def read_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    """The next stdout line of ``proc``; fails after ``timeout`` seconds or at end of output."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        assert left > 0, f"no line from the child within {timeout} s (got {line!r})"
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            byte = os.read(proc.stdout.fileno(), 1)
            assert byte, f"child exited ({proc.poll()}) before writing a line (got {line!r})"
            line += byte
    return line.decode().strip()


# -- the tests ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> LargeCorpus:
    return large_corpus(tmp_path_factory)


@pytest.fixture(scope="module")
def reference(large: LargeCorpus) -> Graphs:
    graphs = reference_graphs(large)
    assert len(graphs) == large.papers  # one graph per paper, nothing in the default graph
    return graphs


KILL_SEED = 20240611
KILLS_PER_RUN = (1, 2)
"""Two runs, each on a fresh store; the second is killed twice before it is let finish."""


def test_killed_ingest_leaves_whole_papers_and_resumes(
    large: LargeCorpus, reference: Graphs, procs: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    rng = random.Random(KILL_SEED)
    # Kill between 30% and 85% of the reference run's time: past start-up and store creation
    # (see test_ingest_killed_while_creating_the_store for that window), before the end.
    partial = []
    for run, kills in enumerate(KILLS_PER_RUN):
        store = tmp_path / f"store-{run}"
        for kill in range(kills):
            delay = max(0.5, rng.uniform(0.3, 0.85) * large.seconds)
            proc = start(ingest_command(large.corpus, store), procs, tmp_path / f"{run}-{kill}.log")
            status = kill_after(proc, delay)
            assert status in (-signal.SIGKILL, 0), (tmp_path / f"{run}-{kill}.log").read_text()
            graphs = stored_graphs(store)  # opens, read-write, after the kill
            assert incomplete(graphs, reference) == [], (
                f"run {run}, kill {kill} after {delay:.1f} s"
            )
            if status == -signal.SIGKILL and 0 < len(graphs) < large.papers:
                partial.append((run, kill, len(graphs)))
        rerun = subprocess.run(
            ingest_command(large.corpus, store),
            env=CLI_ENV,
            capture_output=True,
            text=True,
            timeout=INGEST_TIMEOUT,
        )
        assert rerun.returncode == 0, rerun.stderr
        assert_same_quads(stored_graphs(store), reference)
    print(f"kills that left part of the papers (run, kill, papers): {partial}")
    # At least one kill must have landed while papers were being written, or nothing was tested.
    assert partial, "no kill landed mid-ingest; the reference run's duration is off"


NON_ATOMIC_CHILD = """
import sys, time
import claimgraph.store

TARGET = int(sys.argv[1])
written = 0

def replace_graph(store, graph, quads):  # the same effect as the real one, in three calls
    global written
    written += 1
    store.update(f"DROP SILENT GRAPH {graph}")
    half = len(quads) // 2
    store.extend(quads[:half])
    if written == TARGET:
        print("HALF", graph.value, flush=True)
        time.sleep(120)
    store.extend(quads[half:])
    return len(quads)

claimgraph.store.replace_graph = replace_graph
from claimgraph.cli import main
sys.argv = ["claimgraph", "ingest", *sys.argv[2:]]
main()
"""


def test_check_catches_a_non_atomic_writer(
    large: LargeCorpus, reference: Graphs, procs: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    """Without the one-update-per-paper protection, the completeness check above fails."""
    store = tmp_path / "store"
    target = 40
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            NON_ATOMIC_CHILD,
            str(target),
            *ingest_command(large.corpus, store)[4:],
        ],
        env=CLI_ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    procs.append(proc)
    marker, _, half_written = read_line(proc, timeout=120).partition(" ")
    assert marker == "HALF"
    proc.kill()
    proc.wait(timeout=30)

    graphs = stored_graphs(store)
    assert incomplete(graphs, reference) == [f"<{half_written}>"]
    torn = graphs[ox.NamedNode(half_written)]
    assert torn and torn < reference[ox.NamedNode(half_written)]  # half there: a torn paper
    assert len(graphs) == target


def test_ingest_killed_while_creating_the_store(
    large: LargeCorpus, reference: Graphs, procs: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    # Kill the moment the first file appears in the store directory: RocksDB is creating the
    # store then.  Usually the first try leaves files but no CURRENT; retry until one does.
    def has_files(path: Path) -> bool:
        return path.is_dir() and any(path.iterdir())

    for attempt in range(10):
        store = tmp_path / f"store-{attempt}"
        proc = start(ingest_command(large.corpus, store), procs, tmp_path / f"{attempt}.log")
        deadline = time.monotonic() + 60
        while not has_files(store) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        proc.kill()
        proc.wait(timeout=30)
        if has_files(store) and not (store / "CURRENT").exists():
            break
    else:
        pytest.skip("no kill landed during store creation")
    rerun = subprocess.run(
        ingest_command(large.corpus, store),
        env=CLI_ENV,
        capture_output=True,
        text=True,
        timeout=INGEST_TIMEOUT,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert_same_quads(stored_graphs(store), reference)
