"""Nasty real-world inputs: one file each under ``tests/data/nasty/``, with the exact behaviour.

CLAIMS.md leaves these cases open; the contracts decided here are:

* **LaTeX remnants** read as the sign they stand for: ``2.8\\times``, ``$2\\times$`` and
  ``2.8$\\times$`` are 2.8x / 2x, ``$\\times$2`` (the sign before the number) is 2x,
  ``0.8\\%`` is 0.8 %, ``$\\sim$3x`` is approx 3x, ``1.18$\\times$-1.22$\\times$`` is one range.
* **Unicode**: ``×``, ``✕`` and a spaced letter ``x`` are the factor sign; ``–``, ``—``, the
  minus sign ``−`` and the hyphen ``‐`` join a range; no-break, thin and narrow no-break spaces
  are spaces.
  These cases run twice: through ``read_papers`` (which collapses white space) and on the raw
  record text (which keeps the no-break spaces); the other extraction cases go through
  ``read_papers`` only.
* **HTML entities** read as the characters they encode (``&times;`` and ``&#215;`` are ×, ``&amp;``
  is &, ``&lt;`` is <), wherever the decoding happens: these cases go through ``read_papers`` and
  only require each claim's sentence to be the paper's own abstract text.
* **A NUL byte is never text**: a ``.txt`` file holding one (a UTF-16 file without a BOM is full of
  them) is reported at the NUL's line and skipped, as a file that is not UTF-8 is; in JSON Lines a
  raw NUL is malformed JSON and an escaped ``\\u0000`` is reported, its line skipped.
* **A BOM** is no text at the start of a file, nor at the start of a JSON Lines line (``cat`` of
  files saved with a BOM).
* **A trailing comma** in JSON Lines is malformed JSON: reported, never repaired.
* **The same id with a different text**: the first is kept, one one-line problem names both places.
* **An empty name before a title's colon** (a logo lost in copying): the title's rest names the
  paper, as a title without a colon does.
* **Size**: a 100 KB abstract extracts in seconds, an abstract with 200 numbers in one sentence in
  well under one, 400 comparisons in one sentence within 3 s (about 0.8 s).
* **NUL bytes**: a stray one (in a text file, or ``\\u0000`` in a JSON record's title or
  abstract) is read as a space and reported on its line; a file made of them (UTF-16 without a
  BOM, binary) is reported and skipped.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from claimgraph.extraction import extract_paper
from claimgraph.quantities import split_sentences
from claimgraph.rdf import paper_quads, validate
from claimgraph.records import Claim, Paper, PaperClaims
from claimgraph.sources import SourceReport, read_papers

NASTY = Path(__file__).resolve().parent / "data" / "nasty"

FOOSERVE = "FooServe: Fast LLM Serving"
FOOSERVE_ABSTRACT = (
    "We present FooServe, a serving system that is 2.8x faster than vLLM on A100 GPUs and cuts "
    "time-to-first-token by 41% compared to SGLang."
)
BARTRAIN = "BarTrain: Elastic Training at Scale"
BARTRAIN_ABSTRACT = (
    "BarTrain reshapes parallelism on the fly when nodes fail, and recovers from failures 4x "
    "faster than checkpoint-restart baselines on 512 GPUs."
)
BAZKV = "BazKV: Compact Caches"
BAZKV_ABSTRACT = "BazKV cuts key-value cache memory by 60% compared to PagedAttention."

FIELDS = (
    "subject",
    "baseline",
    "baseline_kind",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "metric",
)
Row = tuple[Any, ...]


def read(name: str) -> SourceReport:
    return read_papers([NASTY / name])


def problem_lines(report: SourceReport) -> list[str]:
    """Each problem as printed, with the corpus folder left out of the path."""
    lines = [str(problem) for problem in report.problems]
    for line in lines:
        assert len(line.splitlines()) == 1, line
    return [line.removeprefix(f"{NASTY}/") for line in lines]


def summary(report: SourceReport) -> list[tuple[str, str, str]]:
    return [(paper.id, paper.title, paper.abstract) for paper in report.papers]


def rows(claims: list[Claim]) -> list[Row]:
    return [tuple(getattr(claim, name) for name in FIELDS) for claim in claims]


def checked(result: PaperClaims) -> list[Claim]:
    """The claims, after checking that each one quotes its sentence from the abstract."""
    abstract = result.paper.abstract
    for claim in result.claims:
        assert claim.paper == result.paper.id
        assert 0 <= claim.start < claim.end <= len(abstract)
        assert claim.sentence == abstract[claim.start : claim.end]
        assert claim.subject.strip()
    return result.claims


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail with TimeoutError once ``seconds`` have passed (so a slow case costs no more)."""

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def raw_papers(name: str) -> dict[str, Paper]:
    """The records of a JSON Lines file as papers, text exactly as written (no collapsing)."""
    papers = {}
    for line in (NASTY / name).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        papers[record["id"]] = Paper(record["id"], record["title"], record["abstract"])
    return papers


