"""The result cache: a slow answer is kept until the store changes, and never served stale."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import fill_store, fixture_papers

from claimgraph.cli import cli
from claimgraph.queries import load_query, run_query
from claimgraph.resultcache import ResultCache, query_store
from claimgraph.store import open_store, replace_paper, store_state

WHO = load_query("who-beats-whom")


@pytest.fixture
def disk_store(tmp_path: Path) -> Path:
    """Three of the four fixture papers on disk; the fourth is left for a test to add."""
    path = tmp_path / "store"
    store = open_store(path)
    for result in fixture_papers()[:3]:
        replace_paper(store, result)
    del store  # closed: its files stay as they are
    return path


def _entries(cache: ResultCache) -> list[Path]:
    return sorted((cache.directory / "results").glob("*.json"))


def _expected(path: Path) -> list[tuple[object, ...]]:
    return run_query(open_store(path, read_only=True), WHO).rows


def test_a_read_only_query_leaves_the_store_state_alone(disk_store: Path) -> None:
    before = store_state(disk_store)
    assert len(_expected(disk_store)) == 7
    assert store_state(disk_store) == before


def test_the_answer_is_kept_and_read_back(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    first = query_store(disk_store, WHO, cache=cache, min_seconds=0)
    assert first.rows == _expected(disk_store)
    [entry] = _entries(cache)
    kept = json.loads(entry.read_text(encoding="utf-8"))
    assert kept["state"] == store_state(disk_store) and len(kept["rows"]) == 7
    # A row only the cache holds: a second run that shows it read the cache, not the store.
    kept["rows"] = [["from the cache", *kept["rows"][0][1:]]]
    entry.write_text(json.dumps(kept), encoding="utf-8")
    again = query_store(disk_store, WHO, cache=cache, min_seconds=0)
    assert [row[0] for row in again.rows] == ["from the cache"]
    assert query_store(disk_store, WHO, cache=None).rows == first.rows


def test_a_changed_store_is_queried_again(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    before = query_store(disk_store, WHO, cache=cache, min_seconds=0)
    store = open_store(disk_store)
    replace_paper(store, fixture_papers()[3])  # LeanAttention: two more named comparisons
    del store
    after = query_store(disk_store, WHO, cache=cache, min_seconds=0)
    assert len(after.rows) == len(before.rows) + 2
    assert after.rows == _expected(disk_store)
    assert {row[0] for row in after.rows} >= {"LeanAttention"}


def test_fast_answers_and_cut_short_answers_are_not_kept(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    query_store(disk_store, WHO, cache=cache)  # milliseconds: under the 0.2 s default
    query_store(disk_store, WHO, cache=cache, min_seconds=0, limit=2)
    assert _entries(cache) == []


def test_a_limit_cuts_a_cached_answer(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    full = query_store(disk_store, WHO, cache=cache, min_seconds=0)
    assert query_store(disk_store, WHO, cache=cache, limit=2).rows == full.rows[:2]


def test_parameters_have_their_own_entries(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    speedup = query_store(disk_store, WHO, {"metric": "speedup"}, cache=cache, min_seconds=0)
    throughput = query_store(disk_store, WHO, {"metric": "throughput"}, cache=cache, min_seconds=0)
    assert {row[6] for row in speedup.rows} == {"speedup"}
    assert {row[6] for row in throughput.rows} == {"throughput"}
    assert len(_entries(cache)) == 2
    again = query_store(disk_store, WHO, {"metric": " Throughput"}, cache=cache, min_seconds=0)
    assert again.rows == throughput.rows and len(_entries(cache)) == 2


def test_a_broken_entry_is_a_miss_and_is_rewritten(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    query_store(disk_store, WHO, cache=cache, min_seconds=0)
    [entry] = _entries(cache)
    for broken in ("", "{", "[]", '{"format": 1}', "\x00\xff"):
        entry.write_text(broken, encoding="utf-8")
        assert query_store(disk_store, WHO, cache=cache, min_seconds=0).rows == _expected(
            disk_store
        )
        assert json.loads(entry.read_text(encoding="utf-8"))["state"] == store_state(disk_store)


def test_a_cache_that_cannot_be_written_still_answers(disk_store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    cache = ResultCache(blocker)
    assert query_store(disk_store, WHO, cache=cache, min_seconds=0).rows == _expected(disk_store)


def test_old_entries_are_pruned(disk_store: Path, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache", keep=2)
    for metric in ("speedup", "throughput", "latency"):
        query_store(disk_store, WHO, {"metric": metric}, cache=cache, min_seconds=0)
    assert len(_entries(cache)) == 2


def test_ingest_warms_who_beats_whom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    [entry] = _entries(ResultCache(tmp_path / "cache"))
    kept = json.loads(entry.read_text(encoding="utf-8"))
    assert kept["state"] == store_state(path)  # the state of the closed store: a hit
    assert [tuple(row) for row in kept["rows"]] == _expected(path)
    cached = CliRunner().invoke(cli, ["query", "who-beats-whom", "--store", str(path)])
    fresh = CliRunner().invoke(cli, ["query", "who-beats-whom", "--store", str(path), "--no-cache"])
    assert cached.exit_code == fresh.exit_code == 0
    assert cached.stdout == fresh.stdout and "FSMoE" in cached.stdout


def test_memory_store_fixture_rows_match(tmp_path: Path) -> None:
    """The cached path and the plain path agree with an in-memory store of the same papers."""
    path = tmp_path / "store"
    fill_store(ox.Store(str(path)))
    cache = ResultCache(tmp_path / "cache")
    assert (
        query_store(path, WHO, cache=cache, min_seconds=0).rows
        == run_query(fill_store(ox.Store()), WHO).rows
    )


@pytest.mark.parametrize("call", ["NOW()", "RAND()", "STRUUID()", "uuid()", "BNODE()"])
def test_answers_that_change_from_run_to_run_are_not_kept(
    disk_store: Path, tmp_path: Path, call: str
) -> None:
    cache = ResultCache(tmp_path / "cache")
    text = f"SELECT ({call} AS ?x) (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    query_store(disk_store, text, cache=cache, min_seconds=0)
    assert _entries(cache) == []


def test_a_store_whose_files_keep_changing_is_queried_uncached(
    disk_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """store_state can lose the race with a compacting writer three times over: then the
    query still answers, from the store, and nothing is kept."""
    import claimgraph.resultcache

    def vanished(path: Path) -> str:
        raise FileNotFoundError(2, "No such file or directory", str(path / "000009.sst"))

    monkeypatch.setattr(claimgraph.resultcache, "store_state", vanished)
    cache = ResultCache(tmp_path / "cache")
    assert query_store(disk_store, WHO, cache=cache, min_seconds=0).rows == _expected(disk_store)
    assert _entries(cache) == []
