"""The ``realtalk`` command line: one module per command group."""
