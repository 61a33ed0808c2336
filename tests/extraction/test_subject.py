"""Who a number is about (``claimgraph.extraction.subject``), on real sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from claimgraph.extraction.subject import _clause_subjects


@pytest.mark.parametrize(
    ("paper", "sentence", "subject"),
    [
        (
            "g080",
            "By eliminating some security barriers such as seccomp and Meltdown patch, "
            "X-Containers have up to 27X higher raw system call throughput compared to Docker "
            "containers, while also achieving competitive or superior performance on various "
            "benchmarks compared to recent container platforms such as Google's gVisor and "
            "Intel's Clear Containers.",
            "X-Containers",
        ),
        (
            "xm022",
            "ABQ-LLM can convert each component bit width gain into actual acceleration gain, "
            "maximizing performance under mixed precision(e.g., W6A6, W2A8).",
            "ABQ-LLM",
        ),
    ],
)
def test_a_hyphenated_name_the_tokenizer_split_is_one_subject(
    nlp: Language, real_papers: dict, paper: str, sentence: str, subject: str
) -> None:
    assert sentence in real_papers[paper].abstract
    found = {name for _, names in _clause_subjects(nlp(sentence)) for name in names}
    assert found == {subject}


def test_a_hyphenated_common_word_before_a_subject_names_nothing(
    nlp: Language, real_papers: dict
) -> None:
    sentence = (
        "Besides, scalable multi-GPU serving for real-time streams remains largely unresolved "
        "so far."
    )
    assert sentence in real_papers["s001-40"].abstract
    assert not any(names for _, names in _clause_subjects(nlp(sentence)))


def test_a_query_language_or_a_class_acronym_is_no_system(
    claims_in: Callable, rows: Callable
) -> None:
    # "run SQL queries", "production LSMs": classes of workload and of system, like "LLMs"
    shark = claims_in(
        "f066",
        "This allows Shark to run SQL queries up to 100× faster than Apache Hive, and machine "
        "learning programs up to 100× faster than Hadoop.",
    )
    assert ("Shark", "Apache Hive", "named") in rows(shark, "subject", "baseline", "baseline_kind")
    assert {c.subject for c in shark} == {"Shark"}
    bourbon = claims_in(
        "xs064",
        "Through a series of experiments on both synthetic and real-world datasets, we show "
        "that BOURBON improves lookup performance by 1.23x-1.78x as compared to "
        "state-of-the-art production LSMs.",
    )
    assert rows(bourbon, "subject", "baseline", "baseline_kind") == [
        ("BOURBON", "state-of-the-art production LSMs", "generic")
    ]
