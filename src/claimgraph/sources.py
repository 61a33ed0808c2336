"""Sources: read papers from Daily Papers page dumps, JSON Lines and plain text files.

Three input forms give :class:`~claimgraph.records.Paper` records:

* a **Daily Papers page dump** (a ``.txt`` file whose first lines hold "Daily Papers" and a
  "byAK ..." line): after the page header, each entry is a title paragraph, an abstract
  paragraph and optional metadata lines (an author count or an organization, a ``·`` line and a
  date);
* **JSON Lines** (``.jsonl``, ``.ndjson``, ``.json``): one object per line with ``id``, ``title``,
  ``abstract`` and optional ``authors``, ``date`` / ``update_date``, ``url``, ``organization``
  (the field names of the arXiv metadata snapshot work as they are); a ``.json`` file holding one
  JSON document (an array of objects, or one object) is read too;
* **plain text** (any other file named on the command line, or a ``.txt`` that is not a dump):
  one abstract, the first non-empty line being its title.

Bad input never raises: each problem becomes a :class:`~claimgraph.records.SourceProblem` naming
the file and line, and everything else is still read.  The same paper read twice (same id) is one
paper: the first is kept and metadata it lacks is taken from the later copy; the same id with a
different text is reported.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date as _date
from typing import Any

from claimgraph.records import Paper, SourceProblem

__all__ = [
    "ARXIV_ID",
    "arxiv_paper",
    "INPUT_SUFFIXES",
    "SourceReport",
    "clean_text",
    "iter_entries",
    "paper_id_for_title",
    "read_papers",
]

INPUT_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json")
"""The files taken from a directory; other files in it are ignored."""

_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE_LINE = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>\d{4}))?"  # the year always follows a comma: "Aug 8, 2023"
    r"(?:\s+\d+)?",  # an upvote count: "Oct 15 2", "Oct 1, 2024 8"
)
_AUTHORS_LINE = re.compile(r"(?:[•*-]\s*)?(?P<count>\d+)\s+authors?", re.IGNORECASE)
_DOT_LINE = "·"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")
ARXIV_ID = re.compile(r"(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v(\d+))?")


def _arxiv_url(arxiv_id: str) -> str:
    return f"https://arxiv.org/abs/{arxiv_id}"


def arxiv_paper(
    arxiv_id: str,
    *,
    title: str,
    abstract: str,
    date: str | None,
    authors: tuple[str, ...],
    organization: str | None = None,
    arxiv_version: int | None = None,
    categories: tuple[str, ...] = (),
) -> Paper:
    """A paper read from an arXiv source (OAI-PMH, the API, Daily Papers): its id is the arXiv
    id without version, its URL the abstract page."""
    return Paper(
        id=arxiv_id,
        title=title,
        abstract=abstract,
        date=date,
        authors=authors,
        author_count=len(authors) or None,
        organization=organization,
        url=_arxiv_url(arxiv_id),
        arxiv_id=arxiv_id,
        arxiv_version=arxiv_version,
        categories=categories,
    )


"""An arXiv identifier, new ("2501.00001") or old ("cs/0112017") style, with an optional
version: group 1 is the id, group 2 the version number."""
_NOT_WORD = re.compile(r"[\W_]+")
_PARENTHESIZED = re.compile(r"\([^()]*\)")
_AUTHOR_SEPARATOR = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+")

_SLUG_WORDS = 4
_SLUG_CHARS = 40


@dataclass
class SourceReport:
    """What :func:`read_papers` read.

    ``files`` counts the input files found (read or not); ``entries`` counts the paper records
    read before duplicates were merged, so ``entries >= len(papers)``.
    """

    papers: list[Paper] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    files: int = 0
    entries: int = 0


def paper_id_for_title(title: str) -> str:
    """A stable id for a paper known only by its title.

    A readable slug of the first words plus 8 hex digits of a hash of the normalized title
    (case-folded; runs of punctuation and whitespace count as one space), so titles that differ
    only in case, spacing or punctuation share an id::

        >>> paper_id_for_title("FlashAttention-2: Faster  attention")
        'flashattention-2-faster-attention-5ca2d342'
    """
    key = _normalized_title(title) or _collapse(title)  # a title of symbols only: hash those
    digest = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    ascii_key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii")
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_key)[:_SLUG_WORDS]:
        if slug and len(slug) + 1 + len(word) > _SLUG_CHARS:
            break
        slug = f"{slug}-{word}" if slug else word[:_SLUG_CHARS]
    slug = slug or "paper"
    return f"{slug}-{digest}"


def read_papers(paths: Iterable[str | os.PathLike[str]]) -> SourceReport:
    """Read every paper from files and directories, merging papers read more than once.

    Directories are walked recursively in sorted order (hidden entries skipped), taking the
    files ending in :data:`INPUT_SUFFIXES`.  Papers come in input order.
    """
    report = SourceReport()
    kept: dict[str, Paper] = {}
    for item in _iter_items(paths):
        if isinstance(item, _FileStart):
            report.files += 1
        elif isinstance(item, SourceProblem):
            report.problems.append(item)
        else:
            report.entries += 1
            problem = _merge(kept, item)
            if problem is not None:
                report.problems.append(problem)
    report.papers = list(kept.values())
    return report


MAX_ABSTRACT_CHARS = 1_000_000
"""Longer than any abstract (a few thousand characters): a whole book or a dump in one line,
which would take gigabytes to parse."""


def iter_entries(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Paper | SourceProblem]:
    """Every paper record and problem in input order, before duplicates are merged."""
    for item in _iter_items(paths):
        if not isinstance(item, _FileStart):
            yield item


# --- files and directories ---------------------------------------------------------------


@dataclass(frozen=True)
class _FileStart:
    path: str


def _iter_items(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterator[Paper | SourceProblem | _FileStart]:
    seen: set[str] = set()
    for file_or_problem in _input_files(paths):
        if isinstance(file_or_problem, SourceProblem):
            yield file_or_problem
            continue
        real = os.path.realpath(file_or_problem)
        if real in seen:  # the same file named twice, or found again inside a named directory
            continue
        seen.add(real)
        yield _FileStart(file_or_problem)
        for item in _read_file(file_or_problem):
            if isinstance(item, Paper) and len(item.abstract) > MAX_ABSTRACT_CHARS:
                path, _, line = (item.source or file_or_problem).rpartition(":")
                yield SourceProblem(
                    path if line.isdigit() else file_or_problem,
                    int(line) if line.isdigit() else None,
                    f"abstract of {len(item.abstract) / 1e6:.1f} million characters, more than "
                    f"the {MAX_ABSTRACT_CHARS // 1_000_000} million a paper may hold; skipped",
                )
                continue
            yield item


def _input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | SourceProblem]:
    if isinstance(paths, str | os.PathLike):  # one path, not an iterable of its characters
        paths = [paths]
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.isfile(path):
            yield path
        elif os.path.exists(path):
            yield SourceProblem(path, None, "not a regular file")  # a FIFO would block a read
        else:
            yield SourceProblem(path, None, "no such file or directory")


def _walk(root: str) -> Iterator[str | SourceProblem]:
    found = False
    problems: list[SourceProblem] = []

    def on_error(error: OSError) -> None:
        where = error.filename if isinstance(error.filename, str) else root
        problems.append(SourceProblem(where, None, f"cannot read directory: {_reason(error)}"))

    reported = 0
    for directory, subdirectories, names in os.walk(root, onerror=on_error):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(names):
            path = os.path.join(directory, name)
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            if os.path.isfile(path):
                found = True
                yield path
        yield from problems[reported:]
        reported = len(problems)
    yield from problems[reported:]
    if not found and not problems:
        suffixes = ", ".join(f"*{suffix}" for suffix in INPUT_SUFFIXES)
        yield SourceProblem(root, None, f"directory holds no input files ({suffixes})")


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def _read_file(path: str) -> Iterator[Paper | SourceProblem]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        yield SourceProblem(path, None, f"cannot read file: {_reason(error)}")
        return
    if path.lower().endswith(_JSON_SUFFIXES):
        yield from _read_json(path, data)
        return
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        yield SourceProblem(path, line, f"{_not_utf8(data, error, column)}; file skipped")
        return
    if not text.strip():
        yield SourceProblem(path, None, "empty file")
        return
    if "\x00" in text:
        line, column = _position(data, data.index(b"\x00"))
        if text.count("\x00") * 8 > len(text):
            yield SourceProblem(
                path,
                line,
                f"NUL bytes from column {column} on: not a UTF-8 text file (UTF-16?); file skipped",
            )
            return
        yield from _nul_notes(path, data)
        text = text.replace("\x00", " ")  # a stray NUL is damage where a character was
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if _is_daily_papers(lines):
        yield from _read_daily_papers(path, lines)
    else:
        yield from _read_plain_text(path, lines)


def _nul_notes(path: str, data: bytes) -> Iterator[SourceProblem]:
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if b"\x00" in raw:
            column = len(raw[: raw.index(b"\x00")].decode("utf-8", "replace")) + 1
            yield SourceProblem(
                path, number, f"NUL byte at column {column} read as a space", skipped=False
            )


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _not_utf8(data: bytes, error: UnicodeDecodeError, column: int) -> str:
    return f"not UTF-8: byte 0x{data[error.start]:02x} at column {column}"


# Control characters that are not white space (NUL is read as a space before this).
_CONTROL_CHARACTERS = re.compile("[\x01-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def clean_text(text: str) -> str:
    """Text as every source stores it: control characters and HTML entities resolved,
    runs of white space (line breaks included) one space."""
    return _collapse(text)


def _collapse(text: str) -> str:
    # Lone surrogates (from JSON "\ud800") cannot be written as UTF-8 anywhere later on.
    text = text.encode("utf-8", "replace").decode("utf-8")
    # other control characters (BEL, ESC, ...) are damage: kept, they would colour terminals
    # and make the XML exports unreadable
    text = _CONTROL_CHARACTERS.sub("", text)
    if "&" in text:  # web dumps keep HTML entities: "2.8&times;", "vLLM &amp; SGLang"
        text = html.unescape(text)
    # a range whose dash a web page lost: "1.2%6.5% higher accuracy", "1.51.51.9×1.9\times"
    text = _LOST_DASH_PERCENT.sub(r"\g<low>%–\g<high>%", text)
    # a formula shown and read aloud, its sign lost: "a speedup of up to 3.153.15x", "by a
    # factor of 4.84.84.8"
    text = _NUMBER_ECHO.sub(r"\g<number>", text)
    if "\\" in text:  # a web page's formula copied with its TeX: "5.3×5.3\times5.3 ×" is 5.3×
        text = _LOST_DASH_FACTOR.sub(r"\g<low>–\g<high>×", text)
        text = _MATH_ECHO.sub(r"\g<number>\g<sign>", text)
        # TeX spellings of a sign: "up to 45\texttimes{}", a dollar escaped out of math
        # ("1.8\$\times\$"), a hyphen kept in math by braces ("$\mathbf{2.8{-}3.1\times}$")
        text = _TEX_SIGN.sub(lambda sign: _TEX_SIGNS[sign.group(0)], text)
        text = _TEX_STYLE.sub(r"\g<inner>", text)  # "up to \textbf{8.2 times}"
        text = _TEX_ACCENT.sub(_accented, text)  # "Souffl\\'{e}" is "Soufflé"
    return " ".join(text.split())


_LOST_DASH_PERCENT = re.compile(r"(?<![\d.%])(?P<low>\d+(?:\.\d+)?)%(?P<high>\d+(?:\.\d+)?)%")
_LOST_DASH_FACTOR = re.compile(
    r"(?<![\d.])(?P<low>\d+\.\d+)(?P=low)(?P<high>\d+\.\d+)×(?P=high)\\times"
)
# (echoed twice, or once before its sign: not a version number, "Python 3.13.1", "v1.11.1")
_NUMBER_ECHO = re.compile(
    r"(?<![\w.])(?P<number>\d+\.\d+)(?:(?P=number){2}|(?P=number)(?=\s?[x×X%]))(?![\d.])"
)
_TEX_STYLE = re.compile(
    r"\\(?:textbf|textit|emph|texttt|textsc|underline|mathbf|mathrm|boldsymbol|bm)"
    r"\{(?P<inner>[^{}]*)\}"
)
_TEX_SIGNS = {"\\texttimes{}": "×", "\\texttimes": "×", "\\$": "$", "{-}": "-"}
_TEX_SIGN = re.compile(r"\\texttimes(?:\{\})?(?![A-Za-z])|\\\$|\{-\}")
_TEX_ACCENT = re.compile(r"\\(?P<accent>['`^\"~])(?:\{(?P<braced>[A-Za-z])\}|(?P<bare>[A-Za-z]))")
_COMBINING = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303"}


def _accented(accent: re.Match[str]) -> str:
    letter = accent["braced"] or accent["bare"]
    return unicodedata.normalize("NFC", letter + _COMBINING[accent["accent"]])


# A formula of an arXiv page copied as text comes three times: as shown, as TeX, as read aloud
# ("9.6×9.6\times" when the last copy was lost)
_MATH_ECHO = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)\s?(?P<sign>[×%])\s?(?:(?P=number)\s?)?\\(?:times|%)"
    r"(?:\s?(?:(?P=number)\s?)?(?P=sign))?"
)


# --- Daily Papers page dumps ----------------------------------------------------------------


def _is_daily_papers(lines: list[str]) -> bool:
    top = [line.strip() for line in lines if line.strip()][:12]
    return "Daily Papers" in top and any(line.startswith("byAK") for line in top)


@dataclass
class _Block:
    """A paragraph: consecutive non-blank lines, the first at ``line`` (1-based)."""

    line: int
    lines: list[str]

    @property
    def text(self) -> str:
        return _collapse(" ".join(self.lines))


@dataclass
class _Entry:
    title: str
    line: int
    abstract: str | None = None
    date: str | None = None
    author_count: int | None = None
    organization: str | None = None


def _blocks(lines: list[str], first: int) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, line in enumerate(lines[first:], start=first + 1):
        if not line.strip():
            current = None
        elif current is None:
            current = _Block(number, [line])
            blocks.append(current)
        else:
            current.lines.append(line)
    return blocks


def _is_metadata(block: _Block) -> bool:
    """Author count, organization, "·" and date lines; an organization only beside a "·"."""
    has_dot = any(line.strip() == _DOT_LINE for line in block.lines)
    for line in block.lines:
        stripped = line.strip()
        if stripped == _DOT_LINE or _AUTHORS_LINE.fullmatch(stripped):
            continue
        if _DATE_LINE.fullmatch(stripped):
            continue
        if not has_dot or len(stripped) > 80:
            return False
    return True


def _looks_like_abstract(text: str) -> bool:
    """Shape only, to tell a lone title from an abstract when an entry lacks one of them."""
    return len(text) > 300 or (text.endswith(".") and len(text.split()) >= 12)


def _read_daily_papers(path: str, lines: list[str]) -> Iterator[Paper | SourceProblem]:
    header_end = next(i for i, line in enumerate(lines) if line.strip().startswith("byAK")) + 1
    blocks = [block for block in _blocks(lines, header_end) if block.text]  # not only controls
    if blocks and len(blocks[0].lines) == 1 and _DATE_LINE.fullmatch(blocks[0].lines[0].strip()):
        blocks = blocks[1:]  # the page's own date
    if not blocks:
        yield SourceProblem(path, None, "Daily Papers page has no entries")
        return

    entry: _Entry | None = None
    skipping = False  # metadata of an entry already reported as broken
    for index, block in enumerate(blocks):
        if _is_metadata(block):
            if entry is not None and entry.abstract is None:
                yield _no_abstract(path, entry)
                entry, skipping = None, True
            elif entry is not None:
                yield from _apply_metadata(path, block, entry)
            elif not skipping:
                yield SourceProblem(path, block.line, "metadata line with no paper above it")
            continue
        text = block.text
        if entry is not None and entry.abstract is None:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            lone_title = (
                following is not None
                and not _is_metadata(following)
                and not _looks_like_abstract(text)
                and _looks_like_abstract(following.text)
            )
            if not lone_title:
                entry.abstract = text
                continue
            yield _no_abstract(path, entry)
        elif entry is not None:
            yield _dump_paper(path, entry)
        entry, skipping = None, False
        if _looks_like_abstract(text):
            yield SourceProblem(path, block.line, "paragraph with no title above it")
            skipping = True
        else:
            entry = _Entry(title=text, line=block.line)
    if entry is not None:
        yield _no_abstract(path, entry) if entry.abstract is None else _dump_paper(path, entry)


def _no_abstract(path: str, entry: _Entry) -> SourceProblem:
    return SourceProblem(path, entry.line, f"entry {entry.title!r} has a title but no abstract")


def _apply_metadata(path: str, block: _Block, entry: _Entry) -> Iterator[SourceProblem]:
    for number, line in enumerate(block.lines, start=block.line):
        stripped = line.strip()
        authors = _AUTHORS_LINE.fullmatch(stripped)
        date = _DATE_LINE.fullmatch(stripped)
        if stripped == _DOT_LINE:
            continue
        if authors and len(authors["count"]) <= 9:
            entry.author_count = int(authors["count"])
        elif date:
            year = int(date["year"]) if date["year"] else None
            month = _MONTHS.index(date["month"].lower()) + 1
            entry.date = _date_string(year, month, int(date["day"]))
            if entry.date is None:
                yield SourceProblem(path, number, f"not a valid date: {stripped!r}", skipped=False)
        else:  # "furiosa-ai FuriosaAI": the organization's slug, then its display name
            slug, _, name = stripped.partition(" ")
            entry.organization = name.strip() or slug


def _date_string(year: int | None, month: int, day: int) -> str | None:
    try:
        _date(2000 if year is None else year, month, day)  # 2000 is a leap year: "--02-29"
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _dump_paper(path: str, entry: _Entry) -> Paper:
    return Paper(
        id=paper_id_for_title(entry.title),
        title=entry.title,
        abstract=entry.abstract or "",
        date=entry.date,
        author_count=entry.author_count,
        organization=entry.organization,
        source=f"{path}:{entry.line}",
    )


# --- plain text -----------------------------------------------------------------------------


def _read_plain_text(path: str, lines: list[str]) -> Iterator[Paper | SourceProblem]:
    first = next((i for i, line in enumerate(lines) if _collapse(line)), None)
    if first is None:  # only control characters
        yield SourceProblem(path, None, "no text (only control characters)")
        return
    title = _collapse(lines[first])
    abstract = _collapse(" ".join(lines[first + 1 :]))
    if not abstract:
        yield SourceProblem(path, first + 1, f"{title!r} has a title but no abstract")
        return
    yield Paper(
        id=paper_id_for_title(title),
        title=title,
        abstract=abstract,
        source=f"{path}:{first + 1}",
    )


# --- JSON Lines -----------------------------------------------------------------------------


def _read_json(path: str, data: bytes) -> Iterator[Paper | SourceProblem]:
    document = _json_document(data) if path.lower().endswith(".json") else None
    if document is not None:
        if not document:
            yield SourceProblem(path, None, "JSON array holds no records")
        for number, value in document:
            yield from _json_record(path, number, value)
        return
    empty = True
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            message = _not_utf8(raw, error, error.start + 1)
            yield SourceProblem(path, number, f"{message}; line skipped")
            empty = False
            continue
        line = line.removeprefix("\ufeff")  # files joined with `cat` keep each one's BOM
        if not line.strip():
            continue
        empty = False
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield SourceProblem(path, number, f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        except (ValueError, RecursionError) as error:
            # Integers past Python's digit limit, nesting past the recursion limit.
            reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
            yield SourceProblem(path, number, f"malformed JSON: {reason.splitlines()[0]}")
            continue
        yield from _json_record(path, number, value)
    if empty:
        yield SourceProblem(path, None, "empty file")


def _json_document(data: bytes) -> list[tuple[int, Any]] | None:
    """The records, with their lines, of a ``.json`` file that is one document over many lines.

    ``None`` when the file is not such a document: it is then read as JSON Lines.
    """
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    start = len(text) - len(text.lstrip())
    if "\n" not in text.strip() or not text.startswith(("[", "{"), start):
        return None
    decoder = json.JSONDecoder()
    try:
        value, end = decoder.raw_decode(text, start)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None
    if text[end:].strip():
        return None  # more than one document: JSON Lines, or broken
    if not isinstance(value, list):
        return [(_line_at(text, start), value)]
    records: list[tuple[int, Any]] = []
    position = start + 1
    for item in value:  # decode again, element by element, to learn where each one starts
        while text[position] in " \t\r\n,":
            position += 1
        records.append((_line_at(text, position), item))
        _, position = decoder.raw_decode(text, position)
    return records


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


class _BadRecord(Exception):
    """A JSON record that cannot become a paper; the message says why."""


def _json_record(path: str, line: int, value: Any) -> Iterator[Paper | SourceProblem]:
    notes: list[str] = []
    try:
        paper = _record_paper(value, f"{path}:{line}", notes)
    except _BadRecord as error:
        yield SourceProblem(path, line, str(error))
        return
    for note in notes:
        yield SourceProblem(path, line, note, skipped=False)
    yield paper


def _record_paper(value: Any, source: str, notes: list[str]) -> Paper:
    """The paper of one JSON record; problems with optional fields are added to ``notes``."""
    if not isinstance(value, dict):
        kinds = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
        raise _BadRecord(f"JSON record is {kinds.get(type(value), 'a number')}, not an object")
    for name in ("title", "abstract"):
        text = value.get(name)
        if isinstance(text, str) and "\x00" in text:
            notes.append(f"record's {name} holds a NUL character (\\u0000), read as a space")
            value = {**value, name: text.replace("\x00", " ")}
    missing = [message for name in ("title", "abstract") if (message := _lacks(value, name))]
    if missing:
        raise _BadRecord("; ".join(missing))
    title, abstract = _collapse(value["title"]), _collapse(value["abstract"])
    for name, text in (("title", title), ("abstract", abstract)):
        if not text:
            raise _BadRecord(f"record has an empty {name}")  # only control characters

    raw_id = value.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | None):
        raise _BadRecord("record's id is neither a string nor an integer")
    if isinstance(raw_id, str) and any("\ud800" <= c <= "\udfff" for c in raw_id):
        # a lone surrogate ("\ud800") cannot name a paper graph: repairing it could merge
        # two papers, so the record is refused
        raise _BadRecord("record's id is not valid Unicode text (a lone surrogate)")
    paper_id = (str(raw_id).strip() if raw_id is not None else "") or paper_id_for_title(title)

    authors: tuple[str, ...] = ()
    raw_authors = value.get("authors")
    if isinstance(raw_authors, str):
        authors = _split_authors(raw_authors)
    elif isinstance(raw_authors, list) and all(isinstance(a, str) for a in raw_authors):
        authors = tuple(name for name in map(_collapse, raw_authors) if name)
    elif raw_authors is not None:
        notes.append("record's authors are neither a string nor a list of strings; ignored")

    author_count: int | None = len(authors) or None
    raw_count = value.get("author_count")
    if isinstance(raw_count, int) and not isinstance(raw_count, bool) and raw_count > 0:
        author_count = raw_count
    elif raw_count is not None:
        notes.append("record's author_count is not a positive integer; ignored")

    date: str | None = None
    key = next((key for key in ("date", "update_date") if value.get(key) is not None), None)
    if key is not None:
        date = _json_date(value[key])
        if date is None:
            notes.append(f"record's {key} is not a date (YYYY-MM-DD or --MM-DD); ignored")

    arxiv_id, arxiv_version, categories = _arxiv_fields(value, notes)
    versioned = ARXIV_ID.fullmatch(paper_id)
    if versioned is not None:
        # an arXiv id names the paper whatever its version: "2307.08691v2" is 2307.08691
        paper_id = arxiv_id = versioned[1]
        if arxiv_version is None and versioned[2] is not None:
            arxiv_version = int(versioned[2])
    url = _optional_text(value.get("url"))
    if url is None and arxiv_id is not None:
        url = _arxiv_url(arxiv_id)

    return Paper(
        id=paper_id,
        title=title,
        abstract=abstract,
        date=date,
        authors=authors,
        author_count=author_count,
        organization=_optional_text(value.get("organization")),
        url=url,
        source=source,
        arxiv_id=arxiv_id,
        arxiv_version=arxiv_version,
        categories=categories,
    )


def _arxiv_fields(
    record: dict[str, Any], notes: list[str]
) -> tuple[str | None, int | None, tuple[str, ...]]:
    """``arxiv_id``, ``arxiv_version`` and ``categories`` as ``harvest --save`` writes them
    (``categories`` also as the arXiv snapshot's space-separated string)."""
    arxiv_id = record.get("arxiv_id")
    if arxiv_id is not None and not (isinstance(arxiv_id, str) and ARXIV_ID.fullmatch(arxiv_id)):
        notes.append("record's arxiv_id is not an arXiv identifier; ignored")
        arxiv_id = None
    version = record.get("arxiv_version")
    if version is not None and not (
        isinstance(version, int) and not isinstance(version, bool) and version >= 1
    ):
        notes.append("record's arxiv_version is not a positive integer; ignored")
        version = None
    raw = record.get("categories")
    categories: tuple[str, ...] = ()
    if isinstance(raw, str):
        categories = tuple(raw.split())
    elif isinstance(raw, list) and all(isinstance(c, str) for c in raw):
        categories = tuple(c.strip() for c in raw if c.strip())
    elif raw is not None:
        notes.append("record's categories are neither a string nor a list of strings; ignored")
    return arxiv_id, version, categories


def _lacks(record: dict[str, Any], name: str) -> str | None:
    """What is wrong with the record's required text field ``name``, if anything."""
    value = record.get(name)
    if value is None:
        return f"record has no {name}"
    if not isinstance(value, str):
        return f"record's {name} is not a string"
    if not value.strip():
        return f"record has an empty {name}"
    return None


def _optional_text(value: Any) -> str | None:
    return _collapse(value) or None if isinstance(value, str) else None


def _json_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if full := _ISO_DATE.fullmatch(text):
        return _date_string(int(full[1]), int(full[2]), int(full[3]))
    if month_day := _MONTH_DAY.fullmatch(text):
        return _date_string(None, int(month_day[1]), int(month_day[2]))
    return None


def _split_authors(text: str) -> tuple[str, ...]:
    """``"A, B and C"`` -> ``("A", "B", "C")``; parenthesized affiliations are dropped."""
    text = _collapse(text)
    while _PARENTHESIZED.search(text):
        text = _PARENTHESIZED.sub(" ", text)
    return tuple(name for name in map(_collapse, _AUTHOR_SEPARATOR.split(text)) if name)


# --- duplicates -----------------------------------------------------------------------------


def _normalized_title(title: str) -> str:
    return " ".join(_NOT_WORD.split(unicodedata.normalize("NFKC", title).casefold())).strip()


def _merge(kept: dict[str, Paper], paper: Paper) -> SourceProblem | None:
    """Keep the first paper of an id, filling in metadata it lacks from a later copy."""
    first = kept.get(paper.id)
    if first is None:
        kept[paper.id] = paper
        return None
    same_title = _normalized_title(first.title) == _normalized_title(paper.title)
    if not same_title or first.abstract != paper.abstract:
        path, _, line = (paper.source or "").rpartition(":")  # sources are "path:line"
        differs = "title" if not same_title else "abstract"
        return SourceProblem(
            path,
            int(line),
            f"paper {paper.id!r} was already read from {first.source} with a different "
            f"{differs}; keeping the first",
        )
    date = first.date
    if date is None or (date.startswith("--") and paper.date and paper.date.endswith(date[1:])):
        date = paper.date  # a later copy may give the year the first one lacks
    kept[paper.id] = replace(
        first,
        date=date,
        authors=first.authors or paper.authors,
        author_count=first.author_count if first.author_count is not None else paper.author_count,
        organization=first.organization or paper.organization,
        url=first.url or paper.url,
        categories=first.categories or paper.categories,
    )
    return None
