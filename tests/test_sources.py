"""claimgraph.sources: the bundled corpus, the fixtures under data/sources and bad input."""

from __future__ import annotations

import builtins
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from claimgraph import sources
from claimgraph.records import Paper
from claimgraph.sources import (
    SourceReport,
    clean_text,
    iter_entries,
    paper_id_for_title,
    read_papers,
)

CORPUS = Path(__file__).parents[1] / "data"
GOLD_PAPERS = Path(__file__).parent / "data" / "gold" / "dev-papers.jsonl"
GOOD = Path(__file__).parent / "data" / "sources" / "good"
BAD = Path(__file__).parent / "data" / "sources" / "bad"

HEADER = (
    "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
    "byAK and the research community\n\nDec 24\n\n"
)


@pytest.fixture(scope="module")
def corpus() -> SourceReport:
    return read_papers([CORPUS])


def by_title(papers: list[Paper]) -> dict[str, Paper]:
    return {paper.title: paper for paper in papers}


def problem_lines(report: SourceReport) -> list[str]:
    return [str(problem) for problem in report.problems]


# --- the bundled corpus ---------------------------------------------------------------------


def test_corpus_has_204_entries_and_190_papers_without_problems(corpus: SourceReport) -> None:
    assert problem_lines(corpus) == []
    assert corpus.files == 4  # aliases.tsv in the same folder is not an input
    assert corpus.entries == 204
    assert len(corpus.papers) == 190
    assert len({paper.id for paper in corpus.papers}) == 190


def test_corpus_metadata_is_attached_to_every_entry_that_has_some() -> None:
    entries = [entry for entry in iter_entries([CORPUS]) if isinstance(entry, Paper)]
    dot_lines = sum(
        line == "·" for path in CORPUS.glob("*.txt") for line in path.read_text().splitlines()
    )
    assert dot_lines == 128
    assert sum(entry.date is not None for entry in entries) == dot_lines
    with_author_or_org = [e for e in entries if e.author_count or e.organization]
    assert len(with_author_or_org) == dot_lines
    assert not [e for e in entries if e.author_count and e.organization]


def test_corpus_titles_are_never_metadata_and_abstracts_never_titles(
    corpus: SourceReport,
) -> None:
    metadata_shape = re.compile(r"\s*•.*authors|·|[A-Z][a-z]{2} \d{1,2}\b.*")
    assert not [p.title for p in corpus.papers if metadata_shape.fullmatch(p.title)]
    assert max(len(paper.title) for paper in corpus.papers) < 200
    assert min(len(paper.abstract) for paper in corpus.papers) > 1000
    assert all(paper.id == paper_id_for_title(paper.title) for paper in corpus.papers)


@pytest.mark.parametrize(
    ("title", "source", "date", "author_count", "organization"),
    [
        pytest.param(
            "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning",
            "000_b6b2c6689760e1b4.txt:93",
            "2023-07-17",
            1,
            None,
            id="author_count_and_date_with_year",
        ),
        pytest.param(
            "Mirror Speculative Decoding: Breaking the Serial Barrier in LLM Inference",
            "000_b6b2c6689760e1b4.txt:53",
            "--10-15",  # "Oct 15 2": the 2 is an upvote count, not a year
            None,
            "Apple",
            id="organization_and_date_with_upvotes",
        ),
        pytest.param(
            "ParallelBench: Understanding the Trade-offs of Parallel Decoding in Diffusion LLMs",
            "002_1119bf276635d65b.txt:21",
            "--10-06",
            None,
            "FuriosaAI",  # "furiosa-ai FuriosaAI": slug, then display name
            id="organization_slug_differs_from_name",
        ),
        pytest.param(
            "Sharing is Caring: Efficient LM Post-Training with Collective RL Experience Sharing",
            "001_b44ba9c82c2b7d30.txt:273",
            "--09-10",  # "Sep 10 53"
            None,
            "Gensyn",
            id="two_digit_upvote_count",
        ),
        pytest.param(
            "TPI-LLM: Serving 70B-scale LLMs Efficiently on Low-resource Edge Devices",
            "001_b44ba9c82c2b7d30.txt:265",
            "2024-10-01",  # "Oct 1, 2024 8"
            4,
            None,
            id="date_with_year_and_upvotes",
        ),
        pytest.param(
            "The Two-Pass Softmax Algorithm",
            "003_bd48c570770ae4ae.txt:17",
            None,
            None,
            None,
            id="page_without_metadata",
        ),
        pytest.param(
            "AsyncFlow: An Asynchronous Streaming RL Framework for Efficient LLM Post-Training",
            "001_b44ba9c82c2b7d30.txt:205",
            None,
            None,
            None,
            id="entry_without_metadata_between_entries_with_it",
        ),
    ],
)
def test_corpus_entry(
    corpus: SourceReport,
    title: str,
    source: str,
    date: str | None,
    author_count: int | None,
    organization: str | None,
) -> None:
    paper = by_title(corpus.papers)[title]
    assert paper.source == f"{CORPUS / source}"
    assert (paper.date, paper.author_count, paper.organization) == (
        date,
        author_count,
        organization,
    )
    assert paper.abstract and "\n" not in paper.abstract
    assert paper.authors == ()
    assert paper.url is None


