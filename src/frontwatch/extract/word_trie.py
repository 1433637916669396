"""An alternation of words as a prefix tree, for long word lists in regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable

Node = dict[str, "Node"]


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of `words` factored into a prefix tree: a failing match then costs a comparison
    or two rather than one per word, and longer words are tried before their prefixes. A space in a
    word matches one to four whitespace characters."""
    root: Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: Node) -> str:
        branches = [
            (r"\s{1,4}" if char == " " else re.escape(char)) + render(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return (body if len(branches) > 1 else f"(?:{body})") + "?"

    return f"(?:{render(root)})"


__all__ = ["trie_pattern"]
