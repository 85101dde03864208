"""Alembic migrations of the store's schema, run programmatically on open."""
