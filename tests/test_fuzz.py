"""Property-based fuzzing: the sources parser, the quantity reader and the extractor.

Each property is a contract that must hold for *every* input, not only for the corpus:

1. ``read_papers`` on arbitrary bytes, in a file of every input suffix, never raises and gives
   only Papers and SourceProblems; each problem is one line that names the file.
2. Arbitrary JSON Lines records (and the same records as one ``.json`` array) never raise,
   and each record becomes exactly the paper its fields describe, or a problem on its line.
3. ``find_quantities``, ``split_sentences`` and ``candidate_sentences`` on arbitrary text
   never raise; spans are in range and values finite.
4. ``extract_paper`` on arbitrary titles and abstracts (plain ``text()`` and a grammar of
   claim-like fragments) never raises, and every claim keeps the record contract.
5. Every extracted ``PaperClaims`` gives quads that pass the SHACL shapes.

Bugs the fuzzing found are pinned at the end of the file by ``xfail(strict=True)`` tests, each
with the smallest input that shows it; the strategies keep clear of exactly those inputs (each
place says which test pins it), so the properties keep guarding everything else.  Hypothesis
runs with ``database=None`` (no example database); it still caches constants in
``.hypothesis/``, which it git-ignores itself.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, event, example, given, settings
from hypothesis import strategies as st

from claimgraph.extraction import candidate_sentences, extract_paper
from claimgraph.quantities import Quantity, find_quantities, split_sentences
from claimgraph.rdf import paper_quads, validate
from claimgraph.records import METRICS, QUALIFIERS, Claim, Paper, PaperClaims, SourceProblem
from claimgraph.sources import INPUT_SUFFIXES, iter_entries, read_papers

# Pure functions: a deadline catches catastrophic regex backtracking.
PURE = settings(max_examples=1500, deadline=1000, database=None)
# File I/O: no deadline (a loaded machine stalls on writes), fewer examples.
FILES = settings(max_examples=400, deadline=None, database=None)
# The spaCy pipeline: no deadline (the first call warms the model up).
SPACY = settings(max_examples=500, deadline=None, database=None)
# pyshacl validation takes about 0.1 s a graph.
SHACL = settings(max_examples=50, deadline=None, database=None)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory for the whole module (hypothesis refuses function-scoped fixtures)."""
    return tmp_path_factory.mktemp("fuzz")


def _collapsed(text: str) -> bool:
    return text == " ".join(text.split())


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ============================================================================ 1. arbitrary bytes

_DUMP_HEADER = "Daily Papers\nbyAK and the research community\n\n"
_DUMP_LINE = st.sampled_from(
    [
        "",
        "",
        " ",
        "·",
        "Jul 29",
        "Oct 1, 2024 8",
        "Feb 29",
        "Feb 30, 2023",
        "Jan 1, 0000",
        "5 authors",
        "• 1 author",
        "0 authors",
        "furiosa-ai FuriosaAI",
        "FooServe: Fast LLM Serving",
        "A Title",
        ":",
        "We present FooServe, which is 2.8x faster than vLLM and cuts latency by 51% on A100s.",
        "Daily Papers",
        "byAK",
        "\ufeff",
        "\x00",
        "x" * 400,
    ]
) | st.text(max_size=60)
_LINE_END = st.sampled_from(["\n", "\n", "\r\n", "\r"])
# "<4,301 digits> authors" raises: test_author_count_beyond_the_digit_limit_is_a_problem_not_a_crash
_KNOWN_BIG_AUTHOR_COUNT = re.compile(rb"\d{4301}")


@st.composite
def _dump_text(draw: st.DrawFn) -> str:
    header = draw(st.sampled_from([_DUMP_HEADER, "\ufeff" + _DUMP_HEADER, "", "Daily Papers\n"]))
    lines = draw(st.lists(st.tuples(_DUMP_LINE, _LINE_END), max_size=30))
    return header + "".join(line + end for line, end in lines)


