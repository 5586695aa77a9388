"""Read a plain-text article: the whole file is the body."""

from __future__ import annotations

from factcheck.load.document import Document


def read_text(text: str, path: str) -> list[Document]:
    """Return the file as one document; its title is inferred later from its lines."""
    return [Document(text.replace("\r\n", "\n").replace("\r", "\n"))]
