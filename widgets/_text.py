"""Plain-text checks used to score and explain a rewrite."""

from __future__ import annotations

import re

MIN_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")


def words(text: str) -> list[str]:
    """The words of a text, lower-cased."""
    return re.findall(r"[a-z0-9']+", text.lower())


def mean_sentence_words(text: str) -> float:
    """The average number of words in a sentence."""
    sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]
    return len(words(text)) / max(len(sentences), 1)


def _mentions(text: str, phrase: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(phrase.lower()) + r"(?![a-z0-9])", text.lower()) is not None


def rewrite_checks(text: str, key: dict) -> list[tuple[str, bool]]:
    """Each check on a rewrite as (what it asks, whether the text passes)."""
    if len(words(text)) < MIN_WORDS:
        return [(f"Write at least {MIN_WORDS} words.", False)]
    checks = [
        (f"Says this idea: {' / '.join(group)}.", any(_mentions(text, phrase) for phrase in group))
        for group in key.get("include", [])
    ]
    avoid = key.get("avoid", [])
    if avoid:
        used = [term for term in avoid if _mentions(text, term)]
        label = "Avoids jargon." if not used else f"Avoids jargon (still uses: {', '.join(used)})."
        checks.append((label, not used))
    limit = key.get("max_sentence_words")
    if limit:
        mean = mean_sentence_words(text)
        checks.append((f"Keeps sentences short (average {mean:.0f} words; aim for {limit} or fewer).", mean <= limit))
    return checks
