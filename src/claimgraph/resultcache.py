"""Answers of slow queries, kept on disk until the store changes.

A listing of every claim of a large store (who-beats-whom over 100,000 papers is about
40,000 rows) costs Oxigraph seconds however the query is written: each row joins about
ten properties, and decoding the terms alone takes longer than an interactive answer
may.  The answer only changes when the store does, so a run that took longer than
``min_seconds`` keeps its rows in the cache directory, keyed by the store's path, the
query text and the bound parameters and tagged with :func:`claimgraph.store.store_state`;
a later run whose store state matches reads the rows back instead of querying.
``claimgraph ingest`` warms the cache for who-beats-whom when it finishes.

The cache directory is ``$CLAIMGRAPH_CACHE``, else ``$XDG_CACHE_HOME/claimgraph``, else
``~/.cache/claimgraph``.  Entries are JSON; one that cannot be read is a miss, and a
cache that cannot be written only costs the next run its speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.queries import (
    NamedQuery,
    QueryResult,
    bind_params,
    load_query,
    parse_query_text,
    run_query,
)
from claimgraph.resources import user_directory
from claimgraph.store import open_store, store_state

__all__ = ["ResultCache", "default_cache_dir", "query_store", "warm_cache"]

_FORMAT = 1
WARMED_QUERIES = ("who-beats-whom",)
"""The named queries ``claimgraph ingest`` answers ahead, so that their first run is fast."""


def default_cache_dir() -> Path:
    """``$CLAIMGRAPH_CACHE``, else ``$XDG_CACHE_HOME/claimgraph``, else ``~/.cache/claimgraph``."""
    return user_directory("CLAIMGRAPH_CACHE", "XDG_CACHE_HOME", ".cache")


@dataclass(frozen=True)
class ResultCache:
    """Query answers on disk, at most ``keep`` of them (the least recently used go first)."""

    directory: Path
    keep: int = 64

    def entry(self, store: Path, query: NamedQuery, substitutions: Mapping[Any, Any]) -> Path:
        bound = sorted((str(name), str(value)) for name, value in substitutions.items())
        key = json.dumps([str(store.expanduser().resolve()), query.text, bound])
        return self.directory / "results" / f"{hashlib.sha256(key.encode()).hexdigest()}.json"

    def load(self, entry: Path, state: str) -> QueryResult | None:
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            if data["format"] != _FORMAT or data["state"] != state:
                return None
            result = QueryResult(list(data["columns"]), [tuple(row) for row in data["rows"]])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        with contextlib.suppress(OSError):  # recently used; a read-only cache still answers
            os.utime(entry)
        return result

    def save(self, entry: Path, state: str, result: QueryResult) -> None:
        data = {"format": _FORMAT, "state": state, "columns": result.columns, "rows": result.rows}
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False)
            os.replace(temporary, entry)  # readers see the old entry or the new one, whole
            self._prune(entry.parent)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def _prune(self, directory: Path) -> None:
        entries = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in entries[self.keep :]:
            stale.unlink(missing_ok=True)


_VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE|SERVICE)\b", re.IGNORECASE)
"""Functions and clauses whose answer changes from run to run: such queries are not cached."""


def query_store(
    path: Path,
    text: str | NamedQuery,
    params: Mapping[str, str] | None = None,
    *,
    limit: int | None = None,
    cache: ResultCache | None = None,
    min_seconds: float = 0.2,
    allow_federation: bool = False,
) -> QueryResult:
    """Run a query on the store at ``path`` (opened read-only), through ``cache`` if given.

    A cached answer is used while the store is unchanged; otherwise the query runs and,
    if it took at least ``min_seconds`` and was not cut short by ``limit``, its answer is
    kept.  Queries whose answer changes from run to run (``NOW()``, ``RAND()``, ``UUID()``,
    ``STRUUID()``, ``BNODE()``, ``SERVICE``) are never cached.  Raises what
    :func:`claimgraph.queries.run_query` and :func:`claimgraph.store.open_store` raise.
    """
    query = text if isinstance(text, NamedQuery) else parse_query_text("query", text)
    if cache is None or _VOLATILE.search(query.text):
        return run_query(
            open_store(path, read_only=True),
            query,
            params,
            limit=limit,
            allow_federation=allow_federation,
        )
    entry = cache.entry(path, query, bind_params(query, params or {}, None))
    try:
        state = store_state(path) if path.is_dir() else ""
    except OSError:  # a file vanished under a writer's compaction, again and again
        state = ""
    cached = cache.load(entry, state) if state else None
    if cached is not None:
        return cached if limit is None else QueryResult(cached.columns, cached.rows[:limit])
    started = time.perf_counter()
    result = run_query(open_store(path, read_only=True), query, params, limit=limit)
    if state and limit is None and time.perf_counter() - started >= min_seconds:
        cache.save(entry, state, result)
    return result


def warm_cache(path: Path, cache: ResultCache, names: tuple[str, ...] = WARMED_QUERIES) -> None:
    """Answer the named queries ``names`` on the store at ``path`` into ``cache``."""
    for name in names:
        query_store(path, load_query(name), cache=cache, min_seconds=0.0)