def test_corpus_paper_on_two_pages_is_one_paper(corpus: SourceReport) -> None:
    title = "Tutel: Adaptive Mixture-of-Experts at Scale"
    entries = [e for e in iter_entries([CORPUS]) if isinstance(e, Paper) and e.title == title]
    assert [Path(e.source or "").name for e in entries] == [
        "001_b44ba9c82c2b7d30.txt:85",
        "003_bd48c570770ae4ae.txt:141",
    ]
    (paper,) = [p for p in corpus.papers if p.title == title]
    assert paper == entries[0]
    assert (paper.date, paper.author_count) == ("2022-06-07", 15)


def test_gold_dev_papers_are_the_first_two_corpus_pages_in_order() -> None:
    pages = read_papers(sorted(CORPUS.glob("00[01]_*.txt")))
    gold = read_papers([GOLD_PAPERS])
    assert gold.problems == []
    assert [(p.title, p.abstract) for p in pages.papers] == [
        (p.title, p.abstract) for p in gold.papers
    ]


# --- good fixtures --------------------------------------------------------------------------


def test_directory_is_walked_in_sorted_order_taking_only_inputs() -> None:
    report = read_papers([GOOD])
    assert problem_lines(report) == []
    assert (report.files, report.entries) == (4, 10)  # notes.md is skipped
    assert [paper.source for paper in report.papers] == [
        f"{GOOD}/abstract.txt:2",
        f"{GOOD}/arxiv.jsonl:1",
        f"{GOOD}/arxiv.jsonl:2",
        f"{GOOD}/arxiv.jsonl:3",
        f"{GOOD}/arxiv.jsonl:4",
        f"{GOOD}/dump.txt:13",
        f"{GOOD}/dump.txt:21",
        f"{GOOD}/dump.txt:25",
        f"{GOOD}/nested/more.ndjson:1",
    ]


def test_dump_fixture() -> None:
    papers = by_title(read_papers([GOOD / "dump.txt"]).papers)
    quokka = papers["Quokka: Fast Sparse Attention for Long Contexts"]
    assert (quokka.date, quokka.author_count, quokka.organization) == ("2024-02-29", 3, None)
    assert quokka.id == paper_id_for_title(quokka.title)
    wombat = papers["Wombat: Serving Mixtures of Experts on One GPU"]
    assert (wombat.date, wombat.author_count, wombat.organization) == ("--10-15", None, "Acme Labs")


def test_duplicate_without_metadata_takes_it_from_a_later_copy() -> None:
    report = read_papers([GOOD / "dump.txt"])
    assert (report.entries, len(report.papers), report.problems) == (4, 3, [])
    numbat = by_title(report.papers)["Numbat: 8 Bits Are Enough"]
    assert numbat.source == f"{GOOD}/dump.txt:21"  # the first copy, which had no metadata
    assert (numbat.date, numbat.author_count) == ("2025-01-05", 1)  # "Jan 5, 2025 12"


