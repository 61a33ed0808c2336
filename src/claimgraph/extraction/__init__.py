"""Extraction: claims out of abstracts, as CLAIMS.md defines them.

Only sentences that hold a factor or a percentage reach spaCy (``claimness``, a cheap
pre-filter); each becomes a ``Doc`` that carries its paper's ``PaperContext``
(``naming``) through the tagger and parser, then through the ``claimgraph_claims``
component (``component``), which leaves plain ``Claim`` records on ``doc._.claims``.
One module per decision: ``claimness`` (which numbers are claims), ``clauses``, ``baseline``,
``subject``, ``metric``, ``context``, ``pairing``; ``run`` drives it all.
"""

from claimgraph.extraction.claimness import candidate_sentences, is_claim_quantity
from claimgraph.extraction.component import (
    COMPONENT_NAME,
    ClaimExtractor,
    claims_of_sentence,
    make_claim_extractor,
)
from claimgraph.extraction.naming import (
    PaperContext,
    coined_names,
    find_abbreviations,
    own_system_name,
    paper_context,
)
from claimgraph.extraction.run import MODEL_NAME, extract_paper, extract_papers, load_pipeline

__all__ = [
    "COMPONENT_NAME",
    "MODEL_NAME",
    "ClaimExtractor",
    "PaperContext",
    "candidate_sentences",
    "claims_of_sentence",
    "coined_names",
    "extract_paper",
    "extract_papers",
    "find_abbreviations",
    "is_claim_quantity",
    "load_pipeline",
    "make_claim_extractor",
    "own_system_name",
    "paper_context",
]