# st.text() never gives lone surrogates: test_lone_surrogate_escape_is_not_read_into_a_paper.
_FIELD_CHARS = st.characters(codec="utf-8")
_JSON_SCALAR = (
    st.none()
    | st.booleans()
    # 4,301 digits raise: test_json_integer_beyond_the_digit_limit_is_a_problem_not_a_crash
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats()
    | st.text(_FIELD_CHARS, max_size=20)
)
# Nesting stays shallow: test_deeply_nested_json_is_a_problem_not_a_crash pins the crash.
_JSON_VALUE = st.recursive(
    _JSON_SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _json_lines_text(values: list[Any]) -> str:
    return "\n".join(json.dumps(value) for value in values) + "\n"


@st.composite
def _file_bytes(draw: st.DrawFn) -> bytes:
    """Bytes near each input form, then damaged: bytes inserted at random places."""
    base = draw(
        st.one_of(
            st.binary(max_size=400),
            st.text(max_size=400).map(lambda t: t.encode("utf-8")),
            _dump_text().map(lambda t: t.encode("utf-8")),
            st.lists(_JSON_VALUE, max_size=5).map(_json_lines_text).map(str.encode),
            st.lists(_JSON_VALUE, max_size=5).map(lambda v: json.dumps(v, indent=1).encode()),
        )
    )
    damage = draw(
        st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=3)), max_size=3)
    )
    data = bytearray(base)
    for position, inserted in damage:
        at = position % (len(data) + 1)
        data[at:at] = inserted
    return bytes(data)


def _check_report_shape(path: Path, items: list[Paper | SourceProblem]) -> None:
    for item in items:
        assert isinstance(item, Paper | SourceProblem), item
        if isinstance(item, SourceProblem):
            line = str(item)
            assert len(line.splitlines()) == 1, line
            assert line.startswith(f"{path}:"), line
            assert item.line is None or item.line >= 1
            continue
        assert item.id and item.id == item.id.strip()
        assert item.title and _collapsed(item.title), item.title
        assert item.abstract and _collapsed(item.abstract), item.abstract
        for text in (item.id, item.title, item.abstract, *item.authors):
            assert _utf8(text), text
        where, _, line_number = (item.source or "").rpartition(":")
        assert where == str(path) and int(line_number) >= 1
        assert item.author_count is None or item.author_count > 0
        if item.date is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}", item.date), item.date


@FILES
@given(data=_file_bytes(), suffix=st.sampled_from(INPUT_SUFFIXES))
@example(data=b"\xef\xbb\xbf[\n{}\n]", suffix=".json")
@example(data=b"Daily Papers\r\nbyAK\r\n\r\nA Title\r\n\r\nAn abstract.\r\n", suffix=".txt")
def test_read_papers_on_arbitrary_bytes_never_raises(
    workdir: Path, data: bytes, suffix: str
) -> None:
    assume(not _KNOWN_BIG_AUTHOR_COUNT.search(data))
    path = workdir / f"input{suffix}"
    path.write_bytes(data)
    report = read_papers([path])
    assert report.files == 1
    assert report.entries >= len(report.papers)
    _check_report_shape(path, [*report.problems, *report.papers])
    assert len({paper.id for paper in report.papers}) == len(report.papers)
    # Something is always said about a file: a paper or a problem.
    assert report.papers or report.problems


# ============================================================ 2. arbitrary JSON Lines records

_TEXT_FIELD = st.text(_FIELD_CHARS, max_size=40) | st.sampled_from(["", " ", "\t\n", " A  title "])
_RECORD = st.fixed_dictionaries(
    {"title": _TEXT_FIELD | _JSON_SCALAR, "abstract": _TEXT_FIELD | _JSON_VALUE},
    optional={
        "id": st.text(_FIELD_CHARS, max_size=20) | _JSON_SCALAR | st.just("2307.08691"),
        "authors": (
            st.text(_FIELD_CHARS, max_size=40)
            | st.lists(st.text(_FIELD_CHARS, max_size=10), max_size=3)
            | _JSON_VALUE
        ),
        "date": st.dates().map(str) | st.text(_FIELD_CHARS, max_size=12) | _JSON_SCALAR,
        "update_date": st.sampled_from(["--02-29", "--13-01", "2024-02-30", "2024-01-01T00:00Z"]),
        "url": st.text(_FIELD_CHARS, max_size=30) | _JSON_SCALAR,
        "organization": _TEXT_FIELD | _JSON_SCALAR,
        "author_count": st.integers(min_value=-3, max_value=10**6) | _JSON_SCALAR,
    },
)
_ANY_RECORD = _RECORD | _JSON_VALUE


