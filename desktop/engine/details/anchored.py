"""Which of several figures of one version another version's one figure stands against: the one standing between
the same figures both give. Four rate-decision reports: the French "croissance de 1,1 % … et de 1,5 % en 2028, et
sur une inflation de 2,4 % en 2027 puis 2 % en 2028" against the Spanish "inflación del 2,4% en 2027 y del 2,1% en
2028": "1,5 %" and "2 %" each matched "2,1%" alone; "2 %" stands after the "2027" both give and before "2028", as
"2,1%" does, "1,5 %" after none of them.
"""
from __future__ import annotations

from .member import Member

Node = tuple[int, int]  # (member, token)


def best_placed(pairs: set[tuple[Node, Node]], members: list[Member], values) -> set[tuple[Node, Node]]:
    """``pairs`` without the pairs of a figure that is the one counterpart of several figures of one version, for
    all but those of them placed as it is (the same figures both versions give just before and just after it), where
    some are. ``values(member)``: each token's figure or None."""
    near: dict[Node, set[Node]] = {}
    for x, y in pairs:
        near.setdefault(x, set()).add(y)
        near.setdefault(y, set()).add(x)
    out = set(pairs)
    for b, partners in near.items():
        by_member: dict[int, list[Node]] = {}
        for a in partners:
            if near[a] == {b}:
                by_member.setdefault(a[0], []).append(a)
        for only in (ks for ks in by_member.values() if len(ks) > 1):
            scores = {a: _placed_alike(members, values, a, b) for a in only}
            best = max(scores.values())
            out -= {p for a in only if scores[a] < best for p in ((a, b), (b, a))}
    return out


def _placed_alike(members: list[Member], values, a: Node, b: Node) -> int:
    """How many of the shared figures just before and just after ``a`` are those just before and after ``b``."""
    mine, theirs = values(members[a[0]]), values(members[b[0]])
    shared = (set(mine) & set(theirs)) - {None}
    return sum(x == y for x, y in zip(_neighbours(mine, a[1], shared), _neighbours(theirs, b[1], shared)))


def _neighbours(values: list, k: int, shared: set) -> tuple:
    """The shared figure last before token ``k`` and first after it (None where none)."""
    before = next((v for v in reversed(values[:k]) if v in shared), None)
    after = next((v for v in values[k + 1:] if v in shared), None)
    return before, after
