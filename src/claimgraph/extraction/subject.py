"""Who a quantity is about: the grammatical subject of its clause, or the paper's system."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimgraph import lexicon
from claimgraph.extraction.baseline import Marker, strip_determiners
from claimgraph.extraction.claimness import (
    MARKER_AFTER,
    SWITCHED_OFF,
    THAT_OF_AFTER,
    WORSE_CHANGE_BEFORE,
)
from claimgraph.extraction.clauses import RELATIVE_PRONOUNS, Reading
from claimgraph.extraction.naming import PaperContext, same_name
from claimgraph.quantities import first_quantity
from claimgraph.records import BaselineKind

# ---- subjects


_OWN_WORDS = re.compile(
    r"^(?:we|our|us|it|its|this|these|they|the\s+proposed|the\s+resulting|the\s+new|"
    r"experiments?|results?|evaluations?|the\s+(?:method|system|approach|framework|model|design))\b",
    re.IGNORECASE,
)


def assign_subjects(
    doc: Doc,
    readings: list[Reading],
    boundaries: list[tuple[int, bool]],
    context: PaperContext,
    markers: Sequence[Marker] = (),
) -> None:
    text = doc.text  # (built anew on each access)
    compared_side = _compared_spans(markers, readings)
    subjects = [
        subject
        for subject in _clause_subjects(doc)
        if not any(low <= subject.start < high for low, high in compared_side)
    ]
    for reading in readings:
        position = reading.quantity.start
        candidates = [subject for subject in subjects if subject.start <= position]
        compared = [b for b, _ in reading.baselines if b is not None]
        # "... than systems such as DGL, which translates into a 40% reduction": a subject
        # that is the number's own baseline was read from a comparison phrase ("which"
        # standing for the whole statement); the clause before it is the one that speaks
        while (
            len(candidates) > 1
            and candidates[-1].names
            and all(any(same_name(n, b) for b in compared) for n in candidates[-1].names)
        ):
            candidates.pop()
        nearest = candidates[-1] if candidates else ClauseSubject(0)
        # ("On four GPUs, an ARM CPU and an Intel CPU, XDS reduces ...": the parse joins the
        # setting's devices to the subject; a device is a setting beside a system)
        names = [n for n in nearest.names if not _A_DEVICE_NAME.search(n)] or nearest.names
        if not names and nearest.phrase in context.written_names:
            # "Memcached is 3x faster than Redis": a plain word opening the sentence that the
            # abstract writes as a name elsewhere is that name
            names = [nearest.phrase]
        if (
            names
            and context.own_is_named
            and _own_name_acts_before(text, nearest, position, context)
        ):
            # "For a chain consisting of a firewall, NAT and load balancer, Pallet forwards
            # ... 3.8x": the parse took a word of the setting for the subject; the paper's
            # own name acts between it and the number
            names = [context.own_name]
        reading.subjects = [_canonical_subject(n, context) for n in names] or [context.own_name]
        named = [n for n in reading.subjects if n != context.own_name]
        reading.paths["subject"] = (
            "clause" if named else ("own" if context.own_is_named else "phrase")
        )
        if not named and (not context.own_is_named or context.own_is_a_study):
            _name_the_unnamed(reading, nearest, context)
        if nearest.devices and (
            _AGAINST_A_DEVICE.search(text, reading.quantity.end)
            or _DEVICE_BEFORE.search(text, 0, reading.quantity.start)
        ):
            # "Compared with CPUs, FPGAs give an order of magnitude higher energy efficiency",
            # "The GPUs (NVIDIA A40) reached more than 6 times higher per-node throughput
            # than that of CPUs": one class of device against another
            reading.subjects = list(nearest.devices)
            reading.paths["subject"] = "clause"
        speedup_for = _FOR_WHAT_OVER.match(text, reading.quantity.end)
        if speedup_for and _A_SYSTEM_CLASS.search(speedup_for["what"]):
            # "a 25x speedup for GPUs over CPUs", "a speedup of 2x-4x for fixed-point
            # implementations compared to double precision": the speedup is what the "for" names
            reading.subjects = [speedup_for["what"]]
            reading.paths["subject"] = "clause"
        turned = _turned_around(text, reading)
        if turned:
            reading.subjects, reading.baselines = turned
            reading.paths["subject"] = "turned"
        elif variant := _a_variant_behind_its_system(text, reading, context.own_name):
            # "Tallis-Static ... is 17% slower under shifting hotspots": behind the system it
            # is a variant of
            reading.subjects, reading.baselines = [context.own_name], [(variant, "named")]
            reading.paths["subject"] = "turned"
        elif (
            reading.paths["subject"] == "clause"
            and not reading.baselines
            and context.own_is_named
            and _STILL_AHEAD.search(
                text, max(0, reading.quantity.start - 40), reading.quantity.end + 12
            )
        ):
            # "For small matrices, however, MKL remains up to 20% faster": another system still
            # ahead of the paper's own, which the sentence leaves unsaid
            reading.baselines = [(context.own_name, "named")]
            reading.paths["baseline"] = "carried"
        elif _against_its_own_name(reading, nearest, context):
            # "A NUMA-aware radix join is still 8% faster than Parcel": the paper's own system
            # is the baseline, so the clause's subject is another thing, named by its phrase
            thing = _thing_named(nearest.phrase)
            if thing:
                reading.subjects = [thing]
                reading.paths["subject"] = "thing"


_STILL_AHEAD = re.compile(
    r"\b(?:remains?|remained|is\s+still|are\s+still|stays?)\s+(?:up\s+to\s+|about\s+|roughly\s+)?"
    r"[~]?\d[\d.]*\s?(?:%|x|×|times)\s+(?:faster|better|ahead|higher|quicker)\b(?!\s+than)",
    re.IGNORECASE,
)


def _own_name_acts_before(
    text: str, subject: ClauseSubject, position: int, context: PaperContext
) -> bool:
    if any(same_name(n, context.own_name) for n in subject.names):
        return False
    # (from a little before the subject, where a reporting verb's "that" opens it)
    acting = _own_name_acting(context.own_name)
    return acting.search(text, max(0, subject.start - 20), position) is not None


@functools.lru_cache(maxsize=256)
def _own_name_acting(own_name: str) -> re.Pattern[str]:
    """The paper's own name opening a clause, or what the subject is built on: "...,
    Pallet forwards", "an implementation built on Quorra is"; not "which Pallet extends".
    (One pattern per paper, kept: compiling it for every number cost more than the search.)"""
    # (an abstract may write its name as the authors' LaTeX macro: "\method{} reduces ...")
    own = r"(?:" + re.escape(own_name) + r"|\\[A-Za-z]+\{\})"
    return re.compile(
        # ("show that SLARouter satisfies SLA constraints ..., reducing": the tagger may take
        # the verb for a noun of the name)
        r"(?:(?:^|[,;:]|\b" + _REPORTING_VERB.pattern + r"\s+that)\s*" + own + r"\s+"
        r"(?:also\s+|still\s+)?(?:[a-z]+(?:s|ed)|can|could)|"
        r"\b(?:built|based|running|implemented)\s+(?:on|upon|with|in)\s+" + own + r"\s+"
        r"(?:is|are|was|were|runs|achieves))\b"
    )


def _against_its_own_name(reading: Reading, subject: ClauseSubject, context: PaperContext) -> bool:
    compared = [b for b, _ in reading.baselines if b is not None]
    return (
        context.own_is_named
        and reading.subjects == [context.own_name]
        and subject.own_kind is None
        and bool(subject.phrase)
        and bool(compared)
        and all(same_name(b, context.own_name) for b in compared)
    )


_A_DEVICE_NAME = re.compile(r"\b(?:[CGTN]PUs?|FPGAs?|SoCs?|DSPs?)$")
_AGAINST_A_DEVICE = re.compile(
    r"\b(?:than|over|compared\s+(?:to|with)|versus|relative\s+to|against)\s+"
    r"(?:(?:that|those)\s+of\s+|the\s+|an?\s+|multi-core\s+|many-core\s+|server\s+)*"
    r"(?:[CGTN]PU|FPGA)s?\b",
    re.IGNORECASE,
)
_DEVICE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|unlike)\s+[^,]{0,30}\b(?:[CGTN]PU|FPGA)s?,",
    re.IGNORECASE,
)
# (a class of things without a determiner: not "a 7.02x speedup for a single CKKS
# multiplication compared to ...", a workload)
_FOR_WHAT_OVER = re.compile(
    r"\s+(?:speed-?ups?\s+|improvements?\s+)?for\s+"
    r"(?P<what>(?!(?:a|an|the|each|every|all|our|this|these|its|their|both|some|large|small)\b)"
    r"[\w-]+(?:\s+[\w-]+)?s)\s+(?:over|compared\s+(?:to|with)|versus|relative\s+to)\s",
    re.IGNORECASE,
)


_A_BOUND = re.compile(
    r"(?:strictly\s+)?(?:necessary|needed|required|optimal|ideal|expected|possible|ideally)",
    re.IGNORECASE,
)


# What can be compared, not a workload ("2x speedup for reads over ext4"): a class of device
# or a kind of implementation
_A_SYSTEM_CLASS = re.compile(
    r"\b[A-Z][A-Za-z0-9]*s$|\b(?:implementations|systems|kernels|methods|approaches|engines|"
    r"designs|versions|algorithms|libraries|frameworks|accelerators|processors)$"
)


def _name_the_unnamed(reading: Reading, subject: ClauseSubject, context: PaperContext) -> None:
    """A paper that names no system of its own: "our scheme improves write throughput by 58%"
    takes the abstract's phrase with that head ("the batched flush scheme"); "on-device
    training exhibits a latency gap, averaging 7.3 times slower" is about the thing its
    clause names."""
    if subject.own_kind is not None:
        # "Our GPU implementation shows a 7.02x speedup", "the proposed protocol optimization
        # device can raise throughput": the modifiers the sentence gives its own kind of thing
        kind = context.kind_phrases.get(subject.own_kind) or _own_kind_phrase(subject.phrase)
        if kind and kind.lower() not in context.own_name.lower():
            reading.subjects = [kind]
            reading.paths["subject"] = "kind"
        return
    thing = _thing_named(subject.phrase, in_a_study=context.own_is_a_study)
    if thing and not same_name(thing, context.own_name):
        reading.subjects = [thing]
        reading.paths["subject"] = "thing"


@dataclass(frozen=True)
class ClauseSubject:
    """The grammatical subject of a clause, at ``start`` in the sentence."""

    start: int
    names: list[str] = field(default_factory=list)
    """The names it gives; empty when it is the paper itself or names nothing."""
    phrase: str = ""
    """Its words when it names nothing ("in-browser inference"); empty otherwise."""
    own_kind: str | None = None
    """The head noun when it is the paper's own work ("our scheme" -> "scheme")."""
    devices: list[str] = field(default_factory=list)
    """Classes of device it names instead of a name ("GPUs"): a subject only against another."""


