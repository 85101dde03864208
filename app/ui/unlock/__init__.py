"""Opening the store when the app starts: first run, keyring, passphrase."""
