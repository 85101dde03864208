"""Alembic migrations of the collection database, run at every start."""
