"""Candidate pairs for the near-duplicate check: every pair that shares enough telling values, and no other."""

from __future__ import annotations

import random

from factcheck.compare.sources import MAX_BUCKET, SKETCH_SIZE, _candidate_pairs


def _pairs_by_definition(sketches: list[tuple[int, ...]]) -> set[tuple[int, int]]:
    distinct = [position for position, values in enumerate(sketches) if sketches.index(values) == position]
    holders = {value: sum(value in sketches[position] for position in distinct)
               for values in sketches for value in values}
    pairs = {(sketches.index(values), position) for position, values in enumerate(sketches)
             if sketches.index(values) != position}
    for first in distinct:
        for second in distinct:
            telling = [value for value in set(sketches[first]) & set(sketches[second]) if holders[value] <= MAX_BUCKET]
            if first < second and len(telling) >= SKETCH_SIZE // 8:
                pairs.add((first, second))
    return pairs


def test_candidate_pairs_are_those_sharing_enough_telling_values() -> None:
    chooser = random.Random(4)
    stock = tuple(range(1000, 1010))  # values so common they tell nothing
    for _ in range(40):
        wires = [tuple(sorted(chooser.sample(range(500), SKETCH_SIZE))) for _ in range(4)]
        sketches = []
        for _ in range(chooser.randint(0, 70)):
            wire = chooser.choice(wires)
            kept = chooser.randint(0, SKETCH_SIZE)
            sketches.append(wire if chooser.random() < 0.2 else tuple(sorted(
                {*wire[:kept], *chooser.sample(range(500, 900), SKETCH_SIZE - kept), *stock[:chooser.randint(0, 10)]})))
        assert _candidate_pairs(sketches) == _pairs_by_definition(sketches)
