"""The facilitator's session flow: setup, consent, sound check, recording."""
