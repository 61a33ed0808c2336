"""Store health: validate every paper graph against the shapes; back a store up and restore it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from claimgraph.store import StoreError, StoreStats, open_store, store_stats

__all__ = ["GraphProblem", "HealthReport", "backup_store", "check_store", "restore_store"]


@dataclass(frozen=True)
class GraphProblem:
    graph: str
    message: str


@dataclass
class HealthReport:
    stats: StoreStats
    graphs_checked: int = 0
    problems: list[GraphProblem] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_store(
    store: ox.Store,
    *,
    limit: int | None = None,
    on_graph: Callable[[str], None] | None = None,
) -> HealthReport:
    """Validate each named graph (a paper) against ``ontology/shapes.ttl``, on its own.

    Triples outside any paper graph are a problem too: claimgraph never writes them.
    ``limit`` checks only the first graphs (SHACL costs tens of milliseconds a graph).
    Needs pyshacl.
    """
    import pyshacl
    import rdflib

    from claimgraph.rdf import shapes_graph, to_rdflib_term

    report = HealthReport(stats=store_stats(store))
    stray = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
    if stray is not None:
        report.problems.append(GraphProblem("(default graph)", f"unexpected triple {stray}"))
    shapes = shapes_graph()
    for graph in store.named_graphs():
        if limit is not None and report.graphs_checked >= limit:
            break
        data = rdflib.Graph()
        for quad in store.quads_for_pattern(None, None, None, graph):
            data.add(
                (
                    to_rdflib_term(quad.subject),
                    to_rdflib_term(quad.predicate),
                    to_rdflib_term(quad.object),
                )
            )
        report.graphs_checked += 1
        ill_typed = next(
            (o for o in data.objects() if isinstance(o, rdflib.Literal) and o.ill_typed), None
        )
        if ill_typed is not None:
            # SHACL's comparisons fail on such a value: name it instead
            report.problems.append(
                GraphProblem(
                    graph.value, f"{ill_typed!s} is not a valid {ill_typed.datatype} value"
                )
            )
        else:
            try:
                conforms, _, text = pyshacl.validate(
                    data, shacl_graph=shapes, inference="none", advanced=True
                )
            except (TypeError, ValueError, ArithmeticError) as error:
                conforms, text = False, f"Message: cannot be validated ({error})"
        if ill_typed is None and not conforms:
            first = next(
                (line.strip() for line in str(text).splitlines() if "Message:" in line), ""
            )
            report.problems.append(GraphProblem(graph.value, first or "does not conform"))
        if on_graph is not None:
            on_graph(graph.value)
    return report


def backup_store(store_path: str | os.PathLike[str], target: str | os.PathLike[str]) -> StoreStats:
    """A consistent copy of the store at ``target`` (which must not exist).

    Works beside a running ingest or server: the copy is the snapshot a read-only open sees.
    """
    destination = Path(target)
    if destination.exists():
        raise StoreError(f"cannot back up to {destination}: it exists already; choose a new path")
    store = open_store(Path(store_path), read_only=True)
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        store.backup(str(destination))
    except OSError as error:
        raise StoreError(
            f"cannot back up to {destination}: {' '.join(str(error).split())}"
        ) from None
    return store_stats(open_store(destination, read_only=True))


def restore_store(
    backup: str | os.PathLike[str], store_path: str | os.PathLike[str], *, replace: bool = False
) -> StoreStats:
    """Put a backup in place as the store at ``store_path``, never losing either.

    The backup is copied to a staging directory beside the store (same file system), the
    copy is opened and counted, and only then swapped in by renames; the old store is
    deleted last.  On any failure (a full disk, an unreadable file, a store in use) the old
    store is left exactly as it was and the staging copy is removed.  A backup and a store
    that overlap (the same directory however spelled, or one inside the other) are refused.
    """
    source = Path(backup).expanduser()
    # the real directory: a symlinked store is replaced where it lives, "." gets a name
    destination = Path(os.path.realpath(Path(store_path).expanduser()))
    _refuse_overlap(source, destination)
    if not source.is_dir():
        raise StoreError(f"no backup at {source}: there is no such directory")
    if not (source / "CURRENT").is_file():
        raise StoreError(
            f"{source} is not a claimgraph backup (no store files in it); "
            "`claimgraph backup DIR` makes one"
        )
    open_store(source, read_only=True)  # a clear error if it is no store
    if destination.exists():
        if not replace:
            raise StoreError(
                f"a store exists at {destination}; pass --replace to overwrite it with the backup"
            )
        held = open_store(destination)  # refuses while another process holds the store
        del held  # closes it again
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = destination.with_name(f".{destination.name}.restoring-{os.getpid()}")
    retired = destination.with_name(f".{destination.name}.replaced-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        shutil.copytree(source, staging)
        store_stats(open_store(staging, read_only=True))  # the copy opens and reads
    except (OSError, shutil.Error, StoreError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(
            f"cannot restore {source} to {destination}: {_reason(error)}; "
            f"the store at {destination} is unchanged"
        ) from None
    try:
        if destination.exists():
            destination.rename(retired)
        staging.rename(destination)
    except OSError as error:
        if retired.exists() and not destination.exists():
            retired.rename(destination)
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(
            f"cannot restore {source} to {destination}: {_reason(error)}; "
            f"the store at {destination} is unchanged"
        ) from None
    shutil.rmtree(retired, ignore_errors=True)
    return store_stats(open_store(destination, read_only=True))


def _refuse_overlap(source: Path, destination: Path) -> None:
    real_source, real_destination = source.resolve(), destination.resolve()
    if real_source == real_destination:
        raise StoreError(f"cannot restore {source} onto itself: it is the store at {destination}")
    if real_destination in real_source.parents:
        raise StoreError(
            f"cannot restore {source}: it is inside the store at {destination}, which "
            "restoring would replace; copy the backup elsewhere first"
        )
    if real_source in real_destination.parents:
        raise StoreError(
            f"cannot restore {source} to {destination}: the store is inside the backup"
        )


def _reason(error: BaseException) -> str:
    """One line for any copy error; ``shutil.Error`` carries a list of (src, dst, why)."""
    if isinstance(error, shutil.Error) and error.args and isinstance(error.args[0], list):
        problems = error.args[0]
        first = problems[0] if problems else ("", "", "copy failed")
        more = f" (and {len(problems) - 1} more files)" if len(problems) > 1 else ""
        return f"{first[0]}: {first[2]}{more}"
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return " ".join(str(error).split())