def test_arxiv_snapshot_fields() -> None:
    papers = {p.id: p for p in read_papers([GOOD / "arxiv.jsonl"]).papers}
    flash = papers["2307.08691"]
    assert flash.title == (
        "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"
    )
    assert flash.abstract == (
        "Scaling Transformers to longer sequence lengths has been a major problem in the last "
        "several years. We see 2x speedup compared to FlashAttention."
    )
    assert (flash.authors, flash.author_count, flash.date) == (("Tri Dao",), 1, "2023-07-18")
    assert flash.url == "https://arxiv.org/abs/2307.08691"

    old = papers["cs/0112017"]
    assert old.authors == ("Ann Author", "Bo Builder", "Cy Coder", "Di Dev")  # no affiliations
    assert old.abstract == "An abstract from 2001 with hard line breaks."
    assert old.url == "https://arxiv.org/abs/cs/0112017"

    no_id = papers[paper_id_for_title("No Id Given")]
    assert no_id.authors == ("Eve Example", "Finn Fixture")
    assert (no_id.date, no_id.url, no_id.organization) == (
        "--05-04",
        "https://example.org/paper",
        "Example Lab",
    )
    assert papers["42"].url is None


def test_plain_text_file() -> None:
    (paper,) = read_papers([GOOD / "abstract.txt"]).papers
    assert paper.title == "Kangaroo: Hopping Over Stragglers"
    assert paper.abstract == (
        "We present Kangaroo, a scheduler that hops over straggling workers. "
        "It trains ResNet-50 1.3x faster than Horovod on 64 GPUs."
    )
    assert paper.id == paper_id_for_title("kangaroo hopping over stragglers")
    assert paper.source == f"{GOOD}/abstract.txt:2"


def test_any_named_file_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "abstract.md"
    path.write_text("# A Markdown Title\n\nSome abstract.\n")
    (paper,) = read_papers([path]).papers
    assert (paper.title, paper.abstract) == ("# A Markdown Title", "Some abstract.")


def test_same_paper_in_two_files_is_one_paper(tmp_path: Path) -> None:
    record = {"id": "p1", "title": "One Paper", "abstract": "Read twice."}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({**record, "date": "2024-01-02"}) + "\n")
    report = read_papers([tmp_path])
    assert (report.files, report.entries, report.problems) == (2, 2, [])
    (paper,) = report.papers
    assert (paper.source, paper.date) == (f"{tmp_path}/a.jsonl:1", "2024-01-02")


def test_same_file_named_twice_is_read_once() -> None:
    report = read_papers([GOOD / "abstract.txt", GOOD, str(GOOD / "abstract.txt")])
    assert (report.files, report.entries, report.problems) == (4, 10, [])


def test_iter_entries_gives_entries_and_problems_before_merging() -> None:
    items = list(iter_entries([GOOD / "dump.txt", BAD / "bad.jsonl"]))
    assert [item.source for item in items if isinstance(item, Paper)] == [
        f"{GOOD}/dump.txt:13",
        f"{GOOD}/dump.txt:21",
        f"{GOOD}/dump.txt:25",
        f"{GOOD}/dump.txt:33",
        f"{BAD}/bad.jsonl:1",
        f"{BAD}/bad.jsonl:8",
    ]
    assert len(items) == 6 + 5


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "papers.json"
    lines = [{"id": f"p{i}", "title": f"Paper {i}", "abstract": "Text."} for i in (1, 2)]
    path.write_text("\n".join(map(json.dumps, lines)) + "\n")
    report = read_papers([path])
    assert [p.source for p in report.papers] == [f"{path}:1", f"{path}:2"]


def test_json_file_holding_one_array_reports_the_line_of_each_record(tmp_path: Path) -> None:
    path = tmp_path / "papers.json"
    records: list[Any] = [
        {"id": "p1", "title": "Paper 1", "abstract": "Text."},
        {"id": "p2", "title": "Paper 2"},
        {"id": "p3", "title": "Paper 3", "abstract": "Text."},
    ]
    path.write_text(json.dumps(records, indent=2))
    report = read_papers([path])
    assert [p.source for p in report.papers] == [f"{path}:2", f"{path}:11"]
    assert problem_lines(report) == [f"{path}:7: record has no abstract"]


# --- bad input ------------------------------------------------------------------------------


