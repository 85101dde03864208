"""The DLC collection service: enrolment, idempotent upload, withdrawal and
role-filtered reading of approved conversations (see ``server/README.md``)."""
