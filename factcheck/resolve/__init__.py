"""Resolve surface text to normalised values: entities, dates and numbers."""
