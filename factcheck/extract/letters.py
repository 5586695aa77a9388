"""Capital and small letters of the Latin scripts, for regular-expression classes.

Python's ``re`` has no classes of Unicode letter categories, and ``[A-Z]`` sees no name in
"Éric Lombard", "Maroš Šefčovič" or "Radosław Sikorski". These strings hold every letter
of Basic Latin, Latin-1 and Latin Extended-A and B that Python holds upper or lower case,
to put inside ``[...]``.
"""

from __future__ import annotations

import re

LATIN_END = 0x250  # the first code point after Latin Extended-B


def _letters(is_case: str) -> str:
    """Return the Latin letters of one case, escaped for a character class."""
    return "".join(re.escape(chr(code)) for code in range(LATIN_END) if getattr(chr(code), is_case)())


UPPER = _letters("isupper")
LOWER = _letters("islower")
