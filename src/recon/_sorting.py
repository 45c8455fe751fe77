"""Stable orders of integer keys, taken by sorting values (private).

numpy sorts plain integers several times faster than it sorts indices
(argsort), so an order is taken by sorting each key packed with the positions
into one int64 whenever the key's range leaves room for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


def _packed_order(key: IntArray) -> IntArray:
    """``np.argsort(key, kind="stable")`` for integers, by sorting values."""
    n = int(key.size)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    shift = max(1, (n - 1).bit_length())
    lo, hi = int(key.min()), int(key.max())
    if (hi - lo + 1) > (1 << (63 - shift)) - 1:
        return np.argsort(key, kind="stable").astype(np.int64)
    packed = (key - lo).astype(np.int64) << shift
    packed |= np.arange(n, dtype=np.int64)
    packed.sort()
    packed &= (1 << shift) - 1
    return packed


def _lexorder(keys: Sequence[IntArray]) -> IntArray:
    """``np.lexsort(keys)`` for integer keys (the last one primary).

    Adjacent keys whose ranges multiply within an int64 (with room for the
    positions) are merged into one; each merged key is one stable pass.
    """
    n = int(keys[0].size)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    room = 1 << (62 - max(1, (n - 1).bit_length()))
    merged: list[IntArray] = []
    acc: IntArray | None = None
    span = 1
    for k in keys:
        lo = int(k.min())
        r = int(k.max()) - lo + 1
        k0 = (k - lo).astype(np.int64)
        if acc is not None and span * r < room:
            acc = k0 * span + acc
            span *= r
        else:
            if acc is not None:
                merged.append(acc)
            acc, span = k0, r
    assert acc is not None
    merged.append(acc)
    perm = _packed_order(merged[0])
    for k in merged[1:]:
        perm = perm[_packed_order(k[perm])]
    return perm
