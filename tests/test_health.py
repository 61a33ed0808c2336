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


# -- restore never loses the store or the backup (issue: "Nothing lost, nobody in")


def _quads(path: Path) -> set[ox.Quad]:
    return set(open_store(path, read_only=True))


def test_restore_refuses_a_backup_inside_the_store(good_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert invoke("backup", store, "--store", good_store)[0] == 0
    snapshot = store / "snap"
    assert invoke("backup", snapshot, "--store", store)[0] == 0
    before = _quads(store)
    code, _, err = invoke("restore", snapshot, "--store", store, "--replace")
    assert code == 1
    assert "inside the store" in err and len(err.strip().splitlines()) == 1
    assert _quads(store) == before and _quads(snapshot) == before


@pytest.mark.parametrize("spelling", ["same", "dot-slash", "dot-dot"])
def test_restore_refuses_the_store_itself_however_spelled(
    good_store: Path, tmp_path: Path, spelling: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "s"
    assert invoke("backup", store, "--store", good_store)[0] == 0
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x").mkdir()
    source = {"same": str(store), "dot-slash": "./s/", "dot-dot": str(tmp_path / "x" / ".." / "s")}
    before = _quads(store)
    code, _, err = invoke("restore", source[spelling], "--store", store, "--replace")
    assert code == 1
    assert "onto itself" in err
    assert _quads(store) == before


def test_a_full_disk_during_restore_leaves_the_old_store_as_it_was(
    good_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import shutil

    backup, store = tmp_path / "backup", tmp_path / "store"
    assert invoke("backup", backup, "--store", good_store)[0] == 0
    assert invoke("backup", store, "--store", good_store)[0] == 0
    before = _quads(store)
    real_copytree = shutil.copytree

    def copy_until_the_disk_is_full(src: str, dst: str) -> object:
        if Path(src).stat().st_size > 4096:  # the first big file fills the disk half-way
            Path(dst).write_bytes(Path(src).read_bytes()[:100])
            raise OSError(errno.ENOSPC, "No space left on device", dst)
        return shutil.copy2(src, dst)

    def copytree_on_a_small_disk(src: Path, dst: Path, **kwargs: object) -> object:
        return real_copytree(src, dst, copy_function=copy_until_the_disk_is_full)

    monkeypatch.setattr(shutil, "copytree", copytree_on_a_small_disk)
    code, _, err = invoke("restore", backup, "--store", store, "--replace")
    monkeypatch.undo()
    assert code == 1
    assert "No space left on device" in err and "unchanged" in err
    assert len(err.strip().splitlines()) == 1
    assert _quads(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "store"]  # no staging left


def test_restore_replace_swaps_in_the_backup_and_says_a_server_keeps_the_old(
    good_store: Path, tmp_path: Path
) -> None:
    backup, store = tmp_path / "backup", tmp_path / "store"
    assert invoke("backup", backup, "--store", good_store)[0] == 0
    writable = open_store(tmp_path / "other")
    writable.add(ox.Quad(claim_iri("x", 1), CG.value, ox.Literal(1.0), ox.NamedNode("urn:g")))
    del writable
    assert invoke("backup", store, "--store", tmp_path / "other")[0] == 0
    code, out, _ = invoke("restore", backup, "--store", store, "--replace")
    assert code == 0
    assert _quads(store) == _quads(good_store)
    assert "restart it" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "other", "store"]


# -- hostile data already in a store: readers skip a claim whose value is no number


def test_a_claim_value_that_is_no_number_is_skipped_and_reported(
    good_store: Path, tmp_path: Path
) -> None:
    import json

    from claimgraph.queries import load_query, run_query

    store_path = tmp_path / "hostile"
    assert invoke("backup", store_path, "--store", good_store)[0] == 0
    store = open_store(store_path)
    edge = run_query(store, load_query("comparison-edges")).to_dicts()[0]
    claim = ox.NamedNode(str(edge["claim"]))
    (old,) = list(store.quads_for_pattern(claim, CG.value, None))
    store.remove(old)
    double = ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")
    store.add(ox.Quad(claim, CG.value, ox.Literal("abc", datatype=double), old.graph_name))
    del store
    source = str(edge["source"])
    commands = [
        ["lookup", source],
        ["rank"],
        ["compare", source, str(edge["target"])],
        ["contradictions"],
        ["export", "--format", "dot"],
        ["export", "--format", "json"],
    ]
    for command in commands:
        code, out, err = invoke(*command, "--store", store_path)
        assert code in (0, 1), (command, err)
        assert "Traceback" not in out + err
        assert "skipped 1 stored claim whose value is not a number" in err, (command, err)
        if command[-1] == "json":
            exported = json.loads(out)
            assert "NaN" not in out and exported


def test_control_characters_already_stored_reach_no_terminal_and_no_xml(tmp_path: Path) -> None:
    import networkx as nx

    from claimgraph.rdf import paper_quads
    from claimgraph.records import Claim, Paper, PaperClaims

    sentence = "BelSys is 2x faster than Tu\x01tel on\x1b[31m GPUs."
    paper = Paper(id="c1", title="Bel\x07Sys: fast", abstract=sentence)
    claim = Claim(
        paper="c1",
        subject="Bel\x07Sys",
        baseline="Tu\x01tel",
        baseline_kind="named",
        value=2.0,
        value_max=None,
        unit="x",
        qualifier=None,
        metric="speedup",
        context=None,
        sentence=sentence,
        start=0,
        end=len(sentence),
    )
    store_path = tmp_path / "store"
    store = open_store(store_path)
    store.extend(paper_quads(PaperClaims(paper, [claim])))
    del store
    code, out, _ = invoke("lookup", "Bel\x07Sys", "--store", store_path)
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[31m" in out
    for fmt in ("graphml", "gexf"):
        target = tmp_path / f"g.{fmt}"
        assert invoke("export", "--format", fmt, "-o", target, "--store", store_path)[0] == 0
        graph = nx.read_graphml(target) if fmt == "graphml" else nx.read_gexf(target)
        assert graph.number_of_edges() == 1


def test_check_names_an_ill_typed_literal_instead_of_failing(
    good_store: Path, tmp_path: Path
) -> None:
    store_path = tmp_path / "ill-typed"
    assert invoke("backup", store_path, "--store", good_store)[0] == 0
    store = open_store(store_path)
    start = next(iter(store.quads_for_pattern(None, CG.sentenceStart, None, None)))
    store.remove(start)
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    store.add(
        ox.Quad(
            start.subject, start.predicate, ox.Literal("abc", datatype=integer), start.graph_name
        )
    )
    del store
    code, _, err = invoke("check", "--store", store_path, "-q")
    assert code == 1
    assert "Traceback" not in err
    assert f"{start.graph_name.value}: abc is not a valid {integer.value} value" in err


def test_restore_replaces_a_symlinked_store_where_it_lives(
    good_store: Path, tmp_path: Path
) -> None:
    backup, real = tmp_path / "backup", tmp_path / "real-store"
    assert invoke("backup", backup, "--store", good_store)[0] == 0
    assert invoke("backup", real, "--store", good_store)[0] == 0
    link = tmp_path / "link"
    link.symlink_to(real)
    code, _, err = invoke("restore", backup, "--store", link, "--replace")
    assert code == 0, err
    assert link.is_symlink() and _quads(link) == _quads(good_store)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "link", "real-store"]


def test_restore_from_a_missing_folder_says_so(tmp_path: Path) -> None:
    code, _, err = invoke("restore", tmp_path / "not-a-backup", "--store", tmp_path / "store")
    assert code == 1
    assert err == f"Error: no backup at {tmp_path / 'not-a-backup'}: there is no such directory\n"
    assert not (tmp_path / "store").exists()


def test_restore_from_a_folder_that_is_no_backup_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("x", encoding="utf-8")
    code, _, err = invoke("restore", tmp_path / "notes", "--store", tmp_path / "store")
    assert code == 1
    assert err == (
        f"Error: {tmp_path / 'notes'} is not a claimgraph backup (no store files in it); "
        "`claimgraph backup DIR` makes one\n"
    )
