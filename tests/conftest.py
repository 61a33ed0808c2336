"""Shared fixtures: the spaCy pipeline, the dev gold, the corpus, and a store of real claims.

The pipeline is loaded once per session; everything else is cheap.  The fixture papers
(``fixture_papers``, ``fill_store``) are four real papers of the corpus with claims read by
hand after CLAIMS.md; ``test_queries.py``, ``test_lookup.py`` and ``test_graph.py`` query them
through the ``store`` and ``mem_store`` fixtures and import the sentence constants from here.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
import pytest

from claimgraph.names import AliasTable
from claimgraph.rdf import paper_quads
from claimgraph.records import Claim, Paper, PaperClaims
from claimgraph.scoring import GoldClaim, load_gold

if TYPE_CHECKING:
    from spacy.language import Language

TESTS = Path(__file__).resolve().parent
GOLD_DIR = TESTS / "data" / "gold"
DATA = TESTS.parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _private_result_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Query answers cached by tests (and by the commands they run) stay out of ~/.cache."""
    previous = os.environ.get("CLAIMGRAPH_CACHE")
    os.environ["CLAIMGRAPH_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["CLAIMGRAPH_CACHE"]
    else:
        os.environ["CLAIMGRAPH_CACHE"] = previous


# -- the spaCy pipeline, the gold and the corpus ----------------------------------------------


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real pipeline (model plus the claim component), loaded once.

    Imported here, not at the top, so sessions that never ask for it do not load spaCy.
    """
    from claimgraph.extraction import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def gold_papers() -> list[Paper]:
    """The dev papers (id, title, abstract), in file order."""
    lines = (GOLD_DIR / "dev-papers.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [Paper(id=r["id"], title=r["title"], abstract=r["abstract"]) for r in records]


@pytest.fixture(scope="session")
def gold_claims() -> list[GoldClaim]:
    """The hand-read claims of the dev papers."""
    return load_gold(GOLD_DIR / "dev-claims.jsonl")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The repository's ``data/`` folder (the bundled corpus)."""
    return DATA


# -- a store of real claims -------------------------------------------------------------------

CLAIMS_MD_FIELDS = (
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
)
"""The field names of CLAIMS.md, in its order."""

FSMOE = "FSMoE: A Flexible and Scalable Training System for Sparse Mixture-of-Experts Models"
FA2 = "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"
JRT = "Just read twice: closing the recall gap for recurrent language models"
LEAN = (
    "Lean Attention: Hardware-Aware Scalable Attention Mechanism for the Decode-Phase of "
    "Transformers"
)

FSMOE_SENTENCE = (
    "Experimental results show that 1) our FSMoE supports four popular types of MoE routing "
    "functions and is more efficient than existing implementations (with up to a 1.42times "
    "speedup), and 2) FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE "
    "and Tutel) by 1.18times-1.22times on 1458 MoE layers and 1.19times-3.01times on real-world "
    "MoE models based on GPT-2 and Mixtral using a popular routing function."
)
FA_SENTENCE = (
    "FlashAttention exploits the asymmetric GPU memory hierarchy to bring significant memory "
    "saving (linear instead of quadratic) and runtime speedup (2-4times compared to optimized "
    "baselines), with no approximation."
)
FA2_SENTENCE = (
    "These yield around 2times speedup compared to FlashAttention, reaching 50-73\\% of the "
    "theoretical maximum FLOPs/s on A100 and getting close to the efficiency of GEMM operations."
)
JRT_PROMPT_SENTENCE = (
    "This gives 11.0 pm 1.3 points of improvement, averaged across 16 recurrent LMs and the 6 ICL "
    "tasks, with 11.9times higher throughput than FlashAttention-2 for generation prefill "
    "(length 32k, batch size 16, NVidia H100)."
)
JRT_RNN_SENTENCE = (
    "We then propose (2) JRT-RNN, which uses non-causal prefix-linear-attention to process "
    "prompts and provides 99% of Transformer quality at 360M params., 30B tokens and 96% at 1.3B "
    "params., 50B tokens on average across the tasks, with 19.2times higher throughput for "
    "prefill than FA2."
)
LEAN_SENTENCE = (
    'We extend the "stream-K" style reduction of tiled calculation to self-attention to enable '
    "parallel computation resulting in an average of 2.6x attention execution speedup over "
    "FlashAttention-2 and up to 8.33x speedup for 512k context lengths."
)
JRT_CONTEXT = "generation prefill (length 32k, batch size 16, NVidia H100)"
GPT_CONTEXT = "real-world MoE models based on GPT-2 and Mixtral"

# Names that try to break out of a SPARQL string or a file format.
HOSTILE = [
    '" . } DROP ALL ; #',
    "'; DELETE WHERE { ?s ?p ?o } #",
    'Tutel" } UNION { ?s ?p ?o',
    "FlashAttention-2\n} UNION { ?s ?p ?o }",
    "\\u0022 } #",
    "",
    "   ",
    "模型",
]


def corpus_abstract(title: str) -> str:
    """The abstract that follows ``title`` in the bundled corpus files."""
    for path in sorted(DATA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip() == title:
                return next(rest.strip() for rest in lines[i + 1 :] if rest.strip())
    raise KeyError(title)


def _paper(
    paper_id: str, title: str, date: str | None, rows: list[tuple[object, ...]]
) -> PaperClaims:
    abstract = corpus_abstract(title)
    claims = []
    for sentence, subject, baseline, kind, value, value_max, qualifier, metric, context in rows:
        assert isinstance(sentence, str)
        start = abstract.index(sentence)  # the sentences are real: they must be in the abstract
        claims.append(
            Claim(
                paper=paper_id,
                subject=str(subject),
                baseline=None if baseline is None else str(baseline),
                baseline_kind=kind,  # type: ignore[arg-type]
                value=float(value),  # type: ignore[arg-type]
                value_max=None if value_max is None else float(value_max),  # type: ignore[arg-type]
                unit="x",
                qualifier=qualifier,  # type: ignore[arg-type]
                metric=str(metric),
                context=None if context is None else str(context),
                sentence=sentence,
                start=start,
                end=start + len(sentence),
            )
        )
    return PaperClaims(
        paper=Paper(id=paper_id, title=title, abstract=abstract, date=date),
        claims=claims,
        abbreviations={"MoE": "mixture-of-experts"} if paper_id == "s001-06" else {},
    )


def fixture_papers() -> list[PaperClaims]:
    """Four real papers of the corpus, claims read by hand after CLAIMS.md."""
    s = FSMOE_SENTENCE
    # fmt: off
    # sentence, subject, baseline, baseline_kind, value, value_max, qualifier, metric, context
    fsmoe = [
        (s, "FSMoE", "existing implementations", "generic", 1.42, None, "up_to", "speedup", None),
        (s, "FSMoE", "DeepSpeed-MoE", "named", 1.18, 1.22, None, "speedup", "1458 MoE layers"),
        (s, "FSMoE", "Tutel", "named", 1.18, 1.22, None, "speedup", "1458 MoE layers"),
        (s, "FSMoE", "DeepSpeed-MoE", "named", 1.19, 3.01, None, "speedup", GPT_CONTEXT),
        (s, "FSMoE", "Tutel", "named", 1.19, 3.01, None, "speedup", GPT_CONTEXT),
    ]
    fa2 = [
        (FA_SENTENCE, "FlashAttention", "optimized baselines", "generic", 2, 4, None, "speedup",
         None),
        (FA2_SENTENCE, "FlashAttention-2", "FlashAttention", "named", 2, None, "approx", "speedup",
         "A100"),
    ]
    jrt = [
        (JRT_PROMPT_SENTENCE, "JRT-Prompt", "FlashAttention-2", "named", 11.9, None, None,
         "throughput", JRT_CONTEXT),
        (JRT_RNN_SENTENCE, "JRT-RNN", "FA2", "named", 19.2, None, None, "throughput", "prefill"),
    ]
    lean = [
        (LEAN_SENTENCE, "LeanAttention", "FlashAttention-2", "named", 2.6, None, "average",
         "speedup", None),
        (LEAN_SENTENCE, "LeanAttention", "FlashAttention-2", "named", 8.33, None, "up_to",
         "speedup", "512k context lengths"),
    ]
    # fmt: on
    return [
        _paper("s001-06", FSMOE, "--01-18", fsmoe),
        _paper("s000-11", FA2, "2023-07-17", fa2),
        _paper("s000-33", JRT, "2024-07-07", jrt),
        _paper("s003-lean", LEAN, None, lean),  # the corpus gives no date for this one
    ]


def fill_store(store: ox.Store) -> ox.Store:
    """Write each fixture paper's graph in one call, as ingestion does."""
    for result in fixture_papers():
        store.extend(paper_quads(result))
    return store


def store_dump(store: ox.Store) -> list[str]:
    return sorted(str(q) for q in store)


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ox.Store]:
    """The fixture papers in an in-memory store and in an on-disk one."""
    if request.param == "memory":
        yield fill_store(ox.Store())
    else:
        yield fill_store(ox.Store(str(tmp_path / "store")))


@pytest.fixture
def mem_store() -> ox.Store:
    """The fixture papers in an in-memory store."""
    return fill_store(ox.Store())


# Tests of the RDF and store stages pin exact triples; they read names through this small
# table so that growing the shipped alias file does not move their counts.
PINNED_ALIASES = AliasTable({"FlashAttention-2": ("FA2", "FlashAttention 2", "FlashAttention2")})


@pytest.fixture
def pinned_aliases(monkeypatch: pytest.MonkeyPatch) -> AliasTable:
    import claimgraph.rdf
    import claimgraph.store

    for module in (claimgraph.rdf, claimgraph.store):
        monkeypatch.setattr(module, "default_aliases", lambda: PINNED_ALIASES)
    return PINNED_ALIASES


# -- real papers for the per-decision extraction tests (tests/extraction/) ------------------
# Every case there is a real sentence of a real abstract of the project's own material: the
# corpus gold (``s000-NN``, ``s001-NN``), the second gold set (``a...``, ``b...``), the reading
# set (``xm...``, ``xs...``) or the bundled corpus (its stable ids, e.g.
# ``alisa-accelerating-large-language-c801de53``). The ``corpus`` gold part (files 3 and 4 of the
# bundled corpus) is held out: no new case is taken from it.

PAPER_FILES = (
    TESTS / "data" / "gold" / "dev-papers.jsonl",
    TESTS / "data" / "gold" / "dev2-papers.jsonl",
    TESTS / "data" / "reading" / "ml-systems.jsonl",
    TESTS / "data" / "reading" / "systems.jsonl",
)
ClaimsIn = Callable[[str, str], list[Claim]]
Row = tuple[object, ...]


@pytest.fixture(scope="session")
def real_papers() -> dict[str, Paper]:
    """Gold and reading papers by their ids, and the bundled corpus by its stable ids."""
    from claimgraph.sources import read_papers

    papers: dict[str, Paper] = {p.id: p for p in read_papers([DATA]).papers}
    # read as a user's files are (a formula copied with its TeX is read once)
    for paper in read_papers(PAPER_FILES).papers:
        papers[paper.id] = Paper(id=paper.id, title=paper.title, abstract=paper.abstract)
    return papers


@pytest.fixture
def claims_in(nlp: Language, real_papers: dict[str, Paper]) -> ClaimsIn:
    from claimgraph.extraction import extract_paper

    def run(paper_id: str, sentence: str) -> list[Claim]:
        paper = real_papers[paper_id]
        assert sentence in paper.abstract, f"not a sentence of {paper_id}: {sentence!r}"
        return extract_paper(Paper(id=paper_id, title=paper.title, abstract=sentence), nlp).claims

    return run


@pytest.fixture
def made_up_claims(nlp: Language) -> Callable[[str, str], list[Claim]]:
    """The claims of a made-up sentence under a made-up title: for a construction that no
    sentence of the project's own material shows (every other case is a real sentence)."""
    from claimgraph.extraction import extract_paper

    def run(title: str, sentence: str) -> list[Claim]:
        return extract_paper(Paper(id="made-up", title=title, abstract=sentence), nlp).claims

    return run


MADE_UP = "made-up: "
"""The prefix of a made-up title given to ``claims_of`` in place of a paper id: a case written
for a construction that no sentence of the project's own material shows."""


@pytest.fixture
def claims_of(claims_in: ClaimsIn, made_up_claims: ClaimsIn) -> ClaimsIn:
    """The claims of a real sentence (a paper id) or of a made-up one (``MADE_UP + title``), so
    that one parametrized test can hold both."""

    def run(paper: str, sentence: str) -> list[Claim]:
        if paper.startswith(MADE_UP):
            return made_up_claims(paper.removeprefix(MADE_UP), sentence)
        return claims_in(paper, sentence)

    return run


@pytest.fixture
def paper_claims(nlp: Language, real_papers: dict[str, Paper]) -> Callable[[str], list[Claim]]:
    """The claims of a whole real abstract."""

    from claimgraph.extraction import extract_paper

    def run(paper_id: str) -> list[Claim]:
        return extract_paper(real_papers[paper_id], nlp).claims

    return run


@pytest.fixture
def rows() -> Callable[..., list[Row]]:
    """``rows(claims, "subject", "value")``: the named fields of each claim, in order."""

    def pick(claims: list[Claim], *names: str) -> list[Row]:
        return [tuple(getattr(claim, name) for name in names) for claim in claims]

    return pick


# -- a loopback listener: proves that nothing (or something) reached another machine


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback socket that records whatever connects to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.5)
    received: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    received.append(connection.recv(4096))
                except OSError:
                    received.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], received
    stop.set()
    thread.join(2)
    server.close()
