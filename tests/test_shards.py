"""The scale path: N-Quads shards written by extraction, merged into a store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.pipeline import extract
from claimgraph.records import PaperClaims
from claimgraph.shards import (
    dask_extract_to_shards,
    merge_shards,
    shard_files,
    write_shards,
)
from claimgraph.sources import read_papers
from claimgraph.store import ingest, open_store

CORPUS = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def results() -> list[PaperClaims]:
    return list(extract(read_papers([CORPUS]).papers))


@pytest.mark.slow
def test_merged_shards_equal_a_direct_ingest(results: list[PaperClaims], tmp_path: Path) -> None:
    shards = write_shards(results, tmp_path / "shards", shard_size=50)
    assert [s.name for s in shards] == [f"shard-{i:05d}.nq" for i in range(4)]  # 190 papers
    assert not list((tmp_path / "shards").glob("*.partial"))

    direct = open_store(tmp_path / "direct")
    ingest(direct, results)
    merged = open_store(tmp_path / "merged")
    merge = merge_shards(merged, shards)
    assert (merge.shards, merge.papers) == (4, 190)
    assert set(merged) == set(direct)

    again = merge_shards(merged, shard_files([tmp_path / "shards"]))
    assert again.triples_written == 0
    assert len(merged) == len(direct)


@pytest.mark.slow
def test_dask_map_step_with_two_workers(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    files = sorted(CORPUS.glob("*.txt"))
    shards = dask_extract_to_shards(files, tmp_path / "shards", num_workers=2)
    assert sorted(s.name for s in shards) == sorted(f"{f.stem}-00000.nq" for f in files)
    assert len(shards) == len(files)  # one shard per input file at the default shard size
    store = open_store(tmp_path / "store")
    merge = merge_shards(store, shards)
    # 204 entries in the four pages; a paper on two pages is merged once.
    assert merge.papers == 204
    papers = {q.subject for q in store.quads_for_pattern(None, None, None, None)}
    assert len([p for p in papers if "/paper/" in p.value]) == 190


@pytest.mark.slow
def test_cli_extract_shards_then_ingest_them_twice(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimgraph.cli import cli

    runner = CliRunner()
    shards = tmp_path / "shards"
    result = runner.invoke(
        cli, ["extract", str(CORPUS), "--shards", str(shards), "--shard-size", "100"]
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 2 shards of 190 papers" in result.stdout
    store = tmp_path / "store"
    first = runner.invoke(cli, ["ingest", str(shards), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "Merged 2 shards: 190 papers" in first.stdout
    second = runner.invoke(cli, ["ingest", str(shards), "--store", str(store)])
    assert "190 papers, 0 triples written." in second.stdout


def test_oxigraph_load_reads_a_shard(results: list[PaperClaims], tmp_path: Path) -> None:
    import subprocess
    import sys

    shard = write_shards(results[:10], tmp_path / "shards")[0]
    oxigraph = Path(sys.executable).with_name("oxigraph")
    loaded = subprocess.run(
        [str(oxigraph), "load", "--location", str(tmp_path / "store"), "--file", str(shard)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert loaded.returncode == 0, loaded.stderr
    store = open_store(tmp_path / "store", read_only=True)
    assert len(store) == len(shard.read_text(encoding="utf-8").splitlines())


def _replace_first_value(shard: Path, literal: str) -> str:
    """Writes `literal` as the object of the shard's first claim value; returns its graph."""
    lines = shard.read_text(encoding="utf-8").splitlines()
    value = next(i for i, line in enumerate(lines) if "/ns#value>" in line)
    graph = lines[value].rsplit(" ", 2)[-2]
    head, _, _ = lines[value].partition("/ns#value> ")
    lines[value] = f"{head}/ns#value> {literal} {graph} ."
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return graph


def test_a_shard_with_a_claim_value_that_is_no_number_is_not_merged(
    results: list[PaperClaims], tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from claimgraph.cli import cli

    shards = write_shards(results[:20], tmp_path / "shards", shard_size=10)
    graph = _replace_first_value(shards[0], '"abc"^^<http://www.w3.org/2001/XMLSchema#double>')
    broken = tmp_path / "shards" / "broken.nq"
    broken.write_text("this is not N-Quads\n", encoding="utf-8")

    store_path = tmp_path / "store"
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path / "shards"), "--store", str(store_path)]
    )
    assert result.exit_code == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(problems) == 2
    assert "not an N-Quads shard" in problems[0] and "broken.nq" in problems[0]
    assert f"paper graph {graph.strip('<>')} not merged" in problems[1]
    assert "Merged 3 shards: 19 papers" in result.stdout
    store = open_store(store_path, read_only=True)
    assert ox.NamedNode(graph.strip("<>")) not in set(store.named_graphs())


def test_a_number_xsd_would_not_read_is_not_merged(
    results: list[PaperClaims], tmp_path: Path
) -> None:
    shards = write_shards(results[:10], tmp_path / "shards", shard_size=10)
    _replace_first_value(shards[0], '"1_0"^^<http://www.w3.org/2001/XMLSchema#double>')
    merge = merge_shards(open_store(tmp_path / "store"), shards)
    assert merge.papers == 9 and len(merge.problems) == 1
