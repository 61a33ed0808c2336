"""Synthetic corpora of any size, recombined from the bundled corpus.

Each synthetic abstract starts from a real *host* abstract and swaps about half of its
sentences for sentences of other papers at the same relative position, so the share of
sentences that hold a claim stays that of the real corpus.  Names are then changed
consistently within the synthetic paper:

* the source paper's own system (its name from the title or "we present X", the short
  forms the abstract defines for it, and the subjects of its claims) becomes the synthetic
  paper's own name, ``Zephyr-123`` style, which also heads the title ("Zephyr-123: <host
  title>");
* each named baseline becomes, with probability ``KEEP_BASELINE``, itself (well-known
  systems such as vLLM stay hubs), else an earlier synthetic paper's own name, drawn with
  a bias towards early papers, so later papers compare against earlier ones and a few
  systems end up well connected, as in the literature.

The named baselines come from running the shipped extractor once over the bundled
corpus (about a second).  The output is deterministic for a seed and ids are unique.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimgraph.pipeline import bundled_corpus
from claimgraph.quantities import split_sentences
from claimgraph.records import Paper
from claimgraph.sources import read_papers

__all__ = ["KEEP_BASELINE", "SWAP_SENTENCE", "SourcePaper", "system_name", "write_corpus"]

SWAP_SENTENCE = 0.5
"""Chance that a host sentence is replaced by another paper's sentence."""
KEEP_BASELINE = 0.3
"""Chance that a named baseline keeps its real name."""

_STEMS = (
    "Zephyr Aurora Basalt Cobalt Dynamo Ember Falcon Garnet Helix Iris Juniper Krypton "
    "Lumen Magma Nimbus Onyx Photon Quasar Raptor Sierra Tundra Umbra Vortex Willow Xenon "
    "Yarrow Zenith Atlas Borealis Cinder Delta Eclipse Fjord Glacier Harbor Indigo Jasper "
    "Kestrel Lagoon Meteor"
).split()


def system_name(index: int) -> str:
    """The ``index``-th generated system name: ``Zephyr-1``, ``Aurora-1``, ... (keys unique)."""
    stem = _STEMS[index % len(_STEMS)]
    return f"{stem}-{index // len(_STEMS) + 1}"


@dataclass(frozen=True)
class SourcePaper:
    """A bundled paper cut into sentences, with the names to rewrite in them."""

    title: str
    date: str | None
    sentences: tuple[str, ...]
    own_names: tuple[str, ...]
    baselines: tuple[str, ...]
    pattern: re.Pattern[str] | None


def _names_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # Whole names only: "FlashAttention" must not match inside "FlashAttention-2".
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w]|-\w)")


def source_papers(papers: Sequence[Paper] | None = None) -> list[SourcePaper]:
    """The bundled papers (or ``papers``) with their own names and named baselines.

    Runs the shipped extractor once, so spaCy is imported here.
    """
    from claimgraph.extraction import extract_papers, paper_context

    if papers is None:
        papers = read_papers([bundled_corpus()]).papers
    sources: list[SourcePaper] = []
    for result in extract_papers(papers):
        paper = result.paper
        context = paper_context(paper)
        baselines = {c.baseline for c in result.claims if c.baseline_kind == "named" and c.baseline}
        # Short forms the abstract defines for its own system ("Flex" for Tutel) are its
        # names too: left as they are, hundreds of synthetic systems would share one.
        shorts = {
            short for short, long in context.abbreviations.items() if long == context.own_name
        }
        own = {context.own_name, *shorts, *(c.subject for c in result.claims)} - baselines
        own = {name for name in own if name.strip()}
        sentences = tuple(paper.abstract[s:e] for s, e in split_sentences(paper.abstract))
        if not sentences:
            continue
        sources.append(
            SourcePaper(
                title=paper.title,
                date=paper.date,
                sentences=sentences,
                own_names=tuple(sorted(own)),
                baselines=tuple(sorted(baselines)),
                pattern=_names_pattern([*own, *baselines]),
            )
        )
    return sources


def _synthetic_title(host: SourcePaper, own: str) -> str:
    _, sep, tail = host.title.partition(":")
    tail = tail.strip() if sep else host.title
    if host.pattern is not None:
        tail = host.pattern.sub(lambda m: own if m.group(0) in host.own_names else m.group(0), tail)
    if tail == own:  # the title was the paper's only name for itself
        tail = host.title
    return f"{own}: {tail}"


def _baseline_name(rng: random.Random, original: str, index: int) -> str:
    if index == 0 or rng.random() < KEEP_BASELINE:
        return original
    # rng.random() ** 3 favours early papers: a few systems collect many comparisons.
    return system_name(int(index * rng.random() ** 3))


def synthetic_paper(
    rng: random.Random, sources: Sequence[SourcePaper], index: int, seed: int
) -> dict[str, str]:
    """The ``index``-th synthetic paper as a JSON Lines record (``id``, ``title``, ...)."""
    own = system_name(index)
    host = sources[rng.randrange(len(sources))]
    picked: list[tuple[SourcePaper, str]] = []
    count = len(host.sentences)
    for position, sentence in enumerate(host.sentences):
        if position > 0 and rng.random() < SWAP_SENTENCE:
            donor = sources[rng.randrange(len(sources))]
            at = min(len(donor.sentences) - 1, position * len(donor.sentences) // count)
            picked.append((donor, donor.sentences[at]))
        else:
            picked.append((host, sentence))

    renamed: dict[str, str] = {}

    def rename(source: SourcePaper, match: re.Match[str]) -> str:
        name = match.group(0)
        if name in source.own_names:
            return own
        if name not in renamed:
            renamed[name] = _baseline_name(rng, name, index)
        return renamed[name]

    parts = []
    for source, sentence in picked:
        if source.pattern is not None:
            sentence = source.pattern.sub(lambda m, s=source: rename(s, m), sentence)
        parts.append(sentence)
    record = {
        "id": f"syn{seed}-{index:07d}",
        "title": _synthetic_title(host, own),
        "abstract": " ".join(parts),
    }
    if host.date:
        record["date"] = host.date
    return record


def write_corpus(
    n: int, path: str | Path, seed: int = 0, sources: Sequence[SourcePaper] | None = None
) -> Path:
    """Write ``n`` synthetic abstracts to ``path`` as JSON Lines; deterministic for ``seed``.

    ``sources`` (from :func:`source_papers`) can be passed to skip the extraction run
    when writing several corpora.
    """
    sources = source_papers() if sources is None else sources
    rng = random.Random(seed)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for index in range(n):
            record = synthetic_paper(rng, sources, index, seed)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