_REPORTING_VERB = re.compile(
    r"(?:show|demonstrat|find|found|indicat|reveal|confirm|suggest|prov|observ|verif|report)\w*"
)
_REPORTING_HEADS = frozenset(
    "results experiments experiment evaluation evaluations measurements simulations "
    "benchmarks analysis analyses studies".split()
)


def _compared_spans(markers: Sequence[Marker], readings: list[Reading]) -> list[tuple[int, int]]:
    """Where the compared side of the sentence is written: a subject found there ("Vesta
    outperforms ..., Brisk, and compiler, Quill equipped with ..., by up to 1.62x",
    where the parser makes Quill the subject of "equipped") is part of a baseline."""
    spans = []
    for marker in markers:
        end = marker.phrase_end
        if marker.verbal:
            # the object of "outperforms" runs to the "by" of its number
            later = [r.quantity.start for r in readings if r.quantity.start > marker.end]
            end = max(end, min(later, default=end))
        spans.append((marker.start, end))
    return spans


_NAMING = re.compile(
    r"(?:\b(?:which|that)\s+we\s+(?:call|name|dub|term)|\b(?:called|named|dubbed|termed))\s+"
    r"(?P<name>[^,;()]{1,40})",
    re.IGNORECASE,
)


def _a_subject_read_as_conjunct(doc: Doc, token: Token) -> bool:
    """ "Aeolia outperforms Linux by 2x and AeoFS outperforms ext4 by 19.1x": the parser joined
    the name to the number before it; the verb right after it, with no subject, is its own."""
    if token.i + 1 >= len(doc) or token.i == 0 or doc[token.i - 1].lower_ != "and":
        return False
    if lexicon.name_runs(token.text, sentence_initial=False) != [token.text]:
        return False
    verb = doc[token.i + 1]
    if token.dep_ == "compound" and token.head.i == verb.i:
        # ("... and TernFS outperforms ext4": the verb taken for a plural noun the name modifies)
        return re.fullmatch(lexicon.BEATS, verb.text, re.IGNORECASE) is not None
    if token.dep_ != "conj" or not (token.head.like_num or first_quantity(token.head.text)):
        return False  # ("training of BERT-large and ResNet-50 is 1.31x faster": a conjunct)
    return verb.tag_ in ("VBZ", "VBD", "VBP") and _has_no_subject(verb)