def _expected(record: Any) -> tuple[str | None, str, str] | None:
    """(id or None for a title slug, title, abstract) of the paper a record should give."""
    if not isinstance(record, dict):
        return None
    # a NUL is read as a space: test_escaped_nul_in_a_jsonl_record_is_read_as_a_space
    title, abstract = (
        text.replace("\x00", " ") if isinstance(text, str) else text
        for text in (record.get("title"), record.get("abstract"))
    )
    # other control characters that are not white space are removed
    title, abstract = (
        _CONTROL.sub("", text) if isinstance(text, str) else text for text in (title, abstract)
    )
    if not (isinstance(title, str) and title.strip()):
        return None
    if not (isinstance(abstract, str) and abstract.strip()):
        return None
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | None):
        return None
    paper_id = str(raw_id).strip() if raw_id is not None else ""
    return paper_id or None, " ".join(title.split()), " ".join(abstract.split())


_CONTROL = re.compile("[\x01-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _matches(paper: Paper, expected: tuple[str | None, str, str]) -> bool:
    paper_id, title, abstract = expected
    return (
        (paper_id is None or paper.id == paper_id)
        and paper.title == title
        and paper.abstract == abstract
    )


@FILES
@given(
    records=st.lists(_ANY_RECORD, min_size=1, max_size=6),
    ascii_only=st.booleans(),
    blank_lines=st.booleans(),
)
def test_json_lines_records_become_their_paper_or_a_problem_on_their_line(
    workdir: Path, records: list[Any], ascii_only: bool, blank_lines: bool
) -> None:
    path = workdir / "records.jsonl"
    lines = [json.dumps(record, ensure_ascii=ascii_only) for record in records]
    separator = "\n\n" if blank_lines else "\n"
    path.write_text(separator.join(lines) + "\n", encoding="utf-8")
    entries = list(iter_entries([path]))
    _check_report_shape(path, entries)
    step = 2 if blank_lines else 1
    for index, record in enumerate(records):
        number = 1 + index * step
        papers = [e for e in entries if isinstance(e, Paper) and e.source == f"{path}:{number}"]
        problems = [e for e in entries if isinstance(e, SourceProblem) and e.line == number]
        expected = _expected(record)
        if expected is None:
            assert papers == [] and problems, (record, entries)
        else:
            assert len(papers) == 1 and _matches(papers[0], expected), (record, papers)


@FILES
@given(records=st.lists(_ANY_RECORD, min_size=1, max_size=6))
def test_one_json_array_gives_the_same_papers_as_its_records(
    workdir: Path, records: list[Any]
) -> None:
    path = workdir / "records.json"
    path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    entries = list(iter_entries([path]))
    _check_report_shape(path, entries)
    papers = [e for e in entries if isinstance(e, Paper)]
    expected = [e for e in map(_expected, records) if e is not None]
    assert len(papers) == len(expected)
    assert all(_matches(p, e) for p, e in zip(papers, expected, strict=True))
    bad = len(records) - len(expected)
    assert len([e for e in entries if isinstance(e, SourceProblem)]) >= bad


# =============================================================== 3. quantities and sentences

_PIECES = st.sampled_from(
    [
        *"0123456789",
        "2.8",
        "1,000",
        "12,345.6",
        ".5",
        "0.0",
        *"xX×%$+-~.,;()",
        "\\times",
        "\\%",
        "$\\times$",
        "times",
        "fold",
        "-fold",
        "percent",
        "per cent",
        "–",
        "—",
        "−",
        " to ",
        " and ",
        " ",
        " ",
        "\u00a0",
        "\u2009",
        "\u202f",
        "\n",
        "up to ",
        "about ",
        "over ",
        "nearly ",
        " on average",
        "average ",
        "at least ",
        "≈",
        "twice",
        "thrice",
        "two",
        "ten",
        "hundred",
        "a ",
        "an ",
        " orders of magnitude",
        " order of magnitude",
        "factor of ",
        "between ",
        "from ",
        " speedup",
        " improvement",
        " faster",
        " than ",
        "vLLM",
        ". ",
        "! It",
        "A100",
        " GPUs",
        "e.g. ",
        "Fig. ",
    ]
)
_NUMBER = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}"),
    st.sampled_from(["two", "ten", "a", "0", ".5"]),
)
_UNIT = st.sampled_from(
    ["x", "×", " times", "times", "\\times", "$\\times$", "%", "\\%", "-fold", ""]
)
_DASHES = st.sampled_from(["-", "–", "—", " – ", "~", " to ", " and ", "−", "/"])
_QUALIFIER = st.sampled_from(["", "up to ", "about ", "~", "over ", "on average ", "nearly "])