def test_bad_jsonl_lines_are_reported_and_good_lines_read() -> None:
    report = read_papers([BAD / "bad.jsonl"])
    assert [p.id for p in report.papers] == ["good-1", "good-2"]
    assert problem_lines(report) == [
        f"{BAD}/bad.jsonl:2: malformed JSON: Expecting ',' delimiter (column 37)",
        f"{BAD}/bad.jsonl:3: JSON record is an array, not an object",
        f"{BAD}/bad.jsonl:4: record has no abstract",
        f"{BAD}/bad.jsonl:5: record has an empty abstract",
        f"{BAD}/bad.jsonl:6: record has no title",
    ]
    assert report.entries == 2


def test_broken_dump_entries_are_reported_and_good_entries_read() -> None:
    report = read_papers([BAD / "broken_dump.txt"])
    path = BAD / "broken_dump.txt"
    assert [(p.title, p.author_count, p.date) for p in report.papers] == [
        ("Good One: A Complete Entry", 4, None),
        ("Next Title: Another Complete Entry", None, None),
    ]
    assert problem_lines(report) == [
        f"{path}:13: metadata line with no paper above it",
        f"{path}:23: not a valid date: 'Feb 30, 2024'",
        f"{path}:25: entry 'Lonely Title Without Abstract' has a title but no abstract",
        f"{path}:31: paragraph with no title above it",
        f"{path}:33: entry 'Another Lonely Title' has a title but no abstract",
        f"{path}:39: entry 'Last Lonely Title' has a title but no abstract",
    ]


def jsonl(*records: object) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode()


GOOD_RECORD = {"id": "ok", "title": "A Good Record", "abstract": "Still read."}