def _a_subject_read_as_modifier(doc: Doc, token: Token) -> bool:
    """ "ServerlessLLM introduces a multitier loading system ...": the parser took the name
    opening the sentence for a modifier of its verb, which is left with no subject."""
    if token.i != 0 or token.dep_ not in ("amod", "compound", "nmod") or len(doc) < 2:
        return False
    verb = doc[1]
    return (
        token.head.i == 1
        and verb.dep_ == "ROOT"
        and verb.tag_ in ("VBZ", "VBD")
        and _has_no_subject(verb)
        and lexicon.name_runs(token.text, sentence_initial=True) == [token.text]
    )


def _has_no_subject(verb: Token) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _clause_subjects(doc: Doc) -> list[ClauseSubject]:
    """The grammatical subjects of the sentence, in order."""
    found: list[ClauseSubject] = []
    reported: set[int] = set()  # verbs whose subject reports a result
    text = doc.text  # (built anew on each access: once per relative pronoun was quadratic)
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") and not (
            _a_subject_read_as_conjunct(doc, token) or _a_subject_read_as_modifier(doc, token)
        ):
            continue
        if token.lower_ in RELATIVE_PRONOUNS:
            if token.i > 0 and _REPORTING_VERB.fullmatch(doc[token.i - 1].lower_):
                # "results ... demonstrate that NeutronTP achieves": "that" opens what is
                # reported (the tagger may take "demonstrate" for a noun), it has no antecedent
                continue
            # "JRT-RNN, which uses ... with 19.2x higher throughput": the antecedent.
            verb = token.head
            if verb.dep_ == "relcl" and verb.head.i < token.i:
                antecedent = verb.head
                if antecedent.dep_ == "pobj" and antecedent.head.lower_ in _SETTING_PREPOSITIONS:
                    # "SAB achieves 38 GFLOP/s on an NVIDIA Tesla C2050, which is 2.1x faster
                    # than ...": what "which" stands for is the result, not where it was run
                    continue
                phrase = doc[antecedent.left_edge.i : antecedent.i + 1].text
                names = _subject_names(phrase, antecedent.left_edge.i == 0)
                # "a ... recipe, which we call Hydra++, that improves": the name given wins.
                naming = _NAMING.search(text[antecedent.idx : token.idx])
                if naming:
                    names = _subject_names(naming.group("name"), False) or names
                if names:
                    found.append(ClauseSubject(token.idx, names))
                elif _OWN_WORDS.match(phrase):
                    # "the proposed batching technique, which achieves up to 41x"
                    found.append(
                        ClauseSubject(token.idx, phrase=phrase, own_kind=antecedent.lower_)
                    )
            continue
        versioned = token.like_num and any(
            c.dep_ == "compound" and c.i == token.i - 1 and c.text[0].isupper()
            for c in token.children
        )  # "Raft 2.0 yields a shorter failover time than Raft 1.0"
        if not versioned and (
            token.like_num or first_quantity(token.text) or not token.text[0].isalnum()
        ):
            continue
        if first_quantity(doc[token.left_edge.i : token.i + 1].text[:12]) and token.left_edge.i > 0:
            # "Tiering supports 73.02 times more concurrent sessions ... and lowers cost": the
            # parser took the amount for the subject of the next verb; it is the measure
            continue
        if token.head.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in token.head.children
        ):
            # "a modification that allows unused bits in the pointer to encode its type,
            # improving performance by 90%": what another verb lets act is no actor of the
            # sentence
            continue
        if lexicon.singular(token.lower_) in _CHANGE_NOUNS and not _a_kind_of_change(token):
            continue  # "with a speedup up to 25X": the change itself is nobody's subject
        if token.left_edge.i > 0 and doc[token.left_edge.i - 1].lower_ in ("with", "without"):
            # "With NVMe disabled, the throughput gain falls": the part switched off in a
            # setting, not what the clause speaks of
            continue
        if _a_verb_after_our_kind(doc, token):
            # "our FTL lowers write amplification", "our approach transfers 18% more data":
            # the parser took the verb for the subject's head; the kind before it is the head
            token = doc[token.i - 1]
        opening = token.left_edge.i
        if opening > 0 and _CHANGE_VERB.fullmatch(doc[opening - 1].lower_):
            # "reduces the IEEE 802.11ax channel sounding overhead by 64%": the parser
            # took a noun of the object for a verb with a subject; it is what is changed
            continue
        span = _hyphen_joined(doc, token.left_edge.i, token.i)
        # "Our distributed implementation, Kite-d, achieves": the name in apposition
        named_in_apposition = [
            text
            for c in token.children
            if c.dep_ == "appos"
            and doc[c.left_edge.i - 1].text == ","
            and lexicon.name_runs(
                text := doc[c.left_edge.i : c.right_edge.i + 1].text, sentence_initial=False
            )
            == [text]
        ]
        parts = [span.text, *named_in_apposition] + [
            doc[c.left_edge.i : c.i + 1].text for c in token.conjuncts if c.i > token.i
        ]
        phrase = " and ".join(parts)
        if _OWN_WORDS.match(phrase) and not lexicon.name_runs(phrase, sentence_initial=False):
            if token.lower_ in _REPORTING_HEADS:
                # ("Our evaluation using applications such as nginx and Redis shows that ...":
                # the parser may give the verb a second subject from its setting)
                reported.add(token.head.i)
            found.append(
                ClauseSubject(token.left_edge.idx, phrase=span.text, own_kind=token.lower_)
            )
            continue
        activity = _a_model_run(doc, token)
        run = text[token.left_edge.idx : activity.idx] if activity is not None else ""
        if activity is None and token.head.lower_ in ("run", "runs", "ran", "executes", "executed"):
            # "On the Galaxy S23, MobileViT runs at 4.1 ms per image, 24% faster than ...": a
            # model that runs is the workload too
            activity, run = token.head, text[token.left_edge.idx : token.head.idx]
        if (
            activity is not None
            and _A_MODEL.search(run)
            # ("FlashAttention-2 training of GPT-2 is 3x faster": a system runs the model)
            and all(_A_MODEL.search(n) for n in lexicon.name_runs(run, sentence_initial=True))
        ):
            # "Llama-2-13B decoding in vLLM is 2.5x faster", "BERT-large inference is 1.38x
            # faster": a model run is the workload (context), the paper's system runs it
            found.append(ClauseSubject(token.left_edge.idx))
            continue
        if token.head.lower_ in _BENEFIT_VERBS and any(
            lexicon.singular(c.lower_) in _CHANGE_NOUNS for c in token.head.subtree
        ):
            # "Larger images see larger speedups (9.3x ...)": what sees a gain is the workload
            # the paper's system runs, not a system compared
            found.append(ClauseSubject(token.left_edge.idx))
            continue
        if token.lower_ in _REPORTING_HEADS or token.head.i in reported:
            # "Our evaluation using unmodified applications such as memcached, LevelDB, and Kafka
            # shows that ...": names in what reports a result are its setting (the parser may
            # give the verb a second subject, "Kafka")
            reported.add(token.head.i)
            found.append(ClauseSubject(token.left_edge.idx))
            continue
        if token.head.idx > token.idx and _OF_OUR_OWN.search(text, token.idx, token.head.idx):
            # "DMIPS, CoreMark value, and Embench value of the proposed processor achieved
            # 42.5%, 41.1% and 21.3% higher performance": measures of the paper's own thing
            found.append(ClauseSubject(token.left_edge.idx))
            continue
        names = [
            name
            for i, part in enumerate(parts)
            for name in _subject_names(part, sentence_initial=i == 0 and span.start == 0)
        ] or _owner_of_the_measure(doc, token)
        if not names and _OWN_WORDS.match(phrase):
            # "Our GPU implementation shows": a device that modifies the paper's own thing
            found.append(
                ClauseSubject(token.left_edge.idx, phrase=span.text, own_kind=token.lower_)
            )
            continue
        devices = [] if names else _DEVICE_CLASS.findall(span.text)
        found.append(
            ClauseSubject(token.left_edge.idx, names, "" if names else span.text, devices=devices)
        )
    return found


