"""``claimgraph.lookup``: a system by any spelling, its claims both ways, "did you mean"."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from conftest import (
    FA2,
    FA2_SENTENCE,
    HOSTILE,
    JRT_RNN_SENTENCE,
    store_dump,
)

from claimgraph.lookup import ClaimRow, lookup
from claimgraph.names import AliasTable


@pytest.mark.parametrize(
    "name",
    ["FlashAttention-2", "flashattention-2", "FLASHATTENTION 2", "fa2", "FA2", " FlashAttention2 "],
)
def test_lookup_any_spelling(store: ox.Store, name: str) -> None:
    result = lookup(store, name)
    assert result.found
    assert result.query == name
    assert result.keys == ["flashattention2"]
    assert result.labels == ["FlashAttention-2"]
    assert result.suggestions == []
    assert [(c.paper, c.subject, c.baseline, c.value) for c in result.as_subject] == [
        ("s000-11", "FlashAttention-2", "FlashAttention", 2.0)
    ]
    assert [(c.paper, c.subject, c.baseline, c.value, c.metric) for c in result.as_baseline] == [
        ("s000-33", "JRT-Prompt", "FlashAttention-2", 11.9, "throughput"),
        ("s000-33", "JRT-RNN", "FA2", 19.2, "throughput"),  # as the paper wrote it
        ("s003-lean", "LeanAttention", "FlashAttention-2", 8.33, "speedup"),
        ("s003-lean", "LeanAttention", "FlashAttention-2", 2.6, "speedup"),
    ]


def test_claim_row_fields(store: ox.Store) -> None:
    result = lookup(store, "flashattention-2")
    assert result.as_subject[0] == ClaimRow(
        paper="s000-11",
        subject="FlashAttention-2",
        baseline="FlashAttention",
        baseline_kind="named",
        value=2.0,
        value_max=None,
        unit="x",
        qualifier="approx",
        metric="speedup",
        context="A100",
        sentence=FA2_SENTENCE,
        paper_title=FA2,
        paper_date="2023-07-17",
    )
    rnn = result.as_baseline[1].to_dict()
    assert list(rnn) == [
        "paper",
        "subject",
        "baseline",
        "baseline_kind",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "metric",
        "context",
        "sentence",
        "paper_title",
        "paper_date",
    ]
    assert rnn["sentence"] == JRT_RNN_SENTENCE
    assert rnn["context"] == "prefill"
    assert result.as_baseline[-1].paper_date is None
    json.dumps(result.to_dict())  # plain data all the way down


def test_lookup_range_values(store: ox.Store) -> None:
    result = lookup(store, "tutel")
    assert result.labels == ["Tutel"]
    assert result.as_subject == []
    assert [(c.subject, c.value, c.value_max, c.context) for c in result.as_baseline] == [
        ("FSMoE", 1.19, 3.01, "real-world MoE models based on GPT-2 and Mixtral"),
        ("FSMoE", 1.18, 1.22, "1458 MoE layers"),
    ]


def test_lookup_subject_with_generic_baseline(store: ox.Store) -> None:
    result = lookup(store, "fsmoe")
    generic = [c for c in result.as_subject if c.baseline_kind == "generic"]
    assert [(c.baseline, c.value, c.qualifier) for c in generic] == [
        ("existing implementations", 1.42, "up_to")
    ]
    assert len(result.as_subject) == 5 and result.as_baseline == []


def test_flashattention_is_not_flashattention_2(store: ox.Store) -> None:
    result = lookup(store, "FlashAttention")
    assert result.keys == ["flashattention"]
    assert [(c.subject, c.baseline) for c in result.as_subject] == [
        ("FlashAttention", "optimized baselines")
    ]
    assert [(c.subject, c.baseline) for c in result.as_baseline] == [
        ("FlashAttention-2", "FlashAttention")
    ]


def test_did_you_mean(store: ox.Store) -> None:
    result = lookup(store, "FlashAtention")
    assert not result.found
    assert result.as_subject == [] and result.as_baseline == []
    assert "FlashAttention-2" in result.suggestions
    assert "FlashAttention" in result.suggestions
    assert "Tutel" not in result.suggestions
    assert len(result.suggestions) <= 5


def test_did_you_mean_through_a_spelling(store: ox.Store) -> None:
    assert lookup(store, "Deepspeed MOE").labels == ["DeepSpeed-MoE"]  # a match, not a guess
    assert lookup(store, "DeepSped-MoE").suggestions[0] == "DeepSpeed-MoE"
    assert lookup(store, "JRT-Promt").suggestions[0] == "JRT-Prompt"


def test_nothing_like_it(store: ox.Store) -> None:
    result = lookup(store, "Megatron-LM")
    assert not result.found and result.suggestions == []


def test_custom_alias_table(store: ox.Store) -> None:
    # Without the shipped table "fa2" is not FlashAttention-2 ... but the JRT paper
    # spelled it FA2, so the store still knows that spelling.
    assert lookup(store, "fa2", aliases=AliasTable()).keys == ["flashattention2"]
    assert not lookup(store, "FlashAttention Two", aliases=AliasTable()).found
    table = AliasTable({"FlashAttention-2": ("FlashAttention Two",)})
    assert lookup(store, "flashattention two", aliases=table).keys == ["flashattention2"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names(store: ox.Store, name: str) -> None:
    before = store_dump(store)
    result = lookup(store, name)
    assert not result.found
    assert result.as_subject == [] and result.as_baseline == []
    assert store_dump(store) == before


def test_empty_store() -> None:
    result = lookup(ox.Store(), "FlashAttention-2")
    assert not result.found and result.suggestions == []


def test_a_found_name_does_not_read_every_system_name(
    mem_store: ox.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimgraph.lookup

    def no_scan(store: ox.Store) -> object:
        raise AssertionError("lookup of a known name scanned every system name")

    monkeypatch.setattr(claimgraph.lookup, "_every_spelling", no_scan)
    assert lookup(mem_store, "flashattention-2").found
    assert lookup(mem_store, "FA2").found
