"""Make untrusted article text inert for each output sink.

Article text comes from anywhere. Before it reaches a terminal it loses control
characters (ANSI escapes, bidi overrides), and rich markup in it is never parsed
because reporters build ``rich.text.Text`` objects rather than markup strings.
Before it reaches markdown it also loses every way to mean more than its letters:
tags, links, emphasis, headings, table cells, mentions and issue references.
"""

from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, DEL, and the Unicode bidi/format controls
# that can reorder or hide what a terminal shows, including the invisible tag
# characters that smuggle text past a reader.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f"
                      r"\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def for_terminal(text: str | None) -> str:
    """Strip escape sequences and control characters; fold newlines to spaces."""
    if not text:
        return ""
    text = _ANSI.sub("", text)
    text = _CONTROL.sub("", text)
    return " ".join(text.split())


def for_workflow_command(text: str | None, in_property: bool = False) -> str:
    """Escape text for a GitHub workflow command, so it can neither end the command nor start one.

    The runner reads one command per line, splits properties on ',' and ends them at
    '::'. As GitHub documents, '%', CR and LF are percent-encoded in the message, and
    ':' and ',' too in a property value. '%' goes first, so text that already holds
    '%0A' stays literal instead of turning into a newline. Escape sequences and
    other control characters are dropped: they would only garble the log.
    """
    if not text:
        return ""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if in_property:
        text = text.replace(":", "%3A").replace(",", "%2C")
    text = _ANSI.sub("", text)
    return _CONTROL.sub("", text)


# Characters CommonMark or GitHub give a meaning anywhere in a line: escapes, code, emphasis,
# links and images, HTML and comments, entities, table cells, strikethrough, math.
_MARKDOWN = re.compile(r"[\\`*_\[\]<>|~&$#]")
# What starts a block when it opens a line: list items ("- ", "+ ", "1. ", "1) ") and
# setext underlines ("="); "#" and ">" are escaped wherever they stand.
_BLOCK_START = re.compile(r"^(?=[-+=])|^\d+(?=[.)])")
# Mentions (@team), issue references (#12) and autolinks (https://, //host, www.,
# a@b.org) are recognised by GitHub after markdown is parsed, so escaping cannot stop
# them; an invisible word joiner between their parts does (on both sides of an
# email's '@', and between the two slashes of any '//').
_AUTOLINKED = re.compile(r"(?<=[@#])(?=\w)|(?<=\w)(?=@)|(?<=/)(?=/)|(?i:(?<=\bwww)(?=\.))")
# What each of those places needs nearby. Most text has none, and is passed over in one
# quick scan: the pattern above tries its four lookarounds at every character (70% of
# the time a markdown report of 10,000 articles spent making its text inert).
_MAY_AUTOLINK = re.compile(r"[@#/]|(?i:www\.)")
_WORD_JOINER = "\u2060"


def for_markdown(text: str | None) -> str:
    """Return text that GitHub-flavoured markdown shows exactly as written, on one line.

    Safe inside paragraphs, list items, headings, link text and table cells alike.
    """
    text = _MARKDOWN.sub(lambda match: "\\" + match.group(), for_terminal(text))
    text = _BLOCK_START.sub(lambda match: match.group() + "\\", text, count=1)
    return _AUTOLINKED.sub(_WORD_JOINER, text) if _MAY_AUTOLINK.search(text) else text
