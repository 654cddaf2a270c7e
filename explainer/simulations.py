"""The small models behind the simulators: token cost, an illustrative MoE router,
the Jevons toy model and a pay-back period. Pure functions, unit-tested."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

TOKENS_PER_JAPANESE_CHAR = 1.0  # rough rule of thumb, labelled as such wherever it is used


@dataclass(frozen=True)
class Price:
    model: str
    input_usd: float  # per 1 million tokens
    output_usd: float
    note: str


def token_cost_usd(tokens: float, price: Price, output_share: float) -> float:
    """Dollars to read ``tokens`` and write ``tokens × output_share``."""
    return tokens / 1e6 * (price.input_usd + price.output_usd * output_share)


def split_tokens(text: str, limit: int = 16) -> list[str]:
    """An illustrative split: ASCII words and numbers stay whole, other characters
    go one by one (real tokenizers differ). At most ``limit`` tokens."""
    pieces = re.findall(r"[A-Za-z0-9]+|[^\sA-Za-z0-9、。，．,.!?！？「」]", text)
    return pieces[:limit]


def route(tokens: list[str], experts: int, top_k: int) -> list[list[int]]:
    """An illustrative router: each token scores every expert by a stable hash and
    is sent to its ``top_k`` best. Returns a tokens × experts 0/1 matrix."""
    top_k = max(1, min(top_k, experts))
    matrix = []
    for position, token in enumerate(tokens):
        scores = [
            int.from_bytes(hashlib.blake2s(f"{token}|{position}|{expert}".encode(), digest_size=4).digest(), "big")
            for expert in range(experts)
        ]
        chosen = set(sorted(range(experts), key=lambda expert: -scores[expert])[:top_k])
        matrix.append([1 if expert in chosen else 0 for expert in range(experts)])
    return matrix


def jevons_spending(price_multiplier: float, use_multiplier: float) -> float:
    """Total spending is price × amount used. With the price per use multiplied by ``price_multiplier``
    and the amount used by ``use_multiplier``, spending is multiplied by their product
    (half the price, three times the use: 0.5 × 3 = 1.5 times the spending)."""
    if price_multiplier <= 0 or use_multiplier < 0:
        raise ValueError("price_multiplier must be > 0 and use_multiplier >= 0")
    return price_multiplier * use_multiplier


def jevons_break_even(price_multiplier: float) -> float:
    """The use multiplier that keeps spending unchanged: 1 / ``price_multiplier``. When the price falls,
    spending grows only if use grows by more than this (half the price: more than twice the use)."""
    if price_multiplier <= 0:
        raise ValueError("price_multiplier must be > 0")
    return 1 / price_multiplier


def payback_years(investment: float, yearly_profit: float) -> float | None:
    """Years until cumulative profit covers the investment; None if it never does."""
    if yearly_profit <= 0:
        return None
    return investment / yearly_profit
