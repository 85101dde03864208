"""The DLC collection service: enrolment, idempotent upload, withdrawal, reading."""
