"""Scoring by the rules of CLAIMS.md ("How extraction is scored"), pinned on real gold lines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimgraph.records import Claim
from claimgraph.scoring import (
    LEVELS,
    Evaluation,
    GoldClaim,
    Level,
    ScoringInputError,
    claim_from_dict,
    contexts_agree,
    format_report,
    load_gold,
    load_predictions,
    match_key,
    matches,
    maximum_matching,
    names_match,
    score,
    words,
)

GOLD_PATH = Path(__file__).parent / "data" / "gold" / "dev-claims.jsonl"
GOLD = load_gold(GOLD_PATH)
N = len(GOLD)


def gold_line(paper: str, subject: str, baseline: str | None, value: float) -> GoldClaim:
    found = [
        g
        for g in GOLD
        if (g.paper, g.subject, g.baseline, g.value) == (paper, subject, baseline, value)
    ]
    assert len(found) == 1, (paper, subject, baseline, value)
    return found[0]


def as_claim(gold: GoldClaim, **changes: object) -> Claim:
    """The gold claim as a prediction, with some fields changed."""
    data = gold.to_dict()
    data.update(changes)
    return claim_from_dict(data)


def perturbed(index: int, **changes: object) -> list[Claim]:
    """All gold claims as predictions, with claim ``index`` changed."""
    return [as_claim(g, **(changes if i == index else {})) for i, g in enumerate(GOLD)]


def scores(evaluation: Evaluation, level: Level) -> tuple[int, float, float, float]:
    s = evaluation.levels[level]
    return s.true_positives, s.precision, s.recall, s.f1


def test_gold_has_the_documented_size() -> None:
    assert N == 104


def test_gold_scored_against_itself_is_perfect_at_every_level() -> None:
    evaluation = score(load_predictions(GOLD_PATH), GOLD)
    for level in LEVELS:
        assert scores(evaluation, level) == (N, 1.0, 1.0, 1.0)
    assert evaluation.qualifier.rate == evaluation.context.rate == 1.0
    assert evaluation.missed == () and evaluation.spurious == ()


def test_wrong_metric_drops_only_the_full_level_by_one_claim() -> None:
    assert GOLD[0].metric == "throughput"
    evaluation = score(perturbed(0, metric="speedup"), GOLD)
    assert scores(evaluation, "value") == (N, 1.0, 1.0, 1.0)
    assert scores(evaluation, "tuple") == (N, 1.0, 1.0, 1.0)
    assert scores(evaluation, "full") == (N - 1, (N - 1) / N, (N - 1) / N, (N - 1) / N)
    [missed] = evaluation.missed
    assert missed.gold == GOLD[0]
    assert missed.closest is not None and missed.closest.metric == "speedup"
    assert [c.metric for c in evaluation.spurious] == ["speedup"]


def test_wrong_subject_drops_tuple_and_full() -> None:
    evaluation = score(perturbed(0, subject="RocksDB"), GOLD)
    assert scores(evaluation, "value")[0] == N
    assert scores(evaluation, "tuple")[0] == N - 1
    assert scores(evaluation, "full")[0] == N - 1


def test_percent_for_x_drops_every_level() -> None:
    evaluation = score(perturbed(0, unit="%"), GOLD)
    for level in LEVELS:
        assert scores(evaluation, level)[0] == N - 1


def test_values_match_within_a_tenth_of_a_percent() -> None:
    gold = gold_line("s000-01", "B-skiplist", "Masstree", 0.9)  # 0.9x-1.7x
    assert matches(as_claim(gold, value=0.9008, value_max=1.7016), gold, "full")
    assert not matches(as_claim(gold, value=0.902), gold, "value")
    assert not matches(as_claim(gold, value_max=None), gold, "value")


# --- names -----------------------------------------------------------------------------------


def test_match_key_drops_a_leading_article_only_as_a_separate_word() -> None:
    assert match_key("the FP32 baseline") == "fp32baseline"
    assert match_key("Our FSMoE") == "fsmoe"
    assert match_key("A100") == "a100"
    assert match_key("Another system") == "anothersystem"
    assert match_key("The-Net") == "thenet"


def test_match_key_keeps_plus_and_hash() -> None:
    assert match_key("Hydra++") == "hydra++"
    assert match_key("C#") == "c#"


def test_leading_our_is_dropped() -> None:
    gold = gold_line("s001-06", "FSMoE", "Tutel", 1.18)
    assert matches(as_claim(gold, subject="our FSMoE"), gold, "full")


def test_plus_is_kept_so_c4_plus_is_not_c4() -> None:
    gold = gold_line("s000-19", "C4", None, 30)
    assert matches(as_claim(gold, subject="C4"), gold, "full")
    assert not matches(as_claim(gold, subject="C4+"), gold, "tuple")


def test_containment_with_a_three_character_name_does_not_match() -> None:
    gold = gold_line("s001-02", "MoT", "Avengers", 0.38)
    assert not matches(as_claim(gold, subject="MoT-L"), gold, "tuple")
    assert matches(as_claim(gold, subject="MoT"), gold, "tuple")


def test_containment_of_an_alternative_with_four_characters_matches() -> None:
    gold = gold_line("s000-02", "ShuffleMamba", "ViT", 0.8)  # alternatives include "ViTs"
    assert matches(as_claim(gold, baseline="ViTs-B"), gold, "tuple")
    assert not matches(as_claim(gold, baseline="ViT-B"), gold, "tuple")


def test_alternatives_are_used() -> None:
    gold = gold_line("s000-33", "JRT-Prompt", "FlashAttention-2", 11.9)
    assert matches(as_claim(gold, baseline="FA2"), gold, "full")
    assert not matches(as_claim(gold, baseline="FA3"), gold, "tuple")
    assert names_match("Mixture of Thoughts", "MoT", ["Mixture of Thoughts"])


def test_the_fp32_baseline_generic_matches_predicted_generic_fp32_baseline() -> None:
    real = gold_line("s000-17", "ParaRNN", "naive sequential application", 665)
    gold = replace(real, baseline="the FP32 baseline")
    assert gold.baseline_kind == "generic"
    assert matches(as_claim(gold, baseline="FP32 baseline", baseline_kind="generic"), gold, "full")


def test_generic_gold_baseline_matches_any_generic_or_half_its_words() -> None:
    gold = gold_line("s000-07", "heterogeneity-adaptive sequence parallelism",
                     "state-of-the-art training frameworks", 1.98)  # fmt: skip
    assert words(gold.baseline or "") == {"stateoftheart", "training", "frameworks"}
    generic = as_claim(gold, baseline="existing systems", baseline_kind="generic")
    assert matches(generic, gold, "full")
    # 2 of its 3 words, one as a singular: matches even when marked named.
    half = as_claim(gold, baseline="training framework of the day", baseline_kind="named")
    assert matches(half, gold, "full")
    # 1 of 3 words, marked named: no match.
    third = as_claim(gold, baseline="state-of-the-art systems", baseline_kind="named")
    assert not matches(third, gold, "tuple")


def test_named_gold_baseline_does_not_match_a_predicted_generic() -> None:
    gold = gold_line("s001-03", "ElasWave", "TorchFT", 1.6)
    assert not matches(as_claim(gold, baseline="existing systems", baseline_kind="generic"),
                       gold, "tuple")  # fmt: skip


def test_null_baseline_matches_only_null() -> None:
    null_gold = gold_line("s000-06", "Mirror-SD", None, 2.8)
    eagle_gold = gold_line("s000-06", "Mirror-SD", "EAGLE3", 30)
    generic_gold = gold_line("s000-30", "Zeppelin", "state-of-the-art methods", 2.8)
    assert matches(as_claim(null_gold), null_gold, "full")
    assert not matches(as_claim(null_gold, baseline="EAGLE3", baseline_kind="named"),
                       null_gold, "tuple")  # fmt: skip
    assert not matches(as_claim(null_gold, baseline="baselines", baseline_kind="generic"),
                       null_gold, "tuple")  # fmt: skip
    assert not matches(as_claim(eagle_gold, baseline=None), eagle_gold, "tuple")
    assert not matches(as_claim(generic_gold, baseline=None, baseline_kind="generic"),
                       generic_gold, "tuple")  # fmt: skip


# --- one-to-one matching ---------------------------------------------------------------------


def test_two_identical_predictions_for_one_gold_claim_are_one_tp_and_one_fp() -> None:
    gold = gold_line("s000-17", "ParaRNN", "naive sequential application", 665)
    evaluation = score([as_claim(gold), as_claim(gold)], [gold])
    for level in LEVELS:
        assert scores(evaluation, level)[:3] == (1, 0.5, 1.0)
        assert evaluation.levels[level].f1 == pytest.approx(2 / 3)
    assert len(evaluation.spurious) == 1 and evaluation.missed == ()


def test_maximum_matching_finds_what_greedy_misses() -> None:
    checkpointing = gold_line("s001-44", "CheckFree", "checkpointing", 12)
    redundant = gold_line("s001-44", "CheckFree", "redundant computation", 12)
    gold = [checkpointing, redundant]
    # Matches both gold claims: a generic prediction against generic gold baselines.
    broad = as_claim(redundant, baseline_kind="generic")
    # Matches only the first: named, and no word shared with "redundant computation".
    narrow = as_claim(checkpointing, baseline_kind="named")
    predicted = [broad, narrow]
    assert [matches(broad, g, "full") for g in gold] == [True, True]
    assert [matches(narrow, g, "full") for g in gold] == [True, False]

    taken: set[int] = set()
    for claim in predicted:  # greedy: first free gold claim
        free = [j for j, g in enumerate(gold) if j not in taken and matches(claim, g, "full")]
        taken.update(free[:1])
    assert len(taken) == 1

    evaluation = score(predicted, gold)
    assert scores(evaluation, "full") == (2, 1.0, 1.0, 1.0)


def test_maximum_matching_follows_augmenting_paths() -> None:
    assert maximum_matching([[0, 1], [0]]) == {0: 1, 1: 0}
    assert maximum_matching([[0], [0], []]) in ({0: 0}, {1: 0})
    assert maximum_matching([]) == {}


def test_matching_is_per_paper() -> None:
    gold = gold_line("s001-06", "FSMoE", "Tutel", 1.18)
    elsewhere = replace(as_claim(gold), paper="s001-07")
    evaluation = score([elsewhere], [gold])
    assert scores(evaluation, "value") == (0, 0.0, 0.0, 0.0)


def test_papers_limits_both_sides() -> None:
    gold = gold_line("s001-06", "FSMoE", "Tutel", 1.18)
    other = replace(as_claim(gold), paper="s999-01")
    assert scores(score([as_claim(gold), other], [gold]), "full")[1] == 0.5
    limited = score([as_claim(gold), other], [gold], papers={"s001-06"})
    assert scores(limited, "full") == (1, 1.0, 1.0, 1.0)


# --- agreements, errors and the report -------------------------------------------------------


def test_qualifier_and_context_agreement_over_full_matches() -> None:
    gold = gold_line("s000-01", "B-skiplist", "tree-based indices", 0.85)
    assert gold.context == "p99, point workloads with inserts"
    predicted = [
        as_claim(gold, context="point workloads with inserts", qualifier="up_to"),
        as_claim(GOLD[0], context=None),  # 128 threads -> null
        as_claim(GOLD[1], metric="speedup", context=None),  # not a full match: not counted
    ]
    evaluation = score(predicted, [gold, GOLD[0], GOLD[1]])
    assert (evaluation.qualifier.agreed, evaluation.qualifier.total) == (1, 2)
    assert (evaluation.context.agreed, evaluation.context.total) == (1, 2)


def test_contexts_agree_by_the_name_rule() -> None:
    assert contexts_agree(None, None)
    assert contexts_agree("", None)
    assert not contexts_agree("GPT", None)
    assert contexts_agree("on A100", "A100")  # "ona100" contains "a100"
    assert not contexts_agree("GPT-2", "GPT")  # "gpt" has 3 characters
    assert contexts_agree("prefill", "Prefill")


def test_missed_claim_shows_the_closest_prediction_of_its_sentence() -> None:
    folly = gold_line("s000-01", "B-skiplist", "Folly", 2)
    java = gold_line("s000-01", "B-skiplist", "Java ConcurrentSkipListMap", 2)
    wrong = as_claim(folly, baseline="RocksDB")
    evaluation = score([as_claim(java), wrong, as_claim(GOLD[2])], [folly, java, GOLD[2]])
    [missed] = evaluation.missed
    assert missed.gold == folly and missed.closest == wrong
    assert evaluation.spurious == (wrong,)


def test_report_and_dict() -> None:
    evaluation = score(perturbed(0, metric="speedup"), GOLD)
    report = format_report(evaluation, errors=5)
    lines = report.splitlines()
    assert lines[0].split() == ["level", "TP", "pred", "gold", "P", "R", "F1"]
    assert lines[3].split() == ["full", "103", "104", "104", "0.990", "0.990", "0.990"]
    assert "missed gold claims at the full level: 1" in report
    assert "Facebook's concurrent skiplist from Folly" in report
    assert "missed" not in format_report(evaluation)
    data = json.loads(json.dumps(evaluation.to_dict()))
    assert data["levels"]["full"]["true_positives"] == N - 1
    assert data["missed"][0]["gold"]["subject_alts"] == ["concurrent B-skiplist"]
    assert data["spurious"][0]["metric"] == "speedup"


# --- reading -----------------------------------------------------------------------------------


def test_predictions_tolerate_missing_optional_and_extra_fields(tmp_path: Path) -> None:
    path = tmp_path / "predicted.jsonl"
    line = {"paper": "p", "subject": "S", "value": 2, "unit": "x", "metric": "speedup", "x": 1}
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    [claim] = load_predictions(path)
    assert (claim.baseline, claim.baseline_kind, claim.value_max, claim.qualifier) == (
        None,
        "none",
        None,
        None,
    )
    assert claim.value == 2.0 and claim.context is None and claim.sentence == ""


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('{"paper": "p", "value": 2, "unit": "x", "metric": "speedup"}', "'subject'"),
        ('{"paper": "p", "subject": "S", "value": 2, "unit": "times", "metric": "m"}', "unit"),
        ('{"paper": "p", "subject": "S", "value": "2", "unit": "x", "metric": "m"}', "number"),
    ],
)
def test_bad_lines_name_the_place(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "predicted.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ScoringInputError, match=f"predicted.jsonl:2: .*{message}"):
        load_predictions(path)
