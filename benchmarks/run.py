"""Benchmarks of claimgraph: extraction, ingest and queries, printed as one table.

    python -m benchmarks.run [--sizes 1000,10000,100000] [--workers N] [--quick]
                             [--markdown FILE] [--workdir DIR]

Run from the project root with the claimgraph to measure importable (the installed one,
or ``PYTHONPATH=src`` for the source tree); every subprocess gets the same claimgraph.
See ``benchmarks/README.md`` for what each figure means.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import claimgraph
from benchmarks.synthetic import source_papers, write_corpus

ROOT = Path(__file__).resolve().parents[1]
GOLD_PAPERS = ROOT / "tests" / "data" / "gold" / "dev-papers.jsonl"

# Targets (the numbers).
MIN_SPEEDUP = 8.0
MAX_INGEST_100K_SECONDS = 15 * 60
MAX_PEAK_BYTES = 2 * 1024**3
MAX_GROWTH_10K_100K = 11.0
MAX_QUERY_SECONDS = 0.200
MAX_COLD_START_SECONDS = 0.5


@dataclass
class Row:
    figure: str
    value: str
    target: str = ""
    ok: bool | None = None

    @property
    def result(self) -> str:
        return "" if self.ok is None else ("PASS" if self.ok else "FAIL")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median_seconds(run: Callable[[], Any], times: int) -> tuple[float, Any]:
    """Median wall time of ``times`` calls, and the last call's result."""
    durations = []
    result = None
    for _ in range(times):
        start = time.perf_counter()
        result = run()
        durations.append(time.perf_counter() - start)
    return statistics.median(durations), result


def megabytes(n: float) -> str:
    return f"{n / 1024**2:,.0f} MB"


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


# ------------------------------------------------------------------------------ subprocesses


