"""Writes the recorded answers under tests/data/harvest/ (run from the repository root).

The answers follow the services' documented formats (arXiv OAI-PMH arXivRaw, the arXiv API's
Atom feed, the Hugging Face ``/api/daily_papers`` JSON; see tests/data/harvest/README.md).
Titles and abstracts are real ones from tests/data/reading/ml-systems.jsonl, so claims are
really extracted; the arXiv ids are made up (2612.xxxxx).
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
READING = HERE.parent / "reading" / "ml-systems.jsonl"
ABSTRACTS = [json.loads(line) for line in READING.read_text(encoding="utf-8").splitlines()]


def text(n: int) -> tuple[str, str]:
    record = ABSTRACTS[n]
    return record["title"], record["abstract"]


def raw_record(
    arxiv_id: str,
    n: int,
    categories: str,
    versions: list[str],
    abstract_of: int | None = None,
    datestamp: str = "2026-12-04",
) -> str:
    title, _ = text(n)
    abstract = text(n if abstract_of is None else abstract_of)[1]
    version_xml = "".join(
        f'<version version="v{i}"><date>{d}</date><size>512kb</size>'
        "<source_type>D</source_type></version>"
        for i, d in enumerate(versions, start=1)
    )
    return (
        f"<record><header><identifier>oai:arXiv.org:{arxiv_id}</identifier>"
        f"<datestamp>{datestamp}</datestamp><setSpec>cs</setSpec></header>"
        f'<metadata><arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<id>{arxiv_id}</id><submitter>A. Submitter</submitter>{version_xml}"
        f"<title>{escape(title)}</title>"
        "<authors>Ada Lovelace, Alan Turing and Grace Hopper</authors>"
        f"<categories>{categories}</categories><comments>12 pages</comments>"
        f"<license>http://creativecommons.org/licenses/by/4.0/</license>"
        f"<abstract>  {escape(abstract)}\n</abstract></arXivRaw></metadata></record>"
    )


def deleted(arxiv_id: str) -> str:
    return (
        f'<record><header status="deleted"><identifier>oai:arXiv.org:{arxiv_id}</identifier>'
        "<datestamp>2026-12-03</datestamp><setSpec>cs</setSpec></header></record>"
    )


def oai_page(
    response_date: str, request: str, records: list[str], token: str | None, cursor: int, size: int
) -> str:
    token_xml = (
        f'<resumptionToken cursor="{cursor}" completeListSize="{size}">{token}</resumptionToken>'
        if token is not None
        else f'<resumptionToken cursor="{cursor}" completeListSize="{size}"/>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<responseDate>{response_date}</responseDate>"
        f'<request verb="ListRecords">{escape(request)}</request>'
        f"<ListRecords>{''.join(records)}{token_xml}</ListRecords></OAI-PMH>\n"
    )


V1 = "Tue, 1 Dec 2026 10:00:00 GMT"


def write_oai() -> None:
    out = HERE / "oai"
    out.mkdir(exist_ok=True)
    first = "2026-12-05T09:00:00Z"
    pages = {
        "page1.xml": oai_page(
            first,
            "http://export.arxiv.org/oai2",
            [
                raw_record("2612.00001", 0, "cs.DC cs.LG", [V1]),
                raw_record("2612.00002", 2, "cs.LG", ["Wed, 2 Dec 2026 08:30:00 GMT"]),
                raw_record("2612.00003", 3, "cs.CR", ["Wed, 2 Dec 2026 09:00:00 GMT"]),
                raw_record(
                    "2301.00004",
                    4,
                    "cs.DC",
                    ["Thu, 5 Jan 2023 12:00:00 GMT", "Tue, 1 Dec 2026 11:00:00 GMT"],
                ),
                deleted("2612.00005"),
            ],
            "tok-2",
            0,
            8,
        ),
        "page2.xml": oai_page(
            first,
            "http://export.arxiv.org/oai2",
            [
                raw_record("2612.00006", 5, "cs.LG cs.DC", ["Thu, 3 Dec 2026 14:00:00 GMT"]),
                raw_record("2612.00007", 6, "cs.DC", ["sometime in December"]),
            ],
            "tok-3",
            5,
            8,
        ),
        "page3.xml": oai_page(
            first,
            "http://export.arxiv.org/oai2",
            [
                raw_record(
                    "2612.00008",
                    7,
                    "cs.DC",
                    ["Thu, 3 Dec 2026 15:00:00 GMT", "Fri, 4 Dec 2026 16:00:00 GMT"],
                ),
            ],
            None,
            7,
            8,
        ),
        # the next day: 2612.00001 revised (v2 has another abstract), one new paper
        "next-day.xml": oai_page(
            "2026-12-06T09:00:00Z",
            "http://export.arxiv.org/oai2",
            [
                raw_record(
                    "2612.00001",
                    0,
                    "cs.DC cs.LG",
                    [V1, "Sat, 5 Dec 2026 10:00:00 GMT"],
                    abstract_of=8,
                    datestamp="2026-12-05",
                ),
                raw_record(
                    "2612.00009",
                    9,
                    "cs.LG",
                    ["Sat, 5 Dec 2026 12:00:00 GMT"],
                    datestamp="2026-12-05",
                ),
            ],
            None,
            0,
            2,
        ),
    }
    for name, body in pages.items():
        (out / name).write_text(body, encoding="utf-8")
    # a body cut off in the middle, as a dropped connection leaves it
    truncated = pages["page2.xml"][: len(pages["page2.xml"]) // 2]
    (out / "truncated.xml").write_text(truncated, encoding="utf-8")


def atom_entry(arxiv_id: str, version: int, n: int, published: str, updated: str) -> str:
    title, abstract = text(n)
    return (
        f"<entry><id>http://arxiv.org/abs/{arxiv_id}v{version}</id>"
        f"<title>{escape(title)}</title><updated>{updated}</updated>"
        f'<link href="https://arxiv.org/abs/{arxiv_id}v{version}" rel="alternate" '
        'type="text/html"/>'
        f"<summary>{escape(abstract)}</summary>"
        '<category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>'
        '<category term="cs.DC" scheme="http://arxiv.org/schemas/atom"/>'
        f"<published>{published}</published>"
        '<arxiv:primary_category term="cs.DC"/>'
        "<author><name>Ada Lovelace</name></author><author><name>Alan Turing</name></author>"
        "</entry>"
    )


def atom_feed(start: int, total: int, entries: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">'
        "<id>https://arxiv.org/api/UY2mqR74Vu/gU683o8Kx4P2K0xU</id>"
        "<title>arXiv Query: search_query=abs:&quot;LLM serving&quot;</title>"
        "<updated>2026-12-05T00:00:00Z</updated>"
        "<opensearch:itemsPerPage>2</opensearch:itemsPerPage>"
        f"<opensearch:totalResults>{total}</opensearch:totalResults>"
        f"<opensearch:startIndex>{start}</opensearch:startIndex>"
        f"{''.join(entries)}</feed>\n"
    )


def write_api() -> None:
    out = HERE / "api"
    out.mkdir(exist_ok=True)
    pages = {
        "start-0.xml": atom_feed(
            0,
            5,
            [
                atom_entry("2612.00001", 1, 0, "2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z"),
                atom_entry("2612.00011", 1, 10, "2026-11-20T08:00:00Z", "2026-11-20T08:00:00Z"),
            ],
        ),
        "start-2.xml": atom_feed(2, 5, []),  # the empty page in the middle
        "start-4.xml": atom_feed(
            4,
            5,
            [
                atom_entry("2612.00012", 2, 11, "2026-10-01T08:00:00Z", "2026-11-01T08:00:00Z"),
            ],
        ),
        "start-2-full.xml": atom_feed(
            2,
            5,
            [
                atom_entry("2612.00013", 1, 12, "2026-10-20T08:00:00Z", "2026-11-15T08:00:00Z"),
                atom_entry("2612.00014", 1, 13, "2026-10-19T08:00:00Z", "2026-11-10T08:00:00Z"),
            ],
        ),
    }
    for name, body in pages.items():
        (out / name).write_text(body, encoding="utf-8")


def daily_item(arxiv_id: str, n: int, published: str, feed_day: str) -> dict[str, object]:
    title, abstract = text(n)
    return {
        "paper": {
            "id": arxiv_id,
            "authors": [
                {"_id": "6571a0e5c0ffee0000000001", "name": "Ada Lovelace", "hidden": False},
                {"_id": "6571a0e5c0ffee0000000002", "name": "Alan Turing", "hidden": False},
            ],
            "publishedAt": published,
            "submittedOnDailyAt": f"{feed_day}T02:00:00.000Z",
            "title": title,
            "summary": abstract,
            "upvotes": 12,
            "discussionId": "6571a0e5c0ffee00000000aa",
            "ai_summary": "A system that is faster.",
            "ai_keywords": ["serving"],
            "githubRepo": "",
            "githubStars": 0,
            "projectPage": "",
            "submittedOnDailyBy": {},
            "organization": {},
        },
        "publishedAt": f"{feed_day}T02:00:00.000Z",
        "title": title,
        "summary": abstract,
        "thumbnail": f"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{arxiv_id}.png",
        "numComments": 1,
        "submittedBy": {"_id": "6571a0e5c0ffee00000000bb", "name": "akhaliq", "fullname": "AK"},
        "organization": {
            "_id": "6571a0e5c0ffee00000000cc",
            "name": "acme",
            "fullname": "Acme Labs",
        },
        "isAuthorParticipating": False,
    }


def write_daily() -> None:
    out = HERE / "daily"
    out.mkdir(exist_ok=True)
    days = {
        "2026-12-04.json": [
            daily_item("2612.00001", 0, "2026-12-01T10:00:00.000Z", "2026-12-04"),
            daily_item("2612.00010", 14, "2026-12-02T00:00:00.000Z", "2026-12-04"),
        ],
        "2026-12-06.json": [daily_item("2612.00002", 2, "2026-12-02T08:30:00.000Z", "2026-12-06")],
    }
    for name, items in days.items():
        (out / name).write_text(json.dumps(items, indent=1) + "\n", encoding="utf-8")
    body = json.dumps([daily_item("2612.00015", 15, "2026-12-03T00:00:00.000Z", "2026-12-05")])
    (out / "truncated.json").write_text(body[: len(body) // 2], encoding="utf-8")
    (out / "error.html").write_text(
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
        "<body><h1>502 Bad Gateway</h1></body></html>\n",
        encoding="utf-8",
    )
    # a Daily Papers page dump holding 2612.00010 by its title only
    title, abstract = text(14)
    (out / "dump.txt").write_text(
        "Daily Papers\n\nbyAK and the research community\n\nDec 4\n\n"
        f"{title}\n\n{abstract}\n\n  • 2 authors\n·\nDec 2, 2026\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    write_oai()
    write_api()
    write_daily()
