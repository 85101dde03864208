"""The steward's view: the outbox, sync with progress, retry, enrolment."""
