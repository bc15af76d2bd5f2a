"""The knowledge base across articles: canonical actors, deduplicated events with all their
sources, contradictions, facility and actor status timelines (issue 7).

Build or update it with `KBBuilder` (or `sitrep kb build|update`; `sitrep ingest` keeps it
current); read it with `sitrep.open(db)` → `KnowledgeBase` (pandas DataFrames).
"""

from sitrep.kb.builder import KBBuilder, UpdateSummary
from sitrep.kb.settings import KBSettings

__all__ = ["KBBuilder", "KBSettings", "UpdateSummary"]
