"""UnionFind: positions joined into groups, for the comparators that link things pairwise.

Source groups (articles of one outlet or copies of one text), the readings of one fact
(values that fit or clash) and the things claims are about (entity sets known together)
are each built from pairs, and each pair only says "these two belong together": a
union-find turns the pairs into groups in near-linear time, however they chain.
"""

from __future__ import annotations


class UnionFind:
    """Positions 0 to size - 1, each in one group; ``find`` names a group by one of its positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, position: int) -> int:
        """Return the position naming the position's group, halving the path on the way."""
        parent = self.parent
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    def join(self, first: int, second: int) -> int:
        """Put two positions in one group; return the position that names it (the second's group's)."""
        root_first, root_second = self.find(first), self.find(second)
        self.parent[root_first] = root_second
        return root_second

    def groups(self) -> dict[int, list[int]]:
        """Return each group's positions in order, by the position naming it, groups in order of their first position."""
        members: dict[int, list[int]] = {}
        for position in range(len(self.parent)):
            members.setdefault(self.find(position), []).append(position)
        return members
