"""spaCy components of the riskevents pipeline, one module per factory (registered via entry points)."""