def read_papers_by_id(name: str) -> dict[str, Paper]:
    report = read(name)
    assert problem_lines(report) == []
    return {paper.id: paper for paper in report.papers}


# ==================================================================== LaTeX, Unicode, entities


def _case(case_id: str, expected: list[Row]) -> Any:
    return pytest.param(case_id, expected, id=case_id)


def _fooserve(baseline: str, value: float, value_max: float | None = None, **fields: Any) -> Row:
    unit, qualifier, metric = (
        fields.get("unit", "x"),
        fields.get("qualifier"),
        fields.get("metric", "speedup"),
    )
    kind = fields.get("kind", "named")
    return ("FooServe", baseline, kind, value, value_max, unit, qualifier, metric)


LATEX = [
    _case("latex-times", [_fooserve("vLLM", 2.8, qualifier="up_to", metric="throughput")]),
    _case("latex-dollar-around", [_fooserve("SGLang", 2.0, metric="latency")]),
    _case(
        "latex-dollar-after",
        [_fooserve("DeepSpeed-Inference", 2.8)],
    ),
    _case(
        "latex-range",
        [_fooserve("Tutel", 1.18, 1.22)],
    ),
    _case(
        "latex-percent",
        [_fooserve("FP16 baseline", 0.8, unit="%", metric="accuracy", kind="generic")],
    ),
    _case(
        "latex-prefix",
        [_fooserve("FasterTransformer", 2.0)],
    ),
    _case(
        "latex-sim",
        [_fooserve("Orca", 3.0, qualifier="approx")],
    ),
]

UNICODE = [
    _case("en-dash-range", [_fooserve("vLLM", 1.5, 2.3)]),
    _case("em-dash-range", [_fooserve("vLLM", 1.5, 2.3)]),
    _case("spaced-en-dash-range", [_fooserve("vLLM", 1.5, 2.3)]),
    _case(
        "minus-sign-range",
        [_fooserve("vLLM", 1.5, 2.3)],
    ),
    _case(
        "hyphen-range",
        [_fooserve("vLLM", 1.5, 2.3)],
    ),
    _case("times-sign", [_fooserve("vLLM", 2.8, metric="throughput")]),
    _case(
        "heavy-x",
        [_fooserve("vLLM", 2.8, metric="throughput")],
    ),
    _case("letter-x-spaced", [_fooserve("vLLM", 2.8, metric="throughput")]),
    _case("no-break-space", [_fooserve("vLLM", 2.8, metric="throughput")]),
    _case("thin-space", [_fooserve("vLLM", 2.8, metric="throughput")]),
    _case("narrow-no-break-space", [_fooserve("vLLM", 2.8, metric="throughput")]),
]

