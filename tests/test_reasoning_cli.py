"""`claimgraph contradictions`, `compare` and `rank` on the bundled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reasoning-cli") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def run(store: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [*args, "--store", str(store)])
    return result.exit_code, result.stdout, result.stderr


def test_compare_chains_through_flashattention2(store: Path) -> None:
    code, out, _ = run(store, "compare", "LeanAttention", "flashattention")
    assert code == 0
    assert "about 16.7x faster: LeanAttention > FlashAttention-2 > FlashAttention" in out
    assert "FlashAttention-2 over FlashAttention: about 2x faster" in out


def test_compare_json(store: Path) -> None:
    code, out, _ = run(store, "compare", "LeanAttention", "FlashAttention", "--json")
    assert code == 0
    comparison = json.loads(out)
    assert comparison["a_label"] == "LeanAttention"
    assert [c["systems"] for c in comparison["chains"]] == [
        ["leanattention", "flashattention2", "flashattention"]
    ]


def test_compare_unknown_system_is_one_line(store: Path) -> None:
    code, _, err = run(store, "compare", "NoSuchSystem", "FlashAttention")
    assert code == 1
    assert len(err.strip().splitlines()) == 1


def test_rank_orders_the_fsmoe_component(store: Path) -> None:
    code, out, _ = run(store, "rank", "--metric", "speedup", "--format", "json")
    assert code == 0
    rows = [r for r in json.loads(out) if r["label"] in {"FSMoE", "DeepSpeed-MoE", "Fairseq"}]
    assert rows[0]["label"] == "FSMoE" and rows[0]["position"] == 1
    assert {r["component"] for r in rows} == {rows[0]["component"]}
    assert rows[-1]["label"] == "Fairseq" and rows[-1]["factor"] == 1


def test_contradictions_on_the_bundled_corpus(store: Path) -> None:
    code, out, _ = run(store, "contradictions", "--json")
    assert code == 0
    assert isinstance(json.loads(out), list)
