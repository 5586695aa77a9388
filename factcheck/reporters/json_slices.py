"""Write a large JSON array a slice of items at a time, as part of an indented document.

A report of an archive holds hundreds of thousands of items: encoding it as one string,
then decoding that to text, added hundreds of megabytes to a run's peak memory. Each
slice is encoded by pydantic's encoder (in Rust), whose indented output is exactly the
standard library's ``json.dumps(indent=2, ensure_ascii=False)``, and placed at the
array's depth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TextIO

SLICE = 500  # items encoded per call: large enough to stay in the encoder's fast path


def write_array(items: Sequence[Any], encode: Callable[[Sequence[Any]], bytes], indent: str, out: TextIO,
                per_slice: int | None = None) -> None:
    """Write a non-empty array whose opening bracket stands on a line indented by ``indent``.

    ``encode`` turns a slice of items into a JSON array indented by two spaces a level;
    ``per_slice`` items go in each (``SLICE`` unless given: large items want fewer, as a
    slice is held about seven times over while it is written, as bytes and as text).
    """
    size = per_slice or SLICE
    out.write("[\n")
    for start in range(0, len(items), size):
        if start:
            out.write(",\n")
        array = encode(items[start:start + size]).decode()
        out.write(indent + array[2:-2].replace("\n", "\n" + indent))  # the items, without the brackets
    out.write(f"\n{indent}]")