@pytest.mark.parametrize(
    ("files", "problems", "titles"),
    [
        pytest.param(
            {}, ["{tmp}/missing.txt: no such file or directory"], [], id="nonexistent_path"
        ),
        pytest.param({"a.txt": b""}, ["{tmp}/a.txt: empty file"], [], id="empty_text_file"),
        pytest.param({"a.jsonl": b"\n  \n"}, ["{tmp}/a.jsonl: empty file"], [], id="empty_jsonl"),
        pytest.param({"a.txt": b"\xef\xbb\xbf\n"}, ["{tmp}/a.txt: empty file"], [], id="bom_only"),
        pytest.param(
            {"a.txt": b"A Title\n\nFirst line.\nSecond \xff line.\n"},
            ["{tmp}/a.txt:4: not UTF-8: byte 0xff at column 8; file skipped"],
            [],
            id="non_utf8_text_names_line_of_first_bad_byte",
        ),
        pytest.param(
            {"a.jsonl": jsonl(GOOD_RECORD) + b'{"title": "Caf\xe9"}\n' + jsonl(GOOD_RECORD)},
            ["{tmp}/a.jsonl:2: not UTF-8: byte 0xe9 at column 15; line skipped"],
            ["A Good Record"],
            id="non_utf8_jsonl_line_skips_only_that_line",
        ),
        pytest.param(
            {"a.jsonl": jsonl(GOOD_RECORD, "just a string", 7, None)},
            [
                "{tmp}/a.jsonl:2: JSON record is a string, not an object",
                "{tmp}/a.jsonl:3: JSON record is a number, not an object",
                "{tmp}/a.jsonl:4: JSON record is null, not an object",
            ],
            ["A Good Record"],
            id="json_line_not_an_object",
        ),
        pytest.param(
            {"a.jsonl": jsonl({"id": "x", "abstract": ""})},
            ["{tmp}/a.jsonl:1: record has no title; record has an empty abstract"],
            [],
            id="record_without_title_and_abstract",
        ),
        pytest.param(
            {"a.jsonl": jsonl({"id": "x", "title": ["T"], "abstract": "A."})},
            ["{tmp}/a.jsonl:1: record's title is not a string"],
            [],
            id="record_title_not_text",
        ),
        pytest.param(
            {"a.jsonl": jsonl({"id": 1.5, "title": "T", "abstract": "A."})},
            ["{tmp}/a.jsonl:1: record's id is neither a string nor an integer"],
            [],
            id="record_id_not_string",
        ),
        pytest.param(
            {"a.jsonl": jsonl({**GOOD_RECORD, "update_date": "2023-13-01", "authors": 3})},
            [
                "{tmp}/a.jsonl:1: record's authors are neither a string nor a list of strings;"
                " ignored",
                "{tmp}/a.jsonl:1: record's update_date is not a date (YYYY-MM-DD or --MM-DD);"
                " ignored",
            ],
            ["A Good Record"],
            id="bad_optional_fields_keep_the_paper",
        ),
        pytest.param(
            {"a.txt": b"\n\nOnly a Title\n\n"},
            ["{tmp}/a.txt:3: 'Only a Title' has a title but no abstract"],
            [],
            id="plain_text_without_abstract",
        ),
        pytest.param(
            {"a.txt": HEADER.encode()},
            ["{tmp}/a.txt: Daily Papers page has no entries"],
            [],
            id="dump_without_entries",
        ),
        pytest.param(
            {"a.txt": (HEADER + "A Title\n\n  • 3 authors\n·\nJul 29\n").encode()},
            ["{tmp}/a.txt:13: entry 'A Title' has a title but no abstract"],
            [],
            id="dump_title_followed_by_metadata",
        ),
        pytest.param(
            {"sub/": None},
            ["{tmp}/sub: directory holds no input files (*.txt, *.jsonl, *.ndjson, *.json)"],
            [],
            id="empty_directory",
        ),
        pytest.param(
            {"sub/aliases.tsv": b"A\tB\n"},
            ["{tmp}/sub: directory holds no input files (*.txt, *.jsonl, *.ndjson, *.json)"],
            [],
            id="directory_without_inputs",
        ),
        pytest.param(
            {
                "a.jsonl": jsonl(GOOD_RECORD),
                "b.txt": b"A Good Record\n\nA different abstract.\n",
                "c.jsonl": jsonl({**GOOD_RECORD, "abstract": "Changed."}),
            },
            [
                "{tmp}/c.jsonl:1: paper 'ok' was already read from {tmp}/a.jsonl:1 with a "
                "different abstract; keeping the first",
            ],
            ["A Good Record", "A Good Record"],  # b.txt has a title-derived id: not a duplicate
            id="same_id_different_text",
        ),
        pytest.param(
            {"a.jsonl": jsonl(GOOD_RECORD, {**GOOD_RECORD, "title": "a   GOOD record"})},
            [],
            ["A Good Record"],
            id="same_id_same_text",
        ),
    ],
)
def test_bad_input(
    tmp_path: Path, files: dict[str, bytes | None], problems: list[str], titles: list[str]
) -> None:
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
    targets = sorted({name.split("/")[0] for name in files}) or ["missing.txt"]
    report = read_papers([tmp_path / name for name in targets])
    assert problem_lines(report) == [problem.format(tmp=tmp_path) for problem in problems]
    assert [paper.title for paper in report.papers] == titles


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("A Title\n\nAn abstract.\n")
    (tmp_path / "open.txt").write_text("Another Title\n\nAnother abstract.\n")
    secret.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make open() refuse as the kernel would
        real_open = builtins.open

        def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            if os.fspath(file) == str(secret):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", refusing_open)
    try:
        report = read_papers([tmp_path])
    finally:
        secret.chmod(0o644)
    assert problem_lines(report) == [f"{secret}: cannot read file: permission denied"]
    assert [paper.title for paper in report.papers] == ["Another Title"]
    assert report.files == 2


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".dat"])
@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02",
        b"[",
        b"{}",
        b"[1, {}]\n",
        b"[\n1,\n{}\n]\n",
        b"\xef\xbb\xbf",
        b"\r\n\r\n",
        b"Daily Papers\nbyAK\n",
        b"Daily Papers\nbyAK\n\n\xc2\xb7\n\nA Title\n\n\xc2\xb7\n",
        b"\xc2\xb7\nJul 29\n\nA title\n",
    ],
)
def test_garbage_never_raises(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(content)
    report = read_papers([path])
    assert report.files == 1
    assert report.problems or report.papers
    for problem in report.problems:
        assert str(problem).startswith(str(path))
        assert "\n" not in str(problem)


# --- ids and the public API -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("FlashAttention-2: Faster Attention", "flashattention 2 -- faster   attention"),
        (
            "Tutel: Adaptive Mixture-of-Experts at Scale",
            " TUTEL adaptive\nmixture of experts at scale",
        ),
        ("B'MOJO: Hybrid State Space", "B’MOJO — Hybrid State Space"),
    ],
)
def test_paper_id_ignores_case_spacing_and_punctuation(one: str, other: str) -> None:
    assert paper_id_for_title(one) == paper_id_for_title(other)


