"""The encrypted store: SQLCipher database, keys, migrations and audit log."""
