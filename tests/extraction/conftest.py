"""Fixtures for the per-decision extraction tests.

Every case is a real sentence of a real abstract: the bundled corpus gold (``s...``),
the second gold set (``a...``, ``b...``) or the reading set (``xm...``, ``xs...`` ids of
``tests/data/reading``).  ``claims_in(paper_id, sentence)`` runs the real pipeline on
that paper's title and the sentence alone, after checking the sentence is in the abstract.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from claimgraph.extraction import extract_paper
from claimgraph.records import Claim, Paper

DATA = Path(__file__).resolve().parents[1] / "data"
PAPER_FILES = (
    DATA / "gold" / "dev-papers.jsonl",
    DATA / "gold" / "dev2-papers.jsonl",
    DATA / "reading" / "ml-systems.jsonl",
    DATA / "reading" / "systems.jsonl",
)
ClaimsIn = Callable[[str, str], list[Claim]]
Row = tuple[object, ...]


@pytest.fixture(scope="session")
def real_papers() -> dict[str, Paper]:
    papers: dict[str, Paper] = {}
    for path in PAPER_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            papers[record["id"]] = Paper(
                id=record["id"], title=record["title"], abstract=record["abstract"]
            )
    return papers


@pytest.fixture
def claims_in(nlp: Language, real_papers: dict[str, Paper]) -> ClaimsIn:
    def run(paper_id: str, sentence: str) -> list[Claim]:
        paper = real_papers[paper_id]
        assert sentence in paper.abstract, f"not a sentence of {paper_id}: {sentence!r}"
        return extract_paper(Paper(id=paper_id, title=paper.title, abstract=sentence), nlp).claims

    return run


@pytest.fixture
def paper_claims(nlp: Language, real_papers: dict[str, Paper]) -> Callable[[str], list[Claim]]:
    """The claims of a whole real abstract."""

    def run(paper_id: str) -> list[Claim]:
        return extract_paper(real_papers[paper_id], nlp).claims

    return run


@pytest.fixture
def rows() -> Callable[..., list[Row]]:
    """``rows(claims, "subject", "value")``: the named fields of each claim, in order."""

    def pick(claims: list[Claim], *names: str) -> list[Row]:
        return [tuple(getattr(claim, name) for name in names) for claim in claims]

    return pick
