"""Resolution: name keys and the shipped alias file."""

from __future__ import annotations

import pytest

from claimgraph.names import AliasTable, default_aliases, name_key


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("FlashAttention-2", "flashattention2"),
        ("FlashAttention 2", "flashattention2"),
        ("the B-skiplist", "bskiplist"),
        ("CheckFree+", "checkfree+"),
        ("C#", "c#"),
    ],
)
def test_name_key(spelling: str, key: str) -> None:
    assert name_key(spelling) == key


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("FA2", "FlashAttention-2"),
        ("flashattention 2", "FlashAttention-2"),
        ("NVIDIA FasterTransformer", "FasterTransformer"),
        ("TRT-LLM", "TensorRT-LLM"),
        ("vanilla PyTorch", "PyTorch"),
        ("EAGLE3", "EAGLE-3"),
        ("Megatron", "Megatron-LM"),
    ],
)
def test_shipped_aliases_resolve_well_known_spellings(written: str, canonical: str) -> None:
    resolved = default_aliases().resolve(written)
    assert resolved.label == canonical
    assert resolved.key == name_key(canonical)


def test_related_but_different_systems_stay_apart() -> None:
    aliases = default_aliases()
    assert aliases.resolve("Megatron-Core").key != aliases.resolve("Megatron-LM").key
    assert aliases.resolve("FlashAttention").key != aliases.resolve("FlashAttention-2").key


def test_unknown_names_keep_their_spelling() -> None:
    resolved = default_aliases().resolve("ZeppelinServe")
    assert (resolved.key, resolved.label, resolved.aliases) == (
        "zeppelinserve",
        "ZeppelinServe",
        (),
    )


def test_alias_file_format_skips_comments_and_blank_lines() -> None:
    table = AliasTable.from_text("# comment\n\nFoo-1\tF1\tFoo one\n")
    assert len(table) == 1
    assert table.resolve("f1").label == "Foo-1"