def _owner_of_the_measure(doc: Doc, token: Token) -> list[str]:
    """ "The throughput of Redis is 2x higher than that of Memcached": the names that own the
    measure a clause's subject is."""
    if lexicon.metric_in(token.text) in (None, "vague") or token.head.lemma_ != "be":
        return []  # ("the latency of vLLM is reduced by 2x with X": what X changes)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = doc[child.i + 1 : child.right_edge.i + 1].text
            names = _subject_names(owner, sentence_initial=False)
            # (the owner is the name, or the name and its kind, "of the vLLM server"; not a
            # thing done with it: "of moving the data over PCI Express")
            rest = strip_determiners(owner)
            named = len(names) == 1 and rest.startswith(names[0])
            return names if named and len(rest.split()) <= len(names[0].split()) + 1 else []
    return []


_OF_OUR_OWN = re.compile(r"\bof\s+(?:our|the\s+proposed|this\s+paper's)\s", re.IGNORECASE)


def _a_kind_of_change(token: Token) -> bool:
    """ "token reduction can reduce computational cost": a technique named by what it
    changes, not a change measured ("the latency reduction", "a 2x speedup")."""
    # (the tagger may take the noun for an adjective: "token" of "token reduction")
    if token.lower_ not in ("reduction", "reductions"):
        return False  # (a speedup or a gain is always a change measured)
    return any(
        child.dep_ in ("compound", "amod")
        and child.i == token.i - 1
        and child.text.isalpha()
        and _IDENTIFYING_MODIFIER.fullmatch(child.text) is not None
        and child.lower_ not in _DEGREE_WORDS
        and lexicon.metric_in(child.text) is None
        for child in token.children
    )


