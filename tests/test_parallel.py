"""Multi-process extraction gives the same claims, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from claimgraph.extraction import extract_papers
from claimgraph.records import Paper
from claimgraph.sources import read_papers

CORPUS = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.slow
def test_two_workers_give_the_same_claims_in_input_order(nlp: Language) -> None:
    papers = read_papers([CORPUS]).papers
    single = list(extract_papers(papers, nlp))
    parallel = list(extract_papers(papers, workers=2))
    assert [r.paper.id for r in parallel] == [p.id for p in papers]
    assert [r.claims for r in parallel] == [r.claims for r in single]
    assert sum(len(r.claims) for r in parallel) > 150


@pytest.mark.slow
def test_without_the_prefilter_the_claims_are_the_same(
    nlp: Language, gold_papers: list[Paper]
) -> None:
    with_filter = [r.claims for r in extract_papers(gold_papers, nlp)]
    every_sentence = [r.claims for r in extract_papers(gold_papers, nlp, prefilter=False)]
    assert every_sentence == with_filter
