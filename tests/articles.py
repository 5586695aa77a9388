"""Articles many tests share.

Two small ones on one signing, dated a day apart by two sources, make the smallest corpus
with a conflict (FC201 on the signing date), which is what tests of suppressions, the cache,
bad input and the command line need. ``loaded`` makes an article of any text as the
extractors take it, for tests of what is read from a sentence.
"""

from __future__ import annotations

from factcheck.load import LoadedArticle
from factcheck.load.document import Document
from factcheck.models import PartialDate

SIGNED_21 = "Deal signed\n\nOpenAI and the UK government signed the agreement on 21 July 2025.\n"
SIGNED_22 = "Deal signed\n\nThe agreement between OpenAI and the UK government was signed on July 22, 2025.\n"
# A publication date for articles whose relative dates ("on Monday") a test needs resolved.
PUBLISHED = PartialDate(year=2025, month=7, day=20)


def loaded(text: str, language: str = "en", published: PartialDate | None = None) -> LoadedArticle:
    """Return an article of this text, as if read from a file with no title, outlet or front matter."""
    return LoadedArticle(path="x.txt", title="", outlet=None, url=None, published=published, language=language,
                         document=Document(text), skipped=())
