"""Extraction stages: pure functions from a parsed document to typed records. No I/O here."""
