"""Domain objects and rules: conversations, seats, consent, turns, review."""