def child_env() -> dict[str, str]:
    """The environment of every subprocess: it imports the claimgraph measured here."""
    env = dict(os.environ)
    package_parent = str(Path(claimgraph.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH", "")) if p)
    return env


def claimgraph_command() -> list[str]:
    """The console script next to the interpreter (as a user runs it), else ``-m``."""
    script = Path(sys.executable).parent / "claimgraph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimgraph"]


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, read from /proc."""
    parents: dict[int, int] = {}
    resident: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8") as f:
                fields = f.read().rpartition(")")[2].split()
            with open(f"/proc/{entry.name}/statm", encoding="utf-8") as f:
                pages = int(f.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        resident[pid] = pages * page
    total = 0
    for pid, rss in resident.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += rss
    return total


@dataclass
class Measured:
    seconds: float
    peak_bytes: int
    """The larger of the sampled process-tree RSS and the kernel's max RSS (wait4)."""
    stdout: str
    stderr: str
    returncode: int


def run_measured(command: Sequence[str], workdir: Path) -> Measured:
    """Run ``command``; wall time and peak memory of its whole process tree."""
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    with out_path.open("w") as out, err_path.open("w") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=child_env())
        peak = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.2):
                peak = max(peak, _tree_rss(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
    peak = max(peak, usage.ru_maxrss * 1024)  # ru_maxrss is in KiB on Linux
    return Measured(
        seconds,
        peak,
        out_path.read_text(),
        err_path.read_text(),
        process.returncode,
    )


def process_seconds(command: Sequence[str], times: int = 5) -> float:
    """Median wall time of ``command`` as a whole process (output discarded)."""

    def run() -> None:
        subprocess.run(
            command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )

    env = child_env()
    seconds, _ = median_seconds(run, times)
    return seconds


# ------------------------------------------------------------------------------ extraction


def bench_extraction(repeat: int, rounds: int = 3) -> list[Row]:
    """Abstracts per second of the shipped and the naive pipeline, each the median of
    ``rounds`` timings taken in turn: the machine's load drifts, and one timing of each, minutes
    apart, gave ratios from 7.9x to 11.3x for the same code."""
    from claimgraph.extraction import extract_papers, load_pipeline
    from claimgraph.sources import read_papers

    gold = read_papers([GOLD_PAPERS]).papers
    papers = gold * repeat
    pipelines = {"shipped": (load_pipeline(), True), "naive": (load_pipeline(full=True), False)}
    results = {}
    timings: dict[str, list[float]] = {label: [] for label in pipelines}
    for nlp, prefilter in pipelines.values():
        list(extract_papers(gold[:10], nlp, prefilter=prefilter))  # warm up
    for round_ in range(1, rounds + 1):
        for label, (nlp, prefilter) in pipelines.items():
            start = time.perf_counter()
            extracted = list(extract_papers(papers, nlp, prefilter=prefilter))
            seconds = time.perf_counter() - start
            timings[label].append(seconds)
            results[label] = [[c.to_dict() for c in r.claims] for r in extracted]
            log(f"extraction {label}, round {round_}: {len(papers)} abstracts in {seconds:.2f} s")
    rates = {label: len(papers) / statistics.median(t) for label, t in timings.items()}
    speedup = rates["shipped"] / rates["naive"]
    ratios = sorted(n / s for s, n in zip(timings["shipped"], timings["naive"], strict=True))
    same = results["shipped"] == results["naive"]
    claims = sum(len(c) for c in results["shipped"][: len(gold)])
    n = f"{len(gold)} gold papers x{repeat}, median of {rounds}"
    return [
        Row(f"extraction, shipped ({n}, 1 process)", f"{rates['shipped']:,.0f} abstracts/s"),
        Row("extraction, naive (full model, every sentence)", f"{rates['naive']:,.0f} abstracts/s"),
        Row(
            "extraction speed-up, shipped vs naive",
            f"{speedup:.1f}x (rounds {ratios[0]:.1f}x-{ratios[-1]:.1f}x)",
            f">= {MIN_SPEEDUP:g}x",
            speedup >= MIN_SPEEDUP,
        ),
        Row(
            "same claims, shipped vs naive (gold papers)",
            f"{'identical' if same else 'DIFFERENT'} ({claims} claims)",
            "identical",
            same,
        ),
    ]


# ------------------------------------------------------------------------------ ingest

_INGESTED = re.compile(r"Ingested (\d+) papers: (\d+) claims, (\d+) systems, (\d+) triples written")
_STORE = re.compile(r"Store .*: (\d+) papers, (\d+) claims, (\d+) systems, (\d+) triples\.")


@dataclass
class IngestRun:
    size: int
    seconds: float
    peak_bytes: int
    papers: int
    claims: int
    systems: int
    triples: int
    disk_bytes: int


def directory_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def bench_ingest(corpus: Path, store: Path, size: int, workers: int, workdir: Path) -> IngestRun:
    command = [
        *claimgraph_command(),
        "ingest",
        str(corpus),
        "--store",
        str(store),
        "--quiet",
        "--workers",
        str(workers),
    ]
    measured = run_measured(command, workdir)
    if measured.returncode != 0:
        raise SystemExit(f"ingest of {corpus} failed:\n{measured.stderr}")
    ingested = _INGESTED.search(measured.stdout)
    totals = _STORE.search(measured.stdout)
    if ingested is None or totals is None:
        raise SystemExit(f"unexpected ingest output:\n{measured.stdout}")
    return IngestRun(
        size=size,
        seconds=measured.seconds,
        peak_bytes=measured.peak_bytes,
        papers=int(totals[1]),
        claims=int(totals[2]),
        systems=int(totals[3]),
        triples=int(totals[4]),
        disk_bytes=directory_bytes(store),
    )


def ingest_rows(runs: list[IngestRun]) -> list[Row]:
    rows: list[Row] = []
    for run in runs:
        name = f"ingest {run.size:,}"
        full = run.size == 100_000
        rows.append(
            Row(
                f"{name}: wall time (whole CLI process)",
                f"{run.seconds:,.1f} s",
                f"<= {MAX_INGEST_100K_SECONDS} s" if full else "",
                run.seconds <= MAX_INGEST_100K_SECONDS if full else None,
            )
        )
        rows.append(
            Row(
                f"{name}: papers/s, triples/s",
                f"{run.papers / run.seconds:,.0f} papers/s, {run.triples / run.seconds:,.0f} "
                "triples/s",
            )
        )
        rows.append(
            Row(
                f"{name}: peak RSS (process tree)",
                megabytes(run.peak_bytes),
                f"<= {megabytes(MAX_PEAK_BYTES)}",
                run.peak_bytes <= MAX_PEAK_BYTES,
            )
        )
        rows.append(
            Row(
                f"{name}: store contents, size on disk",
                f"{run.claims:,} claims, {run.systems:,} systems, {run.triples:,} triples, "
                f"{megabytes(run.disk_bytes)}",
            )
        )
    for small, large in zip(runs, runs[1:], strict=False):
        step = f"{small.size:,} -> {large.size:,} ({large.size / small.size:g}x papers)"
        time_growth = large.seconds / small.seconds
        linear = small.size == 10_000 and large.size == 100_000
        rows.append(
            Row(
                f"ingest time growth {step}",
                f"{time_growth:.1f}x",
                f"<= {MAX_GROWTH_10K_100K:g}x" if linear else "",
                time_growth <= MAX_GROWTH_10K_100K if linear else None,
            )
        )
        rows.append(Row(f"peak RSS growth {step}", f"{large.peak_bytes / small.peak_bytes:.1f}x"))
    return rows


# ------------------------------------------------------------------------------ queries


def bench_queries(store_path: Path, size: int, workdir: Path) -> list[Row]:
    from claimgraph.graph import comparison_graph, write_graph
    from claimgraph.lookup import lookup
    from claimgraph.queries import load_query, run_query
    from claimgraph.resultcache import ResultCache, default_cache_dir, query_store
    from claimgraph.store import open_store

    store = open_store(store_path, read_only=True)
    on = f"on the {size:,} store"
    query = load_query("who-beats-whom")
    evaluated, result = median_seconds(lambda: run_query(store, query), 5)
    log(f"who-beats-whom evaluated: {len(result)} rows, median {evaluated:.3f} s")
    # The ingest child warmed the cache; a miss here would be evaluated (and show as slow).
    cache = ResultCache(default_cache_dir())
    beats, answered = median_seconds(lambda: query_store(store_path, query, cache=cache), 5)
    log(f"who-beats-whom as `claimgraph query` answers it: median {beats:.3f} s")
    csv_process = process_seconds(
        [*claimgraph_command(), "query", "who-beats-whom", "--format", "csv"]
        + ["--store", str(store_path)],
        times=5,
    )

    def export() -> Any:
        graph = comparison_graph(store)
        write_graph(graph, "graphml", workdir / "export.graphml")
        return graph

    exported, graph = median_seconds(export, 3)
    log(f"export: median {exported:.3f} s")
    hub = max(graph.nodes, key=lambda node: (graph.degree(node), node))
    name = str(graph.nodes[hub].get("label", hub))
    looked, found = median_seconds(lambda: lookup(store, name), 5)
    log(f"lookup {name}: median {looked:.3f} s")

    cold = process_seconds(
        [*claimgraph_command(), "lookup", name, "--store", str(store_path)], times=5
    )
    bare = process_seconds([sys.executable, "-c", "pass"], times=5)
    spacy_loaded = spacy_imported_by_lookup(name, store_path)
    claims = len(found.as_subject) + len(found.as_baseline)
    target = f"<= {milliseconds(MAX_QUERY_SECONDS)}"
    return [
        Row(
            f"who-beats-whom {on}, as `claimgraph query` answers it after ingest "
            "(result cache; median of 5)",
            f"{milliseconds(beats)} ({len(answered):,} rows)",
            target,
            beats <= MAX_QUERY_SECONDS,
        ),
        Row(
            "same rows as evaluating the query",
            "yes" if answered.rows == result.rows else "NO",
            "same",
            answered.rows == result.rows,
        ),
        Row(f"who-beats-whom {on}, evaluated by Oxigraph (median of 5)", milliseconds(evaluated)),
        Row(
            "`claimgraph query who-beats-whom --format csv`, whole process (median of 5)",
            milliseconds(csv_process),
        ),
        Row(
            f"lookup {name!r} (most edges) {on} (median of 5)",
            f"{milliseconds(looked)} ({claims} claims)",
            target,
            looked <= MAX_QUERY_SECONDS,
        ),
        Row(
            f"export graphml {on} (median of 3)",
            f"{milliseconds(exported)} ({graph.number_of_nodes():,} nodes, "
            f"{graph.number_of_edges():,} edges)",
        ),
        Row(
            "cold start `claimgraph lookup NAME --store S` (median of 5)",
            milliseconds(cold),
            f"<= {milliseconds(MAX_COLD_START_SECONDS)}",
            cold <= MAX_COLD_START_SECONDS,
        ),
        Row("cold start `python -c pass` (median of 5)", milliseconds(bare)),
        Row(
            "`claimgraph lookup` imports spaCy",
            "yes" if spacy_loaded else "no",
            "no",
            not spacy_loaded,
        ),
    ]


# ------------------------------------------------------------------------------ exports


def bench_exports(store_path: Path, size: int, workdir: Path) -> list[Row]:
    """The bulk exports, pictures and page of issue 12, each as one whole `claimgraph` process
    (no target was set for them; these are the figures to watch)."""
    on = f"on the {size:,} store"
    out = workdir / "exports"
    out.mkdir(exist_ok=True)
    rows = []
    for label, args in (
        ("export --format csv", ["export", "--format", "csv", "-o", str(out / "claims.csv")]),
        ("export --format nq", ["export", "--format", "nq", "-o", str(out / "store.nq")]),
        ("export --format ttl", ["export", "--format", "ttl", "-o", str(out / "store.ttl")]),
        ("export --format png", ["export", "--format", "png", "-o", str(out / "graph.png")]),
        ("export --format html", ["export", "--format", "html", "-o", str(out / "graph.html")]),
        ("rank --chart FILE.png", ["rank", "--format", "csv", "--chart", str(out / "ranks.png")]),
    ):
        seconds = process_seconds(
            [*claimgraph_command(), *args, "--store", str(store_path)], times=1
        )
        log(f"{label}: {seconds:.2f} s")
        rows.append(Row(f"`claimgraph {label}` {on}, whole process", milliseconds(seconds)))
    return rows


def spacy_imported_by_lookup(name: str, store_path: Path) -> bool:
    code = (
        "import sys\n"
        "from claimgraph.cli import cli\n"
        "try:\n"
        f"    cli({['lookup', name, '--store', str(store_path)]!r}, standalone_mode=False)\n"
        "finally:\n"
        "    print('SPACY', 'spacy' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=child_env()
    )
    return "SPACY True" in done.stderr


# ------------------------------------------------------------------------------ table


def table(rows: list[Row]) -> str:
    header = ("Figure", "Value", "Target", "Result")
    cells = [header, *((r.figure, r.value, r.target, r.result) for r in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in cells[1:])])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes to ingest")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="extraction processes for ingest [default: the number of cores]",
    )
    parser.add_argument("--quick", action="store_true", help="smoke check: size 1000 only")
    parser.add_argument(
        "--repeat", type=int, default=11, help="gold papers repeated this often (11 times: 1,001)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="timings of each extraction pipeline, in turn"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpora")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument(
        "--workdir", type=Path, help="keep corpora and stores here [default: a temp dir]"
    )
    args = parser.parse_args(argv)
    sizes = [1000] if args.quick else sorted(int(s) for s in args.sizes.split(",") if s.strip())

    owned = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="claimgraph-bench-")) if owned else args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    # Query answers the ingests cache go with the stores, not into ~/.cache.
    os.environ["CLAIMGRAPH_CACHE"] = str(workdir / "cache")
    try:
        rows = bench_extraction(args.repeat, args.rounds)
        sources = source_papers()
        runs = []
        for size in sizes:
            corpus = write_corpus(size, workdir / f"corpus-{size}.jsonl", args.seed, sources)
            store = workdir / f"store-{size}"
            if store.exists():
                shutil.rmtree(store)
            log(f"ingest {size:,} papers with {args.workers} worker(s) ...")
            run = bench_ingest(corpus, store, size, args.workers, workdir)
            log(f"ingest {size:,}: {run.seconds:.1f} s, peak {megabytes(run.peak_bytes)}")
            runs.append(run)
        rows += ingest_rows(runs)
        rows += bench_queries(workdir / f"store-{sizes[-1]}", sizes[-1], workdir)
        rows += bench_exports(workdir / f"store-{sizes[-1]}", sizes[-1], workdir)
    finally:
        if owned:
            shutil.rmtree(workdir, ignore_errors=True)

    text = table(rows)
    print(text)
    if args.markdown is not None:
        setup = (
            f"`python -m benchmarks.run {' '.join(argv if argv is not None else sys.argv[1:])}`"
            f" on {os.cpu_count()} cores, ingest with {args.workers} worker(s), "
            f"claimgraph {claimgraph.__version__}."
        )
        args.markdown.write_text(f"{setup}\n\n{text}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
