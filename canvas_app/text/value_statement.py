"""The one-line value statement suggested from a value proposition's fields.

A workshop fills in pains → relievers and gains → creators first; the statement that
sums them up is hard to write from a blank line, so the app offers a first draft built
from the persona's name, the first pain and its reliever, the first gain and its
creator, and the products. Pure text, no Qt: the UI passes its language in.
"""

from __future__ import annotations

from collections.abc import Sequence


def _first(entries: Sequence[str]) -> str:
    return next((entry.strip() for entry in entries if entry.strip()), "")


def _products(entries: Sequence[str], separator: str, last: str) -> tuple[str, int]:
    names = [entry.strip() for entry in entries if entry.strip()]
    if len(names) <= 1:
        return (names[0] if names else ""), len(names)
    return separator.join(names[:-1]) + last + names[-1], len(names)


def suggest_statement(persona: str, pains: Sequence[str], relievers: Sequence[str], gains: Sequence[str],
                      creators: Sequence[str], products: Sequence[str], lang: str = "en") -> str:
    """A draft value statement; "" when there is nothing to build it from (no pain,
    reliever, gain, creator or product)."""
    pain, reliever, gain, creator = _first(pains), _first(relievers), _first(gains), _first(creators)
    if not any((pain, reliever, gain, creator)) and not any(p.strip() for p in products):
        return ""
    if lang == "ja":
        return _japanese(persona.strip() or "お客様", pain, reliever, gain, creator, products)
    return _english(persona.strip() or "our customers", pain, reliever, gain, creator, products)


def _japanese(persona: str, pain: str, reliever: str, gain: str, creator: str, products: Sequence[str]) -> str:
    offer, _ = _products(products, "・", "・")
    # Each clause is (what is done, the verb); all but the last take the joining form (し、).
    clauses: list[str] = []
    if pain:
        clauses.append(f"『{pain}』を{reliever}で解消" if reliever else f"『{pain}』を解消")
    elif reliever:
        clauses.append(f"{reliever}で課題を解消")
    if gain:
        clauses.append(f"『{gain}』を{creator}で実現" if creator else f"『{gain}』を実現")
    elif creator:
        clauses.append(f"{creator}で成果を実現")
    if not clauses:
        return f"{persona}のための{offer}"
    body = "し、".join(clauses)
    return f"{persona}の{body}する{offer}" if offer else f"{persona}の{body}します。"


def _english(persona: str, pain: str, reliever: str, gain: str, creator: str, products: Sequence[str]) -> str:
    offer, count = _products(products, ", ", " and ")
    head = f"For {persona} who struggle with “{pain}”" if pain else f"For {persona}"
    what = " and ".join(part for part in (reliever, creator) if part)
    if what:
        subject, verb = (offer, "offers" if count == 1 else "offer") if offer else ("we", "offer")
        body = f", {subject} {verb} {what}"
    else:
        body = f", we offer {offer}" if offer else ""
    tail = f", so they get “{gain}”" if gain else ""
    return f"{head}{body}{tail}."