@st.composite
def _quantity_text(draw: st.DrawFn) -> str:
    """One number or range as papers write them ("up to 1.18times-1.22times", "4–2×")."""
    text = draw(_QUALIFIER) + draw(_NUMBER)
    if draw(st.booleans()):
        text += draw(_UNIT | st.just("")) + draw(_DASHES) + draw(_NUMBER)
    return text + draw(_UNIT)


_MIXED = st.lists(_PIECES | _quantity_text() | st.text(max_size=3), max_size=40).map("".join)
_TEXT = st.text(max_size=300) | _MIXED

# "309 orders of magnitude" raises: test_orders_of_magnitude_beyond_a_float_do_not_raise.
_KNOWN_ORDERS = re.compile(r"\d{3,}\s+orders?\s+of\s+magnitude")


def _check_quantities(text: str, quantities: list[Quantity]) -> None:
    previous_end = 0
    for q in quantities:
        assert previous_end <= q.start < q.end <= len(text), (q, text)
        assert q.text == text[q.start : q.end]
        assert math.isfinite(q.value) and q.value >= 0, q
        assert q.value_max is None or (math.isfinite(q.value_max) and q.value_max > q.value), q
        assert q.unit in ("x", "%")
        assert q.qualifier is None or q.qualifier in QUALIFIERS
        previous_end = q.end


@PURE
@given(text=_TEXT)
@example(text="1.18times-1.22times and $2\\times$ or 0.8\\% (up to 2–4×), two orders of magnitude")
@example(text="1" + "0" * 309 + "x")  # a value beyond a float is dropped, not read as inf
def test_find_quantities_on_arbitrary_text(text: str) -> None:
    assume(not _KNOWN_ORDERS.search(text))
    _check_quantities(text, find_quantities(text))


@PURE
@given(text=_TEXT)
def test_split_sentences_covers_the_text_with_stripped_ordered_spans(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text), (spans, text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(text.split()) == "".join(covered.split())  # no character is lost


@PURE
@given(text=_TEXT)
def test_candidate_sentences_are_sentences(text: str) -> None:
    candidates = candidate_sentences(text)
    sentences = split_sentences(text)
    assert set(candidates) <= set(sentences)
    assert candidates == sorted(candidates)


# ========================================================================= 4. the extractor

_SUBJECT = st.sampled_from(
    [
        "FooServe",
        "We",
        "Our system",
        "It",
        "The proposed method",
        "FlashAttention-2",
        "JRT-RNN, which uses prefix attention,",
        "Experiments show that FooServe",
        "Compared to vLLM, FooServe",
        "PPO",
        "",
    ]
)
_VERB = st.sampled_from(
    [
        "achieves",
        "is",
        "outperforms vLLM and SGLang by",
        "reduces latency by",
        "improves throughput by",
        "delivers",
        "speeds up training by",
        "cuts memory by",
        "runs",
        "provides",
        "reaches",
    ]
)
_QUANT = st.sampled_from(
    [
        "2.8x",
        "2.8×",
        "2.8 ×",
        "2.8\u00a0×",
        "2.8 times",
        "2.8times",
        "1.18times-1.22times",
        "2–4×",
        "1.5x—2.3x",
        "$2\\times$",
        "2.8\\times",
        "0.8\\%",
        "51%",
        "8-fold",
        "two orders of magnitude",
        "twice",
        "1.31x and 2.71x",
        "up to 3x",
        "on average 1.5x",
        "~2x",
        "a factor of 3",
        "0.9x-1.7x",
        "99%",
        "5% to 51%",
        "from 256 to 30",
        "1.5 speedup",
        "82x/3.6x",
        "0x",
        "0%",
        "128 threads",
    ]
)
_TAIL = st.sampled_from(
    [
        "faster than vLLM",
        "speedup over DeepSpeed-MoE and Tutel",
        "higher throughput compared to the best prior systems",
        "lower latency",
        "compared to Medusa decoding and autoregressive decoding, respectively",
        "on A100 GPUs",
        "while being 10% more accurate than EAGLE3",
        "(with up to a 1.42x speedup)",
        "over the FP16 baseline",
        "slower than PPO",
        "less memory than systems like vLLM",
        "faster than full/partial rebuilds",
        "over Hugging Face implementations, including Folly's and Java's",
        "on GPT and 16x on LLAMA compared to FasterTransformer",
        "of Transformer quality",
        "with only a 1.6% accuracy drop",
        "",
    ]
)
_END = st.sampled_from([".", ".", ";", "!", "", ". 2)", " (Fig. 3)."])
_GLUE = st.sampled_from([" ", " ", "  ", "\n", "\u00a0", " 1) ", ", and ", " while "])


@st.composite
def _claim_sentence(draw: st.DrawFn) -> str:
    parts = [draw(_SUBJECT), draw(_VERB), draw(_QUANT), draw(_TAIL)]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(_QUANT | st.text(max_size=8)))
    glue = [draw(_GLUE) for _ in parts]
    text = "".join(part + g for part, g in zip(parts, glue, strict=True)).strip()
    return text + draw(_END)


