"""Review mode: participants read, fix, redact and approve their turns."""
