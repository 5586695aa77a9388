"""factcheck: a source-consistency fact-checker for several articles telling one story."""

__version__ = "0.1.0"
