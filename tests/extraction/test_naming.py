"""The paper's own system name when the text gives none (``claimgraph.extraction.naming``)
and subjects written with a possessive (``subject``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.extraction.naming import own_system_name, title_method
from claimgraph.records import Paper


@pytest.mark.parametrize(
    ("title", "method"),
    [
        (
            "Accelerating Mobile Language Model Generation via Hybrid Context and Hardware "
            "Coordination",
            "Hybrid Context and Hardware Coordination",
        ),
        ("On Optimizing the Communication of Model Parallelism", "Optimizing the Communication"),
        (
            "Where Is My Training Bottleneck? Hidden Trade-Offs in Deep Learning Preprocessing "
            "Pipelines",
            "Hidden Trade-Offs",
        ),
    ],
)
def test_a_title_without_a_name_gives_its_method_never_the_whole_title(
    title: str, method: str
) -> None:
    assert title_method(title) == method


def test_a_perspective_is_no_system(real_papers: dict[str, Paper]) -> None:
    # "We introduce a new perspective on ...": no artifact; the title's phrase stands in.
    paper = real_papers["xm006"]
    assert own_system_name(paper, {}, []) == "Hidden Trade-Offs"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "subject"),
    [
        (
            "xs038",
            "For streaming data, Trill’s throughput is 2-4 orders of magnitude higher than "
            "comparable streaming engines.",
            "Trill",
        ),
        (
            "xm074",
            "Compared to scaling workers with Kubernetes, Cachew's policies reduce training time "
            "by up to 4.1x and training cost by 1.1x to 3.8x.",
            "Cachew",
        ),
    ],
)
def test_a_possessive_subject_is_its_owner(
    claims_in: Callable, paper: str, sentence: str, subject: str
) -> None:
    assert {c.subject for c in claims_in(paper, sentence)} == {subject}


def test_a_name_the_title_and_abstract_share_is_the_system(real_papers: dict[str, Paper]) -> None:
    paper = real_papers["streaming-diloco-with-overlapping-5acbc5c8"]
    assert own_system_name(paper, {}, []) == "DiLoCo"