ENTITIES = [
    _case(
        "times-entity",
        [_fooserve("vLLM", 2.8, metric="throughput")],
    ),
    _case(
        "numeric-entity",
        [_fooserve("vLLM", 2.8, metric="throughput")],
    ),
    _case(
        "amp-entity",
        [
            _fooserve("vLLM", 40.0, unit="%", metric="latency"),
            _fooserve("SGLang", 40.0, unit="%", metric="latency"),
        ],
    ),
    # "<1% accuracy loss" is a cost paid, not a claim, spelled "&lt;" or "<".
    _case("lt-entity", [_fooserve("vLLM", 40.0, unit="%", metric="latency")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case_id", "expected"), LATEX)
def test_latex_remnants(nlp: Any, case_id: str, expected: list[Row]) -> None:
    papers = read_papers_by_id("latex.jsonl")
    assert rows(checked(extract_paper(papers[case_id], nlp))) == expected


@pytest.mark.slow
@pytest.mark.parametrize("route", ["read_papers", "raw"])
@pytest.mark.parametrize(("case_id", "expected"), UNICODE)
def test_unicode_signs_dashes_and_spaces(
    nlp: Any, route: str, case_id: str, expected: list[Row]
) -> None:
    name = "unicode.jsonl"
    papers = read_papers_by_id(name) if route == "read_papers" else raw_papers(name)
    assert rows(checked(extract_paper(papers[case_id], nlp))) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("case_id", "expected"), ENTITIES)
def test_html_entities(nlp: Any, case_id: str, expected: list[Row]) -> None:
    papers = read_papers_by_id("entities.jsonl")
    assert rows(checked(extract_paper(papers[case_id], nlp))) == expected


# ================================================================================ big inputs

CLAIM_SENTENCES = [
    "On A100 GPUs, FooServe serves requests 2.8x faster than vLLM.",
    "FooServe reduces time-to-first-token by 41% compared to SGLang.",
    "Overall, FooServe achieves up to 3.5x higher throughput than TensorRT-LLM.",
]
LONG_ROWS = [
    _fooserve("vLLM", 2.8),
    _fooserve("SGLang", 41.0, unit="%", metric="latency"),
    _fooserve("TensorRT-LLM", 3.5, qualifier="up_to", metric="throughput"),
]


@pytest.mark.slow
def test_100_kb_abstract_of_many_sentences(nlp: Any) -> None:
    (paper,) = read("long_abstract.txt").papers
    assert len(paper.abstract) >= 100_000
    with time_limit(5):
        claims = checked(extract_paper(paper, nlp))
    assert rows(claims) == LONG_ROWS
    starts = [paper.abstract.index(sentence) for sentence in CLAIM_SENTENCES]
    assert [(c.start, c.sentence) for c in claims] == list(
        zip(starts, CLAIM_SENTENCES, strict=True)
    )
    assert claims[0].context == "A100 GPUs"


@pytest.mark.slow
def test_100_kb_abstract_that_is_one_sentence(nlp: Any) -> None:
    (paper,) = read("long_sentence.txt").papers
    assert len(paper.abstract) >= 100_000
    assert split_sentences(paper.abstract) == [(0, len(paper.abstract))]
    with time_limit(10):
        claims = checked(extract_paper(paper, nlp))
    assert rows(claims) == [LONG_ROWS[2]]
    assert (claims[0].start, claims[0].end) == (0, len(paper.abstract))


@pytest.mark.slow
def test_sentence_longer_than_the_pipeline_max_length_does_not_raise(nlp: Any) -> None:
    (paper,) = read("long_sentence.txt").papers
    limit = nlp.max_length
    nlp.max_length = 50_000
    try:
        checked(extract_paper(paper, nlp))  # skipped or read in parts: either keeps the contract
    finally:
        nlp.max_length = limit


@pytest.mark.slow
def test_200_absolute_percentages_are_no_claims(nlp: Any) -> None:
    paper = read_papers_by_id("many_numbers.jsonl")["levels-200"]
    assert paper.abstract.count("%") == 200
    with time_limit(2):
        claims = checked(extract_paper(paper, nlp))
    assert rows(claims) == [_fooserve("vLLM", 1.9)]


@pytest.mark.slow
def test_200_factors_in_one_sentence_are_200_claims(nlp: Any) -> None:
    paper = read_papers_by_id("many_numbers.jsonl")["factors-200"]
    with time_limit(3):
        claims = checked(extract_paper(paper, nlp))
    assert [c.value for c in claims] == [round(1 + i / 100, 2) for i in range(1, 201)]
    assert {row[:3] + row[4:] for row in rows(claims)} == {
        ("FooServe", "vLLM", "named", None, "x", None, "speedup")
    }
    assert {c.context for c in claims} == {"200 workloads"}


@pytest.mark.slow
def test_400_comparisons_in_one_sentence_extract_in_bounded_time(nlp: Any) -> None:
    paper = read_papers_by_id("many_numbers.jsonl")["comparisons-400"]
    with time_limit(3):
        claims = checked(extract_paper(paper, nlp))
    assert [c.context for c in claims] == [f"task {i}" for i in range(1, 401)]
    assert {row[1] for row in rows(claims)} == {"vLLM"}


# ============================================================================ sources: bytes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "bom/dump.txt",
            ["fooserve-fast-llm-serving-a485d83f", "bartrain-elastic-training-at-72c8214d"],
        ),
        ("bom/plain.txt", ["fooserve-fast-llm-serving-a485d83f"]),
        ("bom/records.jsonl", ["2401.00001", "2401.00002"]),
        ("bom/document.json", ["2401.00001", "2401.00002"]),
    ],
)
def test_bom_at_the_start_of_a_file(name: str, expected: list[str]) -> None:
    report = read(name)
    assert problem_lines(report) == []
    assert [paper.id for paper in report.papers] == expected
    assert [paper.title for paper in report.papers] == [FOOSERVE, BARTRAIN][: len(expected)]
    assert [paper.abstract for paper in report.papers] == [FOOSERVE_ABSTRACT, BARTRAIN_ABSTRACT][
        : len(expected)
    ]


