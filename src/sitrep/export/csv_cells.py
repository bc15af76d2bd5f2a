"""CSV cells a spreadsheet will not run. Article text is untrusted: a quote that begins with `=`
(or `+`, `-`, `@`, a tab or a carriage return) is a formula to Excel and LibreOffice, one that
can fetch URLs or start programs. Every CSV sitrep writes passes its text cells through here.
"""

from __future__ import annotations

import re

# The ASCII starts OWASP lists, and their full-width forms, which some spreadsheets also take.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# A plain number ("-3.5", "+1e3") is data to any spreadsheet, not a formula: left as it is.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(text: str) -> str:
    """`text`, with a leading `'` when a spreadsheet would read it as a formula."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
