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
    """Return the Latin letters of one case, escaped for a character class, runs of three or more
    written as ranges ("A-Z"): the classes appear dozens of times in the name patterns, and a
    shorter class is quicker to compile."""
    codes = [code for code in range(LATIN_END) if getattr(chr(code), is_case)()]
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][-1] + 1:
            runs[-1].append(code)
        else:
            runs.append([code])
    return "".join(f"{re.escape(chr(run[0]))}-{re.escape(chr(run[-1]))}" if len(run) > 2
                   else "".join(re.escape(chr(code)) for code in run) for run in runs)


UPPER = _letters("isupper")
LOWER = _letters("islower")
