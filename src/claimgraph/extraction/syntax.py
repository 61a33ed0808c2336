"""Where a quantity sits in the dependency parse of its sentence.

The parse carries across authors and subfields better than word patterns: the predicate
that governs a number, the objects of that predicate and the phrase that owns a measured
quantity ("the communication volume of ZeRO") are read from the tree, and the string
rules of the other modules decide only what the small model's parse gets wrong.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimgraph import lexicon
from claimgraph.quantities import Quantity

_CLAUSE_HEADS = ("VERB", "AUX")
_OBJECTS = ("dobj", "nsubjpass", "attr")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token that covers character ``offset``."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def predicate_offsets(doc: Doc) -> frozenset[int]:
    """Offsets of the verbs that start a predicate of their own: not a participle inside a
    noun phrase ("process-based systems") nor the "compared" that introduces a baseline."""
    return frozenset(
        t.idx
        for t in doc
        if t.pos_ == "VERB"
        and t.dep_ not in ("amod", "compound", "acl")
        and t.lower_ not in ("compared", "relative")
        and not (t.i > 0 and doc[t.i - 1].text == "-")
    )


# "... and lowers decoding energy per token by 38%": the rest of a clause with its own change
_OWN_CHANGE_AFTER = re.compile(
    r"\s+(?:[\w/-]+\s+){1,6}?by\s+(?:up\s+to\s+|about\s+|nearly\s+|roughly\s+)?[~]?\d"
)


def verbs_taken_for_nouns(doc: Doc) -> frozenset[int]:
    """Offsets of verbs coordinated after a baseline that the small model tags as plural
    nouns: "over OpenRLHF, and reshards a 70B actor", "over ARC, and lowers write traffic to
    flash by 45%". A plural noun after "and" that opens an object of its own ("a", "its") or a
    change of its own ("... by 45%") is the verb of a new predicate."""
    text = doc.text
    offsets = []
    for token in doc[1:-1]:
        after_and = doc[token.i - 1].lower_ in ("and", "or")
        if token.tag_ != "NNS" or not token.is_lower or not after_and:
            continue
        following = doc[token.i + 1]
        # ("than hash tables and tries of equal size by 2x": a noun goes on with "of")
        if following.tag_ in ("DT", "PRP$") or (
            following.pos_ not in ("ADP", "CCONJ", "PUNCT", "PART")
            and _OWN_CHANGE_AFTER.match(text, token.idx + len(token.text))
        ):
            offsets.append(token.idx)
    return frozenset(offsets)


def predicate_of(token: Token) -> Token:
    """The verb that governs ``token``: its nearest verbal ancestor, else the root."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in _CLAUSE_HEADS:
            return current
    return current


def owner_of_measure(doc: Doc, quantity: Quantity) -> str | None:
    """The phrase whose measure the quantity changes: "reduces the size of a BERT model by
    40%" -> "a BERT model"; "more than 4x the performance of ext4 or XFS" -> "ext4 or XFS";
    "reduces AdamW's memory footprint by 8x" -> "AdamW".

    Read from the parse: an object of the number's predicate that names a metric and has
    an "of" phrase.  The phrase runs from "of" to the "by" that introduces the number (a
    list the parser split off is kept whole), else to the end of the "of" subtree.
    """
    number = token_at(doc, quantity.start)
    if number is None:
        return None
    predicate = predicate_of(number)
    ancestors = {number.i, *(a.i for a in number.ancestors)}
    # A conjunct the tagger took for a verb ("FlexGen and vLLM") hangs on the real predicate.
    predicates = [predicate]
    while predicates[-1].dep_ == "conj" and predicates[-1].head.i != predicates[-1].i:
        predicates.append(predicates[-1].head)
    for candidate in (child for p in predicates for child in p.children):
        if candidate.dep_ not in _OBJECTS or candidate.i in ancestors:
            continue
        noun_phrase = doc[candidate.left_edge.i : candidate.i + 2].text  # with its "of"
        if lexicon.metric_in(noun_phrase) is None:
            continue
        for preposition in candidate.children:
            if preposition.dep_ == "prep" and preposition.lower_ == "of":
                return _of_phrase(doc, preposition, quantity)
        for owner in candidate.children:
            # "reduces AdamW's optimizer memory footprint by 8x" (not "its memory")
            if owner.dep_ == "poss" and any(mark.dep_ == "case" for mark in owner.children):
                return doc[owner.left_edge.i : owner.i + 1].text
    return None


def _of_phrase(doc: Doc, preposition: Token, quantity: Quantity) -> str:
    start = preposition.idx + len(preposition.text)
    if start < quantity.start:
        text = doc.text
        by = text.rfind(" by ", start, quantity.start)
        if by >= 0 and not text[start:by].count(","):
            return text[start:by].strip()
    subtree: Span = doc[preposition.i + 1 : preposition.right_edge.i + 1]
    return subtree.text.strip()
