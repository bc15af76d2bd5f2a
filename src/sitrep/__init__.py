"""sitrep: news articles in, a structured and checkable record of who did what to whom out."""

__version__ = "0.1.0"

# Bump whenever extraction output can change (rules, data files, model): the store re-extracts
# documents whose rows carry an older pipeline version.
PIPELINE_VERSION = "2026.11.26-args.1-t3-geo.3-q.2-ev.4-qb-e5-geo.4-lay-tgt-ttl-t4-tgt2-geo.5-org-t4a-spk-ev5-t5-geo.6-st-bnd-t6-geo.7-ev6-dla-qas-sn-geo.8-ev7-t7-geo.9-tgt8-spk9-geo.10-spk10-t8-ev9-spk11-t9-geo.11-spk12-ev10-ev11-geo.12-t10-q13-ev12-spk13-geo.13-q14-t11-spk14-ev13-geo.14-q15-ev14-spk15-t12-geo.15-spk16-t13-ev15-t14-geo.16-ev16-q16-sb1-geo.17-q17-src17-sb2-ev17-q18-ev18-ev19-src18-q19-geo.18-geo.19-q20-src19-geo.20-q21-geo.21-ev20-geo.22-ev21-geo.23-ev22-q23-src20-geo.24-ev23-act1-ev24-src21-q24-geo.25-src22-ev25-geo.26-ev26-q25-geo.27-ev27-src23-q26-geo.28-src24-ev28-geo.29-ev29-geo.30-geo.31-src25-ev30-q27-geo.32-geo.33-ev31-src27-geo.34-ev32-q28-src28-ev33-geo.35-geo.36-src29-geo.37-ev34-q30-ev35-q31-src30-q32-geo.38-geo.39-q33-src31-src32-ev36-ev37-q35-src33-ev38-geo.40-ev39-geo.41-q36-src34-geo.42-src35-q37-ev40-q38"


def open(db=None):  # noqa: A001 - `sitrep.open(db)` is the documented entry point
    """The knowledge base of a store, read-only: `sitrep.open("sitrep.duckdb").events(...)`
    returns pandas DataFrames (see sitrep.kb.api.KnowledgeBase)."""
    from sitrep.kb.api import KnowledgeBase

    return KnowledgeBase(db)
