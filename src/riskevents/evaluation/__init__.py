"""Evaluation against gold: events (evaluation.events) and entities (evaluation.entities)."""