def test_paper_id_is_a_readable_slug_and_a_hash() -> None:
    paper_id = paper_id_for_title(
        "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"
    )
    assert re.fullmatch(r"flashattention-2-faster-attention-[0-9a-f]{8}", paper_id)
    assert paper_id_for_title("FlashAttention-3: Faster Attention") != paper_id_for_title(
        "FlashAttention-2: Faster Attention"
    )
    assert re.fullmatch(r"paper-[0-9a-f]{8}", paper_id_for_title("注意力机制"))
    assert paper_id_for_title("Naïve Straße").startswith("naive-strasse-")


def test_public_api() -> None:
    assert sorted(sources.__all__) == [
        "ARXIV_ID",
        "INPUT_SUFFIXES",
        "SourceReport",
        "arxiv_paper",
        "clean_text",
        "iter_entries",
        "paper_id_for_title",
        "read_papers",
    ]
    assert "click" not in Path(sources.__file__).read_text()


def test_paper_id_of_a_title_without_letters_still_depends_on_the_title() -> None:
    assert paper_id_for_title("·") != paper_id_for_title("[")
    assert paper_id_for_title("") != paper_id_for_title("[")


def test_unreadable_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("A Title\n\nAn abstract.\n")
    (tmp_path / "b.txt").write_text("Another Title\n\nAnother abstract.\n")
    real_scandir = os.scandir

    def refusing_scandir(path: Any) -> Any:  # as for a directory with mode 000, even for root
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    report = read_papers([tmp_path, locked])
    assert problem_lines(report) == [f"{locked}: cannot read directory: permission denied"] * 2
    assert [paper.title for paper in report.papers] == ["Another Title"]


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "b.txt").write_text("A Title\n\nAn abstract.\n")
    assert problem_lines(read_papers([fifo])) == [f"{fifo}: not a regular file"]
    report = read_papers([tmp_path])
    assert (report.problems, len(report.papers)) == ([], 1)


def test_one_path_given_as_a_string_is_one_path() -> None:
    assert len(read_papers(str(GOOD)).papers) == len(read_papers([GOOD]).papers) == 9


def test_an_id_with_a_lone_surrogate_is_one_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_text(
        '{"id": "\\ud800", "title": "X: a", "abstract": "X is 2x faster than Y."}\n'
        '{"id": "ok&amp;1", "title": "Z: b", "abstract": "Z is 3x faster than Y."}\n',
        encoding="utf-8",
    )
    report = read_papers([path])
    assert [p.id for p in report.papers] == ["ok&amp;1"]
    assert [str(p) for p in report.problems] == [
        f"{path}:1: record's id is not valid Unicode text (a lone surrogate)"
    ]


