"""The on-disk Oxigraph store: one named graph per paper, replaced atomically.

Only one process can open a store for writing (``claimgraph ingest`` or
``claimgraph serve``); :func:`open_store` turns the lock error into a
:class:`StoreError` that says so.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from claimgraph.names import AliasTable, default_aliases
from claimgraph.rdf import CG, RDF, InvalidRecord, paper_iri, paper_quads
from claimgraph.records import PaperClaims
from claimgraph.resources import user_directory

__all__ = [
    "IngestSummary",
    "StoreError",
    "StoreStats",
    "default_store_path",
    "ingest",
    "open_store",
    "replace_graph",
    "replace_paper",
    "store_state",
    "store_stats",
]


class StoreError(Exception):
    """The store cannot be opened or used; the message is one line meant for the user."""


@dataclass(frozen=True)
class IngestSummary:
    papers: int
    """Papers read (whether or not their graph changed)."""
    claims: int
    systems: int
    """Distinct system keys the papers mention."""
    triples_written: int
    """Triples written; papers whose graph was already up to date count 0."""


@dataclass(frozen=True)
class StoreStats:
    papers: int
    claims: int
    systems: int
    """Distinct system nodes over all paper graphs."""
    triples: int
    """Quads in all graphs."""


def default_store_path() -> Path:
    """``$CLAIMGRAPH_STORE``, else ``$XDG_DATA_HOME/claimgraph/store``, else
    ``~/.local/share/claimgraph/store``."""
    return user_directory("CLAIMGRAPH_STORE", "XDG_DATA_HOME", ".local/share", "store")


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


_STORE_FILE = re.compile(
    r"^(?:LOCK|LOG(?:\.old\.\d+)?|IDENTITY|CURRENT|MANIFEST-\d+|OPTIONS-\d+|\d+\.(?:log|sst|dbtmp))$"
)


def _only_store_files(path: Path) -> bool:
    """Empty, or only the files the store engine writes (a store still being created,
    or one whose creation was killed): safe to open as a store."""
    return all(_STORE_FILE.match(child.name) for child in path.iterdir())


def open_store(path: Path | str, *, read_only: bool = False) -> ox.Store:
    """Open the store at ``path``; for writing, create it (and missing parents) first.

    Raises :class:`StoreError` when a read-only store does not exist, when another
    process holds the store, or when the directory cannot be used.
    """
    path = Path(path).expanduser()
    if read_only:
        if not _is_store(path):
            raise StoreError(f"no claimgraph store at {path}; run `claimgraph ingest` first")
        return _open_read_only(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot open a claimgraph store at {path}: it is not a directory")
    if path.is_dir() and not _is_store(path) and not _only_store_files(path):
        raise StoreError(
            f"cannot open a claimgraph store at {path}: the directory is not empty "
            "and holds no store; choose another path"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as error:
        if "LOCK" in str(error):
            raise StoreError(
                f"the claimgraph store at {path} is in use by another claimgraph process "
                "(an ingest or `claimgraph serve`); wait for it to finish or stop it, "
                "or use another store directory"
            ) from None
        raise StoreError(f"cannot open a claimgraph store at {path}: {_one_line(error)}") from error


def _open_read_only(path: Path, attempts: int = 5) -> ox.Store:
    """A read-only snapshot; retried because a writer compacting files can race the open."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as error:
            if attempt + 1 == attempts:
                raise StoreError(
                    f"cannot read the claimgraph store at {path} (is an ingest writing it? "
                    f"try again when it has finished): {_one_line(error)}"
                ) from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def store_state(path: Path | str) -> str:
    """A token that changes whenever the store at ``path`` may have changed.

    Every committed write appends to the engine's write-ahead log or adds table files,
    so the name, size, modification time and inode of each file in the directory
    change with it; reading (a read-only open) changes none of them.  Opening for
    writing can change the token without changing the data, which only costs a miss.
    """
    for attempt in range(3):
        digest = hashlib.sha256()
        try:
            with os.scandir(Path(path).expanduser()) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    info = entry.stat(follow_symlinks=False)
                    line = f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}\n"
                    digest.update(line.encode())
        except FileNotFoundError:  # deleted between listing and stat by a writer's compaction
            if attempt == 2:
                raise
            continue
        return digest.hexdigest()
    raise AssertionError("unreachable")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _graph_update(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
    """One SPARQL update that replaces ``graph`` by ``quads``; terms serialized by pyoxigraph."""
    triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}"


FLUSH_EVERY = 2000
"""Papers written between two flushes of the store during an ingest."""


def replace_graph(store: ox.Store, graph: ox.NamedNode, quads: list[ox.Quad]) -> int:
    """Make ``graph`` hold exactly ``quads``, in one atomic update; the triples written.

    0 when the graph already held exactly these quads (nothing is written then).
    """
    if any(q.graph_name != graph for q in quads):
        raise ValueError(f"all quads must be in graph {graph}")
    current = set(store.quads_for_pattern(None, None, None, graph))
    if current == set(quads):
        return 0
    if quads and not current:
        store.extend(quads)  # a new paper: one transaction, and faster than an update
    elif quads:
        store.update(_graph_update(graph, quads))
    else:
        store.update(f"DROP SILENT GRAPH {graph}")
    return len(quads)


def replace_paper(store: ox.Store, result: PaperClaims, aliases: AliasTable | None = None) -> int:
    """Replace the paper's named graph by its current quads, in one atomic update.

    Returns the number of triples written: 0 when the graph already held exactly
    these quads (nothing is written then).
    """
    aliases = default_aliases() if aliases is None else aliases
    return replace_graph(store, paper_iri(result.paper.id), paper_quads(result, aliases))


def ingest(
    store: ox.Store,
    results: Iterable[PaperClaims],
    aliases: AliasTable | None = None,
    on_paper: Callable[[PaperClaims], None] | None = None,
    on_invalid: Callable[[PaperClaims, InvalidRecord], None] | None = None,
) -> IngestSummary:
    """Write each paper's graph (see :func:`replace_paper`); ``on_paper`` is called after each.

    A paper that breaks the record contract raises :class:`InvalidRecord`, unless
    ``on_invalid`` is given: then it is reported there, skipped, and the rest written.
    """
    aliases = default_aliases() if aliases is None else aliases
    papers = claims = triples_written = 0
    system_keys: set[str] = set()
    for result in results:
        try:
            quads = paper_quads(result, aliases)
        except InvalidRecord as error:
            if on_invalid is None:
                raise
            on_invalid(result, error)
            continue
        triples_written += replace_graph(store, paper_iri(result.paper.id), quads)
        papers += 1
        if papers % FLUSH_EVERY == 0:
            # Under load the engine's own background flush falls behind and its
            # write-ahead log grows with the ingest; flushing keeps memory and disk flat.
            store.flush()
        claims += len(result.claims)
        system_keys.update(
            q.object.value
            for q in quads
            if q.predicate == CG.key and isinstance(q.object, ox.Literal)
        )
        if on_paper is not None:
            on_paper(result)
    return IngestSummary(
        papers=papers, claims=claims, systems=len(system_keys), triples_written=triples_written
    )


def store_stats(store: ox.Store) -> StoreStats:
    """Counts over all graphs of the store."""

    def typed(cls: ox.NamedNode) -> set[ox.NamedNode | ox.BlankNode | ox.Triple]:
        return {q.subject for q in store.quads_for_pattern(None, RDF.type, cls, None)}

    return StoreStats(
        papers=len(typed(CG.Paper)),
        claims=len(typed(CG.Claim)),
        systems=len(typed(CG.System)),
        triples=len(store),
    )
