"""Alembic environment: always online, on the connection the service passes.

The service runs migrations itself (``server.db.migrate``) and hands its own
connection in ``config.attributes["connection"]``, so no URL or logging
configuration is read from an ini file.
"""

from alembic import context

from server.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