def test_bom_at_the_start_of_each_concatenated_file() -> None:
    report = read("bom_concatenated.jsonl")
    assert problem_lines(report) == []
    assert [paper.id for paper in report.papers] == ["2401.00001", "2401.00002"]


def test_crlf_dump_reads_exactly_like_its_lf_copy(tmp_path: Path) -> None:
    crlf = read("crlf_dump.txt")
    lf_path = tmp_path / "crlf_dump.txt"
    lf_path.write_bytes((NASTY / "crlf_dump.txt").read_bytes().replace(b"\r\n", b"\n"))
    lf = read_papers([lf_path])
    assert problem_lines(crlf) == []
    assert summary(crlf) == [
        ("fooserve-fast-llm-serving-a485d83f", FOOSERVE, FOOSERVE_ABSTRACT),
        ("bartrain-elastic-training-at-72c8214d", BARTRAIN, BARTRAIN_ABSTRACT),
    ]
    assert [(p.date, p.author_count, p.organization) for p in crlf.papers] == [
        ("2024-07-29", 3, None),
        ("--07-28", None, "FuriosaAI"),
    ]
    assert [p.source for p in crlf.papers] == [
        f"{NASTY}/crlf_dump.txt:6",
        f"{NASTY}/crlf_dump.txt:14",
    ]
    fields = [
        (p.id, p.title, p.abstract, p.date, p.author_count, p.organization) for p in lf.papers
    ]
    assert [
        (p.id, p.title, p.abstract, p.date, p.author_count, p.organization) for p in crlf.papers
    ] == fields
    assert [p.source.rpartition(":")[2] for p in lf.papers] == ["6", "14"]


def test_jsonl_trailing_commas_are_reported_not_repaired() -> None:
    report = read("trailing_comma.jsonl")
    assert problem_lines(report) == [
        "trailing_comma.jsonl:1: malformed JSON: Extra data (column 212)",
        "trailing_comma.jsonl:2: malformed JSON: Expecting property name enclosed in double "
        "quotes (column 226)",
    ]
    assert summary(report) == [("2401.00003", BAZKV, BAZKV_ABSTRACT)]


def _nul_line(name: str) -> int:
    data = (NASTY / name).read_bytes()
    return data.count(b"\n", 0, data.index(b"\x00")) + 1


def test_a_stray_nul_byte_in_a_text_file_is_read_as_a_space() -> None:
    report = read("nul_dump.txt")
    line = _nul_line("nul_dump.txt")
    assert problem_lines(report) == [f"nul_dump.txt:{line}: NUL byte at column 37 read as a space"]
    assert [paper.title for paper in report.papers] == [FOOSERVE, BARTRAIN]
    assert report.papers[1].abstract.startswith("BarTrain reshapes parallelism on the fly when")


def test_a_utf16_file_without_a_bom_is_reported_and_skipped() -> None:
    report = read("utf16_no_bom.txt")
    assert problem_lines(report) == [
        "utf16_no_bom.txt:1: NUL bytes from column 2 on: not a UTF-8 text file (UTF-16?); "
        "file skipped"
    ]
    assert report.papers == []


def test_raw_nul_in_a_jsonl_line_is_malformed_json() -> None:
    report = read("nul.jsonl")
    assert (
        problem_lines(report)[0]
        == "nul.jsonl:1: malformed JSON: Invalid control character at (column 144)"
    )
    assert "2401.00001" not in [paper.id for paper in report.papers]


