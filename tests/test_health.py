"""`claimgraph check`, `backup` and `restore`: store health, tested on broken and real stores."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.rdf import CG, claim_iri
from claimgraph.store import open_store


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("health") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_check_a_healthy_store(good_store: Path) -> None:
    code, out, err = invoke("check", "--store", good_store, "-q")
    assert code == 0, err
    assert "Checked 190 paper graphs against the shapes: all conform." in out
    assert "190 papers" in out


def broken_copy(good_store: Path, tmp_path: Path) -> tuple[Path, str]:
    copy = tmp_path / "broken"
    assert invoke("backup", copy, "--store", good_store)[0] == 0
    store = open_store(copy)
    graph = next(iter(store.named_graphs()))
    claim = next((q.subject for q in store.quads_for_pattern(None, CG.value, None, graph)), None)
    assert claim is not None, "the first paper has a claim to break"
    store.remove(next(iter(store.quads_for_pattern(claim, CG.value, None, graph))))
    store.flush()
    del store
    return copy, graph.value


def test_check_finds_a_claim_without_a_value(good_store: Path, tmp_path: Path) -> None:
    copy, graph = broken_copy(good_store, tmp_path)
    code, out, err = invoke("check", "--store", copy, "-q")
    assert code == 1
    assert err.startswith(f"error: {graph}: ")
    assert len(err.strip().splitlines()) == 1
    assert "1 do not conform" in out


def test_check_finds_triples_outside_any_paper(good_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "stray"
    assert invoke("backup", copy, "--store", good_store)[0] == 0
    store = open_store(copy)
    store.add(ox.Quad(claim_iri("x", 1), CG.value, ox.Literal(1.0)))
    del store
    code, _, err = invoke("check", "--store", copy, "-q")
    assert code == 1
    assert "(default graph)" in err


def test_backup_and_restore_round_trip(good_store: Path, tmp_path: Path) -> None:
    backup, restored = tmp_path / "backup", tmp_path / "restored"
    assert invoke("backup", backup, "--store", good_store)[0] == 0
    code, out, _ = invoke("restore", backup, "--store", restored)
    assert code == 0
    assert "190 papers" in out
    original = set(open_store(good_store, read_only=True))
    assert set(open_store(restored, read_only=True)) == original


def test_backup_refuses_an_existing_target(good_store: Path, tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    code, _, err = invoke("backup", tmp_path / "taken", "--store", good_store)
    assert code == 1
    assert "exists already" in err


def test_restore_never_overwrites_by_accident(good_store: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup"
    assert invoke("backup", backup, "--store", good_store)[0] == 0
    code, _, err = invoke("restore", backup, "--store", good_store)
    assert code == 1
    assert "pass --replace" in err


def test_restore_replace_refuses_a_store_in_use(good_store: Path, tmp_path: Path) -> None:
    backup, target = tmp_path / "backup", tmp_path / "in-use"
    assert invoke("backup", backup, "--store", good_store)[0] == 0
    assert invoke("backup", target, "--store", good_store)[0] == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('held', flush=True);"
            " sys.stdin.read()",
            str(target),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        code, _, err = invoke("restore", backup, "--store", target, "--replace")
        assert code == 1
        assert "in use" in err
        assert len(open_store(target, read_only=True)) > 0
    finally:
        holder.communicate(timeout=10)