_CLAIM_ABSTRACT = st.lists(_claim_sentence() | st.text(max_size=40), min_size=1, max_size=5).map(
    " ".join
)
_ANY_ABSTRACT = st.text(max_size=400) | _MIXED
# _KNOWN_EMPTY_HEAD: a title whose part before ":" is blank gives claims an empty subject.
_TITLE = (
    st.sampled_from(
        [
            "FooServe: Fast LLM Serving",
            "Efficient Training of Large Models",
            "FlashAttention-2: Faster Attention",
            "A",
            "🦙: Llamas",
            "模型: 注意力",
        ]
    )
    | st.text(min_size=1, max_size=80)
).filter(lambda title: title.partition(":")[0].strip() != "")
_ID = st.text(min_size=1, max_size=20).map(str.strip).filter(bool) | st.just("2307.08691")


def _check_claim(paper: Paper, claim: Claim) -> None:
    abstract = paper.abstract
    assert claim.paper == paper.id
    assert 0 <= claim.start < claim.end <= len(abstract), claim
    assert claim.sentence == abstract[claim.start : claim.end], claim
    assert math.isfinite(claim.value) and claim.value >= 0, claim  # numbers are unsigned
    if claim.value_max is not None:
        assert math.isfinite(claim.value_max) and claim.value_max > claim.value, claim
    assert claim.unit in ("x", "%")
    assert claim.metric in METRICS
    assert claim.qualifier is None or claim.qualifier in QUALIFIERS
    assert claim.baseline_kind in ("named", "generic", "none")
    assert (claim.baseline_kind == "none") == (claim.baseline is None), claim
    assert claim.baseline is None or claim.baseline.strip(), claim
    assert claim.subject.strip(), claim
    assert claim.context is None or claim.context.strip(), claim
    assert 0.0 <= claim.confidence <= 1.0


def _extract(nlp: Any, paper: Paper) -> PaperClaims:
    assume(not _KNOWN_ORDERS.search(paper.abstract))
    result = extract_paper(paper, nlp)
    event(f"claims: {min(len(result.claims), 3)}{'+' if len(result.claims) > 3 else ''}")
    assert result.paper is paper
    for claim in result.claims:
        _check_claim(paper, claim)
    return result


@pytest.mark.slow
@SPACY
@given(paper_id=_ID, title=_TITLE, abstract=_CLAIM_ABSTRACT)
@example(
    paper_id="p",
    title="FSMoE: A Flexible and Scalable Training System",
    abstract="Experiments show that 1) our FSMoE is more efficient than existing implementations "
    "(with up to a 1.42times speedup), and 2) FSMoE outperforms the state-of-the-art MoE training "
    "systems (DeepSpeed-MoE and Tutel) by 1.18times-1.22times on 1458 MoE layers.",
)
def test_extract_paper_on_claim_like_text_keeps_the_claim_contract(
    nlp: Any, paper_id: str, title: str, abstract: str
) -> None:
    _extract(nlp, Paper(id=paper_id, title=title, abstract=abstract))


@pytest.mark.slow
@SPACY
@given(title=_TITLE, abstract=_ANY_ABSTRACT)
def test_extract_paper_on_arbitrary_text_keeps_the_claim_contract(
    nlp: Any, title: str, abstract: str
) -> None:
    _extract(nlp, Paper(id="p", title=title, abstract=abstract))


# ============================================================================ 5. SHACL shapes


