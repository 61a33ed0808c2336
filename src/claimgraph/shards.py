"""The scale path: extraction writes N-Quads shards; ingest (or `oxigraph load`) merges them.

Extraction is the expensive, embarrassingly parallel step, so it can run anywhere — in
several processes, on a Dask cluster — and write self-contained shards: each shard file
holds whole paper graphs (every quad of a paper in the one file).  Merging a shard
replaces each of its paper graphs atomically, so merging twice changes nothing and a
re-extracted paper replaces its old graph.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from claimgraph.names import AliasTable, default_aliases
from claimgraph.rdf import CG, paper_quads
from claimgraph.records import Paper, PaperClaims
from claimgraph.store import replace_graph

__all__ = [
    "ShardMerge",
    "dask_extract_to_shards",
    "extract_to_shards",
    "merge_shards",
    "shard_files",
    "write_shards",
]

SHARD_SUFFIX = ".nq"


def write_shards(
    results: Iterable[PaperClaims],
    out_dir: str | os.PathLike[str],
    *,
    shard_size: int = 1000,
    prefix: str = "shard",
    aliases: AliasTable | None = None,
) -> list[Path]:
    """Write the papers' graphs as N-Quads files of ``shard_size`` papers each.

    Files are written under a temporary name and renamed when complete, so a shard
    that exists is whole.
    """
    aliases = default_aliases() if aliases is None else aliases
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    batch: list[ox.Quad] = []
    papers = 0
    for result in results:
        batch.extend(paper_quads(result, aliases))
        papers += 1
        if papers == shard_size:
            written.append(_write(folder / f"{prefix}-{len(written):05d}{SHARD_SUFFIX}", batch))
            batch, papers = [], 0
    if papers:
        written.append(_write(folder / f"{prefix}-{len(written):05d}{SHARD_SUFFIX}", batch))
    return written


def _write(path: Path, quads: list[ox.Quad]) -> Path:
    partial = path.with_name(path.name + ".partial")
    ox.serialize(quads, str(partial), ox.RdfFormat.N_QUADS)
    partial.replace(path)
    return path


def extract_to_shards(
    papers: Iterable[Paper],
    out_dir: str | os.PathLike[str],
    *,
    shard_size: int = 1000,
    prefix: str = "shard",
    workers: int = 1,
    min_confidence: float = 0.0,
) -> list[Path]:
    """The map step: extract ``papers`` and write their graphs as shards."""
    from claimgraph.extraction import extract_papers

    results = extract_papers(papers, workers=workers, min_confidence=min_confidence)
    return write_shards(results, out_dir, shard_size=shard_size, prefix=prefix)


def _extract_file(path: str, out_dir: str, shard_size: int) -> list[str]:
    from claimgraph.sources import read_papers

    papers = read_papers([path]).papers
    prefix = Path(path).stem
    return [
        str(p) for p in extract_to_shards(papers, out_dir, shard_size=shard_size, prefix=prefix)
    ]


def dask_extract_to_shards(
    input_files: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    shard_size: int = 1000,
    scheduler: str = "processes",
    num_workers: int = 2,
) -> list[Path]:
    """The map step on Dask: one task per input file, each writing its own shards.

    Needs the ``dask`` extra.  ``scheduler`` is any Dask scheduler name ("processes",
    "threads", "synchronous"), or pass ``scheduler="distributed"`` with a
    ``dask.distributed.Client`` already created to run on a cluster.  Papers that
    appear in two input files are extracted twice; the merge keeps the last one.
    """
    try:
        import dask.bag
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "the Dask map step needs the dask extra: pip install 'claimgraph[dask]'"
        ) from error

    files = [str(Path(f)) for f in input_files]
    bag = dask.bag.from_sequence(files, npartitions=max(1, len(files)))  # type: ignore[no-untyped-call]
    mapped = bag.map(_extract_file, str(out_dir), shard_size).flatten()
    options = (
        {} if scheduler == "distributed" else {"scheduler": scheduler, "num_workers": num_workers}
    )
    return [Path(p) for p in mapped.compute(**options)]


def shard_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The ``*.nq`` files among ``paths`` (folders are searched, sorted)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(path.rglob(f"*{SHARD_SUFFIX}")))
        elif path.suffix == SHARD_SUFFIX:
            found.append(path)
    return found


@dataclass(frozen=True)
class ShardMerge:
    shards: int
    papers: int
    triples_written: int
    problems: tuple[str, ...] = ()
    """One line per shard that could not be read or paper graph that was not merged."""


def merge_shards(store: ox.Store, shards: Iterable[str | os.PathLike[str]]) -> ShardMerge:
    """The reduce step: replace every paper graph the shards hold, one atomic update each.

    A shard is checked before anything of it is written: a file that is not N-Quads is
    reported and skipped, and so is each paper graph with a claim whose value, value_max
    or confidence is not a finite number (the checks ``ingest`` applies to claims it
    extracts); the other graphs are merged.
    """
    count = papers = written = 0
    problems: list[str] = []
    for shard in shards:
        count += 1
        try:
            graphs = _graphs(Path(shard))
        except (SyntaxError, OSError, ValueError) as error:
            problems.append(f"{shard}: not an N-Quads shard ({' '.join(str(error).split())})")
            continue
        for graph, quads in graphs.items():
            bad = next((q for q in quads if not _well_formed(q)), None)
            if bad is not None:
                problems.append(
                    f"{shard}: paper graph {graph.value} not merged: {bad.subject} "
                    f"{_local_name(bad.predicate)} {bad.object} is not a finite number"
                )
                continue
            papers += 1
            written += replace_graph(store, graph, quads)
    return ShardMerge(count, papers, written, tuple(problems))


_NUMERIC_PROPERTIES = frozenset(CG[name].value for name in ("value", "valueMax", "confidence"))


_NUMERIC_TYPES = frozenset(
    "http://www.w3.org/2001/XMLSchema#" + name for name in ("double", "float", "decimal", "integer")
)
_XSD_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _well_formed(quad: ox.Quad) -> bool:
    """A numeric property holds a typed number as XSD writes one (``"1_0"``, ``" 1.5 "``,
    ``"1.5"^^xsd:string`` and INF are not: SPARQL arithmetic would drop them)."""
    if quad.predicate.value not in _NUMERIC_PROPERTIES:
        return True
    literal = quad.object
    if not isinstance(literal, ox.Literal) or literal.datatype.value not in _NUMERIC_TYPES:
        return False
    return bool(_XSD_NUMBER.fullmatch(literal.value)) and math.isfinite(float(literal.value))


def _local_name(node: ox.NamedNode) -> str:
    return node.value.rsplit("#", 1)[-1]


def _graphs(shard: Path) -> dict[ox.NamedNode, list[ox.Quad]]:
    """Every paper graph of a shard; the whole file is parsed before any is returned."""
    graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name, []).append(quad)
    return graphs
