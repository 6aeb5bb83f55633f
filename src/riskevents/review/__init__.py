"""The annotation review loop: a local review page, exchange formats, reviewed gold, candidates for missed events.

- ``items``: events.csv rows (and candidates) + document texts -> review items (plain dicts) with context.
- ``store``: the SQLite database of items, documents and an append-only log of decisions (reviewer, timestamp).
- ``server``: the FastAPI app of ``riskevents review serve`` and its static page (``static/``).
- ``formats``: export to / import from Prodigy, Label Studio, doccano and brat (UTF-16 offsets where a tool counts them).
- ``gold``: decisions -> the gold format of docs/gold-format.md (plus provenance fields for calibration).
- ``candidates``: sentences with risk cues but no event ("possible missed events").
"""