@pytest.mark.slow
@SHACL
@given(
    paper_id=_ID,
    title=_TITLE.map(lambda t: " ".join(t.split())).filter(bool),
    abstract=_CLAIM_ABSTRACT,
    date=st.none() | st.dates().map(str) | st.sampled_from(["--02-29", "--12-31"]),
    authors=st.lists(st.text(max_size=12), max_size=3).map(tuple),
    url=st.none() | st.text(max_size=30) | st.just("https://arxiv.org/abs/2307.08691"),
)
def test_extracted_papers_give_quads_that_pass_the_shapes(
    nlp: Any,
    paper_id: str,
    title: str,
    abstract: str,
    date: str | None,
    authors: tuple[str, ...],
    url: str | None,
) -> None:
    paper = Paper(id=paper_id, title=title, abstract=abstract, date=date, authors=authors, url=url)
    result = _extract(nlp, paper)
    conforms, report = validate(paper_quads(result))
    assert conforms, report


# ========================================================== bugs found by fuzzing (pinned)


def test_orders_of_magnitude_beyond_a_float_do_not_raise() -> None:
    _check_quantities("309 orders of magnitude", find_quantities("309 orders of magnitude"))


def test_a_range_whose_high_end_overflows_is_not_read_as_infinite() -> None:
    text = "1-1" + "0" * 309 + "x"
    _check_quantities(text, find_quantities(text))


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        pytest.param(".jsonl", b"[" * 100_000, id="jsonl"),
        pytest.param(".json", b"[\n" + b"[" * 100_000, id="json-document"),
    ],
)
def test_deeply_nested_json_is_a_problem_not_a_crash(
    workdir: Path, suffix: str, data: bytes
) -> None:
    path = workdir / f"deep{suffix}"
    path.write_bytes(data)
    report = read_papers([path])
    _check_report_shape(path, report.problems)
    assert report.problems and not report.papers


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        pytest.param(".jsonl", b"1" * 4301, id="jsonl-number"),
        pytest.param(
            ".jsonl", b'{"id": ' + b"1" * 4301 + b', "title": "T", "abstract": "A."}', id="id"
        ),
        pytest.param(".json", b"[\n" + b"1" * 4301 + b"\n]", id="json-document"),
    ],
)
def test_json_integer_beyond_the_digit_limit_is_a_problem_not_a_crash(
    workdir: Path, suffix: str, data: bytes
) -> None:
    path = workdir / f"bigint{suffix}"
    path.write_bytes(data)
    report = read_papers([path])
    _check_report_shape(path, report.problems)
    assert report.problems and not report.papers


def test_author_count_beyond_the_digit_limit_is_a_problem_not_a_crash(workdir: Path) -> None:
    path = workdir / "authors.txt"
    path.write_bytes(
        b"Daily Papers\nbyAK\n\nA Title\n\nAn abstract.\n\n" + b"1" * 4301 + b" authors\n"
    )
    report = read_papers([path])
    _check_report_shape(path, [*report.problems, *report.papers])


def test_lone_surrogate_escape_is_not_read_into_a_paper(workdir: Path) -> None:
    path = workdir / "surrogate.jsonl"
    path.write_text(
        '{"id": "a", "title": "T", "abstract": "\\ud800 is 2x faster than vLLM."}\n',
        encoding="utf-8",
    )
    report = read_papers([path])
    _check_report_shape(path, [*report.problems, *report.papers])


@pytest.mark.parametrize(
    "sentence",
    [
        "It is fifteen times faster.",
        "It is 5 per cent faster.",
        "It gives a 1.5 boost.",
        "It gives a 1.5 acceleration.",
    ],
)
def test_pre_filter_keeps_every_sentence_that_holds_a_quantity(sentence: str) -> None:
    assert find_quantities(sentence)
    assert candidate_sentences(sentence) == [(0, len(sentence))]


@PURE
@given(text=_TEXT)
@example(text="It is fifteen times faster.")
def test_pre_filter_never_drops_a_sentence_with_a_quantity(text: str) -> None:
    assume(not _KNOWN_ORDERS.search(text))
    candidates = set(candidate_sentences(text))
    for start, end in split_sentences(text):
        if find_quantities(text[start:end]):
            assert (start, end) in candidates, text[start:end]


@pytest.mark.slow
def test_title_with_nothing_before_its_colon_still_gives_a_subject(nlp: Any) -> None:
    paper = Paper(id="p", title=":", abstract="We are 2x faster than vLLM.")
    (claim,) = extract_paper(paper, nlp).claims
    _check_claim(paper, claim)
