"""Capture: devices, the recorder and its journal, recovery, reassembly (no Qt)."""
