"""`claimgraph export --format html|svg|png` and `--system NAME --depth K`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.graph import comparison_graph
from claimgraph.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def export(store: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["export", *args, "--store", str(store)])
    return result.exit_code, result.stdout, result.stderr


def embedded_graph(page: str) -> dict[str, list[object]]:
    start = page.index('id="claimgraph-data"')
    body = page[page.index(">", start) + 1 : page.index("</script>", start)]
    return json.loads(body)  # type: ignore[no-any-return]


def test_html_page_holds_every_system(store: Path, tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    code, _, err = export(store, "--format", "html", "-o", str(page))
    assert code == 0, err
    graph = comparison_graph(open_store(store, read_only=True))
    assert f"Wrote {page}: {graph.number_of_nodes()} systems" in err
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text
    data = embedded_graph(text)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()


def test_neighbourhood_of_flashattention2(store: Path) -> None:
    code, out, _ = export(store, "--format", "json", "--system", "fa2")
    assert code == 0
    nodes = {n["id"] for n in json.loads(out)["nodes"]}
    assert "flashattention2" in nodes and "flashattention" in nodes and "leanattention" in nodes
    assert "fsmoe" not in nodes
    code, out, _ = export(store, "--format", "json", "--system", "LeanAttention", "--depth", "1")
    assert {n["id"] for n in json.loads(out)["nodes"]} == {"leanattention", "flashattention2"}


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_static_pictures(store: Path, tmp_path: Path, fmt: str, magic: bytes) -> None:
    picture = tmp_path / f"graph.{fmt}"
    code, _, err = export(store, "--format", fmt, "-o", str(picture), "--system", "FSMoE")
    assert code == 0, err
    assert picture.read_bytes().startswith(magic)
    assert picture.stat().st_size > 5_000


def test_pictures_need_a_file(store: Path) -> None:
    code, _, err = export(store, "--format", "png")
    assert code == 2
    assert "--format png needs --output FILE" in err


def test_unknown_system_is_one_line(store: Path) -> None:
    code, _, err = export(store, "--format", "json", "--system", "NoSuchSystem")
    assert code == 1
    assert err.strip() == (
        "Error: no system called 'NoSuchSystem' in the store "
        "(`claimgraph query systems` lists them)"
    )


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_pictures_without_matplotlib_name_the_extra(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib` fails
    code, out, err = export(store, "--format", fmt, "-o", str(tmp_path / f"graph.{fmt}"))
    assert (code, out) == (1, "")
    assert err == (
        "Error: svg and png pictures need matplotlib, which is not installed: "
        "pip install 'claimgraph[plot]'\n"
    )
    assert not (tmp_path / f"graph.{fmt}").exists()


def test_missing_output_folder_is_named(store: Path) -> None:
    code, _, err = export(store, "--format", "html", "-o", "/missing/dir/x.html")
    assert code == 1
    assert err == (
        "Error: cannot write /missing/dir/x.html: the folder /missing/dir does not exist\n"
    )