_DEGREE_WORDS = frozenset(
    "significant modest slight huge big great average median mean total net maximum minimum "
    "peak further relative absolute marginal".split()
)


# (the pipeline has no lemmatizer: the forms are written out)
_BENEFIT_VERBS = frozenset(
    "see sees saw seen experience experiences experienced enjoy enjoys enjoyed".split()
)
_SETTING_PREPOSITIONS = frozenset("on in at across".split())
_ACTIVITIES = frozenset(
    "inference decoding training prefill serving generation fine-tuning".split()
)
# A model: a parameter count ("Llama-2-13B", "OPT-6.7B"), a size variant ("BERT-large") or a
# family of models
_A_MODEL = re.compile(
    r"\d+(?:\.\d+)?[BMK]\b|-(?:large|base|small|tiny|xl)\b|"
    r"\b(?:BERT|GPT|LLaMA|Llama|OPT|T5|ViT|ResNet|VGG|Mobile(?:Net|ViT)|EfficientNet|YOLO|"
    r"Mistral|Mixtral|Qwen)"
)


def _a_model_run(doc: Doc, token: Token) -> Token | None:
    """The activity that heads the subject of ``token`` ("BERT-large inference"), also where
    the tokenizer split the model's name and left the activity after the head ("Llama-2"
    "-13B" "decoding in vLLM is")."""
    if token.lower_ in _ACTIVITIES:
        return token
    for following in doc[token.i + 1 : max(token.i + 1, token.head.i)]:
        if following.lower_ in _ACTIVITIES:
            return following
        if following.pos_ in ("ADP", "VERB", "AUX") or following.text in (",", ";", "("):
            return None
    return None


def _a_verb_after_our_kind(doc: Doc, token: Token) -> bool:
    """ "our FTL lowers", "our approach transfers": a verb in the third person tagged as the
    head of a subject "our <kind>", with an object or a number after it rather than a verb of
    its own ("our data transfers are ..." is a noun)."""
    if token.i < 2 or token.i + 1 >= len(doc) or not token.is_lower:
        return False
    if token.tag_ not in ("NNS", "VBZ") or not token.text.endswith("s"):
        return False
    previous, following = doc[token.i - 1], doc[token.i + 1]
    return (
        previous.tag_ in ("NN", "NNP")
        and previous.head.i == token.i
        and doc[token.i - 2].lower_ in ("our", "proposed")
        and following.pos_ not in ("AUX", "PUNCT", "CCONJ", "ADP")
        # (the object's first noun may be taken for the verb: "lowers write amplification")
        and following.tag_ not in ("VBZ", "VBD", "VBN", "VBG", "MD")
    )


# A class of device ("GPUs", "the GPUs (NVIDIA TESLA P100)"), which the paper's system is not
# (the head of the subject, not a modifier: "the GPU implementation of RSA" is the paper's)
_DEVICE_CLASS = re.compile(
    r"^(?:the\s+)?((?:multi-core\s+|many-core\s+)?(?:[CGTN]PU|FPGA)s?)(?=\s*(?:\(|$))", re.I
)


def _hyphen_joined(doc: Doc, start: int, end: int) -> Span:
    """Tokens ``start``..``end`` with the parts of a hyphenated word the tokenizer split and
    the parser attached elsewhere ("X-Containers have", "ABQ-LLM can")."""

    def joined(i: int) -> bool:  # token i is a hyphen with a word on each side, no spaces
        return (
            0 < i < len(doc) - 1
            and doc[i].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
        )

    while joined(start - 1):
        start -= 2
    while joined(end + 1):
        end += 2
    return doc[start : end + 1]


def _own_kind_phrase(phrase: str) -> str | None:
    """ "Our GPU implementation" -> "GPU implementation": what the paper's own words add to a
    kind of thing; nothing when they add nothing ("our system", "the proposed method") or
    the thing reports a result ("our extensive evaluation")."""
    own = _OWN_PREFIX.match(phrase)
    if own is None:
        return None  # ("these performance bugs" points back to something else)
    words = phrase[own.end() :].split()
    if len(words) < 2 or not all(w[0].isalnum() for w in words):
        return None
    head = words[-1].lower()
    if lexicon.singular(head) in _REPORTS or lexicon.metric_in(head) is not None:
        return None  # "our extensive evaluation", "our random write performance"
    if not any(_IDENTIFYING_MODIFIER.fullmatch(w) for w in words[:-1]):
        return None  # "our preliminary prototype", "our two contributions", "our overall system"
    return " ".join(words)


_OWN_PREFIX = re.compile(r"^(?:our|the\s+proposed)\s+(?:(?:new|novel|proposed)\s+)*", re.IGNORECASE)
# A modifier that says which thing, not how good or how many: a noun ("GPU implementation",
# "protocol optimization device") or a hyphenated compound ("flash-aware block allocation")
_IDENTIFYING_MODIFIER = re.compile(
    r"(?!(?:overall|two|three|several|many|various|multiple|first|second|final|main|basic|"
    r"prototype|simple|fast|full|own|open-source|end-to-end|complete|current|reference|initial|"
    r"preliminary|large|small|single|naive|generic|whole|entire|latest|best|early|default|actual|"
    r"real|key|core|new|novel)$)"
    r"(?:[\w]+-[\w-]+|[A-Z0-9][\w-]*|(?![a-z]+(?:al|ic|ive|ous|ible|able|ful|less|ary|ed|est|er)$)[a-z]+)"
)
_REPORTS = _REPORTING_HEADS | frozenset(
    "result experiment evaluation analysis study measurement finding work paper".split()
)


