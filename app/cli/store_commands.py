"""``realtalk store ...``: create, check and look after the encrypted store."""

import argparse


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``store`` command group."""
    subparsers.add_parser("store", help="create, check and back up the encrypted store")