def test_escaped_nul_in_a_jsonl_record_is_read_as_a_space() -> None:
    report = read("nul.jsonl")
    lines = problem_lines(report)
    assert lines[1] == (
        "nul.jsonl:2: record's abstract holds a NUL character (\\u0000), read as a space"
    )
    assert [paper.id for paper in report.papers] == ["2401.00002", "2401.00003"]
    assert "parallelism on the fly when" in report.papers[0].abstract


# ======================================================================= sources: records


def test_duplicate_ids_with_different_text_keep_the_first() -> None:
    report = read("duplicates")
    here = "duplicates"
    assert problem_lines(report) == [
        f"{here}/a.jsonl:3: paper '2401.00001' was already read from {NASTY}/{here}/a.jsonl:1 "
        "with a different abstract; keeping the first",
        f"{here}/b.jsonl:1: paper '2401.00002' was already read from {NASTY}/{here}/a.jsonl:2 "
        "with a different title; keeping the first",
        f"{here}/b.jsonl:3: paper '2401' was already read from {NASTY}/{here}/b.jsonl:2 "
        "with a different abstract; keeping the first",
    ]
    assert summary(report) == [
        ("2401.00001", FOOSERVE, FOOSERVE_ABSTRACT),
        ("2401.00002", BARTRAIN, BARTRAIN_ABSTRACT),
        ("2401", BAZKV, BAZKV_ABSTRACT),  # an integer id and its string are one id
    ]
    assert report.entries == 6


def test_duplicate_titles_in_a_dump_with_different_text_keep_the_first() -> None:
    report = read("duplicates_dump.txt")
    assert problem_lines(report) == [
        "duplicates_dump.txt:22: paper 'fooserve-fast-llm-serving-a485d83f' was already read "
        f"from {NASTY}/duplicates_dump.txt:6 with a different abstract; keeping the first",
    ]
    assert [paper.title for paper in report.papers] == [FOOSERVE, BARTRAIN]
    assert report.papers[0].abstract == FOOSERVE_ABSTRACT


def test_empty_titles_are_reported() -> None:
    report = read("empty_title.jsonl")
    assert problem_lines(report) == [
        "empty_title.jsonl:1: record has an empty title",
        "empty_title.jsonl:2: record has an empty title",
        "empty_title.jsonl:3: record has no title",
        "empty_title.jsonl:4: record has no title",
    ]
    assert summary(report) == [
        ("colon", ": Fast LLM Serving", "We are 2x faster than vLLM on A100 GPUs.")
    ]


@pytest.mark.slow
def test_title_with_an_empty_name_before_its_colon(nlp: Any) -> None:
    (paper,) = read("empty_title.jsonl").papers
    result = extract_paper(paper, nlp)
    # the title after the empty name gives the method, without its word of praise ("Fast")
    assert rows(checked(result)) == [
        ("LLM Serving", "vLLM", "named", 2.0, None, "x", None, "speedup")
    ]
    conforms, report = validate(paper_quads(result))
    assert conforms, report


def test_dump_entry_without_a_title_is_reported_and_its_metadata_skipped() -> None:
    report = read("empty_title_dump.txt")
    assert problem_lines(report) == ["empty_title_dump.txt:14: paragraph with no title above it"]
    assert [paper.title for paper in report.papers] == [FOOSERVE]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "title_only.jsonl",
            [
                "title_only.jsonl:1: record has no abstract",
                "title_only.jsonl:2: record has an empty abstract",
                "title_only.jsonl:3: record has no abstract",
            ],
        ),
        (
            "title_only_dump.txt",
            [f"title_only_dump.txt:6: entry {FOOSERVE!r} has a title but no abstract"],
        ),
        ("title_only.txt", [f"title_only.txt:1: {FOOSERVE!r} has a title but no abstract"]),
    ],
)
def test_title_only_records_are_reported(name: str, expected: list[str]) -> None:
    report = read(name)
    assert problem_lines(report) == expected
    assert [paper.title for paper in report.papers] == (
        [BARTRAIN] if name == "title_only_dump.txt" else []
    )


@pytest.mark.parametrize(
    "name",
    sorted(
        str(p.relative_to(NASTY)) for p in NASTY.rglob("*") if p.is_file() and p.suffix != ".md"
    ),
)
def test_every_nasty_file_reads_without_raising(name: str) -> None:
    report = read(name)
    assert report.files == 1
    for line in problem_lines(report):
        assert line.startswith(f"{name}:")