def _thing_named(phrase: str, *, in_a_study: bool = False) -> str | None:
    """A common noun phrase that names a thing compared ("in-browser inference", "the
    performance governor"), not the paper, a measure or a bare kind of thing.

    In a study, whose figures are about the things it studies, one word may name one
    ("Tiering supports 73x more sessions"), and so may a change of something ("token
    reduction can reduce computational cost by 29%")."""
    words = re.sub(
        # ("(ii) discrete-action algorithms outperform ...": an item's mark is no word of it)
        r"^(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s*)?"
        r"(?:(?:that|whether|if|because|while|when)\s+)?(?:(?:even|only|also|just)\s+)?"
        r"(?:(?:the|these|this|an?|such|each|both)\b\s*)?",
        "",
        phrase,
        flags=re.IGNORECASE,
    ).split()
    if not words or _OWN_WORDS.match(phrase) or not all(w.isalpha() or "-" in w for w in words):
        return None
    head = words[-1].lower().rsplit("-", 1)[-1]  # "SLO miss-rate": a rate
    if len(words) < 2 and "-" not in words[0] and not (in_a_study and phrase == words[0]):
        # "prototype", "caching": one common word identifies nothing, and "the codec" points
        # back to the paper's own; in a study, a word for a policy it compares is one
        # ("Recency produces 2.3x less traffic than reuse frequency")
        return None
    whole = lexicon.singular(words[-1].lower().replace("-", ""))  # "A speed-up of 16 fold"
    change_named = in_a_study and len(words) > 1 and whole in _CHANGE_NOUNS
    # ("the GPU implementation achieved a speedup of 593x over the sequential baseline": in a
    # study, a version of the thing studied, named by what sets it apart; so is a class of
    # the things it compares: "discrete-action algorithms outperform continuous-action ones")
    a_class = words[-1].lower().endswith("s") and whole in _KIND_NOUNS
    version_named = (
        in_a_study
        and len(words) > 1
        and (whole in _VERSION_NOUNS or a_class)
        and _IDENTIFYING_MODIFIER.fullmatch(words[-2])
    )
    if (lexicon.singular(head) in _NOT_A_THING or whole in _NOT_A_THING) and not (
        change_named or version_named
    ):
        return None
    if in_a_study and (
        whole in _REPORTS or len(words) == 1 and words[0].lower() in _NO_THING_WORDS
    ):
        return None  # "Our findings", "Ours", "Everything"
    if lexicon.metric_in(head) not in (None, "speedup") or _MEASURE_NOUN.fullmatch(head):
        # "The latency", "Model sizes", "the memory consumption": a measure ("GPU
        # acceleration" is a method)
        return None
    return " ".join(words)


_NO_THING_WORDS = frozenset(
    "it this that these those they we ours theirs everything something nothing all both each "
    "either neither one others another".split()
)
_MEASURE_NOUN = re.compile(
    r"(?:consumption|usage|footprint|utili[sz]ation|overheads?|sizes?|counts?|rates?|ratios?|"
    r"(?:run)?times?|traffic)",
    re.IGNORECASE,
)


_CHANGE_VERB = re.compile(
    r"(?:reduc|improv|increas|decreas|lower|cut|boost|accelerat|shrink|enhanc)(?:es|ed|ing|e|s)?"
)
_VERSION_NOUNS = frozenset("implementation version variant configuration design".split())
_KIND_NOUNS = frozenset("approach method system framework technique scheme model algorithm".split())
# The change a number measures: "with a speedup up to 25X" is nobody's subject.
_CHANGE_NOUNS = frozenset("speedup improvement reduction gain increase decrease boost".split())
# Heads of a subject that name no thing compared: a change or a measure, the paper or a bare
# kind of thing.
_NOT_A_THING = _CHANGE_NOUNS | frozenset(
    "gap performance result experiment evaluation saving energy-saving size study analysis "
    "measurement simulation benchmark number amount ratio rate cost time lifetime implementation "
    "prototype version variant work paper approach method system framework technique design "
    "scheme solution model algorithm".split()
)


def _subject_names(phrase: str, sentence_initial: bool) -> list[str]:
    """The names a subject phrase gives: those that head it ("properly cached cuSPARSE",
    "the ArborFS file system"), not those that modify its head ("4-times SSD performance
    improvement", "several XLA kernel fusion strategies", "our 2-bit DeiT-T algorithms")."""
    names = [
        n
        for n in lexicon.name_runs(phrase, sentence_initial=sentence_initial)
        if not lexicon.is_generic_acronym(n)
        and not lexicon.is_hardware(n)
        and lexicon.metric_in(n) is None
        and not _AMOUNT.fullmatch(n)
    ]
    versioned = (_with_its_version(n, phrase) for n in names)
    return [n for n in versioned if lexicon.heads_phrase(n, phrase) or _names_its_kind(n, phrase)]


def _names_its_kind(name: str, phrase: str) -> bool:
    """ "the GKOA scheme improves ...": a name before the kind of thing it is (not "the proposed
    DRL strategy", where the words before the kind describe it)."""
    return bool(re.fullmatch(r"(?:the\s+)?" + re.escape(name) + _A_KIND_AFTER, phrase))


_A_KIND_AFTER = (
    r"\s+(?:scheme|technique|protocol|mechanism|strategy|policy|architecture|platform|tool)s?$"
)


def _with_its_version(name: str, phrase: str) -> str:
    """ "TLS" -> "TLS 1.3" when the phrase gives its version right after it."""
    version = re.search(re.escape(name) + r"\s+(v?\d+(?:\.\d+)*)$", phrase)
    return f"{name} {version.group(1)}" if version else name


_AMOUNT = re.compile(r"[\d.,]+\s?[KMBTkmbtXx×]?\+?")
"""An amount ("114K tokens") or a factor ("up to 3.93X throughput increasing"), not a name."""


