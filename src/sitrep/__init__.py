"""sitrep: news articles in, a structured and checkable record of who did what to whom out."""

__version__ = "0.1.0"

# Bump whenever extraction output can change (rules, data files, model): the store re-extracts
# documents whose rows carry an older pipeline version.
PIPELINE_VERSION = "2026.11.26-places-times.2"
