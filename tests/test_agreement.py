"""The agreement benchmark: a second reading scored against the first as the extractor is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.agreement import PAIRS, Pair, agreement
from claimgraph.scoring import load_gold

GOLD = Path(__file__).parent / "data" / "gold"


def test_a_reading_agrees_fully_with_itself() -> None:
    first = GOLD / "dev-claims.jsonl"
    evaluation = agreement(first, first)
    assert {level: evaluation.levels[level].f1 for level in ("value", "tuple", "full")} == {
        "value": 1.0,
        "tuple": 1.0,
        "full": 1.0,
    }


def test_a_different_baseline_costs_one_tuple_and_no_value(tmp_path: Path) -> None:
    first = GOLD / "dev-claims.jsonl"
    lines = first.read_text(encoding="utf-8").splitlines()
    changed = json.loads(lines[0])
    changed["baseline"], changed["baseline_alts"] = "a system no reader named", []
    second = tmp_path / "second.jsonl"
    second.write_text("\n".join([json.dumps(changed), *lines[1:]]) + "\n", encoding="utf-8")
    evaluation = agreement(first, second)
    assert evaluation.levels["value"].true_positives == len(lines)
    assert evaluation.levels["tuple"].true_positives == len(lines) - 1


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair.first.stem)
def test_each_second_reading_reads_the_same_papers(pair: Pair) -> None:
    papers_file = GOLD / pair.first.name.replace("-claims", "-papers")
    abstracts = {
        record["id"]: record["abstract"]
        for record in map(json.loads, papers_file.read_text(encoding="utf-8").splitlines())
    }
    second = load_gold(pair.second)
    assert second
    assert all(claim.sentence in abstracts[claim.paper] for claim in second)
