"""The paper's own name, the names it coins and the abbreviations it defines.

Read once per paper, before any sentence: the subject of "we", "our system" and
"it", and the long and short forms the sentences may use for one system.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from claimgraph import lexicon
from claimgraph.records import Paper

# --------------------------------------------------------------------------- paper context


@dataclass(frozen=True)
class PaperContext:
    """What the extractor knows about a paper before reading its sentences."""

    paper_id: str
    own_name: str
    abbreviations: dict[str, str] = field(default_factory=dict)
    coined: tuple[str, ...] = ()
    sentence_start: int = 0
    own_is_named: bool = True
    """False when the own name is a phrase standing for an unnamed method ("token pruning
    schedule"): readers name such methods in many ways, so claims about it are less sure."""
    kind_phrases: dict[str, str] = field(default_factory=dict)
    """For a kind of thing the abstract calls its own ("our scheme"), the most specific phrase
    it writes with that head ("the in-place commit scheme")."""
    own_is_a_study: bool = False
    """True when the paper studies things rather than building one (its phrase names a study,
    "Measurement Study"; its title asks or names an impact; its abstract says what it compares),
    or when the name it gives is a benchmark or dataset it introduces ("X: A Benchmark of ..."):
    its figures are about the things it studies or measures, each named by its clause."""
    introduced_at: int = 0
    """Where the abstract first speaks of its own work ("we", "this paper", its own name): the
    figures of a sentence that ends before it describe the problem."""
    abstract: str = ""
    """The abstract, for what only some sentences need read from it (``written_names``)."""

    @property
    def written_names(self) -> frozenset[str]:
        """Plain capitalised words the abstract writes mid-sentence ("than Redis"): names, even
        where a sentence opens on them ("Memcached is 3x faster than Redis")."""
        return written_names(self.abstract)


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


def coined_names(abstract: str, abbreviations: dict[str, str] | None = None) -> list[str]:
    """Names the abstract gives to its own contribution ("we present X", "X, a ...").

    ``abbreviations`` are the abstract's (:func:`find_abbreviations`), when already read."""
    found: list[tuple[bool, int, str]] = []
    for pattern in _COINING_PATTERNS:
        for match in pattern.finditer(abstract):
            if pattern is _CALLED_NAME and _ANOTHERS_THING_CALLED.search(
                abstract, max(0, match.start() - 60), match.start()
            ):
                continue
            rest, end = match.group("rest"), match.end("rest")
            if (colon := rest.find(": ")) > 0:
                # "We present a phase-decoupled controller: the prefill lane runs under an
                # SM-clock window": what follows the colon describes it, and names its parts
                rest, end = rest[:colon], match.start("rest") + colon
            if rest[-1:].isalnum() and abstract[end : end + 1].isalnum():
                # the window ends inside a word: "adaptive pruning (SAAP)" is not "(SAA"
                tail = _WORD_RUN.match(abstract, end)
                rest += tail.group(0) if tail else ""
            name = _first_name_run(rest)
            if name is None and pattern in _WE_PRESENT:
                # "we have designed and implemented brisk, a lock-free queue", "This work
                # presents kv.lite, an embedded storage engine": a lower-case name is given
                # by the apposition that says what kind of thing it is
                lower_case = _LOWER_CASE_NAME.match(abstract, match.start("rest"))
                name = lower_case.group("name") if lower_case else None
                second = (
                    _LOWER_CASE_NAME_SECOND.match(abstract, match.start("rest"))
                    if name is None
                    else None
                )
                if second and _used_again(second["name"], abstract):
                    # "we propose bidirectional prefix caching, bicache, the first KV caching
                    # technique ...": the short name after the long, used again later
                    name = second.group("name")
            if name and not lexicon.is_generic_acronym(name):
                # "Raft is a widely used consensus algorithm" opens on the topic;
                # what "we present" names comes first
                background = pattern is _IS_A_KIND and not _IS_NEW.match(
                    abstract, match.end("rest")
                )
                found.append((background, match.start("rest"), name))
    # "a problem called set disjointness (SD)": the short form of a common noun is no name,
    # unless the common noun is what the paper presents ("we propose wear rate leveling (WRL)")
    if abbreviations is None:
        abbreviations = find_abbreviations(abstract)
    generic = {
        short
        for short, long in abbreviations.items()
        if _common_noun(long, abstract) and not _presented_as_term(long, short, abstract)
    }
    names: list[str] = []
    for _, _, name in sorted(found):
        if name not in names and name not in generic and not _an_existing_class(name, abstract):
            names.append(name)
    return names


def _common_noun(long_form: str, abstract: str) -> bool:
    """ "set disjointness", or "Memory controllers (MCs), like DDR5 schedulers, ..." where only the
    start of a sentence capitalises it."""
    if long_form.islower():
        return True
    return (
        long_form[1:].islower()
        and re.search(r"(?:^|[.!?]\s+)" + re.escape(long_form) + r"\s*\(", abstract) is not None
    )


def _presented_as_term(long_form: str, short: str, abstract: str) -> bool:
    """ "This paper presents adaptive credits (ACs)", "We present versioned spin locks
    (VSL)": the term defined is the object of the paper's own verb of presenting, or the name
    it gives what it presents ("we propose a novel pruning method, namely structurally-aware
    adaptive pruning (SAAP)")."""
    return bool(
        re.search(
            r"(?:\b(?:we|this\s+(?:paper|work))\s+(?:\w+ly\s+|have\s+)?"
            r"(?:propose|present|introduce)(?:s|d|ed)?\s+|"
            r"\b(?:we|this\s+(?:paper|work))\b[^.;]{0,120},\s+(?:namely|called|termed|dubbed|named)\s+)"
            r"(?:the\s+|an?\s+)?"
            + re.escape(long_form)
            + r"\s*\(\s*"
            + re.escape(short)
            + r"\s*\)",
            abstract,
            re.IGNORECASE,
        )
    )


_WORDS_BEFORE = re.compile(r"(?:[\w-]+\s+){1,2}$")


def _word_occurrences(name: str, text: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` as a word of its own (found without compiling a
    pattern per name: this runs for every paper)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "_")
        ):
            yield start
        start = text.find(name, start + 1)


def _an_existing_class(name: str, abstract: str) -> bool:
    """ "state-of-the-art SPEs", "current SPEs": the abstract writes the name as a class of
    existing things, what its own work is compared with."""
    # (the word right before the name, or before one modifier of it; "prior to X" is a time)
    for start in _word_occurrences(name, abstract):
        words = _WORDS_BEFORE.search(abstract, max(0, start - 60), start)
        before = words.group(0) if words else ""
        if lexicon.names_a_baseline_class(before) and not re.match(
            r"prior\s+to\b", before, re.IGNORECASE
        ):
            return True
    return False


_KINDS = (
    "approach system framework implementation design prototype tool library method technique "
    "solution scheduler engine protocol algorithm architecture runtime compiler database store "
    "platform service mechanism scheme"
).split()
_A_KIND_WORD = "(?:" + "|".join(_KINDS) + ")"
# The endings of a common noun ("caching", "sparsity", "compression"), which no name has
_COMMON_NOUN_ENDING = r"(?:ing|ity|tion|sion|ness|ment|ance|ence|ism|ics)"
# "Tarn is a new in-memory database that ...", "QX-Bridge is a lightweight and portable
# technique to ...": a sentence that opens on the name says what kind of thing it is
_IS_A_KIND = re.compile(
    # (not a common noun: "Caching is an indispensable technique", "Sparsity is a ...")
    r"(?:^|(?<=[.!?]\s))(?![A-Z][a-z]+" + _COMMON_NOUN_ENDING + r"\s)"
    r"(?P<rest>[^\s,]{2,40})\s+is\s+an?\s+(?:(?:new|novel)\s|"
    r"(?:[\w-]+\s+){0,4}?" + _A_KIND_WORD + r"\b)",
    re.MULTILINE,
)
_IS_NEW = re.compile(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:new|novel)\b", re.IGNORECASE)
# "we present X", "we have implemented X": the paper says it presents what follows
_WE_PRESENT = (
    re.compile(
        r"\b(?:we|this\s+(?:paper|work))\s+(?:\w+ly\s+|then\s+|also\s+|further\s+|first\s+)?"
        r"(?:propose|present|introduce|develop|design|build|implement|describe|release|"
        r"contribute|offer|call|name|dub|term)s?d?:?\s+(?:\(\w\)\s*)?(?P<rest>[^.;]{0,120})",
        re.IGNORECASE,
    ),
    # "we have developed comPyler", "We implemented NitroSketch": the name itself, not what a
    # phrase of it is about ("We developed a CFD code", "We implemented the optimizations")
    re.compile(
        r"\b(?:we|this\s+(?:paper|work))\s+(?:\w+ly\s+|also\s+|then\s+)?(?:have\s+|had\s+)?"
        r"(?:(?:present|develop|design|implement)ed|built)\s+(?:and\s+\w+ed\s+)?"
        # ("We designed a multilevel checkpointing library, the Scalable Checkpoint/Restart")
        r"(?:(?:a|an|the)\s+[^,.;()]{0,60}\b" + _A_KIND_WORD + r"s?,\s+(?:the\s+)?)?"
        r"(?!(?:a|an|the|our|this|these|those|its|their|it|them|two|three|several|new|novel)\b)"
        # (the name ends there: "We built TensorFlow models" is about TensorFlow)
        r"(?=[^\s,.;(]+(?:\s+(?-i:[A-Z])[^\s,.;(]*)*(?:\s*[,.;(:]|\s+(?:in|into|on|to|for|and|with|as|"
        r"that|which|atop|over|using|from|by)\b|\s*$))"
        r"(?P<rest>[^.;]{0,120})",
        re.IGNORECASE,
    ),
)
_CALLED_NAME = re.compile(
    # ("a general framework to boost speculative decoding, namely Parallel spEculative
    # decoding with Adaptive dRaft Length (PEARL)")
    r"\b(?:called|named|namely|dubbed|termed|coined)\s+(?P<rest>[^.;]{0,60})",
    re.IGNORECASE,
)
# "a widely used traffic simulator called SUMO", "the default scheduler named X": a thing
# another made, which the paper uses ("open-source" says nothing of whose: "available as an
# open-source library named RVVLASparse")
_ANOTHERS_THING_CALLED = re.compile(
    rf"\b(?:{lexicon.ANOTHERS_WORK}|popular|well-known|widely[\s-]used)\b[^.;,]{{0,60}}$",
    re.IGNORECASE,
)
_COINING_PATTERNS = (
    *_WE_PRESENT,
    # "We analyze this limitation and introduce Weaver, a lightweight ... adapter": the second
    # verb of "we" presents it, named before what kind of thing it is
    re.compile(
        r"\bwe\s+[^.;:]{0,80}?\band\s+(?:then\s+)?(?:propose|present|introduce|develop|design|"
        r"build|implement)\s+(?P<rest>[^\s,]{2,40},\s+(?:a|an)\s"
        # (not another's work built to compare with: "implement Orca, a state-of-the-art
        # scheduler, ... for comparison")
        rf"(?!(?:[\w-]+\s+){{0,2}}?(?:{lexicon.ANOTHERS_WORK}|popular|well-known|"
        r"widely[\s-]used|classic)\b)"
        r"(?![^.;]{0,100}\b(?:for\s+comparison|as\s+(?:our|a|the)\s+baselines?)\b)[^.;]{0,60})",
        re.IGNORECASE,
    ),
    _CALLED_NAME,
    _IS_A_KIND,
    # "We implement these ideas in Thawline, a function runtime ...": what it is built in
    re.compile(
        r"\b(?:implement|realiz|embod|incorporat|prototyp)\w*\s+(?:[\w-]+\s+){0,3}?(?:in|into|as)\s+"
        r"(?P<rest>[^\s,]{2,40},\s+(?:a|an)\s[^.;]{0,60})",
        re.IGNORECASE,
    ),
    # "Our approach, NetAgg, reduces ...", "Our distributed implementation, Kite-d, achieves"
    re.compile(
        r"\bour\s+(?:[\w-]+\s+){0,3}?" + _A_KIND_WORD + r",\s+(?P<rest>[^,]{2,40}),",
        re.IGNORECASE,
    ),
    # "Unikraft, a novel micro-library OS" (not "Recently, a new family of index")
    re.compile(
        r"(?:^|(?<=[.!?]\s))(?!\w+ly,|(?:Here|Today|Thus|Hence|Yet|Still|Instead|Overall|"
        r"Moreover|Furthermore|Besides|Meanwhile|Nowadays|Therefore|However|Now|Then|"
        r"Afterwards?|Next|Later|First|Second|Third|Again|Also|Likewise|Indeed|Otherwise),)"
        r"(?P<rest>[^\s,]{2,40}),\s+(?:a|an)\s",
        re.MULTILINE,
    ),
)


_WORD_RUN = re.compile(r"\w*")
# (not a common noun: "we propose caching, a technique ...")
_LOWER_CASE_NAME = re.compile(
    r"(?!\w+" + _COMMON_NOUN_ENDING + r",)"
    r"(?P<name>[a-z][a-z0-9]*(?:[.+-][a-z0-9]+)*),\s+(?:a|an)\s"
)


_LOWER_CASE_NAME_SECOND = re.compile(
    r"(?:[\w-]+\s+){0,4}?[\w-]+,\s+(?!\w+" + _COMMON_NOUN_ENDING + r",)"
    r"(?P<name>[a-z][a-z0-9]*(?:[.+-][a-z0-9]+)*),\s+(?:a|an|the)\s"
)


def _used_again(name: str, abstract: str) -> bool:
    return len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", abstract)) > 1


def _first_name_run(text: str) -> str | None:
    # "a portable barrier mechanism based on Vulkan", "a placement policy that
    # maximizes the hit ratio of SSD-cached pages": what it builds on or acts on is no name
    # ("two key contributions that address ...: StableMax, a new activation function": a
    # colon opens the list of what is introduced)
    before, colon, listed = text.partition(": ")
    parts = [_WHAT_IT_USES.split(before, maxsplit=1)[0]]
    if colon:
        parts.append(_WHAT_IT_USES.split(listed, maxsplit=1)[0])
    runs = [
        run
        for part in parts
        for run in lexicon.name_runs(" ".join(part.split()[:14]), sentence_initial=False)
    ]
    for run in runs:
        # "We release our implementations ... in our GitHub repository": where, not what
        if not lexicon.is_generic_acronym(run) and not lexicon.is_hardware(run):
            if run.lower() not in _CODE_HOSTS:
                return run
    return None


_WHAT_IT_USES = re.compile(
    r"\s(?:that|which|where|who|based\s+on|built\s+(?:on|upon)|on\s+top\s+of|leveraging|"
    r"using|via|through|with|into|for|over|atop|(?:in|on)(?!\s+this\s+(?:paper|work|article)))\s|"
    # "a query aggregation method to D-KVS": what it is added to (but "a modification to a
    # variant of S4" is a modified S4, and "referred to as LETED" names it)
    r"(?<!modification)(?<!modifications)(?<!extension)(?<!extensions)(?<!made)(?<!referred)"
    r"\sto\s(?!as\b)",
    re.IGNORECASE,
)
_A_KIND = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,4}?" + _A_KIND_WORD + r"s?\b", re.IGNORECASE)
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:is|are|was|were|with|than|for|of|to|in|on|from|by|via|meets?|makes?)\b", re.IGNORECASE
)
_CODE_HOSTS = frozenset({"github", "gitlab", "bitbucket", "hugging face", "huggingface", "zenodo"})


def own_system_name(paper: Paper, abbreviations: dict[str, str], coined: Sequence[str]) -> str:
    """The paper's own system: the title's name before a colon, else the coined name.

    Falls back to the noun phrase after "we propose/present", then to the title.
    """
    head, sep, subtitle = paper.title.partition(":")
    head = _arrived_at_a_name(head.strip(), paper.abstract) or head.strip()
    # "Periodic Asynchrony: An Effective Method for ...": the subtitle says what kind of
    # thing the head names
    names_a_kind = (
        bool(_A_KIND.match(subtitle.strip()))
        and 1 <= len(head.split()) <= 5
        and not _NOT_A_NOUN_PHRASE.search(head)  # "SIEVE is Simpler than LRU: an ... Algorithm"
    )
    if (
        sep
        and not _MOVES_OR_GOES_BEYOND.match(head)
        and (names_a_kind or _is_title_name(head, paper.abstract))
    ):
        spelled = _spelling_in(head, paper.abstract)
        short = _short_form_of(spelled, abbreviations)
        return short or spelled
    # "Reclaiming Idle Cores with FastGate: A Quick Path for TrustZone Secure Worlds": a name
    # the title gives as what the method is for is the platform, not the system
    topic = _title_topic(paper.title)
    coined = [c for c in coined if not re.search(r"\b" + re.escape(c.lower()) + r"\b", topic)]
    if coined:
        return (
            _short_form_of(coined[0], abbreviations, part=True)
            or _short_form_after(coined[0], paper.abstract)
            or coined[0]
        )
    # "Serving LLMs on Phones via Popularity-Aware Layer Caching": a method the title
    # names on purpose identifies the paper better than a phrase describing what it proposes
    for match in _PROPOSAL.finditer(paper.abstract):
        # "a simple algorithm called lazy draining": the name it is given
        # "a compiler optimization called loop slicing"
        called = _CALLED.search(match.group("phrase")[:80])
        if called and not re.search(r"[,;]", match.group("phrase")[: called.start()]):
            return _trim_noun_phrase(called.group("name"))
    titled = _TITLE_VIA.search(paper.title.rsplit("?", 1)[-1])
    if titled and not _NO_METHOD_AFTER.match(titled.group("method")):
        return title_method(paper.title)
    weak: list[str] = []
    several: list[str] = []
    for match in _PROPOSAL.finditer(paper.abstract):
        phrase = _trim_noun_phrase(match.group("phrase"))
        if match["headed"] is not None and phrase:
            return phrase
        if match["count"] is not None or match["bare"] is not None:
            # "we introduce three load-shedding techniques ...; we propose a linear-time
            # placement scheme": a set of things gives way to the one thing proposed
            if _PLURAL_KIND.search(phrase) and not _adjectives_on_a_kind(phrase.split()):
                several.append(phrase)  # (not "three distinctive designs")
            continue
        if (
            phrase
            and " " not in match.group("phrase").strip()
            and phrase.islower()
            and not _is_bare_kind(phrase)
            and paper.abstract.startswith(",", match.end("phrase"))
            and not _APPOSITION_CLOSED.match(paper.abstract, match.end("phrase"))
        ):
            # ("a direct, empirical performance analysis": a modifier of what follows; not "a
            # heuristic, lazy draining, that ...", a kind of thing and its name)
            continue
        if phrase and phrase.split()[-1].lower() not in _NO_ARTIFACT:
            # "a simple algorithm, delay scheduling, that ...", "a communication-driven
            # solution, namely the C4": the phrase in apposition names it (a bare kind of
            # thing always gives way; a longer phrase only to a name)
            named = _APPOSITION.match(paper.abstract, match.end("phrase"))
            if re.search(r"\b(?:that|which)\s", match.group("phrase")):
                # "a design that partitions the lock table, uses optimistic validation ...":
                # the clause's list goes on, no name in apposition
                named = None
            # (", in order for them to ...", ", which ...": no apposition)
            if named and not re.match(
                # (", selected by gradient diversity,": a participle says how, names nothing)
                r"(?:which|that|where|who|and|or|but|in|on|for|to|with|by|as|at|from|while|when|"
                r"if|[a-z]+ed)\b",
                named["phrase"],
            ):
                appositive = _trim_noun_phrase(named.group("phrase"))
                if appositive and (
                    _is_bare_kind(phrase)
                    or named["called"]  # "a ... method, dubbed shadow paging,"
                    or lexicon.name_runs(appositive, sentence_initial=False)
                ):
                    return appositive
            if _is_bare_kind(phrase):
                continue  # "we propose a solution that ...": a kind of thing names nothing
            words = phrase.split()
            if len(words) == 2 and _adjectives_on_a_kind(words):
                # "a formal framework", "an optimal method": an adjective on a kind of thing
                # says less than the title ("Pointer analysis", "Cache replacement ...")
                weak.append(phrase)
                continue
            if len(words) == 2 and _is_bare_kind(words[-1]):
                # "a training-free method", "a compiler technique": one word on a kind of
                # thing says less than a method the title opens on ("Centroid-Indexed Sparse
                # Attention for ..."; not "Reliable collective communication at scale", a
                # quality of a topic, nor "... with Agents")
                method = _usable_title_method(paper.title)
                if (
                    method
                    and paper.title.lower().startswith(method.lower())
                    and not _ADJECTIVE.fullmatch(method.split()[0].lower())
                    and not _QUALITY_COMPOUND.fullmatch(method.split()[0].lower())
                    and _NAMES_A_METHOD.match(method)  # (not "Beyond Elementwise: ...")
                ):
                    return method
            return phrase
    if several:
        return several[0]
    if weak:
        return _usable_title_method(paper.title) or weak[0]
    title = (head if sep and head else paper.title.strip(" :")).strip()
    # "Streaming DiLoCo with overlapping communication": a name the title and the abstract
    # both write is the system, before any phrase of the title.
    names = lexicon.name_runs(title, sentence_initial=True)[:1]  # later ones are others'
    if _MOVES_OR_GOES_BEYOND.match(title):
        names = []  # ("From PyTorch to TPU", "Beyond LRU": what it moves from or goes past)
    for name in names:
        if lexicon.is_generic_acronym(name) or lexicon.is_hardware(name):
            continue  # "Benchmarking GPU acceleration of ...": a class of device
        if _is_title_topic(name, title):
            continue
        if lexicon.is_name_like(name.split()[-1], sentence_initial=False, strict=True):
            if re.search(r"\b" + re.escape(name) + r"\b", paper.abstract):
                return name
    return title_method(paper.title) or "this paper's method"


# "From WiscKey to Bourbon: ...": a title head that moves from one thing to another names the
# thing it arrives at, when the abstract writes that as a name (not a platform: "From PyTorch
# to TPU"; not a topic: "From Servers to Sites: Power Trace Generation ..."); "Beyond BFS: A
# Comparative Study ...": a head that says what it goes past names no system, its subtitle may
_FROM_TO = re.compile(r"From\s+.+?\s+to\s+(?P<to>.+)$", re.IGNORECASE)
_MOVES_OR_GOES_BEYOND = re.compile(r"(?:From\s+.+?\s+to|Beyond)\s", re.IGNORECASE)


def _arrived_at_a_name(head: str, abstract: str) -> str | None:
    moved = _FROM_TO.match(head)
    if moved is None:
        return None
    arrived = moved["to"].strip()
    if lexicon.is_hardware(arrived) or lexicon.is_generic_acronym(arrived):
        return None
    return arrived if _written_mid_sentence(arrived, abstract) else None


def _usable_title_method(title: str) -> str | None:
    method = title_method(title)
    if (
        not method
        # ("Quantitative Impact Evaluation of ...", "Consistent BFT Performance for ...", "I/O
        # Optimizations for ...": what the paper measures or improves is no method either)
        or method.split()[-1].lower() in _WHAT_IS_MEASURED
        or _is_bare_kind(method)  # "A Model for Robust Sensor Uploads"
        # (a phrase cut off at six words: "Compiling Dynamic-Shape Deep Learning Models Without")
        or len(method.split()) >= 6
    ):
        return None
    return method


def _is_title_topic(name: str, title: str) -> bool:
    """ "Performance optimization of LoRa nodes", "Fast mounting method for NAND flash
    memory", "Improving JavaScript performance by ...": a name after a preposition, or one a
    leading verb acts on that modifies a noun, is what the method works on, not the method
    ("Streaming DiLoCo with overlapping communication" is DiLoCo)."""
    start = title.find(name)
    before, after = title[:start], title[start + len(name) :]
    if re.search(
        r"\b(?:of|for|on|in|into|between|with|by|using|over|under|at|from|across)\s", before
    ):
        return True
    return bool(
        re.match(r"\s*[A-Z][a-z]+ing\s+$", before)
        and re.match(r"\s+(?!(?:with|for|on|in|via|using|by|at|to|and|or|from)\b)[a-z]", after)
    )


# What a title may open with before its colon that names no system
_VENUE_LABELS = frozenset(
    "poster demo demonstration position keynote tutorial survey review vision invited abstract "
    "note letter correspondence editorial perspective workshop panel".split()
)


def _title_topic(title: str) -> str:
    """What a title says its method is for, in or on: the words after its leading phrase
    ("... for SGX Secure Enclaves"), lower-cased."""
    text = title.partition(":")[2] or title
    head = re.split(r"\s(?:for|in|on|to|at)\s", text, maxsplit=1)
    # "Optimization of Ceph Reads/Writes ...", "Improving Mobile-TCP Performance ...": what a
    # title sets out to improve is its topic too
    improved = _IMPROVING.match(text.strip())
    return " ".join([*head[1:], improved.group("what") if improved else ""]).strip().lower()


_IMPROVING = re.compile(
    r"(?:Optimi[sz](?:ing|ation)|Improv(?:ing|ement)|Accelerat(?:ing|ion)|Speeding\s+up|"
    r"Enhanc(?:ing|ement)|Tuning)\s+(?:of\s+)?(?:the\s+)?"
    # (up to the method that does it: "Improving X with Tempo", "Optimizing X through Zeppelin")
    r"(?P<what>.+?)(?=\s(?:with|using|via|through|by)\s|$)",
    re.IGNORECASE,
)


# Heads of what a paper offers that are no system or method of its own ("a new perspective").
# What a study of something offers: no method of its own.
_STUDIES = frozenset(
    "study survey characterization evaluation evaluations assessment comparison measurement "
    "measurements".split()
)
_NO_ARTIFACT = _STUDIES | frozenset(
    "perspective view analysis analyses insight insights understanding overview look question "
    "problem observation observations finding findings".split()
)
# (not a noun with such an ending: "an agent framework", "a library design")
_ADJECTIVE = re.compile(
    r"(?!(?:agent|client|event|component|element|content|library|summary|dictionary)s?$)"
    r"[a-z]+(?:al|ic|ive|ous|ible|able|ful|less|ary|(?<!m)ent|ant)"
)
# "Energy-aware offloading", "Fault-tolerant replication": a quality of a topic, no method's name
_QUALITY_COMPOUND = re.compile(
    r"[a-z0-9]+-(?:aware|tolerant|efficient|free|based|driven|optimal|friendly|centric|conscious|"
    r"sensitive|scale|level|grained|preserving|constrained)"
)
# (an analysis can be the method: "Pointer analysis")
_WHAT_IS_MEASURED = _STUDIES | {"performance", "optimization", "optimizations"}
_TITLE_METHOD = re.compile(r"\b(?:via|using|through|with|by)\s+(?P<method>.+)$", re.IGNORECASE)
_NAMES_A_METHOD = re.compile(
    r"(?!(?:A|An|The|Towards?|On|When|Why|How|What|From|Beyond|Is|Are|Do|Does|Can)\b)"
    r"[A-Z][\w-]*(?<!ing)\s+\w"
)
# "... through a Chunk-based Memory Management": an article after the marker describes
_TITLE_VIA = re.compile(r"\b(?:via|through)\s+(?P<method>.+)$", re.IGNORECASE)
_NO_METHOD_AFTER = re.compile(r"(?:a|an|the|our|its)\b", re.IGNORECASE)
_TITLE_HEAD_END = re.compile(
    r"\s+(?:(?:based|built)\s+on|for|of|in|on|to|at|from|under|across|versus|vs\.?)\s+",
    re.IGNORECASE,
)


_A_STUDY_OF = re.compile(
    # (only words that say what kind of study: "Escape Analysis of Java Programs" is a method)
    r"^(?:An?\s+|The\s+)?(?:(?:Performance|Empirical|Experimental|Comparative|Quantitative|"
    r"Detailed|Systematic|Comprehensive|In-Depth|Updated|Energy|Consumption|Power|Efficiency|"
    r"Power-Efficiency|Security|Reliability|Impact|Modeling|Testing)(?:\s+(?:and|&))?\s+){0,3}"
    r"(?:Evaluation|Analysis|Comparison|Impact|Scalability|Performance|Study|Characteri[sz]ation|"
    r"Benchmarking|Measurements?|Assessment|Effectiveness|Efficacy)\s+(?:of|on)\s+"
    r"(?:the\s+|an?\s+)?(?=\S+\s+\S)",
    re.IGNORECASE,
)


def title_method(title: str) -> str:
    """The shortest phrase of a title that names its method, never the whole title:
    "Accelerating X via Hybrid Context and Hardware Coordination" -> the phrase after
    "via"; else the title's head noun phrase ("On Optimizing the Communication of ..." ->
    "Optimizing the Communication")."""
    title = " ".join(title.split()).rsplit("?", 1)[-1].strip()  # a question names no method
    title = re.sub(r"\s[-–—]\s", ": ", title, count=1)  # "eBPF - From a Programmer's ..."
    head, _, subtitle = (part.strip() for part in title.partition(":"))
    if subtitle and (
        _MOVES_OR_GOES_BEYOND.match(head) or _ASKS.match(head) or _A_CLAUSE_HEAD.search(head)
    ):
        # ("Where to Encode: A Performance Analysis of ...": a question without its mark; "Take
        # it to the limit: ...", "Small is better: ...", "Look Ma, no constants: ...": a
        # saying, no name)
        head, subtitle = subtitle, ""
    elif moved := _FROM_TO.match(head):
        head = moved["to"]
    method = _TITLE_METHOD.search(head)
    if not method and head and not _TITLE_HEAD_END.search(head) and len(head.split()) <= 4:
        method = None  # "Flag Aggregator: ... using Convex Optimization": a short head names it
        subtitle = ""
    method = method or _TITLE_METHOD.search(subtitle)
    if method:
        phrase = method.group("method")
    elif _NAMES_A_METHOD.match(subtitle):
        # "Graph Neural Network Training: Adaptive Hybrid Feature Caching": a
        # subtitle that is a noun phrase names the method; "...: A Review", "...: Analyzing
        # X" describe the paper
        phrase = subtitle
    else:
        # "On Optimizing ...", "Towards ...", "A Case for Energy-Aware Placement of ..."
        phrase = re.sub(r"^(?:On|Towards?|(?:A|The)\s+Case\s+(?:for|against))\s+", "", head)
        # "Design and Evaluation of a Low-latency Logging Scheme for ...": what is
        # designed
        phrase = re.sub(
            r"^(?:The\s+)?Design,?\s+(?:and|&)\s+(?:Implementation|Evaluation|Analysis)\s+of\s+"
            r"(?:an?\s+|the\s+)?",
            "",
            phrase,
            flags=re.IGNORECASE,
        )
        # "Performance Evaluation of Compressed Index Formats", "Scalability of group
        # commit on ...": a study names what it studies
        phrase = _A_STUDY_OF.sub("", phrase)
        # "Design of a low-power sparse CNN inference engine", "Implementation
        # and Optimization of Finite Volume Solvers ...": what is designed or implemented
        phrase = re.sub(
            r"^(?:The\s+|An?\s+)?(?:[\w-]+\s+)?(?:Design|Implementation)(?:\s+(?:and|&)\s+"
            r"(?:Optimization|Evaluation|Analysis|Implementation))?\s+of\s+(?:an?\s+|the\s+)?",
            "",
            phrase,
            flags=re.IGNORECASE,
        )
    phrase = _TITLE_HEAD_END.split(phrase, maxsplit=1)[0]
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    # "Efficient Join Algorithms For ...": a word of praise is no part of what it names
    phrase = re.sub(
        r"^(?:efficient|fast|faster|scalable|practical|lightweight|simple|effective|optimal|"
        # ("Fast and Accurate Model Comparison": both words of praise)
        r"high-performance|improved|novel|better)(?:\s+(?:and|&)\s+[\w-]+)?\s+(?=\S+\s+\S)",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    return " ".join(phrase.split()[:6]).strip(" ,:;")


_A_CLAUSE_HEAD = re.compile(
    r"^[\w'-]+\s+(?:it|them|me|us|you)\b|^(?:[\w'-]+\s+){1,2}(?:is|are|was|were)\b|^[^,]{1,20},",
    re.IGNORECASE,
)
_APPOSITION_CLOSED = re.compile(r",\s+(?:[\w-]+\s+){0,3}[\w-]+,")
_WH_WORDS = r"(?:Where|When|How|Why|What|Which|Whether|Who)"
_ASKS = re.compile(_WH_WORDS + r"\b", re.IGNORECASE)


# Words that say what kind of thing a contribution is, without naming it.
_BARE_KINDS = frozenset(
    "algorithm design system approach method framework technique scheme mechanism "
    "architecture solution policy protocol tool library procedure strategy paradigm pipeline "
    "platform engine abstraction interface primitive runtime compiler model "
    # containers: "a way of saving memory", "a family of anisotropic quantization loss functions"
    "way family set suite collection series list methodology".split()
)
# A kind of thing in the plural: "application management strategies", "client selection schemes"
_PLURAL_KIND_WORD = (
    "(?:(?:" + "|".join(sorted(_BARE_KINDS)) + ")s|strategies|policies|methodologies)"
)
_CALLED = re.compile(
    r"\s*(?:called|named|dubbed|termed|coined)\s+(?P<name>[^,;.()]{2,60})", re.IGNORECASE
)


_APPOSITION = re.compile(
    r",\s+(?P<called>(?:called|named|namely|dubbed|termed|coined)\s+)?(?:the\s+)?"
    r"(?P<phrase>[^,;.()]{2,60}?)\s*(?:,|\.|$)"
)
_PROPOSAL = re.compile(
    r"\b(?:we|this\s+(?:paper|work))\b[^.;:]{0,80}?\b(?:(?:propose|present|introduce|develop|design|"
    r"describe|implement)s?(?:ed)?d?\s+(?:a|an|the|(?P<count>two|three|four|several))\s+|"
    # "We propose step-level speculation: a small draft model ...": named before its colon
    # (not "we present our key insight: ...", "the idea: ...")
    r"(?:propose|present|introduce)s?(?:ed)?d?\s+(?P<headed>)"
    r"(?!(?:our|the|its|their|a|an|this|these|two|three|several)\b)"
    r"(?=(?:[\w-]+\s+){0,3}[\w-]+\s*:\s)|"
    # "we propose novel memory placement strategies": a plural needs no article
    r"(?:propose|present|introduce|develop)s?(?:ed)?d?\s+(?P<bare>)"
    r"(?!(?:of|to|for|that|how|what|whether|in|on|with|by|and|or|it|them|this|these|those|our|"
    r"its|their|here|some|new\s+(?:results|insights|findings))\b)"
    # (only before a plural kind of thing, so that "We introduce heuristics and present a
    # multi-resource packing scheduler" still reads the scheduler)
    r"(?=(?:[\w-]+,?\s+){0,8}?" + _PLURAL_KIND_WORD + r"\b))"
    # "the notion of erasure-coded caches", "the complete design of a low-power wearable sensor"
    # "the design and implementation of a compact pauseless memory allocator"
    r"(?:(?:[\w-]+\s+)?(?:notion|concept|idea|design|implementation)"
    r"(?:,?\s+(?:and\s+)?(?:design|implementation|evaluation|deployment))*\s+of\s+(?:an?\s+|the\s+)?)?"
    # ("a learned, cache-aware index": adjectives coordinated by a comma are one phrase)
    # ("a simple, yet effective, scheduling policy"; not nouns listed: "a retrieval, ranking,
    # and caching pipeline", "a heuristic, lazy draining, that ...")
    # (a hyphenated modifier is one: "a fault-tolerant, vendor-neutral library")
    r"(?P<phrase>(?:(?:yet\s+|and\s+)?(?:[a-z][\w-]*(?:ed|ive|able|ible|ous|aware|free|based|"
    r"efficient|weight)|[a-z]\w*-[\w-]+|simple|fast|new|novel|general|robust),\s+)*"
    r"[^.;:,()]{3,100})",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    # "full-scale fluid dynamics simulation running entirely on an FPGA": where it runs
    r"\s(?:[a-z]+ing\s+(?:entirely\s+|fully\s+)?(?:on|in|at|inside|within|across)\b|"
    # ("a practical data mining based method": "based" before its noun is part of the phrase)
    r"that|which|to|for|with|where|based\s+(?:on|upon)|using|by|in|on|over|of|as|called|named|"
    r"behind|from|into|against|"
    # ("the concept of an agentic transaction and propose an ...": a second predicate)
    r"and\s+(?:propose|present|introduce|design|develop|implement|build|evaluate|show|"
    r"demonstrate)s?|"
    r"dubbed|,|"
    r"[a-z]+ed\s+(?:by|using|with|on|in|for|from|to|as))\b.*$",
    re.IGNORECASE,
)


def _trim_noun_phrase(phrase: str) -> str:
    trimmed = _PHRASE_END.sub("", phrase).strip()
    words = trimmed.split()
    # "a simple and widely portable technique" -> "widely portable technique",
    # "the proposed methods" -> "methods"
    while words and words[0].lower().rstrip(",") in _LEADING_FILLER:
        words = words[1:]
    words = words[:6]
    # (cut off at six words, a phrase may end on a word that joins it to the next: "the
    # system-level choices behind these results and ...")
    while words and words[-1].lower() in _TRAILING_JOINER:
        words = words[:-1]
    return " ".join(words)


_PLURAL_KIND = re.compile(r"\s" + _PLURAL_KIND_WORD + "$")
_LEADING_FILLER = frozenset("novel new simple general efficient proposed resulting and or".split())
_TRAILING_JOINER = frozenset("and or but the a an its their our".split())


def _adjectives_on_a_kind(words: list[str]) -> bool:
    """ "formal framework", "distinctive designs": only adjectives before a kind of thing."""
    return _is_bare_kind(words[-1]) and all(_ADJECTIVE.fullmatch(w) for w in words[:-1])


def _is_bare_kind(phrase: str) -> bool:
    """A kind of thing, one or several ("a solution", "the proposed methods", "strategies")."""
    return phrase.lower() in _BARE_KINDS or lexicon.singular(phrase) in _BARE_KINDS


def _is_title_name(head: str, abstract: str) -> bool:
    words = head.split()
    if len(words) == 1 and not head.islower():
        return True  # "Tutel: ...", "Zeppelin: ..." — a one-word head names the system
    if not 1 <= len(words) <= 4 or _A_SENTENCE.search(head):
        return False  # "Python meets JIT compilers: ...", "SIEVE is Simpler than LRU: ..."
    if _VERSIONED_NAME.fullmatch(head):
        return True  # "Deep Speech 2: ...", "TLS 1.3: ...": a version number makes a name
    if any(
        lexicon.is_name_like(w, sentence_initial=False, strict=True)
        # "Relational Joins on GPUs": the class of device a method runs on is no name
        and not (i > 0 and words[i - 1].lower() in _WHERE_IT_RUNS and lexicon.is_generic_acronym(w))
        for i, w in enumerate(words)
    ):
        return True
    # A Title-Case word is a name when the abstract also writes it capitalised mid-sentence.
    return _written_mid_sentence(head, abstract)


def _written_mid_sentence(words: str, abstract: str) -> bool:
    """Whether the abstract writes ``words`` somewhere other than at a sentence's start."""
    return re.search(r"(?<![.!?]\s)(?<!^)\b" + re.escape(words) + r"\b", abstract) is not None


_VERSIONED_NAME = re.compile(
    # (not "Part 2:", "Lesson 1:", "Top 500:", "Round 3:": a part or a rank, no system)
    r"(?!(?:Part|Phase|Step|Stage|Round|Lesson|Chapter|Top|Level|Volume|Vol|Section|Version|"
    r"Episode|Day|Week|Year|Table|Figure|Appendix)\b)"
    r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*"
)
_A_SENTENCE = re.compile(r"\b(?:is|are|was|were|meets?|makes?|beats?|than)\b", re.IGNORECASE)
_WHERE_IT_RUNS = frozenset("on in with for over across using via".split())


def _spelling_in(name: str, abstract: str) -> str:
    """The abstract's own spelling of a title name ("Comet" -> "COMET")."""
    spellings = re.findall(r"\b" + re.escape(name) + r"\b", abstract, flags=re.IGNORECASE)
    if not spellings:
        return name
    best: str = max(set(spellings), key=lambda s: (not s.islower(), spellings.count(s), s == name))
    return best


def _short_form_of(name: str, abbreviations: dict[str, str], *, part: bool = False) -> str | None:
    """The short form the abstract defines for ``name``, however its long form is spaced or
    hyphenated ("PriorityBased Fair Scheduling (PBFS)"); with ``part``, also where ``name``
    (a name the abstract coins there) is its long form's first or last words ("Latency-Aware
    Batch Scheduling (LABS)", "Bandwidth-Conscious Work- load Placement (BCWP)": names a page
    cut at a hyphen)."""
    key = _letters(name)
    if not key:
        return None
    for short, long_form in abbreviations.items():
        if key == _letters(long_form):
            return short
    if not part or len(name.split()) < 2:
        return None
    words = name.lower().split()
    for short, long_form in abbreviations.items():
        long_words = long_form.lower().split()
        if long_words[: len(words)] == words or long_words[-len(words) :] == words:
            return short
        if _letters(long_form).startswith(key) and _letters(long_words[0]) == _letters(words[0]):
            return short  # ("Work- load": the name stops inside a word the page split)
    return None


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _short_form_after(name: str, abstract: str) -> str | None:
    """A short form in parentheses closing the phrase that ``name`` begins and spelling its
    initials: "the Skew Tolerant And Fast KV caching layer (STAF)", where the
    name's words stop at "And"."""
    words = name.split()
    if len(words) < 2:
        return None
    initials = "".join(w[0] for w in words).lower()
    for match in re.finditer(
        re.escape(name) + r"[^.;:()]{0,60}\((?P<short>[A-Z][A-Za-z0-9+-]{1,12})\)", abstract
    ):
        if match.group("short").lower().startswith(initials):
            return match.group("short")
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
    coined = coined_names(paper.abstract, abbreviations)
    own = own_system_name(paper, abbreviations, coined)
    aliases: dict[str, str] = {}
    for short, long_form in abbreviations.items():
        if short == own or short in coined:
            aliases[long_form] = short
        else:
            aliases[short] = long_form
    title_head = paper.title.partition(":")[0].strip()
    if coined and same_name(own, title_head) and not _related(coined[0], own):
        aliases[coined[0]] = own
    # ("The Impact of CPU Frequency Scaling on ...": what a study studies is not its own system)
    named = (
        own in coined
        or (
            lexicon.name_runs(own, sentence_initial=True) == [own]
            and not (
                own == title_method(paper.title)
                and _A_STUDY_OF.match(re.sub(r"^On\s+", "", paper.title))
            )
        )
        # "Magpie: Taming Slow Replicas in the Datacenter", "QSim: fast and accurate ...": the name
        # a title gives before its colon, however plain a word it is
        or (
            ":" in paper.title
            and len(own.split()) == 1
            and same_name(own, title_head)
            and own.lower() not in _VENUE_LABELS  # "Poster: ...", "Demo: ..."
        )
    )
    return PaperContext(
        paper.id,
        own,
        aliases,
        tuple(coined),
        own_is_named=named,
        own_is_a_study=(
            not named
            and not _WE_PROPOSE.search(paper.abstract)
            and (names_a_study(own) or is_a_study(paper))
        )
        or (named and names_a_benchmark(own, paper)),
        kind_phrases={} if named else kind_phrases(paper.abstract),
        introduced_at=_introduced_at(
            paper.abstract,
            [own, *coined, *(long for long, short in aliases.items() if short == own)],
        ),
        abstract=paper.abstract,
    )


_MID_SENTENCE_CAPITALISED = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])(?<!^)\b[A-Z][a-z][\w+#.-]*\b")


@functools.lru_cache(maxsize=64)  # (one per paper, read by each sentence that needs it)
def written_names(abstract: str) -> frozenset[str]:
    """The plain capitalised words the abstract writes mid-sentence, which are names."""
    return frozenset(
        word
        for word in _MID_SENTENCE_CAPITALISED.findall(abstract)
        if lexicon.is_name_like(word, sentence_initial=False)
    )


# (a paper that proposes a method is no study, whatever its title; "we present the first
# systematic benchmark" is one)
_WE_PROPOSE = re.compile(
    r"\b(?:we|this\s+(?:paper|work))\s+(?:\w+ly\s+)?(?:propose|present|introduce|design|develop)s?"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:method|system|technique|framework|approach|"
    r"algorithm|scheme|tool|mechanism|architecture|runtime|compiler|scheduler|engine)s?\b",
    re.IGNORECASE,
)


def is_a_study(paper: Paper) -> bool:
    """A paper that studies things rather than proposing one: its title asks a question or
    names an impact ("The Impact of CPU Frequency Scaling on ..."), its subtitle says it is a
    comparison or study, or its abstract says what it studies ("We study these choices", "we
    compare recency, reuse frequency ..."), and it builds nothing but what it compares."""
    if not (_STUDY_TITLE.search(paper.title) or _WE_STUDY.search(paper.abstract)):
        return False
    # ("We study this problem ... We design a router that ...": a paper that builds a thing
    # is about it, whatever else it studies)
    return not any(
        not _STUDIES_WORD.search(built["what"]) for built in _WE_BUILD.finditer(paper.abstract)
    )


_STUDY_TITLE = re.compile(
    r"\?|^(?:(?:The|An?)\s+)?(?:Impact|Effects?|Role|Cost|Price)\s+of\b|"
    r"^(?:" + _WH_WORDS + r"|Does|Do|Is|Are|Can|Should)\b|"
    # ("Accelerating Matrix Multiplication: A Performance Comparison Between CPU and GPU")
    r":\s+(?:An?\s+)?(?:[\w-]+\s+){0,3}(?:Study|Comparison|Characteri[sz]ation|Survey|"
    r"Measurement|Evaluation)\b|"
    # ("An Empirical Study of Index Tuning", "Characterizing GPU Failures in ...")
    r"^(?:An?\s+)?(?:[\w-]+\s+){0,3}(?:Study|Comparison|Characteri[sz]ation|Survey|"
    r"Measurement|Evaluation|Analysis)\s+(?:of|on)\b|^(?:Characteri[sz]ing|Understanding|"
    r"Demystifying)\b",
    re.IGNORECASE,
)
_WE_STUDY = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study))\s+(?:\w+ly\s+)?(?:study|compare|characteri[sz]e|"
    r"measure|analy[sz]e|investigate|quantify|examine|benchmark|test\s+whether)\b",
    re.IGNORECASE,
)


_WE_BUILD = re.compile(
    r"\b(?:we|this\s+(?:paper|work))\b[^.;:]{0,80}?\b(?:propose|present|introduce|design|develop|"
    r"build|implement|devise|create)(?:s|d|ed)?\s+(?P<what>(?:[\w-]+,?\s+){0,5}[\w-]+)",
    re.IGNORECASE,
)
_STUDIES_WORD = re.compile(
    r"\b(?:stud(?:y|ies)|survey|characteri[sz]ation|evaluations?|assessment|comparisons?|"
    # ("we implemented and benchmarked three versions": built to be compared)
    r"measurements?|analys[ie]s|benchmark(?:s|ed)?|taxonomy|insights?|findings?|results?|evidence|"
    r"model|simulator|methodology|lessons?)\b",
    re.IGNORECASE,
)


def names_a_benchmark(own: str, paper: Paper) -> bool:
    """A name the paper gives to a benchmark or a dataset it introduces ("FastKernels:
    Benchmarking GPU Kernel Generation", "DLRM-Bench", "X, a benchmark of ..."): its figures are
    about the systems it measures."""
    _, sep, subtitle = paper.title.partition(":")
    return bool(
        own.lower().endswith("bench")
        or (sep and _A_BENCHMARK.match(subtitle.strip()))
        or re.search(
            re.escape(own) + r",\s+(?:an?|the\s+first)\s+(?:[\w-]+\s+){0,4}" + _BENCHMARK_KIND,
            paper.abstract,
        )
    )


_BENCHMARK_KIND = r"(?:benchmark|dataset|data\s+set|corpus|suite|testbed|trace|collection)s?\b"
_A_BENCHMARK = re.compile(
    r"(?:(?:an?|the)\s+(?:[\w,-]+\s+){0,6}" + _BENCHMARK_KIND + r"|benchmarking\b)", re.IGNORECASE
)


def names_a_study(phrase: str) -> bool:
    """ "Measurement Study", "first systematic benchmark", "Characterizing Communication
    Overheads": a phrase whose head is a kind of study, or that opens on studying."""
    words = phrase.split()
    if not words:
        return False
    head = lexicon.singular(words[-1].lower())
    return head in _STUDY_HEADS or words[0].lower() in _STUDYING


# (not "analysis": "Interprocedural Synchronization Analysis" is a method)
_STUDY_HEADS = _STUDIES | frozenset(
    "characterisation benchmark lesson trade-off tradeoff investigation overview review "
    "experience".split()
)
_STUDYING = frozenset(
    "characterizing characterising understanding analyzing analysing measuring dissecting "
    "demystifying revisiting benchmarking quantifying evaluating exploring investigating "
    "comparing examining".split()
)


_OWN_WORK = re.compile(
    r"\b(?:we|our|(?-i:us)|this\s+(?:paper|work|thesis|article|study)|"
    # a passive abstract: "a novel scheme is proposed", "the proposed protocol"
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:proposed|presented|introduced|developed|designed)|"
    r"the\s+proposed)\b",
    re.IGNORECASE,
)


def _introduced_at(abstract: str, own_names: Sequence[str]) -> int:
    """Where the abstract first speaks of its own work: "we ...", "this paper ...", or one of
    its names; 0 when it never does (nothing then tells the problem from the results)."""
    own_work = _OWN_WORK.search(abstract)
    mentions = [next(_word_occurrences(name, abstract), None) for name in own_names if name]
    offsets = [m for m in [own_work.start() if own_work else None, *mentions] if m is not None]
    return min(offsets, default=0)


def kind_phrases(abstract: str) -> dict[str, str]:
    """For each kind of thing the abstract calls its own ("our scheme", "our algorithms"),
    the phrase with that head it writes most often, then the longest: "what we call the
    in-place commit scheme", "three designs of multi-GPU join algorithms"."""
    phrases: dict[str, str] = {}
    for own in _OWN_KIND.finditer(abstract):
        head = own["head"].lower()
        if head in phrases or not _is_bare_kind(head) or lexicon.singular(head) in _TOO_GENERIC:
            continue
        counts: dict[str, int] = {}
        for match in re.finditer(r"((?:[\w-]+\s+){0,3})" + re.escape(head) + r"\b", abstract):
            if lexicon.names_a_baseline_class(match.group(1)) or _COMPARED_WITH.search(
                abstract, max(0, match.start() - 30), match.end(1)
            ):
                # "existing join algorithms", "compared with a size-threshold policy" is what it
                # is compared with
                continue
            modifiers: list[str] = []
            for word in reversed(match.group(1).split()):
                if word.lower() in _NOT_A_MODIFIER or not re.fullmatch(r"[A-Za-z][\w-]*", word):
                    break
                modifiers.insert(0, word)
            if modifiers:
                phrase = " ".join([*modifiers, head])
                counts[phrase] = counts.get(phrase, 0) + 1
        if counts:
            phrases[head] = max(counts, key=lambda p: (counts[p], len(p.split())))
    return phrases


_COMPARED_WITH = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|over|versus|vs\.?|relative\s+to|against)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_OWN_KIND = re.compile(
    r"\b(?:our|these|this|the\s+proposed)\s+(?:(?:new|novel|proposed)\s+)?(?P<head>[a-z]+)\b",
    re.IGNORECASE,
)
# "our system", "our method": the abstract's adjectives for these ("high-performance
# system") describe rather than identify
_TOO_GENERIC = frozenset("system method approach framework model solution design tool".split())
_NOT_A_MODIFIER = frozenset(
    "the a an our this these that those its their new novel proposed efficient simple general "
    "we what call called is are of and or for in on with to by as from two three several "
    # ("our first technique", "four techniques": which one, not what it is)
    "such first second third fourth four five both resulting".split()
)


def _related(a: str, b: str) -> bool:
    """Variants share a stem ("Hydra" / "Hydra++", "JRT-RNN" / "JRT-Prompt")."""
    key_a, key_b = re.sub(r"\W", "", a.lower()), re.sub(r"\W", "", b.lower())
    return key_a[:4] == key_b[:4] or key_a in key_b or key_b in key_a


def same_name(a: str, b: str) -> bool:
    # "+" and "#" name variants: Hydra++ is not Hydra.
    return re.sub(r"[^\w+#]", "", a.lower()) == re.sub(r"[^\w+#]", "", b.lower())
