"""The explorer: `sitrep serve`, a local read-only web app over a store (see app.py)."""