def _canonical_subject(name: str, context: PaperContext) -> str:
    name = re.sub(r"['’]s$", "", name)  # "Trill’s throughput" is about Trill
    if same_name(name, context.own_name) or context.abbreviations.get(name) == context.own_name:
        return context.own_name
    words = name.split()
    if len(words) == 2 and words[1] == context.own_name and words[0][-1:] == "s":
        # "On large dense GEMMs Tilecraft reaches": a setting's plural run into the name
        return context.own_name
    return name


def _turned_around(
    sentence: str, reading: Reading
) -> tuple[list[str], list[tuple[str | None, BaselineKind]]] | None:
    after = sentence[reading.quantity.end : reading.quantity.end + 30]
    before = sentence[max(0, reading.quantity.start - 100) : reading.quantity.start]
    if _SAVES.search(before):
        return None  # "saves 2.3x more energy than a static frequency cap": more saved
    if not (
        _WORSE.match(after)
        or (_LOWER.match(after) and _GAIN_MEASURE_IS.search(before))
        or (_HIGHER.match(after) and _COST_MEASURE_IS.search(before))
        or _WORSE_THAN_BY.search(before)
        or (_LONGER_THAN.match(after) and _TAKES_BEFORE.search(before))
        # "its throughput is 5% below TensorRT-LLM", "encoding throughput 2.1 GB/s, 12% below
        # RS" (but "cuts batch latency 34% below barrier synchronisation" is ahead)
        or (_BELOW.match(after) and _last_measure(before) == "gain")
        or (_ABOVE.match(after) and _last_measure(before) == "cost")
        # "long-flow throughput -3% vs. DCTCP": less of a measure that is better higher
        or _LESS_OF_A_GAIN_SIGNED.search(before)
        # "Compilation time, however, increases by 1.5-2x compared with the native codes": a
        # cost that grows against something
        or (WORSE_CHANGE_BEFORE.search(before) and MARKER_AFTER.match(after))
        # "maintenance traffic is 1.4x that of Chord": a multiple of another's cost
        or (
            THAT_OF_AFTER.match(after)
            and _COST_MEASURE_IS.search(before)
            and reading.quantity.unit == "x"
            and reading.quantity.value > 1
        )
    ):
        return None
    compared = [b for b, _ in reading.baselines if b is not None]
    if not compared or len(reading.subjects) != 1:
        return None
    if all(_A_BOUND.fullmatch(b) for b in compared):
        return None  # "3x more memory than necessary": a bound, nobody ahead
    subject = reading.subjects[0]
    kind: BaselineKind = (
        "named" if lexicon.name_runs(subject, sentence_initial=False) else "generic"
    )
    # "Tomcat ... consuming up to 70% more memory than Caddy and Lighttpd": each beats it
    return compared, [(subject, kind)]


# What the paper's own system is built into or on, without it: "uninstrumented code", "the
# same programs compiled as plain C", "unmodified ext3"
_ITSELF_WITHOUT_IT = re.compile(
    r"^(?:the\s+)?(?:same\s+[\w-]+\s+(?:compiled|run|running|executed)\b|"
    r"(?:uninstrumented|unmodified|unprotected|unpatched|plain|uncompressed|unoptimized|"
    r"unreplicated|unencrypted|never-[\w-]+)\b)",
    re.IGNORECASE,
)


_THAN_ITSELF_WITHOUT_IT = re.compile(
    r"\S*\s+(?:[\w-]+\s+){0,3}?than\s+(?:that\s+of\s+|those\s+of\s+)?(?:on\s+|with\s+|in\s+)?"
    r"(?:an?\s+|the\s+)?(?=" + _ITSELF_WITHOUT_IT.pattern.removeprefix("^") + r")",
    re.IGNORECASE,
)
_LOSES_BEFORE = re.compile(r"\bloses?\s+(?:(?:about|roughly|up\s+to)\s+)?$", re.IGNORECASE)


def _a_variant_behind_its_system(sentence: str, reading: Reading, own_name: str) -> str | None:
    """The variant of the paper's own system ("Tallis-Static", "Tallis-Txn") that a number with
    no comparison of its own says is worse ("is 17% slower", "loses 29% of throughput")."""
    if len(reading.subjects) != 1 or any(b is not None for b, _ in reading.baselines):
        return None
    variant = reading.subjects[0]
    if not own_name or not re.fullmatch(
        re.escape(own_name) + r"(?:[-+][\w+-]*|\s+v?\d[\w.]*)", variant
    ):
        return None
    q = reading.quantity
    after = sentence[q.end : q.end + 30]
    if _WORSE.match(after) or _LOSES_BEFORE.search(sentence, 0, q.start):
        return variant
    return None


def is_a_cost_paid(reading: Reading, own_name: str, sentence: str = "") -> bool:
    """ "Ratchet is about 9% slower than uninstrumented code": the paper's own system behind
    what it instruments or modifies is a cost it pays, no comparison turned around (CLAIMS.md;
    "applications compiled to WebAssembly running 10% slower than native code", of another's
    system, stays one)."""
    if (
        reading.subjects == [own_name]
        and reading.baselines
        and all(b is not None and _ITSELF_WITH_A_PART_OFF.search(b) for b, _ in reading.baselines)
        and _ITS_LOSS_AFTER.match(sentence, reading.quantity.end)
    ):
        return True  # "3.8% throughput loss vs. logging disabled": what its own part costs
    return (
        reading.paths.get("subject") == "turned"
        and any(same_name(b or "", own_name) for b, _ in reading.baselines)
        and (
            all(_ITSELF_WITHOUT_IT.match(s) for s in reading.subjects)
            # "2.3% lower than unmodified Flink", "12% slower than on a never-snapshotted
            # instance": the name read may have lost the word that says so
            or bool(_THAN_ITSELF_WITHOUT_IT.match(sentence, reading.quantity.end))
        )
    )


