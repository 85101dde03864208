"""The library: every conversation in the store, searchable."""