def test_ingest_goes_on_past_an_id_with_a_lone_surrogate(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimgraph.cli import cli

    path = tmp_path / "papers.jsonl"
    path.write_text(
        '{"id": "\\ud800", "title": "X: a", "abstract": "X is 2x faster than Y."}\n'
        '{"id": "ok", "title": "Z: b", "abstract": "Z is 3x faster than Y."}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["ingest", str(path), "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 1
    assert "lone surrogate" in result.stderr
    assert "Traceback" not in result.output
    extracted = CliRunner().invoke(cli, ["extract", str(path)])
    assert extracted.exit_code == 1 and '"paper": "ok"' in extracted.stdout


def test_control_characters_in_a_record_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_text(
        '{"id": "c1", "title": "Bel\\u0007Sys: fast", '
        '"abstract": "BelSys is 2x faster than Tu\\u0001tel on\\u001b[31m GPUs."}\n',
        encoding="utf-8",
    )
    (paper,) = read_papers([path]).papers
    assert paper.title == "BelSys: fast"
    assert paper.abstract == "BelSys is 2x faster than Tutel on[31m GPUs."


def test_an_abstract_of_more_than_a_million_characters_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    records = [
        {"id": "big", "title": "Big: x", "abstract": "word " * 300_000},
        {"id": "ok", "title": "Ok: y", "abstract": "Ok is 2x faster than Z."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    report = read_papers([path])
    assert [p.id for p in report.papers] == ["ok"]
    assert [str(p) for p in report.problems] == [
        f"{path}:1: abstract of 1.5 million characters, more than the 1 million a paper may "
        "hold; skipped"
    ]


def test_an_empty_json_array_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "papers.json"
    path.write_text("[\n]\n", encoding="utf-8")
    report = read_papers([path])
    assert list(report.papers) == []
    assert [str(p) for p in report.problems] == [f"{path}: JSON array holds no records"]


def test_a_text_file_of_control_characters_and_symbols_is_one_problem(tmp_path: Path) -> None:
    # found by the fuzz test: b"\x01\n\xc2\xa1" gave a paper with an empty title
    path = tmp_path / "input.txt"
    path.write_bytes(b"\x01\n\xc2\xa1")
    report = read_papers([path])
    assert all(paper.title for paper in report.papers)
    only_controls = tmp_path / "controls.txt"
    only_controls.write_bytes(b"\x01\x02\n\x03")
    assert [str(p) for p in read_papers([only_controls]).problems] == [
        f"{only_controls}: no text (only control characters)"
    ]


def _abstracts_read(tmp_path: Path, abstracts: dict[str, str]) -> dict[str, str]:
    """Made-up records with page damage, written as a user's JSONL file and read back."""
    path = tmp_path / "pages.jsonl"
    records = [
        {"id": key, "title": f"Made-up paper {key}", "abstract": text}
        for key, text in abstracts.items()
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return {paper.id: paper.abstract for paper in read_papers([path]).papers}


READING = Path(__file__).parent / "data" / "reading"


def test_a_formula_copied_from_a_web_page_with_its_tex_is_read_once(tmp_path: Path) -> None:
    # arXiv pages render "$3.1\times$" as shown, as TeX and as read aloud; a copied abstract
    # keeps all three (or the sign alone as the third); made-up records damaged the same way
    abstracts = _abstracts_read(
        tmp_path,
        {
            "three": "The new pool cuts peak queue delay by up to 6.7×6.7\\times6.7 × while "
            "lowering throughput by up to 1.4×1.4\\times1.4 ×.",
            "sign": "Our router raises goodput by up to 14.4×\\times× and keeps deadlines.",
            "integer": "It meets the deadline target up to 5×\\times× more often.",
        },
    )
    assert abstracts["three"] == (
        "The new pool cuts peak queue delay by up to 6.7× while lowering throughput by up to 1.4×."
    )
    assert "raises goodput by up to 14.4× and keeps" in abstracts["sign"]
    assert "target up to 5× more often." in abstracts["integer"]
    # TeX written on its own stays as it is
    papers = {p.id: p for p in read_papers([READING]).papers}
    assert "\\times" in papers["xm059"].abstract


def test_a_formula_copied_with_its_tex_but_not_read_aloud_is_read_once(tmp_path: Path) -> None:
    # the reading set's xs005 and xs001 keep only two of the three copies: "14.9×\times"
    papers = {p.id: p for p in read_papers([READING]).papers}
    assert "reducing latency by up to 14.9× over state-of-the-art" in papers["xs005"].abstract
    assert "delivering around 3× faster performance" in papers["xs001"].abstract
    # and a TeX text style around a number is dropped: "up to \textbf{8.2 times}"
    abstracts = _abstracts_read(
        tmp_path, {"bold": "The cache gives a speedup of up to \\textbf{8.2 times}."}
    )
    assert abstracts["bold"] == "The cache gives a speedup of up to 8.2 times."


def test_tex_spellings_of_signs_styles_and_accents_are_read_as_text(tmp_path: Path) -> None:
    # made up (session 22, real sb, sa): a page's TeX for a times sign, a dollar escaped out of
    # math, a hyphen kept in math by braces, a math style and an accent
    abstracts = _abstracts_read(
        tmp_path,
        {
            "texttimes": "Tern gains up to 45\\texttimes{} over Souffl\\'{e} and 2.06\\texttimes "
            'over G\\"odel.',
            "dollars": "Tern achieves 1.8\\$\\times\\$ and 11.1\\$\\times\\$ speedups.",
            "math": "Tern accelerates decoding by $\\mathbf{2.8{-}3.1\\times}$ overall.",
            "kept": "The \\textsc{Tern} command \\texttimesx stays.",
        },
    )
    assert abstracts["texttimes"] == "Tern gains up to 45× over Soufflé and 2.06× over Gödel."
    assert abstracts["dollars"] == "Tern achieves 1.8$\\times$ and 11.1$\\times$ speedups."
    assert abstracts["math"] == "Tern accelerates decoding by $2.8-3.1\\times$ overall."
    # (a command that only starts like one is left alone)
    assert abstracts["kept"] == "The Tern command \\texttimesx stays."


def test_harvest_fields_of_a_saved_record(tmp_path: Path) -> None:
    saved = tmp_path / "saved.jsonl"
    saved.write_text(
        json.dumps(
            {
                "id": "2612.00001",
                "title": "T",
                "abstract": "A.",
                "arxiv_id": "2612.00001",
                "arxiv_version": 2,
                "categories": ["cs.DC", "cs.LG"],
            }
        )
        + "\n"
        + json.dumps({"id": "x", "title": "T2", "abstract": "B.", "arxiv_version": "two"})
        + "\n",
        encoding="utf-8",
    )
    report = read_papers([saved])
    first, second = report.papers
    assert (first.arxiv_id, first.arxiv_version, first.categories) == (
        "2612.00001",
        2,
        ("cs.DC", "cs.LG"),
    )
    assert second.arxiv_version is None
    assert problem_lines(report) == [
        f"{saved}:2: record's arxiv_version is not a positive integer; ignored"
    ]


def test_an_arxiv_id_with_a_version_names_the_paper_without_it(tmp_path: Path) -> None:
    path = tmp_path / "v.jsonl"
    lines = [
        {"id": "2307.08691v2", "title": "T", "abstract": "A."},
        {"id": "2307.08691", "title": "T", "abstract": "A."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    (paper,) = read_papers([path]).papers  # one paper, read twice
    assert (paper.id, paper.arxiv_id, paper.arxiv_version) == ("2307.08691", "2307.08691", 2)
    assert paper.url == "https://arxiv.org/abs/2307.08691"


def test_a_range_whose_dash_a_web_page_lost_is_read_as_a_range(tmp_path: Path) -> None:
    # made-up records: "1.2%6.5%" (a percent range, dash lost) and "1.51.51.9×1.9\times"
    # (a factor range shown, then as TeX, dash lost)
    abstracts = _abstracts_read(
        tmp_path,
        {
            "percent": "Our pruning keeps 1.2%6.5% more accuracy at the same cost.",
            "factor": "The 4-bit kernel gives a 1.51.51.9×1.9\\times speedup on small GPUs but "
            "falls to 0.610.610.78×0.78\\times on large ones.",
        },
    )
    assert "keeps 1.2%–6.5% more accuracy" in abstracts["percent"]
    assert "gives a 1.5–1.9× speedup on small GPUs" in abstracts["factor"]
    assert "falls to 0.61–0.78× on large ones." in abstracts["factor"]


def test_a_number_a_web_page_repeats_is_read_once(tmp_path: Path) -> None:
    # made-up records: a formula shown and read aloud, its sign lost: "up to 3.153.15x",
    # "up to 4.84.84.8"
    abstracts = _abstracts_read(
        tmp_path,
        {
            "echo": "The fused reduce gives a speedup of up to 3.153.15x on large messages and "
            "up to 1.641.64x and 1.291.29x, respectively, on the two clusters.",
            "thrice": "Our solver beats the library by a factor of up to 4.84.84.8 on banded "
            "matrices.",
        },
    )
    assert "a speedup of up to 3.15x on large messages" in abstracts["echo"]
    assert "up to 1.64x and 1.29x, respectively" in abstracts["echo"]
    assert "by a factor of up to 4.8 on banded matrices." in abstracts["thrice"]
    # (a number that is written once stays as written)
    assert clean_text("version 10.10 and 2.5x") == "version 10.10 and 2.5x"


@pytest.mark.parametrize(
    "text",
    ["evaluated on Linux 4.14.1 and Python 3.13.1", "TensorFlow v1.11.1", "from 0.10.1 to 0.11.0"],
)
def test_a_version_number_is_no_echo(text: str) -> None:
    assert clean_text(text) == text