# The same system with a part switched off ("logging disabled", "without prefetching")
_ITSELF_WITH_A_PART_OFF = re.compile(rf"\b{SWITCHED_OFF}$|^(?:no|without)\s", re.IGNORECASE)
_ITS_LOSS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s*/\s*[\d.]+\s?%(?:\s*\([^()]{1,30}\))?)*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:loss|drop|degradation|overhead|slowdown|penalty)\b",
    re.IGNORECASE,
)


# A comparison written with the worse system as subject: "X is 123x slower than Y", "the
# performance governor consumes 9.8% more energy than ondemand" (which way each measure is
# better: lexicon.GAIN_MEASURE, lexicon.COST_MEASURE).
# "Median time-to-first-token is 11% higher than vLLM's": more of a cost, the measure before
_COST_MEASURE_IS = re.compile(
    # ("its energy consumption is about 10% higher", "write latency is 1.9 ms, about twenty
    # percent higher": a noun of use, and the level before the change)
    rf"\b{lexicon.COST_MEASURE}(?:\s+(?:consumption|usage|use))?\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:is|was|are|were)\s+(?:[~]?\d[\d.,]*\s?[A-Za-zµ/]{1,6},?\s+)?"
    r"(?:(?:about|only|roughly|up\s+to|on\s+average)\s+)?$",
    re.IGNORECASE,
)
_LESS_OF_A_GAIN_SIGNED = re.compile(rf"\b{lexicon.GAIN_MEASURE}\s*:?\s*[-−]$", re.IGNORECASE)
_HIGHER = re.compile(r"^\s*(?:higher|more|larger|longer|greater)\s+than\b", re.IGNORECASE)
_WORSE = re.compile(
    r"^\s*(?:as\s+)?(?:slower|worse|more\s+expensive|as\s+slow|"
    # (more of most costs may be better: "detects 2.4x more errors", "hides 2x more latency",
    # "admits 24% more traffic"; a higher one is worse: "a 12% higher miss ratio")
    # (with a word of what it is between: "2x more GPU memory", "a 2x higher tail latency")
    r"more\s+(?:(?!than\b)[\w-]+\s+)?(?:energy|power|time|memory)|"
    rf"higher\s+(?:(?!than\b)[\w-]+\s+)?(?!traffic\b){lexicon.COST_MEASURE})\b"
    # "more energy efficient", "more memory-efficient", "higher memory utilization" are better
    r"(?![\s-]*(?:efficien|saving|friendly|effective|toleran|resilien|utili[sz]ation))|"
    # less of a measure that is better higher: "2x lower throughput than" (not "16% lower
    # tail-latency under performance isolation")
    # ("11% lower in throughput")
    r"^\s*(?:lower|less|reduced)\s+(?:in\s+)?(?:(?!(?:under|for|in|on|at|with|than)\b)[a-z-]+\s+)?"
    rf"{lexicon.GAIN_MEASURE}\b",
    re.IGNORECASE,
)
# (or more of a resource offered or won: "offers 4x more memory than a single GPU", "harvests
# 3x more power", "frees 2x more memory")
_SAVES = re.compile(
    r"\b(?:saves?|saving|saved|conserves?|conserving|conserved|offers?|offering|offered|"
    r"provides?|providing|provided|exposes?|exposed|harvests?|harvested|frees?|freed|"
    r"reclaims?|reclaimed|recovers?|recovered)\s+"
    r"(?:(?:up\s+to|about|roughly|nearly|over|an?\s+(?:additional|extra))\s+)?$",
    re.IGNORECASE,
)
# "Quire is slower than MKL, by up to 12%": the number after the comparison
_WORSE_THAN_BY = re.compile(
    r"\b(?:slower|worse)\s+than\s+[^,;()]{1,60}(?:,|\s\()?\s*\bby\s+"
    # (and the numbers coordinated after it: "(by 4% and 7%)")
    r"(?:(?:up\s+to|about|roughly|nearly)\s+)?(?:[\d.]+(?:\s?(?:%|x|×))?,?\s++(?:and\s++)?)*$",
    re.IGNORECASE,
)
# "building the tiered layout takes 1.8x longer than DiskANN's build": more time taken
_LONGER_THAN = re.compile(r"^\s*longer\s+than\b", re.IGNORECASE)
_TAKES_BEFORE = re.compile(
    r"\b(?:takes?|took|taking|lasts?|lasted|runs?|ran)\s+(?:(?:about|roughly|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# "Cairn's encoding throughput is 11% lower than that of X": the measure before the number
_LOWER = re.compile(r"^\s*(?:lower|less|smaller)\s+than\b", re.IGNORECASE)
_BELOW = re.compile(r"^\s*below\b", re.IGNORECASE)
_ABOVE = re.compile(r"^\s*above\b", re.IGNORECASE)
_MEASURE_WORD = re.compile(
    # (what is better lower: a cost, or an error; not "over time")
    rf"\b(?:(?P<gain>{lexicon.GAIN_MEASURE})|(?P<cost>{lexicon.COST_MEASURE}))\b(?<!over\stime)",
    re.IGNORECASE,
)


def _last_measure(before: str) -> str | None:
    """Whether the last measure named in the clause before a number is better higher ("gain")
    or lower ("cost")."""
    clause = re.split(r"[;:]", before)[-1]
    found = list(_MEASURE_WORD.finditer(clause))
    if not found:
        return None
    return "gain" if found[-1]["gain"] else "cost"


_GAIN_MEASURE_IS = re.compile(
    # ("training throughput on a single GPU is 1.3x lower than ...": a setting between)
    rf"\b{lexicon.GAIN_MEASURE}(?:\s+(?:on|in|for|at|with|under)\s+[^,;()]{{1,40}}?)?\s+"
    r"(?:is|was|are|were)\s+(?:(?:about|only|roughly|up\s+to)\s+)?$",
    re.IGNORECASE,
)
